// detente explain: why did it code that?
#include <fmt/format.h>

#include <cstdio>

#include "cli/command.h"
#include "cli/pipeline_options.h"
#include "core/error.h"
#include "events/coder.h"
#include "pipeline/explain.h"
#include "pipeline/pipeline.h"
#include "text/utf8.h"

namespace detente::cli {
namespace {

struct ExplainCommand {
  std::string text, date = "";
  PipelineConfig config;
  bool json = false;

  int run() {
    Document doc;
    doc.id = "explain";
    doc.text = text;
    if (find_invalid_utf8(doc.text) != std::string::npos) throw Error(Errc::kUsage, "the text is not valid UTF-8");
    normalize_nfc(doc.text);
    if (date.empty()) throw Error(Errc::kUsage, "--date is required: actors' roles depend on it (e.g. --date 2019-10-24)");
    doc.date = parse_date(date);
    if (!doc.date.ok()) throw Error(Errc::kUsage, fmt::format("--date \"{}\" is not a date", date));
    auto pipeline = Pipeline::load(config);
    CodedDocument coded;
    CodeTrace trace;
    pipeline->code(doc, coded, &trace);
    std::string s = json ? explain_json(doc, coded, trace).dump(2) + "\n" : explain_text(doc, coded, trace);
    std::fwrite(s.data(), 1, s.size(), stdout);
    return 0;
  }
};

ExplainCommand cmd;

DETENTE_COMMAND("explain", "Show how a text is coded: tokens, tree, actors, patterns, events", 20, [](CLI::App& app) -> Run {
  app.footer("Example:\n  detente explain \"Japan imposed export restrictions on South Korea.\" --date 2019-07-04");
  app.add_option("text", cmd.text, "The text to code (quote it)")->required();
  app.add_option("--date", cmd.date, "The document date (YYYY-MM-DD): resolves who held which office");
  app.add_flag("--json", cmd.json, "Print the explanation as JSON");
  add_pipeline_options(app, cmd.config);
  return [] { return cmd.run(); };
});

}  // namespace
}  // namespace detente::cli
