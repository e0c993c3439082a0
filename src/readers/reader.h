// readers/reader.h — documents in: JSON Lines, plain text, HTML, directories,
// gzip, standard input.
//
// Contract
// - A DocumentReader walks its inputs in the order given (directories
//   recursively, in sorted path order) and yields one Document at a time with
//   id, date, title, source, url, origin (file, line) and text (strict UTF-8,
//   NFC). Input kinds by name: `-` is JSON Lines on stdin; `*.jsonl`,
//   `*.ndjson`, `*.json` are JSON Lines; `*.html`, `*.htm` are HTML (main text
//   only); anything else is plain text (one document per file); a `.gz`
//   suffix is decompressed first.
// - Nothing is dropped silently: a document that cannot be read (malformed
//   JSON, no text field, invalid UTF-8, NUL bytes, empty text, no usable date
//   when a date is required, unreadable file) is passed to the reject sink
//   with file, line, id if known and the reason, and reading goes on.
//   Every document is counted exactly once: `stats().read == yielded + rejected`.
// - Not thread-safe: one reader per thread (typically the main thread feeding
//   workers).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/document.h"

namespace detente {

struct Reject {
  std::string file;
  uint64_t line = 0;  // 0 for whole-file documents
  std::string id;     // empty if unknown
  std::string reason;
};

using RejectSink = std::function<void(const Reject&)>;

struct ReadOptions {
  std::vector<std::string> text_fields{"text", "body", "content"};
  std::string id_field = "id";
  std::string date_field = "date";
  std::vector<std::string> title_fields{"title", "headline"};
  std::string source_field = "source";
  std::string url_field = "url";
  std::string dateline_field = "dateline";  // Reuters-21578 keeps the dateline out of the body
  Date default_date;         // the run's --date: used when a document has none
  bool require_date = true;  // reject documents without a usable date (and no --date)
  // Larger documents are rejected ("document too large"): news articles are
  // kilobytes; a 100 MB "document" is a broken scrape, and coding it would
  // need gigabytes. Raise it with --max-document-mb.
  size_t max_document_bytes = size_t(64) << 20;
};

struct ReadStats {
  uint64_t read = 0, rejected = 0;
};

class DocumentReader {
 public:
  DocumentReader(std::vector<std::string> inputs, ReadOptions options, RejectSink rejects);
  // Reads JSON Lines held in memory (an HTTP request body) exactly as a
  // .jsonl file named `name`: origins, rejects and default ids ("name:line")
  // carry that name.
  static std::unique_ptr<DocumentReader> jsonl_text(std::string name, std::string text, ReadOptions options,
                                                    RejectSink rejects);
  ~DocumentReader();
  DocumentReader(const DocumentReader&) = delete;
  DocumentReader& operator=(const DocumentReader&) = delete;
  // Fills `doc` (reusing its allocations) and returns true, or returns false
  // when all inputs are exhausted.
  bool next(Document& doc);
  const ReadStats& stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Writes rejects as JSON Lines ({"file","line","id","reason"}) to a file.
class RejectsFile {
 public:
  explicit RejectsFile(const std::string& path);  // "" = discard (still counted)
  ~RejectsFile();
  void operator()(const Reject& r);
  uint64_t count() const { return count_; }

 private:
  std::FILE* f_ = nullptr;
  uint64_t count_ = 0;
};

}  // namespace detente
