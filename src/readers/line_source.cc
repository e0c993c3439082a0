#include "readers/line_source.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace detente {

namespace {
constexpr size_t kChunk = size_t(1) << 20;
}

LineSource::LineSource(const std::string& path) {
  file_ = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path.c_str(), "rb");
  if (!file_) {
    error_ = errno ? std::strerror(errno) : "cannot open";
    return;
  }
  gzbuffer(file_, 256 * 1024);
  buf_.resize(kChunk);
}

std::unique_ptr<LineSource> LineSource::from_memory(std::string text) {
  std::unique_ptr<LineSource> s(new LineSource());
  s->buf_ = std::move(text);
  s->end_ = s->buf_.size();
  s->eof_ = true;  // fill() never reads
  s->memory_ = true;
  return s;
}

LineSource::~LineSource() {
  if (file_) gzclose(file_);
}

bool LineSource::fill() {
  if (eof_ || !error_.empty()) return false;
  if (pos_ > 0) {  // keep the unread tail at the front
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (buf_.size() - end_ < kChunk / 2) buf_.resize(buf_.size() * 2);
  int n = gzread(file_, buf_.data() + end_, static_cast<unsigned>(std::min(buf_.size() - end_, size_t(1) << 30)));
  if (n < 0) {
    int code = 0;
    const char* msg = gzerror(file_, &code);
    error_ = code == Z_ERRNO ? std::strerror(errno) : (msg ? msg : "read error");
    return false;
  }
  if (n == 0) {
    eof_ = true;
    int code = 0;
    const char* msg = gzerror(file_, &code);
    if (code != Z_OK && code != Z_STREAM_END) error_ = msg ? msg : "read error";
    // zlib reports a truncated gzip member as a clean end unless we ask:
    // gzread returns 0 and gzeof is set, but the stream was not finished.
    return false;
  }
  end_ += static_cast<size_t>(n);
  return true;
}

bool LineSource::next_line(std::string& line) {
  if (!ok()) return false;
  line.clear();
  size_t scan = pos_;
  for (;;) {
    const void* nl = end_ > scan ? std::memchr(buf_.data() + scan, '\n', end_ - scan) : nullptr;
    if (nl) {
      size_t at = static_cast<const char*>(nl) - buf_.data();
      line.assign(buf_.data() + pos_, at - pos_);
      pos_ = at + 1;
      break;
    }
    size_t consumed = end_ - pos_;
    if (!fill()) {
      if (end_ == pos_) return false;  // nothing left
      line.assign(buf_.data() + pos_, end_ - pos_);  // last line without newline
      pos_ = end_;
      break;
    }
    scan = pos_ + consumed;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  ++line_;
  return true;
}

bool LineSource::read_all(std::string& out, size_t max_bytes) {
  out.assign(buf_.data() + pos_, end_ - pos_);
  pos_ = end_;
  while (out.size() <= max_bytes) {
    if (!fill()) break;
    out.append(buf_.data() + pos_, end_ - pos_);
    pos_ = end_;
  }
  return error_.empty() && out.size() <= max_bytes;
}

}  // namespace detente
