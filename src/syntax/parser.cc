#include "syntax/parser.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/error.h"
#include "syntax/argmax.h"
#include "syntax/atoms.h"
#include "syntax/clusters.h"
#include "syntax/shuffle.h"

namespace detente::syntax {
namespace {
constexpr uint64_t kNoTag = 255, kRootTag = 254, kNoLabel = 255;
}

size_t Parser::features(const ParseInput& in, const State& st, uint64_t* k, bool clusters) {
  const int n = in.n;
  auto W = [&](int i) -> uint64_t { return i < 0 ? kNone : in.words[i]; };
  auto T = [&](int i) -> uint64_t { return i < 0 ? kNoTag : in.tags[i]; };
  auto L = [&](int i) -> uint64_t { return i < 0 ? kNoLabel : st.label[i]; };
  auto at = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[i]; };
  int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  int b0 = st.b <= n ? st.b : -1, b1 = st.b + 1 <= n ? st.b + 1 : -1, b2 = st.b + 2 <= n ? st.b + 2 : -1;
  int s0l1 = at(st.lc1, s0), s0l2 = at(st.lc2, s0), s0r1 = at(st.rc1, s0), s0r2 = at(st.rc2, s0);
  int s1l1 = at(st.lc1, s1), s1r1 = at(st.rc1, s1);
  int b0l1 = at(st.lc1, b0), b0l2 = at(st.lc2, b0);
  uint64_t s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), b0w = W(b0), b0t = T(b0);
  uint64_t b1w = W(b1), b1t = T(b1), b2t = T(b2), s2t = T(s2);
  uint64_t s0wt = hcomb(s0w, s0t), s1wt = hcomb(s1w, s1t), b0wt = hcomb(b0w, b0t), b1wt = hcomb(b1w, b1t);
  uint64_t d = s0 >= 0 && b0 >= 0 ? std::min(b0 - s0, 6) : 0;
  uint64_t d1 = s0 >= 0 && s1 >= 0 ? std::min(s0 - s1, 6) : 0;
  uint64_t s0nl = s0 >= 0 ? std::min<int>(st.nl[s0], 4) : 9, s0nr = s0 >= 0 ? std::min<int>(st.nr[s0], 4) : 9;
  uint64_t b0nl = b0 >= 0 ? std::min<int>(st.nl[b0], 4) : 9, s1nr = s1 >= 0 ? std::min<int>(st.nr[s1], 4) : 9;
  size_t m = 0;
  k[m++] = fkey(100, 0);
  k[m++] = fkey(101, s0w);
  k[m++] = fkey(102, s0t);
  k[m++] = fkey(103, s0wt);
  k[m++] = fkey(104, s1w);
  k[m++] = fkey(105, s1t);
  k[m++] = fkey(106, s1wt);
  k[m++] = fkey(107, b0w);
  k[m++] = fkey(108, b0t);
  k[m++] = fkey(109, b0wt);
  k[m++] = fkey(110, b1w);
  k[m++] = fkey(111, b1t);
  k[m++] = fkey(112, b1wt);
  k[m++] = fkey(113, W(b2));
  k[m++] = fkey(114, b2t);
  k[m++] = fkey(115, s2t);
  k[m++] = fkey(116, W(s2));
  // pairs
  k[m++] = fkey(117, s0wt, b0wt);
  k[m++] = fkey(118, s0wt, b0w);
  k[m++] = fkey(119, s0w, b0wt);
  k[m++] = fkey(120, s0wt, b0t);
  k[m++] = fkey(121, s0t, b0wt);
  k[m++] = fkey(122, s0w, b0w);
  k[m++] = fkey(123, s0t, b0t);
  k[m++] = fkey(124, b0t, b1t);
  k[m++] = fkey(125, s1w, s0w);
  k[m++] = fkey(126, s1t, s0t);
  k[m++] = fkey(127, s1t, s0w);
  k[m++] = fkey(128, s1w, s0t);
  k[m++] = fkey(129, s1wt, s0wt);
  k[m++] = fkey(130, s1wt, s0t);
  k[m++] = fkey(131, s1t, s0wt);
  k[m++] = fkey(132, b0w, b1w);
  k[m++] = fkey(133, b0wt, b1t);
  k[m++] = fkey(134, b0t, b1wt);
  // triples
  k[m++] = fkey(135, b0t, b1t, b2t);
  k[m++] = fkey(136, s0t, b0t, b1t);
  k[m++] = fkey(137, s1t, s0t, b0t);
  k[m++] = fkey(138, s2t, s1t, s0t);
  k[m++] = fkey(139, s0t, T(s0l1), b0t);
  k[m++] = fkey(140, s0t, T(s0r1), b0t);
  k[m++] = fkey(141, s0t, b0t, T(b0l1));
  k[m++] = fkey(142, s1t, s0t, T(s0l1));
  k[m++] = fkey(143, s1t, s0t, T(s0r1));
  k[m++] = fkey(144, s1t, T(s1r1), s0t);
  k[m++] = fkey(145, s1t, s0t, b1t);
  k[m++] = fkey(146, s0w, b0t, b1t);
  k[m++] = fkey(147, s1t, s0w, b0t);
  // distance
  k[m++] = fkey(148, s0w, d);
  k[m++] = fkey(149, s0t, d);
  k[m++] = fkey(150, b0w, d);
  k[m++] = fkey(151, b0t, d);
  k[m++] = fkey(152, s0t, b0t, d);
  k[m++] = fkey(153, s0w, b0w, d);
  k[m++] = fkey(154, s1t, s0t, d1);
  k[m++] = fkey(155, s1w, s0w, d1);
  // valency
  k[m++] = fkey(156, s0w, s0nr);
  k[m++] = fkey(157, s0t, s0nr);
  k[m++] = fkey(158, s0w, s0nl);
  k[m++] = fkey(159, s0t, s0nl);
  k[m++] = fkey(160, b0w, b0nl);
  k[m++] = fkey(161, b0t, b0nl);
  k[m++] = fkey(162, s1t, s1nr);
  k[m++] = fkey(163, s1w, s1nr);
  // children
  k[m++] = fkey(164, W(s0l1));
  k[m++] = fkey(165, T(s0l1));
  k[m++] = fkey(166, L(s0l1));
  k[m++] = fkey(167, W(s0r1));
  k[m++] = fkey(168, T(s0r1));
  k[m++] = fkey(169, L(s0r1));
  k[m++] = fkey(170, W(b0l1));
  k[m++] = fkey(171, T(b0l1));
  k[m++] = fkey(172, L(b0l1));
  k[m++] = fkey(173, T(s0l2));
  k[m++] = fkey(174, L(s0l2));
  k[m++] = fkey(175, T(s0r2));
  k[m++] = fkey(176, L(s0r2));
  k[m++] = fkey(177, T(b0l2));
  k[m++] = fkey(178, L(b0l2));
  k[m++] = fkey(179, s0t, L(s0l1), L(s0l2));
  k[m++] = fkey(180, s0t, L(s0r1), L(s0r2));
  k[m++] = fkey(181, b0t, L(b0l1), L(b0l2));
  k[m++] = fkey(182, T(s1r1), L(s1r1));
  k[m++] = fkey(183, T(s1l1), L(s1l1));
  k[m++] = fkey(184, s1t, L(s1r1), s0t);
  k[m++] = fkey(185, s0w, L(s0l1), b0t);
  k[m++] = fkey(186, s0w, L(s0r1), b0t);
  k[m++] = fkey(187, s0t, b0w, L(b0l1));
  k[m++] = fkey(188, s1w, s1t, L(s1r1));
  k[m++] = fkey(189, s0t, b0t, s0 >= 0 && st.sp == 1);
  k[m++] = fkey(190, b0 == n, s0t, s0nl + 10 * s0nr);
  uint64_t s0ls = s0 >= 0 ? st.lset[s0] : 1, s0rs = s0 >= 0 ? st.rset[s0] : 1, b0ls = b0 >= 0 ? st.lset[b0] : 1;
  k[m++] = fkey(191, s0w, s0rs);
  k[m++] = fkey(192, s0t, s0rs);
  k[m++] = fkey(193, s0w, s0ls);
  k[m++] = fkey(194, s0t, s0ls);
  k[m++] = fkey(195, b0w, b0ls);
  k[m++] = fkey(196, b0t, b0ls);
  k[m++] = fkey(197, s1t, s1 >= 0 ? st.rset[s1] : 1);
  if (clusters) {
    // bits 16: the whole code (the leaf)
    auto C = [&](int i, uint32_t bits) -> uint64_t {
      return i < 0 ? 0x5eedc2u : bits == 16 ? uint64_t(st.cl[i]) | (uint64_t(1) << 40) : cluster_prefix(st.cl[i], bits);
    };
    uint64_t s0c = C(s0, 16), s0c4 = C(s0, 4), s0c6 = C(s0, 6);
    uint64_t b0c = C(b0, 16), b0c4 = C(b0, 4), b0c6 = C(b0, 6);
    uint64_t s1c = C(s1, 16), s1c4 = C(s1, 4), b1c = C(b1, 16);
    k[m++] = fkey(200, s0c);
    k[m++] = fkey(201, s0c4);
    k[m++] = fkey(202, b0c);
    k[m++] = fkey(203, b0c4);
    k[m++] = fkey(204, s1c);
    k[m++] = fkey(205, b1c);
    k[m++] = fkey(206, s0c6, b0c6);
    k[m++] = fkey(207, s0c4, b0c4);
    k[m++] = fkey(208, s0c, b0t);
    k[m++] = fkey(209, s0t, b0c);
    k[m++] = fkey(210, s1c, s0t);
    k[m++] = fkey(211, s1t, s0c);
    k[m++] = fkey(212, s1c4, s0c4);
    k[m++] = fkey(213, s0c4, b0c4, d);
  }
  return m;
}

uint32_t Parser::best(const State& st, const float* scores) const {
  const uint32_t L = static_cast<uint32_t>(labels_.size());
  {
    // The valid classes are up to three ranges in class order (SHIFT, the
    // LEFT labels, the RIGHT labels), merged where they touch; the first
    // largest score of their union is what the loop below picks.
    uint32_t lo[3], hi[3], k = 0;
    auto add = [&](uint32_t a, uint32_t b) {
      if (k && hi[k - 1] == a)
        hi[k - 1] = b;
      else
        lo[k] = a, hi[k] = b, ++k;
    };
    if (st.can(kShift)) add(0, 1);
    if (st.can(kLeft)) add(1, 1 + L);
    if (st.can(kRight)) add(1 + L, 1 + 2 * L);
    float mx = -__builtin_inff();
    bool bad = false;
    for (uint32_t r = 0; r < k; ++r) range_max(scores, lo[r], hi[r], mx, bad);
    if (!bad && mx > -__builtin_inff()) {
      for (uint32_t r = 0; r < k; ++r) {
        uint32_t c = find_first(scores, lo[r], hi[r], mx);
        if (c < hi[r]) return c;
      }
    }
  }
  uint32_t bc = 0;
  float bs = -1e30f;
  bool found = false;
  if (st.can(kShift)) bc = 0, bs = scores[0], found = true;
  for (int mv = 1; mv <= 2; ++mv) {
    if (!st.can(static_cast<Move>(mv))) continue;
    uint32_t base = 1 + (mv - 1) * L;
    for (uint32_t l = 0; l < L; ++l)
      if (!found || scores[base + l] > bs) bs = scores[base + l], bc = base + l, found = true;
  }
  return bc;
}

void Parser::apply(State& st, uint32_t cls) const {
  const uint32_t L = static_cast<uint32_t>(labels_.size());
  if (cls == 0)
    st.apply(kShift, 0);
  else if (cls <= L)
    st.apply(kLeft, static_cast<uint8_t>(cls - 1));
  else
    st.apply(kRight, static_cast<uint8_t>(cls - 1 - L));
}

void Parser::set_clusters(const ParseInput& in, State& st) const {
  if (!has_clusters()) return;
  for (int i = 0; i < in.n; ++i) st.cl[i] = clusters_.find(in.words[i]);  // kMissing = kNoCluster
  st.cl[in.n] = kNoCluster;
}

const State& Parser::greedy(const ParseInput& in, State& st) const {
  uint64_t keys[kMaxFeatures];
  float scores[256];
  const uint32_t nc = n_classes();
  const bool cl = has_clusters();
  st.init(in.n);
  set_clusters(in, st);
  while (!st.terminal()) {
    if (st.sp == 0) {  // SHIFT is the only valid transition: nothing to score
      st.apply(kShift, 0);
      continue;
    }
    size_t m = feature_keys(in, st, keys, cl);
    std::fill(scores, scores + nc, 0.0f);
    w_.score(keys, m, scores);
    apply(st, best(st, scores));
  }
  return st;
}

struct Parser::Trace {
  uint32_t k = 0;
  std::vector<uint32_t> width;  // items after each step
  std::vector<ParseScratch::Cand> items;  // step-major, k per step, best first
};

template <class Scorer>
const State& Parser::beam_search(const ParseInput& in, ParseScratch& sc, const Scorer& w, Trace* trace) const {
  const uint32_t k = beam_, nc = n_classes(), L = static_cast<uint32_t>(labels_.size());
  const bool cl = has_clusters();
  for (int i = 0; i < 2; ++i) {
    if (sc.beam[i].size() < k) sc.beam[i].resize(k);
    if (sc.beam_score[i].size() < k) sc.beam_score[i].resize(k);
  }
  if (sc.class_scores.size() < size_t(k) * nc) sc.class_scores.resize(size_t(k) * nc);
  if (sc.cands.size() < size_t(k) * nc) sc.cands.resize(size_t(k) * nc);
  std::vector<State>* cur = &sc.beam[0];
  std::vector<State>* nxt = &sc.beam[1];
  float* cs = sc.beam_score[0].data();
  float* ns = sc.beam_score[1].data();
  ParseScratch::Cand* cands = sc.cands.data();
  (*cur)[0].init(in.n);
  set_clusters(in, (*cur)[0]);
  cs[0] = 0.0f;
  uint32_t size = 1;
  uint64_t keys[kMaxFeatures];
  if (trace) {
    trace->k = k;
    trace->width.clear();
    trace->items.clear();
  }
  // Best first; ties go to the earlier item, then to the lower class (as the greedy parser's first maximum).
  auto better = [](const ParseScratch::Cand& a, const ParseScratch::Cand& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.parent != b.parent) return a.parent < b.parent;
    return a.cls < b.cls;
  };
  while (!(*cur)[0].terminal()) {  // every item takes 2n transitions: all finish together
    uint32_t m_c = 0;
    for (uint32_t i = 0; i < size; ++i) {
      const State& st = (*cur)[i];
      if (st.sp == 0) {  // SHIFT only: nothing to score
        cands[m_c++] = {cs[i], i, 0};
        continue;
      }
      float* row = sc.class_scores.data() + size_t(i) * nc;
      std::fill(row, row + nc, 0.0f);
      size_t m = feature_keys(in, st, keys, cl);
      w.score(keys, m, row);
      if (st.can(kShift)) cands[m_c++] = {cs[i] + row[0], i, 0};
      if (st.can(kLeft))
        for (uint32_t c = 1; c <= L; ++c) cands[m_c++] = {cs[i] + row[c], i, c};
      if (st.can(kRight))
        for (uint32_t c = 1 + L; c <= 2 * L; ++c) cands[m_c++] = {cs[i] + row[c], i, c};
    }
    const uint32_t keep = std::min(k, m_c);
    std::partial_sort(cands, cands + keep, cands + m_c, better);
    for (uint32_t j = 0; j < keep; ++j) {
      (*nxt)[j].copy_from((*cur)[cands[j].parent]);
      apply((*nxt)[j], cands[j].cls);
      ns[j] = cands[j].score;
    }
    if (trace) {
      trace->width.push_back(keep);
      trace->items.insert(trace->items.end(), cands, cands + keep);
      trace->items.resize(trace->width.size() * k);
    }
    std::swap(cur, nxt);
    std::swap(cs, ns);
    size = keep;
  }
  return (*cur)[0];
}

void Parser::parse(const ParseInput& in, ParseScratch& sc, int32_t* heads, Deprel* labels) const {
  const State& st = beam_ > 1 ? beam_search(in, sc, w_, nullptr) : greedy(in, sc.st);
  for (int i = 0; i < in.n; ++i) {
    heads[i] = st.head[i] == in.n ? -1 : st.head[i];
    labels[i] = labels_[st.label[i]];
  }
}

// Layout: u32 label count (| kHasClusters | kHasBeam | kHasDrop), the labels
// as bytes, [u32 beam width], [2 u64: the dropped templates' bits], [u32 n,
// then n (u64 word hash, u32 cluster code) sorted by hash], the weights. A
// greedy parser writes no beam width, one with every template no bits (files
// as before either existed).
namespace {
constexpr uint32_t kHasClusters = 0x100, kHasBeam = 0x200, kHasDrop = 0x400;
// `features` writes one key per template, in id order: 100-197 at positions
// 0-97, then (with clusters) 200-213 at 98-111.
constexpr int kTemplatePositions = 112;
int template_position(int id) {
  if (id >= 100 && id <= 197) return id - 100;
  if (id >= 200 && id <= 213) return 98 + (id - 200);
  return -1;
}
}  // namespace

size_t Parser::drop_keys(uint64_t* keys, size_t m) const {
  size_t j = 0;
  for (size_t i = 0; i < m; ++i)
    if (!(drop_[i >> 6] >> (i & 63) & 1)) keys[j++] = keys[i];
  return j;
}

bool Parser::is_template(int id, bool clusters) {
  const int p = template_position(id);
  return p >= 0 && (p < 98 || clusters);
}

std::vector<int> Parser::dropped_templates() const {
  std::vector<int> ids;
  for (int p = 0; p < kTemplatePositions; ++p)
    if (drop_[p >> 6] >> (p & 63) & 1) ids.push_back(p < 98 ? 100 + p : 200 + (p - 98));
  return ids;
}

void Parser::save(BinWriter& out, int bits) const {
  const bool dr = drop_[0] | drop_[1];
  out.put<uint32_t>(static_cast<uint32_t>(labels_.size()) | (has_clusters() ? kHasClusters : 0) |
                   (beam_ > 1 ? kHasBeam : 0) | (dr ? kHasDrop : 0));
  for (Deprel d : labels_) out.put<uint8_t>(static_cast<uint8_t>(d));
  if (beam_ > 1) out.put<uint32_t>(beam_);
  if (dr) out.put<uint64_t>(drop_[0]), out.put<uint64_t>(drop_[1]);
  if (has_clusters()) save_cluster_table(out, clusters_);
  w_.save(out, bits);
}

void Parser::load(BinReader& in, int bits) {
  uint32_t n = in.get<uint32_t>();
  const bool cl = n & kHasClusters, bm = n & kHasBeam, dr = n & kHasDrop;
  n &= ~(kHasClusters | kHasBeam | kHasDrop);
  if (n == 0 || n > 127) in.fail("bad label count");
  labels_.resize(n);
  for (Deprel& d : labels_) {
    uint8_t v = in.get<uint8_t>();
    if (v >= static_cast<uint8_t>(Deprel::kCount)) in.fail("bad label id");
    d = static_cast<Deprel>(v);
  }
  beam_ = 1;
  if (bm) {
    beam_ = in.get<uint32_t>();
    if (beam_ < 2 || beam_ > kMaxBeam) in.fail("bad beam width");
  }
  drop_[0] = drop_[1] = 0;
  if (dr) {
    drop_[0] = in.get<uint64_t>(), drop_[1] = in.get<uint64_t>();
    if ((drop_[0] | drop_[1]) == 0 || drop_[1] >> (kTemplatePositions - 64) != 0) in.fail("bad dropped templates");
  }
  clusters_.reset(16);
  if (cl) load_cluster_table(in, clusters_);
  w_.load(in, bits);
  if (w_.n_classes() != n_classes()) in.fail("parser weights do not match its labels");
}

namespace {
struct Scores {
  size_t words = 0, uas = 0, las = 0;
};
Scores evaluate(const Parser& p, const std::vector<ParseSample>& data) {
  Scores s;
  ParseScratch sc;
  std::vector<int32_t> heads;
  std::vector<Deprel> labels;
  for (const auto& x : data) {
    int n = static_cast<int>(x.heads.size());
    heads.resize(n);
    labels.resize(n);
    p.parse({x.words.data(), x.tags.data(), n}, sc, heads.data(), labels.data());
    for (int i = 0; i < n; ++i) {
      s.words++;
      if (heads[i] == x.heads[i]) {
        s.uas++;
        s.las += labels[i] == x.labels[i];
      }
    }
  }
  return s;
}
}  // namespace

struct Parser::BeamScratch {
  ParseScratch sc;
  Trace trace;
  State a, b;
  std::vector<uint32_t> gold, pred;
  std::vector<float> gold_score;
};

// One sentence of global training: the beam (scored by the trainer) against
// the gold transition sequence (`static_oracle`, with the gold labels). Max-violation update: at the step where
// the best item's score exceeds the gold prefix's by most, among the steps
// where the gold prefix has fallen out of the beam (or at the end when the
// gold sequence finished in the beam but not first), the gold prefix's
// features get +1 for its transitions and the best prefix's -1 for its.
bool Parser::beam_update(const ParseInput& in, const int* gh, const uint8_t* gl, PerceptronTrainer& pt,
                         BeamScratch& bs) const {
  const uint32_t L = static_cast<uint32_t>(labels_.size()), nc = n_classes();
  const bool cl = has_clusters();
  uint64_t keys[kMaxFeatures];
  float row[256];
  // The gold sequence and its prefix scores.
  State& g = bs.a;
  g.init(in.n);
  set_clusters(in, g);
  bs.gold.clear();
  bs.gold_score.clear();
  float gsum = 0.0f;
  while (!g.terminal()) {
    uint32_t c = 0;
    if (g.sp > 0) {
      const Move mv = static_oracle(g, gh);
      c = mv == kShift ? 0 : (mv == kLeft ? 1 : 1 + L) + gl[g.s(0)];
      size_t m = feature_keys(in, g, keys, cl);
      std::fill(row, row + nc, 0.0f);
      pt.score(keys, m, row);
      gsum += row[c];
    }
    bs.gold.push_back(c);
    bs.gold_score.push_back(gsum);
    apply(g, c);
  }
  beam_search(in, bs.sc, pt, &bs.trace);
  const Trace& tr = bs.trace;
  const size_t T = tr.width.size();
  // Where the gold prefix is in each step's beam (-1: fallen out).
  int gslot = 0, worst = -1;
  float worst_v = 0.0f;
  for (size_t t = 0; t < T; ++t) {
    int found = -1;
    if (gslot >= 0)
      for (uint32_t j = 0; j < tr.width[t]; ++j) {
        const auto& it = tr.items[t * tr.k + j];
        if (static_cast<int>(it.parent) == gslot && it.cls == bs.gold[t]) {
          found = static_cast<int>(j);
          break;
        }
      }
    gslot = found;
    if (gslot < 0) {
      float v = tr.items[t * tr.k].score - bs.gold_score[t];
      if (worst < 0 || v > worst_v) worst = static_cast<int>(t), worst_v = v;
    }
  }
  if (worst < 0) {
    if (gslot == 0) return false;  // the gold sequence is the best
    worst = static_cast<int>(T) - 1;
  }
  // The best prefix at step `worst`, by its back pointers.
  bs.pred.assign(static_cast<size_t>(worst) + 1, 0);
  for (int t = worst, j = 0; t >= 0; --t) {
    const auto& it = tr.items[static_cast<size_t>(t) * tr.k + static_cast<uint32_t>(j)];
    bs.pred[t] = it.cls;
    j = static_cast<int>(it.parent);
  }
  // Replay both prefixes; the steps before they differ cancel out.
  int d = 0;
  while (d <= worst && bs.pred[d] == bs.gold[d]) ++d;
  State& p = bs.b;
  g.init(in.n);
  set_clusters(in, g);
  for (int t = 0; t < d; ++t) apply(g, bs.gold[t]);
  p.copy_from(g);
  for (int t = d; t <= worst; ++t) {
    if (g.sp > 0) pt.adjust(keys, feature_keys(in, g, keys, cl), bs.gold[t], 1.0f);
    apply(g, bs.gold[t]);
    if (p.sp > 0) pt.adjust(keys, feature_keys(in, p, keys, cl), bs.pred[t], -1.0f);
    apply(p, bs.pred[t]);
  }
  return true;
}

Parser Parser::train(const std::vector<ParseSample>& train, const std::vector<ParseSample>& dev,
                     const TrainOptions& opt) {
  Parser best_parser;
  if (!opt.clusters.empty()) {
    best_parser.clusters_.reset(opt.clusters.size());
    for (auto& [k, c] : opt.clusters) best_parser.clusters_.insert(k, c);
  }
  const bool cl = best_parser.has_clusters();
  // Label inventory in order of first appearance.
  for (const auto& x : train)
    for (Deprel d : x.labels)
      if (std::find(best_parser.labels_.begin(), best_parser.labels_.end(), d) == best_parser.labels_.end())
        best_parser.labels_.push_back(d);
  const auto& labels = best_parser.labels_;
  const uint32_t L = static_cast<uint32_t>(labels.size());
  const uint32_t nc = 1 + 2 * L;
  struct Gold {
    std::vector<int> heads;  // n for root
    std::vector<uint8_t> labels;
  };
  std::vector<Gold> gold(train.size());
  size_t lifted = 0;
  for (size_t i = 0; i < train.size(); ++i) {
    std::vector<int32_t> h = train[i].heads;
    lifted += projectivize(h) > 0;
    int n = static_cast<int>(h.size());
    for (int j = 0; j < n; ++j) {
      gold[i].heads.push_back(h[j] < 0 ? n : h[j]);
      gold[i].labels.push_back(static_cast<uint8_t>(
          std::find(labels.begin(), labels.end(), train[i].labels[j]) - labels.begin()));
    }
  }
  if (opt.log) opt.log(fmt::format("parser: {} labels, {} of {} training trees lifted to projective", L, lifted, train.size()));
  PerceptronTrainer pt(nc);
  best_parser.beam_ = static_cast<uint32_t>(std::clamp(opt.beam, 1, static_cast<int>(kMaxBeam)));
  for (int id : opt.drop_templates) {
    const int p = template_position(id);
    if (!is_template(id, cl))
      throw Error(Errc::kUsage, fmt::format("no parser template {} to drop (100-197; 200-213 with clusters)", id));
    best_parser.drop_[p >> 6] |= uint64_t(1) << (p & 63);
  }
  Parser cur = best_parser;
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Rng rng(opt.seed * 7919 + 13);
  State st;
  BeamScratch bs;
  uint64_t keys[kMaxFeatures];
  std::vector<float> scores(nc);
  double best_las = -1;
  for (int it = 1; it <= opt.iterations; ++it) {
    shuffle(order, rng);
    size_t steps = 0, wrong = 0;
    for (size_t si : order) {
      const ParseSample& x = train[si];
      const Gold& g = gold[si];
      int n = static_cast<int>(x.heads.size());
      ParseInput in{x.words.data(), x.tags.data(), n};
      if (best_parser.beam_ > 1) {
        const bool upd = best_parser.beam_update(in, g.heads.data(), g.labels.data(), pt, bs);
        pt.tick();
        ++steps;
        wrong += upd;
        continue;
      }
      st.init(n);
      best_parser.set_clusters(in, st);
      while (!st.terminal()) {
        size_t m = best_parser.feature_keys(in, st, keys, cl);
        std::fill(scores.begin(), scores.end(), 0.0f);
        pt.score(keys, m, scores.data());
        int mc[3] = {st.can(kShift) ? cost(st, kShift, g.heads.data()) : -1,
                     st.can(kLeft) ? cost(st, kLeft, g.heads.data()) : -1,
                     st.can(kRight) ? cost(st, kRight, g.heads.data()) : -1};
        int s0 = st.s(0);
        auto class_cost = [&](uint32_t c) -> int {
          if (c == 0) return mc[0];
          Move mv = c <= L ? kLeft : kRight;
          int base = mc[mv];
          if (base < 0) return -1;
          uint32_t lab = c <= L ? c - 1 : c - 1 - L;
          int h = mv == kLeft ? st.b : st.s(1);
          return base + (g.heads[s0] == h && g.labels[s0] != lab);
        };
        uint32_t pred = 0, oracle = 0;
        float ps = -1e30f, os = -1e30f;
        int min_cost = 1 << 30;
        for (uint32_t c = 0; c < nc; ++c) {
          int cc = class_cost(c);
          if (cc >= 0) min_cost = std::min(min_cost, cc);
        }
        for (uint32_t c = 0; c < nc; ++c) {
          int cc = class_cost(c);
          if (cc < 0) continue;
          if (scores[c] > ps) ps = scores[c], pred = c;
          if (cc == min_cost && scores[c] > os) os = scores[c], oracle = c;
        }
        pt.tick();
        ++steps;
        uint32_t next = oracle;
        if (class_cost(pred) != min_cost) {
          ++wrong;
          pt.update(keys, m, oracle, pred);
          if (it > 1 && rng.uniform() < opt.explore) next = pred;
        } else {
          next = pred;
        }
        best_parser.apply(st, next);
      }
    }
    cur.w_ = pt.finalize(opt.prune);
    Scores s = evaluate(cur, dev);
    double uas = s.words ? 100.0 * s.uas / s.words : 0, las = s.words ? 100.0 * s.las / s.words : it;
    if (opt.log)
      opt.log(fmt::format("parser iteration {}: {} {:.2f}%  dev UAS {:.2f} LAS {:.2f}  ({} features)", it,
                          best_parser.beam_ > 1 ? "sentences updated" : "transitions wrong",
                          100.0 * wrong / std::max<size_t>(steps, 1), uas, las, pt.features()));
    if (las > best_las) {
      best_las = las;
      best_parser.w_ = std::move(cur.w_);
    }
  }
  return best_parser;
}

}  // namespace detente::syntax
