// events/eval_events.cc — PETRARCH suite, PLOVER GSR and Yonhap evaluations.
#include "events/eval_events.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "actors/dictionary.h"
#include "actors/gsr_eval.h"
#include "core/error.h"
#include "core/resources.h"
#include "events/eval_ptb.h"
#include "syntax/syntax.h"
#include "text/segmenter.h"

namespace detente {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Errc::kIo, "cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string collapse_ws(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::string attr(std::string_view tag, std::string_view name) {
  size_t p = 0;
  while ((p = tag.find(name, p)) != std::string_view::npos) {
    size_t q = p + name.size();
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (q < tag.size() && tag[q] == '=') {
      ++q;
      while (q < tag.size() && tag[q] == ' ') ++q;
      if (q < tag.size() && (tag[q] == '"' || tag[q] == '\'')) {  // 'single quotes' hold '"NEW ACTOR"' codes
        size_t e = tag.find(tag[q], q + 1);
        if (e != std::string_view::npos) return std::string(tag.substr(q + 1, e - q - 1));
      }
    }
    p = q;
  }
  return {};
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

double pct(double a, double b) { return b > 0 ? 100.0 * a / b : 0.0; }

}  // namespace

// PETRARCH's comma rule: the actors of a comma-delimited clause whose length in words is
// within the configured bounds are dropped, so nothing in it is coded as an actor and
// no event takes its source or target from it.
static void mask_comma_clauses(const Document& doc, DocumentActors& actors, const EvalStack::CommaRule& r) {
  for (const Sentence& s : doc.sentences) {
    const uint32_t b = s.tok_begin, e = s.tok_end;
    auto punct = [&](uint32_t t) { return doc.tokens[t].upos == Upos::PUNCT; };
    // clause commas: not inside a noun phrase, i.e. no noun, name, pronoun or number
    // whose subtree holds the words on both sides ("complete, full diplomatic ties", a
    // list or an apposition)
    const uint32_t n = e - b;
    std::vector<uint32_t> lo(n), hi(n);
    for (uint32_t i = 0; i < n; ++i) lo[i] = hi[i] = i;
    for (uint32_t i = 0; i < n; ++i)
      for (int a = doc.tokens[b + i].head, k = 0; a >= 0 && static_cast<uint32_t>(a) < n && k < 64;
           a = doc.tokens[b + a].head, ++k) {
        lo[a] = std::min(lo[a], i);
        hi[a] = std::max(hi[a], i);
      }
    std::vector<uint32_t> commas;
    for (uint32_t i = 1; i + 1 < n; ++i) {
      if (doc.form(doc.tokens[b + i]) != ",") continue;
      bool inside = false;
      for (uint32_t x = 0; x < n && !inside; ++x) {
        Upos u = doc.tokens[b + x].upos;
        inside = (u == Upos::NOUN || u == Upos::PROPN || u == Upos::PRON || u == Upos::NUM) && lo[x] < i &&
                 hi[x] > i;
      }
      if (!inside) commas.push_back(b + i);
    }
    if (commas.empty()) continue;
    auto words = [&](uint32_t from, uint32_t to) {
      int n = 0;
      for (uint32_t t = from; t < to; ++t) n += !punct(t);
      return n;
    };
    auto drop = [&](uint32_t from, uint32_t to) {
      for (uint32_t t = from; t < to && t < actors.by_token.size(); ++t) actors.by_token[t] = -1;
    };
    auto within = [](int n, int lo, int hi) { return hi > 0 && n >= lo && n <= hi; };
    bool initial = within(words(b, commas.front()), r.bmin, r.bmax);
    if (initial) drop(b, commas.front());
    if (!(initial && commas.size() == 1) && within(words(commas.back() + 1, e), r.emin, r.emax))
      drop(commas.back() + 1, e);
    for (size_t k = 0; k + 1 < commas.size(); ++k)
      if (within(words(commas[k] + 1, commas[k + 1]), r.min, r.max)) drop(commas[k] + 1, commas[k + 1]);
  }
}

EvalStack EvalStack::load(const Config& c) {
  EvalStack s;
  s.petrarch_conventions = c.petrarch_conventions;
  if (c.need_syntax) {
    s.segmenter = Segmenter::load_default();
    s.syntax = c.syntax_model.empty() ? SyntaxModel::load_default() : SyntaxModel::load(c.syntax_model);
  }
  auto dict = std::make_shared<ActorDictionary>();
  if (c.actor_files.empty()) dict->load_default();
  for (const auto& f : c.actor_files)
    dict->load_file(f, c.tabari_actors ? ActorDictionary::Format::kTabari : ActorDictionary::Format::kAuto);
  dict->finish();
  s.actors = std::make_shared<ActorRecognizer>(dict);
  s.config = c;
  s.load_coders(0);
  return s;
}

void EvalStack::load_coders(int new_actor_length) {
  const Config& c = config;
  EvalStack& s = *this;
  EventCoder::Options o;
  o.discard_files = c.discard_files;
  o.new_actor_length = new_actor_length;
  if (c.verb_files.empty()) {
    s.coder = EventCoder::load_default(o);
    o.allow_no_target = true;
    s.coder_no_dyad = EventCoder::load_default(o);
  } else {
    s.coder = EventCoder::load(c.verb_files, o, c.tabari_verbs);
    o.allow_no_target = true;
    s.coder_no_dyad = EventCoder::load(c.verb_files, o, c.tabari_verbs);
  }
}

void EvalStack::code(Document& doc, DocumentActors& actors, std::vector<Event>& out, bool require_dyad,
                     CodeTrace* trace) const {
  segmenter->segment(doc);
  syntax->annotate(doc);
  code_parsed(doc, actors, out, require_dyad, trace);
}

void EvalStack::code_parsed(const Document& doc, DocumentActors& actors, std::vector<Event>& out,
                            bool require_dyad, CodeTrace* trace) const {
  actors.clear();
  this->actors->recognize(doc, actors);
  if (petrarch_conventions) {
    for (size_t m = 0; m < actors.mentions.size(); ++m) {
      auto& men = actors.mentions[m];
      if (men.how == "pronoun" || men.how == "pronoun+agent" || men.how == "plural reference") {
        for (uint32_t t = men.tok_begin; t < men.tok_end && t < actors.by_token.size(); ++t)
          if (actors.by_token[t] == static_cast<int32_t>(m)) actors.by_token[t] = -1;
      } else if (men.how == "agent+sentence country") {
        for (auto& code : men.codes)
          if (code.size() > 3) code = code.substr(3);
      }
    }
  }
  if (petrarch_conventions && use_comma_rule) mask_comma_clauses(doc, actors, commas);
  (require_dyad ? coder : coder_no_dyad)->code(doc, actors, out, trace);
}

// ------------------------------------------------------------------ PETRARCH

EvalResult eval_petrarch(const std::string& records_xml, const std::string& dir, const std::string& model,
                         bool verbose, bool treebank_parses) {
  std::string xml = read_file(records_xml);
  // drop comments: they mention tags ("Config option=...") that are not in force
  for (size_t p; (p = xml.find("<!--")) != std::string::npos;) {
    size_t e = xml.find("-->", p);
    xml.erase(p, e == std::string::npos ? std::string::npos : e + 3 - p);
  }
  EvalStack::Config c;
  c.syntax_model = model;
  c.actor_files = {dir + "/PETR.Validate.actors.txt", dir + "/PETR.Validate.agents.txt"};
  c.tabari_actors = true;
  c.verb_files = {dir + "/PETR.Validate.verbs.txt"};
  c.tabari_verbs = true;
  c.discard_files = {dir + "/PETR.Validate.discards.txt"};
  c.need_syntax = !treebank_parses;
  c.petrarch_conventions = true;
  EvalStack stack = EvalStack::load(c);
  stack.use_comma_rule = true;
  PtbLemmas lemmas;
  if (treebank_parses)
    for (const char* f : {"en_ewt/en_ewt-ud-train.conllu", "en_gum_news/en_gum-news-dev.conllu"})
      lemmas.learn_conllu(std::string(DETENTE_SOURCE_DIR) + "/../shared/data/ud/" + f);

  EvalResult r;
  bool require_dyad = true;
  size_t records = 0, right = 0, expected = 0, found = 0, produced = 0, extra = 0, skipped = 0;
  std::ostringstream rep;
  size_t pos = 0;
  DocumentActors actors;
  std::vector<Event> evs;
  while (true) {
    size_t cfg = xml.find("<Config", pos), sen = xml.find("<Sentence ", pos);
    if (cfg == std::string::npos && sen == std::string::npos) break;
    if (cfg < sen) {
      size_t e = xml.find('>', cfg);
      std::string tag = xml.substr(cfg, e - cfg);
      std::string opt = attr(tag, "option");
      if (opt == "require_dyad") require_dyad = lower(attr(tag, "value")) != "false";
      auto num = [&](int& v) {
        try {
          v = std::stoi(attr(tag, "value"));
        } catch (const std::exception&) {
        }
      };
      if (opt == "comma_min") num(stack.commas.min);
      if (opt == "comma_max") num(stack.commas.max);
      if (opt == "comma_bmin") num(stack.commas.bmin);
      if (opt == "comma_bmax") num(stack.commas.bmax);
      if (opt == "comma_emin") num(stack.commas.emin);
      if (opt == "comma_emax") num(stack.commas.emax);
      if (opt == "new_actor_length") {
        int v = 0;
        num(v);
        stack.load_coders(v);
      }
      pos = e;
      continue;
    }
    size_t end = xml.find("</Sentence>", sen);
    if (end == std::string::npos) break;
    std::string_view rec(xml.data() + sen, end - sen);
    pos = end;
    std::string head(rec.substr(0, rec.find('>')));
    std::string id = attr(head, "id"), date = attr(head, "date");
    // ERROR records with error="bad_input_parse" test PETRARCH's check of a malformed
    // <Parse>; coding the raw text does not read it, so they test nothing here
    if (!treebank_parses && rec.find("error=\"bad_input_parse\"") != std::string_view::npos) {
      ++skipped;
      continue;
    }
    std::multiset<std::string> want;
    size_t q = 0;
    while ((q = rec.find("<EventCoding", q)) != std::string_view::npos) {
      size_t e = rec.find('>', q);
      std::string tag(rec.substr(q, e - q));
      // noevents="True", error="...", discard records: no event expected
      if (lower(attr(tag, "noevents")) != "true" && !attr(tag, "eventcode").empty())
      {
        // PETRARCH writes an agent of unknown country as "---GOV"; detente as "GOV"
        auto norm = [](std::string c) { return c.size() > 3 && c.rfind("---", 0) == 0 ? c.substr(3) : c; };
        want.insert(norm(attr(tag, "sourcecode")) + " " + norm(attr(tag, "targetcode")) + " " + attr(tag, "eventcode"));
      }
      q = e;
    }
    size_t t0 = rec.find("<Text>"), t1 = rec.find("</Text>");
    if (t0 == std::string_view::npos || t1 == std::string_view::npos) continue;
    Document doc;
    doc.id = id;
    doc.text = collapse_ws(rec.substr(t0 + 6, t1 - t0 - 6));
    // TABARI's input convention: '_' joins the words of one name ("Dol_Amroth"), which
    // the actor dictionaries list as words ("DOL AMROTH")
    for (size_t i = 1; i + 1 < doc.text.size(); ++i)
      if (doc.text[i] == '_' && std::isalpha(static_cast<unsigned char>(doc.text[i - 1])) &&
          std::isalpha(static_cast<unsigned char>(doc.text[i + 1])))
        doc.text[i] = ' ';
    if (date.size() == 8) doc.date = parse_date(date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2));
    evs.clear();
    try {
      if (treebank_parses) {
        size_t p0 = rec.find("<Parse>"), p1 = rec.find("</Parse>");
        Document parsed;
        if (p0 == std::string_view::npos || p1 == std::string_view::npos ||
            !ptb_to_document(rec.substr(p0 + 7, p1 - p0 - 7), lemmas, parsed))
          throw Error(Errc::kInternal, "malformed <Parse>");
        parsed.id = doc.id;
        parsed.date = doc.date;
        doc = std::move(parsed);
        stack.code_parsed(doc, actors, evs, require_dyad);
      } else {
        stack.code(doc, actors, evs, require_dyad);
      }
    } catch (const std::exception& ex) {
      rep << id << ": ERROR " << ex.what() << "\n";
    }
    std::multiset<std::string> got;
    for (auto& e : evs) got.insert(e.source + " " + (e.target.empty() ? "---" : e.target) + " " + e.code);
    // the suite lists each distinct triple once
    std::set<std::string> gotset(got.begin(), got.end());
    size_t hit = 0;
    for (auto& w : want) hit += gotset.count(w);
    size_t ex = 0;
    for (auto& g : gotset) ex += want.count(g) ? 0 : 1;
    ++records;
    expected += want.size();
    found += hit;
    produced += gotset.size();
    extra += ex;
    bool ok = hit == want.size() && ex == 0;
    right += ok;
    if (verbose || !ok) {
      rep << (ok ? "ok   " : "FAIL ") << id << ": want {";
      for (auto& w : want) rep << w << "; ";
      rep << "} got {";
      for (auto& g : gotset) rep << g << "; ";
      rep << "}\n";
      if (!ok && verbose) rep << "      " << doc.text << "\n";
    }
  }
  double f = pct(found, expected), x = pct(extra, produced), full = pct(right, records);
  r.figures = {{"records", double(records)},           {"expected triples", double(expected)},
               {"expected found %", f},                {"triples produced", double(produced)},
               {"extra triples %", x},                 {"records fully right %", full}};
  r.passed = f >= 90 && x <= 10;
  if (skipped) rep << fmt::format("({} records about a malformed <Parse> skipped: the raw text is coded)\n", skipped);
  rep << fmt::format("PETRARCH suite: {} records; expected triples found {}/{} = {:.1f}%; extra triples {}/{} = "
                     "{:.1f}%; records fully right {}/{} = {:.1f}%\n",
                     records, found, expected, f, extra, produced, x, right, records, full);
  r.report = rep.str();
  return r;
}

// ------------------------------------------------------------------ PLOVER GSR

namespace {

// The GSR (PLOVER 0.5) names some categories differently from the 2021 table.
std::string plover_2021(const std::string& gsr) {
  if (gsr == "DEMAND") return "REQUEST";
  if (gsr == "DISAPPROVE" || gsr == "INVESTIGATE") return "ACCUSE";
  if (gsr == "FIGHT") return "ASSAULT";
  return gsr;
}

std::string country(const std::string& code) { return code.substr(0, std::min<size_t>(3, code.size())); }

}  // namespace

EvalResult eval_plover(const std::string& gsr_json, const std::string& model, bool verbose, bool allow_no_target) {
  auto j = nlohmann::json::parse(read_file(gsr_json));
  EvalStack::Config c;
  c.syntax_model = model;
  EvalStack stack = EvalStack::load(c);
  EvalResult r;
  std::ostringstream rep;
  size_t n = 0, cat_ok = 0, src_ok = 0, tgt_ok = 0, n_tgt = 0, none = 0;
  std::map<std::string, std::pair<int, int>> per_cat;
  DocumentActors actors;
  std::vector<Event> evs;
  CodeTrace trace;
  for (const auto& rec : j) {
    std::string ev = rec.value("event", "");
    if (ev.empty() || ev == "DOCUMENT" || !rec.contains("text")) continue;
    std::string gold = plover_2021(ev);
    // (legacy CAMEO country codes in the GSR, JAP, VTN, ITL, ..., read as ISO: JPN, VNM, ITA)
    std::set<std::string> gsrc, gtgt;
    if (rec.contains("source") && rec["source"].is_array())
      for (auto& a : rec["source"]) gsrc.insert(iso_from_cameo(country(a.value("code", ""))));
    if (rec.contains("target") && rec["target"].is_array())
      for (auto& a : rec["target"]) gtgt.insert(iso_from_cameo(country(a.value("code", ""))));
    Document doc;
    doc.id = rec.value("id", "");
    doc.text = rec.value("text", "");
    doc.date = parse_date(rec.value("date", ""));
    evs.clear();
    try {
      stack.code(doc, actors, evs, !allow_no_target, verbose ? &trace : nullptr);
    } catch (const std::exception& ex) {
      rep << doc.id << ": ERROR " << ex.what() << "\n";
    }
    // the primary event: a PLOVER-coded one, preferring the gold source's country
    const Event* best = nullptr;
    for (auto& e : evs) {
      if (e.plover == "DISCARD") continue;
      if (!best) best = &e;
      if (gsrc.count(country(e.source)) && !gsrc.count(country(best->source))) best = &e;
      if (gsrc.count(country(e.source)) && e.plover == gold && best->plover != gold) best = &e;
    }
    if (!best && !evs.empty()) best = &evs[0];
    ++n;
    bool cok = best && best->plover == gold;
    bool sok = best && gsrc.count(country(best->source));
    bool tok = best && gtgt.count(country(best->target));
    cat_ok += cok;
    src_ok += sok;
    if (!gtgt.empty()) {
      ++n_tgt;
      tgt_ok += tok;
    }
    none += best == nullptr;
    per_cat[gold].first++;
    per_cat[gold].second += cok;
    if (verbose || !cok || !sok)
      rep << fmt::format("{} {}: gold {} {}->{}; got {}\n      {}\n", cok && sok ? "ok  " : "MISS", doc.id, gold,
                         gsrc.empty() ? "-" : *gsrc.begin(), gtgt.empty() ? "-" : *gtgt.begin(),
                         best ? best->code + " " + best->plover + " " + best->source + "->" + best->target : "none",
                         doc.text);
    if (verbose && !(cok && sok))
      for (auto& d : trace.dropped)
        rep << fmt::format("      dropped {} {}->{} {}: {} | {}\n", d.code, d.source, d.target,
                           drop_reason_name(d.reason), d.detail, d.pattern);
  }
  double cat = pct(cat_ok, n), src = pct(src_ok, n), tgt = pct(tgt_ok, n_tgt);
  r.figures = {{"sentences", double(n)},      {"category accuracy %", cat}, {"source country accuracy %", src},
               {"target country accuracy %", tgt}, {"no event %", pct(none, n)}};
  r.passed = cat >= 80 && src >= 85 && tgt >= 85;
  for (auto& [k, v] : per_cat) rep << fmt::format("  {:<10} {:3}/{:3}\n", k, v.second, v.first);
  rep << fmt::format("PLOVER GSR{}: {} sentences; category {:.1f}%; source country {:.1f}%; target country {:.1f}%; "
                     "no event {:.1f}%\n",
                     allow_no_target ? " (targets optional)" : "", n, cat, src, tgt, pct(none, n));
  r.report = rep.str();
  return r;
}

// ------------------------------------------------------------------ Yonhap

EvalResult eval_yonhap(const std::string& jsonl, const std::string& model, bool verbose) {
  std::string line;
  {
    std::ifstream in(jsonl);
    if (!in) throw Error(Errc::kIo, "cannot open " + jsonl);
    std::getline(in, line);
  }
  auto j = nlohmann::json::parse(line);
  EvalStack::Config c;
  c.syntax_model = model;
  EvalStack stack = EvalStack::load(c);
  Document doc;
  doc.id = j.value("id", "");
  doc.date = parse_date(j.value("date", ""));
  doc.text = j.value("text", "");
  DocumentActors actors;
  std::vector<Event> evs;
  CodeTrace trace;
  stack.code(doc, actors, evs, true, &trace);
  std::ostringstream rep;
  auto pair_is = [](const Event& e, const char* a, const char* b) {
    return country(e.source) == a && country(e.target) == b;
  };
  auto any = [&](auto pred) { return std::any_of(evs.begin(), evs.end(), pred); };
  struct Check {
    std::string name;
    bool ok;
  };
  std::vector<Check> checks = {
      {"04 meeting KOR<->JPN",
       any([&](const Event& e) { return e.root == "04" && (pair_is(e, "KOR", "JPN") || pair_is(e, "JPN", "KOR")); })},
      {"03 agreement KOR<->JPN",
       any([&](const Event& e) { return e.root == "03" && (pair_is(e, "KOR", "JPN") || pair_is(e, "JPN", "KOR")); })},
      {"16 Japan's export restrictions JPN->KOR",
       any([&](const Event& e) { return e.root == "16" && pair_is(e, "JPN", "KOR"); })},
      {"16 South Korea's retaliation / pact termination KOR->JPN",
       any([&](const Event& e) { return e.root == "16" && pair_is(e, "KOR", "JPN"); })},
  };
  auto sentence_of = [&](const std::string& needle) -> int {
    for (uint32_t i = 0; i < doc.sentences.size(); ++i)
      if (doc.sentence_text(doc.sentences[i]).find(needle) != std::string_view::npos) return static_cast<int>(i);
    return -1;
  };
  for (const char* neg : {"no specific proposal was put forward", "may have a separate meeting"}) {
    int si = sentence_of(neg);
    bool ok = std::none_of(evs.begin(), evs.end(), [&](const Event& e) { return static_cast<int>(e.sentence) == si; });
    checks.push_back({std::string("no event from \"") + neg + "\"", ok});
  }
  size_t passed = 0;
  for (auto& ch : checks) {
    rep << (ch.ok ? "ok   " : "FAIL ") << ch.name << "\n";
    passed += ch.ok;
  }
  rep << "events:\n";
  for (auto& e : evs)
    rep << fmt::format("  s{} {} {} {} ({}) \"{}\" | {}\n", e.sentence, e.source, e.target, e.code, e.plover,
                       e.verb_text, e.pattern);
  if (verbose)
    for (auto& d : trace.dropped)
      rep << fmt::format("  dropped s{} {} {}: {} {}\n", d.sentence, d.code, drop_reason_name(d.reason), d.detail,
                         d.pattern);
  EvalResult r;
  r.figures = {{"checks passed", double(passed)}, {"checks", double(checks.size())}, {"events", double(evs.size())}};
  r.passed = passed == checks.size();
  rep << fmt::format("Yonhap example: {}/{} checks passed, {} events\n", passed, checks.size(), evs.size());
  r.report = rep.str();
  return r;
}

}  // namespace detente
