// Fuzzes the JSON Lines reader (readers/reader.h) end to end: any bytes as a
// .jsonl file. Checks the reconciliation (read = yielded + rejected), that
// every reject has a reason and a line, and that yielded documents hold
// valid, NUL-free UTF-8 text and a valid date.
#include <cstring>

#include "fuzz_util.h"
#include "readers/reader.h"
#include "text/utf8.h"

using namespace detente;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string& path = fuzz::scratch_file(data, size, ".jsonl");
  uint64_t rejected = 0;
  ReadOptions opt;
  opt.require_date = true;
  opt.max_document_bytes = 1 << 16;
  DocumentReader reader({path}, opt, [&](const Reject& r) {
    ++rejected;
    FUZZ_CHECK(!r.reason.empty(), r.file);
    FUZZ_CHECK(r.file == path, r.file);
  });
  Document doc;
  uint64_t yielded = 0;
  while (reader.next(doc)) {
    ++yielded;
    FUZZ_CHECK(find_invalid_utf8(doc.text) == std::string::npos, doc.id);
    FUZZ_CHECK(std::memchr(doc.text.data(), 0, doc.text.size()) == nullptr, doc.id);
    FUZZ_CHECK(doc.date.ok(), doc.id);
    FUZZ_CHECK(!doc.id.empty(), doc.text);
    FUZZ_CHECK(doc.origin.line > 0, doc.id);
  }
  FUZZ_CHECK(reader.stats().read == yielded + rejected, "reconciliation");
  FUZZ_CHECK(reader.stats().rejected == rejected, "reject count");
  return 0;
}
