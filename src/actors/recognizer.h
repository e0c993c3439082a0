// actors/recognizer.h — finds the actors in a parsed document and resolves
// each to a CAMEO code at the document's date.
//
// Contract
// - `ActorRecognizer::recognize(doc, out)` needs doc.sentences and
//   doc.tokens, and uses tags and the parse (syntax/) where present. It fills `out.mentions` in text order and
//   `out.by_token` (token index -> mention index or -1): every token inside a
//   mention points at it.
// - A mention is a longest dictionary match over tokens (case-, punctuation-
//   and possessive-robust), a title + name ("Prime Minister Lee Nak-yon"), a
//   nationality + agent ("South Korean protesters" -> KORCVL), a person +
//   government noun ("the Moon administration" -> KORGOV), or a coreferent
//   expression (surname after a full mention, "the prime minister", he/she/
//   it/they/his government, "the two sides"/"both countries") resolved to the
//   actor(s) it refers to. Plural references carry several codes, and so do
//   entries that stand for several actors at once (TABARI "[FRO/BIL/SAM]").
// - A name several entries share ("Tripoli", "Congo") takes one reading per
//   document: the entry with the most cues among the document's other
//   dictionary matches, else the default at the date, else none (uncoded);
//   see ActorEntry::cues and docs/actors.md, "Shared names".
// - Coordination ("South Korea and Japan") gives one mention per conjunct.
// - Codes are resolved with the document's date (people's dated roles).
// - The parse is used per sentence, when that sentence has one (a token with
//   a deprel): nmod:poss/amod/compound links join a nationality to its agent
//   at any distance, `appos` decides appositions ("Japan's leader, Shinzo
//   Abe"); without a parse, surface rules do (adjacency, a comma and the same
//   country), and head/deprel of that sentence's tokens are never read.
//   Dictionary matches, titles, pronouns and plural references are found on
//   the surface; the parse only joins mentions (which may change the kind of
//   an antecedent a later pronoun looks for). So the pipeline runs the
//   recognizer once before parsing to choose the sentences worth parsing, and
//   again after (pipeline/pipeline.h; checked on all of Reuters-21578).
// - The recognizer is immutable after construction and thread-safe; its
//   scratch buffers are per thread (no per-token allocation), and `out` keeps
//   its allocations when callers reuse it across documents.
// - Rules, measures and the TABARI compatibility notes: docs/actors.md.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "core/document.h"

namespace detente {

struct ActorMention {
  uint32_t sentence = 0;
  uint32_t tok_begin = 0, tok_end = 0;  // [begin, end) global token indices
  uint32_t head = 0;                    // the syntactic head token of the span
  std::vector<std::string> codes;       // usually one; plural references may carry several
  ActorKind kind = ActorKind::kUnknown;
  int32_t entry = -1;                   // dictionary entry, -1 if composed/coreferent
  int32_t antecedent = -1;              // mention this one refers back to (coreference), or -1
  std::string how;                      // why: "name", "adjective+agent", "title+name", "surname", "pronoun", ...
  std::string explain;                  // entry and date range used ("JPNGOV 2012-12-26..2020-09-16")
  int32_t title_entry = -1;             // the agent entry used as a title ("Prime Minister" in "Prime Minister Lee"), or -1
  std::string debtor;                   // a debtor's creditors coded BUS ("Argentina's creditor banks"): the debtor's
                                        // ISO3, still a country the sentence names
};

struct DocumentActors {
  std::vector<ActorMention> mentions;
  std::vector<int32_t> by_token;  // size doc.tokens.size()
  // Per sentence: 1 if a composition rule read the sentence's parse, or would
  // have read it had the sentence been parsed (two mentions the parse may join,
  // a name and a title across a comma, ...). The pipeline parses such
  // sentences even when no pattern can fire there, so that their mentions,
  // which later pronouns resolve to, are those of parsing everything.
  std::vector<uint8_t> reads_parse;
  // Per sentence: 1 if an expression there was resolved, or looked for an
  // antecedent, among earlier mentions (a pronoun, "the two sides", a title
  // alone, a possessive + agent): its mentions' codes, and whether it has a
  // mention at all, depend on how the earlier sentences were read.
  std::vector<uint8_t> refers_back;
  void clear() {
    mentions.clear();
    by_token.clear();
    reads_parse.clear();
    refers_back.clear();
  }
};

class ActorRecognizer {
 public:
  explicit ActorRecognizer(std::shared_ptr<const ActorDictionary> dict);
  ~ActorRecognizer();
  void recognize(const Document& doc, DocumentActors& out) const;
  const ActorDictionary& dictionary() const { return *dict_; }

 private:
  struct Index;
  std::shared_ptr<const ActorDictionary> dict_;
  std::unique_ptr<Index> index_;
};

}  // namespace detente
