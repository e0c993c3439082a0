#include "syntax/model.h"

#include <zlib.h>
#include <zstd.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/resources.h"
#include "syntax/atoms.h"
#include "text/conllu.h"

namespace detente {

std::shared_ptr<const SyntaxModel> SyntaxModel::load(const std::string& path) {
  return syntax::load_model(path);
}

std::shared_ptr<const SyntaxModel> SyntaxModel::load_default() {
  return syntax::load_model(resource_path("models/syntax-en.bin"));
}

}  // namespace detente

namespace detente::syntax {
namespace {
constexpr char kMagic[8] = {'D', 'T', 'S', 'Y', 'N', 'T', 'A', 'X'};

// 's / 'd (straight or curly apostrophe).
bool perfect_clitic(std::string_view f) {
  if (f.size() == 2 && f[0] == '\'') return f[1] == 's' || f[1] == 'S' || f[1] == 'd' || f[1] == 'D';
  if (f.size() == 4 && f.substr(0, 3) == "\xe2\x80\x99") return f[3] == 's' || f[3] == 'S' || f[3] == 'd' || f[3] == 'D';
  return false;
}

struct Scratch {
  std::vector<Atoms> atoms;
  std::vector<uint64_t> words;
  std::vector<uint8_t> tags;
  std::vector<int32_t> heads;
  std::vector<Deprel> labels;
  std::string lower, lemma;
  ParseScratch parse;
  void reserve(size_t n) {
    if (atoms.size() >= n + 1) return;
    atoms.resize(n + 1);
    words.resize(n + 1);
    tags.resize(n + 1);
    heads.resize(n + 1);
    labels.resize(n + 1);
  }
};

Scratch& scratch() {
  thread_local Scratch sc;
  return sc;
}

std::string_view form_of(const Document& doc, const Token& t) { return t.norm.len ? doc.norm(t) : doc.form(t); }
}  // namespace

PerceptronSyntax::PerceptronSyntax() : vbn_(xpos_id("VBN")) {}

void PerceptronSyntax::annotate_sentence(Document& doc, const Sentence& s, const ParseFilter* parse_if,
                                         bool keep_tags) const {
  Scratch& sc = scratch();
  const size_t n = s.size();
  if (n == 0) return;
  sc.reserve(n);
  for (size_t i = 0; i < n; ++i) compute_atoms(form_of(doc, doc.tokens[s.tok_begin + i]), sc.atoms[i], sc.lower);
  tagger.tag(sc.atoms.data(), n, sc.tags.data());
  if (keep_tags)
    for (size_t i = 0; i < n; ++i) {
      const Token& t = doc.tokens[s.tok_begin + i];
      int c = tagger.class_of({t.upos, t.xpos});
      if (c >= 0) sc.tags[i] = static_cast<uint8_t>(c);
    }
  for (size_t i = 0; i < n; ++i) {
    Token& t = doc.tokens[s.tok_begin + i];
    const TagClass& tc = tagger.tag_of(sc.tags[i]);
    t.upos = tc.upos;
    t.xpos = tc.xpos;
    t.head = -1;
    t.deprel = Deprel::none;
    std::string_view form = form_of(doc, t);
    lower_ascii(form, sc.lower);
    lemmatizer.lemmatize(form, sc.lower, tc, sc.lemma);
    t.lemma = doc.intern(sc.lemma);
  }
  if (parse_if && !(*parse_if)(doc, static_cast<uint32_t>(&s - doc.sentences.data()))) return;
  parse_sentence(doc, s);
}

// The parse of sentence `s`, whose atoms and tag classes are in the scratch space.
void PerceptronSyntax::parse_sentence(Document& doc, const Sentence& s) const {
  Scratch& sc = scratch();
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) sc.words[i] = sc.atoms[i].word;
  sc.words[n] = kRootWord;
  sc.tags[n] = 254;
  parser.parse({sc.words.data(), sc.tags.data(), static_cast<int>(n)}, sc.parse, sc.heads.data(),
               sc.labels.data());
  for (size_t i = 0; i < n; ++i) {
    Token& t = doc.tokens[s.tok_begin + i];
    t.head = sc.heads[i];
    t.deprel = sc.labels[i];
    if (t.upos == Upos::AUX && t.deprel == Deprel::aux && t.head >= 0 && perfect_clitic(form_of(doc, t)) &&
        sc.tags[t.head] < tagger.n_classes() && tagger.tag_of(sc.tags[t.head]).xpos == vbn_)
      t.lemma = doc.intern("have");  // "it's been", "I'd gone": the perfect, not "be" / "would"
  }
}

void PerceptronSyntax::parse_tagged(Document& doc, const ParseFilter& which) const {
  Scratch& sc = scratch();
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const size_t n = s.size();
    if (n == 0 || !which(doc, si)) continue;
    sc.reserve(n);
    bool tagged = true;
    for (size_t i = 0; i < n && tagged; ++i) {
      const Token& t = doc.tokens[s.tok_begin + i];
      compute_atoms(form_of(doc, t), sc.atoms[i], sc.lower);
      // (the tagger's own classes: a token it tagged always has one)
      const int c = tagger.class_of({t.upos, t.xpos});
      tagged = c >= 0;
      if (tagged) sc.tags[i] = static_cast<uint8_t>(c);
    }
    if (tagged) parse_sentence(doc, s);
    else annotate_sentence(doc, s);  // (not tagged before: tagged now)
  }
}

void PerceptronSyntax::annotate(Document& doc) const {
  for (const Sentence& s : doc.sentences) annotate_sentence(doc, s);
}

void PerceptronSyntax::annotate_keeping_tags(Document& doc) const {
  for (const Sentence& s : doc.sentences) annotate_sentence(doc, s, nullptr, true);
}

void PerceptronSyntax::annotate(Document& doc, const ParseFilter& parse_if) const {
  for (const Sentence& s : doc.sentences) annotate_sentence(doc, s, &parse_if);
}

void PerceptronSyntax::annotate(Document& doc, const ParseFilter& tag_if, const ParseFilter& parse_if) const {
  for (uint32_t si = 0; si < doc.sentences.size(); ++si)
    if (tag_if(doc, si)) annotate_sentence(doc, doc.sentences[si], &parse_if);
}

void save_model(const PerceptronSyntax& m, const std::string& path) {
  BinWriter w;
  m.tagger.save(w, 8);
  m.lemmatizer.save(w);
  m.parser.save(w, 8);
  const std::string& raw = w.buffer();
  // Version 4: zstd at level 12 (version 1-3 files were zlib): 14% smaller
  // than zlib's default on the committed model and faster to decompress; the
  // 8-bit weights and 64-bit keys leave little for higher levels to find.
  std::string z(ZSTD_compressBound(raw.size()), '\0');
  size_t zn = ZSTD_compress(z.data(), z.size(), raw.data(), raw.size(), 12);
  if (ZSTD_isError(zn)) throw Error(Errc::kInternal, std::string("zstd compression failed: ") + ZSTD_getErrorName(zn));
  z.resize(zn);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(Errc::kIo, path, 0, "cannot open file for writing");
  out.write(kMagic, sizeof kMagic);
  uint32_t v = kModelVersion;
  uint64_t size = raw.size();
  out.write(reinterpret_cast<const char*>(&v), sizeof v);
  out.write(reinterpret_cast<const char*>(&size), sizeof size);
  out.write(z.data(), static_cast<std::streamsize>(z.size()));
  if (!out.flush()) throw Error(Errc::kIo, path, 0, "cannot write file");
}

std::shared_ptr<const PerceptronSyntax> load_model(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Errc::kBadModel, path, 0, "cannot open model file (retrain with `detente train-syntax`)");
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string file = ss.str();
  if (file.size() < 20 || std::memcmp(file.data(), kMagic, sizeof kMagic) != 0)
    throw Error(Errc::kBadModel, path, 0, "not a detente syntax model");
  uint32_t v;
  uint64_t size;
  std::memcpy(&v, file.data() + 8, 4);
  std::memcpy(&size, file.data() + 12, 8);
  if (v < 1 || v > kModelVersion)
    throw Error(Errc::kBadModel, path, 0,
                "model format version " + std::to_string(v) + ", this detente reads version " +
                    std::to_string(kModelVersion) + " (retrain with `detente train-syntax`)");
  if (size > (uint64_t(1) << 32)) throw Error(Errc::kBadModel, path, 0, "implausible model size");
  std::string raw(size, '\0');
  bool ok;
  if (v >= 4) {
    size_t got = ZSTD_decompress(raw.data(), raw.size(), file.data() + 20, file.size() - 20);
    ok = !ZSTD_isError(got) && got == size;
  } else {
    uLongf got = size;
    ok = uncompress(reinterpret_cast<Bytef*>(raw.data()), &got, reinterpret_cast<const Bytef*>(file.data() + 20),
                    file.size() - 20) == Z_OK &&
         got == size;
  }
  if (!ok) throw Error(Errc::kBadModel, path, 0, "model data is truncated or corrupt");
  auto m = std::make_shared<PerceptronSyntax>();
  BinReader r(raw, path);
  const int bits = v == 1 ? 16 : 8;  // version 1 stored 16-bit weights
  m->tagger.load(r, bits, v);
  m->lemmatizer.load(r, v);
  m->parser.load(r, bits);
  if (!r.done()) r.fail("trailing data after the model");
  return m;
}

}  // namespace detente::syntax
