// cli/command.h — how a subcommand plugs into the `detente` binary.
//
// Contract: each subcommand lives in its own file `cli/cmd_<name>.cc` and
// registers itself with DETENTE_COMMAND. `setup` adds the subcommand's options
// to CLI11's app and returns the function to run once options are parsed; the
// function returns the process exit status. Commands hold no pipeline logic:
// they parse options, call the library and print.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace detente::cli {

using Run = std::function<int()>;
using Setup = std::function<Run(CLI::App&)>;

struct Command {
  std::string name, description;
  Setup setup;
  int order;  // position in --help
};

std::vector<Command>& commands();

struct Registrar {
  Registrar(std::string name, std::string description, int order, Setup setup) {
    commands().push_back({std::move(name), std::move(description), std::move(setup), order});
  }
};

}  // namespace detente::cli

#define DETENTE_CONCAT2(a, b) a##b
#define DETENTE_CONCAT(a, b) DETENTE_CONCAT2(a, b)
#define DETENTE_COMMAND(name, description, order, setup) \
  static ::detente::cli::Registrar DETENTE_CONCAT(registrar_, __LINE__)(name, description, order, setup)
