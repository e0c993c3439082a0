#include "actors/recognizer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>

namespace detente {
namespace {

struct StrHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

constexpr uint32_t kNoId = 0xFFFFFFFF;

bool is_capitalized(std::string_view form) {
  return !form.empty() && (std::isupper(static_cast<unsigned char>(form[0])) || static_cast<unsigned char>(form[0]) >= 0xC3);
}

bool has_lower(std::string_view form) {
  for (char c : form)
    if (std::islower(static_cast<unsigned char>(c))) return true;
  return false;
}

// A match candidate over a sentence's units.
struct Hit {
  uint32_t unit_begin, unit_end;  // units
  uint32_t node;                  // trie node of the terminal
};

// Pronouns and plural references the recognizer resolves.
enum class Anaphor { kNone, kHe, kShe, kIt, kThey };

Anaphor pronoun_kind(std::string_view lower) {
  if (lower == "he" || lower == "him" || lower == "his" || lower == "himself") return Anaphor::kHe;
  if (lower == "she" || lower == "her" || lower == "hers" || lower == "herself") return Anaphor::kShe;
  if (lower == "it" || lower == "its" || lower == "itself") return Anaphor::kIt;
  if (lower == "they" || lower == "them" || lower == "their" || lower == "themselves") return Anaphor::kThey;
  return Anaphor::kNone;
}

std::string role_of(const std::string& code) { return code.size() >= 6 ? code.substr(3, 3) : std::string(); }

}  // namespace

struct ActorRecognizer::Index {
  // Vocabulary of normalized units, and a trie over unit ids.
  std::unordered_map<std::string, uint32_t, StrHash, std::equal_to<>> vocab;
  struct Terminal {
    uint32_t name;  // index into dict.names()
  };
  std::vector<std::vector<Terminal>> terminals;            // per node
  std::unordered_map<uint64_t, uint32_t> edges;            // (node << 32 | unit id) -> child
  std::vector<std::vector<std::pair<std::string, uint32_t>>> stems;  // per node: prefix -> name (TABARI)
  uint32_t add_node() {
    terminals.emplace_back();
    stems.emplace_back();
    return static_cast<uint32_t>(terminals.size() - 1);
  }
  uint32_t id_of(std::string_view s) const {
    auto it = vocab.find(s);
    return it == vocab.end() ? kNoId : it->second;
  }
};

ActorRecognizer::ActorRecognizer(std::shared_ptr<const ActorDictionary> dict) : dict_(std::move(dict)), index_(std::make_unique<Index>()) {
  Index& ix = *index_;
  ix.add_node();  // root
  const auto& names = dict_->names();
  for (uint32_t n = 0; n < names.size(); ++n) {
    const auto& toks = names[n].tokens;
    uint32_t node = 0;
    size_t last = toks.size() - (names[n].prefix_last ? 1 : 0);
    for (size_t i = 0; i < last; ++i) {
      auto [it, fresh] = ix.vocab.try_emplace(toks[i], static_cast<uint32_t>(ix.vocab.size()));
      uint64_t key = (static_cast<uint64_t>(node) << 32) | it->second;
      auto e = ix.edges.find(key);
      if (e == ix.edges.end()) {
        uint32_t child = ix.add_node();
        ix.edges.emplace(key, child);
        node = child;
      } else {
        node = e->second;
      }
    }
    if (names[n].prefix_last) ix.stems[node].emplace_back(toks.back(), n);
    else ix.terminals[node].push_back({n});
  }
}

ActorRecognizer::~ActorRecognizer() = default;

void ActorRecognizer::recognize(const Document& doc, DocumentActors& out) const {
  const Index& ix = *index_;
  const ActorDictionary& dict = *dict_;
  out.clear();
  out.by_token.assign(doc.tokens.size(), -1);

  // Units: tokens split at inner hyphens; lone hyphens and dashes are skipped.
  struct Unit {
    uint32_t id;
    uint32_t token;
    bool first, last;  // first/last unit of its token
    std::string_view text;
  };
  std::vector<Unit> units;
  std::string norm_buf;
  std::vector<std::string> norms;  // per unit normalized text (owned)

  // Which entries have had a full mention so far (for surnames and titles).
  std::vector<int32_t> last_full_mention(dict.size(), -1);

  std::string doc_country;  // from the dateline, for agents without a nationality

  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    units.clear();
    norms.clear();
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t) {
      std::string_view form = doc.form(doc.tokens[t]);
      std::string norm = normalize_token(form);
      if (norm == "-" || norm.empty()) continue;
      size_t b = 0;
      size_t start = units.size();
      for (size_t i = 0; i <= norm.size(); ++i) {
        if (i == norm.size() || norm[i] == '-') {
          if (i > b) {
            norms.push_back(norm.substr(b, i - b));
            units.push_back({kNoId, t, false, false, {}});
          }
          b = i + 1;
        }
      }
      if (units.size() > start) {
        units[start].first = true;
        units.back().last = true;
      }
    }
    for (size_t u = 0; u < units.size(); ++u) {
      units[u].text = norms[u];
      units[u].id = ix.id_of(norms[u]);
    }

    // Longest match from each unit that starts a token.
    size_t u = 0;
    while (u < units.size()) {
      if (!units[u].first) { ++u; continue; }
      uint32_t node = 0;
      int best_end = -1;
      uint32_t best_name = kNoId;
      for (size_t v = u; v < units.size(); ++v) {
        // TABARI stems: the unit starts with a stem ending at this node.
        for (auto& [prefix, name] : ix.stems[node])
          if (units[v].last && units[v].text.substr(0, prefix.size()) == prefix) {
            best_end = static_cast<int>(v + 1);
            best_name = name;
          }
        if (units[v].id == kNoId) break;
        auto e = ix.edges.find((static_cast<uint64_t>(node) << 32) | units[v].id);
        if (e == ix.edges.end()) break;
        node = e->second;
        if (!units[v].last) continue;  // a match must end at a token boundary
        // Choose among the terminals here: full names first, then others.
        const auto& terms = ix.terminals[node];
        if (terms.empty()) continue;
        bool capital_ok = false;
        for (size_t k = u; k <= v; ++k)
          if (is_capitalized(doc.form(doc.tokens[units[k].token]))) capital_ok = true;
        uint32_t chosen = kNoId;
        int chosen_rank = 99;
        for (const auto& term : terms) {
          const NameForm& nf = dict.names()[term.name];
          const ActorEntry& e = dict.entry(nf.entry);
          if (nf.case_sensitive) {
            bool upper = true;
            for (size_t k = u; k <= v; ++k)
              if (has_lower(doc.form(doc.tokens[units[k].token]))) upper = false;
            if (!upper) continue;
          }
          if (e.kind != ActorKind::kAgent && !capital_ok) continue;
          int rank;
          if (nf.role == NameForm::kShort) {
            // A surname alone needs an earlier full mention of the same person.
            if (last_full_mention[nf.entry] < 0) continue;
            rank = 3;
          } else if (e.kind == ActorKind::kPerson) {
            // Prefer the person holding office at the document date.
            rank = role_of(e.code_at(doc.date)) == "GOV" ? 0 : 1;
          } else {
            rank = 2;
          }
          if (rank < chosen_rank || (rank == chosen_rank && nf.role == NameForm::kShort &&
                                     last_full_mention[nf.entry] > last_full_mention[dict.names()[chosen].entry])) {
            chosen = term.name;
            chosen_rank = rank;
          }
        }
        if (chosen != kNoId) {
          best_end = static_cast<int>(v + 1);
          best_name = chosen;
        }
      }
      if (best_end < 0) { ++u; continue; }
      const NameForm& nf = dict.names()[best_name];
      const ActorEntry& e = dict.entry(nf.entry);
      ActorMention m;
      m.sentence = si;
      m.tok_begin = units[u].token;
      m.tok_end = units[best_end - 1].token + 1;
      m.kind = e.kind;
      m.entry = static_cast<int32_t>(nf.entry);
      std::string code = e.code_at(doc.date);
      switch (nf.role) {
        case NameForm::kAdjective: m.how = "adjective"; break;
        case NameForm::kCapital: code = e.country + "GOV"; m.how = "capital"; m.kind = ActorKind::kMetonym; break;
        case NameForm::kMetonym: if (e.kind == ActorKind::kCountry) code = e.country + "GOV"; m.how = "metonym"; m.kind = ActorKind::kMetonym; break;
        case NameForm::kShort: m.how = "surname"; m.antecedent = last_full_mention[nf.entry]; break;
        default: m.how = "name"; break;
      }
      m.codes.push_back(code);
      m.explain = fmt::format("{} [{}] {} ({})", e.name, actor_kind_name(e.kind), e.explain_at(doc.date), e.source);
      if (nf.role != NameForm::kShort && e.kind == ActorKind::kPerson) last_full_mention[nf.entry] = static_cast<int32_t>(out.mentions.size());
      out.mentions.push_back(std::move(m));
      u = static_cast<size_t>(best_end);
    }
  }

  // Composition: nationality/country (+ 's) + agent, person + government noun,
  // title + person. Works on adjacent mentions in the same sentence.
  std::vector<ActorMention> composed;
  composed.reserve(out.mentions.size());
  auto gap_ok = [&](uint32_t from, uint32_t to, int max_words) {
    // Tokens between two mentions: only "'s", "the", and up to max_words modifiers.
    int words = 0;
    for (uint32_t t = from; t < to; ++t) {
      std::string_view f = doc.norm(doc.tokens[t]);
      if (f == "'s" || f == "'" ) continue;
      if (f == "," || f == "-" || f == "(" || f == ")" || f == "and" || f == "or") return false;
      if (++words > max_words) return false;
      const Token& tok = doc.tokens[t];
      if (tok.upos != Upos::X) {
        if (tok.upos != Upos::ADJ && tok.upos != Upos::NOUN && tok.upos != Upos::PROPN) return false;
      } else {
        static constexpr std::array<std::string_view, 24> kStop = {
            "that", "which", "who", "his", "her", "its", "their", "to", "of", "in", "on", "for", "with",
            "by", "at", "from", "said", "told", "is", "was", "a", "an", "will", "has"};
        std::string low = normalize_token(f);
        if (std::find(kStop.begin(), kStop.end(), low) != kStop.end()) return false;
      }
    }
    return true;
  };
  for (size_t i = 0; i < out.mentions.size(); ++i) {
    ActorMention m = out.mentions[i];
    const ActorMention* next = i + 1 < out.mentions.size() ? &out.mentions[i + 1] : nullptr;
    bool same_sentence = next && next->sentence == m.sentence;
    // Country / adjective / person-as-modifier followed by an agent.
    if (same_sentence && next->kind == ActorKind::kAgent && m.kind != ActorKind::kAgent &&
        gap_ok(m.tok_end, next->tok_begin, m.kind == ActorKind::kPerson ? 0 : 2)) {
      std::string country = m.entry >= 0 ? dict.entry(static_cast<uint32_t>(m.entry)).country : std::string();
      if (m.kind == ActorKind::kPerson && !m.codes.empty()) country = m.codes[0].substr(0, 3);
      if (m.kind == ActorKind::kOrg || m.kind == ActorKind::kGroup) country.clear();
      // Title + person after the agent? ("Chinese Premier Li Keqiang"): let the person win.
      const ActorMention* after = i + 2 < out.mentions.size() ? &out.mentions[i + 2] : nullptr;
      if (after && after->sentence == m.sentence && after->kind == ActorKind::kPerson && after->tok_begin == next->tok_end) {
        ActorMention p = *after;
        p.tok_begin = m.tok_begin;
        p.how = "title+name";
        composed.push_back(std::move(p));
        i += 2;
        continue;
      }
      if (!country.empty()) {
        ActorMention c = *next;
        c.tok_begin = m.tok_begin;
        c.codes = {country + next->codes[0]};
        c.kind = ActorKind::kAgent;
        c.how = m.kind == ActorKind::kPerson ? "person+agent" : "country+agent";
        c.explain = fmt::format("{} + {}", m.explain, next->explain);
        c.entry = -1;
        composed.push_back(std::move(c));
        ++i;
        continue;
      }
    }
    // Title (agent) + person: "Prime Minister Lee Nak-yon".
    if (same_sentence && m.kind == ActorKind::kAgent && next->kind == ActorKind::kPerson && next->tok_begin == m.tok_end) {
      ActorMention p = *next;
      p.tok_begin = m.tok_begin;
      p.how = "title+name";
      composed.push_back(std::move(p));
      ++i;
      continue;
    }
    composed.push_back(std::move(m));
  }
  out.mentions = std::move(composed);

  // Dateline country: "SEOUL, Oct. 24 (Yonhap) --" in the first sentences.
  for (const auto& m : out.mentions) {
    if (m.sentence > 2) break;
    if (m.how == "capital" && m.entry >= 0) {
      const Token& t = doc.tokens[m.tok_begin];
      std::string_view f = doc.form(t);
      bool caps = !has_lower(f);
      bool comma = m.tok_end < doc.tokens.size() && doc.form(doc.tokens[m.tok_end]) == ",";
      if (caps && comma) { doc_country = dict.entry(static_cast<uint32_t>(m.entry)).country; break; }
    }
  }

  // Agents alone get a nationality from a possessive pronoun's antecedent,
  // a title-only reference, or the dateline.
  std::vector<ActorMention> resolved;
  resolved.reserve(out.mentions.size() + 8);
  // Antecedent search: in the pronoun's own sentence the leftmost compatible
  // mention (usually the subject: "Lee told Abe that his government ..." ->
  // Lee), else the most recent one in the sentences before.
  uint32_t current_sentence = 0;
  auto recent = [&](auto pred) -> int32_t {
    int32_t k = static_cast<int32_t>(resolved.size()) - 1;
    int32_t first_same = -1;
    for (; k >= 0 && resolved[static_cast<size_t>(k)].sentence == current_sentence; --k)
      if (pred(resolved[static_cast<size_t>(k)])) first_same = k;
    if (first_same >= 0) return first_same;
    for (; k >= 0; --k)
      if (pred(resolved[static_cast<size_t>(k)])) return k;
    return -1;
  };
  size_t next_mention = 0;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    current_sentence = si;
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t) {
      // Emit dictionary mentions that start here.
      if (next_mention < out.mentions.size() && out.mentions[next_mention].tok_begin == t) {
        ActorMention m = out.mentions[next_mention++];
        if (m.kind == ActorKind::kAgent && m.codes.size() == 1 && m.codes[0].size() == 3) {
          // A bare role. Title-only reference to a person ("the prime minister")?
          std::string role = m.codes[0];
          std::string_view prev = t > s.tok_begin ? doc.norm(doc.tokens[t - 1]) : std::string_view();
          std::string prev_lower = normalize_token(prev);
          Anaphor a = pronoun_kind(prev_lower);
          int32_t ante = -1;
          if (a != Anaphor::kNone) {
            ante = recent([&](const ActorMention& r) {
              return r.codes.size() == 1 && r.codes[0].size() >= 3 &&
                     (a == Anaphor::kIt || a == Anaphor::kThey ? r.kind != ActorKind::kPerson : r.kind == ActorKind::kPerson);
            });
          } else if (prev_lower == "the") {
            ante = recent([&](const ActorMention& r) { return r.kind == ActorKind::kPerson && role_of(r.codes[0]) == role; });
            if (ante >= 0) {
              m.codes = resolved[static_cast<size_t>(ante)].codes;
              m.antecedent = ante;
              m.how = "title";
              resolved.push_back(std::move(m));
              continue;
            }
          }
          if (ante >= 0) {
            m.codes = {resolved[static_cast<size_t>(ante)].codes[0].substr(0, 3) + role};
            m.antecedent = ante;
            m.tok_begin = t - 1;  // the span includes the possessive
            m.how = "pronoun+agent";
          } else if (!doc_country.empty()) {
            m.codes = {doc_country + role};
            m.how = "dateline+agent";
          }
        }
        resolved.push_back(std::move(m));
        t = resolved.back().tok_end - 1;
        continue;
      }
      // Pronouns and plural references.
      std::string lower = normalize_token(doc.norm(doc.tokens[t]));
      Anaphor a = pronoun_kind(lower);
      bool plural_ref = false;
      uint32_t end = t + 1;
      if ((lower == "the" || lower == "both") && t + 2 < s.tok_end) {
        std::string w1 = normalize_token(doc.norm(doc.tokens[t + 1]));
        std::string w2 = t + 2 < s.tok_end ? normalize_token(doc.norm(doc.tokens[t + 2])) : std::string();
        static constexpr std::array<std::string_view, 12> kGroupNouns = {
            "sides", "countries", "nations", "governments", "leaders", "neighbors", "neighbours",
            "states", "ministers", "parties", "allies", "prime"};
        auto group_noun = [&](const std::string& w) {
          return std::find(kGroupNouns.begin(), kGroupNouns.end(), w) != kGroupNouns.end();
        };
        if (lower == "the" && (w1 == "two" || w1 == "both") && group_noun(w2)) { plural_ref = true; end = t + 3; }
        else if (lower == "both" && group_noun(w1)) { plural_ref = true; end = t + 2; }
        else if (lower == "the" && (w1 == "neighbors" || w1 == "neighbours")) { plural_ref = true; end = t + 2; }
        if (plural_ref && end < s.tok_end) {
          std::string w3 = normalize_token(doc.norm(doc.tokens[end]));
          if (w2 == "prime" && w3 == "ministers") ++end;
        }
      }
      if (!plural_ref && a == Anaphor::kNone) continue;
      ActorMention m;
      m.sentence = si;
      m.tok_begin = t;
      m.tok_end = end;
      m.kind = ActorKind::kUnknown;
      if (plural_ref) {
        // The two most recent distinct countries, each with its latest code.
        std::vector<std::string> countries, codes;
        for (int32_t k = static_cast<int32_t>(resolved.size()) - 1; k >= 0 && countries.size() < 2; --k) {
          const auto& r = resolved[static_cast<size_t>(k)];
          for (const auto& c : r.codes) {
            if (c.size() < 3 || r.kind == ActorKind::kOrg) continue;
            std::string iso = c.substr(0, 3);
            if (std::find(countries.begin(), countries.end(), iso) != countries.end()) continue;
            countries.push_back(iso);
            codes.push_back(c);
          }
        }
        if (countries.size() < 2) continue;
        std::string w = normalize_token(doc.norm(doc.tokens[end - 1]));
        bool bare = w == "countries" || w == "nations" || w == "neighbors" || w == "neighbours" || w == "states";
        m.codes = bare ? countries : codes;
        m.how = "plural reference";
      } else {
        int32_t ante = recent([&](const ActorMention& r) {
          if (r.codes.empty() || r.codes.size() > 1) return a == Anaphor::kThey && r.codes.size() > 1;
          const bool person = r.kind == ActorKind::kPerson || (r.how == "title+name");
          if (a == Anaphor::kHe || a == Anaphor::kShe) {
            if (!person) return false;
            char g = r.entry >= 0 ? dict.entry(static_cast<uint32_t>(r.entry)).gender : 0;
            return g == 0 || g == (a == Anaphor::kHe ? 'm' : 'f');
          }
          if (a == Anaphor::kIt) return !person && r.kind != ActorKind::kAgent;
          return !person;  // they: organisations, groups, agents in the plural
        });
        if (ante < 0) continue;
        // Too far back? Pronouns reach at most two sentences.
        if (si > resolved[static_cast<size_t>(ante)].sentence + 2) continue;
        // Possessive followed by an agent is handled with the agent.
        if ((lower == "his" || lower == "her" || lower == "its" || lower == "their") && next_mention < out.mentions.size() &&
            out.mentions[next_mention].tok_begin == t + 1 && out.mentions[next_mention].kind == ActorKind::kAgent)
          continue;
        m.codes = resolved[static_cast<size_t>(ante)].codes;
        m.antecedent = ante;
        m.kind = resolved[static_cast<size_t>(ante)].kind;
        m.how = "pronoun";
      }
      resolved.push_back(std::move(m));
      t = end - 1;
    }
  }
  out.mentions = std::move(resolved);

  // Heads and the token map.
  for (size_t k = 0; k < out.mentions.size(); ++k) {
    ActorMention& m = out.mentions[k];
    const Sentence& s = doc.sentences[m.sentence];
    m.head = m.tok_end - 1;
    for (uint32_t t = m.tok_begin; t < m.tok_end; ++t) {
      int32_t h = doc.tokens[t].head;
      uint32_t abs = h < 0 ? UINT32_MAX : s.tok_begin + static_cast<uint32_t>(h);
      if (abs == UINT32_MAX || abs < m.tok_begin || abs >= m.tok_end) {
        if (doc.tokens[t].deprel != Deprel::none && doc.tokens[t].deprel != Deprel::punct && doc.tokens[t].deprel != Deprel::case_) {
          m.head = t;
          break;
        }
      }
    }
    for (uint32_t t = m.tok_begin; t < m.tok_end; ++t) out.by_token[t] = static_cast<int32_t>(k);
  }
}

}  // namespace detente
