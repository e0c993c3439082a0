// Fuzzes ActorDictionary::load_file (actors/dictionary.h) in the TABARI/PETRARCH
// format: any bytes either load (and finish() and lookups work) or throw
// Error(kBadDictionary) whose message starts with "FILE:LINE:".
#include "actors/dictionary.h"
#include "core/error.h"
#include "fuzz_util.h"

using namespace detente;

namespace {
constexpr ActorDictionary::Format kFormat = ActorDictionary::Format::kTabari;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string& path = fuzz::scratch_file(data, size, ".txt");
  ActorDictionary dict;
  try {
    dict.load_file(path, kFormat);
  } catch (const Error& e) {
    FUZZ_CHECK(e.code() == Errc::kBadDictionary, e.what());
    std::string_view w = e.what();
    FUZZ_CHECK(w.substr(0, path.size() + 1) == path + ":", w);
    return 0;
  }
  dict.finish();
  for (const ActorEntry& e : dict.entries()) {
    (void)dict.lookup(e.name);
    (void)e.code_at(make_date(2019, 10, 24));
    (void)e.explain_at(Date{});
  }
  return 0;
}
