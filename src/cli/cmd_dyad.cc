// detente dyad: how relations between two actors moved over time.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "cli/command.h"
#include "core/error.h"
#include "sinks/sinks.h"
#include "store/query.h"
#include "store/store.h"

namespace detente::cli {
namespace {

// Eight-level unicode sparkline; `has` false leaves a gap.
std::string sparkline(const std::vector<double>& v, const std::vector<bool>& has) {
  static const char* kBars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  double lo = INFINITY, hi = -INFINITY;
  for (size_t i = 0; i < v.size(); ++i)
    if (has[i]) {
      lo = std::min(lo, v[i]);
      hi = std::max(hi, v[i]);
    }
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (!has[i]) {
      out += ' ';
      continue;
    }
    int level = hi > lo ? static_cast<int>(std::lround((v[i] - lo) / (hi - lo) * 7.0)) : 3;
    out += kBars[std::clamp(level, 0, 7)];
  }
  return out;
}

std::string signed_num(double v) { return fmt::format("{:+.1f}", v); }

struct DyadCommand {
  std::string a, b, db = "detente.db", by = "month", from, to, format = "table";
  bool all_events = false;

  int run() {
    DyadQuery q;
    q.a = a;
    q.b = b;
    q.by = parse_period(by);
    q.from = parse_date_bound(from, "--from", false);
    q.to = parse_date_bound(to, "--to", true);
    q.all_events = all_events;
    if (format != "table" && format != "csv" && format != "json")
      throw Error(Errc::kUsage, fmt::format("--format \"{}\": use table, csv or json", format));
    StoreOptions so;
    so.create = false;
    auto store = Store::open(db, so);
    auto rows = dyad_series(*store, q);
    std::string A = a, B = b;
    for (auto* s : {&A, &B})
      for (char& c : *s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    std::string out;
    if (format == "csv") {
      out = "period,start";
      for (const char* d : {"ab", "ba", "both"})
        out += fmt::format(",{0}_events,{0}_q1,{0}_q2,{0}_q3,{0}_q4,{0}_goldstein_sum,{0}_goldstein_mean", d);
      out += "\n";
      for (const auto& r : rows) {
        out += fmt::format("{},{}", r.label, r.start.iso());
        for (const Tally* t : {&r.ab, &r.ba, &r.both}) {
          out += fmt::format(",{},{},{},{},{},{}", t->events, t->quad[1], t->quad[2], t->quad[3], t->quad[4],
                             t->goldstein_sum);
          out += t->events ? fmt::format(",{:.3f}", t->goldstein_mean()) : ",";
        }
        out += "\n";
      }
    } else if (format == "json") {
      out = dyad_json(q, rows) + "\n";  // shared with GET /api/dyad
    } else {
      out = table(rows, A, B);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
  }

  std::string table(const std::vector<DyadPeriod>& rows, const std::string& A, const std::string& B) const {
    std::string out = fmt::format("{} and {} by {} ({}). q1-q4: verbal coop, material coop, verbal conflict, "
                                  "material conflict; G: Goldstein sum and mean.\n",
                                  A, B, by,
                                  all_events ? "every event" : "one event per day, source, target and code");
    if (rows.empty()) return out + "no events between them in the database\n";
    std::string ab = A + "→" + B, ba = B + "→" + A;
    auto group_head = [](const std::string& name) { return fmt::format(" │ {:<38}", name); };
    size_t w = std::max<size_t>(8, rows.front().label.size());
    out += fmt::format("{:<{}}", "", w) + group_head(ab) + group_head(ba) + group_head("both") + "\n";
    std::string sub = fmt::format(" │ {:>5} {:>4} {:>4} {:>4} {:>4} {:>7} {:>5}", "n", "q1", "q2", "q3", "q4", "G sum",
                                  "mean");
    out += fmt::format("{:<{}}", "period", w) + sub + sub + sub + "\n";
    for (const auto& r : rows) {
      out += fmt::format("{:<{}}", r.label, w);
      for (const Tally* t : {&r.ab, &r.ba, &r.both}) {
        if (!t->events) {
          out += fmt::format(" │ {:>5} {:>4} {:>4} {:>4} {:>4} {:>7} {:>5}", 0, "", "", "", "", "", "");
          continue;
        }
        out += fmt::format(" │ {:>5} {:>4} {:>4} {:>4} {:>4} {:>7} {:>5}", t->events, t->quad[1], t->quad[2],
                           t->quad[3], t->quad[4], signed_num(t->goldstein_sum), signed_num(t->goldstein_mean()));
      }
      out += "\n";
    }
    std::vector<double> n_ab, n_ba, mean;
    std::vector<bool> all_true(rows.size(), true), has_mean;
    for (const auto& r : rows) {
      n_ab.push_back(static_cast<double>(r.ab.events));
      n_ba.push_back(static_cast<double>(r.ba.events));
      mean.push_back(r.both.goldstein_mean());
      has_mean.push_back(r.both.events > 0);
    }
    size_t lw = std::max<size_t>(ab.size(), 24);
    out += "\n";
    out += fmt::format("{:<{}}  {}\n", "events " + ab, lw, sparkline(n_ab, all_true));
    out += fmt::format("{:<{}}  {}\n", "events " + ba, lw, sparkline(n_ba, all_true));
    out += fmt::format("{:<{}}  {}\n", "Goldstein mean (both)", lw, sparkline(mean, has_mean));
    return out;
  }
};

DyadCommand cmd;

DETENTE_COMMAND("dyad", "Relations between two actors over time, from a database", 40, [](CLI::App& app) -> Run {
  app.footer(
      "Examples:\n"
      "  detente dyad KOR JPN --db news.db --by month --from 2019 --to 2019\n"
      "  detente dyad USAGOV JPNGOV --by week --format csv > usa-japan.csv\n"
      "  detente dyad USA IGOUNO --by year --format json\n\n"
      "An actor is a country or organization (KOR, IGOUNO: all its actor codes) or a longer\n"
      "code (KORGOV: that code and its sub-codes). Per period: events each way and both, by quad\n"
      "class, with the Goldstein sum and mean (-10 conflict .. +10 cooperation). By default an\n"
      "event repeated the same day (same source, target and code, in any outlet) counts once.");
  app.add_option("a", cmd.a, "First actor (country, organization or actor code)")->required();
  app.add_option("b", cmd.b, "Second actor")->required();
  app.add_option("--db", cmd.db, "Database file")->capture_default_str();
  app.add_option("--by", cmd.by, "Period: day, week (ISO, from Monday), month or year")->capture_default_str();
  app.add_option("--from", cmd.from, "First day (YYYY-MM-DD, YYYY-MM or YYYY)");
  app.add_option("--to", cmd.to, "Last day, inclusive (YYYY-MM-DD, YYYY-MM or YYYY)");
  app.add_option("-f,--format", cmd.format, "table (with sparklines), csv or json")->capture_default_str();
  app.add_flag("--all-events", cmd.all_events, "Count every stored event, not one per day, source, target and code");
  return [] { return cmd.run(); };
});

}  // namespace
}  // namespace detente::cli
