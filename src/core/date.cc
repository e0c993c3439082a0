#include "core/date.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace detente {
namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int month_days(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// Splits on spaces, commas and slashes/hyphens as requested; tokens are views.
struct Words {
  std::array<std::string_view, 12> w;
  size_t n = 0;
};

Words split_words(std::string_view s) {
  Words out;
  size_t i = 0;
  while (i < s.size() && out.n < out.w.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') ++i;
    if (i > b) out.w[out.n++] = s.substr(b, i - b);
  }
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Strips English ordinal suffixes: "24th" -> "24".
std::string_view strip_ordinal(std::string_view s) {
  if (s.size() > 2) {
    auto suf = s.substr(s.size() - 2);
    if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") return s.substr(0, s.size() - 2);
  }
  return s;
}

int year_of(std::string_view s) {
  if (!all_digits(s) || s.size() != 4) return 0;
  return to_int(s);
}

Date numeric(std::string_view s) {
  // YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD (optionally followed by a time part).
  if (s.size() >= 8 && all_digits(s.substr(0, 8)) && (s.size() == 8 || s[8] == 'T' || s[8] == ' '))
    return make_date(to_int(s.substr(0, 4)), to_int(s.substr(4, 2)), to_int(s.substr(6, 2)));
  if (s.size() >= 10 && all_digits(s.substr(0, 4)) && (s[4] == '-' || s[4] == '/') && s[7] == s[4] &&
      all_digits(s.substr(5, 2)) && all_digits(s.substr(8, 2)) &&
      (s.size() == 10 || s[10] == 'T' || s[10] == ' ' || s[10] == 't'))
    return make_date(to_int(s.substr(0, 4)), to_int(s.substr(5, 2)), to_int(s.substr(8, 2)));
  // DD-MON-YYYY (Reuters: "26-FEB-1987 15:01:01.79")
  auto d1 = s.find('-');
  if (d1 != std::string_view::npos && d1 <= 2) {
    auto d2 = s.find('-', d1 + 1);
    if (d2 != std::string_view::npos && all_digits(s.substr(0, d1))) {
      int m = month_from_word(s.substr(d1 + 1, d2 - d1 - 1));
      auto rest = s.substr(d2 + 1, 4);
      if (m && year_of(rest)) return make_date(year_of(rest), m, to_int(s.substr(0, d1)));
    }
  }
  return {};
}

}  // namespace

// Lower-cases ASCII into a small buffer; returns the month 1..12 for an
// English month name or abbreviation ("oct", "oct.", "october", "sept"), else 0.
int month_from_word(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return 0;
  char buf[10];
  for (size_t i = 0; i < w.size(); ++i) buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
  std::string_view lw(buf, w.size());
  if (lw == "sept") return 9;
  for (size_t m = 0; m < 12; ++m) {
    if (lw == kNames[m]) return static_cast<int>(m) + 1;
    if (lw.size() == 3 && kNames[m].substr(0, 3) == lw) return static_cast<int>(m) + 1;
  }
  return 0;
}

int weekday_from_word(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kNames = {"monday", "tuesday",  "wednesday", "thursday",
                                                              "friday", "saturday", "sunday"};
  if (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return -1;
  char buf[9];
  for (size_t i = 0; i < w.size(); ++i) buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[i])));
  const std::string_view lw(buf, w.size());
  for (size_t d = 0; d < kNames.size(); ++d) {
    // the name, or its first three letters ("thu"), or the longer wire forms "tues", "thur", "thurs"
    if (lw == kNames[d] || lw == kNames[d].substr(0, 3)) return static_cast<int>(d);
    if ((d == 1 && lw == "tues") || (d == 3 && (lw == "thur" || lw == "thurs"))) return static_cast<int>(d);
  }
  return -1;
}

int Date::weekday() const { return static_cast<int>(((days() % 7) + 7 + 3) % 7); }  // 1970-01-01 was a Thursday

Date make_date(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return {};
  if (day > month_days(year, month)) return {};
  Date d;
  d.year = static_cast<int16_t>(year);
  d.month = static_cast<int8_t>(month);
  d.day = static_cast<int8_t>(day);
  return d;
}

std::string Date::iso() const {
  if (!ok()) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Howard Hinnant's days_from_civil.
int32_t Date::days() const {
  int y = year, m = month, d = day;
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

Date Date::from_days(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return make_date(y + (m <= 2), static_cast<int>(m), static_cast<int>(d));
}

Date parse_date(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  if (s.empty() || s.size() > 200) return {};
  if (Date d = numeric(s); d.ok()) return d;

  Words w = split_words(s);
  size_t i = 0;
  if (i < w.n && weekday_from_word(w.w[i]) >= 0) ++i;  // RFC 2822 "Thu, 24 Oct 2019 ..."
  if (i < w.n) {
    if (Date d = numeric(w.w[i]); d.ok()) return d;  // "Thu 2019-10-24"
  }
  if (i + 2 < w.n + 0 || i + 2 == w.n || i + 2 < w.n) {
    // "24 Oct 2019", "24 October, 2019"
    auto a = strip_ordinal(w.w[i]);
    if (i + 2 < w.n + 1 && all_digits(a) && a.size() <= 2) {
      int m = i + 1 < w.n ? month_from_word(w.w[i + 1]) : 0;
      int y = i + 2 < w.n ? year_of(w.w[i + 2]) : 0;
      if (m && y) return make_date(y, m, to_int(a));
    }
    // "Oct. 24, 2019", "October 24th 2019"
    int m = month_from_word(w.w[i]);
    if (m && i + 2 < w.n) {
      auto dd = strip_ordinal(w.w[i + 1]);
      int y = year_of(w.w[i + 2]);
      if (all_digits(dd) && dd.size() <= 2 && y) return make_date(y, m, to_int(dd));
    }
  }
  return {};
}

}  // namespace detente
