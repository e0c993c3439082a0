// cli/pipeline_options.h — the options that configure the coding pipeline,
// shared by `code`, `explain` and `ingest`.
#pragma once
#include <CLI/CLI.hpp>

#include "pipeline/pipeline.h"

namespace detente::cli {

inline void add_pipeline_options(CLI::App& app, PipelineConfig& c) {
  app.add_option("--model", c.syntax_model, "Syntax model file (default: models/syntax-en.*)");
  app.add_option("--actors", c.actor_files,
                 "Extra actor dictionaries (detente or TABARI/PETRARCH format, or a directory), loaded with ours");
  app.add_flag("!--no-default-actors", c.default_actors, "Do not load detente's own actor dictionaries");
  app.add_option("--verbs", c.verb_files, "Extra verb-pattern dictionaries (detente format)");
  app.add_flag("--tabari-verbs", c.tabari_verbs,
               "--verbs files are TABARI/PETRARCH verb dictionaries (CAMEO.2.0.txt ...); they replace ours");
  app.add_flag("--keep-modal", c.keep_modal,
               "Keep hypothetical events (\"may meet\", \"is expected to\") with their mode");
  app.add_flag("--allow-no-target", c.allow_no_target,
               "Keep events that have a source but no target (and those whose two parties have no known country)");
  app.add_flag("!--no-geo", c.geolocate, "Do not geolocate events (no gazetteer is loaded; `location` stays empty)");
  app.add_flag("--parse-all", c.parse_all,
               "Parse every sentence (default: only those with an actor, the only ones that can yield an event; "
               "the events are the same, about 3x slower)");
}

}  // namespace detente::cli
