// pipeline/pipeline.h — the whole coding pipeline as one object, and the
// parallel runner that feeds it documents.
//
// Contract
// - `Pipeline::load(config)` loads every resource once (segmenter, syntax
//   model, actor dictionaries, event patterns, gazetteer); the Pipeline is
//   then immutable and shared read-only by all threads.
// - `Pipeline::code(doc, out)` runs text -> syntax -> actors -> events -> geo
//   on one document and appends its events to `out.events` (in sentence
//   order); `out` is per-thread scratch reused across documents. Thread-safe.
// - Parsing is most of the cost, and an event needs an actor: by default
//   (the fast path) the actor recognizer first runs on the segmented text
//   (surface rules), and only the sentences that can yield an event are
//   parsed: those with an actor mention (names, titles, pronouns and "the
//   two sides" resolved to an earlier mention) or a hyphenated compound of
//   mentioned names ("the U.S.-Japan talks"), and on whose lemmas some
//   pattern can fire (`EventCoder::may_code`: a predicate lemma with all of
//   the pattern's word and class elements present, or a control verb; it is
//   asked after tagging, which every sentence gets). Sentences where the
//   recognizer reads the parse to compose mentions (a name before an agent,
//   a title and a name across a comma) are parsed whatever their lemmas.
//   Every sentence is still
//   tagged and lemmatized (geolocation reads the tags of all of them); the
//   recognizer then runs again with the parses. `out.parsed` says which
//   sentences were parsed. The events are those of parsing every sentence;
//   `PipelineConfig::parse_all`, and any call with a `trace` (the explain
//   view, which shows every tree), parse every sentence.
// - `run_pipeline` reads documents from a DocumentReader (or any
//   DocumentSource) on the calling
//   thread, codes them on `threads` workers and hands results to `sink` on the
//   calling thread **in input order**, so output is byte-identical for any
//   thread count. Documents a stage cannot code (an exception) are passed to
//   `on_error` with the reason and count as rejected; the run goes on.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "actors/recognizer.h"
#include "core/document.h"
#include "events/event.h"
#include "readers/reader.h"

namespace detente {

class Segmenter;
class SyntaxModel;
class ActorDictionary;
class EventCoder;
class Geolocator;
struct CodeTrace;

struct PipelineConfig {
  std::string syntax_model;                 // "" = models/syntax-en.*
  std::vector<std::string> actor_files;     // extra dictionaries (ours or TABARI format)
  bool default_actors = true;               // load data/actors
  std::vector<std::string> verb_files;      // extra pattern files
  bool tabari_verbs = false;                // verb_files are TABARI/PETRARCH dictionaries
  bool default_patterns = true;             // load data/events
  bool keep_modal = false;                  // keep hypothetical events, with their mode
  bool allow_no_target = false;             // keep events without a target
  bool geolocate = true;
  bool parse_all = false;                   // parse every sentence, not only those with actors
};

// What coding one document produced; reused across documents by one thread.
struct CodedDocument {
  // The mentions the events were coded with: those of parsing every sentence, up to the
  // last sentence that may yield an event (all of them when the document has events to
  // place); after it, a sentence parsed only for its mentions may be left unparsed.
  DocumentActors actors;
  std::vector<Event> events;
  std::vector<uint8_t> parsed;  // per sentence: 1 if it was parsed
  void clear() {
    actors.clear();
    events.clear();
    parsed.clear();
  }
};

class Pipeline {
 public:
  static std::shared_ptr<const Pipeline> load(const PipelineConfig& config);
  ~Pipeline();
  // Annotates `doc` (sentences, tokens, tags, the parse of the sentences that
  // can yield an event, or of all with parse_all or a trace) and codes it.
  // `trace` (may be null) receives the explain view's details.
  void code(Document& doc, CodedDocument& out, CodeTrace* trace = nullptr) const;

  // The same pipeline with other event-coder options: every resource is
  // shared except the event coder, which is loaded with `keep_modal` and
  // `allow_no_target` (the HTTP API's per-request options). Thread-safe.
  std::shared_ptr<const Pipeline> with_coder_options(bool keep_modal, bool allow_no_target) const;
  const PipelineConfig& config() const { return config_; }

  const Segmenter& segmenter() const { return *segmenter_; }
  const SyntaxModel& syntax() const { return *syntax_; }
  const ActorRecognizer& actors() const { return *actors_; }
  const EventCoder& coder() const { return *coder_; }

 private:
  Pipeline() = default;
  Pipeline(const Pipeline&) = default;
  static std::shared_ptr<const EventCoder> load_coder(const PipelineConfig& config);
  std::shared_ptr<const Segmenter> segmenter_;
  std::shared_ptr<const SyntaxModel> syntax_;
  std::shared_ptr<const ActorRecognizer> actors_;
  std::shared_ptr<const EventCoder> coder_;
  std::shared_ptr<const Geolocator> geo_;  // null when geolocation is off
  PipelineConfig config_;
};

struct RunStats {
  uint64_t coded = 0, failed = 0, events = 0, sentences = 0;
};

using DocumentSink = std::function<void(const Document& doc, const CodedDocument& coded)>;
using ErrorSink = std::function<void(const Document& doc, const std::string& reason)>;

RunStats run_pipeline(DocumentReader& reader, const Pipeline& pipeline, int threads, const DocumentSink& sink,
                      const ErrorSink& on_error);
// The same with documents from any source (`next` fills a Document and
// returns false at the end; it is called on the calling thread only), e.g.
// documents held in memory by the benchmark.
using DocumentSource = std::function<bool(Document& doc)>;
RunStats run_pipeline(const DocumentSource& next, const Pipeline& pipeline, int threads, const DocumentSink& sink,
                      const ErrorSink& on_error);

}  // namespace detente
