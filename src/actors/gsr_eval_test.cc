#include "actors/gsr_eval.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include <unistd.h>

#include "actors/dictionary.h"
#include "text/segmenter.h"

namespace detente {
namespace {

// Two invented records: civilians the gold writes with the older role code
// CIV and with CAMEO 1.1b3's CVL, and a government the gold gives as GOV.
TEST(GsrEval, OlderCivilianRoleCodeScoresAsCvl) {
  const std::string path = "/tmp/detente_gsr_test_" + std::to_string(::getpid()) + ".json";
  {
    std::ofstream f(path);
    f << R"([
  {"id": "t1", "text": "Chilean civilians marched through Valparaiso on Sunday.",
   "source": [{"actorText": "Chilean civilians", "code": "CHL", "sector": "CIV"}], "target": []},
  {"id": "t2", "text": "Peruvian civilians blocked a highway near Cusco.",
   "source": [{"actorText": "Peruvian civilians", "code": "PER", "sector": "CVL"}], "target": []},
  {"id": "t3", "text": "The Chilean government closed the border crossing.",
   "source": [{"actorText": "The Chilean government", "code": "CHL", "sector": "GOV"}], "target": []}
])";
  }
  auto dict = ActorDictionary::load_set({}, false);
  ActorRecognizer rec(dict);
  auto seg = Segmenter::load_default();
  GsrScore s = evaluate_gsr(path, rec, *seg, nullptr);
  std::remove(path.c_str());
  EXPECT_EQ(s.records, 3u);
  EXPECT_EQ(s.country_ok, 3u);
  ASSERT_EQ(s.full_total, 3u);
  EXPECT_EQ(s.full_ok, 3u);
  for (const auto& m : s.full_misses) ADD_FAILURE() << m.id << ": gold " << m.gold << ", ours " << m.ours;
}

}  // namespace
}  // namespace detente
