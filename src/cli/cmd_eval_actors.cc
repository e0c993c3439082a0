// `detente eval-actors PLOVER_GSR_CAMEO.json`: actor-resolution accuracy
// against the human-coded source and target spans of the PLOVER gold records.
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "actors/dictionary.h"
#include "actors/gsr_eval.h"
#include "actors/recognizer.h"
#include "cli/command.h"
#include "core/error.h"
#include "syntax/syntax.h"
#include "text/segmenter.h"

namespace detente::cli {
namespace {

struct Options {
  std::string gold;
  std::vector<std::string> actors;
  bool no_defaults = false;
  std::string syntax = "";
  size_t errors = 0;
};

double pct(uint64_t a, uint64_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; }

Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.add_option("GOLD", o->gold, "PLOVER_GSR_CAMEO.json (a JSON array of PLOVER gold records)")->required()->check(CLI::ExistingFile);
  app.add_option("--actors", o->actors, "More dictionaries (detente or TABARI format, file or directory); repeatable");
  app.add_flag("--no-default-actors", o->no_defaults, "Only the --actors dictionaries, not data/actors");
  app.add_option("--syntax-model", o->syntax, "Syntax model (default: models/syntax-en.* when present); 'none' = no parse");
  app.add_option("--errors", o->errors, "Print up to N country errors and N full-code errors");
  app.footer(
      "Country accuracy: the gold actor's country (legacy CAMEO codes such as JAP mapped to ISO)\n"
      "is the first three letters of the code of the mention overlapping the gold span most.\n"
      "International: gold IGO/NGO/IMG likewise. Full code: country + first role of the gold\n"
      "sector against our code cut to six letters (sector *** left out). A gold actor with no\n"
      "mention counts as wrong. Definitions in src/actors/gsr_eval.h; figures in docs/actors.md.\n"
      "Example: detente eval-actors ../shared/data/eventdata/plover/PLOVER_GSR_CAMEO.json");
  return [o]() -> int {
    std::vector<std::string> warnings;
    auto dict = ActorDictionary::load_set(o->actors, o->no_defaults, &warnings);
    if (!warnings.empty()) std::fprintf(stderr, "(%zu dictionary warnings; see `detente actors in`)\n", warnings.size());
    ActorRecognizer rec(dict);
    auto seg = Segmenter::load_default();
    std::shared_ptr<const SyntaxModel> syntax;
    if (o->syntax != "none") {
      try {
        syntax = o->syntax.empty() ? SyntaxModel::load_default() : SyntaxModel::load(o->syntax);
      } catch (const Error& e) {
        if (!o->syntax.empty()) throw;
        std::fprintf(stderr, "note: no syntax model; scoring the surface recognizer (%s)\n", e.what());
      }
    }
    GsrScore s = evaluate_gsr(o->gold, rec, *seg, syntax.get());
    std::string out;
    out += fmt::format("records {}  gold actors {}  (not located in text: {})  with a mention {}\n", s.records, s.actors,
                       s.not_located, s.found);
    out += fmt::format("country accuracy        {:6.1f}%  ({}/{})\n", pct(s.country_ok, s.country_total), s.country_ok, s.country_total);
    out += fmt::format("international accuracy  {:6.1f}%  ({}/{})\n", pct(s.intl_ok, s.intl_total), s.intl_ok, s.intl_total);
    out += fmt::format("country+intl accuracy   {:6.1f}%  ({}/{})\n", pct(s.country_ok + s.intl_ok, s.country_total + s.intl_total),
                       s.country_ok + s.intl_ok, s.country_total + s.intl_total);
    out += fmt::format("full-code accuracy      {:6.1f}%  ({}/{})\n", pct(s.full_ok, s.full_total), s.full_ok, s.full_total);
    auto list = [&](const char* title, const std::vector<GsrMiss>& v) {
      if (!o->errors || v.empty()) return;
      out += fmt::format("\n{} (first {} of {}):\n", title, std::min(o->errors, v.size()), v.size());
      for (size_t i = 0; i < v.size() && i < o->errors; ++i)
        out += fmt::format("  {} {:<6} {:<34} gold {:<7} ours {:<10} {:<22} | {}\n", v[i].id, v[i].role, v[i].actor_text,
                           v[i].gold, v[i].ours.empty() ? "-" : v[i].ours, v[i].how, v[i].sentence.substr(0, 110));
    };
    list("country errors", s.country_misses);
    list("full-code errors", s.full_misses);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
  };
}

DETENTE_COMMAND("eval-actors", "Score actor resolution against PLOVER gold actor spans", 76, setup);

}  // namespace
}  // namespace detente::cli
