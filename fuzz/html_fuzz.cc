// Fuzzes HTML main-text extraction (readers/html.h, gumbo underneath) on
// any bytes, and the boilerplate-line test on each input line.
#include "fuzz_util.h"
#include "readers/html.h"

using namespace detente;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  HtmlContent c = extract_html(in);
  (void)c;
  size_t b = 0;
  for (size_t i = 0; i <= in.size(); ++i)
    if (i == in.size() || in[i] == '\n') {
      (void)is_boilerplate_line(in.substr(b, i - b));
      b = i + 1;
    }
  return 0;
}
