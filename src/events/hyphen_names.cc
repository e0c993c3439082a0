// events/hyphen_names.cc — see hyphen_names.h.
#include "events/hyphen_names.h"

namespace detente {

int hyphen_name_mentions(const Document& doc, const DocumentActors& actors, std::string_view form, uint32_t limit,
                         int32_t (&found)[kMaxHyphenParts]) {
  if (form.find('-') == std::string_view::npos || form.front() == '-' || form.back() == '-') return 0;
  int nf = 0;
  size_t start = 0;
  while (start <= form.size()) {
    size_t dash = form.find('-', start);
    std::string_view part =
        form.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
    if (part.empty() || nf == kMaxHyphenParts) return 0;
    int32_t best = -1;
    for (size_t m = 0; m < actors.mentions.size(); ++m) {
      const ActorMention& men = actors.mentions[m];
      if (men.tok_end > limit || men.codes.empty()) continue;
      for (uint32_t k = men.tok_begin; k < men.tok_end; ++k)
        if (doc.form(doc.tokens[k]) == part) best = static_cast<int32_t>(m);
    }
    if (best < 0) return 0;
    found[nf++] = best;
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  return nf >= 2 ? nf : 0;
}

}  // namespace detente
