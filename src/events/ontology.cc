// events/ontology.cc — loads data/events/cameo.tsv.
#include "events/ontology.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/resources.h"

namespace detente {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      break;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  return out;
}

bool valid_code(std::string_view c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c)
    if (ch < '0' || ch > '9') return false;
  return true;
}

}  // namespace

Ontology Ontology::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(Errc::kIo, "cannot open CAMEO table " + path);
  Ontology o;
  std::string line;
  uint64_t lineno = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto cols = split_tabs(line);
    if (!header) {
      if (cols.size() < 5 || cols[0] != "code")
        throw Error(Errc::kBadDictionary, path, lineno,
                    "expected the header 'code name goldstein quad plover plover_mode'");
      header = true;
      continue;
    }
    if (cols.size() < 5 || cols.size() > 6)
      throw Error(Errc::kBadDictionary, path, lineno,
                  "expected 5 or 6 tab-separated columns, found " + std::to_string(cols.size()));
    CameoCode c;
    c.code = std::string(cols[0]);
    if (!valid_code(c.code))
      throw Error(Errc::kBadDictionary, path, lineno, "bad CAMEO code '" + c.code + "'");
    c.name = std::string(cols[1]);
    {
      std::string g(cols[2]);
      char* end = nullptr;
      c.goldstein = std::strtod(g.c_str(), &end);
      if (g.empty() || *end != 0 || c.goldstein < -10 || c.goldstein > 10)
        throw Error(Errc::kBadDictionary, path, lineno, "bad Goldstein weight '" + g + "'");
    }
    if (cols[3].size() != 1 || cols[3][0] < '1' || cols[3][0] > '4')
      throw Error(Errc::kBadDictionary, path, lineno, "bad quad class '" + std::string(cols[3]) + "'");
    c.quad = cols[3][0] - '0';
    c.plover = std::string(cols[4]);
    if (cols.size() > 5) c.plover_mode = std::string(cols[5]);
    if (o.index_.count(c.code))
      throw Error(Errc::kBadDictionary, path, lineno, "code " + c.code + " defined twice");
    o.index_.emplace(c.code, o.codes_.size());
    o.codes_.push_back(std::move(c));
  }
  if (o.codes_.empty()) throw Error(Errc::kBadDictionary, path, lineno, "no codes");
  return o;
}

Ontology Ontology::load_default() { return load(resource_path("data/events/cameo.tsv")); }

const CameoCode* Ontology::find(std::string_view code) const {
  // Heterogeneous lookup without allocation: codes are at most 4 chars.
  if (code.size() < 2 || code.size() > 4) return nullptr;
  char buf[5] = {0};
  code.copy(buf, code.size());
  thread_local std::string key;
  key.assign(buf, code.size());
  auto it = index_.find(key);
  return it == index_.end() ? nullptr : &codes_[it->second];
}

std::string_view Ontology::root(std::string_view code) {
  if (code.size() < 2) return {};
  return code.substr(0, 2);
}

std::string_view Ontology::parent(std::string_view code) {
  if (code.size() <= 2) return {};
  return code.substr(0, code.size() - 1);
}

}  // namespace detente
