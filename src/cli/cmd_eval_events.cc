// `detente eval-events petrarch|plover|yonhap`: the event-coding evaluations
// (figures quoted in docs/events.md and the README).
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "core/error.h"
#include "events/eval_events.h"

namespace detente::cli {
namespace {

const std::string kShared = std::string(DETENTE_SOURCE_DIR) + "/../shared";

struct Options {
  std::string which, file, dir, model;
  bool verbose = false, treebank = false, no_target = false;
};

Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.add_option("SET", o->which, "petrarch | plover | yonhap")
      ->required()
      ->check(CLI::IsMember({"petrarch", "plover", "yonhap"}));
  app.add_option("--file", o->file,
                 "Reference file (default: PETR.UnitTest.records.xml, PLOVER_GSR_CAMEO.json or the Yonhap .jsonl "
                 "under ../shared)");
  app.add_option("--petrarch-dir", o->dir, "Directory with the PETR.Validate.* dictionaries (petrarch)");
  app.add_option("--syntax-model", o->model, "Syntax model instead of models/syntax-en.bin");
  app.add_flag("-v,--verbose", o->verbose, "Print every case, not only the failures");
  app.add_flag("--treebank-parses", o->treebank,
               "petrarch: use each record's own Penn Treebank parse (converted to dependencies) instead of our parser");
  app.add_flag("--allow-no-target", o->no_target,
               "plover: code as `detente code --allow-no-target` (PLOVER and the GSR code events without a "
               "target; by default a dyad is required, as in `detente code`)");
  app.footer(
      "petrarch: PETRARCH's validation suite coded from raw text with our parser and the PETR.Validate.*\n"
      "          dictionaries (TABARI readers), honoring the suite's inline require_dyad config.\n"
      "          Targets: expected triples found >= 90%, extra triples <= 10% of those produced.\n"
      "plover:   PLOVER_GSR_CAMEO.json with detente's dictionaries: category and source/target country\n"
      "          accuracy of the primary event. Targets: >= 80% category, >= 85% actors.\n"
      "yonhap:   the example story: the events DESIGN.md describes and none of the non-events.\n"
      "Exit status 0 when the targets are met, 1 otherwise.");
  return [o]() -> int {
    EvalResult r;
    if (o->which == "petrarch") {
      std::string dir = o->dir.empty() ? kShared + "/data/eventdata/petrarch" : o->dir;
      std::string file = o->file.empty() ? dir + "/PETR.UnitTest.records.xml" : o->file;
      r = eval_petrarch(file, dir, o->model, o->verbose, o->treebank);
    } else if (o->which == "plover") {
      r = eval_plover(o->file.empty() ? kShared + "/data/eventdata/plover/PLOVER_GSR_CAMEO.json" : o->file, o->model,
                      o->verbose, o->no_target);
    } else {
      r = eval_yonhap(o->file.empty() ? kShared + "/examples/yonhap-2019-10-24-korea-japan-talks.jsonl" : o->file,
                      o->model, o->verbose);
    }
    std::fputs(r.report.c_str(), stdout);
    return r.passed ? 0 : 1;
  };
}

DETENTE_COMMAND("eval-events", "Evaluate event coding: PETRARCH suite, PLOVER GSR, Yonhap example", 62, setup);

}  // namespace
}  // namespace detente::cli
