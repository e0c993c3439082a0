// events/dictionary.cc — loaders for detente's pattern, class, control,
// counterpart and discard files, and the compiled index.
#include "events/dictionary.h"

#include <algorithm>
#include <fstream>
#include <set>

#include "core/error.h"

namespace detente::events {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string_view strip_comment(std::string_view s) {
  auto h = s.find('#');
  if (h != std::string_view::npos) s = s.substr(0, h);
  return trim(s);
}

std::vector<std::string_view> split_ws(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

struct Lines {
  std::ifstream in;
  std::string path, line;
  uint64_t no = 0;
  explicit Lines(const std::string& p, const std::string& display = "") : in(p), path(display.empty() ? p : display) {
    if (!in) throw Error(Errc::kIo, "cannot open " + p);
  }
  bool next() {
    if (!std::getline(in, line)) return false;
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
  }
  [[noreturn]] void fail(const std::string& why) const { throw Error(Errc::kBadDictionary, path, no, why); }
};

const std::set<std::string, std::less<>>& preps() {
  static const std::set<std::string, std::less<>> s(kPrepositions, kPrepositions + kPrepositionCount);
  return s;
}

// Nouns and adjectives that, in news English, almost always modify the noun
// after them ("export restriction", "nuclear weapon", "hunger strike"). Written
// after another word in a pattern ("restriction export") they are a compound
// noun written head first: the loader warns.
const std::set<std::string, std::less<>> kModifierWords = {
    "export", "import", "trade", "arms", "nuclear", "chemical", "biological", "atomic", "suicide",
    "car", "truck", "roadside", "martial", "emergency", "hunger", "mass", "nerve", "air",
    "military", "economic", "border", "peace", "travel", "visa", "oil", "missile", "naval",
    "diplomatic", "financial", "humanitarian", "ground", "cross-border", "general"};
const std::set<std::string, std::less<>> kParticles = {"up", "out", "down", "back", "off", "over", "away",
                                                        "aside", "home", "short", "open", "in", "on"};

bool valid_code(std::string_view c) {
  if (c.size() < 2 || c.size() > 4) return false;
  return std::all_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool valid_lemma(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c == '$' || c == '@' || c == ';' || (c >= 'A' && c <= 'Z')) return false;
  return true;
}

}  // namespace

const char* const kPrepositions[] = {
    "with", "to", "on", "against", "for", "from", "in", "into", "of", "over", "about", "at", "by",
    "toward", "towards", "upon", "between", "among", "across", "after", "under", "without",
    "through", "onto", "amid", "despite", "within", "behind", "beyond", "near", "off", "as",
    "during", "according_to", "because_of", "out_of", "ahead_of", "instead_of", "along"};
const size_t kPrepositionCount = sizeof kPrepositions / sizeof kPrepositions[0];

int32_t Vocab::intern(std::string_view lemma) {
  std::string key = lower(lemma);
  auto it = ids_.find(key);
  if (it != ids_.end()) return it->second;
  int32_t id = static_cast<int32_t>(words_.size());
  words_.push_back(key);
  ids_.emplace(std::move(key), id);
  return id;
}

int32_t Vocab::find(std::string_view lemma) const {
  char buf[64] = {};  // zeroed: GCC 12 otherwise warns (wrongly) that the empty lemma's hash reads it
  if (lemma.size() > sizeof buf) return kNoId;
  for (size_t i = 0; i < lemma.size(); ++i) {
    char c = lemma[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  auto it = ids_.find(std::string_view(buf, lemma.size()));
  return it == ids_.end() ? kNoId : it->second;
}

int32_t Vocab::verb_stem(std::string_view form) const {
  char buf[64];
  const size_t n = form.size();
  if (n < 5 || n > sizeof buf - 1) return kNoId;
  for (size_t i = 0; i < n; ++i) {
    const char c = form[i];
    if (c >= 'A' && c <= 'Z') buf[i] = static_cast<char>(c - 'A' + 'a');
    else if (c >= 'a' && c <= 'z') buf[i] = c;
    else return kNoId;  // a regular inflection of a plain word only
  }
  const std::string_view w(buf, n);
  auto ends = [&](std::string_view suf) { return w.size() > suf.size() && w.substr(w.size() - suf.size()) == suf; };
  auto is_vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  auto try_stem = [&](size_t len) -> int32_t {  // buf[0, len) as a stem of 3+ letters
    if (len < 3) return kNoId;
    const int32_t id = find(std::string_view(buf, len));
    return verbal(id) ? id : kNoId;
  };
  auto try_e = [&](size_t len) -> int32_t {  // buf[0, len) + "e": "saving" -> save
    if (len < 2 || len + 1 > n) return kNoId;
    const char keep = buf[len];
    buf[len] = 'e';
    const int32_t id = try_stem(len + 1);
    buf[len] = keep;
    return id;
  };
  auto try_y = [&](size_t len) -> int32_t {  // buf[0, len) + "y": "carried" -> carry
    if (len < 2) return kNoId;
    const char keep = buf[len];
    buf[len] = 'y';
    const int32_t id = try_stem(len + 1);
    buf[len] = keep;
    return id;
  };
  // a stem before -ed / -ing: as is, with its "e", or with a doubled final consonant undone
  auto base = [&](size_t len) -> int32_t {
    int32_t id = try_stem(len);
    if (id == kNoId) id = try_e(len);
    if (id == kNoId && len >= 4 && buf[len - 1] == buf[len - 2] && !is_vowel(buf[len - 1])) id = try_stem(len - 1);
    return id;
  };
  if (ends("ied")) return try_y(n - 3);
  if (ends("ed")) return base(n - 2);
  if (ends("ing")) return base(n - 3);
  if (ends("ies")) return try_y(n - 3);
  if (ends("ss")) return kNoId;
  if (ends("es")) {
    const int32_t id = try_stem(n - 2);
    return id != kNoId ? id : try_stem(n - 1);
  }
  if (ends("s")) return try_stem(n - 1);
  return kNoId;
}

ControlAction control_action_from_name(std::string_view s) {
  if (s == "intent") return ControlAction::kIntent;
  if (s == "threat") return ControlAction::kThreat;
  if (s == "refuse") return ControlAction::kRefuse;
  if (s == "appeal") return ControlAction::kAppeal;
  if (s == "demand") return ControlAction::kDemand;
  if (s == "deny") return ControlAction::kDeny;
  if (s == "transparent") return ControlAction::kTransparent;
  if (s == "modal") return ControlAction::kModal;
  return ControlAction::kNone;
}

const char* control_action_name(ControlAction a) {
  switch (a) {
    case ControlAction::kIntent: return "intent";
    case ControlAction::kThreat: return "threat";
    case ControlAction::kRefuse: return "refuse";
    case ControlAction::kAppeal: return "appeal";
    case ControlAction::kDemand: return "demand";
    case ControlAction::kDeny: return "deny";
    case ControlAction::kTransparent: return "transparent";
    case ControlAction::kModal: return "modal";
    default: return "none";
  }
}

const std::string& Counterparts::get(ControlAction a) const {
  static const std::string empty;
  switch (a) {
    case ControlAction::kIntent: return intent;
    case ControlAction::kThreat: return threat;
    case ControlAction::kRefuse: return refuse;
    case ControlAction::kAppeal: return appeal;
    case ControlAction::kDemand: return demand;
    default: return empty;
  }
}

int32_t PatternDictionary::class_id(std::string_view name, bool create) {
  auto it = class_ids_.find(std::string(name));
  if (it != class_ids_.end()) return it->second;
  if (!create) return kNoId;
  int32_t id = static_cast<int32_t>(class_names.size());
  class_names.emplace_back(name);
  class_ids_.emplace(std::string(name), id);
  class_words_.emplace_back();
  class_nested_.emplace_back();
  return id;
}

bool PatternDictionary::in_class(int32_t lemma, int32_t cls) const {
  if (lemma < 0 || static_cast<size_t>(lemma) >= classes_of.size()) return false;
  const auto& v = classes_of[lemma];
  return std::binary_search(v.begin(), v.end(), cls);
}

const std::string* PatternDictionary::counterpart(std::string_view code, ControlAction a) const {
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = counterparts.find(std::string(code.substr(0, n)));
    if (it != counterparts.end()) return &it->second.get(a);
  }
  return nullptr;
}

// ---------------------------------------------------------------- classes

static void parse_class_line(PatternDictionary& d, Lines& L, std::string_view body,
                             std::vector<std::vector<int32_t>>& words,
                             std::vector<std::vector<int32_t>>& nested) {
  auto eq = body.find('=');
  if (eq == std::string_view::npos) L.fail("class line needs '@name = lemma lemma ...'");
  std::string_view name = trim(body.substr(1, eq - 1));
  if (name.empty() || name.find(' ') != std::string_view::npos) L.fail("bad class name");
  int32_t id = d.class_id(name, true);
  auto members = split_ws(body.substr(eq + 1));
  if (members.empty()) L.fail("class @" + std::string(name) + " has no members");
  for (auto m : members) {
    if (m[0] == '@') {
      // class_id may grow `nested` (a new class): take the id before indexing.
      int32_t member = d.class_id(m.substr(1), true);
      nested[id].push_back(member);
      words.resize(d.class_names.size());
      nested.resize(d.class_names.size());
    } else {
      if (!valid_lemma(m)) L.fail("bad class member '" + std::string(m) + "' (lower-case lemmas or @class)");
      words[id].push_back(d.vocab.intern(m));
    }
  }
}

void PatternDictionary::load_classes(const std::string& path) {
  Lines L(path);
  while (L.next()) {
    auto body = strip_comment(L.line);
    if (body.empty()) continue;
    if (body[0] != '@') L.fail("expected a class line '@name = lemma lemma ...'");
    class_words_.resize(class_names.size() + 1);
    class_nested_.resize(class_names.size() + 1);
    parse_class_line(*this, L, body, class_words_, class_nested_);
    class_words_.resize(class_names.size());
    class_nested_.resize(class_names.size());
  }
}

// --------------------------------------------------------------- patterns

void PatternDictionary::load_patterns(const std::string& path, const std::string& display) {
  Lines L(path, display);
  const std::string& fname = L.path;
  while (L.next()) {
    auto body = strip_comment(L.line);
    if (body.empty()) continue;
    if (body[0] == '@') {
      class_words_.resize(class_names.size() + 1);
      class_nested_.resize(class_names.size() + 1);
      parse_class_line(*this, L, body, class_words_, class_nested_);
      class_words_.resize(class_names.size());
      class_nested_.resize(class_names.size());
      continue;
    }
    std::string_view flags;
    auto semi = body.find(';');
    if (semi != std::string_view::npos) {
      flags = body.substr(semi + 1);
      body = trim(body.substr(0, semi));
    }
    auto toks = split_ws(body);
    if (toks.size() < 3) L.fail("expected 'CODE KIND PATTERN' (e.g. '040 V meet $T')");
    Pattern p;
    if (!valid_code(toks[0])) L.fail("bad CAMEO code '" + std::string(toks[0]) + "' (2-4 digits)");
    p.code = std::string(toks[0]);
    if (toks[1] == "V") p.kind = Pattern::kVerb;
    else if (toks[1] == "N") p.kind = Pattern::kNoun;
    else L.fail("KIND must be V or N, not '" + std::string(toks[1]) + "'");
    auto pred = toks[2];
    if (pred[0] == '@') {
      p.pred_is_class = true;
      p.pred = class_id(pred.substr(1), true);
      class_words_.resize(class_names.size());
      class_nested_.resize(class_names.size());
    } else {
      if (!valid_lemma(pred) || preps().count(pred)) L.fail("bad predicate '" + std::string(pred) + "' (a lower-case lemma or @class)");
      p.pred = vocab.intern(pred);
    }
    for (size_t i = 3; i < toks.size(); ++i) {
      auto t = toks[i];
      Elem e;
      if (preps().count(t)) {
        auto us = t.find('_');
        if (us != std::string_view::npos) {
          e.prep = vocab.intern(t.substr(0, us));
          e.prep2 = vocab.intern(t.substr(us + 1));
        } else {
          e.prep = vocab.intern(t);
        }
        if (i + 1 >= toks.size()) L.fail("preposition '" + std::string(t) + "' needs $T, $S, a word or @class after it");
        t = toks[++i];
        if (preps().count(t)) L.fail("two prepositions in a row: '" + std::string(toks[i - 1]) + " " + std::string(t) + "'");
      }
      std::string_view cons;
      if ((t.rfind("$T:", 0) == 0 || t.rfind("$S:", 0) == 0)) {
        cons = t.substr(3);
        t = t.substr(0, 2);
        if (cons.empty() || (cons[0] == '@' ? cons.size() < 2 : !valid_lemma(cons)))
          L.fail("bad slot constraint '" + std::string(toks[i]) + "' (write $T:lemma or $T:@class)");
        if (cons[0] == '@') {
          e.cons_class = true;
          e.cons = class_id(cons.substr(1), true);
          class_words_.resize(class_names.size());
          class_nested_.resize(class_names.size());
        } else {
          e.cons = vocab.intern(cons);
        }
      }
      if (t == "$T") {
        if (p.has_target_slot) L.fail("$T appears twice");
        e.kind = Elem::kTarget;
        p.has_target_slot = true;
      } else if (t == "$S") {
        if (p.has_source_slot) L.fail("$S appears twice");
        e.kind = Elem::kSource;
        p.has_source_slot = true;
      } else if (t[0] == '@') {
        e.kind = Elem::kClass;
        e.id = class_id(t.substr(1), true);
        class_words_.resize(class_names.size());
        class_nested_.resize(class_names.size());
      } else if (t[0] == '$') {
        L.fail("unknown slot '" + std::string(t) + "' (use $S or $T)");
      } else {
        if (!valid_lemma(t)) L.fail("bad element '" + std::string(t) + "' (lower-case lemma, @class, $S, $T or PREP X)");
        e.kind = Elem::kWord;
        e.id = vocab.intern(t);
      }
      p.elems.push_back(e);
    }
    for (auto f : split_ws(flags)) {
      if (f == "joint") p.joint = true;
      else if (f == "notarget") p.notarget = true;
      else if (f == "neg") p.neg = true;
      else if (f == "reply") p.reply = true;
      else if (f == "negated") p.negated = true;
      else if (f == "bare") p.bare = true;
      else if (f == "noparticle") p.noparticle = true;
      else if (f == "srcigo") p.src_igo = true;
      else if (f.starts_with("subj=@") && f.size() > 6) {
        p.subj_class = class_id(f.substr(6), true);
        class_words_.resize(class_names.size());
        class_nested_.resize(class_names.size());
      } else L.fail("unknown flag '" + std::string(f) + "' (joint, notarget, neg, reply, negated, bare, noparticle, subj=@class, srcigo)");
    }
    if (p.subj_class != kNoId && p.kind != Pattern::kVerb) L.fail("flag 'subj=@class' is for V patterns only (a verb's subject)");
    if (p.negated && p.kind != Pattern::kVerb) L.fail("flag 'negated' is for V patterns only (a verb's negation)");
    // "restriction export": a compound noun written head first (the matcher
    // reads "export restriction", modifier first, as English writes it)
    for (size_t k = 1; k < p.elems.size(); ++k) {
      const Elem& a = p.elems[k - 1];
      const Elem& b = p.elems[k];
      if (b.prep != kNoId || b.kind != Elem::kWord || (a.kind != Elem::kWord && a.kind != Elem::kClass)) continue;
      if (!kModifierWords.count(vocab.str(b.id))) continue;
      if (a.kind == Elem::kWord && kParticles.count(vocab.str(a.id))) continue;  // "carry out suicide bombing"
      std::string an = a.kind == Elem::kWord ? vocab.str(a.id) : "@" + class_names[a.id];
      warnings.push_back(fname + ":" + std::to_string(L.no) + ": warning: '" + an + " " + vocab.str(b.id) +
                         "' looks like a compound noun written head first; write '" + vocab.str(b.id) + " " + an +
                         "' [W001]");
    }
    p.where = fname + ":" + std::to_string(L.no) + ": " + std::string(strip_comment(L.line));
    patterns.push_back(std::move(p));
  }
}

// ---------------------------------------------------------------- control

void PatternDictionary::load_control(const std::string& path) {
  Lines L(path);
  while (L.next()) {
    auto body = strip_comment(L.line);
    if (body.empty()) continue;
    auto toks = split_ws(body);
    if (toks.size() != 2 && !(toks.size() == 3 && toks[2] == "bare")) L.fail("expected 'LEMMA ACTION [bare]'");
    ControlAction a = control_action_from_name(toks[1]);
    if (a == ControlAction::kNone)
      L.fail("unknown action '" + std::string(toks[1]) + "' (intent threat refuse appeal demand deny transparent modal)");
    std::string lem = lower(toks[0]);
    auto us = lem.find('_');
    bool multi = us != std::string::npos;
    if (multi) lem = lem.substr(0, us);  // "call_on": the verb, its particle is not checked
    int32_t id = vocab.intern(lem);
    if (control.size() <= static_cast<size_t>(id)) control.resize(id + 1, ControlAction::kNone);
    if (!multi || control[id] == ControlAction::kNone) control[id] = a;
    if (toks.size() == 3) {
      if (bare_complement.size() <= static_cast<size_t>(id)) bare_complement.resize(id + 1, 0);
      bare_complement[id] = 1;
    }
  }
}

void PatternDictionary::load_counterparts(const std::string& path) {
  Lines L(path);
  bool header = false;
  while (L.next()) {
    auto body = strip_comment(L.line);
    if (body.empty()) continue;
    auto toks = split_ws(body);
    if (!header) {
      if (toks.size() != 6 || toks[0] != "base") L.fail("expected the header 'base intent threat refuse appeal demand'");
      header = true;
      continue;
    }
    if (toks.size() != 6) L.fail("expected 6 columns, found " + std::to_string(toks.size()));
    if (!valid_code(toks[0])) L.fail("bad base code '" + std::string(toks[0]) + "'");
    Counterparts c;
    std::string* cols[5] = {&c.intent, &c.threat, &c.refuse, &c.appeal, &c.demand};
    for (int i = 0; i < 5; ++i) {
      auto v = toks[i + 1];
      if (v == "-") continue;
      if (!valid_code(v)) L.fail("bad code '" + std::string(v) + "' (2-4 digits or -)");
      *cols[i] = std::string(v);
    }
    if (counterparts.count(std::string(toks[0]))) L.fail("base " + std::string(toks[0]) + " listed twice");
    counterparts.emplace(std::string(toks[0]), std::move(c));
  }
}

// ---------------------------------------------------------------- discards

void PatternDictionary::load_discards(const std::string& path) {
  Lines L(path);
  while (L.next()) {
    auto body = strip_comment(L.line);
    if (body.empty()) continue;
    auto toks = split_ws(body);
    if (toks.size() < 2) L.fail("expected 'CATEGORY word word ...'");
    Discard d;
    d.category = std::string(toks[0]);
    for (size_t i = 1; i < toks.size(); ++i) {
      if (!valid_lemma(toks[i])) L.fail("bad discard word '" + std::string(toks[i]) + "' (lower case)");
      d.lemmas.push_back(vocab.intern(toks[i]));
    }
    d.where = path + ":" + std::to_string(L.no);
    discards.push_back(std::move(d));
  }
}

void PatternDictionary::load_tabari_discards(const std::string& path) {
  Lines L(path);
  while (L.next()) {
    std::string_view body = L.line;
    if (body.rfind("<!--", 0) == 0) continue;
    body = strip_comment(body);
    if (body.empty()) continue;
    Discard d;
    d.category = "discard";
    std::string b(body);
    for (char& c : b)
      if (c == '_' || c == '+') c = ' ';
    for (auto w : split_ws(b)) d.lemmas.push_back(vocab.intern(w));
    if (d.lemmas.empty()) continue;
    d.where = path + ":" + std::to_string(L.no);
    discards.push_back(std::move(d));
  }
}

// ---------------------------------------------------------------- TABARI

void PatternDictionary::load_tabari(const std::string& path) {
  Lines L(path);
  enum { kNone, kSynset, kBlock } state = kNone;
  int32_t cur_class = kNoId;
  std::string block_code;                   // default code of the block, "" = [---]
  std::vector<int32_t> block_verbs;         // predicate ids (lemma and forms)
  std::vector<uint32_t> block_patterns;     // pattern ids of the block
  std::vector<std::pair<int32_t, uint32_t>> links;  // (verb id, pattern id)
  auto close_block = [&]() {
    for (int32_t v : block_verbs)
      for (uint32_t p : block_patterns) links.emplace_back(v, p);
    block_verbs.clear();
    block_patterns.clear();
  };
  std::string last_pair, block_pair;  // "[032:033]": the target's reciprocal event
  auto parse_code = [&](std::string_view s, std::string& code, std::string_view& rest) -> bool {
    last_pair.clear();
    auto lb = s.rfind('[');
    auto rb = s.rfind(']');
    if (lb == std::string_view::npos) {
      rest = s;
      return false;
    }
    if (rb == std::string_view::npos || rb < lb) L.fail("unclosed '[' in code");
    code = std::string(trim(s.substr(lb + 1, rb - lb - 1)));
    auto colon = code.find(':');
    if (colon != std::string::npos) {
      if (colon > 0 && colon + 1 < code.size() && code.find_first_not_of('-', colon + 1) != std::string::npos)
        last_pair = code.substr(colon + 1);
      code = colon > 0 ? code.substr(0, colon) : code.substr(colon + 1);
    }
    if (code.empty()) L.fail("empty code '[]'");
    if (code.find_first_not_of('-') == std::string::npos) code.clear();  // [---]
    rest = trim(s.substr(0, lb));
    return true;
  };
  auto add_default = [&](int32_t verb_id, const std::vector<int32_t>& particles, const std::string& code,
                         const std::string& pair) {
    Pattern p;
    p.kind = Pattern::kTabari;
    p.code = code;
    p.paired_code = pair;
    p.null_code = code.empty();
    p.particle_default = !particles.empty();
    for (int32_t w : particles) {
      Elem e;
      e.kind = Elem::kWord;
      e.id = w;
      p.elems.push_back(e);
    }
    p.where = path + ":" + std::to_string(L.no) + ": " + std::string(strip_comment(L.line));
    links.emplace_back(verb_id, static_cast<uint32_t>(patterns.size()));
    patterns.push_back(std::move(p));
  };
  while (L.next()) {
    std::string_view raw = trim(L.line);
    if (raw.rfind("<!--", 0) == 0) continue;
    // '#' starts a comment, except inside a [code] ("[###]" in PETR.Validate)
    std::string_view body = raw;
    {
      bool in_code = false;
      for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '[') in_code = true;
        else if (raw[i] == ']') in_code = false;
        else if (raw[i] == '#' && !in_code) {
          body = raw.substr(0, i);
          break;
        }
      }
      body = trim(body);
    }
    if (body.empty()) {
      if (state == kSynset) state = kNone;
      continue;
    }
    if (body.rfind("---", 0) == 0) {
      close_block();
      state = kBlock;
      std::string code;
      std::string_view rest;
      std::string_view inner = trim(body.substr(3));
      if (inner.size() >= 3 && inner.substr(inner.size() - 3) == "---") inner = trim(inner.substr(0, inner.size() - 3));
      if (!parse_code(inner, code, rest)) code.clear();
      block_code = code;
      block_pair = last_pair;
      continue;
    }
    if (body[0] == '&') {
      state = kSynset;
      auto name = split_ws(body)[0].substr(1);
      while (!name.empty() && name.back() == '_') name.remove_suffix(1);
      cur_class = class_id(name, true);
      class_words_.resize(class_names.size());
      class_nested_.resize(class_names.size());
      ++tabari_synsets;
      continue;
    }
    if (state == kSynset && body[0] == '+') {
      std::string m;
      for (char c : lower(body.substr(1))) {
        if (c == '_') m += " _ ";
        else m += c;
      }
      std::vector<std::string_view> words;
      std::vector<bool> closed;  // per word: joined to the previous one with '_'
      bool joined = false;
      for (auto w : split_ws(m)) {
        if (w == "_") {
          joined = !words.empty();
          continue;
        }
        words.push_back(w);
        closed.push_back(joined);
        joined = false;
      }
      if (words.empty()) L.fail("empty synset member");
      if (words[0][0] == '&') {
        std::string_view nm = split_ws(body.substr(1))[0].substr(1);
        while (!nm.empty() && nm.back() == '_') nm.remove_suffix(1);
        int32_t nid = class_id(nm, true);
        class_words_.resize(class_names.size());
        class_nested_.resize(class_names.size());
        class_nested_[cur_class].push_back(nid);
      } else if (words.size() == 1) {
        class_words_[cur_class].push_back(vocab.intern(words[0]));
      } else {
        // a multi-word member matches only as a whole ("GOLDEN_GOBLIN_GALLEONS" is
        // not matched by "goblin galleons"): see PhraseWord
        class_phrases_.resize(class_names.size());
        std::vector<PhraseWord> ph;
        for (size_t i = 0; i < words.size(); ++i) ph.push_back({vocab.intern(words[i]), closed[i]});
        class_phrases_[cur_class].push_back(std::move(ph));
      }
      continue;
    }
    if (body[0] == '-') {
      if (state != kBlock) L.fail("pattern line outside a verb block ('--- NAME [code] ---')");
      std::string code;
      std::string_view rest;
      std::string pair;
      if (!parse_code(body.substr(1), code, rest)) {
        code = block_code;  // PETRARCH: the block's default
        pair = block_pair;
      } else {
        pair = last_pair;
      }
      Pattern p;
      p.kind = Pattern::kTabari;
      p.code = code;
      p.paired_code = pair;
      p.null_code = code.empty();
      std::string b(rest);
      // separate markers glued with '_' or brackets
      std::string norm;
      for (char c : b) {
        if (c == '_') norm += " _ ";  // closed connector: the next element is adjacent
        else if (c == '{' || c == '}' || c == '(' || c == ')') norm += ' ';
        else if (c == '*' || c == '$' || c == '+' || c == '%' || c == '^') {
          norm += ' ';
          norm += c;
          norm += ' ';
        } else norm += c;
      }
      bool after = false, seen_star = norm.find('*') != std::string::npos;
      if (!seen_star) after = true;
      // '_' joins two elements (or an element and '*'): they must be adjacent
      bool joined = false, prev_star = false;
      for (auto t : split_ws(norm)) {
        Elem e;
        if (t == "_") {
          if (!after && !p.before.empty() && !prev_star) joined = true;  // may close onto '*'
          else if (after) joined = true;
          continue;
        }
        if (t == "*") {
          if (joined && !p.before.empty()) p.before_closed = true;
          joined = false;
          after = true;
          prev_star = true;
          continue;
        }
        prev_star = false;
        if (t == "^") {  // skips the next actor
          joined = false;
          if (after) {
            e.kind = Elem::kSkip;
            p.elems.push_back(e);
          }
          continue;
        }
        e.closed = joined;
        joined = false;
        if (t == "$") {
          e.kind = Elem::kSource;
          p.has_source_slot = true;
        } else if (t == "+") {
          e.kind = Elem::kTarget;
          p.has_target_slot = true;
        } else if (t == "%") {
          e.kind = Elem::kAny;  // compound actor: before '*' the subject's conjuncts code among themselves
          if (!after) p.joint = true;
        } else if (t[0] == '&') {
          e.kind = Elem::kClass;
          e.id = class_id(t.substr(1), true);
          class_words_.resize(class_names.size());
          class_nested_.resize(class_names.size());
        } else {
          e.kind = Elem::kWord;
          e.id = vocab.intern(t);
        }
        (after ? p.elems : p.before).push_back(e);
      }
      p.where = path + ":" + std::to_string(L.no) + ": " + std::string(strip_comment(raw));
      block_patterns.push_back(static_cast<uint32_t>(patterns.size()));
      patterns.push_back(std::move(p));
      continue;
    }
    // A verb line: WORD [code] {FORMS} or multiword A_+B {…}
    if (state == kSynset) state = kNone;
    if (state == kNone) {
      // TABARI files may list verbs before any block: open an implicit one
      close_block();
      state = kBlock;
      block_code.clear();
    }
    std::string code;
    std::string_view rest = body;
    std::string forms_s;
    auto lb = rest.find('{');
    if (lb != std::string_view::npos) {
      auto rb = rest.find('}', lb);
      if (rb == std::string_view::npos) L.fail("unclosed '{' in verb forms");
      forms_s = std::string(rest.substr(lb + 1, rb - lb - 1));
      std::string r = std::string(rest.substr(0, lb)) + std::string(rest.substr(rb + 1));
      std::string_view rv = r;
      std::string_view rest2;
      bool has_code = parse_code(rv, code, rest2);
      std::string head(trim(has_code ? rest2 : rv));
      rest = {};
      forms_s = head + "\n" + forms_s;
    } else {
      std::string_view rest2;
      if (parse_code(rest, code, rest2)) rest = rest2;
      forms_s = std::string(trim(rest)) + "\n";
    }
    std::string verb_pair = last_pair;
    if (code.empty() && !block_code.empty()) {
      code = block_code;
      verb_pair = block_pair;
    }
    bool own_code = body.find('[') != std::string_view::npos && body.find('[') < body.find('{');
    (void)own_code;
    std::string head = forms_s.substr(0, forms_s.find('\n'));
    std::string forms = forms_s.substr(forms_s.find('\n') + 1);
    auto words = split_ws(head);
    if (words.empty()) L.fail("empty verb line");
    std::string w0 = lower(words[0]);
    // multiword verb: '+' marks the verb; other parts are particles
    std::vector<std::string> parts;
    {
      std::string cur;
      for (char c : w0) {
        if (c == '_') {
          parts.push_back(cur);
          cur.clear();
        } else cur += c;
      }
      parts.push_back(cur);
    }
    size_t vi = 0;
    for (size_t i = 0; i < parts.size(); ++i)
      if (!parts[i].empty() && parts[i][0] == '+') vi = i;
    std::string verb = parts[vi];
    if (!verb.empty() && verb[0] == '+') verb = verb.substr(1);
    if (verb.empty()) L.fail("verb line has no verb");
    std::vector<int32_t> particles;
    for (size_t i = vi + 1; i < parts.size(); ++i)
      if (!parts[i].empty()) particles.push_back(vocab.intern(parts[i][0] == '+' ? parts[i].substr(1) : parts[i]));
    int32_t vid = vocab.intern(verb);
    std::vector<int32_t> ids = {vid};
    for (auto f : split_ws(forms)) {
      std::string fs = lower(f);
      if (!fs.empty() && fs[0] == '+') fs = fs.substr(1);
      auto us = fs.find('_');
      std::string fv = fs.substr(0, us);  // the verb form of a multiword form
      if (!fv.empty()) ids.push_back(vocab.intern(fv));
    }
    ++tabari_verbs;
    for (int32_t id : ids) block_verbs.push_back(id);
    if (!code.empty() || !particles.empty()) {
      for (int32_t id : ids) add_default(id, particles, code, verb_pair);
    }
  }
  close_block();
  // attach links as TABARI predicates: stored through pending index entries
  for (auto& [v, p] : links) {
    if (by_pred.size() <= static_cast<size_t>(v)) by_pred.resize(v + 1);
    by_pred[v].push_back(p);
  }
}

// ---------------------------------------------------------------- finish

void PatternDictionary::finish() {
  size_t nc = class_names.size();
  class_words_.resize(nc);
  class_nested_.resize(nc);
  // resolve nested classes (transitively)
  std::vector<std::vector<int32_t>> members(nc);
  class_phrases_.resize(nc);
  class_phrases.assign(nc, {});
  for (size_t c = 0; c < nc; ++c) {
    std::vector<int32_t> stack = {static_cast<int32_t>(c)};
    std::vector<bool> seen(nc, false);
    while (!stack.empty()) {
      int32_t k = stack.back();
      stack.pop_back();
      if (seen[k]) continue;
      seen[k] = true;
      for (int32_t w : class_words_[k]) members[c].push_back(w);
      for (const auto& ph : class_phrases_[k]) class_phrases[c].push_back(ph);
      for (int32_t n : class_nested_[k]) stack.push_back(n);
    }
  }
  size_t nv = vocab.size();
  classes_of.assign(nv, {});
  for (size_t c = 0; c < nc; ++c)
    for (int32_t w : members[c]) classes_of[w].push_back(static_cast<int32_t>(c));
  for (auto& v : classes_of) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  for (const Pattern& p : patterns) {
    if (p.kind == Pattern::kTabari) continue;
    auto check = [&](int32_t c) {
      if (members[c].empty() && class_phrases[c].empty())
        throw Error(Errc::kBadDictionary, p.where.substr(0, p.where.find(": ")) + ": class @" +
                                              class_names[c] + " is used but not defined");
    };
    if (p.pred_is_class) check(p.pred);
    if (p.subj_class != kNoId) check(p.subj_class);
    for (const Elem& e : p.elems) {
      if (e.kind == Elem::kClass) check(e.id);
      if (e.cons != kNoId && e.cons_class) check(e.cons);
    }
  }
  // Equally long patterns: a word element beats a class, a small class a large one
  // ("withdraw @peacekeeper from $T" beats "withdraw @troop from $T").
  for (Pattern& p : patterns) {
    int points = 0, class_size = 0;  // a word 2, a class or a slot 1, a slot constraint like a word/class
    for (const Elem& e : p.elems) {
      if (e.kind == Elem::kTarget || e.kind == Elem::kSource) points += 1;
      if (e.kind == Elem::kWord) points += 2;
      if (e.kind == Elem::kClass) {
        points += 1;
        class_size += static_cast<int>(members[e.id].size() + class_phrases[e.id].size());
      }
      if (e.cons != kNoId) {
        points += e.cons_class ? 1 : 2;
        if (e.cons_class) class_size += static_cast<int>(members[e.cons].size());
      }
    }
    // (session 17, round 28) a subject class narrows a pattern as a slot constraint does:
    // "strike $T ; subj=@strikeweapon" (195, "missiles struck X") beats "strike $T" (190)
    if (p.subj_class != kNoId) points += 1;
    p.rank = points * 1000 + std::max(0, 999 - class_size);
    if (p.particle_default) p.rank = 1000;  // above a bare verb (999), below any pattern
  }
  by_pred.resize(nv);
  for (uint32_t i = 0; i < patterns.size(); ++i) {
    const Pattern& p = patterns[i];
    if (p.kind == Pattern::kTabari) continue;  // linked by load_tabari
    if (!p.pred_is_class) {
      by_pred[p.pred].push_back(i);
    } else {
      for (int32_t w : members[p.pred]) by_pred[w].push_back(i);
    }
  }
  for (auto& v : by_pred) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  control.resize(nv, ControlAction::kNone);
  {
    std::vector<uint8_t> verbal(nv, 0);
    for (size_t w = 0; w < nv; ++w) {
      verbal[w] = control[w] != ControlAction::kNone;
      for (uint32_t pi : by_pred[w]) verbal[w] |= patterns[pi].kind != Pattern::kNoun;
    }
    vocab.set_verbal(std::move(verbal));
  }
  discards_by_first.assign(nv, {});
  for (uint32_t i = 0; i < discards.size(); ++i) discards_by_first[discards[i].lemmas[0]].push_back(i);
}

}  // namespace detente::events
