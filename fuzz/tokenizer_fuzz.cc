// Fuzzes the sentence splitter and tokenizer (text/segmenter.h) on valid
// UTF-8 without NUL (what the readers hand it; other bytes are rejected
// before) and checks the contract: tokens are non-empty, in order, never
// overlap and lie inside the text; every byte outside a token is whitespace;
// sentences are in order and cover every token exactly once; norms are in
// the pool.
#include <cstring>
#include <memory>

#include "fuzz_util.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

using namespace detente;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::shared_ptr<const Segmenter> seg = Segmenter::load_default();
  Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  if (find_invalid_utf8(doc.text) != std::string::npos) return 0;
  if (std::memchr(doc.text.data(), 0, doc.text.size())) return 0;
  normalize_nfc(doc.text);
  seg->segment(doc);
  const std::string_view text = doc.text;
  uint32_t pos = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    FUZZ_CHECK(t.begin < t.end, "empty token");
    FUZZ_CHECK(t.end <= text.size(), "token past the text");
    FUZZ_CHECK(t.begin >= pos, "tokens overlap or out of order");
    for (size_t j = pos; j < t.begin;) {  // the gap is whitespace
      size_t w = text::whitespace_at(text, j);
      FUZZ_CHECK(w > 0, text.substr(j, 8));
      j += w;
    }
    FUZZ_CHECK(static_cast<size_t>(t.norm.off) + t.norm.len <= doc.pool.size(), "norm outside the pool");
    pos = t.end;
  }
  for (size_t j = pos; j < text.size();) {
    size_t w = text::whitespace_at(text, j);
    FUZZ_CHECK(w > 0, text.substr(j, 8));
    j += w;
  }
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    FUZZ_CHECK(s.tok_begin == next, "sentences do not cover the tokens in order");
    FUZZ_CHECK(s.tok_end > s.tok_begin, "empty sentence");
    FUZZ_CHECK(s.tok_end <= doc.tokens.size(), "sentence past the tokens");
    FUZZ_CHECK(s.begin <= doc.tokens[s.tok_begin].begin && s.end >= doc.tokens[s.tok_end - 1].end,
               "sentence span does not hold its tokens");
    FUZZ_CHECK(s.end <= text.size(), "sentence past the text");
    next = s.tok_end;
  }
  FUZZ_CHECK(next == doc.tokens.size(), "tokens outside any sentence");
  return 0;
}
