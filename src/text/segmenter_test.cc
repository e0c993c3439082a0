// Invariants of the segmenter over a real corpus and over hostile input.
#include "text/segmenter.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <chrono>
#include <filesystem>

#include "text/tokenizer.h"
#include "text/utf8.h"

namespace detente {
namespace {

// The contract of segmenter.h, checked on one document.
void check_invariants(const Document& doc) {
  std::string_view text = doc.text;
  uint32_t pos = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    ASSERT_LT(t.begin, t.end) << "empty token " << i;
    ASSERT_LE(t.end, text.size());
    ASSERT_GE(t.begin, pos) << "overlap at token " << i;
    // The gap before the token is whitespace only.
    for (size_t k = pos; k < t.begin;) {
      size_t w = text::whitespace_at(text, k);
      ASSERT_GT(w, 0u) << "byte " << k << " is neither in a token nor whitespace";
      k += w;
    }
    // The token holds no whitespace and starts on a character boundary.
    ASSERT_NE(static_cast<unsigned char>(text[t.begin]) & 0xC0, 0x80u);
    if (t.end < text.size()) {
      ASSERT_NE(static_cast<unsigned char>(text[t.end]) & 0xC0, 0x80u);
    }
    for (size_t k = t.begin; k < t.end; ++k) ASSERT_EQ(text::whitespace_at(text, k), 0u) << doc.form(t);
    ASSERT_EQ(t.space_after, t.end < text.size() && text::whitespace_at(text, t.end) > 0);
    // The norm is the form unless typography was mapped to ASCII.
    std::string_view norm = doc.norm(t), form = doc.form(t);
    bool ascii = true;
    for (char c : form) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
      ASSERT_EQ(norm, form);
    }
    ASSERT_FALSE(norm.empty());
    pos = t.end;
  }
  for (size_t k = pos; k < text.size();) {
    size_t w = text::whitespace_at(text, k);
    ASSERT_GT(w, 0u) << "trailing byte " << k << " not covered";
    k += w;
  }
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_EQ(s.tok_begin, next);
    ASSERT_LT(s.tok_begin, s.tok_end);
    ASSERT_EQ(s.begin, doc.tokens[s.tok_begin].begin);
    ASSERT_EQ(s.end, doc.tokens[s.tok_end - 1].end);
    next = s.tok_end;
  }
  ASSERT_EQ(next, doc.tokens.size());
}

TEST(Segmenter, InvariantsOnReuters) {
  std::string path = std::string(DETENTE_SHARED_DIR) + "/data/news/reuters21578.jsonl";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  auto seg = Segmenter::load_default();
  simdjson::padded_string json = simdjson::padded_string::load(path).value();
  simdjson::ondemand::parser parser;
  auto stream = parser.iterate_many(json, 1 << 20).value();
  Document doc;
  size_t docs = 0, tokens = 0;
  for (auto d : stream) {
    std::string_view body;
    if (d["body"].get_string().get(body)) continue;
    doc.text.assign(body);
    if (find_invalid_utf8(doc.text) != std::string_view::npos) continue;
    normalize_nfc(doc.text);
    seg->segment(doc);
    check_invariants(doc);
    if (testing::Test::HasFatalFailure()) {
      ADD_FAILURE() << "in document " << docs;
      return;
    }
    ++docs;
    tokens += doc.tokens.size();
  }
  EXPECT_GT(docs, 19000u);
  EXPECT_GT(tokens, 2000000u);
}

TEST(Segmenter, InvariantsOnHostileText) {
  auto seg = Segmenter::load_default();
  const char* cases[] = {
      "", ".", "...", "'", "’", "''", "--", "a.", ".a", "@", "#", "@@@", "http://", "www.", "a@b", "x@",
      "'s", "n't", "can't't", "U.S.S.R.", "1.2.3.4.5", "1,2,3,4", "a-", "-a", "-", "Nak-", "e.g..",
      "No.", "No. ", "\u00a0", "a\u200bb", "\u2029", "\xef\xbb\xbf", "🇰🇷🇯🇵 👍🏽 👨‍👩‍👧", "\xcc\x81" "a",
      "\"\"\"\"", "((((", "a)b(c", ":-):-):-)", "Inc.. .. ..", "\n\n\n", "\r\n\r\nA\r\n\r\nB",
      "e\xcc\x81", "مرحبا بالعالم.", "東京で会談した。", "x.com.", "a.b.c.d.e", "9/11/", "$", "%", "'90"};
  for (const char* c : cases) {
    Document doc;
    doc.text = c;
    seg->segment(doc);
    check_invariants(doc);
    ASSERT_FALSE(testing::Test::HasFatalFailure()) << "input: " << c;
  }
}

TEST(Segmenter, HundredMegabyteSingleLine) {
  // Linear time, checked as a ratio so that load and sanitizers do not
  // matter: a text ten times longer must take well under 30 times as long
  // (linear: ~10; quadratic: ~100). 100 MB (30 MB under the sanitizers,
  // which run ~30 times slower).
#ifdef DETENTE_SANITIZED
  const size_t big = size_t(30) << 20;
#else
  const size_t big = size_t(100) << 20;
#endif
  auto seg = Segmenter::load_default();
  const std::string piece =
      "SEOUL, Oct. 24 (Yonhap) -- The U.S. said Korea's exports fell 6.4 percent to $1.5 billion, "
      "“a record” — see https://example.com/a or mail press@mofa.go.kr... Lee Nak-yon can't agree ";
  auto segment = [&](size_t bytes, Document& doc) {
    doc.text.reserve(bytes + piece.size());
    while (doc.text.size() < bytes) doc.text += piece;
    auto t0 = std::chrono::steady_clock::now();
    seg->segment(doc);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  Document small;
  double t_small = segment(big / 10, small);
  small = Document{};
  Document doc;
  double t_big = segment(big, doc);
  EXPECT_LT(t_big, 30 * t_small + 1.0) << "10x the text took " << t_big / t_small << "x the time";
  const size_t pieces = big / piece.size();
  EXPECT_GT(doc.tokens.size(), pieces * 30);  // 36 tokens a piece
  EXPECT_GT(doc.sentences.size(), pieces / 2);  // at least one a piece: "... Lee"
  check_invariants(doc);
}

TEST(Segmenter, LongRunsWithoutSpaces) {
  // One 100 MB token, and 8 MB runs that split into millions of tokens:
  // each must take linear time (no rescanning of the run per token).
  auto seg = Segmenter::load_default();
  struct Run {
    std::string unit;
    size_t mb;
  };
  for (const Run& r : {Run{"a", 100}, Run{"a.", 100}, Run{"-", 100}, Run{"ab-", 8}, Run{"x@", 8},
                       Run{"'", 8}, Run{"a.b-", 8}}) {
    const std::string& unit = r.unit;
    Document doc;
    doc.text.reserve(r.mb << 20);
    while (doc.text.size() < (r.mb << 20)) doc.text += unit;
    auto t0 = std::chrono::steady_clock::now();
    seg->segment(doc);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(s, 60.0) << unit;
    EXPECT_FALSE(doc.tokens.empty());
    EXPECT_EQ(doc.tokens.back().end, doc.text.size()) << unit;
  }
}

}  // namespace
}  // namespace detente

// is_ascii looks at 32 bytes at a time: a high byte anywhere (every offset of
// a block, the tail) must be seen, and the answer must match a byte loop.
TEST(Utf8, IsAsciiAtEveryOffset) {
  for (size_t n : {0u, 1u, 31u, 32u, 33u, 64u, 100u}) {
    std::string s(n, 'a');
    EXPECT_TRUE(detente::is_ascii(s)) << n;
    for (size_t k = 0; k < n; ++k) {
      std::string t = s;
      t[k] = static_cast<char>(0x80 | (k & 0x7F));
      EXPECT_FALSE(detente::is_ascii(t)) << "length " << n << ", high byte at " << k;
    }
  }
  EXPECT_TRUE(detente::is_ascii(std::string(1000, '\x7F')));
}
