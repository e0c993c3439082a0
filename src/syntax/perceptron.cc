#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"

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
  blob_.clear();
  nonzeros_ = 0;
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

namespace {
// One scale per row: the largest |w| maps to 127.
float row_scale(const std::vector<std::pair<uint32_t, float>>& row) {
  float mx = 0;
  for (auto& [c, w] : row) mx = std::max(mx, std::fabs(w));
  return mx > 0 ? mx / 127.0f : 1.0f;
}
int8_t quantize(float w, float scale) { return static_cast<int8_t>(std::lround(w / scale)); }
}  // namespace

bool Weights::append_row(uint64_t key, const std::vector<std::pair<uint32_t, float>>& row) {
  float scale = row_scale(row);
  const bool dense = row.size() * 3 >= n_classes_;
  size_t off = blob_.size();
  size_t len = sizeof(float) + (dense ? n_classes_ : 2 * row.size());
  blob_.resize(off + ((len + 3) & ~size_t(3)), 0);
  uint8_t* p = blob_.data() + off;
  std::memcpy(p, &scale, sizeof scale);
  p += sizeof scale;
  if (dense) {
    for (auto& [c, w] : row) p[c] = static_cast<uint8_t>(quantize(w, scale));
  } else {
    for (size_t j = 0; j < row.size(); ++j) {
      p[j] = static_cast<uint8_t>(row[j].first);
      p[row.size() + j] = static_cast<uint8_t>(quantize(row[j].second, scale));
    }
  }
  nonzeros_ += dense ? n_classes_ : row.size();
  return add_row(key, static_cast<uint32_t>(off), dense ? kDense : static_cast<uint32_t>(row.size()));
}

void Weights::row_of(const Slot& s, std::vector<std::pair<uint32_t, float>>& out) const {
  out.clear();
  const uint8_t* p = blob_.data() + s.off;
  float scale;
  std::memcpy(&scale, p, sizeof scale);
  p += sizeof scale;
  if (s.len & kDense) {
    for (uint32_t c = 0; c < n_classes_; ++c)
      if (p[c]) out.emplace_back(c, static_cast<float>(static_cast<int8_t>(p[c])) * scale);
  } else {
    for (uint32_t j = 0; j < s.len; ++j)
      out.emplace_back(p[j], static_cast<float>(static_cast<int8_t>(p[s.len + j])) * scale);
  }
}

void Weights::prune(float threshold) {
  Weights w;
  w.n_classes_ = n_classes_;
  w.reset(size_);
  std::vector<std::pair<uint32_t, float>> row, tmp;
  for (const Slot& s : slots_) {
    if (!s.key) continue;
    row_of(s, row);
    tmp.clear();
    for (auto& [c, v] : row)
      if (std::fabs(v) > threshold) tmp.emplace_back(c, v);
    if (!tmp.empty()) w.append_row(s.key, tmp);
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
    w.append_row(keys[r], tmp);
  }
  return w;
}

// Layout: n_classes, n_rows; per row (in slot order): key, u16 length (0xffff =
// dense), the classes of a sparse row as bytes, then the scale and the
// quantized weights.
void Weights::save(BinWriter& out, int bits) const {
  if (bits != 8) throw Error(Errc::kInternal, "syntax weights are saved with 8 bits");
  out.put<uint32_t>(n_classes_);
  out.put<uint32_t>(static_cast<uint32_t>(size_));
  for (const Slot& s : slots_) {
    if (!s.key) continue;
    out.put<uint64_t>(s.key);
    const uint8_t* p = blob_.data() + s.off;
    float scale;
    std::memcpy(&scale, p, sizeof scale);
    p += sizeof scale;
    if (s.len & kDense) {
      out.put<uint16_t>(0xffff);
      out.put<float>(scale);
      for (uint32_t c = 0; c < n_classes_; ++c) out.put<uint8_t>(p[c]);
    } else {
      out.put<uint16_t>(static_cast<uint16_t>(s.len));
      for (uint32_t j = 0; j < s.len; ++j) out.put<uint8_t>(p[j]);
      out.put<float>(scale);
      for (uint32_t j = 0; j < s.len; ++j) out.put<uint8_t>(p[s.len + j]);
    }
  }
}

void Weights::load(BinReader& in, int bits) {
  n_classes_ = in.get<uint32_t>();
  uint32_t n = in.get<uint32_t>();
  if (n_classes_ == 0 || n_classes_ > 255) in.fail("bad class count");
  reset(n);
  auto get_q = [&]() -> float {
    return bits == 8 ? static_cast<float>(in.get<int8_t>()) : static_cast<float>(in.get<int16_t>());
  };
  std::vector<std::pair<uint32_t, float>> row;
  for (uint32_t r = 0; r < n; ++r) {
    uint64_t key = in.get<uint64_t>();
    uint16_t len = in.get<uint16_t>();
    bool ok;
    if (bits == 8) {  // copied as stored
      const bool dense = len == 0xffff;
      if (!dense && len > n_classes_) in.fail("row longer than the class count");
      uint32_t m = dense ? n_classes_ : len;
      size_t off = blob_.size();
      size_t bytes = sizeof(float) + (dense ? m : 2 * m);
      blob_.resize(off + ((bytes + 3) & ~size_t(3)), 0);
      uint8_t* p = blob_.data() + off + sizeof(float);
      if (!dense)
        for (uint32_t j = 0; j < m; ++j) {
          p[j] = in.get<uint8_t>();
          if (p[j] >= n_classes_) in.fail("class id out of range");
        }
      float scale = in.get<float>();
      std::memcpy(blob_.data() + off, &scale, sizeof scale);
      for (uint32_t j = 0; j < m; ++j) p[(dense ? 0 : m) + j] = in.get<uint8_t>();
      nonzeros_ += m;
      ok = add_row(key, static_cast<uint32_t>(off), dense ? kDense : m);
    } else {  // 16-bit (version 1): requantized to 8 bits
      row.clear();
      if (len == 0xffff) {
        float scale = in.get<float>();
        for (uint32_t c = 0; c < n_classes_; ++c) {
          float v = get_q() * scale;
          if (v != 0.0f) row.emplace_back(c, v);
        }
      } else {
        if (len > n_classes_) in.fail("row longer than the class count");
        std::vector<uint32_t> cls(len);
        for (auto& c : cls) {
          c = in.get<uint8_t>();
          if (c >= n_classes_) in.fail("class id out of range");
        }
        float scale = in.get<float>();
        for (uint16_t j = 0; j < len; ++j) row.emplace_back(cls[j], get_q() * scale);
      }
      ok = row.empty() ? true : append_row(key, row);
    }
    if (!ok) in.fail("duplicate or zero feature key");
  }
}

}  // namespace detente::syntax
