// text/conllu.h — CoNLL-U (Universal Dependencies) in and out.
//
// Contract
// - `read_conllu` turns a CoNLL-U file into one Document with gold tokens:
//   every word line becomes a Token (upos, xpos, lemma, head, deprel filled
//   from the file; norm = the word's FORM). The text is the sentences' `# text`
//   when the forms can be found in it in order (only whitespace between them),
//   otherwise it is rebuilt from the forms and SpaceAfter=No; sentences are
//   separated by one '\n'. Multiword tokens ("1-2 don't") give each of their
//   words the byte span of the whole surface token; their norm is the word.
//   Empty nodes ("8.1") are not tokens; they are kept in ConlluExtra.
// - Everything else the file says (comments, FEATS, DEPS, MISC, the raw XPOS
//   and DEPREL strings, multiword lines, empty nodes) is kept in ConlluExtra,
//   so `write_conllu(doc, &extra)` reproduces a well-formed file byte for byte.
// - A malformed line throws Error(kBadConllu, file, line, reason); reading
//   never crashes and never skips a line silently.
// - `write_conllu` writes any Document (gold or annotated by syntax/): token
//   form = its text span (its norm for words of a multiword token), unset
//   fields as "_". Without extra, consecutive tokens with the same span are
//   written as a multiword token, and each sentence gets `# sent_id` and
//   `# text` comments.
// - XPOS values are small ids into a fixed Penn Treebank table (`xpos_id`,
//   `xpos_name`); 0 means unset / not in the table. Pure and thread-safe.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace detente {

struct ConlluExtra {
  struct Multiword {
    uint32_t first = 0, last = 0;  // doc.tokens indices, inclusive
    std::string form, misc;
  };
  struct EmptyNode {
    uint32_t sentence = 0;
    uint32_t after = 0;  // number of the sentence's words before it
    std::string line;    // the raw line
  };
  std::vector<std::vector<std::string>> comments;  // per sentence, raw lines
  // Per token: columns as read ("_" when empty).
  std::vector<std::string> feats, deps, misc, xpos, deprel;
  std::vector<Multiword> multiwords;  // in file order
  std::vector<EmptyNode> empty_nodes;
};

struct ConlluDocument {
  Document doc;
  ConlluExtra extra;
};

// `file` names the input in error messages.
ConlluDocument read_conllu(std::string_view content, std::string_view file);
// Reads a whole file (throws Error(kIo) if it cannot be read).
ConlluDocument read_conllu_file(const std::string& path);

// Appends the CoNLL-U of `doc` to `out`. `extra` (from read_conllu on the
// same document) restores comments, FEATS, DEPS, MISC and multiword lines.
void write_conllu(const Document& doc, std::string& out, const ConlluExtra* extra = nullptr);

uint16_t xpos_id(std::string_view name);  // 0 if not a known tag
std::string_view xpos_name(uint16_t id);  // "_" for 0 or unknown ids
uint16_t xpos_count();                    // ids are 1 .. xpos_count()-1

}  // namespace detente
