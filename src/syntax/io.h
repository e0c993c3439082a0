// syntax/io.h — little-endian binary writing and bounds-checked reading for
// model files.
//
// Contract: BinReader never reads past its buffer; any short or inconsistent
// read throws Error(kBadModel) naming the model file. Not thread-safe (one
// reader or writer per file).
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/error.h"

namespace detente::syntax {

class BinWriter {
 public:
  template <class T>
  void put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    buf_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void str(std::string_view s) {
    put<uint32_t>(static_cast<uint32_t>(s.size()));
    buf_.append(s);
  }
  template <class T>
  void vec(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    put<uint64_t>(v.size());
    buf_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  std::string& buffer() { return buf_; }

 private:
  std::string buf_;
};

class BinReader {
 public:
  BinReader(std::string_view data, std::string file) : d_(data), file_(std::move(file)) {}
  template <class T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T));
    T v;
    std::memcpy(&v, d_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return v;
  }
  void bytes(void* dst, size_t n) {
    need(n);
    std::memcpy(dst, d_.data() + pos_, n);
    pos_ += n;
  }
  std::string str() {
    uint32_t n = get<uint32_t>();
    need(n);
    std::string s(d_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  template <class T>
  void vec(std::vector<T>& v) {
    uint64_t n = get<uint64_t>();
    if (n > (d_.size() - pos_) / sizeof(T)) fail("truncated array");
    v.resize(n);
    std::memcpy(v.data(), d_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
  }
  bool done() const { return pos_ == d_.size(); }
  [[noreturn]] void fail(std::string_view reason) const {
    throw Error(Errc::kBadModel, file_, 0, std::string(reason));
  }

 private:
  void need(size_t n) {
    if (n > d_.size() - pos_) fail("file is truncated");
  }
  std::string_view d_;
  size_t pos_ = 0;
  std::string file_;
};

}  // namespace detente::syntax
