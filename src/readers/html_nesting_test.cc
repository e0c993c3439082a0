// Regression tests for pathological HTML nesting (issue 10, hostile input):
// gumbo's tree construction is quadratic in nesting depth, so 100,000 nested
// <div>s took minutes before extract_html flattened deep nesting.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "readers/html.h"

namespace detente {
namespace {

std::string repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out.append(s);
  return out;
}

TEST(HtmlNesting, HundredThousandNestedDivsKeepTheirTextQuickly) {
  std::string html = "<html><body>" + repeat("<div>", 100000) + "Japan met South Korea in Tokyo." +
                     repeat("</div>", 100000) + "<p>After the divs.</p></body></html>";
  auto t0 = std::chrono::steady_clock::now();
  HtmlContent c = extract_html(html);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_NE(c.text.find("Japan met South Korea in Tokyo."), std::string::npos);
  EXPECT_NE(c.text.find("After the divs."), std::string::npos);
  EXPECT_LT(secs, 60.0);  // minutes before the fix; well under a second after it
}

TEST(HtmlNesting, DeepUnclosedTagsAndTables) {
  std::string html = repeat("<table><tr><td>", 20000) + "Tokyo protested." + repeat("<span><b>", 30000);
  HtmlContent c = extract_html(html);
  EXPECT_NE(c.text.find("Tokyo protested."), std::string::npos);
}

TEST(HtmlNesting, ScriptContentIsNotCountedAsNesting) {
  // 5,000 "<div>" inside a script are text, not tags: the page is shallow and
  // parsed as written (the script dropped, the paragraphs kept apart).
  std::string html = "<html><body><script>var s = '" + repeat("<div>", 5000) +
                     "';</script><p>First paragraph.</p><p>Second paragraph.</p></body></html>";
  HtmlContent c = extract_html(html);
  EXPECT_EQ(c.text.find("<div>"), std::string::npos);
  EXPECT_NE(c.text.find("First paragraph.\n\nSecond paragraph."), std::string::npos) << c.text;
}

TEST(HtmlNesting, ShallowPagesAreUnchanged) {
  std::string html = "<article><div><div><p>" + repeat("<b>bold</b> ", 3) + "text.</p></div></div></article>";
  HtmlContent c = extract_html(html);
  EXPECT_EQ(c.text, "bold bold bold text.");
}

}  // namespace
}  // namespace detente
