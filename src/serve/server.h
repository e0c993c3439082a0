// serve/server.h — the HTTP transport of `detente serve`: cpp-httplib's
// multi-threaded server in front of an Api (serve/api.h).
//
// Contract
// - `Server(api, options)` configures; `bind()` listens on host:port (port 0
//   picks a free one) and returns the port, or throws Error(kIo) naming the
//   address; `run()` answers requests on `threads` worker threads until
//   `stop()` (callable from any thread, e.g. a signal-handling thread) and
//   returns once the workers have finished.
// - Every request goes to Api::handle (GET, HEAD, POST and the other methods,
//   which the Api answers with 405). Bodies are read with a cap: beyond
//   Api::body_limit the rest is read and discarded (so the connection stays
//   usable) and the Api answers 413. Errors httplib raises itself (a malformed
//   request line, a body over `hard_body_limit`) get the same JSON error body.
// - Every response carries security_headers().
// - A keep-alive connection holds a worker thread while it is open: give at
//   least as many threads as concurrent clients (the default, 32, covers a
//   browser and `wrk -c32`).
#pragma once
#include <atomic>
#include <memory>
#include <string>

#include "serve/api.h"

namespace httplib {
class Server;
}

namespace detente::serve {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 32;
  size_t hard_body_limit = size_t(64) << 20;  // httplib refuses larger bodies outright (413)
};

// Call before anything opens a database: turns off SQLite's global memory
// statistics, which take one process-wide mutex on every allocation and
// serialize the worker threads. False if SQLite was already in use (then
// nothing changes; the server still works, only slower).
bool tune_sqlite_for_threads();

class Server {
 public:
  Server(std::shared_ptr<const Api> api, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int bind();
  void run();
  void stop();
  int port() const { return port_; }

 private:
  std::shared_ptr<const Api> api_;
  ServerOptions opt_;
  std::unique_ptr<httplib::Server> http_;
  int port_ = 0;
  int listen_fd_ = -1;
  // stop() may come before run() has started listening (a short test, an
  // early signal): run() then returns at once, or stop() waits until the
  // listener is up so that httplib's stop() reaches it.
  std::atomic<bool> started_{false}, stop_requested_{false}, finished_{false};
};

}  // namespace detente::serve
