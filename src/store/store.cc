#include "store/store.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <tuple>
#include <ctime>
#include <optional>

#include "core/error.h"
#include "store/internal.h"
#include "store/minhash.h"
#include "store/sqlite.h"

namespace detente {

using store_internal::DailyBatch;
using store_internal::StoryIndex;

std::string actor_entity(std::string_view code) {
  if (code.size() < 3) return std::string(code);
  std::string_view head = code.substr(0, 3);
  if (head == "IGO" || head == "NGO" || head == "IMG" || head == "MNC") return std::string(code.substr(0, 6));
  return std::string(head);
}

namespace {
// A document's events are inserted up to kEventRows at a time, one statement
// per row count (one statement execution opens the table once); its evidence
// sentences likewise, up to kSentenceRows at a time.
constexpr int kEventRows = 8;
constexpr int kEventColumns = 29;
constexpr int kSentenceRows = 8;
// OR FAIL: a constraint error stops the statement without undoing its
// earlier rows, so SQLite opens no statement journal for these multi-row
// inserts (with the default ABORT it copies every page the statement touches
// into one first). Nothing is lost: any error rolls the whole transaction
// back (Store::rollback).
constexpr const char* kEventInsert =
    "INSERT OR FAIL INTO events(doc, sentence, date, source, target, code, root, quad, goldstein, plover, mode, "
    "source_text, target_text, verb_text, source_begin, source_end, verb_begin, verb_end, "
    "target_begin, target_end, loc_name, loc_geonames, loc_admin1, loc_country, loc_lat, loc_lon, "
    "loc_how, pattern, attribution) VALUES";
std::string multi_row(std::string q, int rows, int columns) {
  for (int r = 0; r < rows; ++r) {
    q += r ? ",(" : "(";
    for (int c = 1; c <= columns; ++c) q += fmt::format("{}?{}", c > 1 ? "," : "", r * columns + c);
    q += ")";
  }
  return q;
}
}  // namespace

struct Store::Impl {
  Impl(sql::Db& db, const StoreOptions& o)
      : stories(db, o.story_window_days),
        daily(db),
        find_doc(db, "SELECT id FROM documents WHERE doc_id = ?1 AND hash = ?2"),
        add_doc(db,
                "INSERT INTO documents(doc_id, hash, date, title, outlet, url, file, line, sentences, events, added, "
                "text, minhash, story, first_event) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                "?14, ?15)"),
        add_events(db, kEventInsert, kEventColumns, kEventRows),
        add_sentences(db, "INSERT OR IGNORE INTO sentences(doc, idx, text) VALUES", 3, kSentenceRows) {}
  // add_events[n - 1] inserts n rows.
  struct MultiRow {
    MultiRow(sql::Db& db, const char* head, int columns, int rows) {
      for (int n = 1; n <= rows; ++n) stmts.emplace_back(db, multi_row(head, n, columns));
    }
    sql::Stmt& operator[](size_t n) { return stmts[n]; }
    std::vector<sql::Stmt> stmts;
  };
  StoryIndex stories;
  DailyBatch daily;
  sql::Stmt find_doc, add_doc;
  MultiRow add_events, add_sentences;
  // Row ids known inside a transaction: the next document's and event's.
  // Rows are inserted without their id: SQLite gives a new row the largest
  // id + 1 (no AUTOINCREMENT), which is the id known here, without the
  // seek an explicit id costs (the inserts check it all the same).
  int64_t next_doc = 0, next_event = 0;
  int64_t data_version = -1;  // PRAGMA data_version when the last transaction began
  std::optional<sql::Transaction> txn;
  int in_batch = 0;
  IngestCounts at_begin;  // counts when the transaction began (restored if it is rolled back)
  std::chrono::steady_clock::time_point txn_start;
  std::vector<DailyBatch::Event> dated;
  std::vector<const Event*> sentence_rows;
};

std::unique_ptr<Store> Store::open(const std::string& path, StoreOptions options) {
  if ((options.read_only || !options.create) && access(path.c_str(), F_OK) != 0)
    throw Error(Errc::kBadDatabase,
                fmt::format("{}: no such database (create one with `detente ingest FILES --db {}`)", path, path));
  std::unique_ptr<Store> s(new Store());
  s->opt_ = options;
  s->db_ = std::make_unique<sql::Db>(path, options.read_only);
  sql::Db& db = *s->db_;
  int64_t app = db.scalar("PRAGMA application_id");  // fails here if the file is not SQLite
  int64_t version = db.scalar("PRAGMA user_version");
  int64_t tables = db.scalar("SELECT count(*) FROM sqlite_master");
  if (app != kApplicationId && !(app == 0 && tables == 0))
    throw Error(Errc::kBadDatabase, fmt::format("{}: not a detente database", path));
  if (version > kSchemaVersion)
    throw Error(Errc::kBadDatabase,
                fmt::format("{}: schema version {} is newer than this detente knows ({}); upgrade detente", path,
                            version, kSchemaVersion));
  if (options.read_only) {
    if (version < kSchemaVersion)
      throw Error(Errc::kBadDatabase,
                  fmt::format("{}: schema version {} needs migrating to {}; open it once without read-only",
                              path, version, kSchemaVersion));
  } else {
    // A new database gets 8 KiB pages (SQLite's default is 4 KiB): half the
    // WAL frames, and write calls, for the same rows. It must be set before
    // the first table is written; an existing file keeps its page size.
    if (tables == 0) db.exec("PRAGMA page_size = 8192");
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    // A checkpoint when the WAL holds 32 MiB, whatever the page size.
    db.exec(fmt::format("PRAGMA wal_autocheckpoint = {}", (int64_t{32} << 20) / db.scalar("PRAGMA page_size")));
    if (version < kSchemaVersion) migrate(db, kSchemaVersion);
    s->impl_ = std::make_unique<Impl>(db, options);
  }
  db.exec("PRAGMA cache_size = -262144");
  db.exec("PRAGMA temp_store = MEMORY");
  db.exec("PRAGMA mmap_size = 1073741824");
  return s;
}

Store::~Store() {
  try {
    commit();
  } catch (...) {
    // The batch is rolled back by the transaction; nothing half-written remains.
  }
}

int Store::schema_version() const { return static_cast<int>(db_->scalar("PRAGMA user_version")); }
const std::string& Store::path() const { return db_->path(); }

bool Store::contains(const Document& doc) {
  if (!impl_) {
    sql::Stmt s(*db_, "SELECT id FROM documents WHERE doc_id = ?1 AND hash = ?2");
    s.bind(1, doc.id).bind(2, static_cast<int64_t>(content_hash(doc.text)));
    return s.step();
  }
  auto& f = impl_->find_doc;
  f.bind(1, doc.id).bind(2, static_cast<int64_t>(content_hash(doc.text)));
  bool found = f.step();
  f.reset();
  return found;
}

void Store::rollback() {
  // Everything since the transaction began is undone, including what the
  // in-memory state remembers of it.
  Impl& m = *impl_;
  m.txn.reset();  // ROLLBACK
  m.daily.clear();
  m.stories.clear();
  m.in_batch = 0;
  counts_ = m.at_begin;
}

void Store::commit() {
  if (!impl_ || !impl_->txn) return;
  try {
    impl_->daily.flush();
    impl_->txn->commit();
  } catch (...) {
    rollback();
    throw;
  }
  impl_->txn.reset();
  impl_->in_batch = 0;
}

bool Store::add(const Document& doc, const std::vector<Event>& events) {
  if (!impl_) throw Error(Errc::kUsage, fmt::format("{}: database opened read-only", path()));
  Impl& m = *impl_;
  if (!m.txn) {
    m.txn.emplace(*db_);
    m.txn_start = std::chrono::steady_clock::now();
    m.at_begin = counts_;
    try {
      // Another connection's commits invalidate what the story index cached.
      int64_t version = db_->scalar("PRAGMA data_version");
      if (version != m.data_version) m.stories.clear();
      m.data_version = version;
      m.next_doc = db_->scalar("SELECT coalesce(max(id), 0) + 1 FROM documents");
      m.next_event = db_->scalar("SELECT coalesce(max(id), 0) + 1 FROM events");
    } catch (...) {
      rollback();
      throw;
    }
  }
  bool added = false;
  try {
    added = add_document(doc, events);
  } catch (...) {
    rollback();  // never a partial document: the whole open batch goes
    throw;
  }
  if (++m.in_batch >= opt_.batch_documents ||
      (m.in_batch % 16 == 0 && std::chrono::steady_clock::now() - m.txn_start > std::chrono::duration<double>(opt_.batch_seconds)))
    commit();
  return added;
}

bool Store::add_document(const Document& doc, const std::vector<Event>& events) {
  Impl& m = *impl_;
  uint64_t hash = content_hash(doc.text);
  m.find_doc.bind(1, doc.id).bind(2, static_cast<int64_t>(hash));
  bool found = m.find_doc.step();
  m.find_doc.reset();
  if (found) {
    ++counts_.duplicates;
    return false;
  }
  MinHash sh = minhash(doc.text);
  int64_t id = m.next_doc;
  int64_t first_event = m.next_event;
  // The story is found before the row exists, so that it is written with the
  // row, not updated after it.
  int64_t story = id;
  bool dated = doc.date.ok();
  int32_t doc_days = dated ? doc.date.days() : 0;
  bool joined = m.stories.assign(id, dated, doc_days, sh, story);
  auto& d = m.add_doc;
  d.bind(1, doc.id).bind(2, static_cast<int64_t>(hash));
  if (dated) d.bind(3, doc_days);
  else d.bind_null(3);
  d.bind(4, doc.title).bind(5, doc.source).bind(6, doc.url).bind(7, doc.origin.file);
  d.bind(8, static_cast<int64_t>(doc.origin.line)).bind(9, static_cast<int64_t>(doc.sentences.size()));
  d.bind(10, static_cast<int64_t>(events.size())).bind(11, static_cast<int64_t>(std::time(nullptr)));
  if (opt_.keep_text) d.bind(12, doc.text);
  else d.bind_null(12);
  if (sh.shingles < kMinShingles) d.bind_null(13);
  else d.bind_blob(13, sh.mins.data(), sizeof(sh.mins));  // host order: x86-64 and ARM64 are little-endian
  d.bind(14, story);
  if (events.empty()) d.bind_null(15);
  else d.bind(15, first_event);
  d.rerun();  // every parameter is bound each time
  if (db_->last_id() != id) throw std::logic_error("documents: row id is not the expected one");

  m.dated.clear();
  int64_t last_sentence = -1;
  int64_t eid = first_event;
  // Binds event `ev` as row `row` of statement `e`.
  auto bind_event = [&](sql::Stmt& e, int row, const Event& ev, bool has_date, int32_t days) {
    int b = row * kEventColumns;
    e.bind(b + 1, id).bind(b + 2, ev.sentence);
    if (has_date) e.bind(b + 3, days);
    else e.bind_null(b + 3);
    e.bind(b + 4, ev.source).bind(b + 5, ev.target).bind(b + 6, ev.code).bind(b + 7, ev.root).bind(b + 8, ev.quad);
    e.bind(b + 9, ev.goldstein).bind(b + 10, ev.plover).bind(b + 11, ev.mode).bind(b + 12, ev.source_text);
    e.bind(b + 13, ev.target_text).bind(b + 14, ev.verb_text);
    e.bind(b + 15, ev.source_span.begin).bind(b + 16, ev.source_span.end).bind(b + 17, ev.verb_span.begin);
    e.bind(b + 18, ev.verb_span.end).bind(b + 19, ev.target_span.begin).bind(b + 20, ev.target_span.end);
    const Location& l = ev.location;
    if (l.ok()) {
      e.bind(b + 21, l.name).bind(b + 22, l.geonames_id).bind(b + 23, l.admin1).bind(b + 24, l.country);
      e.bind(b + 25, l.lat).bind(b + 26, l.lon).bind(b + 27, l.how);
    } else {
      for (int c = 21; c <= 27; ++c) e.bind_null(b + c);
    }
    e.bind(b + 28, ev.pattern).bind(b + 29, ev.attribution);
  };
  size_t n = events.size();
  for (size_t i = 0; i < n; i += kEventRows) {
    size_t rows = std::min<size_t>(kEventRows, n - i);
    sql::Stmt& e = m.add_events[rows - 1];
    for (size_t r = 0; r < rows; ++r) {
      const Event& ev = events[i + r];
      bool has_date = ev.date.ok() || dated;
      int32_t days = ev.date.ok() ? ev.date.days() : doc_days;
      bind_event(e, static_cast<int>(r), ev, has_date, days);
      if (has_date) m.dated.push_back({days, ev.source, ev.target, ev.code, ev.quad, ev.goldstein, eid});
      ++eid;
    }
    e.rerun();  // every parameter is bound each time
    if (db_->last_id() != eid - 1) throw std::logic_error("events: row id is not the expected one");
  }
  // The evidence: each sentence that produced an event, once (events come
  // in sentence order; the table ignores repeats anyway).
  auto& sents = m.sentence_rows;
  sents.clear();
  for (const Event& ev : events)
    if (ev.sentence != last_sentence) {
      sents.push_back(&ev);
      last_sentence = ev.sentence;
    }
  for (size_t i = 0; i < sents.size(); i += kSentenceRows) {
    size_t rows = std::min<size_t>(kSentenceRows, sents.size() - i);
    sql::Stmt& st = m.add_sentences[rows - 1];
    for (size_t r = 0; r < rows; ++r) {
      int b = static_cast<int>(r) * 3;
      st.bind(b + 1, id).bind(b + 2, sents[i + r]->sentence).bind(b + 3, sents[i + r]->text);
    }
    st.rerun();
  }
  m.daily.add_document(doc.source, m.dated);
  m.next_doc = id + 1;
  m.next_event = eid;
  ++counts_.documents;
  counts_.events += events.size();
  if (joined) ++counts_.clustered;
  return true;
}

std::vector<std::string> Store::check() {
  commit();
  std::vector<std::string> problems;
  {
    sql::Stmt s(*db_, "PRAGMA integrity_check");
    while (s.step())
      if (s.text(0) != "ok") problems.emplace_back(fmt::format("sqlite: {}", s.text(0)));
  }
  auto expect_none = [&](const char* what, const char* query) {
    sql::Stmt s(*db_, query);
    int shown = 0;
    while (s.step())
      if (shown++ < 5) problems.emplace_back(fmt::format("{}: {}", what, s.text(0)));
  };
  // A document's events are the event ids first_event .. first_event + events - 1.
  expect_none("document whose events are not its event id range",
              "SELECT d.doc_id FROM documents d WHERE (d.events = 0) != (d.first_event IS NULL) OR d.events != "
              "(SELECT count(*) FROM events e WHERE e.id BETWEEN d.first_event AND d.first_event + d.events - 1 "
              "AND e.doc = d.id) LIMIT 5");
  int64_t counted = db_->scalar("SELECT coalesce(sum(events), 0) FROM documents");
  int64_t stored = db_->scalar("SELECT count(*) FROM events");
  if (counted != stored)
    problems.emplace_back(fmt::format("documents count {} events, {} are stored", counted, stored));
  expect_none("events of no document", "SELECT e.id FROM events e LEFT JOIN documents d ON d.id = e.doc "
                                       "WHERE d.id IS NULL LIMIT 5");
  expect_none("document stored twice",
              "SELECT doc_id FROM documents GROUP BY doc_id, hash HAVING count(*) > 1 LIMIT 5");
  expect_none("daily row that does not match its events",
              "SELECT d.date || ' ' || d.source || ' ' || d.target || ' ' || d.code FROM daily d LEFT JOIN "
              "(SELECT e.date AS date, e.source AS source, e.target AS target, e.code AS code, count(*) n, "
              "count(DISTINCT e.doc) a, min(e.id) f, count(DISTINCT replace(o.outlet, char(31), '')) s "
              "FROM events e JOIN documents o ON o.id = e.doc WHERE e.date IS NOT NULL "
              "GROUP BY e.date, e.source, e.target, e.code) e USING (date, source, target, code) "
              "WHERE e.n IS NULL OR e.n != d.mentions OR e.a != d.articles OR e.f != d.first_event "
              "OR e.s != d.sources LIMIT 5");
  // The daily view's actor ids: every id names an actors row, with the entity its row gives.
  expect_none("daily row with unknown actor ids",
              "SELECT d.date || ' ' || d.src || ' ' || d.tgt || ' ' || d.code FROM dyad_daily d "
              "LEFT JOIN actors s ON s.id = d.src LEFT JOIN actors t ON t.id = d.tgt "
              "WHERE s.id IS NULL OR t.id IS NULL OR s.entity != d.src_entity OR t.entity != d.tgt_entity LIMIT 5");
  expect_none("actor whose entity is not a prefix of its code",
              "SELECT a.code FROM actors a LEFT JOIN actors e ON e.id = a.entity "
              "WHERE e.id IS NULL OR substr(a.code, 1, length(e.code)) != e.code LIMIT 5");
  int64_t dated = db_->scalar("SELECT count(*) FROM events WHERE date IS NOT NULL");
  int64_t mentions = db_->scalar("SELECT coalesce(sum(mentions), 0) FROM dyad_daily");
  if (dated != mentions)
    problems.emplace_back(fmt::format("daily mentions {} != dated events {}", mentions, dated));
  expect_none("document without a story", "SELECT doc_id FROM documents WHERE story IS NULL LIMIT 5");
  return problems;
}

}  // namespace detente
