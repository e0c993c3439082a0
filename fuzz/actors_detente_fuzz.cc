// Fuzzes ActorDictionary::load_file (actors/dictionary.h) in detente's own format;
// the checks are in actors_fuzz.h.
#include "actors_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return detente::fuzz::fuzz_actor_dictionary(data, size, detente::ActorDictionary::Format::kDetente);
}
