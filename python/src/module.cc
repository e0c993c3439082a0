// python/src/module.cc — the `detente._detente` extension: Coder, a thin
// layer over Pipeline (pipeline/pipeline.h). Events are DESIGN.md's record as
// produced by event_json (pipeline/explain.h), converted to Python dicts.
//
// Threading: every method that codes releases the GIL while the C++ pipeline
// runs; a Coder holds only the immutable Pipeline, so one Coder may be used by
// any number of Python threads at once.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <thread>
#include <tuple>

#include "convert.h"
#include "core/error.h"
#include "core/resources.h"
#include "events/coder.h"
#include "pipeline/explain.h"
#include "pipeline/pipeline.h"
#include "readers/reader.h"
#include "sinks/sinks.h"
#include "text/utf8.h"

namespace detente::py_ext {

void register_store(py::module_& m);  // store.cc

namespace {

const std::vector<std::string> kTextFields{"text", "body", "content"};

// Checks and normalizes a text the way the readers do; returns why it is unusable, or "".
std::string prepare_text(std::string& text) {
  size_t bad = find_invalid_utf8(text);
  if (bad != std::string::npos) return "invalid UTF-8 at byte " + std::to_string(bad);
  if (const void* nul = std::memchr(text.data(), 0, text.size()))
    return "NUL byte at byte " + std::to_string(static_cast<const char*>(nul) - text.data());
  normalize_nfc(text);
  return {};
}

// One document given to code_many, and what became of it.
struct Item {
  Document doc;
  std::string error;  // "" or why it was not coded
  std::vector<Event> events;
};

std::string as_text_field(py::handle v) {
  if (py::isinstance<py::str>(v)) return v.cast<std::string>();
  if (py::isinstance<py::int_>(v)) return std::string(py::str(v));
  throw py::type_error("expected str");
}

// Builds an Item from a str (the text) or a mapping ({"id","date","text"|"body"|"content",...}).
void fill_item(py::handle obj, size_t index, Item& it, const std::vector<std::string>& text_fields,
               const std::string& id_field, const std::string& date_field, Date default_date) {
  Document& d = it.doc;
  d.id = std::to_string(index);
  d.date = default_date;
  d.origin = {"<python>", index + 1};
  if (py::isinstance<py::str>(obj)) {
    d.text = obj.cast<std::string>();
  } else if (PyMapping_Check(obj.ptr()) && !PySequence_Check(obj.ptr())) {
    py::object m = py::reinterpret_borrow<py::object>(obj);
    auto get = [&](const std::string& key) -> py::object {
      py::object k = py::str(key);
      if (!PyMapping_HasKey(m.ptr(), k.ptr())) return py::none();
      return m[k];
    };
    if (py::object v = get(id_field); !v.is_none()) d.id = as_text_field(v);
    bool has_text = false;
    for (const auto& f : text_fields)
      if (py::object v = get(f); !v.is_none()) {
        if (!py::isinstance<py::str>(v)) {
          it.error = "field \"" + f + "\" is not a string";
          return;
        }
        d.text = v.cast<std::string>();
        has_text = true;
        break;
      }
    if (!has_text) {
      std::string names;
      for (const auto& f : text_fields) names += (names.empty() ? "" : ", ") + f;
      it.error = "no text field (looked for " + names + ")";
      return;
    }
    if (py::object v = get(date_field); !v.is_none()) {
      try {
        d.date = to_date(v, "date");
      } catch (const py::value_error& e) {
        it.error = std::string("unusable date: ") + e.what();
        return;
      }
    }
    for (const char* f : {"title", "headline"})
      if (py::object v = get(f); py::isinstance<py::str>(v)) {
        d.title = v.cast<std::string>();
        break;
      }
    if (py::object v = get("source"); py::isinstance<py::str>(v)) d.source = v.cast<std::string>();
    if (py::object v = get("url"); py::isinstance<py::str>(v)) d.url = v.cast<std::string>();
  } else {
    throw py::type_error("code_many: document " + std::to_string(index) +
                         " must be a str or a mapping with a text field, not " +
                         std::string(py::str(py::type::of(obj))));
  }
  it.error = prepare_text(d.text);
}

// Codes items[i] for every i on `threads` threads (the caller's included).
// Never throws: a document whose coding throws gets its error set.
void code_items(const Pipeline& p, std::vector<Item>& items, int threads) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    CodedDocument coded;
    for (;;) {
      size_t i = next.fetch_add(1);
      if (i >= items.size()) return;
      Item& it = items[i];
      if (!it.error.empty()) continue;
      try {
        p.code(it.doc, coded);
        it.events.swap(coded.events);
      } catch (const std::exception& e) {
        it.error = std::string("coding failed: ") + e.what();
      }
      coded.clear();
      // The events carry their evidence; the annotations are no longer needed.
      std::string().swap(it.doc.text);
      std::string().swap(it.doc.pool);
      std::vector<Token>().swap(it.doc.tokens);
      std::vector<Sentence>().swap(it.doc.sentences);
    }
  };
  size_t n = std::min(items.size(), static_cast<size_t>(std::max(threads, 1)));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

// event_json's object keeps its keys sorted; the dict follows DESIGN.md's
// order (the order of `detente code --format jsonl`), then any other keys.
py::dict record_to_python(const nlohmann::json& j) {
  static const char* const kOrder[] = {"doc_id",      "sentence",    "date",      "source", "target",
                                       "code",        "root",        "quad",      "goldstein", "plover",
                                       "mode",        "source_text", "target_text", "verb_text", "spans",
                                       "location",    "pattern",     "text",      "attribution"};
  py::dict d;
  for (const char* k : kOrder)
    if (auto it = j.find(k); it != j.end()) d[k] = to_python(*it);
  for (auto it = j.begin(); it != j.end(); ++it)
    if (!d.contains(it.key())) d[py::str(it.key())] = to_python(it.value());
  return d;
}

py::list events_to_python(const std::vector<Event>& events, py::list out = py::list()) {
  for (const auto& e : events) out.append(record_to_python(event_json(e)));
  return out;
}

// Renames the documents a partition reader sees: the temporary file it reads
// (`from`) is reported as the original file (`to`) with lines shifted by
// `offset`, so ids, rejects and line numbers match a run over the whole file.
struct Alias {
  bool on = false;
  std::string from, to;
  int64_t offset = 0;

  std::string file(const std::string& f) const { return on && f == from ? to : f; }
  uint64_t line(const std::string& f, uint64_t l) const {
    return on && f == from && l > 0 ? static_cast<uint64_t>(static_cast<int64_t>(l) + offset) : l;
  }
  // The reader names a document without an id "FILE:LINE".
  std::string id(const std::string& id, const std::string& f, uint64_t l) const {
    if (!on || f != from || l == 0) return id;
    if (id == from + ":" + std::to_string(l)) return to + ":" + std::to_string(line(f, l));
    return id;
  }
};

class Coder {
 public:
  Coder(std::string model, std::vector<std::string> actors, bool default_actors, std::vector<std::string> verbs,
        bool tabari_verbs, bool default_patterns, bool keep_modal, bool allow_no_target, bool geolocate) {
    config_.syntax_model = std::move(model);
    config_.actor_files = std::move(actors);
    config_.default_actors = default_actors;
    config_.verb_files = std::move(verbs);
    config_.tabari_verbs = tabari_verbs;
    config_.default_patterns = default_patterns;
    config_.keep_modal = keep_modal;
    config_.allow_no_target = allow_no_target;
    config_.geolocate = geolocate;
    py::gil_scoped_release nogil;
    pipeline_ = Pipeline::load(config_);
  }

  py::dict config() const {
    py::dict d;
    d["model"] = config_.syntax_model;
    d["actors"] = config_.actor_files;
    d["default_actors"] = config_.default_actors;
    d["verbs"] = config_.verb_files;
    d["tabari_verbs"] = config_.tabari_verbs;
    d["default_patterns"] = config_.default_patterns;
    d["keep_modal"] = config_.keep_modal;
    d["allow_no_target"] = config_.allow_no_target;
    d["geolocate"] = config_.geolocate;
    return d;
  }

  Document make_doc(std::string text, py::handle date, std::string doc_id, std::string title, std::string source,
                    std::string url) const {
    Document d;
    d.text = std::move(text);
    if (auto why = prepare_text(d.text); !why.empty()) throw py::value_error("code: " + why);
    d.date = to_date(date, "date");
    d.id = std::move(doc_id);
    d.title = std::move(title);
    d.source = std::move(source);
    d.url = std::move(url);
    d.origin = {"<python>", 0};
    return d;
  }

  py::list code(std::string text, py::object date, std::string doc_id, std::string title, std::string source,
                std::string url) const {
    Document d = make_doc(std::move(text), date, std::move(doc_id), std::move(title), std::move(source), std::move(url));
    CodedDocument coded;
    {
      py::gil_scoped_release nogil;
      pipeline_->code(d, coded);
    }
    return events_to_python(coded.events);
  }

  py::object explain(std::string text, py::object date, std::string doc_id, bool as_text) const {
    Document d = make_doc(std::move(text), date, std::move(doc_id), "", "", "");
    CodedDocument coded;
    CodeTrace trace;
    nlohmann::json j;
    std::string s;
    {
      py::gil_scoped_release nogil;
      pipeline_->code(d, coded, &trace);
      if (as_text) s = explain_text(d, coded, trace);
      else j = explain_json(d, coded, trace);
    }
    if (as_text) return py::str(s);
    return to_python(j);
  }

  py::list code_many(py::iterable docs, int threads, py::object rejects, py::object date,
                     std::vector<std::string> text_fields, std::string id_field, std::string date_field) const {
    if (threads < 1) throw py::value_error("code_many: threads must be >= 1");
    if (!rejects.is_none() && !py::isinstance<py::list>(rejects))
      throw py::type_error("code_many: rejects must be None or a list");
    if (text_fields.empty()) text_fields = kTextFields;
    Date default_date = to_date(date, "date");
    std::vector<Item> items;
    for (py::handle obj : docs) {
      items.emplace_back();
      fill_item(obj, items.size() - 1, items.back(), text_fields, id_field, date_field, default_date);
    }
    {
      py::gil_scoped_release nogil;
      code_items(*pipeline_, items, threads);
    }
    py::list out;
    for (size_t i = 0; i < items.size(); ++i) {
      const Item& it = items[i];
      if (!it.error.empty()) {
        if (rejects.is_none())
          throw py::value_error("code_many: document " + std::to_string(i) + " (id \"" + it.doc.id +
                                "\"): " + it.error + " (pass rejects=[] to collect such documents and go on)");
        py::dict r;
        r["index"] = i;
        r["id"] = it.doc.id;
        r["reason"] = it.error;
        rejects.cast<py::list>().append(r);
        continue;
      }
      events_to_python(it.events, out);
    }
    return out;
  }

  py::dict code_files(std::vector<std::string> inputs, int threads, std::optional<std::string> output,
                      std::string format, py::object date, bool require_date, std::vector<std::string> text_fields,
                      std::string id_field, std::string date_field,
                      std::optional<std::tuple<std::string, std::string, int64_t>> origin) const {
    if (threads < 1) throw py::value_error("code_files: threads must be >= 1");
    ReadOptions ro;
    if (!text_fields.empty()) ro.text_fields = text_fields;
    ro.id_field = id_field;
    ro.date_field = date_field;
    ro.default_date = to_date(date, "date");
    ro.require_date = require_date;
    Alias alias;
    if (origin) {
      alias.on = true;
      std::tie(alias.from, alias.to, alias.offset) = *origin;
    }
    std::vector<Reject> rejects;
    std::vector<nlohmann::json> events;
    RunStats stats;
    ReadStats read;
    uint64_t failed = 0;
    {
      py::gil_scoped_release nogil;
      std::FILE* out = nullptr;
      std::unique_ptr<EventWriter> writer;
      if (output) {
        out = std::fopen(output->c_str(), "wb");
        if (!out) throw Error(Errc::kIo, *output, 0, "cannot write output");
        try {
          writer = make_writer(format, out);
        } catch (...) {
          std::fclose(out);
          throw;
        }
      }
      try {
        DocumentReader reader(inputs, ro, [&](const Reject& r) {
          rejects.push_back({alias.file(r.file), alias.line(r.file, r.line), alias.id(r.id, r.file, r.line), r.reason});
        });
        stats = run_pipeline(
            reader, *pipeline_, threads,
            [&](const Document& doc, const CodedDocument& coded) {
              std::string id = alias.id(doc.id, doc.origin.file, doc.origin.line);
              bool renamed = id != doc.id;
              if (writer) {
                if (!renamed) {
                  for (const auto& e : coded.events) writer->write(doc, e);
                } else {
                  Document lite;
                  lite.id = id;
                  lite.date = doc.date;
                  lite.title = doc.title;
                  lite.source = doc.source;
                  lite.url = doc.url;
                  for (Event e : coded.events) {
                    e.doc_id = id;
                    writer->write(lite, e);
                  }
                }
              } else {
                for (const auto& e : coded.events) {
                  events.push_back(event_json(e));
                  if (renamed) events.back()["doc_id"] = id;
                }
              }
            },
            [&](const Document& doc, const std::string& reason) {
              ++failed;
              rejects.push_back({alias.file(doc.origin.file), alias.line(doc.origin.file, doc.origin.line),
                                 alias.id(doc.id, doc.origin.file, doc.origin.line), reason});
            });
        read = reader.stats();
        if (writer) writer->finish();
      } catch (...) {
        if (out) std::fclose(out);
        throw;
      }
      if (out) {
        bool bad = std::ferror(out) != 0;
        if (std::fclose(out) != 0 || bad) throw Error(Errc::kIo, *output, 0, "write failed (disk full?)");
      }
    }
    py::dict result;
    if (output) {
      result["events"] = py::none();
    } else {
      py::list l;
      for (const auto& j : events) l.append(record_to_python(j));
      result["events"] = l;
    }
    py::list rl;
    for (const auto& r : rejects) {
      py::dict d;
      d["file"] = r.file;
      d["line"] = r.line;
      d["id"] = r.id;
      d["reason"] = r.reason;
      rl.append(d);
    }
    result["rejects"] = rl;
    py::dict st;
    st["read"] = read.read;
    st["coded"] = stats.coded;
    st["rejected"] = read.rejected + failed;
    st["sentences"] = stats.sentences;
    st["events"] = stats.events;
    result["stats"] = st;
    return result;
  }

 private:
  PipelineConfig config_;
  std::shared_ptr<const Pipeline> pipeline_;
};

}  // namespace
}  // namespace detente::py_ext

PYBIND11_MODULE(_detente, m) {
  namespace py = pybind11;
  using namespace detente::py_ext;
  using detente::py_ext::Coder;
  m.doc() = "detente's C++ engine (use the `detente` package, not this module)";
  m.attr("__version__") = DETENTE_VERSION;
  m.attr("source_dir") = DETENTE_SOURCE_DIR;
  static py::exception<detente::Error> error(m, "Error", PyExc_RuntimeError);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const detente::Error& e) {
      py::object exc = py::handle(error.ptr())(py::str(e.what()));
      exc.attr("id") = detente::error_id(e.code());
      PyErr_SetObject(error.ptr(), exc.ptr());
    }
  });
  m.def("resource_path", [](std::string rel) { return detente::resource_path(rel); }, py::arg("rel"),
        "Where detente finds a data file or model: $DETENTE_HOME/<rel>, the install prefix, or the source tree.");

  py::class_<Coder>(m, "Coder")
      .def(py::init<std::string, std::vector<std::string>, bool, std::vector<std::string>, bool, bool, bool, bool,
                    bool>(),
           py::kw_only(), py::arg("model") = "", py::arg("actors") = std::vector<std::string>{},
           py::arg("default_actors") = true, py::arg("verbs") = std::vector<std::string>{},
           py::arg("tabari_verbs") = false, py::arg("default_patterns") = true, py::arg("keep_modal") = false,
           py::arg("allow_no_target") = false, py::arg("geolocate") = true)
      .def_property_readonly("config", &Coder::config)
      .def("code", &Coder::code, py::arg("text"), py::kw_only(), py::arg("date") = py::none(),
           py::arg("doc_id") = "", py::arg("title") = "", py::arg("source") = "", py::arg("url") = "")
      .def("explain", &Coder::explain, py::arg("text"), py::kw_only(), py::arg("date") = py::none(),
           py::arg("doc_id") = "", py::arg("as_text") = false)
      .def("code_many", &Coder::code_many, py::arg("docs"), py::kw_only(), py::arg("threads") = 1,
           py::arg("rejects") = py::none(), py::arg("date") = py::none(),
           py::arg("text_fields") = std::vector<std::string>{}, py::arg("id_field") = "id",
           py::arg("date_field") = "date")
      .def("code_files", &Coder::code_files, py::arg("inputs"), py::kw_only(), py::arg("threads") = 1,
           py::arg("output") = py::none(), py::arg("format") = "jsonl", py::arg("date") = py::none(),
           py::arg("require_date") = true, py::arg("text_fields") = std::vector<std::string>{},
           py::arg("id_field") = "id", py::arg("date_field") = "date", py::arg("origin") = py::none());

  register_store(m);
}
