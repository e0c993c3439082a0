// The `daily` table's changes of one transaction, aggregated in memory (see
// DailyBatch in store/internal.h).
//
// What one upsert per (document, key) used to write, and this reproduces:
// mentions += the document's events with the key; articles += 1; the
// document's outlet appended to `outlets` (and sources += 1) if it is not
// there yet; gsum += the document's Goldstein sum for the key (summed in
// event order); a new row takes first_event, quad and goldstein from the
// first event. Floating-point sums are added document by document in the
// same order, so the stored values are bit for bit the same.
#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "store/internal.h"
#include "store/store.h"

namespace detente::store_internal {

std::string outlet_key(std::string_view outlet) {
  std::string k(1, '\x1f');
  for (char c : outlet)
    if (c != '\x1f') k.push_back(c);
  k.push_back('\x1f');
  return k;
}

size_t DailyBatch::KeyHash::operator()(const Key& k) const {
  size_t h = std::hash<std::string_view>()(k.source);
  h = h * 31 + std::hash<std::string_view>()(k.target);
  h = h * 31 + std::hash<std::string_view>()(k.code);
  return h * 1000003 + static_cast<size_t>(static_cast<uint32_t>(k.date));
}

DailyBatch::DailyBatch(sql::Db& db)
    : db_(db),
      insert_(db,
              "INSERT INTO daily(date, source, target, code, source_entity, target_entity, quad, goldstein, "
              "first_event, mentions, gsum, articles, sources, outlets) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
              "?10, ?11, ?12, ?13, ?14) ON CONFLICT(date, source, target, code) DO NOTHING"),
      find_(db,
            "SELECT mentions, gsum, articles, sources, outlets FROM daily WHERE date = ?1 AND source = ?2 AND "
            "target = ?3 AND code = ?4"),
      update_(db,
              "UPDATE daily SET mentions = ?5, gsum = ?6, articles = ?7, sources = ?8, outlets = ?9 WHERE date = ?1 "
              "AND source = ?2 AND target = ?3 AND code = ?4") {}

void DailyBatch::add_document(std::string_view outlet, const std::vector<Event>& events) {
  if (events.empty()) return;
  ++doc_seq_;
  std::string ok = outlet_key(outlet);
  auto [oi, fresh] = outlet_index_.try_emplace(ok, static_cast<uint32_t>(outlet_names_.size()));
  if (fresh) outlet_names_.push_back(ok);
  uint32_t o = oi->second;
  for (const Event& e : events) {
    probe_.date = e.date;
    probe_.source.assign(e.source);
    probe_.target.assign(e.target);
    probe_.code.assign(e.code);
    auto it = rows_.find(probe_);
    if (it == rows_.end()) it = rows_.emplace(probe_, Row{}).first;
    Row& r = it->second;
    if (r.mentions++ == 0) {
      r.first_event = e.id;
      r.quad = e.quad;
      r.goldstein = e.goldstein;
    }
    if (r.last_doc != doc_seq_) {  // the document's first event with this key
      r.last_doc = doc_seq_;
      ++r.articles;
      r.doc_sums.push_back(0.0);
      if (std::find(r.outlets.begin(), r.outlets.end(), o) == r.outlets.end()) r.outlets.push_back(o);
    }
    r.doc_sums.back() += e.goldstein;
  }
}

void DailyBatch::flush() {
  // In key order: neighbouring keys share B-tree pages.
  std::vector<const std::pair<const Key, Row>*> order;
  order.reserve(rows_.size());
  for (const auto& kv : rows_) order.push_back(&kv);
  std::sort(order.begin(), order.end(), [](auto* a, auto* b) {
    return std::tie(a->first.date, a->first.source, a->first.target, a->first.code) <
           std::tie(b->first.date, b->first.source, b->first.target, b->first.code);
  });
  std::string outlets;
  for (const auto* kv : order) {
    const Key& k = kv->first;
    const Row& r = kv->second;
    double gsum = 0;
    for (double d : r.doc_sums) gsum += d;
    outlets.clear();
    outlets.push_back('\x1f');
    for (uint32_t o : r.outlets) outlets.append(outlet_names_[o], 1, std::string::npos);
    std::string se = actor_entity(k.source), te = actor_entity(k.target);
    insert_.bind(1, k.date).bind(2, k.source).bind(3, k.target).bind(4, k.code).bind(5, se).bind(6, te);
    insert_.bind(7, r.quad).bind(8, r.goldstein).bind(9, r.first_event).bind(10, static_cast<int64_t>(r.mentions));
    insert_.bind(11, gsum).bind(12, static_cast<int64_t>(r.articles));
    insert_.bind(13, static_cast<int64_t>(r.outlets.size())).bind(14, outlets);
    insert_.run();
    if (db_.changes() > 0) continue;
    // The key is already stored: add to it, document by document.
    find_.bind(1, k.date).bind(2, k.source).bind(3, k.target).bind(4, k.code);
    if (!find_.step()) throw std::logic_error("daily: conflicting row not found");
    int64_t mentions = find_.i64(0) + r.mentions;
    double sum = find_.dbl(1);
    int64_t articles = find_.i64(2) + r.articles;
    int64_t sources = find_.i64(3);
    std::string merged(find_.text(4));
    find_.reset();
    for (double d : r.doc_sums) sum += d;
    for (uint32_t o : r.outlets) {
      const std::string& name = outlet_names_[o];
      if (merged.find(name) != std::string::npos) continue;
      merged.append(name, 1, std::string::npos);
      ++sources;
    }
    update_.bind(1, k.date).bind(2, k.source).bind(3, k.target).bind(4, k.code).bind(5, mentions).bind(6, sum);
    update_.bind(7, articles).bind(8, sources).bind(9, merged);
    update_.run();
  }
  clear();
}

void DailyBatch::clear() {
  rows_.clear();
  outlet_names_.clear();
  outlet_index_.clear();
}

}  // namespace detente::store_internal
