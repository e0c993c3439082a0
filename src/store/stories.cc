// Story clusters at ingest: band candidates looked up in memory (see
// StoryIndex in store/internal.h).
#include <algorithm>
#include <climits>
#include <cstring>

#include "store/internal.h"

namespace detente::store_internal {

namespace {
constexpr int64_t kUndated = INT64_MIN;  // the "date" of undated documents
constexpr size_t kMaxCached = 200'000;   // documents; older dates are dropped beyond this
}  // namespace

StoryIndex::StoryIndex(sql::Db& db, int window_days)
    : load_date_(db, "SELECT id, story, minhash FROM documents WHERE date = ?1 AND minhash IS NOT NULL"),
      load_undated_(db, "SELECT id, story, minhash FROM documents WHERE date IS NULL AND minhash IS NOT NULL"),
      window_(window_days) {}

void StoryIndex::clear() {
  days_.clear();
  cached_ = 0;
}

void StoryIndex::add(Day& d, const Entry& e) {
  auto idx = static_cast<uint32_t>(d.docs.size());
  d.docs.push_back(e);
  for (int64_t band : bands(e.sig)) d.by_band.emplace(band, idx);
  ++cached_;
}

StoryIndex::Day& StoryIndex::day(int64_t key) {
  auto it = days_.find(key);
  if (it != days_.end()) return it->second;
  Day& d = days_[key];
  sql::Stmt& q = key == kUndated ? load_undated_ : load_date_;
  if (key != kUndated) q.bind(1, key);
  while (q.step()) {
    std::string_view sig = q.blob(2);
    Entry e;
    if (sig.size() != sizeof(e.sig.mins)) continue;
    e.doc = q.i64(0);
    e.story = q.null(1) ? e.doc : q.i64(1);
    std::memcpy(e.sig.mins.data(), sig.data(), sig.size());
    add(d, e);
  }
  q.reset();
  return d;
}

void StoryIndex::evict(int64_t keep_lo, int64_t keep_hi) {
  // Least recently used dates first, down to three quarters of the limit.
  while (cached_ > kMaxCached * 3 / 4) {
    auto victim = days_.end();
    for (auto it = days_.begin(); it != days_.end(); ++it)
      if ((it->first < keep_lo || it->first > keep_hi) && (victim == days_.end() || it->second.used < victim->second.used))
        victim = it;
    if (victim == days_.end()) return;
    cached_ -= victim->second.docs.size();
    days_.erase(victim);
  }
}

bool StoryIndex::assign(int64_t doc, bool has_date, int32_t date, const MinHash& h, int64_t& story) {
  story = doc;
  if (h.shingles < kMinShingles) return false;  // stored without a signature: never a candidate
  int64_t lo = has_date ? static_cast<int64_t>(date) - window_ : kUndated;
  int64_t hi = has_date ? static_cast<int64_t>(date) + window_ : kUndated;
  if (cached_ > kMaxCached) evict(lo, hi);
  ++clock_;
  auto keys = bands(h);
  bool joined = false;
  for (int64_t k = lo; k <= hi; ++k) {
    Day& d = day(k);
    d.used = clock_;
    for (int64_t band : keys) {
      auto [b, e] = d.by_band.equal_range(band);
      for (auto it = b; it != e; ++it) {
        const Entry& o = d.docs[it->second];
        if (similarity(h, o.sig) < kSameStory) continue;
        story = std::min(story, o.story);
        joined = true;
      }
    }
    if (k == hi) break;  // (kUndated == hi: one "date")
  }
  add(day(has_date ? static_cast<int64_t>(date) : kUndated), Entry{doc, story, h});
  return joined;
}

}  // namespace detente::store_internal
