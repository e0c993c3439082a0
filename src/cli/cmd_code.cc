// detente code: documents in, events out.
#include <fmt/format.h>

#include <cstdio>
#include <thread>

#include "cli/command.h"
#include "cli/inputs.h"
#include "cli/pipeline_options.h"
#include "core/error.h"
#include "pipeline/pipeline.h"
#include "sinks/sinks.h"

namespace detente::cli {
namespace {

struct CodeCommand {
  Inputs in;
  PipelineConfig config;
  std::string format = "jsonl";
  std::string output;
  int threads = 1;

  int run() {
    std::FILE* out = stdout;
    if (!output.empty() && output != "-") {
      out = std::fopen(output.c_str(), "wb");
      if (!out) throw Error(Errc::kIo, output, 0, "cannot write output");
    }
    auto writer = make_writer(format, out);
    auto pipeline = Pipeline::load(config);
    DocumentReader& reader = in.open();
    uint64_t failed = 0;
    RunStats stats = run_pipeline(
        reader, *pipeline, threads,
        [&](const Document& doc, const CodedDocument& coded) {
          for (const auto& e : coded.events) writer->write(doc, e);
        },
        [&](const Document& doc, const std::string& reason) {
          ++failed;
          in.reject_later(doc, reason);
        });
    writer->finish();
    if (out != stdout) std::fclose(out);
    else std::fflush(stdout);
    if (!in.quiet)
      std::fprintf(stderr, "%llu sentences, %llu events\n", static_cast<unsigned long long>(stats.sentences),
                   static_cast<unsigned long long>(stats.events));
    return in.finish(stats.coded, failed);
  }
};

CodeCommand cmd;

DETENTE_COMMAND("code", "Code documents into events (JSON Lines by default)", 10, [](CLI::App& app) -> Run {
  app.footer(
      "Examples:\n"
      "  detente code examples/                       code every story in a directory\n"
      "  detente code news.jsonl.gz --threads 2 > events.jsonl\n"
      "  detente code story.txt --date 2019-10-24 --format tsv\n"
      "  cat docs.jsonl | detente code - --rejects rejects.jsonl\n\n"
      "Each event carries its evidence: the sentence, byte spans of source, verb and target\n"
      "in the document text, and the pattern that fired. Output is identical for any --threads.\n"
      "Exit status: 0 all documents coded, 1 some rejected (see --rejects), 2 usage or setup error.");
  add_input_options(app, cmd.in);
  add_pipeline_options(app, cmd.config);
  app.add_option("-f,--format", cmd.format, "Output format: jsonl, tsv, gdelt or csv")->capture_default_str();
  app.add_option("-o,--output", cmd.output, "Write events here instead of standard output");
  app.add_option("-j,--threads", cmd.threads, "Worker threads (output order does not depend on it)")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  return [] { return cmd.run(); };
});

}  // namespace
}  // namespace detente::cli
