// The pipeline's fast path parses only the sentences that can yield an event
// (those with an actor); it must code the same events as parsing everything.
#include "pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "events/coder.h"
#include "pipeline/explain.h"

namespace detente {
namespace {

struct Both {
  std::shared_ptr<const Pipeline> fast, all;
};

const Both& pipelines() {
  static const Both b = [] {
    Both x;
    PipelineConfig c;
    x.fast = Pipeline::load(c);
    c.parse_all = true;
    x.all = Pipeline::load(c);
    return x;
  }();
  return b;
}

Document doc_of(const std::string& id, const std::string& text, const char* date = "2019-10-24") {
  Document d;
  d.id = id;
  d.text = text;
  d.date = parse_date(date);
  return d;
}

std::string describe(const Event& e) {
  return std::to_string(e.sentence) + " " + e.source + " " + e.target + " " + e.code + " " + e.pattern + " @" +
         e.location.name + " [" + std::to_string(e.source_span.begin) + "," + std::to_string(e.target_span.begin) + "]";
}

std::vector<std::string> events_of(const Pipeline& p, Document d, CodedDocument& out) {
  p.code(d, out);
  std::vector<std::string> v;
  for (const Event& e : out.events) v.push_back(describe(e));
  return v;
}

TEST(Pipeline, SentenceWithoutActorsIsNotParsedOnTheFastPath) {
  const Both& b = pipelines();
  const std::string text =
      "Stock prices rose sharply on Tuesday in heavy trading. "
      "South Korea and Japan agreed to hold talks in Tokyo next month. "
      "Bond yields were little changed.";
  Document fast = doc_of("t1", text), all = doc_of("t1", text);
  CodedDocument cf, ca;
  b.fast->code(fast, cf);
  b.all->code(all, ca);
  ASSERT_EQ(fast.sentences.size(), 3u);
  ASSERT_EQ(cf.parsed.size(), 3u);
  EXPECT_EQ(cf.parsed[0], 0);
  EXPECT_EQ(cf.parsed[1], 1);
  EXPECT_EQ(cf.parsed[2], 0);
  EXPECT_EQ(ca.parsed, std::vector<uint8_t>(3, 1));
  auto has_parse = [](const Document& d, const Sentence& s) {
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t)
      if (d.tokens[t].deprel != Deprel::none) return true;
    return false;
  };
  EXPECT_FALSE(has_parse(fast, fast.sentences[0]));
  EXPECT_TRUE(has_parse(fast, fast.sentences[1]));
  EXPECT_TRUE(has_parse(all, all.sentences[0]));
  // an unparsed sentence is still tagged and lemmatized (geolocation reads the tags)
  const Token& rose = fast.tokens[fast.sentences[0].tok_begin + 2];
  EXPECT_EQ(fast.form(rose), "rose");
  EXPECT_EQ(rose.upos, Upos::VERB);
  EXPECT_EQ(fast.lemma(rose), "rise");
  EXPECT_EQ(rose.head, -1);
  ASSERT_FALSE(cf.events.empty());
  // the explain view (a trace) shows every tree: it parses everything
  Document traced = doc_of("t1", text);
  CodedDocument ct;
  CodeTrace trace;
  b.fast->code(traced, ct, &trace);
  EXPECT_EQ(ct.parsed, std::vector<uint8_t>(3, 1));
}

TEST(Pipeline, ExplainHeadsEachSentenceOnOneLine) {
  // A hard-wrapped sentence (wire copy) is headed on one line, its line
  // breaks shown as spaces; the text itself is not changed.
  const std::string text =
      "Lumeria's premier met the visiting U.S.\nTrade Representative in the\ncapital and\n"
      "the two sides agreed to hold further\ntalks in May.\n";
  Document doc = doc_of("w1", text);
  CodedDocument coded;
  CodeTrace trace;
  pipelines().fast->code(doc, coded, &trace);
  ASSERT_EQ(doc.sentences.size(), 1u);
  const std::string shown = explain_text(doc, coded, trace);
  EXPECT_NE(shown.find("== sentence 0: Lumeria's premier met the visiting U.S. Trade Representative in the capital "
                       "and the two sides agreed to hold further talks in May.\n"),
            std::string::npos);
  EXPECT_NE(doc.sentence_text(doc.sentences[0]).find('\n'), std::string_view::npos);
}

TEST(Pipeline, SentenceWithoutActorsIsTaggedOnlyWhenTheEventsArePlaced) {
  const Both& b = pipelines();
  auto tagged = [](const Document& d, size_t si) {
    const Sentence& s = d.sentences[si];
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t)
      if (d.tokens[t].xpos == 0 || d.tokens[t].upos == Upos::X) return false;
    return true;
  };
  // no event: the actorless sentences are not even tagged
  const std::string quiet = "Stock prices rose sharply on Tuesday. Japan is colder than ever this winter.";
  Document q = doc_of("q", quiet);
  CodedDocument cq;
  b.fast->code(q, cq);
  ASSERT_EQ(q.sentences.size(), 2u);
  EXPECT_TRUE(cq.events.empty());
  EXPECT_FALSE(tagged(q, 0));
  EXPECT_TRUE(tagged(q, 1));  // it names Japan: tagged for the pattern check
  // events to place: geolocation reads the toponyms of every sentence, with their tags
  const std::string busy = "Stock prices rose sharply on Tuesday. South Korea and Japan agreed to hold talks.";
  Document d = doc_of("b", busy);
  CodedDocument cd;
  b.fast->code(d, cd);
  ASSERT_FALSE(cd.events.empty());
  EXPECT_TRUE(tagged(d, 0));
  EXPECT_EQ(cd.parsed[0], 0);
  // without geolocation nothing reads them
  PipelineConfig c;
  c.geolocate = false;
  auto nogeo = Pipeline::load(c);
  Document n = doc_of("n", busy);
  CodedDocument cn;
  nogeo->code(n, cn);
  ASSERT_FALSE(cn.events.empty());
  EXPECT_FALSE(tagged(n, 0));
}

TEST(Pipeline, SentenceWithActorsButNoPatternIsNotParsed) {
  const Both& b = pipelines();
  // sentence 0 names Japan, but none of its words is a predicate of any pattern;
  // sentence 1 has a country before an agent the parse may attach it to (the
  // actor recognizer reads the parse there), sentence 2 has a pattern
  const std::string text =
      "Japan is colder than ever this winter. "
      "Japan and its finance officials were in Paris on Monday. "
      "South Korea and Japan agreed to hold talks in Tokyo next month.";
  CodedDocument cf, ca;
  auto ef = events_of(*b.fast, doc_of("t2", text), cf);
  auto ea = events_of(*b.all, doc_of("t2", text), ca);
  ASSERT_FALSE(cf.actors.mentions.empty());
  EXPECT_EQ(cf.actors.mentions[0].sentence, 0u);  // the sentence has an actor ...
  EXPECT_EQ(cf.parsed, (std::vector<uint8_t>{0, 1, 1}));  // ... and is still not parsed
  EXPECT_EQ(cf.actors.reads_parse, (std::vector<uint8_t>{0, 1, 0}));  // the recognizer asks sentence 1's parse
  EXPECT_EQ(ef, ea);
  EXPECT_FALSE(ef.empty());
}

TEST(Pipeline, PredicateWithTheWrongTagIsNotParsed) {
  const Both& b = pipelines();
  // "shell" is the predicate of verb patterns only ("shell $T"); tagged NOUN here, no
  // candidate can be made of it (the coder's own test on the tag), so no parse
  const std::string text = "Japan is famous for its shell art. Japan said it would shell the island.";
  Document d = doc_of("t3", text);
  CodedDocument cf, ca;
  b.fast->code(d, cf);
  ASSERT_EQ(d.sentences.size(), 2u);
  const Token& shell = d.tokens[d.sentences[0].tok_begin + 5];
  ASSERT_EQ(d.form(shell), "shell");
  EXPECT_EQ(shell.upos, Upos::NOUN);
  EXPECT_EQ(cf.parsed, (std::vector<uint8_t>{0, 1}));  // the verb in sentence 1 is parsed
  EXPECT_EQ(events_of(*b.fast, doc_of("t3", text), cf), events_of(*b.all, doc_of("t3", text), ca));
}

// The fast path's parsed flags for `text`, after checking that it codes the same events
// as parsing everything (their count in *events).
std::vector<uint8_t> parsed_on_fast_path(const Both& b, const std::string& id, const std::string& text,
                                         size_t* events = nullptr) {
  CodedDocument cf, ca;
  auto ef = events_of(*b.fast, doc_of(id, text), cf);
  auto ea = events_of(*b.all, doc_of(id, text), ca);
  EXPECT_EQ(ef, ea) << text;
  if (events) *events = ef.size();
  return cf.parsed;
}

TEST(Pipeline, MonthNameAndControlVerbWithoutItsActAreNotParsed) {
  const Both& b = pipelines();
  // sentence 0: "March" the month (no lemma for the coder, so no protest march);
  // sentence 1: a verb of intent with no to-infinitive after it (the control fallback
  // "X wants to V" cannot fire); sentence 2: the same verb with its act, parsed
  const std::string text =
      "Japan and South Korea were both in recession until March last year. "
      "Japan wants a weaker yen against the South Korean won. "
      "Japan wants South Korea to reopen its market.";
  EXPECT_EQ(parsed_on_fast_path(b, "t6", text), (std::vector<uint8_t>{0, 0, 1}));
}

TEST(Pipeline, PatternWhosePrepositionIsAbsentIsNotParsed) {
  const Both& b = pipelines();
  // "appeal" heads patterns with "to $T" or "for ...": sentence 0 has neither preposition,
  // so no candidate can be made; sentence 1 has "to"; sentence 2 is a joint act whose
  // partner phrase ("with $T") the coordinated subjects stand for, parsed without "with"
  const std::string text =
      "Japan appealed again after the South Korean decision. "
      "Japan appealed to South Korea on Monday. "
      "Japan and South Korea held talks on Monday.";
  size_t events = 0;
  EXPECT_EQ(parsed_on_fast_path(b, "t7", text, &events), (std::vector<uint8_t>{0, 1, 1}));
  EXPECT_GE(events, 3u);  // the appeal and the talks both ways
}

TEST(Pipeline, BuiltInFallbacksAreCodedOnTheFastPath) {
  const Both& b = pipelines();
  // acts no pattern names, coded by the coder's built-in fallbacks: a demand whose act is a
  // bare verb (no "to"), an allegation whose act has no pattern, an accusation denied
  // (session 24: the prefilter let these sentences go unparsed); a demand whose act is an
  // adjective with no verb after it (session 27: the prefilter asked for a later verb)
  for (const char* text : {"Washington ordered Toyota shut down.", "Washington alleged Tokyo was dumping chips.",
                           "Iran denied Iraqi charges that it mined the gulf.",
                           "Japan directed South Korean airspace clear."}) {
    size_t events = 0;
    EXPECT_EQ(parsed_on_fast_path(b, "t8", text, &events), (std::vector<uint8_t>{1})) << text;
    EXPECT_GE(events, 1u) << text;  // (the denied charge is also coded as made, since round 44)
  }
}

TEST(Pipeline, PrefilterNamesWhatLetASentenceThrough) {
  // may_code's `why` (detente_bench --prefilter-report): the first predicate that may fire,
  // by kind and lemma; a sentence nothing can fire on is refused and `why` is left alone
  const Both& b = pipelines();
  const EventCoder& coder = b.fast->coder();
  struct Case {
    const char* text;
    bool may;
    const char* why;
  } cases[] = {
      {"Japan criticized South Korea on Monday.", true, "pattern criticize"},
      {"Japan urged South Korea to reconsider.", true, "control urge"},
      {"Iran denied Iraqi charges that it mined the gulf.", true, "builtin deny"},
      {"Japan and South Korea were in Paris on Monday.", false, "unchanged"},
  };
  for (const Case& c : cases) {
    Document d = doc_of("t14", c.text);
    CodedDocument out;
    b.all->code(d, out);  // tagged and parsed (may_code reads the tags)
    std::string why = "unchanged";
    EXPECT_EQ(coder.may_code(d, 0, false, &why), c.may) << c.text;
    EXPECT_EQ(why, c.why) << c.text;
    EXPECT_EQ(coder.may_code(d, 0), c.may) << c.text;  // the same answer without a reason asked
  }
}

TEST(Pipeline, SentenceParsedForItsMentionsOnlyBeforeOneThatCanCode) {
  const Both& b = pipelines();
  // "Japan and its finance officials were in Paris": the recognizer would read the parse
  // there (a country and an agent it may modify), and no pattern can fire on it
  const std::string idle = "Japan and its finance officials were in Paris on Monday.";
  {
    Document d = doc_of("t9", idle);
    CodedDocument cf;
    b.fast->code(d, cf);
    EXPECT_EQ(cf.actors.reads_parse, (std::vector<uint8_t>{1}));
  }
  // alone (or last, in a document without events) it is not parsed: no later sentence reads it
  EXPECT_EQ(parsed_on_fast_path(b, "t9", idle), (std::vector<uint8_t>{0}));
  // before a sentence that can code, it is: "they" there resolves to its mentions
  size_t events = 0;
  EXPECT_EQ(parsed_on_fast_path(b, "t10", idle + " They agreed to hold talks with South Korea in Tokyo.", &events),
            (std::vector<uint8_t>{1, 1}));
  EXPECT_GE(events, 1u);
  // after the last sentence that can code, in a document with events: parsed for
  // geolocation, which reads every mention ...
  const std::string after = "South Korea and Japan agreed to hold talks in Tokyo next month. " + idle;
  EXPECT_EQ(parsed_on_fast_path(b, "t11", after, &events), (std::vector<uint8_t>{1, 1}));
  EXPECT_GE(events, 2u);
  // ... and without geolocation, not
  PipelineConfig c;
  c.geolocate = false;
  auto nogeo = Pipeline::load(c);
  CodedDocument cn;
  auto en = events_of(*nogeo, doc_of("t11", after), cn);
  EXPECT_EQ(cn.parsed, (std::vector<uint8_t>{1, 0}));
  EXPECT_EQ(en.size(), events);
}

// The fast path parses `text`'s sentences as `parsed` says, and codes one event, the
// same as parsing everything, whose description holds `what`.
void expect_parsed_and_one_event(const Both& b, const std::string& text, const std::vector<uint8_t>& parsed,
                                 const std::string& what) {
  CodedDocument cf, ca;
  Document d = doc_of("t", text, "2020-03-02");
  b.fast->code(d, cf);
  ASSERT_EQ(d.sentences.size(), parsed.size());
  EXPECT_EQ(cf.parsed, parsed);
  std::vector<std::string> ef;
  for (const Event& e : cf.events) ef.push_back(describe(e));
  auto ea = events_of(*b.all, doc_of("t", text, "2020-03-02"), ca);
  EXPECT_EQ(ef, ea);
  ASSERT_EQ(ea.size(), 1u);
  EXPECT_NE(ea[0].find(what), std::string::npos) << ea[0];
}

TEST(Pipeline, SentenceWithOneActorIsParsedOnlyWhenATargetCanBeImplied) {
  const Both& b = pipelines();
  // One actor per sentence. "sold ... to" (061) needs a second actor as its target, so
  // sentences 0 and 2 are not parsed; a protest is aimed at the protesters' own
  // government (KEN -> KENGOV) with no second actor, so sentence 1 is. Sentence 2's
  // only actor is a pronoun, decided after the tagged pass (it refers to Japan).
  expect_parsed_and_one_event(b,
                              "Japan sold cars to foreign buyers. Kenyans protested in the streets on Monday. "
                              "It also sold trucks to the buyers.",
                              {0, 1, 0}, "KENGOV");  // the protest, coded on both paths
}

TEST(Pipeline, SentenceWhoseMentionsShareOneCodeIsParsedOnlyWhenATargetCanBeImplied) {
  const Both& b = pipelines();
  // Two mentions of one code (JPNBUS, then JPNBUSLAB twice) are one party: an event between
  // them would have source == target. "sold ... to" (061) needs another party as its target,
  // so sentence 0 is not parsed; a strike is aimed at the strikers' government (JPNGOV)
  // with no second actor, so sentence 1 is. Sentence 2 names a country twice: the coder
  // can make a second party of a place ("investigated in Italy" is Italy's government), so
  // it is parsed as any sentence with two actors.
  expect_parsed_and_one_event(b,
                              "Toyota sold trucks to Honda on Monday. Nissan workers and Toyota workers went on "
                              "strike on Monday. An Italian was put under investigation in Italy.",
                              {0, 1, 1}, "JPNBUSLAB JPNGOV 143");  // the strike, coded on both paths
}

TEST(Pipeline, FastPathCodesTheSameEventsAsParsingEverything) {
  const Both& b = pipelines();
  const std::vector<std::string> texts = {
      "SEOUL, Oct. 24 (Yonhap) -- The prime ministers of South Korea and Japan met in Tokyo on Thursday. "
      "Markets were calm. The two sides agreed to continue diplomatic efforts. "
      "Japan imposed export restrictions on South Korea in July, and Seoul retaliated.",
      "Heavy rain fell across the region overnight. Farmers said the harvest would be late. "
      "Police arrested dozens of protesters in Nairobi after clashes with security forces. "
      "The government of Kenya accused opposition leaders of inciting violence. They denied it.",
      "Crude oil futures ended higher. Iran threatened to close the Strait of Hormuz if the United States "
      "imposed new sanctions. Prices of gold and silver fell. Washington urged Tehran to return to the talks. "
      "The U.S.-Iran dispute has unsettled traders.",
      "Chancellor Angela Merkel welcomed French President Emmanuel Macron to Berlin. "
      "The weather was cold. She praised his plan for Europe, and he thanked her for her support.",
      // sentences with actors and no pattern (not parsed) before pronouns that resolve to them
      "President Vladimir Putin was in Minsk on Friday. He criticized NATO. "
      "German Chancellor Olaf Scholz, 64, is a lawyer by training. He later met Putin in Moscow. "
      "The Chinese and Russian navies were at sea. Both condemned the sanctions imposed by Washington.",
  };
  const char* dates[] = {"2019-10-24", "2017-12-05", "2019-06-20", "2018-04-19", "2022-02-15"};
  size_t total = 0, skipped = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    CodedDocument cf, ca;
    auto ef = events_of(*b.fast, doc_of("d" + std::to_string(i), texts[i], dates[i]), cf);
    auto ea = events_of(*b.all, doc_of("d" + std::to_string(i), texts[i], dates[i]), ca);
    EXPECT_EQ(ef, ea) << texts[i];
    total += ea.size();
    for (uint8_t p : cf.parsed) skipped += p == 0;
  }
  EXPECT_GT(total, 3u);    // the documents do code events
  EXPECT_GE(skipped, 4u);  // and the fast path skipped the actorless sentences
}

}  // namespace
}  // namespace detente
