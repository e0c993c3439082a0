// Fuzzes the line source (readers/line_source.h) on any bytes, plain or gzip
// (seeds are gzip files, whole and truncated), and the reader on the same
// bytes as a .jsonl.gz file: a truncated or corrupt stream must be reported
// (a reject), never crash and never lose the reconciliation.
#include "fuzz_util.h"
#include "readers/line_source.h"
#include "readers/reader.h"

using namespace detente;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string& path = fuzz::scratch_file(data, size, ".jsonl.gz");
  {
    LineSource src(path);
    FUZZ_CHECK(src.ok(), path);
    std::string line;
    uint64_t n = 0;
    while (src.next_line(line)) {
      ++n;
      FUZZ_CHECK(line.find('\n') == std::string::npos, "newline inside a line");
    }
    FUZZ_CHECK(src.line_number() == n, "line numbers");
  }
  {
    LineSource src(path);
    std::string all;
    (void)src.read_all(all, 1 << 20);
  }
  uint64_t rejected = 0;
  ReadOptions opt;
  opt.default_date = make_date(2019, 10, 24);
  DocumentReader reader({path}, opt, [&](const Reject&) { ++rejected; });
  Document doc;
  uint64_t yielded = 0;
  while (reader.next(doc)) ++yielded;
  FUZZ_CHECK(reader.stats().read == yielded + rejected, "reconciliation");
  return 0;
}
