#include "convert.h"

#include <pybind11/stl.h>

#include <cmath>

namespace detente::py_ext {

py::object to_python(const nlohmann::json& j) {
  using nlohmann::json;
  switch (j.type()) {
    case json::value_t::null:
      return py::none();
    case json::value_t::boolean:
      return py::bool_(j.get<bool>());
    case json::value_t::number_integer:
      return py::int_(j.get<int64_t>());
    case json::value_t::number_unsigned:
      return py::int_(j.get<uint64_t>());
    case json::value_t::number_float:
      return py::float_(j.get<double>());
    case json::value_t::string: {
      const auto& s = j.get_ref<const std::string&>();
      // Text from documents is valid UTF-8; "replace" keeps a bad byte from
      // turning one event into an exception.
      PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
      if (!o) throw py::error_already_set();
      return py::reinterpret_steal<py::object>(o);
    }
    case json::value_t::array: {
      py::list l(j.size());
      size_t i = 0;
      for (const auto& v : j) l[i++] = to_python(v);
      return std::move(l);
    }
    case json::value_t::object: {
      py::dict d;
      for (auto it = j.begin(); it != j.end(); ++it) d[py::str(it.key())] = to_python(it.value());
      return std::move(d);
    }
    default:
      return py::none();
  }
}

Date to_date(py::handle h, const char* what) {
  if (h.is_none()) return Date{};
  if (py::isinstance<py::str>(h)) {
    auto s = h.cast<std::string>();
    Date d = parse_date(s);
    if (!d.ok()) throw py::value_error(std::string(what) + ": not a date: \"" + s + "\"");
    return d;
  }
  // datetime.date and its subclasses (datetime.datetime, pandas.Timestamp).
  if (py::hasattr(h, "year") && py::hasattr(h, "month") && py::hasattr(h, "day")) {
    Date d = make_date(h.attr("year").cast<int>(), h.attr("month").cast<int>(), h.attr("day").cast<int>());
    if (d.ok()) return d;
  }
  throw py::value_error(std::string(what) + ": expected None, a date string or a datetime.date, got " +
                        std::string(py::str(py::type::of(h))));
}

py::object date_to_python(Date d) {
  if (!d.ok()) return py::none();
  // Leaked on purpose: destroying a Python object after the interpreter has
  // shut down crashes.
  static auto* date_type = new py::object(py::module_::import("datetime").attr("date"));
  return (*date_type)(int(d.year), int(d.month), int(d.day));
}

}  // namespace detente::py_ext
