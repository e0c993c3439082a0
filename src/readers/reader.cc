#include "readers/reader.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>

#include "core/error.h"
#include "readers/html.h"
#include "readers/line_source.h"
#include "text/utf8.h"

namespace detente {
namespace fs = std::filesystem;

namespace {

enum class Kind { kJsonl, kHtml, kText, kUnsupported };

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Kind kind_of(const std::string& path) {
  if (path == "-") return Kind::kJsonl;
  std::string p = lower(path);
  if (ends_with(p, ".gz")) p.resize(p.size() - 3);
  if (ends_with(p, ".jsonl") || ends_with(p, ".ndjson") || ends_with(p, ".json")) return Kind::kJsonl;
  if (ends_with(p, ".html") || ends_with(p, ".htm") || ends_with(p, ".xhtml")) return Kind::kHtml;
  static constexpr std::string_view kBinary[] = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".zip", ".tar",
                                                 ".bz2", ".xz", ".doc", ".docx", ".xls", ".xlsx", ".db",
                                                 ".sqlite", ".exe", ".so", ".o", ".mp3", ".mp4", ".webp"};
  for (auto b : kBinary)
    if (ends_with(p, b)) return Kind::kUnsupported;
  return Kind::kText;
}

// A date written in a file name: "yonhap-2019-10-24-talks.txt" -> 2019-10-24.
Date date_from_filename(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (size_t i = 0; i + 10 <= name.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(name[i]))) continue;
    if (i > 0 && std::isdigit(static_cast<unsigned char>(name[i - 1]))) continue;
    auto cand = std::string_view(name).substr(i, 10);
    if (cand[4] == '-' && cand[7] == '-' && (i + 10 == name.size() || !std::isdigit(static_cast<unsigned char>(name[i + 10]))))
      if (Date d = parse_date(cand); d.ok()) return d;
  }
  return {};
}

std::string stem_of(const std::string& path) {
  fs::path p(path);
  std::string s = p.filename().string();
  for (std::string_view suf : {".gz", ".html", ".htm", ".xhtml", ".txt", ".text"})
    if (ends_with(lower(s), suf)) s.resize(s.size() - suf.size());
  return s;
}

// Line number (1-based) of byte offset `at` in `text`.
uint64_t line_at(std::string_view text, size_t at) {
  return 1 + static_cast<uint64_t>(std::count(text.begin(), text.begin() + std::min(at, text.size()), '\n'));
}

}  // namespace

struct DocumentReader::Impl {
  // Members are initialized here, not default-constructed and then assigned:
  // GCC 12 at -O2 drops the default values as dead stores and its UBSan then
  // reports the copy of the uninitialized bool (found by `scripts/test --asan`).
  Impl(std::vector<std::string> in, ReadOptions o, RejectSink r)
      : inputs(std::move(in)), opt(std::move(o)), rejects(std::move(r)) {}

  std::vector<std::string> inputs;  // expanded lazily: directories become their files
  size_t next_input = 0;
  ReadOptions opt;
  RejectSink rejects;
  ReadStats stats;

  std::unique_ptr<LineSource> jsonl;  // the JSON Lines file being read, if any
  std::optional<std::string> memory;  // JSON Lines text not yet started (jsonl_text)
  std::string jsonl_path;
  std::string line;
  simdjson::dom::parser parser;

  void reject(const std::string& file, uint64_t line_no, std::string id, std::string reason) {
    ++stats.read;
    ++stats.rejected;
    if (rejects) rejects(Reject{file, line_no, std::move(id), std::move(reason)});
  }

  // Checks and normalizes a document's text; returns the reason it is unusable, or "".
  std::string check_text(Document& doc) {
    if (doc.text.size() > opt.max_document_bytes)
      return fmt::format("document too large ({} bytes; limit {} MB, see --max-document-mb)", doc.text.size(),
                         opt.max_document_bytes >> 20);
    size_t bad = find_invalid_utf8(doc.text);
    if (bad != std::string::npos)
      return fmt::format("invalid UTF-8 at byte {} (text line {})", bad, line_at(doc.text, bad));
    if (const void* nul = std::memchr(doc.text.data(), 0, doc.text.size()))
      return fmt::format("NUL byte at byte {}", static_cast<const char*>(nul) - doc.text.data());
    normalize_nfc(doc.text);
    bool blank = std::all_of(doc.text.begin(), doc.text.end(),
                             [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; });
    if (blank) return "empty document (no text)";
    return {};
  }

  std::string check_date(Document& doc, std::string_view raw) {
    if (!doc.date.ok()) doc.date = opt.default_date;
    if (!doc.date.ok() && opt.require_date)
      return raw.empty() ? "no date (give the run a --date)"
                         : fmt::format("unusable date \"{}\" (give the run a --date)", raw.substr(0, 60));
    return {};
  }

  void begin(Document& doc) {
    doc.id.clear();
    doc.date = Date{};
    doc.title.clear();
    doc.source.clear();
    doc.url.clear();
    doc.dateline.clear();
    doc.text.clear();
    doc.clear_annotations();
  }

  // Reads the next JSON Lines document from `jsonl`; false when the file is done.
  bool next_jsonl(Document& doc) {
    while (jsonl->next_line(line)) {
      uint64_t ln = jsonl->line_number();
      bool blank = std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
      if (blank) continue;  // blank lines are not documents
      begin(doc);
      doc.origin = {jsonl_path, ln};
      if (line.size() > opt.max_document_bytes + (size_t(1) << 20)) {
        reject(jsonl_path, ln, "", fmt::format("document too large ({} bytes on one line; limit {} MB, see --max-document-mb)",
                                               line.size(), opt.max_document_bytes >> 20));
        line = std::string();  // give the memory back
        parser = simdjson::dom::parser();
        continue;
      }
      simdjson::dom::element root;
      auto err = parser.parse(line.data(), line.size(), true).get(root);
      if (err) {
        reject(jsonl_path, ln, "", fmt::format("malformed JSON: {}", simdjson::error_message(err)));
        continue;
      }
      simdjson::dom::object obj;
      if (root.get_object().get(obj)) {
        reject(jsonl_path, ln, "", "JSON line is not an object");
        continue;
      }
      auto get_string = [&](std::string_view key, std::string& out) -> bool {
        simdjson::dom::element v;
        if (obj[key].get(v)) return false;
        std::string_view sv;
        if (!v.get_string().get(sv)) { out.assign(sv); return true; }
        int64_t i;
        if (!v.get_int64().get(i)) { out = std::to_string(i); return true; }
        uint64_t u;
        if (!v.get_uint64().get(u)) { out = std::to_string(u); return true; }
        return false;
      };
      get_string(opt.id_field, doc.id);
      if (doc.id.empty()) doc.id = fmt::format("{}:{}", jsonl_path, ln);
      std::string raw_date;
      if (get_string(opt.date_field, raw_date)) doc.date = parse_date(raw_date);
      for (auto& f : opt.title_fields)
        if (get_string(f, doc.title)) break;
      get_string(opt.source_field, doc.source);
      get_string(opt.url_field, doc.url);
      get_string(opt.dateline_field, doc.dateline);
      bool has_text = false;
      for (auto& f : opt.text_fields)
        if (get_string(f, doc.text)) { has_text = true; break; }
      if (!has_text) {
        std::string names;
        for (auto& f : opt.text_fields) names += (names.empty() ? "" : ", ") + f;
        reject(jsonl_path, ln, doc.id, fmt::format("no text field (looked for {})", names));
        continue;
      }
      if (line.capacity() > (size_t(16) << 20)) {  // after a huge line, give its buffers back
        line = std::string();
        parser = simdjson::dom::parser();
      }
      if (auto why = check_text(doc); !why.empty()) { reject(jsonl_path, ln, doc.id, why); continue; }
      if (auto why = check_date(doc, raw_date); !why.empty()) { reject(jsonl_path, ln, doc.id, why); continue; }
      ++stats.read;
      return true;
    }
    if (!jsonl->error().empty())
      reject(jsonl_path, jsonl->line_number() + 1, "", fmt::format("read error: {} (input truncated or corrupt; the rest of the file is lost)", jsonl->error()));
    jsonl.reset();
    return false;
  }

  // Reads a whole-file document (text or HTML); false if it was rejected.
  bool read_file(const std::string& path, Kind kind, Document& doc) {
    begin(doc);
    doc.origin = {path, 0};
    doc.id = stem_of(path);
    LineSource src(path);
    if (!src.ok()) { reject(path, 0, doc.id, fmt::format("cannot open: {}", src.error())); return false; }
    std::string raw;
    if (!src.read_all(raw, opt.max_document_bytes)) {
      reject(path, 0, doc.id, src.error().empty() ? fmt::format("document too large (limit {} MB, see --max-document-mb)", opt.max_document_bytes >> 20)
                                                  : fmt::format("read error: {}", src.error()));
      return false;
    }
    std::string raw_date;
    if (kind == Kind::kHtml) {
      size_t bad = find_invalid_utf8(raw);
      if (bad != std::string::npos) {
        reject(path, line_at(raw, bad), doc.id, fmt::format("invalid UTF-8 at byte {}", bad));
        return false;
      }
      HtmlContent c = extract_html(raw);
      doc.text = std::move(c.text);
      doc.title = std::move(c.title);
      raw_date = c.date;
      doc.date = parse_date(c.date);
    } else {
      doc.text = std::move(raw);
      if (doc.text.size() >= 3 && std::memcmp(doc.text.data(), "\xEF\xBB\xBF", 3) == 0) doc.text.erase(0, 3);  // BOM
    }
    if (!doc.date.ok()) doc.date = date_from_filename(path);
    if (auto why = check_text(doc); !why.empty()) {
      uint64_t ln = 0;
      if (why.rfind("invalid UTF-8", 0) == 0) ln = line_at(doc.text, find_invalid_utf8(doc.text));
      reject(path, ln, doc.id, why);
      return false;
    }
    if (auto why = check_date(doc, raw_date); !why.empty()) { reject(path, 0, doc.id, why); return false; }
    ++stats.read;
    return true;
  }

  // Replaces a directory input by its files (recursive, sorted, hidden files skipped).
  void expand_directory(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) { reject(dir, 0, "", fmt::format("cannot read directory: {}", ec.message())); return; }
    for (; it != end; it.increment(ec)) {
      if (ec) { reject(dir, 0, "", fmt::format("cannot read directory: {}", ec.message())); break; }
      const auto name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    inputs.insert(inputs.begin() + static_cast<long>(next_input), files.begin(), files.end());
  }

  bool next(Document& doc) {
    for (;;) {
      if (jsonl) {
        if (next_jsonl(doc)) return true;
        continue;
      }
      if (memory) {  // JSON Lines given in memory (jsonl_text)
        jsonl = LineSource::from_memory(std::move(*memory));
        memory.reset();
        continue;
      }
      if (next_input >= inputs.size()) return false;
      std::string path = inputs[next_input++];
      std::error_code ec;
      if (path != "-" && fs::is_directory(path, ec)) { expand_directory(path); continue; }
      if (path != "-" && !fs::exists(path, ec)) { reject(path, 0, "", "no such file"); continue; }
      Kind kind = kind_of(path);
      if (kind == Kind::kUnsupported) { reject(path, 0, stem_of(path), "unsupported file type (not text, HTML or JSON Lines)"); continue; }
      if (kind == Kind::kJsonl) {
        jsonl = std::make_unique<LineSource>(path);
        jsonl_path = path;
        if (!jsonl->ok()) {
          reject(path, 0, "", fmt::format("cannot open: {}", jsonl->error()));
          jsonl.reset();
        }
        continue;
      }
      if (read_file(path, kind, doc)) return true;
    }
  }
};

DocumentReader::DocumentReader(std::vector<std::string> inputs, ReadOptions options, RejectSink rejects)
    : impl_(std::make_unique<Impl>(std::move(inputs), std::move(options), std::move(rejects))) {}

std::unique_ptr<DocumentReader> DocumentReader::jsonl_text(std::string name, std::string text, ReadOptions options,
                                                           RejectSink rejects) {
  auto r = std::make_unique<DocumentReader>(std::vector<std::string>{}, std::move(options), std::move(rejects));
  r->impl_->jsonl_path = std::move(name);
  r->impl_->memory = std::move(text);
  return r;
}

DocumentReader::~DocumentReader() = default;

bool DocumentReader::next(Document& doc) { return impl_->next(doc); }

const ReadStats& DocumentReader::stats() const { return impl_->stats; }

RejectsFile::RejectsFile(const std::string& path) {
  if (path.empty()) return;
  f_ = path == "-" ? stderr : std::fopen(path.c_str(), "w");
  if (!f_) throw Error(Errc::kIo, path, 0, fmt::format("cannot write rejects report: {}", std::strerror(errno)));
}

RejectsFile::~RejectsFile() {
  if (f_ && f_ != stderr) std::fclose(f_);
}

void RejectsFile::operator()(const Reject& r) {
  ++count_;
  if (!f_) return;
  nlohmann::json j = {{"file", r.file}, {"line", r.line}, {"id", r.id}, {"reason", r.reason}};
  std::string s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), f_);
  std::fflush(f_);
}

}  // namespace detente
