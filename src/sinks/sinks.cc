// The four event writers behind make_writer (see sinks.h for the formats).
#include "sinks/sinks.h"

#include <fmt/format.h>

#include <array>
#include <cmath>

#include "core/error.h"

namespace detente {

void EventWriter::write(const Document& doc, const Event& e, const EventExtras&) { write(doc, e); }
void EventWriter::finish() { std::fflush(out_); }

std::string_view writer_formats() { return "jsonl|tsv|gdelt|csv"; }

namespace {

using Buf = std::string;
inline void app(Buf& b, std::string_view s) { b.append(s); }
template <class T>
inline void num(Buf& b, T v) {
  fmt::format_to(std::back_inserter(b), "{}", v);
}
// Doubles in delimited text: shortest round trip; nothing for non-finite.
inline void dbl(Buf& b, double v) {
  if (std::isfinite(v)) fmt::format_to(std::back_inserter(b), "{}", v);
}

// A field in a tab-separated row: tabs, CR and LF become spaces.
void tsv_field(Buf& b, std::string_view s) {
  size_t start = b.size();
  b.append(s);
  for (size_t i = start; i < b.size(); ++i)
    if (b[i] == '\t' || b[i] == '\n' || b[i] == '\r') b[i] = ' ';
}

// A CSV field, quoted when it needs to be (RFC 4180).
void csv_field(Buf& b, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos && (s.empty() || (s.front() != ' ' && s.back() != ' '))) {
    b.append(s);
    return;
  }
  b.push_back('"');
  for (char c : s) {
    if (c == '"') b.push_back('"');
    b.push_back(c);
  }
  b.push_back('"');
}

void yyyymmdd(Buf& b, const Date& d) {
  if (d.ok()) fmt::format_to(std::back_inserter(b), "{:04}{:02}{:02}", d.year, d.month, d.day);
}

// CAMEO actor codes are 3-character chunks: a country (or IGO/NGO/IMG/MNC
// prefix with its group), then role codes.
constexpr std::array<std::string_view, 29> kRoles = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB",
                                                     "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV",
                                                     "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED",
                                                     "REF", "MOD", "RAD", "RES", "JEW"};
bool is_role(std::string_view c) {
  for (auto r : kRoles)
    if (r == c) return true;
  return false;
}
bool is_org_prefix(std::string_view c) { return c == "IGO" || c == "NGO" || c == "IMG" || c == "MNC"; }

struct ActorParts {
  std::string_view country, group, entity, role, attribute;
  std::array<std::string_view, 3> types{};
};

ActorParts split_actor(std::string_view code) {
  ActorParts p;
  if (code.size() < 3) {
    p.entity = code;
    return p;
  }
  std::string_view head = code.substr(0, 3);
  size_t pos = 3;
  int nt = 0;
  if (is_org_prefix(head)) {
    p.role = head;
    p.types[nt++] = head;
    p.group = code.size() >= 6 ? code.substr(3, 3) : std::string_view{};
    p.entity = code.size() > 3 ? code.substr(3) : code;
    return p;
  }
  if (is_role(head)) {
    pos = 0;  // a bare role ("BUS"): no country
  } else {
    p.country = head;
    p.entity = head;
  }
  std::string_view rest = code.substr(pos);
  if (rest.size() >= 3) {
    p.role = rest.substr(0, 3);
    p.attribute = rest.substr(3);
  }
  for (size_t i = pos; i + 3 <= code.size() && nt < 3; i += 3) {
    auto chunk = code.substr(i, 3);
    if (is_role(chunk) || is_org_prefix(chunk)) p.types[nt++] = chunk;
  }
  return p;
}

class BufferedWriter : public EventWriter {
 public:
  BufferedWriter(std::FILE* out, WriterOptions opt) : EventWriter(out), opt_(opt) {}
  void write(const Document& doc, const Event& e) override { write(doc, e, EventExtras{}); }
  void write(const Document& doc, const Event& e, const EventExtras& x) override {
    if (!started_) {
      header(buf_);
      started_ = true;
    }
    ++count_;
    row(buf_, doc, e, x, x.event_id ? x.event_id : count_);
    if (buf_.size() >= (1 << 16)) flush();
  }
  void finish() override {
    if (!started_) {
      header(buf_);
      started_ = true;
    }
    flush();
    if (std::fflush(out_) != 0 || std::ferror(out_)) throw Error(Errc::kIo, "cannot write events (disk full?)");
  }

 protected:
  virtual void header(Buf&) {}
  virtual void row(Buf& b, const Document& doc, const Event& e, const EventExtras& x, uint64_t id) = 0;
  WriterOptions opt_;

 private:
  void flush() {
    if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), out_) != buf_.size())
      throw Error(Errc::kIo, "cannot write events (disk full?)");
    buf_.clear();
  }
  Buf buf_;
  bool started_ = false;
  uint64_t count_ = 0;
};

// ---- JSON Lines: DESIGN.md's record.
class JsonlWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

 protected:
  void row(Buf& b, const Document&, const Event& e, const EventExtras& x, uint64_t id) override {
    auto key = [&](std::string_view k) {
      b.push_back(',');
      b.push_back('"');
      b.append(k);
      b.append("\":");
    };
    auto str = [&](std::string_view k, std::string_view v) {
      key(k);
      append_json_string(b, v);
    };
    b.append("{\"doc_id\":");
    append_json_string(b, e.doc_id);
    key("sentence");
    num(b, e.sentence);
    key("date");
    if (e.date.ok()) {
      b.push_back('"');
      b.append(e.date.iso());
      b.push_back('"');
    } else {
      b.append("null");
    }
    str("source", e.source);
    str("target", e.target);
    str("code", e.code);
    str("root", e.root);
    key("quad");
    num(b, e.quad);
    key("goldstein");
    append_json_number(b, e.goldstein);
    str("plover", e.plover);
    str("mode", e.mode);
    str("source_text", e.source_text);
    str("target_text", e.target_text);
    str("verb_text", e.verb_text);
    fmt::format_to(std::back_inserter(b), ",\"spans\":{{\"source\":[{},{}],\"verb\":[{},{}],\"target\":[{},{}]}}",
                   e.source_span.begin, e.source_span.end, e.verb_span.begin, e.verb_span.end, e.target_span.begin,
                   e.target_span.end);
    key("location");
    if (e.location.ok()) {
      b.append("{\"name\":");
      append_json_string(b, e.location.name);
      fmt::format_to(std::back_inserter(b), ",\"geonames_id\":{}", e.location.geonames_id);
      b.append(",\"admin1\":");
      append_json_string(b, e.location.admin1);
      b.append(",\"country\":");
      append_json_string(b, e.location.country);
      b.append(",\"lat\":");
      append_json_number(b, e.location.lat);
      b.append(",\"lon\":");
      append_json_number(b, e.location.lon);
      b.append(",\"how\":");
      append_json_string(b, e.location.how);
      b.push_back('}');
    } else {
      b.append("null");
    }
    str("pattern", e.pattern);
    str("text", e.text);
    if (!e.attribution.empty()) str("attribution", e.attribution);
    if (opt_.store_columns) {
      key("event_id");
      num(b, id);
      key("num_mentions");
      num(b, x.mentions);
      key("num_sources");
      num(b, x.sources);
      key("num_articles");
      num(b, x.articles);
      key("story");
      num(b, x.story);
    }
    b.append("}\n");
  }
};

// ---- TSV: Phoenix columns, then detente's evidence.
class TsvWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

 protected:
  void header(Buf& b) override {
    b.append(
        "EventID\tDate\tYear\tMonth\tDay\tSourceActorFull\tSourceActorEntity\tSourceActorRole\tSourceActorAttribute\t"
        "TargetActorFull\tTargetActorEntity\tTargetActorRole\tTargetActorAttribute\tEventCode\tEventRootCode\t"
        "QuadClass\tGoldsteinScore\tIssues\tLat\tLon\tLocationName\tStateName\tCountryCode\tSentenceID\tURLs\t"
        "NewsSources\tDocID\tSentence\tPlover\tMode\tSourceText\tTargetText\tVerbText\tSourceSpan\tVerbSpan\t"
        "TargetSpan\tPattern\tAttribution\tText");
    if (opt_.store_columns) b.append("\tNumMentions\tNumSources\tNumArticles\tStory");
    b.push_back('\n');
  }
  void row(Buf& b, const Document& doc, const Event& e, const EventExtras& x, uint64_t id) override {
    auto t = [&] { b.push_back('\t'); };
    num(b, id);
    t();
    yyyymmdd(b, e.date);
    t();
    if (e.date.ok()) fmt::format_to(std::back_inserter(b), "{}\t{}\t{}", e.date.year, e.date.month, e.date.day);
    else b.append("\t\t");
    for (const std::string* code : {&e.source, &e.target}) {
      auto p = split_actor(*code);
      t();
      tsv_field(b, *code);
      t();
      tsv_field(b, p.entity);
      t();
      tsv_field(b, p.role);
      t();
      tsv_field(b, p.attribute);
    }
    t();
    tsv_field(b, e.code);
    t();
    tsv_field(b, e.root);
    t();
    num(b, e.quad);
    t();
    dbl(b, e.goldstein);
    t();  // Issues: not coded
    t();
    if (e.location.ok()) dbl(b, e.location.lat);
    t();
    if (e.location.ok()) dbl(b, e.location.lon);
    t();
    tsv_field(b, e.location.name);
    t();
    tsv_field(b, e.location.admin1);
    t();
    tsv_field(b, e.location.country);
    t();
    tsv_field(b, e.doc_id);
    fmt::format_to(std::back_inserter(b), "-{}", e.sentence);
    t();
    tsv_field(b, doc.url);
    t();
    tsv_field(b, doc.source);
    t();
    tsv_field(b, e.doc_id);
    t();
    num(b, e.sentence);
    t();
    tsv_field(b, e.plover);
    t();
    tsv_field(b, e.mode);
    t();
    tsv_field(b, e.source_text);
    t();
    tsv_field(b, e.target_text);
    t();
    tsv_field(b, e.verb_text);
    for (const ByteSpan* s : {&e.source_span, &e.verb_span, &e.target_span})
      fmt::format_to(std::back_inserter(b), "\t{}-{}", s->begin, s->end);
    t();
    tsv_field(b, e.pattern);
    t();
    tsv_field(b, e.attribution);
    t();
    tsv_field(b, e.text);
    if (opt_.store_columns) fmt::format_to(std::back_inserter(b), "\t{}\t{}\t{}\t{}", x.mentions, x.sources, x.articles, x.story);
    b.push_back('\n');
  }
};

// ---- GDELT 2.0 event table (61 columns, tab-separated, no header).
class GdeltWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

 protected:
  void row(Buf& b, const Document& doc, const Event& e, const EventExtras& x, uint64_t id) override {
    auto t = [&] { b.push_back('\t'); };
    num(b, id);  // GLOBALEVENTID
    t();
    yyyymmdd(b, e.date);  // SQLDATE
    t();
    if (e.date.ok()) {
      fmt::format_to(std::back_inserter(b), "{:04}{:02}\t{}\t{:.4f}", e.date.year, e.date.month, e.date.year,
                     e.date.year + ((e.date.month - 1) * 30 + e.date.day) / 365.0);
    } else {
      b.append("\t\t");
    }
    for (int a = 0; a < 2; ++a) {  // Actor1*, Actor2*: Code Name Country KnownGroup Ethnic Rel1 Rel2 Type1-3
      const std::string& code = a == 0 ? e.source : e.target;
      const std::string& name = a == 0 ? e.source_text : e.target_text;
      auto p = split_actor(code);
      t();
      tsv_field(b, code);
      t();
      tsv_field(b, code.empty() ? std::string_view{} : std::string_view(name));
      t();
      tsv_field(b, p.country);
      t();
      tsv_field(b, p.group);
      b.append("\t\t\t");  // ethnic, religion 1 and 2: not coded
      for (auto ty : p.types) {
        t();
        tsv_field(b, ty);
      }
    }
    t();
    b.push_back(e.sentence == 0 ? '1' : '0');  // IsRootEvent: from the lead sentence
    t();
    tsv_field(b, e.code);
    t();
    tsv_field(b, std::string_view(e.code).substr(0, std::min<size_t>(3, e.code.size())));
    t();
    tsv_field(b, e.root);
    t();
    num(b, e.quad);
    t();
    dbl(b, e.goldstein);
    fmt::format_to(std::back_inserter(b), "\t{}\t{}\t{}\t", x.mentions, x.sources, x.articles);  // AvgTone: unknown
    b.append("\t0\t\t\t\t\t\t\t");  // Actor1Geo_*: not resolved per actor
    b.append("\t0\t\t\t\t\t\t\t");  // Actor2Geo_*
    t();
    if (e.location.ok()) {
      b.append("4\t");  // ActionGeo_Type: 4 = world city/place
      tsv_field(b, e.location.name);
      b.append("\t\t");  // ActionGeo_CountryCode is FIPS 10-4 in GDELT; detente has ISO alpha-3 only
      tsv_field(b, e.location.admin1);
      b.append("\t\t");  // ADM2
      dbl(b, e.location.lat);
      t();
      dbl(b, e.location.lon);
      t();
      if (e.location.geonames_id) num(b, e.location.geonames_id);
    } else {
      b.append("0\t\t\t\t\t\t\t");
    }
    t();
    b.append(x.added);  // DATEADDED
    t();
    tsv_field(b, doc.url.empty() ? std::string_view(e.doc_id) : std::string_view(doc.url));  // SOURCEURL
    b.push_back('\n');
  }
};

// ---- CSV: the JSON record, flattened.
class CsvWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

 protected:
  void header(Buf& b) override {
    b.append(
        "doc_id,sentence,date,source,target,code,root,quad,goldstein,plover,mode,source_text,target_text,verb_text,"
        "source_begin,source_end,verb_begin,verb_end,target_begin,target_end,location_name,location_country,"
        "location_lat,location_lon,pattern,text,attribution");
    if (opt_.store_columns) b.append(",event_id,num_mentions,num_sources,num_articles,story");
    b.append("\r\n");
  }
  void row(Buf& b, const Document&, const Event& e, const EventExtras& x, uint64_t id) override {
    auto c = [&] { b.push_back(','); };
    csv_field(b, e.doc_id);
    c();
    num(b, e.sentence);
    c();
    b.append(e.date.iso());
    for (const std::string* s : {&e.source, &e.target, &e.code, &e.root}) {
      c();
      csv_field(b, *s);
    }
    c();
    num(b, e.quad);
    c();
    dbl(b, e.goldstein);
    for (const std::string* s : {&e.plover, &e.mode, &e.source_text, &e.target_text, &e.verb_text}) {
      c();
      csv_field(b, *s);
    }
    for (const ByteSpan* s : {&e.source_span, &e.verb_span, &e.target_span})
      fmt::format_to(std::back_inserter(b), ",{},{}", s->begin, s->end);
    c();
    csv_field(b, e.location.name);
    c();
    csv_field(b, e.location.country);
    c();
    if (e.location.ok()) dbl(b, e.location.lat);
    c();
    if (e.location.ok()) dbl(b, e.location.lon);
    for (const std::string* s : {&e.pattern, &e.text, &e.attribution}) {
      c();
      csv_field(b, *s);
    }
    if (opt_.store_columns)
      fmt::format_to(std::back_inserter(b), ",{},{},{},{},{}", id, x.mentions, x.sources, x.articles, x.story);
    b.append("\r\n");
  }
};

}  // namespace

std::unique_ptr<EventWriter> make_writer(std::string_view format, std::FILE* out, WriterOptions options) {
  if (format == "jsonl" || format == "json") return std::make_unique<JsonlWriter>(out, options);
  if (format == "tsv") return std::make_unique<TsvWriter>(out, options);
  if (format == "gdelt") return std::make_unique<GdeltWriter>(out, options);
  if (format == "csv") return std::make_unique<CsvWriter>(out, options);
  throw Error(Errc::kUsage,
              fmt::format("unknown output format \"{}\": detente writes {}", format, writer_formats()));
}

}  // namespace detente
