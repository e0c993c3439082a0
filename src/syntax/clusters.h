// syntax/clusters.h — hierarchical word clusters learned from unlabeled
// text, for the parser's cluster features (Koo, Carreras & Collins 2008).
//
// Contract
// - `learn_clusters` reads plain text or JSON Lines (the `title` and
//   `body`/`text`/`content` fields), tokenizes it roughly as UD English does
//   (punctuation split off, n't and 's clitics split), adds the given
//   training sentences, and clusters every word seen `min_count`+ times
//   (Brown-style clusters of a class bigram model): the exchange algorithm
//   (Kneser & Ney 1993; Martin, Liermann & Ney 1998) puts the words in
//   `classes` classes, words in frequency order, classes initialised round
//   robin; the classes are then merged bottom-up as Brown et al. (1992) merge
//   words, which gives a binary tree. Returns (word hash as in Atoms::word,
//   code) sorted by hash; code = the class's tree path, left-aligned in 16
//   bits (the first split is bit 15; longer paths keep their first 16) |
//   path length << 16 | class << 21. Deterministic: no randomness, fixed
//   order of every sum.
// - `cluster_prefix(code, k)` is the atom for the first k bits of the path.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "syntax/tagger.h"

namespace detente::syntax {

struct ClusterOptions {
  uint32_t min_count = 3;   // words seen fewer times get no cluster
  uint32_t classes = 256;   // leaves of the tree
  int passes = 6;           // exchange passes (fewer if under 0.1% of the words move)
};

std::vector<std::pair<uint64_t, uint32_t>> learn_clusters(const std::vector<std::string>& files,
                                                          const std::vector<std::vector<std::string>>& sentences,
                                                          const ClusterOptions& opt, const Log& log);

// A model file's word -> cluster table (the tagger and the parser may each
// store one): u32 n, then n (u64 word hash, u32 cluster code) sorted by hash.
// `load_cluster_table` fails the reader on a bad count or entry.
void save_cluster_table(BinWriter& out, const FeatureTable& table);
void load_cluster_table(BinReader& in, FeatureTable& table);

// Splits text into tokens roughly as UD English does (exposed for tests).
void cluster_tokens(std::string_view text, std::vector<std::string>& out);

inline constexpr uint32_t kNoCluster = 0xffffffffu;

// Atom for the first k bits of a cluster code (the whole path if shorter).
inline uint64_t cluster_prefix(uint32_t code, uint32_t k) {
  if (code == kNoCluster) return 0x5eedc1u;
  uint32_t depth = (code >> 16) & 0x1f, path = code & 0xffff;
  uint32_t d = depth < k ? depth : k;
  // path's bits are left-aligned in 16 bits
  uint32_t p = d ? path >> (16 - d) : 0;
  return (uint64_t(d) << 20) | p;
}

}  // namespace detente::syntax
