// Checks data/events/cameo.tsv against the reference CAMEO and PLOVER tables.
#include "events/ontology.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/error.h"

namespace detente {
namespace {

const std::string kShared = DETENTE_SHARED_DIR "/data/eventdata/";

std::map<std::string, std::string> read_two_columns(const std::string& path) {
  std::map<std::string, std::string> out;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return out;
}

TEST(Ontology, LoadsDefault) {
  Ontology o = Ontology::load_default();
  EXPECT_GE(o.size(), 300u);
  const CameoCode* c = o.find("036");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->quad, 1);
  EXPECT_EQ(Ontology::root("0362"), "03");
  EXPECT_EQ(Ontology::parent("0362"), "036");
  EXPECT_EQ(o.find("999"), nullptr);
}

TEST(Ontology, EveryCameoCodePresentWithGdeltGoldstein) {
  if (!std::filesystem::exists(kShared + "cameo/CAMEO.goldsteinscale.txt"))
    GTEST_SKIP() << "reference data not found under " << kShared;
  Ontology o = Ontology::load_default();
  auto codes = read_two_columns(kShared + "cameo/CAMEO.eventcodes.txt");
  auto gold = read_two_columns(kShared + "cameo/CAMEO.goldsteinscale.txt");
  ASSERT_GT(codes.size(), 300u);
  for (auto& [code, name] : codes) EXPECT_TRUE(o.contains(code)) << "missing code " << code;
  for (auto& [code, w] : gold) {
    const CameoCode* c = o.find(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_DOUBLE_EQ(c->goldstein, std::stod(w)) << "Goldstein weight of " << code;
  }
  for (const auto& c : o.codes()) {
    int r = std::stoi(std::string(Ontology::root(c.code)));
    int quad = r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    EXPECT_EQ(c.quad, quad) << c.code;
  }
}

TEST(Ontology, PloverCategoryPerCode) {
  std::string path = kShared + "plover/CAMEO2PLOVER-2021.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "reference data not found: " << path;
  Ontology o = Ontology::load_default();
  std::ifstream in(path);
  std::string line;
  int checked = 0;
  std::map<std::string, std::vector<std::string>> cats;  // code -> categories listed
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string code = line.substr(0, colon);
    std::string rest = line.substr(colon + 1);
    auto comma = rest.find_first_of(",#");
    std::string cat = rest.substr(0, comma);
    cat.erase(0, cat.find_first_not_of(" \t"));
    cat.erase(cat.find_last_not_of(" \t") + 1);
    if (cat.empty()) continue;
    cats[code].push_back(cat);
  }
  for (auto& [code, list] : cats) {
    const CameoCode* c = o.find(code);
    if (!c) {
      // 1213/1214 are in neither CAMEO 1.1b3 nor GDELT (documented in cameo.tsv).
      EXPECT_TRUE(code == "1213" || code == "1214") << "PLOVER table code " << code << " missing";
      continue;
    }
    bool ok = false;
    for (auto& cat : list) ok |= cat == c->plover;
    EXPECT_TRUE(ok) << code << ": ours " << c->plover << ", PLOVER table " << list[0];
    ++checked;
  }
  EXPECT_GT(checked, 150);
}

TEST(Ontology, BadRowNamesFileAndLine) {
  auto path = std::filesystem::temp_directory_path() / "detente_bad_cameo.tsv";
  {
    std::ofstream out(path);
    out << "# c\ncode\tname\tgoldstein\tquad\tplover\tplover_mode\n01\tX\t0.0\t1\tDISCARD\t\n02\tY\tabc\t1\tX\t\n";
  }
  try {
    Ontology::load(path.string());
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::kBadDictionary);
    EXPECT_NE(std::string(e.what()).find(":4:"), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace detente
