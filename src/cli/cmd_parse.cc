// `detente parse FILE...`: part-of-speech tags, lemmas and dependency trees as
// CoNLL-U, for any input (.conllu files keep their gold tokenization).
#include <cstdio>

#include "cli/command.h"
#include "cli/inputs.h"
#include "syntax/syntax.h"
#include "text/conllu.h"
#include "text/segmenter.h"

namespace detente::cli {
namespace {

bool is_conllu(const std::string& f) { return f.size() > 7 && f.compare(f.size() - 7, 7, ".conllu") == 0; }

void flush(std::string& out) {
  std::fwrite(out.data(), 1, out.size(), stdout);
  out.clear();
}

Run setup(CLI::App& app) {
  auto in = std::make_shared<Inputs>();
  auto model_path = std::make_shared<std::string>();
  add_input_options(app, *in);
  app.add_option("--model", *model_path, "Syntax model (default: models/syntax-en.bin)");
  app.footer(
      "Prints CoNLL-U: ID FORM LEMMA UPOS XPOS _ HEAD DEPREL _ MISC. A .conllu input keeps its\n"
      "tokens (gold tokenization) and comments; any other input is read, split into sentences\n"
      "and tokenized first (see `detente tokenize`).\n"
      "Example: detente parse examples/yonhap-2019-10-24-korea-japan-talks.txt");
  return [in, model_path]() -> int {
    auto model = model_path->empty() ? SyntaxModel::load_default() : SyntaxModel::load(*model_path);
    std::string out;
    bool all_conllu = !in->files.empty();
    for (const auto& f : in->files) all_conllu = all_conllu && is_conllu(f);
    if (all_conllu) {
      for (const auto& f : in->files) {
        ConlluDocument d = read_conllu_file(f);
        model->annotate(d.doc);
        for (auto& v : {&d.extra.feats, &d.extra.deps})
          for (auto& s : *v) s = "_";
        write_conllu(d.doc, out, &d.extra);
        flush(out);
      }
      return 0;
    }
    auto seg = Segmenter::load_default();
    if (in->date.empty()) in->date = "1970-01-01";  // parsing needs no dates
    auto& reader = in->open();
    Document doc;
    uint64_t n = 0;
    while (reader.next(doc)) {
      seg->segment(doc);
      model->annotate(doc);
      out += doc.id.empty() ? std::string("# newdoc\n") : "# newdoc id = " + doc.id + "\n";
      write_conllu(doc, out);
      flush(out);
      ++n;
    }
    return in->finish(n);
  };
}

DETENTE_COMMAND("parse", "Tag, lemmatize and parse text; print CoNLL-U", 30, setup);

}  // namespace
}  // namespace detente::cli
