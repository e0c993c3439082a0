// Fuzzes the loaders of detente's own event dictionaries (events/dictionary.h):
// the first byte picks the file kind (patterns, classes, control,
// counterparts, discards), the rest is the file. Any bytes either load and
// finish() or throw Error(kBadDictionary) whose message starts "FILE:".
#include "core/error.h"
#include "events/dictionary.h"
#include "fuzz_util.h"

using namespace detente;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const int kind = data[0] % 5;
  const std::string& path = fuzz::scratch_file(data + 1, size - 1, ".txt");
  events::PatternDictionary dict;
  try {
    switch (kind) {
      case 0: dict.load_patterns(path); break;
      case 1: dict.load_classes(path); break;
      case 2: dict.load_control(path); break;
      case 3: dict.load_counterparts(path); break;
      case 4: dict.load_discards(path); break;
    }
    dict.finish();
  } catch (const Error& e) {
    FUZZ_CHECK(e.code() == Errc::kBadDictionary, e.what());
    std::string_view w = e.what();
    FUZZ_CHECK(w.substr(0, path.size() + 1) == path + ":", w);
    return 0;
  }
  for (const auto& p : dict.patterns) (void)p.specificity();
  for (size_t i = 0; i < dict.vocab.size(); ++i) {
    (void)dict.control_of(static_cast<int32_t>(i));
    for (int32_t c = 0; c < static_cast<int32_t>(dict.class_names.size()); ++c) (void)dict.in_class(static_cast<int32_t>(i), c);
  }
  return 0;
}
