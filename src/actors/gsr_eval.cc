#include "actors/gsr_eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/error.h"
#include "syntax/syntax.h"
#include "text/segmenter.h"

namespace detente {
namespace {

size_t find_ci(std::string_view hay, std::string_view needle) {
  if (needle.empty() || needle.size() > hay.size()) return std::string_view::npos;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() &&
           std::tolower(static_cast<unsigned char>(hay[i + k])) == std::tolower(static_cast<unsigned char>(needle[k])))
      ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

bool is_international(const std::string& c) { return c == "IGO" || c == "NGO" || c == "IMG" || c == "ISM" || c == "MNC"; }

}  // namespace

std::string iso_from_cameo(const std::string& code) {
  // CAMEO codes that predate or differ from ISO 3166 alpha-3.
  static const std::pair<const char*, const char*> kMap[] = {
      {"JAP", "JPN"}, {"ITL", "ITA"}, {"VTN", "VNM"}, {"ROM", "ROU"}, {"ZAR", "COD"}, {"TMP", "TLS"},
      {"BUL", "BGR"}, {"LTH", "LTU"}, {"ZAM", "ZMB"}, {"ZBW", "ZWE"}, {"GMW", "DEU"}, {"UAE", "ARE"}};
  for (auto& [a, b] : kMap)
    if (code == a) return b;
  return code;
}

GsrScore evaluate_gsr(const std::string& path, const ActorRecognizer& rec, const Segmenter& seg,
                      const SyntaxModel* syntax) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Errc::kIo, path, 0, "cannot open the gold-standard file");
  std::stringstream ss;
  ss << in.rdbuf();
  nlohmann::json all = nlohmann::json::parse(ss.str(), nullptr, false);
  if (!all.is_array()) throw Error(Errc::kUsage, path, 0, "expected a JSON array of PLOVER records");
  GsrScore sc;
  Document doc;
  DocumentActors actors;
  for (const auto& r : all) {
    if (!r.is_object() || !r.contains("text") || !r["text"].is_string()) continue;
    bool any = false;
    for (const char* role : {"source", "target"})
      if (r.contains(role) && r[role].is_array() && !r[role].empty()) any = true;
    if (!any) continue;
    ++sc.records;
    doc = Document();
    doc.id = r.value("id", "");
    doc.text = r["text"].get<std::string>();
    doc.date = parse_date(r.value("date", ""));
    seg.segment(doc);
    if (syntax) syntax->annotate(doc);
    rec.recognize(doc, actors);
    for (const char* role : {"source", "target"}) {
      if (!r.contains(role) || !r[role].is_array()) continue;
      for (const auto& a : r[role]) {
        if (!a.is_object() || !a.contains("actorText") || !a.contains("code")) continue;
        std::string text = a["actorText"].is_string() ? a["actorText"].get<std::string>() : "";
        std::string code = a["code"].is_string() ? a["code"].get<std::string>() : "";
        std::string sector = a.contains("sector") && a["sector"].is_string() ? a["sector"].get<std::string>() : "";
        if (text.empty() || code.size() != 3) continue;
        size_t b = doc.text.find(text);
        if (b == std::string::npos) b = find_ci(doc.text, text);
        if (b == std::string::npos) { ++sc.not_located; continue; }
        size_t e = b + text.size();
        ++sc.actors;
        // The mention overlapping the gold span most.
        int best = -1;
        size_t best_overlap = 0;
        for (size_t k = 0; k < actors.mentions.size(); ++k) {
          const auto& m = actors.mentions[k];
          size_t mb = doc.tokens[m.tok_begin].begin, me = doc.tokens[m.tok_end - 1].end;
          size_t ob = std::max(mb, b), oe = std::min(me, e);
          if (oe > ob && oe - ob > best_overlap) { best_overlap = oe - ob; best = static_cast<int>(k); }
        }
        std::string gold = iso_from_cameo(code);
        std::string ours, how;
        if (best >= 0) {
          const auto& m = actors.mentions[static_cast<size_t>(best)];
          ++sc.found;
          how = m.how;
          for (const auto& c : m.codes)  // plural references carry several: take the one for this actor
            if (c.compare(0, 3, gold) == 0) ours = c;
          if (ours.empty() && !m.codes.empty()) ours = m.codes[0];
        }
        std::string sent = doc.text;
        auto miss = [&](const std::string& g) { return GsrMiss{doc.id, role, text, g, ours, how, sent}; };
        bool country_right = ours.compare(0, 3, gold) == 0 && !ours.empty();
        if (is_international(code)) {
          ++sc.intl_total;
          if (country_right) ++sc.intl_ok;
          else sc.country_misses.push_back(miss(gold));
        } else {
          ++sc.country_total;
          if (country_right) ++sc.country_ok;
          else sc.country_misses.push_back(miss(gold));
        }
        if (sector == "***") continue;
        std::string role3;
        for (char c : sector.substr(0, 3)) role3 += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        // The GSR writes civilians with the older role code CIV; CAMEO 1.1b3 (and detente) write CVL.
        if (role3 == "CIV") role3 = "CVL";
        std::string gold_full = gold + role3;
        ++sc.full_total;
        if (ours.substr(0, 6) == gold_full) ++sc.full_ok;
        else sc.full_misses.push_back(miss(gold_full));
      }
    }
  }
  return sc;
}

}  // namespace detente
