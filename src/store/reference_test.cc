// The store against an independent computation: a fixed corpus (synthetic
// events over real-looking texts, with near-duplicate copies in other
// outlets, exact re-sends, new versions, undated documents and events dated
// apart from their document) is ingested with several transaction sizes and
// across reopenings; the story clusters, the one-a-day counts, the dyad
// series and the exports must equal what a plain in-memory computation over
// the input gives. A pinned digest of the exports guards against any change
// of their bytes when the storage layout changes.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

#include "store/minhash.h"
#include "store/query.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "store/synth.h"
#include "store/test_util.h"

namespace detente {
namespace {

using testing::TempDb;

struct Input {
  Document doc;
  std::vector<Event> events;
};

// The fixed corpus. Dates fall in 40 days so that (date, source, target,
// code) keys repeat across documents and transactions.
std::vector<Input> corpus() {
  SynthOptions o;
  o.first_day = make_date(2019, 1, 1).days();
  o.days = 40;
  o.events_per_document = 6;
  std::vector<Input> in;
  for (uint64_t i = 0; i < 260; ++i) {
    Input x;
    synth_document(i, o, x.doc, x.events);
    if (i % 7 == 3) x.doc.source = "";  // no outlet: counted as one "unknown" outlet
    if (i % 11 == 5) x.events[0].date = Date::from_days(x.doc.date.days() + 3);
    if (i % 13 == 6) {  // undated document: some events dated, some not
      x.doc.date = Date{};
      for (size_t k = 0; k < x.events.size(); k += 2) x.events[k].date = Date{};
    }
    if (i % 23 == 10) x.events.clear();  // a document without events
    in.push_back(x);
    if (i % 5 == 4) {  // the same wire copy in another outlet, a day later, lightly edited
      Input c = in[i > 6 ? in.size() - 4 : in.size() - 1];
      c.doc.id = "copy-" + std::to_string(i);
      c.doc.text = "Seoul (Yonhap) -- " + c.doc.text;
      c.doc.source = "outlet" + std::to_string(i % 3 == 0 ? 99 : 17);
      if (c.doc.date.ok()) c.doc.date = Date::from_days(c.doc.date.days() + 1);
      for (auto& e : c.events) e.doc_id = c.doc.id;
      in.push_back(c);
    }
    if (i % 17 == 8) in.push_back(in[in.size() - 2]);  // an exact re-send: skipped
    if (i % 19 == 9) {                                   // a new version of a document: stored beside it
      Input v = in[in.size() - 1];
      v.doc.text += " Updated with a further paragraph of text.";
      in.push_back(v);
    }
    if (i % 29 == 14) {  // the same text a month later: a different story
      Input f = in[in.size() - 1];
      f.doc.id = "later-" + std::to_string(i);
      if (f.doc.date.ok()) f.doc.date = Date::from_days(f.doc.date.days() + 30);
      for (auto& e : f.events) {
        e.doc_id = f.doc.id;
        if (e.date.ok()) e.date = Date::from_days(e.date.days() + 30);
      }
      in.push_back(f);
    }
  }
  // Short texts (under 8 shingles) are never clustered.
  for (int i = 0; i < 3; ++i) {
    Input s = in[static_cast<size_t>(i)];
    s.doc.id = "short-" + std::to_string(i);
    s.doc.text = "Talks held.";
    for (auto& e : s.events) e.doc_id = s.doc.id;
    in.push_back(s);
  }
  return in;
}

// What the store should hold, computed without it.
struct Expected {
  struct Ev {
    const Document* doc;
    const Event* e;
    Date date;
    int64_t story;
  };
  struct Day {
    int64_t first = 0;
    uint32_t mentions = 0;
    std::set<int64_t> docs;
    std::set<std::string> outlets;
    double gsum = 0;
    int quad = 0;
    double goldstein = 0;
  };
  using Key = std::tuple<int32_t, std::string, std::string, std::string>;
  std::vector<Ev> events;  // by event id - 1
  std::map<Key, Day> daily;
  uint64_t documents = 0, duplicates = 0, clustered = 0;
  std::set<int64_t> stories;
};

Expected expect(const std::vector<Input>& in, int window) {
  Expected x;
  std::set<std::pair<std::string, uint64_t>> seen;
  struct Stored {
    MinHash h;
    Date date;
    int64_t story;
  };
  std::vector<Stored> docs;  // by row id - 1
  for (const Input& i : in) {
    if (!seen.insert({i.doc.id, content_hash(i.doc.text)}).second) {
      ++x.duplicates;
      continue;
    }
    int64_t id = static_cast<int64_t>(docs.size()) + 1;
    MinHash h = minhash(i.doc.text);
    int64_t story = id;
    if (h.shingles >= kMinShingles) {  // brute force over every earlier document
      auto mine = bands(h);
      for (size_t j = 0; j < docs.size(); ++j) {
        const Stored& o = docs[j];
        if (o.h.shingles < kMinShingles || o.date.ok() != i.doc.date.ok()) continue;
        if (o.date.ok() && std::abs(o.date.days() - i.doc.date.days()) > window) continue;
        auto theirs = bands(o.h);
        bool share = false;
        for (int b = 0; b < kBands; ++b) share |= mine[b] == theirs[b];
        if (share && similarity(h, o.h) >= kSameStory) story = std::min(story, o.story);
      }
    }
    if (story != id) ++x.clustered;
    docs.push_back({h, i.doc.date, story});
    x.stories.insert(story);
    ++x.documents;
    for (const Event& e : i.events) {
      int64_t eid = static_cast<int64_t>(x.events.size()) + 1;
      Date date = e.date.ok() ? e.date : i.doc.date;
      x.events.push_back({&i.doc, &e, date, story});
      if (!date.ok()) continue;
      auto& d = x.daily[{date.days(), e.source, e.target, e.code}];
      if (d.mentions++ == 0) {
        d.first = eid;
        d.quad = e.quad;
        d.goldstein = e.goldstein;
      }
      d.docs.insert(id);
      d.outlets.insert(i.doc.source);
      d.gsum += e.goldstein;
    }
  }
  return x;
}

void ingest(const std::string& path, const std::vector<Input>& in, int batch, size_t reopen_at) {
  StoreOptions so;
  so.batch_documents = batch;
  auto s = Store::open(path, so);
  for (size_t k = 0; k < in.size(); ++k) {
    if (k == reopen_at) s = Store::open(path, so);  // the old one commits as it closes
    s->add(in[k].doc, in[k].events);
  }
}

bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

void compare(Store& s, const Expected& x, const char* what) {
  SCOPED_TRACE(what);
  auto problems = s.check();
  EXPECT_TRUE(problems.empty()) << problems.front();
  StoreStats st = store_stats(s, 3);
  EXPECT_EQ(st.documents, x.documents);
  EXPECT_EQ(st.events, x.events.size());
  EXPECT_EQ(st.daily, x.daily.size());
  EXPECT_EQ(st.stories, x.stories.size());
  EXPECT_EQ(st.clustered_documents, x.clustered);

  // Every event, in storage order, with the store's extras.
  size_t n = 0;
  export_events(s, {}, [&](const Document& doc, const Event& e, const EventExtras& ex) {
    ASSERT_LT(n, x.events.size());
    const auto& w = x.events[n++];
    EXPECT_EQ(ex.event_id, n);
    EXPECT_EQ(doc.id, w.doc->id);
    EXPECT_EQ(doc.source, w.doc->source);
    EXPECT_EQ(doc.date, w.doc->date);
    EXPECT_EQ(e.sentence, w.e->sentence);
    EXPECT_EQ(e.date, w.date);
    EXPECT_EQ(e.source, w.e->source);
    EXPECT_EQ(e.target, w.e->target);
    EXPECT_EQ(e.code, w.e->code);
    EXPECT_EQ(e.goldstein, w.e->goldstein);
    EXPECT_EQ(e.location.lat, w.e->location.lat);
    EXPECT_EQ(e.text, w.e->text);
    EXPECT_EQ(ex.story, w.story);
    if (w.date.ok()) {
      const auto& d = x.daily.at({w.date.days(), w.e->source, w.e->target, w.e->code});
      EXPECT_EQ(ex.mentions, d.mentions);
      EXPECT_EQ(ex.articles, d.docs.size());
      EXPECT_EQ(ex.sources, d.outlets.size());
    } else {
      EXPECT_EQ(ex.mentions, 1u);
    }
  });
  EXPECT_EQ(n, x.events.size());

  // One a day: exactly the first event of each key.
  std::set<int64_t> firsts;
  for (const auto& [k, d] : x.daily) firsts.insert(d.first);
  std::set<int64_t> got;
  ExportFilter one;
  one.one_a_day = true;
  export_events(s, one, [&](const Document&, const Event&, const EventExtras& ex) {
    got.insert(static_cast<int64_t>(ex.event_id));
  });
  EXPECT_EQ(got, firsts);

  // Dyad series, each direction, one a day and every event, by day and month.
  for (auto [a, b] : {std::pair{"USA", "CHN"}, {"KOR", "JPN"}, {"USAGOV", "CHN"}, {"RUS", "USA"}, {"JPN", "JPN"}})
    for (Period by : {Period::kDay, Period::kMonth})
      for (bool all : {false, true}) {
        SCOPED_TRACE(fmt::format("{}-{} {} {}", a, b, static_cast<int>(by), all));
        auto side = [](std::string_view code, std::string_view arg) {
          return arg.size() == 3 ? actor_entity(code) == arg : starts(code, arg);
        };
        std::map<std::string, Tally> ab, ba;
        for (const auto& [k, d] : x.daily) {
          const auto& [date, src, tgt, code] = k;
          Tally t;
          t.events = all ? d.mentions : 1;
          t.quad[d.quad] = t.events;
          t.goldstein_sum = all ? d.gsum : d.goldstein;
          std::string label = period_label(by, period_start(by, Date::from_days(date)));
          if (side(src, a) && side(tgt, b)) ab[label].add(t);
          else if (side(src, b) && side(tgt, a)) ba[label].add(t);
        }
        DyadQuery q;
        q.a = a;
        q.b = b;
        q.by = by;
        q.all_events = all;
        auto rows = dyad_series(s, q);
        size_t nonempty = 0;
        for (const auto& r : rows) {
          for (auto [got, want] : {std::pair{&r.ab, &ab}, {&r.ba, &ba}}) {
            Tally w = want->count(r.label) ? want->at(r.label) : Tally{};
            nonempty += got->events > 0;
            EXPECT_EQ(got->events, w.events) << r.label;
            for (int qd = 1; qd <= 4; ++qd) EXPECT_EQ(got->quad[qd], w.quad[qd]) << r.label;
            EXPECT_NEAR(got->goldstein_sum, w.goldstein_sum, 1e-9) << r.label;
          }
        }
        EXPECT_EQ(nonempty, ab.size() + ba.size());
      }
}

TEST(Reference, StoreMatchesAnIndependentComputation) {
  auto in = corpus();
  Expected x = expect(in, StoreOptions{}.story_window_days);
  // The corpus exercises what it should.
  ASSERT_GT(x.clustered, 40u);
  ASSERT_GT(x.duplicates, 10u);
  size_t repeated = 0, multi_outlet = 0;
  for (const auto& [k, d] : x.daily) {
    repeated += d.mentions > 1;
    multi_outlet += d.outlets.size() > 1;
  }
  ASSERT_GT(repeated, 100u);
  ASSERT_GT(multi_outlet, 50u);
  for (auto [batch, reopen] : {std::pair{2000, size_t{0}}, {1, size_t{0}}, {7, in.size() / 2}, {64, in.size() / 3}}) {
    TempDb t("ref");
    ingest(t.path, in, batch, reopen);
    auto s = Store::open(t.path);
    EXPECT_EQ(s->counts().documents, 0u);
    compare(*s, x, fmt::format("batch {} reopen {}", batch, reopen).c_str());
    // Ingesting everything again adds nothing.
    for (const auto& i : in) EXPECT_FALSE(s->add(i.doc, i.events));
    s->commit();
    EXPECT_EQ(s->counts().duplicates, in.size());
    compare(*s, x, "after re-ingest");
  }
}

// The exports' bytes (JSON Lines, TSV and CSV with the store's columns; GDELT
// carries the time of ingest) as a digest, pinned: a change of the storage
// layout must not change what users get out.
uint64_t export_digest(Store& s, const char* format, const ExportFilter& f) {
  char* buf = nullptr;
  size_t len = 0;
  std::FILE* mem = open_memstream(&buf, &len);
  auto w = make_writer(format, mem, WriterOptions{true});
  export_events(s, f, [&](const Document& doc, const Event& e, const EventExtras& ex) { w->write(doc, e, ex); });
  w->finish();
  std::fclose(mem);
  uint64_t h = content_hash(std::string_view(buf, len));
  std::free(buf);
  return h;
}

// The one-a-day table and the story clusters, every value (Goldstein sums to
// the last bit), as a digest.
uint64_t table_digest(Store& s) {
  std::string all;
  sql::Stmt d(s.db(),
              "SELECT date, source, target, code, source_entity, target_entity, quad, goldstein, first_event, "
              "mentions, gsum, articles, sources, outlets FROM daily ORDER BY date, source, target, code");
  while (d.step()) {
    all += fmt::format("{} {} {} {} {} {} {} {} {} {} {} {} {} {}\n", d.i64(0), d.text(1), d.text(2), d.text(3),
                       d.text(4), d.text(5), d.i64(6), d.dbl(7), d.i64(8), d.i64(9), d.dbl(10), d.i64(11), d.i64(12),
                       d.text(13));
  }
  sql::Stmt docs(s.db(), "SELECT id, doc_id, hash, story, events FROM documents ORDER BY id");
  while (docs.step())
    all += fmt::format("{} {} {} {} {}\n", docs.i64(0), docs.text(1), docs.i64(2), docs.i64(3), docs.i64(4));
  return content_hash(all);
}

TEST(Reference, ExportBytesArePinned) {
  auto in = corpus();
  TempDb t("pin");
  ingest(t.path, in, 16, in.size() / 2);
  auto s = Store::open(t.path);
  ExportFilter one;
  one.one_a_day = true;
  ExportFilter kor;
  kor.actors = {"KOR"};
  kor.from = make_date(2019, 1, 10);
  std::string got = fmt::format("{:016x} {:016x} {:016x} {:016x} {:016x}", export_digest(*s, "jsonl", {}),
                                export_digest(*s, "tsv", {}), export_digest(*s, "csv", {}),
                                export_digest(*s, "jsonl", one), export_digest(*s, "csv", kor));
  // Taken with schema version 2 (one upsert per document, doc_bands), before
  // the ingest was reworked; the same bytes since.
  EXPECT_EQ(got, "ab00e0a4698fd164 ccc522d702f68e83 dc1341c93aef3a03 f6c4d5dda8424d6f 126c45a707175604");
  EXPECT_EQ(fmt::format("{:016x}", table_digest(*s)), "56751feca714d4f2");
}

}  // namespace
}  // namespace detente
