// The tokenizer: one pass over the bytes. Whitespace-separated chunks are cut
// into words and punctuation by `Scanner::chunk`; ASCII is classified by a
// table, other code points by utf8proc's general category.
#include "text/tokenizer.h"

#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <array>
#include <cstring>

#include "text/abbrev.h"
#include "text/utf8.h"

namespace detente::text {
namespace {

// kWord: a byte of an ASCII word run (letter, digit, '_'); kUnder: '_'.
enum : uint8_t { kSpace = 1, kAlpha = 2, kDigit = 4, kUpper = 8, kPunct = 16, kWord = 32, kUnder = 64 };

constexpr std::array<uint8_t, 256> make_table() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') t[c] = kSpace;
    else if (c >= 'a' && c <= 'z') t[c] = kAlpha;
    else if (c >= 'A' && c <= 'Z') t[c] = kAlpha | kUpper;
    else if (c >= '0' && c <= '9') t[c] = kDigit;
    else if (c > ' ' && c < 127) t[c] = kPunct;
    else t[c] = kPunct;  // control characters: single-byte tokens
    if (t[c] & (kAlpha | kDigit)) t[c] |= kWord;
  }
  t['_'] |= kWord | kUnder;
  return t;
}
constexpr auto kClass = make_table();

#ifdef __SSE2__
// Bit k set when p[k] is <= 0x20 (space or control), '@', or >= 0x80.
inline unsigned special16(const unsigned char* p) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x20)), v);
  __m128i at = _mm_cmpeq_epi8(v, _mm_set1_epi8('@'));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(low, at), v)));
}

// Bit k set when p[k] is not an ASCII word byte (letter, digit, '_');
// *nondigit gets the bits of the letters and '_'.
inline unsigned nonword16(const unsigned char* p, unsigned* nondigit) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Signed compares: bytes >= 0x80 are negative and fall outside every range.
  __m128i lo = _mm_or_si128(v, _mm_set1_epi8(0x20));
  __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(lo, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(lo, _mm_set1_epi8('z' + 1)));
  __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  __m128i nd = _mm_or_si128(alpha, _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
  *nondigit = static_cast<unsigned>(_mm_movemask_epi8(nd));
  return ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(nd, digit))) & 0xFFFFu;
}
#endif

inline bool is_alpha(unsigned char c) { return kClass[c] & kAlpha; }
inline bool is_digit(unsigned char c) { return kClass[c] & kDigit; }
inline bool is_alnum(unsigned char c) { return kClass[c] & (kAlpha | kDigit); }
inline bool is_upper(unsigned char c) { return kClass[c] & kUpper; }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

inline size_t seq_len(unsigned char c) {
  return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
}

inline char32_t decode(const unsigned char* p, size_t i, size_t n, size_t& len) {
  unsigned c = p[i];
  len = seq_len(c);
  if (i + len > n) { len = 1; return 0xFFFD; }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (p[i + k] & 0x3F);
  return cp;
}

bool unicode_space(char32_t cp) {
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    case 0x2028: case 0x2029: case 0xFEFF: case 0x180E:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200B;
  }
}

// Letters, marks and numbers continue a word.
bool unicode_word(char32_t cp) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO;
}
bool unicode_mark(char32_t cp) {
  if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
      (cp >= 0xE0020 && cp <= 0xE007F))
    return true;
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME || cat == UTF8PROC_CATEGORY_MC;
}

// ASCII equivalent of typographic punctuation, or nullptr.
const char* ascii_twin(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039: case 0x203A:
    case 0x02BC: case 0xFF07:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
    case 0x301D: case 0x301E: case 0xFF02:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2026: return "...";
    case 0x2022: case 0x00B7: return "*";
    case 0xFF0C: return ",";
    case 0xFF0E: return ".";
    case 0xFF1A: return ":";
    case 0xFF1B: return ";";
    case 0xFF01: return "!";
    case 0xFF1F: return "?";
    case 0xFF08: return "(";
    case 0xFF09: return ")";
    case 0x2044: case 0x2215: return "/";
    default: return nullptr;
  }
}

constexpr std::string_view kHyphenPrefixes[] = {
    "e", "non", "anti", "mid", "pro", "re", "pre", "co", "post", "over",
    "multi", "ex", "cross", "sub", "counter", "semi", "neo", "psycho", "socio", "intra",
    "inter", "micro", "un", "ultra", "extra", "infra", "macro", "mini", "quasi", "pseudo",
    "bi", "tri"};

constexpr std::string_view kTlds[] = {"com", "org", "net", "gov", "edu", "int",
                              "mil", "info", "biz", "io", "uk", "us", "ca", "au", "de",
                              "fr", "jp", "kr", "cn", "ru", "in", "nz", "eu", "co"};

// File extensions that make "name.ext" one token.
constexpr std::string_view kExtensions[] = {"pdf", "doc", "docx", "htm", "html", "jpg", "jpeg", "png",
                                            "gif", "txt", "xls", "xlsx", "ppt", "pptx", "zip", "exe",
                                            "csv", "mp3", "mp4", "php", "asp", "aspx", "xml", "json"};

// Unit suffixes split from a number as UD English does ("375mm" -> 375 mm).
constexpr std::string_view kUnits[] = {"m", "k", "am", "pm", "b", "mm", "ft", "x", "f", "cm", "bn", "hz",
                                       "kg", "km", "g", "lb", "lbs", "mph", "kb", "mb", "gb", "tb", "sq",
                                       "min", "mins", "hrs", "hr", "kw", "mw", "gw", "ml", "oz", "mln",
                                       "yr", "yrs", "ghz", "mhz", "kph", "kmh", "pct"};

constexpr std::string_view kUpperUnits[] = {"K", "M", "B", "GB", "MB", "KB", "TB", "AM", "PM", "KM", "BN"};

template <size_t N>
bool in_list(const std::string_view (&a)[N], std::string_view w) {
  for (auto x : a)
    if (x == w) return true;
  return false;
}

// Emoticons kept as one token (EWT writes them so).
constexpr std::string_view kEmoticons[] = {
    ":-)", ":-(", ":-D", ":-P", ":-p", ";-)", ":'(", ":)", ":(", ":D",
    ":P", ":p", ";)", ":/", ":|", ":o", ":O", "<3", "^_^", "=)", "XD", ":]", ":["};

class Scanner {
 public:
  explicit Scanner(Document& doc)
      : doc_(doc),
        text_(doc.text),
        p_(reinterpret_cast<const unsigned char*>(doc.text.data())),
        n_(doc.text.size()),
        ascii_(is_ascii(doc.text)) {}

  void run() {
    size_t i = 0;
    while (i < n_) {
      unsigned char c = p_[i];
      if (c < 0x80) {
        if (kClass[c] & kSpace) { ++i; continue; }
      } else if (size_t w = space_len(i)) {
        i += w;
        continue;
      }
      size_t j = i;
      bool at = false;
      while (j < n_) {
#ifdef __SSE2__
        // Sixteen bytes at a time to the first byte that needs a look: a
        // control or space byte (<= 0x20), '@', or a non-ASCII lead byte.
        if (j + 16 <= n_) {
          unsigned m = special16(p_ + j);
          if (m == 0) {
            j += 16;
            continue;
          }
          j += static_cast<size_t>(__builtin_ctz(m));
        }
#endif
        unsigned char d = p_[j];
        if (d < 0x80) {
          if (kClass[d] & kSpace) break;
          at |= d == '@';
          ++j;
        } else {
          if (space_len(j)) break;
          j += seq_len(d);
        }
      }
      if (j > n_) j = n_;
      chunk_has_at_ = at;
      chunk(i, j);
      i = j;
    }
  }

  size_t space_len(size_t i) const {
    unsigned char c = p_[i];
    if (c < 0x80) return (kClass[c] & kSpace) ? 1 : 0;
    if (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
    size_t len;
    char32_t cp = decode(p_, i, n_, len);
    return unicode_space(cp) ? len : 0;
  }

 private:
  Document& doc_;
  std::string_view text_;
  const unsigned char* p_;
  size_t n_;
  const bool ascii_;  // the whole text is ASCII: no token needs normalizing
  size_t chunk_end_ = 0;
  bool chunk_has_at_ = false;
  size_t chunk_at_floor_ = 0;
  size_t no_domain_until_ = 0;

  void emit(size_t b, size_t e) {
    Token t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.space_after = e == chunk_end_ && e < n_;
    bool ascii = ascii_;
    if (!ascii) {
      ascii = true;
      for (size_t k = b; k < e; ++k)
        if (p_[k] >= 0x80) { ascii = false; break; }
    }
    if (ascii) {
      t.norm = StrRef{t.begin, t.end - t.begin};
    } else {
      t.norm = normalize(b, e);
    }
    doc_.tokens.push_back(t);
  }

  StrRef normalize(size_t b, size_t e) {
    std::string& pool = doc_.pool;
    size_t start = pool.size();
    bool changed = false;
    for (size_t k = b; k < e;) {
      if (p_[k] < 0x80) { pool.push_back(char(p_[k])); ++k; continue; }
      size_t len;
      char32_t cp = decode(p_, k, n_, len);
      if (const char* twin = ascii_twin(cp)) {
        pool.append(twin);
        changed = true;
      } else {
        pool.append(text_.substr(k, len));
      }
      k += len;
    }
    if (!changed) {
      pool.resize(start);
      return StrRef{static_cast<uint32_t>(b), static_cast<uint32_t>(e - b)};
    }
    return StrRef{static_cast<uint32_t>(start), static_cast<uint32_t>(pool.size() - start)};
  }

  // Whether a word character (letter, digit, mark; non-ASCII letters) starts at i.
  bool word_at(size_t i, size_t* len = nullptr) const {
    unsigned char c = p_[i];
    if (c < 0x80) {
      if (len) *len = 1;
      return is_alnum(c) || c == '_';
    }
    size_t l;
    char32_t cp = decode(p_, i, n_, l);
    if (len) *len = l;
    return unicode_word(cp);
  }

  // Right single quotation mark (’) at i?
  bool curly_apostrophe(size_t i, size_t e) const {
    return i + 2 < e && p_[i] == 0xE2 && p_[i + 1] == 0x80 && p_[i + 2] == 0x99;
  }

  bool starts_with_ci(size_t i, size_t e, std::string_view s) const {
    if (i + s.size() > e) return false;
    for (size_t k = 0; k < s.size(); ++k)
      if (lower(char(p_[i + k])) != s[k]) return false;
    return true;
  }

  // First non-whitespace byte after position i (across chunks), or 0.
  unsigned char next_visible(size_t i) const {
    while (i < n_) {
      size_t w = space_len(i);
      if (!w) return p_[i];
      i += w;
    }
    return 0;
  }

  void chunk(size_t s, size_t e) {
    chunk_end_ = e;
    chunk_at_floor_ = s;
    size_t q = s;
    while (q < e) {
      size_t len;
      if (word_at(q, &len))
        q = word(q, e);
      else
        q = punct(q, e, s);
    }
  }

  // Strips trailing punctuation that closes a sentence or a bracket.
  size_t url_end(size_t b, size_t e) const {
    size_t j = e;
    int open = 0;
    for (size_t k = b; k < e; ++k) open += p_[k] == '(';
    while (j > b) {
      unsigned char c = p_[j - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
          c == '\'' || c == '>' || c == ']' || c == '}' || (c == ')' && open == 0)) {
        --j;
      } else if (c >= 0x80) {  // strip trailing non-ASCII punctuation (curly quotes, »)
        size_t k = j - 1;
        while (k > b && (p_[k] & 0xC0) == 0x80) --k;
        size_t l;
        char32_t cp = decode(p_, k, n_, l);
        if (unicode_word(cp)) break;
        j = k;
      } else {
        break;
      }
    }
    return j;
  }

  bool url_start(size_t q, size_t e) const {
    return starts_with_ci(q, e, "http://") || starts_with_ci(q, e, "https://") ||
           starts_with_ci(q, e, "ftp://") || starts_with_ci(q, e, "www.");
  }

  // user@host.tld starting at b with '@' at at; returns end or 0.
  size_t email_end(size_t b, size_t at, size_t e) const {
    size_t j = at + 1;
    bool dot = false;
    while (j < e && (is_alnum(p_[j]) || p_[j] == '-' || p_[j] == '_' ||
                     (p_[j] == '.' && j + 1 < e && is_alnum(p_[j + 1])))) {
      dot |= p_[j] == '.';
      ++j;
    }
    return dot && j > at + 3 ? j : 0;
  }

  bool tld_at(size_t i, size_t e) const {
    size_t j = i;
    while (j < e && p_[j] >= 'a' && p_[j] <= 'z') ++j;
    if (j == i || (j < e && is_alnum(p_[j]))) return false;
    std::string_view w = text_.substr(i, j - i);
    return in_list(kTlds, w) || in_list(kExtensions, w);
  }

  // A host name or file name "a.b.c" whose last part is a TLD or extension,
  // starting at b; returns its end or 0.
  size_t domain_end(size_t b, size_t e) {
    size_t j = b, last_seg = b;
    int dots = 0;
    while (j < e) {
      unsigned char c = p_[j];
      if (is_alnum(c) || c == '-' || c == '_') { ++j; continue; }
      if (c == '.' && j + 1 < e && is_alnum(p_[j + 1]) && j > b && p_[j - 1] != '-') {
        ++dots;
        last_seg = ++j;
        continue;
      }
      break;
    }
    // Any later start inside this run ends at the same j with the same last
    // part, so a failure holds for all of them (keeps long runs linear).
    bool ok = dots > 0 && p_[j - 1] != '-';
    // the last part must be a lower-case TLD or extension, ending the word
    size_t k = last_seg;
    while (ok && k < j && p_[k] >= 'a' && p_[k] <= 'z') ++k;
    ok = ok && k == j;
    std::string_view w = text_.substr(last_seg, j - last_seg);
    if (ok && (in_list(kTlds, w) || in_list(kExtensions, w))) return j;
    if (dots > 0) no_domain_until_ = j;
    return 0;
  }

  // user@host (host may lack a dot: "Warner@ENRON"); the local part may hold
  // dots and a "..." elision as in Usenet headers. Returns the end or 0.
  size_t email_at(size_t b, size_t e) const {
    size_t j = b;
    while (j < e && (is_alnum(p_[j]) || p_[j] == '.' || p_[j] == '_' || p_[j] == '-' || p_[j] == '+' ||
                     p_[j] == '%'))
      ++j;
    if (j == b || j + 1 >= e || p_[j] != '@' || !is_alnum(p_[j + 1]) || !is_alnum(p_[b])) return 0;
    size_t k = j + 1;
    while (k < e && (is_alnum(p_[k]) || p_[k] == '-' || p_[k] == '_' ||
                     (p_[k] == '.' && k + 1 < e && is_alnum(p_[k + 1]))))
      ++k;
    return k;
  }

  size_t word(size_t q, size_t e) {
    const size_t start = q;
    unsigned char c0 = p_[q] | 0x20;
    if ((c0 == 'h' || c0 == 'f' || c0 == 'w') && url_start(q, e)) {
      size_t j = url_end(q, e);
      emit(q, j);
      return j;
    }
    if (chunk_has_at_ && q >= chunk_at_floor_) {
      if (size_t j = email_at(q, e)) {
        emit(q, j);
        return j;
      }
      chunk_at_floor_ = e;  // no e-mail starts later in this chunk either... unless after '@'
      for (size_t k = q; k < e; ++k)
        if (p_[k] == '@') { chunk_at_floor_ = k + 1; break; }
    }
    size_t j = q;
    size_t seg = q;  // start of the current segment (after . - ' etc.)
    size_t max_seg = 0;
    bool inner_period = false, digits_only = true;
    for (;;) {
      uint8_t seen = 0;  // classes of the ASCII word bytes of this segment
#ifdef __SSE2__
      // Sixteen bytes at a time over the ASCII word bytes; the scalar loop
      // below takes over at the first other byte (or at e).
      while (j + 16 <= n_ && j < e) {
        unsigned nondigit;
        unsigned stop = nonword16(p_ + j, &nondigit);
        if (e - j < 16) stop |= 1u << (e - j);
        unsigned k = stop ? static_cast<unsigned>(__builtin_ctz(stop)) : 16u;
        if (nondigit & ((1u << k) - 1)) seen |= kAlpha;
        j += k;
        if (k < 16) break;
      }
#endif
      while (j < e) {
        size_t l;
        unsigned char c = p_[j];
        uint8_t k = kClass[c];
        if (k & kWord) {
          seen |= k;
          ++j;
        } else if (c >= 0x80 && word_at(j, &l)) {
          seen |= kAlpha;
          j += l;
        } else {
          break;
        }
      }
      if (seen & (kAlpha | kUnder)) digits_only = false;
      if (j - seg > max_seg) max_seg = j - seg;
      if (j >= e) break;
      unsigned char c = p_[j];
      unsigned char prev = p_[j - 1];
      unsigned char next = j + 1 < e ? p_[j + 1] : 0;
      if (c == '.') {
        if (!is_alnum(next)) break;
        if (is_alpha(next) && !inner_period && start >= no_domain_until_) {
          if (size_t d = domain_end(start, e)) {  // example.com, file.pdf
            emit(start, d);
            return d;
          }
        }
        size_t seglen = j - seg;
        if ((is_digit(prev) && is_digit(next)) ||
            (seglen <= 2 && is_alpha(prev) && is_alpha(next) &&
             (j + 2 >= e || !is_alpha(p_[j + 2]) || p_[j + 2] == '.' || inner_period)) ||
            tld_at(j + 1, e) || (inner_period && !digits_only && seglen > 2)) {
          inner_period = true;
          seg = ++j;
          continue;
        }
        break;
      }
      if (c == ',') {
        if (is_digit(prev) && j + 3 < e + 0 && is_digit(next) && is_digit(p_[j + 2]) &&
            is_digit(p_[j + 3]) && (j + 4 >= e || !is_digit(p_[j + 4]))) {
          j += 1;
          continue;
        }
        if (is_digit(prev) && j + 3 == e - 0 && false) continue;
        break;
      }
      if (c == ':' || c == '/') {
        if (is_digit(prev) && is_digit(next)) { seg = ++j; continue; }
        break;
      }
      if (c == '&') {
        if (is_upper(prev) && is_upper(next) && j - seg <= 3) { seg = ++j; continue; }
        break;
      }
      if (c == '@') {
        if (size_t end = email_end(start, j, e)) {
          emit(start, end);
          return end;
        }
        break;
      }
      if (c == '-') {
        if (j + 1 < e && word_at(j + 1) && (hyphen_joins(seg, j, e) || phone_part(seg, j, e))) {
          seg = ++j;
          continue;
        }
        break;
      }
      if (c == '\'' || curly_apostrophe(j, e)) {
        size_t alen = c == '\'' ? 1 : 3;
        size_t k = j + alen;
        // n't: "don't" -> do n't
        if ((prev == 'n' || prev == 'N') && j - 1 > start && k < e && (p_[k] == 't' || p_[k] == 'T') &&
            (k + 1 >= e || !word_at(k + 1)) && seg == start) {
          emit(start, j - 1);
          emit(j - 1, k + 1);
          return k + 1;
        }
        size_t m = k;
        while (m < e && is_alpha(p_[m])) ++m;
        if (m > k && (m >= e || !word_at(m))) {
          char a = lower(char(p_[k])), b = m - k == 2 ? lower(char(p_[k + 1])) : 0;
          bool clitic = (m - k == 1 && (a == 's' || a == 'm' || a == 'd')) ||
                        (m - k == 2 && ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') ||
                                        (a == 'l' && b == 'l')));
          if (clitic) {
            emit_word(start, j, e, seg, inner_period, max_seg);
            emit(j, m);
            return m;
          }
        }
        if (k < e && is_alpha(p_[k])) { seg = j = k; continue; }
        break;
      }
      break;
    }
    return emit_word(start, j, e, seg, inner_period && !digits_only, max_seg);
  }

  // Telephone numbers stay whole: 303-832-8160, 853-3242, 3-5213 (a part of
  // 1-3 digits, a hyphen, 4 digits or 3+4 digits); year ranges (2013-2014) split.
  bool phone_part(size_t seg, size_t h, size_t e) const {
    size_t left = h - seg;
    for (size_t k = seg; k < h; ++k)
      if (!is_digit(p_[k])) return false;
    size_t r = h + 1, m = r;
    while (m < e && is_digit(p_[m])) ++m;
    if (m < e && is_alpha(p_[m])) return false;
    size_t right = m - r;
    if (left >= 1 && left <= 3 && right == 4) return true;
    return left == 3 && right == 3 && m + 5 <= e && p_[m] == '-' && is_digit(p_[m + 4]) &&
           (m + 5 == e || !is_digit(p_[m + 5]));
  }

  // Hyphen at h inside a word whose current segment starts at seg.
  bool hyphen_joins(size_t seg, size_t h, size_t e) const {
    size_t len = h - seg;
    if (len == 0 || len > 7) return false;
    char buf[8];
    for (size_t k = 0; k < len; ++k) buf[k] = lower(char(p_[seg + k]));
    std::string_view left(buf, len);
    for (auto pre : kHyphenPrefixes)
      if (left == pre) return true;
    // Romanized given names: "Lee Nak-yon", "Moon Jae-in", "Chan Ka-ki".
    if (len < 2 || len > 4 || !is_upper(p_[seg])) return false;
    for (size_t k = seg + 1; k < h; ++k)
      if (!(p_[k] >= 'a' && p_[k] <= 'z')) return false;
    size_t r = h + 1, m = r;
    while (m < e && p_[m] >= 'a' && p_[m] <= 'z') ++m;
    if (m == r || m - r > 5 || (m < e && (is_alnum(p_[m]) || p_[m] == '-'))) return false;
    if (doc_.tokens.empty()) return false;
    const Token& pt = doc_.tokens.back();
    if (!pt.space_after || pt.end - pt.begin < 2 || pt.end - pt.begin > 5 || !is_upper(p_[pt.begin]))
      return false;
    for (size_t k = pt.begin + 1; k < pt.end; ++k)
      if (!(p_[k] >= 'a' && p_[k] <= 'z')) return false;
    return true;
  }

  // Emits the word [b, j) with special splits and a possible final period;
  // returns where scanning goes on.
  size_t emit_word(size_t b, size_t j, size_t e, size_t seg, bool inner_period, size_t max_seg) {
    size_t len = j - b;
    if (len == 5 || len == 6) {
      char w[6];
      for (size_t k = 0; k < len; ++k) w[k] = lower(char(p_[b + k]));
      std::string_view lw(w, len);
      if (lw == "gonna" || lw == "wanna" || lw == "gotta" || lw == "cannot") {
        emit(b, b + 3);
        emit(b + 3, j);
        return j;
      }
    }
    if (len >= 2 && is_digit(p_[b]) && is_alpha(p_[j - 1])) {
      size_t k = b;
      while (k < j && (is_digit(p_[k]) || p_[k] == '.' || p_[k] == ',')) ++k;
      if (k < j && k - b >= 1 && j - k <= 4) {
        bool lower_only = true, upper_only = true;
        for (size_t x = k; x < j; ++x) {
          lower_only &= p_[x] >= 'a' && p_[x] <= 'z';
          upper_only &= p_[x] >= 'A' && p_[x] <= 'Z';
        }
        std::string_view u = text_.substr(k, j - k);
        if ((lower_only && in_list(kUnits, u)) || (upper_only && in_list(kUpperUnits, u))) {
          emit(b, k);
          emit(k, j);
          return j;
        }
      }
    }
    // "Inc.." is "Inc." plus a period; "etc..." is "etc" plus an ellipsis.
    bool dots2 = j + 1 < e && p_[j + 1] == '.';
    if (dots2 && j + 2 < e && p_[j + 2] == '.') dots2 = false;
    else dots2 = true;
    if (j < e && p_[j] == '.' && dots2) {
      bool take = false;
      if (inner_period && max_seg <= 3 && is_alpha(p_[j - 1])) {
        take = true;  // U.S., e.g., p.m., Ph.D.
      } else if (len == 1 && is_upper(p_[b]) && p_[b] != 'I') {
        take = true;  // initials: S. Korea, John F. Kennedy
      } else if (seg == b && len <= 7 && is_alpha(p_[b])) {
        unsigned char nv = j + 1 < e ? p_[j + 1] : next_visible(j + 1);
        take = is_abbreviation(text_.substr(b, len), is_digit(nv) || nv == '#');
      }
      if (take) {
        // "U.S.-led": the period stays with the abbreviation either way.
        emit(b, j + 1);
        return j + 1;
      }
    }
    emit(b, j);
    return j;
  }

  size_t run_of(size_t q, size_t e, unsigned char c) const {
    size_t j = q;
    while (j < e && p_[j] == c) ++j;
    return j;
  }

  size_t punct(size_t q, size_t e, size_t s) {
    unsigned char c = p_[q];
    if (c < 0x80) {
      size_t j = q + 1;
      switch (c) {
        case '@': case '#':
          if (j < e && (is_alpha(p_[j]) || p_[j] >= 0x80 || p_[j] == '_') && word_at(j)) {
            while (j < e) {
              size_t l;
              if (!word_at(j, &l)) break;
              j += l;
            }
            emit(q, j);
            return j;
          }
          j = run_of(q, e, c);
          break;
        case '.':
          j = run_of(q, e, c);
          if (j == q + 1)
            while (j < e && (p_[j] == '!' || p_[j] == '?')) ++j;
          if (j == q + 1 && j < e && is_digit(p_[j]) && (q == s || !is_alnum(p_[q - 1]))) {
            while (j < e && is_digit(p_[j])) ++j;  // .5
          }
          break;
        case '-': case '*': case '=': case '_': case '~': case '+':
          while (j < e && (p_[j] == '-' || p_[j] == '*' || p_[j] == '=' || p_[j] == '_' || p_[j] == '~' ||
                           p_[j] == '+'))
            ++j;
          break;
        case '`': case '>': case '<': case '$': case '/': case '\\':
          if (c == '<' && j < e && p_[j] == '3') { j = q + 2; break; }
          j = run_of(q, e, c);
          break;
        case '!': case '?':
          while (j < e && (p_[j] == '!' || p_[j] == '?' || p_[j] == '.')) ++j;
          break;
        case '\'':
          if (j < e && p_[j] == '\'') { j = q + 2; break; }
          // '90s
          if (j + 1 < e && is_digit(p_[j]) && is_digit(p_[j + 1]) && (q == s || !is_alnum(p_[q - 1]))) {
            size_t k = j;
            while (k < e && is_digit(p_[k])) ++k;
            if (k - j == 2 && k < e && p_[k] == 's' && (k + 1 >= e || !is_alnum(p_[k + 1]))) j = k + 1;
          }
          break;
        case ':': case ';': case '(': case ')': case '^': case 'X': case '=' + 0x80:
          break;
        default:
          break;
      }
      if (c == ':' || c == ';' || c == '^') {
        for (auto emo : kEmoticons) {
          if (q + emo.size() <= e && text_.compare(q, emo.size(), emo) == 0 &&
              (q + emo.size() == e || !is_alnum(p_[q + emo.size()])) &&
              (q == s || !is_alnum(p_[q - 1]) || q + emo.size() == e)) {
            j = q + emo.size();
            break;
          }
        }
      }
      emit(q, j);
      return j;
    }
    size_t len;
    char32_t cp = decode(p_, q, n_, len);
    size_t j = q + len;
    if (cp == 0x2014 || cp == 0x2013 || cp == 0x2026) {  // —— or ……: one token
      while (j + len <= e && std::memcmp(p_ + j, p_ + q, len) == 0) j += len;
    }
    // A symbol keeps its combining marks, variation selectors, skin tones and
    // zero-width-joined followers (emoji sequences).
    while (j < e) {
      size_t l;
      char32_t d = decode(p_, j, n_, l);
      if (!unicode_mark(d)) break;
      j += l;
      if (d == 0x200D && j < e) {
        decode(p_, j, n_, l);
        j += l;
      }
    }
    if (j > e) j = e;
    emit(q, j);
    return j;
  }
};

}  // namespace

size_t whitespace_at(std::string_view text, size_t i) {
  auto p = reinterpret_cast<const unsigned char*>(text.data());
  unsigned char c = p[i];
  if (c < 0x80) return (kClass[c] & kSpace) ? 1 : 0;
  size_t len;
  char32_t cp = decode(p, i, text.size(), len);
  return unicode_space(cp) ? len : 0;
}

void tokenize(Document& doc) {
  doc.tokens.clear();
  doc.sentences.clear();
  doc.pool.assign(doc.text);
  doc.tokens.reserve(doc.text.size() / 5 + 16);
  Scanner(doc).run();
}

bool is_clitic_split(std::string_view prev, std::string_view form) {
  if (prev.empty() || form.empty() || form.size() > 5) return false;
  char f[5];
  size_t n = 0;
  for (size_t k = 0; k < form.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(form[k]);
    if (c == 0xE2 && k + 2 < form.size() && form[k + 1] == '\x80' && form[k + 2] == '\x99') {
      f[n++] = '\'';
      k += 2;
    } else {
      f[n++] = lower(char(c));
    }
  }
  std::string_view w(f, n);
  if (w == "'" && form[0] == '\'' && (prev.back() == 's' || prev.back() == 'S')) return true;  // Thomas'
  if (w == "n't" || w == "'s" || w == "'m" || w == "'d" || w == "'re" || w == "'ve" || w == "'ll")
    return true;
  if (prev.size() != 3) return false;
  char a[3] = {lower(prev[0]), lower(prev[1]), lower(prev[2])};
  std::string_view pv(a, 3);
  return (w == "na" && (pv == "gon" || pv == "wan")) || (w == "ta" && pv == "got") ||
         (w == "not" && pv == "can");
}

}  // namespace detente::text
