#include "syntax/eval.h"

#include <time.h>

#include <unordered_map>

#include "core/error.h"
#include "syntax/model.h"
#include "text/conllu.h"
#include "text/text_eval.h"

namespace detente::syntax {

SyntaxScores evaluate_gold_tokens(const SyntaxModel& model, const Document& gold, bool gold_tags) {
  const auto* perceptron = dynamic_cast<const PerceptronSyntax*>(&model);
  if (gold_tags && !perceptron) throw Error(Errc::kUsage, "--gold-tags needs a perceptron syntax model");
  Document d = gold;
  for (Token& t : d.tokens) {
    if (!gold_tags) {
      t.upos = Upos::X;
      t.xpos = 0;
    }
    t.lemma = {};
    t.head = -1;
    t.deprel = Deprel::none;
  }
  auto cpu = [] {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
  };
  double t0 = cpu();
  if (gold_tags)
    perceptron->annotate_keeping_tags(d);
  else
    model.annotate(d);
  SyntaxScores s;
  s.seconds = cpu() - t0;
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    const Token &g = gold.tokens[i], &p = d.tokens[i];
    upos += g.upos == p.upos;
    xpos += g.xpos == p.xpos;
    lemma += gold.lemma(g) == d.lemma(p);
    if (g.head == p.head) {
      ++uas;
      las += deprel_base(g.deprel) == deprel_base(p.deprel);
      las_full += g.deprel == p.deprel;
    }
  }
  s.words = d.tokens.size();
  s.sentences = d.sentences.size();
  double n = s.words ? static_cast<double>(s.words) / 100.0 : 1.0;
  s.upos = upos / n;
  s.xpos = xpos / n;
  s.lemma = lemma / n;
  s.uas = uas / n;
  s.las = las / n;
  s.las_full = las_full / n;
  return s;
}

RawSyntaxScores evaluate_raw_text(const SyntaxModel& model, const Segmenter& segmenter,
                                  const std::string& gold_path) {
  text::GoldText gt = text::load_gold_text(gold_path);
  ConlluDocument gd = read_conllu_file(gold_path);
  const Document& g = gd.doc;
  if (gt.words.size() != g.tokens.size())
    throw Error(Errc::kInternal, gold_path, 0, "gold text and gold words disagree on the word count");
  std::vector<uint32_t> gold_sent_begin(g.tokens.size());
  for (const Sentence& s : g.sentences)
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) gold_sent_begin[i] = s.tok_begin;
  std::unordered_map<uint64_t, uint32_t> by_span;
  for (uint32_t i = 0; i < gt.words.size(); ++i)
    by_span.emplace((uint64_t(gt.words[i].first) << 32) | gt.words[i].second, i);
  Document doc;
  doc.text = gt.text;
  segmenter.segment(doc);
  model.annotate(doc);
  std::vector<int64_t> align(doc.tokens.size(), -1);
  for (uint32_t j = 0; j < doc.tokens.size(); ++j) {
    auto it = by_span.find((uint64_t(doc.tokens[j].begin) << 32) | doc.tokens[j].end);
    if (it != by_span.end()) align[j] = it->second;
  }
  size_t words = 0, upos = 0, lemma = 0, uas = 0, las = 0;
  for (const Sentence& s : doc.sentences)
    for (uint32_t j = s.tok_begin; j < s.tok_end; ++j) {
      if (align[j] < 0) continue;
      const Token& p = doc.tokens[j];
      const Token& t = g.tokens[align[j]];
      ++words;
      upos += p.upos == t.upos;
      lemma += doc.lemma(p) == g.lemma(t);
      bool head_ok;
      if (p.head < 0 || t.head < 0)
        head_ok = p.head < 0 && t.head < 0;
      else
        head_ok = align[s.tok_begin + p.head] == static_cast<int64_t>(gold_sent_begin[align[j]] + t.head);
      if (head_ok) {
        ++uas;
        las += deprel_base(p.deprel) == deprel_base(t.deprel);
      }
    }
  RawSyntaxScores r;
  r.gold_words = g.tokens.size();
  r.system_words = doc.tokens.size();
  auto f1 = [&](size_t correct) {
    double sum = static_cast<double>(r.gold_words + r.system_words);
    return sum > 0 ? 200.0 * correct / sum : 0.0;
  };
  r.words = f1(words);
  r.upos = f1(upos);
  r.lemma = f1(lemma);
  r.uas = f1(uas);
  r.las = f1(las);
  return r;
}

}  // namespace detente::syntax
