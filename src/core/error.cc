#include "core/error.h"

#include <fmt/format.h>

namespace detente {

std::string error_id(Errc code) { return fmt::format("E{:03}", static_cast<unsigned>(code)); }

Error::Error(Errc code, std::string message)
    : std::runtime_error(fmt::format("{} [{}]", message, error_id(code))), code_(code) {}

Error::Error(Errc code, std::string_view file, uint64_t line, std::string_view reason)
    : std::runtime_error(line ? fmt::format("{}:{}: {} [{}]", file, line, reason, error_id(code))
                              : fmt::format("{}: {} [{}]", file, reason, error_id(code))),
      code_(code) {}

}  // namespace detente
