#include "sinks/sinks.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

#include "core/error.h"

namespace detente {
namespace {

Event sample_event() {
  Event e;
  e.doc_id = "yonhap-1";
  e.sentence = 3;
  e.date = make_date(2019, 10, 24);
  e.source = "KORGOV";
  e.target = "JPNGOV";
  e.code = "036";
  e.root = "03";
  e.quad = 1;
  e.goldstein = 4.0;
  e.plover = "AGREE";
  e.mode = "";
  e.source_text = "Lee Nak-yon";
  e.target_text = "Shinzo \"Abe\"";
  e.verb_text = "met";
  e.source_span = {10, 21};
  e.verb_span = {22, 25};
  e.target_span = {26, 37};
  e.location.name = "Tokyo";
  e.location.country = "JPN";
  e.location.lat = 35.69;
  e.location.lon = 139.69;
  e.pattern = "data/events/patterns/04.txt:12";
  e.text = "Lee Nak-yon met Shinzo Abe in Tokyo,\tthen\nleft. 한국";
  return e;
}

std::string render(std::string_view format, const std::vector<Event>& events, WriterOptions opt = {},
                   EventExtras x = {}) {
  char* buf = nullptr;
  size_t len = 0;
  std::FILE* f = open_memstream(&buf, &len);
  Document doc;
  doc.id = "yonhap-1";
  doc.url = "https://example.org/a";
  doc.source = "Yonhap";
  {
    auto w = make_writer(format, f, opt);
    for (const auto& e : events) w->write(doc, e, x);
    w->finish();
  }
  std::fclose(f);
  std::string s(buf, len);
  std::free(buf);
  return s;
}

TEST(Sinks, JsonlIsDesignRecord) {
  std::string out = render("jsonl", {sample_event()});
  ASSERT_EQ(out.back(), '\n');
  auto j = nlohmann::json::parse(out);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  // nlohmann sorts keys; check the raw order separately.
  EXPECT_EQ(out.find("{\"doc_id\":\"yonhap-1\",\"sentence\":3,\"date\":\"2019-10-24\",\"source\":\"KORGOV\""), 0u);
  EXPECT_NE(out.find("\"goldstein\":4.0,"), std::string::npos);
  EXPECT_NE(out.find("\"spans\":{\"source\":[10,21],\"verb\":[22,25],\"target\":[26,37]}"), std::string::npos);
  EXPECT_NE(out.find("\"location\":{\"name\":\"Tokyo\",\"geonames_id\":0,\"admin1\":\"\",\"country\":\"JPN\",\"lat\":35.69,\"lon\":139.69,\"how\":\"\"}"),
            std::string::npos);
  EXPECT_EQ(j["target_text"], "Shinzo \"Abe\"");
  EXPECT_EQ(j["text"], sample_event().text);
  EXPECT_EQ(j["quad"], 1);
  EXPECT_FALSE(j.contains("attribution"));
  EXPECT_FALSE(j.contains("num_mentions"));
  EXPECT_EQ(keys.size(), 18u);
}

TEST(Sinks, JsonlNullsAndStoreColumns) {
  Event e = sample_event();
  e.location = {};
  e.date = {};
  e.attribution = "USAGOV";
  e.goldstein = -2.5;
  EventExtras x;
  x.event_id = 42;
  x.mentions = 3;
  x.sources = 2;
  x.articles = 3;
  x.story = 7;
  auto j = nlohmann::json::parse(render("jsonl", {e}, WriterOptions{true}, x));
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_EQ(j["attribution"], "USAGOV");
  EXPECT_EQ(j["goldstein"], -2.5);
  EXPECT_EQ(j["event_id"], 42);
  EXPECT_EQ(j["num_mentions"], 3);
  EXPECT_EQ(j["num_sources"], 2);
  EXPECT_EQ(j["story"], 7);
}

TEST(Sinks, JsonEscaping) {
  std::string s;
  append_json_string(s, std::string("a\"b\\c\x01\n\xff\xe2\x80\xa8z", 12));
  EXPECT_EQ(s, "\"a\\\"b\\\\c\\u0001\\n\xEF\xBF\xBD\\u2028z\"");
  EXPECT_TRUE(nlohmann::json::accept(s));
  std::string n;
  append_json_number(n, 4);
  n += ' ';
  append_json_number(n, -10);
  n += ' ';
  append_json_number(n, 0.1);
  EXPECT_EQ(n, "4.0 -10.0 0.1");
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> f;
  size_t b = 0;
  for (;;) {
    size_t e = line.find(sep, b);
    f.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  return f;
}

TEST(Sinks, GdeltHas61Columns) {
  Event e = sample_event();
  Event f = e;
  f.location = {};
  f.source = "IGOUNO";
  f.target = "BUS";
  f.sentence = 0;
  EventExtras x;
  x.mentions = 4;
  std::string out = render("gdelt", {e, f}, {}, x);
  auto lines = split(out, '\n');
  ASSERT_EQ(lines.size(), 3u);
  auto a = split(lines[0], '\t');
  ASSERT_EQ(a.size(), 61u) << lines[0];
  EXPECT_EQ(a[0], "1");
  EXPECT_EQ(a[1], "20191024");
  EXPECT_EQ(a[2], "201910");
  EXPECT_EQ(a[3], "2019");
  EXPECT_EQ(a[4], "2019.8055");
  EXPECT_EQ(a[5], "KORGOV");
  EXPECT_EQ(a[7], "KOR");
  EXPECT_EQ(a[12], "GOV");
  EXPECT_EQ(a[15], "JPNGOV");
  EXPECT_EQ(a[25], "0");  // not the lead sentence
  EXPECT_EQ(a[26], "036");
  EXPECT_EQ(a[27], "036");
  EXPECT_EQ(a[28], "03");
  EXPECT_EQ(a[29], "1");
  EXPECT_EQ(a[30], "4");
  EXPECT_EQ(a[31], "4");
  EXPECT_EQ(a[51], "4");
  EXPECT_EQ(a[52], "Tokyo");
  EXPECT_EQ(a[56], "35.69");
  EXPECT_EQ(a[57], "139.69");
  EXPECT_EQ(a[60], "https://example.org/a");
  auto b = split(lines[1], '\t');
  ASSERT_EQ(b.size(), 61u);
  EXPECT_EQ(b[0], "2");
  EXPECT_EQ(b[7], "");
  EXPECT_EQ(b[8], "UNO");
  EXPECT_EQ(b[12], "IGO");
  EXPECT_EQ(b[17], "");
  EXPECT_EQ(b[22], "BUS");
  EXPECT_EQ(b[25], "1");
  EXPECT_EQ(b[51], "0");
}

TEST(Sinks, TsvHeaderAndRows) {
  std::string out = render("tsv", {sample_event()});
  auto lines = split(out, '\n');
  ASSERT_EQ(lines.size(), 3u);
  auto h = split(lines[0], '\t');
  auto r = split(lines[1], '\t');
  ASSERT_EQ(h.size(), r.size());
  EXPECT_EQ(h[0], "EventID");
  EXPECT_EQ(r[1], "20191024");
  EXPECT_EQ(r[5], "KORGOV");
  EXPECT_EQ(r[6], "KOR");
  EXPECT_EQ(r[7], "GOV");
  EXPECT_EQ(r[23], "yonhap-1-3");
  EXPECT_EQ(r.back(), "Lee Nak-yon met Shinzo Abe in Tokyo, then left. 한국");
  // No events: the header alone.
  EXPECT_EQ(split(render("tsv", {}), '\n').size(), 2u);
}

TEST(Sinks, CsvQuotes) {
  std::string out = render("csv", {sample_event()}, WriterOptions{true});
  EXPECT_EQ(out.substr(0, 7), "doc_id,");
  EXPECT_NE(out.find(",\"Shinzo \"\"Abe\"\"\","), std::string::npos);
  EXPECT_NE(out.find(",\"Lee Nak-yon met Shinzo Abe in Tokyo,\tthen\nleft. 한국\","), std::string::npos);
  EXPECT_NE(out.find(",1,1,1,1,0\r\n"), std::string::npos);
}

TEST(Sinks, UnknownFormat) {
  try {
    make_writer("xml", stdout);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::kUsage);
    EXPECT_NE(std::string(e.what()).find("jsonl|tsv|gdelt|csv"), std::string::npos);
  }
}

}  // namespace
}  // namespace detente
