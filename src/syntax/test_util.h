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

// 24 CoNLL-U sentences "NOUNS VERBED the NOUNS in PLACE ." at `path`.
inline void write_toy_clause_treebank(const std::string& path) {
  std::ofstream t(path);
  const char* subj[] = {"Ministers", "Rebels", "Officials", "Protesters", "Envoys", "Troops"};
  const char* verb[] = {"met", "attacked", "criticized", "visited", "accused", "praised"};
  const char* obj[] = {"talks", "villages", "plans", "offices", "leaders", "efforts"};
  const char* place[] = {"Geneva", "Paris", "Seoul", "Cairo", "Lima", "Oslo", "Kyiv"};
  for (int i = 0; i < 24; ++i) {
    t << "# sent_id = toy-" << i << "\n"
      << "1\t" << subj[i % 6] << "\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      << "2\t" << verb[(i / 2) % 6] << "\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      << "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      << "4\t" << obj[(i / 3) % 6] << "\t_\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      << "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
      << "6\t" << place[i % 7] << "\t_\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
      << "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  }
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
