// core/date.h — calendar dates and the parser for the date forms news uses.
//
// Contract: `parse_date` accepts ISO 8601 dates and datetimes (2019-10-24,
// 2019-10-24T09:30:00+09:00, 20191024), RFC 2822 ("Thu, 24 Oct 2019 09:30:00
// +0900"), and common wire forms ("Oct. 24, 2019", "24 October 2019",
// "October 24, 2019 09:30 KST", "26-FEB-1987 15:01:01.79", "2019/10/24").
// It returns an invalid Date (ok() == false) for anything else, never a
// guess, and never throws. The date is the calendar date as written (no time
// zone shift). Pure and thread-safe.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace detente {

struct Date {
  int16_t year = 0;
  int8_t month = 0, day = 0;
  bool ok() const { return year != 0; }
  std::string iso() const;  // "YYYY-MM-DD", or "" if !ok()
  int32_t days() const;     // days since 1970-01-01 (for comparisons and periods)
  static Date from_days(int32_t days);
  int weekday() const;      // 0 = Monday .. 6 = Sunday
  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date& a, const Date& b) { return a.days() <=> b.days(); }
};

Date make_date(int year, int month, int day);  // invalid Date if out of range
Date parse_date(std::string_view text);
// The month 1..12 of an English month name or its abbreviation, any case
// ("oct", "Oct.", "October", "Sept"), else 0.
int month_from_word(std::string_view w);
// The weekday 0..6 (0 = Monday, as Date::weekday) of an English weekday name
// or its abbreviation, any case, with a trailing comma or period allowed
// ("Thu,", "Tues.", "friday"), else -1.
int weekday_from_word(std::string_view w);

}  // namespace detente
