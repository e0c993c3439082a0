// events/ontology.h — the CAMEO event ontology: name, Goldstein weight, quad
// class, PLOVER category and mode for every CAMEO event code.
//
// Contract
// - `Ontology::load(path)` reads data/events/cameo.tsv (tab-separated, header
//   `code name goldstein quad plover plover_mode`, `#` comments). A malformed
//   row throws Error(kBadDictionary, file, line, reason).
// - `load_default()` reads resource_path("data/events/cameo.tsv").
// - Immutable after loading; lookups are thread-safe and do not allocate.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace detente {

struct CameoCode {
  std::string code;         // "036"
  std::string name;         // "Express intent to meet or negotiate"
  double goldstein = 0;     // GDELT's weight
  int quad = 0;             // GDELT QuadClass 1..4
  std::string plover;       // "CONSULT", or "DISCARD"
  std::string plover_mode;  // may be empty
};

class Ontology {
 public:
  static Ontology load(const std::string& path);
  static Ontology load_default();

  // The entry for `code`, or nullptr if unknown.
  const CameoCode* find(std::string_view code) const;
  bool contains(std::string_view code) const { return find(code) != nullptr; }
  // The two-digit root of a code ("036" -> "03"); "" if malformed.
  static std::string_view root(std::string_view code);
  // The parent code ("0362" -> "036", "036" -> "03", "03" -> "").
  static std::string_view parent(std::string_view code);
  const std::vector<CameoCode>& codes() const { return codes_; }
  size_t size() const { return codes_.size(); }

 private:
  std::vector<CameoCode> codes_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace detente
