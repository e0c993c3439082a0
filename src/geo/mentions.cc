#include "geo/mentions.h"

#include <algorithm>
#include <string>

#include "geo/place_key.h"

namespace detente::geo {

namespace {

bool is_upper_start(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = s[0];
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1/Extended capitals (UTF-8 lead 0xC3 0x80..0x9E, 0xC4/0xC5 even code points).
  if (c == 0xC3 && s.size() > 1) {
    unsigned char d = s[1];
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  if ((c == 0xC4 || c == 0xC5) && s.size() > 1) return (static_cast<unsigned char>(s[1]) & 1) == 0;
  return false;
}

bool lower_word(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

bool is_locative_prep(std::string_view w) {
  static constexpr std::string_view kPreps[] = {"in",     "at",   "near",  "outside",    "inside", "across",
                                                "around", "into", "within", "throughout", "off",    "along",
                                                "towards", "toward", "from", "to"};
  for (auto p : kPreps)
    if (w == p) return true;
  return false;
}

// Words that look like places in a gazetteer of small towns but rarely are.
bool common_word(std::string_view k) {
  static constexpr std::string_view kWords[] = {
      "of",      "police", "mobile",  "reading", "bath",   "nice",    "split",   "hope",    "union",  "march",
      "may",     "june",   "july",    "august",  "april",  "monday",  "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "president", "prime", "minister", "general", "university", "central", "north",
      "south",   "east",   "west",    "northern", "southern", "eastern", "western", "new", "independence",
      "liberty", "victory", "progress", "unity", "justice", "congress", "senate", "parliament", "party",
      "republic", "federal", "national", "democrat", "republican", "socialist", "communist", "islam",
      "christian", "muslim", "jewish", "catholic", "reuters", "associated", "press", "agency", "said"};
  for (auto w : kWords)
    if (k == w) return true;
  return false;
}

}  // namespace

std::pair<uint32_t, uint32_t> find_dateline(std::string_view text) {
  size_t limit = std::min<size_t>(text.size(), 600);
  size_t line = 0;
  for (int lines = 0; line < limit && lines < 4; ++lines) {
    size_t b = line;
    while (b < limit && (text[b] == ' ' || text[b] == '\t')) ++b;
    size_t e = b;
    int letters = 0;
    bool lower = false;
    while (e < limit && text[e] != '\n' && text[e] != ',' && text[e] != '(' && text[e] != '-' &&
           static_cast<unsigned char>(text[e]) != 0xE2) {
      char c = text[e];
      if (c >= 'a' && c <= 'z') lower = true;
      if ((c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) ++letters;
      ++e;
    }
    size_t end = e;
    while (end > b && text[end - 1] == ' ') --end;
    if (!lower && letters >= 3 && end - b <= 40 && e < limit && text[e] != '\n') {
      // Followed by ", Month" / " (Agency)" / " -": a dateline.
      return {static_cast<uint32_t>(b), static_cast<uint32_t>(end)};
    }
    size_t nl = text.find('\n', line);
    if (nl == std::string_view::npos) break;
    line = nl + 1;
  }
  return {0, 0};
}

void find_toponyms(const Document& doc, const DocumentActors* actors, const Gazetteer& g, std::vector<Toponym>& out) {
  out.clear();
  std::string_view text = doc.text;
  auto [db, de] = find_dateline(text);
  uint32_t dateline_sentence = 0;
  if (de > db) {
    std::string k = place_key(text.substr(db, de - db));
    if (!g.lookup(k).empty()) {
      Toponym t;
      t.begin = db;
      t.end = de;
      t.dateline = true;
      for (uint32_t s = 0; s < doc.sentences.size(); ++s)
        if (doc.sentences[s].begin <= db && db < doc.sentences[s].end) dateline_sentence = s;
      t.sentence = dateline_sentence;
      out.push_back(t);
    } else {
      db = de = 0;
    }
  }
  const uint32_t maxw = std::min<uint32_t>(6, g.max_words());
  std::string key;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    uint32_t i = sent.tok_begin;
    while (i < sent.tok_end) {
      const Token& t0 = doc.tokens[i];
      std::string_view f0 = doc.form(t0);
      if (!is_upper_start(f0) || (t0.begin < de && t0.end > db)) {
        ++i;
        continue;
      }
      auto blocked = [&](uint32_t k) {
        if (!actors || k >= actors->by_token.size() || actors->by_token[k] < 0) return false;
        const ActorMention& m = actors->mentions[static_cast<size_t>(actors->by_token[k])];
        return m.kind == ActorKind::kPerson || m.kind == ActorKind::kOrg || m.kind == ActorKind::kGroup ||
               m.kind == ActorKind::kAgent || m.kind == ActorKind::kMetonym;
      };
      if (blocked(i)) {
        ++i;
        continue;
      }
      // Cheap filter: the first word must begin some name.
      key = place_key(f0);
      if (!g.starts_name(key) && !(key.starts_with("the") && i + 1 < sent.tok_end)) {
        ++i;
        continue;
      }
      // The run of capitalized words and connectors that a name can span.
      uint32_t run = 1;
      while (i + run < sent.tok_end && run < maxw) {
        std::string_view w = doc.form(doc.tokens[i + run]);
        bool connector = w == "of" || w == "de" || w == "del" || w == "la" || w == "el" || w == "al" || w == "and" ||
                         w == "the" || w == "upon" || w == "on" || w == "-" || w == "'s" || w == "." || w == "du" ||
                         w == "da" || w == "do" || w == "dos" || w == "das" || w == "des" || w == "le" || w == "les" ||
                         w == "au" || w == "aux" || w == "sur" || w == "am" || w == "im" || w == "der" || w == "di" ||
                         w == "en";  // "Port-au-Prince", "Frankfurt am Main", "Boulogne-sur-Mer"
        if (!connector && !is_upper_start(w)) break;
        ++run;
      }
      uint32_t matched = 0;
      std::span<const NameRef> refs;
      for (uint32_t n = run; n >= 1; --n) {
        const Token& last = doc.tokens[i + n - 1];
        if (!is_upper_start(doc.form(last))) continue;
        bool ok = true;
        for (uint32_t k = i + 1; k < i + n && ok; ++k) ok = !blocked(k);
        if (!ok) continue;
        key = place_key(text.substr(t0.begin, last.end - t0.begin));
        refs = g.lookup(key);
        if (!refs.empty()) {
          matched = n;
          break;
        }
      }
      if (!matched) {
        ++i;
        continue;
      }
      // Locative preposition within 4 lower-case words before.
      bool locative = false;
      for (uint32_t k = i, steps = 0; k > sent.tok_begin && steps < 5; --k, ++steps) {
        std::string_view w = doc.form(doc.tokens[k - 1]);
        std::string lw(w);
        for (auto& c : lw) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (is_locative_prep(lw)) {
          locative = true;
          break;
        }
        if (!lower_word(w)) break;
      }
      bool strong = false;  // a country, division, region or big city reading
      uint64_t max_pop = 0;
      for (const NameRef& r : refs) {
        const Place& p = g.place(r.place);
        if (p.kind != PlaceKind::kCity) strong = true;
        // Alternate names count when they are a short form of the place's
        // own name ("Acapulco" for Acapulco de Juárez).
        if (r.how != NameHow::kAlternate || place_key(p.name).starts_with(key + " "))
          max_pop = std::max(max_pop, p.population);
        if (r.how == NameHow::kAlias) strong = true;
      }
      const Token& tl = doc.tokens[i + matched - 1];
      bool qualified = tl.end < text.size() && text[tl.end] == ',' && i + matched < sent.tok_end &&
                       i + matched + 1 < sent.tok_end && is_upper_start(doc.form(doc.tokens[i + matched + 1]));
      bool keep = true;
      if (matched == 1) {
        // One word: a common word ("Central", "North") is not a place even
        // where some division has it as a name; a short abbreviation only
        // as written ("ON", "Ont.", not "On"); a short all-capital word
        // that only names towns is an acronym ("UN" is not the Indian town Un).
        bool all_abbrev = true, only_towns = true;
        for (const NameRef& r : refs) {
          all_abbrev &= r.how == NameHow::kAbbrev;
          only_towns &= g.place(r.place).kind == PlaceKind::kCity && r.how != NameHow::kAlias;
        }
        bool has_lower = false, has_dot = false;
        for (char c : f0) {
          has_lower |= c >= 'a' && c <= 'z';
          has_dot |= c == '.';
        }
        bool next_dot = t0.end < text.size() && text[t0.end] == '.';
        if (common_word(key)) keep = false;
        else if (all_abbrev && f0.size() <= 3 && has_lower && !has_dot && !next_dot) keep = false;
        else if (only_towns && f0.size() <= 3 && !has_lower) keep = false;
      }
      if (keep && matched == 1 && !strong) {
        bool initial = i == sent.tok_begin;
        bool propn = t0.upos == Upos::PROPN;
        bool parsed = t0.upos != Upos::X;
        if (common_word(key)) keep = false;
        else if (initial && !propn && max_pop < 100000) keep = false;
        else if (parsed && !propn) keep = false;
        else if (max_pop < 15000 && !locative && !qualified) keep = false;
        // Inside a longer capitalized name ("Union Carbide", "Lake Victoria").
        bool cap_before = i > sent.tok_begin && !initial && is_upper_start(doc.form(doc.tokens[i - 1]));
        bool cap_after = i + 1 < sent.tok_end && is_upper_start(doc.form(doc.tokens[i + 1])) &&
                         t0.end < text.size() && text[t0.end] == ' ';
        if ((cap_before || cap_after) && max_pop < 100000) keep = false;
      }
      if (keep) {
        Toponym tp;
        tp.begin = t0.begin;
        tp.end = tl.end;
        tp.sentence = s;
        tp.locative = locative;
        out.push_back(tp);
      }
      i += matched;
    }
  }
  std::sort(out.begin(), out.end(), [](const Toponym& a, const Toponym& b) { return a.begin < b.begin; });
}

}  // namespace detente::geo
