#include "actors/recognizer.h"

#include "actors/codes.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace detente {
namespace {

// Give mention k a new code (and its how and why), and the later mentions that
// refer back to it with its old code the same one ("the destroyer ... it").
void recode_with_followers(std::vector<ActorMention>& resolved, size_t k, std::string code, std::string_view how,
                           std::string_view why) {
  const std::string old = resolved[k].codes[0];
  resolved[k].codes[0] = std::move(code);
  resolved[k].how = how;
  resolved[k].explain += why;
  for (size_t j = k + 1; j < resolved.size(); ++j)
    if (resolved[j].antecedent == static_cast<int32_t>(k) && resolved[j].codes.size() == 1 && resolved[j].codes[0] == old)
      resolved[j].codes[0] = resolved[k].codes[0];
}

// (round 31) A company the dictionaries name: an organisation of one <ISO3>BUS code.
bool named_company(const ActorMention& x) {
  return x.kind == ActorKind::kOrg && x.codes.size() == 1 && x.codes[0].size() == 6 &&
         x.codes[0].compare(3, 3, "BUS") == 0;
}

constexpr uint32_t kNoId = 0xFFFFFFFF;
constexpr size_t kMaxStem = 63;  // stems longer than this are matched as whole words

bool is_capitalized(std::string_view form) {
  return !form.empty() && (std::isupper(static_cast<unsigned char>(form[0])) || static_cast<unsigned char>(form[0]) >= 0xC3);
}

bool has_lower(std::string_view form) {
  for (char c : form)
    if (std::islower(static_cast<unsigned char>(c))) return true;
  return false;
}

// Case-insensitive comparison of a token with a lower-case ASCII word.
inline char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool is_word(std::string_view tok, std::string_view lower) {
  if (tok.size() != lower.size()) return false;
  for (size_t i = 0; i < tok.size(); ++i)
    if (lower_ascii(tok[i]) != lower[i]) return false;
  return true;
}

// Case-insensitive (ASCII) equality of two words, either of any case.
bool same_word(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  return true;
}

template <size_t N>
bool is_any(std::string_view tok, const std::array<std::string_view, N>& words) {
  for (auto w : words)
    if (is_word(tok, w)) return true;
  return false;
}

// (round 19) The country a Reuters/AP-style dateline names ("BONN, March 3 -",
// "AKRON, Ohio, March 3 -", "RAMSEY, N.J., March 3 -"): a capital, a place or
// country of the dictionaries, a US state or Canadian province written as the
// wire services abbreviate it, or one of the large US cities their datelines
// give without a state. "" when unknown or ambiguous. Called only when a rule
// needs it (the dictionary lookup scans the names).
std::string dateline_country(const ActorDictionary& dict, std::string_view dl) {
  // (round 22) the states, provinces and cities are in data/actors/datelines.tsv
  auto trim = [](std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\n')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\n')) v.remove_suffix(1);
    return v;
  };
  const size_t c1 = dl.find(',');
  if (c1 == std::string_view::npos || c1 == 0) return {};
  const std::string_view city = trim(dl.substr(0, c1));
  std::string out = dict.capital_country(city);
  if (!out.empty()) return out;
  out = dict.dateline_city(city);
  if (!out.empty()) return out;
  auto of_name = [&](std::string_view name) -> std::string {
    std::string c = dict.dateline_region(name);
    if (!c.empty()) return c;
    for (uint32_t e : dict.lookup(name)) {
      const ActorEntry& en = dict.entry(e);
      if (en.kind != ActorKind::kPlace && en.kind != ActorKind::kCountry) continue;
      if (en.country.size() != 3) continue;
      if (!c.empty() && c != en.country) return {};
      c = en.country;
    }
    return c;
  };
  out = of_name(city);
  if (!out.empty()) return out;
  // "AKRON, Ohio, March 3 -": the part after the city, if it is no date
  const size_t c2 = dl.find(',', c1 + 1);
  if (c2 == std::string_view::npos) return {};
  return of_name(trim(dl.substr(c1 + 1, c2 - c1 - 1)));
}

// Appends `t` normalized as the dictionary's name_key does: lower case, dots
// dropped, typographic quotes and dashes mapped to ASCII, Latin-1 capitals
// lowered. Allocation-free once `out` has grown.
void append_normalized(std::string& out, std::string_view t) {
  for (size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == '.') continue;
    if (c < 0x80) {
      out += static_cast<char>(std::tolower(c));
      continue;
    }
    if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
      unsigned char c3 = static_cast<unsigned char>(t[i + 2]);
      if (c3 == 0x98 || c3 == 0x99) { out += '\''; i += 2; continue; }  // ‘ ’
      if (c3 >= 0x90 && c3 <= 0x95) { out += '-'; i += 2; continue; }   // dashes
    }
    if (c == 0xC3 && i + 1 < t.size()) {
      unsigned char n = static_cast<unsigned char>(t[i + 1]);
      out += static_cast<char>(c);
      out += static_cast<char>(n >= 0x80 && n <= 0x9E && n != 0x97 ? n + 0x20 : n);
      ++i;
      continue;
    }
    out += static_cast<char>(c);
  }
}

inline uint64_t fnv_step(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }
constexpr uint64_t kFnvBasis = 14695981039346656037ull;
inline uint64_t stem_key(uint32_t node, uint64_t h) { return h ^ (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ull); }

enum class Anaphor { kNone, kHe, kShe, kIt, kThey };

Anaphor pronoun_kind(std::string_view t) {
  static constexpr std::array<std::string_view, 4> kHe = {"he", "him", "his", "himself"};
  static constexpr std::array<std::string_view, 4> kShe = {"she", "her", "hers", "herself"};
  static constexpr std::array<std::string_view, 3> kIt = {"it", "its", "itself"};
  static constexpr std::array<std::string_view, 4> kThey = {"they", "them", "their", "themselves"};
  if (t.size() < 2 || t.size() > 10) return Anaphor::kNone;
  char c = lower_ascii(t[0]);
  if (c != 'h' && c != 's' && c != 'i' && c != 't') return Anaphor::kNone;
  if (is_any(t, kHe)) return Anaphor::kHe;
  if (is_any(t, kShe)) return Anaphor::kShe;
  if (is_any(t, kIt)) return Anaphor::kIt;
  if (is_any(t, kThey)) return Anaphor::kThey;
  return Anaphor::kNone;
}

std::string_view role_of(std::string_view code) { return code.size() >= 6 ? code.substr(3, 3) : std::string_view(); }
// is_bare_role, is_international: actors/codes.h

// Nouns that, after a person's name, stand for the government they lead
// ("the Moon administration", "the Abe government").
constexpr std::array<std::string_view, 6> kGovNouns = {"administration", "government", "cabinet", "regime", "govt", "presidency"};

// Titles that let a surname stand alone without an earlier full mention.
constexpr std::array<std::string_view, 24> kTitles = {
    "president", "premier", "chancellor", "minister", "secretary", "king", "queen", "prince", "emperor", "sheikh",
    "ayatollah", "general", "gen", "mr", "mrs", "ms", "dr", "senator", "sen", "governor", "leader", "ambassador",
    "envoy", "chairman"};

// Participles of a sponsor compound ("Iranian-backed", "Israeli-occupied").
constexpr std::array<std::string_view, 14> kSponsored = {
    "backed", "supported", "sponsored", "funded", "financed", "allied", "aligned", "trained", "armed",
    "equipped", "made", "built", "occupied", "controlled"};

// Possessive determiners: "its forces in X" are someone's, not X's.
constexpr std::array<std::string_view, 6> kPossessives = {"its", "his", "her", "their", "our", "my"};
// (round 43) the parts of an organisation ("its currency trading department"):
// a possessive determiner over up to three lower-case modifiers still owns them
constexpr std::array<std::string_view, 6> kOrgParts = {"department", "departments", "division",
                                                       "divisions",  "unit",        "units"};
// (round 42) the employer side of a labour dispute, a bare agent of which in a
// one-country document takes that country as "the union" does
constexpr std::array<std::string_view, 4> kEmployerNouns = {"employers", "employer", "shipowners", "shipowner"};
// (round 33) plural agents that name a group of people acting together, and
// the prepositions of a postmodifier that places or qualifies them
constexpr std::array<std::string_view, 9> kPluralGroupAgents = {
    "ministers", "officials", "delegates", "leaders", "delegations", "negotiators", "diplomats", "envoys",
    "representatives"};
// (round 45) a spokesman's singular nouns
constexpr std::array<std::string_view, 3> kSpokesSingular = {"spokesman", "spokeswoman", "spokesperson"};
constexpr std::array<std::string_view, 5> kPostmodifierPreps = {"of", "in", "from", "at", "for"};
// (round 33) the titles of an international organisation's head or executive
constexpr std::array<std::string_view, 12> kOrgHeadTitles = {
    "chairman", "chairwoman", "chairperson", "chair", "president", "executive", "director",
    "secretary-general", "director-general", "head", "chief", "general"};
// (round 32) the last word of the name of a place or an institution ("King
// County", "Queen Mary Hospital"); (round 33) also after a known person's name
constexpr std::array<std::string_view, 30> kPlaceNameHeads = {
    "county",   "street",   "road",    "avenue",   "square",  "island",    "islands",  "bay",
    "river",    "lake",     "valley",  "park",     "bridge",  "hospital",  "college",  "university",
    "school",   "airport",  "hall",    "center",   "centre",  "mountain",  "mountains", "sound",
    "township", "parish",   "stadium", "hotel",    "district", "boulevard"};

// Titles of a head of state or government that may be written as part of a
// person's name in the dictionaries ("King Hassan", "Emir Jaber").
constexpr std::array<std::string_view, 11> kReigningTitles = {
    "president", "premier", "chancellor", "king", "queen", "emperor", "empress", "emir", "amir", "sultan", "shah"};

// Titles that name one office holder when a name follows ("Bulgarian President
// Todor Zhivkov", "Libyan leader Muammar Gaddafi"): the titles above and a few
// offices that precede a name in news English.
constexpr std::array<std::string_view, 12> kMoreTitles = {
    "spokesman", "spokeswoman", "commander", "mayor", "speaker", "negotiator",
    "archbishop", "bishop", "cardinal", "colonel", "vice-president", "vice-premier"};

// Compass words between "in"/"of" and a country ("rebels in northern Uganda").
constexpr std::array<std::string_view, 16> kCompassWords = {
    "south", "southern", "north", "northern", "east", "eastern", "west", "western", "central", "southeast",
    "southeastern", "northeast", "northeastern", "southwest", "southwestern", "northwest"};

// Lower-case particles inside personal names ("F.W. de Klerk", "Hamad bin Khalifa").
constexpr std::array<std::string_view, 11> kNameParticles = {"de", "da", "van", "von", "al", "bin", "ibn",
                                                            "el", "le", "du", "der"};

// Words that are capitalized after a title but are no name ("President Monday said").
constexpr std::array<std::string_view, 19> kNotNames = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "i"};

// A two-word name that reads as a date: a month and a day number, either order.
bool date_shaped(const std::vector<std::string>& toks) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"};
  if (toks.size() != 2) return false;
  auto day = [](std::string_view t) {
    if (t.empty() || t.size() > 2) return false;
    int n = 0;
    for (char c : t) {
      if (c < '0' || c > '9') return false;
      n = n * 10 + (c - '0');
    }
    return n >= 1 && n <= 31;
  };
  return (is_any(toks[0], kMonths) && day(toks[1])) || (day(toks[0]) && is_any(toks[1], kMonths));
}

// Nouns after a date-shaped name that make it the group's ("the November 17 group").
constexpr std::array<std::string_view, 11> kGroupWords = {
    "group", "organization", "organisation", "movement", "guerrillas", "terrorists", "militants",
    "members", "gunmen", "cell", "faction"};

// (round 16) a shipping company's last word after a country or a capital:
// "Japan Line", "Korea Lines", "Osaka Shipping"
constexpr std::array<std::string_view, 3> kShippingLine = {"line", "lines", "shipping"};

// Removes the mentions marked (merged into a neighbour) in one pass, keeping
// the order: erasing each inside a loop is quadratic on a long sentence.
void remove_marked(std::vector<ActorMention>& found, const std::vector<char>& marked) {
  size_t w = 0;
  for (size_t r = 0; r < found.size(); ++r)
    if (!marked[r]) {
      if (w != r) found[w] = std::move(found[r]);
      ++w;
    }
  found.resize(w);
}

// Per-thread scratch: the recognizer is const and shared, these buffers are reused.
struct Unit {
  uint32_t id;
  uint32_t token;
  uint32_t off, len;  // in Scratch::buf
  bool first, last;   // first/last unit of its token
  bool cap;           // its token is capitalized
};

struct Scratch {
  std::vector<Unit> units;
  std::string buf;
  std::vector<ActorMention> a, b;
  std::vector<std::pair<uint32_t, int32_t>> full;  // person entry -> last full mention (phase 1 index)
  std::vector<uint8_t> parsed;                     // per sentence: has a parse (a token with a deprel)
  std::vector<char> absorbed;                      // per mention: merged into the next one (apposition)
  std::vector<ActorMention> made, merged;           // legislature committees found, and the list with them
  std::vector<char> drop;                           // per mention: inside a committee's name
  std::vector<int32_t> cover;                      // per token: the mention covering it, or -1
  // Shared names ("Tripoli", "Congo"): the phase-1 mentions whose name several
  // entries share, the reading chosen per trie node, the cues counted per entry.
  struct Shared {
    uint32_t node, mention, n;
    uint32_t names[4];
  };
  struct Reading {
    uint32_t node, name, cues;
    bool drop;  // no cue and no default: the name is matched but not coded
  };
  std::vector<Shared> shared;
  std::vector<Reading> forced;
  std::vector<std::pair<uint32_t, uint32_t>> cue_count;  // entry -> cue mentions in the document
  std::vector<std::pair<uint32_t, int32_t>> surnames;    // surname token of a named person -> its resolved mention
};

}  // namespace

namespace {

inline uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

inline uint64_t hash_word(std::string_view s) {
  uint64_t h = kFnvBasis;
  for (char c : s) h = fnv_step(h, static_cast<unsigned char>(c));
  return mix64(h);
}

// Open-addressing tables built once and read-only afterwards (the standard
// unordered containers cost a division and a pointer chase per probe).
struct WordTable {  // normalized word -> id
  struct Slot {
    uint64_t hash = 0;
    uint32_t off = 0, len = 0;
    uint32_t id = kNoId;
  };
  std::vector<Slot> slots;
  std::string arena;
  uint64_t mask = 0;
  uint32_t count = 0;
  void init(size_t n) {
    size_t cap = 16;
    while (cap < n * 2) cap <<= 1;
    slots.assign(cap, Slot{});
    mask = cap - 1;
  }
  uint32_t find(std::string_view w) const {
    uint64_t h = hash_word(w);
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& sl = slots[i];
      if (sl.id == kNoId) return kNoId;
      if (sl.hash == h && sl.len == w.size() && std::memcmp(arena.data() + sl.off, w.data(), w.size()) == 0) return sl.id;
    }
  }
  uint32_t insert(std::string_view w) {
    uint64_t h = hash_word(w);
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
      Slot& sl = slots[i];
      if (sl.id == kNoId) {
        sl = Slot{h, static_cast<uint32_t>(arena.size()), static_cast<uint32_t>(w.size()), count++};
        arena.append(w);
        return sl.id;
      }
      if (sl.hash == h && sl.len == w.size() && std::memcmp(arena.data() + sl.off, w.data(), w.size()) == 0) return sl.id;
    }
  }
};

struct KeyTable {  // 64-bit key -> 32-bit value
  struct Slot {
    uint64_t key = UINT64_MAX;
    uint32_t val = 0;
  };
  std::vector<Slot> slots;
  uint64_t mask = 0;
  void init(size_t n) {
    size_t cap = 16;
    while (cap < n * 2) cap <<= 1;
    slots.assign(cap, Slot{});
    mask = cap - 1;
  }
  uint32_t find(uint64_t k) const {
    for (uint64_t i = mix64(k) & mask;; i = (i + 1) & mask) {
      const Slot& sl = slots[i];
      if (sl.key == k) return sl.val;
      if (sl.key == UINT64_MAX) return kNoId;
    }
  }
  void insert(uint64_t k, uint32_t v) {
    for (uint64_t i = mix64(k) & mask;; i = (i + 1) & mask) {
      Slot& sl = slots[i];
      if (sl.key == UINT64_MAX || sl.key == k) {
        sl.key = k;
        sl.val = v;
        return;
      }
    }
  }
};

}  // namespace

struct ActorRecognizer::Index {
  WordTable vocab;                   // normalized units -> word id
  std::vector<uint32_t> term_begin;  // per node: [term_begin[n], term_begin[n+1]) in terms
  std::vector<uint32_t> terms;       // dictionary name indices
  KeyTable edges;                    // (node << 32 | word id) -> child node
  // TABARI stems: the last word of a name matches as a prefix.
  struct Stem {
    uint64_t key;  // stem_key(node, fnv(prefix))
    uint32_t node, name;
    std::string prefix;
  };
  std::vector<Stem> stems;            // sorted by key
  KeyTable stem_first;                // key -> first index in stems
  std::vector<uint64_t> stem_filter = std::vector<uint64_t>(1024);  // 64K-bit filter on stem keys (fits in cache)
  bool maybe_stem(uint64_t key) const {
    uint64_t b = mix64(key) >> 48;
    return stem_filter[b >> 6] >> (b & 63) & 1;
  }
  std::vector<uint64_t> stem_lengths;  // per node: bit L set if a stem of length L ends here
  uint32_t id_of(std::string_view s) const { return vocab.find(s); }
};

ActorRecognizer::ActorRecognizer(std::shared_ptr<const ActorDictionary> dict) : dict_(std::move(dict)), index_(std::make_unique<Index>()) {
  Index& ix = *index_;
  const auto& names = dict_->names();
  std::vector<std::vector<uint32_t>> node_terms(1);
  ix.stem_lengths.push_back(0);
  size_t total = 0;
  for (const auto& n : names) total += n.tokens.size();
  ix.vocab.init(total);
  ix.edges.init(total);
  for (uint32_t n = 0; n < names.size(); ++n) {
    const auto& toks = names[n].tokens;
    if (toks.empty()) continue;
    bool stem = names[n].prefix_last && toks.back().size() >= 4 && toks.back().size() <= kMaxStem;
    uint32_t node = 0;
    size_t last = toks.size() - (stem ? 1 : 0);
    for (size_t i = 0; i < last; ++i) {
      uint32_t id = ix.vocab.insert(toks[i]);
      uint64_t key = (static_cast<uint64_t>(node) << 32) | id;
      uint32_t child = ix.edges.find(key);
      if (child == kNoId) {
        child = static_cast<uint32_t>(node_terms.size());
        node_terms.emplace_back();
        ix.stem_lengths.push_back(0);
        ix.edges.insert(key, child);
      }
      node = child;
    }
    if (stem) {
      const std::string& p = toks.back();
      uint64_t h = kFnvBasis;
      for (char c : p) h = fnv_step(h, static_cast<unsigned char>(c));
      ix.stems.push_back({stem_key(node, h), node, n, p});
      ix.stem_lengths[node] |= uint64_t(1) << p.size();
    } else {
      node_terms[node].push_back(n);
    }
  }
  std::stable_sort(ix.stems.begin(), ix.stems.end(), [](const Index::Stem& a, const Index::Stem& b) { return a.key < b.key; });
  ix.stem_first.init(ix.stems.size());
  for (const auto& st : ix.stems) {
    uint64_t b = mix64(st.key) >> 48;
    ix.stem_filter[b >> 6] |= uint64_t(1) << (b & 63);
  }
  for (size_t i = ix.stems.size(); i-- > 0;) ix.stem_first.insert(ix.stems[i].key, static_cast<uint32_t>(i));
  ix.term_begin.reserve(node_terms.size() + 1);
  for (auto& t : node_terms) {
    ix.term_begin.push_back(static_cast<uint32_t>(ix.terms.size()));
    ix.terms.insert(ix.terms.end(), t.begin(), t.end());
  }
  ix.term_begin.push_back(static_cast<uint32_t>(ix.terms.size()));
}

ActorRecognizer::~ActorRecognizer() = default;

void ActorRecognizer::recognize(const Document& doc, DocumentActors& out) const {
  const Index& ix = *index_;
  const ActorDictionary& dict = *dict_;
  thread_local Scratch S;
  out.clear();
  out.by_token.assign(doc.tokens.size(), -1);
  std::vector<ActorMention>& found = S.a;
  found.clear();
  S.full.clear();
  auto full_mention = [&](uint32_t entry) -> int32_t {
    for (auto& [e, m] : S.full)
      if (e == entry) return m;
    return -1;
  };
  auto tok_text = [&](uint32_t t) -> std::string_view {
    const Token& tk = doc.tokens[t];
    return tk.norm.len ? doc.norm(tk) : doc.form(tk);
  };
  // (round 43) a possessive determiner before one to four lower-case words
  // before an agent naming a part of a body ("its currency trading
  // department", "its mergers and acquisitions department"; "and" only
  // between two of them): the possessive's token, else UINT32_MAX (surface only)
  auto part_owner = [&](const ActorMention& m) -> uint32_t {
    if (m.kind != ActorKind::kAgent || !is_any(tok_text(m.tok_end - 1), kOrgParts)) return UINT32_MAX;
    const uint32_t b = doc.sentences[m.sentence].tok_begin;
    static constexpr std::array<std::string_view, 7> kNotMods = {"the", "a", "an", "or", "of", "to", "in"};
    for (uint32_t k = 1; k <= 4 && m.tok_begin >= b + k + 1; ++k) {
      const std::string_view f = doc.form(doc.tokens[m.tok_begin - k]);
      const bool inner_and = f == "and" && k > 1 && !is_any(tok_text(m.tok_begin - k - 1), kPossessives);
      bool word = !f.empty() && std::islower(static_cast<unsigned char>(f[0])) != 0 && !is_any(f, kNotMods) &&
                  (f != "and" || inner_and);
      for (char c : f) word = word && (std::isalpha(static_cast<unsigned char>(c)) || c == '-');
      if (!word) return UINT32_MAX;
      if (is_any(tok_text(m.tok_begin - k - 1), kPossessives)) return m.tok_begin - k - 1;
    }
    return UINT32_MAX;
  };
  // (round 44) a word of rank between a side and its agent ("second",
  // "largest", "biggest", "leading", "top"; "second-largest" as one token or
  // split at its hyphen) within [from, to)
  auto rank_at = [&](uint32_t t, uint32_t from, uint32_t to) -> bool {
    static constexpr std::array<std::string_view, 17> kRank = {
        "second",  "third",   "fourth",  "fifth", "sixth",    "seventh", "eighth",   "ninth", "tenth",
        "largest", "biggest", "leading", "top",   "smallest", "oldest",  "foremost", "main"};
    const std::string_view w = tok_text(t);
    if (is_any(w, kRank)) return true;
    if (w == "-") return t > from && t + 1 < to && is_any(tok_text(t - 1), kRank) && is_any(tok_text(t + 1), kRank);
    const size_t h = w.find('-');
    return h != std::string_view::npos && h > 0 && is_any(w.substr(0, h), kRank) && is_any(w.substr(h + 1), kRank);
  };
  // (round 44) a party's own lawyers ("its lawyers", "the bank's attorneys",
  // "lawyers for the company"): counsel, not a court nor a prosecutor; CAMEO's
  // JUD is the judiciary (judges, courts), so a party's counsel acts for that
  // party. The mention's last word a lawyer noun, not a public prosecutor's
  // title ("district attorney", "attorney general" ends otherwise).
  auto counsel = [&](const ActorMention& m) -> bool {
    if (m.kind != ActorKind::kAgent || m.codes.size() != 1 || !m.codes[0].ends_with("JUD")) return false;
    static constexpr std::array<std::string_view, 8> kCounsel = {"lawyer",     "lawyers",     "attorney",  "attorneys",
                                                                 "barrister",  "barristers",  "solicitor", "solicitors"};
    static constexpr std::array<std::string_view, 6> kPublic = {"district", "state", "prosecuting",
                                                                "public",   "crown", "government"};
    const std::string_view last = tok_text(m.tok_end - 1);
    const bool team = m.tok_end >= m.tok_begin + 2 && (is_word(last, "team") || is_word(last, "teams")) &&
                      is_word(tok_text(m.tok_end - 2), "legal");
    return (team || is_any(last, kCounsel)) && !is_any(tok_text(m.tok_begin), kPublic);
  };
  // Per sentence: the pipeline parses only the sentences that can yield an
  // event, so an unparsed sentence uses the surface rules and its tokens'
  // head/deprel are never read.
  std::vector<uint8_t>& parsed = S.parsed;
  parsed.assign(doc.sentences.size(), 0);
  for (size_t si = 0; si < doc.sentences.size(); ++si)
    for (uint32_t t = doc.sentences[si].tok_begin; t < doc.sentences[si].tok_end; ++t)
      if (doc.tokens[t].deprel != Deprel::none) { parsed[si] = 1; break; }
  // Every composition rule that reads a parse asks through this.
  out.reads_parse.assign(doc.sentences.size(), 0);
  out.refers_back.assign(doc.sentences.size(), 0);
  auto reads_parse = [&](uint32_t si) {
    out.reads_parse[si] = 1;
    return parsed[si] != 0;
  };

  // ---- 1. Longest dictionary matches over units (tokens split at inner hyphens).
  // A name several entries share ("Tripoli", "Congo") takes one reading per
  // document: pass 0 reads it by the entries' defaults at the date and counts
  // the other mentions that are cues of each reading; if the cues choose
  // another reading, pass 1 matches again with that choice (rare: only
  // documents with such a name whose cues overturn the default).
  S.forced.clear();
  for (int pass = 0;; ++pass) {
  found.clear();
  S.full.clear();
  S.shared.clear();
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    auto& units = S.units;
    units.clear();
    S.buf.clear();
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t) {
      std::string_view form = doc.form(doc.tokens[t]);
      if (form == "'" || form == "’") continue;  // "Workers ' Party": the plural possessive is not part of names
      size_t base = S.buf.size();
      append_normalized(S.buf, form);
      size_t end = S.buf.size();
      // A possessive left on the token ("Korea's", "Koreas'") is not part of the name.
      if (end - base > 2 && S.buf.compare(end - 2, 2, "'s") == 0) end -= 2;
      else if (end - base > 1 && S.buf[end - 1] == '\'') end -= 1;
      size_t start = units.size();
      bool cap = is_capitalized(form);
      size_t b = base;
      for (size_t i = base; i <= end; ++i) {
        if (i == end || S.buf[i] == '-') {
          if (i > b)
            units.push_back({kNoId, t, static_cast<uint32_t>(b), static_cast<uint32_t>(i - b), false, false, cap});
          b = i + 1;
        }
      }
      if (units.size() > start) {
        units[start].first = true;
        units.back().last = true;
      }
    }
    for (auto& un : units) un.id = ix.id_of(std::string_view(S.buf).substr(un.off, un.len));
    auto utext = [&](const Unit& un) { return std::string_view(S.buf).substr(un.off, un.len); };

    size_t u = 0;
    while (u < units.size()) {
      if (!units[u].first) { ++u; continue; }
      uint32_t node = 0;
      int best_end = -1;
      uint32_t best_name = kNoId;
      Scratch::Shared best_shared{0, 0, 0, {}};
      bool best_drop = false;
      bool any_cap = false;
      for (size_t v = u; v < units.size(); ++v) {
        any_cap = any_cap || units[v].cap;
        // TABARI stems ending at this node: the unit starts with the stem.
        if (ix.stem_lengths[node] && units[v].last && any_cap) {
          uint64_t lens = ix.stem_lengths[node];
          std::string_view w = utext(units[v]);
          uint64_t h = kFnvBasis;
          for (size_t L = 1; L <= w.size() && L <= kMaxStem; ++L) {
            h = fnv_step(h, static_cast<unsigned char>(w[L - 1]));
            if (!(lens >> L & 1)) continue;
            uint64_t key = stem_key(node, h);
            if (!ix.maybe_stem(key)) continue;
            uint32_t first = ix.stem_first.find(key);
            if (first == kNoId) continue;
            for (size_t si2 = first; si2 < ix.stems.size() && ix.stems[si2].key == key; ++si2) {
              const auto& st = ix.stems[si2];
              if (st.node == node && w.substr(0, L) == st.prefix && static_cast<int>(v + 1) >= best_end) {
                best_end = static_cast<int>(v + 1);
                best_name = st.name;
              }
            }
          }
        }
        if (units[v].id == kNoId) break;
        uint32_t child = ix.edges.find((static_cast<uint64_t>(node) << 32) | units[v].id);
        if (child == kNoId) break;
        node = child;
        // A match must end at a token boundary, or (round 26) before a
        // "-based" glued to it in one token ("Doha-based", as the tokenizer
        // leaves some): a place's, capital's or country's name there
        const bool glued_based = !units[v].last && v + 1 < units.size() && units[v + 1].last &&
                                 units[v + 1].token == units[v].token && utext(units[v + 1]) == "based";
        if (!units[v].last && !glued_based) continue;
        uint32_t tb = ix.term_begin[node], te = ix.term_begin[node + 1];
        if (tb == te) continue;
        uint32_t chosen = kNoId;
        int chosen_rank = 99;
        std::array<std::pair<uint32_t, int>, 8> cand;  // (name, rank) of the names that qualify
        uint32_t ncand = 0;
        uint32_t next_tok = units[v].token + 1;
        bool gov_noun_follows = next_tok < s.tok_end && is_any(tok_text(next_tok), kGovNouns);
        // A capitalized title just before ("President Moon", "Prime Minister Abe").
        uint32_t prev_tok = units[u].token;
        // The name must end there: "President Tomas Ferreiro Vidal" is not "Tomas".
        bool title_before = prev_tok > s.tok_begin && is_capitalized(doc.form(doc.tokens[prev_tok - 1])) &&
                            is_any(tok_text(prev_tok - 1), kTitles) &&
                            !(next_tok < s.tok_end && is_capitalized(doc.form(doc.tokens[next_tok])));
        for (uint32_t k = tb; k < te; ++k) {
          const NameForm& nf = dict.names()[ix.terms[k]];
          const ActorEntry& en = dict.entry(nf.entry);
          if (glued_based && !((en.kind == ActorKind::kCountry &&
                                (nf.role == NameForm::kName || nf.role == NameForm::kCapital)) ||
                               (en.kind == ActorKind::kPlace && nf.role == NameForm::kName)))
            continue;
          // (round 26) a mixed-case acronym ("JeM", "DoD") exactly as written,
          // or in capitals ("DOD") ranked after every other reading ("JEM" is
          // Darfur's group, not "JeM")
          bool caps_variant = false;
          if (nf.case_sensitive && !nf.exact.empty()) {
            if (u != v) continue;
            std::string_view w = doc.form(doc.tokens[units[u].token]);
            if (w != nf.exact) {
              if (has_lower(w)) continue;
              caps_variant = true;
            }
          } else if (nf.case_sensitive) {
            bool upper = true;
            for (size_t q = u; q <= v && upper; ++q)
              if (has_lower(doc.form(doc.tokens[units[q].token]))) upper = false;
            if (!upper) continue;
            // (round 26) a group's acronym before a company's word is the
            // company's name ("KIA Motors" is no Kachin Independence Army)
            static constexpr std::array<std::string_view, 12> kFirmWords = {
                "motors", "motor", "corp", "corporation", "inc", "ltd", "co", "airlines", "airways", "bank",
                "holdings", "industries"};
            if (en.kind == ActorKind::kGroup && next_tok < s.tok_end &&
                is_capitalized(doc.form(doc.tokens[next_tok])) && is_any(tok_text(next_tok), kFirmWords))
              continue;
          }
          if (en.kind != ActorKind::kAgent && !any_cap) continue;
          // (round 31) a company's name before a model number ("a Boeing 747",
          // "a Lockheed C-130", "McDonnell Douglas DC-10") names the aircraft
          // or the product, not the company: no actor
          if (en.kind == ActorKind::kOrg && !en.codes.empty() && en.codes.back().code.size() == 6 &&
              en.codes.back().code.compare(3, 3, "BUS") == 0 && next_tok < s.tok_end && [&] {
                const std::string_view f = doc.form(doc.tokens[next_tok]);
                size_t k = 0;
                while (k < f.size() && k < 3 && std::isupper(static_cast<unsigned char>(f[k]))) ++k;
                if (k > 0 && k < f.size() && f[k] == '-') ++k;
                if (k < f.size()) return std::isdigit(static_cast<unsigned char>(f[k])) != 0;
                // the tokenizer splits "C-130" into "C", "-", "130"
                if (k == 0 || next_tok + 2 >= s.tok_end || doc.form(doc.tokens[next_tok + 1]) != "-") return false;
                const std::string_view g = doc.form(doc.tokens[next_tok + 2]);
                return !g.empty() && std::isdigit(static_cast<unsigned char>(g[0]));
              }())
            continue;
          // A country's name + a lower-case word is the country, not a title
          // named after it: "visited Russia today" is no "Russia Today", "USA
          // today" no newspaper.
          if (nf.country_prefix && en.kind != ActorKind::kAgent && units[v].token > units[u].token &&
              !is_capitalized(doc.form(doc.tokens[units[v].token])))
            continue;
          // A name shaped as a date ("November 17", "17 November" for a group)
          // is a date unless a group noun follows it ("the November 17 group").
          if (date_shaped(nf.tokens) &&
              !(next_tok < s.tok_end && is_any(tok_text(next_tok), kGroupWords)))
            continue;
          int rank;
          int32_t prior = nf.role == NameForm::kShort || nf.bare_surname ? full_mention(nf.entry) : -1;
          if (nf.bare_surname) {
            // ... but not the surname of another person named in full ("William
            // Blair", "Jeb Bush": a capitalized given name before, not a title)
            // nor a name that goes on ("Trump Tower")
            auto name_word = [&](uint32_t t) {
              std::string_view f = doc.form(doc.tokens[t]);
              return !f.empty() && std::isalpha(static_cast<unsigned char>(f[0])) && is_capitalized(f) && has_lower(f) &&
                     !is_any(tok_text(t), kNotNames) && !is_any(tok_text(t), kTitles) &&
                     !is_any(tok_text(t), kMoreTitles);
            };
            // (a sentence's first word is capitalized anyway: a given name only
            // when it is none of the words that open sentences)
            static constexpr std::array<std::string_view, 64> kOpeners = {
                "the", "a", "an", "but", "and", "or", "so", "yet", "then", "when", "while", "after", "before",
                "as", "if", "since", "although", "though", "because", "meanwhile", "later", "earlier", "today",
                "yesterday", "now", "also", "still", "both", "even", "only", "once", "there", "here", "in", "on",
                "at", "by", "for", "from", "with", "under", "over", "to", "of", "did", "does", "will", "would",
                "can", "could", "has", "had", "was", "is", "former", "late", "neither", "like", "unlike",
                "despite", "during", "until", "why", "how"};
            const bool given_before = prev_tok > s.tok_begin && name_word(prev_tok - 1) &&
                                      (prev_tok - 1 > s.tok_begin || !is_any(tok_text(prev_tok - 1), kOpeners));
            if (given_before ||
                (next_tok < s.tok_end && name_word(next_tok) && !gov_noun_follows))
              continue;
            // (round 22) ... nor a surname that modifies a lower-case common noun
            // naming a thing after the leader ("Reagan bonds", "the Thatcher
            // reforms", "the Reagan doctrine"): no actor. A government noun
            // ("the Bush administration") or an agent of the dictionaries
            // ("Putin aides", "Reagan officials") after it keeps the leader, as
            // do a possessive ("Erdogan's palace": the token ends in 's) and the
            // nouns below.
            if (next_tok < s.tok_end && !gov_noun_follows && units[v].token + 1 == next_tok &&
                doc.tokens[next_tok].upos == Upos::NOUN && !is_capitalized(doc.form(doc.tokens[next_tok]))) {
              std::string_view sf = doc.form(doc.tokens[units[v].token]);
              const bool possessive = sf.ends_with("'s") || sf.ends_with("'") || sf.ends_with("\u2019s");
              bool agent_after = false;
              if (v + 1 < units.size() && units[v + 1].first && units[v + 1].id != kNoId) {
                uint32_t c = ix.edges.find(units[v + 1].id);  // from the root (node 0)
                if (c != kNoId)
                  for (uint32_t q = ix.term_begin[c]; q < ix.term_begin[c + 1] && !agent_after; ++q)
                    agent_after = dict.entry(dict.names()[ix.terms[q]].entry).kind == ActorKind::kAgent;
              }
              // (his followers, and his own acts: "welcomed the Reagan plan" is
              // aimed at him, as "the Egyptian plan" is at Egypt)
              static constexpr std::array<std::string_view, 15> kKeep = {
                  "team",     "camp",      "allies",    "loyalists",   "supporters", "aides",  "circle", "entourage",
                  "plan",     "plans",     "proposal",  "proposals",   "initiative", "offer",  "visit"};
              if (!possessive && !agent_after && !is_any(tok_text(next_tok), kKeep)) continue;
            }
            // (round 21) A leader named by the surname alone ("Merkel said"): as
            // wire copy writes it, no earlier mention needed; ranked with the
            // surnames, so a namesake named in full earlier ("Xiomara Castro ...
            // Castro") or titled in office ("President Castro") comes first.
            rank = prior >= 0 ? 3 : (role_of(en.code_at(doc.date)) == "GOV" ? 4 : 5);
          } else if (nf.role == NameForm::kShort) {
            // A surname alone needs an earlier full mention of the same person,
            // or a government noun after it ("the Moon administration").
            if (prior < 0 && !gov_noun_follows && !title_before) continue;
            rank = prior >= 0 ? 3 : (role_of(en.code_at(doc.date)) == "GOV" ? 4 : 5);
          } else if (en.kind == ActorKind::kPerson) {
            rank = role_of(en.code_at(doc.date)) == "GOV" ? 0 : 1;  // the office holder at the date first
          } else {
            rank = 2;
          }
          if (caps_variant) rank = 6;
          if (ncand < cand.size()) cand[ncand++] = {ix.terms[k], rank};
          if (rank < chosen_rank ||
              (rank == chosen_rank && rank == 3 && prior > full_mention(dict.names()[chosen].entry))) {
            chosen = ix.terms[k];
            chosen_rank = rank;
          }
        }
        Scratch::Shared sh{node, 0, 0, {}};
        bool drop = false;
        if (chosen != kNoId && ncand > 1 && dict.has_shared_names()) {
          // Entries tied at the best rank: a shared name if one of them has cues or defaults.
          bool context = false;
          for (uint32_t c = 0; c < ncand; ++c) {
            if (cand[c].second != chosen_rank) continue;
            uint32_t e = dict.names()[cand[c].first].entry;
            bool dup = false;
            for (uint32_t q = 0; q < sh.n; ++q) dup = dup || dict.names()[sh.names[q]].entry == e;
            if (dup || sh.n == 4) continue;
            sh.names[sh.n++] = cand[c].first;
            context = context || !dict.entry(e).cues.empty() || !dict.entry(e).defaults.empty();
          }
          if (sh.n > 1 && context) {
            uint32_t pick = kNoId;
            for (const auto& f : S.forced)
              if (f.node == node) {
                pick = f.name;
                drop = f.drop;
              }
            int pick_def = 0;
            for (uint32_t q = 0; q < sh.n && pick == kNoId; ++q) {
              int d = dict.entry(dict.names()[sh.names[q]].entry).default_at(doc.date);
              if (d > pick_def) { pick_def = d; chosen = sh.names[q]; }
            }
            if (pick != kNoId) chosen = pick;
          } else {
            sh.n = 0;
          }
        }
        if (chosen != kNoId) {
          best_end = static_cast<int>(glued_based ? v + 2 : v + 1);
          best_name = chosen;
          best_shared = sh;
          best_drop = drop;
        }
      }
      if (best_end < 0) { ++u; continue; }
      const NameForm& nf = dict.names()[best_name];
      const ActorEntry& en = dict.entry(nf.entry);
      size_t next_u = static_cast<size_t>(best_end);
      while (next_u < units.size() && !units[next_u].first) ++next_u;  // stems end mid-token never; be safe
      if (en.codes.empty() || best_drop) {  // TABARI null code, or an undecided shared name: the span is consumed, nothing is coded
        u = next_u;
        continue;
      }
      // (round 22) an agent that is an actor only with a side named on it
      // (`bare no`: weapons, "Russian missiles"): a mention ending right
      // before it (a nationality, a name, with or without "'s") or a possessive
      // pronoun ("its rockets"); alone it is no mention
      // (round 28) on a place (`bare no`, "New York"): a city named mostly as
      // where a market or a meeting is; it is a mention only as the modifier
      // of a lower-case noun right after it ("New York bankers"), never alone
      // ("talks in New York")
      // (round 44) "to press" is the verb, not the news media, when the
      // infinitive marker comes right before it and an object, a particle or
      // a preposition of the verb after it ("to press Japan", "to press for",
      // "to press the government", "to press ahead"); "to the press" keeps
      // its article (surface only)
      if (en.kind == ActorKind::kAgent && static_cast<size_t>(best_end) == u + 1) {
        const uint32_t pt = units[u].token;
        if (pt > s.tok_begin && pt + 1 < s.tok_end && is_word(tok_text(pt), "press") &&
            doc.form(doc.tokens[pt]) == "press" && is_word(tok_text(pt - 1), "to")) {
          static constexpr std::array<std::string_view, 16> kAfterVerb = {
              "for", "ahead", "on", "the", "a", "its", "their", "his", "her", "them", "him", "it", "home",
              "harder", "forward", "claims"};
          const std::string_view nx = doc.form(doc.tokens[pt + 1]);
          if (is_any(tok_text(pt + 1), kAfterVerb) || is_capitalized(nx)) {
            u = next_u;
            continue;
          }
        }
      }
      if (en.no_bare && en.kind == ActorKind::kPlace) {
        const uint32_t after = units[best_end - 1].token + 1;
        const bool modifier = after < s.tok_end && doc.tokens[after].upos == Upos::NOUN &&
                              !is_capitalized(doc.form(doc.tokens[after]));
        if (!modifier) {
          u = next_u;
          continue;
        }
      } else if (en.no_bare) {
        uint32_t p = units[u].token;
        bool side = p > s.tok_begin && is_any(tok_text(p - 1), kPossessives);
        // (round 42) up to two lower-case modifiers between a possessive or a
        // nationality and the agent ("Canada's largest textile maker", "a
        // Belgian steel producer"): the side still owns it (surface only: the
        // words are alphabetic, lower-case and no function word or verb of saying)
        if (!side && !found.empty() && found.back().sentence == si && found.back().tok_end < p) {
          static constexpr std::array<std::string_view, 30> kStop = {
              "that", "which", "who", "his", "her", "its", "their", "to", "of", "in", "on", "for", "with", "by", "at",
              "from", "said", "told", "is", "was", "a", "an", "will", "has", "and", "or", "the", "as", "after", "but"};
          const ActorMention& b = found.back();
          uint32_t q = b.tok_end;
          const bool poss = tok_text(q) == "'s" || tok_text(q) == "'" || tok_text(q) == "\u2019s";
          if (poss) ++q;
          // a capitalised agent (a body's name: "the Kansas City Board of
          // Trade") after a place's name: capitalised name words between
          const bool named = !poss && is_capitalized(doc.form(doc.tokens[p])) &&
                             (b.kind == ActorKind::kPlace || b.kind == ActorKind::kCountry);
          // (round 44) ordinals and superlatives of rank ("second largest",
          // "biggest", "leading", "top", "second-largest") do not count towards
          // the two: "Norway's second largest paper maker" is still Norway's
          // (five words at most in all)
          uint32_t counted = 0;
          if (!named)
            for (uint32_t t = q; t < p; ++t) counted += rank_at(t, q, p) ? 0 : 1;
          else
            counted = p > q ? p - q : 0;
          if ((poss || named || b.how == "adjective") && p > q && counted <= 2 && p - q <= 5) {
            bool mods = true;
            for (uint32_t t = q; t < p && mods; ++t) {
              std::string_view f = doc.form(doc.tokens[t]);
              if (!named && rank_at(t, q, p)) continue;  // (round 44) "second", "-", "largest"
              mods = !f.empty() && !is_any(tok_text(t), kStop) &&
                     (named ? is_capitalized(f) : std::islower(static_cast<unsigned char>(f[0])) != 0);
              for (char c : f) mods = mods && (std::isalpha(static_cast<unsigned char>(c)) || c == '-');
            }
            side = mods;
          }
        }
        if (p > s.tok_begin && (tok_text(p - 1) == "'s" || tok_text(p - 1) == "'" || tok_text(p - 1) == "\u2019s")) --p;
        side = side || (!found.empty() && found.back().sentence == si && found.back().tok_end == p);
        if (!side) {
          u = next_u;
          continue;
        }
      }
      ActorMention m;
      m.sentence = si;
      m.tok_begin = units[u].token;
      m.tok_end = units[best_end - 1].token + 1;
      m.kind = en.kind;
      m.entry = static_cast<int32_t>(nf.entry);
      std::string code = en.code_at(doc.date);
      bool titled_name = false;
      switch (nf.role) {
        case NameForm::kAdjective: m.how = "adjective"; break;
        case NameForm::kCapital: code = en.country + "GOV"; m.how = "capital"; m.kind = ActorKind::kMetonym; break;
        case NameForm::kMetonym:
          if (en.kind == ActorKind::kCountry) code = en.country + "GOV";
          m.how = "metonym";
          m.kind = ActorKind::kMetonym;
          break;
        case NameForm::kShort:
          m.antecedent = full_mention(nf.entry);
          m.how = m.antecedent >= 0 ? "surname" : "surname (titled or + government)";
          break;
        default: m.how = "name"; break;
      }
      // A name the dictionary writes with its office ("King Hassan", "Emir Jaber"):
      // the title in the text says the office is held now, as a title before a
      // name does ("President Reagan"), so a person out of office at the document
      // date is the country's government, not an elite; not after "former",
      // "late", "ex", "ousted", "deposed", "exiled".
      if (en.kind == ActorKind::kPerson && nf.role == NameForm::kName && role_of(code) == "ELI" &&
          is_capitalized(doc.form(doc.tokens[m.tok_begin])) && is_any(tok_text(m.tok_begin), kReigningTitles)) {
        static constexpr std::array<std::string_view, 8> kOut = {"former", "late", "ex", "ex-", "ousted", "deposed",
                                                                 "exiled", "toppled"};
        bool out = m.tok_begin > s.tok_begin && is_any(tok_text(m.tok_begin - 1), kOut);
        if (!out) {
          code = code.substr(0, 3) + "GOV";
          m.how = "title+name";
          titled_name = true;
        }
      }
      if (code.empty() || code == "---") {  // none at this date, or null-coded then
        u = next_u;
        continue;
      }
      m.codes.push_back(std::move(code));
      // "[FRO/BIL/SAM]" (TABARI), or several code lines with the same dates: an
      // actor that is several actors at once ("the Shire") carries every code
      // of the span in force, in the order written.
      if (nf.role == NameForm::kName || nf.role == NameForm::kAdjective || nf.role == NameForm::kShort) {
        const std::string& chosen_code = en.code_at(doc.date);
        for (size_t k = 0; k < en.codes.size(); ++k) {
          if (&en.codes[k].code != &chosen_code) continue;
          for (size_t k2 = k + 1; k2 < en.codes.size() && en.codes[k2].from == en.codes[k].from &&
                                  en.codes[k2].to == en.codes[k].to;
               ++k2)
            if (en.codes[k2].code != "---" &&
                std::find(m.codes.begin(), m.codes.end(), en.codes[k2].code) == m.codes.end())
              m.codes.push_back(en.codes[k2].code);
          break;
        }
      }
      m.explain = fmt::format("{} [{}] {} ({})", en.name, actor_kind_name(en.kind), en.explain_at(doc.date), en.source);
      if (titled_name) m.explain += "; role GOV from the title in the name";
      if (nf.role != NameForm::kShort && en.kind == ActorKind::kPerson) {
        int32_t idx = static_cast<int32_t>(found.size());
        bool updated = false;
        for (auto& [e2, mi] : S.full)
          if (e2 == nf.entry) { mi = idx; updated = true; }
        if (!updated) S.full.emplace_back(nf.entry, idx);
      }
      if (best_shared.n > 1) {
        best_shared.mention = static_cast<uint32_t>(found.size());
        S.shared.push_back(best_shared);
      }
      found.push_back(std::move(m));
      u = next_u;
    }
  }
  if (S.shared.empty()) break;
  if (pass == 0) {
    // Count the cues: every other mention of an entry that names one of the
    // readings (its country, capital, leaders, places, or a name it lists).
    S.cue_count.clear();
    for (const auto& sh : S.shared)
      for (uint32_t q = 0; q < sh.n; ++q) {
        uint32_t e = dict.names()[sh.names[q]].entry;
        bool have = false;
        for (auto& [ce, n] : S.cue_count) have = have || ce == e;
        if (!have) S.cue_count.emplace_back(e, 0);
      }
    for (uint32_t i = 0, next = 0; i < found.size(); ++i) {
      while (next < S.shared.size() && S.shared[next].mention < i) ++next;
      if (next < S.shared.size() && S.shared[next].mention == i) continue;  // a shared name is no cue
      if (found[i].entry < 0) continue;
      for (auto& [ce, n] : S.cue_count)  // an unshared name of a reading ("State of Georgia") is its cue
        if (ce == static_cast<uint32_t>(found[i].entry)) ++n;
      auto [tb, te] = dict.cued_by(static_cast<uint32_t>(found[i].entry));
      for (const uint32_t* t = tb; t != te; ++t)
        for (auto& [ce, n] : S.cue_count)
          if (ce == *t) ++n;
    }
    // One reading per name (trie node): most cues; at a tie, the default at the date; else the first.
    bool changed = false;
    for (const auto& sh : S.shared) {
      bool done = false;
      for (const auto& f : S.forced) done = done || f.node == sh.node;
      if (done) continue;
      uint32_t best = kNoId, best_cues = 0;
      int best_default = 0;
      // a state that did not exist at the document's date is no reading
      // ("Moscow" in 1987 is the Soviet Union's, whatever names Russia), unless
      // no reading existed then
      bool some_existed = false;
      for (uint32_t q = 0; q < sh.n; ++q)
        some_existed = some_existed || dict.entry(dict.names()[sh.names[q]].entry).exists_at(doc.date);
      auto reading = [&](uint32_t e) { return !some_existed || dict.entry(e).exists_at(doc.date); };
      for (uint32_t q = 0; q < sh.n; ++q) {
        uint32_t e = dict.names()[sh.names[q]].entry;
        if (!reading(e)) continue;
        uint32_t n = 0;
        for (auto& [ce, c] : S.cue_count)
          if (ce == e) n = c;
        int def = dict.entry(e).default_at(doc.date);
        if (best == kNoId || n > best_cues || (n == best_cues && def > best_default)) {
          best = sh.names[q];
          best_cues = n;
          best_default = def;
        }
      }
      // No cue and no default, or as many cues for two readings and neither the
      // default: a coder cannot tell which is meant, so the name is left uncoded.
      uint32_t level = 0;
      for (uint32_t q = 0; q < sh.n; ++q) {
        uint32_t e = dict.names()[sh.names[q]].entry;
        if (!reading(e)) continue;
        uint32_t n = 0;
        for (auto& [ce, c] : S.cue_count)
          if (ce == e) n = c;
        level += n == best_cues && dict.entry(e).default_at(doc.date) == best_default;
      }
      bool drop = best_default == 0 && (best_cues == 0 || level > 1);
      S.forced.push_back({sh.node, best, best_cues, drop});
      if (drop || static_cast<int32_t>(dict.names()[best].entry) != found[sh.mention].entry) changed = true;
    }
    if (changed) continue;
  }
  for (const auto& sh : S.shared)
    for (const auto& f : S.forced)
      if (f.node == sh.node) {
        found[sh.mention].explain += f.cues ? fmt::format("; shared name, read by {} cue(s) in the document", f.cues)
                                            : std::string("; shared name, no cue: the default reading at the date");
        break;
      }
  break;
  }

  // A medium's name used for the thing, not the people behind it ("television
  // sets", "radio receivers", "press cards"): an agent word right before one of
  // these nouns is a modifier of an object, no actor.
  {
    // ("set" alone is left out: "state radio set the toll at ..." is a verb)
    static constexpr std::array<std::string_view, 21> kArtifacts = {
        "sets", "screen", "screens", "receiver", "receivers", "antenna", "antennas", "antennae", "licence",
        "licences", "license", "licenses", "ratings", "commercials", "advertisements", "ads", "card", "cards",
        "dish", "dishes", "transmitter"};
    auto s_begin = [&](const ActorMention& x) { return doc.sentences[x.sentence].tok_begin; };
    // (round 16) acronyms the document defines as another name: the name's
    // mention (codes, kind, entry), or none when the name is no actor
    struct Redefined {
      std::string acronym;
      bool actor = false;
      std::vector<std::string> codes;
      ActorKind kind = ActorKind::kUnknown;
      int32_t entry = -1;
    };
    std::vector<Redefined> redefined;
    auto acronym_of = [&](const ActorMention& x) -> std::string {
      if (x.tok_end != x.tok_begin + 1 || x.entry < 0) return {};
      std::string_view f = doc.form(doc.tokens[x.tok_begin]);
      if (f.size() < 2 || f.size() > 6 || has_lower(f)) return {};
      for (char c : f)
        if (!std::isalpha(static_cast<unsigned char>(c))) return {};
      return std::string(f);
    };
    size_t w = 0;
    for (size_t r = 0; r < found.size(); ++r) {
      const ActorMention& m = found[r];
      if (!redefined.empty()) {
        const std::string a = acronym_of(m);
        const Redefined* d = nullptr;
        for (const auto& x : redefined)
          if (!a.empty() && x.acronym == a) d = &x;
        if (d && d->entry != m.entry) {
          if (!d->actor) continue;
          ActorMention& mm = found[r];
          mm.codes = d->codes;
          mm.kind = d->kind;
          mm.entry = d->entry;
          mm.how = "acronym (defined in the text)";
          mm.explain = "the document's own acronym for another name";
        }
      }
      bool object = m.kind == ActorKind::kAgent && m.how == "name" && m.codes.size() == 1 && m.codes[0] == "MED" &&
                    m.tok_end < doc.sentences[m.sentence].tok_end && is_any(tok_text(m.tok_end), kArtifacts);
      if (object) continue;
      // (round 39) "fighter" the warplane, not the armed man. The word alone is
      // the armed group's agent (UAF), but a fighter named by its aircraft model
      // ("F-16 fighters", "MiG-29 fighters", "Mirage fighters", "stealth
      // fighters") is a warplane standing for the military, as "jet fighters"
      // and "fighter jets" are (MIL entries); and a singular "fighter" right
      // before a noun of an aircraft programme ("the fighter program", "a
      // fighter engine", "the fighter deal") is a modifier of a thing, no actor.
      if (m.kind == ActorKind::kAgent && m.how == "name" && m.tok_end == m.tok_begin + 1 && m.codes.size() == 1 &&
          m.codes[0] == "UAF" && (is_word(tok_text(m.tok_begin), "fighter") || is_word(tok_text(m.tok_begin), "fighters"))) {
        const Sentence& fs = doc.sentences[m.sentence];
        static constexpr std::array<std::string_view, 26> kProgramme = {
            "program",  "programs", "programme", "programmes", "project",  "projects",  "engine",
            "engines",  "contract", "contracts", "deal",       "deals",    "order",     "orders",
            "sale",     "sales",    "purchase",  "purchases",  "fleet",    "prototype", "prototypes",
            "version",  "versions", "design",    "production", "competition"};
        if (is_word(tok_text(m.tok_begin), "fighter") && m.tok_end < fs.tok_end &&
            is_any(tok_text(m.tok_end), kProgramme) && !is_capitalized(doc.form(doc.tokens[m.tok_begin])) &&
            !(r + 1 < found.size() && found[r + 1].sentence == m.sentence && found[r + 1].tok_begin == m.tok_end))
          continue;
        // the aircraft model right before: a type name, or a designation of a
        // warplane maker's or air force's letters and a number ("F-16",
        // "F/A-18", "Su-27", "F16"); letters of no warplane ("M-19", "M23"
        // are armed groups) are not read
        static constexpr std::array<std::string_view, 18> kTypeNames = {
            "mig",    "migs",    "sukhoi", "sukhois", "mirage",  "mirages", "tornado", "rafale",  "harrier",
            "phantom", "tomcat", "hornet", "typhoon", "gripen",  "kfir",    "skyhawk", "stealth", "supersonic"};
        static constexpr std::array<std::string_view, 9> kDesignators = {"F", "FA", "A", "AV", "MiG", "MIG", "Su", "SU", "J"};
        auto designator = [&](std::string_view f) {
          for (auto d : kDesignators)
            if (f == d) return true;
          return false;
        };
        auto number = [](std::string_view f) {  // "16", "15E", "29s"
          size_t i = 0;
          while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i]))) ++i;
          return i > 0 && f.size() - i <= 2;
        };
        bool model = false;
        if (m.tok_begin > fs.tok_begin) {
          const uint32_t p = m.tok_begin - 1;
          std::string_view f = doc.form(doc.tokens[p]);
          if (is_any(f, kTypeNames) && (is_capitalized(f) || is_word(f, "stealth") || is_word(f, "supersonic")))
            model = true;
          else if (number(f) && p >= fs.tok_begin + 2 && doc.form(doc.tokens[p - 1]) == "-" &&
                   designator(doc.form(doc.tokens[p - 2])))
            model = true;
          else if (f.size() >= 2 && f.size() <= 5 && (f[0] == 'F' || f[0] == 'J') && number(f.substr(1)))
            model = true;  // "F16", "J10"
        }
        if (model) {
          ActorMention& mm = found[r];
          mm.codes[0] = "MIL";
          mm.explain += "; a warplane named by its model: the military";
        }
      }
      // A person's name is not part of a hyphenated name: "Jean" in "President
      // Jean-Claude Parrot" is not the Grand Duke Jean. A person matched right
      // before a hyphen joined (no space either side) to a capitalized word, or
      // right after one, is no match, unless that word is itself part of another
      // mention ("the Reagan-Gorbachev summit": two people).
      if (m.kind == ActorKind::kPerson) {
        const Sentence& hs = doc.sentences[m.sentence];
        auto covered = [&](uint32_t t) {
          for (size_t q = 0; q < found.size(); ++q) {
            if (q == r || (q >= w && q < r)) continue;  // itself, or dropped already
            if (found[q].sentence == m.sentence && found[q].tok_begin <= t && t < found[q].tok_end) return true;
          }
          return false;
        };
        auto glued_word = [&](uint32_t t) {  // a capitalized word token
          std::string_view f = doc.form(doc.tokens[t]);
          return !f.empty() && std::isupper(static_cast<unsigned char>(f[0])) != 0;
        };
        bool joined = false;
        if (m.tok_end + 1 < hs.tok_end && tok_text(m.tok_end) == "-" && !doc.tokens[m.tok_end - 1].space_after &&
            !doc.tokens[m.tok_end].space_after && glued_word(m.tok_end + 1) && !covered(m.tok_end + 1))
          joined = true;
        if (m.tok_begin >= hs.tok_begin + 2 && tok_text(m.tok_begin - 1) == "-" &&
            !doc.tokens[m.tok_begin - 1].space_after && !doc.tokens[m.tok_begin - 2].space_after &&
            glued_word(m.tok_begin - 2) && !covered(m.tok_begin - 2))
          joined = true;
        if (joined) continue;
      }
      // A country named as the sponsor or maker in a compound adjective ("Iranian-backed
      // rebels", "Turkish-supported militias", "Russian-made missiles", "the
      // Israeli-occupied West Bank"; the tokenizer splits off "-backed") is no actor
      // there, and lends its country to no agent: the rebels are not Iran's.
      // (round 17) an agent likewise: "Bank-funded projects", "army-backed
      // militias" (the bank or the army is no party of the sentence there)
      if ((m.kind == ActorKind::kCountry || m.kind == ActorKind::kMetonym ||
           m.kind == ActorKind::kAgent) &&
          m.tok_end + 1 < doc.sentences[m.sentence].tok_end && tok_text(m.tok_end) == "-") {
        if (is_any(tok_text(m.tok_end + 1), kSponsored)) continue;
      }
      // Agent words that are as often adjectives ("official figures", "public opinion",
      // "national debt", "an official Syrian newspaper", "official contact with Gondor")
      // are no actor there: they describe the next actor or a thing. "official" before a
      // country, nationality or organisation always (before an agent it stays: "the
      // official news agency WFNA said" is GOV in PETRARCH's reading); any of them before
      // a noun when the tagger says it is an adjective ("the official said", "the public",
      // "a Japanese national" are nouns). Official sources speak. Capitalized inside a
      // run of capitalized words it is part of a name ("National Westminster Bank",
      // "Public Service Co").
      if (m.kind == ActorKind::kAgent && m.how == "name" && m.tok_end == m.tok_begin + 1 && m.codes.size() == 1 &&
          m.codes[0].size() == 3 && m.tok_end < doc.sentences[m.sentence].tok_end) {
        std::string_view word = tok_text(m.tok_begin);
        bool official = is_word(word, "official");
        // "military" likewise before a noun that is no agent ("military aid", "the
        // United States' military policies": the state acts, not its armed forces);
        // before an agent it names the body ("military officials", "military judges")
        const bool military = is_word(word, "military") &&
                              !(r + 1 < found.size() && found[r + 1].sentence == m.sentence &&
                                found[r + 1].tok_begin == m.tok_end);
        if (official || is_word(word, "public") || is_word(word, "national") || military) {
          std::string_view form = doc.form(doc.tokens[m.tok_begin]);
          const Token& nx = doc.tokens[m.tok_end];
          bool next_mention = r + 1 < found.size() && found[r + 1].sentence == m.sentence &&
                              found[r + 1].tok_begin == m.tok_end;
          bool before_mention = official && form == "official" && next_mention &&
                                found[r + 1].kind != ActorKind::kPerson &&
                                found[r + 1].kind != ActorKind::kAgent;  // "official news agency X": PETRARCH's GOV
          // "National Westminster Bank": a capitalized word right after, not itself an actor of another kind
          std::string_view nf = doc.form(nx);
          bool in_name = is_capitalized(form) && is_capitalized(nf) && !nf.empty() &&
                         std::isalpha(static_cast<unsigned char>(nf[0])) &&
                         (!next_mention || found[r + 1].kind != ActorKind::kPerson);
          // (not after a country or a name: "a senior U.S. official on Friday welcomed" is a noun whatever the tag)
          bool after_mention = w > 0 && found[w - 1].sentence == m.sentence &&
                               (found[w - 1].tok_end == m.tok_begin ||
                                (found[w - 1].tok_end + 1 == m.tok_begin && doc.tokens[m.tok_begin - 1].upos == Upos::ADJ));
          static constexpr std::array<std::string_view, 4> kWhen = {"today", "yesterday", "tonight", "tomorrow"};
          // (an official medium speaks for the government: "the official news agency said" stays GOV)
          static constexpr std::array<std::string_view, 12> kMedia = {
              "news", "media", "press", "newspaper", "radio", "television", "tv", "daily", "agency", "gazette",
              "journal", "mouthpiece"};
          // the noun it describes: the next word, or (session 16, "official" only) the noun the
          // parse hangs it on a few words on ("an official two-day visit"; "the military high
          // command" is the armed forces)
          uint32_t noun = nx.upos == Upos::NOUN ? m.tok_end : kNoId;
          if (noun == kNoId && official && doc.tokens[m.tok_begin].upos == Upos::ADJ && reads_parse(m.sentence)) {
            const Token& t = doc.tokens[m.tok_begin];
            const uint32_t h = doc.sentences[m.sentence].tok_begin + static_cast<uint32_t>(t.head);
            if (t.deprel == Deprel::amod && t.head >= 0 && h > m.tok_end && h <= m.tok_begin + 4 &&
                doc.tokens[h].upos == Upos::NOUN)
              noun = h;
          }
          bool before_noun = (!is_capitalized(form) || m.tok_begin == doc.sentences[m.sentence].tok_begin) &&
                             !after_mention && doc.tokens[m.tok_begin].upos == Upos::ADJ && noun != kNoId &&
                             !is_any(tok_text(noun), kWhen) && !(official && is_any(tok_text(noun), kMedia)) &&
                             !is_word(tok_text(noun), "sources") && !is_word(tok_text(noun), "source") &&
                             !is_word(tok_text(noun), "circles");
          // (round 37) "an official visit", "his official trip to X": the
          // visit's kind, whatever the tag (the tagger reads "four-day
          // official visit" as two nouns), not an official of the host's
          // country that the sentence names (an official of the host's
          // government, in the visitor's place)
          static constexpr std::array<std::string_view, 6> kVisitNouns = {"visit", "visits", "trip",
                                                                          "trips", "tour",  "tours"};
          const bool visit_kind = official && form == "official" && is_any(tok_text(m.tok_end), kVisitNouns);
          if (before_mention || before_noun || in_name || visit_kind) continue;
        }
      }
      // An acronym the text defines for a name the dictionaries lack: "the
      // Forces for Defence of Democracy (FDD)" is not the dictionary's other
      // FDD. A one-token capitals mention in parentheses right after two or
      // more capitalized words that are no mention ("the International Monetary
      // Fund (IMF)" is one: kept), when the run's first word shares its first
      // five letters with no word of the entry's names.
      const ActorMention* before = w > 0 ? &found[w - 1] : nullptr;
      // (round 16) ... and one in parentheses right after a name the dictionaries
      // hold as another entry ("the Interstate Commerce Commission (ICC)" is
      // no International Criminal Court): the name is the actor, and the
      // acronym, here and later in the document, is that name's
      if (before && before->sentence == m.sentence && before->tok_end + 1 == m.tok_begin &&
          before->entry >= 0 && m.entry >= 0 && before->entry != m.entry && m.tok_begin >= s_begin(m) + 1 &&
          tok_text(m.tok_begin - 1) == "(" && m.tok_end < doc.sentences[m.sentence].tok_end &&
          tok_text(m.tok_end) == ")" && !acronym_of(m).empty() &&
          lower_ascii(doc.form(doc.tokens[before->tok_begin])[0]) == lower_ascii(acronym_of(m)[0]) &&
          before->codes.size() == 1) {
        redefined.push_back({acronym_of(m), true, before->codes, before->kind, before->entry});
        continue;
      }
      if (m.tok_end == m.tok_begin + 1 && m.entry >= 0 && m.tok_begin >= s_begin(m) + 3 &&
          tok_text(m.tok_begin - 1) == "(" && m.tok_end < doc.sentences[m.sentence].tok_end &&
          tok_text(m.tok_end) == ")" && !has_lower(doc.form(doc.tokens[m.tok_begin])) &&
          !(before && before->sentence == m.sentence && before->tok_end == m.tok_begin - 1)) {
        uint32_t b = m.tok_begin - 1, caps = 0, first = b;
        while (b > s_begin(m) && !(before && before->sentence == m.sentence && b <= before->tok_end)) {
          std::string_view f = doc.form(doc.tokens[b - 1]);
          if (is_capitalized(f) && std::isalpha(static_cast<unsigned char>(f[0]))) { ++caps; first = --b; continue; }
          if (caps > 0 && (is_word(f, "of") || is_word(f, "for") || is_word(f, "on") || is_word(f, "in") || is_word(f, "and"))) { --b; continue; }
          break;
        }
        // (round 16) a sentence's capitalised "The" opens no name
        if (is_word(tok_text(first), "the") && caps > 0) {
          ++first;
          --caps;
        }
        if (caps >= 2) {
          const ActorEntry& en = dict.entry(static_cast<uint32_t>(m.entry));
          std::string_view w0 = tok_text(first);
          auto has_word = [&](const std::string& name) {
            if (w0.size() < 4) return true;  // too short to tell
            for (size_t p = 0; p < name.size();) {
              size_t e = name.find_first_of(" _-", p);
              if (e == std::string::npos) e = name.size();
              std::string_view word = std::string_view(name).substr(p, e - p);
              size_t n = std::min<size_t>(5, std::max(word.size(), w0.size()));
              if (word.size() >= n && w0.size() >= n && same_word(word.substr(0, n), w0.substr(0, n))) return true;
              p = e + 1;
            }
            return false;
          };
          bool known = has_word(en.name);
          for (const auto& al : en.aliases) known = known || has_word(al);
          // (round 16) every capitalised word of the run, not only the first, is
          // one of the entry's: "Interstate Commerce Commission (ICC)" shares
          // "Inter" with the International Criminal Court and nothing else
          if (known && w0.size() >= 4) {
            for (uint32_t u = first + 1; u + 1 < m.tok_begin && known; ++u) {
              std::string_view f = doc.form(doc.tokens[u]);
              if (!is_capitalized(f)) continue;
              w0 = tok_text(u);
              bool any = has_word(en.name);
              for (const auto& al : en.aliases) any = any || has_word(al);
              known = any;
            }
          }
          if (!known) {
            if (!acronym_of(m).empty()) redefined.push_back({acronym_of(m), false, {}, ActorKind::kUnknown, -1});
            continue;
          }
        }
      }
      if (w != r) found[w] = std::move(found[r]);
      ++w;
    }
    found.resize(w);
  }

  // A capital after a preposition of place ("arrived in Amman", "a curfew in
  // Algiers", "blocked roads into Abidjan") is where something happens, not
  // the government speaking for the state: the country's bare code, a place
  // (a possessive keeps the government: "in Moscow's view").
  for (auto& m : found) {
    static constexpr std::array<std::string_view, 8> kWhere = {"in", "near", "outside", "inside", "into",
                                                               "around", "across", "throughout"};
    // (a city standing for the state, "Tel Aviv", "Teheran", "Abidjan", likewise; a
    // building after "in" comes with "the": "in the Kremlin" is left to speak)
    // (and a metonym entry of its own, "Juba", "Westminster": "in Westminster" is a place too)
    bool city = m.how == "capital" ||
                (m.how == "metonym" && m.entry >= 0 && dict.entry(static_cast<uint32_t>(m.entry)).kind == ActorKind::kCountry) ||
                (m.how == "name" && m.kind == ActorKind::kMetonym);
    if (!city || m.codes.size() != 1 || m.codes[0].size() != 6 || m.entry < 0) continue;
    const Sentence& s = doc.sentences[m.sentence];
    // (a part of the city between: "in central Baghdad", "outside northern Kabul")
    static constexpr std::array<std::string_view, 16> kParts = {
        "central", "downtown", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
        "southeastern", "southwestern", "suburban", "greater", "outer", "inner", "old", "east"};
    uint32_t before = m.tok_begin;
    if (before > s.tok_begin + 1 && is_any(tok_text(before - 1), kParts) &&
        !is_capitalized(doc.form(doc.tokens[before - 1])))
      --before;
    if (before == s.tok_begin || !is_any(tok_text(before - 1), kWhere)) continue;
    std::string_view last = doc.form(doc.tokens[m.tok_end - 1]);
    bool poss = last.ends_with("'s") || last.ends_with("’s") || last.ends_with("'") ||
                (m.tok_end < s.tok_end && (tok_text(m.tok_end) == "'s" || tok_text(m.tok_end) == "’s" ||
                                           tok_text(m.tok_end) == "'"));
    if (poss) continue;
    m.codes[0].resize(3);
    m.kind = ActorKind::kPlace;
    m.how = m.how == "capital" ? "capital (place)" : m.how == "metonym" ? "metonym (place)" : "name (place)";
    m.explain += "; a place here, not the government";
  }

  // A capital that names an accord or a meeting ("stood by the Paris accord", "since the
  // Tokyo summit", "the Madrid conference") is part of that name: no actor (neither the
  // government nor a party the accord would be aimed at). The city's own organisations are
  // entries of their own ("the Paris Club"). "talks" and "meeting" can be verbs after a city
  // that speaks ("Moscow talks tough"), so they count only right after "the".
  {
    static constexpr std::array<std::string_view, 20> kNamed = {
        "accord", "accords", "agreement", "agreements", "pact", "treaty", "convention", "conventions",
        "protocol", "declaration", "communique", "summit", "conference", "round", "charter", "consensus",
        "framework", "process", "guidelines", "formula"};
    static constexpr std::array<std::string_view, 2> kAfterThe = {"talks", "meeting"};
    auto names_one = [&](const ActorMention& m) {
      bool city = m.how == "capital" || (m.how == "metonym" && m.entry >= 0 &&
                                         dict.entry(static_cast<uint32_t>(m.entry)).kind == ActorKind::kCountry);
      if (!city || m.codes.size() != 1 || m.codes[0].size() != 6) return false;
      const Sentence& s = doc.sentences[m.sentence];
      if (m.tok_end >= s.tok_end) return false;
      std::string_view next = tok_text(m.tok_end);
      if (is_any(next, kNamed) ||
          (is_any(next, kAfterThe) && m.tok_begin > s.tok_begin && tok_text(m.tok_begin - 1) == "the"))
        return true;
      // ... or a company: the capital opens a capitalized name that ends in a
      // company word ("Washington Post", "Tokyo Electric Power Co", "the
      // Washington Public Power Supply System"): neither the government nor
      // the state
      static constexpr std::array<std::string_view, 24> kCompany = {
          "post",     "times",   "herald",   "power",   "electric", "gas",       "energy", "light",
          "water",    "utility", "utilities", "bancorp", "trust",   "savings",   "corp",   "corporation",
          "inc",      "co",      "company",  "group",   "holdings", "airlines", "airways", "industries"};
      for (uint32_t u = m.tok_end; u < s.tok_end && u < m.tok_end + 3; ++u) {
        std::string_view f = doc.form(doc.tokens[u]);
        if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0])) || !is_capitalized(f)) return false;
        if (is_any(tok_text(u), kCompany)) return true;
        // (round 16) a shipping line: "Tokyo Line", "Osaka Shipping Lines"
        if (is_any(tok_text(u), kShippingLine)) return true;
      }
      return false;
    };
    // (round 36) ... except a company whose capitalised name ends in a legal
    // form ("Tokyo Electric Power Co", "Seoul Textile Trading Corp Ltd"):
    // that is the company, of the capital's country (<ISO>BUS), one mention
    // over the whole name, as round 35's "Osaka Gas Co". A newspaper
    // ("Washington Post Co") and a name in headline capitals stay dropped.
    {
      static constexpr std::array<std::string_view, 8> kLegalForm = {"co",      "corp", "corporation", "inc",
                                                                     "company", "ltd",  "plc",         "limited"};
      static constexpr std::array<std::string_view, 3> kPress = {"post", "times", "herald"};
      for (size_t r = 0; r < found.size(); ++r) {
        ActorMention& m = found[r];
        if (m.how != "capital" || m.codes.size() != 1 || m.codes[0].size() != 6) continue;
        const Sentence& s = doc.sentences[m.sentence];
        uint32_t e = m.tok_end;
        bool ok = true;
        while (e < s.tok_end && e < m.tok_end + 5) {
          const std::string_view f = doc.form(doc.tokens[e]);
          if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0])) || !is_capitalized(f)) break;
          if (is_any(tok_text(e), kPress) || (f.size() >= 4 && !has_lower(f))) ok = false;
          ++e;
          if (is_any(tok_text(e - 1), kLegalForm)) break;
        }
        if (!ok || e < m.tok_end + 2 || !is_any(tok_text(e - 1), kLegalForm)) continue;
        while (e < s.tok_end && is_capitalized(doc.form(doc.tokens[e])) && is_any(tok_text(e), kLegalForm)) ++e;
        m.codes[0] = m.codes[0].substr(0, 3) + "BUS";
        m.kind = ActorKind::kAgent;
        m.how = "name (company)";
        m.explain += "; a capital opening a company's name: the company";
        m.tok_end = e;
        size_t k = r + 1;
        while (k < found.size() && found[k].sentence == m.sentence && found[k].tok_begin < e) ++k;
        found.erase(found.begin() + static_cast<std::ptrdiff_t>(r + 1), found.begin() + static_cast<std::ptrdiff_t>(k));
      }
    }
    std::erase_if(found, names_one);
  }

  // (round 27) A stock ticker is no actor: a word in capitals alone inside
  // angle brackets right after a name ("a Harbour Holdings Corp <ROK> unit":
  // "ROK" is no South Korea), or after an exchange's name and a
  // colon ("Acme Inc (NYSE: MEX)")
  {
    static constexpr std::array<std::string_view, 8> kExchange = {"nyse", "nasdaq", "lse", "amex",
                                                                  "tse",  "asx",    "tsx", "otc"};
    auto ticker = [&](const ActorMention& m) {
      const Sentence& s = doc.sentences[m.sentence];
      if (m.tok_end != m.tok_begin + 1 || m.tok_begin < s.tok_begin + 2) return false;
      std::string_view f = doc.form(doc.tokens[m.tok_begin]);
      if (f.empty() || f.size() > 6 || has_lower(f)) return false;
      std::string_view before = doc.form(doc.tokens[m.tok_begin - 1]);
      std::string_view name = doc.form(doc.tokens[m.tok_begin - 2]);
      if (before == "<")
        return m.tok_end < s.tok_end && doc.form(doc.tokens[m.tok_end]) == ">" && !name.empty() &&
               std::isalpha(static_cast<unsigned char>(name[0])) && is_capitalized(name);
      return before == ":" && is_any(tok_text(m.tok_begin - 2), kExchange);
    };
    std::erase_if(found, ticker);
  }

  // A country's name inside a company's name is part of that name, and the
  // mention is the company, the country's business (<ISO>BUS), not the state:
  // (a) the country opens a capitalised name that ends in a company word
  //     ("Chile Shipping Corp", "the Norway and Denmark Banking Group Ltd":
  //     every country of "X and Y <company>" likewise);
  // (b) a central bank's own name ("Bank of Canada") read inside a longer one
  //     that a commercial bank carries ("Royal Bank of Canada", "Commercial
  //     Bank of Norway"): a central bank's full name is its dictionary entry,
  //     so a capitalised qualifier before it makes another bank. Development
  //     and export banks are the state's and stay.
  {
    static constexpr std::array<std::string_view, 19> kCompanyEnd = {
        "corp",     "corporation", "inc",      "co",         "company", "ltd",   "plc",
        "limited",  "bancorp",     "airlines", "airways",    "industries", "holdings", "bank",
        "banking",  "group",       "shipping", "petroleum",  "bancshares"};
    // (round 17) words that end a company's name after a nationality
    // adjective or a country ("American Motors", "American Express", "British
    // Steel", "American Financial"): no state body ends so
    static constexpr std::array<std::string_view, 6> kMoreCompanyEnd = {"motors", "financial", "express",
                                                                        "steel",  "brands",    "reinsurance"};
    static constexpr std::array<std::string_view, 10> kBankQualifier = {
        "royal",   "national", "commercial", "mercantile", "merchant",
        "savings", "trust",    "chartered",  "imperial",   "overseas"};
    auto to_business = [&](ActorMention& m, const char* why) {
      m.codes[0] = m.codes[0].substr(0, 3) + "BUS";
      m.kind = ActorKind::kAgent;
      m.how = "name (company)";
      m.explain += why;
    };
    std::vector<char> marked;
    std::vector<std::pair<std::string, std::vector<std::string>>> company_stems;
    // (round 30) (c) a capitalised word before the country in a company's
    // name ("Gulf Canada Ltd"): the same word and country alone elsewhere in
    // the document ("Gulf Canada said") are that company, the country's
    // business; and "Air" + a country is the country's airline ("Air
    // Canada", "Air France"), a company
    std::vector<std::pair<std::string, std::string>> company_prefixes;  // (word, country)
    for (const auto& m : found) {
      if (m.kind != ActorKind::kCountry || m.how != "name" || m.codes.size() != 1 || m.codes[0].size() != 3) continue;
      const Sentence& s = doc.sentences[m.sentence];
      if (m.tok_begin <= s.tok_begin) continue;
      const std::string_view w = doc.form(doc.tokens[m.tok_begin - 1]);
      if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0])) || !is_capitalized(w) || !has_lower(w) ||
          is_word(w, "the"))
        continue;
      uint32_t e = m.tok_end;
      while (e < s.tok_end && e < m.tok_end + 4) {
        const std::string_view f = doc.form(doc.tokens[e]);
        if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0])) || !is_capitalized(f)) break;
        ++e;
      }
      if (e > m.tok_end && is_any(tok_text(e - 1), kCompanyEnd)) company_prefixes.emplace_back(std::string(w), m.codes[0]);
    }
    for (size_t r = 0; r < found.size(); ++r) {
      ActorMention& m = found[r];
      if (m.codes.size() != 1 || m.codes[0].size() < 3 || is_international(m.codes[0])) continue;
      const Sentence& s = doc.sentences[m.sentence];
      // (round 17) a nationality adjective opening the name likewise ("American
      // Motors Corp", "British Petroleum Co", "Canadian Pacific Ltd")
      bool adjective = m.how == "adjective" && m.tok_end == m.tok_begin + 1;
      // (round 35) a place's name likewise ("Osaka Gas Co", "Texas Air
      // Corp": the company of the place's country), and "Air" + a place is an
      // airline whose home the name does not give ("Air Atlanta"): BUS
      // (a region's code, "Gulf" PGS, is no company's home: not so)
      const bool place = m.kind == ActorKind::kPlace && m.how == "name" && m.codes[0].size() == 3 &&
                         dict.country(m.codes[0]) >= 0;
      if ((m.kind == ActorKind::kCountry || place) && (m.how == "name" || adjective) && m.codes[0].size() == 3) {
        // skip "and <another country>" ("Australia and New Zealand Banking ...")
        uint32_t u = m.tok_end;
        size_t n = r + 1;
        std::vector<size_t> joined;
        while (u + 1 < s.tok_end && is_word(tok_text(u), "and") && n < found.size() &&
               found[n].sentence == m.sentence && found[n].tok_begin == u + 1 &&
               found[n].kind == ActorKind::kCountry && found[n].codes.size() == 1 && found[n].codes[0].size() == 3) {
          joined.push_back(n);
          u = found[n].tok_end;
          ++n;
        }
        // the capitalised run after the name(s), up to five words
        uint32_t e = u;
        while (e < s.tok_end && e < u + 5) {
          std::string_view f = doc.form(doc.tokens[e]);
          if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0])) || !is_capitalized(f)) break;
          ++e;
        }
        // (round 17) or a run followed by a stock ticker, "American Brands <AMB>"
        bool ticker = e > u && e < s.tok_end && doc.form(doc.tokens[e]).starts_with("<");
        // (round 27) a produce's marketing board after a nationality
        // ("Australian Wheat Board", "Canadian Dairy Board"): one body, the
        // whole name (round 45: the state's agency, GOV, below); a bare
        // "British Board" or any other board stays
        static constexpr std::array<std::string_view, 14> kProduce = {
            "wheat", "grain", "dairy", "wool",  "sugar",  "meat",    "cotton",
            "cocoa", "coffee", "rice", "rubber", "tea",   "tobacco", "fruit"};
        const bool marketing_board = e - u >= 2 && is_word(tok_text(e - 1), "board") &&
                                     is_any(tok_text(e - 2), kProduce);
        if (e == u || !(is_any(tok_text(e - 1), kCompanyEnd) ||
                         (adjective && is_any(tok_text(e - 1), kMoreCompanyEnd)) || marketing_board ||
                         ticker || (is_any(tok_text(e - 1), kShippingLine)))) {
          // (round 30) (c) "Gulf Canada" after "Gulf Canada Ltd", "Air Canada"
          if (joined.empty() && e == u && !adjective && m.how == "name" && m.tok_begin > s.tok_begin) {
            const std::string_view w = doc.form(doc.tokens[m.tok_begin - 1]);
            bool company = w == "Air";
            for (const auto& [pw, pc] : company_prefixes) company = company || (!place && pw == w && pc == m.codes[0]);
            if (company && place) {
              to_business(m, "; \"Air\" + a place: an airline of no country the name gives");
              m.codes[0] = "BUS";
              m.kind = ActorKind::kOrg;  // a name: no country is lent to it later
              --m.tok_begin;
              continue;
            }
            if (company) {
              to_business(m, w == "Air" ? "; \"Air\" + a country: the country's airline"
                                        : "; a company named in the document with its company word");
              if (r > 0 && found[r - 1].sentence == m.sentence && found[r - 1].tok_end == m.tok_begin) {
                if (marked.size() != found.size()) marked.assign(found.size(), 0);
                marked[r - 1] = 1;
              }
              --m.tok_begin;
              continue;
            }
          }
          // (round 27) a later bare mention of a company named before in the
          // document with its company word ("Canadian Harbour Corp said ...
          // Canadian Harbour will sell"): the same country word followed by
          // the same name word(s), and no further capitalised word, is that company
          if (joined.empty()) {
            for (const auto& [code, words] : company_stems) {
              if (code != m.codes[0] || m.tok_end + words.size() > s.tok_end) continue;
              bool same = true;
              for (size_t k = 0; k < words.size() && same; ++k)
                same = doc.form(doc.tokens[m.tok_end + k]) == words[k];
              const uint32_t after = m.tok_end + static_cast<uint32_t>(words.size());
              if (!same || (after < s.tok_end && is_capitalized(doc.form(doc.tokens[after])) &&
                            std::isalpha(static_cast<unsigned char>(doc.form(doc.tokens[after])[0]))))
                continue;
              to_business(m, "; a company named before in the document with its company word");
              m.tok_end = after;
              size_t n2 = r + 1;
              if (marked.size() != found.size()) marked.assign(found.size(), 0);
              for (; n2 < found.size() && found[n2].sentence == m.sentence && found[n2].tok_begin < after; ++n2)
                marked[n2] = 1;
              r = n2 - 1;
              break;
            }
          }
          continue;
        }
        // (a headline in capitals, "CHILE ASKS WORLD BANK", is no name)
        bool caps_only = false;
        for (uint32_t t = u; t < e; ++t) {
          std::string_view f = doc.form(doc.tokens[t]);
          caps_only = caps_only || (f.size() >= 4 && !has_lower(f));
        }
        if (caps_only) continue;
        // "group" alone may be a club of states ("the Australia Group"): only
        // with another company word ("Banking Group", "Group Ltd")
        if (is_word(tok_text(e - 1), "group") && (e - u < 2 || !is_any(tok_text(e - 2), kCompanyEnd))) continue;
        // a bank of the state ("Japan Development Bank", "Korea Export Bank"): left as it is
        bool state = false;
        for (uint32_t t = u; t < e; ++t)
          state = state || is_word(tok_text(t), "development") || is_word(tok_text(t), "export") ||
                  is_word(tok_text(t), "central") || is_word(tok_text(t), "reserve");
        if (state) continue;
        // (round 27) remember the name words between the country word and the
        // company word(s) ("Canadian Harbour Corp" -> "Harbour") for later
        // bare mentions; none when the company word follows the country
        // word at once ("British Airways")
        if (joined.empty() && !marketing_board) {
          uint32_t stem_end = e;
          while (stem_end > u && (is_any(tok_text(stem_end - 1), kCompanyEnd) ||
                                  is_any(tok_text(stem_end - 1), kMoreCompanyEnd)))
            --stem_end;
          if (stem_end > u) {
            std::vector<std::string> words;
            for (uint32_t t = u; t < stem_end; ++t) words.emplace_back(doc.form(doc.tokens[t]));
            company_stems.emplace_back(m.codes[0], std::move(words));
          }
        }
        // one actor, the company: the span takes the whole name, coded with
        // its first country ("X and Y Banking Group Ltd" -> XBUS)
        to_business(m, "; part of a company's name");
        // (round 45) ... but a produce's marketing board is a statutory body
        // of the state (a national wheat or dairy board markets the crop for
        // the government, under its minister): a state agency, GOV
        if (marketing_board) {
          m.codes[0] = m.codes[0].substr(0, 3) + "GOV";
          m.how = "name (state marketing board)";
          m.explain += "; a produce's marketing board: a state agency";
        }
        m.tok_end = e;
        if (marked.size() != found.size()) marked.assign(found.size(), 0);
        for (size_t j : joined) marked[j] = 1;
        for (; n < found.size() && found[n].sentence == m.sentence && found[n].tok_begin < e; ++n) marked[n] = 1;
        r = n - 1;
        continue;
      }
      // (b) "Royal Bank of Canada": a central bank entry read after a qualifier
      if (m.entry < 0 || m.codes[0].size() != 6 || m.codes[0].compare(3, 3, "GOV") != 0) continue;
      if (!is_word(tok_text(m.tok_begin), "bank") || m.tok_begin <= s.tok_begin) continue;
      std::string_view prev = doc.form(doc.tokens[m.tok_begin - 1]);
      // (round 16: and "Industrial Bank of Japan", "Union Bank of ...", "First", "United")
      static constexpr std::array<std::string_view, 6> kMoreBankQualifiers = {
          "industrial", "union", "first", "united", "commonwealth", "continental"};
      if (!is_capitalized(prev) ||
          !(is_any(prev, kBankQualifier) || (is_any(prev, kMoreBankQualifiers))))
        continue;
      to_business(m, "; a commercial bank's name");
      // the span takes the qualifier, itself an agent's word sometimes ("Merchant")
      if (r > 0 && found[r - 1].sentence == m.sentence && found[r - 1].tok_end == m.tok_begin) {
        if (marked.size() != found.size()) marked.assign(found.size(), 0);
        marked[r - 1] = 1;
      }
      --m.tok_begin;
    }
    if (!marked.empty()) remove_marked(found, marked);
  }

  // (round 17) A title word that is also a surname ("King", "Prince",
  // "Bishop"), capitalised in running text with no determiner or possessive
  // before it ("the King", "Jordan's King"), no capitalised word after it
  // ("King Hussein", "King of Spain"), none before it but a given name (not a
  // title's own word, "Crown Prince", "the Chief Judge") and no word that
  // makes it a role ("as President", "crowned King"): a person of that
  // surname, not a title; no actor ("King was arrested by police").
  {
    static constexpr std::array<std::string_view, 16> kTitleSurname = {
        "king",     "queen",   "prince", "princess", "pope",  "bishop", "president", "chancellor",
        "governor", "premier", "mayor",  "sultan",   "emir",  "judge",  "marshal",   "sheriff"};
    static constexpr std::array<std::string_view, 28> kBefore = {
        "the",     "a",       "an",        "his",      "her",     "its",     "their",     "our",    "your", "my",
        "'s",      "’s",      "as",        "became",   "become",  "becomes", "becoming",  "named",  "elected",
        "crowned", "appointed", "proclaimed", "made",  "remain",  "remains", "remained", "acting", "then"};
    // capitalised words that make a title of the word after them ("Crown
    // Prince", "Vice President"); another capitalised word that no mention
    // covers is a given name ("Roger King")
    static constexpr std::array<std::string_view, 20> kTitleModifier = {
        "vice",  "crown",   "former",  "late",     "acting",  "deputy", "grand",   "ex",   "then",  "new",
        "prince", "queen",  "chief",   "senior",   "federal", "district", "supreme", "prime", "lord", "first"};
    size_t w = 0;
    for (size_t r = 0; r < found.size(); ++r) {
      const ActorMention& m = found[r];
      bool drop = false;
      if (m.kind == ActorKind::kAgent && m.how == "name" && m.tok_end == m.tok_begin + 1 && m.codes.size() == 1 &&
          m.codes[0].size() == 3 && is_any(tok_text(m.tok_begin), kTitleSurname)) {
        const Sentence& s = doc.sentences[m.sentence];
        std::string_view f = doc.form(doc.tokens[m.tok_begin]);
        drop = is_capitalized(f) && has_lower(f);
        if (drop && m.tok_begin > s.tok_begin) {
          std::string_view p = doc.form(doc.tokens[m.tok_begin - 1]);
          bool given = is_capitalized(p) && std::isalpha(static_cast<unsigned char>(p[0])) && has_lower(p) &&
                       !is_any(p, kTitleModifier) &&
                       !(r > 0 && found[r - 1].sentence == m.sentence && found[r - 1].tok_end == m.tok_begin) &&
                       !(m.tok_begin - 1 > s.tok_begin && is_any(tok_text(m.tok_begin - 2), kBefore));
          drop = !is_any(p, kBefore) &&
                 (given || !(is_capitalized(p) && std::isalpha(static_cast<unsigned char>(p[0])))) &&
                 !p.ends_with("'s") && !p.ends_with("’s") && p != "'";
        }
        if (drop && m.tok_end < s.tok_end) {
          std::string_view n = doc.form(doc.tokens[m.tok_end]);
          drop = !(is_capitalized(n) && std::isalpha(static_cast<unsigned char>(n[0]))) && !is_word(n, "of") &&
                 n != "-" && n != "(";
        }
      }
      if (!drop) {
        if (w != r) found[w] = std::move(found[r]);
        ++w;
      }
    }
    found.resize(w);
  }

  // (round 16) A place named after "of" in a company's capitalised name is
  // part of that name: "Bank of Tokyo", "National Bank of Greece", "Union
  // Bank of Chad", "Bank of Boston Corp", "Shipping Corporation of India":
  // one mention over the whole name, the place's country's business
  // (<ISO>BUS), and the place is no second actor. A central bank's own name
  // is its dictionary entry, matched whole, and never reaches here; a bare
  // "Bank of <country>" that no entry holds may be one too, so a bank of a
  // country (not of a city) needs a qualifier before "Bank"; a state's bank
  // ("Federal Reserve Bank of ...", "Export-Import Bank of ...", "Central
  // Bank of ...", "Development Bank of ...") is left as it is.
  // (round 16) A city or region opening the capitalised name of an
  // institution ("Mount Sinai Medical Center", "Lagos University Hospital",
  // "Geneva Graduate Institute") is part of that name: no actor (as a capital
  // opening a newspaper's or company's name, above).
  {
    static constexpr std::array<std::string_view, 11> kInstitutionEnd = {
        "center", "centre", "hospital", "university", "college", "institute", "school", "museum",
        "foundation", "clinic", "library"};
    size_t w = 0;
    for (size_t r = 0; r < found.size(); ++r) {
      const ActorMention& m = found[r];
      bool drop = false;
      if (m.codes.size() == 1 && (m.kind == ActorKind::kPlace || m.how == "capital")) {
        const Sentence& s = doc.sentences[m.sentence];
        for (uint32_t u = m.tok_end; u < s.tok_end && u < m.tok_end + 3; ++u) {
          std::string_view f = doc.form(doc.tokens[u]);
          if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0])) || !is_capitalized(f) || !has_lower(f)) break;
          if (is_any(tok_text(u), kInstitutionEnd)) { drop = true; break; }
        }
        // (an agent's word inside, "Baghdad University", "Lagos General Hospital":
        // left to the composition, the place's institution)
        for (size_t k = r + 1; drop && k < found.size() && found[k].sentence == m.sentence &&
                               found[k].tok_begin < m.tok_end + 3;
             ++k)
          drop = false;
      }
      if (!drop) {
        if (w != r) found[w] = std::move(found[r]);
        ++w;
      }
    }
    found.resize(w);
  }

  // (round 18) A group noun of no country followed by "including" or "such
  // as" and a country's name ("exporters, including Ruritania and
  // Graustark, ...") stands for those states: no actor of its own (the
  // states are named)
  {
    std::vector<char> marked;
    for (size_t r = 0; r + 1 < found.size(); ++r) {
      const ActorMention& m = found[r];
      const ActorMention& n = found[r + 1];
      if (m.kind != ActorKind::kAgent || m.codes.size() != 1 || m.codes[0].size() != 3 ||
          n.sentence != m.sentence || n.kind != ActorKind::kCountry)
        continue;
      const Sentence& s = doc.sentences[m.sentence];
      uint32_t u = m.tok_end;
      if (u < s.tok_end && tok_text(u) == ",") ++u;
      if (u < s.tok_end && is_word(tok_text(u), "including")) ++u;
      else if (u + 1 < s.tok_end && is_word(tok_text(u), "such") && is_word(tok_text(u + 1), "as")) u += 2;
      else continue;
      if (u < s.tok_end && is_word(tok_text(u), "the")) ++u;
      if (n.tok_begin != u) continue;
      if (marked.size() != found.size()) marked.assign(found.size(), 0);
      marked[r] = 1;
    }
    if (!marked.empty()) remove_marked(found, marked);
  }

  // (round 18) Places and countries named after "in" inside a clause ", which/who ..."
  // ("the bank, which has offices in Ruritown, Osterlich and Freedonia,
  // ...") say where the antecedent acts: locations, no actors
  {
    std::vector<char> marked;
    for (size_t r = 0; r < found.size(); ++r) {
      const ActorMention& m = found[r];
      auto place = [](const ActorMention& x) {
        return x.kind == ActorKind::kPlace || x.kind == ActorKind::kCountry || x.how == "capital";
      };
      if (!place(m) || m.codes.size() != 1) continue;
      const Sentence& s = doc.sentences[m.sentence];
      // back over a list of places: "in A, B and C"
      uint32_t u = m.tok_begin;
      size_t k = r;
      bool in = false;
      while (u > s.tok_begin) {
        const std::string_view p = tok_text(u - 1);
        if (is_word(p, "in")) { in = true; break; }
        if ((p != "," && !is_word(p, "and")) || k == 0) break;
        const ActorMention& q = found[k - 1];
        if (q.sentence != m.sentence || q.tok_end != u - 1 || !place(q)) break;
        --k;
        u = q.tok_begin;
      }
      if (!in) continue;
      // ", which" / ", who" within eight words before "in", no comma between
      bool rel = false;
      for (uint32_t w = u - 1; w > s.tok_begin + 1 && u - 1 - w < 8; --w) {
        const std::string_view p = tok_text(w - 1);
        if (p == "," || p == ";") break;
        if ((is_word(p, "which") || is_word(p, "who")) && tok_text(w - 2) == ",") { rel = true; break; }
      }
      if (!rel) continue;
      if (marked.size() != found.size()) marked.assign(found.size(), 0);
      marked[r] = 1;
    }
    if (!marked.empty()) remove_marked(found, marked);
  }

  {
    static constexpr std::array<std::string_view, 13> kCompanyHead = {
        "bank",    "line",      "lines",    "airways",    "airlines",  "shipping", "corporation",
        "company", "insurance", "railway", "railways", "navigation", "steamship"};
    static constexpr std::array<std::string_view, 13> kCompanyTail = {
        "ltd", "limited", "corp", "corporation", "co", "inc", "plc", "international", "trust", "group",
        "bancorp", "holdings", "bancshares"};
    static constexpr std::array<std::string_view, 9> kStateBank = {
        "central", "reserve", "federal", "development", "export", "import", "export-import", "state", "people's"};
    static constexpr std::array<std::string_view, 4> kDeterminers = {"the", "a", "an", "its"};
    std::vector<char> marked;
    for (size_t r = 0; r < found.size(); ++r) {
      ActorMention& m = found[r];
      if (m.codes.size() != 1 || m.codes[0].size() < 3 || is_international(m.codes[0])) continue;
      const bool country = m.kind == ActorKind::kCountry && m.codes[0].size() == 3;
      const bool city = m.how == "capital" || (m.kind == ActorKind::kPlace && m.codes[0].size() == 3);
      // (a country that opens a company's name read above: "... of Kenya Ltd")
      const bool named = m.how == "name (company)" && m.tok_end > m.tok_begin + 1;
      if (!country && !city && !named) continue;
      const Sentence& s = doc.sentences[m.sentence];
      uint32_t u = m.tok_begin;
      if (u > s.tok_begin && is_word(tok_text(u - 1), "the")) --u;
      if (u < s.tok_begin + 2 || !is_word(tok_text(u - 1), "of")) continue;
      const uint32_t head = u - 2;
      std::string_view hf = doc.form(doc.tokens[head]);
      if (!is_capitalized(hf)) continue;
      // (round 19) a state's or a province's name closing a firm's name
      // ("Ruritown Power and Light of Ohio", "Blue Lake Mutual of Ontario"):
      // a business word at its end, or two capitalised names joined by "and"
      // ("Grey Falcon and Red Kite of Manitoba"), with no known actor inside
      const bool region = city && m.how != "capital" && m.kind == ActorKind::kPlace;
      const bool company_head = is_any(tok_text(head), kCompanyHead);
      if (!company_head && !region) continue;
      // capitalised words before the head word, within the name ("National", "Union")
      uint32_t b = head;
      bool joined = false;
      while (b > s.tok_begin && head - b < (company_head ? 4u : 6u)) {
        std::string_view f = doc.form(doc.tokens[b - 1]);
        if (!company_head && (f == "and" || f == "&") && b - 1 > s.tok_begin &&
            is_capitalized(doc.form(doc.tokens[b - 2])) && !is_any(tok_text(b - 2), kDeterminers)) {
          joined = true;
          --b;
          continue;
        }
        if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0])) || !is_capitalized(f) ||
            is_any(tok_text(b - 1), kDeterminers))
          break;
        --b;
      }
      if (!company_head) {
        // a sentence's first word is capitalised whatever it is
        if (b == s.tok_begin && doc.tokens[b].upos != Upos::PROPN && doc.tokens[b].upos != Upos::X) ++b;
        static constexpr std::array<std::string_view, 26> kFirmWords = {
            "electric", "power",   "light",    "gas",       "utilities", "utility",    "telephone",
            "mutual",   "savings", "trust",    "assurance", "energy",    "steel",      "industries",
            "products", "resources", "services", "systems", "communications", "mills", "motors",
            "foods",    "co",      "inc",      "corp",      "shield"};
        // words of a public body, an office or a place ("University of
        // Ruritania", "Governor of Ohio", "Northern District of Ohio")
        static constexpr std::array<std::string_view, 40> kPublicWords = {
            "university", "college",  "school",   "institute", "academy",  "state",    "states",    "governor",
            "government", "department", "district", "court",   "county",   "city",     "town",      "port",
            "province",   "region",   "territory", "republic", "commonwealth", "people", "legislature", "assembly",
            "senate",     "house",    "congress", "council",   "attorney", "secretary", "mayor",    "police",
            "church",     "diocese",  "bishop",   "museum",    "hospital", "party",    "northern",  "southern"};
        size_t caps = 0;
        bool ok = !joined || b < head;
        for (uint32_t t = b; t <= head && ok; ++t) {
          const std::string_view w = tok_text(t);
          if (w == "and" || w == "&") continue;
          if (!is_capitalized(doc.form(doc.tokens[t])) || is_any(w, kPublicWords) || is_any(w, kStateBank)) ok = false;
          ++caps;
        }
        if (!ok || caps < 2 || !(joined || is_any(tok_text(head), kFirmWords))) continue;
        // (a known actor inside: not this rule's)
        bool inside = false;
        for (const ActorMention& o : found)
          if (&o != &m && o.sentence == m.sentence && o.tok_end > b && o.tok_begin <= head) inside = true;
        if (inside) continue;
      }
      // (a headline in capitals is no name)
      bool caps_only = false, state = false;
      for (uint32_t t = b; t <= head; ++t) {
        std::string_view f = doc.form(doc.tokens[t]);
        caps_only = caps_only || (f.size() >= 4 && !has_lower(f));
        state = state || is_any(tok_text(t), kStateBank);
      }
      if (caps_only || state) continue;
      if (country && b == head && is_word(tok_text(head), "bank")) continue;
      // company words after the place ("Bank of Tokyo Ltd", "Bank of Tokyo International")
      uint32_t e = m.tok_end;
      while (e < s.tok_end && e < m.tok_end + 3 && is_capitalized(doc.form(doc.tokens[e])) &&
             is_any(tok_text(e), kCompanyTail))
        ++e;
      // the mentions inside the name (the bank agent, a qualifier read as an
      // agent, "Union") are the company
      if (marked.size() != found.size()) marked.assign(found.size(), 0);
      bool inside_org = false;
      for (size_t k = 0; k < found.size(); ++k) {
        const ActorMention& o = found[k];
        if (k == r || o.sentence != m.sentence || o.tok_end <= b || o.tok_begin >= e) continue;
        if (o.tok_begin < b || o.tok_end > e || o.kind == ActorKind::kOrg) inside_org = true;
      }
      if (inside_org) continue;
      for (size_t k = 0; k < found.size(); ++k) {
        const ActorMention& o = found[k];
        if (k != r && o.sentence == m.sentence && o.tok_end > b && o.tok_begin < e) marked[k] = 1;
      }
      m.codes[0] = m.codes[0].substr(0, 3) + "BUS";
      m.kind = ActorKind::kAgent;
      m.how = "name (company of a place)";
      m.explain += "; the place of a company's name";
      m.tok_begin = b;
      m.tok_end = e;
    }
    if (!marked.empty()) remove_marked(found, marked);
  }

  // ---- 2. Composition: nationality/country (+ 's) + agent, person + government
  // noun, title + person, appositions, coordinated nationalities.
  std::vector<ActorMention>& composed = S.b;
  composed.clear();
  auto head_of_span = [&](uint32_t sent, uint32_t b, uint32_t e) -> uint32_t {
    const Sentence& s = doc.sentences[sent];
    for (uint32_t t = b; t < e; ++t) {
      int32_t h = doc.tokens[t].head;
      uint32_t abs = h < 0 ? UINT32_MAX : s.tok_begin + static_cast<uint32_t>(h);
      if (abs == UINT32_MAX || abs < b || abs >= e) return t;
    }
    return e - 1;
  };
  // Does the parse attach span [mb, me) to span [ab, ae) as a modifier
  // (nmod:poss, amod, compound, nmod) of it?
  auto parse_modifies = [&](const ActorMention& mod, const ActorMention& ag) {
    if (!reads_parse(mod.sentence)) return false;
    const Sentence& s = doc.sentences[mod.sentence];
    uint32_t h = head_of_span(mod.sentence, mod.tok_begin, mod.tok_end);
    const Token& t = doc.tokens[h];
    if (t.head < 0) return false;
    uint32_t gov = s.tok_begin + static_cast<uint32_t>(t.head);
    if (gov < ag.tok_begin || gov >= ag.tok_end) return false;
    Deprel d = t.deprel;
    return d == Deprel::nmod_poss || d == Deprel::amod || d == Deprel::compound || d == Deprel::det_poss ||
           d == Deprel::flat;
  };
  auto gap_ok = [&](uint32_t from, uint32_t to, int max_words, bool led_ok) {
    // Tokens between two mentions: only "'s" and up to max_words modifiers.
    int words = 0;
    for (uint32_t t = from; t < to; ++t) {
      std::string_view f = tok_text(t);
      if (f == "'s" || f == "'" || f == "’s") continue;
      // (round 44) a word of rank ("Norway's second largest paper maker")
      // is not counted, where modifiers may stand at all
      if (max_words > 0 && rank_at(t, from, to)) continue;
      if (++words > max_words) return false;
      // "X-led" (the tokenizer splits off "-led"): a state or an IGO that leads
      // owns the force ("French-led troops" FRAMIL, "NATO-led troops" NATO's), one
      // modifier; a party or group that leads a government does not own the state's
      // government ("the Hamas-led government": led_ok false)
      if (led_ok && f == "-" && t + 1 < to && is_word(tok_text(t + 1), "led")) {
        ++t;
        continue;
      }
      // a word that qualifies an office ("Italian acting Finance Minister",
      // "the Dutch outgoing premier"), whatever its tag (a tagger may read
      // "acting" as a verb): the nationality still owns the title
      static constexpr std::array<std::string_view, 6> kOfficeQualifiers = {"acting",  "outgoing", "incoming",
                                                                            "interim", "caretaker", "deputy"};
      if (is_any(f, kOfficeQualifiers)) continue;
      const Token& tok = doc.tokens[t];
      if (tok.upos != Upos::X) {
        if (tok.upos != Upos::ADJ && tok.upos != Upos::NOUN && tok.upos != Upos::PROPN) return false;
      } else {
        static constexpr std::array<std::string_view, 30> kStop = {
            "that", "which", "who", "his", "her", "its", "their", "to", "of", "in", "on", "for", "with", "by", "at",
            "from", "said", "told", "is", "was", "a", "an", "will", "has", "and", "or", "the", "as", "after", "but"};
        if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0])) || is_any(f, kStop)) return false;
      }
    }
    return true;
  };
  auto modifier_country = [&](const ActorMention& m) -> std::string {
    if (m.codes.empty() || m.codes[0].size() < 3 || is_international(m.codes[0])) return {};
    // (round 16) "drivers of the Bus Company of Lima": the company's country
    if (m.how == "name (company of a place)") return m.codes[0].substr(0, 3);
    // (a bare agent's three letters are a role, "OPP", not a country)
    if (m.kind == ActorKind::kPerson || m.kind == ActorKind::kCountry || m.kind == ActorKind::kMetonym ||
        (m.codes[0].size() == 3 && m.kind != ActorKind::kAgent))
      return m.codes[0].substr(0, 3);
    return {};
  };
  // A debtor's creditors: a business agent written with "creditor(s)" or
  // "lender(s)" ("its creditors", "the creditor banks") or a bank committee
  // ("its bank advisory committee", "a 12-bank steering committee"). The
  // banks a country owes are foreign commercial banks: the debtor named as
  // possessor, by "its" or elsewhere in the sentence lends them no country
  // (BUS, not <debtor>BUS). A nationality adjective still does ("Japanese
  // creditor banks"). [b, e) is the agent's span in sentence `sent`.
  auto creditor_span = [&](uint32_t sent, uint32_t b, uint32_t e) {
    static constexpr std::array<std::string_view, 4> kCreditorWords = {"creditor", "creditors", "lender", "lenders"};
    const Sentence& s = doc.sentences[sent];
    if (e <= b) return false;
    for (uint32_t t = b; t < e; ++t)
      if (is_any(tok_text(t), kCreditorWords)) return true;
    if (b > s.tok_begin && is_any(tok_text(b - 1), kCreditorWords)) return true;  // "creditor banks"
    std::string_view h = tok_text(e - 1);
    if (!is_word(h, "bank") && !is_word(h, "banks")) return false;
    uint32_t u = e;
    if (u < s.tok_end && (tok_text(u) == "'" || tok_text(u) == "'s" || tok_text(u) == "’s")) ++u;
    if (u < s.tok_end && (is_word(tok_text(u), "advisory") || is_word(tok_text(u), "steering"))) ++u;
    return u < s.tok_end && (is_word(tok_text(u), "committee") || is_word(tok_text(u), "committees"));
  };
  // "foreign" before an agent ("foreign banks", "foreign governments",
  // "foreign private investors"): people or bodies of another country than the
  // one the sentence, a possessor, "its" or the dateline would lend, and the
  // text does not say which: a bare role. `b` is the agent's first token; one
  // plain adjective may stand between ("foreign commercial banks"), not a
  // noun ("foreign trade officials", "foreign exchange dealers" are the
  // country's own). Agents whose name holds "foreign" ("foreign minister",
  // "foreign fighters") are entries of their own and are not concerned.
  // Likewise "international" written in lower case ("international banks",
  // "international lending agencies", "international mediators"): bodies of
  // several or other states, not the sentence's; capitalized it is part of a
  // name ("Amnesty International officials").
  auto foreign_before = [&](uint32_t sent, uint32_t b) {
    static constexpr std::array<std::string_view, 15> kPlainAdjectives = {
        "private", "commercial", "institutional", "major", "big", "large",
        "leading", "other", "western", "state-owned", "international", "official",
        "lending", "financial", "multilateral"};
    const Sentence& s = doc.sentences[sent];
    auto foreign = [&](uint32_t t) {
      return is_word(tok_text(t), "foreign") || doc.form(doc.tokens[t]) == "international";
    };
    if (b > s.tok_begin && foreign(b - 1)) return true;
    return b > s.tok_begin + 1 && foreign(b - 2) && is_any(tok_text(b - 1), kPlainAdjectives);
  };
  // A title in the text says the person holds that office now ("President
  // Obama", "Russian President Boris Yeltsin"): when the dictionary has the
  // person out of office at the document date (ELI), the title's role wins;
  // a "former" or "ousted" title says the person is out of office (ELI).
  auto role_from_title = [&](ActorMention& p, const ActorMention& title) {
    if (p.codes.size() != 1 || title.codes.size() != 1 || title.codes[0].size() != 3) return;
    std::string_view role = role_of(p.codes[0]);
    std::string_view trole = title.codes[0];
    // "former/ousted President X": out of office whatever the dictionary's dates
    // say for the document date (undated wire archives, coarse dates)
    if (trole == "ELI" && role == "GOV") {
      p.codes[0] = p.codes[0].substr(0, 3) + "ELI";
      p.explain += "; out of office by the title";
      return;
    }
    // (an opposition leader by the dictionary at the date who is titled "President"
    // holds the office now: Gbagbo a few months before his election)
    if ((role != "ELI" && !(role == "OPP" && trole == "GOV")) || trole == "ELI") return;
    p.codes[0] = p.codes[0].substr(0, 3) + std::string(trole);
    p.explain += fmt::format("; role {} from the title", trole);
  };
  // An organisation's name that ends in an office ("UN Secretary-General", "NATO
  // chief", "Arab League Secretary-General"): a title for the person named next to it.
  auto org_title = [&](const ActorMention& o) {
    static constexpr std::array<std::string_view, 14> kOffices = {
        "secretary-general", "general", "secretary", "chief", "chairman", "president", "director",
        "director-general", "commissioner", "envoy", "coordinator", "spokesman", "head", "mediator"};
    if (o.kind != ActorKind::kOrg || o.codes.size() != 1 || !is_international(o.codes[0]) || o.tok_end == 0) return false;
    return is_any(tok_text(o.tok_end - 1), kOffices);
  };
  auto org_role = [&](ActorMention& p, const ActorMention& o) {
    if (p.codes.size() != 1 || role_of(p.codes[0]) != "ELI") return;
    p.codes[0] = o.codes[0];
    p.explain += fmt::format("; {} from the title (an office of the organisation)", o.codes[0]);
  };
  for (size_t i = 0; i < found.size(); ++i) {
    ActorMention& m = found[i];
    ActorMention* next = i + 1 < found.size() ? &found[i + 1] : nullptr;
    bool same_sentence = next && next->sentence == m.sentence;
    // (round 34) A title + a person's name, or a title alone, that opens the
    // capitalised name of a place or a building ("King Fahd Airport", "Emir
    // Sultan Stadium", "the King Hussein Bridge", "President Kennedy
    // Airport"): the place is named after the person, so neither the person
    // nor the title is an actor (the place head word ends the name: one of
    // kPlaceNameHeads, capitalised). A head word that is an agent mention of
    // its own goes with them.
    if (m.kind == ActorKind::kPerson ||
        (m.kind == ActorKind::kAgent && is_capitalized(doc.form(doc.tokens[m.tok_begin])) &&
         (is_any(tok_text(m.tok_begin), kTitles) || is_any(tok_text(m.tok_begin), kReigningTitles)))) {
      size_t j = i;
      uint32_t e = m.tok_end;
      if (m.kind == ActorKind::kAgent && same_sentence && next->kind == ActorKind::kPerson && next->tok_begin == m.tok_end) {
        j = i + 1;
        e = next->tok_end;
      }
      if (e < doc.sentences[m.sentence].tok_end && is_capitalized(doc.form(doc.tokens[e])) &&
          is_any(tok_text(e), kPlaceNameHeads)) {
        if (j + 1 < found.size() && found[j + 1].sentence == m.sentence && found[j + 1].tok_begin == e &&
            found[j + 1].kind == ActorKind::kAgent && found[j + 1].tok_end == e + 1)
          ++j;
        i = j;  // all dropped
        continue;
      }
    }
    // (round 21) A ship's flag ("a British-flagged tanker", "the Panama-registered
    // freighter"): the vessel is of the flag's country, one mention over the
    // phrase with the country's bare code (the dictionaries give a merchant ship
    // no role). Up to two words may stand before the vessel noun ("oil
    // tanker", "bulk cargo ship"); no other actor may.
    if (m.kind == ActorKind::kCountry && m.codes.size() == 1 && m.codes[0].size() == 3 &&
        (m.how == "adjective" || m.how == "name")) {
      static constexpr std::array<std::string_view, 2> kFlag = {"flagged", "registered"};
      static constexpr std::array<std::string_view, 22> kVessels = {
          "tanker", "tankers", "supertanker", "supertankers", "ship", "ships", "vessel", "vessels",
          "freighter", "freighters", "boat", "boats", "trawler", "trawlers", "carrier", "carriers",
          "ferry", "ferries", "yacht", "yachts", "barge", "barges"};
      const uint32_t send = doc.sentences[m.sentence].tok_end;
      uint32_t t = m.tok_end;
      if (t < send && tok_text(t) == "-") ++t;
      uint32_t vessel_end = 0;
      if (t < send && is_any(tok_text(t), kFlag)) {
        for (uint32_t v = t + 1; v < send && v <= t + 3 && vessel_end == 0; ++v) {
          if (is_capitalized(doc.form(doc.tokens[v])) || !std::isalpha(static_cast<unsigned char>(doc.form(doc.tokens[v])[0])))
            break;
          if (is_any(tok_text(v), kVessels)) vessel_end = v + 1;
        }
      }
      if (vessel_end != 0) {
        size_t j = i + 1;  // agents inside the phrase ("cargo ship" if an entry) belong to it
        while (j < found.size() && found[j].sentence == m.sentence && found[j].tok_begin < vessel_end &&
               found[j].kind == ActorKind::kAgent)
          ++j;
        if (j == found.size() || found[j].sentence != m.sentence || found[j].tok_begin >= vessel_end) {
          m.tok_end = vessel_end;
          m.how = "flag+vessel";
          m.explain += "; a vessel under its flag";
          composed.push_back(std::move(m));
          i = j - 1;
          continue;
        }
      }
    }
    // A lower-case agent word right before the name of a group or organisation describes
    // it ("the radical Palestinian Islamic Jihad movement", "the rebel Revolutionary
    // United Front"): an adjective, not a second actor.
    // Likewise a lower-case agent phrase ("human rights watchdog Amnesty
    // International", "the aid agency Oxfam"; its first word may open the
    // sentence): it says what the organisation is. One mention over both.
    if (same_sentence && m.kind == ActorKind::kAgent && m.how == "name" && next->tok_begin == m.tok_end &&
        (next->kind == ActorKind::kGroup || next->kind == ActorKind::kOrg)) {
      bool lower = true;
      for (uint32_t t = m.tok_begin; t < m.tok_end && lower; ++t)
        lower = !is_capitalized(doc.form(doc.tokens[t])) ||
                (t == doc.sentences[m.sentence].tok_begin && m.tok_end > m.tok_begin + 1);
      // (the description joins the name's mention: a parse that makes a word of it
      // the subject still finds the organisation)
      if (lower) {
        next->tok_begin = m.tok_begin;
        continue;
      }
    }
    // A TABARI prefix agent ("[NGO~]") right before a country: the role goes first ("MSF
    // Arnor" NGOARN); an agent noun after it adds its role ("an MSF Arnor diplomat").
    if (same_sentence && m.kind == ActorKind::kAgent && m.entry >= 0 && m.codes.size() == 1 &&
        dict.entry(static_cast<uint32_t>(m.entry)).role_first && next->kind == ActorKind::kCountry &&
        next->codes.size() == 1 && next->codes[0].size() == 3 && next->tok_begin == m.tok_end) {
      ActorMention c = std::move(*next);
      c.tok_begin = m.tok_begin;
      c.codes = {m.codes[0] + c.codes[0]};
      c.kind = ActorKind::kOrg;
      c.how = "agent+country";
      c.explain = fmt::format("{} + {}", m.explain, c.explain);
      c.title_entry = m.entry;
      c.entry = -1;
      if (i + 2 < found.size() && found[i + 2].sentence == c.sentence && found[i + 2].kind == ActorKind::kAgent &&
          found[i + 2].tok_begin == c.tok_end && found[i + 2].codes.size() == 1 && found[i + 2].codes[0].size() == 3) {
        c.tok_end = found[i + 2].tok_end;
        c.codes[0] += found[i + 2].codes[0];
        c.kind = ActorKind::kAgent;
        c.explain += fmt::format(" + {}", found[i + 2].explain);
        ++i;
      }
      composed.push_back(std::move(c));
      ++i;
      continue;
    }
    // (round 34) A country's envoy to an international organisation ("Norway's
    // UN ambassador", "the Greek U.N. representative", "Japan's NATO envoy",
    // "Peru's acting U.N. delegate"): the envoy speaks for the country that
    // sent him, so the organisation's name only says where he serves. The
    // organisation's mention becomes a bare government agent over the envoy
    // word, which the country then owns as any "<country> ambassador" (the
    // composition below, a title + name after it as well).
    if (same_sentence && m.kind == ActorKind::kCountry && m.codes.size() == 1 && next->kind == ActorKind::kOrg &&
        next->codes.size() == 1 && next->codes[0].size() >= 6 && next->codes[0].compare(0, 3, "IGO") == 0 &&
        !modifier_country(m).empty()) {
      static constexpr std::array<std::string_view, 8> kEnvoyQualifiers = {
          "'s", "'", "’s", "acting", "permanent", "deputy", "chief", "new"};
      static constexpr std::array<std::string_view, 12> kEnvoyWords = {
          "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives",
          "delegate", "delegates", "delegation", "delegations", "emissary", "emissaries"};
      bool gap = next->tok_begin - m.tok_end <= 3;
      for (uint32_t t = m.tok_end; t < next->tok_begin && gap; ++t) gap = is_any(tok_text(t), kEnvoyQualifiers);
      const uint32_t send = doc.sentences[m.sentence].tok_end;
      uint32_t e = next->tok_end;
      if (e < send && (is_word(tok_text(e), "permanent") || is_word(tok_text(e), "deputy"))) ++e;
      // (the envoy word may end the organisation's own entry: "UN envoy")
      const bool in_name = is_any(tok_text(next->tok_end - 1), kEnvoyWords);
      if (gap && (in_name || (e < send && is_any(tok_text(e), kEnvoyWords)))) {
        if (!in_name) ++e;
        else e = next->tok_end;
        next->kind = ActorKind::kAgent;
        next->codes = {"GOV"};
        next->how = "IGO envoy";
        next->explain += "; its member's envoy: a government agent";
        next->entry = -1;
        // the envoy word's own agent mention ("ambassador") is part of it
        while (i + 2 < found.size() && found[i + 2].sentence == m.sentence && found[i + 2].tok_begin < e &&
               found[i + 2].kind == ActorKind::kAgent) {
          next->entry = found[i + 2].entry;
          e = std::max(e, found[i + 2].tok_end);
          found.erase(found.begin() + static_cast<std::ptrdiff_t>(i + 2));
          next = &found[i + 1];
        }
        next->tok_end = e;
      }
    }
    // (round 34) "UN ambassador" with no country before it: the United
    // Nations has no ambassadors of its own (its officials are envoys,
    // special representatives, coordinators); a UN ambassador is a member
    // state's, a bare government agent whose country is found as for any bare
    // "ambassador" (a title + name after it, the dateline). The UN's own
    // envoy ("the UN envoy to Cyprus") stays the UN.
    if (same_sentence && m.kind == ActorKind::kOrg && m.codes.size() == 1 && m.codes[0] == "IGOUNO" &&
        next->kind == ActorKind::kAgent && next->tok_begin == m.tok_end && next->tok_end == next->tok_begin + 1 &&
        (is_word(tok_text(next->tok_begin), "ambassador") || is_word(tok_text(next->tok_begin), "ambassadors"))) {
      next->tok_begin = m.tok_begin;
      next->explain += "; a member state's ambassador to the UN, not the UN";
      continue;
    }
    // Country + a place + an agent ("China's Washington embassy", "the U.S. Baghdad
    // embassy", "Russia's Kabul ambassador"): the possessor owns the body, the
    // place only says where it sits, so the agent takes the first country.
    if (same_sentence && m.kind == ActorKind::kCountry && m.codes.size() == 1 && i + 2 < found.size() &&
        (next->how == "capital" || next->kind == ActorKind::kPlace) && next->codes.size() == 1 &&
        found[i + 2].sentence == m.sentence && found[i + 2].kind == ActorKind::kAgent &&
        found[i + 2].tok_begin == next->tok_end && found[i + 2].codes.size() == 1 &&
        found[i + 2].codes[0].size() == 3 && next->codes[0].compare(0, 3, m.codes[0], 0, 3) != 0) {
      bool gap = true;  // nothing but a possessive between the country and the place
      for (uint32_t t = m.tok_end; t < next->tok_begin && gap; ++t) {
        std::string_view f = tok_text(t);
        gap = f == "'s" || f == "'" || f == "’s";
      }
      std::string country = modifier_country(m);
      if (gap && !country.empty()) {
        ActorMention c = std::move(found[i + 2]);
        c.tok_begin = m.tok_begin;
        c.codes = {country + c.codes[0]};
        c.how = "country+place+agent";
        c.explain = fmt::format("{} + {} (where it sits: {})", m.explain, c.explain, next->explain);
        c.title_entry = c.entry;
        c.entry = -1;
        composed.push_back(std::move(c));
        i += 2;
        continue;
      }
    }
    // (round 33) an international organisation (IGO, NGO) named right before
    // the title of its head or executive ("OPEC President", "ATPC chairman",
    // "ICO executive director", "Arab League Secretary-General")
    auto org_head = [&](const ActorMention& o, const ActorMention& title) {
      if (o.kind != ActorKind::kOrg || o.codes.size() != 1 || o.codes[0].size() < 6) return false;
      if (o.codes[0].compare(0, 3, "IGO") != 0 && o.codes[0].compare(0, 3, "NGO") != 0) return false;
      return title.tok_end > title.tok_begin && title.tok_begin == o.tok_end &&
             is_any(tok_text(title.tok_end - 1), kOrgHeadTitles);
    };
    // (round 33) "<organisation> (<its acronym>) <head's title>" (the
    // coffee organization, its acronym in brackets, then "executive"): the
    // organisation's head or executive as well, one mention. The acronym
    // may be unknown (no mention) or a mention of the same organisation.
    if (same_sentence && m.kind == ActorKind::kOrg && m.codes.size() == 1 && m.codes[0].size() >= 6 &&
        (m.codes[0].compare(0, 3, "IGO") == 0 || m.codes[0].compare(0, 3, "NGO") == 0) &&
        m.tok_end + 3 < doc.sentences[m.sentence].tok_end && tok_text(m.tok_end) == "(" &&
        tok_text(m.tok_end + 2) == ")") {
      const bool acronym = next->tok_begin == m.tok_end + 1 && next->tok_end == m.tok_end + 2 &&
                           next->codes == m.codes;
      const size_t t = acronym ? i + 2 : i + 1;  // the title's mention
      if (t < found.size() && found[t].sentence == m.sentence && found[t].kind == ActorKind::kAgent &&
          found[t].tok_begin == m.tok_end + 3 && found[t].tok_end == found[t].tok_begin + 1 &&
          is_any(tok_text(found[t].tok_begin), kOrgHeadTitles)) {
        ActorMention c = std::move(m);
        c.tok_end = found[t].tok_end;
        c.how = "actor+agent";
        c.explain += fmt::format(" + {} (its head or executive: the organisation)", found[t].explain);
        composed.push_back(std::move(c));
        i = t;
        continue;
      }
    }
    // (round 33) a known person's name + a capitalised place or institution
    // word ("Queen Elizabeth Hospital", "Kennedy Airport"): a place named
    // after the person, no actor of the person nor of the agent word
    if (same_sentence && m.kind == ActorKind::kPerson && next->kind == ActorKind::kAgent &&
        next->tok_begin == m.tok_end && next->tok_end == next->tok_begin + 1 &&
        is_capitalized(doc.form(doc.tokens[next->tok_begin])) && is_any(tok_text(next->tok_begin), kPlaceNameHeads)) {
      ++i;  // both dropped
      continue;
    }
    // Country / adjective / person-as-modifier followed by an agent.
    if (same_sentence && next->kind == ActorKind::kAgent && m.kind != ActorKind::kAgent) {
      // words between: the tagged pass may judge the gap otherwise and ask the parse
      if (m.tok_end < next->tok_begin) reads_parse(m.sentence);
      const bool led_ok = m.kind == ActorKind::kCountry || m.kind == ActorKind::kMetonym ||
                          (m.codes.size() == 1 && m.codes[0].compare(0, 3, "IGO") == 0);
      bool adjacent = gap_ok(m.tok_end, next->tok_begin, m.kind == ActorKind::kPerson ? 0 : 2, led_ok);
      if (adjacent || parse_modifies(m, *next)) {
        std::string country = modifier_country(m);
        // Title + person after the agent ("Chinese Premier Li Keqiang"): the person wins.
        ActorMention* after = i + 2 < found.size() ? &found[i + 2] : nullptr;
        if (after && after->sentence == m.sentence && after->kind == ActorKind::kPerson && after->tok_begin == next->tok_end) {
          ActorMention p = std::move(*after);
          p.tok_begin = m.tok_begin;
          p.how = "title+name";
          p.title_entry = next->entry;
          // (round 33) ... but an international organisation's head ("OPEC
          // President X", "ATPC chairman Y") speaks for the organisation, not
          // for the state he also serves: the organisation's code
          if (org_head(m, *next)) {
            p.codes = m.codes;
            p.how = "title+name (an organisation's head)";
            p.explain = fmt::format("{}; the head of {}: the organisation", p.explain, m.codes[0]);
            composed.push_back(std::move(p));
            i += 2;
            continue;
          }
          role_from_title(p, *next);
          composed.push_back(std::move(p));
          i += 2;
          continue;
        }
        // A country's creditors ("Argentina's creditor banks", "Brazil's
        // lenders"): the debtor's, not of its nationality. One mention (the
        // possessor is no party of its own: "met Brazil's bank advisory
        // committee" is a meeting with the banks), BUS.
        if (!country.empty() && m.kind != ActorKind::kPerson && next->codes.size() == 1 && next->codes[0] == "BUS" &&
            ((m.tok_end < next->tok_begin &&
              (tok_text(m.tok_end) == "'s" || tok_text(m.tok_end) == "'" || tok_text(m.tok_end) == "’s")) ||
             doc.form(doc.tokens[m.tok_end - 1]).ends_with("'s") || doc.form(doc.tokens[m.tok_end - 1]).ends_with("'")) &&
            creditor_span(m.sentence, next->tok_begin, next->tok_end)) {
          ActorMention c = std::move(*next);
          c.tok_begin = m.tok_begin;
          c.how = "creditors (no country)";
          c.debtor = country;
          c.explain = fmt::format("{}; the creditors of {}: foreign", c.explain, m.explain);
          composed.push_back(std::move(c));
          ++i;
          continue;
        }
        // Foreign agents after a possessor or another word ("Brazil's foreign
        // investors", "Chile asked foreign governments"): not of that country;
        // it stays a mention of its own, the agent a bare role. A nationality
        // right before "foreign" still says whose ("Swiss foreign investors").
        if (!country.empty() && m.kind != ActorKind::kPerson && foreign_before(m.sentence, next->tok_begin) &&
            !(m.tok_end < next->tok_begin &&
              (is_word(tok_text(m.tok_end), "foreign") || doc.form(doc.tokens[m.tok_end]) == "international") &&
              !doc.form(doc.tokens[m.tok_end - 1]).ends_with("'s")))
          country.clear();
        if (!country.empty()) {
          ActorMention c = std::move(*next);
          c.tok_begin = m.tok_begin;
          c.codes = {country + c.codes[0]};
          // An ethnic people's leaders ("Yoruba leaders", "the Zulu leadership")
          // hold no state office: elites of the country they live in, not its
          // government. (Only a leader word read as GOV: elders stay CVL.)
          static constexpr std::array<std::string_view, 7> kLeaders = {
              "leader", "leaders", "leadership", "chief", "chiefs", "chieftain", "chieftains"};
          if (m.kind == ActorKind::kPlace && m.entry >= 0 && dict.entry(static_cast<uint32_t>(m.entry)).people &&
              c.codes[0].size() == 6 && c.codes[0].compare(3, 3, "GOV") == 0 && is_any(tok_text(c.tok_end - 1), kLeaders))
            c.codes = {country + "ELI"};
          // (round 21) A people's armed men ("Tigrayan forces", "Chechen fighters")
          // and a region's forces or fighters ("Tigray forces"): men of a part of
          // the country in arms, not the state's army: its rebels (ETHREB, as
          // "Darfur rebels" is SDNREB). Only a people takes any military noun;
          // a region (a province, a state, a city) only "forces" and "fighters"
          // ("Texas National Guard troops" stay the state's).
          if (m.kind == ActorKind::kPlace && m.entry >= 0 && c.codes[0].size() == 6 &&
              (c.codes[0].compare(3, 3, "MIL") == 0 || c.codes[0].compare(3, 3, "UAF") == 0)) {
            static constexpr std::array<std::string_view, 4> kIrregular = {"forces", "fighters", "fighter", "force"};
            if (dict.entry(static_cast<uint32_t>(m.entry)).people || is_any(tok_text(c.tok_end - 1), kIrregular))
              c.codes = {country + "REB"};
          }
          c.kind = ActorKind::kAgent;
          c.how = m.kind == ActorKind::kPerson ? "person+agent" : adjacent ? "country+agent" : "country+agent (parse)";
          c.explain = fmt::format("{} + {}", m.explain, c.explain);
          c.title_entry = c.entry;
          c.entry = m.kind == ActorKind::kPerson ? m.entry : -1;
          if (m.kind == ActorKind::kPerson && c.codes[0].size() >= 6 && c.codes[0].compare(3, 3, "GOV") == 0)
            c.kind = ActorKind::kUnknown;  // "the Abe government": a government, not a person
          // A second agent noun right after ("Israeli army spokesman", "Lebanese bank
          // employees", "Russian civilian advisers"): the head of the same phrase, one actor
          // over both. The first agent word says which body or sector the head belongs to,
          // so the composed code stays (ISRMIL, LBNBUS, RUSCVL).
          if (i + 2 < found.size() && found[i + 2].sentence == c.sentence && found[i + 2].kind == ActorKind::kAgent &&
              found[i + 2].tok_begin == c.tok_end && found[i + 2].codes.size() == 1 &&
              found[i + 2].codes[0].size() == 3) {
            c.tok_end = found[i + 2].tok_end;
            c.explain += fmt::format(" + {}", found[i + 2].explain);
            // ... but a minister or ministry is the government's, whatever its
            // portfolio ("Fisheries Minister", "Labour Ministry": GOV, not AGR or
            // LAB; the portfolios CAMEO codes otherwise, defence, are entries of
            // their own)
            static constexpr std::array<std::string_view, 4> kMinisters = {"minister", "ministers", "ministry",
                                                                          "ministries"};
            if (found[i + 2].codes[0] == "GOV" && is_any(tok_text(c.tok_end - 1), kMinisters))
              c.codes[0] = country + "GOV";
            ++i;
          }
          // A country's title followed by a name the dictionaries lack ("Bulgarian
          // President Todor Zhivkov", "Libyan leader Muammar Gaddafi"): one person of
          // that country in that role, so the name's tokens belong to the mention (the
          // parse makes the name, not the title, the subject or object). The name is
          // the capitalized words right after a singular title, up to the next mention.
          if (m.kind != ActorKind::kPerson && adjacent && c.codes[0].size() == 6 &&
              (is_any(tok_text(c.tok_end - 1), kTitles) || is_any(tok_text(c.tok_end - 1), kMoreTitles))) {
            const Sentence& s = doc.sentences[c.sentence];
            uint32_t limit = s.tok_end;
            if (i + 2 < found.size() && found[i + 2].sentence == c.sentence) limit = found[i + 2].tok_begin;
            uint32_t e = c.tok_end, last = c.tok_end;
            for (int words = 0; e < limit && words < 5; ++e, ++words) {
              std::string_view f = doc.form(doc.tokens[e]);
              const Upos up = doc.tokens[e].upos;
              if (is_capitalized(f) && !is_any(tok_text(e), kNotNames) &&
                  (up == Upos::PROPN || up == Upos::X || up == Upos::NOUN) &&
                  std::isalpha(static_cast<unsigned char>(f[0]))) {
                last = e + 1;
                continue;
              }
              if (last > c.tok_end && is_any(f, kNameParticles)) continue;  // "de" in "F.W. de Klerk"
              break;
            }
            if (last > c.tok_end) {
              c.tok_end = last;
              c.kind = ActorKind::kPerson;
              c.how = "country+title+name";
              c.explain += "; the name is not in the dictionaries";
            }
          }
          composed.push_back(std::move(c));
          ++i;
          continue;
        }
        // An organisation or a metonym with a full code followed by an agent
        // ("White House security officials", "Red Cross officials", "the Quibbler
        // government newspaper"): the organisation's code plus the agent's roles it
        // does not already carry (USAGOV + GOV = USAGOV; NGOHLHIRC + GOV =
        // NGOHLHIRCGOV), as PETRARCH combines actor and agent codes.
        // (round 32) Not a participle agent word ("wounded", "injured",
        // "detained") right after the actor that the parser reads as the
        // clause's verb ("Tamil rebels wounded two soldiers": "wounded" is the
        // verb, not "the wounded"), in a parsed sentence.
        const std::string_view agent_word = next->tok_end == next->tok_begin + 1 ? tok_text(next->tok_begin)
                                                                                  : std::string_view();
        const bool agent_is_verb = adjacent && next->tok_begin == m.tok_end && agent_word.size() > 4 &&
                                   is_word(agent_word.substr(agent_word.size() - 2), "ed") &&
                                   doc.tokens[next->tok_begin].upos == Upos::VERB && reads_parse(m.sentence);
        if (agent_is_verb && m.kind != ActorKind::kPerson && m.codes.size() == 1 && m.codes[0].size() >= 6) {
          composed.push_back(std::move(m));  // the verb is no actor
          ++i;
          continue;
        }
        if (adjacent && !agent_is_verb && m.kind != ActorKind::kPerson && m.codes.size() == 1 &&
            m.codes[0].size() >= 6 && m.codes[0].size() % 3 == 0 && next->codes.size() == 1 &&
            !next->codes[0].empty() && next->codes[0].size() % 3 == 0) {
          std::string code = m.codes[0];
          const std::string& roles = next->codes[0];
          // GOV is a government's agent only: the officials, spokesmen or leaders of
          // a body that is no state organ (an IGO, NGO or company, an armed group,
          // a party: "Oxfam officials", "Red Cross spokesman", "the rebel movement's
          // leaders") are that body itself, not <body>GOV.
          bool state_body = !is_international(code);
          if (state_body) {
            state_body = false;
            for (size_t k = 3; k + 3 <= code.size() && !state_body; k += 3) {
              std::string_view r = std::string_view(code).substr(k, 3);
              state_body = r == "GOV" || r == "MIL" || r == "LEG" || r == "JUD" || r == "COP" || r == "SPY";
            }
          }
          // (round 22) an armed group's fighters, forces or weapons ("Hamas
          // fighters", "Hezbollah rockets", "the rebels' drones") are the group
          // in arms, not a state's military: MIL or UAF adds nothing to REB, INS
          // or UAF already in the code; (round 23) nor to a state's armed body
          // named as such (MIL: "RSF fighters" while the RSF was Sudan's
          // paramilitary, SDNMILRSF, not SDNMILRSFUAF)
          bool armed_body = false;
          // (round 33) nor BUS to an international organisation's head or
          // executive ("ANRPC chairman", "ICO executive director"): the
          // organisation itself
          const bool head = org_head(m, *next);
          // (round 37) nor ELI to a company's officer ("Chrysler's former
          // president", "Ford Motor Co's chairman"): the company speaks through
          // him, not a former head of state (the dictionary's "former president")
          const bool firm_head = code.size() == 6 && code.compare(3, 3, "BUS") == 0 &&
                                 (is_any(tok_text(next->tok_end - 1), kOrgHeadTitles) ||
                                  is_word(tok_text(next->tok_end - 1), "officer"));
          const bool own_counsel = counsel(*next);
          const bool body_head = m.kind == ActorKind::kOrg && next->tok_end == next->tok_begin + 1 &&
                                 is_any(tok_text(next->tok_begin), kOrgHeadTitles);
          for (size_t k = 3; k + 3 <= code.size() && !armed_body; k += 3) {
            std::string_view r = std::string_view(code).substr(k, 3);
            armed_body = r == "REB" || r == "INS" || r == "UAF" || r == "MIL";
          }
          for (size_t r = 0; r + 3 <= roles.size(); r += 3) {
            bool has = false;
            for (size_t k = 3; k + 3 <= code.size() && !has; k += 3) has = code.compare(k, 3, roles, r, 3) == 0;
            if (!state_body && roles.compare(r, 3, "GOV") == 0) has = true;
            if (armed_body && (roles.compare(r, 3, "MIL") == 0 || roles.compare(r, 3, "UAF") == 0)) has = true;
            if (head && (roles.compare(r, 3, "BUS") == 0 || roles.compare(r, 3, "GOV") == 0)) has = true;
            if (firm_head && (roles.compare(r, 3, "ELI") == 0 || roles.compare(r, 3, "GOV") == 0)) has = true;
            // (round 44) nor JUD to a body's own counsel ("Midland Bank's
            // lawyers", "Justice Department lawyers"): the body itself
            if (own_counsel && roles.compare(r, 3, "JUD") == 0) has = true;
            // (round 44) nor BUS ("chairman" is a firm's by default) to the
            // head of a body with a code of its own ("the KMT's chairman",
            // a party in government): the body itself
            if (body_head && roles.compare(r, 3, "BUS") == 0) has = true;
            if (!has) code += roles.substr(r, 3);
          }
          // (round 23) a group that rules a state (its dated code is the state's
          // government: the Taliban since August 2021, HTS since December 2024):
          // its fighters, forces or gunmen are that state's military ("Taliban
          // fighters" in 2022 AFGMIL, not AFGGOVUAF); before it ruled the group's
          // code is REB or INS and the round-22 rule keeps the group.
          if (m.kind == ActorKind::kGroup && m.codes[0].size() == 6 && m.codes[0].compare(3, 3, "GOV") == 0 &&
              (roles == "MIL" || roles == "UAF"))
            code = m.codes[0].substr(0, 3) + "MIL";
          ActorMention c = std::move(*next);
          c.tok_begin = m.tok_begin;
          c.codes = {code};
          c.kind = ActorKind::kAgent;
          c.how = "actor+agent";
          c.explain = fmt::format("{} + {}", m.explain, c.explain);
          c.title_entry = c.entry;
          c.entry = -1;
          composed.push_back(std::move(c));
          ++i;
          continue;
        }
      }
    }
    // A title + person, one actor: an agent ("Prime Minister Lee Nak-yon") or an
    // organisation's office ("U.N. Secretary-General Kofi Annan", "Arab League
    // chief Amr Moussa"). The title says the person holds that office now: when
    // the dictionary has the person out of any office at the date (ELI), the
    // organisation's code.
    if (same_sentence && next->kind == ActorKind::kPerson && next->tok_begin == m.tok_end &&
        (org_title(m) || m.kind == ActorKind::kAgent)) {
      ActorMention p = std::move(*next);
      p.tok_begin = m.tok_begin;
      p.how = "title+name";
      p.title_entry = m.entry;
      if (org_title(m)) org_role(p, m);
      else role_from_title(p, m);
      // (session 21) the titled person's possessive before an agent ("President Hosni
      // Mubarak's government", "Chancellor Kohl's aides"): read on as a person before an
      // agent (the next round of this loop composes them), as the bare "Mubarak's government"
      const ActorMention* after = i + 2 < found.size() ? &found[i + 2] : nullptr;
      if (after && after->sentence == m.sentence && after->kind == ActorKind::kAgent &&
          after->tok_begin == p.tok_end + 1 &&
          (tok_text(p.tok_end) == "'s" || tok_text(p.tok_end) == "'" || tok_text(p.tok_end) == "’s")) {
        *next = std::move(p);
        continue;
      }
      composed.push_back(std::move(p));
      ++i;
      continue;
    }
    // A government title with no country before it ("President Tomas Ferreiro Vidal",
    // "Fisheries Minister Ana Duarte") or an organisation's office ("Arab League
    // chief Omar Haddad") followed by a name the dictionaries lack:
    // one person, whose name's tokens belong to the mention (the parse makes the
    // name, not the title, the subject or object). The code is the office's: the
    // organisation's, or the title's role, whose country is found later as for
    // any bare agent (the dateline, the sentence's one country).
    {
      // (a political office: a government one written as a title, capitalized,
      // as "chairman X", "president X" of a company are business titles whose
      // country the sentence does not tell; "opposition leader X", "rebel
      // commander X" in any case)
      static constexpr std::array<std::string_view, 7> kPolitical = {"OPP", "REB", "INS", "LEG", "MIL", "JUD", "COP"};
      bool political = m.codes.size() == 1 &&
                       ((m.codes[0] == "GOV" && is_capitalized(doc.form(doc.tokens[m.tok_end - 1]))) ||
                        std::find(kPolitical.begin(), kPolitical.end(), m.codes[0]) != kPolitical.end());
      bool bare_title = m.kind == ActorKind::kAgent && m.how == "name" && political &&
                        (is_any(tok_text(m.tok_end - 1), kTitles) || is_any(tok_text(m.tok_end - 1), kMoreTitles));
      if (bare_title || org_title(m)) {
        const Sentence& s = doc.sentences[m.sentence];
        uint32_t limit = same_sentence ? next->tok_begin : s.tok_end;
        uint32_t e = m.tok_end, last = m.tok_end;
        for (int words = 0; e < limit && words < 5; ++e, ++words) {
          std::string_view f = doc.form(doc.tokens[e]);
          const Upos up = doc.tokens[e].upos;
          if (is_capitalized(f) && !is_any(tok_text(e), kNotNames) && !is_any(tok_text(e), kTitles) &&
              (up == Upos::PROPN || up == Upos::X || up == Upos::NOUN) &&
              std::isalpha(static_cast<unsigned char>(f[0]))) {
            last = e + 1;
            continue;
          }
          if (last > m.tok_end && is_any(f, kNameParticles)) continue;  // "El" in "Omar El Bashir"
          // a hyphen joining two parts of the name, no space either side ("Jean-Claude")
          if (last == e && e > m.tok_end && f == "-" && !doc.tokens[e - 1].space_after &&
              !doc.tokens[e].space_after && e + 1 < limit && is_capitalized(doc.form(doc.tokens[e + 1])))
            continue;
          break;
        }
        // (round 32) a title word that opens the name of a place or an
        // institution ("King County", "King Street", "Queen Mary Hospital",
        // "President Hotel"): the name ends in a word that names a place, so
        // no titled person and no actor of the title
        if (bare_title && last > m.tok_end && is_any(tok_text(last - 1), kPlaceNameHeads)) continue;
        if (last > m.tok_end) {
          m.tok_end = last;
          m.title_entry = m.entry;
          m.explain += "; the name is not in the dictionaries";
          if (bare_title) {
            m.how = "title+name (unknown name)";  // a person once its country is known (below)
          } else {
            m.kind = ActorKind::kPerson;
            m.how = "title+name";
          }
        }
      }
    }
    // An ethnic people's chiefs ("Zulu chiefs", "the Ogoni chieftain"): the
    // people's traditional authorities, elites of the country the people lives
    // in (ELI, as "Hausa leaders" above; "chief" alone is no agent word, as
    // "army chief", "chief executive" are entries of their own). Not before a
    // name ("Zulu chief Sipho Dube": a title) nor another match ("chief
    // executive").
    if (m.kind == ActorKind::kPlace && m.entry >= 0 &&
        dict.entry(static_cast<uint32_t>(m.entry)).people && m.codes.size() == 1 && m.codes[0].size() == 3 &&
        m.tok_end < doc.sentences[m.sentence].tok_end) {
      static constexpr std::array<std::string_view, 4> kChiefs = {"chief", "chiefs", "chieftain", "chieftains"};
      uint32_t t = m.tok_end;
      bool taken = same_sentence && next->tok_begin <= t;
      bool name_after = t + 1 < doc.sentences[m.sentence].tok_end && is_capitalized(doc.form(doc.tokens[t + 1])) &&
                        std::isalpha(static_cast<unsigned char>(doc.form(doc.tokens[t + 1])[0]));
      if (!taken && !name_after && is_any(tok_text(t), kChiefs)) {
        m.tok_end = t + 1;
        m.codes[0] += "ELI";
        m.kind = ActorKind::kAgent;
        m.how = "people+chiefs";
        m.explain += "; a people's chiefs: ELI";
      }
    }
    composed.push_back(std::move(m));
  }

  // Appositions: "Japan's leader, Shinzo Abe" / "Shinzo Abe, Japan's prime
  // minister" give one actor. With a parse the appos relation decides; without
  // one, a comma between a country+agent and a person of that country does.
  found.clear();
  for (size_t i = 0; i < composed.size(); ++i) {
    ActorMention& m = composed[i];
    if (i + 1 < composed.size()) {
      ActorMention& n = composed[i + 1];
      // "Kofi Annan, the UN secretary-general," / "Kofi Annan, U.N. Secretary-General,":
      // a person and an organisation's office in apposition are one actor (as above).
      if (n.sentence == m.sentence && m.kind == ActorKind::kPerson && m.tok_end < n.tok_begin &&
          tok_text(m.tok_end) == "," && org_title(n) &&
          (n.tok_begin == m.tok_end + 1 || (n.tok_begin == m.tok_end + 2 && is_word(tok_text(m.tok_end + 1), "the"))) &&
          (n.tok_end >= doc.sentences[n.sentence].tok_end || tok_text(n.tok_end) == "," ||
           tok_text(n.tok_end) == ".")) {
        ActorMention p = std::move(m);
        p.title_entry = n.entry;
        p.tok_end = n.tok_end;
        p.how = "title+name (apposition)";
        org_role(p, n);
        found.push_back(std::move(p));
        ++i;
        continue;
      }
      bool comma = n.sentence == m.sentence && n.tok_begin == m.tok_end + 1 && tok_text(m.tok_end) == ",";
      ActorMention* person = nullptr;
      ActorMention* title = nullptr;
      if (comma && n.kind == ActorKind::kPerson && m.kind == ActorKind::kAgent && m.how == "country+agent") person = &n, title = &m;
      if (comma && m.kind == ActorKind::kPerson && n.kind == ActorKind::kAgent && n.how == "country+agent") person = &m, title = &n;
      if (person) {
        bool ok;
        if (reads_parse(m.sentence)) {
          uint32_t hp = head_of_span(person->sentence, person->tok_begin, person->tok_end);
          uint32_t ht = head_of_span(title->sentence, title->tok_begin, title->tok_end);
          const Sentence& s = doc.sentences[m.sentence];
          uint32_t second = person == &n ? hp : ht, first = person == &n ? ht : hp;
          ok = doc.tokens[second].deprel == Deprel::appos && doc.tokens[second].head >= 0 &&
               s.tok_begin + static_cast<uint32_t>(doc.tokens[second].head) == first;
        } else {
          ok = person->codes[0].compare(0, 3, title->codes[0], 0, 3) == 0;
        }
        if (ok) {
          ActorMention p = std::move(*person);
          int32_t te = title->entry >= 0 ? title->entry : title->title_entry;
          p.title_entry = title->title_entry >= 0 ? title->title_entry : te;
          p.tok_begin = m.tok_begin;
          p.tok_end = n.tok_end;
          p.how = "title+name (apposition)";
          found.push_back(std::move(p));
          ++i;
          continue;
        }
      }
    }
    found.push_back(std::move(m));
  }
  // Apposition of a name the dictionaries lack and a country's agent: "Salah Sidhoum, Algeria's leading rights activist,"
  // or "Algeria's leading rights activist, Salah Sidhoum," is one person of
  // that country in that role (as "Bulgarian President Todor Zhivkov"). The
  // name is two to five capitalized words (particles such as "bin" inside)
  // that belong to no other mention, next to the comma; before the agent it
  // must not follow a determiner ("the Water Forum, a body ..." is no person).
  // With a parse, one head must be the other's appos.
  auto name_word = [&](uint32_t t) {
    std::string_view f = doc.form(doc.tokens[t]);
    const Upos up = doc.tokens[t].upos;
    return !f.empty() && std::isalpha(static_cast<unsigned char>(f[0])) && is_capitalized(f) &&
           !is_any(tok_text(t), kNotNames) && (up == Upos::PROPN || up == Upos::X || up == Upos::NOUN);
  };
  std::vector<char>& absorbed = S.absorbed;
  absorbed.assign(found.size(), 0);
  for (size_t i = 0; i < found.size(); ++i) {
    ActorMention& m = found[i];
    if (m.codes.size() != 1 || m.kind == ActorKind::kPerson) continue;
    bool composed_agent = m.codes[0].size() >= 6 && m.how.rfind("country+agent", 0) == 0;
    // "Algeria's leading rights activist" that the composition left in two (a
    // participle between them): a country up to three words before a bare
    // agent, with no punctuation or conjunction between, starts the phrase
    size_t first = i;
    if (!composed_agent && m.kind == ActorKind::kAgent && m.codes[0].size() == 3 && i > 0 &&
        found[i - 1].sentence == m.sentence && found[i - 1].kind == ActorKind::kCountry &&
        found[i - 1].codes.size() == 1 && found[i - 1].codes[0].size() == 3 && found[i - 1].tok_end + 3 >= m.tok_begin) {
      bool words = true;
      for (uint32_t t = found[i - 1].tok_end; t < m.tok_begin && words; ++t) {
        std::string_view f = tok_text(t);
        words = f == "'s" || f == "'" ||
                (!f.empty() && std::isalpha(static_cast<unsigned char>(f[0])) && !is_word(f, "and") && !is_word(f, "or"));
      }
      if (words) first = i - 1;
    }
    if (!composed_agent && first == i) continue;
    const Sentence& s = doc.sentences[m.sentence];
    uint32_t pb = found[first].tok_begin;  // the phrase's first token
    uint32_t lo = first > 0 && found[first - 1].sentence == m.sentence ? found[first - 1].tok_end : s.tok_begin;
    uint32_t hi = i + 1 < found.size() && found[i + 1].sentence == m.sentence ? found[i + 1].tok_begin : s.tok_end;
    uint32_t nb = 0, ne = 0;  // the name's tokens
    bool closed = false;      // a comma (or the sentence end) closes the apposition
    if (pb >= lo + 3 && tok_text(pb - 1) == ",") {
      uint32_t b = pb - 1;
      ne = b;
      while (b > lo && ne - b < 5) {
        if (name_word(b - 1)) { --b; continue; }
        if (b - 1 > lo && b < ne && is_any(tok_text(b - 1), kNameParticles) && name_word(b - 2)) { --b; continue; }
        break;
      }
      bool det = b > s.tok_begin && (is_word(tok_text(b - 1), "the") || is_word(tok_text(b - 1), "a") ||
                                     is_word(tok_text(b - 1), "an"));
      // the first word of the run may be a capitalized determiner
      while (b < ne && (is_word(tok_text(b), "the") || is_word(tok_text(b), "a") || is_word(tok_text(b), "an"))) ++b,
          det = true;
      nb = det ? ne : b;
      closed = m.tok_end >= s.tok_end || tok_text(m.tok_end) == ",";
    } else if (first == i && m.tok_end + 3 <= hi && tok_text(m.tok_end) == ",") {
      uint32_t e = m.tok_end + 1;
      nb = e;
      while (e < hi && e - nb < 5) {
        if (name_word(e)) { ++e; continue; }
        if (e > nb && e + 1 < hi && is_any(tok_text(e), kNameParticles) && name_word(e + 1)) { ++e; continue; }
        break;
      }
      ne = e;
      closed = ne >= s.tok_end || tok_text(ne) == ",";
    }
    if (ne < nb + 2) continue;
    if (reads_parse(m.sentence)) {
      uint32_t hn = head_of_span(m.sentence, nb, ne), ht = head_of_span(m.sentence, pb, m.tok_end);
      auto appos_of = [&](uint32_t a, uint32_t b) {
        return doc.tokens[a].deprel == Deprel::appos && doc.tokens[a].head >= 0 &&
               s.tok_begin + static_cast<uint32_t>(doc.tokens[a].head) == b;
      };
      if (!appos_of(hn, ht) && !appos_of(ht, hn) && !closed) continue;
    }
    if (first != i) {
      absorbed[first] = 1;
      m.codes[0] = found[first].codes[0] + m.codes[0];
      m.explain = fmt::format("{} + {}", found[first].explain, m.explain);
    }
    m.title_entry = m.entry >= 0 ? m.entry : m.title_entry;
    m.entry = -1;
    // "the U.S. drug company, ICI Pharma": a body's name, not a person's
    static constexpr std::array<std::string_view, 14> kBodies = {
        "company", "firm", "group", "party", "agency", "organisation", "organization",
        "newspaper", "daily", "movement", "bank", "body", "ministry", "union"};
    bool body = is_any(tok_text(m.tok_end - 1), kBodies);
    m.tok_begin = std::min(pb, nb);
    m.tok_end = std::max(m.tok_end, ne);
    m.kind = body ? ActorKind::kOrg : ActorKind::kPerson;
    m.how = "name+title (apposition)";
    m.explain += "; apposition of a name not in the dictionaries";
  }
  if (std::find(absorbed.begin(), absorbed.end(), 1) != absorbed.end()) remove_marked(found, absorbed);
  // Former office holders are elites (CAMEO ELI): "former security officials",
  // "Fornost former prosecutors", "former Gondor ministers", "ex-ministers". Only
  // offices (GOV, JUD, LEG, COP, SPY): "former Soviet troops" are troops of a
  // former state, not former troops.
  for (auto& m : found) {
    if (m.kind != ActorKind::kAgent || m.codes.size() != 1 || m.codes[0].size() < 3 || m.codes[0].size() % 3 != 0)
      continue;
    std::string_view role = std::string_view(m.codes[0]).substr(m.codes[0].size() - 3);
    if (role != "GOV" && role != "JUD" && role != "LEG" && role != "COP" && role != "SPY") continue;
    bool former = m.tok_begin > doc.sentences[m.sentence].tok_begin && is_word(tok_text(m.tok_begin - 1), "former");
    for (uint32_t t = m.tok_begin; t < m.tok_end && !former; ++t) {
      std::string_view f = tok_text(t);
      former = is_word(f, "former") || (f.size() > 3 && lower_ascii(f[0]) == 'e' && lower_ascii(f[1]) == 'x' && f[2] == '-');
    }
    if (!former) continue;
    m.codes[0].replace(m.codes[0].size() - 3, 3, "ELI");
    m.explain += "; former holders of the office: ELI";
  }

  // Coordinated nationalities sharing an agent: "Hungarian and Romanian
  // officials" -> HUNGOV, ROUGOV; "South Korean, Japanese and US troops".
  for (size_t i = found.size(); i-- > 1;) {
    ActorMention& m = found[i - 1];
    const ActorMention& n = found[i];
    // Capitals and cities likewise ("London and Paris traders" -> GBRBUS,
    // FRABUS), unless they are one side of "between" ("talks between Tehran
    // and US officials": Tehran is the state).
    bool city = m.how == "capital" || m.how == "metonym";  // not "in Kabul" (a place)
    if (city && m.tok_begin > doc.sentences[m.sentence].tok_begin && is_word(tok_text(m.tok_begin - 1), "between"))
      city = false;
    // A country's abbreviation likewise, right before "and"/"or" ("U.S. and
    // Russian negotiators" -> USAGOV, RUSGOV): an abbreviation is used as a
    // modifier, a full name is a noun phrase of its own ("Israel and
    // Palestinian militants" are two sides).
    // (after "between" too: "talks between US and Iraqi officials")
    bool abbreviation = false;
    if (!city && m.how == "name" && m.kind == ActorKind::kCountry && m.tok_end == m.tok_begin + 1) {
      std::string_view f = doc.form(doc.tokens[m.tok_begin]);
      size_t letters = 0;
      bool abbrev = !f.empty();
      for (char ch : f) {
        if (ch >= 'A' && ch <= 'Z') ++letters;
        else if (ch != '.') abbrev = false;
      }
      // (another country's agent: "US and US forces" is the state and its forces)
      city = abbrev && letters >= 2 && letters <= 4 && !n.codes.empty() && !m.codes.empty() &&
             n.codes[0].compare(0, 3, m.codes[0], 0, 3) != 0;
      abbreviation = city;
    }
    // A list joined by commas passes the agent on from its last member: n
    // has itself taken the agent of the conjunct after it ("Chilean, Peruvian
    // and Bolivian diplomats", "U.S., British and French troops").
    bool list_member = n.how == "adjective+shared agent";
    // (round 34) A country's full name before "and" + a nationality + a
    // plural of state agents that act together ("Japan and South Korean
    // officials", "France and West German ministers"): the name modifies the
    // shared noun as the abbreviation does, both countries' officials. Not
    // other agents ("Israel and Palestinian militants" are two sides), nor
    // after "between" (two sides), nor the same country twice.
    if (!city && m.how == "name" && m.kind == ActorKind::kCountry && m.codes.size() == 1 && m.codes[0].size() == 3 &&
        m.sentence == n.sentence && n.how.rfind("country+agent", 0) == 0 && n.codes.size() == 1 &&
        n.codes[0].size() == 6 && n.codes[0].compare(3, 3, "GOV") == 0 &&
        n.codes[0].compare(0, 3, m.codes[0]) != 0 && n.tok_begin == m.tok_end + 1 &&
        is_word(tok_text(m.tok_end), "and") && is_any(tok_text(n.tok_end - 1), kPluralGroupAgents) &&
        !(m.tok_begin > doc.sentences[m.sentence].tok_begin && is_word(tok_text(m.tok_begin - 1), "between"))) {
      city = true;  // read as the abbreviation is
      m.explain += "; a country's full name before a nationality and their shared officials";
    }
    if (m.sentence != n.sentence || (m.how != "adjective" && !city) ||
        (n.how.rfind("country+agent", 0) != 0 && !list_member))
      continue;
    bool conj = m.tok_end < n.tok_begin;
    for (uint32_t t = m.tok_end; t < n.tok_begin && conj; ++t) {
      std::string_view f = tok_text(t);
      conj = f == "," || is_word(f, "and") || is_word(f, "or");
    }
    // An abbreviation before such a list member may be joined by a comma, unless it
    // closes a fronted phrase ("In the U.S., British and French officials said").
    bool comma_member = false;
    if (abbreviation && list_member && n.tok_begin == m.tok_end + 1 && tok_text(m.tok_end) == ",") {
      const uint32_t sb = doc.sentences[m.sentence].tok_begin;
      uint32_t b = m.tok_begin;
      if (b > sb && is_word(tok_text(b - 1), "the")) --b;
      static constexpr std::array<std::string_view, 12> kFronting = {
          "in", "across", "throughout", "inside", "outside", "for", "to", "from", "at", "within", "like", "unlike"};
      comma_member = !(b == sb + 1 && is_any(tok_text(sb), kFronting));
    }
    // (cities: "and"/"or" alone, as "in Baghdad, Iraqi police said" is no list)
    if (city && !comma_member &&
        !(n.tok_begin == m.tok_end + 1 && (is_word(tok_text(m.tok_end), "and") || is_word(tok_text(m.tok_end), "or"))))
      continue;
    if (!conj || n.codes.empty() || n.codes[0].size() <= 3 || m.codes.empty() || m.codes[0].size() < 3) continue;
    m.codes[0] = m.codes[0].substr(0, 3) + n.codes[0].substr(3);
    // (round 33) a country's name before "and" + a nationality + the noun
    // ("U.S. and Soviet officials") modifies the shared noun as an adjective
    // does: the same reading (the coder makes it a party of its own, as it
    // does "Israeli" in "Israeli and Syrian officials"), not the last
    // adjective's alone
    if (m.how == "name") m.explain += "; a country's name as a modifier of the shared noun";
    m.how = m.how != "name" && city ? "city+shared agent" : "adjective+shared agent";
    m.kind = ActorKind::kAgent;
    m.title_entry = n.title_entry;
  }

  // (round 34) The plural of an office one country holds once ("finance
  // ministers", "central bank governors", "central bankers", "central bank
  // chiefs") with no country of its own: the holders of several countries,
  // so no one country, neither the sentence's nor the dateline's ("central
  // bankers meet in Belgium" are not Belgium's). Not former holders (one
  // country has had several), nor a bare "ministers" (a cabinet's).
  for (ActorMention& m : found) {
    if (m.kind != ActorKind::kAgent || m.how != "name" || m.codes.size() != 1 || m.codes[0] != "GOV" ||
        m.tok_end < m.tok_begin + 2)
      continue;
    const std::string_view last = tok_text(m.tok_end - 1), before = tok_text(m.tok_end - 2);
    static constexpr std::array<std::string_view, 4> kBankHeads = {"governors", "chiefs", "heads", "presidents"};
    const bool several = (is_word(last, "ministers") && !is_word(before, "deputy") && !is_word(before, "junior") &&
                          !is_word(before, "cabinet") && !is_word(before, "government") && !is_word(before, "state")) ||
                         (is_word(before, "bank") && is_any(last, kBankHeads)) ||
                         (is_word(before, "central") && is_word(last, "bankers"));
    const bool former = m.tok_begin > doc.sentences[m.sentence].tok_begin &&
                        (is_word(tok_text(m.tok_begin - 1), "former") || is_word(tok_text(m.tok_begin - 1), "past"));
    if (several && !former) {
      m.how = "holders of one office in several countries";
      m.explain += "; the plural of an office each country holds once: several countries, no one country";
    }
  }

  // (round 36) An officer of a named company or international organisation:
  // "a former president of Chrysler Corp", "the chairman of Toyota Motor
  // Corp", "the chief executive of the World Bank". The head's title ("former
  // president" included: ELI as a dictionary entry) followed by "of" [the]
  // and a company or an IGO/NGO by name is that organisation (its code, one
  // mention), not a country's head of state or government from the
  // sentence. A state body ("the governor of the Bank of Japan", its code a
  // country's GOV) is left as before; a bare "of the company" makes the
  // officer business (BUS), the company keeping its own mention.
  for (size_t i = 0; i + 1 < found.size(); ++i) {
    ActorMention& m = found[i];
    const ActorMention& n = found[i + 1];
    if (m.kind != ActorKind::kAgent || m.codes.size() != 1 || m.codes[0].size() != 3 || n.sentence != m.sentence ||
        n.codes.size() != 1)
      continue;
    const std::string_view head = tok_text(m.tok_end - 1);
    const bool governor = is_word(head, "governor");
    if (!is_any(head, kOrgHeadTitles) && !is_word(head, "officer") && !governor) continue;
    uint32_t t = m.tok_end;
    if (t >= n.tok_begin || !is_word(tok_text(t), "of")) continue;
    ++t;
    if (t < n.tok_begin && is_word(tok_text(t), "the")) ++t;
    if (t != n.tok_begin) continue;
    const std::string& oc = n.codes[0];
    // (round 37) ... and the head or governor of a state body by name, a
    // central bank above all ("the governor of the Bank of Japan", "the
    // president of the Bundesbank", "the chairman of the Federal Reserve":
    // `<ISO>GOV` as the dictionaries code the bank): the bank's country's
    // government, one mention, as "the Bundesbank president" is already;
    // a former one ("former governor", an elite by the dictionary) that
    // country's elite. Not the bare "governor" of a place ("the governor of
    // Texas": no organisation). A body named by a country and its kind
    // ("the Brazilian central bank", "Brazil's central bank", coded
    // `BRAGOV` by composition) is one as well.
    if ((n.kind == ActorKind::kOrg || n.kind == ActorKind::kAgent) && oc.size() == 6 && oc.compare(3, 3, "GOV") == 0 &&
        (m.codes[0] == "GOV" || m.codes[0] == "ELI" || m.codes[0] == "BUS")) {
      ActorMention c = n;
      c.tok_begin = m.tok_begin;
      if (m.codes[0] == "ELI") c.codes = {oc.substr(0, 3) + "ELI"};
      c.how = "officer of a state body";
      c.explain = fmt::format("{} of {}: the body's country", m.explain, n.explain);
      found[i] = std::move(c);
      found.erase(found.begin() + static_cast<std::ptrdiff_t>(i + 1));
      continue;
    }
    if (governor) continue;
    // ((round 43) also a party or movement the dictionaries code as out of
    // government, OPP or PTY: "the chairman of the Indian National Congress"
    // in its years in opposition is the party's, not a company's)
    const bool named = (n.kind == ActorKind::kOrg || n.how == "name (company of a place)") && oc.size() >= 6 &&
                       (oc.compare(3, 3, "BUS") == 0 || oc.compare(0, 3, "IGO") == 0 || oc.compare(0, 3, "NGO") == 0 ||
                        (n.kind == ActorKind::kOrg && (oc.compare(3, 3, "OPP") == 0 || oc.compare(3, 3, "PTY") == 0)));
    static constexpr std::array<std::string_view, 4> kFirmNouns = {"company", "firm", "corporation", "group"};
    const bool bare_firm = n.kind == ActorKind::kAgent && oc == "BUS" && n.tok_end == n.tok_begin + 1 &&
                           is_any(tok_text(n.tok_begin), kFirmNouns) && is_word(tok_text(n.tok_begin - 1), "the");
    if (!named && !bare_firm) continue;
    if (bare_firm) {
      if (m.codes[0] == "BUS") continue;
      m.codes[0] = "BUS";
      m.explain += "; an officer of the company: BUS";
      continue;
    }
    ActorMention c = n;
    c.tok_begin = m.tok_begin;
    c.how = "officer of an organisation";
    c.explain = fmt::format("{} of {}: the organisation", m.explain, n.explain);
    found[i] = std::move(c);
    found.erase(found.begin() + static_cast<std::ptrdiff_t>(i + 1));
  }

  // (round 44) Lawyers "for" or "representing" a party ("lawyers for the
  // bank", "attorneys representing Midland Bank") act for that party: a
  // bare counsel agent takes the party's code (a state's government for a
  // country; a bare agent's role, its country found as any bare agent's);
  // before a capitalised name the dictionaries lack, no actor (not the
  // dateline's judiciary).
  for (size_t i = 0; i < found.size(); ++i) {
    ActorMention& m = found[i];
    if (m.codes.size() != 1 || m.codes[0] != "JUD" || !counsel(m)) continue;
    const Sentence& s = doc.sentences[m.sentence];
    uint32_t t = m.tok_end;
    if (t >= s.tok_end || !(is_word(tok_text(t), "for") || is_word(tok_text(t), "representing"))) continue;
    ++t;
    if (t < s.tok_end && is_word(tok_text(t), "the")) ++t;
    if (t >= s.tok_end) continue;
    const ActorMention* n = nullptr;
    if (i + 1 < found.size() && found[i + 1].sentence == m.sentence && found[i + 1].tok_begin == t) n = &found[i + 1];
    if (n == nullptr) {
      if (!is_capitalized(doc.form(doc.tokens[t]))) continue;
      found.erase(found.begin() + static_cast<std::ptrdiff_t>(i));
      --i;
      continue;
    }
    if (n->codes.size() != 1 || n->codes[0].empty() || n->kind == ActorKind::kPerson) continue;
    const std::string& oc = n->codes[0];
    m.codes[0] = n->kind == ActorKind::kCountry && oc.size() == 3 ? oc + "GOV" : oc;
    m.how = "counsel for a party";
    m.explain += fmt::format("; a lawyer for {}: that party's side", n->explain);
  }

  // A bare agent followed by of/in/from/based in + a country: "the president of
  // Armenia" -> ARMGOV, "opposition groups in Zimbabwe" -> ZWEOPP.
  for (size_t i = 0; i + 1 < found.size(); ++i) {
    ActorMention& m = found[i];
    const ActorMention& n = found[i + 1];
    if (m.kind != ActorKind::kAgent || m.codes.size() != 1 || m.codes[0].size() != 3 || n.sentence != m.sentence) continue;
    uint32_t t = m.tok_end;
    // An envoy "to" or "in" a country serves another one: "the ambassador to
    // Fornost", "the envoy in Gondor's capital" -> the one other country the
    // sentence names (none, or several: left bare).
    // (an embassy or consulate likewise: "opened an embassy in Gondor")
    static constexpr std::array<std::string_view, 10> kEnvoys = {
        "ambassador", "ambassadors", "envoy", "envoys", "emissary", "emissaries", "embassy", "embassies", "consulate",
        "consulates"};
    // ("its ambassador to Fornost" is the pronoun's: resolved later)
    if (is_any(tok_text(m.tok_end - 1), kEnvoys) && t < n.tok_begin &&
        (is_word(tok_text(t), "to") || is_word(tok_text(t), "in")) &&
        (m.tok_begin == doc.sentences[m.sentence].tok_begin || pronoun_kind(tok_text(m.tok_begin - 1)) == Anaphor::kNone)) {
      uint32_t u = t + 1;
      if (u < n.tok_begin && is_word(tok_text(u), "the")) ++u;
      std::string host = u == n.tok_begin ? modifier_country(n) : std::string();
      if (host.empty()) continue;
      std::string other;
      bool several = false;
      for (const auto& o : found) {
        if (o.sentence != m.sentence || &o == &m || o.codes.size() != 1 || o.codes[0].size() < 3 ||
            is_international(o.codes[0]) || is_bare_role(o.codes[0]))
          continue;
        std::string c = o.codes[0].substr(0, 3);
        if (c == host || c == other) continue;
        if (other.empty()) other = c;
        else several = true;
      }
      if (!other.empty() && !several) {
        m.codes[0] = other + m.codes[0];
        m.how = "envoy+other country";
        m.explain = fmt::format("{}; serves in {}, so {}'s", m.explain, host, other);
      } else {
        m.how = "envoy abroad";  // not the host's: no country from the sentence either
      }
      continue;
    }
    // Peacekeepers serve in a country not their own: "peacekeepers in Fornost",
    // "the peacekeeping force to/from Gondor" are not that country's military
    // (nor, by default, any other country's the sentence names).
    if (t < n.tok_begin && (is_word(tok_text(t), "in") || is_word(tok_text(t), "to") || is_word(tok_text(t), "from"))) {
      static constexpr std::string_view kPeacekeep = "peacekeep";  // peacekeeper(s), peacekeeping force
      bool peacekeepers = false;
      for (uint32_t u = m.tok_begin; u < m.tok_end && !peacekeepers; ++u) {
        std::string_view f = tok_text(u);
        peacekeepers = f.size() >= kPeacekeep.size();
        for (size_t q = 0; q < kPeacekeep.size() && peacekeepers; ++q) peacekeepers = lower_ascii(f[q]) == kPeacekeep[q];
      }
      if (peacekeepers) {
        m.how = "peacekeepers abroad";
        continue;
      }
    }
    // (round 27) a visitor is not of the place he visits: "the visiting
    // trade minister ... in Lima" names where he was, not whose minister;
    // no country (and none from the dateline below)
    if (t < n.tok_begin && (is_word(tok_text(t), "in") || is_word(tok_text(t), "at")) &&
        m.tok_begin > doc.sentences[m.sentence].tok_begin && is_word(tok_text(m.tok_begin - 1), "visiting")) {
      m.how = "visiting agent";
      m.explain += "; a visitor: not of the place he visits";
      continue;
    }
    // (round 34) diplomats placed in a capital or a country ("diplomats in
    // Ankara", "Western diplomats in Beijing", "a diplomat in Moscow",
    // "diplomatic sources in Cairo"): the foreign diplomats posted there, whose
    // countries the sentence does not tell, not the host's government. A bare
    // agent, as an envoy abroad (no country from the sentence either); a
    // nationality still gives its own ("Turkish diplomats in Ankara" is
    // composed before and never bare).
    {
      static constexpr std::array<std::string_view, 6> kDiplomats = {
          "diplomat", "diplomats", "diplomatic", "source", "sources", "corps"};
      const std::string_view head = tok_text(m.tok_end - 1);
      bool diplomats = is_word(head, "diplomat") || is_word(head, "diplomats");
      if (!diplomats && m.tok_end >= m.tok_begin + 2 && is_any(head, kDiplomats))
        diplomats = is_word(tok_text(m.tok_end - 2), "diplomatic");  // "diplomatic sources", "diplomatic corps"
      const bool host = n.how.rfind("capital", 0) == 0 || n.kind == ActorKind::kCountry;
      if (diplomats && host && m.codes[0] == "GOV" && t + 1 == n.tok_begin && is_word(tok_text(t), "in")) {
        m.how = "diplomats posted abroad";
        m.explain += "; diplomats posted in a capital or country: foreign, not the host's";
        continue;
      }
    }
    // "a militia based in Fornost": the place of a group's base is its country
    if (t + 1 < n.tok_begin && is_word(tok_text(t), "based") && is_word(tok_text(t + 1), "in")) ++t;
    // ("students throughout Indonesia", "farmers across France": where they are is whose they are)
    if (t >= n.tok_begin || !(is_word(tok_text(t), "of") || is_word(tok_text(t), "in") || is_word(tok_text(t), "from") ||
                              is_word(tok_text(t), "throughout") || is_word(tok_text(t), "across")))
      continue;
    ++t;
    if (t < n.tok_begin && is_word(tok_text(t), "the")) ++t;
    // "rebels in northern Uganda", "forces in east Bosnia": a compass word before the country
    if (t < n.tok_begin && is_any(tok_text(t), kCompassWords)) ++t;
    if (t != n.tok_begin) continue;
    std::string country = modifier_country(n);
    // a person only after a government noun: "the regime of President X" is X's country's
    if (country.empty() || (n.kind == ActorKind::kPerson && !is_any(tok_text(m.tok_end - 1), kGovNouns))) continue;
    // a possessive names the owner: "its troops in Gondor" are the antecedent's
    // (resolved with the pronoun below), "Fornost's envoys in Gondor" Fornost's
    bool own = m.tok_begin > doc.sentences[m.sentence].tok_begin &&
               (is_any(tok_text(m.tok_begin - 1), kPossessives) || tok_text(m.tok_begin - 1) == "'s");
    // (round 43) "its currency trading department in Paris": the owner's, not Paris's
    own = own || part_owner(m) != UINT32_MAX;
    if (own) continue;
    std::string role = m.codes[0];
    // (round 16) a company's officials are business ("officials of the Bank of Tokyo")
    if (n.how == "name (company of a place)" && role == "GOV") role = "BUS";
    m.codes[0] = country + role;
    m.how = "agent+of country";
    m.explain = fmt::format("{} + {}", m.explain, n.explain);
    size_t last = i + 1;
    // coordinated countries: "officials in Fornost and Gondor" -> FORGOV, GONGOV
    for (size_t k = i + 2; k < found.size() && found[k].sentence == m.sentence; ++k) {
      const ActorMention& prev = found[k - 1];
      const ActorMention& c = found[k];
      bool conj = prev.tok_end < c.tok_begin;
      for (uint32_t u = prev.tok_end; u < c.tok_begin && conj; ++u) {
        std::string_view f = tok_text(u);
        conj = f == "," || is_word(f, "and") || is_word(f, "or") || is_word(f, "the");
      }
      std::string more = conj && c.kind != ActorKind::kPerson ? modifier_country(c) : std::string();
      if (more.empty()) break;
      if (std::find(m.codes.begin(), m.codes.end(), more + role) == m.codes.end()) m.codes.push_back(more + role);
      last = k;
    }
    // The phrase is one actor: "rebels in Chile" are the rebels, and the
    // country inside it only says whose they are (no actor of its own, as the
    // country in "Chilean rebels" is none). Not when the country may be an
    // actor in its own right: a person after a government noun ("the regime of
    // President X": X acts too), a body coming "from" it ("withdrew the force
    // from X"), an agent word inside a capitalized name ("the Bus Company of X").
    bool in_name =
        m.tok_begin > doc.sentences[m.sentence].tok_begin && is_capitalized(doc.form(doc.tokens[m.tok_begin]));
    if (n.kind != ActorKind::kPerson && !is_word(tok_text(m.tok_end), "from") && !in_name) {
      m.tok_end = found[last].tok_end;
      found.erase(found.begin() + static_cast<std::ptrdiff_t>(i + 1),
                  found.begin() + static_cast<std::ptrdiff_t>(last + 1));
    }
  }

  // Coordinated bare agents sharing the of/in phrase: "lawmakers and officials in
  // Fornost and Gondor" -> FORLEG, GONLEG as well as FORGOV, GONGOV.
  for (size_t i = found.size(); i-- > 1;) {
    ActorMention& m = found[i - 1];
    const ActorMention& n = found[i];
    if (m.sentence != n.sentence || m.kind != ActorKind::kAgent || m.codes.size() != 1 || m.codes[0].size() != 3 ||
        n.how != "agent+of country" || m.tok_end >= n.tok_begin)
      continue;
    bool conj = true;
    for (uint32_t t = m.tok_end; t < n.tok_begin && conj; ++t) {
      std::string_view f = tok_text(t);
      conj = f == "," || is_word(f, "and") || is_word(f, "or");
    }
    if (!conj) continue;
    std::string role = m.codes[0];
    m.codes.clear();
    for (const auto& c : n.codes) m.codes.push_back(c.substr(0, 3) + role);
    m.how = "agent+of country";
    m.explain = fmt::format("{} + {} (shared)", m.explain, n.explain);
  }

  // "Ethnic Albanians in south Serbia", "the Albanians of southern Serbia":
  // the country the phrase itself says the group lives in (in/of, then
  // the/a compass word, then a country or place by name, not a nationality
  // word). "in" only after "ethnic" ("Americans in Iraq" are Americans);
  // "of" also after a plural nationality alone.
  static constexpr std::array<std::string_view, 12> kCompass = {
      "the", "south", "southern", "north", "northern", "east", "eastern", "west", "western", "central", "southeast",
      "southeastern"};
  for (size_t i = 0; i + 1 < found.size(); ++i) {
    ActorMention& m = found[i];
    const ActorMention& n = found[i + 1];
    if (n.sentence != m.sentence || m.codes.size() != 1 || m.codes[0].size() < 3) continue;
    if (m.how != "adjective" && m.how != "country+agent") continue;
    bool ethnic = m.tok_begin > doc.sentences[m.sentence].tok_begin && is_word(tok_text(m.tok_begin - 1), "ethnic");
    std::string_view last = doc.form(doc.tokens[m.tok_end - 1]);
    bool plural = m.how == "adjective" && last.size() > 3 && last.back() == 's';
    uint32_t t = m.tok_end;
    if (t >= n.tok_begin) continue;
    // (round 32) "the Albanian population of Macedonia", "the Turkish
    // minority in Bulgaria", "the Greek community of Istanbul": a people
    // named by its population, minority or community noun lives where the
    // phrase says, as "ethnic Albanians in ..." do
    static constexpr std::array<std::string_view, 6> kPeopleNouns = {
        "population", "populations", "minority", "minorities", "community", "communities"};
    if (m.how == "country+agent" && is_any(tok_text(m.tok_end - 1), kPeopleNouns)) ethnic = true;
    if (m.how == "adjective" && m.codes[0].size() == 3 && is_any(tok_text(t), kPeopleNouns) && t + 1 < n.tok_begin) {
      ethnic = true;
      ++t;
    }
    bool in = is_word(tok_text(t), "in"), of = is_word(tok_text(t), "of");
    if (!((ethnic && (in || of)) || (plural && of))) continue;
    for (++t; t < n.tok_begin;) {
      if (is_any(tok_text(t), kCompass)) ++t;
      // a sponsor compound, whose country is no actor ("the Peruvian-occupied north")
      else if (t + 2 < n.tok_begin && tok_text(t + 1) == "-" && is_any(tok_text(t + 2), kSponsored)) t += 3;
      else break;
    }
    if (t != n.tok_begin || n.how == "adjective" || n.kind == ActorKind::kPerson) continue;
    std::string c = modifier_country(n);
    if (c.empty()) continue;
    // "Palestinians of the West Bank": their own country's people, civilians
    if (m.codes[0].compare(0, 3, c) == 0) {
      if (plural && of && m.codes[0].size() == 3) {
        m.codes[0] += "CVL";
        m.how += " (people of a country)";
      }
      continue;
    }
    // a bare demonym here names people, not the state they live in: civilians
    m.codes[0] = c + (m.how == "adjective" ? std::string("CVL") : m.codes[0].substr(3));
    m.how += ethnic ? " (ethnic: country of residence)" : " (people of a country)";
  }
  // "Ethnic Albanians in Serbia": CAMEO codes an ethnic group by the country
  // it lives in. A nationality after "ethnic" takes the one other country
  // named in the sentence, if there is exactly one.
  for (auto& m : found) {
    if (m.tok_begin == doc.sentences[m.sentence].tok_begin || !is_word(tok_text(m.tok_begin - 1), "ethnic")) continue;
    if (m.codes.size() != 1 || m.codes[0].size() < 3 || (m.how != "adjective" && m.how != "country+agent")) continue;
    std::string_view own = std::string_view(m.codes[0]).substr(0, 3);
    std::string other;
    bool several = false;
    for (const auto& r : found) {
      if (r.sentence != m.sentence || &r == &m || r.codes.empty() || r.how == "adjective" || r.how == "country+agent") continue;
      if (r.kind != ActorKind::kCountry && r.kind != ActorKind::kMetonym) continue;
      std::string_view c = std::string_view(r.codes[0]).substr(0, 3);
      if (c == own || is_international(r.codes[0])) continue;
      // (round 34) a country after "to" is where they go or are sent
      // ("fled to Greece", "sent back to Bulgaria") or whom they address
      // ("appealed to Sweden"): not where they live
      uint32_t u = r.tok_begin;
      if (u > doc.sentences[r.sentence].tok_begin && is_word(tok_text(u - 1), "the")) --u;
      if (u > doc.sentences[r.sentence].tok_begin && is_word(tok_text(u - 1), "to")) continue;
      if (other.empty()) other = std::string(c);
      else if (other != c) several = true;
    }
    if (other.empty() || several) {
      // "ethnic Albanians" with no country of residence to be had: still people, not a state
      if (m.how == "adjective" && m.codes[0].size() == 3) {
        m.codes[0] += "CVL";
        m.how += " (ethnic: people)";
      }
      continue;
    }
    m.codes[0] = other + (m.how == "adjective" ? std::string("CVL") : m.codes[0].substr(3));
    m.how += " (ethnic: country of residence)";
  }

  // A counted or described crowd of a nationality ("thousands of Nigerians",
  // "168 Liberians", "young Algerians"): people, not the state, so the
  // nationality's civilians (NGACVL). Only a plural demonym standing alone
  // (no agent composed with it) right after a number, "<number word> of" or
  // young/ordinary.
  static constexpr std::array<std::string_view, 10> kCounts = {
      "thousands", "hundreds", "dozens", "millions", "tens", "scores", "hundred", "thousand", "dozen", "million"};
  static constexpr std::array<std::string_view, 14> kFewMany = {
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "young", "ordinary", "many", "several", "some"};
  for (auto& m : found) {
    if (m.how != "adjective" || m.codes.size() != 1 || m.codes[0].size() != 3 || m.tok_end != m.tok_begin + 1) continue;
    std::string_view w = doc.form(doc.tokens[m.tok_begin]);
    // a plural noun ("Nigerians"), not an adjective ending in s ("Swiss francs")
    if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's' || m.tok_begin == doc.sentences[m.sentence].tok_begin)
      continue;
    if (reads_parse(m.sentence) &&
        (doc.tokens[m.tok_begin].upos == Upos::ADJ || doc.tokens[m.tok_begin].deprel == Deprel::amod))
      continue;
    uint32_t p = m.tok_begin - 1;
    std::string_view prev = tok_text(p);
    bool counted = !prev.empty() && std::isdigit(static_cast<unsigned char>(prev[0]));
    counted = counted || is_any(prev, kFewMany) || is_any(prev, kCounts);
    if (!counted && is_word(prev, "of") && p > doc.sentences[m.sentence].tok_begin) counted = is_any(tok_text(p - 1), kCounts);
    if (!counted) continue;
    m.codes[0] += "CVL";
    m.how = "adjective (people: civilians)";
  }
  // A nationality before a noun of dwellings or settlements ("Iraqi towns", "a
  // Palestinian village", "Kurdish homes"): as the object of an attack, a
  // curfew or a demolition, their inhabitants, the nationality's civilians
  // (IRQCVL), one mention over both words; not the state (as Phoenix codes
  // VILLAGE and NEIGHBORHOOD CVL).
  static constexpr std::array<std::string_view, 14> kDwellings = {
      "town", "towns", "village", "villages", "home", "homes", "houses", "hamlets", "neighborhood",
      "neighborhoods", "neighbourhood", "neighbourhoods", "dwellings", "households"};
  for (size_t i = 0; i < found.size(); ++i) {
    ActorMention& m = found[i];
    if (m.how != "adjective" || m.codes.size() != 1 || m.codes[0].size() != 3 || m.tok_end != m.tok_begin + 1 ||
        m.tok_end >= doc.sentences[m.sentence].tok_end || is_international(m.codes[0]))
      continue;
    std::string_view w = doc.form(doc.tokens[m.tok_begin]);
    if (w.size() < 4 || (w.back() == 's' && w[w.size() - 2] != 's')) continue;  // "Iraqi", "Swiss"; not "Iraqis"
    if (!is_any(tok_text(m.tok_end), kDwellings)) continue;
    if (i + 1 < found.size() && found[i + 1].tok_begin <= m.tok_end) continue;
    m.tok_end += 1;
    m.codes[0] += "CVL";
    m.how = "adjective+dwellings (civilians)";
    m.explain += "; the inhabitants of its towns or homes";
  }
  // People of a nationality said to live somewhere ("Peruvians living in Chile",
  // "Turks residing abroad"): people, not their state.
  // Where they live in their own country ("Chileans living in southern Chile",
  // "Palestinians who live in Gaza") is part of the phrase: one actor, the
  // place inside no actor of its own (as "rebels in Chile").
  // (a mention joined to the one before it is marked in `gone` and removed after
  // the loop)
  std::vector<char> gone;
  auto remove_gone = [&] {
    if (gone.empty()) return;
    remove_marked(found, gone);
    gone.clear();
  };
  auto mark_gone = [&](size_t i) {
    if (gone.empty()) gone.assign(found.size(), 0);
    gone[i] = 1;
  };
  // (round 43) unnamed firms counted by a quantifier ("many companies", "some
  // firms", "several banks", "other companies"): no party of an event, neither
  // a firm the text names nor one of a country (a nationality or a place before
  // the noun makes another mention, "several Japanese banks", and is kept). A
  // bare business agent of one plural firm noun right after the quantifier.
  {
    static constexpr std::array<std::string_view, 7> kQuantifiers = {"many",  "some", "several", "other",
                                                                     "most", "few",  "numerous"};
    // firms, not people: "some bankers criticised the plan" are persons giving
    // their views, left as they were
    static constexpr std::array<std::string_view, 17> kFirmPlurals = {
        "companies", "firms",     "banks",     "corporations", "businesses", "enterprises", "multinationals",
        "lenders",   "exporters", "importers", "manufacturers", "producers", "makers",      "insurers",
        "airlines",  "carriers",  "retailers"};
    for (size_t i = 0; i < found.size(); ++i) {
      const ActorMention& m = found[i];
      if (m.kind != ActorKind::kAgent || m.codes.size() != 1 || m.codes[0] != "BUS" ||
          m.tok_end != m.tok_begin + 1 || m.tok_begin == doc.sentences[m.sentence].tok_begin)
        continue;
      if (!is_any(tok_text(m.tok_begin), kFirmPlurals)) continue;
      if (is_any(tok_text(m.tok_begin - 1), kQuantifiers)) mark_gone(i);
    }
    remove_gone();
  }
  for (size_t i = 0; i < found.size(); ++i) {
    if (!gone.empty() && gone[i]) continue;
    ActorMention& m = found[i];
    if (m.how != "adjective" || m.codes.size() != 1 || m.codes[0].size() != 3 || m.tok_end != m.tok_begin + 1 ||
        m.tok_end >= doc.sentences[m.sentence].tok_end)
      continue;
    std::string_view w = doc.form(doc.tokens[m.tok_begin]);
    if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's') continue;
    std::string_view nx = tok_text(m.tok_end);
    bool living = is_word(nx, "living") || is_word(nx, "residing");
    uint32_t t = m.tok_end + 1;
    if (!living && is_word(nx, "who") && m.tok_end + 1 < doc.sentences[m.sentence].tok_end) {
      std::string_view v = tok_text(m.tok_end + 1);
      living = is_word(v, "live") || is_word(v, "lived") || is_word(v, "reside");
      ++t;
    }
    if (!living) continue;
    m.codes[0] += "CVL";
    m.how = "adjective (people: civilians)";
    if (i + 1 >= found.size() || found[i + 1].sentence != m.sentence) continue;
    const ActorMention& n = found[i + 1];
    if (t >= n.tok_begin || !is_word(tok_text(t), "in")) continue;
    ++t;
    if (t < n.tok_begin && is_word(tok_text(t), "the")) ++t;
    if (t < n.tok_begin && is_any(tok_text(t), kCompassWords)) ++t;
    if (t != n.tok_begin || n.codes.size() != 1 || n.codes[0].size() != 3 ||
        !(n.kind == ActorKind::kCountry || n.kind == ActorKind::kPlace) || modifier_country(n) != m.codes[0].substr(0, 3))
      continue;
    m.tok_end = n.tok_end;
    m.explain += fmt::format("; living in {}", n.explain);
    mark_gone(i + 1);
  }
  remove_gone();

  // A nationality before the plural name of a community that lives across
  // borders ("Iraqi Kurds", "Lebanese Christians", "Sri Lankan Tamils") or of
  // another nationality's people ("Bosnian Serbs"): the people of that
  // community in the first country, civilians of it (IRQCVL, BIHCVL), one
  // mention over both words; not the first country's state.
  {
    static constexpr std::array<std::string_view, 34> kCommunities = {
        "kurds", "shiites", "shias", "sunnis", "tamils", "hutus", "tutsis", "pashtuns", "baluchis", "berbers",
        "tuaregs", "roma", "druze", "alawites", "christians", "muslims", "moslems", "jews", "catholics",
        "protestants", "hindus", "sikhs", "maronites", "copts", "arabs", "turkmens", "turkmen", "uzbeks",
        "tajiks", "hazaras", "somalis", "albanians", "serbs", "croats"};
    auto nationality = [&](const ActorMention& p) {  // "Iraqi", not "Iraqis"
      if (p.how != "adjective" || p.codes.size() != 1 || p.codes[0].size() != 3 || p.tok_end != p.tok_begin + 1 ||
          is_international(p.codes[0]))
        return false;
      std::string_view pf = doc.form(doc.tokens[p.tok_begin]);
      return !pf.empty() && pf.back() != 's';
    };
    auto make_people = [&](ActorMention& p, uint32_t end, std::string_view why) {
      p.tok_end = end;
      p.codes[0] += "CVL";
      p.kind = ActorKind::kAgent;
      p.how = "adjective+people";
      p.explain += why;
    };
    // a community's name the dictionaries do not code right after p ("Iraqi Kurds"),
    // before the next mention `next` (nullptr: none)
    auto uncoded_community = [&](ActorMention& p, const ActorMention* next) {
      uint32_t t = p.tok_end;
      if (t < doc.sentences[p.sentence].tok_end && (!next || next->sentence != p.sentence || next->tok_begin > t) &&
          is_capitalized(doc.form(doc.tokens[t])) && is_any(tok_text(t), kCommunities))
        make_people(p, t + 1, "; the people of a community living there");
    };
    size_t w = 0;
    for (size_t r = 0; r < found.size(); ++r) {
      ActorMention& m = found[r];
      if (w > 0 && nationality(found[w - 1])) {
        ActorMention& p = found[w - 1];
        // another nationality's plural demonym right after ("Bosnian Serbs")
        if (m.sentence == p.sentence && m.tok_begin == p.tok_end && m.how == "adjective" &&
            m.tok_end == m.tok_begin + 1 && m.codes.size() == 1 && m.codes[0].size() == 3 &&
            m.codes[0] != p.codes[0] && is_any(tok_text(m.tok_begin), kCommunities)) {
          make_people(p, m.tok_end, fmt::format(" + {} (people of that origin living there)", m.explain));
          continue;  // m is part of p now
        }
        // (round 21) a community the dictionaries read by the document's states
        // ("Iraqi Kurds" where "Kurds" is a people's entry): the nationality
        // says which state's, as for a community they lack
        if (m.sentence == p.sentence && m.tok_begin == p.tok_end && m.kind == ActorKind::kPlace && m.entry >= 0 &&
            dict.entry(static_cast<uint32_t>(m.entry)).people && m.tok_end == m.tok_begin + 1 &&
            is_any(tok_text(m.tok_begin), kCommunities)) {
          make_people(p, m.tok_end, "; the people of a community living there");
          continue;
        }
        uncoded_community(p, &m);
      }
      if (w != r) found[w] = std::move(found[r]);
      ++w;
    }
    found.resize(w);
    if (!found.empty() && nationality(found.back())) uncoded_community(found.back(), nullptr);
  }

  // A bare agent coordinated with a country's agent of the same role shares
  // the country: "Israeli tanks and helicopters" -> ISRMIL twice, "Russian
  // aircraft including helicopter gunships". Different roles do not ("Israeli
  // troops and protesters": the protesters may be anyone's).
  for (size_t i = 0; i + 1 < found.size(); ++i) {
    const ActorMention& m = found[i];
    ActorMention& n = found[i + 1];
    if (n.sentence != m.sentence || m.codes.size() != 1 || m.codes[0].size() != 6 ||
        m.how.rfind("country+agent", 0) != 0 || n.kind != ActorKind::kAgent || n.codes.size() != 1 ||
        n.codes[0].size() != 3 || m.codes[0].compare(3, 3, n.codes[0]) != 0 || m.tok_end >= n.tok_begin)
      continue;
    bool conj = true;
    for (uint32_t t = m.tok_end; t < n.tok_begin && conj; ++t) {
      std::string_view f = tok_text(t);
      conj = f == "," || is_word(f, "and") || is_word(f, "or") || is_word(f, "including");
    }
    if (!conj) continue;
    n.codes[0] = m.codes[0];
    n.how = "agent+shared country";
    n.explain = fmt::format("{} + {} (shared)", n.explain, m.explain);
  }

  // An agent describing a body named by an acronym the dictionaries lack ("the
  // official news agency WNA", "the ruling party KDP"): the acronym is that body,
  // so the mention runs over it (the parse makes the acronym the subject or
  // object). Up to three lower-case words may stand between, the last one a
  // body noun; the acronym is all capitals, 2 to 8 letters, and no mention.
  {
    static constexpr std::array<std::string_view, 16> kBodyHeads = {
        "agency", "party", "group", "newspaper", "daily", "weekly", "radio", "television", "channel", "network",
        "movement", "front", "union", "station", "magazine", "organisation"};
    for (size_t k = 0; k < found.size(); ++k) {
      ActorMention& m = found[k];
      if (m.kind != ActorKind::kAgent || m.codes.size() != 1) continue;
      const Sentence& s = doc.sentences[m.sentence];
      uint32_t limit = k + 1 < found.size() && found[k + 1].sentence == m.sentence ? found[k + 1].tok_begin : s.tok_end;
      uint32_t t = m.tok_end;
      bool head = is_any(tok_text(m.tok_end - 1), kBodyHeads);
      for (int words = 0; t < limit && words < 3; ++t, ++words) {
        std::string_view f = doc.form(doc.tokens[t]);
        if (f.empty() || !std::islower(static_cast<unsigned char>(f[0]))) break;
        bool alpha = true;
        for (char c : f) alpha = alpha && std::isalpha(static_cast<unsigned char>(c));
        if (!alpha) break;
        head = is_any(f, kBodyHeads);
      }
      if (!head || t >= limit) continue;
      std::string_view a = doc.form(doc.tokens[t]);
      bool acronym = a.size() >= 2 && a.size() <= 8;
      for (char c : a) acronym = acronym && std::isupper(static_cast<unsigned char>(c));
      // a company's legal form is no body's name ("Union AG", "Holding NV")
      static constexpr std::array<std::string_view, 12> kLegalForms = {"ag", "nv", "sa", "plc", "inc", "ltd",
                                                                      "co", "corp", "spa", "bv", "gmbh", "llc"};
      if (!acronym || is_any(a, kLegalForms)) continue;
      m.tok_end = t + 1;
      m.explain += "; names the body " + std::string(a);
    }
  }

  // A named association the dictionaries lack ("the Third World Water Forum",
  // "the Association of African Jurists", "the Nigerian Bar Association"): a
  // run of capitalized words (of/for/and/on/the inside) with one of the
  // civil-society head nouns below, covering no mention but nationality or
  // country words, is a non-governmental organisation: NGO, or <ISO>NGO when
  // one country is named inside. Committees, councils and commissions are
  // left alone (as often state or party bodies as not), except a commission,
  // directorate or inspectorate whose name opens with a country's name ("the
  // Kenya Ports Commission", "the Chile Water Directorate"): a state body,
  // <ISO>GOV (a nationality word does not say so: "the Chilean Copper
  // Commission" may be an industry's).
  {
    static constexpr std::array<std::string_view, 3> kStateHeads = {"commission", "directorate", "inspectorate"};
    static constexpr std::array<std::string_view, 5> kOrgHeads = {
        "association", "forum", "foundation", "society", "federation"};
    // companies are no NGOs ("CCX Network Inc", "Savings and Loan Association Corp")
    static constexpr std::array<std::string_view, 16> kCompany = {
        "inc",  "corp", "corporation", "co", "ltd", "plc", "llc", "company", "group", "bank", "holdings", "ag", "nv", "sa",
        "savings", "network"};
    static constexpr std::array<std::string_view, 5> kOrgInner = {"of", "for", "and", "on", "the"};
    std::vector<int32_t>& cover = S.cover;
    cover.assign(doc.tokens.size(), -1);
    for (size_t k = 0; k < found.size(); ++k)
      for (uint32_t t = found[k].tok_begin; t < found[k].tok_end && t < cover.size(); ++t) cover[t] = int32_t(k);
    // (round 18) a capitalised agent word of a trade or a walk of life,
    // composed with a place or a country, inside the name ("the Ruritown
    // Shipowners and Brokers Association") is part of it, and the body is of
    // that sector and country
    static constexpr std::array<std::string_view, 8> kMemberRoles = {"BUS", "AGR", "LAB", "EDU",
                                                                     "MED", "HLH", "CVL", "REF"};
    auto member_role = [&](const ActorMention& c) -> std::string_view {
      // (an agent composed with a place or country, "Ruritown Shipowners"; a
      // bare one is left to take its country from the sentence as before)
      if (c.kind != ActorKind::kAgent || c.codes.size() != 1 || c.codes[0].size() != 6 ||
          is_international(c.codes[0]) || is_bare_role(c.codes[0].substr(0, 3)) ||
          std::find(kMemberRoles.begin(), kMemberRoles.end(),
                    std::string_view(c.codes[0]).substr(c.codes[0].size() - 3)) == kMemberRoles.end())
        return {};
      for (uint32_t u = c.tok_begin; u < c.tok_end; ++u) {
        std::string_view f = doc.form(doc.tokens[u]);
        if (f.empty() || !is_capitalized(f) || !has_lower(f)) return {};
      }
      return std::string_view(c.codes[0]).substr(c.codes[0].size() - 3);
    };
    auto inside_ok = [&](uint32_t t) {
      if (cover[t] < 0) return true;
      const ActorMention& c = found[size_t(cover[t])];
      if (c.kind == ActorKind::kCountry || c.kind == ActorKind::kPlace || c.how == "capital" ||
          !member_role(c).empty())
        return true;
      // (round 28) a bare agent word written capitalised inside the name ("the
      // National Association of Securities Dealers"): a word of the name, not
      // a second actor; it gives no sector (the name stays NGO)
      if (c.kind != ActorKind::kAgent || c.codes.size() != 1 || c.codes[0].size() != 3 ||
          std::find(kMemberRoles.begin(), kMemberRoles.end(), std::string_view(c.codes[0])) == kMemberRoles.end())
        return false;
      for (uint32_t u = c.tok_begin; u < c.tok_end; ++u) {
        std::string_view f = doc.form(doc.tokens[u]);
        if (f.empty() || !is_capitalized(f) || !has_lower(f)) return false;
      }
      return true;
    };
    // (round 18) a capital or a place inside the name is the body's country
    // ("the Ruritown Millers Association" -> <ISO>NGO), as a country's name
    // is; not a city that is the seat of intergovernmental bodies (a body
    // named after Geneva or Brussels may be any country's or none)
    static constexpr std::array<std::string_view, 8> kIgoSeats = {
        "geneva", "brussels", "strasbourg", "luxembourg", "vienna", "hague", "basle", "basel"};
    auto place_country = [&](const ActorMention& c, bool seats_ok = false) -> std::string {
      if (c.kind != ActorKind::kPlace && c.how != "capital") return {};
      if (c.codes.size() != 1 || c.codes[0].size() < 3 || is_international(c.codes[0]) ||
          is_bare_role(c.codes[0].substr(0, 3)))
        return {};
      if (!seats_ok)
        for (uint32_t u = c.tok_begin; u < c.tok_end; ++u)
          if (is_any(tok_text(u), kIgoSeats)) return {};
      return c.codes[0].substr(0, 3);
    };
    // (round 19) a stock exchange, bourse or market named after its city
    // ("the Ruritown Stock Exchange", "the Ruritown Bourse") is a business of
    // that city's country, not its government; a seat of intergovernmental
    // bodies names its own exchange too
    static constexpr std::array<std::string_view, 3> kMarketHeads = {"exchange", "bourse", "bourses"};
    auto cap_word = [&](uint32_t t) {
      std::string_view f = doc.form(doc.tokens[t]);
      return !f.empty() && std::isalpha(static_cast<unsigned char>(f[0])) && is_capitalized(f) &&
             !is_any(tok_text(t), kNotNames);
    };
    std::vector<ActorMention> orgs;
    for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
      const Sentence& s = doc.sentences[si];
      for (uint32_t t = s.tok_begin; t < s.tok_end;) {
        if (!cap_word(t) || !inside_ok(t)) { ++t; continue; }
        uint32_t b = t, e = t;  // [b, e): the run; it ends on a capitalized word
        for (uint32_t u = t; u < s.tok_end && inside_ok(u); ++u) {
          if (cap_word(u)) e = u + 1;
          else if (!is_any(tok_text(u), kOrgInner) || u == t) break;
        }
        t = e > t ? e : t + 1;
        while (b < e && (is_word(tok_text(b), "the") || is_word(tok_text(b), "a"))) ++b;
        // a sentence's first word is capitalized whatever it is: a common noun
        // there ("Members of the Association of ...") is no part of the name
        while (b < e && b == s.tok_begin && doc.tokens[b].upos != Upos::PROPN && doc.tokens[b].upos != Upos::X &&
               !is_any(tok_text(b), kOrgHeads)) {
          ++b;
          while (b < e && is_any(tok_text(b), kOrgInner)) ++b;
          if (b < e && doc.tokens[b].upos == Upos::ADJ) break;  // "The Third World ..." keeps "Third"
        }
        bool head = false, state_head = false;
        size_t caps = 0;
        std::string country;
        std::string_view sector;
        bool several = false, mixed = false;
        bool market = false, market_several = false;
        std::string market_country;
        for (uint32_t u = b; u < e; ++u) {
          market = market || (cover[u] < 0 && is_any(tok_text(u), kMarketHeads));
          if (cover[u] >= 0) {
            const ActorMention& cm = found[size_t(cover[u])];
            std::string c = cm.kind == ActorKind::kCountry ? (cm.codes.empty() ? "" : cm.codes[0].substr(0, 3))
                                                           : place_country(cm, true);
            if (!c.empty()) {
              if (market_country.empty()) market_country = c;
              else if (c != market_country) market_several = true;
            }
          }
          if (cover[u] >= 0) {
            const std::string_view r = member_role(found[size_t(cover[u])]);
            if (!r.empty()) {
              if (sector.empty()) sector = r;
              else if (r != sector) mixed = true;
              const std::string& cc = found[size_t(cover[u])].codes[0];
              if (cc.size() == 6) {
                if (country.empty()) country = cc.substr(0, 3);
                else if (cc.compare(0, 3, country) != 0) several = true;
              }
            }
          }
          head = head || (cover[u] < 0 && is_any(tok_text(u), kOrgHeads));
          state_head = state_head || (cover[u] < 0 && is_any(tok_text(u), kStateHeads));
          if (is_any(tok_text(u), kCompany)) caps = 0, head = false, state_head = false, u = e - 1;
          caps += cap_word(u);
          if (cover[u] >= 0 && (found[size_t(cover[u])].kind == ActorKind::kCountry ||
                                !place_country(found[size_t(cover[u])]).empty())) {
            const ActorMention& cm = found[size_t(cover[u])];
            std::string c = cm.kind != ActorKind::kCountry ? place_country(cm)
                            : cm.codes.empty()              ? ""
                                                            : cm.codes[0].substr(0, 3);
            if (country.empty()) country = c;
            else if (c != country) several = true;
          }
        }
        bool state = !head && state_head && !several && !country.empty() && cover[b] >= 0 &&
                     found[size_t(cover[b])].kind == ActorKind::kCountry && found[size_t(cover[b])].how == "name";
        market = market && !head && !state_head && !market_several && !market_country.empty() && caps >= 2 &&
                 !(e < s.tok_end && is_any(tok_text(e), kCompany));
        if (market) {
          ActorMention o;
          o.sentence = si;
          o.tok_begin = b;
          o.tok_end = e;
          o.codes = {market_country + "BUS"};
          o.kind = ActorKind::kOrg;
          o.how = "market of a city";
          o.explain = "capitalized name of a stock exchange or bourse with its city or country; not in the dictionaries";
          orgs.push_back(std::move(o));
          continue;
        }
        if (!(head || state) || caps < 2 || (e < s.tok_end && is_any(tok_text(e), kCompany))) continue;
        ActorMention o;
        o.sentence = si;
        o.tok_begin = b;
        o.tok_end = e;
        o.codes = {state ? country + "GOV"
                         : (several ? std::string() : country) +
                               (sector.empty() || mixed ? std::string("NGO") : std::string(sector))};
        o.kind = ActorKind::kOrg;
        o.how = state ? "country's named commission" : "unknown association";
        o.explain = state ? "capitalized name opening with a country, with a state-body head noun; not in the dictionaries"
                          : "capitalized name with a civil-society head noun; not in the dictionaries";
        orgs.push_back(std::move(o));
      }
    }
    if (!orgs.empty()) {
      // the covered nationality/country mentions are part of the name now
      std::vector<char> drop(found.size(), 0);
      for (const auto& o : orgs)
        for (uint32_t u = o.tok_begin; u < o.tok_end; ++u)
          if (cover[u] >= 0) drop[size_t(cover[u])] = 1;
      std::vector<ActorMention> merged;
      merged.reserve(found.size() + orgs.size());
      size_t a = 0;
      for (size_t k = 0; k < found.size(); ++k) {
        while (a < orgs.size() && orgs[a].tok_begin < found[k].tok_begin) merged.push_back(std::move(orgs[a++]));
        if (!drop[k]) merged.push_back(std::move(found[k]));
      }
      while (a < orgs.size()) merged.push_back(std::move(orgs[a++]));
      found = std::move(merged);
    }
  }

  // Two role words in a row, one of them the generic civilian ("civilian
  // refugees", "student protesters", "Tamil civilian refugees"): one group,
  // coded by the more specific role (REF, EDU), not two mentions; two words of
  // one role ("civilian protesters") likewise. Pairs the dictionaries list as
  // one entry ("student activists") never get here.
  for (size_t i = 0; i + 1 < found.size(); ++i) {
    if (!gone.empty() && gone[i]) continue;
    ActorMention& a = found[i];
    const ActorMention& b = found[i + 1];
    // The generic civilian word before a nationality's group ("elderly Peruvian
    // nationals", "civilian Afghan refugees"): it only describes the group, one
    // mention, the group's code.
    if (a.sentence == b.sentence && a.tok_end == b.tok_begin && a.kind == ActorKind::kAgent &&
        b.kind == ActorKind::kAgent && a.codes.size() == 1 && b.codes.size() == 1 && a.codes[0] == "CVL" && a.how == "name" && a.tok_end == a.tok_begin + 1 && b.how == "country+agent" &&
        b.codes[0].size() == 6 && !is_international(b.codes[0])) {
      found[i + 1].tok_begin = a.tok_begin;
      found[i + 1].explain += fmt::format("; with {} before it (one group)", a.explain);
      mark_gone(i);
      continue;
    }
    if (a.sentence != b.sentence || a.tok_end != b.tok_begin || a.kind != ActorKind::kAgent ||
        b.kind != ActorKind::kAgent || a.codes.size() != 1 || b.codes.size() != 1 || b.codes[0].size() != 3 ||
        !is_bare_role(b.codes[0]) || b.how.find("title") != std::string::npos ||
        a.how.find("title") != std::string::npos)
      continue;
    const bool bare = a.codes[0].size() == 3 && is_bare_role(a.codes[0]);
    const bool composed = a.codes[0].size() == 6 && a.how == "country+agent" && !is_international(a.codes[0]) &&
                          !is_bare_role(a.codes[0].substr(0, 3)) && is_bare_role(a.codes[0].substr(3));
    if (!bare && !composed) continue;
    const std::string ra = a.codes[0].substr(a.codes[0].size() - 3), rb = b.codes[0];
    std::string role = ra == "CVL" ? rb : ra;
    const char* why = "one group: the more specific role";
    if (ra != rb && ra != "CVL" && rb != "CVL") {
      // Two different specific roles, the first word (singular) modifying the
      // second: CAMEO dictionaries code such a phrase by the body or side the
      // first word names (REBEL_SOLDIER, OPPOSITION_MP, ARMY_OFFICER,
      // UNION_REPRESENTATIVE, POLICE_OFFICIAL), as our country + "army
      // spokesman" is <ISO>MIL. Three cases, one mention each:
      // - a body's officials, spokesmen, leaders ("union officials" LAB,
      //   "company spokesman" BUS, "army leaders" MIL, "rebel officials" REB):
      //   GOV is a government's agent only (as "Red Cross officials" are the Red
      //   Cross); not after a word that is as often an attribute (moderate,
      //   radical, criminal, elite);
      // - an armed side's or the opposition's fighters and members ("rebel
      //   soldiers" REB, "opposition legislators" OPP, "opposition troops"
      //   REB: the opposition under arms; "opposition militias" UAF);
      // - "government" before a state force or court ("government soldiers"
      //   MIL, "government prosecutors" JUD): it says only whose they are.
      // Not a minister or a title pair ("farm minister", "Labour Minister
      // Brigadier X"), a capitalized second word (a name: "Union Bank"), or
      // an institution rather than people as the second word ("executive
      // authority", "business newspaper": left as they were).
      const std::string_view aw = tok_text(a.tok_end - 1), bw = tok_text(b.tok_end - 1);
      if (aw.size() > 3 && aw.back() == 's' && aw[aw.size() - 2] != 's') continue;  // "told officials rebels had ..."
      if (is_any(aw, kTitles) || is_any(aw, kMoreTitles)) continue;
      const std::string_view bf = doc.form(doc.tokens[b.tok_begin]);
      if (bf.size() > 1 && std::isupper(static_cast<unsigned char>(bf[0])) &&
          std::islower(static_cast<unsigned char>(bf[1])))
        continue;
      static constexpr std::array<std::string_view, 6> kOffices = {"minister", "ministers", "ministry",
                                                                   "ministries", "secretary", "secretaries"};
      if (is_any(bw, kOffices)) continue;
      static constexpr std::array<std::string_view, 25> kHeads = {
          "official", "officials", "spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson",
          "spokespeople", "leader", "leaders", "leadership", "president", "presidents", "chairman", "chairmen",
          "chairwoman", "representative", "representatives", "negotiator", "negotiators", "delegate",
          "delegates", "delegation", "envoy", "envoys"};
      const auto state_force = [](std::string_view r) { return r == "MIL" || r == "COP" || r == "SPY" || r == "JUD"; };
      const auto armed = [](std::string_view r) { return r == "REB" || r == "INS" || r == "UAF"; };
      if (rb == "GOV" && is_any(bw, kHeads) && ra != "MOD" && ra != "RAD" && ra != "CRM" && ra != "ELI") {
        role = ra;
      } else if (ra == "GOV" && a.tok_end == a.tok_begin + 1 && state_force(rb)) {  // ("central bank officer": the bank's)
        role = rb;
      } else if (armed(ra) && (rb == "MIL" || armed(rb))) {
        role = ra;
      } else if (ra == "OPP" && (rb == "LEG" || rb == "MIL" || armed(rb))) {
        role = rb == "MIL" ? "REB" : armed(rb) ? rb : ra;
      } else {
        continue;
      }
      why = "one group: the body or side the first word names";
    }
    if (ra == "CVL" || role != ra) a.entry = b.entry;
    a.codes[0] = a.codes[0].substr(0, a.codes[0].size() - 3) + role;
    a.tok_end = b.tok_end;
    a.explain += fmt::format("; with {} ({})", b.explain, why);
    mark_gone(i + 1);
  }
  remove_gone();

  // A committee of a legislature named in capitals ("the Senate Finance
  // Committee", "House Ways and Means Committee Chairman Tom Marlow", "the
  // Parliamentary Defence Committee"): one mention, the legislature's (LEG),
  // over the chamber word, the committee's name and a chairman or member after it
  // with the name that follows (the chairman of a legislative committee is a
  // legislator, not a company chairman). The chamber word opens the run:
  // Senate, House, Congressional, Parliamentary, Parliament; a dictionary mention
  // ending on it lends its country ("U.S. Senate" USALEG).
  {
    static constexpr std::array<std::string_view, 5> kChambers = {"senate", "house", "congressional", "parliamentary",
                                                                  "parliament"};
    static constexpr std::array<std::string_view, 7> kMembers = {"chairman", "chairwoman", "chair", "member",
                                                                 "members", "vice-chairman", "leader"};
    std::vector<ActorMention>& made = S.made;
    std::vector<char>& drop = S.drop;
    made.clear();
    drop.assign(found.size(), 0);
    size_t fi = 0;
    for (const Sentence& sn : doc.sentences) {
      for (uint32_t t = sn.tok_begin; t < sn.tok_end; ++t) {
        std::string_view f = doc.form(doc.tokens[t]);
        if (f != "Committee" && f != "Subcommittee") continue;
        // back over the committee's capitalized name ("Ways and Means") to a chamber word
        uint32_t b = t, words = 0;
        bool chamber = false;
        while (b > sn.tok_begin && words < 6) {
          std::string_view g = doc.form(doc.tokens[b - 1]);
          if (is_capitalized(g) && std::isalpha(static_cast<unsigned char>(g[0]))) {
            --b;
            ++words;
            if (is_any(tok_text(b), kChambers)) { chamber = true; break; }
            continue;
          }
          if ((g == "and" || g == "&") && b - 1 > sn.tok_begin && words > 0) { --b; continue; }
          break;
        }
        if (!chamber) continue;
        // the chamber word opens the name, or follows a mention ("U.S. Senate"):
        // not inside another capitalized name ("the Clearing House Committee")
        if (b > sn.tok_begin) {
          std::string_view g = doc.form(doc.tokens[b - 1]);
          if (is_capitalized(g) && std::isalpha(static_cast<unsigned char>(g[0])) && !is_word(g, "the")) {
            bool after_mention = false;
            for (size_t k = fi; k < found.size() && found[k].tok_begin < b && !after_mention; ++k)
              after_mention = found[k].tok_end > b - 1 && found[k].tok_end <= b + 1;
            if (!after_mention) continue;
          }
        }
        uint32_t e = t + 1;
        if (e < sn.tok_end && is_any(tok_text(e), kMembers)) {
          ++e;
          // the name after the title ("Chairman Tom Marlow"): up to three capitalized words
          uint32_t n = e;
          while (n < sn.tok_end && n < e + 3) {
            std::string_view g = doc.form(doc.tokens[n]);
            if (!is_capitalized(g) || !std::isalpha(static_cast<unsigned char>(g[0])) || is_any(tok_text(n), kNotNames))
              break;
            ++n;
          }
          e = n;
        }
        ActorMention c;
        c.sentence = static_cast<uint32_t>(&sn - doc.sentences.data());
        c.tok_begin = b;
        c.tok_end = e;
        c.kind = ActorKind::kAgent;
        c.codes = {"LEG"};
        c.how = "name";
        c.explain = "a committee of a legislature (chamber word + committee name)";
        while (fi < found.size() && found[fi].tok_end <= b) ++fi;
        // the mentions inside the phrase give way to it; one that starts before
        // it must be the chamber's own name with a country ("U.S. Senate"), and
        // none may run past it ("the White House Budget Committee": left alone)
        bool ok = true;
        size_t k_end = fi;
        for (size_t k = fi; k < found.size() && found[k].tok_begin < e && ok; ++k, k_end = k) {
          const ActorMention& x = found[k];
          if (x.tok_end > e) ok = false;
          else if (x.tok_begin < b) {
            ok = x.codes.size() == 1 && x.codes[0].size() >= 6 && x.codes[0].compare(3, 3, "LEG") == 0 &&
                 !is_international(x.codes[0]);
            if (ok) c.codes = {x.codes[0].substr(0, 6)}, c.tok_begin = x.tok_begin, c.kind = x.kind;
          }
        }
        if (!ok) continue;
        for (size_t k = fi; k < k_end; ++k) drop[k] = 1;
        made.push_back(std::move(c));
        t = e - 1;
      }
    }
    if (!made.empty()) {
      std::vector<ActorMention>& merged = S.merged;
      merged.clear();
      merged.reserve(found.size() + made.size());
      size_t a = 0;
      for (size_t k = 0; k < found.size(); ++k) {
        while (a < made.size() && made[a].tok_begin <= found[k].tok_begin) merged.push_back(std::move(made[a++]));
        if (!drop[k]) merged.push_back(std::move(found[k]));
      }
      while (a < made.size()) merged.push_back(std::move(made[a++]));
      found.swap(merged);
    }
  }

  // Dateline country: "SEOUL, Oct. 24 (Yonhap) --" in the first sentences.
  std::string doc_country;
  for (const auto& m : found) {
    if (m.sentence > 2) break;
    if (m.how == "capital" && m.entry >= 0) {
      bool caps = !has_lower(doc.form(doc.tokens[m.tok_begin]));
      bool comma = m.tok_end < doc.tokens.size() && tok_text(m.tok_end) == ",";
      if (caps && comma) { doc_country = dict.entry(static_cast<uint32_t>(m.entry)).country; break; }
    }
  }
  // A dateline given apart from the text ("BONN, April 24 -", Reuters-21578),
  // when it names a capital: only for a legislature of no stated country
  // ("met Senate leaders", "told Congress"), the chamber of the country the
  // story is filed from, not of a visitor named in the sentence.
  std::string filed_in;
  std::string dl_country;  // (round 19) dateline_country(), computed when a rule needs it
  bool dl_known = false;
  if (doc_country.empty() && !doc.dateline.empty()) {
    std::string_view dl = doc.dateline;
    size_t comma = dl.find(',');
    if (comma != std::string_view::npos && comma > 0) filed_in = dict.capital_country(dl.substr(0, comma));
  }

  // ---- 3. Coreference: title-only references, possessive pronoun + agent,
  // pronouns and plural references, in text order.
  std::vector<ActorMention>& resolved = out.mentions;
  resolved.reserve(found.size() + 8);
  // (round 45) A news outlet given as the source of the report it opens
  // ("Tass said ...", "Kyodo News reported ...") stands outside the clause it
  // reports: a "they"/"their" at `t` there, with some other mention between
  // the outlet and the pronoun (a plural subject, a group, a party's
  // members), is of that clause, not the reporter.
  auto reporter_outside = [&](const ActorMention& r, uint32_t si, uint32_t t) {
    static constexpr std::array<std::string_view, 4> kReports = {"said", "says", "reported", "reports"};
    if (r.sentence != si || r.codes.size() != 1 || r.codes[0].size() < 3 || !r.codes[0].ends_with("MED") ||
        r.tok_end >= t || !is_any(tok_text(r.tok_end), kReports))
      return false;
    for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;)
      if (resolved[k].tok_begin > r.tok_end && resolved[k].tok_end <= t && resolved[k].kind != ActorKind::kPlace)
        return true;
    return false;
  };
  uint32_t current_sentence = 0;
  // A mention that is the object of a preposition ("in a message to the
  // Council", "after talks with Gondor", "at a meeting of OPEC"): the word
  // before it, past determiners and one adjective-like word, is a preposition
  // (through an "of" phrase: "at a meeting of OPEC"). "Of" alone ("the envoy
  // of Fornost told ...") and "as" are not counted. A conjunct or a bracketed
  // apposition ("with Japan and Korea", "to the Fed (Federal Reserve)") is
  // what the mention before it is; in a list of names the walk passes over
  // the other conjuncts' capitalized words ("to the Fund, the Bank and the
  // Treasury"), and over a bracket ("the (World) Bank"). Surface only. `k`
  // indexes `resolved`.
  auto oblique = [&](int32_t k) {
    static constexpr std::array<std::string_view, 31> kPreps = {
        "in", "at", "on", "to", "from", "with", "by", "for", "after", "before", "during", "under", "against",
        "about", "into", "toward", "towards", "between", "among", "amid", "amidst", "without", "through",
        "over", "near", "via", "despite", "following", "upon", "within", "across"};
    static constexpr std::array<std::string_view, 9> kDets = {"the", "a", "an", "this", "that", "these", "those", "another", "("};
    static constexpr std::array<std::string_view, 4> kJoins = {",", "and", "or", "("};
    for (int hops = 0; hops < 8 && k >= 0; ++hops) {
      const ActorMention& r = resolved[static_cast<size_t>(k)];
      const uint32_t s0 = doc.sentences[r.sentence].tok_begin;
      uint32_t u = r.tok_begin;
      bool through_of = false, joined = false, in_list = false;
      int words = 0;  // lower-case content words skipped (one adjective; a head noun and one more before "of")
      for (int steps = 0; u > s0 && steps < 14; ++steps) {
        std::string_view w = tok_text(u - 1);
        if (w == ")") {  // a bracketed word or two: passed over
          uint32_t q = u - 1;
          while (q > s0 && q + 6 > u && tok_text(q - 1) != "(") --q;
          if (q > s0 && tok_text(q - 1) == "(") { u = q - 1; continue; }
          return false;
        }
        // (a comma joins only a list member that another conjunct follows: "to A, B
        // and C", never the comma closing a fronted phrase: "To A, B said ...")
        const bool list_comma = w == "," && r.tok_end < doc.sentences[r.sentence].tok_end &&
                                (tok_text(r.tok_end) == "," || is_word(tok_text(r.tok_end), "and") ||
                                 is_word(tok_text(r.tok_end), "or"));
        const bool list_join = list_comma || is_word(w, "and") || is_word(w, "or");
        if (words == 0 && !through_of && is_any(w, kJoins) && (w != "," || list_comma || in_list)) {
          // a mention ending right before the conjunction or bracket: this one is its conjunct
          int32_t prev = -1;
          for (int32_t q = k - 1; q >= 0 && q >= k - 3; --q) {
            const ActorMention& x = resolved[static_cast<size_t>(q)];
            if (x.sentence != r.sentence) break;
            if (x.tok_end + 1 == u) { prev = q; break; }
          }
          if (prev >= 0) { k = prev; joined = true; break; }
          if (list_join || (in_list && w == ",")) { in_list = true; --u; continue; }  // a conjunct the dictionaries lack
        }
        if (is_any(w, kDets)) { --u; continue; }
        if (is_any(w, kPreps)) return true;
        std::string_view f = doc.form(doc.tokens[u - 1]);
        if (in_list && !words && !through_of && is_capitalized(f)) { --u; continue; }  // another conjunct's name
        if (!through_of && is_word(w, "of")) { through_of = true; words = 0; --u; continue; }
        const bool lower = !f.empty() && f[0] >= 'a' && f[0] <= 'z';
        if (!lower || ++words > (through_of ? 2 : 1) || pronoun_kind(w) != Anaphor::kNone || is_word(w, "and") ||
            is_word(w, "or"))
          return false;
        --u;
      }
      if (!joined) return false;
    }
    return false;
  };
  // Antecedent search: in the pronoun's own sentence the leftmost compatible
  // mention (usually the subject: "Lee told Abe that his government ..." ->
  // Lee) that is not the object of a preposition ("In a message to the
  // Council, Fornost said it ..." -> Fornost), else the leftmost compatible
  // one; else the most recent one in the sentences before.
  // (round 16) the last pronoun found to refer to a thing, no actor
  struct ThingPronoun {
    uint32_t sentence = UINT32_MAX, tok = 0;
    Anaphor kind = Anaphor::kNone;
  } thing_pronoun;
  auto recent = [&](auto pred) -> int32_t {
    out.refers_back[current_sentence] = 1;
    int32_t k = static_cast<int32_t>(resolved.size()) - 1;
    int32_t first_same = -1, first_subject = -1;
    for (; k >= 0 && resolved[static_cast<size_t>(k)].sentence == current_sentence; --k)
      if (pred(resolved[static_cast<size_t>(k)])) {
        first_same = k;
        if (!oblique(k)) first_subject = k;
      }
    if (first_subject >= 0) return first_subject;
    if (first_same >= 0) return first_same;
    for (; k >= 0; --k)
      if (pred(resolved[static_cast<size_t>(k)])) return k;
    return -1;
  };
  // An agent naming a body in the singular ("Iraq's interim government", "the army",
  // "the Serbian parliament"): "it" may refer to it, as to a country or organisation.
  auto institution = [&](const ActorMention& r) {
    static constexpr std::array<std::string_view, 34> kBodies = {
        "government", "administration", "cabinet", "ministry", "army", "military", "navy", "parliament",
        "legislature", "assembly", "congress", "senate", "council", "court", "tribunal", "police",
        "regime", "junta", "party", "movement", "front", "commission", "committee", "agency", "authority",
        "company", "firm", "bank", "union", "group", "organization", "organisation", "embassy", "coalition"};
    if (r.tok_end == 0) return false;
    // (round 16) a company's name ("Japan Line", "National Bank of Greece"), whatever its last word
    if ((r.how == "name (company)" || r.how == "name (company of a place)")) return true;
    // (round 40) an employers' or business body ("Taiwan's industrial association",
    // "the employers' federation"), and one named with "of" after its head, the
    // mention ending one word after "of" ("the chamber of commerce", "the
    // federation of industries"; not "Bank of Japan president")
    static constexpr std::array<std::string_view, 4> kTradeBodies = {"association", "federation", "confederation",
                                                                     "chamber"};
    if (r.kind == ActorKind::kAgent && is_any(tok_text(r.tok_end - 1), kTradeBodies)) return true;
    if (r.kind == ActorKind::kAgent && r.tok_end >= r.tok_begin + 3 && is_word(tok_text(r.tok_end - 2), "of") &&
        is_any(tok_text(r.tok_end - 3), kTradeBodies))
      return true;
    return is_any(tok_text(r.tok_end - 1), kBodies);
  };
  auto is_person_like = [](const ActorMention& r) {
    return r.kind == ActorKind::kPerson || r.how.rfind("title+name", 0) == 0 || r.how == "surname" || r.how == "title";
  };
  // "The only country named in the sentence" over the sentence's mentions
  // (those resolved so far, those skipped, those still to come), kept
  // incrementally: rescanning the sentence for every bare agent was
  // quadratic in its length (a 100,000-token sentence took minutes).
  struct Countries {
    std::string only;
    bool several = false;
    void add(std::string_view iso) {
      if (several) return;
      if (only.empty()) only = std::string(iso);
      else if (iso != only) several = true;
    }
    void add(const Countries& o) {
      if (o.several) several = true;
      else if (!o.only.empty()) add(o.only);
    }
    void add(const ActorMention& r) {
      // (round 21) a ship's flag (often of convenience) says nothing of the
      // country of the people around it ("the navy fired on a Liberian-flagged
      // freighter")
      if (r.how == "flag+vessel") return;
      if (!r.debtor.empty()) add(std::string_view(r.debtor));
      for (const auto& c : r.codes) {
        if (c.size() < 3 || (c.size() == 3 && r.kind == ActorKind::kAgent) || is_international(c)) continue;
        add(std::string_view(c).substr(0, 3));
      }
    }
  };
  // A person named again by surname alone ("Ana Duarte, the fisheries minister,
  // ... Duarte said", "Mr Duarte", "Minister Duarte"): the surname of a person
  // named in full earlier in the document (a name the dictionaries lack, coded
  // by a title or an apposition, or a dictionary person without a `short`
  // form) takes that person's codes. The surname is the last word of the name;
  // the name is at the end of the mention ("Fisheries Minister Ana Duarte"), or
  // at its start before a comma ("Ana Duarte, Brazil's fisheries minister").
  // Surface only (capitalization and words), so both recognizer passes agree.
  S.surnames.clear();
  size_t surnames_seen = 0;
  auto name_like = [&](uint32_t t) {
    std::string_view f = doc.form(doc.tokens[t]);
    return f.size() >= 2 && std::isalpha(static_cast<unsigned char>(f[0])) && is_capitalized(f) && has_lower(f) &&
           !is_any(tok_text(t), kNotNames) && !is_any(tok_text(t), kTitles) && !is_any(tok_text(t), kMoreTitles);
  };
  auto titled = [&](uint32_t t) {
    return is_capitalized(doc.form(doc.tokens[t])) && (is_any(tok_text(t), kTitles) || is_any(tok_text(t), kMoreTitles));
  };
  auto note_surnames = [&]() {
    for (; surnames_seen < resolved.size(); ++surnames_seen) {
      const ActorMention& r = resolved[surnames_seen];
      if (r.codes.empty() || r.tok_end <= r.tok_begin + 1 || r.antecedent >= 0) continue;
      if (r.codes.size() == 1 && (r.codes[0].size() < 6 || is_bare_role(r.codes[0]))) continue;
      const bool person = r.kind == ActorKind::kPerson || r.how.rfind("title+name", 0) == 0;
      if (!person || r.how == "surname" || r.how == "title" || r.how == "pronoun") continue;
      if (r.entry >= 0 && (dict.entry(static_cast<uint32_t>(r.entry)).kind != ActorKind::kPerson ||
                           !dict.entry(static_cast<uint32_t>(r.entry)).short_name.empty()))
        continue;  // the dictionary's `short` form does it
      uint32_t last = r.tok_end - 1;
      while (last > r.tok_begin && (tok_text(last) == "'s" || tok_text(last) == "'" || tok_text(last) == "’s")) --last;
      uint32_t sur = kNoId;
      if (last > r.tok_begin && name_like(last) && (name_like(last - 1) || titled(last - 1))) {
        sur = last;
      } else {
        uint32_t e = r.tok_begin;
        while (e < r.tok_end && name_like(e)) ++e;
        if (e >= r.tok_begin + 2 && e < r.tok_end && tok_text(e) == ",") sur = e - 1;
      }
      if (sur != kNoId) S.surnames.emplace_back(sur, static_cast<int32_t>(surnames_seen));
    }
  };
  // The latest person whose surname token reads as `t`, or -1.
  auto surname_of = [&](uint32_t t) -> int32_t {
    note_surnames();
    std::string_view f = tok_text(t);
    size_t looked = 0;
    for (size_t k = S.surnames.size(); k-- > 0 && looked < 64; ++looked) {
      std::string_view g = tok_text(S.surnames[k].first);
      if (same_word(f, g)) return S.surnames[k].second;
    }
    return -1;
  };
  // `m` (its span set) is the person resolved[p] named again by surname: appended to resolved.
  auto refer_by_surname = [&](ActorMention& m, int32_t p, uint32_t si) {
    out.refers_back[si] = 1;
    const ActorMention& r = resolved[static_cast<size_t>(p)];
    m.codes = r.codes;
    m.antecedent = p;
    m.kind = ActorKind::kPerson;
    m.entry = r.entry;
    m.how = "surname";
    m.explain = fmt::format("refers to {}", r.explain);
    resolved.push_back(std::move(m));
  };
  // A news outlet someone talks to ("told Reuters", "in an interview with the
  // BBC", "a survey by Reuters"): the outlet's country says nothing of the
  // speaker's, so it lends none to the sentence's bare agents ("a ministry
  // official told Reuters" is no British official). An outlet that reports
  // ("Xinhua said the ministry ...") still does.
  auto interviewer = [&](const ActorMention& r) {
    // (round 28) a country's name as the modifier of its currency ("held in
    // U.S. dollars", "Japanese yen deposits") names money, not a party: it
    // does not count among the sentence's countries either
    if (r.kind == ActorKind::kCountry && r.codes.size() == 1 && r.codes[0].size() == 3) {
      static constexpr std::array<std::string_view, 10> kMoney = {
          "dollar", "dollars", "dlr", "dlrs", "yen", "mark", "marks", "franc", "francs", "sterling"};
      const Sentence& rs = doc.sentences[r.sentence];
      if (r.tok_end < rs.tok_end && is_any(tok_text(r.tok_end), kMoney)) return true;
    }
    if (r.kind != ActorKind::kOrg || r.codes.size() != 1 || r.codes[0].size() != 6 ||
        r.codes[0].compare(3, 3, "MED") != 0)
      return false;
    static constexpr std::array<std::string_view, 9> kTo = {"told", "tell", "tells", "telling", "to", "by", "with", "for", "from"};
    uint32_t u = r.tok_begin;
    const uint32_t s0 = doc.sentences[r.sentence].tok_begin;
    while (u > s0 && (is_word(tok_text(u - 1), "the") || is_word(tok_text(u - 1), "a"))) --u;
    return u > s0 && is_any(tok_text(u - 1), kTo);
  };
  Countries fixed;                   // resolved[sentence_start, resolved_seen) and skipped found entries
  // the countries of the state institutions named in earlier sentences, by role
  // (resolved[0, doc_seen)): "the government" of a sentence that names no country
  static constexpr std::array<std::string_view, 4> kStateRoles = {"GOV", "COP", "MIL", "JUD"};
  std::array<Countries, kStateRoles.size()> doc_state;
  size_t doc_seen = 0;
  size_t resolved_seen = 0;
  std::vector<Countries> to_come;    // to_come[k - found_base]: found[k, end of sentence)
  size_t found_base = 0;
  size_t next_mention = 0;
  bool creditors_named = false;  // a debtor's creditors named so far (creditor_span)
  // The one country of every country-bearing mention of the sentences before
  // the current one (resolved[0, doc_all_seen)); "" if none or several, or if
  // the story is filed from another country's capital.
  Countries doc_all;
  size_t doc_all_seen = 0;
  // (round 16) the one country the whole document names (every mention of
  // every sentence, before any is resolved), if only one: a story about one
  // country lends it to its bare soldiers, police and courts
  std::string whole_doc_country;
  {
    Countries all;
    for (const auto& x : found)
      if (!interviewer(x)) all.add(x);
    if (!all.several && !all.only.empty() && (filed_in.empty() || filed_in == all.only)) whole_doc_country = all.only;
  }
  // (round 29) a company given the dateline's country (below) lends no
  // country to the document nor to its sentence: it is the dateline's
  // guess, not the text's
  auto dateline_company = [&](const ActorMention& x) {
    if (x.how == "agent (a company's news)+dateline") return true;
    return x.antecedent >= 0 && static_cast<size_t>(x.antecedent) < resolved.size() &&
           resolved[static_cast<size_t>(x.antecedent)].how == "agent (a company's news)+dateline";
  };
  auto doc_one_country = [&]() -> std::string {
    for (; doc_all_seen < resolved.size() && resolved[doc_all_seen].sentence < current_sentence; ++doc_all_seen)
      if (!interviewer(resolved[doc_all_seen]) && !dateline_company(resolved[doc_all_seen])) {
        if (!resolved[doc_all_seen].debtor.empty()) doc_all.add(std::string_view(resolved[doc_all_seen].debtor));
        for (const auto& c : resolved[doc_all_seen].codes)
          if (c.size() >= 3 && !is_international(c) && !is_bare_role(c.substr(0, 3)))
            doc_all.add(std::string_view(c).substr(0, 3));
      }
    if (doc_all.several || doc_all.only.empty()) return {};
    if (!filed_in.empty() && filed_in != doc_all.only) return {};
    return doc_all.only;
  };
  // (round 30) A bare capitalised "Congress" (the agent alone, "Congress" or
  // "the Congress", not "the party congress", not a capitalised name before it
  // nor "of" after it: "National Congress", "Congress of People's Deputies")
  // is a national legislature: of a country whose legislature is called
  // Congress (at the document's date), which the dateline gives; else the
  // only such country the document names; else, before 2000, the United
  // States if the document names it (Washington too) or the dateline is
  // American. With none of these the rules for any bare legislature follow
  // (the sentence's one country ...). Returns "" when the mention is no bare
  // Congress or none of these gives a country.
  // legislatures called Congress (facts; the periods a congress sat)
  auto congress_at = [&](std::string_view c) {
    static constexpr std::array<std::string_view, 13> kAlways = {"USA", "PHL", "BRA", "COL", "MEX", "PER", "GTM",
                                                                 "HND", "PRY", "DOM", "FSM", "ARG", "CHL"};
    const Date& d = doc.date;
    if (c == "CHL" && d.ok() && d >= make_date(1973, 9, 11) && d <= make_date(1990, 3, 10)) return false;
    if (c == "ARG" && d.ok() && d >= make_date(1976, 3, 24) && d <= make_date(1983, 12, 9)) return false;
    if (std::find(kAlways.begin(), kAlways.end(), c) != kAlways.end()) return true;
    if (c == "VEN") return !d.ok() ? false : d <= make_date(1999, 12, 31);
    if (c == "ECU") return !d.ok() ? false : d <= make_date(2007, 11, 29);
    if (c == "BOL") return !d.ok() ? false : d <= make_date(2010, 1, 21);
    return false;
  };
  // the countries with a Congress the document names (every mention, read
  // before the mentions are resolved) and whether it names the United States
  Countries congress_named;
  bool congress_usa = false;
  // (round 31) a document naming India or Nepal, where "Congress" is a party
  bool congress_party = false;
  for (const auto& x : found) {
    if (interviewer(x)) continue;
    for (const auto& c : x.codes) {
      if (c.size() < 3 || (c.size() == 3 && x.kind == ActorKind::kAgent) || is_international(c) ||
          is_bare_role(c.substr(0, 3)))
        continue;
      const std::string_view iso = std::string_view(c).substr(0, 3);
      congress_usa = congress_usa || iso == "USA";
      congress_party = congress_party || iso == "IND" || iso == "NPL";
      if (congress_at(iso)) congress_named.add(iso);
    }
  }
  auto congress_form = [&](const ActorMention& m, uint32_t t, const Sentence& s) {
    if (m.tok_end != t + 1 || doc.form(doc.tokens[t]) != "Congress") return false;
    if (t > s.tok_begin) {
      const std::string_view p = doc.form(doc.tokens[t - 1]);
      if (!p.empty() && std::isalpha(static_cast<unsigned char>(p[0])) && is_capitalized(p) &&
          !is_word(tok_text(t - 1), "the"))
        return false;
      if (is_word(tok_text(t - 1), "party")) return false;
    }
    if (t + 1 < s.tok_end) {
      const std::string_view n = doc.form(doc.tokens[t + 1]);
      if (is_word(n, "of") || is_word(n, "party")) return false;
    }
    return true;
  };
  auto congress_country = [&](const ActorMention& m, uint32_t t, const Sentence& s) -> std::string {
    if (!congress_form(m, t, s)) return {};
    std::string dl = doc_country;
    if (dl.empty()) {
      if (!dl_known) dl_country = dateline_country(dict, doc.dateline), dl_known = true;
      dl = dl_country;
    }
    if (dl.size() == 3 && congress_at(dl)) return dl;
    if (!congress_named.several && !congress_named.only.empty()) return congress_named.only;
    if (doc.date.ok() && doc.date.year < 2000 && (congress_usa || dl == "USA")) return "USA";
    return {};
  };
  // (round 43) a committee of the US House or Senate named in capitals ("the
  // House Banking Committee", "a Senate Appropriations Subcommittee"; the
  // committee mention built above, LEG): the United States' legislature when
  // the dateline is American, or there is none and the document names the
  // United States (the chamber-word-plus-name style is the US Congress's; a
  // dateline of another country leaves it to the rules for any bare LEG)
  auto us_committee_country = [&](const ActorMention& m) -> std::string {
    if (m.tok_end < m.tok_begin + 2) return {};
    const std::string_view f = doc.form(doc.tokens[m.tok_begin]);
    if (f != "House" && f != "Senate") return {};
    bool committee = false;
    for (uint32_t k = m.tok_begin + 1; k < m.tok_end && !committee; ++k) {
      const std::string_view g = doc.form(doc.tokens[k]);
      committee = g == "Committee" || g == "Subcommittee";
    }
    if (!committee) return {};
    std::string dl = doc_country;
    if (dl.empty()) {
      if (!dl_known) dl_country = dateline_country(dict, doc.dateline), dl_known = true;
      dl = dl_country;
    }
    if (dl == "USA" || (dl.empty() && congress_usa)) return "USA";
    return {};
  };
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    current_sentence = si;
    while (next_mention < found.size() && found[next_mention].sentence < si) ++next_mention;
    fixed = Countries{};
    resolved_seen = resolved.size();
    found_base = next_mention;
    size_t found_end = found_base;
    while (found_end < found.size() && found[found_end].sentence == si) ++found_end;
    to_come.assign(found_end - found_base + 1, Countries{});
    // (round 31) whether the sentence names a company (the countries lent to
    // a bare state agent leave it out)
    bool firm_here = false;
    for (size_t k = found_base; k < found_end && !firm_here; ++k) firm_here = named_company(found[k]);
    for (size_t k = found_end; k-- > found_base;) {
      to_come[k - found_base] = to_come[k + 1 - found_base];
      if (!interviewer(found[k])) to_come[k - found_base].add(found[k]);
    }
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t) {
      // a plural reference may swallow a found mention ("the two prime ministers"
      // over "prime ministers"): skip it, or every later mention would be lost
      while (next_mention < found.size() && found[next_mention].tok_begin < t) {
        if (found[next_mention].sentence == si && !interviewer(found[next_mention])) fixed.add(found[next_mention]);
        ++next_mention;
      }
      if (next_mention < found.size() && found[next_mention].tok_begin == t) {
        ActorMention m = std::move(found[next_mention++]);
        if (m.how == "surname" && m.entry >= 0) {
          int32_t e = m.entry;
          m.antecedent = recent([&](const ActorMention& r) { return r.entry == e && r.how != "surname"; });
        }
        // (round 19) the chairman of a council of ministers or a cabinet
        // ("the Council of Ministers' current chairman", "chairman of the
        // Cabinet") is a minister in the chair: a state's official (GOV),
        // not a company's chairman (BUS)
        if (m.kind == ActorKind::kAgent && m.codes.size() == 1 && m.codes[0] == "BUS" && m.tok_end == m.tok_begin + 1 &&
            (is_word(tok_text(t), "chairman") || is_word(tok_text(t), "chairwoman"))) {
          static constexpr std::array<std::string_view, 2> kCabinet = {"ministers", "cabinet"};
          bool council = false;
          // "<body>' (current) chairman"
          uint32_t u = t;
          while (u > s.tok_begin + 1 && t - u < 2 &&
                 (doc.tokens[u - 1].upos == Upos::ADJ ||
                  (doc.tokens[u - 1].upos == Upos::X && !doc.form(doc.tokens[u - 1]).empty() &&
                   std::islower(static_cast<unsigned char>(doc.form(doc.tokens[u - 1])[0])))))
            --u;
          if (u > s.tok_begin + 1 && (tok_text(u - 1) == "'" || tok_text(u - 1) == "'s" || tok_text(u - 1) == "’s") &&
              is_any(tok_text(u - 2), kCabinet) && is_capitalized(doc.form(doc.tokens[u - 2])))
            council = true;
          // "chairman of the Council of Ministers", "chairman of the Cabinet"
          for (uint32_t w = t + 1; !council && w < s.tok_end && w < t + 6; ++w) {
            const std::string_view f = tok_text(w);
            if (is_any(f, kCabinet) && is_capitalized(doc.form(doc.tokens[w]))) council = true;
            else if (!is_word(f, "of") && !is_word(f, "the") && !is_word(f, "council")) break;
          }
          if (council) {
            m.codes[0] = "GOV";
            m.explain += "; the chair of a council of ministers or a cabinet: a state's official";
          }
          // (round 43) the chairman of a political party or of one of its bodies
          // ("chairman of the Liberal Democratic Party's policy council",
          // "chairman of the ruling party", "the Progress Party's chairman"): the
          // party's, not a company's. A party the dictionaries code (the ruling
          // party GOV, an opposition party OPP) lends its code; a party named
          // only by its capitalised name, or "the party", is a party of no known
          // role (PTY: CAMEO's party code, as a party leader). The party word
          // ends the "of" phrase's determiner and capitalised name words, or
          // the possessor before the title.
          int32_t party_at = -1;
          if (!council) {
            auto party_word = [&](uint32_t w) {
              if (!is_word(tok_text(w), "party")) return false;
              if (is_capitalized(doc.form(doc.tokens[w]))) return true;
              return w > s.tok_begin && (is_word(tok_text(w - 1), "the") || is_word(tok_text(w - 1), "ruling") ||
                                         is_word(tok_text(w - 1), "governing") || is_word(tok_text(w - 1), "opposition"));
            };
            if (t + 2 < s.tok_end && is_word(tok_text(t + 1), "of")) {
              // "of the <capitalised name words | ruling | opposition> Party"
              for (uint32_t w = t + 2; w < s.tok_end && w < t + 9; ++w) {
                if (party_word(w)) { party_at = static_cast<int32_t>(w); break; }
                const std::string_view f = doc.form(doc.tokens[w]);
                const bool ok = is_word(f, "the") || is_word(f, "ruling") || is_word(f, "governing") ||
                                is_word(f, "opposition") ||
                                (w > t + 2 && is_capitalized(f) && std::isalpha(static_cast<unsigned char>(f[0])));
                if (!ok) break;
              }
            } else if (t >= s.tok_begin + 2 && (tok_text(t - 1) == "'s" || tok_text(t - 1) == "\u2019s") &&
                       party_word(t - 2)) {
              party_at = static_cast<int32_t>(t - 2);
            }
          }
          if (party_at >= 0) {
            // a mention over the party word: the party's own code, if it ends there
            // ("ruling party" GOV); inside another body ("party newspaper") no change
            const ActorMention* pm = nullptr;
            bool inside = false;
            for (size_t k = 0; k < found.size(); ++k) {
              const ActorMention& x = found[k];
              if (x.sentence != si || x.tok_begin > static_cast<uint32_t>(party_at) ||
                  x.tok_end <= static_cast<uint32_t>(party_at) || &x == &found[next_mention - 1])
                continue;
              if (x.tok_end == static_cast<uint32_t>(party_at) + 1) pm = &x;
              else inside = true;
            }
            if (!inside) {
              if (pm != nullptr && pm->codes.size() == 1 && !pm->codes[0].empty()) {
                m.codes[0] = pm->codes[0];
                m.explain += "; the chairman of a party the dictionaries code: the party's code";
              } else if (pm == nullptr) {
                m.codes[0] = "PTY";
                m.explain += "; the chairman of a named party or of its body: a party's (PTY)";
              }
            }
          }
        }
        if (m.kind == ActorKind::kAgent && m.codes.size() == 1 && m.codes[0].size() == 3) {
          // A bare role. Title-only reference to a person ("the prime minister")?
          std::string_view role = m.codes[0];
          std::string_view prev = t > s.tok_begin ? tok_text(t - 1) : std::string_view();
          // only a possessive determiner lends its antecedent to the agent ("its
          // navy", "their farmers"); an object pronoun before a noun does not ("most
          // of them farmers", "told them soldiers had left")
          Anaphor a = is_any(prev, kPossessives) ? pronoun_kind(prev) : Anaphor::kNone;
          // (round 43) a possessive over modifiers before a part of a body ("its
          // currency trading department")
          if (a == Anaphor::kNone) {
            const uint32_t po = part_owner(m);
            if (po != UINT32_MAX) a = pronoun_kind(tok_text(po));
          }
          int32_t ante = -1;
          std::string congress;  // (round 30) congress_country()
          std::string conjunct;  // (round 31) the country of a coordinated agent
          std::string known_firm;  // (round 31) the known company "the company" names
          static constexpr std::array<std::string_view, 7> kStateRoles31 = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "ELI"};
          // (round 31) a bare "Congress", whatever reading below gives it a country
          const bool bare_congress = role == "LEG" && a == Anaphor::kNone && congress_form(m, t, s);
          // A debtor's creditors (creditor_span), and the banks or bankers of a
          // document that has named them ("talks with the banks" after "its bank
          // advisory committee"): no country from a possessive, the dateline
          // or the sentence.
          static constexpr std::array<std::string_view, 4> kBankWords = {"bank", "banks", "banker", "bankers"};
          // Banks spoken of as the lenders of "developing", "debtor" or "Third
          // World" countries in general ("banks must lend more to debtor
          // nations"), or in a sentence about rescheduling or refinancing a
          // debt ("talks with banks on rescheduling its debt"), are those
          // international creditors too, not the speaker's nor the debtor's.
          // (1: a debt rescheduled, the document's later banks are those
          // creditors as after creditor_span; 2: lenders of debtor countries in
          // general, plural only, this mention only: a later "the bank" may be
          // a development bank)
          auto debtor_context = [&]() -> int {
            for (uint32_t u = s.tok_begin; u < s.tok_end; ++u) {
              std::string_view w = tok_text(u);
              if (w.size() >= 9 && (is_word(w.substr(0, 9), "reschedul") || is_word(w.substr(0, 9), "refinance") ||
                                    is_word(w.substr(0, 9), "refinanci")))
                return 1;
            }
            if (!is_word(tok_text(m.tok_end - 1), "banks") && !is_word(tok_text(m.tok_end - 1), "bankers")) return 0;
            static constexpr std::array<std::string_view, 4> kDebtorAdj = {"developing", "debtor", "indebted",
                                                                           "third"};
            static constexpr std::array<std::string_view, 5> kNations = {"countries", "nations", "world",
                                                                         "country", "nation"};
            for (uint32_t u = s.tok_begin; u + 1 < s.tok_end; ++u)
              if (is_any(tok_text(u), kDebtorAdj) && is_any(tok_text(u + 1), kNations) &&
                  (!is_word(tok_text(u), "third") || is_word(tok_text(u + 1), "world")))
                return 2;
            return 0;
          };
          // (round 16) "the Bank", capitalised, is the short name of a bank the
          // document named before in full ("the World Bank ... the Bank",
          // "the Bank of Tokyo ... the Bank"): the nearest such name, of a
          // bank (not a person's title "World Bank President X"), whatever
          // country the sentence names.
          if (role == "BUS" && m.tok_end == t + 1 && doc.form(doc.tokens[t]) == "Bank" &&
              is_word(prev, "the") &&
              (t + 1 >= s.tok_end || !(is_capitalized(doc.form(doc.tokens[t + 1])) || is_word(tok_text(t + 1), "of")))) {
            int32_t b = recent([&](const ActorMention& r) {
              if (r.codes.size() != 1 || r.codes[0].size() < 3 || r.kind == ActorKind::kPerson || is_person_like(r))
                return false;
              if (r.how == "short name") return true;
              if (r.tok_end < r.tok_begin + 2) return false;
              for (uint32_t u = r.tok_begin; u < r.tok_end; ++u)
                if (doc.form(doc.tokens[u]) == "Bank") return true;
              return false;
            });
            if (b >= 0 && resolved[static_cast<size_t>(b)].sentence < si) {
              const ActorMention& r = resolved[static_cast<size_t>(b)];
              m.codes = r.codes;
              m.antecedent = b;
              m.entry = r.entry;
              m.kind = r.kind;
              m.how = "short name";
              m.explain = fmt::format("refers to {}", r.explain);
              resolved.push_back(std::move(m));
              t = resolved.back().tok_end - 1;
              continue;
            }
          }
          // (round 35) A definite description whose head noun is the kind of
          // an organisation the document named just before ("the Asian
          // Development Bank ... the bank", "the International Atomic Energy
          // Agency ... the agency") refers back to it: the nearest earlier
          // mention, in this sentence or the two before, of a name of two or
          // more words with that noun, capitalised, in it. "the two banks"
          // takes the two nearest: their code if the same, else their common
          // country with the role. No such name, or another head noun: as
          // before.
          {
            static constexpr std::array<std::string_view, 3> kKindNouns = {"bank", "agency", "banks"};
            const std::string_view head = tok_text(t);
            const bool plural = is_word(head, "banks");
            const bool det = is_word(prev, "the") ||
                             (plural && t >= s.tok_begin + 2 && is_word(prev, "two") && is_word(tok_text(t - 2), "the"));
            if (a == Anaphor::kNone && m.tok_end == t + 1 && det && is_any(head, kKindNouns) &&
                !is_capitalized(doc.form(doc.tokens[t])) &&
                !(t + 1 < s.tok_end && is_word(tok_text(t + 1), "of"))) {
              const std::string_view noun = plural ? std::string_view("bank") : head;
              std::array<int32_t, 2> antes{};  // the nearest one or two antecedents (no heap)
              size_t n_antes = 0;
              out.refers_back[si] = 1;  // (looked for among earlier mentions, found or not)
              const size_t want = plural ? 2 : 1;
              for (int32_t k = static_cast<int32_t>(resolved.size()) - 1; k >= 0 && n_antes < want; --k) {
                const ActorMention& r = resolved[static_cast<size_t>(k)];
                if (r.sentence + 2 < si) break;
                if (r.sentence == si && r.tok_end > t) continue;
                if (r.codes.size() != 1 || r.codes[0].size() < 6 || r.kind == ActorKind::kPerson ||
                    is_person_like(r))
                  continue;
                // (one word, "Bank", only as the end of a longer name: "Punjab National Bank")
                if (r.tok_end < r.tok_begin + 2 &&
                    !(r.tok_begin > doc.sentences[r.sentence].tok_begin + 1 &&
                      is_capitalized(doc.form(doc.tokens[r.tok_begin - 1])) &&
                      is_capitalized(doc.form(doc.tokens[r.tok_begin - 2]))))
                  continue;
                bool has = false;
                for (uint32_t u = r.tok_begin; u < r.tok_end && !has; ++u)
                  has = is_capitalized(doc.form(doc.tokens[u])) && same_word(tok_text(u), noun);
                if (has) antes[n_antes++] = k;
              }
              std::string code;
              if (n_antes == 1 && !plural) {
                code = resolved[static_cast<size_t>(antes[0])].codes[0];
              } else if (n_antes == 2) {
                const std::string& c0 = resolved[static_cast<size_t>(antes[0])].codes[0];
                const std::string& c1 = resolved[static_cast<size_t>(antes[1])].codes[0];
                if (c0 == c1) code = c0;
                else if (c0.substr(0, 3) == c1.substr(0, 3) && !is_international(c0))
                  code = c0.substr(0, 3) + std::string(role);
              }
              if (!code.empty()) {
                const ActorMention& r = resolved[static_cast<size_t>(antes[0])];
                m.codes = {code};
                m.antecedent = antes[0];
                if (n_antes == 1) {
                  m.entry = r.entry;
                  m.kind = r.kind;
                }
                m.how = "definite description (named before)";
                m.explain = fmt::format("{}; the {} named before: {}", m.explain, head, code);
                if (named_company(m)) firm_here = true;  // a company after all (round 31)
                resolved.push_back(std::move(m));
                t = resolved.back().tok_end - 1;
                continue;
              }
            }
          }
          const bool bank_word = role == "BUS" && is_any(tok_text(m.tok_end - 1), kBankWords);
          const int context = bank_word && !creditors_named ? debtor_context() : 0;
          const bool creditors = m.how == "creditors (no country)" ||
                                 creditor_span(si, t, m.tok_end) ||  // "creditor governments" too
                                 (bank_word && (creditors_named || context > 0));
          if (creditors) {
            m.how = "creditors (no country)";
            if (context != 2) creditors_named = true;
            resolved.push_back(std::move(m));
            t = resolved.back().tok_end - 1;
            continue;
          }
          // "foreign banks", "foreign governments": of no country the text gives
          // (foreign_before); nothing is lent
          // (an office of several states keeps it: "an international peacekeeping force" is IGOMIL)
          const bool igo_office = m.entry >= 0 && dict.entry(static_cast<uint32_t>(m.entry)).office_country == "IGO";
          if (foreign_before(si, t) && !(igo_office && !is_word(tok_text(t - 1), "foreign") &&
                                         !(t >= s.tok_begin + 2 && is_word(tok_text(t - 2), "foreign")))) {
            m.how = "foreign (no country)";
            m.explain += "; foreign: no country";
            // "international (lending) agencies / institutions / organizations":
            // bodies of several states, as the IMF and the development banks a
            // debtor negotiates with are; IGO (which one the text does not say)
            static constexpr std::array<std::string_view, 8> kBodies = {
                "agency", "agencies", "institution", "institutions", "organization", "organizations",
                "organisation", "organisations"};
            if ((doc.form(doc.tokens[t - 1]) == "international" ||
                 (t >= s.tok_begin + 2 && doc.form(doc.tokens[t - 2]) == "international")) &&
                m.tok_end == t + 1 && is_any(tok_text(t), kBodies)) {
              m.codes = {"IGO"};
              m.how = "international body";
              m.explain += "; international: a body of several states";
            }
            resolved.push_back(std::move(m));
            t = resolved.back().tok_end - 1;
            continue;
          }
          // (round 33) A bare plural agent ("the ministers", "Ministers",
          // "officials", "the delegates") right after a sentence or two that
          // named the same agent with a qualifier ("EC foreign ministers",
          // "OPEC ministers", "Japanese officials") is that group again: the
          // nearest such mention with the same last word(s), within the two
          // sentences before; its code, an IGO's too. Not with a postmodifier
          // of its own ("officials in Tokyo", "ministers of ...").
          if (a == Anaphor::kNone && m.how != "title+name (unknown name)" &&
              (t == s.tok_begin || is_word(prev, "the")) && m.tok_end <= t + 2 &&
              is_any(tok_text(m.tok_end - 1), kPluralGroupAgents) &&
              !(m.tok_end < s.tok_end && is_any(tok_text(m.tok_end), kPostmodifierPreps)) && si > 0) {
            const uint32_t nw = m.tok_end - t;
            int32_t back = -1;
            for (int32_t k = static_cast<int32_t>(resolved.size()) - 1; k >= 0; --k) {
              const ActorMention& r = resolved[static_cast<size_t>(k)];
              if (r.sentence >= si) continue;
              if (r.sentence + 2 < si) break;
              if (r.codes.size() != 1 || r.codes[0].size() < 3 || is_bare_role(r.codes[0].substr(0, 3)) ||
                  r.tok_end < r.tok_begin + nw || is_person_like(r))
                continue;
              // (a group its own postmodifier places or names, "officials from
              // the ministry", is not read by its qualifier alone)
              if (r.tok_end < doc.sentences[r.sentence].tok_end && is_any(tok_text(r.tok_end), kPostmodifierPreps))
                continue;
              bool same = r.how == "plural agent (the group named before)" || r.tok_end > r.tok_begin + nw;
              for (uint32_t q = 0; q < nw && same; ++q) same = same_word(tok_text(r.tok_end - nw + q), tok_text(t + q));
              if (same) {
                back = k;
                break;
              }
            }
            if (back >= 0) {
              const ActorMention& r = resolved[static_cast<size_t>(back)];
              out.refers_back[si] = 1;
              m.codes = r.codes;
              m.antecedent = back;
              m.how = "plural agent (the group named before)";
              m.explain = fmt::format("{}; the same group, named with its qualifier in sentence {}: {}", m.explain,
                                      r.sentence, r.codes[0]);
              resolved.push_back(std::move(m));
              t = resolved.back().tok_end - 1;
              continue;
            }
          }
          // (round 45) a bare "the spokesman" (spokeswoman, spokesperson) in a
          // later sentence is the spokesman the story named before ("a Fiat
          // spokesman said ... The spokesman declined ..."): his code, a
          // company's BUS included, not the country some other mention of his
          // own sentence names. The nearest such mention in the four sentences
          // before; none there: the cascade below as before.
          if (a == Anaphor::kNone && m.how != "title+name (unknown name)" && is_word(prev, "the") &&
              m.tok_end == t + 1 && is_any(tok_text(t), kSpokesSingular) && si > 0) {
            out.refers_back[si] = 1;  // (looked for among earlier mentions, found or not)
            int32_t back = -1;
            for (int32_t k = static_cast<int32_t>(resolved.size()) - 1; k >= 0; --k) {
              const ActorMention& r = resolved[static_cast<size_t>(k)];
              if (r.sentence >= si) continue;
              if (r.sentence + 4 < si) break;
              if (r.codes.size() != 1 || r.codes[0].size() < 3 || is_international(r.codes[0]) ||
                  !is_any(tok_text(r.tok_end - 1), kSpokesSingular))
                continue;
              back = k;
              break;
            }
            if (back >= 0) {
              const ActorMention& r = resolved[static_cast<size_t>(back)];
              m.codes = r.codes;
              m.antecedent = back;
              m.how = "agent (the spokesman named before)";
              m.explain = fmt::format("{}; the spokesman of sentence {}: {}", m.explain, r.sentence, r.codes[0]);
              resolved.push_back(std::move(m));
              t = resolved.back().tok_end - 1;
              continue;
            }
          }
          // (round 33) an agent right after the possessive of a mention this
          // pass resolved just before it ("the pope's envoy": the bare pope is
          // the Holy See's head, read above) is of that mention's country;
          // the composition of a possessor with an agent came before the pope
          // had a country
          if (a == Anaphor::kNone && m.how != "title+name (unknown name)" && t >= s.tok_begin + 2 &&
              (prev == "'s" || prev == "'" || prev == "\u2019s") && !resolved.empty()) {
            const size_t b = resolved.size() - 1;
            const ActorMention& r = resolved[b];
            if (r.sentence == si && r.tok_end == t - 1 && r.codes.size() == 1 && r.codes[0].size() == 6 &&
                !is_international(r.codes[0]) && !is_bare_role(r.codes[0].substr(0, 3)) &&
                r.kind != ActorKind::kCountry && role != "OPP") {  // "the administration's opposition to": a stance
              out.refers_back[si] = 1;
              // (round 37) a company's officer ("the company's former
              // president", "the firm's chairman"): the company, not a former
              // head of its state (ELI) nor its government
              // (`role` views m.codes[0]: tested before it is replaced)
              const bool firm_head =
                  r.codes[0].compare(3, 3, "BUS") == 0 && (role == "ELI" || role == "GOV") &&
                  (is_any(tok_text(m.tok_end - 1), kOrgHeadTitles) || is_word(tok_text(m.tok_end - 1), "officer"));
              // (round 44) a party's own lawyers ("the company's attorneys"): that party's
              const bool own_counsel = counsel(m);
              m.codes = {firm_head || own_counsel ? r.codes[0] : r.codes[0].substr(0, 3) + std::string(role)};
              m.antecedent = static_cast<int32_t>(b);
              m.tok_begin = t - 1;  // the span includes the possessive, as "its navy"
              m.how = "possessor+agent";
              m.explain = fmt::format("{}; of {}: {}", m.explain, r.explain, m.codes[0]);
              resolved.push_back(std::move(m));
              t = resolved.back().tok_end - 1;
              continue;
            }
          }
          bool named = m.how == "title+name (unknown name)";  // a new person, no reference back
          if (named && m.tok_end >= m.tok_begin + 2 && titled(m.tok_end - 2) && name_like(m.tok_end - 1)) {
            // ... unless the name is one word, the surname of a person named before ("Minister Duarte")
            int32_t p = surname_of(m.tok_end - 1);
            if (p >= 0) {
              refer_by_surname(m, p, si);
              t = resolved.back().tok_end - 1;
              continue;
            }
          }
          if (named) {
          } else if (a != Anaphor::kNone) {
            ante = recent([&](const ActorMention& r) {
              return r.codes.size() == 1 && r.codes[0].size() >= 3 && !is_international(r.codes[0]) &&
                     (a == Anaphor::kIt || a == Anaphor::kThey ? !is_person_like(r) : is_person_like(r)) &&
                     !(a == Anaphor::kThey && reporter_outside(r, si, t - 1));  // (round 45)
            });
            // a bare role has no country to lend ("the regime ... its people",
            // "the company ... its lenders"): no made-up "GOV"/"BUS" country
            if (ante >= 0 && is_bare_role(resolved[static_cast<size_t>(ante)].codes[0])) ante = -1;
          } else if (is_word(prev, "the")) {
            // Same title first ("the prime minister" after "Prime Minister Lee"),
            // then any person with that role.
            ante = recent([&](const ActorMention& r) { return is_person_like(r) && r.title_entry >= 0 && r.title_entry == m.entry; });
            // A title only one person of a state holds, a monarch's or an heir's
            // ("the Crown Prince", "the Emir", "the King", "the Sultan"), bare
            // with "the": the person named before with that title (its words,
            // capitalised, in his mention: "Crown Prince Abdullah", "the Emir
            // of Kuwait"), before any other person of the same role; the
            // nearest such, in a few sentences.
            static constexpr std::array<std::string_view, 12> kUniqueTitles = {
                "king", "queen", "prince", "princess", "emir", "amir", "sultan", "shah", "emperor", "empress",
                "pope", "monarch"};
            if (ante < 0 && is_any(tok_text(m.tok_end - 1), kUniqueTitles) && m.tok_end - t <= 2) {
              const uint32_t nw = m.tok_end - t;
              ante = recent([&](const ActorMention& r) {
                if (r.codes.size() != 1 || r.codes[0].size() < 6 || is_international(r.codes[0]) ||
                    r.antecedent >= 0 || si > r.sentence + 5 ||
                    !(is_person_like(r) || r.how == "agent+of country" || r.kind == ActorKind::kAgent))
                  return false;
                for (uint32_t u = r.tok_begin; u + nw <= r.tok_end; ++u) {
                  bool same = true;
                  for (uint32_t k = 0; k < nw && same; ++k) {
                    std::string_view x = tok_text(u + k), y = tok_text(t + k);
                    same = x.size() == y.size();
                    for (size_t q = 0; q < x.size() && same; ++q) same = lower_ascii(x[q]) == lower_ascii(y[q]);
                  }
                  if (same && is_capitalized(doc.form(doc.tokens[u]))) return true;
                }
                return false;
              });
            }
            // (not for a functionary's noun: "the official", "the spokesman",
            // "the aide" is someone other than the leader named before, who is
            // never called so; only the same title above takes him back)
            static constexpr std::array<std::string_view, 16> kFunctionaries = {
                "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokesmen",
                "aide", "aides", "source", "sources", "diplomat", "diplomats", "delegate", "delegates",
                "negotiator", "negotiators"};
            if (ante < 0 && !is_any(tok_text(m.tok_end - 1), kFunctionaries))
              ante = recent([&](const ActorMention& r) {
                return is_person_like(r) && r.codes.size() == 1 && role_of(r.codes[0]) == role &&
                       si <= r.sentence + 3;
              });
            // ... then a person named with that title word in a few sentences before
            // ("Crown Prince X ... the prince", "Foreign Minister Y ... the minister"),
            // whatever role the dictionary gives the person
            if (ante < 0 && m.tok_end == t + 1 && (is_any(tok_text(t), kTitles) || is_any(tok_text(t), kMoreTitles))) {
              std::string_view head = tok_text(t);
              ante = recent([&](const ActorMention& r) {
                if (!is_person_like(r) || r.codes.size() != 1 || r.codes[0].size() < 6 || r.antecedent >= 0 ||
                    si > r.sentence + 5)
                  return false;
                for (uint32_t u = r.tok_begin; u < r.tok_end; ++u)
                  if (is_word(tok_text(u), head) && is_capitalized(doc.form(doc.tokens[u]))) return true;
                return false;
              });
            }
            if (ante >= 0) {
              const ActorMention& r = resolved[static_cast<size_t>(ante)];
              m.codes = r.codes;
              m.antecedent = ante;
              m.tok_begin = t - 1;
              m.title_entry = m.entry;
              m.entry = r.entry;
              m.kind = ActorKind::kPerson;
              m.how = "title";
              m.explain = fmt::format("refers to {}", r.explain);
              resolved.push_back(std::move(m));
              t = resolved.back().tok_end - 1;
              continue;
            }
          }
          // (an office only one country has: that country's, whatever the dateline)
          const int32_t oe = m.entry >= 0 && dict.entry(static_cast<uint32_t>(m.entry)).kind == ActorKind::kAgent
                                 ? m.entry
                                 : m.title_entry;
          const std::string* office =
              oe >= 0 && !dict.entry(static_cast<uint32_t>(oe)).office_country.empty()
                  ? &dict.entry(static_cast<uint32_t>(oe)).office_country
                  : nullptr;
          // "allied forces" right after "X and"/"X or" are the forces allied to
          // X ("government and allied forces"), not a coalition of states
          if (office && *office == "IGO" && is_word(tok_text(m.tok_begin), "allied") &&
              (is_word(prev, "and") || is_word(prev, "or")))
            office = nullptr;
          // "Democratic leaders", "Republican senators", "House Democratic
          // leaders": the American parties' members in Congress, legislators
          // of the US (CAMEO codes a legislator by party, or LEG), whatever
          // other country the sentence names. Not a party name that goes on
          // ("Social Democratic", "Liberal Democratic", "Irish Republican"),
          // nor in a story filed from another country's capital (other
          // countries have Democratic parties).
          static constexpr std::array<std::string_view, 17> kPartyMembers = {
              "leader", "leaders", "leadership", "senator", "senators", "lawmaker", "lawmakers", "legislator",
              "legislators", "congressman", "congressmen", "congresswoman", "congresswomen", "representative",
              "representatives", "whip", "whips"};
          static constexpr std::array<std::string_view, 16> kBeforeParty = {
              "the", "senate", "house", "u.s.", "us", "american", "congressional", "top", "senior", "key",
              "several", "some", "many", "two", "three", "other"};
          auto us_party = [&] {
            if (t <= s.tok_begin || ante >= 0 || (role != "GOV" && role != "LEG") || m.tok_end != t + 1 ||
                !is_any(tok_text(t), kPartyMembers))
              return false;
            const std::string_view p = doc.form(doc.tokens[t - 1]);
            // (round 17) "House leaders", "Senate leaders" in a story filed
            // from Washington: the US Congress's, as the parties' ("the White
            // House" is the executive)
            // ("Ohio House leaders": a state's house, left as it was)
            if (p == "House" || p == "Senate") {
              if (t - 1 > s.tok_begin && is_capitalized(doc.form(doc.tokens[t - 2])) &&
                  !is_any(tok_text(t - 2), kBeforeParty))
                return false;
              const std::string& where = !doc_country.empty() ? doc_country : filed_in;
              return where == "USA";
            }
            if (p != "Democratic" && p != "Republican") return false;
            if (t - 1 > s.tok_begin) {
              const std::string_view p2 = tok_text(t - 2);
              if (is_capitalized(doc.form(doc.tokens[t - 2])) && !is_any(p2, kBeforeParty)) return false;
            }
            const std::string& where = !doc_country.empty() ? doc_country : filed_in;
            return where.empty() || where == "USA";
          };
          if (ante >= 0) {
            const bool gov_role = role == "GOV";  // (`role` views m.codes[0], replaced below)
            const bool own_counsel = counsel(m);  // (round 44, before the code is replaced)
            m.codes = {resolved[static_cast<size_t>(ante)].codes[0].substr(0, 3) + std::string(role)};
            // (round 17) the leaders or spokesmen (a GOV agent's word) of a
            // group that is no state ("farmers ... their leaders", "the union
            // and its officials"): the group's own code, not its government
            {
              const std::string& oc = resolved[static_cast<size_t>(ante)].codes[0];
              static constexpr std::array<std::string_view, 6> kStateOwner = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG"};
              // (people who speak or act for the group; "their government" stays the state's)
              // ((round 43) and its parts: "the bank ... its trading department")
              static constexpr std::array<std::string_view, 24> kForTheGroup = {
                  "leader", "leaders", "leadership", "spokesman", "spokesmen", "spokeswoman", "spokesperson",
                  "representative", "representatives", "official", "officials", "head", "heads", "chief",
                  "chiefs", "delegate", "delegates", "negotiators", "department", "departments", "division",
                  "divisions", "unit", "units"};
              if (gov_role && is_any(tok_text(m.tok_end - 1), kForTheGroup) && oc.size() == 6 && !is_international(oc) &&
                  !is_any(std::string_view(oc).substr(3, 3), kStateOwner) && oc.compare(3, 3, "ELI") != 0)
                m.codes = {oc};
              // (round 36) a company's own officer, former or not ("the company
              // ... its former president", "its chairman"): the company, not a
              // former head of its state (ELI) or its government
              else if (oc.size() == 6 && oc.compare(3, 3, "BUS") == 0 &&
                       (is_any(tok_text(m.tok_end - 1), kOrgHeadTitles) || is_word(tok_text(m.tok_end - 1), "officer")) &&
                       (m.codes[0].ends_with("ELI") || m.codes[0].ends_with("GOV")))
                m.codes = {oc};
              // (round 44) its own lawyers ("the firm ... its lawyers"): the
              // party's own code, not its country's judiciary (a state's
              // lawyers are left as they were)
              else if (own_counsel && oc.size() >= 6 && !is_any(std::string_view(oc).substr(3, 3), kStateOwner))
                m.codes = {oc};
            }
            m.antecedent = ante;
            m.tok_begin = t - 1;  // the span includes the possessive
            m.how = "pronoun+agent";
          } else if (role == "MIL" && [&] {
                       // (round 22) armed forces the text calls unidentified
                       // ("unidentified jets", "unknown warplanes", "unmarked
                       // military aircraft"): a state's military whose state is
                       // not known; the sentence's country (often the target's)
                       // or the dateline's is not theirs
                       static constexpr std::array<std::string_view, 5> kUnknown = {
                           "unidentified", "unknown", "unmarked", "mysterious", "unidentifiable"};
                       for (uint32_t u = m.tok_begin; u > s.tok_begin && m.tok_begin - u < 3;) {
                         --u;
                         if (is_any(tok_text(u), kUnknown)) return true;
                         const std::string_view f = tok_text(u);
                         if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0]))) return false;
                       }
                       return false;
                     }()) {
            m.how = "agent (unidentified: of no known country)";
            m.explain += "; called unidentified: no country";
          } else if (is_word(prev, "visiting")) {
            // (round 27) "talks with the visiting trade minister": a visitor, not
            // of the dateline's country nor of the one the sentence names (most
            // often the host's); no country unless his own words give one
            m.how = "visiting agent (of no known country)";
            m.explain += "; a visitor: not the host's, no country";
          } else if (us_party()) {
            m.codes = {"USALEG"};
            m.tok_begin = t - 1;  // the span includes the party
            m.how = "US party+agent";
          } else if (role == "LEG" && !(congress = us_committee_country(m)).empty()) {
            // (round 43) "the House Banking Committee": the US Congress's
            m.codes = {congress + "LEG"};
            m.how = "committee of the US House or Senate";
          } else if (role == "LEG" && !(congress = congress_country(m, t, s)).empty()) {
            // (round 30) a bare "Congress": the country whose legislature it is
            m.codes = {congress + "LEG"};
            m.how = "Congress of the dateline's or the document's country";
          } else if (office) {
            // (`country IGO`: a force of several states, "a multinational force" -> IGOMIL)
            m.codes = {*office + std::string(role)};
            m.how = *office == "IGO" ? "force of several states" : "office of one country";
          } else if (role == "GOV" && m.tok_end == t + 1 && t > s.tok_begin && doc.form(doc.tokens[t - 1]) == "Western" &&
                     (is_word(tok_text(t), "diplomats") || is_word(tok_text(t), "diplomat"))) {
            // (round 35) "Western diplomats" are foreign wherever the story is
            // filed: as the diplomats posted abroad of round 34 ("Western
            // diplomats in Beijing"), no country, neither the dateline's nor
            // the sentence's (that of the country they report on)
            m.how = "diplomats posted abroad";
            m.explain += "; Western diplomats: foreign, not the dateline's nor the sentence's country";
          } else if (m.how == "diplomats posted abroad" || m.how == "holders of one office in several countries") {
            // (round 34) foreign diplomats in the capital: not the dateline's
            // country either (a story filed from that capital)
            m.explain += "; not the dateline's country either";
          } else if (!doc_country.empty()) {
            m.codes = {doc_country + std::string(role)};
            m.how = "dateline+agent";
          } else if (role == "LEG" && !filed_in.empty() && [&] {
                       // ... unless the sentence names a government body ("the Reagan
                       // administration and Congress", "U.S. officials told Congress"):
                       // the two branches of one state, the sentence's country
                       auto body = [&](const ActorMention& x) {
                         return x.sentence == si && x.codes.size() == 1 && x.codes[0].size() == 6 &&
                                x.codes[0].compare(3, 3, "GOV") == 0 &&
                                (x.kind == ActorKind::kAgent || x.kind == ActorKind::kUnknown) &&
                                x.how != "surname" && x.how.rfind("title", 0) != 0;
                       };
                       for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;)
                         if (body(resolved[k])) return false;
                       for (size_t k = next_mention; k < found.size() && found[k].sentence == si; ++k)
                         if (body(found[k])) return false;
                       return true;
                     }()) {
            m.codes = {filed_in + "LEG"};
            m.how = "legislature+dateline";
          } else if (!named && a == Anaphor::kNone &&
                     !(conjunct = [&]() -> std::string {
                        // (round 31) a bare agent coordinated with an agent of
                        // a country, right after "and" with no determiner of its
                        // own: "Senate and Democratic leaders" (the two share
                        // the head: Senate leaders and the American parties'),
                        // "police and Iraqi troops": that country's, before the
                        // sentence's (after the dateline's: "BEIRUT - police and
                        // Syrian troops" are the Lebanese police). Not "the Senate and the
                        // Japanese prime minister" (two phrases, each with its
                        // own determiner) nor "and Japan's ..." (the country
                        // itself, a possessive)
                        if (m.tok_end >= s.tok_end || !is_word(tok_text(m.tok_end), "and") ||
                            next_mention >= found.size() || found[next_mention].sentence != si)
                          return {};
                        const ActorMention& x = found[next_mention];
                        if (x.codes.size() != 1 || interviewer(x)) return {};
                        const std::string& xc = x.codes[0];
                        if (x.tok_begin == m.tok_end + 1 && x.how == "country+agent" && xc.size() >= 6 &&
                            !is_international(xc) && !is_bare_role(xc.substr(0, 3)))
                          return xc.substr(0, 3);
                        if (x.tok_begin == m.tok_end + 2 && x.tok_end == x.tok_begin + 1 &&
                            (xc == "GOV" || xc == "LEG") && is_any(tok_text(x.tok_begin), kPartyMembers) &&
                            (doc.form(doc.tokens[m.tok_end + 1]) == "Democratic" ||
                             doc.form(doc.tokens[m.tok_end + 1]) == "Republican")) {
                          const std::string& where = !doc_country.empty() ? doc_country : filed_in;
                          if (where.empty() || where == "USA") return "USA";
                        }
                        return {};
                      }()).empty()) {
            m.codes = {conjunct + std::string(role)};
            m.how = "agent+its conjunct's country";
            m.explain += fmt::format("; coordinated with an agent of {}", conjunct);
          } else {
            // The only country named in the sentence ("Yoruba leaders ...
            // forgive Nigerian President Obasanjo" -> NGA).
            for (; resolved_seen < resolved.size(); ++resolved_seen)
              if (!interviewer(resolved[resolved_seen]) && !dateline_company(resolved[resolved_seen]))
                fixed.add(resolved[resolved_seen]);
            Countries here = fixed;
            if (next_mention >= found_base && next_mention - found_base < to_come.size())
              here.add(to_come[next_mention - found_base]);
            // (round 31) a company named in the sentence ("the clear cause
            // was faulty repairs by the Boeing Co, said X, the transport
            // ministry official") lends its country to no bare agent of a
            // state: a company deals with foreign governments as often as
            // with its own
            if (firm_here && std::find(kStateRoles31.begin(), kStateRoles31.end(), role) != kStateRoles31.end()) {
              auto firm = named_company;
              Countries h;
              bool any_firm = false;
              for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;) {
                const ActorMention& x = resolved[k];
                if (interviewer(x) || dateline_company(x)) continue;
                if (firm(x)) any_firm = true;
                else h.add(x);
              }
              for (size_t k = next_mention; k < found_end; ++k) {
                if (interviewer(found[k])) continue;
                if (firm(found[k])) any_firm = true;
                else h.add(found[k]);
              }
              if (any_firm) here = h;
            }
            const std::string& only = here.only;
            const bool several = here.several;
            // ... but not to an agent of the state whose own action the country
            // is the other party of ("the ministry sent a mission to Japan",
            // "the army clashed with Iran", "the official protested against
            // France"): every mention of the country comes after the agent, as
            // the country itself right after "to", "with", "against" or
            // "toward". A government body does not act toward its own country
            // (a protester or a rebel may: "rebels fought against Gondor" keep
            // it).
            // (round 29) ... nor when the country is the direct object of the
            // very verb the agent is the subject of ("investigators accused
            // Japan of dumping", "Vice President X criticized Japan", "officials
            // urged Japan to cut tariffs"): a state's agent does not accuse or
            // urge its own country. The parse says so: the agent's head is the
            // nsubj of a verb, the country's head the obj (iobj) of that verb,
            // or of a verb tied to it by xcomp ("threatened to sanction
            // Japan") or by a conj of no subject of its own ("raided the office
            // and accused Japan"). A place phrase ("police in Japan"), a
            // nationality or a possessive still lends the country.
            auto object_of_own_clause = [&](const ActorMention& x) {
              if (!reads_parse(si)) return false;
              const uint32_t ah = head_of_span(si, m.tok_begin, m.tok_end);
              const Token& at = doc.tokens[ah];
              if (at.head < 0 || at.deprel != Deprel::nsubj) return false;
              const uint32_t v = s.tok_begin + static_cast<uint32_t>(at.head);
              const Token& xt = doc.tokens[head_of_span(si, x.tok_begin, x.tok_end)];
              if (xt.head < 0 || (xt.deprel != Deprel::obj && xt.deprel != Deprel::iobj)) return false;
              uint32_t w = s.tok_begin + static_cast<uint32_t>(xt.head);
              for (int step = 0; step < 3; ++step) {
                if (w == v) return true;
                const Token& wt = doc.tokens[w];
                if (wt.head < 0 || (wt.deprel != Deprel::xcomp && wt.deprel != Deprel::conj)) return false;
                if (wt.deprel == Deprel::conj)
                  for (uint32_t u = s.tok_begin; u < s.tok_end; ++u) {
                    const Token& ut = doc.tokens[u];
                    if (ut.head >= 0 && s.tok_begin + static_cast<uint32_t>(ut.head) == w &&
                        (ut.deprel == Deprel::nsubj || ut.deprel == Deprel::nsubj_pass))
                      return false;
                  }
                w = s.tok_begin + static_cast<uint32_t>(wt.head);
              }
              return false;
            };
            auto counterpart = [&] {
              static constexpr std::array<std::string_view, 5> kStateActs = {"GOV", "MIL", "COP", "JUD", "SPY"};
              static constexpr std::array<std::string_view, 5> kToward = {"to", "with", "against", "toward", "towards"};
              // (round 30) a bank's or a company's (BUS) too, but only when the
              // object of its own verb is a state body of the country ("the bank
              // sued the French government"), not after "with" or "to" (a company
              // deals with its own government) nor the country itself
              // (in a story filed from that country a company acting on its
              // government is most often its own: "producers lobbied USDA")
              const bool bus = role == "BUS" && [&] {
                if (!doc_country.empty()) return doc_country != only;
                if (!dl_known) dl_country = dateline_country(dict, doc.dateline), dl_known = true;
                return dl_country != only;
              }();
              if (s.tok_end - s.tok_begin > 400) return false;
              int seen = 0;
              // (round 38) m is the possessor ("the company's") of the subject of
              // a verb whose object (iobj) is x: the company's officer acts on
              // x; or m is that officer, its possessor a common noun ("the
              // bank's chairman")
              auto officer_acts_on = [&](const ActorMention& x) {
                if (!reads_parse(si)) return false;
                const uint32_t mh = head_of_span(si, m.tok_begin, m.tok_end);
                const Token& mt = doc.tokens[mh];
                if (mt.head < 0) return false;
                const Token* ot = nullptr;
                if (mt.deprel == Deprel::nmod_poss && m.tok_end < s.tok_end && tok_text(m.tok_end) == "'s") {
                  if (bus) ot = &doc.tokens[s.tok_begin + static_cast<uint32_t>(mt.head)];
                } else if (mt.deprel == Deprel::nsubj) {
                  // the possessor: a firm's bare agent ("the bank", "the company") just before
                  for (uint32_t u = s.tok_begin; u < mh && !ot; ++u) {
                    const Token& ut = doc.tokens[u];
                    if (ut.head < 0 || s.tok_begin + static_cast<uint32_t>(ut.head) != mh || ut.deprel != Deprel::nmod_poss ||
                        ut.upos != Upos::NOUN || u + 1 >= mh || tok_text(u + 1) != "'s")
                      continue;
                    for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;)
                      if (resolved[k].tok_begin <= u && u < resolved[k].tok_end && !resolved[k].codes.empty() &&
                          resolved[k].codes[0].size() >= 3 &&
                          resolved[k].codes[0].compare(resolved[k].codes[0].size() - 3, 3, "BUS") == 0)
                        ot = &mt;
                  }
                }
                if (!ot || ot->head < 0 || ot->deprel != Deprel::nsubj) return false;
                const Token& xt = doc.tokens[head_of_span(si, x.tok_begin, x.tok_end)];
                return xt.head == ot->head && (xt.deprel == Deprel::obj || xt.deprel == Deprel::iobj);
              };
              // (round 38) a firm's officer of any role ("the company's former
              // president") is a counterpart like the firm itself
              bool officer = false;
              if (!bus && std::find(kStateActs.begin(), kStateActs.end(), role) == kStateActs.end()) {
                for (size_t k = next_mention; k < found.size() && found[k].sentence == si && !officer; ++k)
                  officer = officer_acts_on(found[k]);
                if (!officer) return false;
              }
              auto check = [&](const ActorMention& x) {  // false: a mention that lends the country
                if (x.sentence != si || interviewer(x)) return true;
                // (round 30) an agent that borrowed the sentence's country itself
                // lends no evidence of it ("Union" of "Overseas Union Bank")
                if (bus && x.how == "agent+sentence country") return true;
                // (round 17) a country naming a currency ("U.S. dlrs", "the U.S.
                // currency") is no party: neither lends nor blocks
                static constexpr std::array<std::string_view, 6> kMoney = {"dlrs", "dlr", "dollar", "dollars",
                                                                           "currency", "cents"};
                if (x.tok_end < s.tok_end && x.codes.size() == 1 && x.codes[0].size() == 3 &&
                    x.kind == ActorKind::kCountry && is_any(tok_text(x.tok_end), kMoney))
                  return true;
                Countries c;
                c.add(x);
                if (c.only != only) return true;
                ++seen;
                // (round 37) ... but a company's peer of the same kind, a
                // country's business named as the object of the company's own
                // verb ("regional banks followed major American banks in ...",
                // "small firms joined Japanese companies in ..."), lends its
                // country: the bare agent is one more of that country's firms
                // (the sentence names that one country only: `only`)
                if (bus && x.tok_begin >= m.tok_end && x.codes.size() == 1 && x.codes[0].size() == 6 &&
                    x.codes[0].compare(3, 3, "BUS") == 0 && x.how == "country+agent" && object_of_own_clause(x))
                  return false;
                if (x.tok_begin < m.tok_end || x.codes.size() != 1 || x.codes[0].size() != 3 ||
                    (x.kind != ActorKind::kCountry && x.kind != ActorKind::kPlace && x.how != "capital"))
                  // (round 30) a company's object may be a state body ("sued the French government")
                  return bus && x.tok_begin >= m.tok_end && x.codes.size() == 1 && object_of_own_clause(x);
                // (not "according to", "loyal to", "along with": no other party)
                static constexpr std::array<std::string_view, 12> kNotParty = {
                    "according", "due", "owing", "thanks", "loyal", "close", "next", "prior", "attached", "along",
                    "together", "compared"};
                // (a company's object that is the country itself still lends it:
                // "the company sued Canada", tests/events/actors25.test)
                // (round 38) ... but not when the company is only the possessor
                // of the subject, its own officer, and the country is the object
                // of the officer's verb ("the company's former president accused
                // Japan", "the bank's chairman urged Canada to ..."): the officer
                // acts on another party, and its firm is no firm of that party
                if ((bus || officer) && officer_acts_on(x)) return true;
                if (bus) return false;
                if (object_of_own_clause(x)) return true;
                uint32_t u = x.tok_begin;
                if (u > s.tok_begin && is_word(tok_text(u - 1), "the")) --u;
                return u > m.tok_end + 1 && is_any(tok_text(u - 1), kToward) && !is_any(tok_text(u - 2), kNotParty);
              };
              for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;)
                if (!check(resolved[k])) return false;
              for (size_t k = next_mention; k < found.size() && found[k].sentence == si; ++k)
                if (!check(found[k])) return false;
              return seen > 0;
            };
            const bool abroad = m.how == "envoy abroad" || m.how == "peacekeepers abroad" ||
                                m.how == "diplomats posted abroad" ||
                                m.how == "holders of one office in several countries";
            const bool other_party = !only.empty() && !several && !abroad && counterpart();
            if (other_party) {
              m.how = "agent (the sentence's country is its counterpart)";
              m.explain += fmt::format("; {} is named only as the other party (to, with, against): not lent", only);
            }
            // (round 20) a bare "the embassy" (consulate, legation) names no
            // owner; an embassy is the state's that sends it, and the people
            // acting on it or near it ("the embassy was stormed by a mob of
            // Ruritanian students", "Ruritanian protesters gathered outside the
            // consulate") are most often the host country's: when every
            // mention lending the sentence's country is such people (a
            // nationality + a non-state role), the embassy takes no country
            auto unowned_embassy = [&] {
              static constexpr std::array<std::string_view, 6> kMissions = {
                  "embassy", "embassies", "consulate", "consulates", "legation", "legations"};
              static constexpr std::array<std::string_view, 14> kPeople = {
                  "CVL", "EDU", "OPP", "REB", "INS", "LAB", "BUS", "MED", "REF", "UAF", "CRM", "REL", "AGR", "SET"};
              if (role != "GOV" || only.empty() || several || abroad || other_party || m.tok_end != t + 1 ||
                  !is_word(prev, "the") || !is_any(tok_text(t), kMissions))
                return false;
              int seen = 0;
              auto people = [&](const ActorMention& x) {  // false: a mention that lends the country as a state
                if (x.sentence != si || interviewer(x)) return true;
                Countries c;
                c.add(x);
                if (c.only != only) return true;
                ++seen;
                return x.codes.size() == 1 && x.codes[0].size() == 6 &&
                       std::find(kPeople.begin(), kPeople.end(), std::string_view(x.codes[0]).substr(3)) != kPeople.end();
              };
              for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;)
                if (!people(resolved[k])) return false;
              for (size_t k = next_mention; k < found.size() && found[k].sentence == si; ++k)
                if (!people(found[k])) return false;
              return seen > 0;
            };
            const bool embassy_unowned = unowned_embassy();
            // (round 36) a generic victim or fighter (people, civilians,
            // rebels, gunmen: CVL, REB, INS, UAF) of no country, in a sentence
            // naming several countries, that the same clause places in one
            // country after it: "killed 22 people in a raid on a Pakistani
            // village", "fought guerrillas in western Cambodia". The place
            // phrase is "in/into/inside/near/at/across/throughout" + up to
            // four words of no verb or clause break + a country, a place or
            // a capital read as a place, or a nationality + a place noun
            // ("a Pakistani village", "Iraqi territory"); every such phrase
            // after the mention must name the same one country. Not from the
            // dateline, not across a comma or a verb.
            auto placed_country = [&]() -> std::string {
              static constexpr std::array<std::string_view, 4> kGeneric = {"CVL", "REB", "INS", "UAF"};
              static constexpr std::array<std::string_view, 7> kWhereTo = {"in",     "into",   "inside", "near",
                                                                          "at",     "across", "throughout"};
              static constexpr std::array<std::string_view, 12> kPlaceNouns = {
                  "village", "villages", "town", "towns", "city", "territory", "province", "region", "district",
                  "area", "market", "camp"};
              if (!several || abroad || std::find(kGeneric.begin(), kGeneric.end(), role) == kGeneric.end() ||
                  m.codes.size() != 1 || m.codes[0] != role)
                return {};
              std::string country;
              bool any = false;
              for (size_t k = next_mention; k < found.size() && found[k].sentence == si; ++k) {
                const ActorMention& x = found[k];
                if (x.codes.size() != 1 || x.codes[0].size() < 3 || is_bare_role(x.codes[0].substr(0, 3))) continue;
                // ("a Pakistani village" is composed as its inhabitants, <ISO>CVL: the place all the same)
                const bool dwellings = x.how.starts_with("adjective+dwellings") && x.codes[0].size() == 6;
                if (x.codes[0].size() != 3 && !dwellings) continue;
                const bool name = x.kind == ActorKind::kPlace || (x.kind == ActorKind::kCountry && x.how == "name") ||
                                  x.how == "capital (place)";
                const bool nationality = dwellings || (x.how == "adjective" && x.tok_end < s.tok_end &&
                                                       is_any(tok_text(x.tok_end), kPlaceNouns));
                if (!name && !nationality) continue;
                // walk back over up to four words to the preposition
                bool placed = false;
                for (uint32_t u = x.tok_begin; u > m.tok_end && x.tok_begin - u <= 4; --u) {
                  const Token& tk = doc.tokens[u - 1];
                  // (a nationality + a place noun also after "of", "on": "a raid on a Pakistani village")
                  // (a conjunct, "a Pakistani village and an Iranian town", counts: two places, no reading)
                  if (is_any(tok_text(u - 1), kWhereTo) || is_word(tok_text(u - 1), "and") ||
                      is_word(tok_text(u - 1), "or") ||
                      (nationality && (is_word(tok_text(u - 1), "of") || is_word(tok_text(u - 1), "on")))) {
                    placed = true;
                    break;
                  }
                  if (tk.upos == Upos::VERB || tk.upos == Upos::AUX || tk.upos == Upos::PUNCT ||
                      tk.upos == Upos::PROPN)
                    break;
                }
                if (!placed) continue;
                // no verb or clause break between the mention and the phrase
                for (uint32_t u = m.tok_end; u < x.tok_begin && placed; ++u) {
                  const Token& tk = doc.tokens[u];
                  const std::string_view f = tok_text(u);
                  placed = tk.upos != Upos::VERB && tk.upos != Upos::AUX && f != "," && f != ";" && f != ":" &&
                           !is_word(f, "that") && !is_word(f, "which") && !is_word(f, "who") && !is_word(f, "and");
                }
                if (!placed) return {};  // a place in another clause: no reading
                if (any && x.codes[0].compare(0, 3, country) != 0) return {};
                country = x.codes[0].substr(0, 3);
                any = true;
              }
              return country;
            };
            const std::string placed = placed_country();
            // (round 18) troops or forces of no country in the clause a state's
            // organ reports ("Ruritania's army command said troops killed 20
            // Graustarkian soldiers", "a statement by X's embassy said
            // government troops had ..."): the speaker's, unless the clause
            // names a country for them ("troops from Y")
            auto speaker_country = [&]() -> std::string {
              static constexpr std::array<std::string_view, 11> kReport = {
                  "said", "says", "say", "reported", "reports", "announced", "announces", "claimed",
                  "claims", "stated", "added"};
              if (role != "MIL" || abroad || m.tok_begin <= s.tok_begin) return {};
              uint32_t v = m.tok_begin;
              bool found_verb = false;
              while (v > s.tok_begin && m.tok_begin - v < 6) {
                --v;
                const std::string_view w = tok_text(v);
                if (w == "," || w == ";" || w == ":" || w == "\"" || w == "(") return {};
                if (is_any(w, kReport)) { found_verb = true; break; }
              }
              if (!found_verb) return {};
              const ActorMention* sp = nullptr;
              for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;) {
                const ActorMention& x = resolved[k];
                if (x.tok_end > v) return {};  // an actor between the verb and the agent
                // (the speaker's seat: "X's embassy in <city> said")
                if (!sp && x.tok_begin > s.tok_begin && is_word(tok_text(x.tok_begin - 1), "in") &&
                    (x.kind == ActorKind::kPlace || x.how == "capital") && x.tok_end + 2 >= v) {
                  v = x.tok_begin - 1;
                  continue;
                }
                sp = &x;
                break;
              }
              if (!sp || sp->tok_end + 2 < v || sp->codes.size() != 1) return {};
              const std::string& c = sp->codes[0];
              if (c.size() < 3 || is_international(c) || is_bare_role(c.substr(0, 3))) return {};
              if (c.size() == 3 ? sp->kind != ActorKind::kCountry
                                : (c.size() != 6 || (c.compare(3, 3, "GOV") != 0 && c.compare(3, 3, "MIL") != 0)))
                return {};
              if (next_mention < found.size() && found[next_mention].sentence == si &&
                  found[next_mention].tok_begin == m.tok_end + 1 &&
                  (is_word(tok_text(m.tok_end), "from") || is_word(tok_text(m.tok_end), "of")))
                return {};
              return c.substr(0, 3);
            };
            // (round 19) "the company" or "the firm" of a document that has
            // introduced a company the dictionaries lack by its name and legal
            // form ("Acme Timber AG said ... The company has agreed a pact
            // with Ruritania's ministry"): that company, whose country is not
            // known; it does not take the country of a state body it deals
            // with. A known company named before is left as it was.
            auto unknown_company = [&] {
              static constexpr std::array<std::string_view, 2> kFirm = {"company", "firm"};
              static constexpr std::array<std::string_view, 11> kLegal = {"ag",   "nv", "sa",  "plc", "inc", "ltd",
                                                                         "corp", "co", "spa", "bv",  "gmbh"};
              if (role != "BUS" || !is_word(prev, "the") || m.tok_end != t + 1 || !is_any(tok_text(t), kFirm))
                return false;
              for (const ActorMention& r : resolved)
                if (r.kind != ActorKind::kAgent && r.codes.size() == 1 && r.codes[0].size() == 6 &&
                    r.codes[0].compare(3, 3, "BUS") == 0)
                  return false;
              for (uint32_t u = doc.sentences[0].tok_begin + 1; u + 1 < t; ++u) {
                if (!is_any(tok_text(u), kLegal) || !is_capitalized(doc.form(doc.tokens[u])) ||
                    !is_capitalized(doc.form(doc.tokens[u - 1])))
                  continue;
                bool covered = false;
                for (const ActorMention& r : resolved)
                  if (r.tok_begin <= u && u < r.tok_end) { covered = true; break; }
                if (!covered) return true;
              }
              return false;
            };
            // (round 19) officials placed by a locative of their clause ("the
            // envoys spent a week in <capital> talking to officials"): a
            // capital or a country right after "in", before the bare agent in
            // the same clause (no punctuation, no other actor between, at most
            // six words): that country's officials
            auto locative_country = [&]() -> std::string {
              // (bare role nouns only, not a title: "Foreign Minister X" is a person)
              static constexpr std::array<std::string_view, 11> kBodies = {
                  "official",  "officials",  "authorities", "regulator", "regulators", "agency",
                  "agencies",  "government", "ministry",    "ministries", "policymakers"};
              static constexpr std::array<std::string_view, 8> kSaid = {"said", "says", "say", "told",
                                                                        "reported", "reports", "added", "stated"};
              if (role != "GOV" || abroad || !is_any(tok_text(m.tok_end - 1), kBodies)) return {};
              for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;) {
                const ActorMention& x = resolved[k];
                if (x.tok_end > m.tok_begin) continue;
                if (m.tok_begin - x.tok_end > 6 || x.codes.size() != 1 || x.codes[0].size() != 3 ||
                    is_international(x.codes[0]) || is_bare_role(x.codes[0]))
                  return {};
                const bool capital = x.how == "capital" || x.how == "capital (place)";
                if (!capital && x.kind != ActorKind::kCountry) return {};
                uint32_t u = x.tok_begin;
                if (u > s.tok_begin && is_word(tok_text(u - 1), "the")) --u;
                if (u <= s.tok_begin || !is_word(tok_text(u - 1), "in")) return {};
                for (uint32_t w = x.tok_end; w < m.tok_begin; ++w) {
                  const std::string_view f = tok_text(w);
                  if (f == "," || f == ";" || f == ":" || f == "(" || f == ")" || f == "\"" || f == "--" ||
                      is_word(f, "and") || is_word(f, "or") || is_word(f, "from") || is_any(f, kSaid))
                    return {};
                }
                return x.codes[0];
              }
              return {};
            };
            // (round 19) rebels named as against a capital ("anti-Ruritown
            // guerrillas", the capital standing for its government): that
            // capital's country's rebels, whoever backs them
            auto anti_capital = [&]() -> std::string {
              if (role != "REB" && role != "INS") return {};
              for (uint32_t u = m.tok_begin; u > s.tok_begin && m.tok_begin - u < 3;) {
                --u;
                const std::string_view f = tok_text(u);
                if (f.size() > 5 && is_word(f.substr(0, 5), "anti-") && is_capitalized(f.substr(5)))
                  return dict.capital_country(f.substr(5));
                if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0]))) return {};
              }
              return {};
            };
            std::string located = anti_capital();
            const bool against = !located.empty();
            if (located.empty()) located = locative_country();
            const std::string speaker = located.empty() ? speaker_country() : std::string();
            if (!located.empty()) {
              m.codes = {located + std::string(role)};
              m.how = against ? "agent+capital it opposes" : "agent+locative country";
              m.explain += against ? fmt::format("; named as against {}'s government", located)
                                   : fmt::format("; placed in {} by its clause", located);
            }
            else if (!speaker.empty()) {
              m.codes = {speaker + std::string(role)};
              m.how = "agent+reporting speaker's country";
              m.explain += fmt::format("; the clause is reported by {}'s state", speaker);
            }
            else if (!(known_firm = [&]() -> std::string {
                       // (round 31) "the company" or "the firm" of a document
                       // whose first company is one the dictionaries know
                       // ("Siemens AG said ... The company agreed terms with
                       // a Polish ministry"; data/actors/companies.txt):
                       // that company's code, not the country of the state body
                       // it deals with nor none
                       static constexpr std::array<std::string_view, 2> kFirm = {"company", "firm"};
                       if (role != "BUS" || !is_word(prev, "the") || m.tok_end != t + 1 || !is_any(tok_text(t), kFirm))
                         return {};
                       // the document's first company, in its first sentence,
                       // not one of two coordinated companies
                       auto firm = [](const ActorMention& x) { return named_company(x) && !is_international(x.codes[0]); };
                       const auto it = std::find_if(resolved.begin(), resolved.end(), firm);
                       if (it == resolved.end() || it->sentence != 0) return {};
                       const ActorMention& r = *it;
                       const uint32_t after = r.tok_end;
                       if (after < doc.sentences[0].tok_end &&
                           (is_word(tok_text(after), "and") || is_word(tok_text(after), "or")))
                         return {};
                       const std::string code = r.codes[0];
                       // ... and no company the dictionaries lack named before it
                       // by its name and legal form ("Endotronics Inc said ... its
                       // Japanese distributor, Yamaha Inc"): that is the one
                       static constexpr std::array<std::string_view, 11> kLegal = {
                           "ag", "nv", "sa", "plc", "inc", "ltd", "corp", "co", "spa", "bv", "gmbh"};
                       for (uint32_t u = doc.sentences[0].tok_begin + 1; u < r.tok_begin; ++u)
                         if (is_any(tok_text(u), kLegal) && is_capitalized(doc.form(doc.tokens[u])) &&
                             is_capitalized(doc.form(doc.tokens[u - 1])))
                           return {};
                       return code;
                     }()).empty()) {
              m.codes = {known_firm};
              m.how = "agent (the company the document named)";
              m.explain += fmt::format("; the company named before, {}", known_firm);
            }
            else if (embassy_unowned) {
              m.how = "agent (an embassy of no named owner)";
              m.explain += fmt::format("; {} is named only for people acting on it: not its owner", only);
            }
            else if (!only.empty() && !several && !abroad && !other_party && unknown_company() &&
                     [&] {
                       if (!dl_known) dl_country = dateline_country(dict, doc.dateline), dl_known = true;
                       return dl_country != only;
                     }()) {
              // the dateline's country when known (a company's news is filed
              // from its home), else no country
              if (dl_country.size() == 3) {
                m.codes = {dl_country + std::string(role)};
                m.how = "agent (a company the document named)+dateline";
                m.explain += "; the company introduced before by its name and legal form: the dateline's country, "
                             "not the sentence's";
              } else {
                m.how = "agent (a company the document named, of no known country)";
                m.explain += "; the company introduced before by its name and legal form: not the sentence's country";
              }
            }
            else if (!only.empty() && !several && !abroad && !other_party && is_word(prev, "the") &&
                     [&]() -> std::string {
                       // (round 32) "the Senate and the Japanese prime minister",
                       // "the Japanese prime minister and the Senate": two
                       // phrases, each with its own determiner, joined by
                       // "and" or "or"; the country qualifies the other phrase
                       // only, and naming it there sets the two apart. The
                       // sentence's one country, when it is that phrase's, is
                       // not this agent's.
                       auto own_country = [&](const ActorMention& x) -> std::string {
                         if (x.sentence != si || x.codes.size() != 1 || x.how != "country+agent") return {};
                         const std::string& xc = x.codes[0];
                         if (xc.size() < 6 || is_international(xc) || is_bare_role(xc.substr(0, 3))) return {};
                         return xc.substr(0, 3);
                       };
                       auto joins = [&](uint32_t u) { return is_word(tok_text(u), "and") || is_word(tok_text(u), "or"); };
                       if (m.tok_end + 2 < s.tok_end && joins(m.tok_end) && is_word(tok_text(m.tok_end + 1), "the") &&
                           next_mention < found.size() && found[next_mention].tok_begin == m.tok_end + 2)
                         return own_country(found[next_mention]);
                       if (t >= s.tok_begin + 3 && joins(t - 2) && !resolved.empty() &&
                           resolved.back().tok_end == t - 2 && resolved.back().tok_begin > s.tok_begin &&
                           is_word(tok_text(resolved.back().tok_begin - 1), "the"))
                         return own_country(resolved.back());
                       return {};
                     }() == only) {
              m.how = "agent (beside another country's agent)";
              m.explain += fmt::format("; coordinated with an agent of {} that has its own determiner: not {}'s", only,
                                       only);
            }
            else if (!only.empty() && !several && !abroad && !other_party) {
              m.codes = {only + std::string(role)};
              m.how = "agent+sentence country";
            }
            else if (!placed.empty()) {
              m.codes = {placed + std::string(role)};
              m.how = "agent+place of the clause";
              m.explain += fmt::format("; the clause places it in {} (the sentence names several countries)", placed);
            }
            else if (((only.empty() && !several) || other_party) && !abroad &&
                     (is_word(prev, "the") ||
                      // (round 40) "a government decree", "an army convoy": the
                      // article is the following noun's, the state word its
                      // modifier (compound) names the institution as "the
                      // government" does
                      ((is_word(prev, "a") || is_word(prev, "an")) && t + 1 < s.tok_end && reads_parse(si) &&
                       doc.tokens[t].deprel == Deprel::compound && doc.tokens[t].head >= 0 &&
                       s.tok_begin + static_cast<uint32_t>(doc.tokens[t].head) == t + 1 &&
                       doc.tokens[t + 1].upos == Upos::NOUN) ||
                      // (round 35) bare plural "Authorities", no determiner
                      // ("Authorities said ..."), reads as "the authorities"
                      (is_word(tok_text(t), "authorities") &&
                       (t == s.tok_begin || doc.tokens[t - 1].upos == Upos::PUNCT ||
                        doc.tokens[t - 1].upos == Upos::CCONJ || doc.tokens[t - 1].upos == Upos::SCONJ ||
                        doc.tokens[t - 1].upos == Upos::VERB || doc.tokens[t - 1].upos == Upos::ADV))) &&
                     m.tok_end == t + 1 && std::find(kStateRoles.begin(), kStateRoles.end(), role) != kStateRoles.end()) {
              // The document's government: a bare "the government", "the
              // police", "the army" in a sentence that names no country is
              // that institution of the one country whose same institution the
              // document has named before ("South Korean officials ... the
              // government" -> KORGOV). Two countries' governments named
              // before: none (the text does not say which). Also when the
              // sentence's only country is the other party of the agent's act
              // (counterpart above: "the government will send a mission to
              // Japan" in a story about Taiwan's officials), if it is not that
              // same country.
              for (; doc_seen < resolved.size() && resolved[doc_seen].sentence < si; ++doc_seen) {
                const ActorMention& x = resolved[doc_seen];
                if (x.codes.size() != 1 || x.codes[0].size() < 6 || is_international(x.codes[0]) ||
                    is_bare_role(x.codes[0].substr(0, 3)) || !x.debtor.empty())
                  continue;
                const std::string_view xr = std::string_view(x.codes[0]).substr(3, 3);
                for (size_t q = 0; q < kStateRoles.size(); ++q)
                  if (xr == kStateRoles[q]) doc_state[q].add(std::string_view(x.codes[0]).substr(0, 3));
              }
              for (size_t q = 0; q < kStateRoles.size(); ++q)
                if (role == kStateRoles[q] && !doc_state[q].several && !doc_state[q].only.empty() &&
                    doc_state[q].only != only) {
                  m.explain += fmt::format("; the document's {} named before are {}'s", role, doc_state[q].only);
                  m.codes = {doc_state[q].only + std::string(kStateRoles[q])};
                  m.how = "agent+document country";
                  break;
                }
              // (round 17) still none, and the sentence's only country is the
              // counterpart of the government's act ("the government will send
              // missions to Japan"): the government of the country the story is
              // filed from, when that is another country
              if (m.codes[0].size() == 3 && other_party && role == "GOV" && filed_in.size() == 3 &&
                  filed_in != only) {
                m.codes = {filed_in + std::string(role)};
                m.how = "agent+dateline (the sentence's country is its counterpart)";
                m.explain += fmt::format("; the story is filed from {}'s capital", filed_in);
              }
              // (round 16) "the police", "the army", "the court" in a document
              // that names one country only, in all its sentences: that country's
              if (m.codes[0].size() == 3 && only.empty() && !several && role != "GOV" &&
                  whole_doc_country.size() == 3) {
                m.codes = {whole_doc_country + std::string(role)};
                m.how = "agent+document's one country";
                m.explain += fmt::format("; the whole document names only {}", whole_doc_country);
              }
            }
            else if (only.empty() && !several && !abroad && unknown_company() && [&] {
                       // (round 29) "the company" of a company's own news: a
                       // document that introduced a company the dictionaries
                       // lack by its capitalised name and legal form ("Ruritel
                       // Corp said ... The company will appeal"), filed from a
                       // place whose country the dateline gives ("WHITE PLAINS,
                       // N.Y., March 3 -"), naming no other country before: the
                       // dateline's country (wire services file a company's news
                       // from its home town). A sentence that names a country,
                       // or a document that named another, is left as before.
                       // (the subject of its clause, the company's own act: "the
                       // company said", "the company reached a deal"; not "a rate
                       // charged by the company", "claims against the company")
                       if (!reads_parse(si)) return false;
                       const Token& ht = doc.tokens[t];
                       if (ht.deprel != Deprel::nsubj && ht.deprel != Deprel::nsubj_pass) return false;
                       if (!dl_known) dl_country = dateline_country(dict, doc.dateline), dl_known = true;
                       if (dl_country.size() != 3) return false;
                       doc_one_country();
                       return !doc_all.several && (doc_all.only.empty() || doc_all.only == dl_country);
                     }()) {
              m.codes = {dl_country + std::string(role)};
              m.how = "agent (a company's news)+dateline";
              m.explain += "; the company introduced before by its name and legal form, in a story filed from "
                           "the dateline's country";
            }
            else if (only.empty() && !several && !abroad &&
                     ((doc_one_country().size() == 3 &&
                       (role == "LAB" || role == "AGR" || role == "LEG" ||
                        (role == "BUS" && filed_in == doc_one_country()) ||
                        // (round 42) the employers of a labour story ("the
                        // employers", "port employers", "shipowners"): the other
                        // side of the country's unions, of the same country
                        (role == "BUS" && is_any(tok_text(m.tok_end - 1), kEmployerNouns)))) ||
                      // (round 16) soldiers, police, courts: only when the whole
                      // document names that one country (a force abroad is often
                      // named with its own country later in the story)
                      (whole_doc_country.size() == 3 &&
                       (role == "MIL" || role == "COP" || role == "JUD")))) {
              if (doc_one_country().size() != 3) {
                m.codes = {whole_doc_country + std::string(role)};
                m.how = "agent+document's one country";
                m.explain += fmt::format("; the whole document names only {}", whole_doc_country);
              } else {
              // A document about one country only: every country-bearing
              // mention of its earlier sentences is of that country, and the
              // story is not filed from another country's capital. Its bare
              // labour, farm and legislature agents of a sentence that names no
              // country ("the union", "farmers", "the senators") are that
              // country's; bankers and businesses only when the story is filed
              // from its capital (elsewhere they may be the lenders). Civilians
              // ("people", "men", "consumers") are left: too often no actor.
              m.codes = {doc_one_country() + std::string(role)};
              m.how = "agent+document's one country";
              m.explain += fmt::format("; the document has named only {} before", m.codes[0].substr(0, 3));
              }
            }
            else if (several && (role == "CVL" || role == "EDU" || role == "LAB" || role == "AGR")) {
              // Several countries named: people of no stated country take the
              // country where the sentence puts them ("thousands of people
              // marched in Seoul against Japan's curbs" -> KORCVL): the first
              // "in"/"across"/"throughout" + a country or place right after the
              // agent (its clause: no comma, within six words).
              for (size_t j = next_mention; j < found.size() && found[j].sentence == si; ++j) {
                const ActorMention& x = found[j];
                if (x.tok_begin < m.tok_end || x.tok_begin > m.tok_end + 7) break;
                bool comma = false;
                for (uint32_t u = m.tok_end; u < x.tok_begin && !comma; ++u) comma = tok_text(u) == ",";
                if (comma) break;
                uint32_t u = x.tok_begin;
                if (u > m.tok_end && is_word(tok_text(u - 1), "the")) --u;
                if (u <= m.tok_end) continue;
                std::string_view p = tok_text(u - 1);
                if (!is_word(p, "in") && !is_word(p, "across") && !is_word(p, "throughout")) continue;
                if ((x.kind != ActorKind::kCountry && x.kind != ActorKind::kPlace) || x.codes.size() != 1 ||
                    x.codes[0].size() < 3 || is_international(x.codes[0]) || is_bare_role(x.codes[0].substr(0, 3)))
                  break;
                m.codes = {x.codes[0].substr(0, 3) + std::string(role)};
                m.how = "agent+where";
                break;
              }
            }
            else if (role == "HRI" || role == "ENV") {
              // A campaigning group of no known country is a non-governmental
              // organisation ("a human rights group said" -> NGOHRI, as CAMEO
              // codes Amnesty NGOHRIAMN).
              m.codes = {"NGO" + std::string(role)};
              m.how = "agent (no country: NGO)";
            }
          }
          // (round 24) a minister or other official named in full by a title
          // of office and a name the dictionaries lack, of no stated country
          // ("Foreign Minister Tyrone Perera said ..."), in a story filed from
          // a capital ("COLOMBO, March 3 -", Reuters-21578's dateline apart
          // from the text): wire copy names the home government's officials
          // so and qualifies a visitor by his nationality; the dateline's
          // country, as an in-text dateline lends its country to every bare
          // agent ("dateline+agent" above). Not when the document has named
          // other countries before and never the dateline's (a story about
          // another state filed from where its news is monitored), nor in
          // the capitals that seat international bodies (Brussels,
          // Luxembourg, Vienna, Washington), where foreign ministers meet. A
          // title other than a minister's or a secretary's ("President",
          // "Chairman") right after a noun is an office of that body
          // ("Moulinex group President X", "Fiat President Y"): not a state's.
          // (rounds 24 and 45) the dateline may lend its country: not filed from
          // where international bodies sit, and no other country named before
          // unless the dateline's is too
          const auto dateline_may_lend = [&]() {
            static constexpr std::array<std::string_view, 5> kMeetingPlaces = {
                "brussels", "luxembourg", "vienna", "washington", "strasbourg"};
            std::string_view dl = doc.dateline;
            dl = dl.substr(0, std::min(dl.find(','), dl.size()));
            if (is_any(dl, kMeetingPlaces)) return false;
            bool any_before = false, dateline_before = false;
            for (const ActorMention& x : resolved) {
              if (interviewer(x)) continue;
              for (const auto& c : x.codes) {
                if (c.size() < 3 || is_international(c) || is_bare_role(c.substr(0, 3))) continue;
                any_before = true;
                dateline_before = dateline_before || c.compare(0, 3, filed_in) == 0;
              }
            }
            return !any_before || dateline_before;
          };
          if (named && m.codes.size() == 1 && m.codes[0] == "GOV" && filed_in.size() == 3) {
            static constexpr std::array<std::string_view, 4> kMinisters = {"minister", "secretary", "premier",
                                                                           "chancellor"};
            bool minister = false;
            for (uint32_t u = m.tok_begin; u < m.tok_end && !minister; ++u) minister = is_any(tok_text(u), kMinisters);
            bool of_a_body = false;
            if (!minister && m.tok_begin > s.tok_begin) {
              const Token& b = doc.tokens[m.tok_begin - 1];
              of_a_body = b.upos == Upos::NOUN || b.upos == Upos::PROPN;
            }
            if (!of_a_body && dateline_may_lend()) {
              m.codes = {filed_in + "GOV"};
              m.explain += fmt::format("; of no stated country, in a story filed from {}'s capital", filed_in);
            }
          }
          // (round 45) a state office written as a proper name, with no country
          // ("Central Bank governor", "the Finance Ministry", "Trade Ministry
          // officials"), left with no country by the cascade (the sentence
          // names none, several, or only the other party of its act), in a
          // story filed from a capital: wire copy names the home country's
          // institutions so; the dateline's country, on the conditions of the
          // named minister just above (not where international bodies sit,
          // and no other country named before unless the dateline's too).
          // Two capitalised words open the phrase ("Central Bank", "Finance
          // Ministry"), the sentence's first word counting only with a second.
          if (!named && m.antecedent < 0 && m.kind == ActorKind::kAgent && m.codes.size() == 1 &&
              m.codes[0] == "GOV" && filed_in.size() == 3 &&
              (m.how == "name" || m.how == "agent (the sentence's country is its counterpart)")) {
            uint32_t b = m.tok_begin;
            if (b + 2 <= m.tok_end && is_word(tok_text(b), "the")) ++b;
            const bool proper = b + 1 < m.tok_end && is_capitalized(doc.form(doc.tokens[b])) &&
                                is_capitalized(doc.form(doc.tokens[b + 1]));
            if (proper && dateline_may_lend()) {
              m.codes = {filed_in + "GOV"};
              m.how = "office by its name+dateline";
              m.explain += fmt::format("; a state office by its name, in a story filed from {}'s capital", filed_in);
            }
          }
          // (a person once a country is known: a bare role lends no country to
          // later agents nor to "he", "BUS" or "GOV" is no country)
          if (named && m.codes.size() == 1 && m.codes[0].size() >= 6 && !is_bare_role(m.codes[0])) {
            m.kind = ActorKind::kPerson;
            m.how = "title+name (unknown name)";
          } else if (named) {
            m.how = "title (unknown name)";
          }
          // (round 31) a bare "Congress" is never the legislature of a country
          // whose legislature has another name (Japan's Diet, Britain's
          // Parliament): not by the dateline's, the sentence's or the
          // document's country ("Congress criticized Tokyo"). Before 2000 it
          // is the US Congress (wire copy's unqualified "Congress"), unless
          // the document names India or Nepal (or is filed there), where
          // Congress is a party (then India's or Nepal's, as the fallbacks
          // give it, or no country), or names several other countries with a
          // Congress and not the United States; later, no country.
          if (bare_congress && m.antecedent < 0 && m.codes.size() == 1 &&
              (m.codes[0] == "LEG" ||
               (m.codes[0].size() == 6 && !congress_at(std::string_view(m.codes[0]).substr(0, 3))))) {
            std::string d = doc_country;
            if (d.empty()) {
              if (!dl_known) dl_country = dateline_country(dict, doc.dateline), dl_known = true;
              d = dl_country;
            }
            const std::string_view c = std::string_view(m.codes[0]).substr(0, 3);
            if (congress_party || d == "IND" || d == "NPL") {
              if (c != "LEG" && c != "IND" && c != "NPL") {
                m.codes = {"LEG"};
                m.how = "Congress (of no country the text gives)";
                m.explain += "; a bare Congress: not the legislature of a country without a Congress";
              }
            } else {
              const bool us = doc.date.ok() && doc.date.year < 2000 && !(congress_named.several && !congress_usa);
              if (us || c != "LEG") {
                m.codes = {us ? "USALEG" : "LEG"};
                m.how = us ? "Congress (the US Congress of wire copy before 2000)"
                           : "Congress (of no country the text gives)";
                m.explain += us ? "; a bare Congress before 2000, no other country with a Congress: the US Congress"
                                : "; a bare Congress: not the legislature of a country without a Congress";
              }
            }
          }
          // (round 32) "the pope" or "the pontiff" with no name, no people or
          // church before it ("the Coptic pope") and no "of" after it, that no
          // named person before it resolves, is the Holy See's head (VATGOV, as
          // the named popes are while in office), not a churchman of the country
          // the sentence or the dateline gives ("the pope criticized Argentina").
          if (m.antecedent < 0 && m.codes.size() == 1 &&
              (is_word(tok_text(m.tok_end - 1), "pope") || is_word(tok_text(m.tok_end - 1), "pontiff"))) {
            uint32_t b = m.tok_begin;
            if (b + 1 < m.tok_end && (is_word(tok_text(b), "the") || is_word(tok_text(b), "a"))) ++b;
            const bool bare = b + 1 == m.tok_end;
            const bool before_ok = b == s.tok_begin || !is_capitalized(doc.form(doc.tokens[b - 1])) ||
                                   (b - 1 == s.tok_begin && is_word(tok_text(b - 1), "the"));
            const bool of_after = m.tok_end < s.tok_end && is_word(tok_text(m.tok_end), "of");
            if (bare && before_ok && !of_after && m.codes[0] != "VATGOV") {
              m.codes = {"VATGOV"};
              m.how = "the pope (the Holy See)";
              m.explain += "; a bare pope: the head of the Holy See";
            }
          }
        }
        resolved.push_back(std::move(m));
        t = resolved.back().tok_end - 1;
        continue;
      }
      // A surname alone, or after a title the dictionaries do not match ("Mr"),
      // not inside a longer capitalized name ("Carlos Duarte", "Duarte Industries").
      if (name_like(t) && (!S.surnames.empty() || surnames_seen < resolved.size()) &&
          !(t + 1 < s.tok_end && is_capitalized(doc.form(doc.tokens[t + 1])) &&
            std::isalpha(static_cast<unsigned char>(doc.form(doc.tokens[t + 1])[0]))) &&
          !(t > s.tok_begin && is_capitalized(doc.form(doc.tokens[t - 1])) && !titled(t - 1) &&
            std::isalpha(static_cast<unsigned char>(doc.form(doc.tokens[t - 1])[0])))) {
        int32_t p = surname_of(t);
        if (p >= 0) {
          ActorMention m;
          m.sentence = si;
          m.tok_begin = t > s.tok_begin && titled(t - 1) && (resolved.empty() || resolved.back().tok_end < t) ? t - 1 : t;
          m.tok_end = t + 1;
          refer_by_surname(m, p, si);
          continue;
        }
      }
      // (round 36) "the fund" after a named fund ("the International Monetary
      // Fund ... the fund"), "the organisation"/"the organization" after a
      // named international or non-governmental organisation: round 35's
      // definite description for head nouns that are no dictionary entry
      // (an entry would make every investment fund an actor). Lower case,
      // right after "the", not before "of"; the nearest earlier organisation
      // (kind org) in this sentence or the two before must be one (for "the
      // fund": a name with "Fund" in it, "IMF" included); a company or any
      // other organisation nearer than it: no reading.
      if (t > s.tok_begin && is_word(tok_text(t - 1), "the") && !is_capitalized(doc.form(doc.tokens[t])) &&
          (is_word(tok_text(t), "fund") || is_word(tok_text(t), "organisation") ||
           is_word(tok_text(t), "organization")) &&
          !(t + 1 < s.tok_end && is_word(tok_text(t + 1), "of"))) {
        const bool fund = is_word(tok_text(t), "fund");
        int32_t ante = -1;
        out.refers_back[si] = 1;  // (looked for among earlier mentions, found or not)
        for (int32_t k = static_cast<int32_t>(resolved.size()) - 1; k >= 0; --k) {
          const ActorMention& r = resolved[static_cast<size_t>(k)];
          if (r.sentence + 2 < si) break;
          if (r.kind != ActorKind::kOrg || r.codes.size() != 1) continue;
          const std::string& c = r.codes[0];
          const bool intl = c.size() >= 6 && (c.compare(0, 3, "IGO") == 0 || c.compare(0, 3, "NGO") == 0);
          bool named_fund = false;
          if (fund && r.entry >= 0) named_fund = dict.entry(static_cast<uint32_t>(r.entry)).name.find("Fund") != std::string::npos;
          for (uint32_t u = r.tok_begin; u < r.tok_end && fund && !named_fund; ++u)
            named_fund = doc.form(doc.tokens[u]) == "Fund";
          if (intl && (!fund || named_fund)) ante = k;
          break;  // the nearest organisation only
        }
        if (ante >= 0) {
          const ActorMention& r = resolved[static_cast<size_t>(ante)];
          ActorMention m;
          m.sentence = si;
          m.tok_begin = t;
          m.tok_end = t + 1;
          m.codes = {r.codes[0]};
          m.entry = r.entry;
          m.kind = r.kind;
          m.antecedent = ante;
          m.how = "definite description (named before)";
          m.explain = fmt::format("the {}: the organisation named before, {}", tok_text(t), r.codes[0]);
          resolved.push_back(std::move(m));
          continue;
        }
      }
      // Pronouns and plural references.
      std::string_view w0 = tok_text(t);
      if (w0.size() > 10 || w0.empty() || !std::isalpha(static_cast<unsigned char>(w0[0]))) continue;
      Anaphor a = pronoun_kind(w0);
      bool plural_ref = false;
      uint32_t end = t + 1;
      static constexpr std::array<std::string_view, 16> kGroupNouns = {
          "sides", "countries", "nations", "governments", "leaders", "neighbors", "neighbours",
          "states", "ministers", "parties", "allies", "prime", "presidents", "delegations", "armies", "militaries"};
      bool the = is_word(w0, "the"), both = is_word(w0, "both");
      if ((the || both) && t + 1 < s.tok_end) {
        std::string_view w1 = tok_text(t + 1);
        std::string_view w2 = t + 2 < s.tok_end ? tok_text(t + 2) : std::string_view();
        if (the && (is_word(w1, "two") || is_word(w1, "both")) && is_any(w2, kGroupNouns)) { plural_ref = true; end = t + 3; }
        else if (both && is_any(w1, kGroupNouns)) { plural_ref = true; end = t + 2; }
        else if (the && (is_word(w1, "neighbors") || is_word(w1, "neighbours"))) { plural_ref = true; end = t + 2; }
        if (plural_ref && end < s.tok_end && is_word(tok_text(end - 1), "prime") && is_word(tok_text(end), "ministers")) ++end;
        if (plural_ref && end < s.tok_end && is_word(tok_text(end - 1), "foreign") && is_word(tok_text(end), "ministers")) ++end;
      }
      if (plural_ref || a != Anaphor::kNone) out.refers_back[si] = 1;
      if (!plural_ref && a == Anaphor::kNone) continue;
      ActorMention m;
      m.sentence = si;
      m.tok_begin = t;
      m.tok_end = end;
      m.kind = ActorKind::kUnknown;
      if (plural_ref) {
        // The actors in focus: the two most recent distinct countries, each with its latest code.
        // "The two sides", "both parties" may be any two actors, an armed group or an
        // organisation among them ("Israel and Hamas", "the government and the FARC",
        // "NATO and Russia"): those count by their own code, states by their country.
        // Places are where things happen, never a side.
        std::string_view w = tok_text(end - 1);
        bool bare = is_word(w, "countries") || is_word(w, "nations") || is_word(w, "neighbors") ||
                    is_word(w, "neighbours") || is_word(w, "states");
        bool gov = is_word(w, "governments") || is_word(w, "leaders") || is_word(w, "ministers") ||
                   is_word(w, "presidents") || is_word(w, "delegations");
        bool mil = is_word(w, "armies") || is_word(w, "militaries");  // "the two armies"
        bool sides = !bare && !gov && !mil;
        std::array<std::string, 2> countries, codes, keys;
        size_t nc = 0;
        // Two countries coordinated ("with Venezuela and Nigeria") stand
        // together: "the two" never takes one of them with a third country
        // named later; such a pair is passed over for the next country back.
        auto iso_of = [&](const ActorMention& x) -> std::string {
          if (x.codes.size() != 1 || x.codes[0].size() < 3 || x.kind == ActorKind::kPlace ||
              is_international(x.codes[0]) || is_bare_role(x.codes[0].substr(0, 3)))
            return {};
          return x.codes[0].substr(0, 3);
        };
        for (int32_t k = static_cast<int32_t>(resolved.size()) - 1; k >= 0 && nc < 2; --k) {
          const auto& r = resolved[static_cast<size_t>(k)];
          if (r.kind == ActorKind::kPlace) continue;
          if (nc == 1 && k > 0) {
            const auto& x = resolved[static_cast<size_t>(k - 1)];
            const std::string ri = iso_of(r), xi = iso_of(x);
            if (!ri.empty() && !xi.empty() && ri != xi && ri != countries[0] && xi != countries[0] &&
                x.sentence == r.sentence && x.tok_end + 1 == r.tok_begin &&
                (is_word(tok_text(x.tok_end), "and") || is_word(tok_text(x.tok_end), "or"))) {
              --k;  // the pair, both members
              continue;
            }
          }
          bool body = r.kind == ActorKind::kOrg || r.kind == ActorKind::kGroup;
          if (body && !sides) continue;
          for (size_t ci = r.codes.size(); ci-- > 0;) {  // latest first, so the output keeps text order
            const std::string& c = r.codes[ci];
            if (c.size() < 3 || nc >= 2) continue;
            bool intl = is_international(c);
            if (intl && (!sides || c.size() == 3)) continue;
            std::string_view iso = std::string_view(c).substr(0, 3);
            // a bare role ("GOV" from "the official" whose country is unknown) is no side
            if (!intl && is_bare_role(iso)) continue;
            // (an earlier plural reference carries both sides already: each code is one)
            std::string key = sides && (body || intl || r.how == "plural reference") ? c : std::string(iso);
            if (nc > 0 && keys[0] == key) continue;
            keys[nc] = key;
            countries[nc] = std::string(iso);
            codes[nc] = c;
            ++nc;
          }
        }
        if (nc < 2) continue;
        for (size_t k = 2; k-- > 0;)
          m.codes.push_back(bare ? countries[k] : gov ? countries[k] + "GOV" : mil ? countries[k] + "MIL" : codes[k]);
        m.how = "plural reference";
      } else {
        // Possessive followed by an agent is handled with the agent.
        bool poss = is_word(w0, "his") || is_word(w0, "her") || is_word(w0, "its") || is_word(w0, "their");
        if (poss && next_mention < found.size() && found[next_mention].tok_begin == t + 1 &&
            found[next_mention].kind == ActorKind::kAgent)
          continue;
        // ... and "its" before a debtor's creditor body ("its 14-bank steering
        // committee", "its foreign creditor banks") names the debtor, which owes
        // them: the creditors are the actor (of no country, creditor_span), the
        // possessive no second one. Only numbers, hyphens and such modifiers
        // between, at most four ("his talks with creditors" is no such phrase).
        if (poss && next_mention < found.size() && found[next_mention].sentence == si &&
            found[next_mention].kind == ActorKind::kAgent && found[next_mention].tok_begin > t + 1 &&
            found[next_mention].tok_begin <= t + 5 &&
            creditor_span(si, found[next_mention].tok_begin, found[next_mention].tok_end)) {
          static constexpr std::array<std::string_view, 12> kCreditorModifiers = {
              "bank", "advisory", "steering", "creditor", "foreign", "commercial", "international", "main",
              "major", "leading", "private", "western"};
          bool plain = true;
          for (uint32_t u = t + 1; u < found[next_mention].tok_begin && plain; ++u) {
            std::string_view f = doc.form(doc.tokens[u]);
            plain = !f.empty() && (f == "-" || std::isdigit(static_cast<unsigned char>(f[0])) ||
                                   is_any(tok_text(u), kCreditorModifiers));
          }
          if (plain) continue;
        }
        // "it" as an expletive ("it is expected", "it said" is fine) is not resolved before a mention exists.
        auto fits = [&](const ActorMention& r) {
          if (r.codes.empty()) return false;
          // a city or region is where things happen, not who speaks or acts
          if (r.kind == ActorKind::kPlace) return false;
          if (r.codes.size() > 1) return a == Anaphor::kThey;
          const bool person = is_person_like(r);
          if (a == Anaphor::kHe || a == Anaphor::kShe) {
            if (!person) return false;
            char g = r.entry >= 0 ? dict.entry(static_cast<uint32_t>(r.entry)).gender : 0;
            return g == 0 || g == (a == Anaphor::kHe ? 'm' : 'f');
          }
          if (a == Anaphor::kIt) return !person && (r.kind != ActorKind::kAgent || institution(r));
          if (reporter_outside(r, si, t)) return false;  // (round 45)
          return !person;  // they: organisations, groups, agents in the plural
        };
        int32_t ante = recent(fits);
        // (round 40) An object "them" of a verb coordinated with an earlier
        // verb that has a plural noun object ("attacking two Iranian platforms
        // and setting them ablaze", "seized three Chadian trucks and burned
        // them") refers to that object: the actor in it (the noun phrase's own
        // mention, or a nationality or possessive on its noun), not the
        // clause's subject or one named before.
        bool conj_object = false;
        // (session 27) the parse is asked for only when the sentence holds what the rule
        // needs on its surface: a word shaped as a plural noun and, resolved before "them",
        // a mention of the kind it takes (the same tests as below, without the parse)
        auto conj_object_may_apply = [&] {
          bool plural_word = false;
          for (uint32_t u = s.tok_begin; u < s.tok_end && !plural_word; ++u) {
            const std::string_view f = doc.form(doc.tokens[u]);
            plural_word = f.size() > 3 && f.back() == 's' && !f.ends_with("ss");
          }
          if (!plural_word) return false;
          for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;) {
            const ActorMention& x = resolved[k];
            if (x.codes.size() == 1 && x.codes[0].size() >= 3 && x.kind != ActorKind::kPlace && !is_person_like(x))
              return true;
          }
          return false;
        };
        if (a == Anaphor::kThey && is_word(w0, "them") && conj_object_may_apply() && reads_parse(si)) {
          const Token& pt = doc.tokens[t];
          const uint32_t v = pt.head >= 0 ? s.tok_begin + static_cast<uint32_t>(pt.head) : UINT32_MAX;
          if ((pt.deprel == Deprel::obj || pt.deprel == Deprel::iobj) && v < s.tok_end && doc.tokens[v].deprel == Deprel::conj &&
              doc.tokens[v].head >= 0) {
            const uint32_t v0 = s.tok_begin + static_cast<uint32_t>(doc.tokens[v].head);
            for (uint32_t u = s.tok_begin; u < v && !conj_object; ++u) {
              const Token& ut = doc.tokens[u];
              if (ut.head < 0 || s.tok_begin + static_cast<uint32_t>(ut.head) != v0 || ut.deprel != Deprel::obj ||
                  ut.upos != Upos::NOUN)
                continue;
              const std::string_view f = doc.form(ut);
              if (f.size() <= 3 || f.back() != 's' || f.ends_with("ss")) continue;  // a plural noun
              for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;) {
                const ActorMention& x = resolved[k];
                if (x.codes.size() != 1 || x.codes[0].size() < 3 || x.kind == ActorKind::kPlace ||
                    is_person_like(x) || x.tok_end > v)
                  continue;
                // (the mention's head, or a modifier of the noun, or of a
                // compound noun before it: "two Iranian offshore oil platforms")
                uint32_t h = head_of_span(si, x.tok_begin, x.tok_end);
                for (int step = 0; step < 4 && h != u; ++step) {
                  const Token& ht = doc.tokens[h];
                  if (ht.head < 0 || (ht.deprel != Deprel::amod && ht.deprel != Deprel::nmod_poss &&
                                      ht.deprel != Deprel::compound))
                    break;
                  const uint32_t up = s.tok_begin + static_cast<uint32_t>(ht.head);
                  if (up <= h || up > u) break;
                  h = up;
                }
                if (h == u) {
                  ante = static_cast<int32_t>(k);
                  conj_object = true;
                  break;
                }
              }
            }
          }
        }
        // (session 21, lead) "they" agrees in number: a company's or a country's name is
        // singular in wire copy ("Petrobras said it ..."), so a plural people or group of
        // the same sentence comes first ("Acme cancelled a purchase from the Saudis after
        // they refused its letter of credit": the Saudis, not Acme)
        if (a == Anaphor::kThey && !conj_object && ante >= 0 && resolved[static_cast<size_t>(ante)].sentence == si) {
          auto last_word = [&](const ActorMention& r) { return tok_text(r.tok_end - 1); };
          auto plural = [&](const ActorMention& r) {
            const std::string_view w = last_word(r);
            if (r.codes.size() > 1) return true;
            if (w.size() <= 3 || w.back() != 's' || w.ends_with("ss")) return false;
            // a people ("the Saudis", "the Iranians"; not "Swiss"), an agent noun in the
            // plural ("rebels"; not "crisis", "census")
            return r.how == "adjective" || (r.kind == ActorKind::kAgent && !w.ends_with("us") && !w.ends_with("is"));
          };
          const ActorMention& chosen = resolved[static_cast<size_t>(ante)];
          if (!plural(chosen) && (chosen.kind == ActorKind::kOrg || chosen.kind == ActorKind::kCountry) &&
              chosen.codes.size() == 1)
            for (size_t k = resolved.size(); k-- > static_cast<size_t>(ante) + 1;) {
              const ActorMention& y = resolved[k];
              if (y.sentence != si) break;
              // (a people in the plural reads as persons to `fits`: asked here by number only)
              if (!y.codes.empty() && y.kind != ActorKind::kPlace && y.kind != ActorKind::kPerson && plural(y)) {
                ante = static_cast<int32_t>(k);
                break;
              }
            }
        }
        // "they" after two coordinated persons ("Lee and Abe met ... They agreed"):
        // both, when no other antecedent comes after them (the latest person
        // mention must be the second of "X and Y", within two sentences).
        // (a capital read as a place, "met in Tokyo", is no such antecedent)
        if (a == Anaphor::kThey && !conj_object) {
          auto place = [](const ActorMention& r) {
            return r.how.size() >= 7 && r.how.compare(r.how.size() - 7, 7, "(place)") == 0;
          };
          const bool over = ante >= 0 && place(resolved[static_cast<size_t>(ante)]);
          for (size_t k = resolved.size(); k-- > 1 && (over || static_cast<int32_t>(k) > ante);) {
            const ActorMention& y = resolved[k];
            if (y.sentence + 2 < si) break;
            if (!is_person_like(y)) {
              if (over && static_cast<int32_t>(k) <= ante && !place(y)) break;
              continue;
            }
            const ActorMention& x = resolved[k - 1];
            if (is_person_like(x) && x.sentence == y.sentence && x.tok_end + 1 == y.tok_begin &&
                is_word(tok_text(x.tok_end), "and") && x.codes.size() == 1 && y.codes.size() == 1 &&
                x.codes[0].size() >= 3 && y.codes[0].size() >= 3) {
              m.codes = {x.codes[0]};
              if (y.codes[0] != x.codes[0]) m.codes.push_back(y.codes[0]);
              m.antecedent = static_cast<int32_t>(k);
              m.kind = ActorKind::kUnknown;
              m.entry = -1;
              m.how = "pronoun";
              m.explain = fmt::format("refers to the 2 coordinated persons ending with {}", y.explain);
              ante = -2;
            }
            break;
          }
          if (ante == -2) {
            resolved.push_back(std::move(m));
            t = end - 1;
            continue;
          }
        }
        // (round 16) A nearer noun phrase that is no actor. "it"/"they" whose
        // nearest fitting subject is a thing ("the tariffs are unpopular and
        // they may lapse", "The proposals are modest ... They call for",
        // "Smith Corp says it") refers to that thing, not to an actor
        // named further back; a sentence-opening "It"/"They" refers to the
        // subject opening the sentence before when that is an actor ("Norway
        // mediated talks with Chile ... It sells fish": Norway, not Chile).
        // (a later "it"/"its" of the same sentence, no actor named between, is that thing too)
        if (!conj_object && thing_pronoun.sentence == si && thing_pronoun.kind == a &&
            (resolved.empty() || resolved.back().sentence != si || resolved.back().tok_begin < thing_pronoun.tok)) {
          thing_pronoun.tok = t;
          continue;
        }
        if ((a == Anaphor::kIt || a == Anaphor::kThey) && !poss && !conj_object) {
          const bool plural = a == Anaphor::kThey;
          auto covered = [&](uint32_t u) {
            for (size_t k = resolved.size(); k-- > 0;) {
              const ActorMention& x = resolved[k];
              if (x.tok_end + 64 < u) break;  // (mentions are in text order and short)
              if (x.tok_begin <= u && u < x.tok_end) return true;
            }
            return false;
          };
          // A subject noun phrase "the [up to 3 words] <noun> <verb>" starting at
          // b (the determiner) that no actor covers: 's' or 'p' by the verb's
          // (or else the noun's) number, 0 if none.
          static constexpr std::array<std::string_view, 5> kSingVerbs = {"is", "was", "has", "says", "does"};
          static constexpr std::array<std::string_view, 5> kPlurVerbs = {"are", "were", "have", "say", "do"};
          static constexpr std::array<std::string_view, 10> kAnyVerbs = {
              "had", "will", "would", "can", "could", "may", "might", "should", "must", "said"};
          auto thing_np = [&](uint32_t b, uint32_t limit) -> char {
            if (b + 2 >= limit || !is_word(tok_text(b), "the")) return 0;
            for (uint32_t h = b + 1; h < b + 5 && h + 1 < limit; ++h) {
              std::string_view f = doc.form(doc.tokens[h]);
              if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0])) || has_lower(f) != true ||
                  is_capitalized(f) || covered(h))
                return 0;
              std::string_view v = tok_text(h + 1);
              char n = is_any(v, kSingVerbs) ? 's' : is_any(v, kPlurVerbs) ? 'p' : 0;
              if (!n && is_any(v, kAnyVerbs))
                n = f.size() > 3 && f.back() == 's' && !f.ends_with("ss") && !f.ends_with("us") && !f.ends_with("is")
                        ? 'p'
                        : 's';
              if (n) return n;
            }
            return 0;
          };
          const char want = plural ? 'p' : 's';
          bool thing = false;
          int32_t subject = -1;
          // (a) "<X> says/said (that) it": the pronoun is the speaker X
          static constexpr std::array<std::string_view, 4> kSays = {"said", "says", "say", "added"};
          uint32_t v = t;
          if (v > s.tok_begin && is_word(tok_text(v - 1), "that")) --v;
          if (v >= s.tok_begin + 2 && is_any(tok_text(v - 1), kSays)) {
            const uint32_t x = v - 2;
            std::string_view f = doc.form(doc.tokens[x]);
            if (!f.empty() && std::isalpha(static_cast<unsigned char>(f[0])) && pronoun_kind(f) == Anaphor::kNone &&
                !covered(x) && (is_capitalized(f) ? x > s.tok_begin || f.size() > 3 : x > s.tok_begin && is_word(tok_text(x - 1), "the")) &&
                !is_word(f, "who") && !is_word(f, "which") && !is_word(f, "and") && !is_word(f, "also")) {
              // a name in apposition to an actor ("French bank Banque Morvan
              // said it", "American Express Co said it", "Sweden's X said
              // it"): that actor, as before
              uint32_t p = x;
              if (is_capitalized(f))
                while (p > s.tok_begin && x - p < 6 && !covered(p - 1)) {
                  std::string_view g = doc.form(doc.tokens[p - 1]);
                  if (!(is_capitalized(g) && std::isalpha(static_cast<unsigned char>(g[0])) && !is_word(g, "the")) &&
                      !(g == "&" || is_word(g, "and") || is_word(g, "of")))
                    break;
                  --p;
                }
              // ("metals group Ferralco said it", "the firm Smith said it": a
              // descriptive noun before the name, whose own modifiers may give
              // the actor; left as it was)
              auto described = [&](uint32_t u) {
                std::string_view g = doc.form(doc.tokens[u]);
                static constexpr std::array<std::string_view, 8> kFunction = {"and", "the", "that", "of", "but", "while", "as", "said"};
                return g.size() > 2 && std::isalpha(static_cast<unsigned char>(g[0])) && !is_capitalized(g) &&
                       !is_any(g, kFunction);
              };
              uint32_t q = p;
              if (q > s.tok_begin + 1 && (tok_text(q - 1) == "'s" || tok_text(q - 1) == "’s")) --q;
              int32_t appos = -1;
              for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;)
                if (resolved[k].tok_end == q) appos = static_cast<int32_t>(k);
              const bool business = ante >= 0 && resolved[static_cast<size_t>(ante)].codes.size() == 1 &&
                                    resolved[static_cast<size_t>(ante)].codes[0].ends_with("BUS");
              if (appos >= 0 && q > s.tok_begin && is_capitalized(f)) {
                const ActorMention& y = resolved[static_cast<size_t>(appos)];
                if (y.codes.size() == 1 && y.codes[0].size() >= 3 && !is_person_like(y) && y.kind != ActorKind::kPlace &&
                    (plural || y.kind != ActorKind::kAgent || institution(y)))
                  subject = appos;
              } else if (!business && !(p > s.tok_begin && p == q && described(p - 1))) {
                // (a company the dictionaries lack, said before to be "the
                // company", keeps that antecedent)
                thing = true;
              }
            } else if (covered(x)) {
              // (round 17) an actor right before the reporting verb ("Muslim
              // rebels said they", "the union said it") is the speaker: the
              // pronoun is that actor, not one named earlier (a plural group
              // for "they", a body for "it"; no person)
              for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence == si;) {
                if (resolved[k].tok_end != x + 1) continue;
                const ActorMention& y = resolved[k];
                bool fits = y.codes.size() == 1 && y.codes[0].size() >= 3 && !is_person_like(y) &&
                            y.kind != ActorKind::kPlace && !is_bare_role(y.codes[0]);
                if (plural)
                  fits = fits && y.kind == ActorKind::kAgent && doc.form(doc.tokens[y.tok_end - 1]).ends_with("s");
                else
                  fits = fits && !doc.form(doc.tokens[y.tok_end - 1]).ends_with("s") &&
                         (y.kind != ActorKind::kAgent || institution(y));
                if (fits) subject = static_cast<int32_t>(k);
                break;
              }
            }
          }
          // (b) "they" after a thing as the subject of an earlier clause of its sentence
          if (!thing && plural && t > s.tok_begin) {
            uint32_t from = s.tok_begin;
            if (ante >= 0 && resolved[static_cast<size_t>(ante)].sentence == si)
              from = resolved[static_cast<size_t>(ante)].tok_end;
            if (t > s.tok_begin + 40 && from < t - 40) from = t - 40;  // (the clause before, not a whole long sentence)
            for (uint32_t b = from; b + 2 < t && !thing; ++b) thing = thing_np(b, t) == 'p';
          }
          // (c) a sentence-opening pronoun: the subject opening the sentence before
          // ((round 42) also after an opening "But" / "And" / "Yet": "But it said ...")
          static constexpr std::array<std::string_view, 3> kOpeners = {"but", "and", "yet"};
          const bool opening = t == s.tok_begin || (t == s.tok_begin + 1 && is_any(tok_text(s.tok_begin), kOpeners));
          if (!thing && opening && si > 0) {
            const Sentence& ps = doc.sentences[si - 1];
            uint32_t b = ps.tok_begin;
            for (size_t k = resolved.size(); k-- > 0 && resolved[k].sentence + 1 >= si;) {
              const ActorMention& x = resolved[k];
              if (x.sentence != si - 1) continue;
              if (x.tok_begin == b || (x.tok_begin == b + 1 && is_word(tok_text(b), "the"))) subject = static_cast<int32_t>(k);
            }
            if (subject >= 0) {
              const ActorMention& x = resolved[static_cast<size_t>(subject)];
              const bool pair = x.tok_end + 1 < ps.tok_end && is_word(tok_text(x.tok_end), "and") &&
                                static_cast<size_t>(subject) + 1 < resolved.size() &&
                                resolved[static_cast<size_t>(subject) + 1].tok_begin == x.tok_end + 1;
              bool fits = x.codes.size() == 1 && x.codes[0].size() >= 3 && !is_person_like(x) &&
                          x.kind != ActorKind::kPlace && !is_bare_role(x.codes[0]);
              if (plural)
                fits = fits && (pair || (x.kind == ActorKind::kAgent && doc.form(doc.tokens[x.tok_end - 1]).ends_with("s")));
              else
                fits = fits && !pair && (x.kind != ActorKind::kAgent || institution(x));
              if (!fits) subject = -1;
            } else if (thing_np(b, ps.tok_end) == want) {
              thing = true;
            }
          }
          if (thing) {
            thing_pronoun = {si, t, a};
            continue;
          } else if (subject >= 0 && subject != ante) {
            ante = subject;
          }
        }
        // (round 41) A sentence-opening "He"/"His" ("She"/"Her") after a
        // sentence whose subject is a person's name the dictionaries lack
        // (a run of capitalised words, particles such as "de" inside, that no
        // mention covers, then a lower-case word): the pronoun is that person,
        // not a person named further back ("Aart de Zeeuw, chairman of the
        // trade body's farm group, ... De Zeeuw goes to Canada. His trip ...":
        // not the US secretary named in between). The person's codes are those
        // of the mention in apposition to his full name earlier in the document
        // ("<Name> <Surname>, [the] <mention>"), else those of a person
        // mention covering the full name ("Prime Minister <Name> <Surname>");
        // a full name with neither leaves the pronoun no actor.
        bool far = false;  // (the person so found may be named further back than two sentences)
        if ((a == Anaphor::kHe || a == Anaphor::kShe) && t == s.tok_begin && si > 0 && ante >= 0) {
          const Sentence& ps = doc.sentences[si - 1];
          const uint32_t b = ps.tok_begin;
          auto covered_at = [&](uint32_t s0, uint32_t w, bool persons) {
            for (size_t k = 0; k < resolved.size() && resolved[k].sentence <= s0; ++k)
              if (resolved[k].sentence == s0 && resolved[k].tok_begin <= w && w < resolved[k].tok_end &&
                  (persons || !is_person_like(resolved[k])))
                return true;
            return false;
          };
          // (surface tests only: on the fast path a sentence with no actor is not tagged, so a
          // tag read here would make the pipeline's mentions differ from --parse-all's;
          // "While West Germany ..." opens with no name: "West Germany" is a mention)
          auto proper = [&](uint32_t w) { return name_like(w); };
          bool covered_b = false;
          uint32_t u = b;
          while (u < ps.tok_end && u - b < 5 &&
                 (proper(u) || (u > b && u + 1 < ps.tok_end && is_any(tok_text(u), kNameParticles) && proper(u + 1)))) {
            covered_b = covered_b || covered_at(si - 1, u, true);
            ++u;
          }
          const std::string_view after = u < ps.tok_end ? doc.form(doc.tokens[u]) : std::string_view{};
          const bool subject_name = !covered_b && u > b && u - b < 5 && name_like(u - 1) && !after.empty() &&
                                    std::isalpha(static_cast<unsigned char>(after[0])) && !is_capitalized(after);
          const ActorMention& cur = resolved[static_cast<size_t>(ante)];
          if (subject_name && cur.sentence + 1 != si) {
            const std::string_view sur = tok_text(u - 1);
            int32_t appos = -1;
            bool full_name = false;
            int32_t named = -1;  // a person mention covering the full name ("Prime Minister <Name> <Surname>")
            for (uint32_t s0 = 0; s0 + 1 < si && appos < 0; ++s0) {
              const Sentence& es = doc.sentences[s0];
              for (uint32_t w = es.tok_begin + 1; w + 2 < es.tok_end && appos < 0; ++w) {
                if (!same_word(tok_text(w), sur) || !name_like(w)) continue;
                if (!name_like(w - 1) && !(w >= es.tok_begin + 2 && is_any(tok_text(w - 1), kNameParticles) && name_like(w - 2)))
                  continue;
                if (covered_at(s0, w, false)) continue;  // (a place's or a body's name: "West Germany")
                full_name = true;
                for (size_t k = 0; k < resolved.size() && resolved[k].sentence <= s0; ++k)
                  if (resolved[k].sentence == s0 && resolved[k].tok_begin <= w && w < resolved[k].tok_end &&
                      !resolved[k].codes.empty() && is_person_like(resolved[k]))
                    named = static_cast<int32_t>(k);
                if (tok_text(w + 1) != ",") continue;
                const uint32_t c = w + 2 + (is_word(tok_text(w + 2), "the") ? 1 : 0);
                for (size_t k = 0; k < resolved.size() && resolved[k].sentence <= s0; ++k) {
                  const ActorMention& x = resolved[k];
                  if (x.sentence == s0 && x.tok_begin == c && x.codes.size() == 1 && x.codes[0].size() >= 6 &&
                      !is_bare_role(x.codes[0]) && x.kind != ActorKind::kPlace && x.kind != ActorKind::kCountry)
                    appos = static_cast<int32_t>(k);
                }
              }
            }
            if (appos >= 0) {
              const ActorMention& r = resolved[static_cast<size_t>(appos)];
              m.codes = r.codes;
              m.antecedent = appos;
              m.kind = ActorKind::kPerson;
              m.entry = -1;
              m.how = "pronoun";
              m.explain = fmt::format("refers to the person in apposition to {}", r.explain);
              resolved.push_back(std::move(m));
              continue;
            }
            if (named >= 0 && ante != named && cur.antecedent != named) {
              ante = named;
              far = true;
            } else if (named < 0 && full_name) {
              continue;
            }
          }
        }
        if (ante < 0) continue;
        if (!far && si > resolved[static_cast<size_t>(ante)].sentence + 2) continue;  // pronouns reach two sentences back
        const ActorMention& r = resolved[static_cast<size_t>(ante)];
        m.codes = r.codes;
        m.antecedent = ante;
        m.kind = r.kind;
        m.entry = r.entry;
        m.how = "pronoun";
        m.explain = r.explain.rfind("refers to ", 0) == 0 ? r.explain : fmt::format("refers to {}", r.explain);
        // "they" after coordinated actors ("the United States and Japan ... They agreed")
        // refers to all of them: the conjuncts' codes in text order. Conjuncts are
        // single-code mentions of one sentence joined by commas and "and" only (one
        // "and" at least), none of them a person or a bare nationality word; two or
        // three of them.
        if (a == Anaphor::kThey && r.codes.size() == 1) {
          auto joinable = [&](const ActorMention& x) {
            return x.codes.size() == 1 && x.codes[0].size() >= 3 && !is_person_like(x) && x.kind != ActorKind::kPlace &&
                   !(x.kind == ActorKind::kAgent && x.codes[0].size() == 3) && x.how != "adjective";
          };
          bool saw_and = false;
          auto joined = [&](const ActorMention& x, const ActorMention& y) {  // x right before y, "and" or "," between
            if (x.sentence != y.sentence || x.tok_end >= y.tok_begin) return false;
            for (uint32_t u = x.tok_end; u < y.tok_begin; ++u) {
              std::string_view f = tok_text(u);
              if (is_word(f, "and")) { saw_and = true; continue; }
              if (f == "," || is_word(f, "the")) continue;
              return false;
            }
            return true;
          };
          size_t lo = static_cast<size_t>(ante), hi = static_cast<size_t>(ante);
          if (joinable(r)) {
            while (lo > 0 && joinable(resolved[lo - 1]) && joined(resolved[lo - 1], resolved[lo])) --lo;
            while (hi + 1 < resolved.size() && joinable(resolved[hi + 1]) && joined(resolved[hi], resolved[hi + 1])) ++hi;
          }
          // (a longer list is an enumeration, "many nations -- A, B, C, D and E -- backed
          // it", rarely what "they" means a sentence later: the last one, as before)
          if (hi > lo && hi - lo < 3 && saw_and) {
            m.codes.clear();
            for (size_t k = lo; k <= hi; ++k)
              if (std::find(m.codes.begin(), m.codes.end(), resolved[k].codes[0]) == m.codes.end())
                m.codes.push_back(resolved[k].codes[0]);
            m.kind = ActorKind::kUnknown;
            m.entry = -1;
            m.explain = fmt::format("refers to the {} coordinated actors ending with {}", hi - lo + 1, r.explain);
          }
        }
      }
      resolved.push_back(std::move(m));
      t = end - 1;
    }
  }

  // A company's officers are its executives, not soldiers: "officers" (a
  // military agent alone) right after a company word ("company officers",
  // "bank officers") or after the possessive of a name that is no actor the
  // dictionaries know ("Smith Corp's officers", "Myers' officers": a state's
  // or an army's would be one) take the business role, the country kept.
  {
    static constexpr std::array<std::string_view, 7> kFirmWords = {"company", "companies", "corporate", "bank",
                                                                   "firm", "firm's", "company's"};
    for (size_t k = 0; k < resolved.size(); ++k) {
      ActorMention& m = resolved[k];
      if (m.codes.size() != 1 || m.tok_end != m.tok_begin + 1 || m.codes[0].size() < 3 ||
          m.codes[0].compare(m.codes[0].size() - 3, 3, "MIL") != 0 ||
          !(is_word(tok_text(m.tok_begin), "officers") || is_word(tok_text(m.tok_begin), "officer")))
        continue;
      const Sentence& s = doc.sentences[m.sentence];
      if (m.tok_begin <= s.tok_begin) continue;
      uint32_t p = m.tok_begin - 1;
      bool firm = is_any(tok_text(p), kFirmWords);
      if (!firm) {
        // the possessive: "X 's" / "X '" as tokens, or left on the word ("Myers'")
        std::string_view f = doc.form(doc.tokens[p]);
        uint32_t w = p;
        if ((f == "'s" || f == "'" || f == "’s") && p > s.tok_begin) w = p - 1;
        else if (!(f.size() > 2 && (f.ends_with("'") || f.ends_with("'s")))) continue;
        std::string_view wf = doc.form(doc.tokens[w]);
        if (wf.empty() || !std::isalpha(static_cast<unsigned char>(wf[0])) || !is_capitalized(wf)) continue;
        // no actor over the possessor
        bool actor = false;
        for (size_t j = k; j-- > 0 && resolved[j].sentence == m.sentence;)
          if (resolved[j].tok_begin <= w && w < resolved[j].tok_end) actor = true;
        if (actor) continue;
        firm = true;
      }
      const std::string old = m.codes[0];
      m.codes[0] = old.substr(0, old.size() - 3) + "BUS";
      m.how += "+company";
      m.explain += "; a company's officers";
      for (size_t j = k + 1; j < resolved.size(); ++j)
        if (resolved[j].antecedent == static_cast<int32_t>(k) && resolved[j].codes.size() == 1 &&
            resolved[j].codes[0] == old)
          resolved[j].codes[0] = m.codes[0];
    }
  }

  // "an aide to X", "an adviser to X", "a spokesman for X": the functionary
  // serves X, and takes X's country when the text gives him none (a bare
  // "GOV" agent): "a top aide to the Chilean president" -> CHLGOV. Only the
  // mention right after "to"/"for" (and "the"), and only a country it names:
  // a company's spokesman stays a bare agent. Later mentions that refer to
  // the functionary (a pronoun) follow.
  {
    static constexpr std::array<std::string_view, 12> kServes = {
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman",
        "spokesperson", "spokesmen", "assistant", "counsellor"};
    for (size_t k = 0; k + 1 < resolved.size(); ++k) {
      ActorMention& m = resolved[k];
      if (m.codes.size() != 1 || m.codes[0].size() != 3 || !is_bare_role(m.codes[0]) ||
          !is_any(tok_text(m.tok_end - 1), kServes))
        continue;
      const Sentence& s = doc.sentences[m.sentence];
      uint32_t u = m.tok_end;
      if (u >= s.tok_end || !(is_word(tok_text(u), "to") || is_word(tok_text(u), "for"))) continue;
      ++u;
      if (u < s.tok_end && is_word(tok_text(u), "the")) ++u;
      const ActorMention& x = resolved[k + 1];
      if (x.sentence != m.sentence || x.tok_begin > u || x.tok_begin < m.tok_end || x.codes.size() != 1 ||
          x.codes[0].size() < 3 || is_international(x.codes[0]) || is_bare_role(x.codes[0]))
        continue;
      const std::string old = m.codes[0];
      m.codes[0] = x.codes[0].substr(0, 3) + old;
      m.how += "+serves";
      m.explain += fmt::format("; serves {}", x.codes[0]);
      for (size_t j = k + 1; j < resolved.size(); ++j)
        if (resolved[j].antecedent == static_cast<int32_t>(k) && resolved[j].codes.size() == 1 &&
            resolved[j].codes[0] == old)
          resolved[j].codes[0] = m.codes[0];
    }
  }

  // (round 25) A vessel of no stated country ("the destroyer", "a tanker")
  // took the sentence's country; when that country is only the place the
  // ship is at or sails to or from ("called at Haiphong", "anchored off
  // Cyprus"), it says nothing of the flag: the vessel stays a bare role.
  {
    static constexpr std::array<std::string_view, 24> kVessels = {
        "destroyer", "destroyers", "frigate",  "frigates",  "warship",   "warships",  "cruiser",  "cruisers",
        "submarine", "submarines", "tanker",   "tankers",   "ship",      "ships",     "vessel",   "vessels",
        "freighter", "freighters", "trawler",  "trawlers",  "gunboat",   "gunboats",  "corvette", "corvettes"};
    static constexpr std::array<std::string_view, 9> kWhere = {"at", "in", "into", "off", "near", "to", "from", "outside",
                                                               "toward"};
    for (size_t k = 0; k < resolved.size(); ++k) {
      ActorMention& m = resolved[k];
      if (m.how != "agent+sentence country" || m.codes.size() != 1 || m.codes[0].size() != 6 ||
          !is_any(tok_text(m.tok_end - 1), kVessels))
        continue;
      const std::string iso = m.codes[0].substr(0, 3);
      bool only_where = false, other = false;
      const Sentence& s = doc.sentences[m.sentence];
      for (size_t j = 0; j < resolved.size(); ++j) {
        const ActorMention& x = resolved[j];
        if (j == k || x.sentence != m.sentence || x.codes.empty() || x.codes[0].compare(0, 3, iso) != 0) continue;
        uint32_t b = x.tok_begin;
        if (b > s.tok_begin && is_word(tok_text(b - 1), "the")) --b;
        if (b > s.tok_begin && is_any(tok_text(b - 1), kWhere)) only_where = true;
        else other = true;
      }
      if (!only_where || other) continue;
      recode_with_followers(resolved, k, m.codes[0].substr(3), "agent (a vessel at a place: no flag)",
                            "; the sentence's country is only where the vessel is");
    }
  }

  // Removes the mentions marked in `drop`, keeping the antecedents of the others right.
  auto erase_dropped = [&resolved](const std::vector<uint8_t>& drop) {
    std::vector<int32_t> remap(resolved.size(), -1);
    std::vector<ActorMention> kept;
    kept.reserve(resolved.size());
    for (size_t k = 0; k < resolved.size(); ++k) {
      if (drop[k]) continue;
      remap[k] = static_cast<int32_t>(kept.size());
      kept.push_back(std::move(resolved[k]));
    }
    for (ActorMention& m : kept)
      if (m.antecedent >= 0) m.antecedent = remap[m.antecedent];
    resolved = std::move(kept);
  };

  // (round 45) A people's word that describes a company's trade ("a consumer
  // goods company", "the farm equipment firm", "a media company") modifies
  // the noun phrase the company heads: the phrase is the company (BUS), and
  // the modifier no party of its own (it was the consumers, CVL, as the
  // target of an act on the company). A one-word singular agent of a
  // non-state role, then at most three lower-case content words (no
  // article, conjunction, preposition, pronoun or auxiliary), then a company
  // mention whose last word is company/companies/firm/firms.
  {
    static constexpr std::array<std::string_view, 4> kCompanyHeads = {"company", "companies", "firm", "firms"};
    static constexpr std::array<std::string_view, 6> kStateOwner = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG"};
    std::vector<uint8_t> drop;
    for (size_t k = 0; k + 1 < resolved.size(); ++k) {
      const ActorMention& m = resolved[k];
      const ActorMention& h = resolved[k + 1];
      if (m.kind != ActorKind::kAgent || m.antecedent >= 0 || m.tok_end != m.tok_begin + 1 || m.codes.size() != 1 ||
          m.codes[0].size() < 3 || h.sentence != m.sentence || h.codes.size() != 1 ||
          !is_any(tok_text(h.tok_end - 1), kCompanyHeads) || h.tok_begin < m.tok_end || h.tok_begin > m.tok_end + 3)
        continue;
      const std::string_view role = std::string_view(m.codes[0]).substr(m.codes[0].size() - 3);
      if (role == "BUS" || std::find(kStateOwner.begin(), kStateOwner.end(), role) != kStateOwner.end() ||
          is_capitalized(doc.form(doc.tokens[m.tok_begin])))
        continue;
      // (no preposition between: "a spokesman for the company" is his own)
      // (a singular word used as a modifier: "consumers and firms", "the
      // unions rejected a company offer" are parties of their own)
      const std::string_view mw = tok_text(m.tok_begin);
      if (mw.empty() || lower_ascii(mw.back()) == 's') continue;
      static constexpr std::array<std::string_view, 30> kNotInPhrase = {
          "the", "a", "an", "and", "or", "of", "to", "for", "with", "by", "in", "on", "at", "from", "its",
          "their", "his", "her", "has", "have", "had", "is", "was", "are", "were", "will", "would", "said",
          "says", "that"};
      bool words = h.tok_end == h.tok_begin + 1 || !is_capitalized(doc.form(doc.tokens[h.tok_begin]));
      for (uint32_t u = m.tok_end; u < h.tok_begin && words; ++u) {
        const std::string_view f = doc.form(doc.tokens[u]);
        words = !f.empty() && std::islower(static_cast<unsigned char>(f[0])) && !is_any(f, kNotInPhrase) &&
                std::all_of(f.begin(), f.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; });
      }
      if (!words) continue;
      if (drop.empty()) drop.assign(resolved.size(), 0);
      drop[k] = 1;
    }
    if (!drop.empty()) erase_dropped(drop);
  }

  // (round 25) "<Place>-based <agent>" ("a Lagos-based bank", "the
  // Texas-based company"): the body is of the place's country, whatever the
  // rest of the sentence names. The agent, when it took no country of its own
  // words (a bare role, or the country of the sentence, the dateline or the
  // document), takes the place's; the place mention is merged into it. One or
  // two lower-case words may stand between ("a Lagos-based commercial bank").
  {
    auto glued_based = [&](const ActorMention& x) {
      std::string_view f = tok_text(x.tok_end - 1);
      return f.size() > 6 && f.ends_with("-based");
    };
    std::vector<uint8_t> drop(resolved.size(), 0);
    bool any = false;
    for (size_t k = 0; k + 1 < resolved.size(); ++k) {
      const ActorMention& p = resolved[k];
      ActorMention& a = resolved[k + 1];
      // (round 26) a capital is its country's place here ("a Doha-based
      // broadcaster": QAT, not the government); its code is cut to the country
      const bool capital = p.how == "capital" || p.how == "capital (place)";
      if (p.sentence != a.sentence || p.codes.size() != 1 || (p.codes[0].size() != 3 && !capital) ||
          is_international(p.codes[0]) || is_bare_role(p.codes[0]) || p.how == "pronoun" ||
          (p.kind != ActorKind::kCountry && p.kind != ActorKind::kMetonym && p.kind != ActorKind::kPlace))
        continue;
      if (a.kind != ActorKind::kAgent || a.codes.size() != 1 || a.codes[0].size() < 3) continue;
      const Sentence& s = doc.sentences[p.sentence];
      uint32_t u = p.tok_end;
      if (glued_based(p)) {
        // (round 26) "Doha-based" in one token: the place ends the token
      } else if (u < s.tok_end && tok_text(u) == "-based") ++u;
      else if (u + 1 < s.tok_end && tok_text(u) == "-" && is_word(tok_text(u + 1), "based")) u += 2;
      else continue;
      uint32_t gap = 0;
      while (u < a.tok_begin && gap < 2) {
        std::string_view f = doc.form(doc.tokens[u]);
        if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0])) || is_capitalized(f)) break;
        ++u;
        ++gap;
      }
      if (u != a.tok_begin) continue;
      const std::string& c = a.codes[0];
      const bool bare = c.size() == 3 && is_bare_role(c);
      // (a country the agent's own words give, "agent+country", "agent+of country", stays)
      const bool lent = a.how.starts_with("agent+") && a.how != "agent+country" && !a.how.starts_with("agent+of ");
      if (!bare && !lent) continue;
      const std::string old = c;
      const std::string role = bare ? c : c.substr(3);
      a.codes[0] = p.codes[0].substr(0, 3) + role;
      a.tok_begin = p.tok_begin;
      a.how = "place-based agent";
      a.explain = fmt::format("{}; based in {}", a.explain, p.explain);
      for (size_t j = k + 2; j < resolved.size(); ++j)
        if (resolved[j].antecedent == static_cast<int32_t>(k + 1) && resolved[j].codes.size() == 1 &&
            resolved[j].codes[0] == old)
          resolved[j].codes[0] = a.codes[0];
      drop[k] = 1;
      any = true;
    }
    // (round 26) a place in a glued "X-based" that no agent took ("the
    // Doha-based Al Jazeera") is a modifier, no party: dropped, as before the
    // tokenizer's glued form was read at all
    for (size_t k = 0; k < resolved.size(); ++k)
      if (!drop[k] && glued_based(resolved[k]) &&
          (resolved[k].kind == ActorKind::kCountry || resolved[k].kind == ActorKind::kMetonym ||
           resolved[k].kind == ActorKind::kPlace)) {
        drop[k] = 1;
        any = true;
      }
    if (any) erase_dropped(drop);
  }

  // (round 25) A country's partners, allies, neighbours, rivals, critics
  // ("U.S. trading partners", "Japan's allies", "its neighbours"): other
  // parties, of no country the text names. The country (or a pronoun that
  // refers to one) before such a noun, as possessor or compound, with up to
  // two lower-case words between ("its main trading partners"), is no party
  // of the phrase and is dropped; the noun, no actor, then has no code. A
  // person's allies stay his (his camp), and so do an agent's.
  {
    static constexpr std::array<std::string_view, 22> kOthers = {
        "partner",   "partners",   "ally",     "allies",  "neighbour", "neighbours", "neighbor",   "neighbors",
        "rival",     "rivals",     "critic",   "critics", "adversary", "adversaries", "enemies",   "foes",
        "detractors", "opponents", "creditor", "creditors", "competitors", "enemy"};
    std::vector<uint8_t> drop(resolved.size(), 0);
    bool any = false;
    for (size_t k = 0; k < resolved.size(); ++k) {
      const ActorMention& m = resolved[k];
      if (m.codes.size() != 1 || m.codes[0].size() != 3 || is_international(m.codes[0]) ||
          is_bare_role(m.codes[0]))
        continue;
      const bool pronoun = m.how == "pronoun";
      if (!pronoun && m.kind != ActorKind::kCountry && m.kind != ActorKind::kMetonym) continue;
      const Sentence& s = doc.sentences[m.sentence];
      uint32_t u = m.tok_end;
      if (u < s.tok_end && (tok_text(u) == "'s" || tok_text(u) == "'" || tok_text(u) == "’s")) ++u;
      // the next mention must not start before the noun (an agent would be one)
      uint32_t gap = 0;
      while (u < s.tok_end && gap < 2 && !is_any(tok_text(u), kOthers)) {
        std::string_view f = doc.form(doc.tokens[u]);
        if (f.empty() || !std::isalpha(static_cast<unsigned char>(f[0])) || is_capitalized(f)) break;
        ++u;
        ++gap;
      }
      if (u >= s.tok_end || !is_any(tok_text(u), kOthers)) continue;
      bool covered = false;
      for (size_t j = k + 1; j < resolved.size() && resolved[j].sentence == m.sentence; ++j)
        if (resolved[j].tok_begin <= u) covered = true;
      if (covered) continue;
      drop[k] = 1;
      any = true;
    }
    if (any) erase_dropped(drop);
  }

  // (round 28) A company's officer is no government: "(vice) president"
  // read as the state's office ("Ruritel Corp said its vice president of
  // sales resigned") when the words around it make it a company's: a
  // business function after it ("vice president of sales / for marketing"),
  // "senior" or "executive" before it, the possessive of a company's name
  // ("Ruritel Corp's vice president", "the company's president"), or "its"
  // in a sentence that names a company ("... Corp said its president ...").
  // It becomes BUS, of the company's country when the possessor is a
  // company actor with one; else bare BUS (no country from the sentence).
  // A title before a name ("Vice President Mike Pence") and an office of a
  // country named on it ("the U.S. vice president") are left alone.
  {
    static constexpr std::array<std::string_view, 11> kFunctions = {
        "sales", "marketing", "finance", "operations", "manufacturing", "engineering",
        "production", "research", "planning", "personnel", "purchasing"};
    static constexpr std::array<std::string_view, 2> kRanks = {"senior", "executive"};
    static constexpr std::array<std::string_view, 9> kFirm = {
        "corp", "corporation", "co", "inc", "ltd", "plc", "company", "firm", "group"};
    for (size_t k = 0; k < resolved.size(); ++k) {
      ActorMention& a = resolved[k];
      if (a.kind != ActorKind::kAgent || a.codes.size() != 1 || a.codes[0].size() < 3 ||
          !a.codes[0].ends_with("GOV") || !is_word(tok_text(a.tok_end - 1), "president"))
        continue;
      // (round 29: also a bare office left without the country of its counterpart)
      const bool lent = (a.how.starts_with("agent+") && a.how != "agent+country" && !a.how.starts_with("agent+of ")) ||
                        a.how == "agent (the sentence's country is its counterpart)";
      if (!(a.how == "name" || lent)) continue;
      const Sentence& s = doc.sentences[a.sentence];
      const uint32_t b = a.tok_begin;
      bool firm = false;
      std::string country;
      // a business function after it
      if (a.tok_end + 1 < s.tok_end && (is_word(tok_text(a.tok_end), "of") || is_word(tok_text(a.tok_end), "for")) &&
          is_any(tok_text(a.tok_end + 1), kFunctions))
        firm = true;
      // a rank of a company's officers before it
      if (b > s.tok_begin && is_any(tok_text(b - 1), kRanks) && !is_capitalized(doc.form(doc.tokens[b - 1])))
        firm = true;
      // a company's possessive before it
      if (b >= s.tok_begin + 2 && (tok_text(b - 1) == "'s" || tok_text(b - 1) == "’s") && is_any(tok_text(b - 2), kFirm)) {
        firm = true;
        if (k > 0 && resolved[k - 1].sentence == a.sentence && resolved[k - 1].tok_end == b - 1 &&
            resolved[k - 1].codes.size() == 1 && resolved[k - 1].codes[0].size() == 6 &&
            resolved[k - 1].codes[0].ends_with("BUS"))
          country = resolved[k - 1].codes[0].substr(0, 3);
      }
      // "its" in a sentence that names a company before it
      if (b > s.tok_begin && is_word(tok_text(b - 1), "its")) {
        for (uint32_t u = s.tok_begin; u + 1 < b && !firm; ++u) {
          std::string_view f = doc.form(doc.tokens[u]);
          const bool tail = is_capitalized(f) && u > s.tok_begin && is_capitalized(doc.form(doc.tokens[u - 1])) &&
                            is_any(tok_text(u), kFirm) && !is_word(tok_text(u), "company") &&
                            !is_word(tok_text(u), "firm") && !is_word(tok_text(u), "group");
          if (tail) firm = true;
        }
      }
      if (!firm) continue;
      recode_with_followers(resolved, k, country + "BUS", "company officer", "; a company's officer, not the state's");
    }
  }

  // (round 29) "Union" in a company's name is no labour union: a capitalised
  // "Union" after a business word ("Commercial Union", "Credit Union",
  // "Western Union", "First Union", "Overseas Union"; "credit union" in any
  // case: a savings cooperative) or followed, within the capitalised words
  // of its name, by a company word ("Union Carbide Corp", "Commercial Union
  // Assurance", "Overseas Union Bank", "Kraftwerk Union AG"). It becomes
  // BUS, of the dateline's country when the story's dateline gave it one,
  // else bare: the sentence's country is not the company's. "The Steel
  // Union of ..." and a union of workers ("National Union of Mineworkers",
  // "the steel union") are left alone.
  {
    static constexpr std::array<std::string_view, 13> kBusinessBefore = {
        "commercial", "credit", "bank", "banking", "insurance", "assurance", "western",
        "trading",    "mining", "steel", "first",  "overseas",  "merchant"};
    static constexpr std::array<std::string_view, 14> kCompanyAfter = {
        "assurance", "insurance", "bank", "bancorp", "corp", "corporation", "co",
        "inc",       "ltd",       "plc",  "ag",      "sa",   "nv",          "bhd"};
    for (size_t k = 0; k < resolved.size(); ++k) {
      ActorMention& a = resolved[k];
      if (a.kind != ActorKind::kAgent || a.codes.size() != 1 || a.codes[0].size() < 3 ||
          !a.codes[0].ends_with("LAB") || a.tok_end != a.tok_begin + 1 || !is_word(tok_text(a.tok_begin), "union"))
        continue;
      const Sentence& s = doc.sentences[a.sentence];
      const uint32_t u = a.tok_begin;
      const bool cap = is_capitalized(doc.form(doc.tokens[u]));
      bool firm = false;
      if (u > s.tok_begin && is_any(tok_text(u - 1), kBusinessBefore) &&
          ((cap && is_capitalized(doc.form(doc.tokens[u - 1]))) || is_word(tok_text(u - 1), "credit")) &&
          !(u + 1 < s.tok_end && is_word(tok_text(u + 1), "of")))
        firm = true;
      for (uint32_t w = u + 1; cap && !firm && w < s.tok_end && w <= u + 3; ++w) {
        if (!is_capitalized(doc.form(doc.tokens[w]))) break;
        if (is_any(tok_text(w), kCompanyAfter)) firm = true;
      }
      if (!firm) continue;
      const std::string country = a.how == "dateline+agent" ? a.codes[0].substr(0, 3) : std::string();
      recode_with_followers(resolved, k, country + "BUS", "company named with Union",
                            "; \"Union\" in a company's name: a company, not a labour union");
    }
  }

  // (round 29) A company's officials: "Fairchild Industries officials",
  // "officials of Acme Corp", "Acme Corp's officials", "company officials",
  // "officials of the firm" are the company's people (BUS), not a
  // government's, and of no country the sentence lends (most often the
  // other party's). The company is a capitalised name that ends in a company
  // word right before the agent (with or without "'s"), "company" or "firm"
  // before it, or "of" + such a name or "the company/firm" after it. Its
  // country when the company is an actor with a country of its own words
  // ("Toyota officials"), else bare BUS. An agent whose own words give a
  // country ("Japanese officials", "U.S. officials of the Commerce
  // Department") is left alone; so is a ministry ("Trade Ministry
  // officials": no company word).
  {
    static constexpr std::array<std::string_view, 9> kPeople = {
        "official", "officials", "executive", "executives", "spokesman", "spokeswoman", "spokesperson",
        "management", "managers"};
    static constexpr std::array<std::string_view, 16> kFirmWords = {
        "corp", "corporation", "co", "inc", "ltd", "plc", "ag", "sa", "nv", "industries", "group", "company",
        "firm", "airlines", "bancorp", "holdings"};
    auto own_country = [](const ActorMention& x) {
      return x.how.rfind("agent+", 0) != 0 && x.how.rfind("agent (", 0) != 0 && x.how != "dateline+agent";
    };
    for (size_t k = 0; k < resolved.size(); ++k) {
      ActorMention& a = resolved[k];
      if (a.kind != ActorKind::kAgent || a.codes.size() != 1 || a.codes[0].size() < 3 ||
          !is_any(tok_text(a.tok_end - 1), kPeople))
        continue;
      // ("company officials", "firm executives": one agent of two words)
      const bool firm_word = a.tok_end == a.tok_begin + 2 &&
                             (is_word(tok_text(a.tok_begin), "company") || is_word(tok_text(a.tok_begin), "firm"));
      if (a.tok_end != a.tok_begin + 1 && !firm_word) continue;
      const std::string& c = a.codes[0];
      if (!c.ends_with("GOV") && !c.ends_with("BUS")) continue;
      const bool bare = c.size() == 3;
      const bool lent = a.how.starts_with("agent+") && a.how != "agent+country" && !a.how.starts_with("agent+of ");
      if (!bare && !lent && a.how != "agent (the sentence's country is its counterpart)") continue;
      const Sentence& s = doc.sentences[a.sentence];
      // the company word ending the name at token e - 1 (a capitalised name, or "company"/"firm")
      auto firm_at = [&](uint32_t e) -> bool {
        if (e <= s.tok_begin || e > s.tok_end) return false;
        const std::string_view f = tok_text(e - 1);
        if (!is_any(f, kFirmWords)) return false;
        if (is_word(f, "company") || is_word(f, "firm")) return true;
        return is_capitalized(doc.form(doc.tokens[e - 1])) && e - 1 > s.tok_begin &&
               is_capitalized(doc.form(doc.tokens[e - 2]));
      };
      uint32_t end = 0;  // one past the company's last word
      uint32_t b = a.tok_begin;
      if (b >= s.tok_begin + 2 && (tok_text(b - 1) == "'s" || tok_text(b - 1) == "’s")) --b;
      if (firm_word) end = a.tok_begin + 1;
      if (!end && firm_at(b)) end = b;
      // a business's people ("executives", "management") after a capitalised
      // proper name no dictionary knows ("Acme executives"): that firm's
      if (!end && c.ends_with("BUS") && b == a.tok_begin && b > s.tok_begin &&
          doc.tokens[b - 1].upos == Upos::PROPN && is_capitalized(doc.form(doc.tokens[b - 1]))) {
        bool covered = false;
        for (const ActorMention& x : resolved)
          if (x.sentence == a.sentence && x.tok_begin < b && b <= x.tok_end) covered = true;
        if (!covered) end = b;
      }
      if (!end && a.tok_end + 1 < s.tok_end && is_word(tok_text(a.tok_end), "of")) {
        uint32_t w = a.tok_end + 1;
        if (is_word(tok_text(w), "the") && w + 1 < s.tok_end) ++w;
        for (uint32_t e = w + 1; e <= s.tok_end && e <= w + 4; ++e) {
          if (firm_at(e)) { end = e; break; }
          if (e < s.tok_end && !is_capitalized(doc.form(doc.tokens[e])) ) break;
        }
        if (end && !is_capitalized(doc.form(doc.tokens[w])) && !is_word(tok_text(end - 1), "company") &&
            !is_word(tok_text(end - 1), "firm"))
          end = 0;
      }
      if (!end) continue;
      std::string country;
      for (const ActorMention& x : resolved)
        if (x.sentence == a.sentence && x.tok_begin < end && end <= x.tok_end && x.codes.size() == 1 &&
            x.codes[0].size() == 6 && x.codes[0].ends_with("BUS") && own_country(x))
          country = x.codes[0].substr(0, 3);
      // a country lent by the sentence that is also the dateline's (a
      // company's news filed from its home: "NEW YORK - ... NYSE executives
      // conferred with White House staff") stays
      if (country.empty() && lent && c.size() == 6) {
        if (!dl_known) dl_country = dateline_country(dict, doc.dateline), dl_known = true;
        if (dl_country == c.substr(0, 3)) country = dl_country;
      }
      recode_with_followers(resolved, k, country + "BUS", "company's officials",
                            "; the officials of a company: the company's, not a state's");
    }
  }

  // Heads and the token map.
  for (size_t k = 0; k < resolved.size(); ++k) {
    ActorMention& m = resolved[k];
    m.head = m.tok_end - 1;
    if (parsed[m.sentence]) m.head = head_of_span(m.sentence, m.tok_begin, m.tok_end);
    for (uint32_t t = m.tok_begin; t < m.tok_end; ++t) out.by_token[t] = static_cast<int32_t>(k);
  }
}

}  // namespace detente
