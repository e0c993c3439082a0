// pipeline/explain.h — the answer to "why did it code that?": a document's
// tokens, tags, dependency tree, actors, the patterns tried and matched, the
// candidates dropped (and why) and the events, as text for the terminal or as
// JSON for the HTTP API and the dashboard's "try it" box.
//
// Contract: pure functions of (document, coded result, trace); they read the
// annotations the pipeline left and never change them. Thread-safe.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "events/coder.h"
#include "pipeline/pipeline.h"

namespace detente {

std::string explain_text(const Document& doc, const CodedDocument& coded, const CodeTrace& trace);
nlohmann::json explain_json(const Document& doc, const CodedDocument& coded, const CodeTrace& trace);
// One event as DESIGN.md's JSON record.
nlohmann::json event_json(const Event& e);

}  // namespace detente
