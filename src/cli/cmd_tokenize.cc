// `detente tokenize FILE...`: sentences and UD-style tokens as CoNLL-U
// without tags, so users can see how detente reads their text.
#include <chrono>
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/inputs.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace detente::cli {
namespace {

void append_line_text(fmt::memory_buffer& out, std::string_view s) {
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
}

// One sentence block: clitic splits (do|n't) become multiword tokens.
void write_sentence(fmt::memory_buffer& out, const Document& doc, const Sentence& s, size_t k) {
  fmt::format_to(std::back_inserter(out), "# sent_id = {}{}{}\n# text = ", doc.id, doc.id.empty() ? "" : "-", k);
  append_line_text(out, doc.sentence_text(s));
  out.push_back('\n');
  uint32_t id = 1;
  for (uint32_t i = s.tok_begin; i < s.tok_end; ++i, ++id) {
    const Token& t = doc.tokens[i];
    uint32_t j = i;  // last word of the surface token
    while (j + 1 < s.tok_end && !doc.tokens[j].space_after &&
           text::is_clitic_split(doc.form(doc.tokens[j]), doc.form(doc.tokens[j + 1])))
      ++j;
    if (j > i) {
      const Token& last = doc.tokens[j];
      fmt::format_to(std::back_inserter(out), "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}\n", id, id + (j - i),
                     std::string_view(doc.text).substr(t.begin, last.end - t.begin),
                     last.space_after || j + 1 == doc.tokens.size() ? "_" : "SpaceAfter=No");
      for (uint32_t w = i; w <= j; ++w, ++id)
        fmt::format_to(std::back_inserter(out), "{}\t{}\t_\t_\t_\t_\t_\t_\t_\t_\n", id, doc.form(doc.tokens[w]));
      --id;
      i = j;
      continue;
    }
    fmt::format_to(std::back_inserter(out), "{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}\n", id, doc.form(t),
                   t.space_after || i + 1 == doc.tokens.size() ? "_" : "SpaceAfter=No");
  }
  out.push_back('\n');
}

Run setup(CLI::App& app) {
  auto in = std::make_shared<Inputs>();
  auto model = std::make_shared<std::string>();
  auto stats = std::make_shared<bool>(false);
  add_input_options(app, *in);
  app.add_flag("--stats", *stats,
               "Print no CoNLL-U; report documents, sentences, tokens and throughput (read + validate + "
               "split + tokenize, one core) on stderr");
  app.add_option("--segmenter-model", *model,
                 "Sentence-boundary model to use instead of models/segmenter-en.model; 'none' = rules only");
  app.footer(
      "Prints one CoNLL-U block per sentence: ID, FORM and SpaceAfter=No, other columns '_'.\n"
      "Words the tokenizer split without a space (do|n't, Korea|'s) are shown as a multiword token.\n"
      "Conventions: docs/text.md.");
  return [in, model, stats]() -> int {
    auto seg = model->empty() ? Segmenter::load_default() : Segmenter::load(*model == "none" ? "" : *model);
    // Tokenizing needs no dates: keep undated documents rather than reject them.
    if (in->date.empty()) in->date = "1970-01-01";
    auto& reader = in->open();
    Document doc;
    uint64_t n = 0, bytes = 0, sentences = 0, tokens = 0;
    fmt::memory_buffer out;
    auto t0 = std::chrono::steady_clock::now();
    while (reader.next(doc)) {
      seg->segment(doc);
      if (*stats) {
        bytes += doc.text.size();
        sentences += doc.sentences.size();
        tokens += doc.tokens.size();
        ++n;
        continue;
      }
      if (!doc.id.empty()) fmt::format_to(std::back_inserter(out), "# newdoc id = {}\n", doc.id);
      else out.append(std::string_view("# newdoc\n"));
      for (size_t k = 0; k < doc.sentences.size(); ++k) {
        write_sentence(out, doc, doc.sentences[k], k + 1);
        if (out.size() > (1 << 20)) {
          std::fwrite(out.data(), 1, out.size(), stdout);
          out.clear();
        }
      }
      ++n;
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    if (*stats) {
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::fprintf(stderr, "%llu documents, %llu sentences, %llu tokens, %.1f MB of text in %.3f s: %.1f MB/s, %.2f M tokens/s\n",
                   static_cast<unsigned long long>(n), static_cast<unsigned long long>(sentences),
                   static_cast<unsigned long long>(tokens), bytes / 1e6, s, s > 0 ? bytes / 1e6 / s : 0.0,
                   s > 0 ? tokens / 1e6 / s : 0.0);
    }
    return in->finish(n);
  };
}

DETENTE_COMMAND("tokenize", "Split documents into sentences and tokens; print CoNLL-U without tags", 30, setup);

}  // namespace
}  // namespace detente::cli
