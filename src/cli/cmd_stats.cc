// detente stats: what a database holds, and whether it is consistent.
#include <fmt/format.h>

#include <cstdio>

#include "cli/command.h"
#include "core/error.h"
#include "sinks/sinks.h"
#include "store/query.h"
#include "store/store.h"

namespace detente::cli {
namespace {

struct StatsCommand {
  std::string db = "detente.db", format = "table";
  int top = 10;
  bool check = false;

  int run() {
    if (format != "table" && format != "json")
      throw Error(Errc::kUsage, fmt::format("--format \"{}\": use table or json", format));
    StoreOptions so;
    so.create = false;
    auto store = Store::open(db, so);
    StoreStats s = store_stats(*store, top);
    std::vector<std::string> problems;
    if (check) problems = store->check();
    std::string out;
    if (format == "json") {
      out = fmt::format(
          "{{\"schema_version\":{},\"documents\":{},\"sentences\":{},\"events\":{},\"one_a_day\":{},\"stories\":{},"
          "\"clustered_documents\":{},\"first\":{},\"last\":{}",
          s.schema_version, s.documents, s.sentences, s.events, s.daily, s.stories, s.clustered_documents,
          s.first.ok() ? "\"" + s.first.iso() + "\"" : "null", s.last.ok() ? "\"" + s.last.iso() + "\"" : "null");
      for (auto [name, list] : {std::pair{"top_dyads", &s.top_dyads}, {"top_codes", &s.top_codes}}) {
        out += fmt::format(",\"{}\":[", name);
        for (size_t i = 0; i < list->size(); ++i) {
          out += i ? ",[" : "[";
          append_json_string(out, (*list)[i].first);
          out += fmt::format(",{}]", (*list)[i].second);
        }
        out += "]";
      }
      if (check) {
        out += ",\"problems\":[";
        for (size_t i = 0; i < problems.size(); ++i) {
          if (i) out += ",";
          append_json_string(out, problems[i]);
        }
        out += "]";
      }
      out += "}\n";
    } else {
      out = fmt::format("{} (schema version {})\n", db, s.schema_version);
      out += fmt::format("  documents   {:>12}   in {} stories ({} documents joined another's story)\n", s.documents,
                         s.stories, s.clustered_documents);
      out += fmt::format("  sentences   {:>12}\n", s.sentences);
      out += fmt::format("  events      {:>12}   {} one a day (per date, source, target and code)\n", s.events,
                         s.daily);
      if (s.first.ok()) out += fmt::format("  dates       {} .. {}\n", s.first.iso(), s.last.iso());
      out += "\n  top dyads (events)            top codes (events)\n";
      for (size_t i = 0; i < std::max(s.top_dyads.size(), s.top_codes.size()); ++i) {
        std::string l = i < s.top_dyads.size() ? fmt::format("{:<14} {:>12}", s.top_dyads[i].first, s.top_dyads[i].second)
                                               : std::string(27, ' ');
        std::string r = i < s.top_codes.size() ? fmt::format("{:<6} {:>10}", s.top_codes[i].first, s.top_codes[i].second)
                                               : std::string();
        out += fmt::format("  {}    {}\n", l, r);
      }
      if (check) {
        if (problems.empty()) out += "\ncheck: consistent\n";
        for (const auto& p : problems) out += fmt::format("\ncheck: {}", p);
        if (!problems.empty()) out += "\n";
      }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return problems.empty() ? 0 : 1;
  }
};

StatsCommand cmd;

DETENTE_COMMAND("stats", "What a database holds: documents, sentences, events, top dyads and codes", 42,
                [](CLI::App& app) -> Run {
                  app.footer(
                      "Examples:\n"
                      "  detente stats --db news.db\n"
                      "  detente stats --db news.db --check      also verify the database (exit 1 if inconsistent)");
                  app.add_option("--db", cmd.db, "Database file")->capture_default_str();
                  app.add_option("--top", cmd.top, "How many top dyads and codes")->capture_default_str();
                  app.add_option("-f,--format", cmd.format, "table or json")->capture_default_str();
                  app.add_flag("--check", cmd.check, "Check integrity and detente's invariants");
                  return [] { return cmd.run(); };
                });

}  // namespace
}  // namespace detente::cli
