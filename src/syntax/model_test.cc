#include "syntax/model.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <thread>

#include <unistd.h>

#include "core/resources.h"
#include "syntax/eval.h"
#include "syntax/test_util.h"
#include "syntax/train.h"
#include "text/conllu.h"

namespace detente::syntax {
namespace {

const std::string kDev = std::string(DETENTE_SHARED_DIR) + "/data/ud/en_ewt/en_ewt-ud-dev.conllu";

// The first `n` sentences of the EWT dev set: a small fixed slice.
Document dev_slice(size_t n) {
  ConlluDocument d = read_conllu_file(kDev);
  Document out = d.doc;
  if (out.sentences.size() > n) {
    out.sentences.resize(n);
    out.tokens.resize(out.sentences.back().tok_end);
  }
  return out;
}

std::string annotated(const SyntaxModel& m, Document doc) {
  m.annotate(doc);
  std::string out;
  write_conllu(doc, out);
  return out;
}

class CommittedModel : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream dev(kDev);
    if (!dev) GTEST_SKIP() << "no " << kDev;
    model_ = load_model(resource_path("models/syntax-en.bin"));
  }
  std::shared_ptr<const PerceptronSyntax> model_;
};

TEST_F(CommittedModel, AccuracyFloorOnDevSlice) {
  Document gold = dev_slice(300);
  SyntaxScores s = evaluate_gold_tokens(*model_, gold);
  EXPECT_GT(s.words, 3000u);
  // Well below the model's real accuracy (docs/syntax.md): catches breakage only.
  EXPECT_GT(s.upos, 90.0);
  EXPECT_GT(s.lemma, 92.0);
  EXPECT_GT(s.uas, 75.0);
  EXPECT_GT(s.las, 70.0);
}

// --gold-tags: the tokens keep their gold tags, so UPOS/XPOS are (nearly:
// pairs the tagger never saw fall back to its tag) perfect and the parse
// is at least as good as from predicted tags on this slice.
TEST_F(CommittedModel, GoldTagsAreKeptAndHelpTheParser) {
  Document gold = dev_slice(300);
  SyntaxScores pred = evaluate_gold_tokens(*model_, gold);
  SyntaxScores g = evaluate_gold_tokens(*model_, gold, true);
  EXPECT_EQ(g.words, pred.words);
  EXPECT_GT(g.upos, 99.9);
  EXPECT_GT(g.xpos, 99.9);
  EXPECT_GE(g.uas, pred.uas);
  EXPECT_GE(g.las, pred.las);
}

TEST_F(CommittedModel, SaveLoadRoundTripGivesIdenticalOutput) {
  std::string path = ::testing::TempDir() + "/syntax-roundtrip.bin";
  save_model(*model_, path);
  auto again = load_model(path);
  Document doc = dev_slice(200);
  EXPECT_EQ(annotated(*model_, doc), annotated(*again, doc));
  std::remove(path.c_str());
}

// The load-time layout (packed rows, long sparse rows widened to dense) keeps
// every stored row: saving the loaded model writes the committed file again.
TEST_F(CommittedModel, SaveWritesTheLoadedFileByteForByte) {
  std::string path = ::testing::TempDir() + "/syntax-resave.bin";
  save_model(*model_, path);
  auto slurp = [](const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  std::string committed = slurp(resource_path("models/syntax-en.bin"));
  EXPECT_FALSE(committed.empty());
  EXPECT_TRUE(slurp(path) == committed);
  std::remove(path.c_str());
}

TEST_F(CommittedModel, AnnotatesEverySentenceAndMakesTrees) {
  Document doc = dev_slice(100);
  model_->annotate(doc);
  for (const Sentence& s : doc.sentences) {
    int roots = 0;
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = doc.tokens[i];
      roots += t.head < 0;
      EXPECT_LT(t.head, static_cast<int32_t>(s.size()));
      EXPECT_NE(t.deprel, Deprel::none);
      EXPECT_GT(t.lemma.len, 0u);
    }
    EXPECT_EQ(roots, 1);
  }
}

TEST_F(CommittedModel, ParsingTaggedSentencesLaterGivesTheParseOfAnnotatingThem) {
  const std::string once = annotated(*model_, dev_slice(200));
  // tagged and lemmatized, every other sentence parsed; the rest parsed afterwards
  Document doc = dev_slice(200);
  model_->annotate(doc, [](const Document&, uint32_t si) { return si % 2 == 0; });
  std::string half;
  write_conllu(doc, half);
  EXPECT_NE(half, once);
  model_->parse_tagged(doc, [](const Document&, uint32_t si) { return si % 2 == 1; });
  std::string later;
  write_conllu(doc, later);
  EXPECT_EQ(later, once);
  // a sentence never tagged is tagged as well
  Document raw = dev_slice(200);
  for (Token& t : raw.tokens) {
    t.upos = Upos::X;
    t.xpos = 0;
  }
  model_->parse_tagged(raw, [](const Document&, uint32_t) { return true; });
  std::string fresh;
  write_conllu(raw, fresh);
  EXPECT_EQ(fresh, once);
}

TEST(Model, SharedAcrossThreadsGivesSameOutput) {
  std::ifstream dev(kDev);
  if (!dev) GTEST_SKIP();
  auto m = load_model(resource_path("models/syntax-en.bin"));
  Document doc = dev_slice(100);
  std::string want = annotated(*m, doc), got1, got2;
  std::thread a([&] { got1 = annotated(*m, doc); });
  std::thread b([&] { got2 = annotated(*m, doc); });
  a.join();
  b.join();
  EXPECT_EQ(got1, want);
  EXPECT_EQ(got2, want);
}

std::string slurp_file(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Training on the toy clause treebank written at `tb` (also the dev set), model to `out`.
TrainConfig toy_config(const std::string& tb, const std::string& out) {
  test::write_toy_clause_treebank(tb);
  TrainConfig cfg;
  cfg.train_files = {tb};
  cfg.dev_file = tb;
  cfg.out = out;
  cfg.tagger_iterations = 3;
  return cfg;
}

// A model trained here (its weight tables were built by the trainer, with
// room for the rows pruning dropped), saved, loaded and saved again: the
// same bytes, and a third save of the reloaded file too.
TEST(Model, TrainedToyModelSavedLoadedAndSavedAgainIsByteIdentical) {
  std::string dir = "/tmp/detente_resave_test_" + std::to_string(::getpid());
  std::string tb = dir + ".conllu", out = dir + ".bin", out2 = dir + "-2.bin", out3 = dir + "-3.bin";
  TrainConfig cfg = toy_config(tb, out);
  cfg.parser_iterations = 2;
  cfg.folds = 2;
  // The tagger's pruning drops nearly all its rows, so the trainer's table
  // (sized for every row learned) is larger than the loaded one, whose slot
  // order differs: `save` must still write the rows in the file's order.
  cfg.tagger_prune = 1.0f;
  auto m = train_syntax(cfg);
  ASSERT_GT(m->tagger.weights().features(), 0u);
  ASSERT_GT(m->parser.weights().features(), 0u);
  save_model(*load_model(out), out2);
  save_model(*load_model(out2), out3);
  std::string a = slurp_file(out), b = slurp_file(out2), c = slurp_file(out3);
  EXPECT_FALSE(a.empty());
  auto loaded = load_model(out);
  EXPECT_GT(m->tagger.weights().bytes(), loaded->tagger.weights().bytes());  // the case under test
  EXPECT_TRUE(a == b) << "trained " << a.size() << " bytes, saved again " << b.size();
  EXPECT_TRUE(b == c);
  // The same payload in a format-version-3 file (zlib, as written until
  // version 4) is still read: saved again, it is the version-4 file.
  ASSERT_GT(a.size(), 20u);
  uint64_t size;
  std::memcpy(&size, a.data() + 12, 8);
  std::string raw(size, '\0');
  ASSERT_EQ(ZSTD_decompress(raw.data(), raw.size(), a.data() + 20, a.size() - 20), size);
  uLongf zn = compressBound(raw.size());
  std::string z(zn, '\0');
  ASSERT_EQ(compress2(reinterpret_cast<Bytef*>(z.data()), &zn, reinterpret_cast<const Bytef*>(raw.data()), raw.size(),
                      Z_DEFAULT_COMPRESSION),
            Z_OK);
  std::string v3 = a.substr(0, 20);
  v3[8] = 3;
  v3.append(z.data(), zn);
  const std::string old = out + ".v3", out4 = out + ".4";
  {
    std::ofstream f(old, std::ios::binary);
    f << v3;
  }
  save_model(*load_model(old), out4);
  EXPECT_TRUE(slurp_file(out4) == a);
  for (const std::string& f : {tb, out, out2, out3, old, out4}) std::remove(f.c_str());
}

// A parser trained with a beam (global training) learns the toy trees,
// keeps its width in the file and decodes with it after loading.
TEST(Model, BeamParserLearnsToyTreesAndKeepsItsWidth) {
  std::string dir = "/tmp/detente_beam_test_" + std::to_string(::getpid());
  std::string tb = dir + ".conllu", out = dir + ".bin", out2 = dir + "-2.bin";
  TrainConfig cfg = toy_config(tb, out);
  cfg.parser_iterations = 3;
  cfg.folds = 0;
  cfg.parser_beam = 4;
  auto m = train_syntax(cfg);
  EXPECT_EQ(m->parser.beam(), 4u);
  auto loaded = load_model(out);
  EXPECT_EQ(loaded->parser.beam(), 4u);
  Document gold = read_conllu_file(tb).doc;
  SyntaxScores s = evaluate_gold_tokens(*loaded, gold);
  EXPECT_EQ(s.words, 24u * 7);
  EXPECT_DOUBLE_EQ(s.uas, 100.0);
  EXPECT_DOUBLE_EQ(s.las, 100.0);
  save_model(*loaded, out2);
  EXPECT_TRUE(slurp_file(out) == slurp_file(out2));
  // The same training without a beam writes a greedy parser (no width in the file).
  cfg.parser_beam = 1;
  EXPECT_EQ(train_syntax(cfg)->parser.beam(), 1u);
  EXPECT_EQ(load_model(out)->parser.beam(), 1u);
  for (const std::string& f : {tb, out, out2}) std::remove(f.c_str());
}

// A parser trained without some templates (--drop-parser-templates) learns
// no weights for them, scores as many fewer keys per transition, keeps the
// dropped set through save and load, and still learns the toy trees; an id
// `features` does not have is refused before training.
TEST(Model, ParserTrainedWithoutTemplatesKeepsThemDropped) {
  std::string dir = "/tmp/detente_drop_test_" + std::to_string(::getpid());
  std::string tb = dir + ".conllu", out = dir + ".bin", out2 = dir + "-2.bin";
  TrainConfig cfg = toy_config(tb, out);
  cfg.parser_iterations = 3;
  cfg.folds = 0;
  cfg.parser_prune = 0.0f;
  const size_t full = train_syntax(cfg)->parser.weights().features();
  // every template over the words (their pairs with tags too) but the single words
  const std::vector<int> drop = {116, 117, 118, 119, 122, 125, 127, 128, 129, 146, 147, 148, 150, 153, 155};
  cfg.parser_drop_templates = drop;
  auto m = train_syntax(cfg);
  EXPECT_EQ(m->parser.dropped_templates(), drop);
  EXPECT_LT(m->parser.weights().features(), full);
  auto loaded = load_model(out);
  EXPECT_EQ(loaded->parser.dropped_templates(), drop);
  save_model(*loaded, out2);
  EXPECT_TRUE(slurp_file(out) == slurp_file(out2));
  Document gold = read_conllu_file(tb).doc;
  SyntaxScores s = evaluate_gold_tokens(*loaded, gold);
  EXPECT_DOUBLE_EQ(s.uas, 100.0);
  // the keys scored: those of `features` less one per dropped template
  std::vector<uint64_t> words = {11, 12, 13, 14}, kf(Parser::kMaxFeatures), kd(Parser::kMaxFeatures);
  std::vector<uint8_t> tags = {1, 2, 3, 4};
  ParseInput in{words.data(), tags.data(), 3};
  State st;
  st.init(3);
  st.apply(kShift, 0);
  st.apply(kShift, 0);
  const size_t nf = Parser::features(in, st, kf.data(), false), nd = loaded->parser.feature_keys(in, st, kd.data(), false);
  EXPECT_EQ(nd + drop.size(), nf);
  EXPECT_EQ(kd[0], kf[0]);
  EXPECT_EQ(kd[nd - 1], kf[nf - 1]);
  // an unknown template id, or a cluster template without clusters
  for (int bad : {99, 198, 205}) {
    cfg.parser_drop_templates = {bad};
    EXPECT_THROW(train_syntax(cfg), Error) << bad;
  }
  for (const std::string& f : {tb, out, out2}) std::remove(f.c_str());
}

// Uptraining: automatically parsed trees (--parser-extra) train the parser,
// with the tags they carry, and nothing else. The gold treebank has "the
// NOUN VERB ." and one "NOUNS VERBED in PLACE ." (every tag of the clause
// trees, so the tagger knows them); the extra file has the clause trees with
// objects, which the parser can only have learned from it.
TEST(Model, ParserExtraTreesTrainTheParserOnly) {
  std::string dir = "/tmp/detente_extra_test_" + std::to_string(::getpid());
  std::string small = dir + "-small.conllu", clauses = dir + "-clauses.conllu", out = dir + ".bin";
  test::write_toy_treebank(small);
  std::ofstream(small, std::ios::app) << "1\tCows\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
                                         "2\tslept\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                         "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
                                         "4\tOslo\t_\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
                                         "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  test::write_toy_clause_treebank(clauses);
  TrainConfig cfg;
  cfg.train_files = {small};
  cfg.dev_file = small;
  cfg.tagger_iterations = 3;
  cfg.parser_iterations = 3;
  cfg.folds = 0;
  Document gold = read_conllu_file(clauses).doc;
  auto plain = train_syntax(cfg);
  cfg.parser_extra_files = {clauses};
  auto up = train_syntax(cfg);
  SyntaxScores a = evaluate_gold_tokens(*plain, gold, true), b = evaluate_gold_tokens(*up, gold, true);
  EXPECT_EQ(b.words, 24u * 7);
  EXPECT_LT(a.las, 90.0);  // an object was never seen
  EXPECT_GE(b.uas, 95.0);
  EXPECT_GE(b.las, 95.0);
  // the tagger and the lemmatizer learned from the gold treebank alone
  SyntaxScores ta = evaluate_gold_tokens(*plain, gold), tb = evaluate_gold_tokens(*up, gold);
  EXPECT_DOUBLE_EQ(ta.upos, tb.upos);
  EXPECT_DOUBLE_EQ(ta.xpos, tb.xpos);
  EXPECT_DOUBLE_EQ(ta.lemma, tb.lemma);
  cfg.parser_extra_files = {dir + "-missing.conllu"};
  EXPECT_THROW(train_syntax(cfg), Error);
  for (const std::string& f : {small, clauses, out}) std::remove(f.c_str());
}

void expect_bad_model(const std::string& path) {
  try {
    load_model(path);
    ADD_FAILURE() << "loaded " << path;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::kBadModel);
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
  }
}

TEST(Model, MissingForeignAndTruncatedFilesAreBadModel) {
  expect_bad_model("/nonexistent/syntax.bin");
  std::string foreign = ::testing::TempDir() + "/foreign.bin";
  std::ofstream(foreign) << "this is not a model at all, really";
  expect_bad_model(foreign);
  std::ifstream in(resource_path("models/syntax-en.bin"), std::ios::binary);
  if (in) {
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string cut = ::testing::TempDir() + "/truncated.bin";
    std::ofstream(cut, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
    expect_bad_model(cut);
    std::remove(cut.c_str());
  }
  std::remove(foreign.c_str());
}

}  // namespace
}  // namespace detente::syntax
