// Fuzzes the HTML document path of the reader (readers/reader.h): any bytes
// as an .html file. Exactly one document is read: yielded or rejected.
#include <cstring>

#include "fuzz_util.h"
#include "readers/reader.h"
#include "text/utf8.h"

using namespace detente;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string& path = fuzz::scratch_file(data, size, ".html");
  uint64_t rejected = 0;
  ReadOptions opt;
  DocumentReader reader({path}, opt, [&](const Reject& r) {
    ++rejected;
    FUZZ_CHECK(!r.reason.empty(), r.file);
  });
  Document doc;
  uint64_t yielded = 0;
  while (reader.next(doc)) {
    ++yielded;
    FUZZ_CHECK(find_invalid_utf8(doc.text) == std::string::npos, doc.id);
    FUZZ_CHECK(std::memchr(doc.text.data(), 0, doc.text.size()) == nullptr, doc.id);
  }
  FUZZ_CHECK(yielded + rejected == 1, "one file is one document");
  FUZZ_CHECK(reader.stats().read == 1, "reconciliation");
  return 0;
}
