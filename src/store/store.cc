#include "store/store.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <cstring>
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

struct Store::Impl {
  Impl(sql::Db& db, const StoreOptions& o)
      : stories(db, o.story_window_days),
        daily(db),
        find_doc(db, "SELECT id FROM documents WHERE doc_id = ?1 AND hash = ?2"),
        add_doc(db,
                "INSERT INTO documents(doc_id, hash, date, title, outlet, url, file, line, sentences, events, added, "
                "text, minhash, story, id, first_event) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                "?14, ?15, ?16)"),
        add_sentence(db, "INSERT OR IGNORE INTO sentences(doc, idx, text) VALUES(?1, ?2, ?3)"),
        add_event(db,
                  "INSERT INTO events(doc, sentence, date, source, target, code, root, quad, goldstein, plover, mode, "
                  "source_text, target_text, verb_text, source_begin, source_end, verb_begin, verb_end, "
                  "target_begin, target_end, loc_name, loc_geonames, loc_admin1, loc_country, loc_lat, loc_lon, "
                  "loc_how, pattern, attribution, id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                  "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)") {}
  StoryIndex stories;
  DailyBatch daily;
  sql::Stmt find_doc, add_doc, add_sentence, add_event;
  // Row ids known inside a transaction: the next document's and event's.
  int64_t next_doc = 0, next_event = 0;
  int64_t data_version = -1;  // PRAGMA data_version when the last transaction began
  std::optional<sql::Transaction> txn;
  int in_batch = 0;
  IngestCounts at_begin;  // counts when the transaction began (restored if it is rolled back)
  std::chrono::steady_clock::time_point txn_start;
  std::vector<DailyBatch::Event> dated;
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
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA wal_autocheckpoint = 8192");
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
      (m.in_batch % 16 == 0 && std::chrono::steady_clock::now() - m.txn_start > std::chrono::seconds(2)))
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
  d.bind(14, story).bind(15, id);
  if (events.empty()) d.bind_null(16);
  else d.bind(16, first_event);
  d.run();

  m.dated.clear();
  auto& e = m.add_event;
  int64_t last_sentence = -1;
  int64_t eid = first_event;
  for (const Event& ev : events) {
    if (ev.sentence != last_sentence) {  // events come in sentence order; the table ignores repeats anyway
      m.add_sentence.bind(1, id).bind(2, ev.sentence).bind(3, ev.text).run();
      last_sentence = ev.sentence;
    }
    bool has_date = ev.date.ok() || dated;
    int32_t days = ev.date.ok() ? ev.date.days() : doc_days;
    e.bind(1, id).bind(2, ev.sentence);
    if (has_date) e.bind(3, days);
    else e.bind_null(3);
    e.bind(4, ev.source).bind(5, ev.target).bind(6, ev.code).bind(7, ev.root).bind(8, ev.quad).bind(9, ev.goldstein);
    e.bind(10, ev.plover).bind(11, ev.mode).bind(12, ev.source_text).bind(13, ev.target_text).bind(14, ev.verb_text);
    e.bind(15, ev.source_span.begin).bind(16, ev.source_span.end).bind(17, ev.verb_span.begin);
    e.bind(18, ev.verb_span.end).bind(19, ev.target_span.begin).bind(20, ev.target_span.end);
    const Location& l = ev.location;
    if (l.ok()) {
      e.bind(21, l.name).bind(22, l.geonames_id).bind(23, l.admin1).bind(24, l.country).bind(25, l.lat);
      e.bind(26, l.lon).bind(27, l.how);
    } else {
      for (int c = 21; c <= 27; ++c) e.bind_null(c);
    }
    e.bind(28, ev.pattern).bind(29, ev.attribution).bind(30, eid);
    e.run();
    if (has_date) m.dated.push_back({days, ev.source, ev.target, ev.code, ev.quad, ev.goldstein, eid});
    ++eid;
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
  int64_t dated = db_->scalar("SELECT count(*) FROM events WHERE date IS NOT NULL");
  int64_t mentions = db_->scalar("SELECT coalesce(sum(mentions), 0) FROM daily");
  if (dated != mentions)
    problems.emplace_back(fmt::format("daily mentions {} != dated events {}", mentions, dated));
  expect_none("document without a story", "SELECT doc_id FROM documents WHERE story IS NULL LIMIT 5");
  return problems;
}

}  // namespace detente
