// events/dictionary.h — the compiled verb-pattern dictionary the matcher uses.
//
// Contract
// - `PatternDictionary` holds interned lemmas (`Vocab`), noun classes, the
//   patterns (detente format, docs/formats/patterns.md, or TABARI/PETRARCH verb
//   dictionaries read by `load_tabari`), the control table, the counterpart
//   table and the discard list, plus an index predicate lemma -> patterns.
// - Loaders throw Error(kBadDictionary, file, line, reason) on a malformed line.
// - Call `finish()` once after loading (resolves classes, builds the index);
//   afterwards the dictionary is immutable and lookups do not allocate.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace detente::events {

inline constexpr int32_t kNoId = -1;

// Lemma <-> id. Lookup takes any string_view, lower-cases ASCII, no allocation.
class Vocab {
 public:
  int32_t intern(std::string_view lemma);
  int32_t find(std::string_view lemma) const;  // kNoId if absent
  const std::string& str(int32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }
  // Whether a VERB token with this lemma can code: it heads a verb pattern or has a
  // control action (set by PatternDictionary::finish()). The coder reads a verb whose
  // lemma is not verbal through the regular stems of its form (`verb_stem`).
  bool verbal(int32_t id) const { return id >= 0 && static_cast<size_t>(id) < verbal_.size() && verbal_[id]; }
  void set_verbal(std::vector<uint8_t> v) { verbal_ = std::move(v); }
  // The first regular stem of an inflected verb form (lower case: -ied -> -y, -ed/-d,
  // -ing, -es/-s, a doubled final consonant undone, a dropped "e" restored) that is
  // verbal, else kNoId: "severed" (lemmatized "severe") -> sever, "beheaded" -> behead.
  // No allocation.
  int32_t verb_stem(std::string_view form) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> words_;
  std::vector<uint8_t> verbal_;
};

// One element of a pattern after the predicate.
struct Elem {
  enum Kind : uint8_t { kWord, kClass, kTarget, kSource, kAny, kSkip } kind = kWord;  // kSkip: TABARI '^'
  int32_t id = kNoId;     // word id (kWord) or class id (kClass)
  int32_t prep = kNoId;   // preposition word id, kNoId for a direct dependent
  int32_t prep2 = kNoId;  // second word of a two-word preposition ("according_to")
  // $T/$S constraint ("expel $T:@diplomat"): the slot's head must have this
  // lemma (cons_class false) or be in this class; kNoId = any dependent.
  int32_t cons = kNoId;
  bool cons_class = false;
  // TABARI closed connector ('_'): this word/class element must start on the token
  // right after the previous element (or the verb, "*_OUT"); a space is an open match.
  bool closed = false;
};

// A multi-word TABARI synset member ("+SWISS FRANCS", "+GOLDEN_GOBLIN_GALLEONS"):
// all its words must match, in order; a word with `closed` must follow the previous
// one directly, else any words may come between (open match).
struct PhraseWord {
  int32_t id = kNoId;
  bool closed = false;
};

// The prepositions a pattern may use (docs/formats/patterns.md lists the same
// set; src/events/coder_test.cc checks that the two agree).
extern const char* const kPrepositions[];
extern const size_t kPrepositionCount;

struct Pattern {
  std::string code;          // CAMEO code ("036"); TABARI dictionaries may carry others
  enum Kind : uint8_t { kVerb, kNoun, kTabari } kind = kVerb;
  bool pred_is_class = false;
  int32_t pred = kNoId;      // word id or class id
  std::vector<Elem> elems;   // detente: dependents; TABARI: words after '*'
  std::vector<Elem> before;  // TABARI: words before '*' (left context)
  bool before_closed = false;  // TABARI "IN_*": the last word before '*' directly precedes the verb
  bool joint = false, notarget = false, neg = false;
  // negated: a V pattern that codes only its verb's negation, which it then consumes
  // ("130 V tolerate $T ; negated": "will not / no longer tolerate X" is a threat);
  // the verb not negated, the pattern codes nothing
  bool negated = false;
  // reply: with no target in its sentence, the target is the source of the
  // latest earlier event in the document aimed at this event's source
  // ("Japan restricted exports to Korea. Seoul hit back with ...").
  bool reply = false;
  // bare: the pattern's word elements take no determiner and no owner ("0831 V leave office ;
  // bare" codes "left office", not "left the Speaker's office", a room left)
  bool bare = false;
  // noparticle: a V pattern that does not match its verb used with a particle it does not
  // name ("050 V work with $T ; noparticle": "worked out a deal with X" is not "worked with X")
  bool noparticle = false;
  // subj=@class: a V pattern that codes only when its subject (or by-agent) is a word of
  // that class ("0874 V withdraw from $T ; subj=@troop": troops withdrawing from a country
  // retreat; a company withdrawing from a market does not)
  int32_t subj_class = kNoId;
  // srcigo: (round 27) the event is coded only when its source is an international
  // organisation (an IGO actor code): "the African Union suspended X", not a trade union
  bool src_igo = false;
  bool has_source_slot = false, has_target_slot = false;
  bool null_code = false;    // TABARI "[---]": matches but codes nothing (blocks the default)
  // TABARI multiword verb's own entry ("+BREAK_DOWN"): its particles must match, but any
  // pattern of the block that matches beats it; it beats the block's bare verb.
  bool particle_default = false;
  std::string paired_code;   // TABARI "[032:033]": the target's reciprocal event (target -> source 033)
  std::string where;         // "file:line: text"
  int rank = 0;              // tie-break among equally long patterns (finish()): words beat classes, small classes beat large
  int specificity() const { return particle_default ? 0 : static_cast<int>(elems.size() + before.size()); }
};

enum class ControlAction : uint8_t { kNone, kIntent, kThreat, kRefuse, kAppeal, kDemand, kDeny, kTransparent, kModal };
ControlAction control_action_from_name(std::string_view s);
const char* control_action_name(ControlAction a);

struct Counterparts {  // replacement codes; "" = no counterpart
  std::string intent, threat, refuse, appeal, demand;
  const std::string& get(ControlAction a) const;
};

struct Discard {
  std::string category;          // "sports", "earnings", "weather"
  std::vector<int32_t> lemmas;   // contiguous lemma (or lower-case form) sequence
  std::string where;
};

class PatternDictionary {
 public:
  // detente's format (patterns/*.txt; class lines allowed too).
  // `display` names the file in messages and in Pattern::where (default: path),
  // e.g. "data/events/patterns/04-consult.txt" whatever the install location.
  // Patterns that look like a compound noun written head first ("restriction
  // export") add a "FILE:LINE: warning ..." line to `warnings`.
  void load_patterns(const std::string& path, const std::string& display = "");
  std::vector<std::string> warnings;
  void load_classes(const std::string& path);
  void load_control(const std::string& path);
  void load_counterparts(const std::string& path);
  void load_discards(const std::string& path);
  // TABARI / PETRARCH verb dictionary (synsets, verb blocks, '- ... [code]').
  void load_tabari(const std::string& path);
  // PETRARCH discard file (one phrase per line, '+' = whole-word, '#' comments).
  void load_tabari_discards(const std::string& path);
  void finish();

  Vocab vocab;
  std::vector<Pattern> patterns;
  std::vector<std::string> class_names;
  // per lemma id: the classes containing it (sorted)
  std::vector<std::vector<int32_t>> classes_of;
  // per class id: its multi-word TABARI members (nested classes resolved in finish())
  std::vector<std::vector<std::vector<PhraseWord>>> class_phrases;
  // per lemma id: patterns whose predicate is this lemma or one of its classes
  std::vector<std::vector<uint32_t>> by_pred;
  std::vector<ControlAction> control;  // per lemma id
  // per lemma id: 1 if the control verb takes its act with neither "to" nor "-ing"
  // (control.txt's third column `bare`: "ordered the plant closed", "wants the curbs lifted")
  std::vector<uint8_t> bare_complement;
  std::unordered_map<std::string, Counterparts> counterparts;
  std::vector<Discard> discards;
  std::vector<std::vector<uint32_t>> discards_by_first;  // per lemma id
  // TABARI blocks: verbs whose block has a default code code on their own.

  int32_t class_id(std::string_view name, bool create);
  bool in_class(int32_t lemma, int32_t cls) const;
  bool matches(const Elem& e, int32_t lemma) const {
    if (lemma == kNoId) return false;
    if (e.kind == Elem::kWord) return e.id == lemma;
    if (e.kind == Elem::kClass) return in_class(lemma, e.id);
    return false;
  }
  ControlAction control_of(int32_t lemma) const {
    return lemma >= 0 && static_cast<size_t>(lemma) < control.size() ? control[lemma] : ControlAction::kNone;
  }
  bool takes_bare_complement(int32_t lemma) const {
    return lemma >= 0 && static_cast<size_t>(lemma) < bare_complement.size() && bare_complement[lemma];
  }
  // The counterpart under `a` of `code`: full code, 3-digit, root; nullptr = no row.
  const std::string* counterpart(std::string_view code, ControlAction a) const;
  size_t tabari_verbs = 0, tabari_synsets = 0;  // counts for tests

 private:
  // class name -> members (lemma ids and nested class ids), resolved in finish()
  std::vector<std::vector<int32_t>> class_words_;
  std::vector<std::vector<int32_t>> class_nested_;
  std::vector<std::vector<std::vector<PhraseWord>>> class_phrases_;  // own multi-word members
  std::unordered_map<std::string, int32_t> class_ids_;
  std::vector<std::pair<int32_t, std::string>> control_pending_;
};

}  // namespace detente::events
