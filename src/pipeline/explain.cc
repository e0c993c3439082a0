#include "pipeline/explain.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

namespace detente {

nlohmann::json event_json(const Event& e) {
  using nlohmann::json;
  json j = json::object();
  j["doc_id"] = e.doc_id;
  j["sentence"] = e.sentence;
  j["date"] = e.date.iso();
  j["source"] = e.source;
  j["target"] = e.target;
  j["code"] = e.code;
  j["root"] = e.root;
  j["quad"] = e.quad;
  j["goldstein"] = e.goldstein;
  j["plover"] = e.plover;
  j["mode"] = e.mode;
  j["source_text"] = e.source_text;
  j["target_text"] = e.target_text;
  j["verb_text"] = e.verb_text;
  j["spans"] = {{"source", {e.source_span.begin, e.source_span.end}},
                {"verb", {e.verb_span.begin, e.verb_span.end}},
                {"target", {e.target_span.begin, e.target_span.end}}};
  if (e.location.ok())
    j["location"] = {{"name", e.location.name},     {"geonames_id", e.location.geonames_id},
                     {"admin1", e.location.admin1}, {"country", e.location.country},
                     {"lat", e.location.lat},       {"lon", e.location.lon},
                     {"how", e.location.how}};
  else
    j["location"] = nullptr;
  j["pattern"] = e.pattern;
  j["text"] = e.text;
  if (!e.attribution.empty()) j["attribution"] = e.attribution;
  return j;
}

namespace {

std::string mention_text(const Document& doc, const ActorMention& m) {
  uint32_t b = doc.tokens[m.tok_begin].begin, e = doc.tokens[m.tok_end - 1].end;
  return std::string(doc.text.substr(b, e - b));
}

std::string codes_of(const ActorMention& m) {
  std::string s;
  for (auto& c : m.codes) s += (s.empty() ? "" : "+") + c;
  return s;
}

}  // namespace

nlohmann::json explain_json(const Document& doc, const CodedDocument& coded, const CodeTrace& trace) {
  using nlohmann::json;
  json out = json::object();
  out["doc_id"] = doc.id;
  out["date"] = doc.date.iso();
  json sentences = json::array();
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    json toks = json::array();
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t) {
      const Token& tok = doc.tokens[t];
      toks.push_back({{"id", t - s.tok_begin + 1},
                      {"form", std::string(doc.form(tok))},
                      {"lemma", std::string(doc.lemma(tok))},
                      {"upos", std::string(upos_name(tok.upos))},
                      {"head", tok.head + 1},
                      {"deprel", std::string(deprel_name(tok.deprel))},
                      {"span", {tok.begin, tok.end}},
                      {"actor", coded.actors.by_token.empty() ? -1 : coded.actors.by_token[t]}});
    }
    sentences.push_back({{"index", si}, {"text", std::string(doc.sentence_text(s))}, {"span", {s.begin, s.end}}, {"tokens", toks}});
  }
  out["sentences"] = sentences;
  json actors = json::array();
  for (const auto& m : coded.actors.mentions)
    actors.push_back({{"sentence", m.sentence},
                      {"text", mention_text(doc, m)},
                      {"span", {doc.tokens[m.tok_begin].begin, doc.tokens[m.tok_end - 1].end}},
                      {"codes", m.codes},
                      {"kind", std::string(actor_kind_name(m.kind))},
                      {"how", m.how},
                      {"why", m.explain},
                      {"antecedent", m.antecedent}});
  out["actors"] = actors;
  json attempts = json::array();
  for (const auto& a : trace.attempts)
    attempts.push_back({{"sentence", a.sentence},
                        {"predicate", std::string(doc.form(doc.tokens[a.predicate]))},
                        {"pattern", a.pattern},
                        {"matched", a.matched},
                        {"why", a.why}});
  out["patterns"] = attempts;
  json dropped = json::array();
  for (const auto& d : trace.dropped)
    dropped.push_back({{"sentence", d.sentence},
                       {"predicate", std::string(doc.form(doc.tokens[d.predicate]))},
                       {"code", d.code},
                       {"source", d.source},
                       {"target", d.target},
                       {"pattern", d.pattern},
                       {"reason", drop_reason_name(d.reason)},
                       {"detail", d.detail}});
  out["dropped"] = dropped;
  out["notes"] = trace.notes;
  json events = json::array();
  for (const auto& e : coded.events) events.push_back(event_json(e));
  out["events"] = events;
  return out;
}

std::string explain_text(const Document& doc, const CodedDocument& coded, const CodeTrace& trace) {
  std::string out;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    // The heading on one line: a hard-wrapped sentence's line breaks (and runs of spaces) as one space.
    std::string one_line;
    for (char c : doc.sentence_text(s)) {
      const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (!space) one_line += c;
      else if (!one_line.empty() && one_line.back() != ' ') one_line += ' ';
    }
    out += fmt::format("\n== sentence {}: {}\n\n", si, one_line);
    out += fmt::format("  {:>3}  {:<18} {:<16} {:<6} {:>4}  {:<12} {}\n", "id", "form", "lemma", "upos", "head", "deprel", "actor");
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t) {
      const Token& tok = doc.tokens[t];
      std::string actor;
      if (!coded.actors.by_token.empty() && coded.actors.by_token[t] >= 0)
        actor = codes_of(coded.actors.mentions[static_cast<size_t>(coded.actors.by_token[t])]);
      out += fmt::format("  {:>3}  {:<18} {:<16} {:<6} {:>4}  {:<12} {}\n", t - s.tok_begin + 1, doc.form(tok), doc.lemma(tok),
                         upos_name(tok.upos), tok.head + 1, deprel_name(tok.deprel), actor);
    }
    // The dependency tree, indented.
    out += "\n  tree:\n";
    std::vector<std::vector<uint32_t>> kids(s.size());
    std::vector<uint32_t> roots;
    for (uint32_t i = 0; i < s.size(); ++i) {
      int32_t h = doc.tokens[s.tok_begin + i].head;
      if (h < 0 || static_cast<uint32_t>(h) >= s.size()) roots.push_back(i);
      else kids[static_cast<uint32_t>(h)].push_back(i);
    }
    std::function<void(uint32_t, int)> show = [&](uint32_t i, int depth) {
      if (depth > 64) return;
      const Token& tok = doc.tokens[s.tok_begin + i];
      out += fmt::format("    {}{} ({})\n", std::string(static_cast<size_t>(depth) * 2, ' '), doc.form(tok), deprel_name(tok.deprel));
      for (uint32_t k : kids[i]) show(k, depth + 1);
    };
    for (uint32_t r : roots) show(r, 0);
    bool any = false;
    for (const auto& m : coded.actors.mentions) {
      if (m.sentence != si) continue;
      if (!any) out += "\n  actors:\n";
      any = true;
      out += fmt::format("    {:<32} {:<16} {:<16} {}\n", mention_text(doc, m), codes_of(m), m.how, m.explain);
    }
    any = false;
    for (const auto& a : trace.attempts) {
      if (a.sentence != si) continue;
      if (!any) out += "\n  patterns:\n";
      any = true;
      out += fmt::format("    {} {:<14} {}{}\n", a.matched ? "MATCH" : "  -  ", doc.form(doc.tokens[a.predicate]), a.pattern,
                         a.why.empty() ? "" : fmt::format("   ({})", a.why));
    }
    any = false;
    for (const auto& d : trace.dropped) {
      if (d.sentence != si) continue;
      if (!any) out += "\n  not coded:\n";
      any = true;
      out += fmt::format("    {} {}->{} {}: {}{}\n", d.code, d.source.empty() ? "?" : d.source, d.target.empty() ? "?" : d.target,
                         doc.form(doc.tokens[d.predicate]), drop_reason_name(d.reason), d.detail.empty() ? "" : " — " + d.detail);
    }
    any = false;
    for (const auto& e : coded.events) {
      if (e.sentence != si) continue;
      if (!any) out += "\n  events:\n";
      any = true;
      out += fmt::format("    {} -> {}  {} (root {}, quad {}, goldstein {:g}, {})  \"{}\" -> \"{}\" -> \"{}\"\n      pattern {}\n",
                         e.source, e.target, e.code, e.root, e.quad, e.goldstein, e.plover, e.source_text, e.verb_text,
                         e.target_text, e.pattern);
    }
  }
  for (const auto& n : trace.notes) out += fmt::format("\nnote: {}\n", n);
  out += fmt::format("\n{} event(s)\n", coded.events.size());
  return out;
}

}  // namespace detente
