// `detente eval-text GOLD.conllu...`: token, word and sentence F1 of the
// segmenter against UD gold files (CoNLL 2018 shared-task definitions), and
// `--train` to learn the sentence-boundary model from treebanks.
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "core/error.h"
#include "text/segmenter.h"
#include "text/text_eval.h"

namespace detente::cli {
namespace {

struct Options {
  std::vector<std::string> files, dev;
  std::string model, train_out;
  size_t errors = 0;
  int epochs = 8;
  double tolerance = 0.5;
};

Run setup(CLI::App& app) {
  auto o = std::make_shared<Options>();
  app.add_option("GOLD", o->files, "CoNLL-U files with gold segmentation")->required()->check(CLI::ExistingFile);
  app.add_option("--segmenter-model", o->model,
                 "Sentence-boundary model instead of models/segmenter-en.model; 'none' = rules only");
  app.add_option("--errors", o->errors, "Print up to N token errors and N missed and N spurious sentence boundaries per file");
  app.add_option("--train", o->train_out,
                 "Train the sentence-boundary model on the GOLD files and write it here (then evaluate it on --dev)");
  app.add_option("--dev", o->dev, "With --train: a file to pick the decision thresholds on (repeat for more)")
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  app.add_option("--epochs", o->epochs, "With --train: perceptron passes")->capture_default_str();
  app.add_option("--capital-tolerance", o->tolerance,
                 "With --train: dev F1 points to give up for fewer cuts before capitalized words without punctuation")
      ->capture_default_str();
  app.footer(
      "The raw text is rebuilt from each gold file as the CoNLL 2018 shared task does (sentences\n"
      "joined by a space, a blank line at # newpar / # newdoc), segmented, and compared on\n"
      "characters ignoring whitespace. 'tokens' are surface tokens (don't = one multiword token),\n"
      "'words' are detente tokens (do + n't).\n"
      "Example: detente eval-text ../shared/data/ud/en_ewt/en_ewt-ud-test.conllu");
  return [o]() -> int {
    if (!o->train_out.empty()) {
      std::string log;
      text::train_segmenter(o->files, o->dev, o->train_out, o->epochs, o->tolerance, &log);
      std::fputs(log.c_str(), stderr);
      std::fprintf(stderr, "wrote %s\n", o->train_out.c_str());
      o->files = o->dev;
      o->model = o->train_out;
    }
    auto seg = o->model.empty() ? Segmenter::load_default() : Segmenter::load(o->model == "none" ? "" : o->model);
    std::printf("%-40s %8s %8s %8s %8s %8s %8s %8s\n", "file", "tok P", "tok R", "tok F1", "word F1", "sent P",
                "sent R", "sent F1");
    for (const auto& f : o->files) {
      text::GoldText gold = text::load_gold_text(f);
      Document doc;
      doc.text = gold.text;
      seg->segment(doc);
      auto s = text::score_text(gold, doc);
      std::string name = f.size() > 40 ? f.substr(f.rfind('/') + 1) : f;
      std::printf("%-40s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f\n", name.c_str(), s.tokens.precision(),
                  s.tokens.recall(), s.tokens.f1(), s.words.f1(), s.sentences.precision(), s.sentences.recall(),
                  s.sentences.f1());
      if (o->errors) {
        for (auto& e : text::token_errors(gold, doc, o->errors)) std::printf("  %s\n", e.c_str());
        for (auto& e : text::boundary_errors(gold, doc, o->errors)) std::printf("  %s\n", e.c_str());
      }
    }
    return 0;
  };
}

DETENTE_COMMAND("eval-text", "Score tokenization and sentence splitting against UD gold files", 80, setup);

}  // namespace
}  // namespace detente::cli
