// syntax/test_util.h — toy data shared by the syntax tests (not part of the
// library): hand-written sentences and treebanks, and a tagger round trip.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "syntax/io.h"
#include "syntax/model.h"
#include "syntax/tagger.h"

namespace detente::syntax::test {

// A gold sentence with the given forms and UPOS (XPOS = the UPOS id, lemma = form, flat tree).
inline GoldSentence toy_sentence(std::vector<std::string> forms, std::vector<Upos> upos) {
  GoldSentence g;
  g.forms = forms;
  g.upos = upos;
  for (size_t i = 0; i < forms.size(); ++i) {
    g.xpos.push_back(static_cast<uint16_t>(upos[i]));
    g.lemmas.push_back(forms[i]);
    g.heads.push_back(-1);
    g.deprels.push_back(Deprel::root);
  }
  return g;
}

// Eight CoNLL-U sentences "the NOUN VERB ." (4 nouns, 4 verbs) at `path`.
inline void write_toy_treebank(const std::string& path) {
  std::ofstream t(path);
  const char* nouns[] = {"dog", "cat", "cow", "horse"};
  const char* verbs[] = {"runs", "sleeps", "eats", "jumps"};
  for (int i = 0; i < 8; ++i)
    t << "# sent_id = " << i << "\n1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\t" << nouns[i % 4] << "\t" << nouns[i % 4]
      << "\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n3\t" << verbs[(i / 2) % 4] << "\t_\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
      << "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
}

// The tagger saved and loaded again (the whole buffer read).
inline Tagger round_trip(const Tagger& t) {
  BinWriter w;
  t.save(w, 8);
  std::string buf = w.buffer();
  BinReader r(buf, "test");
  Tagger u;
  u.load(r, 8, kModelVersion);
  EXPECT_TRUE(r.done());
  return u;
}

}  // namespace detente::syntax::test
