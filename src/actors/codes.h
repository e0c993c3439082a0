// actors/codes.h — what a CAMEO actor code says about where its actor stands.
//
// Contract
// - `is_bare_role(code)`: the code is only a role ("GOV" for "the regime" whose
//   country is unknown, "BUS" for a company of no named country): its first three
//   letters are a CAMEO role code, no country. NGO counts as a bare role here.
// - `is_international(code)`: an intergovernmental or non-governmental body, an
//   international militant group or a multinational (IGO, NGO, IMG, MNC prefixes).
// - `is_located(code)`: the actor has a place in a country-level event record: a
//   country (any code that is no bare role) or an international body.
// Pure functions over the code's text; no allocation.
#pragma once

#include <string_view>

namespace detente {

bool is_bare_role(std::string_view code);
bool is_international(std::string_view code);
inline bool is_located(std::string_view code) { return is_international(code) || !is_bare_role(code); }

}  // namespace detente
