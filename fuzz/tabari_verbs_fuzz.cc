// Fuzzes the TABARI/PETRARCH verb dictionary and discard-list loaders
// (events/dictionary.h): the first byte picks the loader, the rest is the
// file. Any bytes either load and finish() or throw Error(kBadDictionary)
// whose message starts "FILE:".
#include "core/error.h"
#include "events/dictionary.h"
#include "fuzz_util.h"

using namespace detente;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const bool discards = data[0] & 1;
  const std::string& path = fuzz::scratch_file(data + 1, size - 1, ".txt");
  events::PatternDictionary dict;
  try {
    if (discards) dict.load_tabari_discards(path);
    else dict.load_tabari(path);
    dict.finish();
  } catch (const Error& e) {
    FUZZ_CHECK(e.code() == Errc::kBadDictionary, e.what());
    std::string_view w = e.what();
    FUZZ_CHECK(w.substr(0, path.size() + 1) == path + ":", w);
    return 0;
  }
  for (const auto& p : dict.patterns) (void)p.specificity();
  return 0;
}
