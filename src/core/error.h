// core/error.h — detente's one error type and its catalogue.
//
// Contract: every failure a user can meet has a numbered kind (stable across
// versions, so users can search for it) and a message that names the file,
// the line and the reason. Library calls that can fail on outside input throw
// `detente::Error`; front ends catch it, print `what()` and exit non-zero.
// Per-document problems are not exceptions: they become rejects (see
// readers/reader.h).
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace detente {

enum class Errc : uint16_t {
  kIo = 1,             // E001 a file cannot be opened or read
  kUsage = 2,          // E002 a command-line argument is wrong
  kBadDictionary = 3,  // E003 a dictionary line is malformed
  kBadModel = 4,       // E004 a model file is missing, corrupt or of another version
  kBadConllu = 5,      // E005 a CoNLL-U line is malformed
  kBadDatabase = 6,    // E006 the database cannot be opened or has an unknown schema
  kBadRequest = 7,     // E007 an HTTP request is malformed
  kInternal = 99,      // E099 a bug: please report it
};

class Error : public std::runtime_error {
 public:
  Error(Errc code, std::string message);
  // "FILE:LINE: reason" errors.
  Error(Errc code, std::string_view file, uint64_t line, std::string_view reason);
  Errc code() const { return code_; }

 private:
  Errc code_;
};

// "E003" for Errc::kBadDictionary.
std::string error_id(Errc code);

}  // namespace detente
