#include "cli/inputs.h"

#include <fmt/format.h>

#include <cstdio>

#include "core/error.h"

namespace detente::cli {

void add_input_options(CLI::App& app, Inputs& in, bool files_required) {
  auto* f = app.add_option("inputs", in.files,
                           "Files or directories to read: .jsonl/.ndjson (one document a line), .txt (one "
                           "document), .html (main text), .gz of any of these; '-' reads JSON Lines from stdin");
  if (files_required) f->required();
  app.add_option("--date", in.date,
                 "Date for documents that carry none (YYYY-MM-DD or any form detente reads); without it such "
                 "documents are rejected, never dated today");
  app.add_option("--rejects", in.rejects_path,
                 "Write the rejects report here (JSON Lines: file, line, id, reason); '-' for stderr");
  app.add_option("--text-field", in.text_fields,
                 "JSON field(s) holding the text, tried in order (default: text, body, content)");
  app.add_option("--id-field", in.id_field, "JSON field holding the document id")->capture_default_str();
  app.add_option("--date-field", in.date_field, "JSON field holding the document date")->capture_default_str();
  app.add_option("--max-document-mb", in.max_document_mb,
                 "Reject documents larger than this (MB); news articles are kilobytes")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096));
  app.add_flag("-q,--quiet", in.quiet, "Do not print the closing 'read N, coded M, rejected K' line");
}

DocumentReader& Inputs::open() {
  ReadOptions opt;
  if (!text_fields.empty()) opt.text_fields = text_fields;
  opt.id_field = id_field;
  opt.date_field = date_field;
  opt.max_document_bytes = max_document_mb << 20;
  if (!date.empty()) {
    opt.default_date = parse_date(date);
    if (!opt.default_date.ok())
      throw Error(Errc::kUsage, fmt::format("--date \"{}\" is not a date detente can read (use YYYY-MM-DD)", date));
  }
  rejects = std::make_unique<RejectsFile>(rejects_path);
  reader = std::make_unique<DocumentReader>(files, opt, [this](const Reject& r) { (*rejects)(r); });
  return *reader;
}

void Inputs::reject_later(const Document& doc, const std::string& reason) {
  (*rejects)(Reject{doc.origin.file, doc.origin.line, doc.id, reason});
}

int Inputs::finish(uint64_t coded, uint64_t rejected_later) {
  const auto& s = reader->stats();
  uint64_t rejected = s.rejected + rejected_later;
  if (!quiet) std::fprintf(stderr, "read %llu, coded %llu, rejected %llu\n", static_cast<unsigned long long>(s.read),
                           static_cast<unsigned long long>(coded), static_cast<unsigned long long>(rejected));
  if (s.read != coded + rejected)
    throw Error(Errc::kInternal, fmt::format("reconciliation failed: read {} != coded {} + rejected {}", s.read, coded, rejected));
  if (rejected > 0 && !quiet && rejects_path.empty())
    std::fprintf(stderr, "(use --rejects FILE to see which documents were rejected and why)\n");
  return rejected > 0 ? 1 : 0;
}

}  // namespace detente::cli
