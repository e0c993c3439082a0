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

using store_internal::DailyKey;
using store_internal::Writer;

std::string actor_entity(std::string_view code) {
  if (code.size() < 3) return std::string(code);
  std::string_view head = code.substr(0, 3);
  if (head == "IGO" || head == "NGO" || head == "IMG" || head == "MNC") return std::string(code.substr(0, 6));
  return std::string(head);
}

namespace store_internal {

Writer::Writer(sql::Db& d, int story_window_days)
    : db(d),
      window(story_window_days),
      band_find(d, "SELECT d.id, d.minhash, d.story, d.date FROM doc_bands b JOIN documents d ON d.id = b.doc "
                   "WHERE b.band = ?1"),
      band_add(d, "INSERT OR IGNORE INTO doc_bands(band, doc) VALUES(?1, ?2)"),
      daily_upsert(d,
                   "INSERT INTO daily(date, source, target, code, source_entity, target_entity, quad, goldstein, "
                   "first_event, mentions, gsum, articles, sources, outlets) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                   "?9, ?10, ?11, 1, 1, ?12) ON CONFLICT(date, source, target, code) DO UPDATE SET "
                   "mentions = mentions + excluded.mentions, gsum = gsum + excluded.gsum, articles = articles + 1, "
                   "sources = sources + (instr(outlets, excluded.outlets) = 0), "
                   "outlets = CASE WHEN instr(outlets, excluded.outlets) = 0 "
                   "THEN outlets || substr(excluded.outlets, 2) ELSE outlets END") {}

bool Writer::cluster(int64_t doc, bool has_date, int32_t date, const MinHash& h, int64_t& story) {
  story = doc;
  if (h.shingles < kMinShingles) return false;
  bool joined = false;
  auto keys = bands(h);
  MinHash other;
  for (int64_t band : keys) {
    band_find.bind(1, band);
    while (band_find.step()) {
      std::string_view sig = band_find.blob(1);
      if (sig.size() != sizeof(other.mins)) continue;
      if (has_date != !band_find.null(3)) continue;
      if (has_date && std::abs(band_find.i64(3) - date) > window) continue;
      std::memcpy(other.mins.data(), sig.data(), sig.size());
      if (similarity(h, other) < kSameStory) continue;
      int64_t s = band_find.null(2) ? band_find.i64(0) : band_find.i64(2);
      if (s < story) story = s;
      joined = true;
    }
    band_find.reset();
  }
  for (int64_t band : keys) band_add.bind(1, band).bind(2, doc).run();
  return joined;
}

void Writer::bind_minhash(sql::Stmt& s, int i, const MinHash& h) {
  if (h.shingles < kMinShingles) s.bind_null(i);
  else s.bind_blob(i, h.mins.data(), sizeof(h.mins));  // host order: x86-64 and ARM64 are little-endian
}

void Writer::add_daily(std::string_view outlet, std::vector<DailyKey>& keys) {
  // The outlets counted for a key are kept in the row as "\x1fA\x1fB\x1f";
  // a document adds its outlet (and one to `sources`) if it is not there yet.
  outlet_key.assign(1, '\x1f');
  for (char c : outlet)
    if (c != '\x1f') outlet_key.push_back(c);
  outlet_key.push_back('\x1f');
  std::sort(keys.begin(), keys.end(), [](const DailyKey& a, const DailyKey& b) {
    return std::tie(a.date, a.source, a.target, a.code, a.event_id) <
           std::tie(b.date, b.source, b.target, b.code, b.event_id);
  });
  for (size_t i = 0; i < keys.size();) {
    size_t j = i;
    double gsum = 0;
    while (j < keys.size() && keys[j].date == keys[i].date && keys[j].source == keys[i].source &&
           keys[j].target == keys[i].target && keys[j].code == keys[i].code) {
      gsum += keys[j].goldstein;
      ++j;
    }
    const DailyKey& k = keys[i];
    std::string se = actor_entity(k.source), te = actor_entity(k.target);
    daily_upsert.bind(1, k.date).bind(2, k.source).bind(3, k.target).bind(4, k.code).bind(5, se).bind(6, te);
    daily_upsert.bind(7, k.quad).bind(8, k.goldstein).bind(9, k.event_id).bind(10, static_cast<int64_t>(j - i));
    daily_upsert.bind(11, gsum).bind(12, outlet_key);
    daily_upsert.run();
    i = j;
  }
}

void backfill_v2(sql::Db& db) {
  Writer w(db, StoreOptions{}.story_window_days);
  sql::Stmt docs(db, "SELECT id, date, text, outlet FROM documents ORDER BY id");
  sql::Stmt set(db, "UPDATE documents SET minhash = ?2, story = ?3 WHERE id = ?1");
  sql::Stmt evs(db, "SELECT id, date, source, target, code, quad, goldstein FROM events WHERE doc = ?1 AND date IS "
                    "NOT NULL ORDER BY id");
  std::vector<std::string> strings;
  std::vector<DailyKey> keys;
  while (docs.step()) {
    int64_t id = docs.i64(0);
    MinHash h = minhash(docs.text(2));
    int64_t story = id;
    w.cluster(id, !docs.null(1), static_cast<int32_t>(docs.i64(1)), h, story);
    set.bind(1, id).bind(3, story);
    Writer::bind_minhash(set, 2, h);
    set.run();
    std::string outlet(docs.text(3));
    evs.bind(1, id);
    strings.clear();
    keys.clear();
    std::vector<std::array<size_t, 3>> idx;
    while (evs.step()) {
      DailyKey k;
      k.event_id = evs.i64(0);
      k.date = static_cast<int32_t>(evs.i64(1));
      k.quad = static_cast<int>(evs.i64(5));
      k.goldstein = evs.dbl(6);
      idx.push_back({strings.size(), strings.size() + 1, strings.size() + 2});
      for (int c = 2; c <= 4; ++c) strings.emplace_back(evs.text(c));
      keys.push_back(k);
    }
    evs.reset();
    for (size_t i = 0; i < keys.size(); ++i) {
      keys[i].source = strings[idx[i][0]];
      keys[i].target = strings[idx[i][1]];
      keys[i].code = strings[idx[i][2]];
    }
    w.add_daily(outlet, keys);
  }
}

}  // namespace store_internal

struct Store::Impl {
  Impl(sql::Db& db, const StoreOptions& o)
      : writer(db, o.story_window_days),
        find_doc(db, "SELECT id FROM documents WHERE doc_id = ?1 AND hash = ?2"),
        add_doc(db,
                "INSERT INTO documents(doc_id, hash, date, title, outlet, url, file, line, sentences, events, added, "
                "text, minhash, story, id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"),
        add_sentence(db, "INSERT OR IGNORE INTO sentences(doc, idx, text) VALUES(?1, ?2, ?3)"),
        add_event(db,
                  "INSERT INTO events(doc, sentence, date, source, target, code, root, quad, goldstein, plover, mode, "
                  "source_text, target_text, verb_text, source_begin, source_end, verb_begin, verb_end, "
                  "target_begin, target_end, loc_name, loc_geonames, loc_admin1, loc_country, loc_lat, loc_lon, "
                  "loc_how, pattern, attribution) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                  "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)") {}
  Writer writer;
  sql::Stmt find_doc, add_doc, add_sentence, add_event;
  int64_t next_id = 0;  // the next document row id, known inside a transaction
  std::optional<sql::Transaction> txn;
  int in_batch = 0;
  std::chrono::steady_clock::time_point txn_start;
  std::vector<DailyKey> keys;
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

void Store::commit() {
  if (impl_ && impl_->txn) {
    impl_->txn->commit();
    impl_->txn.reset();
    impl_->in_batch = 0;
  }
}

bool Store::add(const Document& doc, const std::vector<Event>& events) {
  if (!impl_) throw Error(Errc::kUsage, fmt::format("{}: database opened read-only", path()));
  Impl& m = *impl_;
  if (!m.txn) {
    m.txn.emplace(*db_);
    m.txn_start = std::chrono::steady_clock::now();
    m.next_id = db_->scalar("SELECT coalesce(max(id), 0) + 1 FROM documents");
  }
  uint64_t hash = content_hash(doc.text);
  m.find_doc.bind(1, doc.id).bind(2, static_cast<int64_t>(hash));
  bool found = m.find_doc.step();
  m.find_doc.reset();
  if (found) {
    ++counts_.duplicates;
    return false;
  }
  MinHash sh = minhash(doc.text);
  auto& d = m.add_doc;
  d.bind(1, doc.id).bind(2, static_cast<int64_t>(hash));
  if (doc.date.ok()) d.bind(3, doc.date.days());
  else d.bind_null(3);
  d.bind(4, doc.title).bind(5, doc.source).bind(6, doc.url).bind(7, doc.origin.file);
  d.bind(8, static_cast<int64_t>(doc.origin.line)).bind(9, static_cast<int64_t>(doc.sentences.size()));
  d.bind(10, static_cast<int64_t>(events.size())).bind(11, static_cast<int64_t>(std::time(nullptr)));
  if (opt_.keep_text) d.bind(12, doc.text);
  else d.bind_null(12);
  Writer::bind_minhash(d, 13, sh);
  // The row id is chosen here so that the story (found before the row
  // exists) is written with the row, not updated after it.
  int64_t id = m.next_id++;
  int64_t story = id;
  if (m.writer.cluster(id, doc.date.ok(), doc.date.ok() ? doc.date.days() : 0, sh, story)) ++counts_.clustered;
  d.bind(14, story).bind(15, id);
  d.run();

  m.keys.clear();
  auto& e = m.add_event;
  int64_t last_sentence = -1;
  for (const Event& ev : events) {
    if (ev.sentence != last_sentence) {  // events come in sentence order; the table ignores repeats anyway
      m.add_sentence.bind(1, id).bind(2, ev.sentence).bind(3, ev.text).run();
      last_sentence = ev.sentence;
    }
    Date date = ev.date.ok() ? ev.date : doc.date;
    e.bind(1, id).bind(2, ev.sentence);
    if (date.ok()) e.bind(3, date.days());
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
    e.bind(28, ev.pattern).bind(29, ev.attribution);
    e.run();
    if (date.ok()) {
      DailyKey k;
      k.date = date.days();
      k.source = ev.source;
      k.target = ev.target;
      k.code = ev.code;
      k.quad = ev.quad;
      k.goldstein = ev.goldstein;
      k.event_id = db_->last_id();
      m.keys.push_back(k);
    }
  }
  m.writer.add_daily(doc.source, m.keys);
  ++counts_.documents;
  counts_.events += events.size();
  if (++m.in_batch >= opt_.batch_documents ||
      (m.in_batch % 16 == 0 && std::chrono::steady_clock::now() - m.txn_start > std::chrono::seconds(2)))
    commit();
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
  expect_none("document whose event count does not match its events",
              "SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc, count(*) n FROM events GROUP BY doc) e "
              "ON e.doc = d.id WHERE d.events != coalesce(e.n, 0)");
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
