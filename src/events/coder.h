// events/coder.h — codes events from parsed sentences and resolved actors.
//
// Contract
// - An EventCoder is built once from an ontology (data/events/cameo.tsv) and a
//   set of verb-pattern dictionaries (detente's format, docs/formats/patterns.md,
//   or the TABARI/PETRARCH verb format), plus classes, the control table,
//   the counterpart table and the discard list. Loading a malformed file
//   throws Error(kBadDictionary, file, line, reason); nothing is half-loaded.
// - After loading it is immutable; `code()` is const and thread-safe: any
//   number of threads may code different documents with one coder.
// - `code(doc, actors, out)` needs the parse (syntax/) and the actors
//   (actors/recognizer.h). It APPENDS to `out` the events of `doc` in
//   sentence order (then predicate order), each dated by doc.date, with its
//   evidence (sentence index, spans, texts, "file:line: pattern", sentence).
//   Output is a pure function of (doc, actors, coder): deterministic.
// - By default an event needs a source and a target that differ, a
//   non-negated and non-hypothetical predicate, and a sentence not matched by
//   the discard list. Options relax this.
// - If `trace` is given, it is filled (cleared first) with what `explain`
//   shows: for every predicate, the patterns tried and matched, and every
//   candidate event that was dropped, with the reason.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "actors/recognizer.h"
#include "core/document.h"
#include "events/event.h"
#include "events/ontology.h"

namespace detente {

// Why a candidate event was not emitted.
enum class DropReason : uint8_t {
  kNegated,      // "did not lift", "no proposal was put forward"
  kModal,        // "may meet", "is expected to", conditional "if" clause (kept with keep_modal)
  kNoSource,     // no actor in the source slot
  kNoTarget,     // no actor in the target slot (kept with allow_no_target)
  kSelf,         // source == target
  kDiscard,      // the sentence matches the discard list (sports, earnings, weather)
  kNoCounterpart,// under a control verb whose counterpart for this root is "-"
  kDuplicate,    // same (source, target, code) already coded in this sentence
  kSubsumed,     // a more specific event from the same predicate was coded
};
const char* drop_reason_name(DropReason r);

struct CodeTrace {
  // One pattern considered for a predicate token.
  struct Attempt {
    uint32_t sentence = 0;
    uint32_t predicate = 0;  // global token index of the predicate
    std::string pattern;     // "file:line: CODE KIND pattern text"
    bool matched = false;
    std::string why;         // when not matched: which element failed ("no obj 'sanction'")
  };
  struct Dropped {
    uint32_t sentence = 0;
    uint32_t predicate = 0;
    std::string code, source, target;
    std::string pattern;
    DropReason reason = DropReason::kNegated;
    std::string detail;      // e.g. "neg 'not' on 'lift'", "aux 'may'", "discard: sports (scored)"
  };
  std::vector<Attempt> attempts;
  std::vector<Dropped> dropped;
  std::vector<std::string> notes;  // anything else worth showing ("sentence discarded: weather")
  void clear() {
    attempts.clear();
    dropped.clear();
    notes.clear();
  }
};

class EventCoder {
 public:
  struct Options {
    bool keep_modal = false;       // keep hypothetical events, with Event.mode set ("modal", "conditional", ...)
    bool allow_no_target = false;  // emit events whose target slot has no actor (target ""), and dyads of two unlocated parties
    bool keep_self = false;        // emit events whose source equals its target
    bool keep_discards = false;    // do not apply the discard list
    bool keep_statements = true;   // emit root-01 "make statement" codes when nothing better fired
    bool attribute_reports = true; // "X said Y attacked Z": code Y->Z with attribution X
    uint32_t max_per_sentence = 16;
    // TABARI/PETRARCH "new_actor_length": a source or target slot that names no known actor
    // is coded by its noun phrase itself, upper-cased and quoted ("\"THE GUILD OF SCRIBES\""),
    // when the phrase has at most this many words (0 = never; TABARI dictionaries only).
    int new_actor_length = 0;
    // Extra discard lists (detente format, or PETRARCH discard files when the
    // coder is loaded with tabari_format).
    std::vector<std::string> discard_files;
  };

  // detente's own dictionaries: resource_path("data/events") (cameo.tsv,
  // classes.txt, control.txt, counterparts.tsv, discards.txt, patterns/*.txt).
  static std::shared_ptr<const EventCoder> load_default(const Options& opts);
  // Given pattern files (detente format, or TABARI/PETRARCH verb dictionaries
  // when tabari_format) plus the default ontology, classes, control,
  // counterpart and discard tables from data/events.
  static std::shared_ptr<const EventCoder> load(const std::vector<std::string>& pattern_files,
                                                const Options& opts, bool tabari_format = false);

  ~EventCoder();
  EventCoder(const EventCoder&) = delete;
  EventCoder& operator=(const EventCoder&) = delete;

  void code(const Document& doc, const DocumentActors& actors, std::vector<Event>& out,
            CodeTrace* trace = nullptr) const;

  // Can sentence `si` yield an event at all, judged from its lemmas and forms
  // alone (tagged and lemmatized, not parsed)? A necessary condition, so
  // `false` is exact: some token is the predicate of a pattern whose word and
  // class elements all occur in the sentence, or a control verb or a speech
  // verb with "must" (the built-in fallbacks). The pipeline does not parse a
  // sentence for which this is false; its events are the same either way.
  // `one_actor`: the caller knows the coder will see one party in the
  // sentence (`one_party`: one mention of one code, or several of one code
  // it cannot make a second party of) and no hyphenated name (the pipeline
  // knows it from the surface pass, or, where an expression there is
  // resolved against earlier mentions, from the tagged pass); unless
  // allow_no_target or keep_self is set, its
  // only events are then those whose target the coder implies without a
  // second actor, so only patterns that can imply one count: `reply`
  // patterns, protests (aimed at the protesters' government) and domestic
  // acts (aimed at the source country's government or population: coercion,
  // force, yielding, demands and refusals of reform), by the pattern's own
  // code or the code a control verb turns it into.
  // `why` (a diagnostic, may be null): on `true`, what let the sentence through, as
  // "<kind> <lemma>" (kind: pattern, control, must, builtin; `detente_bench
  // --prefilter-report` tallies these over a corpus).
  bool may_code(const Document& doc, uint32_t si, bool one_actor = false, std::string* why = nullptr) const;
  // (session 25) Whether mentions [first, last) of a sentence make one party
  // for may_code's `one_actor`: one mention of one code, or several that all
  // carry the same single code and none of which is a country, a place or a
  // metonym, or a bare country code. Between mentions of one code the coder
  // codes nothing (an event with source == target is dropped), and the coder
  // builds a second party out of a mention only from a place ("arrested in
  // Lebanon" LBNGOV, gunmen "in Basra" IRQUAF, an attack "in Cambodia" KHM),
  // which the kinds left out exclude. A hyphenated name is the caller's test.
  bool one_party(const DocumentActors& actors, size_t first, size_t last) const;

  const Ontology& ontology() const;
  const Options& options() const;
  size_t pattern_count() const;

  struct Impl;  // defined in the .cc files (loader, index, matcher)
  explicit EventCoder(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace detente
