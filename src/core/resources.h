// core/resources.h — where detente finds its data files and models.
//
// Contract: `resource_path("data/actors")` returns the first existing path
// among $DETENTE_HOME/<rel>, <install prefix>/share/detente/<rel> and the
// source tree's <rel>; if none exists it returns the source-tree path (so the
// caller's error names a real location). Thread-safe.
#pragma once
#include <string>
#include <string_view>

namespace detente {

std::string resource_path(std::string_view rel);

}  // namespace detente
