#include "syntax/train.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "core/error.h"
#include "syntax/clusters.h"
#include "text/conllu.h"

namespace detente::syntax {
namespace {

// `t` tags the sentence; classes are reported in `main`'s numbering. With
// `given`, those tags (of a jackknife fold tagger) are used instead.
ParseSample sample(const GoldSentence& g, const Tagger& t, const Tagger& main,
                   const std::vector<TagClass>* given = nullptr) {
  ParseSample x;
  size_t n = g.size();
  std::vector<Atoms> atoms(n);
  std::string buf;
  for (size_t i = 0; i < n; ++i) compute_atoms(g.forms[i], atoms[i], buf);
  x.tags.resize(n + 1);
  if (given) {
    for (size_t i = 0; i < n; ++i) {
      int c = main.class_of((*given)[i]);
      x.tags[i] = static_cast<uint8_t>(c < 0 ? 0 : c);
    }
  } else {
    t.tag(atoms.data(), n, x.tags.data());
    if (&t != &main)
      for (size_t i = 0; i < n; ++i) {
        int c = main.class_of(t.tag_of(x.tags[i]));
        x.tags[i] = static_cast<uint8_t>(c < 0 ? 0 : c);
      }
  }
  x.tags[n] = 254;
  for (size_t i = 0; i < n; ++i) x.words.push_back(atoms[i].word);
  x.words.push_back(kRootWord);
  x.heads = g.heads;
  x.labels = g.deprels;
  return x;
}

bool usable_tree(const GoldSentence& g) {
  int roots = 0;
  for (size_t i = 0; i < g.size(); ++i) {
    if (g.heads[i] < 0) ++roots;
    if (g.deprels[i] == Deprel::none) return false;
  }
  return roots == 1;
}

}  // namespace

std::shared_ptr<PerceptronSyntax> train_syntax(const TrainConfig& cfg) {
  auto t0 = std::chrono::steady_clock::now();
  auto log = [&](const std::string& s) {
    if (!cfg.log) return;
    double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    cfg.log(fmt::format("[{:7.1f}s] {}", sec, s));
  };
  for (int id : cfg.parser_drop_templates)  // before minutes of training, not after
    if (!Parser::is_template(id, cfg.parser_clusters))
      throw Error(Errc::kUsage, fmt::format("no parser template {} to drop (100-197; 200-213 with clusters)", id));
  std::vector<GoldSentence> train, dev;
  for (const auto& f : cfg.train_files) {
    auto g = gold_sentences(read_conllu_file(f).doc);
    log(fmt::format("read {}: {} sentences", f, g.size()));
    train.insert(train.end(), std::make_move_iterator(g.begin()), std::make_move_iterator(g.end()));
  }
  if (!cfg.dev_file.empty()) dev = gold_sentences(read_conllu_file(cfg.dev_file).doc);
  if (train.empty()) throw Error(Errc::kUsage, "no training sentences");

  if (!cfg.lemmatizer_only.empty()) {
    auto model = std::make_shared<PerceptronSyntax>(*load_model(cfg.lemmatizer_only));
    model->lemmatizer = Lemmatizer::train(train, log);
    if (!cfg.lexicon_files.empty()) model->lemmatizer.learn_lexicon(cfg.lexicon_files, 2, log);
    if (!cfg.out.empty()) {
      save_model(*model, cfg.out);
      log(fmt::format("wrote {} (tagger and parser from {})", cfg.out, cfg.lemmatizer_only));
    }
    return model;
  }
  auto model = std::make_shared<PerceptronSyntax>();
  Tagger::TrainOptions topt;
  topt.iterations = cfg.tagger_iterations;
  topt.seed = cfg.seed;
  topt.log = log;
  topt.prune = cfg.tagger_prune;
  if (cfg.capitalization) topt.lexicon_files = cfg.lexicon_files;
  std::vector<std::pair<uint64_t, uint32_t>> clusters;
  if (cfg.parser_clusters || cfg.tagger_clusters) {
    if (cfg.lexicon_files.empty()) throw Error(Errc::kUsage, "--parser-clusters and --tagger-clusters need --lexicon text");
    std::vector<std::vector<std::string>> forms;
    for (const auto& g : train) forms.push_back(g.forms);
    clusters = learn_clusters(cfg.lexicon_files, forms, ClusterOptions{}, log);
  }
  if (cfg.tagger_clusters) topt.clusters = clusters;
  // Jackknife: each fold's tagger (first pass only) tags the sentences it did
  // not see; these tags train the parser (so it learns from tags as noisy as
  // at run time) and the tagger's second pass.
  std::vector<std::vector<TagClass>> jk;
  const bool need_parser = cfg.keep_parser.empty();
  if (cfg.folds >= 2 && (need_parser || cfg.tagger_second_pass)) {
    jk.resize(train.size());
    for (int k = 0; k < cfg.folds; ++k) {
      std::vector<GoldSentence> rest;
      for (size_t i = 0; i < train.size(); ++i)
        if (static_cast<int>(i % cfg.folds) != k) rest.push_back(train[i]);
      Tagger::TrainOptions fo{std::min(cfg.tagger_iterations, 5), cfg.seed + 1 + k, nullptr, 0.0f, topt.lexicon_files,
                              cfg.jackknife_plain ? std::vector<std::pair<uint64_t, uint32_t>>{} : topt.clusters};
      Tagger ft = Tagger::train(rest, dev, fo);
      std::vector<Atoms> atoms;
      std::vector<uint8_t> out;
      std::string buf;
      for (size_t i = k; i < train.size(); i += cfg.folds) {
        size_t n = train[i].size();
        atoms.assign(n, Atoms{});
        for (size_t j = 0; j < n; ++j) compute_atoms(train[i].forms[j], atoms[j], buf);
        out.assign(n, 0);
        ft.tag(atoms.data(), n, out.data());
        for (size_t j = 0; j < n; ++j) jk[i].push_back(ft.tag_of(out[j]));
      }
      log(fmt::format("jackknife fold {}/{} tagged", k + 1, cfg.folds));
    }
  }
  if (cfg.tagger_second_pass) {
    topt.second_pass = true;
    if (!jk.empty()) topt.first_pass = &jk;
  }
  model->tagger = Tagger::train(train, dev, topt);
  if (!cfg.keep_parser.empty()) {
    auto base = load_model(cfg.keep_parser);
    if (base->tagger.tags() != model->tagger.tags())
      throw Error(Errc::kUsage, cfg.keep_parser, 0, "the new tagger's tag set differs from the model's: retrain everything");
    model->parser = base->parser;
    model->lemmatizer = Lemmatizer::train(train, log);
    if (!cfg.lexicon_files.empty()) model->lemmatizer.learn_lexicon(cfg.lexicon_files, 2, log);
    if (!cfg.out.empty()) {
      save_model(*model, cfg.out);
      log(fmt::format("wrote {} (parser from {})", cfg.out, cfg.keep_parser));
    }
    return model;
  }
  model->lemmatizer = Lemmatizer::train(train, log);
  if (!cfg.lexicon_files.empty()) model->lemmatizer.learn_lexicon(cfg.lexicon_files, 2, log);

  // Parser training tags: jackknifed, so the parser learns from tags as noisy as at run time.
  std::vector<ParseSample> ptrain(train.size()), pdev;
  if (!jk.empty()) {
    for (size_t i = 0; i < train.size(); ++i) ptrain[i] = sample(train[i], model->tagger, model->tagger, &jk[i]);
  } else {
    for (size_t i = 0; i < train.size(); ++i) ptrain[i] = sample(train[i], model->tagger, model->tagger);
  }
  std::vector<ParseSample> usable;
  for (size_t i = 0; i < train.size(); ++i)
    if (usable_tree(train[i])) usable.push_back(std::move(ptrain[i]));
  for (const auto& f : cfg.parser_extra_files) {
    size_t before = usable.size();
    std::vector<TagClass> given;
    for (const auto& g : gold_sentences(read_conllu_file(f).doc)) {
      if (!usable_tree(g)) continue;
      given.resize(g.size());
      for (size_t i = 0; i < g.size(); ++i) given[i] = TagClass{g.upos[i], g.xpos[i]};
      usable.push_back(sample(g, model->tagger, model->tagger, &given));
    }
    log(fmt::format("read {}: {} parsed sentences for the parser", f, usable.size() - before));
  }
  for (const auto& g : dev)
    if (usable_tree(g)) pdev.push_back(sample(g, model->tagger, model->tagger));
  Parser::TrainOptions popt;
  popt.iterations = cfg.parser_iterations;
  popt.seed = cfg.seed;
  popt.prune = cfg.parser_prune;
  popt.beam = cfg.parser_beam;
  popt.drop_templates = cfg.parser_drop_templates;
  popt.log = log;
  if (cfg.parser_clusters) popt.clusters = std::move(clusters);
  model->parser = Parser::train(usable, pdev, popt);
  if (!cfg.out.empty()) {
    save_model(*model, cfg.out);
    log(fmt::format("wrote {}", cfg.out));
  }
  return model;
}

}  // namespace detente::syntax
