// The OpenAPI 3.1 description of the API (GET /api/openapi.json), built once.
// serve/openapi_test.cc checks it lists exactly Api::routes().
#include <fmt/format.h>

#include "serve/internal.h"

namespace detente::serve {

using ojson = nlohmann::ordered_json;

namespace {

ojson ref(const char* name) { return {{"$ref", fmt::format("#/components/schemas/{}", name)}}; }

ojson param(const char* name, const char* in, ojson schema, const char* description, bool required = false) {
  return {{"name", name}, {"in", in}, {"required", required}, {"description", description}, {"schema", std::move(schema)}};
}

ojson json_content(ojson schema) { return {{"application/json", {{"schema", std::move(schema)}}}}; }

ojson ok(const char* description, ojson schema) {
  return {{"description", description}, {"content", json_content(std::move(schema))}};
}

ojson error(const char* description) { return {{"description", description}, {"content", json_content(ref("Error"))}}; }

ojson str() { return {{"type", "string"}}; }
ojson integer(int64_t min, int64_t max, int64_t def) {
  return {{"type", "integer"}, {"minimum", min}, {"maximum", max}, {"default", def}};
}
ojson date_bound() {
  return {{"type", "string"},
          {"pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},
          {"description", fmt::format("YYYY, YYYY-MM or YYYY-MM-DD; years {}..{}", kMinYear, kMaxYear)}};
}
ojson flag() { return {{"type", "integer"}, {"enum", {0, 1}}, {"default", 0}}; }

ojson schemas() {
  ojson span = {{"type", "array"}, {"items", {{"type", "integer"}}}, {"minItems", 2}, {"maxItems", 2}};
  ojson tally = {{"type", "object"},
                 {"required", {"events", "quad", "goldstein_sum", "goldstein_mean"}},
                 {"properties",
                  {{"events", {{"type", "integer"}}},
                   {"quad",
                    {{"type", "array"},
                     {"items", {{"type", "integer"}}},
                     {"minItems", 4},
                     {"maxItems", 4},
                     {"description", "events by quad class: verbal coop, material coop, verbal conflict, material conflict"}}},
                   {"goldstein_sum", {{"type", "number"}, {"description", "rounded to 3 decimals"}}},
                   {"goldstein_mean", {{"type", {"number", "null"}}, {"description", "rounded to 3 decimals; null when no events"}}}}}};
  ojson event = {
      {"type", "object"},
      {"description",
       "The event record of `detente code` (DESIGN.md). Spans are [begin, end) byte offsets into the document text "
       "(GET /api/documents/{doc_id} \"text\"), or into the posted text for POST /api/code. Events from the store "
       "also carry event_id, num_mentions, num_sources, num_articles, story and title."},
      {"required", {"doc_id", "sentence", "date", "source", "target", "code", "root", "quad", "goldstein", "plover",
                    "mode", "source_text", "target_text", "verb_text", "spans", "location", "pattern", "text"}},
      {"properties",
       {{"doc_id", str()},
        {"sentence", {{"type", "integer"}, {"description", "0-based sentence index in the document"}}},
        {"date", {{"type", {"string", "null"}}, {"format", "date"}}},
        {"source", {{"type", "string"}, {"description", "CAMEO actor code"}}},
        {"target", {{"type", "string"}, {"description", "CAMEO actor code (\"\" with allow_no_target)"}}},
        {"code", {{"type", "string"}, {"description", "CAMEO event code"}}},
        {"root", str()},
        {"quad", {{"type", "integer"}, {"minimum", 1}, {"maximum", 4}}},
        {"goldstein", {{"type", "number"}}},
        {"plover", str()},
        {"mode", str()},
        {"source_text", str()},
        {"target_text", str()},
        {"verb_text", str()},
        {"spans", {{"type", "object"}, {"properties", {{"source", span}, {"verb", span}, {"target", span}}}}},
        {"location",
         {{"type", {"object", "null"}},
          {"properties",
           {{"name", str()},
            {"geonames_id", {{"type", "integer"}}},
            {"admin1", str()},
            {"country", str()},
            {"lat", {{"type", "number"}}},
            {"lon", {{"type", "number"}}},
            {"how", str()}}}}},
        {"pattern", str()},
        {"text", {{"type", "string"}, {"description", "the sentence"}}},
        {"attribution", {{"type", "string"}, {"description", "who reported it; only when known"}}},
        {"event_id", {{"type", "integer"}, {"description", "store row id (stored events only)"}}},
        {"num_mentions", {{"type", "integer"}}},
        {"num_sources", {{"type", "integer"}}},
        {"num_articles", {{"type", "integer"}}},
        {"story", {{"type", "integer"}}},
        {"title", {{"type", "string"}, {"description", "the document's title (stored events only)"}}}}}};
  return {
      {"Error",
       {{"type", "object"},
        {"required", {"error"}},
        {"properties",
         {{"error",
           {{"type", "object"},
            {"required", {"status", "code", "message"}},
            {"properties",
             {{"status", {{"type", "integer"}}},
              {"code", {{"type", "string"}, {"description", "detente error id (src/core/error.h), e.g. E007"}}},
              {"message", str()}}}}}}}}},
      {"Tally", tally},
      {"Event", event},
      {"DyadSeries",
       {{"type", "object"},
        {"description", "exactly `detente dyad --format json`"},
        {"required", {"a", "b", "by", "counting", "periods"}},
        {"properties",
         {{"a", str()},
          {"b", str()},
          {"by", {{"type", "string"}, {"enum", {"day", "week", "month", "year"}}}},
          {"counting", {{"type", "string"}, {"enum", {"one-a-day", "all"}}}},
          {"periods",
           {{"type", "array"},
            {"items",
             {{"type", "object"},
              {"required", {"period", "start", "ab", "ba", "both"}},
              {"properties",
               {{"period", {{"type", "string"}, {"description", "1987-03, 1987-W10, 1987-03-02 or 1987"}}},
                {"start", {{"type", "string"}, {"format", "date"}}},
                {"ab", ref("Tally")},
                {"ba", ref("Tally")},
                {"both", ref("Tally")}}}}}}}}}}},
  };
}

ojson build() {
  ojson paths = ojson::object();
  ojson bad = error("bad parameter");
  paths["/api/health"]["get"] = {
      {"summary", "Server and database status"},
      {"responses",
       {{"200", ok("status",
                   {{"type", "object"},
                    {"properties",
                     {{"status", str()},
                      {"version", str()},
                      {"documents", {{"type", "integer"}}},
                      {"events", {{"type", "integer"}}},
                      {"first_date", {{"type", {"string", "null"}}, {"format", "date"}}},
                      {"last_date", {{"type", {"string", "null"}}, {"format", "date"}}}}}})}}}};
  paths["/api/dyads"]["get"] = {
      {"summary", "The most frequent dyads (unordered country/organization pairs, every stored event)"},
      {"parameters", {param("limit", "query", integer(1, kMaxDyads, 20), "how many")}},
      {"responses",
       {{"200", ok("dyads, most events first",
                   {{"type", "object"},
                    {"properties",
                     {{"dyads",
                       {{"type", "array"},
                        {"items",
                         {{"type", "object"},
                          {"properties", {{"a", str()}, {"b", str()}, {"events", {{"type", "integer"}}}}}}}}}}}})},
        {"400", bad}}}};
  paths["/api/actors"]["get"] = {
      {"summary", "Country- and organization-level actors in the store"},
      {"parameters",
       {param("q", "query", str(), "case-insensitive prefix of the code or substring of the name"),
        param("limit", "query", integer(1, kMaxActors, 50), "how many")}},
      {"responses",
       {{"200", ok("actors, most events first",
                   {{"type", "object"},
                    {"properties",
                     {{"actors",
                       {{"type", "array"},
                        {"items",
                         {{"type", "object"},
                          {"properties",
                           {{"code", str()},
                            {"name", {{"type", {"string", "null"}}}},
                            {"events", {{"type", "integer"}}}}}}}}}}}})},
        {"400", bad}}}};
  paths["/api/dyad"]["get"] = {
      {"summary", "Relations between two actors over time (as `detente dyad --format json`)"},
      {"parameters",
       {param("a", "query", str(), "first actor: entity (USA, IGOUNO) or longer code (USAGOV)", true),
        param("b", "query", str(), "second actor", true),
        param("by", "query", {{"type", "string"}, {"enum", {"day", "week", "month", "year"}}, {"default", "month"}},
              "period"),
        param("from", "query", date_bound(), "first day (default: the dyad's first event)"),
        param("to", "query", date_bound(), "last day, inclusive (default: the dyad's last event)"),
        param("all_events", "query", flag(), "count every stored event, not one a day")}},
      {"responses", {{"200", ok("the series", ref("DyadSeries"))}, {"400", error("bad parameter, or more than 5000 periods")}}}};
  paths["/api/events"]["get"] = {
      {"summary", "Stored events by filter, a page at a time, ordered by date then event_id"},
      {"parameters",
       {param("a", "query", str(), "actor (as in /api/dyad)"),
        param("b", "query", str(), "other actor"),
        param("directed", "query", flag(), "1: a is the source and b the target; 0: either direction"),
        param("from", "query", date_bound(), "first day"),
        param("to", "query", date_bound(), "last day, inclusive"),
        param("code", "query", str(), "CAMEO code prefix"),
        param("root", "query", str(), "CAMEO root code"),
        param("quad", "query", {{"type", "integer"}, {"minimum", 1}, {"maximum", 4}}, "quad class"),
        param("doc", "query", str(), "document id (every stored version)"),
        param("page", "query", integer(1, 1000000000, 1), "page number"),
        param("page_size", "query", integer(1, kMaxPageSize, 50), "events per page")}},
      {"responses",
       {{"200", ok("one page",
                   {{"type", "object"},
                    {"properties",
                     {{"total", {{"type", "integer"}}},
                      {"page", {{"type", "integer"}}},
                      {"page_size", {{"type", "integer"}}},
                      {"events", {{"type", "array"}, {"items", ref("Event")}}}}}})},
        {"400", bad}}}};
  paths["/api/documents/{doc_id}"]["get"] = {
      {"summary", "A stored document (its latest version) with its text and events"},
      {"parameters", {param("doc_id", "path", str(), "the document id, URL-encoded", true)}},
      {"responses",
       {{"200", ok("the document",
                   {{"type", "object"},
                    {"properties",
                     {{"doc_id", str()},
                      {"date", {{"type", {"string", "null"}}}},
                      {"title", str()},
                      {"source", str()},
                      {"url", str()},
                      {"text", {{"type", {"string", "null"}}, {"description", "null when stored with --no-text"}}},
                      {"events", {{"type", "array"}, {"items", ref("Event")}}}}}})},
        {"404", error("unknown document")}}}};
  paths["/api/code"]["post"] = {
      {"summary", "Code a text without storing it"},
      {"requestBody",
       {{"required", true},
        {"content",
         json_content({{"type", "object"},
                       {"required", {"text", "date"}},
                       {"properties",
                        {{"text", str()},
                         {"date", {{"type", "string"}, {"format", "date"}}},
                         {"explain", {{"type", "boolean"}, {"default", false}}},
                         {"keep_modal", {{"type", "boolean"}, {"default", false}}},
                         {"allow_no_target", {{"type", "boolean"}, {"default", false}}}}}})}}},
      {"responses",
       {{"200", ok("the events; spans are byte offsets into \"text\" (the posted text, NFC-normalized)",
                   {{"type", "object"},
                    {"properties",
                     {{"text", str()},
                      {"events", {{"type", "array"}, {"items", ref("Event")}}},
                      {"explain", {{"type", "object"}, {"description", "`detente explain --json`, when explain is true"}}}}}})},
        {"400", bad},
        {"413", error("body larger than --max-body-mb")},
        {"415", error("not application/json")}}}};
  paths["/api/documents"]["post"] = {
      {"summary", "Code and store documents (JSON Lines, as `detente ingest` reads them)"},
      {"security", {{{"bearer", ojson::array()}}}},
      {"requestBody",
       {{"required", true},
        {"content",
         {{"application/x-ndjson",
           {{"schema", {{"type", "string"}, {"description", "one document a line: id, date, text|body|content, title, source, url"}}}}}}}}},
      {"responses",
       {{"200", ok("what was read and stored (read = coded + rejected)",
                   {{"type", "object"},
                    {"properties",
                     {{"read", {{"type", "integer"}}},
                      {"coded", {{"type", "integer"}}},
                      {"rejected", {{"type", "integer"}}},
                      {"stored", {{"type", "integer"}, {"description", "documents newly stored"}}},
                      {"already_stored", {{"type", "integer"}}},
                      {"events", {{"type", "integer"}, {"description", "events newly stored"}}},
                      {"rejects",
                       {{"type", "array"},
                        {"items",
                         {{"type", "object"},
                          {"properties", {{"line", {{"type", "integer"}}}, {"id", str()}, {"reason", str()}}}}}}},
                      {"rejects_truncated", {{"type", "boolean"}}}}}})},
        {"401", error("missing or wrong bearer token")},
        {"403", error("ingest disabled (no token configured)")},
        {"413", error("body larger than 16 MiB")}}}};
  paths["/api/openapi.json"]["get"] = {{"summary", "This description"},
                                       {"responses", {{"200", ok("OpenAPI 3.1", {{"type", "object"}})}}}};
  ojson html = {{"text/html", {{"schema", str()}}}};
  paths["/"]["get"] = {
      {"summary", "The dashboard (index.html), or a page saying how to build it"},
      {"responses", {{"200", {{"description", "HTML"}, {"content", html}}}}}};
  paths["/{path}"]["get"] = {
      {"summary", "The dashboard's other files (under the static root only)"},
      {"parameters", {param("path", "path", str(), "file path under the static root", true)}},
      {"responses", {{"200", {{"description", "the file"}}}, {"404", error("no such file, or outside the root")}}}};

  return {{"openapi", "3.1.0"},
          {"info",
           {{"title", "detente"},
            {"version", DETENTE_VERSION},
            {"description",
             "Political event data from news: events, dyad time series, actors and documents from a detente "
             "store, and coding of posted text. Errors are {\"error\":{\"status\",\"code\",\"message\"}}. "
             "Unknown or repeated query parameters are a 400. See docs/serve.md."}}},
          {"paths", std::move(paths)},
          {"components",
           {{"schemas", schemas()},
            {"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}}}};
}

}  // namespace

const std::string& openapi_json() {
  static const std::string s = dump(build());
  return s;
}

}  // namespace detente::serve
