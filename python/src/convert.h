// python/src/convert.h — conversions between Python objects and detente's
// types for the extension. All functions need the GIL.
#pragma once
#include <pybind11/pybind11.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/date.h"

namespace detente::py_ext {

namespace py = pybind11;

// A JSON value as the equivalent Python object (dict, list, str, int, float, bool, None).
py::object to_python(const nlohmann::json& j);

// None -> invalid Date; "2019-10-24" (any form core/date.h parses), datetime.date,
// datetime.datetime, pandas.Timestamp -> that calendar date. Anything else, or a
// string that is not a date, throws py::value_error naming `what`.
Date to_date(py::handle h, const char* what);

// A Date as datetime.date, or None when invalid.
py::object date_to_python(Date d);

}  // namespace detente::py_ext
