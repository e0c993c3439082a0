#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>

namespace detente::syntax {

void PerceptronTrainer::score(const uint64_t* keys, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    uint32_t r = table_.find(keys[i]);
    if (r == FeatureTable::kMissing) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::add(uint32_t row, uint32_t cls, float d) {
  auto& v = rows_[row];
  for (Entry& e : v) {
    if (e.cls == cls) {
      e.total += static_cast<double>(clock_ - e.ts) * e.w;
      e.ts = clock_;
      e.w += d;
      return;
    }
  }
  v.push_back({cls, d, 0.0, clock_});
}

void PerceptronTrainer::update(const uint64_t* keys, size_t n, uint32_t gold, uint32_t pred) {
  if (gold == pred) return;
  for (size_t i = 0; i < n; ++i) {
    uint32_t r = table_.insert(keys[i], static_cast<uint32_t>(rows_.size()));
    if (r == rows_.size()) rows_.emplace_back();
    add(r, gold, 1.0f);
    add(r, pred, -1.0f);
  }
}

void Weights::reset(size_t rows) {
  size_t cap = 16;
  while (cap < rows * 2) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  size_ = 0;
  entries_.clear();
  dense_.clear();
}

bool Weights::add_row(uint64_t key, uint32_t off, uint32_t len) {
  if (key == 0) return false;
  size_t i = home(key);
  while (slots_[i].key != 0) {
    if (slots_[i].key == key) return false;
    i = (i + 1) & mask_;
  }
  slots_[i] = {key, off, len};
  ++size_;
  return true;
}

void Weights::prune(float threshold) {
  Weights w;
  w.n_classes_ = n_classes_;
  w.reset(size_);
  std::vector<std::pair<uint32_t, float>> tmp;
  for (const Slot& s : slots_) {
    if (!s.key) continue;
    tmp.clear();
    if (s.len & kDense) {
      for (uint32_t c = 0; c < n_classes_; ++c)
        if (std::fabs(dense_[s.off + c]) > threshold) tmp.emplace_back(c, dense_[s.off + c]);
    } else {
      for (uint32_t j = 0; j < s.len; ++j)
        if (std::fabs(entries_[s.off + j].w) > threshold) tmp.emplace_back(entries_[s.off + j].cls, entries_[s.off + j].w);
    }
    if (tmp.empty()) continue;
    if (tmp.size() * 3 >= n_classes_) {
      uint32_t off = static_cast<uint32_t>(w.dense_.size());
      w.dense_.resize(off + n_classes_, 0.0f);
      for (auto& [k, v] : tmp) w.dense_[off + k] = v;
      w.add_row(s.key, off, kDense);
    } else {
      uint32_t off = static_cast<uint32_t>(w.entries_.size());
      for (auto& [k, v] : tmp) w.entries_.push_back({k, v});
      w.add_row(s.key, off, static_cast<uint32_t>(tmp.size()));
    }
  }
  *this = std::move(w);
}

Weights PerceptronTrainer::finalize(float prune) const {
  Weights w;
  w.n_classes_ = n_classes_;
  w.reset(rows_.size());
  double c = std::max<int64_t>(clock_, 1);
  std::vector<std::pair<uint32_t, float>> tmp;
  std::vector<uint64_t> keys(rows_.size());
  table_.for_each([&](uint64_t k, uint32_t r) { keys[r] = k; });
  for (size_t r = 0; r < rows_.size(); ++r) {
    tmp.clear();
    for (const Entry& e : rows_[r]) {
      double tot = e.total + static_cast<double>(clock_ - e.ts) * e.w;
      float avg = static_cast<float>(tot / c);
      if (std::fabs(avg) > prune && avg != 0.0f) tmp.emplace_back(e.cls, avg);
    }
    if (tmp.empty()) continue;
    std::sort(tmp.begin(), tmp.end());
    if (tmp.size() * 3 >= n_classes_) {
      uint32_t off = static_cast<uint32_t>(w.dense_.size());
      w.dense_.resize(off + n_classes_, 0.0f);
      for (auto& [k, v] : tmp) w.dense_[off + k] = v;
      w.add_row(keys[r], off, Weights::kDense);
    } else {
      uint32_t off = static_cast<uint32_t>(w.entries_.size());
      for (auto& [k, v] : tmp) w.entries_.push_back({k, v});
      w.add_row(keys[r], off, static_cast<uint32_t>(tmp.size()));
    }
  }
  return w;
}

namespace {
// Quantizes a row to `bits` (8 or 16) with one scale.
template <class Get>
void put_row(BinWriter& out, size_t n, int bits, Get get) {
  float mx = 0;
  for (size_t i = 0; i < n; ++i) mx = std::max(mx, std::fabs(get(i)));
  const float top = bits == 8 ? 127.0f : 32767.0f;
  float scale = mx > 0 ? mx / top : 1.0f;
  out.put<float>(scale);
  for (size_t i = 0; i < n; ++i) {
    long q = std::lround(get(i) / scale);
    if (bits == 8)
      out.put<int8_t>(static_cast<int8_t>(q));
    else
      out.put<int16_t>(static_cast<int16_t>(q));
  }
}
float get_q(BinReader& in, int bits) {
  return bits == 8 ? static_cast<float>(in.get<int8_t>()) : static_cast<float>(in.get<int16_t>());
}
}  // namespace

// Layout: n_classes, n_rows; per row (in slot order): key, u16 length (0xffff =
// dense), the classes of a sparse row as bytes, then the quantized weights.
void Weights::save(BinWriter& out, int bits) const {
  out.put<uint32_t>(n_classes_);
  out.put<uint32_t>(static_cast<uint32_t>(size_));
  for (const Slot& s : slots_) {
    if (!s.key) continue;
    out.put<uint64_t>(s.key);
    if (s.len & kDense) {
      out.put<uint16_t>(0xffff);
      put_row(out, n_classes_, bits, [&](size_t i) { return dense_[s.off + i]; });
    } else {
      out.put<uint16_t>(static_cast<uint16_t>(s.len));
      for (uint32_t j = 0; j < s.len; ++j) out.put<uint8_t>(static_cast<uint8_t>(entries_[s.off + j].cls));
      put_row(out, s.len, bits, [&](size_t i) { return entries_[s.off + i].w; });
    }
  }
}

void Weights::load(BinReader& in, int bits) {
  n_classes_ = in.get<uint32_t>();
  uint32_t n = in.get<uint32_t>();
  if (n_classes_ == 0 || n_classes_ > 255) in.fail("bad class count");
  reset(n);
  for (uint32_t r = 0; r < n; ++r) {
    uint64_t key = in.get<uint64_t>();
    uint16_t len = in.get<uint16_t>();
    bool ok;
    if (len == 0xffff) {
      uint32_t off = static_cast<uint32_t>(dense_.size());
      float scale = in.get<float>();
      for (uint32_t c = 0; c < n_classes_; ++c) dense_.push_back(get_q(in, bits) * scale);
      ok = add_row(key, off, kDense);
    } else {
      if (len > n_classes_) in.fail("row longer than the class count");
      uint32_t off = static_cast<uint32_t>(entries_.size());
      for (uint16_t j = 0; j < len; ++j) {
        uint8_t c = in.get<uint8_t>();
        if (c >= n_classes_) in.fail("class id out of range");
        entries_.push_back({c, 0.0f});
      }
      float scale = in.get<float>();
      for (uint16_t j = 0; j < len; ++j) entries_[off + j].w = get_q(in, bits) * scale;
      ok = add_row(key, off, len);
    }
    if (!ok) in.fail("duplicate or zero feature key");
  }
}

}  // namespace detente::syntax
