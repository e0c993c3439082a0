// cli/inputs.h — the input options every document-reading command shares
// (files, --date, --rejects, field names) and the closing reconciliation.
//
// Contract: `add_input_options` registers the options on a subcommand;
// `Inputs::open()` builds the DocumentReader with a reject sink writing the
// rejects report; `Inputs::finish(coded)` prints "read N, coded M, rejected K"
// to stderr (unless --quiet), checks N == M + K, and returns the exit status:
// 0 when nothing was rejected, 1 when something was (so scripts can tell).
#pragma once
#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "readers/reader.h"

namespace detente::cli {

struct Inputs {
  std::vector<std::string> files;
  std::string date;
  std::string rejects_path;
  std::vector<std::string> text_fields;
  std::string id_field = "id", date_field = "date";
  bool quiet = false;
  size_t max_document_mb = 64;

  std::unique_ptr<RejectsFile> rejects;
  std::unique_ptr<DocumentReader> reader;

  DocumentReader& open();
  int finish(uint64_t coded, uint64_t rejected_later = 0);
  // A document that was read but could not be processed (e.g. a stage failed on it).
  void reject_later(const Document& doc, const std::string& reason);
};

void add_input_options(CLI::App& app, Inputs& in, bool files_required = true);

}  // namespace detente::cli
