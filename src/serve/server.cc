#include "serve/server.h"

#include <thread>

#include <fmt/format.h>
#include <httplib.h>
#include <sqlite3.h>
#include <sys/socket.h>

#include "core/error.h"

namespace detente::serve {

namespace {

void add_security_headers(httplib::Response& res) {
  for (const auto& [k, v] : security_headers())
    if (!res.has_header(k.c_str())) res.set_header(k.c_str(), v);
}

void answer(const Api& api, const httplib::Request& req, std::string_view body, bool too_large,
            httplib::Response& res) {
  Request r;
  r.method = req.method;
  r.path = req.path;
  r.params = &req.params;
  r.headers = &req.headers;
  r.body = body;
  r.body_too_large = too_large;
  Response out = api.handle(r);
  res.status = out.status;
  res.body = std::move(out.body);
  res.set_header("Content-Type", out.content_type);
  for (const auto& [k, v] : out.headers) res.set_header(k.c_str(), v);
  add_security_headers(res);
}

const char* reason_of(int status) {
  switch (status) {
    case 400: return "malformed request";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 416: return "range not satisfiable";
    case 431: return "request headers too large";
    default: return status >= 500 ? "internal error" : "request refused";
  }
}

}  // namespace

bool tune_sqlite_for_threads() { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }

Server::Server(std::shared_ptr<const Api> api, ServerOptions options)
    : api_(std::move(api)), opt_(std::move(options)), http_(std::make_unique<httplib::Server>()) {
  size_t threads = static_cast<size_t>(std::max(1, opt_.threads));
  http_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http_->set_keep_alive_max_count(100000);
  http_->set_keep_alive_timeout(5);
  http_->set_read_timeout(10);
  http_->set_write_timeout(10);
  http_->set_tcp_nodelay(true);
  http_->set_payload_max_length(opt_.hard_body_limit);
  // SO_REUSEADDR only (httplib's default adds SO_REUSEPORT, which would let a
  // second server share the port silently); remember the socket to widen its
  // listen backlog after binding.
  http_->set_socket_options([this](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listen_fd_ = sock;
  });

  const Api* a = api_.get();
  auto plain = [a](const httplib::Request& req, httplib::Response& res) { answer(*a, req, req.body, false, res); };
  auto with_body = [a](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
    // Keep at most body_limit bytes; read (and drop) the rest so the
    // connection stays in step, then let the Api answer 413.
    size_t limit = a->body_limit(req.method, req.path);
    std::string body;
    bool too_large = false;
    auto keep = [&](const char* data, size_t n) {
      if (too_large) return true;
      if (body.size() + n > limit) {
        too_large = true;
        std::string().swap(body);
      } else {
        body.append(data, n);
      }
      return true;
    };
    bool ok = req.is_multipart_form_data()
                  ? reader([](const httplib::MultipartFormData&) { return true; }, keep)
                  : reader(keep);
    if (!ok) {  // httplib set the status (400, 413); the error handler writes the body
      if (res.status < 400) res.status = 400;
      return;
    }
    answer(*a, req, body, too_large, res);
  };
  http_->Get(".*", plain);  // HEAD too
  http_->Options(".*", plain);
  http_->Post(".*", with_body);
  http_->Put(".*", with_body);
  http_->Patch(".*", with_body);
  http_->Delete(".*", with_body);
  http_->set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) res.set_content(error_json(res.status, "E007", reason_of(res.status)), "application/json");
    add_security_headers(res);
  });
  http_->set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "internal error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::fprintf(stderr, "detente serve: %s\n", what.c_str());
    res.status = 500;
    res.set_content(error_json(500, "E099", "internal error"), "application/json");
    add_security_headers(res);
  });
}

Server::~Server() = default;

int Server::bind() {
  if (opt_.port == 0) {
    port_ = http_->bind_to_any_port(opt_.host);
    if (port_ <= 0) port_ = 0;
  } else {
    port_ = http_->bind_to_port(opt_.host, opt_.port) ? opt_.port : 0;
  }
  if (port_ == 0)
    throw Error(Errc::kIo, fmt::format("cannot listen on {}:{} (in use, or not an address of this machine)", opt_.host,
                                       opt_.port));
  // httplib listens with a backlog of 5: too short for a burst of clients
  // (wrk opens all its connections at once). listen() again widens it.
  if (listen_fd_ >= 0) ::listen(listen_fd_, SOMAXCONN);
  return port_;
}

void Server::run() {
  started_ = true;
  if (!stop_requested_) http_->listen_after_bind();
  finished_ = true;
}

void Server::stop() {
  stop_requested_ = true;
  if (!started_) return;  // run() will see stop_requested_
  while (!http_->is_running() && !finished_) std::this_thread::yield();
  http_->stop();
}

}  // namespace detente::serve
