#include "pipeline/pipeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <future>
#include <map>
#include <mutex>
#include <thread>

#include "actors/dictionary.h"
#include "core/error.h"
#include "core/resources.h"
#include "events/coder.h"
#include "events/hyphen_names.h"
#include "geo/geo.h"
#include "syntax/syntax.h"
#include "text/segmenter.h"

namespace detente {

Pipeline::~Pipeline() = default;

std::shared_ptr<const Pipeline> Pipeline::load(const PipelineConfig& config) {
  std::shared_ptr<Pipeline> p(new Pipeline());
  p->config_ = config;
  // The gazetteer (the largest resource to build) loads on its own thread
  // while the syntax model, dictionaries and patterns load on this one, so
  // the two overlap on a machine with a spare core. An error in it is
  // rethrown by get().
  std::future<std::shared_ptr<const Geolocator>> geo;
  if (config.geolocate) geo = std::async(std::launch::async, [] { return Geolocator::load_default(); });
  p->segmenter_ = Segmenter::load_default();
  p->syntax_ = config.syntax_model.empty() ? SyntaxModel::load_default() : SyntaxModel::load(config.syntax_model);
  auto dict = std::make_shared<ActorDictionary>();
  if (config.default_actors) dict->load_default();
  for (const auto& f : config.actor_files) {
    std::error_code ec;
    if (std::filesystem::is_directory(f, ec)) dict->load_dir(f);
    else dict->load_file(f);
  }
  dict->finish();
  p->actors_ = std::make_shared<ActorRecognizer>(dict);
  p->coder_ = load_coder(config);
  if (geo.valid()) p->geo_ = geo.get();
  return p;
}

std::shared_ptr<const EventCoder> Pipeline::load_coder(const PipelineConfig& config) {
  EventCoder::Options opts;
  opts.keep_modal = config.keep_modal;
  opts.allow_no_target = config.allow_no_target;
  if (config.verb_files.empty() && config.default_patterns) return EventCoder::load_default(opts);
  std::vector<std::string> files;
  if (config.default_patterns && !config.tabari_verbs) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (auto& e : fs::directory_iterator(resource_path("data/events/patterns"), ec))
      if (e.path().extension() == ".txt") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
  }
  files.insert(files.end(), config.verb_files.begin(), config.verb_files.end());
  return EventCoder::load(files, opts, config.tabari_verbs);
}

std::shared_ptr<const Pipeline> Pipeline::with_coder_options(bool keep_modal, bool allow_no_target) const {
  std::shared_ptr<Pipeline> p(new Pipeline(*this));
  p->config_.keep_modal = keep_modal;
  p->config_.allow_no_target = allow_no_target;
  p->coder_ = load_coder(p->config_);
  return p;
}

namespace {

// The sentences that can yield an event, from the actors found
// without a parse. The coder takes an event's source from an actor mention in
// the sentence or, in a hyphenated compound ("the U.S.-Japan talks"), from
// mentions of those names so far in the document; a sentence with neither
// has no source, so no event, and its parse would be wasted.
//
// Values: 0 = no actor, not parsed; 1 = parsed if some pattern can fire on
// its lemmas (EventCoder::may_code); kComposes = always parsed, because the
// actor recognizer reads the parse there to compose mentions
// (DocumentActors::reads_parse: a country or person before an agent it may
// modify, a person and a title across a comma, ...), so the mentions, which
// later sentences' pronouns and "the two sides" resolve to, could differ
// without it. To be safe also when the tagged pass composes otherwise than
// the surface pass: any agent after a non-agent, any mention across a comma.
constexpr uint8_t kComposes = 2;
// kOneActor = parsed if a pattern that implies its target can fire
// (EventCoder::may_code with one_actor): the sentence has one mention, of one
// code, or (session 25) several of one code that the coder cannot make a
// second party of (EventCoder::one_party), and no hyphenated name, so the
// coder finds no second actor there.
// kDeferred = the same, but the mention, or an expression that found none, was
// resolved against earlier mentions (DocumentActors::refers_back), which the
// tagged and parsed pass may read otherwise: decided after that pass, from the
// mentions the coder will see (Pipeline::code).
constexpr uint8_t kOneActor = 3, kDeferred = 4;
// kIdle = (session 24) a kComposes sentence no pattern can fire on (may_code):
// parsed only for its mentions, which matter only to later sentences that may
// yield an event (a pronoun there, "the two sides", a hyphenated name) and to
// geolocation. The recognizer reads no later sentence, so a kIdle sentence
// after the last sentence that may yield an event is parsed only if the
// document has events to place (Pipeline::code); kLate = a kIdle sentence
// before it, parsed (`parse_tagged`) before the tagged recognizer pass.
constexpr uint8_t kIdle = 5, kLate = 6;

void choose_sentences(const Document& doc, const DocumentActors& actors, const EventCoder& coder,
                      std::vector<uint8_t>& parse) {
  parse.assign(doc.sentences.size(), 0);
  int64_t nonagent_in = -1;  // sentence of the latest non-agent mention
  for (const ActorMention& m : actors.mentions) {
    uint8_t& p = parse[m.sentence];
    if (!p) p = 1;
    if (m.kind == ActorKind::kAgent && nonagent_in == m.sentence) p = kComposes;
    if (m.kind != ActorKind::kAgent) nonagent_in = m.sentence;
    for (uint32_t t = m.tok_begin; t < m.tok_end && p != kComposes; ++t)
      if (doc.form(doc.tokens[t]) == ",") p = kComposes;
  }
  for (size_t si = 0; si < actors.reads_parse.size() && si < parse.size(); ++si)
    if (actors.reads_parse[si]) parse[si] = kComposes;
  size_t next = 0;  // mentions before the current sentence's end
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const size_t first = next;
    while (next < actors.mentions.size() && actors.mentions[next].tok_end <= s.tok_end) ++next;
    if (parse[si] == kComposes || next == 0) continue;
    const bool one = parse[si] == 1 && coder.one_party(actors, first, next);
    if (parse[si] == 1 && !one) continue;
    // a hyphenated modifier naming earlier mentions part by part ("the Lee-Abe talks"): the coder's own test
    int32_t found[kMaxHyphenParts];
    bool hyphen = false;
    for (uint32_t t = s.tok_begin; t < s.tok_end && !hyphen; ++t)
      hyphen = hyphen_name_mentions(doc, actors, doc.form(doc.tokens[t]), s.tok_end, found) > 0;
    if (hyphen) parse[si] = 1;  // (two parties, whatever else)
    else if (one)
      parse[si] = [&] {
        for (size_t i = first; i < next; ++i)
          if (actors.mentions[i].antecedent >= 0) return true;
        return si < actors.refers_back.size() && actors.refers_back[si];
      }() ? kDeferred
          : kOneActor;
  }
}

}  // namespace

void Pipeline::code(Document& doc, CodedDocument& out, CodeTrace* trace) const {
  out.clear();
  segmenter_->segment(doc);
  bool recognized = false;
  if (config_.parse_all || trace) {
    syntax_->annotate(doc);
    out.parsed.assign(doc.sentences.size(), 1);
  } else {
    actors_->recognize(doc, out.actors);  // surface rules: which sentences have actors
    choose_sentences(doc, out.actors, *coder_, out.parsed);
    // A sentence without an actor is not even tagged (the tagged recognizer
    // pass finds mentions only where the surface pass did); once tagged and
    // lemmatized, a sentence no pattern can fire on is not parsed either.
    syntax_->annotate(
        doc, [&](const Document&, uint32_t si) { return out.parsed[si] != 0; },
        [&](const Document& d, uint32_t si) {
          uint8_t& p = out.parsed[si];
          if (p == kDeferred) {  // (decided below; none if no pattern can fire whatever its mentions)
            if (!coder_->may_code(d, si)) p = 0;
            return false;
          }
          if (p == kComposes) {
            p = coder_->may_code(d, si) ? 1 : kIdle;
            return p == 1;
          }
          p = p != 0 && coder_->may_code(d, si, p == kOneActor);
          return p != 0;
        });
    // The idle sentences before the last sentence that may yield an event (one parsed
    // above, or a deferred one) are parsed before the recognizer reads the document.
    int64_t last = -1;
    for (uint32_t si = 0; si < doc.sentences.size(); ++si)
      if (out.parsed[si] == 1 || out.parsed[si] == kDeferred) last = si;
    bool late = false;
    for (int64_t si = 0; si < last; ++si)
      if (out.parsed[si] == kIdle) {
        out.parsed[si] = kLate;
        late = true;
      }
    if (late) syntax_->parse_tagged(doc, [&](const Document&, uint32_t si) { return out.parsed[si] == kLate; });
    // (session 28) With no sentence that may yield an event (none parsed, none deferred), the
    // coder reads no sentence and there is no event to place, so the mentions are read by
    // nobody: the surface pass's stand, and the tagged pass is not run. (7,744 of Reuters'
    // 19,043 documents, those without an actor included: docs/events.md, Speed, session 28.)
    if (last >= 0) actors_->recognize(doc, out.actors);
    recognized = true;
    // The deferred sentences, by the mentions the coder will see: one party
    // (EventCoder::one_party; several mentions only where the parse composes
    // none) asks may_code with one_actor; none, no parse; more, may_code as usual.
    bool more = false;
    size_t next = 0;
    for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
      const size_t first = next;
      while (next < out.actors.mentions.size() && out.actors.mentions[next].sentence == si) ++next;
      uint8_t& p = out.parsed[si];
      if (p != kDeferred) continue;
      const size_t n = next - first;
      const bool composes = si < out.actors.reads_parse.size() && out.actors.reads_parse[si];
      p = n > 0 && coder_->may_code(doc, si, (n == 1 || !composes) && coder_->one_party(out.actors, first, next))
              ? kDeferred
              : 0;
      more |= p != 0;
    }
    if (more) {
      syntax_->parse_tagged(doc, [&](const Document&, uint32_t si) { return out.parsed[si] == kDeferred; });
      recognized = false;
    }
  }
  if (!recognized) actors_->recognize(doc, out.actors);
  coder_->code(doc, out.actors, out.events, trace);
  // Idle sentences after the last that may yield an event: their mentions matter only to
  // geolocation, which reads every mention (its country hints, the names it leaves to
  // actors), so a document with events to place has them parsed now.
  bool idle = false;
  for (uint8_t p : out.parsed) idle |= p == kIdle;
  if (idle && geo_ && !out.events.empty()) {
    syntax_->parse_tagged(doc, [&](const Document&, uint32_t si) { return out.parsed[si] == kIdle; });
    for (uint8_t& p : out.parsed) p = p == kIdle ? 1 : p;
    // Events hold byte spans, not mention indices, so re-recognizing cannot break them; the
    // mentions up to the last coded sentence come out as the coder read them, and the
    // later ones now exist for geolocation.
    actors_->recognize(doc, out.actors);
  }
  for (uint8_t& p : out.parsed) p = p != 0 && p != kIdle;
  if (!geo_ || out.events.empty()) return;
  // The toponyms of every sentence count when the events are placed, and their
  // reading depends on the tags (a name not tagged PROPN is no place): tag the
  // sentences skipped above, only in the documents that have events.
  if (!config_.parse_all && !trace)
    syntax_->annotate(
        doc, [](const Document& d, uint32_t si) { return d.sentences[si].size() && !d.tokens[d.sentences[si].tok_begin].xpos; },
        [](const Document&, uint32_t) { return false; });
  geo_->locate(doc, out.actors, out.events);
}

namespace {

// A batch of documents travelling from the reader to a worker and back.
struct Batch {
  uint64_t seq = 0;
  std::vector<Document> docs;
  std::vector<CodedDocument> coded;
  std::vector<std::string> errors;  // per document: "" or why it failed
};

void code_batch(const Pipeline& p, Batch& b) {
  b.coded.resize(b.docs.size());
  b.errors.assign(b.docs.size(), std::string());
  for (size_t i = 0; i < b.docs.size(); ++i) {
    try {
      p.code(b.docs[i], b.coded[i]);
    } catch (const std::exception& e) {
      b.errors[i] = fmt::format("coding failed: {}", e.what());
      b.coded[i].clear();
    }
  }
}

}  // namespace

RunStats run_pipeline(DocumentReader& reader, const Pipeline& pipeline, int threads, const DocumentSink& sink,
                      const ErrorSink& on_error) {
  return run_pipeline([&](Document& d) { return reader.next(d); }, pipeline, threads, sink, on_error);
}

RunStats run_pipeline(const DocumentSource& next, const Pipeline& pipeline, int threads, const DocumentSink& sink,
                      const ErrorSink& on_error) {
  RunStats stats;
  auto emit = [&](Batch& b) {
    for (size_t i = 0; i < b.docs.size(); ++i) {
      if (!b.errors[i].empty()) {
        ++stats.failed;
        on_error(b.docs[i], b.errors[i]);
        continue;
      }
      ++stats.coded;
      stats.events += b.coded[i].events.size();
      stats.sentences += b.docs[i].sentences.size();
      sink(b.docs[i], b.coded[i]);
    }
  };
  // Batches are cut by count or by bytes so one huge document does not hold back many small ones.
  constexpr size_t kBatchDocs = 32, kBatchBytes = 1 << 20;
  auto fill = [&](Batch& b) {
    b.docs.clear();
    size_t bytes = 0;
    while (b.docs.size() < kBatchDocs && bytes < kBatchBytes) {
      b.docs.emplace_back();
      if (!next(b.docs.back())) {
        b.docs.pop_back();
        break;
      }
      bytes += b.docs.back().text.size();
    }
    return !b.docs.empty();
  };

  if (threads <= 1) {
    Batch b;
    while (fill(b)) {
      code_batch(pipeline, b);
      emit(b);
    }
    return stats;
  }

  std::mutex mu;
  std::condition_variable work_cv, done_cv;
  std::deque<std::unique_ptr<Batch>> todo;
  std::map<uint64_t, std::unique_ptr<Batch>> done;
  bool closing = false;
  const size_t max_in_flight = static_cast<size_t>(threads) * 4;
  size_t in_flight = 0;

  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t)
    workers.emplace_back([&] {
      for (;;) {
        std::unique_ptr<Batch> b;
        {
          std::unique_lock lk(mu);
          work_cv.wait(lk, [&] { return closing || !todo.empty(); });
          if (todo.empty()) return;
          b = std::move(todo.front());
          todo.pop_front();
        }
        code_batch(pipeline, *b);
        {
          std::lock_guard lk(mu);
          uint64_t seq = b->seq;
          done.emplace(seq, std::move(b));
        }
        done_cv.notify_all();
      }
    });

  uint64_t next_seq = 0, next_emit = 0;
  bool input_done = false;
  auto drain_ready = [&](std::unique_lock<std::mutex>& lk, bool wait_for_one) {
    for (;;) {
      if (wait_for_one) done_cv.wait(lk, [&] { return done.count(next_emit) > 0; });
      auto it = done.find(next_emit);
      if (it == done.end()) return;
      std::unique_ptr<Batch> b = std::move(it->second);
      done.erase(it);
      --in_flight;
      ++next_emit;
      lk.unlock();
      emit(*b);
      lk.lock();
      wait_for_one = false;
    }
  };
  try {
    while (!input_done) {
      auto b = std::make_unique<Batch>();
      b->seq = next_seq;
      if (!fill(*b)) {
        input_done = true;
        break;
      }
      ++next_seq;
      std::unique_lock lk(mu);
      todo.push_back(std::move(b));
      ++in_flight;
      work_cv.notify_one();
      drain_ready(lk, in_flight >= max_in_flight);
    }
    std::unique_lock lk(mu);
    while (next_emit < next_seq) drain_ready(lk, true);
    closing = true;
  } catch (...) {
    {
      std::lock_guard lk(mu);
      closing = true;
      todo.clear();
    }
    work_cv.notify_all();
    for (auto& w : workers) w.join();
    throw;
  }
  work_cv.notify_all();
  for (auto& w : workers) w.join();
  return stats;
}

}  // namespace detente
