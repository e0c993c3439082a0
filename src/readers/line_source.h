// readers/line_source.h — buffered byte input from a file, a gzip file or
// standard input, read whole or line by line.
//
// Contract: opens plain and gzip files alike (zlib detects the format), reads
// lines of any length (a 100 MB line is one line) without the trailing
// newline (and without a trailing \r). `error()` tells whether the stream
// ended early (unreadable or truncated gzip data); the caller reports it.
// Not thread-safe.
#pragma once
#include <zlib.h>

#include <cstdint>
#include <memory>
#include <string>

namespace detente {

class LineSource {
 public:
  // path "-" is standard input. Throws nothing; check ok().
  explicit LineSource(const std::string& path);
  // Lines of text held in memory (an HTTP request body); never fails.
  static std::unique_ptr<LineSource> from_memory(std::string text);
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  bool ok() const { return file_ != nullptr || memory_; }
  // Reads the next line into `line`; false at end of input or on error.
  bool next_line(std::string& line);
  // Reads everything that is left; false on error (what was read is kept).
  bool read_all(std::string& out, size_t max_bytes);
  uint64_t line_number() const { return line_; }
  const std::string& error() const { return error_; }

 private:
  LineSource() = default;
  bool fill();
  gzFile file_ = nullptr;
  bool memory_ = false;  // buf_ holds the whole input
  std::string buf_;
  size_t pos_ = 0, end_ = 0;
  uint64_t line_ = 0;
  bool eof_ = false;
  std::string error_;
};

}  // namespace detente
