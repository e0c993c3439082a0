// Peoples, places and offices: ethnic groups and communities coded as the
// people (civilians) of the country they live in, people of a nationality
// "living" somewhere, a capital (or a city standing for the state, Juba by
// the date) after a preposition of place as that place, a sponsor in
// "X-backed" as no actor, "official"/"public"/"national" as adjectives or
// inside names, a title that says an opposition figure now holds the office,
// where a group is ("throughout", "across"), "they" after coordinated actors,
// "the two sides" that may be armed groups or organisations, "both
// delegations", company officers, and the agents "ruler", "administrator".
// Every sentence here is invented for the test.
#include <gtest/gtest.h>

#include "actors/dictionary.h"
#include "actors/recognizer.h"
#include "actors/test_util.h"

namespace detente {
namespace {

using actors_test::make_doc;
using actors_test::P;
using V = std::vector<P>;

class PeoplePlaces : public actors_test::RecognizerSuite {
 protected:
  V run(const std::vector<std::string>& s, Date d = make_date(1999, 6, 1)) { return mentions_at(s, d); }
};

TEST_F(PeoplePlaces, EthnicGroupsArePeopleNotStates) {
  // where the phrase says they live: that country's civilians
  EXPECT_EQ(run({"Ethnic Uzbeks in southern Kyrgyzstan protested"}),
            (V{{"Uzbeks", "KGZCVL"}, {"Kyrgyzstan", "KGZ"}}));
  // no country of residence to be had: still people, not the Hungarian state
  EXPECT_EQ(run({"ethnic Hungarians rallied"}), (V{{"Hungarians", "HUNCVL"}}));
  // an ethnic adjective before an agent keeps the agent's role
  EXPECT_EQ(run({"ethnic Uzbek traders in southern Kyrgyzstan protested"})[0].second.substr(0, 3), "KGZ");
}

TEST_F(PeoplePlaces, PeopleOfANationalityLivingSomewhere) {
  EXPECT_EQ(run({"Peruvians living in Chile protested"})[0], (P{"Peruvians", "PERCVL"}));
  EXPECT_EQ(run({"Peruvians who live abroad voted"})[0], (P{"Peruvians", "PERCVL"}));
  EXPECT_EQ(run({"Peruvians voted"})[0], (P{"Peruvians", "PER"}));
}

TEST_F(PeoplePlaces, NationalityBeforeACommunity) {
  EXPECT_EQ(run({"Syrian Kurds and Croatian Serbs fled while Iraqi officials met"}),
            (V{{"Syrian Kurds", "SYRCVL"}, {"Croatian Serbs", "HRVCVL"}, {"Iraqi officials", "IRQGOV"}}));
  EXPECT_EQ(run({"thousands of Lebanese Christians marched"}), (V{{"Lebanese Christians", "LBNCVL"}}));
  // a plural demonym is no community after another plural ("Iraqis Kurds" is no phrase)
  // (the Kurds, a people of four states, are read by the state the document names: Iraq's)
  EXPECT_EQ(run({"Iraqis and Kurds marched"}), (V{{"Iraqis", "IRQ"}, {"Kurds", "IRQ"}}));
}

TEST_F(PeoplePlaces, CapitalAfterAPrepositionOfPlaceIsAPlace) {
  EXPECT_EQ(run({"The envoy arrived in Nairobi on Monday"})[1], (P{"Nairobi", "KEN"}));
  EXPECT_EQ(run({"Nairobi said talks would resume"}), (V{{"Nairobi", "KENGOV"}}));
  EXPECT_EQ(run({"talks failed in Nairobi 's view"}), (V{{"Nairobi", "KENGOV"}}));
  // a city that stands for the state likewise ("Tel Aviv"), not a building ("in the Kremlin")
  EXPECT_EQ(run({"a bomb went off in Tel Aviv"}), (V{{"Tel Aviv", "ISR"}}));
  EXPECT_EQ(run({"Tel Aviv protested"}), (V{{"Tel Aviv", "ISRGOV"}}));
  // "to" names the addressee as often as a destination: left alone
  EXPECT_EQ(run({"Lima sent a note to Nairobi"}), (V{{"Lima", "PERGOV"}, {"Nairobi", "KENGOV"}}));
  DocumentActors out;
  rec->recognize(make_doc({"a curfew was imposed in Nairobi"}, make_date(1999, 6, 1)), out);
  ASSERT_EQ(out.mentions.size(), 1u);
  EXPECT_EQ(out.mentions[0].kind, ActorKind::kPlace);
}

TEST_F(PeoplePlaces, JubaBelongsToTheCountryOfTheDate) {
  // a city of Sudan before South Sudan's independence, its capital after
  EXPECT_EQ(run({"shells hit Juba"}, make_date(1995, 3, 1)), (V{{"Juba", "SDN"}}));
  EXPECT_EQ(run({"Juba protested"}, make_date(2015, 3, 1)), (V{{"Juba", "SSDGOV"}}));
  EXPECT_EQ(run({"talks opened in Juba"}, make_date(2015, 3, 1)), (V{{"Juba", "SSD"}}));
}

TEST_F(PeoplePlaces, OfficialAsAnAdjective) {
  // before a nationality or country: it describes that actor
  EXPECT_EQ(run({"An official Peruvian newspaper said the official was fired"}),
            (V{{"Peruvian newspaper", "PERMED"}, {"official", "PERGOV"}}));
  // before a noun the tagger reads it as an adjective of: a thing, no official
  EXPECT_EQ(run({"Chile/PROPN/2/nsubj cancelled/VERB/0/root an/DET/5/det official/ADJ/5/amod visit/NOUN/2/obj"}),
            (V{{"Chile", "CHL"}}));
  // (session 16) or the noun the parse hangs it on a few words on
  EXPECT_EQ(run({"Chile/PROPN/2/nsubj began/VERB/0/root an/DET/7/det official/ADJ/7/amod three/NUM/6/nummod "
                 "-/PUNCT/5/punct day/NOUN/7/compound visit/NOUN/2/obj"}),
            (V{{"Chile", "CHL"}}));
  // a noun, or official sources, or an official medium, stay
  EXPECT_EQ(run({"the/DET/2/det official/NOUN/3/nsubj resigned/VERB/0/root"}), (V{{"official", "GOV"}}));
  EXPECT_EQ(run({"official/ADJ/2/amod sources/NOUN/3/nsubj said/VERB/0/root"}), (V{{"official", "GOV"}}));
  EXPECT_EQ(run({"a/DET/4/det top/ADJ/4/amod Peruvian/ADJ/4/amod official/ADJ/6/nsubj today/NOUN/6/obl:tmod "
                 "spoke/VERB/0/root"}),
            (V{{"Peruvian official", "PERGOV"}}));
}

TEST_F(PeoplePlaces, MilitaryAsAnAdjectiveOfAThing) {
  // (session 13) "X's military policies": the state acts, not its armed forces
  EXPECT_EQ(run({"Peru/PROPN/2/nsubj denounced/VERB/0/root Chile/PROPN/6/nmod:poss 's/PART/3/case "
                 "military/ADJ/6/amod policies/NOUN/2/obj"}),
            (V{{"Peru", "PER"}, {"Chile", "CHL"}}));
  // before an agent it names the body; as a noun it is the armed forces
  EXPECT_EQ(run({"Chilean/ADJ/3/amod military/ADJ/3/amod officials/NOUN/4/nsubj met/VERB/0/root"}),
            (V{{"Chilean military officials", "CHLMIL"}}));
  EXPECT_EQ(run({"Chile/PROPN/3/nmod:poss 's/PART/1/case military/NOUN/4/nsubj seized/VERB/0/root power/NOUN/4/obj"}),
            (V{{"Chile 's military", "CHLMIL"}}));
}

TEST_F(PeoplePlaces, OnlyAPossessiveLendsItsAntecedentToAnAgent) {
  // (session 13) "its navy" is the antecedent's; "told them soldiers had ..." is no possessive
  EXPECT_EQ(run({"Chile told them soldiers had crossed the border"}).back(), (P{"soldiers", "CHLMIL"}));
  EXPECT_EQ(run({"Chile said its navy was ready"}).back(), (P{"its navy", "CHLMIL"}));
}

TEST_F(PeoplePlaces, AGenericCivilianWordBeforeANationalitysGroupDescribesIt) {
  // (session 13) one mention, the group's code: no separate civilians
  EXPECT_EQ(run({"the elderly Peruvian nationals went home"}), (V{{"elderly Peruvian nationals", "PERCVL"}}));
}

TEST_F(PeoplePlaces, SponsorInACompoundAdjectiveIsNoActor) {
  // "Peruvian-backed rebels": the rebels are not Peru's, and Peru does nothing here
  EXPECT_EQ(run({"Peruvian - backed rebels attacked"}), (V{{"rebels", "REB"}}));
  EXPECT_EQ(run({"Chilean - made rifles and Bolivian troops"}), (V{{"Bolivian troops", "BOLMIL"}}));
  // a country that leads is the actor ("Chile-led forces" are Chile's: one mention since session 13)
  EXPECT_EQ(run({"Chile - led forces attacked"}), (V{{"Chile - led forces", "CHLMIL"}}));
}

TEST_F(PeoplePlaces, PublicAndNationalAsAdjectivesOrInNames) {
  // adjectives before a noun (by the tags): no civilians
  EXPECT_EQ(run({"public/ADJ/2/amod opinion/NOUN/3/nsubj shifted/VERB/0/root"}), (V{}));
  EXPECT_EQ(run({"the/DET/3/det national/ADJ/3/amod debt/NOUN/4/nsubj grew/VERB/0/root"}), (V{}));
  // nouns stay
  EXPECT_EQ(run({"the/DET/2/det public/NOUN/3/nsubj protested/VERB/0/root"}), (V{{"public", "CVL"}}));
  EXPECT_EQ(run({"a Peruvian national was held"}), (V{{"Peruvian national", "PERCVL"}}));
  // capitalized before another capitalized word: part of a company's name
  EXPECT_EQ(run({"shares of National Distillers rose"}), (V{}));
  // (round 17: the nationality opens a company's name, one mention over it)
  EXPECT_EQ(run({"National Iranian Oil Co raised prices"})[0].first, "Iranian Oil Co");
  EXPECT_EQ(run({"a unit of Public Service Co said"}), (V{}));
}

TEST_F(PeoplePlaces, PresidentialTitleOverAnOppositionFallback) {
  // June 1999: the dictionary has Gbagbo in opposition; "President" says he holds the office
  EXPECT_EQ(run({"President Laurent Gbagbo spoke"}), (V{{"President Laurent Gbagbo", "CIVGOV"}}));
  EXPECT_EQ(run({"Laurent Gbagbo spoke"}), (V{{"Laurent Gbagbo", "CIVOPP"}}));
}

TEST_F(PeoplePlaces, GroupsThroughoutOrAcrossACountry) {
  EXPECT_EQ(run({"farmers across Portugal and teachers throughout Chile marched"}),
            (V{{"farmers across Portugal", "PRTAGR"}, {"teachers throughout Chile", "CHLEDU"}}));
}

TEST_F(PeoplePlaces, CompanyOfficersAreNoSoldiers) {
  EXPECT_EQ(run({"its chief executive officer and chief financial officer resigned"}),
            (V{{"chief executive officer", "BUS"}, {"chief financial officer", "BUS"}}));
  EXPECT_EQ(run({"a Bolivian officer was held"}), (V{{"Bolivian officer", "BOLMIL"}}));
}

TEST_F(PeoplePlaces, RulersAndAdministrators) {
  EXPECT_EQ(run({"Chile 's rulers and Peruvian administrators met"}),
            (V{{"Chile 's rulers", "CHLGOV"}, {"Peruvian administrators", "PERGOV"}}));
}

TEST_F(PeoplePlaces, BothDelegationsAndTheTwoArmies) {
  EXPECT_EQ(run({"The Chilean delegation met the Peruvian delegation .", "Both delegations agreed .",
                 "The two armies withdrew ."}),
            (V{{"Chilean delegation", "CHLGOV"},
               {"Peruvian delegation", "PERGOV"},
               {"Both delegations", "CHLGOV+PERGOV"},
               {"The two armies", "CHLMIL+PERMIL"}}));
}

TEST_F(PeoplePlaces, TheyAfterCoordinatedActorsIsAllOfThem) {
  EXPECT_EQ(run({"Chile and Peru signed a pact .", "They agreed to open the border ."}).back(),
            (P{"They", "CHL+PER"}));
  EXPECT_EQ(run({"Chile , Peru and Bolivia said they would meet"}).back(), (P{"they", "CHL+PER+BOL"}));
  // not coordinated: the most recent one
  EXPECT_EQ(run({"Chile met Peru .", "They agreed ."}).back(), (P{"They", "PER"}));
  // a long enumeration is no "they": the last one, as without coordination
  EXPECT_EQ(run({"Chile , Peru , Bolivia and Ecuador voted .", "They agreed ."}).back(), (P{"They", "ECU"}));
}

TEST_F(PeoplePlaces, TheTwoSidesMayBeAnArmedGroupOrAnOrganisation) {
  Date d = make_date(2021, 5, 20);
  // the two most recent actors, an armed group counted by its own code
  EXPECT_EQ(run({"Peru hosted talks .", "Israel and Hamas agreed to a truce .", "The two sides will meet ."}, d).back(),
            (P{"The two sides", "ISR+PSEREBHMS"}));
  // a government and a rebel group of the same country are two sides
  auto v = run({"The Colombian government and the FARC signed a deal .", "Both sides praised it .",
                "The two sides will meet again ."}, d);
  EXPECT_EQ(v[2], (P{"Both sides", "COLGOV+COLREBFAR"}));
  EXPECT_EQ(v[4], (P{"The two sides", "COLGOV+COLREBFAR"}));
  // an organisation too
  EXPECT_EQ(run({"NATO and Russia held talks .", "The two sides disagreed ."}, d).back(),
            (P{"The two sides", "IGOWSTNAT+RUS"}));
  // countries and governments stay states; a place is never a side
  EXPECT_EQ(run({"Israel and Hamas met in Lima .", "The two countries disagreed ."}, d).back(),
            (P{"Lima", "PER"}));
}

TEST_F(PeoplePlaces, CampaignersOfNoKnownCountryAreAnNgo) {
  // no country anywhere: a non-governmental organisation of that kind
  EXPECT_EQ(run({"a rights watchdog faulted the army"})[0], (P{"rights watchdog", "NGOHRI"}));
  EXPECT_EQ(run({"an environmental group sued the mayor"})[0], (P{"environmental group", "NGOENV"}));
  // one country in the sentence still lends itself
  EXPECT_EQ(run({"a rights watchdog faulted the Kenyan army"})[0], (P{"rights watchdog", "KENHRI"}));
}

TEST_F(PeoplePlaces, ABareRoleLendsNoCountryToAPossessive) {
  // "its" after a role of no country: no made-up "GOV" country
  auto v = run({"The regime is starving its citizens"});
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1].second.substr(0, 3), "CVL");
  // nor a company to "its": no "BUSBUS", and no older country either
  EXPECT_EQ(run({"Chile grew .", "The firm said its lenders would wait ."}).back(), (P{"lenders", "BUS"}));
}

TEST_F(PeoplePlaces, CoordinatedCitiesShareTheAgent) {
  EXPECT_EQ(run({"Lima and Santiago bankers cut rates"}),
            (V{{"Lima", "PERBUS"}, {"Santiago bankers", "CHLBUS"}}));
  // one side of "between" is the state itself
  EXPECT_EQ(run({"a rift between Lima and Chilean diplomats grew"})[0], (P{"Lima", "PERGOV"}));
  // a comma is no coordination of a city with what follows
  EXPECT_EQ(run({"a blast hit Lima , Chilean police said"})[0], (P{"Lima", "PERGOV"}));
  // a place after "in" is no actor to share with
  EXPECT_EQ(run({"guards in Lima and Santiago bankers argued"})[0], (P{"Lima", "PER"}));
}

TEST_F(PeoplePlaces, AnEnvoyToACountryServesTheOtherOne) {
  EXPECT_EQ(run({"Chile expelled the envoy to Peru"})[1], (P{"envoy", "CHLGOV"}));
  EXPECT_EQ(run({"the ambassador in Lima briefed Chile"})[0], (P{"ambassador", "CHLGOV"}));
  // no other country: not the host's either
  EXPECT_EQ(run({"the ambassador to Peru resigned"})[0], (P{"ambassador", "GOV"}));
  // a possessive names the sender
  EXPECT_EQ(run({"Chile recalled its ambassador to Peru"})[1], (P{"its ambassador", "CHLGOV"}));
}

TEST_F(PeoplePlaces, TheyAfterTwoCoordinatedPersonsIsBoth) {
  Date d = make_date(2015, 3, 1);
  EXPECT_EQ(run({"Prime Minister Abe and Chancellor Merkel dined in Tokyo .", "They praised the deal ."}, d).back(),
            (P{"They", "JPNGOV+DEUGOV"}));
  // a later group is the nearer antecedent
  EXPECT_EQ(run({"Prime Minister Abe and Chancellor Merkel saw Chilean diplomats .", "They left ."}, d).back(),
            (P{"They", "CHLGOV"}));
}


// --- 2026-11-29, session 10 ---

TEST_F(PeoplePlaces, OfficialsOfABodyThatIsNoStateAreTheBody) {
  // GOV is a government's agent: an NGO's, an IGO's or an armed group's officials are that body
  EXPECT_EQ(run({"Oxfam officials said NATO officials had left"}),
            (V{{"Oxfam officials", "NGOXFM"}, {"NATO officials", "IGOWSTNAT"}}));
  EXPECT_EQ(run({"Hamas officials met"}), (V{{"Hamas officials", "PSEREBHMS"}}));
  // a state's body keeps the role it has
  EXPECT_EQ(run({"White House officials met"}), (V{{"White House officials", "USAGOV"}}));
}

TEST_F(PeoplePlaces, AReigningTitleInsideTheNameSaysTheOfficeIsHeld) {
  // 2005: Hassan II is dead and out of office by the dictionary, but "King" in the text says he reigns
  Date d = make_date(2005, 1, 1);
  EXPECT_EQ(run({"King Hassan warned Spain"}, d)[0], (P{"King Hassan", "MARGOV"}));
  // "the late king": out of office
  EXPECT_EQ(run({"The late King Hassan was mourned"}, d)[0], (P{"King Hassan", "MARELI"}));
}

TEST_F(PeoplePlaces, AnAgentOfACountryIsOneActorOverThePhrase) {
  EXPECT_EQ(run({"rebels in Chile blocked roads"}), (V{{"rebels in Chile", "CHLREB"}}));
  // a possessive names the owner, not the country after "in"
  EXPECT_EQ(run({"Peru withdrew its troops in Chile"})[1], (P{"its troops", "PERMIL"}));
  // "from": the country stays an actor of its own
  EXPECT_EQ(run({"Peru pulled the battalion from Chile"}).size(), 3u);
}

TEST_F(PeoplePlaces, AnEmbassyInACountryIsTheSendersAsAnEnvoyIs) {
  EXPECT_EQ(run({"Chile opened an embassy in Lima"})[1], (P{"embassy", "CHLGOV"}));
  // no other country: not the host's either
  EXPECT_EQ(run({"the consulate in Lima was closed"})[0], (P{"consulate", "GOV"}));
}

TEST_F(PeoplePlaces, PeacekeepersAreNotTheHostsMilitary) {
  // (of no stated country: a force of several states, IGOMIL, as below)
  EXPECT_EQ(run({"Chile will deploy peacekeepers in Peru"})[1], (P{"peacekeepers", "IGOMIL"}));
  EXPECT_EQ(run({"the peacekeepers in Peru were attacked"})[0].second, "IGOMIL");
}

TEST_F(PeoplePlaces, AForceOfSeveralStatesIsAnIgoMilitary) {
  // data/actors/agents.txt `country IGO`: not the military of the country the sentence names
  EXPECT_EQ(run({"A multinational force took the airport from Chilean troops"}),
            (V{{"multinational force", "IGOMIL"}, {"Chilean troops", "CHLMIL"}}));
  EXPECT_EQ(run({"An international peacekeeping force will patrol the Ecuador border"}),
            (V{{"peacekeeping force", "IGOMIL"}, {"Ecuador", "ECU"}}));
  EXPECT_EQ(run({"Regional peacekeeping troops reached Mongolia on Friday"}),
            (V{{"peacekeeping troops", "IGOMIL"}, {"Mongolia", "MNG"}}));
  // a nationality still composes: one state's contingent
  EXPECT_EQ(run({"Kenyan peacekeepers returned home"}), (V{{"Kenyan peacekeepers", "KENMIL"}}));
}

TEST_F(PeoplePlaces, TwoRoleWordsInARowAreOneGroupOfTheSpecificRole) {
  // the generic civilian with a more specific role: one mention, that role
  EXPECT_EQ(run({"Civilian refugees waited at the river"}), (V{{"Civilian refugees", "REF"}}));
  EXPECT_EQ(run({"Civilian protesters waited at the river"}), (V{{"Civilian protesters", "CVL"}}));
  EXPECT_EQ(run({"Student protesters marched past the Peruvian embassy"})[0], (P{"Student protesters", "PEREDU"}));
  EXPECT_EQ(run({"Chilean student protesters occupied a bank"})[0], (P{"Chilean student protesters", "CHLEDU"}));
}

TEST_F(PeoplePlaces, TwoSpecificRolesAreTheBodyOrSideTheFirstWordNames) {
  // (session 13) the first word says whose the people are: one mention, its role
  EXPECT_EQ(run({"Rebel soldiers blew up a bridge near the Peruvian border"})[0], (P{"Rebel soldiers", "PERREB"}));
  EXPECT_EQ(run({"Opposition legislators walked out of a debate in Lima"})[0], (P{"Opposition legislators", "PEROPP"}));
  EXPECT_EQ(run({"Union officials rejected the offer of Bolivian ministers"})[0], (P{"Union officials", "BOLLAB"}));
  // "government" before a state force says only whose it is; the opposition under arms is REB
  EXPECT_EQ(run({"Government soldiers shelled a hamlet in Chad"})[0], (P{"Government soldiers", "TCDMIL"}));
  EXPECT_EQ(run({"Opposition troops took a town in Chad"})[0], (P{"Opposition troops", "TCDREB"}));
  // a plural first word is no modifier: two mentions
  EXPECT_EQ(run({"Chad told reporters rebels had fled"}).size(), 3u);
  // a capitalized second word makes a name, not a group (round 16: the name
  // is the company, its place's business)
  EXPECT_EQ(run({"the Union Bank of Chad closed"})[0], (P{"Union Bank of Chad", "TCDBUS"}));
}

TEST_F(PeoplePlaces, CoalitionAndAlliedForcesAreAForceOfSeveralStates) {
  // (session 13) not the military of the country where they fight
  EXPECT_EQ(run({"Coalition forces raided a village near Kandahar"}),
            (V{{"Coalition forces", "IGOMIL"}, {"Kandahar", "AFG"}}));
  EXPECT_EQ(run({"Allied troops crossed into Kuwait at dawn"})[0], (P{"Allied troops", "IGOMIL"}));
  // "X and allied forces": the forces allied to X, not a coalition of states
  EXPECT_EQ(run({"the Chadian government and allied forces retook the town"})[1], (P{"allied forces", "TCDMIL"}));
}

TEST_F(PeoplePlaces, AForceLedByACountryOrAnOrganisationIsTheLeaders) {
  // (session 13) "X-led" (the tokenizer splits off "- led"), unlike "X-backed"
  EXPECT_EQ(run({"French - led troops patrolled the streets of Bamako"})[0], (P{"French - led troops", "FRAMIL"}));
  EXPECT_EQ(run({"NATO - led troops detained a suspect"})[0], (P{"NATO - led troops", "IGOWSTNATMIL"}));
  EXPECT_EQ(run({"Chilean - backed rebels took the pass"})[0].second, "REB");
  // a group that leads a government does not own the state's government
  EXPECT_EQ(run({"the Hamas - led government resigned"}).size(), 2u);
}

TEST_F(PeoplePlaces, OfficesAndAgenciesNewsNamesOften) {
  // (session 13) a cabinet secretary of any portfolio, appointed officers, ruling bodies
  EXPECT_EQ(run({"the Peruvian Agriculture Secretary visited a farm"})[0], (P{"Peruvian Agriculture Secretary", "PERGOV"}));
  EXPECT_EQ(run({"a Bolivian commissioner opened the hearing"})[0], (P{"Bolivian commissioner", "BOLGOV"}));
  EXPECT_EQ(run({"the Cuban Politburo met"})[0], (P{"Cuban Politburo", "CUBGOV"}));
  EXPECT_EQ(run({"the Chilean budget director resigned"})[0], (P{"Chilean budget director", "CHLGOV"}));
  // military police and attaches are the military; a sheriff is law enforcement
  EXPECT_EQ(run({"Peruvian military police arrested two men"})[0], (P{"Peruvian military police", "PERMIL"}));
  EXPECT_EQ(run({"the Chilean military attache left"})[0], (P{"Chilean military attache", "CHLMIL"}));
  EXPECT_EQ(run({"a Texas sheriff said"})[0].second.substr(3), "COP");
  // a fighter aircraft is a warplane, not an irregular fighter
  EXPECT_EQ(run({"Chilean fighter aircraft flew over the coast"})[0], (P{"Chilean fighter aircraft", "CHLMIL"}));
  // agencies of one state
  EXPECT_EQ(run({"the SEC charged a broker"})[0], (P{"SEC", "USAGOV"}));
  EXPECT_EQ(run({"MITI said it would act"})[0], (P{"MITI", "JPNGOV"}));
}

TEST_F(PeoplePlaces, ACommitteeOfALegislatureIsTheLegislature) {
  // (session 13) its chairman is a legislator, not a company chairman; one mention with the name
  EXPECT_EQ(run({"Senate Finance Committee chairman Tom Marlow criticised the plan"}),
            (V{{"Senate Finance Committee chairman Tom Marlow", "LEG"}}));
  EXPECT_EQ(run({"the House Ways and Means Committee voted"}), (V{{"House Ways and Means Committee", "LEG"}}));
  EXPECT_EQ(run({"the Parliamentary Fisheries Committee met in Lima"})[0], (P{"Parliamentary Fisheries Committee", "PERLEG"}));
  // not inside another capitalized name
  EXPECT_EQ(run({"the Clearing House Rules Committee met"}), (V{}));
}

TEST_F(PeoplePlaces, UnitedNationsPeacekeepersAreTheUnAsUnPeacekeepersAre) {
  // the dictionary's policy (CAMEO codes peacekeepers as the UN), whichever way the UN is written
  EXPECT_EQ(run({"United Nations peacekeepers left"})[0], (P{"United Nations peacekeepers", "IGOUNO"}));
  EXPECT_EQ(run({"UN peacekeepers left"})[0], (P{"UN peacekeepers", "IGOUNO"}));
}

TEST_F(PeoplePlaces, ATitleBeforeANameTheDictionariesLack) {
  // no country before the title: the name belongs to the mention, the country comes from the sentence
  auto v = run({"President Tomas Ferreiro Vidal spoke in Chile .", "He left ."});
  EXPECT_EQ(v[0], (P{"President Tomas Ferreiro Vidal", "CHLGOV"}));
  EXPECT_EQ(v.back(), (P{"He", "CHLGOV"}));
  // an organisation's office
  EXPECT_EQ(run({"Arab League chief Omar Haddad warned Peru"})[0], (P{"Arab League chief Omar Haddad", "IGOMEAARL"}));
  // days are no names
  EXPECT_EQ(run({"the minister Monday said Chile would wait"})[0], (P{"minister", "CHLGOV"}));
  // a political office in any case
  EXPECT_EQ(run({"opposition leader Tomas Ferreiro said Chile would wait"})[0],
            (P{"opposition leader Tomas Ferreiro", "CHLOPP"}));
  // a business title: the sentence does not tell whose, so no person is made of it
  EXPECT_EQ(run({"Chairman Tomas Ferreiro said Chile would wait"})[0].first, "Chairman");
}

TEST_F(PeoplePlaces, PeopleOfTheirOwnCountrysRegionAreItsCivilians) {
  EXPECT_EQ(run({"Chileans of northern Chile marched"})[0], (P{"Chileans", "CHLCVL"}));
  // a sponsor compound before the place is no obstacle (and no actor)
  EXPECT_EQ(run({"Chileans of the Peruvian - occupied Santiago fled"})[0], (P{"Chileans", "CHLCVL"}));
}

TEST_F(PeoplePlaces, ADescriptionBeforeAnOrganisationsNameJoinsIt) {
  EXPECT_EQ(run({"Human rights group Amnesty International faulted Peru"}),
            (V{{"Human rights group Amnesty International", "NGOHRIAMN"}, {"Peru", "PER"}}));
  EXPECT_EQ(run({"the aid agency Oxfam said"}), (V{{"aid agency Oxfam", "NGOXFM"}}));
}

TEST_F(PeoplePlaces, WhereAPeopleLivesInItsOwnCountryIsPartOfThePhrase) {
  EXPECT_EQ(run({"Chileans living in southern Chile lost power"}),
            (V{{"Chileans living in southern Chile", "CHLCVL"}}));
  EXPECT_EQ(run({"Bolivians who live in La Paz fear the floods"})[0],
            (P{"Bolivians who live in La Paz", "BOLCVL"}));
  // another country stays an actor of its own
  EXPECT_EQ(run({"Peruvians living in Chile protested"}), (V{{"Peruvians", "PERCVL"}, {"Chile", "CHL"}}));
}

TEST_F(PeoplePlaces, ACountrysNamedCommissionIsAStateBody) {
  EXPECT_EQ(run({"the Peru Fisheries Commission closed the bay"})[0], (P{"Peru Fisheries Commission", "PERGOV"}));
  // not after a nationality word, nor a company
  EXPECT_EQ(run({"the Peruvian Fisheries Commission closed the bay"})[0], (P{"Peruvian", "PER"}));
  // (the company is the country's business: round 15)
  EXPECT_EQ(run({"the Peru Fisheries Commission Ltd closed the bay"})[0],
            (P{"Peru Fisheries Commission Ltd", "PERBUS"}));
}

TEST_F(PeoplePlaces, PeaceMovementsAndSettlers) {
  // a movement against its own government's policy is opposition, its leaders too
  EXPECT_EQ(run({"Chilean peace movement leaders met the envoy"})[0], (P{"Chilean peace movement leaders", "CHLOPP"}));
  // settlers said to be Jewish are Israelis wherever they live
  EXPECT_EQ(run({"Jewish settlers in the Jordan Valley fenced a field"})[0], (P{"Jewish settlers", "ISRCVL"}));
}

TEST_F(PeoplePlaces, CapitalsOfDissolvedStatesAreReadByTheDate) {
  // a capital or metonym shared by a dissolved state and its successor: the state of the document's date
  EXPECT_EQ(run({"Moscow rejected the grain offer"}, make_date(1984, 2, 1)), (V{{"Moscow", "USRGOV"}}));
  EXPECT_EQ(run({"Moscow rejected the grain offer"}, make_date(1994, 2, 1)), (V{{"Moscow", "RUSGOV"}}));
  EXPECT_EQ(run({"The Kremlin denied the report"}, make_date(1979, 6, 1)), (V{{"Kremlin", "USRGOV"}}));
  EXPECT_EQ(run({"The Kremlin denied the report"}, make_date(2012, 6, 1)), (V{{"Kremlin", "RUSGOV"}}));
  EXPECT_EQ(run({"Belgrade closed a border crossing"}, make_date(1988, 9, 1)), (V{{"Belgrade", "YUGGOV"}}));
  EXPECT_EQ(run({"Belgrade closed a border crossing"}, make_date(2004, 9, 1)), (V{{"Belgrade", "SCGGOV"}}));
  EXPECT_EQ(run({"Belgrade closed a border crossing"}, make_date(2010, 9, 1)), (V{{"Belgrade", "SRBGOV"}}));
  EXPECT_EQ(run({"Prague lowered tariffs on steel"}, make_date(1990, 9, 1)), (V{{"Prague", "CSKGOV"}}));
  EXPECT_EQ(run({"Prague lowered tariffs on steel"}, make_date(1999, 9, 1)), (V{{"Prague", "CZEGOV"}}));
  // a state that no longer exists is no reading, whatever the document says of its past
  EXPECT_EQ(run({"Moscow opened the Soviet archives"}, make_date(2003, 4, 1))[0], (P{"Moscow", "RUSGOV"}));
  EXPECT_EQ(run({"Moscow praised the Russian skaters"}, make_date(1986, 4, 1))[0], (P{"Moscow", "USRGOV"}));
}

TEST_F(PeoplePlaces, SharedPlaceNamesAreReadByTheDocument) {
  // "Tripoli": Libya's capital unless the document names Lebanon, its places or people
  EXPECT_EQ(run({"Snipers fired on a market in Tripoli"}).back(), (P{"Tripoli", "LBY"}));
  EXPECT_EQ(run({"Snipers fired on a market in Tripoli", "Beirut urged both clans to lay down arms"})[1],
            (P{"Tripoli", "LBN"}));
  // "Congo": the DRC, but the Republic with its cues, or while the DRC was Zaire
  EXPECT_EQ(run({"Congo signed a timber accord"}, make_date(2005, 3, 1)), (V{{"Congo", "COD"}}));
  EXPECT_EQ(run({"Congo signed a timber accord"}, make_date(1985, 3, 1)), (V{{"Congo", "COG"}}));
  EXPECT_EQ(run({"Congo signed a timber accord", "Loggers in Pointe-Noire cheered"}, make_date(2005, 3, 1))[0],
            (P{"Congo", "COG"}));
  EXPECT_EQ(run({"Congolese farmers blocked a road", "Brazzaville promised to pay them"}, make_date(2005, 3, 1))[0],
            (P{"Congolese farmers", "COGAGR"}));
  // "Georgia": the US state before the country's independence, and with the state's cues after it
  EXPECT_EQ(run({"Georgia raised taxes on tobacco"}, make_date(1986, 5, 1)), (V{{"Georgia", "USA"}}));
  EXPECT_EQ(run({"Georgia raised taxes on tobacco"}, make_date(2004, 5, 1)), (V{{"Georgia", "GEO"}}));
  EXPECT_EQ(run({"Georgia and Florida asked for flood relief"}, make_date(2004, 5, 1))[0], (P{"Georgia", "USA"}));
  EXPECT_EQ(run({"Georgia recalled a diplomat", "Tbilisi gave no reason"}, make_date(1990, 5, 1))[0],
            (P{"Georgia", "GEO"}));
  // ... or its neighbours
  EXPECT_EQ(run({"Soviet tanks rolled into Georgia"}, make_date(1989, 4, 9)).back(), (P{"Georgia", "GEO"}));
  // "Hyderabad": India's city unless the document names Pakistan, its places or people
  EXPECT_EQ(run({"Police in Hyderabad arrested nine smugglers"})[0].second, "INDCOP");
  EXPECT_EQ(run({"Police in Hyderabad arrested nine smugglers", "Lahore sent more officers"})[0].second, "PAKCOP");
  // "La Prensa": a newspaper of several countries, uncoded when none is named
  EXPECT_TRUE(run({"La Prensa printed the list"}).empty());
  EXPECT_EQ(run({"La Prensa printed the list", "Managua denied it"})[0], (P{"La Prensa", "NICMED"}));
}

TEST_F(PeoplePlaces, APersonBeforeHisPoliticalCareerHasHisEarlierRole) {
  // the undated fallback is the person out of office after his terms; a man known
  // in business before any office is a businessman then, not an opposition leader
  EXPECT_EQ(run({"Donald Trump bought the hotel"}, make_date(1988, 3, 1)), (V{{"Donald Trump", "USABUS"}}));
  EXPECT_EQ(run({"Silvio Berlusconi bought the club"}, make_date(1986, 3, 1)),
            (V{{"Silvio Berlusconi", "ITABUS"}}));
  EXPECT_EQ(run({"Donald Trump spoke"}, make_date(2022, 3, 1)), (V{{"Donald Trump", "USAOPP"}}));
  // a long-time opposition leader keeps the fallback before his first term
  EXPECT_EQ(run({"Laurent Gbagbo spoke"}), (V{{"Laurent Gbagbo", "CIVOPP"}}));
}

}  // namespace
}  // namespace detente

