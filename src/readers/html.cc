#include "readers/html.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <vector>

namespace detente {
namespace {

bool skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_MENU: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MATH: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_LABEL: case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

bool block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_FIGURE: case GUMBO_TAG_HR:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      return true;
    default:
      return false;
  }
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// class/id/role values that mark boilerplate containers.
bool boilerplate_attr(const GumboElement& e) {
  static constexpr std::array<std::string_view, 22> kMarks = {
      "nav", "menu", "footer", "sidebar", "breadcrumb", "share", "social", "cookie",
      "comment", "related", "advert", "promo", "subscribe", "newsletter", "masthead",
      "banner", "toolbar", "popup", "modal", "skip-link", "byline-share", "site-header"};
  for (const char* name : {"class", "id", "role"}) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    if (!a) continue;
    std::string v = lower(a->value);
    if (std::string_view(name) == "role" && (v == "navigation" || v == "banner" || v == "contentinfo" || v == "complementary"))
      return true;
    if (std::string_view(name) == "role") continue;
    // Match whole words of the attribute (split on space, '-', '_').
    size_t i = 0;
    while (i < v.size()) {
      while (i < v.size() && (v[i] == ' ' || v[i] == '-' || v[i] == '_')) ++i;
      size_t b = i;
      while (i < v.size() && v[i] != ' ' && v[i] != '-' && v[i] != '_') ++i;
      std::string_view w(v.data() + b, i - b);
      for (auto m : kMarks)
        if (w == m || (w.size() == m.size() + 1 && w.substr(0, m.size()) == m && w.back() == 's')) return true;
    }
  }
  return false;
}

// gumbo's tree construction is quadratic in the depth of open elements (every
// start tag scans the stack of open elements), so 100,000 nested <div>s take
// minutes. Before parsing, tags nested deeper than kMaxNesting are replaced by
// a space: their text is kept, only the structure beyond that depth is lost.
// The depth is estimated from the tag sequence alone (void elements,
// self-closing tags and elements whose end tag is usually omitted are not
// counted; raw-text elements are skipped whole), in one linear pass.
constexpr size_t kMaxNesting = 1000;

bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Start tags that do not open an element that stays open (void elements) or
// whose end tag is usually omitted (so they do not nest in practice).
bool uncounted_tag(std::string_view name) {
  static constexpr std::string_view kTags[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
      "wbr", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
      "colgroup", "rb", "rt", "rp", "rtc", "html", "head", "body", "frame", "basefont", "bgsound"};
  for (auto t : kTags)
    if (name.size() == t.size() && std::equal(name.begin(), name.end(), t.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        }))
      return true;
  return false;
}

bool raw_text_tag(std::string_view name) {
  static constexpr std::string_view kTags[] = {"script", "style", "textarea", "title", "xmp",
                                               "iframe", "noembed", "noframes", "plaintext"};
  for (auto t : kTags)
    if (name.size() == t.size() && std::equal(name.begin(), name.end(), t.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        }))
      return true;
  return false;
}

// Calls on_tag(begin, end, opens) for each start (opens = +1) and end (-1)
// tag that changes the estimated depth, in order; [begin, end) spans the tag.
template <typename F>
void scan_tags(std::string_view h, F&& on_tag) {
  size_t i = 0;
  const size_t n = h.size();
  while (i < n) {
    size_t lt = h.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) return;
    i = lt + 1;
    if (h.compare(lt, 4, "<!--") == 0) {
      size_t e = h.find("-->", lt + 4);
      if (e == std::string_view::npos) return;
      i = e + 3;
      continue;
    }
    bool end_tag = h[i] == '/';
    size_t nb = end_tag ? i + 1 : i;
    if (nb >= n || !ascii_alpha(h[nb])) continue;
    size_t ne = nb;
    while (ne < n && h[ne] != '>' && h[ne] != '/' && h[ne] != ' ' && h[ne] != '\t' && h[ne] != '\n' &&
           h[ne] != '\r' && h[ne] != '\f')
      ++ne;
    std::string_view name = h.substr(nb, ne - nb);
    size_t gt = h.find('>', ne);
    if (gt == std::string_view::npos) return;
    i = gt + 1;
    if (end_tag) {
      if (!uncounted_tag(name)) on_tag(lt, i, -1);
      continue;
    }
    if (raw_text_tag(name)) {  // its content is text up to "</name"
      if (name.size() == 9 && std::tolower(static_cast<unsigned char>(name[0])) == 'p') return;  // plaintext: all the rest is text
      size_t k = i;
      for (;;) {
        size_t c = h.find("</", k);
        if (c == std::string_view::npos) return;
        k = c + 2;
        if (c + 2 + name.size() <= n &&
            std::equal(name.begin(), name.end(), h.begin() + static_cast<long>(c + 2), [](char a, char b) {
              return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
            })) {
          i = c;
          break;
        }
      }
      continue;
    }
    if (h[gt - 1] == '/' || uncounted_tag(name)) continue;
    on_tag(lt, i, +1);
  }
}

// The page with tags nested deeper than kMaxNesting replaced by spaces, or
// empty when no tag is that deep (the common case: no copy).
std::string flatten_deep_nesting(std::string_view html) {
  long depth = 0, max_depth = 0;
  scan_tags(html, [&](size_t, size_t, int d) {
    depth = std::max(0L, depth + d);
    max_depth = std::max(max_depth, depth);
  });
  if (max_depth <= static_cast<long>(kMaxNesting)) return {};
  std::string out;
  out.reserve(html.size());
  size_t copied = 0;
  depth = 0;
  scan_tags(html, [&](size_t b, size_t e, int d) {
    bool deep = d > 0 ? depth + 1 > static_cast<long>(kMaxNesting) : depth > static_cast<long>(kMaxNesting);
    depth = std::max(0L, depth + d);
    if (!deep) return;
    out.append(html.substr(copied, b - copied));
    out.push_back(' ');
    copied = e;
  });
  out.append(html.substr(copied));
  return out;
}

struct Walker {
  std::string out;
  int depth = 0;
  void newline() {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.empty()) return;
    if (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') return;
    out += out.back() == '\n' ? "\n" : "\n\n";
  }
  void text(const char* s) {
    for (const char* p = s; *p; ++p) {
      unsigned char c = static_cast<unsigned char>(*p);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
      } else {
        out += static_cast<char>(c);
      }
    }
  }
  void walk(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      text(n->v.text.text);
      return;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
      text(" ");
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
    const GumboVector* children = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
    bool block = false;
    if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& e = n->v.element;
      if (skipped_tag(e.tag) || boilerplate_attr(e)) return;
      const GumboAttribute* hidden = gumbo_get_attribute(&e.attributes, "hidden");
      if (hidden) return;
      block = block_tag(e.tag);
    }
    if (block) newline();
    if (++depth < 400) {  // pathological nesting: deeper text is still visited iteratively below
      for (unsigned i = 0; i < children->length; ++i) walk(static_cast<const GumboNode*>(children->data[i]));
    } else {
      flat(children);
    }
    --depth;
    if (block) newline();
  }
  // Visits a deep subtree without recursion (text only, no structure).
  void flat(const GumboVector* root) {
    std::vector<std::pair<const GumboVector*, unsigned>> stack{{root, 0}};
    while (!stack.empty()) {
      auto& [v, i] = stack.back();
      if (i >= v->length) { stack.pop_back(); continue; }
      const GumboNode* c = static_cast<const GumboNode*>(v->data[i++]);
      if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA) text(c->v.text.text);
      else if (c->type == GUMBO_NODE_ELEMENT && !skipped_tag(c->v.element.tag) && !boilerplate_attr(c->v.element))
        stack.push_back({&c->v.element.children, 0});
    }
  }
};

// Finds the first element with `tag` (iteratively: input nesting is untrusted).
const GumboNode* find_tag(const GumboNode* root, GumboTag tag) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag) return n;
    const GumboVector* ch = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
    for (unsigned i = ch->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch->data[i]));
  }
  return nullptr;
}

void find_meta(const GumboNode* root, HtmlContent& c) {
  std::vector<const GumboNode*> stack{root};
  std::string og_title;
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& e = n->v.element;
      if (e.tag == GUMBO_TAG_TITLE && c.title.empty() && e.children.length > 0) {
        auto* t = static_cast<const GumboNode*>(e.children.data[0]);
        if (t->type == GUMBO_NODE_TEXT) c.title = t->v.text.text;
      } else if (e.tag == GUMBO_TAG_META) {
        const GumboAttribute* key = gumbo_get_attribute(&e.attributes, "property");
        if (!key) key = gumbo_get_attribute(&e.attributes, "name");
        if (!key) key = gumbo_get_attribute(&e.attributes, "itemprop");
        const GumboAttribute* val = gumbo_get_attribute(&e.attributes, "content");
        if (key && val) {
          std::string k = lower(key->value);
          if (c.date.empty() && (k == "article:published_time" || k == "datepublished" || k == "date" ||
                                 k == "pubdate" || k == "dc.date" || k == "dcterms.date" || k == "publish-date" ||
                                 k == "sailthru.date" || k == "og:published_time"))
            c.date = val->value;
          if (og_title.empty() && k == "og:title") og_title = val->value;
        }
      } else if (e.tag == GUMBO_TAG_TIME && c.date.empty()) {
        if (const GumboAttribute* dt = gumbo_get_attribute(&e.attributes, "datetime")) c.date = dt->value;
      }
    }
    const GumboVector* ch = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
    for (unsigned i = ch->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(ch->data[i]));
  }
  if (!og_title.empty()) c.title = og_title;
  // Collapse whitespace in the title.
  std::string t;
  for (char ch : c.title) {
    if (ch == '\n' || ch == '\t' || ch == '\r') ch = ' ';
    if (ch == ' ' && (t.empty() || t.back() == ' ')) continue;
    t += ch;
  }
  while (!t.empty() && t.back() == ' ') t.pop_back();
  c.title = t;
}

std::string drop_boilerplate_lines(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t nl = text.find('\n', i);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + i, nl - i);
    if (!is_boilerplate_line(line)) {
      out.append(line);
      if (nl < text.size()) out += '\n';
    }
    i = nl + 1;
  }
  // Collapse runs of blank lines left by removed lines.
  std::string clean;
  clean.reserve(out.size());
  int newlines = 0;
  for (char ch : out) {
    if (ch == '\n') {
      if (++newlines > 2) continue;
    } else {
      newlines = 0;
    }
    clean += ch;
  }
  while (!clean.empty() && (clean.back() == '\n' || clean.back() == ' ')) clean.pop_back();
  size_t b = 0;
  while (b < clean.size() && (clean[b] == '\n' || clean[b] == ' ')) ++b;
  return clean.substr(b);
}

}  // namespace

bool is_boilerplate_line(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  if (line.size() > 40 || line.empty()) return false;
  std::string l = lower(line);
  while (!l.empty() && (l.back() == '.' || l.back() == ':' || l.back() == '>' || l.back() == '|')) l.pop_back();
  static constexpr std::array<std::string_view, 30> kLines = {
      "back to top", "back to the top", "top", "skip to content", "skip to main content",
      "skip navigation", "advertisement", "advertising", "share", "share this", "share this article",
      "share this story", "print", "email", "e-mail", "read more", "continue reading", "related articles",
      "related stories", "more stories", "tweet", "comments", "leave a comment", "subscribe",
      "sign up", "log in", "menu", "close", "toggle navigation", "all rights reserved"};
  for (auto k : kLines)
    if (l == k) return true;
  return false;
}

HtmlContent extract_html(std::string_view html) {
  HtmlContent c;
  GumboOptions opts = kGumboDefaultOptions;
  opts.max_errors = 100;
  const std::string flat = flatten_deep_nesting(html);
  if (!flat.empty()) html = flat;
  GumboOutput* out = gumbo_parse_with_options(&opts, html.data(), html.size());
  if (!out) return c;
  find_meta(out->document, c);
  const GumboNode* main = find_tag(out->root, GUMBO_TAG_ARTICLE);
  if (!main) main = find_tag(out->root, GUMBO_TAG_MAIN);
  Walker w;
  if (main) {
    w.walk(main);
    if (w.out.size() < 200) {  // a teaser <article>: fall back to the whole body
      w.out.clear();
      main = nullptr;
    }
  }
  if (!main) w.walk(out->root);
  gumbo_destroy_output(&opts, out);
  c.text = drop_boilerplate_lines(w.out);
  return c;
}

}  // namespace detente
