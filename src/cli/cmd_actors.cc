// `detente actors lookup NAME [--date D]` and `detente actors in FILE...`:
// how names resolve to CAMEO actor codes, and why (entry, kind, date range,
// source file:line).
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "actors/dictionary.h"
#include "actors/recognizer.h"
#include "cli/command.h"
#include "cli/inputs.h"
#include "core/error.h"
#include "syntax/syntax.h"
#include "text/segmenter.h"

namespace detente::cli {
namespace {

struct DictOptions {
  std::vector<std::string> actors;
  bool no_defaults = false;
  bool quiet_warnings = false;
};

void add_dict_options(CLI::App& app, DictOptions& o) {
  app.add_option("--actors", o.actors,
                 "More actor/agent dictionaries (detente or TABARI/PETRARCH format; a file or a directory of "
                 "*.txt), loaded after detente's own; repeatable");
  app.add_flag("--no-default-actors", o.no_defaults, "Do not load detente's dictionaries (data/actors): only --actors");
}

std::shared_ptr<const ActorDictionary> load_dicts(const DictOptions& o) {
  std::vector<std::string> warnings;
  auto d = ActorDictionary::load_set(o.actors, o.no_defaults, &warnings);
  for (auto& w : warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  return d;
}

std::string_view role_name(NameForm::Role r) {
  switch (r) {
    case NameForm::kAdjective: return "adjective";
    case NameForm::kCapital: return "capital";
    case NameForm::kMetonym: return "metonym";
    case NameForm::kShort: return "short name (after a full mention, or before 'government'/'administration')";
    default: return "name";
  }
}

std::string codes_of(const ActorMention& m) {
  std::string s;
  for (auto& c : m.codes) s += (s.empty() ? "" : "+") + c;
  return s;
}

std::string mention_text(const Document& doc, const ActorMention& m) {
  return std::string(std::string_view(doc.text).substr(doc.tokens[m.tok_begin].begin,
                                                       doc.tokens[m.tok_end - 1].end - doc.tokens[m.tok_begin].begin));
}

std::shared_ptr<const SyntaxModel> try_syntax(const std::string& path, bool& warned) {
  if (path == "none") return nullptr;
  try {
    return path.empty() ? SyntaxModel::load_default() : SyntaxModel::load(path);
  } catch (const Error& e) {
    if (!path.empty()) throw;
    if (!warned)
      std::fprintf(stderr, "note: no syntax model (%s); actors are found without the dependency parse\n", e.what());
    warned = true;
    return nullptr;
  }
}

void print_mentions(const Document& doc, const DocumentActors& a, std::string& out) {
  for (size_t k = 0; k < a.mentions.size(); ++k) {
    const auto& m = a.mentions[k];
    out += fmt::format("  s{:<3} {:<36} {:<20} {:<26} {}", m.sentence + 1, mention_text(doc, m), codes_of(m), m.how, m.explain);
    if (m.antecedent >= 0) out += fmt::format("  -> #{}", m.antecedent + 1);
    out += "\n";
  }
}

Run setup(CLI::App& app) {
  auto dopt = std::make_shared<DictOptions>();
  auto name = std::make_shared<std::string>();
  auto date = std::make_shared<std::string>();
  auto in = std::make_shared<Inputs>();
  auto syntax_path = std::make_shared<std::string>();
  app.require_subcommand(1);
  auto* lookup = app.add_subcommand("lookup", "Show the dictionary entries a name resolves to, and the code at a date");
  lookup->add_option("NAME", *name, "A name as it appears in text (\"Abe\", \"South Korea's\", \"U.S.\")")->required();
  lookup->add_option("--date", *date, "Resolve dated roles at this date (default: today's entries show all spans)");
  add_dict_options(*lookup, *dopt);
  lookup->footer("Example: detente actors lookup \"Abe\" --date 2019-10-24");
  auto* inapp = app.add_subcommand("in", "List the actors found in documents, with how and why each resolved");
  add_input_options(*inapp, *in);
  add_dict_options(*inapp, *dopt);
  inapp->add_option("--syntax-model", *syntax_path,
                    "Syntax model (default: models/syntax-en.*, used when present); 'none' = no parse");
  inapp->footer(
      "Each line: sentence, mention text, codes, how it was found (name, title+name, country+agent,\n"
      "surname, pronoun, plural reference, ...), and the entry with its date range and source\n"
      "file:line; '-> #N' points at the antecedent of a coreferent mention.\n"
      "Example: detente actors in examples/yonhap-2019-10-24-korea-japan-talks.txt");
  return [=]() -> int {
    if (lookup->parsed()) {
      Date d;
      if (!date->empty()) {
        d = parse_date(*date);
        if (!d.ok()) throw Error(Errc::kUsage, fmt::format("--date \"{}\" is not a date detente can read", *date));
      }
      auto dict = load_dicts(*dopt);
      auto key = name_key(*name);
      std::string out;
      size_t found = 0;
      std::vector<uint32_t> seen;
      for (const auto& nf : dict->names()) {
        bool match = nf.tokens == key;
        if (!match && nf.prefix_last && nf.tokens.size() == key.size() && !key.empty()) {
          match = std::equal(nf.tokens.begin(), nf.tokens.end() - 1, key.begin()) &&
                  key.back().compare(0, nf.tokens.back().size(), nf.tokens.back()) == 0;
        }
        if (!match) continue;
        if (std::find(seen.begin(), seen.end(), nf.entry) != seen.end()) continue;
        seen.push_back(nf.entry);
        const ActorEntry& e = dict->entry(nf.entry);
        ++found;
        out += fmt::format("{}  [{}]  as {}{}\n", e.name, actor_kind_name(e.kind), role_name(nf.role),
                           nf.prefix_last ? " (TABARI stem)" : "");
        if (d.ok()) {
          std::string code = e.code_at(d);
          if (nf.role == NameForm::kCapital || (nf.role == NameForm::kMetonym && e.kind == ActorKind::kCountry))
            code = e.country + "GOV";
          out += fmt::format("  at {}: {}   ({})\n", d.iso(), code.empty() ? "(not coded)" : code, e.explain_at(d));
        }
        for (const auto& c : e.codes)
          out += fmt::format("  {:<12} {} .. {}\n", c.code, c.from.ok() ? c.from.iso() : "-", c.to.ok() ? c.to.iso() : "-");
        if (e.codes.empty()) out += "  (null code: matched, never coded)\n";
        if (!e.aliases.empty()) out += fmt::format("  aliases: {}\n", fmt::join(e.aliases, "; "));
        if (!e.short_name.empty()) out += fmt::format("  short: {}\n", e.short_name);
        out += fmt::format("  source: {}\n", e.source);
      }
      if (!found) out += fmt::format("\"{}\": no entry has this name (keys: {})\n", *name, fmt::join(key, " "));
      std::fwrite(out.data(), 1, out.size(), stdout);
      return found ? 0 : 1;
    }
    auto dict = load_dicts(*dopt);
    ActorRecognizer rec(dict);
    auto seg = Segmenter::load_default();
    bool warned = false;
    auto syntax = try_syntax(*syntax_path, warned);
    auto& reader = in->open();
    Document doc;
    DocumentActors actors;
    uint64_t n = 0;
    std::string out;
    while (reader.next(doc)) {
      seg->segment(doc);
      if (syntax) syntax->annotate(doc);
      rec.recognize(doc, actors);
      out += fmt::format("# {} {} ({} sentences, {} actors)\n", doc.id.empty() ? doc.origin.file : doc.id,
                         doc.date.ok() ? doc.date.iso() : "(no date)", doc.sentences.size(), actors.mentions.size());
      print_mentions(doc, actors, out);
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
      ++n;
    }
    return in->finish(n);
  };
}

DETENTE_COMMAND("actors", "Show how names resolve to actor codes: `actors lookup NAME`, `actors in FILE`", 40, setup);

}  // namespace
}  // namespace detente::cli
