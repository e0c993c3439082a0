// detente serve: the HTTP API and the dashboard over a database.
#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/command.h"
#include "cli/pipeline_options.h"
#include "core/error.h"
#include "serve/api.h"
#include "serve/server.h"

namespace detente::cli {
namespace {

std::string read_token(const std::string& file) {
  std::string token;
  if (!file.empty()) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(Errc::kIo, fmt::format("{}: cannot read the token file", file));
    std::stringstream ss;
    ss << in.rdbuf();
    token = ss.str();
  } else if (const char* env = std::getenv("DETENTE_TOKEN")) {
    token = env;
  }
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' ' || token.back() == '\t'))
    token.pop_back();
  return token;
}

bool loopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

struct ServeCommand {
  std::string db = "detente.db", host = "127.0.0.1", static_dir, token_file;
  int port = 8080, threads = 32, max_body_mb = 1;
  PipelineConfig config;

  int run() {
    serve::tune_sqlite_for_threads();  // before the first database is opened
    serve::ApiOptions ao;
    ao.db = db;
    ao.token = read_token(token_file);
    ao.max_body = static_cast<size_t>(max_body_mb) << 20;
    ao.static_root = static_dir.empty() ? serve::default_static_root() : static_dir;
    if (!static_dir.empty()) {
      std::ifstream probe(static_dir + "/index.html");
      if (!probe) throw Error(Errc::kUsage, fmt::format("--static {}: no index.html there", static_dir));
    }
    auto pipeline = Pipeline::load(config);
    auto api = std::make_shared<serve::Api>(pipeline, ao);
    serve::ServerOptions so;
    so.host = host;
    so.port = port;
    so.threads = threads;
    so.hard_body_limit = std::max(ao.max_body, ao.max_ingest_body) + (size_t(1) << 20);

    // SIGINT/SIGTERM are taken by one thread (sigwait) that stops the
    // server; every other thread, the server's workers included, blocks them.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    serve::Server server(api, so);
    int bound = server.bind();
    serve::StoreSummary s = api->summary();
    std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    std::printf("detente serve: http://%s:%d/ (db %s, %llu events)\n", shown.c_str(), bound, db.c_str(),
                static_cast<unsigned long long>(s.events));
    std::fflush(stdout);
    if (!loopback(host))
      std::fprintf(stderr, "detente serve: listening on %s: anyone who can reach this address can read the database\n",
                   host.c_str());
    if (!api->dashboard_built())
      std::fprintf(stderr, "detente serve: the dashboard is not built (see http://%s:%d/)\n", shown.c_str(), bound);
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&stop_signals, &sig);
      server.stop();
    });
    server.run();
    pthread_kill(waiter.native_handle(), SIGTERM);  // if run() ended on its own; pending, so sigwait returns
    waiter.join();
    return 0;
  }
};

ServeCommand cmd;

DETENTE_COMMAND("serve", "HTTP API and dashboard over a database", 45, [](CLI::App& app) -> Run {
  app.footer(
      "Examples:\n"
      "  detente serve --db news.db                      then open http://127.0.0.1:8080/\n"
      "  curl 'http://127.0.0.1:8080/api/dyad?a=USA&b=JPN&by=month'\n"
      "  detente serve --db news.db --port 0             picks a free port and prints it\n"
      "  DETENTE_TOKEN=$(openssl rand -hex 32) detente serve --db news.db\n"
      "      enables POST /api/documents with that bearer token\n\n"
      "Listens on 127.0.0.1 unless --host says otherwise. The API is described at /api/openapi.json\n"
      "and in docs/serve.md. Ingest (POST /api/documents) is off unless a token is set (--token-file\n"
      "or DETENTE_TOKEN, at least 16 bytes). Stops cleanly on Ctrl-C or SIGTERM.");
  app.add_option("--db", cmd.db, "Database file (from `detente ingest`)")->capture_default_str();
  app.add_option("--host", cmd.host, "Address to listen on (0.0.0.0: every interface)")->capture_default_str();
  app.add_option("--port", cmd.port, "Port (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  app.add_option("--threads", cmd.threads,
                 "Worker threads; an open keep-alive connection holds one, so give at least the number of concurrent clients")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  app.add_option("--static", cmd.static_dir,
                 "Dashboard directory (default: `web` next to this binary, else the resources' web/dist)");
  app.add_option("--token-file", cmd.token_file,
                 "File holding the bearer token that enables POST /api/documents (else $DETENTE_TOKEN)");
  app.add_option("--max-body-mb", cmd.max_body_mb, "Largest request body for POST /api/code, MiB (ingest: 16)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  add_pipeline_options(app, cmd.config);
  return [] { return cmd.run(); };
});

}  // namespace
}  // namespace detente::cli
