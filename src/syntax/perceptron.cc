#include "syntax/perceptron.h"

#include <immintrin.h>
#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <limits>

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
bool cpu_has_avx2() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2");
}
const bool kHaveAvx2 = cpu_has_avx2();
}  // namespace

void Weights::add_rows(const Slot* const* rows, size_t n, float* scores) const {
  if (kHaveAvx2 && n_classes_ <= 104)
    add_rows_avx2(rows, n, scores);
  else
    add_rows_scalar(rows, n, scores);
}

void Weights::add_rows_scalar(const Slot* const* rows, size_t n, float* scores) const {
  const uint8_t* blob = blob_.data();
  for (size_t i = 0; i < n; ++i) {
    const Slot* s = rows[i];
    if (!s) continue;
    if (s->is_inline()) {
      s->add_inline(scores);
      continue;
    }
    const uint8_t* p = blob + s->off;
    float scale;
    std::memcpy(&scale, p, sizeof scale);
    p += sizeof scale;
    if (s->len & kDense) {
      add_dense(scores, reinterpret_cast<const int8_t*>(p), scale, n_classes_);
    } else {
      const uint32_t len = s->len & 0xff;
      const uint8_t* cls = p;
      const int8_t* q = reinterpret_cast<const int8_t*>(p + len);
      // Four products at a time, then four scalar adds (the classes of a
      // row differ); one at a time where the build does not target SSE4.1
      // (same products, same order).
      uint32_t j = 0;
#ifdef __SSE4_1__
      const __m128 vs = _mm_set1_ps(scale);
      for (; j + 4 <= len; j += 4) {
        int32_t b;
        std::memcpy(&b, q + j, sizeof b);
        alignas(16) float w[4];
        _mm_store_ps(w, _mm_mul_ps(_mm_cvtepi32_ps(_mm_cvtepi8_epi32(_mm_cvtsi32_si128(b))), vs));
        scores[cls[j]] += w[0];
        scores[cls[j + 1]] += w[1];
        scores[cls[j + 2]] += w[2];
        scores[cls[j + 3]] += w[3];
      }
#endif
      for (; j < len; ++j) scores[cls[j]] += static_cast<float>(q[j]) * scale;
    }
  }
}

namespace {
// w[0..8) = float(q[k]) * scale, a multiply per weight (never fused).
__attribute__((target("avx2"), always_inline)) inline void products8(const int8_t* q, __m256 vs, float* w) {
  _mm256_store_ps(
      w, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(q)))), vs));
}
}  // namespace

// The same sums as add_rows_scalar, in the same order: each product is a
// multiply then an add (never fused; this function does not target FMA).
// A run of consecutive dense rows (absent features in between do not break
// it) is summed in 13 registers of 8 classes and stored once; the last
// register is loaded and stored with a mask, so classes >= n_classes are
// never written (dense rows are padded with zero bytes to a multiple of 8
// classes, see `place`, so reading them is safe).
__attribute__((target("avx2"))) void Weights::add_rows_avx2(const Slot* const* rows, size_t n,
                                                            float* scores) const {
  const uint8_t* blob = blob_.data();
  const uint8_t* blob_end = blob + blob_.size();
  const uint32_t nc = n_classes_;
  const uint32_t nv = (nc + 7) / 8;  // 1..13
  const uint32_t full = nc / 8;      // registers of 8 real classes
  const int tail = static_cast<int>(nc % 8);
  const __m256i tail_mask =
      _mm256_cmpgt_epi32(_mm256_set1_epi32(tail), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
  size_t i = 0;
  while (i < n) {
    const Slot* s = rows[i];
    if (!s) {
      ++i;
      continue;
    }
    if (s->is_inline()) {
      s->add_inline(scores);
      ++i;
      continue;
    }
    const uint8_t* p = blob + s->off;
    float scale;
    std::memcpy(&scale, p, sizeof scale);
    p += sizeof scale;
    if (s->len & kDense) {
      if (nv == 13) {
        __m256 acc[13];
        for (uint32_t v = 0; v < 12; ++v) acc[v] = _mm256_loadu_ps(scores + 8 * v);
        acc[12] = full == 13 ? _mm256_loadu_ps(scores + 96) : _mm256_maskload_ps(scores + 96, tail_mask);
        while (true) {
          const __m256 vs = _mm256_set1_ps(scale);
          for (uint32_t v = 0; v < 13; ++v) {
            const __m256i q = _mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p + 8 * v)));
            acc[v] = _mm256_add_ps(acc[v], _mm256_mul_ps(_mm256_cvtepi32_ps(q), vs));
          }
          // The next row found; continue the run if it is dense.
          ++i;
          while (i < n && !rows[i]) ++i;
          if (i >= n) break;
          s = rows[i];
          if (s->is_inline() || !(s->len & kDense)) break;
          p = blob + s->off;
          std::memcpy(&scale, p, sizeof scale);
          p += sizeof scale;
        }
        for (uint32_t v = 0; v < 12; ++v) _mm256_storeu_ps(scores + 8 * v, acc[v]);
        if (full == 13)
          _mm256_storeu_ps(scores + 96, acc[12]);
        else
          _mm256_maskstore_ps(scores + 96, tail_mask, acc[12]);
      } else {
        const __m256 vs = _mm256_set1_ps(scale);
        for (uint32_t v = 0; v < nv; ++v) {
          const __m256i q = _mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p + 8 * v)));
          const __m256 w = _mm256_mul_ps(_mm256_cvtepi32_ps(q), vs);
          if (v < full) {
            _mm256_storeu_ps(scores + 8 * v, _mm256_add_ps(_mm256_loadu_ps(scores + 8 * v), w));
          } else {
            _mm256_maskstore_ps(scores + 8 * v, tail_mask,
                                _mm256_add_ps(_mm256_maskload_ps(scores + 8 * v, tail_mask), w));
          }
        }
        ++i;
      }
      continue;
    }
    // Sparse row: eight products at a time, then scalar adds (the classes of
    // a row differ, so their order does not matter); the last products are
    // also computed eight at a time (reading up to 7 bytes past the row, when
    // the blob has them) and added by an unrolled switch.
    const uint32_t len = s->len & 0xff;
    const uint8_t* cls = p;
    const int8_t* q = reinterpret_cast<const int8_t*>(p + len);
    const __m256 vs = _mm256_set1_ps(scale);
    alignas(32) float w[8];
    uint32_t j = 0;
    for (; j + 8 <= len; j += 8) {
      products8(q + j, vs, w);
      for (int k = 0; k < 8; ++k) scores[cls[j + k]] += w[k];
    }
    if (j < len) {
      if (reinterpret_cast<const uint8_t*>(q) + j + 8 <= blob_end) {
        products8(q + j, vs, w);
        const uint8_t* c = cls + j;
        switch (len - j) {
          case 7: scores[c[6]] += w[6]; [[fallthrough]];
          case 6: scores[c[5]] += w[5]; [[fallthrough]];
          case 5: scores[c[4]] += w[4]; [[fallthrough]];
          case 4: scores[c[3]] += w[3]; [[fallthrough]];
          case 3: scores[c[2]] += w[2]; [[fallthrough]];
          case 2: scores[c[1]] += w[1]; [[fallthrough]];
          default: scores[c[0]] += w[0];
        }
      } else {
        for (; j < len; ++j) scores[cls[j]] += static_cast<float>(q[j]) * scale;
      }
    }
    ++i;
  }
}

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

void PerceptronTrainer::adjust(const uint64_t* keys, size_t n, uint32_t cls, float d) {
  for (size_t i = 0; i < n; ++i) {
    uint32_t r = table_.insert(keys[i], static_cast<uint32_t>(rows_.size()));
    if (r == rows_.size()) rows_.emplace_back();
    add(r, cls, d);
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
  file_order_.clear();
}

bool Weights::add_row(uint64_t key, uint32_t off, uint32_t len) {
  if (key == 0) return false;
  size_t i = home(key);
  while (slots_[i].key != 0) {
    if (slots_[i].key == key) return false;
    i = (i + 1) & mask_;
  }
  slots_[i] = {key, off, len};
  last_slot_ = static_cast<uint32_t>(i);
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
  // A dense row is padded with zero weights to a multiple of 8 classes: the
  // AVX2 sum reads whole groups of 8 (and never writes the padding's classes).
  size_t bytes = sizeof(float) + (dense ? dense_bytes() : 2 * m);
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
  if ((s.len & kDense) && !(s.len & 0xff)) {
    std::memcpy(q, p, n_classes_);
    return true;
  }
  if (s.len & kDense) p += dense_bytes() + sizeof(float);  // a widened sparse row (see `pack`)
  std::memcpy(classes, p, s.row_len());
  std::memcpy(q, p + s.row_len(), s.row_len());
  return false;
}

uint32_t Weights::stored_len(const Slot& s) const {
  if (s.is_inline()) return ((s.len >> 16) & 0xff) == (s.len >> 24) ? 1 : 2;
  return (s.len & kDense) && !(s.len & 0xff) ? n_classes_ : s.row_len();
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
  const bool in_file_order = !file_order_.empty();
  const size_t rows = in_file_order ? file_order_.size() : slots_.size();
  for (size_t r = 0; r < rows; ++r) {
    const Slot& s = slots_[in_file_order ? file_order_[r] : r];
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
  std::vector<uint32_t> order;
  order.reserve(n);
  bool slot_order = true;  // the rows came in slot order (then file_order_ stays empty)
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
      if (row.empty()) continue;
    }
    if (!ok) in.fail("duplicate or zero feature key");
    if (!order.empty() && last_slot_ <= order.back()) slot_order = false;
    order.push_back(last_slot_);
  }
  if (!slot_order) file_order_ = std::move(order);
  pack();
}

// Rewrites blob_ with the rows longest first (dense rows, each on its own
// cache lines, then sparse rows by length): long rows are the frequent
// features, so packed together they share cache lines and pages instead of
// each dragging in its cold neighbours. Only offsets change, except that a
// sparse row of kWidenLen or more weights is also stored dense (zeros for
// its missing classes), with its sparse form right after it for `save`: a
// dense row is summed 8 classes at a time, in registers, and the extra
// terms are +0.0, which leave every score as it was (x + 0.0 == x unless x
// is -0.0, and no score can be -0.0 when every row's scale is a positive
// normal float: each product is then +0.0 or non-zero, and a sum is -0.0
// only if both terms are). Rows are widened only when that holds.
void Weights::pack() {
  bool positive_scales = true;
  for (const Slot& s : slots_) {
    if (!s.key) continue;
    float scale;
    if (s.is_inline())
      std::memcpy(&scale, &s.off, sizeof scale);
    else
      std::memcpy(&scale, blob_.data() + s.off, sizeof scale);
    if (!(scale >= std::numeric_limits<float>::min() && scale <= std::numeric_limits<float>::max()))
      positive_scales = false;
  }
  const uint32_t widen = positive_scales ? kWidenLen : 256;
  auto widened = [&](const Slot& s) { return (s.len & kDense) ? (s.len & 0xff) != 0 : s.row_len() >= widen; };
  std::vector<uint32_t> start(258, 0), order;
  size_t bytes = 0;
  auto rank = [&](const Slot& s) { return s.len & kDense || widened(s) ? 0u : 256u - s.row_len(); };
  for (const Slot& s : slots_) {
    if (!s.key || s.is_inline()) continue;
    start[rank(s) + 1]++;
    bytes += (sizeof(float) + (rank(s) == 0 ? dense_bytes() + 63 + 2 * s.row_len() + 4 : 2 * s.row_len()) + 3) &
             ~size_t(3);
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
  int8_t q[256];
  for (uint32_t i : order) {
    Slot& s = slots_[i];
    const uint8_t* p = old.data() + s.off;
    float scale;
    std::memcpy(&scale, p, sizeof scale);
    p += sizeof scale;
    if ((s.len & kDense) && !(s.len & 0xff)) {
      s.off = place(scale, nullptr, reinterpret_cast<const int8_t*>(p), n_classes_);
      continue;
    }
    const uint32_t len = s.len & 0xff;
    if (s.len & kDense) p += dense_bytes() + sizeof(float);  // already widened: its sparse form
    std::memcpy(cls, p, len);
    if (widened(s)) {
      std::memset(q, 0, sizeof q);
      for (uint32_t j = 0; j < len; ++j) q[cls[j]] = static_cast<int8_t>(p[len + j]);
      s.off = place(scale, nullptr, q, n_classes_);
      place(scale, cls, reinterpret_cast<const int8_t*>(p + len), len);  // at s.off + 4 + dense_bytes()
      s.len = kOutOfLine | kDense | len;
    } else {
      s.off = place(scale, cls, reinterpret_cast<const int8_t*>(p + len), len);
    }
  }
  nonzeros_ = nz;
}

}  // namespace detente::syntax
