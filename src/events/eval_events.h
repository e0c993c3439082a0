// events/eval_events.h — the event-coding evaluations behind
// `detente eval-events petrarch|plover|yonhap` (figures in docs/events.md).
//
// Contract
// - Each evaluation codes raw text through the real stack (segmenter, syntax
//   model, actor recognizer, EventCoder) and compares with a reference file.
// - `EvalStack::load` loads every resource once; it throws Error (kBadModel,
//   kIo, kBadDictionary) naming what is missing.
// - Results are plain numbers plus a human-readable report; nothing here
//   writes files. Not thread-safe (single-threaded evaluation).
#pragma once
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "actors/recognizer.h"
#include "events/coder.h"

namespace detente {

class Segmenter;
class SyntaxModel;

struct EvalStack {
  std::shared_ptr<const Segmenter> segmenter;
  std::shared_ptr<const SyntaxModel> syntax;
  std::shared_ptr<const ActorRecognizer> actors;
  std::shared_ptr<const EventCoder> coder;          // default options
  std::shared_ptr<const EventCoder> coder_no_dyad;  // allow_no_target (PETRARCH require_dyad=false)

  struct Config {
    std::string syntax_model;                 // "" = models/syntax-en.bin
    std::vector<std::string> actor_files;     // "" = data/actors
    bool tabari_actors = false;
    std::vector<std::string> verb_files;      // empty = data/events
    bool tabari_verbs = false;
    std::vector<std::string> discard_files;   // TABARI discard lists
    bool need_syntax = true;                  // false: documents come parsed (treebank parses)
    // PETRARCH conventions: no pronoun/plural coreference, and an agent whose
    // country is only implied by the sentence keeps its bare role ("---EDU").
    bool petrarch_conventions = false;
  };
  bool petrarch_conventions = false;
  Config config;
  // (Re)loads coder and coder_no_dyad from `config`; PETRARCH's new_actor_length option
  // (EventCoder::Options::new_actor_length) is the suite's inline config.
  void load_coders(int new_actor_length);
  // PETRARCH's comma-delimited clauses (options comma_min/max, comma_bmin/bmax,
  // comma_emin/emax): an initial, internal or terminal clause whose length in words lies
  // in [min, max] is left out of coding (max 0 = off). A comma inside a noun phrase
  // ("complete, full diplomatic ties", a list of names) delimits no clause.
  struct CommaRule {
    int min = 2, max = 8, bmin = 0, bmax = 0, emin = 2, emax = 8;  // PETRARCH's defaults
  };
  bool use_comma_rule = false;  // only with petrarch_conventions
  CommaRule commas;
  static EvalStack load(const Config& c);
  // Segments, parses, finds actors and codes `doc` (doc.text and doc.date set).
  void code(Document& doc, DocumentActors& actors, std::vector<Event>& out, bool require_dyad = true,
            CodeTrace* trace = nullptr) const;
  // Actors and events only, for a document that is already segmented and parsed.
  void code_parsed(const Document& doc, DocumentActors& actors, std::vector<Event>& out, bool require_dyad = true,
                   CodeTrace* trace = nullptr) const;
};

struct EvalResult {
  std::vector<std::pair<std::string, double>> figures;  // name -> value (percentages in 0..100)
  std::string report;                                    // per-case lines and summary
  bool passed = false;                                   // targets met
};

// PETRARCH's validation suite (PETR.UnitTest.records.xml) with the PETR.Validate.*
// dictionaries in `petrarch_dir`. Triples are (source, target, code).
// With `treebank_parses`, each record's own <Parse> (Penn Treebank) is converted
// to dependencies (events/eval_ptb.h) instead of parsing the raw text.
EvalResult eval_petrarch(const std::string& records_xml, const std::string& petrarch_dir,
                         const std::string& syntax_model, bool verbose, bool treebank_parses = false);
// PLOVER_GSR_CAMEO.json with detente's own dictionaries. The coder requires a
// dyad (detente's default) unless `allow_no_target`: PLOVER codes events
// without a target, and so does the GSR (the `--allow-no-target` setting).
EvalResult eval_plover(const std::string& gsr_json, const std::string& syntax_model, bool verbose,
                       bool allow_no_target = false);
// The Yonhap example (JSON Lines, one document) against the events DESIGN.md describes.
EvalResult eval_yonhap(const std::string& jsonl, const std::string& syntax_model, bool verbose);

}  // namespace detente
