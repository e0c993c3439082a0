// syntax/train.h — trains the whole syntax model from CoNLL-U treebanks.
//
// Contract: `train_syntax` reads the training and dev files, trains the
// tagger, the lemmatizer and (on jackknifed predicted tags) the parser, picks
// each learner's best iteration on dev, writes the model to `out` and
// returns it. Deterministic for a seed. Throws Error on unreadable input.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "syntax/model.h"

namespace detente::syntax {

struct TrainConfig {
  std::vector<std::string> train_files;
  std::string dev_file;
  std::string out;
  int tagger_iterations = 10;
  int parser_iterations = 15;
  int folds = 4;  // jackknife folds for the parser's training tags (0 = gold tags)
  uint64_t seed = 1;
  // If set: keep the tagger and parser of this model and retrain only the
  // lemmatizer (seconds instead of minutes; the result equals a full retrain's
  // lemmatizer, which depends only on the training files).
  std::string lemmatizer_only;
  // If set: keep the parser of this model and retrain the tagger and the
  // lemmatizer (the tag set, which the parser's features use, must come out
  // the same: same training files).
  std::string keep_parser;
  // Unlabeled text (plain or JSON Lines) for the lemmatizer's lexicon.
  std::vector<std::string> lexicon_files;
  // Also learn the tagger's capitalization classes from lexicon_files
  // (the committed model has them, see docs/syntax.md).
  bool capitalization = false;
  // Averaged parser weights with |w| at or below this are dropped: a higher
  // value gives a smaller table with fewer lookups per transition.
  float parser_prune = 0.5f;
  // > 1: the parser searches with a beam of this width and is trained
  // globally (parser.h); saved with the model.
  int parser_beam = 1;
  // Give the parser word clusters learned from lexicon_files and the
  // training sentences (clusters.h), stored in the model.
  bool parser_clusters = false;
  // Parser template ids (parser.cc `features`) to train without: a faster,
  // smaller parser (docs/syntax.md, "fewer templates"); saved with the model.
  std::vector<int> parser_drop_templates;
  // Give the tagger word clusters learned the same way (8 tagger templates;
  // the clusters are stored in the tagger).
  bool tagger_clusters = false;
  // With tagger_clusters: the jackknife fold taggers get no cluster
  // features, so the parser trains on the noisier tags of the plain tagger.
  bool jackknife_plain = false;
  // Train a second tagger pass with right context (the first pass's tags of
  // the word and the next two), on the jackknife folds' first-pass tags.
  bool tagger_second_pass = false;
  // Automatically parsed treebanks (CoNLL-U, e.g. `detente parse` output of a
  // slower, more accurate model over unlabeled news) added to the parser's
  // training sentences only, with the tags they carry (uptraining: the greedy
  // parser learns to imitate the stronger one). The tagger and the
  // lemmatizer never see them.
  std::vector<std::string> parser_extra_files;
  // Averaged tagger weights below this are dropped (both passes).
  float tagger_prune = 0.2f;
  Log log;
};

std::shared_ptr<PerceptronSyntax> train_syntax(const TrainConfig& cfg);

}  // namespace detente::syntax
