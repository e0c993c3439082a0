#include "actors/codes.h"

#include <algorithm>
#include <array>

namespace detente {

bool is_bare_role(std::string_view code) {
  static constexpr std::array<std::string_view, 29> kRoles = {
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG",
      "HLH", "REF", "AGR", "ELI", "ENV", "RAD", "UAF", "INS", "MOD", "REL", "HRI", "DEV", "SEP", "NGO"};
  return code.size() >= 3 && std::find(kRoles.begin(), kRoles.end(), code.substr(0, 3)) != kRoles.end();
}

bool is_international(std::string_view code) {
  if (code.size() < 3) return false;
  const std::string_view p = code.substr(0, 3);
  return p == "IGO" || p == "NGO" || p == "IMG" || p == "MNC";
}

}  // namespace detente
