// Fuzzes parse_date (core/date.h): never throws, and a date it returns is a
// real calendar date that survives iso() and the days() round trip.
#include "core/date.h"
#include "fuzz_util.h"

using namespace detente;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  Date d = parse_date(in);
  if (!d.ok()) {
    FUZZ_CHECK(d.iso().empty(), in);
    return 0;
  }
  std::string iso = d.iso();
  FUZZ_CHECK(iso.size() == 10, in);
  FUZZ_CHECK(make_date(d.year, d.month, d.day) == d, in);
  FUZZ_CHECK(Date::from_days(d.days()) == d, in);
  FUZZ_CHECK(parse_date(iso) == d, in);
  return 0;
}
