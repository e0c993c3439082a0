// actors/dictionary.h — actor dictionaries: names, aliases and date-bounded
// CAMEO codes.
//
// Contract
// - `ActorDictionary::load_file` reads detente's own format
//   (docs/formats/actors.md) or, with `Format::kTabari`, the TABARI/PETRARCH
//   `.actors` and agent formats. A malformed line throws
//   Error(kBadDictionary, file, line, reason); nothing is half-loaded.
// - Several files may be loaded into one dictionary; entries of kind person
//   with the same canonical name are merged (their dated codes joined).
// - After `finish()` the dictionary is immutable and may be shared by any
//   number of threads; lookups do not allocate.
// - Names are stored as sequences of normalized tokens (see `name_key`):
//   lower case, dots removed ("U.S." -> "us"), typographic quotes and dashes
//   mapped to ASCII, diacritics kept.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.h"

namespace detente {

enum class ActorKind : uint8_t { kCountry, kPerson, kOrg, kGroup, kAgent, kMetonym, kPlace, kUnknown };
std::string_view actor_kind_name(ActorKind k);

struct CodeSpan {
  std::string code;  // "JPNGOV"; for agents the bare role ("MIL")
  Date from, to;     // invalid = open
  bool covers(Date d) const;
};

struct ActorEntry {
  std::string name;                 // canonical name
  std::vector<std::string> aliases;
  ActorKind kind = ActorKind::kUnknown;
  char gender = 0;                  // 'm', 'f' or 0
  std::string short_name;           // "Abe"
  std::string country;              // ISO3 of a country entry; for others the first 3 letters of the fallback code
  std::vector<CodeSpan> codes;      // dated first, undated fallbacks last
  std::string source;               // "file:line" where it was defined
  // TABARI "[NGO~]": an agent whose role goes before the country's code ("MSF Arnor" NGOARN)
  bool role_first = false;
  // `people yes`: a place entry that names an ethnic people ("Yoruba"), not a
  // region ("Darfur"): its leaders are no state's government.
  bool people = false;
  // `bare no` on an agent (round 22): an actor only with a side named on it
  // ("Russian missiles", "Iran's rockets", "its jets"); alone ("missiles hit
  // the town", "shells fell") it names no side and is no mention.
  bool no_bare = false;
  // `country GBR` on an agent: an office only that country has ("Chancellor
  // of the Exchequer"), so a bare mention of it is that country's whatever
  // the dateline or the other countries of the sentence. `country IGO`: a
  // force of several states ("a multinational force"), IGO + the role.
  std::string office_country;
  // A name shared with other entries ("Tripoli": Libya's capital, a city of
  // Lebanon; "Congo": two countries) takes one reading per document: the
  // entry with the most cues in the document, else the one that is the
  // default at the document's date (docs/actors.md, "Shared names").
  // `cues`: names of other entries, or "@ISO" (any actor of that country), as
  // written; resolved by ActorDictionary::finish(). `defaults`: the dates at
  // which this entry is the reading when no cue decides (code unused; open
  // ends = always).
  std::vector<std::string> cues;
  std::vector<CodeSpan> defaults;
  // `existed FROM TO`: a state that existed only in that period (the Soviet
  // Union to 1991-12-25, Russia as a sovereign state from 1991-12-26). A name
  // it shares with another entry (a capital, a seat of government: "Moscow",
  // "the Kremlin") is never read as this entry outside the period, whatever
  // the cues. Open ends = always; invalid code unused.
  std::vector<CodeSpan> existed;
  // true without `existed`, or if one of its periods covers `date` (an
  // undated document is read as of today: a period running to the present)
  bool exists_at(Date date) const;
  // 2 if a dated default covers `date`, 1 if an undated one does (or, with
  // no date, a default running to the present), else 0
  // (a dated default is the more specific: "Congo" was the Republic of the
  // Congo while the other Congo was Zaire).
  int default_at(Date date) const;
  // The code at `date` (or the fallback; or the first code when date is invalid).
  const std::string& code_at(Date date) const;
  // Why that code: "JPNGOV 2012-12-26..2020-09-16" or "JPNELI (outside dated terms)".
  std::string explain_at(Date date) const;
};

// One name of an entry, as the matcher sees it.
struct NameForm {
  std::vector<std::string> tokens;  // normalized tokens
  uint32_t entry = 0;
  enum Role : uint8_t { kName, kAdjective, kCapital, kMetonym, kShort } role = kName;
  bool case_sensitive = false;      // short all-caps acronyms ("US", "UN") must be written in capitals
  bool prefix_last = false;         // TABARI stems: the last token matches as a prefix ("ARGENTIN")
  bool country_prefix = false;      // set by finish(): all tokens but the last are a country's name ("Russia Today")
  bool bare_surname = false;        // set by finish(): a person's one-word name ("Merkel"): ranked as a surname (round 21)
  // (round 26) a one-word acronym written in mixed case ("JeM", "LeJ"): it
  // must be written exactly so ("JEM" is another group, "Jem" a given name);
  // case_sensitive is set too
  std::string exact;
};

// What one file added (for tests and `detente actors stats`).
struct LoadStats {
  size_t entries = 0;       // entries defined (a TABARI block of names sharing code lines is one entry)
  size_t null_entries = 0;  // TABARI entries with no code or only [---]: matched, never coded
  size_t names = 0;         // names as written (TABARI: after !MACRO! expansion, with {plurals})
  size_t dated_codes = 0;   // code spans with a date restriction (ill-formed ones included)
  // TABARI files only: "file:line: reason" for code spans that were skipped
  // (unreadable date restrictions, ranges that end before they begin); the
  // public Phoenix files have a few. Everything else malformed throws.
  std::vector<std::string> warnings;
};

class ActorDictionary {
 public:
  enum class Format { kDetente, kTabari, kAuto };
  // Throws Error(kIo) if unreadable, Error(kBadDictionary, file, line) if malformed.
  LoadStats load_file(const std::string& path, Format format = Format::kAuto);
  // Loads every *.txt under a directory (recursively, sorted); returns the totals.
  LoadStats load_dir(const std::string& dir);
  // detente's own dictionaries (data/actors via resource_path).
  void load_default();
  // What front ends load: detente's dictionaries unless `no_defaults`, then
  // each of `paths` (a file in either format, or a directory of *.txt), and
  // finish(). TABARI warnings (see LoadStats) are appended to `warnings`.
  static std::shared_ptr<const ActorDictionary> load_set(const std::vector<std::string>& paths, bool no_defaults,
                                                         std::vector<std::string>* warnings = nullptr);
  // Builds indexes (and resolves cues of shared names: an unknown cue name
  // throws Error(kBadDictionary, entry source)); call once after loading.
  void finish();

  const std::vector<ActorEntry>& entries() const { return entries_; }
  const std::vector<NameForm>& names() const { return names_; }
  const ActorEntry& entry(uint32_t i) const { return entries_[i]; }
  // Entries whose name, alias, adjective or short form is `name` (any case).
  std::vector<uint32_t> lookup(std::string_view name) const;
  // The country entry for an ISO3 code, or -1.
  int32_t country(std::string_view iso3) const;
  // The ISO3 code of the country whose capital is `city` (any case, as a
  // dateline writes it: "BONN"), or "" (none, or capitals of several
  // countries). After finish().
  std::string capital_country(std::string_view city) const;
  // (round 22) Names a dateline gives that no entry holds (datelines.tsv in a
  // dictionary directory): a US state or Canadian province as the wire
  // services abbreviate it ("n.j."), or a large city given alone ("denver").
  // The ISO3 code, or "". Any case.
  std::string dateline_region(std::string_view name) const;
  std::string dateline_city(std::string_view name) const;
  // Reads a datelines.tsv (load_dir does so for the file in its directory).
  void load_datelines(const std::string& path);
  // Shared names (after finish()): the entries whose reading a mention of
  // entry `e` supports (those listing e, or e's country, among their cues).
  std::pair<const uint32_t*, const uint32_t*> cued_by(uint32_t e) const {
    if (cue_begin_.size() != entries_.size() + 1) return {nullptr, nullptr};
    return {cue_targets_.data() + cue_begin_[e], cue_targets_.data() + cue_begin_[e + 1]};
  }
  // True if some entry has cues or defaults (a shared name may need the document's context).
  bool has_shared_names() const { return has_shared_; }
  size_t size() const { return entries_.size(); }

 private:
  void add_entry(ActorEntry e, const std::vector<std::pair<std::string, NameForm::Role>>& forms, bool tabari);
  LoadStats load_detente(const std::string& path, std::string_view text);
  LoadStats load_tabari(const std::string& path, std::string_view text);
  std::vector<ActorEntry> entries_;
  std::vector<NameForm> names_;
  // name key (tokens joined by spaces) -> entries, in names_ order without
  // repeats: `lookup` after finish() (before it, a scan of names_)
  std::unordered_map<std::string, std::vector<uint32_t>> by_name_;
  bool indexed_ = false;
  std::unordered_map<std::string, uint32_t> person_by_name_;
  std::unordered_map<std::string, int32_t> country_by_iso_;
  std::unordered_map<std::string, std::string> dateline_region_, dateline_city_;  // lower case -> ISO3
  std::unordered_map<std::string, std::string> capital_country_;  // "bonn" -> "DEU" ("" if several)
  std::vector<uint32_t> cue_begin_, cue_targets_;  // CSR: entry -> entries it is a cue for
  bool has_shared_ = false;
};

// The normalized tokens of a name: "South Korea's" -> {"south", "korea"};
// "U.S." -> {"us"}; "Lee Nak-yon" -> {"lee", "nak-yon"}.
std::vector<std::string> name_key(std::string_view name);
// The regular English plural of a (possibly multi-word) name: its last word
// pluralized ("prime minister" -> "prime ministers", "party" -> "parties").
std::string english_plural(std::string_view word);
// Normalizes one token the same way ("U.S." -> "us", "’s" -> "'s").
std::string normalize_token(std::string_view token);

}  // namespace detente
