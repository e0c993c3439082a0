// `detente train-syntax --train FILE... --dev FILE --out MODEL`: trains the
// tagger, lemmatizer and parser from UD CoNLL-U treebanks (see docs/syntax.md).
#include <cstdio>

#include "cli/command.h"
#include "syntax/train.h"

namespace detente::cli {
namespace {

Run setup(CLI::App& app) {
  auto cfg = std::make_shared<syntax::TrainConfig>();
  cfg->out = "models/syntax-en.bin";
  app.add_option("--train", cfg->train_files, "Training treebank(s), CoNLL-U")->required()->check(CLI::ExistingFile);
  app.add_option("--dev", cfg->dev_file, "Development treebank for picking the best iteration")
      ->check(CLI::ExistingFile);
  app.add_option("--out", cfg->out, "Model file to write")->capture_default_str();
  app.add_option("--iterations", cfg->parser_iterations, "Parser training iterations")->capture_default_str();
  app.add_option("--tagger-iterations", cfg->tagger_iterations, "Tagger training iterations")->capture_default_str();
  app.add_option("--folds", cfg->folds, "Jackknife folds for the parser's training tags (0 = none)")
      ->capture_default_str();
  app.add_option("--lemmatizer-only", cfg->lemmatizer_only,
                 "Keep the tagger and parser of this model; retrain only the lemmatizer")
      ->check(CLI::ExistingFile);
  app.add_option("--keep-parser", cfg->keep_parser,
                 "Keep the parser of this model; retrain the tagger and the lemmatizer")
      ->check(CLI::ExistingFile);
  app.add_option("--lexicon", cfg->lexicon_files,
                 "Unlabeled text (plain or JSON Lines) whose word counts help lemmatize unseen words")
      ->check(CLI::ExistingFile);
  app.add_flag("--capitalization-classes", cfg->capitalization,
               "Also give the tagger each word's capitalization class in the --lexicon text");
  app.add_flag("--parser-clusters", cfg->parser_clusters,
               "Also give the parser word clusters learned from the --lexicon text (and the training words)");
  app.add_flag("--tagger-clusters", cfg->tagger_clusters,
               "Also give the tagger word clusters learned from the --lexicon text (and the training words)");
  app.add_flag("--jackknife-plain", cfg->jackknife_plain,
               "With --tagger-clusters: the jackknife taggers (the parser's training tags) get no clusters");
  app.add_flag("--tagger-second-pass", cfg->tagger_second_pass,
               "Also train a second tagger pass with the first pass's tags of the next words (right context)");
  app.add_option("--parser-extra", cfg->parser_extra_files,
                 "Automatically parsed CoNLL-U (e.g. a beam model's `detente parse` output) added to the "
                 "parser's training data only, with its own tags (uptraining)")
      ->check(CLI::ExistingFile);
  app.add_option("--tagger-prune", cfg->tagger_prune,
                 "Drop averaged tagger weights below this (smaller model)")
      ->capture_default_str();
  app.add_option("--parser-prune", cfg->parser_prune,
                 "Drop averaged parser weights with |w| at or below this (smaller, faster model)")
      ->capture_default_str();
  app.add_option("--beam", cfg->parser_beam,
                 "Parser beam width (1 = greedy; k > 1: beam search, trained globally, slower)")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  app.add_option("--drop-parser-templates", cfg->parser_drop_templates,
                 "Parser template ids to train without (comma-separated; see docs/syntax.md, fewer templates): "
                 "a faster, smaller parser, saved with the model")
      ->delimiter(',');
  app.add_option("--seed", cfg->seed, "Random seed (training is deterministic for a seed)")->capture_default_str();
  app.footer(
      "Example:\n"
      "  detente train-syntax --train ../shared/data/ud/en_ewt/en_ewt-ud-train.conllu \\\n"
      "      --dev ../shared/data/ud/en_ewt/en_ewt-ud-dev.conllu --out models/syntax-en.bin");
  return [cfg]() -> int {
    cfg->log = [](const std::string& s) { std::fprintf(stderr, "%s\n", s.c_str()); };
    syntax::train_syntax(*cfg);
    return 0;
  };
}

DETENTE_COMMAND("train-syntax", "Train the POS tagger, lemmatizer and dependency parser", 72, setup);

}  // namespace
}  // namespace detente::cli
