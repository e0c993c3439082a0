// syntax/unlabeled.h — the words of unlabeled text files (plain text or
// JSON Lines), for what the trainer learns from news beyond the treebank:
// the lemmatizer's lexicon, the tagger's capitalization classes.
//
// Contract: `for_each_text_word(files, on_word, on_sep)` reads each file in
// 1 MB blocks and calls `on_word(std::string_view)` for every maximal run of
// ASCII letters (case as written), and `on_sep(char c, bool escaped)` for
// every other byte after the word before it: a backslash starts a JSON
// escape, whose next byte is passed with escaped = true (the backslash
// itself is not passed); each file ends with on_sep('\n', false), so words
// never span files. A file that cannot be opened throws Error(kIo) naming it.
#pragma once
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace detente::syntax {

template <class OnWord, class OnSep>
void for_each_text_word(const std::vector<std::string>& files, OnWord&& on_word, OnSep&& on_sep) {
  std::string word, buf(1 << 20, '\0');
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw Error(Errc::kIo, f, 0, "cannot open lexicon text");
    bool escape = false;  // after a backslash (JSON escapes: \n, \t, \u...)
    auto flush = [&] {
      if (!word.empty()) on_word(std::string_view(word));
      word.clear();
    };
    while (in) {
      in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
      const size_t got = static_cast<size_t>(in.gcount());
      for (size_t i = 0; i < got; ++i) {
        const char c = buf[i];
        if (escape) {
          escape = false;
          on_sep(c, true);
        } else if (c == '\\') {
          flush();
          escape = true;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          word.push_back(c);
        } else {
          flush();
          on_sep(c, false);
        }
      }
    }
    flush();
    on_sep('\n', false);  // files are apart as lines are
  }
}

}  // namespace detente::syntax
