#include "syntax/perceptron.h"

#include <immintrin.h>
#include <sys/mman.h>

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace detente::syntax {

namespace {
// SSE4.1 when the build targets it (the release preset: x86-64-v2); the
// debug, asan and fuzz builds target plain x86-64 and add one at a time.
// Either way each score gets the same products in the same order.
void add_dense_sse(float* scores, const int8_t* q, float scale, uint32_t n) {
  uint32_t c = 0;
#ifdef __SSE4_1__
  const __m128 vs = _mm_set1_ps(scale);
  for (; c + 4 <= n; c += 4) {
    int32_t b;
    std::memcpy(&b, q + c, sizeof b);
    __m128 w = _mm_mul_ps(_mm_cvtepi32_ps(_mm_cvtepi8_epi32(_mm_cvtsi32_si128(b))), vs);
    _mm_storeu_ps(scores + c, _mm_add_ps(_mm_loadu_ps(scores + c), w));
  }
#endif
  for (; c < n; ++c) scores[c] += static_cast<float>(q[c]) * scale;
}

__attribute__((target("avx2"))) void add_dense_avx2(float* scores, const int8_t* q, float scale, uint32_t n) {
  const __m256 vs = _mm256_set1_ps(scale);
  uint32_t c = 0;
  for (; c + 8 <= n; c += 8) {
    __m256 w = _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(q + c)))), vs);
    _mm256_storeu_ps(scores + c, _mm256_add_ps(_mm256_loadu_ps(scores + c), w));
  }
  for (; c < n; ++c) scores[c] += static_cast<float>(q[c]) * scale;
}

AddDenseFn pick_add_dense() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") ? add_dense_avx2 : add_dense_sse;
}
}  // namespace

const AddDenseFn add_dense = pick_add_dense();

namespace {
thread_local bool small_pages = false;  // set while `load` fills its temporary blob
}

void* huge_alloc(size_t bytes) {
  constexpr size_t kHuge = size_t(2) << 20;
  void* p;
  if (bytes >= kHuge / 2 && !small_pages) {
    size_t rounded = (bytes + kHuge - 1) & ~(kHuge - 1);
    p = std::aligned_alloc(kHuge, rounded);
    if (p) madvise(p, rounded, MADV_HUGEPAGE);
  } else {
    p = std::malloc(bytes ? bytes : 1);
  }
  if (!p) throw std::bad_alloc();
  return p;
}

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

bool Weights::inlinable(const uint8_t* classes, uint32_t len) {
  return classes && (len == 1 || (len == 2 && classes[0] != classes[1]));
}

uint32_t Weights::place(float scale, const uint8_t* classes, const int8_t* q, uint32_t len) {
  const bool dense = classes == nullptr;
  const uint32_t m = dense ? n_classes_ : len;
  size_t off = blob_.size();
  if (dense) off = (off + 63) & ~size_t(63);  // a dense row starts a cache line
  size_t bytes = sizeof(float) + (dense ? m : 2 * m);
  blob_.resize(off + ((bytes + 3) & ~size_t(3)), 0);
  uint8_t* p = blob_.data() + off;
  std::memcpy(p, &scale, sizeof scale);
  p += sizeof scale;
  if (!dense) {
    std::memcpy(p, classes, m);
    p += m;
  }
  std::memcpy(p, q, m);
  return static_cast<uint32_t>(off);
}

bool Weights::put_row(uint64_t key, float scale, const uint8_t* classes, const int8_t* q, uint32_t len,
                      uint32_t off) {
  const bool dense = classes == nullptr;
  if (inlinable(classes, len)) {
    uint32_t bits;
    std::memcpy(&bits, &scale, sizeof bits);
    const uint32_t c1 = len == 2 ? classes[1] : classes[0];
    const int8_t q1 = len == 2 ? q[1] : 0;
    const uint32_t v = static_cast<uint32_t>(static_cast<uint8_t>(q[0])) |
                       static_cast<uint32_t>(static_cast<uint8_t>(q1)) << 8 |
                       static_cast<uint32_t>(classes[0]) << 16 | c1 << 24;
    nonzeros_ += len;
    return add_row(key, bits, v);
  }
  if (off == kNoOffset) off = place(scale, classes, q, len);
  const uint32_t m = dense ? n_classes_ : len;
  nonzeros_ += m;
  return add_row(key, off, kOutOfLine | (dense ? kDense : m));
}

bool Weights::append_row(uint64_t key, const std::vector<std::pair<uint32_t, float>>& row) {
  float scale = row_scale(row);
  const bool dense = row.size() * 3 >= n_classes_;
  uint8_t cls[256];
  int8_t q[256];
  if (dense) {
    std::memset(q, 0, n_classes_);
    for (auto& [c, w] : row) q[c] = quantize(w, scale);
    return put_row(key, scale, nullptr, q, n_classes_);
  }
  for (size_t j = 0; j < row.size(); ++j) {
    cls[j] = static_cast<uint8_t>(row[j].first);
    q[j] = quantize(row[j].second, scale);
  }
  return put_row(key, scale, cls, q, static_cast<uint32_t>(row.size()));
}

bool Weights::stored_row(const Slot& s, float& scale, uint8_t* classes, int8_t* q) const {
  if (s.is_inline()) {
    std::memcpy(&scale, &s.off, sizeof scale);
    const uint32_t v = s.len;
    classes[0] = static_cast<uint8_t>(v >> 16);
    classes[1] = static_cast<uint8_t>(v >> 24);
    q[0] = static_cast<int8_t>(v & 0xff);
    q[1] = static_cast<int8_t>((v >> 8) & 0xff);
    return false;
  }
  const uint8_t* p = blob_.data() + s.off;
  std::memcpy(&scale, p, sizeof scale);
  p += sizeof scale;
  if (s.len & kDense) {
    std::memcpy(q, p, n_classes_);
    return true;
  }
  std::memcpy(classes, p, s.row_len());
  std::memcpy(q, p + s.row_len(), s.row_len());
  return false;
}

uint32_t Weights::stored_len(const Slot& s) const {
  if (s.is_inline()) return ((s.len >> 16) & 0xff) == (s.len >> 24) ? 1 : 2;
  return s.len & kDense ? n_classes_ : s.row_len();
}

void Weights::row_of(const Slot& s, std::vector<std::pair<uint32_t, float>>& out) const {
  out.clear();
  float scale;
  uint8_t cls[256];
  int8_t q[256];
  const bool dense = stored_row(s, scale, cls, q);
  const uint32_t len = stored_len(s);
  if (dense) {
    for (uint32_t c = 0; c < n_classes_; ++c)
      if (q[c]) out.emplace_back(c, static_cast<float>(q[c]) * scale);
  } else {
    for (uint32_t j = 0; j < len; ++j) out.emplace_back(cls[j], static_cast<float>(q[j]) * scale);
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
  uint8_t cls[256];
  int8_t q[256];
  for (const Slot& s : slots_) {
    if (!s.key) continue;
    out.put<uint64_t>(s.key);
    float scale;
    const bool dense = stored_row(s, scale, cls, q);
    const uint32_t len = stored_len(s);
    if (dense) {
      out.put<uint16_t>(0xffff);
      out.put<float>(scale);
      for (uint32_t c = 0; c < n_classes_; ++c) out.put<int8_t>(q[c]);
    } else {
      out.put<uint16_t>(static_cast<uint16_t>(len));
      for (uint32_t j = 0; j < len; ++j) out.put<uint8_t>(cls[j]);
      out.put<float>(scale);
      for (uint32_t j = 0; j < len; ++j) out.put<int8_t>(q[j]);
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
  // Room for the rows as read (pages are touched only as they fill; `pack`
  // then copies them into a blob of the exact size).
  small_pages = true;  // a huge page costs the kernel more to fault in; this blob is short-lived
  blob_ = {};
  blob_.reserve(size_t(n) * 16);
  small_pages = false;
  std::vector<std::pair<uint32_t, float>> row;
  uint8_t rcls[256];
  int8_t rq[256];
  for (uint32_t r = 0; r < n; ++r) {
    uint64_t key = in.get<uint64_t>();
    uint16_t len = in.get<uint16_t>();
    bool ok;
    if (bits == 8) {  // as stored
      const bool dense = len == 0xffff;
      if (!dense && len > n_classes_) in.fail("row longer than the class count");
      uint32_t m = dense ? n_classes_ : len;
      if (!dense) {
        in.bytes(rcls, m);
        for (uint32_t j = 0; j < m; ++j)
          if (rcls[j] >= n_classes_) in.fail("class id out of range");
      }
      float scale = in.get<float>();
      in.bytes(rq, m);
      ok = put_row(key, scale, dense ? nullptr : rcls, rq, m);
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
  pack();
}

// Rewrites blob_ with the rows longest first (dense rows, each on its own
// cache lines, then sparse rows by length): long rows are the frequent
// features, so packed together they share cache lines and pages instead of
// each dragging in its cold neighbours. Only offsets change.
void Weights::pack() {
  std::vector<uint32_t> start(258, 0), order;
  size_t bytes = 0;
  auto rank = [](const Slot& s) { return s.len & kDense ? 0u : 256u - s.row_len(); };
  for (const Slot& s : slots_) {
    if (!s.key || s.is_inline()) continue;
    start[rank(s) + 1]++;
    bytes += (sizeof(float) + (s.len & kDense ? n_classes_ + 63 : 2 * s.row_len()) + 3) & ~size_t(3);
  }
  for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
  order.resize(start.back());
  for (uint32_t i = 0; i < slots_.size(); ++i) {
    const Slot& s = slots_[i];
    if (s.key && !s.is_inline()) order[start[rank(s)]++] = i;
  }
  std::vector<uint8_t, HugeAllocator<uint8_t>> old = std::move(blob_);
  blob_ = {};
  blob_.reserve(bytes);
  const size_t nz = nonzeros_;
  uint8_t cls[256];
  for (uint32_t i : order) {
    Slot& s = slots_[i];
    const uint8_t* p = old.data() + s.off;
    float scale;
    std::memcpy(&scale, p, sizeof scale);
    p += sizeof scale;
    if (s.len & kDense) {
      s.off = place(scale, nullptr, reinterpret_cast<const int8_t*>(p), n_classes_);
    } else {
      std::memcpy(cls, p, s.row_len());
      s.off = place(scale, cls, reinterpret_cast<const int8_t*>(p + s.row_len()), s.row_len());
    }
  }
  nonzeros_ = nz;
}

}  // namespace detente::syntax
