#include "syntax/lemmatizer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "syntax/atoms.h"

namespace detente::syntax {
namespace {
uint64_t tag_key(TagClass t) { return static_cast<uint64_t>(t.upos) * 1000 + t.xpos; }
uint64_t exact_key(std::string_view lower, TagClass t) { return hcomb(hash_bytes(lower, 77), tag_key(t)) | 1; }
uint64_t cased_key(std::string_view form, TagClass t) { return hcomb(hash_bytes(form, 79), tag_key(t)) | 1; }
uint64_t suffix_key(std::string_view suffix, size_t k, TagClass t) {
  return hcomb(hcomb(hash_bytes(suffix, 78), k), tag_key(t)) | 1;
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

Lemmatizer Lemmatizer::train(const std::vector<GoldSentence>& train, const Log& log) {
  Lemmatizer L;
  std::map<std::tuple<uint8_t, uint32_t, std::string>, uint32_t> ids;
  auto rule_id = [&](const Rule& r) {
    auto [it, fresh] = ids.emplace(std::make_tuple(r.casing, r.strip, r.append), L.rules_.size());
    if (fresh) L.rules_.push_back(r);
    return it->second;
  };
  std::map<std::pair<std::string, uint64_t>, std::pair<TagClass, std::map<uint32_t, uint32_t>>> types;
  std::map<std::pair<std::string, uint64_t>, std::pair<TagClass, std::map<uint32_t, uint32_t>>> cased;
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
    const std::string& lw = key.first;
    for (size_t k = L.rules_[best].strip; k <= std::min(kMaxSuffix, lw.size()); ++k)
      suffix_votes[suffix_key(lw.substr(lw.size() - k), k, val.first)][best]++;
  }
  for (auto& [key, val] : cased) {
    uint32_t best = 0, bestn = 0;
    for (auto& [r, n] : val.second)
      if (n > bestn) best = r, bestn = n;
    ex.emplace_back(cased_key(key.first, val.first), best);
  }
  L.exact_.reset(ex.size());
  for (auto& [k, r] : ex) L.exact_.insert(k, r);
  L.suffix_.reset(suffix_votes.size());
  for (auto& [k, votes] : suffix_votes) {
    uint32_t best = 0, bestn = 0;
    for (auto& [r, n] : votes)
      if (n > bestn) best = r, bestn = n;
    L.suffix_.insert(k, best);
  }
  if (log)
    log(fmt::format("lemmatizer: {} rules, {} exceptions, {} suffixes", L.rules_.size(), ex.size(),
                    suffix_votes.size()));
  return L;
}

void Lemmatizer::save(BinWriter& out) const {
  out.put<uint32_t>(static_cast<uint32_t>(rules_.size()));
  for (const Rule& r : rules_) {
    out.put<uint8_t>(r.casing);
    out.put<uint32_t>(r.strip);
    out.str(r.append);
  }
  for (const FeatureTable* t : {&exact_, &suffix_}) {
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

void Lemmatizer::load(BinReader& in) {
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
}

}  // namespace detente::syntax
