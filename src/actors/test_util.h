// actors/test_util.h — helpers for the actors tests: documents from
// space-separated words, and mentions printed as (text, codes) pairs.
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "actors/dictionary.h"
#include "actors/recognizer.h"
#include "core/document.h"

namespace detente::actors_test {

// Splits on spaces; "'s" and punctuation must be written as separate words
// ("Japan 's"), as the tokenizer would produce them. A word written
// "form/UPOS/head/deprel" (head 1-based within the sentence, 0 = root) carries
// a parse, e.g. "Abe/PROPN/3/appos". "Jean@-@Claude" is three tokens joined by
// a hyphen with no space.
inline Document make_doc(const std::vector<std::string>& sentences, Date date) {
  Document d;
  d.date = date;
  for (const auto& s : sentences) {
    Sentence sent;
    sent.begin = static_cast<uint32_t>(d.text.size());
    sent.tok_begin = static_cast<uint32_t>(d.tokens.size());
    size_t i = 0;
    std::string plain;
    std::vector<Token> toks;
    while (i < s.size()) {
      while (i < s.size() && s[i] == ' ') ++i;
      size_t b = i;
      while (i < s.size() && s[i] != ' ') ++i;
      if (i == b) break;
      std::string w = s.substr(b, i - b);
      Token t;
      size_t slash = w.find('/', 1);
      if (slash != std::string::npos && slash + 1 < w.size()) {
        std::string rest = w.substr(slash + 1);
        w = w.substr(0, slash);
        std::vector<std::string> parts;
        size_t p = 0;
        while (true) {
          size_t q = rest.find('/', p);
          parts.push_back(rest.substr(p, q == std::string::npos ? std::string::npos : q - p));
          if (q == std::string::npos) break;
          p = q + 1;
        }
        if (parts.size() == 3) {
          t.upos = upos_from_name(parts[0]);
          t.head = std::stoi(parts[1]) - 1;
          t.deprel = deprel_from_name(parts[2]);
        }
      }
      // "Jean@-@Claude": a hyphen joined to both words, as the tokenizer splits
      // it (three tokens, no space between)
      std::vector<std::string> glued;
      for (size_t p = 0;;) {
        size_t q = w.find("@-@", p);
        glued.push_back(w.substr(p, q == std::string::npos ? std::string::npos : q - p));
        if (q == std::string::npos) break;
        glued.push_back("-");
        p = q + 3;
      }
      for (size_t g = 0; g < glued.size(); ++g) {
        if (!plain.empty() && g == 0) plain += ' ';
        Token tg = t;
        tg.begin = static_cast<uint32_t>(d.text.size() + plain.size());
        plain += glued[g];
        tg.end = static_cast<uint32_t>(d.text.size() + plain.size());
        tg.space_after = g + 1 == glued.size();
        toks.push_back(tg);
      }
    }
    d.text += plain;
    for (auto& t : toks) d.tokens.push_back(t);
    sent.end = static_cast<uint32_t>(d.text.size());
    d.text += ' ';
    sent.tok_end = static_cast<uint32_t>(d.tokens.size());
    d.sentences.push_back(sent);
  }
  for (auto& t : d.tokens) t.norm = d.intern(d.form(t));
  return d;
}

using P = std::pair<std::string, std::string>;

// The codes of the first mention whose text is `form`, or "(none)".
inline std::string code_of(const std::vector<P>& v, const std::string& form) {
  for (const auto& m : v)
    if (m.first == form) return m.second;
  return "(none)";
}

inline std::vector<P> mentions(const ActorRecognizer& r, const Document& d) {
  DocumentActors out;
  r.recognize(d, out);
  std::vector<P> res;
  for (auto& m : out.mentions) {
    std::string text(d.text.substr(d.tokens[m.tok_begin].begin, d.tokens[m.tok_end - 1].end - d.tokens[m.tok_begin].begin));
    std::string codes;
    for (auto& c : m.codes) codes += (codes.empty() ? "" : "+") + c;
    res.emplace_back(text, codes);
  }
  return res;
}

// A suite that loads detente's own dictionaries once; `mentions_at` runs the
// recognizer on sentences of make_doc at a date.
class RecognizerSuite : public ::testing::Test {
 protected:
  static inline std::shared_ptr<const ActorDictionary> dict;
  static inline std::shared_ptr<const ActorRecognizer> rec;
  static void SetUpTestSuite() {
    dict = ActorDictionary::load_set({}, false);
    rec = std::make_shared<ActorRecognizer>(dict);
  }
  static std::vector<P> mentions_at(const std::vector<std::string>& s, Date d) { return mentions(*rec, make_doc(s, d)); }
};

}  // namespace detente::actors_test
