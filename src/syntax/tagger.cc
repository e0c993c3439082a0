#include "syntax/tagger.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <unordered_map>

#include "syntax/argmax.h"
#include "syntax/clusters.h"
#include "syntax/shuffle.h"
#include "syntax/unlabeled.h"

namespace detente::syntax {

size_t Tagger::features(const Atoms* a, size_t n, size_t i, const uint8_t* tags, uint64_t* k, bool clusters) {
  const Atoms& w = a[i];
  auto word = [&](long j) -> uint64_t {
    if (j < 0) return j == -1 ? kBos : kBos + 1;
    if (j >= static_cast<long>(n)) return j == static_cast<long>(n) ? kEos : kEos + 1;
    return a[j].word;
  };
  auto suf = [&](long j, int len) -> uint64_t {
    if (j < 0) return kBos;
    if (j >= static_cast<long>(n)) return kEos;
    return a[j].suf[len - 1];
  };
  auto shape = [&](long j) -> uint64_t {
    if (j < 0) return kBos;
    if (j >= static_cast<long>(n)) return kEos;
    return a[j].shape;
  };
  long li = static_cast<long>(i);
  uint64_t t1 = i >= 1 ? tags[i - 1] : 250, t2 = i >= 2 ? tags[i - 2] : 251;
  size_t m = 0;
  k[m++] = fkey(0, 0);
  k[m++] = fkey(1, w.word);
  k[m++] = fkey(2, w.exact);
  for (int j = 0; j < 4; ++j) k[m++] = fkey(3 + j, w.suf[j]);
  for (int j = 0; j < 3; ++j) k[m++] = fkey(7 + j, w.pre[j]);
  k[m++] = fkey(10, w.shape);
  k[m++] = fkey(11, word(li - 1));
  k[m++] = fkey(12, word(li + 1));
  k[m++] = fkey(13, word(li - 2));
  k[m++] = fkey(14, word(li + 2));
  k[m++] = fkey(15, t1);
  k[m++] = fkey(16, t2);
  k[m++] = fkey(17, t1, t2);
  k[m++] = fkey(18, t1, w.word);
  k[m++] = fkey(19, suf(li - 1, 3));
  k[m++] = fkey(20, suf(li + 1, 3));
  k[m++] = fkey(21, shape(li - 1));
  k[m++] = fkey(22, shape(li + 1));
  k[m++] = fkey(23, w.word, word(li + 1));
  k[m++] = fkey(24, word(li - 1), w.word);
  k[m++] = fkey(25, w.flags);
  k[m++] = fkey(26, i == 0, w.shape);
  k[m++] = fkey(27, t1, w.suf[2]);
  k[m++] = fkey(28, suf(li + 1, 1));
  k[m++] = fkey(29, suf(li + 2, 3));
  k[m++] = fkey(30, t1, word(li + 1));
  k[m++] = fkey(31, w.suf[2], word(li + 1));
  k[m++] = fkey(32, w.word, word(li + 1), word(li + 2));
  k[m++] = fkey(33, i == 0, w.word);
  auto amb = [&](long j) -> uint64_t {
    if (j < 0) return kBos;
    if (j >= static_cast<long>(n)) return kEos;
    return a[j].amb;
  };
  uint64_t a0 = amb(li), a1 = amb(li + 1), a2 = amb(li + 2);
  k[m++] = fkey(34, a0);
  k[m++] = fkey(35, a1);
  k[m++] = fkey(36, a2);
  k[m++] = fkey(37, a1, a2);
  k[m++] = fkey(38, a0, a1);
  k[m++] = fkey(39, t1, a1);
  k[m++] = fkey(40, w.word, a1);
  k[m++] = fkey(41, amb(li - 1), a0);
  auto flags = [&](long j) -> uint64_t {
    if (j < 0 || j >= static_cast<long>(n)) return 99;
    return a[j].flags;
  };
  k[m++] = fkey(42, flags(li - 1), w.flags, flags(li + 1));
  k[m++] = fkey(43, word(li - 1), word(li + 1));
  k[m++] = fkey(44, t1, a0);
  k[m++] = fkey(45, t1, w.shape);
  k[m++] = fkey(46, t1, t2, a0);
  k[m++] = fkey(47, w.suf[1], word(li - 1));
  if (w.caps) {  // only models that learned capitalization classes
    uint64_t cap_flags = w.flags & (kUpperFirst | kAllUpper);
    k[m++] = fkey(48, w.caps, cap_flags);
    k[m++] = fkey(49, w.caps, cap_flags, i == 0);
    k[m++] = fkey(50, w.caps, t1);
    uint64_t c1 = li + 1 < static_cast<long>(n) ? a[li + 1].caps : kEos;
    k[m++] = fkey(51, c1, flags(li + 1) & (kUpperFirst | kAllUpper), cap_flags);
  }
  if (clusters) {  // only models trained with --tagger-clusters
    auto C = [&](long j, uint32_t bits) -> uint64_t {
      if (j < 0) return kBos;
      if (j >= static_cast<long>(n)) return kEos;
      return bits == 16 ? uint64_t(a[j].cl) | (uint64_t(1) << 40) : cluster_prefix(a[j].cl, bits);
    };
    uint64_t c0 = C(li, 16), cn = C(li + 1, 16);
    k[m++] = fkey(60, c0);
    k[m++] = fkey(61, C(li, 4));
    k[m++] = fkey(62, C(li, 8));
    k[m++] = fkey(63, C(li - 1, 16));
    k[m++] = fkey(64, cn);
    k[m++] = fkey(65, C(li + 2, 8));
    k[m++] = fkey(66, t1, c0);
    k[m++] = fkey(67, c0, cn);
  }
  return m;
}

size_t Tagger::right_features(const Atoms* a, size_t n, size_t i, const uint8_t* tags, uint64_t* k) {
  const Atoms& w = a[i];
  uint64_t p0 = tags[i], t1 = i >= 1 ? tags[i - 1] : 250;
  uint64_t r1 = i + 1 < n ? tags[i + 1] : 252, r2 = i + 2 < n ? tags[i + 2] : 253;
  size_t m = 0;
  k[m++] = fkey(70, p0);
  k[m++] = fkey(71, r1);
  k[m++] = fkey(72, r2);
  k[m++] = fkey(73, r1, r2);
  k[m++] = fkey(74, w.word, r1);
  k[m++] = fkey(75, t1, r1);
  k[m++] = fkey(76, w.suf[2], r1);
  k[m++] = fkey(77, p0, r1);
  k[m++] = fkey(78, w.amb, r1);
  k[m++] = fkey(79, w.word, r1, r2);
  return m;
}

void Tagger::set_ambiguity(Atoms* atoms, size_t n) const {
  for (size_t i = 0; i < n; ++i) {
    uint32_t r = amb_index_.find(atoms[i].exact);
    atoms[i].amb = r == FeatureTable::kMissing ? kNone : amb_[r];
    if (caps_.size()) {
      uint32_t c = caps_.find(atoms[i].word);
      atoms[i].caps = c == FeatureTable::kMissing ? 99 : c;
    } else {
      atoms[i].caps = 0;
    }
    atoms[i].cl = clusters_.size() ? clusters_.find(atoms[i].word) : kNoCluster;  // kMissing = kNoCluster
  }
}

void Tagger::tag(Atoms* atoms, size_t n, uint8_t* out) const {
  set_ambiguity(atoms, n);
  uint64_t keys[kMaxFeatures];
  float scores[256];
  const size_t nc = tags_.size();
  const bool cl = has_clusters(), p2 = has_second_pass();
  auto best = [&](const Weights& w, size_t m) {  // the first best class of the m features in keys
    std::fill(scores, scores + nc, 0.0f);
    w.score(keys, m, scores);
    uint32_t b;
    if (!first_max(scores, 0, static_cast<uint32_t>(nc), b))
      b = static_cast<uint32_t>(std::max_element(scores, scores + nc) - scores);
    return b;
  };
  for (size_t i = 0; i < n; ++i) {
    uint32_t d = dict_.find(atoms[i].exact);
    if (d != FeatureTable::kMissing) {
      out[i] = static_cast<uint8_t>(d);
      atoms[i].margin = __builtin_inff();
      continue;
    }
    const uint32_t b = best(w_, features(atoms, n, i, out, keys, cl));
    out[i] = static_cast<uint8_t>(b);
    if (p2) {
      float second = -__builtin_inff();
      for (size_t c = 0; c < nc; ++c)
        if (c != b && scores[c] > second) second = scores[c];
      atoms[i].margin = scores[b] - second;
    }
  }
  if (!p2) return;
  // Second pass, in place: out[] holds second-pass tags before i and
  // first-pass tags from i on. Dictionary words (margin inf) and words
  // tagged with a margin of at least the gate keep their first-pass tag (a
  // NaN margin is rescored).
  for (size_t i = 0; i < n; ++i) {
    if (atoms[i].margin >= gate_) continue;
    size_t m = features(atoms, n, i, out, keys, cl);
    m += right_features(atoms, n, i, out, keys + m);
    out[i] = static_cast<uint8_t>(best(w2_, m));
  }
}

int Tagger::class_of(TagClass t) const {
  for (size_t c = 0; c < tags_.size(); ++c)
    if (tags_[c] == t) return static_cast<int>(c);
  return -1;
}

// Layout: u32 tag count (| kHasClusters), the tags, the dictionary, the
// ambiguity classes, the capitalization classes, [u32 n, then n (u64 word
// hash, u32 cluster code) sorted by hash], the weights.
namespace {
constexpr uint32_t kHasClusters = 0x10000;
constexpr uint32_t kHasSecondPass = 0x20000;
}

void Tagger::save(BinWriter& out, int bits) const {
  out.put<uint32_t>(static_cast<uint32_t>(tags_.size()) | (has_clusters() ? kHasClusters : 0) |
                    (has_second_pass() ? kHasSecondPass : 0));
  for (auto& t : tags_) {
    out.put<uint8_t>(static_cast<uint8_t>(t.upos));
    out.put<uint16_t>(t.xpos);
  }
  std::vector<std::pair<uint64_t, uint32_t>> d;
  dict_.for_each([&](uint64_t k, uint32_t v) { d.emplace_back(k, v); });
  std::sort(d.begin(), d.end());
  out.put<uint32_t>(static_cast<uint32_t>(d.size()));
  for (auto& [k, v] : d) {
    out.put<uint64_t>(k);
    out.put<uint8_t>(static_cast<uint8_t>(v));
  }
  std::vector<std::pair<uint64_t, uint64_t>> am;
  amb_index_.for_each([&](uint64_t k, uint32_t v) { am.emplace_back(k, amb_[v]); });
  std::sort(am.begin(), am.end());
  out.put<uint32_t>(static_cast<uint32_t>(am.size()));
  for (auto& [k, v] : am) {
    out.put<uint64_t>(k);
    out.put<uint64_t>(v);
  }
  std::vector<std::pair<uint64_t, uint32_t>> cp;
  caps_.for_each([&](uint64_t k, uint32_t v) { cp.emplace_back(k, v); });
  std::sort(cp.begin(), cp.end());
  out.put<uint32_t>(static_cast<uint32_t>(cp.size()));
  for (auto& [k, v] : cp) {
    out.put<uint64_t>(k);
    out.put<uint8_t>(static_cast<uint8_t>(v));
  }
  if (has_clusters()) save_cluster_table(out, clusters_);
  w_.save(out, bits);
  if (has_second_pass()) {
    w2_.save(out, bits);
    out.put<float>(gate_);
  }
}

void Tagger::learn_capitalization(const std::vector<std::string>& files, const Log& log) {
  struct Count {
    uint32_t all = 0, mid = 0, cap = 0;
  };
  std::unordered_map<uint64_t, Count> counts;
  std::string lower;
  // `clean`: only spaces since the previous word (a JSON \n or \t counts as
  // one); a word after a lower-case word and only spaces is mid-sentence.
  bool clean = false, prev_lower = false;
  for_each_text_word(
      files,
      [&](std::string_view w) {
        lower_ascii(w, lower);
        Count& c = counts[hash_bytes(lower, 1)];
        c.all++;
        bool upper = w[0] >= 'A' && w[0] <= 'Z';
        if (prev_lower && clean) {
          c.mid++;
          c.cap += upper;
        }
        prev_lower = !upper;
        clean = true;
      },
      [&](char c, bool escaped) {
        if (escaped ? c != 'n' && c != 't' : c != ' ') clean = false;
      });
  std::vector<std::pair<uint64_t, uint32_t>> cls;
  for (auto& [k, c] : counts) {
    uint32_t v;
    if (c.mid == 0) {
      v = 16 + (c.all >= 3) + (c.all >= 20);  // seen, never mid-sentence
    } else {
      uint32_t r = std::min<uint32_t>(4, 5 * c.cap / c.mid);  // share capitalized, in fifths
      uint32_t fq = c.mid < 3 ? 0 : c.mid < 20 ? 1 : 2;
      v = 1 + r + 5 * fq;
    }
    cls.emplace_back(k, v);
  }
  std::sort(cls.begin(), cls.end());
  caps_.reset(cls.size());
  for (auto& [k, v] : cls) caps_.insert(k, v);
  if (log) log(fmt::format("tagger: capitalization classes for {} words of unlabeled text", cls.size()));
}

void Tagger::load(BinReader& in, int bits, uint32_t version) {
  uint32_t n = in.get<uint32_t>();
  const bool has_cl = n & kHasClusters, has_p2 = n & kHasSecondPass;
  n &= ~(kHasClusters | kHasSecondPass);
  if (n == 0 || n > 255) in.fail("bad tag count");
  tags_.resize(n);
  for (auto& t : tags_) {
    uint8_t u = in.get<uint8_t>();
    if (u >= static_cast<uint8_t>(Upos::kCount)) in.fail("bad UPOS id");
    t.upos = static_cast<Upos>(u);
    t.xpos = in.get<uint16_t>();
  }
  uint32_t nd = in.get<uint32_t>();
  dict_.reset(nd);
  for (uint32_t i = 0; i < nd; ++i) {
    uint64_t k = in.get<uint64_t>();
    uint8_t v = in.get<uint8_t>();
    if (v >= n) in.fail("bad tag in dictionary");
    dict_.insert(k, v);
  }
  uint32_t na = in.get<uint32_t>();
  amb_index_.reset(na);
  amb_.clear();
  for (uint32_t i = 0; i < na; ++i) {
    uint64_t k = in.get<uint64_t>();
    amb_.push_back(in.get<uint64_t>());
    if (k == 0 || amb_index_.insert(k, i) != i) in.fail("bad ambiguity table");
  }
  uint32_t nc = version >= 3 ? in.get<uint32_t>() : 0;
  caps_.reset(nc);
  for (uint32_t i = 0; i < nc; ++i) {
    uint64_t k = in.get<uint64_t>();
    uint8_t v = in.get<uint8_t>();
    if (k == 0 || v == 0) in.fail("bad capitalization table");
    caps_.insert(k, v);
  }
  clusters_.reset(16);
  if (has_cl) load_cluster_table(in, clusters_);
  w_.load(in, bits);
  if (w_.n_classes() != n) in.fail("tagger weights do not match its tag set");
  w2_ = Weights();
  if (has_p2) {
    w2_.load(in, bits);
    if (w2_.n_classes() != n) in.fail("second-pass tagger weights do not match its tag set");
    gate_ = version >= 4 ? in.get<float>() : __builtin_inff();
    if (!(gate_ >= 0)) in.fail("bad second-pass gate");
  }
}

namespace {
struct Prepared {
  std::vector<Atoms> atoms;
  std::vector<uint8_t> gold;
};

std::vector<Prepared> prepare(const std::vector<GoldSentence>& sents, std::vector<TagClass>& tags,
                              bool grow) {
  std::vector<Prepared> out;
  std::string buf;
  for (const auto& s : sents) {
    Prepared p;
    p.atoms.resize(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
      compute_atoms(s.forms[i], p.atoms[i], buf);
      TagClass t{s.upos[i], s.xpos[i]};
      auto it = std::find(tags.begin(), tags.end(), t);
      if (it == tags.end() && grow && tags.size() < 255) {
        tags.push_back(t);
        it = tags.end() - 1;
      }
      p.gold.push_back(it == tags.end() ? 255 : static_cast<uint8_t>(it - tags.begin()));
    }
    out.push_back(std::move(p));
  }
  return out;
}

double accuracy(const Tagger& t, std::vector<Prepared>& data) {
  size_t ok = 0, all = 0;
  std::vector<uint8_t> out;
  for (auto& p : data) {
    out.resize(p.atoms.size());
    t.tag(p.atoms.data(), p.atoms.size(), out.data());
    for (size_t i = 0; i < out.size(); ++i) ok += out[i] == p.gold[i];
    all += out.size();
  }
  return all ? 100.0 * ok / all : 0.0;
}
}  // namespace

Tagger Tagger::train(const std::vector<GoldSentence>& train, const std::vector<GoldSentence>& dev,
                     const TrainOptions& opt) {
  Tagger best;
  if (!opt.lexicon_files.empty()) best.learn_capitalization(opt.lexicon_files, opt.log);
  if (!opt.clusters.empty()) {
    best.clusters_.reset(opt.clusters.size());
    for (auto& [k, c] : opt.clusters) best.clusters_.insert(k, c);
  }
  const bool cl = best.has_clusters();
  std::vector<Prepared> tr = prepare(train, best.tags_, true);
  std::vector<Prepared> dv = prepare(dev, best.tags_, false);
  const size_t nc = best.tags_.size();
  // Tag dictionary: frequent words that (almost) always take one tag.
  std::unordered_map<uint64_t, std::map<uint8_t, uint32_t>> counts;
  for (const auto& p : tr)
    for (size_t i = 0; i < p.atoms.size(); ++i) counts[p.atoms[i].exact][p.gold[i]]++;
  std::vector<std::pair<uint64_t, uint8_t>> dict;
  for (auto& [w, m] : counts) {
    uint32_t total = 0, top = 0;
    uint8_t cls = 0;
    for (auto& [c, n] : m) {
      total += n;
      if (n > top) top = n, cls = c;
    }
    if (total >= 20 && top >= 0.995 * total) dict.emplace_back(w, cls);
  }
  std::sort(dict.begin(), dict.end());
  best.dict_.reset(dict.size());
  for (auto& [w, c] : dict) best.dict_.insert(w, c);
  // Ambiguity classes: the tags (>= 10% of its occurrences) of each word seen 3+ times.
  std::vector<std::pair<uint64_t, uint64_t>> amb;
  for (auto& [w, m] : counts) {
    uint32_t total = 0;
    for (auto& [c, n] : m) total += n;
    if (total < 3) continue;
    uint64_t h = 0xa3b;
    for (auto& [c, n] : m)
      if (n * 10 >= total) h = hcomb(h, c);
    amb.emplace_back(w, h);
  }
  std::sort(amb.begin(), amb.end());
  best.amb_index_.reset(amb.size());
  for (auto& [w, h] : amb) {
    best.amb_index_.insert(w, static_cast<uint32_t>(best.amb_.size()));
    best.amb_.push_back(h);
  }
  for (auto& p : tr) best.set_ambiguity(p.atoms.data(), p.atoms.size());

  std::vector<size_t> order(tr.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Tagger cur = best;
  uint64_t keys[kMaxFeatures];
  std::vector<float> scores(nc);
  std::vector<uint8_t> pred;
  // One pass's training: greedy left to right over shuffled sentences, the
  // dictionary's words fixed; `first` (second pass only) gives each sentence's
  // first-pass tags, read by the right-context features. Keeps the iteration
  // with the best dev score in `best.*slot`.
  auto train_pass = [&](Weights Tagger::*slot, Rng& rng, const std::vector<std::vector<uint8_t>>* first,
                        const char* name) {
    PerceptronTrainer pt(static_cast<uint32_t>(nc));
    double best_acc = -1;
    for (int it = 1; it <= opt.iterations; ++it) {
      shuffle(order, rng);
      size_t ok = 0, all = 0;
      for (size_t si : order) {
        const Prepared& p = tr[si];
        size_t n = p.atoms.size();
        if (first) pred = (*first)[si];
        else pred.resize(n);
        for (size_t i = 0; i < n; ++i) {
          uint32_t d = best.dict_.find(p.atoms[i].exact);
          if (d != FeatureTable::kMissing) {
            pred[i] = static_cast<uint8_t>(d);
          } else {
            size_t m = features(p.atoms.data(), n, i, pred.data(), keys, cl);
            if (first) m += right_features(p.atoms.data(), n, i, pred.data(), keys + m);
            std::fill(scores.begin(), scores.end(), 0.0f);
            pt.score(keys, m, scores.data());
            uint8_t guess = static_cast<uint8_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
            pt.tick();
            pt.update(keys, m, p.gold[i], guess);
            pred[i] = guess;
          }
          ok += pred[i] == p.gold[i];
          ++all;
        }
      }
      cur.*slot = pt.finalize(opt.prune);
      double acc = dv.empty() ? it : accuracy(cur, dv);
      if (opt.log)
        opt.log(fmt::format("{} iteration {}: train {:.2f}  dev {:.2f}  ({} features)", name, it,
                            100.0 * ok / std::max<size_t>(all, 1), acc, pt.features()));
      if (acc > best_acc) {
        best_acc = acc;
        best.*slot = std::move(cur.*slot);
      }
    }
  };
  Rng rng(opt.seed);
  train_pass(&Tagger::w_, rng, nullptr, "tagger");
  if (!opt.second_pass) return best;

  // Second pass: the first-pass tags of the training sentences (jackknifed if
  // given), the dictionary's words fixed as at run time.
  std::vector<std::vector<uint8_t>> first(tr.size());
  for (size_t si = 0; si < tr.size(); ++si) {
    const Prepared& p = tr[si];
    size_t n = p.atoms.size();
    first[si].resize(n);
    if (opt.first_pass && opt.first_pass->size() == tr.size() && (*opt.first_pass)[si].size() == n) {
      for (size_t i = 0; i < n; ++i) {
        int c = best.class_of((*opt.first_pass)[si][i]);
        first[si][i] = static_cast<uint8_t>(c < 0 ? 255 : c);
      }
    } else {
      std::vector<Atoms> at = p.atoms;
      best.tag(at.data(), n, first[si].data());
    }
    for (size_t i = 0; i < n; ++i) {
      uint32_t d = best.dict_.find(p.atoms[i].exact);
      if (d != FeatureTable::kMissing) first[si][i] = static_cast<uint8_t>(d);
    }
  }
  cur = best;
  Rng rng2(opt.seed + 0x5eed);
  train_pass(&Tagger::w2_, rng2, &first, "tagger second pass");
  if (!dv.empty()) best.choose_gate(dv, opt.log);
  return best;
}

// The second pass's gate: candidates are percentiles of the dev set's
// first-pass margins (of the words the dictionary does not fix); the gate is
// the smallest candidate whose dev accuracy is within 0.01 points of the best
// candidate's (inf, rescoring every word, is a candidate).
template <class Data>
void Tagger::choose_gate(Data& dv, const Log& log) {
  std::vector<float> margins;
  std::vector<uint8_t> out;
  for (auto& p : dv) {
    out.resize(p.atoms.size());
    tag(p.atoms.data(), p.atoms.size(), out.data());
    for (const Atoms& a : p.atoms)
      if (a.margin < __builtin_inff()) margins.push_back(a.margin);
  }
  if (margins.empty()) return;
  std::sort(margins.begin(), margins.end());
  std::vector<float> cands;
  for (int pct : {10, 20, 30, 40, 50, 60, 70, 80, 90, 95}) cands.push_back(margins[margins.size() * pct / 100]);
  cands.push_back(__builtin_inff());
  std::vector<double> acc;
  for (float g : cands) {
    gate_ = g;
    acc.push_back(accuracy(*this, dv));
  }
  const double top = *std::max_element(acc.begin(), acc.end());
  size_t pick = 0;
  while (acc[pick] < top - 0.01) ++pick;
  gate_ = cands[pick];
  if (log) {
    std::string s;
    for (size_t i = 0; i < cands.size(); ++i) s += fmt::format(" {:.3g}:{:.2f}", cands[i], acc[i]);
    log(fmt::format("tagger second pass gate {:.4g} (gate:dev accuracy{})", gate_, s));
  }
}

}  // namespace detente::syntax
