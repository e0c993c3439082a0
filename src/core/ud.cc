#include "core/ud.h"

#include <array>

namespace detente {
namespace {
constexpr std::array<std::string_view, static_cast<size_t>(Upos::kCount)> kUpos = {
    "X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
    "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"};

constexpr std::array<std::string_view, static_cast<size_t>(Deprel::kCount)> kDeprel = {
    "_", "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux",
    "aux:pass", "case", "cc", "cc:preconj", "ccomp", "clf", "compound", "compound:prt",
    "conj", "cop", "csubj", "csubj:pass", "dep", "det", "det:predet", "discourse",
    "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod",
    "nmod:poss", "nmod:tmod", "nmod:npmod", "nmod:unmarked", "nsubj", "nsubj:pass",
    "nsubj:outer", "nummod", "obj", "obl", "obl:agent", "obl:tmod", "obl:npmod",
    "obl:unmarked", "orphan", "parataxis", "punct", "reparandum", "root", "vocative",
    "xcomp", "det:poss", "flat:foreign", "compound:lvc"};
}  // namespace

std::string_view upos_name(Upos u) {
  auto i = static_cast<size_t>(u);
  return i < kUpos.size() ? kUpos[i] : kUpos[0];
}

Upos upos_from_name(std::string_view name) {
  for (size_t i = 0; i < kUpos.size(); ++i)
    if (kUpos[i] == name) return static_cast<Upos>(i);
  return Upos::X;
}

std::string_view deprel_name(Deprel d) {
  auto i = static_cast<size_t>(d);
  return i < kDeprel.size() ? kDeprel[i] : kDeprel[0];
}

Deprel deprel_from_name(std::string_view name) {
  for (size_t i = 1; i < kDeprel.size(); ++i)
    if (kDeprel[i] == name) return static_cast<Deprel>(i);
  auto colon = name.find(':');
  if (colon != std::string_view::npos) return deprel_from_name(name.substr(0, colon));
  return name.empty() || name == "_" ? Deprel::none : Deprel::dep;
}

Deprel deprel_base(Deprel d) {
  auto name = deprel_name(d);
  auto colon = name.find(':');
  return colon == std::string_view::npos ? d : deprel_from_name(name.substr(0, colon));
}

}  // namespace detente
