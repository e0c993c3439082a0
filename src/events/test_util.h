// events/test_util.h — builds parsed Documents and actor mentions by hand for
// the matcher's unit tests (no parser model needed). Test-only helper.
#pragma once
#include <sstream>
#include <string>
#include <vector>

#include "actors/recognizer.h"
#include "core/document.h"
#include "text/conllu.h"

namespace detente::testing {

// `spec`: space-separated tokens "form/lemma/UPOS/HEAD/deprel" (HEAD 1-based,
// 0 = root; deprel with ':' as in UD; optional 6th field XPOS).
inline Document parsed(const std::string& spec, const std::string& date = "2019-10-24") {
  // a token "||" ends a sentence (heads stay 1-based within their sentence)
  Document doc;
  doc.id = "t";
  doc.date = parse_date(date);
  std::istringstream in(spec);
  std::string item;
  std::vector<std::vector<std::string>> rows;
  std::vector<size_t> breaks;  // row index where a new sentence starts
  while (in >> item) {
    if (item == "||") {
      breaks.push_back(rows.size());
      continue;
    }
    std::vector<std::string> f;
    size_t s = 0;
    while (true) {
      size_t k = item.find('/', s);
      f.push_back(item.substr(s, k == std::string::npos ? std::string::npos : k - s));
      if (k == std::string::npos) break;
      s = k + 1;
    }
    rows.push_back(f);
  }
  breaks.push_back(rows.size());
  for (auto& f : rows) {
    Token t;
    if (!doc.text.empty()) doc.text += ' ';
    t.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += f.at(0);
    t.end = static_cast<uint32_t>(doc.text.size());
    doc.tokens.push_back(t);
  }
  doc.pool = doc.text;
  for (size_t i = 0; i < rows.size(); ++i) {
    auto& f = rows[i];
    Token& t = doc.tokens[i];
    t.norm = StrRef{t.begin, t.end - t.begin};
    t.lemma = doc.intern(f.at(1));
    t.upos = upos_from_name(f.at(2));
    t.head = std::stoi(f.at(3)) - 1;
    t.deprel = deprel_from_name(f.at(4));
    if (f.size() > 5) t.xpos = xpos_id(f[5]);
  }
  size_t start = 0;
  for (size_t b : breaks) {
    if (b <= start) continue;
    Sentence sent;
    sent.tok_begin = static_cast<uint32_t>(start);
    sent.tok_end = static_cast<uint32_t>(b);
    sent.begin = doc.tokens[start].begin;
    sent.end = doc.tokens[b - 1].end;
    doc.sentences.push_back(sent);
    start = b;
  }
  return doc;
}

struct M {
  uint32_t begin, end;  // token range [begin, end), 0-based
  std::vector<std::string> codes;
};

inline DocumentActors mentions(const Document& doc, const std::vector<M>& ms) {
  DocumentActors a;
  a.by_token.assign(doc.tokens.size(), -1);
  for (auto& m : ms) {
    ActorMention am;
    am.tok_begin = m.begin;
    am.tok_end = m.end;
    am.head = m.end - 1;
    for (uint32_t i = m.begin; i < m.end; ++i)
      if (doc.tokens[i].head < static_cast<int>(m.begin) || doc.tokens[i].head >= static_cast<int>(m.end)) am.head = i;
    am.codes = m.codes;
    for (uint32_t i = m.begin; i < m.end; ++i) a.by_token[i] = static_cast<int32_t>(a.mentions.size());
    a.mentions.push_back(am);
  }
  return a;
}

}  // namespace detente::testing
