#include "actors/dictionary.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "core/error.h"
#include "text/utf8.h"
#include "core/resources.h"

namespace detente {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      out.push_back(trim(s.substr(b, i - b)));
      b = i + 1;
    }
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Errc::kIo, path, 0, "cannot open dictionary");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool valid_code(std::string_view c, bool agent) {
  if (c.size() < 3 || c.size() > 24) return false;
  for (char ch : c)
    if (!(std::isupper(static_cast<unsigned char>(ch)) || std::isdigit(static_cast<unsigned char>(ch)))) return false;
  return agent || std::isupper(static_cast<unsigned char>(c[0]));
}

// Strips a trailing " # comment" (a '#' at line start or after whitespace).
std::string_view strip_comment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i)
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  return line;
}

bool all_upper_acronym(std::string_view name) {
  size_t letters = 0;
  for (char c : name) {
    if (c == '.' || c == ' ') continue;
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c))) return false;
    ++letters;
  }
  return letters >= 1 && letters <= 5;
}

// (round 26) One word of 3 to 6 letters with an upper-case letter after a
// lower-case one: an acronym written in mixed case ("JeM", "LeJ", "JuD").
bool mixed_case_acronym(std::string_view name) {
  if (name.size() < 3 || name.size() > 6) return false;
  bool lower_seen = false, upper_after = false;
  for (char c : name) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    if (std::islower(static_cast<unsigned char>(c))) lower_seen = true;
    else if (lower_seen) upper_after = true;
  }
  return upper_after && std::isupper(static_cast<unsigned char>(name[0]));
}

// TABARI/PETRARCH dates: YYMMDD (00-30 -> 20YY, else 19YY, as KEDS, TABARI
// and PETRARCH read them) or YYYYMMDD.
Date tabari_date(std::string_view s, bool& ok) {
  ok = false;
  if (s.size() != 6 && s.size() != 8) return {};
  int v[8];
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return {};
    v[i] = s[i] - '0';
  }
  int y, k;
  if (s.size() == 6) {
    int yy = v[0] * 10 + v[1];
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    k = 2;
  } else {
    y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    k = 4;
  }
  Date d = make_date(y, v[k] * 10 + v[k + 1], v[k + 2] * 10 + v[k + 3]);
  ok = d.ok();
  return d;
}

// "!NAME!" left in a name after expansion: an undefined macro. A lone '!'
// ("WATCH_INDONESIA!") is part of the name.
bool has_macro(std::string_view s) {
  for (size_t i = s.find('!'); i != std::string_view::npos; i = s.find('!', i + 1)) {
    size_t j = i + 1;
    while (j < s.size() && std::isupper(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i + 1 && j < s.size() && s[j] == '!') return true;
  }
  return false;
}

}  // namespace

std::string english_plural(std::string_view word) {
  std::string w(word);
  auto ends = [&](std::string_view suf) { return w.size() >= suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0; };
  if (ends("man") && !ends("human")) return w.substr(0, w.size() - 3) + "men";
  if (ends("person")) return w.substr(0, w.size() - 6) + "people";
  // (round 44) "police" is plural already; "polices" is only the verb ("the
  // agency polices the market", or a typo for "policies"): no plural form
  if (ends("police")) return w;
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return w + "es";
  if (w.size() >= 2 && ends("y") && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

std::string_view actor_kind_name(ActorKind k) {
  switch (k) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrg: return "org";
    case ActorKind::kGroup: return "group";
    case ActorKind::kAgent: return "agent";
    case ActorKind::kMetonym: return "metonym";
    case ActorKind::kPlace: return "place";
    default: return "unknown";
  }
}

bool CodeSpan::covers(Date d) const {
  if (!d.ok()) return !from.ok() && !to.ok();
  if (from.ok() && d < from) return false;
  if (to.ok() && to < d) return false;
  return true;
}

const std::string& ActorEntry::code_at(Date date) const {
  static const std::string kNone;
  if (codes.empty()) return kNone;
  if (date.ok()) {
    for (const auto& c : codes)
      if ((c.from.ok() || c.to.ok()) && c.covers(date)) return c.code;
  }
  for (const auto& c : codes)
    if (!c.from.ok() && !c.to.ok()) return c.code;
  return date.ok() ? kNone : codes.front().code;
}

std::string ActorEntry::explain_at(Date date) const {
  if (date.ok())
    for (const auto& c : codes)
      if ((c.from.ok() || c.to.ok()) && c.covers(date))
        return fmt::format("{} {}..{}", c.code, c.from.ok() ? c.from.iso() : "", c.to.ok() ? c.to.iso() : "");
  const std::string& code = code_at(date);
  if (code.empty()) return "no code at this date";
  bool dated = std::any_of(codes.begin(), codes.end(), [](auto& c) { return c.from.ok() || c.to.ok(); });
  return dated ? fmt::format("{} (outside dated terms)", code) : code;
}

std::string normalize_token(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == '.') continue;
    if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
      unsigned char c3 = static_cast<unsigned char>(t[i + 2]);
      if (c3 == 0x98 || c3 == 0x99) { out += '\''; i += 2; continue; }  // ‘ ’
      if (c3 >= 0x90 && c3 <= 0x95) { out += '-'; i += 2; continue; }   // dashes
    }
    out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
  }
  // Non-ASCII letters: lower-case the common Latin-1 capitals (À..Þ -> à..þ).
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    if (static_cast<unsigned char>(out[i]) == 0xC3) {
      unsigned char n = static_cast<unsigned char>(out[i + 1]);
      if (n >= 0x80 && n <= 0x9E && n != 0x97) out[i + 1] = static_cast<char>(n + 0x20);
    }
  }
  return out;
}

std::vector<std::string> name_key(std::string_view name) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && (name[i] == ' ' || name[i] == '\t' || name[i] == '_' || name[i] == '-' || name[i] == ',')) ++i;
    size_t b = i;
    while (i < name.size() && name[i] != ' ' && name[i] != '\t' && name[i] != '_' && name[i] != '-' && name[i] != ',') ++i;
    if (i > b) {
      std::string_view w = name.substr(b, i - b);
      // Possessive "'s" / "’s" is a separate token, as the tokenizer makes it.
      std::string norm = normalize_token(w);
      while (norm.size() > 1 && norm.back() == '\'' ) norm.pop_back();  // "Workers'" = "Workers"
      if (norm.size() > 2 && norm.compare(norm.size() - 2, 2, "'s") == 0) {
        out.push_back(norm.substr(0, norm.size() - 2));
        out.push_back("'s");
      } else if (!norm.empty()) {
        out.push_back(std::move(norm));
      }
    }
  }
  return out;
}

void ActorDictionary::add_entry(ActorEntry e, const std::vector<std::pair<std::string, NameForm::Role>>& forms, bool tabari) {
  indexed_ = false;  // finish() indexes the names again
  uint32_t id;
  if (e.kind == ActorKind::kPerson) {
    std::string key = fmt::format("{}", fmt::join(name_key(e.name), " "));
    auto it = person_by_name_.find(key);
    if (it != person_by_name_.end()) {  // merge: dated codes joined, one fallback kept
      ActorEntry& old = entries_[it->second];
      std::vector<CodeSpan> dated, fallback;
      for (auto* list : {&old.codes, &e.codes})
        for (auto& c : *list) ((c.from.ok() || c.to.ok()) ? dated : fallback).push_back(c);
      std::sort(dated.begin(), dated.end(), [](auto& a, auto& b) { return a.from.days() < b.from.days(); });
      old.codes = dated;
      if (!fallback.empty()) old.codes.push_back(fallback.front());
      for (auto& a : e.aliases)
        if (std::find(old.aliases.begin(), old.aliases.end(), a) == old.aliases.end()) old.aliases.push_back(a);
      if (old.short_name.empty()) old.short_name = e.short_name;
      if (!old.gender) old.gender = e.gender;
      id = it->second;
      for (auto& [form, role] : forms) {
        NameForm nf{name_key(form), id, role, false, false};
        if (!nf.tokens.empty()) names_.push_back(std::move(nf));
      }
      return;
    }
  }
  id = static_cast<uint32_t>(entries_.size());
  if (e.kind == ActorKind::kPerson) person_by_name_[fmt::format("{}", fmt::join(name_key(e.name), " "))] = id;
  if (e.kind == ActorKind::kCountry && !e.codes.empty() && e.codes.back().code.size() == 3) {
    country_by_iso_.emplace(e.codes.back().code, static_cast<int32_t>(id));  // the first definition wins
    e.country = e.codes.back().code;
  } else if (!e.codes.empty() && e.kind != ActorKind::kAgent) {
    e.country = e.codes.back().code.substr(0, 3);
  }
  entries_.push_back(std::move(e));
  for (auto& [form, role] : forms) {
    // Short all-caps acronyms must be written in capitals ("US" is not "us").
    // TABARI names are all upper case: there only one-word names of up to
    // three letters are taken as acronyms.
    bool cs = tabari ? (form.size() <= 3 && form.find_first_of(" _") == std::string::npos && all_upper_acronym(form))
                     : all_upper_acronym(form);
    NameForm nf{name_key(form), id, role, cs, false};
    if (!tabari && mixed_case_acronym(form)) {
      nf.case_sensitive = true;
      nf.exact = form;
    }
    if (!nf.tokens.empty()) names_.push_back(std::move(nf));
  }
}

LoadStats ActorDictionary::load_detente(const std::string& path, std::string_view text) {
  LoadStats st;
  // Entries are collected first and added only if the whole file is valid.
  struct Pending {
    ActorEntry e;
    std::vector<std::pair<std::string, NameForm::Role>> forms;
    uint64_t line;
  };
  std::vector<Pending> pending;
  uint64_t ln = 0;
  size_t pos = 0;
  auto close = [&](Pending& p) {
    if (p.e.codes.empty()) throw Error(Errc::kBadDictionary, path, p.line, fmt::format("entry \"{}\" has no code line", p.e.name));
    if (p.e.kind == ActorKind::kUnknown) p.e.kind = ActorKind::kOrg;
    if (p.e.kind == ActorKind::kCountry) {
      const std::string iso = p.e.codes.front().code;
      (void)iso;
    }
    // Fallback (undated) codes go last, whatever order they were written in.
    std::stable_partition(p.e.codes.begin(), p.e.codes.end(), [](auto& c) { return c.from.ok() || c.to.ok(); });
  };
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++ln;
    std::string_view line = trim(strip_comment(raw));
    if (line.empty()) {
      if (nl == text.size()) break;
      continue;
    }
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    if (!indented) {
      if (!pending.empty()) close(pending.back());
      Pending p;
      p.line = ln;
      auto names = split(line, ';');
      for (auto n : names)
        if (n.empty()) throw Error(Errc::kBadDictionary, path, ln, "empty name (two ';' in a row, or a trailing ';')");
      p.e.name = std::string(names[0]);
      p.e.source = fmt::format("{}:{}", path, ln);
      for (size_t i = 0; i < names.size(); ++i) {
        if (i) p.e.aliases.emplace_back(names[i]);
        p.forms.emplace_back(std::string(names[i]), NameForm::kName);
      }
      pending.push_back(std::move(p));
    } else {
      if (pending.empty()) throw Error(Errc::kBadDictionary, path, ln, "indented line before any names line");
      Pending& p = pending.back();
      if (std::isupper(static_cast<unsigned char>(line[0]))) {
        std::vector<std::string_view> parts;
        for (auto w : split(line, ' '))
          if (!w.empty()) parts.push_back(w);
        if (parts.size() > 3) throw Error(Errc::kBadDictionary, path, ln, "code line has more than CODE FROM TO");
        CodeSpan cs;
        cs.code = std::string(parts[0]);
        if (!valid_code(cs.code, false))
          throw Error(Errc::kBadDictionary, path, ln, fmt::format("\"{}\" is not a CAMEO code (upper-case letters and digits)", cs.code));
        for (size_t k = 1; k < parts.size(); ++k) {
          if (parts[k] == "-") continue;
          Date d = parse_date(parts[k]);
          if (!d.ok() || parts[k].size() != 10)
            throw Error(Errc::kBadDictionary, path, ln, fmt::format("\"{}\" is not a date (YYYY-MM-DD or -)", parts[k]));
          (k == 1 ? cs.from : cs.to) = d;
        }
        if (cs.from.ok() && cs.to.ok() && cs.to < cs.from)
          throw Error(Errc::kBadDictionary, path, ln, "term ends before it begins");
        p.e.codes.push_back(std::move(cs));
      } else {
        // `note` takes the rest of the line (it may contain ';').
        std::string_view note_rest;
        if (auto np = line.find("note "); np != std::string_view::npos && (np == 0 || line[np - 1] == ' ' || line[np - 1] == ';')) {
          note_rest = line.substr(np);
          line = trim(line.substr(0, np));
        }
        (void)note_rest;
        for (auto attr : split(line, ';')) {
          if (attr.empty()) continue;
          size_t sp = attr.find_first_of(" \t");
          if (sp == std::string_view::npos) throw Error(Errc::kBadDictionary, path, ln, fmt::format("attribute \"{}\" has no value", attr));
          std::string_view key = attr.substr(0, sp), val = trim(attr.substr(sp + 1));
          if (key == "kind") {
            static const std::pair<std::string_view, ActorKind> kKinds[] = {
                {"country", ActorKind::kCountry}, {"person", ActorKind::kPerson}, {"org", ActorKind::kOrg},
                {"group", ActorKind::kGroup},     {"agent", ActorKind::kAgent},   {"metonym", ActorKind::kMetonym},
                {"place", ActorKind::kPlace}};
            bool found = false;
            for (auto& [n, k] : kKinds)
              if (val == n) { p.e.kind = k; found = true; }
            if (!found) throw Error(Errc::kBadDictionary, path, ln, fmt::format("unknown kind \"{}\"", val));
          } else if (key == "gender") {
            if (val != "m" && val != "f") throw Error(Errc::kBadDictionary, path, ln, "gender is m or f");
            p.e.gender = val[0];
          } else if (key == "short") {
            // (round 20) several spellings, comma-separated ("Zelensky, Zelenskyy"):
            // the first is the short name, each is a short form
            for (auto v : split(val, ',')) {
              if (v.empty()) continue;
              if (p.e.short_name.empty()) p.e.short_name = std::string(v);
              p.forms.emplace_back(std::string(v), NameForm::kShort);
              // news written without the diacritics names the person so too ("Erdogan" for
              // "Erdoğan"): the full names list their ASCII spellings, the short form gets it here
              if (std::string plain = strip_marks(v); plain != v) p.forms.emplace_back(std::move(plain), NameForm::kShort);
            }
          } else if (key == "adj" || key == "metonym" || key == "plural") {
            auto role = key == "adj" ? NameForm::kAdjective : key == "metonym" ? NameForm::kMetonym : NameForm::kName;
            for (auto v : split(val, ','))
              if (!v.empty()) p.forms.emplace_back(std::string(v), role);
          } else if (key == "capital") {
            p.forms.emplace_back(std::string(val), NameForm::kCapital);
          } else if (key == "cues") {
            for (auto v : split(val, ','))
              if (!v.empty()) p.e.cues.emplace_back(v);
          } else if (key == "default" || key == "existed") {
            // "default yes" (always) or "default FROM TO" (YYYY-MM-DD or -); "existed FROM TO"
            CodeSpan cs;
            if (key == "existed" && val == "yes")
              throw Error(Errc::kBadDictionary, path, ln, "existed is \"FROM TO\"");
            if (val != "yes") {
              std::vector<std::string_view> parts;
              for (auto w : split(val, ' '))
                if (!w.empty()) parts.push_back(w);
              if (parts.size() != 2)
                throw Error(Errc::kBadDictionary, path, ln,
                            key == "existed" ? "existed is \"FROM TO\"" : "default is \"yes\" or \"FROM TO\"");
              for (size_t k = 0; k < 2; ++k) {
                if (parts[k] == "-") continue;
                Date d = parse_date(parts[k]);
                if (!d.ok() || parts[k].size() != 10)
                  throw Error(Errc::kBadDictionary, path, ln, fmt::format("\"{}\" is not a date (YYYY-MM-DD or -)", parts[k]));
                (k == 0 ? cs.from : cs.to) = d;
              }
            }
            (key == "existed" ? p.e.existed : p.e.defaults).push_back(std::move(cs));
          } else if (key == "people") {
            if (val != "yes") throw Error(Errc::kBadDictionary, path, ln, "people is yes");
            p.e.people = true;
          } else if (key == "bare") {
            if (val != "no") throw Error(Errc::kBadDictionary, path, ln, "bare is no");
            p.e.no_bare = true;
          } else if (key == "country") {
            bool iso = val.size() == 3;
            for (char ch : val) iso = iso && ch >= 'A' && ch <= 'Z';
            if (!iso) throw Error(Errc::kBadDictionary, path, ln, "country is a three-letter ISO code (GBR)");
            p.e.office_country = std::string(val);
          } else if (key == "iso2" || key == "note") {
            // kept in the file for people; not needed for matching
          } else {
            throw Error(Errc::kBadDictionary, path, ln, fmt::format("unknown attribute \"{}\"", key));
          }
        }
      }
    }
    if (nl == text.size()) break;
  }
  if (!pending.empty()) close(pending.back());
  for (auto& p : pending) {
    if (p.e.kind == ActorKind::kAgent) {  // regular plurals are automatic for agents
      size_t n = p.forms.size();
      for (size_t k = 0; k < n; ++k)
        if (p.forms[k].second == NameForm::kName) {
          std::string pl = english_plural(p.forms[k].first);
          if (pl != p.forms[k].first) p.forms.emplace_back(std::move(pl), NameForm::kName);
        }
    }
    ++st.entries;
    st.names += p.forms.size();
    for (auto& c : p.e.codes) st.dated_codes += (c.from.ok() || c.to.ok());
    add_entry(std::move(p.e), p.forms, false);
  }
  return st;
}

LoadStats ActorDictionary::load_tabari(const std::string& path, std::string_view text) {
  // TABARI/PETRARCH actor and agent dictionaries (see docs/actors.md,
  // "TABARI compatibility"):
  //   NAME_WORDS_ [CODE] [CODE DATE]   # comment
  //   +SYNONYM_  [CODE]                 another name of the entry above
  //   <tab>[CODE >YYMMDD] / [CODE <YYYYMMDD] / [CODE YYMMDD-YYMMDD]
  //   NAME {PLURAL FORMS} [~ROLE]       agents; {} = no automatic plural
  //   !MACRO! = A, B, C                 !MACRO! in later names expands to each
  //   <!-- ... -->, # ...               comments; [---] = null code
  // Consecutive name lines before any code line are names of one entry
  // (CountryInfo-style blocks share the code lines that follow).
  struct Pending {
    ActorEntry e;
    std::vector<std::pair<std::string, NameForm::Role>> forms;
    std::vector<bool> prefix;
    std::vector<bool> auto_plural;  // per form: gets PETRARCH's regular plural if an agent
    bool coded = false;             // a code (even [---]) was seen
    bool real_codes = false;        // a code other than [---] was written
    bool agent = false;
  };
  std::vector<Pending> pending;
  std::vector<std::pair<std::string, std::vector<std::string>>> macros;  // !PERSON! = MAN, WOMAN ...
  LoadStats st;
  uint64_t ln = 0;
  size_t pos = 0;
  bool in_xml_comment = false;
  auto parse_codes = [&](std::string_view s, Pending& p) {
    // One or more "[CODE]" / "[CODE >YYMMDD]" / "[CODE <YYMMDD]" / "[CODE YYMMDD-YYMMDD]".
    // A '[' closed by '}' (a typo in Phoenix.agents.txt) is accepted.
    size_t i = 0;
    while ((i = s.find('[', i)) != std::string_view::npos) {
      size_t j = s.find_first_of("]}", i);
      if (j == std::string_view::npos) throw Error(Errc::kBadDictionary, path, ln, "'[' without ']'");
      std::string_view inner = trim(s.substr(i + 1, j - i - 1));
      i = j + 1;
      p.coded = true;
      std::vector<std::string_view> parts;
      // "> 140608" -> ">140608"; a deque keeps each joined string in place
      // (one reused string left "[X < 1 < 2]"'s first view dangling).
      std::deque<std::string> joined;
      for (auto w : split(inner, ' ')) {
        if (w.empty()) continue;
        if (!parts.empty() && (parts.back() == ">" || parts.back() == "<")) {
          joined.push_back(std::string(parts.back()) + std::string(w));
          parts.back() = joined.back();
          continue;
        }
        parts.push_back(w);
      }
      if (parts.empty()) throw Error(Errc::kBadDictionary, path, ln, "empty code []");
      std::string code(parts[0]);
      bool agent = false;
      if (code[0] == '~') { agent = true; code.erase(0, 1); }
      else if (code.back() == '~') {  // [NGO~]: the role goes first
        agent = true;
        code.pop_back();
        p.e.role_first = true;
      }
      if (agent) p.agent = true;
      for (auto& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      bool null_code = code == "---";
      if (null_code && parts.size() == 1) continue;  // null code: recognized but not coded
      if (!null_code) p.real_codes = true;
      if (code == "+++") continue;  // TABARI's other special code (PETR.Validate ISILDUR): matched, not coded
      // "[ELR/GAL]": an actor with several codes at once.
      std::vector<std::string> codes;
      for (auto c : split(code, '/')) {
        if (!null_code && !valid_code(c, agent))
          throw Error(Errc::kBadDictionary, path, ln, fmt::format("\"{}\" is not a CAMEO code", c));
        codes.emplace_back(c);
      }
      CodeSpan cs;
      cs.code = codes[0];  // "---" with dates: not coded during that period
      if (parts.size() > 1) ++st.dated_codes;
      // The restriction, spaces removed: ">D", "<D", "D-D" or a bare "D"
      // (taken as the start: "[MNEGOV 20121204]"); "<" is strictly before,
      // ">" on or after, ranges inclusive.
      std::string r;
      for (size_t k = 1; k < parts.size(); ++k) r += parts[k];
      bool ok = true;
      size_t q = 0;
      auto digits = [&]() {
        size_t b0 = q;
        while (q < r.size() && r[q] >= '0' && r[q] <= '9') ++q;
        return std::string_view(r).substr(b0, q - b0);
      };
      while (ok && q < r.size()) {
        char c0 = r[q];
        if (c0 == '>' || c0 == '<') {
          ++q;
          Date d = tabari_date(digits(), ok);
          if (ok && c0 == '>') cs.from = d;
          if (ok && c0 == '<') cs.to = Date::from_days(d.days() - 1);
        } else if (c0 >= '0' && c0 <= '9') {
          cs.from = tabari_date(digits(), ok);
          if (ok && q < r.size() && r[q] == '-') {
            ++q;
            cs.to = tabari_date(digits(), ok);
          }
        } else {
          ok = false;
        }
      }
      if (!ok) {
        // The public files hold a few typos ("9008223-911221"). A guessed
        // bound would make the code hold at wrong dates, so the code span is
        // dropped and the line reported as a warning; the rest loads.
        st.warnings.push_back(fmt::format("{}:{}: \"{}\" is not a TABARI date restriction; code {} ignored", path, ln, r, cs.code));
        continue;
      }
      if (cs.code.empty()) continue;
      if (cs.from.ok() && cs.to.ok() && cs.to < cs.from) {
        st.warnings.push_back(fmt::format("{}:{}: {} ends before it begins; code ignored", path, ln, inner));
        continue;
      }
      for (size_t k = 1; k < codes.size(); ++k) {
        CodeSpan extra = cs;
        extra.code = codes[k];
        p.e.codes.push_back(std::move(extra));
      }
      p.e.codes.insert(p.e.codes.end() - static_cast<std::ptrdiff_t>(codes.size() - 1), std::move(cs));
    }
  };
  auto add_name = [&](std::string_view raw_name, Pending& p, bool plural) {
    std::string name(trim(raw_name));
    bool exact = !name.empty() && name.back() == '_';
    while (!name.empty() && name.back() == '_') name.pop_back();
    if (name.empty()) throw Error(Errc::kBadDictionary, path, ln, "empty name");
    // Expand !MACRO! forms.
    std::vector<std::string> expanded{name};
    for (auto& [m, vals] : macros) {
      std::vector<std::string> next;
      for (auto& e : expanded) {
        if (e.find(m) == std::string::npos) { next.push_back(e); continue; }
        for (auto& v : vals) {  // every occurrence takes the same value
          std::string x = e;
          for (size_t at = x.find(m); at != std::string::npos; at = x.find(m, at + v.size())) x.replace(at, m.size(), v);
          next.push_back(std::move(x));
        }
      }
      expanded = std::move(next);
    }
    for (auto& e : expanded) {
      if (has_macro(e)) throw Error(Errc::kBadDictionary, path, ln, fmt::format("unknown macro in \"{}\"", e));
      ++st.names;
      p.forms.emplace_back(e, NameForm::kName);
      // A last word without '_' is a stem (prefix) in actor files; agent
      // entries are whole words (PETRARCH adds their regular plurals).
      p.prefix.push_back(!exact);
      p.auto_plural.push_back(!plural);
    }
  };
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++ln;
    std::string_view line = trim(raw);
    if (in_xml_comment) {
      if (line.find("-->") != std::string_view::npos) in_xml_comment = false;
      if (nl == text.size()) break;
      continue;
    }
    if (line.substr(0, 4) == "<!--" || line.substr(0, 5) == "<! --") {
      if (line.find("-->") == std::string_view::npos) in_xml_comment = true;
      if (nl == text.size()) break;
      continue;
    }
    bool indented = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
    if (auto h = line.find('#'); h != std::string_view::npos) line = trim(line.substr(0, h));
    if (line.empty()) {
      if (nl == text.size()) break;
      continue;
    }
    if (line[0] == '!' && line.find('=') != std::string_view::npos) {  // macro definition
      auto eq = line.find('=');
      std::vector<std::string> vals;
      for (auto v : split(line.substr(eq + 1), ','))
        if (!v.empty()) vals.emplace_back(v);
      std::string key(trim(line.substr(0, eq)));
      if (key.size() < 3 || key.back() != '!') throw Error(Errc::kBadDictionary, path, ln, "macro name must be written !NAME!");
      macros.emplace_back(std::move(key), std::move(vals));
    } else if (indented || line[0] == '[') {  // code line of the entry above
      if (pending.empty()) throw Error(Errc::kBadDictionary, path, ln, "code line before any name");
      if (line[0] != '[') {  // an indented name (Phoenix.International.actors.txt:267): a synonym
        auto br = line.find('[');
        add_name(br == std::string_view::npos ? line : line.substr(0, br), pending.back(), false);
        if (br != std::string_view::npos) parse_codes(line.substr(br), pending.back());
      } else {
        parse_codes(line, pending.back());
      }
    } else if (line[0] == '+') {  // synonym
      if (pending.empty()) throw Error(Errc::kBadDictionary, path, ln, "'+' synonym before any name");
      std::string_view body = line.substr(1);
      auto br = body.find('[');
      add_name(br == std::string_view::npos ? body : body.substr(0, br), pending.back(), false);
      if (br != std::string_view::npos) parse_codes(body.substr(br), pending.back());
    } else {
      std::string_view body = line;
      auto br = body.find('[');
      auto brace = body.find('{');
      std::string_view name = body.substr(0, std::min(br, brace));
      bool agent_line = br != std::string_view::npos && (body.find('~', br) != std::string_view::npos);
      // A name line while the entry above has no code yet: one more name of it.
      bool join = !pending.empty() && !pending.back().coded;
      if (!join) {
        Pending p;
        p.e.source = fmt::format("{}:{}", path, ln);
        p.e.name = std::string(trim(name));
        while (!p.e.name.empty() && p.e.name.back() == '_') p.e.name.pop_back();
        std::replace(p.e.name.begin(), p.e.name.end(), '_', ' ');
        pending.push_back(std::move(p));
        ++st.entries;
      }
      Pending& p = pending.back();
      if (agent_line) p.agent = true;
      size_t before = p.forms.size();
      add_name(name, p, false);
      if (brace != std::string_view::npos && brace < br) {  // {PLURALS}; {} = none
        auto close = body.find('}', brace);
        if (close == std::string_view::npos) throw Error(Errc::kBadDictionary, path, ln, "'{' without '}'");
        for (size_t k = before; k < p.forms.size(); ++k) p.auto_plural[k] = false;
        for (auto v : split(body.substr(brace + 1, close - brace - 1), ' '))
          if (!v.empty()) add_name(v, p, true);
      }
      if (br != std::string_view::npos) parse_codes(body.substr(br), p);
    }
    if (nl == text.size()) break;
  }
  for (auto& p : pending) {
    if (p.agent) {
      p.e.kind = ActorKind::kAgent;
      // PETRARCH adds regular plurals to agent nouns unless {plurals} are given.
      size_t n = p.forms.size();
      for (size_t k = 0; k < n; ++k) {
        if (!p.auto_plural[k]) continue;
        std::string pl = english_plural(p.forms[k].first);
        if (pl == p.forms[k].first) continue;  // (round 44) no plural ("police")
        p.forms.emplace_back(std::move(pl), NameForm::kName);
        p.prefix.push_back(false);
      }
      for (size_t k = 0; k < p.prefix.size(); ++k) p.prefix[k] = false;
    }
    if (!p.real_codes) ++st.null_entries;
    if (p.e.codes.empty()) {  // [---] or code-less: matched (it blocks shorter matches) but never coded
      p.e.kind = ActorKind::kUnknown;
    } else if (p.e.kind == ActorKind::kUnknown) {
      const std::string& c = p.e.codes.back().code;  // the fallback if any
      p.e.kind = c.size() == 3 && c != "---" ? ActorKind::kCountry : ActorKind::kOrg;
    }
    std::stable_partition(p.e.codes.begin(), p.e.codes.end(), [](auto& c) { return c.from.ok() || c.to.ok(); });
    size_t first = names_.size();
    auto prefix = p.prefix;
    add_entry(std::move(p.e), p.forms, /*tabari=*/true);
    for (size_t k = first, f = 0; k < names_.size() && f < prefix.size(); ++k, ++f) names_[k].prefix_last = prefix[f];
  }
  return st;
}

LoadStats ActorDictionary::load_file(const std::string& path, Format format) {
  std::string text = read_file(path);
  if (format == Format::kAuto) {
    // TABARI files use '[CODE]' brackets and '_' joined names; ours never do.
    format = Format::kDetente;
    size_t checked = 0, pos = 0;
    while (pos < text.size() && checked < 200) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string::npos) nl = text.size();
      std::string_view line = trim(std::string_view(text).substr(pos, nl - pos));
      pos = nl + 1;
      if (line.empty() || line[0] == '#') continue;
      ++checked;
      if (line.find('[') != std::string_view::npos || line.substr(0, 4) == "<!--") { format = Format::kTabari; break; }
    }
  }
  return format == Format::kTabari ? load_tabari(path, text) : load_detente(path, text);
}

LoadStats ActorDictionary::load_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(Errc::kIo, dir, 0, "not a directory of dictionaries");
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path().string());
  std::sort(files.begin(), files.end());
  if (fs::is_regular_file(fs::path(dir) / "datelines.tsv", ec)) load_datelines((fs::path(dir) / "datelines.tsv").string());
  LoadStats total;
  for (auto& f : files) {
    LoadStats st = load_file(f);
    total.entries += st.entries;
    total.null_entries += st.null_entries;
    total.names += st.names;
    total.dated_codes += st.dated_codes;
    for (auto& w : st.warnings) total.warnings.push_back(std::move(w));
  }
  return total;
}

std::shared_ptr<const ActorDictionary> ActorDictionary::load_set(const std::vector<std::string>& paths, bool no_defaults,
                                                                 std::vector<std::string>* warnings) {
  auto d = std::make_shared<ActorDictionary>();
  if (!no_defaults) d->load_default();
  for (const auto& p : paths) {
    std::error_code ec;
    LoadStats st = std::filesystem::is_directory(p, ec) ? d->load_dir(p) : d->load_file(p);
    if (warnings)
      for (auto& w : st.warnings) warnings->push_back(std::move(w));
  }
  d->finish();
  return d;
}

void ActorDictionary::load_datelines(const std::string& path) {
  const std::string text = read_file(path);
  size_t pos = 0;
  int ln = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    pos = nl + 1;
    ++ln;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const size_t t1 = line.find('\t'), t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) throw Error(Errc::kBadDictionary, path, ln, "want KIND<TAB>NAME<TAB>ISO3");
    const std::string_view kind = line.substr(0, t1), name = line.substr(t1 + 1, t2 - t1 - 1), iso = line.substr(t2 + 1);
    bool ok = iso.size() == 3 && !name.empty();
    for (char ch : iso) ok = ok && ch >= 'A' && ch <= 'Z';
    if (!ok) throw Error(Errc::kBadDictionary, path, ln, "want KIND<TAB>NAME<TAB>ISO3");
    std::string key(name);
    for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (kind == "region") dateline_region_[key] = std::string(iso);
    else if (kind == "city") dateline_city_[key] = std::string(iso);
    else throw Error(Errc::kBadDictionary, path, ln, "kind is region or city");
  }
}

static std::string lookup_lower(const std::unordered_map<std::string, std::string>& m, std::string_view name) {
  if (m.empty() || name.size() > 40) return {};
  std::string key(name);
  for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto it = m.find(key);
  return it == m.end() ? std::string() : it->second;
}

std::string ActorDictionary::dateline_region(std::string_view name) const { return lookup_lower(dateline_region_, name); }
std::string ActorDictionary::dateline_city(std::string_view name) const { return lookup_lower(dateline_city_, name); }

void ActorDictionary::load_default() { load_dir(resource_path("data/actors")); }

bool ActorEntry::exists_at(Date date) const {
  if (existed.empty()) return true;
  for (const auto& d : existed)
    if (date.ok() ? d.covers(date) : !d.to.ok()) return true;
  return false;
}

int ActorEntry::default_at(Date date) const {
  int best = 0;
  for (const auto& d : defaults) {
    if (!d.from.ok() && !d.to.ok()) best = std::max(best, 1);
    else if (date.ok() && d.covers(date)) best = 2;
    else if (!date.ok() && !d.to.ok()) best = std::max(best, 1);  // an undated document is read as of today
  }
  return best;
}

void ActorDictionary::finish() {
  // Names that are a country's name + one more word ("Russia Today"): the
  // recognizer reads "Russia today" as the country.
  {
    std::unordered_set<std::string> country_names;
    for (const auto& n : names_)
      if (entries_[n.entry].kind == ActorKind::kCountry) country_names.insert(fmt::format("{}", fmt::join(n.tokens, " ")));
    for (auto& n : names_) {
      n.country_prefix = false;
      if (n.tokens.size() < 2 || entries_[n.entry].kind == ActorKind::kCountry) continue;
      std::string prefix;
      for (size_t q = 0; q + 1 < n.tokens.size(); ++q) prefix += (q ? " " : "") + n.tokens[q];
      n.country_prefix = country_names.count(prefix) > 0;
    }
  }
  // (round 21) A person's one-word name is the surname alone ("Merkel",
  // "Castro"): the recognizer ranks it as a surname (an earlier full mention
  // of a namesake, or a titled office holder, comes first) but needs no
  // earlier mention.
  for (auto& n : names_)
    n.bare_surname = n.role == NameForm::kName && n.tokens.size() == 1 && entries_[n.entry].kind == ActorKind::kPerson;
  // Names -> entries, for `lookup` (datelines, cues below): a scan of every
  // name was 3% of the pipeline's time.
  by_name_.clear();
  for (const auto& n : names_) {
    std::vector<uint32_t>& v = by_name_[fmt::format("{}", fmt::join(n.tokens, " "))];
    if (std::find(v.begin(), v.end(), n.entry) == v.end()) v.push_back(n.entry);
  }
  indexed_ = true;
  // Capitals by name, for datelines given apart from the text.
  capital_country_.clear();
  for (const auto& n : names_) {
    if (n.role != NameForm::kCapital || entries_[n.entry].country.empty()) continue;
    auto [it, fresh] = capital_country_.emplace(fmt::format("{}", fmt::join(n.tokens, " ")), entries_[n.entry].country);
    if (!fresh && it->second != entries_[n.entry].country) it->second.clear();
  }
  // The matcher builds its trie from names(). Here: the cues of shared names,
  // resolved to entries once (CSR: for each entry, the entries it is a cue for).
  cue_begin_.clear();
  cue_targets_.clear();
  has_shared_ = false;
  std::vector<std::pair<uint32_t, uint32_t>> pairs;  // (cue entry, entry it supports)
  for (uint32_t e = 0; e < entries_.size(); ++e) {
    const ActorEntry& en = entries_[e];
    if (!en.defaults.empty()) has_shared_ = true;
    for (const auto& cue : en.cues) {
      has_shared_ = true;
      size_t before = pairs.size();
      if (cue.size() == 4 && cue[0] == '@') {  // any actor of that country
        std::string_view iso = std::string_view(cue).substr(1);
        for (uint32_t c = 0; c < entries_.size(); ++c)
          if (entries_[c].kind != ActorKind::kAgent && entries_[c].country == iso) pairs.emplace_back(c, e);
        if (country(iso) < 0) pairs.resize(before);
      } else {
        for (uint32_t c : lookup(cue))
          if (c != e) pairs.emplace_back(c, e);
      }
      if (pairs.size() == before)
        throw Error(Errc::kBadDictionary, en.source, 0, fmt::format("cue \"{}\" names no entry", cue));
    }
  }
  if (!has_shared_) return;
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  cue_begin_.assign(entries_.size() + 1, 0);
  for (auto& [c, e] : pairs) ++cue_begin_[c + 1];
  for (size_t i = 1; i < cue_begin_.size(); ++i) cue_begin_[i] += cue_begin_[i - 1];
  cue_targets_.reserve(pairs.size());
  for (auto& [c, e] : pairs) cue_targets_.push_back(e);
}

std::vector<uint32_t> ActorDictionary::lookup(std::string_view name) const {
  auto key = name_key(name);
  if (indexed_) {
    auto it = by_name_.find(fmt::format("{}", fmt::join(key, " ")));
    return it == by_name_.end() ? std::vector<uint32_t>() : it->second;
  }
  std::vector<uint32_t> out;
  for (const auto& n : names_)
    if (n.tokens == key && std::find(out.begin(), out.end(), n.entry) == out.end()) out.push_back(n.entry);
  return out;
}

std::string ActorDictionary::capital_country(std::string_view city) const {
  auto it = capital_country_.find(fmt::format("{}", fmt::join(name_key(city), " ")));
  return it == capital_country_.end() ? std::string() : it->second;
}

int32_t ActorDictionary::country(std::string_view iso3) const {
  auto it = country_by_iso_.find(std::string(iso3));
  return it == country_by_iso_.end() ? -1 : it->second;
}

}  // namespace detente
