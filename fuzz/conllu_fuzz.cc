// Fuzzes the CoNLL-U reader (text/conllu.h): any bytes either read or throw
// Error(kBadConllu) naming the file and line; what was read can be written
// back, and the written file reads again.
#include "core/error.h"
#include "fuzz_util.h"
#include "text/conllu.h"

using namespace detente;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  ConlluDocument cd;
  try {
    cd = read_conllu(in, "fuzz.conllu");
  } catch (const Error& e) {
    FUZZ_CHECK(e.code() == Errc::kBadConllu, e.what());
    FUZZ_CHECK(std::string_view(e.what()).substr(0, 12) == "fuzz.conllu:", e.what());
    return 0;
  }
  for (const Token& t : cd.doc.tokens) {
    FUZZ_CHECK(t.begin <= t.end && t.end <= cd.doc.text.size(), "token outside the text");
    FUZZ_CHECK(static_cast<size_t>(t.norm.off) + t.norm.len <= cd.doc.pool.size(), "norm outside the pool");
  }
  std::string out;
  write_conllu(cd.doc, out, &cd.extra);
  std::string plain;
  write_conllu(cd.doc, plain);
  return 0;
}
