// python/src/store.cc — read_events and dyad over a detente database
// (store/query.h), returned as {column: list} for pandas.DataFrame. The
// database is opened read-only; the GIL is released while SQLite runs.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <limits>

#include "convert.h"
#include "store/query.h"
#include "store/store.h"
#include "store/synth.h"

namespace detente::py_ext {
namespace {

struct Row {
  std::string title, outlet, url;
  Event e;
  EventExtras x;
};

template <class F>
py::list column(const std::vector<Row>& rows, F f) {
  py::list l(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) l[i] = f(rows[i]);
  return l;
}

std::unique_ptr<Store> open_read_only(const std::string& path) {
  StoreOptions o;
  o.read_only = true;
  o.create = false;
  return Store::open(path, o);
}

// A bound as `detente dyad`/`export` take it ("2019-10-24", "2019-10", "2019":
// the first day, or with `end` the last day), or a datetime.date, or None.
Date bound(py::handle h, const char* option, bool end) {
  if (py::isinstance<py::str>(h)) return parse_date_bound(h.cast<std::string>(), option, end);
  return to_date(h, option);
}

py::dict read_events(const std::string& path, py::object start, py::object end, std::vector<std::string> sources,
                     std::vector<std::string> targets, std::vector<std::string> actors,
                     std::vector<std::string> codes, bool one_a_day, uint64_t limit) {
  ExportFilter f;
  f.from = bound(start, "start", false);
  f.to = bound(end, "end", true);
  f.sources = std::move(sources);
  f.targets = std::move(targets);
  f.actors = std::move(actors);
  f.codes = std::move(codes);
  f.one_a_day = one_a_day;
  f.limit = limit;
  std::vector<Row> rows;
  {
    py::gil_scoped_release nogil;
    auto store = open_read_only(path);
    export_events(*store, f, [&](const Document& doc, const Event& e, const EventExtras& x) {
      rows.push_back({doc.title, doc.source, doc.url, e, x});
    });
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  auto str = [](const std::string& s) { return py::str(s); };
  py::dict d;
  d["event_id"] = column(rows, [](const Row& r) { return py::int_(r.x.event_id); });
  d["doc_id"] = column(rows, [&](const Row& r) { return str(r.e.doc_id); });
  d["sentence"] = column(rows, [](const Row& r) { return py::int_(r.e.sentence); });
  d["date"] = column(rows, [&](const Row& r) { return str(r.e.date.iso()); });
  d["source"] = column(rows, [&](const Row& r) { return str(r.e.source); });
  d["target"] = column(rows, [&](const Row& r) { return str(r.e.target); });
  d["code"] = column(rows, [&](const Row& r) { return str(r.e.code); });
  d["root"] = column(rows, [&](const Row& r) { return str(r.e.root); });
  d["quad"] = column(rows, [](const Row& r) { return py::int_(r.e.quad); });
  d["goldstein"] = column(rows, [](const Row& r) { return py::float_(r.e.goldstein); });
  d["plover"] = column(rows, [&](const Row& r) { return str(r.e.plover); });
  d["mode"] = column(rows, [&](const Row& r) { return str(r.e.mode); });
  d["source_text"] = column(rows, [&](const Row& r) { return str(r.e.source_text); });
  d["target_text"] = column(rows, [&](const Row& r) { return str(r.e.target_text); });
  d["verb_text"] = column(rows, [&](const Row& r) { return str(r.e.verb_text); });
  d["source_begin"] = column(rows, [](const Row& r) { return py::int_(r.e.source_span.begin); });
  d["source_end"] = column(rows, [](const Row& r) { return py::int_(r.e.source_span.end); });
  d["verb_begin"] = column(rows, [](const Row& r) { return py::int_(r.e.verb_span.begin); });
  d["verb_end"] = column(rows, [](const Row& r) { return py::int_(r.e.verb_span.end); });
  d["target_begin"] = column(rows, [](const Row& r) { return py::int_(r.e.target_span.begin); });
  d["target_end"] = column(rows, [](const Row& r) { return py::int_(r.e.target_span.end); });
  d["location_name"] = column(rows, [&](const Row& r) { return str(r.e.location.name); });
  d["location_country"] = column(rows, [&](const Row& r) { return str(r.e.location.country); });
  d["location_admin1"] = column(rows, [&](const Row& r) { return str(r.e.location.admin1); });
  d["geonames_id"] = column(rows, [](const Row& r) { return py::int_(r.e.location.geonames_id); });
  d["lat"] = column(rows, [&](const Row& r) { return py::float_(r.e.location.ok() ? r.e.location.lat : nan); });
  d["lon"] = column(rows, [&](const Row& r) { return py::float_(r.e.location.ok() ? r.e.location.lon : nan); });
  d["pattern"] = column(rows, [&](const Row& r) { return str(r.e.pattern); });
  d["text"] = column(rows, [&](const Row& r) { return str(r.e.text); });
  d["attribution"] = column(rows, [&](const Row& r) { return str(r.e.attribution); });
  d["title"] = column(rows, [&](const Row& r) { return str(r.title); });
  d["outlet"] = column(rows, [&](const Row& r) { return str(r.outlet); });
  d["url"] = column(rows, [&](const Row& r) { return str(r.url); });
  d["num_mentions"] = column(rows, [](const Row& r) { return py::int_(r.x.mentions); });
  d["num_sources"] = column(rows, [](const Row& r) { return py::int_(r.x.sources); });
  d["num_articles"] = column(rows, [](const Row& r) { return py::int_(r.x.articles); });
  d["story"] = column(rows, [](const Row& r) { return py::int_(r.x.story); });
  return d;
}

py::dict dyad(const std::string& path, std::string a, std::string b, std::string by, py::object start,
              py::object end, bool all_events) {
  DyadQuery q;
  q.a = std::move(a);
  q.b = std::move(b);
  q.by = parse_period(by);
  q.from = bound(start, "start", false);
  q.to = bound(end, "end", true);
  q.all_events = all_events;
  std::vector<DyadPeriod> series;
  {
    py::gil_scoped_release nogil;
    auto store = open_read_only(path);
    series = dyad_series(*store, q);
  }
  py::dict d;
  py::list period, first;
  for (const auto& p : series) {
    period.append(p.label);
    first.append(p.start.iso());
  }
  d["period"] = period;
  d["start"] = first;
  auto tally = [&](const char* prefix, Tally DyadPeriod::*which) {
    std::string pre(prefix);
    py::list events, q1, q2, q3, q4, gsum, gmean;
    for (const auto& p : series) {
      const Tally& t = p.*which;
      events.append(t.events);
      q1.append(t.quad[1]);
      q2.append(t.quad[2]);
      q3.append(t.quad[3]);
      q4.append(t.quad[4]);
      gsum.append(t.goldstein_sum);
      gmean.append(t.events ? t.goldstein_mean() : std::numeric_limits<double>::quiet_NaN());
    }
    d[py::str(pre + "events")] = events;
    d[py::str(pre + "q1")] = q1;
    d[py::str(pre + "q2")] = q2;
    d[py::str(pre + "q3")] = q3;
    d[py::str(pre + "q4")] = q4;
    d[py::str(pre + "goldstein_sum")] = gsum;
    d[py::str(pre + "goldstein_mean")] = gmean;
  };
  tally("ab_", &DyadPeriod::ab);
  tally("ba_", &DyadPeriod::ba);
  tally("both_", &DyadPeriod::both);
  return d;
}

}  // namespace

void register_store(py::module_& m) {
  m.def("read_events", &read_events, py::arg("db"), py::kw_only(), py::arg("start") = py::none(),
        py::arg("end") = py::none(), py::arg("sources") = std::vector<std::string>{},
        py::arg("targets") = std::vector<std::string>{}, py::arg("actors") = std::vector<std::string>{},
        py::arg("codes") = std::vector<std::string>{}, py::arg("one_a_day") = false, py::arg("limit") = 0);
  m.def("dyad", &dyad, py::arg("db"), py::arg("a"), py::arg("b"), py::kw_only(), py::arg("by") = "month",
        py::arg("start") = py::none(), py::arg("end") = py::none(), py::arg("all_events") = false);
  // For tests and benchmarks: a database of synthetic events (store/synth.h; not news).
  m.def(
      "_synthetic_db",
      [](const std::string& path, uint64_t events, uint64_t seed) {
        py::gil_scoped_release nogil;
        SynthOptions o;
        o.seed = seed;
        return build_synthetic_db(path, events, o);
      },
      py::arg("path"), py::arg("events"), py::arg("seed") = 1);
}

}  // namespace detente::py_ext
