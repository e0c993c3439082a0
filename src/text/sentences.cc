#include "text/sentences.h"

#include <array>
#include <cctype>
#include <cstring>

#include "text/abbrev.h"

namespace detente::text {
namespace {

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }
inline bool upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool lowerc(unsigned char c) { return c >= 'a' && c <= 'z'; }

enum class Kind : char { kNone = 0, kFinal = 'F', kAbbrev = 'A', kColon = 'C', kCapital = 'U' };

bool final_punct(std::string_view n) {
  if (n.empty()) return false;
  if (n == "." || n == "..." || n == "!" || n == "?") return true;
  for (char c : n)
    if (c != '!' && c != '?' && c != '.') return false;
  return true;
}
bool closer(std::string_view n) {
  return n == "\"" || n == "'" || n == ")" || n == "]" || n == "}" || n == "''";
}

// Blank line between tokens a and b?
bool paragraph_break(std::string_view text, uint32_t from, uint32_t to) {
  if (to - from <= 1) return false;
  int nl = 0, cr = 0;
  for (uint32_t k = from; k < to; ++k) {
    char c = text[k];
    if (c == '\n') ++nl;
    else if (c == '\r') ++cr;
    else if (c == '\xE2' && k + 2 < to && text[k + 1] == '\x80' && text[k + 2] == '\xA9') return true;
  }
  return nl >= 2 || (nl == 0 && cr >= 2);
}
bool has_newline(std::string_view text, uint32_t from, uint32_t to) {
  return std::memchr(text.data() + from, '\n', to - from) != nullptr;
}

constexpr std::string_view kStarters[] = {
    "The", "He", "She", "It", "They", "We", "I", "But", "In", "A", "An",
    "This", "That", "There", "His", "Her", "Its", "Their", "And", "Meanwhile", "However",
    "On", "At", "After", "As", "If", "When", "While", "Some", "Many", "Officials", "You",
    "Our", "These", "Those", "Other", "Also", "For", "So", "Yet", "Still", "Now", "Then"};

bool starter(std::string_view w) {
  for (auto s : kStarters)
    if (w == s) return true;
  return false;
}

// An abbreviation that never ends a sentence (Mr., Gen., Oct.) or an initial.
bool never_final(std::string_view form) {
  if (form.size() < 2 || form.back() != '.') return false;
  std::string_view w = form.substr(0, form.size() - 1);
  if (w.size() == 1 && upper(static_cast<unsigned char>(w[0])) && w[0] != 'I') return true;
  return is_prenominal_abbreviation(w);
}

// A list item at the start of a line: "- ", "* ", "• ", "1. ", "a) ".
bool list_item_starts(const Document& doc, uint32_t r) {
  const auto& t = doc.tokens;
  const Token& tok = t[r];
  unsigned char c = static_cast<unsigned char>(doc.text[tok.begin]);
  if (c != '-' && c != '*' && c != 0xE2 && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z')) return false;
  std::string_view n = doc.norm(tok);
  bool bullet = n == "-" || n == "*" || n == "--";
  if (!bullet && r + 1 < t.size() && n.size() <= 2 && !tok.space_after) {
    std::string_view next = doc.norm(t[r + 1]);
    bool num = n.size() <= 2 && ((n[0] >= '0' && n[0] <= '9') || (n.size() == 1 && n[0] >= 'a' && n[0] <= 'z'));
    bullet = num && (next == "." || next == ")") && t[r + 1].space_after;
  }
  if (!bullet || (!tok.space_after && (n == "-" || n == "*" || n == "--"))) return false;
  // at the start of a line
  const Token& prev = t[r - 1];
  return std::memchr(doc.text.data() + prev.end, '\n', tok.begin - prev.end) != nullptr;
}

// Tag-list footers of web pages: a paragraph that opens with a label and a
// colon ("Categories:", "Tags:", "Filed under:") and holds no final
// punctuation is a list of labels, not prose. Returns the colon's index, or
// 0 when the paragraph starting at token i is not such a list; *end receives
// the paragraph's last token.
constexpr std::string_view kListLabels[] = {"categories", "category", "tags",    "tagged",
                                            "topics",     "keywords", "subjects", "sections"};
constexpr std::string_view kListLabels2[][2] = {
    {"filed", "under"}, {"posted", "in"}, {"related", "topics"}, {"more", "on"}};
constexpr uint32_t kMaxListTokens = 80;

bool ieq(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (lower(a[k]) != lower_b[k]) return false;
  return true;
}

uint32_t tag_list(const Document& doc, uint32_t i, uint32_t* end) {
  const auto& t = doc.tokens;
  const uint32_t N = static_cast<uint32_t>(t.size());
  if (i + 2 >= N || !upper(static_cast<unsigned char>(doc.text[t[i].begin]))) return 0;
  std::string_view w = doc.norm(t[i]);
  uint32_t colon = 0;
  for (auto l : kListLabels)
    if (ieq(w, l)) colon = i + 1;
  if (!colon)
    for (auto& l : kListLabels2)
      if (ieq(w, l[0]) && ieq(doc.norm(t[i + 1]), l[1])) colon = i + 2;
  if (!colon || colon + 1 >= N || doc.norm(t[colon]) != ":") return 0;
  uint32_t k = colon + 1;
  for (;; ++k) {
    if (k - colon > kMaxListTokens || final_punct(doc.norm(t[k]))) return 0;
    if (k + 1 == N || paragraph_break(doc.text, t[k].end, t[k + 1].begin)) break;
  }
  *end = k;
  return colon;
}

// Words that open a multiword name ("North America", "New Zealand"): no cut
// after them inside a tag list.
constexpr std::string_view kNameOpeners[] = {
    "north", "south", "east",  "west",  "northern", "southern", "eastern", "western", "central",
    "new",   "united", "middle", "latin", "saudi",   "sri",      "hong",    "costa",   "el",
    "los",   "las",   "san",   "santa", "abu",      "buenos",   "puerto",  "human",   "white",
    "wall",  "prime", "st."};
// Words that continue an item ("Politics and Conflicts").
constexpr std::string_view kItemJoiners[] = {"and", "of", "the", "for", "in", "on", "&", "-", "'s"};

bool in_list(std::string_view w, const std::string_view* b, const std::string_view* e) {
  for (; b != e; ++b)
    if (ieq(w, *b)) return true;
  return false;
}

// Inside a tag list an item ends at a line break, and before a capitalized
// word unless the word before opens a name or joins two words of one item.
bool tag_item_starts(const Document& doc, uint32_t k) {
  const auto& t = doc.tokens;
  if (has_newline(doc.text, t[k - 1].end, t[k].begin)) return true;
  if (!upper(static_cast<unsigned char>(doc.text[t[k].begin]))) return false;
  std::string_view p = doc.norm(t[k - 1]);
  return !in_list(p, std::begin(kNameOpeners), std::end(kNameOpeners)) &&
         !in_list(p, std::begin(kItemJoiners), std::end(kItemJoiners));
}

// A feature part: a lower-cased word (at most 24 bytes), a word shape
// (Xxx, dd.d) or a literal, with its hash.
struct Part {
  char buf[24];
  uint8_t n = 0;
  uint64_t h = 0;
  std::string_view view() const { return {buf, n}; }
  static Part word(std::string_view s) {
    Part p;
    size_t m = s.size() < sizeof p.buf ? s.size() : sizeof p.buf;
    for (size_t k = 0; k < m; ++k) p.buf[k] = lower(s[k]);
    p.n = static_cast<uint8_t>(m);
    p.h = part_hash(p.view());
    return p;
  }
  static Part shape(std::string_view s) {
    Part p;
    char last = 0;
    for (size_t k = 0; k < s.size() && p.n < 5; ++k) {
      unsigned char c = static_cast<unsigned char>(s[k]);
      char x = upper(c) ? 'X' : lowerc(c) ? 'x' : (c >= '0' && c <= '9') ? 'd' : c >= 0x80 ? 'U' : char(c);
      if (c >= 0x80)
        while (k + 1 < s.size() && (static_cast<unsigned char>(s[k + 1]) & 0xC0) == 0x80) ++k;
      if (x == last) continue;
      p.buf[p.n++] = x;
      last = x;
    }
    p.h = part_hash(p.view());
    return p;
  }
  static Part lit(char c) {
    Part p;
    p.buf[0] = c;
    p.n = 1;
    p.h = part_hash(p.view());
    return p;
  }
};

enum Tmpl : uint8_t {
  tK, tP, tW, tWS, tR, tRS, tRRS, tPR, tWP, tWSRS, tPRS, tWRS, tCL, tNL, tWL, tRRR, tRR, tW2W, tWR, tAB, tCount
};
constexpr const char* kTmplNames[tCount] = {"k:",  "p:",    "w:",    "ws:",  "r:",  "rs:",  "rrs:",
                                            "p|r:", "w|p:", "ws|rs:", "p|rs:", "w|rs:", "cl:", "nl:",
                                            "wl:", "r|rr:", "rr:",  "w2|w:", "w|r:", "ab:"};
const uint64_t* tmpl_hashes() {
  static const auto table = [] {
    std::array<uint64_t, tCount> t{};
    for (int i = 0; i < tCount; ++i) t[i] = part_hash(kTmplNames[i]);
    return t;
  }();
  return table.data();
}

struct Cand {
  Kind kind = Kind::kNone;
  uint32_t punct = 0, last = 0;  // punctuation token; last token before the gap
};

// Hard-wrapped text: wire copy broken into lines of fixed width (Reuters,
// old agency feeds), paragraphs opened by an indented line. Two line breaks
// inside a sentence (a word or comma before, a lower-case word after) mark
// it. In such text a line break is no boundary evidence unless the next line
// is indented: "visiting U.S.<newline>Agriculture Secretary ..." goes on.
bool hard_wrapped(const Document& doc) {
  const auto& t = doc.tokens;
  int wraps = 0;
  for (size_t k = 1; k < t.size() && wraps < 2; ++k) {
    if (t[k].begin == t[k - 1].end || !lowerc(static_cast<unsigned char>(doc.text[t[k].begin]))) continue;
    const unsigned char p = static_cast<unsigned char>(doc.text[t[k - 1].end - 1]);
    if (!(std::isalnum(p) || p == ',')) continue;
    if (has_newline(doc.text, t[k - 1].end, t[k].begin) && !paragraph_break(doc.text, t[k - 1].end, t[k].begin))
      ++wraps;
  }
  return wraps >= 2;
}

// The gap [from, to) holds a line break; in hard-wrapped text it counts only
// when the next line is indented.
bool line_break_counts(std::string_view text, uint32_t from, uint32_t to, bool wrapped) {
  if (!wrapped) return true;
  const void* last = memrchr(text.data() + from, '\n', to - from);
  return last && static_cast<const char*>(last) + 1 < text.data() + to;
}

// Calls out(template, parts...) for each feature of candidate c; `wrapped`:
// the document is hard-wrapped (hard_wrapped).
template <class Out>
void features(const Document& doc, const Cand& c, bool wrapped, Out&& out) {
  const auto& t = doc.tokens;
  const uint32_t N = static_cast<uint32_t>(t.size());
  std::string_view none = "<s>";
  std::string_view Ps = doc.norm(t[c.punct]);
  std::string_view Ws = c.punct > 0 ? doc.norm(t[c.punct - 1]) : none;
  std::string_view W2s = c.punct > 1 ? doc.norm(t[c.punct - 2]) : none;
  std::string_view Rs = c.last + 1 < N ? doc.norm(t[c.last + 1]) : none;
  std::string_view RRs = c.last + 2 < N ? doc.norm(t[c.last + 2]) : none;
  bool nl = c.last + 1 < N && has_newline(doc.text, t[c.last].end, t[c.last + 1].begin) &&
            line_break_counts(doc.text, t[c.last].end, t[c.last + 1].begin, wrapped);
  Part k = Part::lit(static_cast<char>(c.kind));
  Part P = Part::word(Ps), W = Part::word(Ws), R = Part::word(Rs), RR = Part::word(RRs);
  Part sW = Part::shape(Ws), sR = Part::shape(Rs);
  if (c.kind == Kind::kCapital) {
    // Before a capitalized word with no punctuation: the most frequent
    // candidate in news and nearly always "no", so a smaller feature set.
    out(tK, k);
    out(tP, k, P);
    out(tW, W);
    out(tR, R);
    out(tRS, sR);
    out(tPR, P, R);
    out(tWP, W, P);
    out(tRRR, R, RR);
    out(tWSRS, sW, sR);
    out(tNL, Part::lit(nl ? '1' : '0'), k);
    return;
  }
  Part W2 = Part::word(W2s), sRR = Part::shape(RRs);
  out(tK, k);
  out(tP, k, P);
  out(tW, W);
  out(tWS, sW);
  out(tR, R);
  out(tRS, sR);
  out(tRRS, sRR);
  out(tPR, P, R);
  out(tWP, W, P);
  out(tWSRS, sW, sR);
  out(tPRS, k, P, sR);
  out(tWRS, W, sR);
  if (c.last != c.punct)
    out(tCL, Part::lit('1'), Part::word(doc.norm(t[c.last])), sR);
  else
    out(tCL, Part::lit('0'), sR);
  out(tNL, Part::lit(nl ? '1' : '0'), k);
  out(tWL, Part::lit(char('0' + (Ws.size() > 6 ? 6 : Ws.size()))), sR);
  out(tRRR, R, RR);
  out(tRR, RR);
  out(tW2W, W2, W, k);
  out(tWR, W, R, k);
  if (c.kind == Kind::kAbbrev || c.kind == Kind::kFinal) {
    std::string_view a = c.kind == Kind::kAbbrev ? Ps.substr(0, Ps.size() - 1) : Ws;
    out(tAB, Part::lit(is_abbreviation(a, false) ? '1' : '0'), k, sR);
  }
}

// The gate for candidates before a capitalized word: the word before or the
// word after must be one the training data saw at such a boundary ("gl: w" /
// "gr: w" entries of the model); everything else is not a boundary. This
// keeps names in running text ("the Paris Agreement") from costing a full
// model evaluation.
// Runs of capitalized words ("South Korean President Moon") make the right
// word of one candidate the left word of the next: its hash is kept.
struct WordHashCache {
  uint32_t token = UINT32_MAX;
  uint64_t h = 0;
  uint64_t get(const Document& doc, uint32_t i) {
    if (token != i) {
      token = i;
      h = Part::word(doc.norm(doc.tokens[i])).h;
    }
    return h;
  }
};

bool capital_gate(const Document& doc, const Cand& c, const BoundaryModel& m, WordHashCache& cache) {
  static const uint64_t gl = part_hash("gl:"), gr = part_hash("gr:");
  uint64_t k = combine_key(gl, cache.get(doc, c.last));
  if (m.gate(k ? k : 1)) return true;
  k = combine_key(gr, cache.get(doc, c.last + 1));
  return m.gate(k ? k : 1);
}

struct Keys {
  uint64_t keys[tCount];
  size_t n = 0;
  const uint64_t* th = tmpl_hashes();
  template <class... Ps>
  void operator()(Tmpl t, const Ps&... parts) {
    uint64_t key = th[t];
    ((key = combine_key(key, parts.h)), ...);
    keys[n++] = key ? key : 1;
  }
};

struct Strings {
  std::vector<std::string> out;
  template <class... Ps>
  void operator()(Tmpl t, const Ps&... parts) {
    std::string f = kTmplNames[t];
    ((f += ' ', f += parts.view()), ...);
    out.push_back(std::move(f));
  }
};

// Classifies the gap after token i; may move i past attached closers.
__attribute__((always_inline)) inline Cand candidate(const Document& doc, uint32_t& i, bool with_model) {
  const auto& t = doc.tokens;
  const uint32_t N = static_cast<uint32_t>(t.size());
  Cand c;
  c.punct = c.last = i;
  {
    // The common case, decided on the text bytes: a word or other punctuation.
    unsigned char f = static_cast<unsigned char>(doc.text[t[i].begin]);
    unsigned char b = static_cast<unsigned char>(doc.text[t[i].end - 1]);
    if (f < 0x80 && b < 0x80 && b != '.' && f != '!' && f != '?' && f != ':' && f != ';' &&
        (!with_model || i + 1 >= N || !upper(static_cast<unsigned char>(doc.text[t[i + 1].begin]))))
      return c;
  }
  std::string_view n = doc.norm(t[i]);
  if (final_punct(n)) {
    c.kind = Kind::kFinal;
  } else if (n.size() >= 2 && n.back() == '.') {
    c.kind = Kind::kAbbrev;
  } else if (n == ":" || n == ";") {
    c.kind = Kind::kColon;
  } else if (with_model && i + 1 < N) {
    unsigned char r = static_cast<unsigned char>(doc.text[t[i + 1].begin]);
    unsigned char l = static_cast<unsigned char>(n[0]);
    if (upper(r) && l != ',' && l != '-' && l != '(' && l != '&' && l != '"' && l != '\'' &&
        l != '/' && !never_final(n))
      c.kind = Kind::kCapital;
  }
  if (c.kind == Kind::kFinal || c.kind == Kind::kAbbrev) {
    while (i + 1 < N && !t[i].space_after && closer(doc.norm(t[i + 1]))) ++i;
    c.last = i;
  }
  return c;
}

bool rule_decision(const Document& doc, const Cand& c) {
  const auto& t = doc.tokens;
  std::string_view R = doc.form(t[c.last + 1]);
  unsigned char r = static_cast<unsigned char>(R[0]);
  switch (c.kind) {
    case Kind::kFinal:
      return !lowerc(r) && r != ',' && r != ';' && r != ')' && r != ']' && r != '%';
    case Kind::kAbbrev:
      return starter(R);
    default:
      return false;
  }
}

}  // namespace

void split_sentences(Document& doc, const BoundaryModel* model) {
  doc.sentences.clear();
  const auto& t = doc.tokens;
  const uint32_t N = static_cast<uint32_t>(t.size());
  if (model && model->empty()) model = nullptr;
  uint32_t start = 0;
  auto close = [&](uint32_t last) {
    Sentence s;
    s.begin = t[start].begin;
    s.end = t[last].end;
    s.tok_begin = start;
    s.tok_end = last + 1;
    doc.sentences.push_back(s);
    start = last + 1;
  };
  WordHashCache cache;
  const bool wrapped = model && hard_wrapped(doc);
  bool para_start = true;
  for (uint32_t i = 0; i < N; ++i) {
    if (para_start) {
      para_start = false;
      uint32_t end = 0, colon = tag_list(doc, i, &end);
      if (colon) {
        close(colon);
        for (uint32_t k = colon + 2; k <= end; ++k)
          if (tag_item_starts(doc, k)) close(k - 1);
        close(end);
        i = end;
        para_start = true;
        continue;
      }
    }
    if (i + 1 == N) { close(i); break; }
    // A paragraph break needs a gap of 2+ bytes, a list item a newline
    // before it: most gaps are one space or none.
    const uint32_t gap = t[i + 1].begin - t[i].end;
    if (gap > 1 || (gap == 1 && doc.text[t[i].end] == '\n')) {
      if (paragraph_break(doc.text, t[i].end, t[i + 1].begin)) {
        close(i);
        para_start = true;
        continue;
      }
      if (list_item_starts(doc, i + 1)) { close(i); continue; }
    }
    uint32_t j = i;
    Cand c = candidate(doc, j, model != nullptr);
    // Closers are attached, so no paragraph break can hide between i and j.
    i = j;
    if (i + 1 >= N) { close(i); break; }
    if (c.kind == Kind::kNone) continue;
    if (c.kind == Kind::kAbbrev && never_final(doc.norm(t[c.punct]))) continue;
    bool cut;
    if (model && c.kind == Kind::kCapital && !capital_gate(doc, c, *model, cache)) continue;
    if (model) {
      Keys h;
      features(doc, c, wrapped, h);
      cut = model->score(h.keys, h.n) >
            (c.kind == Kind::kCapital ? model->capital_threshold() : model->threshold());
    } else {
      cut = rule_decision(doc, c);
    }
    if (cut) close(i);
  }
}

void boundary_candidates(const Document& doc,
                         const std::function<void(uint32_t, std::vector<std::string>&&)>& visit) {
  const auto& t = doc.tokens;
  const uint32_t N = static_cast<uint32_t>(t.size());
  const bool wrapped = hard_wrapped(doc);
  for (uint32_t i = 0; i + 1 < N; ++i) {
    if (paragraph_break(doc.text, t[i].end, t[i + 1].begin)) continue;
    uint32_t j = i;
    Cand c = candidate(doc, j, true);
    i = j;
    if (c.kind == Kind::kNone || i + 1 >= N) continue;
    if (c.kind == Kind::kAbbrev && never_final(doc.norm(t[c.punct]))) continue;
    Strings fs;
    features(doc, c, wrapped, fs);
    visit(i, std::move(fs.out));
  }
}

}  // namespace detente::text
