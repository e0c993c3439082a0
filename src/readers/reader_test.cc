#include "readers/reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "readers/html.h"

namespace detente {
namespace {
namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("detente_reader_test_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& content) {
    auto p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  // Reads everything; returns documents and rejects.
  std::pair<std::vector<Document>, std::vector<Reject>> read_all(std::vector<std::string> in, ReadOptions opt = {}) {
    std::vector<Reject> rejects;
    DocumentReader r(std::move(in), opt, [&](const Reject& x) { rejects.push_back(x); });
    std::vector<Document> docs;
    Document d;
    while (r.next(d)) docs.push_back(d);
    EXPECT_EQ(r.stats().read, docs.size() + rejects.size());
    EXPECT_EQ(r.stats().rejected, rejects.size());
    return {docs, rejects};
  }
  fs::path dir_;
};

TEST_F(ReaderTest, JsonLinesFieldsAndTextFieldFallbacks) {
  auto p = write("a.jsonl",
                 R"({"id":"a1","date":"2019-10-24","title":"T","source":"Yonhap","url":"http://x","text":"Hello."})" "\n"
                 R"({"id":7,"date":"1987-02-26T15:01:01","body":"Body text."})" "\n"
                 "\n"
                 R"({"id":"c","date":"Thu, 24 Oct 2019 09:00:00 +0900","content":"Content text."})" "\n");
  auto [docs, rejects] = read_all({p});
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_TRUE(rejects.empty());
  EXPECT_EQ(docs[0].id, "a1");
  EXPECT_EQ(docs[0].date.iso(), "2019-10-24");
  EXPECT_EQ(docs[0].title, "T");
  EXPECT_EQ(docs[0].source, "Yonhap");
  EXPECT_EQ(docs[0].url, "http://x");
  EXPECT_EQ(docs[0].text, "Hello.");
  EXPECT_EQ(docs[0].origin.line, 1u);
  EXPECT_EQ(docs[1].id, "7");
  EXPECT_EQ(docs[1].date.iso(), "1987-02-26");
  EXPECT_EQ(docs[1].text, "Body text.");
  EXPECT_EQ(docs[2].text, "Content text.");
  EXPECT_EQ(docs[2].origin.line, 4u);
}

TEST_F(ReaderTest, EveryBadLineIsRejectedWithItsLineAndReason) {
  auto p = write("bad.jsonl",
                 "{\"id\":\"ok\",\"date\":\"2019-10-24\",\"text\":\"Fine.\"}\n"
                 "{\"id\":\"broken\",\"date\":\"2019-10-24\",\"text\":\"unterminated\n"
                 "{\"id\":\"notext\",\"date\":\"2019-10-24\"}\n"
                 "{\"id\":\"utf\",\"date\":\"2019-10-24\",\"text\":\"bad \xC3\x28 byte\"}\n"
                 "{\"id\":\"empty\",\"date\":\"2019-10-24\",\"text\":\"  \\n \"}\n"
                 "{\"id\":\"nodate\",\"text\":\"No date here.\"}\n"
                 "{\"id\":\"nul\",\"date\":\"2019-10-24\",\"text\":\"a\\u0000b\"}\n"
                 "[1,2,3]\n" +
                     std::string(5000, '[') + "\n");
  auto [docs, rejects] = read_all({p});
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_EQ(rejects.size(), 8u);
  EXPECT_EQ(rejects[0].line, 2u);
  EXPECT_NE(rejects[0].reason.find("malformed JSON"), std::string::npos);
  EXPECT_EQ(rejects[1].id, "notext");
  EXPECT_NE(rejects[1].reason.find("no text field"), std::string::npos);
  EXPECT_EQ(rejects[2].line, 4u);  // invalid UTF-8 is caught by the JSON parser or the validator
  EXPECT_EQ(rejects[3].id, "empty");
  EXPECT_NE(rejects[3].reason.find("empty"), std::string::npos);
  EXPECT_EQ(rejects[4].id, "nodate");
  EXPECT_NE(rejects[4].reason.find("--date"), std::string::npos);
  EXPECT_NE(rejects[5].reason.find("NUL"), std::string::npos);
  EXPECT_NE(rejects[6].reason.find("not an object"), std::string::npos);
  EXPECT_EQ(rejects[7].line, 9u);
  for (auto& r : rejects) EXPECT_EQ(r.file, p);
}

TEST_F(ReaderTest, RunDateIsUsedOnlyWhenTheDocumentHasNone) {
  auto p = write("d.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"date\":\"2001-01-01\",\"text\":\"y\"}\n");
  ReadOptions opt;
  opt.default_date = make_date(2019, 10, 24);
  auto [docs, rejects] = read_all({p}, opt);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].date.iso(), "2019-10-24");
  EXPECT_EQ(docs[1].date.iso(), "2001-01-01");
}

TEST_F(ReaderTest, OtherFieldNamesByOption) {
  auto p = write("f.jsonl", "{\"doc\":\"z\",\"when\":\"2019-10-24\",\"story\":\"Text.\"}\n");
  ReadOptions opt;
  opt.id_field = "doc";
  opt.date_field = "when";
  opt.text_fields = {"story"};
  auto [docs, rejects] = read_all({p}, opt);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "z");
  EXPECT_EQ(docs[0].date.iso(), "2019-10-24");
}

TEST_F(ReaderTest, PlainTextIsOneDocumentDatedByNameOrRunDate) {
  auto a = write("yonhap-2019-10-24-talks.txt", "\xEF\xBB\xBFSeoul said.\n");
  auto b = write("undated.txt", "Tokyo said.");
  auto [docs, rejects] = read_all({a, b});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "yonhap-2019-10-24-talks");
  EXPECT_EQ(docs[0].date.iso(), "2019-10-24");
  EXPECT_EQ(docs[0].text, "Seoul said.\n");  // BOM dropped
  ASSERT_EQ(rejects.size(), 1u);
  EXPECT_EQ(rejects[0].id, "undated");
}

TEST_F(ReaderTest, TextIsNormalizedToNfc) {
  // "e" + combining acute -> "é"
  auto p = write("n.jsonl", "{\"id\":\"n\",\"date\":\"2019-10-24\",\"text\":\"Elyse\\u0301e\"}\n");
  auto [docs, rejects] = read_all({p});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Elys\xC3\xA9" "e");
}

TEST_F(ReaderTest, InvalidUtf8InTextFileNamesTheLine) {
  auto p = write("bad-2019-01-01.txt", "line one\nline two \xFF\n");
  auto [docs, rejects] = read_all({p});
  ASSERT_EQ(rejects.size(), 1u);
  EXPECT_EQ(rejects[0].line, 2u);
  EXPECT_NE(rejects[0].reason.find("invalid UTF-8"), std::string::npos);
}

TEST_F(ReaderTest, DirectoriesRecursiveSortedHiddenSkippedBinaryRejected) {
  write("dir/b/2019-01-02.txt", "B.");
  write("dir/a-2019-01-01.txt", "A.");
  write("dir/.hidden.txt", "H.");
  write("dir/x.pdf", "%PDF");
  auto [docs, rejects] = read_all({(dir_ / "dir").string()});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, "A.");
  EXPECT_EQ(docs[1].text, "B.");
  ASSERT_EQ(rejects.size(), 1u);
  EXPECT_NE(rejects[0].reason.find("unsupported"), std::string::npos);
}

std::string gzip(const std::string& s) {
  uLongf n = compressBound(s.size()) + 64;
  std::string out(n, '\0');
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  zs.avail_in = static_cast<uInt>(s.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

TEST_F(ReaderTest, GzipFilesAndTruncatedGzip) {
  std::string lines;
  for (int i = 0; i < 2000; ++i)
    lines += "{\"id\":\"" + std::to_string(i) + "\",\"date\":\"2019-10-24\",\"text\":\"Document number " + std::to_string(i) +
             " with some filler text to make it longer than a few bytes.\"}\n";
  auto good = write("g.jsonl.gz", gzip(lines));
  auto [docs, rejects] = read_all({good});
  EXPECT_EQ(docs.size(), 2000u);
  EXPECT_TRUE(rejects.empty());

  std::string z = gzip(lines);
  auto cut = write("t.jsonl.gz", z.substr(0, z.size() / 2));
  auto [docs2, rejects2] = read_all({cut});
  EXPECT_LT(docs2.size(), 2000u);
  ASSERT_FALSE(rejects2.empty());
  EXPECT_NE(rejects2.back().reason.find("truncated"), std::string::npos);
}

TEST_F(ReaderTest, MissingFileIsRejectedNotFatal) {
  auto ok = write("2019-01-01.txt", "Fine.");
  auto [docs, rejects] = read_all({(dir_ / "nope.jsonl").string(), ok});
  EXPECT_EQ(docs.size(), 1u);
  ASSERT_EQ(rejects.size(), 1u);
  EXPECT_EQ(rejects[0].reason, "no such file");
}

TEST_F(ReaderTest, HundredMegabyteSingleLine) {
  std::string big = "{\"id\":\"big\",\"date\":\"2019-10-24\",\"text\":\"";
  big.reserve(100u << 20);
  while (big.size() < (100u << 20)) big += "word ";
  big += "\"}\n";
  auto p = write("big.jsonl", big);
  big.clear();
  big.shrink_to_fit();
  {  // over the default limit: rejected with the reason, not read into memory
    auto [docs, rejects] = read_all({p});
    EXPECT_TRUE(docs.empty());
    ASSERT_EQ(rejects.size(), 1u);
    EXPECT_NE(rejects[0].reason.find("too large"), std::string::npos);
  }
  ReadOptions opt;
  opt.max_document_bytes = size_t(128) << 20;
  auto [docs, rejects] = read_all({p}, opt);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_GT(docs[0].text.size(), 100u << 19);
}

TEST(Html, MainTextWithoutBoilerplate) {
  std::string html = R"(<html><head><title>Talks  in
 Tokyo</title><meta property="article:published_time" content="2019-10-24T10:00:00+09:00">
<script>var x = "<p>not text</p>";</script><style>p{}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="social-share">Share on Twitter</div>
<article><h1>S. Korea, Japan agree</h1><p>South Korea and Japan agreed to commence diplomatic efforts in earnest
for an early resolution to their frayed ties.</p><p>Prime Minister Lee Nak-yon handed over a letter to Shinzo Abe,
the Japanese prime minister, during a meeting that lasted twenty-one minutes in Tokyo on Thursday.</p>
<p>Back To Top</p></article><footer>Copyright 2019</footer></body></html>)";
  HtmlContent c = extract_html(html);
  EXPECT_EQ(c.title, "Talks in Tokyo");
  EXPECT_EQ(c.date, "2019-10-24T10:00:00+09:00");
  EXPECT_EQ(c.text.find("S. Korea, Japan agree\n\nSouth Korea and Japan agreed"), 0u) << c.text;
  EXPECT_EQ(c.text.find("not text"), std::string::npos);
  EXPECT_EQ(c.text.find("Home"), std::string::npos);
  EXPECT_EQ(c.text.find("Share"), std::string::npos);
  EXPECT_EQ(c.text.find("Back To Top"), std::string::npos);
  EXPECT_EQ(c.text.find("Copyright"), std::string::npos);
}

TEST(Html, PathologicalNestingDoesNotCrash) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<div><span>";
  html += "deep text";
  HtmlContent c = extract_html(html);
  EXPECT_NE(c.text.find("deep text"), std::string::npos);
}

TEST(Html, BoilerplateLines) {
  EXPECT_TRUE(is_boilerplate_line("Back To Top"));
  EXPECT_TRUE(is_boilerplate_line("  Skip to content "));
  EXPECT_FALSE(is_boilerplate_line("Back to the talks, Abe said."));
}

}  // namespace
}  // namespace detente
