// Event records as a JSON array: the JSON Lines writer of `detente code`
// (sinks/sinks.h) into memory, one record a line, joined with commas.
#include <cstdlib>

#include "core/error.h"
#include "serve/internal.h"
#include "sinks/sinks.h"

namespace detente::serve {

EventArray::EventArray(bool stored) : stored_(stored) {
  mem_ = open_memstream(&buf_, &len_);
  if (!mem_) throw Error(Errc::kInternal, "open_memstream failed");
  WriterOptions o;
  o.store_columns = stored;
  writer_ = make_writer("jsonl", mem_, o);
}

EventArray::~EventArray() {
  writer_.reset();
  if (mem_) std::fclose(mem_);
  std::free(buf_);
}

void EventArray::add(const Document& doc, const Event& e, const EventExtras& x) {
  if (stored_) {
    writer_->write(doc, e, x);
    titles_.push_back(doc.title);
  } else {
    writer_->write(doc, e);
  }
}

std::string EventArray::finish() {
  writer_->finish();
  std::fflush(mem_);
  std::string_view lines(buf_ ? buf_ : "", len_);
  std::string out = "[";
  size_t i = 0;
  // Each record is one line "{...}\n" (JSON strings escape their newlines).
  for (size_t p = 0, q; p < lines.size() && (q = lines.find('\n', p)) != std::string_view::npos; p = q + 1, ++i) {
    std::string_view rec = lines.substr(p, q - p);
    if (i) out += ',';
    if (stored_ && i < titles_.size() && rec.size() >= 2 && rec.back() == '}') {
      out.append(rec.substr(0, rec.size() - 1));
      out += ",\"title\":";
      append_json_string(out, titles_[i]);
      out += '}';
    } else {
      out.append(rec);
    }
  }
  out += ']';
  return out;
}

}  // namespace detente::serve
