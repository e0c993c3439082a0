// `detente eval-syntax GOLD.conllu...`: UPOS, XPOS, lemma, UAS and LAS of the
// syntax model against gold treebanks, with gold tokenization.
#include <fmt/format.h>

#include "cli/command.h"
#include "core/resources.h"
#include "syntax/eval.h"
#include "syntax/model.h"
#include "text/conllu.h"
#include "text/segmenter.h"

namespace detente::cli {
namespace {

Run setup(CLI::App& app) {
  auto files = std::make_shared<std::vector<std::string>>();
  auto model_path = std::make_shared<std::string>();
  app.add_option("files", *files, "Gold CoNLL-U file(s)")->required()->check(CLI::ExistingFile);
  app.add_option("--model", *model_path, "Model file (default: models/syntax-en.bin)");
  auto gold_only = std::make_shared<bool>(false);
  app.add_flag("--gold-tokens-only", *gold_only, "Skip the evaluation from raw text");
  auto gold_tags = std::make_shared<bool>(false);
  app.add_flag("--gold-tags", *gold_tags,
               "Diagnostic: give the lemmatizer and parser the gold UPOS/XPOS (implies --gold-tokens-only)");
  auto beam = std::make_shared<int>(0);
  app.add_option("--beam", *beam, "Decode with this parser beam width instead of the model's (1 = greedy)")
      ->check(CLI::Range(1, 64));
  app.footer(
      "Scores are percentages of words (punctuation included). LAS compares universal relations\n"
      "as the CoNLL 2018 shared task does; LAS-full also compares subtypes (acl:relcl).\n"
      "From raw text: the file's text is rebuilt as in the CoNLL 2018 shared task, segmented by\n"
      "detente's tokenizer, annotated, and aligned to the gold words; scores are F1.\n"
      "Example: detente eval-syntax ../shared/data/ud/en_ewt/en_ewt-ud-test.conllu");
  return [files, model_path, gold_only, gold_tags, beam]() -> int {
    std::shared_ptr<const SyntaxModel> model;
    if (*beam > 0) {
      auto m = std::make_shared<syntax::PerceptronSyntax>(
          *syntax::load_model(model_path->empty() ? resource_path("models/syntax-en.bin") : *model_path));
      m->parser.set_beam(static_cast<uint32_t>(*beam));
      model = m;
    } else {
      model = model_path->empty() ? SyntaxModel::load_default() : SyntaxModel::load(*model_path);
    }
    fmt::print("with gold tokens (accuracy)\n{:<40} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8}\n", "file", "words", "UPOS", "XPOS",
               "Lemma", "UAS", "LAS", "LASf", "words/s");
    for (const auto& f : *files) {
      ConlluDocument gold = read_conllu_file(f);
      auto s = syntax::evaluate_gold_tokens(*model, gold.doc, *gold_tags);
      std::string name = f.size() > 40 ? "..." + f.substr(f.size() - 37) : f;
      fmt::print("{:<40} {:>7} {:>6.2f} {:>6.2f} {:>6.2f} {:>6.2f} {:>6.2f} {:>6.2f} {:>8.0f}\n", name, s.words,
                 s.upos, s.xpos, s.lemma, s.uas, s.las, s.las_full, s.seconds > 0 ? s.words / s.seconds : 0.0);
    }
    if (*gold_only || *gold_tags) return 0;
    auto seg = Segmenter::load_default();
    fmt::print("\nfrom raw text (F1)\n{:<40} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6}\n", "file", "words", "Words",
               "UPOS", "Lemma", "UAS", "LAS");
    for (const auto& f : *files) {
      auto r = syntax::evaluate_raw_text(*model, *seg, f);
      std::string name = f.size() > 40 ? "..." + f.substr(f.size() - 37) : f;
      fmt::print("{:<40} {:>7} {:>6.2f} {:>6.2f} {:>6.2f} {:>6.2f} {:>6.2f}\n", name, r.gold_words, r.words, r.upos,
                 r.lemma, r.uas, r.las);
    }
    return 0;
  };
}

DETENTE_COMMAND("eval-syntax", "Score the tagger, lemmatizer and parser against a UD treebank", 74, setup);

}  // namespace
}  // namespace detente::cli
