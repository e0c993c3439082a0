// readers/html.h — the main text of an HTML page.
//
// Contract: `extract_html` parses any bytes with gumbo (an HTML5 parser; it
// never fails on malformed markup) and returns the page's main text:
// scripts, styles, navigation, menus, headers, footers, forms, asides and
// elements whose class or id marks them as boilerplate (nav, menu, footer,
// sidebar, share, cookie, comments, related, advert ...) are dropped; when
// the page has an <article> or <main> element with enough text only that is
// kept; block elements become paragraphs separated by a blank line; lines
// that are pure boilerplate ("Back To Top", "Skip to content", "Advertisement",
// "Share this article" ...) are removed. Also returns the title and the
// publication date found in the usual meta tags. Pure and thread-safe.
// Tags nested deeper than 1,000 levels are flattened (their text kept) before
// parsing, so time stays linear in the input and nothing recurses deeply.
#pragma once
#include <string>
#include <string_view>

namespace detente {

struct HtmlContent {
  std::string text, title, date;
};

HtmlContent extract_html(std::string_view html);
// True for a whole line that is navigation boilerplate ("Back To Top").
bool is_boilerplate_line(std::string_view line);

}  // namespace detente
