// detente export: events from a database as JSON Lines, TSV, GDELT or CSV.
#include <fmt/format.h>

#include <cstdio>

#include "cli/command.h"
#include "core/error.h"
#include "sinks/sinks.h"
#include "store/query.h"
#include "store/store.h"

namespace detente::cli {
namespace {

struct ExportCommand {
  std::string db = "detente.db", format = "jsonl", output, from, to;
  ExportFilter filter;

  int run() {
    filter.from = parse_date_bound(from, "--from", false);
    filter.to = parse_date_bound(to, "--to", true);
    StoreOptions so;
    so.create = false;
    auto store = Store::open(db, so);
    std::FILE* out = stdout;
    if (!output.empty() && output != "-") {
      out = std::fopen(output.c_str(), "wb");
      if (!out) throw Error(Errc::kIo, output, 0, "cannot write output");
    }
    auto writer = make_writer(format, out, WriterOptions{true});
    uint64_t n = export_events(*store, filter, [&](const Document& doc, const Event& e, const EventExtras& x) {
      writer->write(doc, e, x);
    });
    writer->finish();
    if (out != stdout) std::fclose(out);
    std::fprintf(stderr, "exported %llu events\n", static_cast<unsigned long long>(n));
    return 0;
  }
};

ExportCommand cmd;

DETENTE_COMMAND("export", "Write events from a database as JSON Lines, TSV, GDELT or CSV", 41, [](CLI::App& app) -> Run {
  app.footer(
      "Examples:\n"
      "  detente export --db news.db --format gdelt --from 2019-01 --to 2019-12 > 2019.gdelt.tsv\n"
      "  detente export --db news.db --actor KOR --actor JPN --code 16 --format csv\n"
      "  detente export --db news.db --source USAGOV --target CHN --one-a-day\n\n"
      "Actor and code filters are prefixes (KOR matches KORGOV; 16 matches 163); repeat an option\n"
      "to accept any of its values. Rows carry the event id, GDELT's NumMentions, NumSources and\n"
      "NumArticles for the event's day, source, target and code, and the story cluster.");
  app.add_option("--db", cmd.db, "Database file")->capture_default_str();
  app.add_option("-f,--format", cmd.format, "jsonl, tsv, gdelt or csv")->capture_default_str();
  app.add_option("-o,--output", cmd.output, "Write here instead of standard output");
  app.add_option("--from", cmd.from, "First day (YYYY-MM-DD, YYYY-MM or YYYY)");
  app.add_option("--to", cmd.to, "Last day, inclusive");
  app.add_option("--source", cmd.filter.sources, "Source actor code prefix (repeatable)");
  app.add_option("--target", cmd.filter.targets, "Target actor code prefix (repeatable)");
  app.add_option("--actor", cmd.filter.actors, "Source or target actor code prefix (repeatable)");
  app.add_option("--code", cmd.filter.codes, "CAMEO code prefix: 16 or 163 (repeatable)");
  app.add_flag("--one-a-day", cmd.filter.one_a_day, "Only the first event of each day, source, target and code");
  app.add_option("--limit", cmd.filter.limit, "At most this many events");
  return [] { return cmd.run(); };
});

}  // namespace
}  // namespace detente::cli
