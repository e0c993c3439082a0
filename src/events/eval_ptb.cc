// events/eval_ptb.cc — Penn Treebank parses to UD-style dependencies (approximate).
#include "events/eval_ptb.h"

#include <fstream>
#include <functional>
#include <vector>

#include "text/conllu.h"

namespace detente {
namespace {

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

char coarse(std::string_view tag) {
  if (tag.rfind("VB", 0) == 0 || tag == "MD") return 'V';
  if (tag.rfind("NN", 0) == 0) return 'N';
  if (tag.rfind("JJ", 0) == 0) return 'A';
  return 'O';
}

struct Node {
  std::string label, word;  // word set for leaves
  std::vector<int> kids;
  int tok = -1;             // leaves: token index
  int head = -1;            // head token
  bool passive = false;
};

bool is_punct(const std::string& t) {
  return t == "," || t == "." || t == ":" || t == "``" || t == "''" || t == "-LRB-" || t == "-RRB-" || t == "#" ||
         t == "$" || t == "HYPH";
}
bool is_verb(const std::string& t) { return t.rfind("VB", 0) == 0 || t == "MD" || t.rfind("AUX", 0) == 0; }
bool is_nominal(const std::string& t) {
  return t.rfind("NN", 0) == 0 || t == "PRP" || t == "CD" || t == "EX" || t == "WP" || t == "NX" || t == "QP";
}
std::string base(const std::string& label) {  // NP-TMP -> NP
  if (label.empty() || label[0] == '-') return label;
  auto d = label.find_first_of("-=");
  return d == std::string::npos ? label : label.substr(0, d);
}

}  // namespace

void PtbLemmas::learn_conllu(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    size_t s = 0;
    for (int i = 0; i < 4; ++i) {
      size_t t = line.find('\t', s);
      if (t == std::string::npos) break;
      f.push_back(line.substr(s, t - s));
      s = t + 1;
    }
    if (f.size() < 4) continue;
    char c = f[3] == "VERB" || f[3] == "AUX" ? 'V' : f[3] == "NOUN" || f[3] == "PROPN" ? 'N' : f[3] == "ADJ" ? 'A' : 'O';
    table_.emplace(lower(f[1]) + "\t" + c, lower(f[2]));
  }
}

std::string PtbLemmas::lemma(std::string_view form, std::string_view tag) const {
  std::string w = lower(form);
  char c = coarse(tag);
  auto it = table_.find(w + "\t" + c);
  if (it != table_.end()) return it->second;
  static const std::unordered_map<std::string, std::string> kIrregular = {
      {"was", "be"},      {"were", "be"},     {"is", "be"},       {"are", "be"},     {"am", "be"},
      {"been", "be"},     {"being", "be"},    {"'s", "be"},       {"'re", "be"},     {"has", "have"},
      {"had", "have"},    {"having", "have"}, {"did", "do"},      {"does", "do"},    {"done", "do"},
      {"said", "say"},    {"met", "meet"},    {"held", "hold"},   {"took", "take"},  {"taken", "take"},
      {"gave", "give"},   {"given", "give"},  {"sent", "send"},   {"made", "make"},  {"told", "tell"},
      {"went", "go"},     {"gone", "go"},     {"fought", "fight"}, {"left", "leave"}, {"brought", "bring"},
      {"began", "begin"}, {"begun", "begin"}, {"sought", "seek"}, {"threw", "throw"}, {"shot", "shoot"},
      {"won", "win"},     {"lost", "lose"},   {"led", "lead"},    {"spoke", "speak"}, {"struck", "strike"},
      {"saw", "see"},     {"seen", "see"},    {"came", "come"},   {"got", "get"},    {"kept", "keep"},
      {"broke", "break"}, {"broken", "break"}, {"withdrew", "withdraw"}, {"withdrawn", "withdraw"},
      {"froze", "freeze"}, {"frozen", "freeze"}, {"stood", "stand"}, {"wrote", "write"}, {"ran", "run"}};
  if (c == 'V') {
    auto ir = kIrregular.find(w);
    if (ir != kIrregular.end()) return ir->second;
  }
  auto ends = [&](const char* s) {
    size_t n = std::char_traits<char>::length(s);
    return w.size() > n + 1 && w.compare(w.size() - n, n, s) == 0;
  };
  if (c == 'N' && tag != "NNP") {
    if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
    if (ends("ses") || ends("xes") || ends("ches") || ends("shes")) return w.substr(0, w.size() - 2);
    if (ends("s") && !ends("ss")) return w.substr(0, w.size() - 1);
  }
  if (c == 'V') {
    if (ends("ied")) return w.substr(0, w.size() - 3) + "y";
    if (ends("ies")) return w.substr(0, w.size() - 3) + "y";
    if (ends("ing") || ends("ed")) {
      std::string stem = w.substr(0, w.size() - (ends("ing") ? 3 : 2));
      size_t n = stem.size();
      if (n >= 2 && stem[n - 1] == stem[n - 2] && std::string("bdgmnprt").find(stem[n - 1]) != std::string::npos)
        return stem.substr(0, n - 1);  // stopped -> stop
      // restored -> restore, imposed -> impose: a consonant after a single vowel, or a 'v'/'z'/'c'/'s'
      auto vowel = [](char x) { return std::string("aeiou").find(x) != std::string::npos; };
      if (n >= 2 && !vowel(stem[n - 1]) &&
          ((vowel(stem[n - 2]) && (n < 3 || !vowel(stem[n - 3])) && std::string("wxy").find(stem[n - 1]) == std::string::npos &&
            std::string("rlnmtd").find(stem[n - 1]) == std::string::npos) ||
           std::string("vzcsgu").find(stem[n - 1]) != std::string::npos))
        return stem + "e";
      if (n >= 3 && (stem.compare(n - 2, 2, "at") == 0 || stem.compare(n - 2, 2, "ur") == 0 ||
                     stem.compare(n - 2, 2, "ir") == 0 || stem.compare(n - 2, 2, "iz") == 0))
        return stem + "e";
      return stem;
    }
    if (ends("es") && (ends("ses") || ends("xes") || ends("ches") || ends("shes") || ends("zes")))
      return w.substr(0, w.size() - 2);
    if (ends("s") && !ends("ss")) return w.substr(0, w.size() - 1);
  }
  return w;
}

bool ptb_to_document(std::string_view ptb, const PtbLemmas& lemmas, Document& doc) {
  std::vector<Node> nodes;
  std::vector<std::string> tags;
  size_t i = 0;
  auto skip = [&] {
    while (i < ptb.size() && (ptb[i] == ' ' || ptb[i] == '\n' || ptb[i] == '\t' || ptb[i] == '\r')) ++i;
  };
  std::function<int()> parse = [&]() -> int {
    skip();
    if (i >= ptb.size() || ptb[i] != '(') return -1;
    ++i;
    skip();
    size_t s = i;
    while (i < ptb.size() && ptb[i] != ' ' && ptb[i] != '(' && ptb[i] != ')' && ptb[i] != '\n') ++i;
    int id = static_cast<int>(nodes.size());
    nodes.push_back({});
    nodes[id].label = std::string(ptb.substr(s, i - s));
    skip();
    if (i < ptb.size() && ptb[i] != '(' && ptb[i] != ')') {
      s = i;
      while (i < ptb.size() && ptb[i] != ')' && ptb[i] != ' ' && ptb[i] != '\n') ++i;
      nodes[id].word = std::string(ptb.substr(s, i - s));
      skip();
    } else {
      while (i < ptb.size() && ptb[i] == '(') {
        int k = parse();
        if (k < 0) return -1;
        nodes[id].kids.push_back(k);
        skip();
      }
    }
    if (i >= ptb.size() || ptb[i] != ')') return -1;
    ++i;
    return id;
  };
  int root = parse();
  if (root < 0) return false;
  // leaves -> tokens
  doc.text.clear();
  doc.tokens.clear();
  doc.sentences.clear();
  doc.pool.clear();
  std::vector<int> leaves;
  std::function<void(int)> collect = [&](int n) {
    if (nodes[n].kids.empty()) {
      if (nodes[n].word.empty() || nodes[n].label == "-NONE-") return;
      nodes[n].tok = static_cast<int>(leaves.size());
      leaves.push_back(n);
      return;
    }
    for (int k : nodes[n].kids) collect(k);
  };
  collect(root);
  if (leaves.empty()) return false;
  std::vector<std::string> forms;
  for (int n : leaves) {
    std::string w = nodes[n].word;
    if (w == "-LRB-") w = "(";
    if (w == "-RRB-") w = ")";
    if (w == "``" || w == "''") w = "\"";
    forms.push_back(w);
    tags.push_back(nodes[n].label);
  }
  const int T = static_cast<int>(forms.size());
  std::vector<int> head(T, -2);
  std::vector<Deprel> rel(T, Deprel::dep);
  std::vector<bool> is_aux(T, false);
  auto attach = [&](int dep, int h, Deprel r) {
    if (dep < 0 || h < 0 || dep == h) return;
    head[dep] = h;
    rel[dep] = r;
  };
  auto lem = [&](int t) { return lemmas.lemma(forms[t], tags[t]); };
  // the label of a node and whether a PP/SBAR node is clausal
  std::function<int(int)> build = [&](int n) -> int {
    Node& N = nodes[n];
    if (N.kids.empty()) return N.head = N.tok;
    std::vector<int> kh;
    for (int k : N.kids) kh.push_back(build(k));
    const std::string L = base(N.label);
    const size_t K = N.kids.size();
    auto lab = [&](size_t j) { return base(nodes[N.kids[j]].label); };
    auto leaf = [&](size_t j) { return nodes[N.kids[j]].kids.empty(); };
    int hc = -1;  // head child index
    if (L == "S" || L == "SINV" || L == "SQ" || L == "ROOT" || L == "FRAG" || L == "UCP") {
      for (size_t j = 0; j < K && hc < 0; ++j)
        if (lab(j) == "VP") hc = static_cast<int>(j);
      for (size_t j = 0; j < K && hc < 0; ++j)
        if (lab(j) == "S" || lab(j) == "SINV") hc = static_cast<int>(j);
      for (size_t j = 0; j < K && hc < 0; ++j)
        if (!is_punct(lab(j))) hc = static_cast<int>(j);
    } else if (L == "VP") {
      for (size_t j = 0; j < K && hc < 0; ++j) {
        if (lab(j) == "VP") {
          bool pre_ok = true;
          for (size_t q = 0; q < j; ++q)
            if (!(leaf(q) && (is_verb(lab(q)) || lab(q) == "TO" || lab(q) == "RB")) && lab(q) != "ADVP") pre_ok = false;
          if (pre_ok) hc = static_cast<int>(j);
        }
      }
      for (size_t j = 0; j < K && hc < 0; ++j)
        if (leaf(j) && is_verb(lab(j))) hc = static_cast<int>(j);
      if (hc < 0) hc = 0;
    } else if (L == "NP" || L == "NX" || L == "WHNP" || L == "NML") {
      bool first_np = lab(0) == "NP" && !(nodes[N.kids[0]].kids.size() > 0 &&
                                          base(nodes[nodes[N.kids[0]].kids.back()].label) == "POS");
      if (first_np) hc = 0;
      else {
        for (size_t j = 0; j < K; ++j) {
          std::string l = lab(j);
          if (l == "PP" || l == "SBAR" || l == "VP" || l == "S" || l == "," || l == "CC" || l == "PRN") break;
          if (leaf(j) && is_nominal(l)) hc = static_cast<int>(j);
          if (l == "QP" || l == "NML" || l == "NX") hc = static_cast<int>(j);
        }
        for (size_t j = 0; j < K && hc < 0; ++j)
          if (lab(j) == "NP") hc = static_cast<int>(j);
        if (hc < 0)
          for (size_t j = K; j-- > 0 && hc < 0;)
            if (!is_punct(lab(j)) && lab(j) != "POS") hc = static_cast<int>(j);
        if (hc < 0) hc = 0;
      }
    } else if (L == "PP" || L == "WHPP") {
      for (size_t j = 1; j < K && hc < 0; ++j)
        if (lab(j) == "NP" || lab(j) == "S" || lab(j) == "SBAR" || lab(j) == "VP" || lab(j) == "ADJP" ||
            lab(j) == "WHNP" || lab(j) == "ADVP")
          hc = static_cast<int>(j);
      if (hc < 0) hc = 0;
    } else if (L == "SBAR") {
      for (size_t j = 0; j < K && hc < 0; ++j)
        if (lab(j) == "S" || lab(j) == "SQ" || lab(j) == "SINV") hc = static_cast<int>(j);
      if (hc < 0) hc = static_cast<int>(K - 1);
    } else if (L == "ADJP" || L == "ADVP" || L == "QP") {
      for (size_t j = K; j-- > 0 && hc < 0;)
        if (!is_punct(lab(j))) hc = static_cast<int>(j);
      if (hc < 0) hc = 0;
    } else if (L == "PRN") {
      for (size_t j = 0; j < K && hc < 0; ++j)
        if (!is_punct(lab(j))) hc = static_cast<int>(j);
      if (hc < 0) hc = 0;
    } else {
      hc = 0;
    }
    int H = kh[hc];
    N.head = H;
    const std::string HL = lab(hc);
    N.passive = nodes[N.kids[hc]].passive;
    // coordination
    bool coord = false;
    for (size_t j = 0; j < K; ++j)
      if (lab(j) == "CC" || lab(j) == "CONJP") coord = true;
    bool clausal_pp = (L == "PP") && (HL == "S" || HL == "SBAR" || HL == "VP");
    int np_objs = 0;
    for (size_t j = static_cast<size_t>(hc) + 1; j < K; ++j)
      if (lab(j) == "NP") ++np_objs;
    int seen_np = 0;
    bool after_cc = false;
    for (size_t j = 0; j < K; ++j) {
      if (static_cast<int>(j) == hc) continue;
      int d = kh[j];
      std::string l = lab(j);
      bool before = static_cast<int>(j) < hc;
      if (l == "CC" || l == "CONJP") {
        attach(d, H, Deprel::cc);
        after_cc = true;
        continue;
      }
      if (is_punct(l)) {
        attach(d, H, Deprel::punct);
        continue;
      }
      if (coord && !before && (l == HL || (L == "NP" && l == "NP") || (after_cc && (l == "VP" || l == "S" || l == "NP")))) {
        attach(d, H, Deprel::conj);
        continue;
      }
      if (L == "S" || L == "SINV" || L == "SQ" || L == "ROOT" || L == "FRAG") {
        if (l == "NP" && before) attach(d, H, N.passive ? Deprel::nsubj_pass : Deprel::nsubj);
        else if (l == "NP" && nodes[N.kids[j]].label.find("TMP") != std::string::npos) attach(d, H, Deprel::obl_tmod);
        else if (l == "S" || l == "SINV") attach(d, H, before ? Deprel::ccomp : Deprel::parataxis);
        else if (l == "SBAR") attach(d, H, Deprel::advcl);
        else if (l == "PP") attach(d, H, Deprel::obl);
        else if (l == "ADVP" || l == "RB") attach(d, H, Deprel::advmod);
        else attach(d, H, Deprel::dep);
      } else if (L == "VP") {
        if (before && leaf(j) && (is_verb(l) || l == "TO")) {
          if (l == "TO") attach(d, H, Deprel::mark);
          else {
            std::string lm = lem(d);
            bool pass = (lm == "be" || lm == "get") && tags[H] == "VBN" && HL == "VP";
            attach(d, H, pass ? Deprel::aux_pass : Deprel::aux);
            if (pass) N.passive = true;
            is_aux[d] = true;
          }
        } else if (l == "NP") {
          bool tmp = nodes[N.kids[j]].label.find("TMP") != std::string::npos;
          if (tmp) attach(d, H, Deprel::obl_tmod);
          else {
            ++seen_np;
            attach(d, H, (np_objs >= 2 && seen_np == 1) ? Deprel::iobj : Deprel::obj);
          }
        } else if (l == "PP") {
          // "by" in a passive: the agent
          int p0 = nodes[N.kids[j]].kids.empty() ? -1 : nodes[nodes[N.kids[j]].kids[0]].tok;
          bool by = p0 >= 0 && lower(forms[p0]) == "by";
          attach(d, H, by && N.passive ? Deprel::obl_agent : Deprel::obl);
        } else if (l == "S") {
          // "urged Myanmar to release": the small clause's subject is the verb's object
          Node& S = nodes[N.kids[j]];
          int subj = -1;
          for (int k : S.kids)
            if (base(nodes[k].label) == "NP" && nodes[k].head >= 0 && head[nodes[k].head] == S.head) subj = nodes[k].head;
          if (subj >= 0) attach(subj, H, Deprel::obj);
          attach(d, H, Deprel::xcomp);
        } else if (l == "SBAR") {
          int m = -1;
          Node& SB = nodes[N.kids[j]];
          if (!SB.kids.empty() && nodes[SB.kids[0]].kids.empty()) m = nodes[SB.kids[0]].tok;
          std::string mw = m >= 0 ? lower(forms[m]) : "";
          bool comp = m < 0 || mw == "that" || mw == "whether" || base(nodes[SB.kids[0]].label) != "IN";
          attach(d, H, comp ? Deprel::ccomp : Deprel::advcl);
        } else if (l == "PRT") attach(d, H, Deprel::compound_prt);
        else if (l == "ADVP" || l == "RB") attach(d, H, Deprel::advmod);
        else if (l == "ADJP") attach(d, H, Deprel::xcomp);
        else if (l == "VP") attach(d, H, Deprel::conj);
        else attach(d, H, Deprel::dep);
      } else if (L == "NP" || L == "NX" || L == "WHNP" || L == "NML") {
        if (l == "DT" || l == "PDT" || l == "WDT") attach(d, H, Deprel::det);
        else if (l == "PRP$" || l == "WP$") attach(d, H, Deprel::nmod_poss);
        else if (l == "NP" && !nodes[N.kids[j]].kids.empty() &&
                 base(nodes[nodes[N.kids[j]].kids.back()].label) == "POS")
          attach(d, H, Deprel::nmod_poss);
        else if (l == "NP" && !before && j > 0 && lab(j - 1) == ",") attach(d, H, Deprel::appos);
        else if (l == "NP" && !before) attach(d, H, Deprel::nmod);
        else if (before && (l.rfind("JJ", 0) == 0 || l == "ADJP" || l == "VBN" || l == "VBG")) attach(d, H, Deprel::amod);
        else if (before && (l.rfind("NN", 0) == 0 || l == "NP" || l == "NML")) attach(d, H, Deprel::compound);
        else if (l == "CD" || l == "QP") attach(d, H, Deprel::nummod);
        else if (l == "PP") attach(d, H, Deprel::nmod);
        else if (l == "SBAR") attach(d, H, Deprel::acl_relcl);
        else if (l == "VP" || l == "S") attach(d, H, Deprel::acl);
        else if (l == "POS") attach(d, H, Deprel::case_);
        else attach(d, H, Deprel::dep);
      } else if (L == "PP" || L == "WHPP") {
        attach(d, H, clausal_pp ? Deprel::mark : Deprel::case_);
      } else if (L == "SBAR") {
        if (l == "IN" || l == "DT") attach(d, H, Deprel::mark);
        else if (l == "WHNP") {
          // the relative pronoun: subject of the clause if it has none
          bool has_subj = false;
          for (int t = 0; t < T; ++t)
            if (head[t] == H && (rel[t] == Deprel::nsubj || rel[t] == Deprel::nsubj_pass)) has_subj = true;
          bool pass = nodes[N.kids[hc]].passive;
          attach(d, H, has_subj ? Deprel::obj : (pass ? Deprel::nsubj_pass : Deprel::nsubj));
        } else attach(d, H, Deprel::advmod);
      } else {
        attach(d, H, l == "RB" || l == "ADVP" ? Deprel::advmod : Deprel::dep);
      }
    }
    // POS inside a possessive NP attaches as case to its head
    return H;
  };
  int R = build(root);
  // nsubj of a passive clause: S passes N.passive from VP; recompute relation label already done above
  for (int t = 0; t < T; ++t)
    if (head[t] == -2) head[t] = (t == R) ? -1 : R;
  head[R] = -1;
  rel[R] = Deprel::root;
  // relative clauses: an SBAR under NP was labelled acl:relcl on its head (the clause verb)
  Sentence s;
  s.begin = 0;
  s.tok_begin = 0;
  for (int t = 0; t < T; ++t) {
    Token tok;
    if (!doc.text.empty()) doc.text += ' ';
    tok.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += forms[t];
    tok.end = static_cast<uint32_t>(doc.text.size());
    doc.tokens.push_back(tok);
  }
  doc.pool = doc.text;
  for (int t = 0; t < T; ++t) {
    Token& tok = doc.tokens[t];
    tok.norm = StrRef{tok.begin, tok.end - tok.begin};
    tok.lemma = doc.intern(lem(t));
    const std::string& g = tags[t];
    Upos u = Upos::X;
    if (g.rfind("NNP", 0) == 0) u = Upos::PROPN;
    else if (g.rfind("NN", 0) == 0) u = Upos::NOUN;
    else if (g == "MD" || is_aux[t] || g.rfind("AUX", 0) == 0) u = Upos::AUX;
    else if (g.rfind("VB", 0) == 0) u = Upos::VERB;
    else if (g.rfind("JJ", 0) == 0) u = Upos::ADJ;
    else if (g.rfind("RB", 0) == 0 || g == "WRB") u = Upos::ADV;
    else if (g == "IN") u = rel[t] == Deprel::mark ? Upos::SCONJ : Upos::ADP;
    else if (g == "DT" || g == "PDT" || g == "WDT") u = Upos::DET;
    else if (g == "PRP" || g == "PRP$" || g == "WP" || g == "WP$" || g == "EX") u = Upos::PRON;
    else if (g == "CC") u = Upos::CCONJ;
    else if (g == "CD") u = Upos::NUM;
    else if (g == "TO" || g == "POS" || g == "RP") u = g == "RP" ? Upos::ADP : Upos::PART;
    else if (is_punct(g)) u = Upos::PUNCT;
    tok.upos = u;
    tok.xpos = xpos_id(g);
    tok.head = head[t];
    tok.deprel = rel[t];
  }
  s.end = static_cast<uint32_t>(doc.text.size());
  s.tok_end = static_cast<uint32_t>(T);
  doc.sentences.push_back(s);
  return true;
}

}  // namespace detente
