// detente ingest: code documents and store them, with their evidence and
// events, in a SQLite database (see docs/store.md).
#include <fmt/format.h>

#include <cstdio>

#include "cli/command.h"
#include "cli/inputs.h"
#include "cli/pipeline_options.h"
#include "core/error.h"
#include "pipeline/pipeline.h"
#include "store/ingest.h"
#include "store/store.h"

namespace detente::cli {
namespace {

struct IngestCommand {
  Inputs in;
  PipelineConfig config;
  std::string db = "detente.db";
  int threads = 1;
  int batch = StoreOptions{}.batch_documents;
  bool no_text = false;

  int run() {
    StoreOptions so;
    so.keep_text = !no_text;
    so.batch_documents = batch;
    auto store = Store::open(db, so);
    auto pipeline = Pipeline::load(config);
    DocumentReader& reader = in.open();
    IngestResult r = ingest(reader, *pipeline, *store, threads,
                            [&](const Document& doc, const std::string& reason) { in.reject_later(doc, reason); });
    const IngestCounts& c = r.stored;
    if (!in.quiet)
      std::fprintf(stderr, "%s: stored %llu documents (%llu joined an existing story) and %llu events; %llu documents "
                   "were already stored\n",
                   db.c_str(), static_cast<unsigned long long>(c.documents),
                   static_cast<unsigned long long>(c.clustered), static_cast<unsigned long long>(c.events),
                   static_cast<unsigned long long>(c.duplicates));
    return in.finish(r.coded, r.rejected - reader.stats().rejected);
  }
};

IngestCommand cmd;

DETENTE_COMMAND("ingest", "Code documents and store them with their events in a database", 30, [](CLI::App& app) -> Run {
  app.footer(
      "Examples:\n"
      "  detente ingest news.jsonl --db news.db\n"
      "  detente ingest archive/ --db news.db --threads 2     then: detente dyad KOR JPN --db news.db\n\n"
      "The database is SQLite (WAL). Ingesting the same documents again adds nothing (a document is\n"
      "its id plus its text), so an interrupted run can simply be rerun. Near-duplicate stories are\n"
      "linked into story clusters; events get GDELT-style mention, source and article counts.\n"
      "Exit status: 0 all documents coded, 1 some rejected (see --rejects), 2 usage or database error.");
  add_input_options(app, cmd.in);
  add_pipeline_options(app, cmd.config);
  app.add_option("--db", cmd.db, "Database file (created if missing)")->capture_default_str();
  app.add_option("-j,--threads", cmd.threads, "Worker threads for coding")->capture_default_str()->check(CLI::Range(1, 256));
  app.add_option("--batch", cmd.batch, "Documents per transaction, at most (transactions also end every 2 s; a crash loses at most the open one, which a rerun redoes)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  app.add_flag("--no-text", cmd.no_text, "Do not keep documents' full text (evidence sentences are always kept)");
  return [] { return cmd.run(); };
});

}  // namespace
}  // namespace detente::cli
