#include "syntax/clusters.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <tuple>
#include <unordered_map>

#include "core/error.h"
#include "syntax/atoms.h"

namespace detente::syntax {
namespace {
bool word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

inline double xlogx(double x) { return x > 0 ? x * std::log(x) : 0.0; }

// Flat classes by the exchange algorithm (Kneser & Ney 1993, Martin et al.
// 1998): each word in turn moves to the class that most raises the
// likelihood of the class bigram model, sum N(c,d) log N(c,d) - 2 sum N(c)
// log N(c). Then the classes are merged bottom-up as Brown et al. (1992)
// merge words, which gives the binary tree of the codes.
struct Exchange {
  uint32_t W, K;
  const std::vector<uint32_t>& left_start;   // CSR: left neighbours of word w (word, count), self excluded
  const std::vector<std::pair<uint32_t, uint32_t>>& left;
  const std::vector<uint32_t>& right_start;
  const std::vector<std::pair<uint32_t, uint32_t>>& right;
  const std::vector<uint32_t>& self;  // N(w, w)
  const std::vector<double>& n;       // word counts
  std::vector<uint32_t> cls;
  std::vector<double> N, Nc;  // K x K class bigrams, class counts

  double& at(uint32_t a, uint32_t b) { return N[size_t(a) * K + b]; }

  void run(int passes, const Log& log) {
    N.assign(size_t(K) * K, 0.0);
    Nc.assign(K, 0.0);
    for (uint32_t w = 0; w < W; ++w) Nc[cls[w]] += n[w];
    for (uint32_t w = 0; w < W; ++w) {
      for (uint32_t j = right_start[w]; j < right_start[w + 1]; ++j) at(cls[w], cls[right[j].first]) += right[j].second;
      at(cls[w], cls[w]) += self[w];
    }
    std::vector<double> Lc(K, 0.0), Rc(K, 0.0);
    std::vector<uint32_t> lnz, rnz;
    std::vector<double> gain(K);
    for (int pass = 0; pass < passes; ++pass) {
      size_t moved = 0;
      for (uint32_t w = 0; w < W; ++w) {
        lnz.clear();
        rnz.clear();
        for (uint32_t j = left_start[w]; j < left_start[w + 1]; ++j) {
          uint32_t c = cls[left[j].first];
          if (Lc[c] == 0) lnz.push_back(c);
          Lc[c] += left[j].second;
        }
        for (uint32_t j = right_start[w]; j < right_start[w + 1]; ++j) {
          uint32_t c = cls[right[j].first];
          if (Rc[c] == 0) rnz.push_back(c);
          Rc[c] += right[j].second;
        }
        const double sw = self[w], nw = n[w];
        auto move = [&](uint32_t k, double sign) {
          for (uint32_t c : lnz) at(c, k) += sign * Lc[c];
          for (uint32_t c : rnz) at(k, c) += sign * Rc[c];
          at(k, k) += sign * sw;
          Nc[k] += sign * nw;
        };
        const uint32_t a = cls[w];
        move(a, -1.0);
        uint32_t best = a;
        double best_gain = -1e300;
        for (uint32_t k = 0; k < K; ++k) {
          double g = 0;
          for (uint32_t c : lnz)
            if (c != k) g += xlogx(at(c, k) + Lc[c]) - xlogx(at(c, k));
          for (uint32_t c : rnz)
            if (c != k) g += xlogx(at(k, c) + Rc[c]) - xlogx(at(k, c));
          g += xlogx(at(k, k) + Lc[k] + Rc[k] + sw) - xlogx(at(k, k));
          g -= 2 * (xlogx(Nc[k] + nw) - xlogx(Nc[k]));
          if (g > best_gain + 1e-9 || (k == a && g >= best_gain - 1e-9)) best_gain = g, best = k;
        }
        move(best, 1.0);
        if (best != a) cls[w] = best, ++moved;
        for (uint32_t c : lnz) Lc[c] = 0;
        for (uint32_t c : rnz) Rc[c] = 0;
      }
      if (log) log(fmt::format("word clusters: exchange pass {}: {} of {} words moved", pass + 1, moved, W));
      if (moved * 1000 < W) break;
    }
  }

  // Brown merges of the K classes; returns each class's path (left-aligned
  // in 16 bits, length << 16; paths longer than 16 keep their first 16 bits).
  std::vector<uint32_t> tree() {
    std::vector<char> alive(K, 1);
    std::vector<std::vector<uint8_t>> path(K);  // bits from the leaf up (reversed at the end)
    std::vector<std::vector<uint32_t>> members(K);
    for (uint32_t k = 0; k < K; ++k) members[k] = {k};
    // term(c; x, y): what column/row c adds to the merge gain of x and y
    auto term = [&](uint32_t c, uint32_t x, uint32_t y) {
      return xlogx(at(c, x) + at(c, y)) - xlogx(at(c, x)) - xlogx(at(c, y)) + xlogx(at(x, c) + at(y, c)) -
             xlogx(at(x, c)) - xlogx(at(y, c));
    };
    auto full = [&](uint32_t x, uint32_t y) {
      double g = 0;
      for (uint32_t c = 0; c < K; ++c)
        if (alive[c] && c != x && c != y) g += term(c, x, y);
      g += xlogx(at(x, x) + at(x, y) + at(y, x) + at(y, y)) - xlogx(at(x, x)) - xlogx(at(x, y)) - xlogx(at(y, x)) -
           xlogx(at(y, y));
      g -= 2 * (xlogx(Nc[x] + Nc[y]) - xlogx(Nc[x]) - xlogx(Nc[y]));
      return g;
    };
    std::vector<double> G(size_t(K) * K, 0.0);
    for (uint32_t x = 0; x < K; ++x)
      for (uint32_t y = x + 1; y < K; ++y) G[size_t(x) * K + y] = full(x, y);
    for (uint32_t step = 1; step < K; ++step) {
      uint32_t bi = 0, bj = 0;
      double bg = -1e300;
      for (uint32_t x = 0; x < K; ++x)
        if (alive[x])
          for (uint32_t y = x + 1; y < K; ++y)
            if (alive[y] && G[size_t(x) * K + y] > bg) bg = G[size_t(x) * K + y], bi = x, bj = y;
      // remove the old terms of columns bi, bj from the other pairs
      for (uint32_t x = 0; x < K; ++x)
        if (alive[x] && x != bi && x != bj)
          for (uint32_t y = x + 1; y < K; ++y)
            if (alive[y] && y != bi && y != bj) G[size_t(x) * K + y] -= term(bi, x, y) + term(bj, x, y);
      for (uint32_t m : members[bi]) path[m].push_back(0);
      for (uint32_t m : members[bj]) path[m].push_back(1);
      members[bi].insert(members[bi].end(), members[bj].begin(), members[bj].end());
      members[bj].clear();
      for (uint32_t c = 0; c < K; ++c) {  // merge bj into bi
        if (c == bi || c == bj) continue;
        at(c, bi) += at(c, bj);
        at(bi, c) += at(bj, c);
        at(c, bj) = at(bj, c) = 0;
      }
      at(bi, bi) += at(bi, bj) + at(bj, bi) + at(bj, bj);
      at(bi, bj) = at(bj, bi) = at(bj, bj) = 0;
      Nc[bi] += Nc[bj];
      Nc[bj] = 0;
      alive[bj] = 0;
      for (uint32_t x = 0; x < K; ++x)
        if (alive[x] && x != bi)
          for (uint32_t y = x + 1; y < K; ++y)
            if (alive[y] && y != bi) G[size_t(x) * K + y] += term(bi, x, y);
      for (uint32_t x = 0; x < K; ++x)
        if (alive[x] && x != bi) G[size_t(std::min(x, bi)) * K + std::max(x, bi)] = full(std::min(x, bi), std::max(x, bi));
    }
    std::vector<uint32_t> out(K);
    for (uint32_t k = 0; k < K; ++k) {
      std::vector<uint8_t> p(path[k].rbegin(), path[k].rend());
      uint32_t len = std::min<uint32_t>(16, static_cast<uint32_t>(p.size())), bits = 0;
      for (uint32_t i = 0; i < len; ++i) bits |= uint32_t(p[i]) << (15 - i);
      out[k] = bits | (len << 16) | (k << 21);
    }
    return out;
  }
};
}  // namespace

void cluster_tokens(std::string_view t, std::vector<std::string>& out) {
  size_t i = 0, n = t.size();
  auto lower = [](std::string w) {
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return w;
  };
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (!word_byte(c)) {
      out.emplace_back(1, static_cast<char>(c));
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n) {
      unsigned char d = static_cast<unsigned char>(t[j]);
      if (word_byte(d)) {
        ++j;
      } else if ((d == '.' || d == ',' || d == '\'' || d == '-' || d == '&') && j + 1 < n &&
                 word_byte(static_cast<unsigned char>(t[j + 1]))) {
        ++j;
      } else {
        break;
      }
    }
    std::string w = lower(std::string(t.substr(i, j - i)));
    i = j;
    if (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) {
      out.push_back(w.substr(0, w.size() - 3));
      out.push_back("n't");
      continue;
    }
    size_t q = w.rfind('\'');
    if (q != std::string::npos && q > 0) {
      std::string_view suf(w.c_str() + q + 1);
      if (suf == "s" || suf == "re" || suf == "ve" || suf == "ll" || suf == "d" || suf == "m") {
        out.push_back(w.substr(0, q));
        out.push_back(w.substr(q));
        continue;
      }
    }
    out.push_back(std::move(w));
  }
}

std::vector<std::pair<uint64_t, uint32_t>> learn_clusters(const std::vector<std::string>& files,
                                                          const std::vector<std::vector<std::string>>& sentences,
                                                          const ClusterOptions& opt, const Log& log) {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> words;
  std::vector<uint32_t> seq;  // token ids; 0 = boundary
  words.push_back("");
  ids[""] = 0;
  auto id_of = [&](const std::string& w) {
    auto [it, fresh] = ids.emplace(w, static_cast<uint32_t>(words.size()));
    if (fresh) words.push_back(w);
    return it->second;
  };
  std::vector<std::string> toks;
  auto add_text = [&](std::string_view text) {
    toks.clear();
    cluster_tokens(text, toks);
    seq.push_back(0);
    for (const auto& w : toks) seq.push_back(id_of(w));
  };
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw Error(Errc::kIo, f, 0, "cannot open lexicon text");
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line[0] == '{') {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_object()) {
          for (const char* key : {"title", "body", "text", "content"})
            if (j.contains(key) && j[key].is_string()) add_text(j[key].get_ref<const std::string&>());
          continue;
        }
      }
      add_text(line);
    }
  }
  std::string lw;
  for (const auto& s : sentences) {
    seq.push_back(0);
    for (const auto& w : s) {
      lower_ascii(w, lw);
      seq.push_back(id_of(lw));
    }
  }
  seq.push_back(0);
  std::vector<uint32_t> count(words.size(), 0);
  for (uint32_t t : seq) count[t]++;
  // Words by frequency (ties by spelling): the vocabulary and the contexts.
  std::vector<uint32_t> by_freq;
  for (uint32_t w = 1; w < words.size(); ++w)
    if (count[w] >= opt.min_count) by_freq.push_back(w);
  std::sort(by_freq.begin(), by_freq.end(), [&](uint32_t a, uint32_t b) {
    return count[a] != count[b] ? count[a] > count[b] : words[a] < words[b];
  });
  const uint32_t V = static_cast<uint32_t>(by_freq.size());
  std::vector<uint32_t> code(V, kNoCluster);
  {
    // Items: the V words, then "rare word" (V) and "boundary" (V + 1).
    const uint32_t W = V + 2;
    std::vector<uint32_t> item(words.size(), V);
    for (uint32_t r = 0; r < V; ++r) item[by_freq[r]] = r;
    item[0] = V + 1;
    std::vector<uint64_t> big;
    big.reserve(seq.size());
    for (size_t i = 0; i + 1 < seq.size(); ++i) big.push_back(uint64_t(item[seq[i]]) * W + item[seq[i + 1]]);
    std::sort(big.begin(), big.end());
    std::vector<uint32_t> self(W, 0), rs(W + 1, 0), ls(W + 1, 0);
    std::vector<std::pair<uint32_t, uint32_t>> right, left;
    std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> trip;  // (b, a, count) for the left lists
    for (size_t i = 0; i < big.size();) {
      size_t j = i;
      while (j < big.size() && big[j] == big[i]) ++j;
      uint32_t a = static_cast<uint32_t>(big[i] / W), b = static_cast<uint32_t>(big[i] % W), c = static_cast<uint32_t>(j - i);
      if (a == b) {
        self[a] += c;
      } else {
        right.emplace_back(b, c);
        rs[a + 1]++;
        trip.emplace_back(b, a, c);
      }
      i = j;
    }
    for (uint32_t w = 0; w < W; ++w) rs[w + 1] += rs[w];
    std::sort(trip.begin(), trip.end());
    for (auto& [b, a, c] : trip) {
      left.emplace_back(a, c);
      ls[b + 1]++;
    }
    for (uint32_t w = 0; w < W; ++w) ls[w + 1] += ls[w];
    std::vector<double> nw(W, 0.0);
    for (size_t i = 0; i < seq.size(); ++i) nw[item[seq[i]]] += 1;
    const uint32_t K = std::min<uint32_t>(opt.classes, W);
    Exchange ex{W, K, ls, left, rs, right, self, nw, std::vector<uint32_t>(W), {}, {}};
    for (uint32_t w = 0; w < W; ++w) ex.cls[w] = w % K;  // by frequency, round robin
    ex.run(opt.passes, log);
    std::vector<uint32_t> leaf = ex.tree();
    for (uint32_t r = 0; r < V; ++r) code[r] = leaf[ex.cls[r]];
  }
  std::vector<std::pair<uint64_t, uint32_t>> out;
  out.reserve(V);
  for (uint32_t r = 0; r < V; ++r) out.emplace_back(hash_bytes(words[by_freq[r]], 1), code[r]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end(), [](auto& a, auto& b) { return a.first == b.first; }), out.end());
  if (log) {
    std::vector<uint32_t> leaves;
    for (uint32_t c : code) leaves.push_back(c);
    std::sort(leaves.begin(), leaves.end());
    size_t nl = std::unique(leaves.begin(), leaves.end()) - leaves.begin();
    log(fmt::format("word clusters: {} tokens, {} words clustered into {} leaves", seq.size(), V, nl));
  }
  return out;
}

void save_cluster_table(BinWriter& out, const FeatureTable& table) {
  std::vector<std::pair<uint64_t, uint32_t>> v;
  table.for_each([&](uint64_t k, uint32_t c) { v.emplace_back(k, c); });
  std::sort(v.begin(), v.end());
  out.put<uint32_t>(static_cast<uint32_t>(v.size()));
  for (auto& [k, c] : v) {
    out.put<uint64_t>(k);
    out.put<uint32_t>(c);
  }
}

void load_cluster_table(BinReader& in, FeatureTable& table) {
  uint32_t k = in.get<uint32_t>();
  if (k == 0 || k > (1u << 24)) in.fail("bad cluster count");
  table.reset(k);
  for (uint32_t i = 0; i < k; ++i) {
    uint64_t h = in.get<uint64_t>();
    uint32_t c = in.get<uint32_t>();
    if (!h || ((c >> 16) & 0x1f) > 16) in.fail("bad word cluster");  // (kNoCluster has depth 31)
    table.insert(h, c);
  }
}

}  // namespace detente::syntax
