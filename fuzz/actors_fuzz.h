// fuzz/actors_fuzz.h — the body shared by the two actor-dictionary targets
// (actors_detente, actors_tabari): any bytes either load and finish (and
// lookups work) or throw Error(kBadDictionary) whose message starts with
// "FILE:LINE:" (load or finish: an unknown cue of a shared name).
#pragma once
#include "actors/dictionary.h"
#include "core/error.h"
#include "fuzz_util.h"

namespace detente::fuzz {

inline int fuzz_actor_dictionary(const uint8_t* data, size_t size, ActorDictionary::Format format) {
  const std::string& path = scratch_file(data, size, ".txt");
  ActorDictionary dict;
  try {
    dict.load_file(path, format);
    dict.finish();  // resolves shared names' cues: an unknown cue is a kBadDictionary error at its entry
  } catch (const Error& e) {
    FUZZ_CHECK(e.code() == Errc::kBadDictionary, e.what());
    std::string_view w = e.what();
    FUZZ_CHECK(w.substr(0, path.size() + 1) == path + ":", w);
    return 0;
  }
  for (const ActorEntry& e : dict.entries()) {
    (void)dict.lookup(e.name);
    (void)e.code_at(make_date(2019, 10, 24));
    (void)e.explain_at(Date{});
  }
  return 0;
}

}  // namespace detente::fuzz
