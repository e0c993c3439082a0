#include "text/conllu.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "text/tokenizer.h"

namespace detente {
namespace {

constexpr std::array<std::string_view, 52> kXpos = {
    "_",    "NN",  "IN",  "DT",   "NNP", "JJ",  "PRP", ".",   "RB",   "NNS", "VB",  "CC",  "VBD",
    "VBP",  "VBZ", "VBN", "CD",   "VBG", "TO",  "MD",  "PRP$", "WDT", "-RRB-", "``", "-LRB-", "''",
    ":",    "WRB", "POS", "RP",   "WP",  "HYPH", "NNPS", "UH", "JJR", "JJS",  "EX",  "RBR", "NFP",
    "ADD",  "GW",  "$",   "SYM",  "PDT", "RBS", "LS",  "FW",  "AFX", "WP$",  "XX",  ",",   "#"};

bool parse_uint(std::string_view s, uint32_t& v) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool has_no_space_after(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    if (bar == std::string_view::npos) bar = misc.size();
    if (misc.substr(pos, bar - pos) == "SpaceAfter=No") return true;
    pos = bar + 1;
  }
  return false;
}

struct Word {
  std::string form, lemma, upos, xpos, feats, head, deprel, deps, misc;
  uint64_t line = 0;
};
struct Unit {  // a surface token: one word or a multiword token
  std::string form, misc;
  uint32_t first = 0, last = 0;  // word indices within the sentence
  bool multi = false;
};

class Reader {
 public:
  Reader(std::string_view file, ConlluDocument& out) : file_(file), out_(out) {}

  void line(std::string_view l, uint64_t lineno) {
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l.empty()) {
      flush(lineno);
      return;
    }
    if (l[0] == '#') {
      if (!words_.empty() || pending_mwt_) fail(lineno, "comment line inside a sentence");
      comments_.emplace_back(l);
      if (l.starts_with("# text = ")) text_ = std::string(l.substr(9));
      has_text_ = has_text_ || l.starts_with("# text = ");
      return;
    }
    std::array<std::string_view, 10> f;
    size_t n = 0, pos = 0;
    while (true) {
      size_t tab = l.find('\t', pos);
      if (n == 10) fail(lineno, "more than 10 tab-separated columns");
      f[n++] = l.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos);
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
    if (n != 10) fail(lineno, fmt::format("expected 10 tab-separated columns, found {}", n));
    std::string_view id = f[0];
    uint32_t expected = static_cast<uint32_t>(words_.size()) + 1;
    if (id.find('.') != std::string_view::npos) {  // empty node
      uint32_t a = 0, b = 0;
      auto dot = id.find('.');
      if (!parse_uint(id.substr(0, dot), a) || !parse_uint(id.substr(dot + 1), b) || b == 0)
        fail(lineno, fmt::format("malformed empty node ID '{}'", id));
      if (a != expected - 1) fail(lineno, fmt::format("empty node {} out of sequence", id));
      empties_.push_back({0, a, std::string(l)});
      return;
    }
    if (auto dash = id.find('-'); dash != std::string_view::npos) {
      uint32_t a = 0, b = 0;
      if (!parse_uint(id.substr(0, dash), a) || !parse_uint(id.substr(dash + 1), b))
        fail(lineno, fmt::format("malformed multiword token ID '{}'", id));
      if (a != expected || b <= a) fail(lineno, fmt::format("multiword token range {} out of sequence", id));
      if (pending_mwt_) fail(lineno, "multiword token inside another multiword token");
      if (f[1].empty() || f[1] == "_") fail(lineno, "multiword token without a form");
      mwt_ = {std::string(f[1]), std::string(f[9]), a - 1, b - 1, true};
      pending_mwt_ = true;
      return;
    }
    uint32_t num = 0;
    if (!parse_uint(id, num)) fail(lineno, fmt::format("malformed word ID '{}'", id));
    if (num != expected) fail(lineno, fmt::format("word ID {} out of sequence (expected {})", num, expected));
    if (f[1].empty()) fail(lineno, "empty FORM");
    Word w{std::string(f[1]), std::string(f[2]), std::string(f[3]), std::string(f[4]),
           std::string(f[5]), std::string(f[6]), std::string(f[7]), std::string(f[8]),
           std::string(f[9]), lineno};
    if (w.upos != "_" && upos_from_name(w.upos) == Upos::X && w.upos != "X")
      fail(lineno, fmt::format("unknown UPOS '{}'", w.upos));
    if (w.head != "_") {
      uint32_t h = 0;
      if (!parse_uint(w.head, h)) fail(lineno, fmt::format("malformed HEAD '{}'", w.head));
    }
    uint32_t wi = num - 1;
    if (pending_mwt_) {
      if (wi == mwt_.first) units_.push_back(mwt_);
      if (wi == mwt_.last) pending_mwt_ = false;
    } else {
      units_.push_back({w.form, w.misc, wi, wi, false});
    }
    words_.push_back(std::move(w));
  }

  void flush(uint64_t lineno) {
    if (pending_mwt_) fail(lineno, "multiword token range extends past the end of the sentence");
    if (words_.empty()) {
      if (!comments_.empty() || !empties_.empty())
        fail(lineno, "sentence without words");
      return;
    }
    Document& doc = out_.doc;
    ConlluExtra& ex = out_.extra;
    uint32_t n = static_cast<uint32_t>(words_.size());
    for (const Word& w : words_) {
      if (w.head == "_") continue;
      uint32_t h = 0;
      parse_uint(w.head, h);
      if (h > n) fail(w.line, fmt::format("HEAD {} is past the sentence's last word {}", h, n));
      if (h == static_cast<uint32_t>(&w - words_.data()) + 1) fail(w.line, "word is its own HEAD");
    }
    if (!doc.text.empty()) doc.text.push_back('\n');
    uint32_t sent_begin = static_cast<uint32_t>(doc.text.size());
    // Find each surface token in `# text`; fall back to rebuilding the text.
    std::vector<std::pair<uint32_t, uint32_t>> spans(units_.size());
    bool ok = has_text_;
    if (ok) {
      size_t pos = 0;
      for (size_t u = 0; u < units_.size() && ok; ++u) {
        while (pos < text_.size() && is_space(text_[pos])) ++pos;
        if (text_.compare(pos, units_[u].form.size(), units_[u].form) != 0) ok = false;
        spans[u] = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + units_[u].form.size())};
        pos += units_[u].form.size();
      }
      for (size_t p = pos; ok && p < text_.size(); ++p)
        if (!is_space(text_[p])) ok = false;
    }
    std::string sent;
    if (ok) {
      sent = text_;
    } else {
      for (size_t u = 0; u < units_.size(); ++u) {
        spans[u].first = static_cast<uint32_t>(sent.size());
        sent += units_[u].form;
        spans[u].second = static_cast<uint32_t>(sent.size());
        if (u + 1 < units_.size() && !has_no_space_after(units_[u].misc)) sent.push_back(' ');
      }
    }
    for (char& c : sent)
      if (c == '\n' || c == '\r') c = ' ';
    doc.text += sent;
    Sentence s;
    s.begin = sent_begin;
    s.end = static_cast<uint32_t>(doc.text.size());
    s.tok_begin = static_cast<uint32_t>(doc.tokens.size());
    for (size_t u = 0; u < units_.size(); ++u) {
      const Unit& un = units_[u];
      if (un.multi)
        ex.multiwords.push_back({s.tok_begin + un.first, s.tok_begin + un.last, un.form, un.misc});
      for (uint32_t wi = un.first; wi <= un.last; ++wi) {
        const Word& w = words_[wi];
        Token t;
        t.begin = sent_begin + spans[u].first;
        t.end = sent_begin + spans[u].second;
        t.norm = doc.intern(w.form);
        if (w.lemma != "_" || w.form == "_") t.lemma = doc.intern(w.lemma);
        t.space_after = !has_no_space_after(un.misc);
        t.upos = w.upos == "_" ? Upos::X : upos_from_name(w.upos);
        t.xpos = xpos_id(w.xpos);
        if (w.head != "_") {
          uint32_t h = 0;
          parse_uint(w.head, h);
          t.head = static_cast<int32_t>(h) - 1;
        }
        t.deprel = deprel_from_name(w.deprel);
        doc.tokens.push_back(t);
        ex.feats.push_back(w.feats);
        ex.deps.push_back(w.deps);
        ex.misc.push_back(w.misc);
        ex.xpos.push_back(w.xpos);
        ex.deprel.push_back(w.deprel);
      }
    }
    s.tok_end = static_cast<uint32_t>(doc.tokens.size());
    uint32_t sent_index = static_cast<uint32_t>(doc.sentences.size());
    doc.sentences.push_back(s);
    ex.comments.push_back(std::move(comments_));
    for (auto& e : empties_) {
      e.sentence = sent_index;
      ex.empty_nodes.push_back(std::move(e));
    }
    comments_.clear();
    empties_.clear();
    words_.clear();
    units_.clear();
    text_.clear();
    has_text_ = false;
  }

 private:
  [[noreturn]] void fail(uint64_t lineno, std::string_view reason) {
    throw Error(Errc::kBadConllu, file_, lineno, reason);
  }

  std::string_view file_;
  ConlluDocument& out_;
  std::vector<std::string> comments_;
  std::vector<ConlluExtra::EmptyNode> empties_;
  std::vector<Word> words_;
  std::vector<Unit> units_;
  Unit mwt_;
  bool pending_mwt_ = false;
  std::string text_;
  bool has_text_ = false;
};

void put_field(std::string& out, std::string_view s) {
  if (s.empty()) {
    out.push_back('_');
    return;
  }
  for (char c : s) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

}  // namespace

ConlluDocument read_conllu(std::string_view content, std::string_view file) {
  ConlluDocument out;
  Reader r(file, out);
  uint64_t lineno = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    r.line(content.substr(pos, nl - pos), ++lineno);
    pos = nl + 1;
  }
  r.flush(lineno + 1);
  return out;
}

ConlluDocument read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Errc::kIo, path, 0, "cannot open file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(Errc::kIo, path, 0, "cannot read file");
  ConlluDocument d = read_conllu(ss.str(), path);
  d.doc.origin.file = path;
  return d;
}

void write_conllu(const Document& doc, std::string& out, const ConlluExtra* extra) {
  size_t mw = 0, en = 0;
  auto empties_before = [&](uint32_t s, uint32_t k) {
    if (!extra) return;
    while (en < extra->empty_nodes.size() && extra->empty_nodes[en].sentence < s) ++en;
    while (en < extra->empty_nodes.size() && extra->empty_nodes[en].sentence == s &&
           extra->empty_nodes[en].after <= k) {
      out += extra->empty_nodes[en++].line;
      out.push_back('\n');
    }
  };
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (extra && si < extra->comments.size()) {
      for (const auto& c : extra->comments[si]) {
        out += c;
        out.push_back('\n');
      }
    } else {
      out += fmt::format("# sent_id = {}\n# text = ", si + 1);
      put_field(out, doc.sentence_text(s));
      out.push_back('\n');
    }
    uint32_t mw_end = 0;  // one past the last token of the current multiword token
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = doc.tokens[i];
      uint32_t k = i - s.tok_begin + 1;
      empties_before(si, k - 1);
      if (extra) {
        while (mw < extra->multiwords.size() && extra->multiwords[mw].first < i) ++mw;
        if (mw < extra->multiwords.size() && extra->multiwords[mw].first == i) {
          const auto& m = extra->multiwords[mw];
          out += fmt::format("{}-{}\t", k, k + m.last - m.first);
          put_field(out, m.form);
          out += "\t_\t_\t_\t_\t_\t_\t_\t";
          put_field(out, m.misc);
          out.push_back('\n');
          mw_end = m.last + 1;
        }
      } else if (i >= mw_end && t.end > t.begin) {
        // A multiword token: words sharing one span (gold), or clitic splits
        // the tokenizer made without a space (do|n't).
        uint32_t j = i + 1;
        while (j < s.tok_end && doc.tokens[j].begin == t.begin && doc.tokens[j].end == t.end) ++j;
        if (j == i + 1)
          while (j < s.tok_end && !doc.tokens[j - 1].space_after && doc.tokens[j].begin == doc.tokens[j - 1].end &&
                 text::is_clitic_split(doc.form(doc.tokens[j - 1]), doc.form(doc.tokens[j])))
            ++j;
        if (j > i + 1) {
          out += fmt::format("{}-{}\t", k, k + (j - i - 1));
          put_field(out, std::string_view(doc.text).substr(t.begin, doc.tokens[j - 1].end - t.begin));
          out += "\t_\t_\t_\t_\t_\t_\t_\t";
          out += doc.tokens[j - 1].space_after ? "_" : "SpaceAfter=No";
          out.push_back('\n');
          mw_end = j;
        }
      }
      bool in_mw = i < mw_end;
      out += fmt::format("{}\t", k);
      bool shared = in_mw && i + 1 < s.tok_end && doc.tokens[i + 1].begin == t.begin;
      if (i > s.tok_begin && in_mw && doc.tokens[i - 1].begin == t.begin) shared = true;
      std::string_view form = shared || t.end <= t.begin ? doc.norm(t) : doc.form(t);
      if (form.empty()) form = doc.norm(t);
      put_field(out, form);
      out.push_back('\t');
      if (t.lemma.len)
        put_field(out, doc.lemma(t));
      else
        out.push_back('_');
      out.push_back('\t');
      out += upos_name(t.upos);
      out.push_back('\t');
      if (extra && i < extra->xpos.size() && xpos_id(extra->xpos[i]) == t.xpos)
        out += extra->xpos[i];
      else
        out += xpos_name(t.xpos);
      out.push_back('\t');
      out += extra && i < extra->feats.size() ? std::string_view(extra->feats[i]) : "_";
      out.push_back('\t');
      if (t.head < 0 && t.deprel == Deprel::none)
        out.push_back('_');
      else
        out += fmt::format("{}", t.head + 1);
      out.push_back('\t');
      if (extra && i < extra->deprel.size() && deprel_from_name(extra->deprel[i]) == t.deprel)
        out += extra->deprel[i];
      else
        out += deprel_name(t.deprel);
      out.push_back('\t');
      out += extra && i < extra->deps.size() ? std::string_view(extra->deps[i]) : "_";
      out.push_back('\t');
      if (extra && i < extra->misc.size())
        out += extra->misc[i];
      else
        out += in_mw || t.space_after ? "_" : "SpaceAfter=No";
      out.push_back('\n');
    }
    empties_before(si, s.tok_end - s.tok_begin);
    out.push_back('\n');
  }
}

uint16_t xpos_id(std::string_view name) {
  for (size_t i = 1; i < kXpos.size(); ++i)
    if (kXpos[i] == name) return static_cast<uint16_t>(i);
  return 0;
}

std::string_view xpos_name(uint16_t id) { return id < kXpos.size() ? kXpos[id] : kXpos[0]; }

uint16_t xpos_count() { return static_cast<uint16_t>(kXpos.size()); }

}  // namespace detente
