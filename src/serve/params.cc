// Query parameters, checked: names against what the endpoint takes, values
// against their type and range.
#include <fmt/format.h>

#include <charconv>

#include "core/error.h"
#include "serve/internal.h"
#include "store/query.h"

namespace detente::serve {

namespace {
std::string_view clip(std::string_view s) { return s.substr(0, 60); }
}  // namespace

Params::Params(const Request& r, std::initializer_list<std::string_view> allowed) {
  if (!r.params) return;
  for (const auto& [name, value] : *r.params) {
    bool known = false;
    for (auto a : allowed) known = known || a == name;
    if (!known) {
      std::string list;
      for (auto a : allowed) list += fmt::format("{}{}", list.empty() ? "" : ", ", a);
      throw HttpError(400, list.empty() ? fmt::format("unknown parameter \"{}\": this endpoint takes none", clip(name))
                                        : fmt::format("unknown parameter \"{}\": this endpoint takes {}", clip(name), list));
    }
    if (has(name)) throw HttpError(400, fmt::format("parameter \"{}\" given twice", clip(name)));
    values_.emplace_back(name, value);
  }
}

bool Params::has(std::string_view name) const {
  for (const auto& [n, v] : values_)
    if (n == name) return true;
  return false;
}

std::string_view Params::str(std::string_view name, size_t max_bytes) const {
  for (const auto& [n, v] : values_)
    if (n == name) {
      if (v.size() > max_bytes)
        throw HttpError(400, fmt::format("parameter \"{}\" is too long ({} bytes; at most {})", name, v.size(), max_bytes));
      return v;
    }
  return {};
}

int64_t Params::integer(std::string_view name, int64_t def, int64_t lo, int64_t hi) const {
  if (!has(name)) return def;
  std::string_view v = str(name, 32);
  int64_t x = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec != std::errc() || end != v.data() + v.size() || v.empty())
    throw HttpError(400, fmt::format("parameter \"{}\" must be an integer, not \"{}\"", name, clip(v)));
  if (x < lo || x > hi) throw HttpError(400, fmt::format("parameter \"{}\" must be between {} and {}", name, lo, hi));
  return x;
}

bool Params::flag(std::string_view name, bool def) const {
  if (!has(name)) return def;
  std::string_view v = str(name, 8);
  if (v == "1" || v == "true") return true;
  if (v == "0" || v == "false") return false;
  throw HttpError(400, fmt::format("parameter \"{}\" must be 0 or 1, not \"{}\"", name, clip(v)));
}

void check_year(Date d, std::string_view what) {
  if (d.ok() && (d.year < kMinYear || d.year > kMaxYear))
    throw HttpError(400, fmt::format("{} {}: years must be between {} and {}", what, d.iso(), kMinYear, kMaxYear));
}

Date Params::date(std::string_view name, bool end) const {
  std::string v(str(name, 40));
  if (v.empty()) {
    if (has(name)) throw HttpError(400, fmt::format("parameter \"{}\" is empty", name));
    return {};
  }
  Date d;
  try {
    d = parse_date_bound(v, name, end);
  } catch (const Error& e) {
    throw HttpError(400, e.what());
  }
  check_year(d, name);
  return d;
}

std::string dump(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace detente::serve
