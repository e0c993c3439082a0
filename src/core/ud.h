// core/ud.h — the Universal Dependencies inventories detente uses.
//
// Contract: UPOS tags and dependency relations are small integers so tokens
// stay compact; the tables here are the one place that maps them to and from
// their UD names. All functions are pure and thread-safe.
#pragma once
#include <cstdint>
#include <string_view>

namespace detente {

enum class Upos : uint8_t {
  X = 0, ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN,
  PUNCT, SCONJ, SYM, VERB, kCount
};

std::string_view upos_name(Upos u);
// Returns Upos::X for an unknown name.
Upos upos_from_name(std::string_view name);

// Dependency relations: the UD v2 universal relations plus the subtypes that
// English treebanks use. Unknown subtypes fall back to their base relation;
// unknown relations to `dep`.
enum class Deprel : uint8_t {
  none = 0, acl, acl_relcl, advcl, advcl_relcl, advmod, amod, appos, aux, aux_pass,
  case_, cc, cc_preconj, ccomp, clf, compound, compound_prt, conj, cop, csubj,
  csubj_pass, dep, det, det_predet, discourse, dislocated, expl, fixed, flat,
  goeswith, iobj, list, mark, nmod, nmod_poss, nmod_tmod, nmod_npmod, nmod_unmarked,
  nsubj, nsubj_pass, nsubj_outer, nummod, obj, obl, obl_agent, obl_tmod, obl_npmod,
  obl_unmarked, orphan, parataxis, punct, reparandum, root, vocative, xcomp,
  det_poss, flat_foreign, compound_lvc, kCount
};

std::string_view deprel_name(Deprel d);
Deprel deprel_from_name(std::string_view name);
// The relation without its subtype (nsubj_pass -> nsubj).
Deprel deprel_base(Deprel d);

}  // namespace detente
