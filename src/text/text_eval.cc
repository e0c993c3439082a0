#include "text/text_eval.h"

#include <algorithm>
#include <fstream>
#include <set>

#include <fmt/format.h>

#include "core/error.h"
#include "text/boundary_model.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace detente::text {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t b = 0;
  for (;;) {
    size_t t = line.find('\t', b);
    cols.push_back(line.substr(b, t == std::string_view::npos ? std::string_view::npos : t - b));
    if (t == std::string_view::npos) break;
    b = t + 1;
  }
  return cols;
}

bool space_after_no(std::string_view misc) {
  size_t p = 0;
  while (p <= misc.size()) {
    size_t bar = misc.find('|', p);
    std::string_view item = misc.substr(p, bar == std::string_view::npos ? std::string_view::npos : bar - p);
    if (item == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    p = bar + 1;
  }
  return false;
}

// Maps byte offsets to counts of non-whitespace bytes before them.
std::vector<uint32_t> nonspace_index(std::string_view text) {
  std::vector<uint32_t> idx(text.size() + 1);
  uint32_t n = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t w = whitespace_at(text, i);
    if (w) {
      for (size_t k = 0; k < w; ++k) idx[i + k] = n;
      i += w;
    } else {
      idx[i++] = n++;
    }
  }
  idx[text.size()] = n;
  return idx;
}

Prf compare(std::vector<Span> gold, std::vector<Span> sys, const std::vector<uint32_t>& ix) {
  for (auto& s : gold) s = {ix[s.first], ix[s.second]};
  for (auto& s : sys) s = {ix[s.first], ix[s.second]};
  std::sort(gold.begin(), gold.end());
  std::sort(sys.begin(), sys.end());
  Prf p;
  p.gold = gold.size();
  p.system = sys.size();
  size_t a = 0, b = 0;
  while (a < gold.size() && b < sys.size()) {
    if (gold[a] == sys[b]) { ++p.correct; ++a; ++b; }
    else if (gold[a] < sys[b]) ++a;
    else ++b;
  }
  return p;
}

std::vector<Span> surface_tokens(const Document& doc) {
  std::vector<Span> out;
  const auto& t = doc.tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!out.empty() && i > 0 && !t[i - 1].space_after && out.back().second == t[i].begin &&
        is_clitic_split(doc.form(t[i - 1]), doc.form(t[i]))) {
      out.back().second = t[i].end;
      continue;
    }
    out.push_back({t[i].begin, t[i].end});
  }
  return out;
}

}  // namespace

GoldText load_gold_text(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(Errc::kIo, path, 0, "cannot open the CoNLL-U file");
  GoldText g;
  std::string line;
  uint64_t ln = 0;
  bool newpar = false, in_sentence = false;
  uint32_t sent_begin = 0;
  uint32_t mwt_last = 0;       // last word id covered by the current multiword token
  std::string mwt_form;        // its form, for splitting into word spans
  uint32_t mwt_begin = 0, mwt_off = 0;
  bool pending_space = false;  // a space is due before the next token
  auto finish_sentence = [&]() {
    if (!in_sentence) return;
    g.sentences.push_back({sent_begin, static_cast<uint32_t>(g.text.size())});
    in_sentence = false;
    pending_space = true;
    mwt_last = 0;
  };
  while (std::getline(in, line)) {
    ++ln;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) { finish_sentence(); continue; }
    if (line[0] == '#') {
      if (line.rfind("# newpar", 0) == 0 || line.rfind("# newdoc", 0) == 0) newpar = true;
      continue;
    }
    auto cols = split_tabs(line);
    if (cols.size() != 10) throw Error(Errc::kBadConllu, path, ln, "expected 10 tab-separated columns");
    std::string_view id = cols[0], form = cols[1];
    if (id.find('.') != std::string_view::npos) continue;  // empty nodes
    size_t dash = id.find('-');
    uint32_t first = 0, last = 0;
    try {
      first = static_cast<uint32_t>(std::stoul(std::string(id.substr(0, dash))));
      last = dash == std::string_view::npos ? first
                                            : static_cast<uint32_t>(std::stoul(std::string(id.substr(dash + 1))));
    } catch (...) {
      throw Error(Errc::kBadConllu, path, ln, "bad ID column");
    }
    if (dash == std::string_view::npos && first <= mwt_last) {
      // A word inside a multiword token: take the next piece of its form.
      uint32_t b = mwt_begin + mwt_off;
      uint32_t e;
      bool spells = mwt_off <= mwt_form.size() && mwt_form.compare(mwt_off, form.size(), form) == 0;
      if (spells && first < mwt_last) {
        e = b + static_cast<uint32_t>(form.size());
        mwt_off += static_cast<uint32_t>(form.size());
      } else if (spells && mwt_off + form.size() == mwt_form.size()) {
        e = b + static_cast<uint32_t>(form.size());
      } else {
        b = mwt_begin;
        e = mwt_begin + static_cast<uint32_t>(mwt_form.size());
        mwt_off = static_cast<uint32_t>(mwt_form.size()) + 1;  // no later piece spells it either
      }
      g.words.push_back({b, e});
      continue;
    }
    // A surface token.
    if (!in_sentence) {
      if (!g.text.empty()) g.text += newpar ? "\n\n" : " ";
      newpar = false;
      pending_space = false;
      in_sentence = true;
      sent_begin = static_cast<uint32_t>(g.text.size());
    } else if (pending_space) {
      g.text += ' ';
    }
    uint32_t b = static_cast<uint32_t>(g.text.size());
    g.text.append(form);
    uint32_t e = static_cast<uint32_t>(g.text.size());
    g.tokens.push_back({b, e});
    pending_space = !space_after_no(cols[9]);
    if (dash != std::string_view::npos) {
      mwt_last = last;
      mwt_form.assign(form);
      mwt_begin = b;
      mwt_off = 0;
    } else {
      g.words.push_back({b, e});
    }
  }
  finish_sentence();
  return g;
}

TextScores score_text(const GoldText& gold, const Document& doc) {
  auto ix = nonspace_index(gold.text);
  std::vector<Span> words, sents;
  for (auto& t : doc.tokens) words.push_back({t.begin, t.end});
  for (auto& s : doc.sentences) sents.push_back({s.begin, s.end});
  TextScores r;
  r.tokens = compare(gold.tokens, surface_tokens(doc), ix);
  r.words = compare(gold.words, words, ix);
  r.sentences = compare(gold.sentences, sents, ix);
  return r;
}

std::vector<std::string> boundary_errors(const GoldText& gold, const Document& doc, size_t limit) {
  std::vector<uint32_t> g, s;
  for (auto& x : gold.sentences) g.push_back(x.second);
  for (auto& x : doc.sentences) s.push_back(x.end);
  std::sort(g.begin(), g.end());
  std::sort(s.begin(), s.end());
  std::vector<std::string> out;
  auto ctx = [&](uint32_t at, const char* what) {
    uint32_t b = at > 60 ? at - 60 : 0;
    std::string l = gold.text.substr(b, at - b), r = gold.text.substr(at, 40);
    for (auto& c : l) if (c == '\n') c = ' ';
    for (auto& c : r) if (c == '\n') c = ' ';
    out.push_back(fmt::format("{} ...{} || {}...", what, l, r));
  };
  size_t missed = 0, spurious = 0;
  for (uint32_t x : g)
    if (!std::binary_search(s.begin(), s.end(), x) && missed++ < limit) ctx(x, "MISSED  ");
  for (uint32_t x : s)
    if (!std::binary_search(g.begin(), g.end(), x) && spurious++ < limit) ctx(x, "SPURIOUS");
  return out;
}

std::vector<std::string> token_errors(const GoldText& gold, const Document& doc, size_t limit) {
  std::vector<Span> sys = surface_tokens(doc);
  std::vector<std::string> out;
  size_t b = 0;
  for (const auto& g : gold.tokens) {
    while (b < sys.size() && sys[b].second <= g.first) ++b;
    if (b < sys.size() && sys[b] == g) continue;
    std::string got;
    for (size_t k = b; k < sys.size() && sys[k].first < g.second; ++k)
    {
      if (!got.empty()) got += ' ';
      got.append(gold.text, sys[k].first, sys[k].second - sys[k].first);
    }
    uint32_t cb = g.first > 30 ? g.first - 30 : 0;
    std::string ctx = gold.text.substr(cb, g.second + 30 - cb);
    for (auto& c : ctx) if (c == '\n') c = ' ';
    out.push_back(fmt::format("gold [{}] system [{}]   ...{}...", gold.text.substr(g.first, g.second - g.first), got, ctx));
    if (out.size() >= limit) break;
  }
  return out;
}

float train_segmenter(const std::vector<std::string>& train, const std::vector<std::string>& dev,
                      const std::string& out, int epochs, double capital_tolerance, std::string* log) {
  BoundaryTrainer trainer;
  struct Ex {
    std::vector<std::string> f;
    bool label;
  };
  std::vector<Ex> all;
  for (const auto& path : train) {
    GoldText g = load_gold_text(path);
    Document doc;
    doc.text = g.text;
    tokenize(doc);
    auto ix = nonspace_index(g.text);
    std::vector<bool> end(ix.back() + 1, false);
    for (auto& s : g.sentences) end[ix[s.second]] = true;
    boundary_candidates(doc, [&](uint32_t last, std::vector<std::string>&& fs) {
      all.push_back({std::move(fs), end[ix[doc.tokens[last].end]]});
    });
  }
  // The capital gate: words seen before / after a boundary with no punctuation.
  std::set<std::string> gl, gr;
  auto left = [](const std::vector<std::string>& f) { return f[1].substr(5); };  // "p: U word"
  auto right = [](const std::vector<std::string>& f) {
    for (auto& x : f)
      if (x.rfind("r: ", 0) == 0) return x.substr(3);
    return std::string();
  };
  for (auto& e : all)
    if (e.label && e.f[0] == "k: U") {
      gl.insert(left(e.f));
      gr.insert(right(e.f));
    }
  for (auto& w : gl) trainer.add_fixed("gl: " + w, 1);
  for (auto& w : gr) trainer.add_fixed("gr: " + w, 1);
  for (auto& e : all) {
    if (e.f[0] == "k: U" && !gl.count(left(e.f)) && !gr.count(right(e.f))) continue;
    trainer.add(std::move(e.f), e.label);
  }
  trainer.train(epochs);
  if (log) *log += fmt::format("trained on {} candidate boundaries\n", trainer.examples());
  std::vector<GoldText> golds;
  std::vector<Document> docs;
  for (const auto& path : dev) {
    golds.push_back(load_gold_text(path));
    Document d;
    d.text = golds.back().text;
    tokenize(d);
    docs.push_back(std::move(d));
  }
  auto mean_f1 = [&](float th, float cth) {
    BoundaryModel m = trainer.model(th, cth);
    double sum = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      split_sentences(docs[i], &m);
      sum += score_text(golds[i], docs[i]).sentences.f1();
    }
    return docs.empty() ? 0.0 : sum / docs.size();
  };
  // 1. One threshold for all candidates.
  float best_t = 0;
  double best = -1;
  for (int k = -30; k <= 30; ++k) {
    float th = k * 0.1f;
    double mean = mean_f1(th, th);
    if (mean > best + 1e-9 || (std::abs(mean - best) < 1e-9 && std::abs(th) < std::abs(best_t))) {
      best = mean;
      best_t = th;
    }
  }
  if (log) *log += fmt::format("threshold {:.1f}: mean dev sentence F1 {:.2f}\n", best_t, best);
  // 2. The most conservative threshold for cuts before a capitalized word
  //    (no punctuation) that keeps mean dev F1 within `capital_tolerance`
  //    points of the best: such cuts are the riskiest in edited news.
  float best_c = best_t;
  for (int k = 1; k <= 40; ++k) {
    float cth = best_t + k * 0.25f;
    double mean = mean_f1(best_t, cth);
    if (log) *log += fmt::format("  capital-threshold {:.2f}: {:.2f}\n", cth, mean);
    if (mean >= best - capital_tolerance) best_c = cth;
  }
  if (log) *log += fmt::format("capital-threshold {:.2f}: mean dev sentence F1 {:.2f}\n", best_c, mean_f1(best_t, best_c));
  trainer.save(out, best_t, best_c);
  return best_t;
}

}  // namespace detente::text
