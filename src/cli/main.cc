// The `detente` command: a thin front end over the library. Each subcommand
// is in cli/cmd_<name>.cc.
#include <algorithm>
#include <cstdio>
#include <exception>

#include "cli/command.h"
#include "core/error.h"

namespace detente::cli {
std::vector<Command>& commands() {
  static std::vector<Command> all;
  return all;
}
}  // namespace detente::cli

int main(int argc, char** argv) {
  using namespace detente;
  CLI::App app{
      "detente turns news text into political event data: who did what to whom, when and\n"
      "where, coded in CAMEO and PLOVER, with the evidence for every event.\n\n"
      "Start with:  detente code examples/ > events.jsonl\n"
      "Then:        detente explain \"Japan imposed export restrictions on South Korea.\"\n"};
  app.set_version_flag("--version", std::string("detente ") + DETENTE_VERSION);
  app.require_subcommand(1);
  auto& cmds = cli::commands();
  std::sort(cmds.begin(), cmds.end(), [](auto& a, auto& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, cli::Run>> runs;
  for (auto& c : cmds) {
    CLI::App* sub = app.add_subcommand(c.name, c.description);
    runs.emplace_back(sub, c.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  try {
    for (auto& [sub, run] : runs)
      if (sub->parsed()) return run();
  } catch (const Error& e) {
    std::fprintf(stderr, "detente: %s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "detente: internal error: %s [E099]\n", e.what());
    return 70;
  }
  return 0;
}
