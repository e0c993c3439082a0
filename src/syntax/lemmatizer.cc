#include "syntax/lemmatizer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <cstring>
#include <fstream>
#include <tuple>
#include <unordered_map>

#include "syntax/atoms.h"
#include "syntax/unlabeled.h"
#include "text/conllu.h"

namespace detente::syntax {
namespace {
uint64_t tag_key(TagClass t) { return static_cast<uint64_t>(t.upos) * 1000 + t.xpos; }
uint64_t exact_key(std::string_view lower, TagClass t) { return hcomb(hash_bytes(lower, 77), tag_key(t)) | 1; }
uint64_t cased_key(std::string_view form, TagClass t) { return hcomb(hash_bytes(form, 79), tag_key(t)) | 1; }
uint64_t suffix_key(std::string_view suffix, size_t k, TagClass t) {
  return hcomb(hcomb(hash_bytes(suffix, 78), k), tag_key(t)) | 1;
}
const uint16_t kAdd = xpos_id("ADD"), kNnp = xpos_id("NNP"), kNnps = xpos_id("NNPS"), kVb = xpos_id("VB");
bool keeps_case(TagClass t) { return t.upos == Upos::PROPN || t.xpos == kNnp || t.xpos == kNnps; }
// Digits and digit-group commas (and a decimal point): 3,500,000 or 1,250.5.
bool grouped_number(std::string_view f) {
  bool comma = false;
  size_t run = 0;  // digits since the last comma
  bool point = false;
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c == ',') {
      if (point || run == 0 || (comma && run != 3)) return false;
      comma = true;
      run = 0;
    } else if (c >= '0' && c <= '9') {
      ++run;
    } else if (c == '.' && !point) {
      if (comma && run != 3) return false;
      point = true;
      run = 3;  // digits after the point are not grouped
    } else {
      return false;
    }
  }
  return comma && (point || run == 3);
}
uint64_t upos_key(std::string_view lower, Upos u) {
  return hcomb(hash_bytes(lower, 83), static_cast<uint64_t>(u)) | 1;
}
uint64_t lex_key(std::string_view w) { return hash_bytes(w, 81) | 1; }
uint64_t lemma_key(std::string_view w, Upos u) { return hcomb(hash_bytes(w, 82), static_cast<uint64_t>(u)) | 1; }
bool all_caps_word(std::string_view f) {
  if (f.size() < 5) return false;
  for (char c : f)
    if (c < 'A' || c > 'Z') return false;
  return true;
}
size_t common_prefix(std::string_view a, std::string_view b) {
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  return i;
}
}  // namespace

Lemmatizer::Rule Lemmatizer::rule_for(std::string_view form, std::string_view lemma) {
  std::string lower, title(form);
  lower_ascii(form, lower);
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  // The cheapest edit; ties prefer lower-casing, then capitalizing, then keeping.
  Rule best;
  size_t best_cost = ~size_t(0);
  const std::pair<uint8_t, std::string_view> bases[] = {{kLower, lower}, {kTitle, title}, {kKeep, form}};
  for (auto [casing, base] : bases) {
    size_t p = common_prefix(base, lemma);
    size_t c = (base.size() - p) + (lemma.size() - p);
    if (c < best_cost) {
      best_cost = c;
      best = {casing, static_cast<uint32_t>(base.size() - p), std::string(lemma.substr(p))};
    }
  }
  return best;
}

void Lemmatizer::lemmatize(std::string_view form, std::string_view lower, TagClass tag,
                           std::string& out) const {
  uint32_t r = exact_.find(cased_key(form, tag));
  if (r == FeatureTable::kMissing) r = exact_.find(exact_key(lower, tag));
  // Not for a base-form verb (VB) that is itself a verb seen in training:
  // the form's rule under another tag is another verb's (found/VBD -> find,
  // but "to found a bank" -> found, as "founded" was seen). A past the tagger
  // took for a base form (stole/VB) still takes the past's rule.
  if (r == FeatureTable::kMissing && (policy_ & kUposFallback) && !(tag.xpos == kVb && regular_verb_seen(lower)))
    r = exact_.find(upos_key(lower, tag.upos));
  if (r == FeatureTable::kMissing && (policy_ & kCasePolicy)) {
    unseen(form, lower, tag, out);
    return;
  }
  if (r == FeatureTable::kMissing) {
    for (size_t k = std::min(kMaxSuffix, lower.size()) + 1; k-- > 0;) {
      r = suffix_.find(suffix_key(lower.substr(lower.size() - k), k, tag));
      if (r != FeatureTable::kMissing) break;
    }
  }
  if (r == FeatureTable::kMissing || rules_[r].strip > form.size()) {
    out.assign(form);
    return;
  }
  const Rule& rule = rules_[r];
  std::string_view base = rule.casing == kLower ? lower : form;
  out.assign(base.substr(0, base.size() - rule.strip));
  if (rule.casing == kTitle && !out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  out += rule.append;
}

void Lemmatizer::unseen(std::string_view form, std::string_view lower, TagClass tag, std::string& out) const {
  if (tag.xpos == kAdd) {  // URLs and e-mail addresses
    out.assign(form);
    return;
  }
  if (tag.upos == Upos::NUM && grouped_number(form)) {
    out.clear();
    for (char c : form)
      if (c != ',') out.push_back(c);
    return;
  }
  if (prefixed_irregular(lower, tag, out)) return;
  uint32_t r = FeatureTable::kMissing;
  for (size_t k = std::min(kMaxSuffix, lower.size()) + 1; k-- > 0;) {
    r = suffix_.find(suffix_key(lower.substr(lower.size() - k), k, tag));
    if (r != FeatureTable::kMissing) break;
  }
  const bool keep = keeps_case(tag);
  const bool title = keep && all_caps_word(form);
  std::string_view base = keep && !title ? form : lower;
  if (r == FeatureTable::kMissing || rules_[r].strip > base.size()) {
    out.assign(base);
  } else {
    out.assign(base.substr(0, base.size() - rules_[r].strip));
    out += rules_[r].append;
  }
  if ((policy_ & kLexicon) && !keep) choose_known(lower, tag, out);
  if (title && !out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
}

// Whether `lower` is the lemma of a regular past seen in training: lower+"ed"
// (or +"d" after a final e) tagged VBD or VBN, whose rule gives `lower`
// back (founded -> found, wired -> wire).
bool Lemmatizer::regular_verb_seen(std::string_view lower) const {
  static const uint16_t vbd = xpos_id("VBD"), vbn = xpos_id("VBN");
  char buf[kMaxWord + 2];
  if (lower.empty() || lower.size() > kMaxWord) return false;
  std::memcpy(buf, lower.data(), lower.size());
  size_t n = lower.size();
  if (lower.back() != 'e') buf[n++] = 'e';
  buf[n++] = 'd';
  const std::string_view past(buf, n);
  for (uint16_t x : {vbd, vbn}) {
    const uint32_t r = exact_.find(exact_key(past, TagClass{Upos::VERB, x}));
    if (r == FeatureTable::kMissing || rules_[r].strip > past.size()) continue;
    const Rule& rule = rules_[r];
    const std::string_view kept = past.substr(0, past.size() - rule.strip);
    if (kept.size() + rule.append.size() == lower.size() && lower.starts_with(kept) &&
        lower.substr(kept.size()) == std::string_view(rule.append))
      return true;
  }
  return false;
}

// A verb made of a particle or prefix and an irregular past form seen in
// training, tagged as a past (overthrew = over + threw, undertook, upheld,
// rebuilt, outran, mislaid, foresaw): its lemma is the prefix and that form's lemma
// (overthrow), which neither the suffix rules (overthraw) nor the regular
// inflections find. Only irregular pasts: a seen form whose lemma is a prefix
// of it (butted -> butt, set -> set) is left to the other rules, so
// "rebutted" and "offset" are not split.
bool Lemmatizer::prefixed_irregular(std::string_view lower, TagClass tag, std::string& out) const {
  // (past tags only: a base form may end in a past form it is not made of,
  // "relay" is not re + lay, "rebound" in the present is not re + bound)
  static const uint16_t vbd = xpos_id("VBD"), vbn = xpos_id("VBN");
  if (tag.upos != Upos::VERB || !(tag.xpos == vbd || tag.xpos == vbn)) return false;
  static constexpr std::string_view kPrefixes[] = {"over", "under", "with", "up", "out", "re", "mis", "fore", "down"};
  for (std::string_view p : kPrefixes) {
    if (lower.size() < p.size() + 3 || !lower.starts_with(p)) continue;
    const std::string_view rest = lower.substr(p.size());
    for (uint16_t x : {vbd, vbn}) {
      const uint32_t r = exact_.find(exact_key(rest, TagClass{Upos::VERB, x}));
      if (r == FeatureTable::kMissing || rules_[r].strip > rest.size()) continue;
      const Rule& rule = rules_[r];
      const std::string_view kept = rest.substr(0, rest.size() - rule.strip);
      if (rule.append.empty() || std::string_view(rule.append) == rest.substr(kept.size(), rule.append.size()))
        continue;  // the lemma is a prefix of the form: a regular past, or none
      out.assign(p);
      out += kept;
      out += rule.append;
      return true;
    }
  }
  return false;
}

// English inflection, undone: the candidate lemmas of an inflected form. Each
// is written into `buf` (capacity kMaxWord + 4) and passed to `f`.
template <class F>
static void candidates(std::string_view w, Upos upos, uint16_t xpos, F f) {
  char buf[Lemmatizer::kMaxWord + 4];
  auto emit = [&](size_t keep_len, std::string_view add) {
    std::memcpy(buf, w.data(), keep_len);
    std::memcpy(buf + keep_len, add.data(), add.size());
    f(std::string_view(buf, keep_len + add.size()));
  };
  auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 1 && w.ends_with(suf); };
  auto undouble = [&](size_t stem) {  // stopped -> stop
    if (stem >= 3 && w[stem - 1] == w[stem - 2] && std::strchr("bdfgklmnprstvz", w[stem - 1])) emit(stem - 1, "");
  };
  std::string_view x = xpos_name(xpos);
  if ((upos == Upos::VERB || upos == Upos::ADJ || upos == Upos::NOUN) && (x == "VBD" || x == "VBN") && ends("ed")) {
    size_t stem = w.size() - 2;
    emit(stem, "");
    emit(stem, "e");
    undouble(stem);
    if (ends("ied")) emit(w.size() - 3, "y");
  } else if ((upos == Upos::VERB || upos == Upos::NOUN || upos == Upos::ADJ) && x == "VBG" && ends("ing")) {
    size_t stem = w.size() - 3;
    emit(stem, "");
    emit(stem, "e");
    undouble(stem);
    if (ends("ying")) emit(w.size() - 4, "ie");
  } else if ((x == "VBZ" || x == "NNS") && ends("s")) {
    emit(w.size() - 1, "");
    if (ends("es")) emit(w.size() - 2, "");
    if (ends("ies")) emit(w.size() - 3, "y");
    if (ends("ves")) emit(w.size() - 3, "f"), emit(w.size() - 3, "fe");
  } else if ((x == "JJR" || x == "RBR") && ends("er")) {
    size_t stem = w.size() - 2;
    emit(stem, "");
    emit(stem, "e");
    undouble(stem);
    if (ends("ier")) emit(w.size() - 3, "y");
  } else if ((x == "JJS" || x == "RBS") && ends("est")) {
    size_t stem = w.size() - 3;
    emit(stem, "");
    emit(stem, "e");
    undouble(stem);
    if (ends("iest")) emit(w.size() - 4, "y");
  }
}

void Lemmatizer::choose_known(std::string_view lower, TagClass tag, std::string& out) const {
  if (lower.size() > kMaxWord) return;
  // A lemma seen in training with this part of speech beats a word seen in
  // unlabeled text, which beats the suffix rule's guess.
  auto score = [&](std::string_view c) -> uint64_t {
    uint32_t n = lemma_lex_.find(lemma_key(c, tag.upos));
    if (n != FeatureTable::kMissing) return (uint64_t(1) << 40) + n;
    n = lex_.find(lex_key(c));
    return n == FeatureTable::kMissing ? 0 : n;
  };
  uint64_t best = score(out);
  char pick[kMaxWord + 4];
  size_t pick_len = 0;
  candidates(lower, tag.upos, tag.xpos, [&](std::string_view c) {
    uint64_t sc = score(c);
    if (sc > best) {
      best = sc;
      std::memcpy(pick, c.data(), c.size());
      pick_len = c.size();
    }
  });
  if (pick_len) out.assign(pick, pick_len);
}

Lemmatizer Lemmatizer::train(const std::vector<GoldSentence>& train, const Log& log) {
  Lemmatizer L;
  L.policy_ = kCasePolicy | kLexicon | kUposFallback;
  std::map<std::tuple<uint8_t, uint32_t, std::string>, uint32_t> ids;
  auto rule_id = [&](const Rule& r) {
    auto [it, fresh] = ids.emplace(std::make_tuple(r.casing, r.strip, r.append), L.rules_.size());
    if (fresh) L.rules_.push_back(r);
    return it->second;
  };
  std::map<std::pair<std::string, uint64_t>, std::pair<TagClass, std::map<uint32_t, uint32_t>>> types;
  std::map<std::pair<std::string, uint64_t>, std::pair<TagClass, std::map<uint32_t, uint32_t>>> cased;
  std::map<std::pair<std::string, uint64_t>, std::map<uint32_t, uint32_t>> by_upos;
  std::string lower;
  for (const auto& s : train)
    for (size_t i = 0; i < s.size(); ++i) {
      if (s.lemmas[i].empty()) continue;
      lower_ascii(s.forms[i], lower);
      TagClass t{s.upos[i], s.xpos[i]};
      uint32_t rule = rule_id(rule_for(s.forms[i], s.lemmas[i]));
      auto& e = types[{lower, tag_key(t)}];
      e.first = t;
      e.second[rule]++;
      auto& c = cased[{s.forms[i], tag_key(t)}];
      c.first = t;
      c.second[rule]++;
      by_upos[{lower, static_cast<uint64_t>(t.upos)}][rule]++;
    }
  // Exceptions: every seen (form, tag) keeps its most frequent rule.
  // Suffix table: each type votes once with its rule for suffixes that cover the stripped part.
  std::map<uint64_t, std::map<uint32_t, uint32_t>> suffix_votes;
  std::vector<std::pair<uint64_t, uint32_t>> ex;
  for (auto& [key, val] : types) {
    uint32_t best = 0, bestn = 0;
    for (auto& [r, n] : val.second)
      if (n > bestn) best = r, bestn = n;
    ex.emplace_back(exact_key(key.first, val.first), best);
    // The suffix rule edits the lower-cased form into the lower-cased lemma (case is set by policy).
    const std::string& lw = key.first;
    std::string lemma = lw.substr(0, lw.size() - std::min<size_t>(L.rules_[best].strip, lw.size())) + L.rules_[best].append;
    lower_ascii(std::string(lemma), lemma);
    Rule lr = rule_for(lw, lemma);
    lr.casing = kLower;
    uint32_t lrid = rule_id(lr);
    for (size_t k = lr.strip; k <= std::min(kMaxSuffix, lw.size()); ++k)
      suffix_votes[suffix_key(lw.substr(lw.size() - k), k, val.first)][lrid]++;
  }
  for (auto& [key, val] : cased) {
    uint32_t best = 0, bestn = 0;
    for (auto& [r, n] : val.second)
      if (n > bestn) best = r, bestn = n;
    ex.emplace_back(cased_key(key.first, val.first), best);
  }
  for (auto& [key, votes] : by_upos) {
    uint32_t best = 0, bestn = 0;
    for (auto& [r, n] : votes)
      if (n > bestn) best = r, bestn = n;
    ex.emplace_back(upos_key(key.first, static_cast<Upos>(key.second)), best);
  }
  std::map<uint64_t, uint32_t> lemma_counts;
  for (const auto& s : train)
    for (size_t i = 0; i < s.size(); ++i) {
      if (s.lemmas[i].empty() || s.lemmas[i].size() > kMaxWord) continue;
      lower_ascii(s.lemmas[i], lower);
      lemma_counts[lemma_key(lower, s.upos[i])]++;
    }
  L.lemma_lex_.reset(lemma_counts.size());
  for (auto& [k, n] : lemma_counts) L.lemma_lex_.insert(k, n);
  L.exact_.reset(ex.size());
  for (auto& [k, r] : ex) L.exact_.insert(k, r);
  L.suffix_.reset(suffix_votes.size());
  size_t kept = 0;
  for (auto& [k, votes] : suffix_votes) {
    uint32_t best = 0, bestn = 0, total = 0;
    for (auto& [r, n] : votes) {
      total += n;
      if (n > bestn) best = r, bestn = n;
    }
    if (total < kMinSuffixTypes) continue;  // one word's ending is not a rule
    L.suffix_.insert(k, best);
    ++kept;
  }
  if (log)
    log(fmt::format("lemmatizer: {} rules, {} exceptions, {} suffixes", L.rules_.size(), ex.size(), kept));
  return L;
}

void Lemmatizer::learn_lexicon(const std::vector<std::string>& files, uint32_t min_count, const Log& log) {
  std::unordered_map<uint64_t, uint32_t> counts;
  std::string lower;
  size_t tokens = 0;
  for_each_text_word(
      files,
      [&](std::string_view w) {
        if (w.size() > kMaxWord) return;
        lower_ascii(w, lower);
        counts[lex_key(lower)]++, ++tokens;
      },
      [](char, bool) {});
  std::vector<std::pair<uint64_t, uint32_t>> kept;
  for (auto& [k, n] : counts)
    if (n >= min_count) kept.emplace_back(k, n);
  std::sort(kept.begin(), kept.end());
  lex_.reset(kept.size());
  for (auto& [k, n] : kept) lex_.insert(k, n);
  policy_ |= kLexicon;
  if (log) log(fmt::format("lemmatizer lexicon: {} words of unlabeled text, {} types kept", tokens, kept.size()));
}

void Lemmatizer::save(BinWriter& out) const {
  out.put<uint32_t>(policy_);
  out.put<uint32_t>(static_cast<uint32_t>(rules_.size()));
  for (const Rule& r : rules_) {
    out.put<uint8_t>(r.casing);
    out.put<uint32_t>(r.strip);
    out.str(r.append);
  }
  for (const FeatureTable* t : {&exact_, &suffix_, &lemma_lex_, &lex_}) {
    if ((t == &lemma_lex_ || t == &lex_) && !(policy_ & kLexicon)) continue;
    std::vector<std::pair<uint64_t, uint32_t>> v;
    t->for_each([&](uint64_t k, uint32_t r) { v.emplace_back(k, r); });
    std::sort(v.begin(), v.end());
    out.put<uint32_t>(static_cast<uint32_t>(v.size()));
    for (auto& [k, r] : v) {
      out.put<uint64_t>(k);
      out.put<uint32_t>(r);
    }
  }
}

void Lemmatizer::load(BinReader& in, uint32_t version) {
  policy_ = version >= 3 ? in.get<uint32_t>() : 0;
  if (policy_ & ~uint32_t(kCasePolicy | kLexicon | kUposFallback)) in.fail("unknown lemmatizer policy");
  uint32_t n = in.get<uint32_t>();
  rules_.resize(n);
  for (Rule& r : rules_) {
    r.casing = in.get<uint8_t>();
    if (r.casing > kTitle) in.fail("bad lemma rule");
    r.strip = in.get<uint32_t>();
    r.append = in.str();
  }
  for (FeatureTable* t : {&exact_, &suffix_}) {
    uint32_t m = in.get<uint32_t>();
    t->reset(m);
    for (uint32_t i = 0; i < m; ++i) {
      uint64_t k = in.get<uint64_t>();
      uint32_t r = in.get<uint32_t>();
      if (r >= n || k == 0) in.fail("bad lemma rule reference");
      t->insert(k, r);
    }
  }
  for (FeatureTable* t : {&lemma_lex_, &lex_}) {
    if (!(policy_ & kLexicon)) {
      t->reset(0);
      continue;
    }
    uint32_t m = in.get<uint32_t>();
    t->reset(m);
    for (uint32_t i = 0; i < m; ++i) {
      uint64_t k = in.get<uint64_t>();
      uint32_t c = in.get<uint32_t>();
      if (k == 0) in.fail("bad lemma lexicon");
      t->insert(k, c);
    }
  }
}

}  // namespace detente::syntax
