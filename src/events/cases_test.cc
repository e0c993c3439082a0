// Runs tests/events/*.test (sentences in, expected events out) through the
// real pipeline: segmenter, syntax model, actor recognizer, EventCoder.
// Format: tests/events/README.md.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "actors/dictionary.h"
#include "actors/recognizer.h"
#include "core/resources.h"
#include "events/coder.h"
#include "syntax/syntax.h"
#include "text/segmenter.h"

namespace detente {
namespace {

struct Case {
  std::string where, sentence, date;
  std::vector<std::string> expected;  // "SRC TGT CODE [mode=M]"
  bool xfail = false;
};

std::vector<Case> read_cases(const std::string& path) {
  std::vector<Case> out;
  std::ifstream in(path);
  std::string line, date = "2019-10-24";
  Case cur;
  int no = 0;
  auto flush = [&] {
    if (!cur.sentence.empty()) out.push_back(cur);
    cur = Case{};
  };
  while (std::getline(in, line)) {
    ++no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') continue;
    if (cur.sentence.empty() && line.rfind("date ", 0) == 0) {
      date = line.substr(5);
      continue;
    }
    if (cur.sentence.empty()) {
      cur.sentence = line;
      cur.date = date;
      cur.where = path + ":" + std::to_string(no);
    } else if (line.rfind("xfail", 0) == 0) {
      cur.xfail = true;
    } else if (line != "none") {
      cur.expected.push_back(line);
    }
  }
  flush();
  return out;
}

// "SRC TGT CODE" with an optional "mode=M" ("mode=-": no mode, the act itself)
bool matches(const std::string& want, const Event& e) {
  std::istringstream in(want);
  std::string s, t, c, m;
  in >> s >> t >> c >> m;
  if (t == "-") t.clear();
  auto prefix = [](const std::string& p, const std::string& v) { return v.rfind(p, 0) == 0 && (!p.empty() || v.empty()); };
  bool code_ok = c.size() == 2 ? e.root == c : e.code == c;
  bool mode_ok = m.empty() || (m == "mode=-" ? e.mode.empty() : m == "mode=" + e.mode);
  return prefix(s, e.source) && prefix(t, e.target) && code_ok && mode_ok;
}

TEST(EventCases, PlainTextFiles) {
  std::string model = resource_path("models/syntax-en.bin");
  if (!std::filesystem::exists(model))
    GTEST_SKIP() << "no parser model at " << model << ": tests/events/*.test need the trained syntax model";
  auto seg = Segmenter::load_default();
  auto syn = SyntaxModel::load_default();
  auto dict = std::make_shared<ActorDictionary>();
  dict->load_default();
  dict->finish();
  ActorRecognizer rec(dict);
  auto coder = EventCoder::load_default({});
  std::string dir = std::string(DETENTE_SOURCE_DIR) + "/tests/events";
  std::vector<std::string> files;
  for (auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".test") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  int total = 0, right = 0, xfails = 0;
  for (const auto& f : files) {
    for (const Case& c : read_cases(f)) {
      Document doc;
      doc.id = c.where;
      doc.text = c.sentence;
      doc.date = parse_date(c.date);
      seg->segment(doc);
      syn->annotate(doc);
      DocumentActors actors;
      rec.recognize(doc, actors);
      std::vector<Event> evs;
      coder->code(doc, actors, evs);
      std::vector<bool> used(evs.size(), false);
      std::string missing, extra;
      for (auto& w : c.expected) {
        bool found = false;
        for (size_t i = 0; i < evs.size() && !found; ++i)
          if (!used[i] && matches(w, evs[i])) used[i] = found = true;
        if (!found) missing += "  missing: " + w + "\n";
      }
      for (size_t i = 0; i < evs.size(); ++i)
        if (!used[i])
          extra += "  extra:   " + evs[i].source + " " + evs[i].target + " " + evs[i].code +
                   (evs[i].mode.empty() ? "" : " mode=" + evs[i].mode) + "  (" + evs[i].pattern + ")\n";
      ++total;
      bool ok = missing.empty() && extra.empty();
      right += ok;
      if (!ok && c.xfail) {
        ++xfails;
        std::cout << "xfail " << c.where << ": " << c.sentence << "\n" << missing << extra;
        continue;
      }
      EXPECT_TRUE(ok) << c.where << ": " << c.sentence << "\n" << missing << extra;
    }
  }
  std::cout << right << "/" << total << " event cases right (" << xfails << " known misses)\n";
}

}  // namespace
}  // namespace detente
