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
  Log log;
};

std::shared_ptr<PerceptronSyntax> train_syntax(const TrainConfig& cfg);

}  // namespace detente::syntax
