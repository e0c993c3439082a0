#include "core/date.h"

#include <gtest/gtest.h>

namespace detente {
namespace {

TEST(Date, ParsesIsoDatesAndDatetimes) {
  EXPECT_EQ(parse_date("2019-10-24").iso(), "2019-10-24");
  EXPECT_EQ(parse_date("2019-10-24T09:30:00+09:00").iso(), "2019-10-24");
  EXPECT_EQ(parse_date("2019-10-24 09:30:00").iso(), "2019-10-24");
  EXPECT_EQ(parse_date("20191024").iso(), "2019-10-24");
  EXPECT_EQ(parse_date("2019/10/24").iso(), "2019-10-24");
  EXPECT_EQ(parse_date("  2019-10-24\n").iso(), "2019-10-24");
}

TEST(Date, ParsesRfc2822AndWireForms) {
  EXPECT_EQ(parse_date("Thu, 24 Oct 2019 09:30:00 +0900").iso(), "2019-10-24");
  EXPECT_EQ(parse_date("24 October 2019").iso(), "2019-10-24");
  EXPECT_EQ(parse_date("Oct. 24, 2019").iso(), "2019-10-24");
  EXPECT_EQ(parse_date("October 24th, 2019 09:30 KST").iso(), "2019-10-24");
  EXPECT_EQ(parse_date("Sept. 3, 2020").iso(), "2020-09-03");
  EXPECT_EQ(parse_date("26-FEB-1987 15:01:01.79").iso(), "1987-02-26");
}

TEST(Date, RejectsWhatIsNotADate) {
  EXPECT_FALSE(parse_date("").ok());
  EXPECT_FALSE(parse_date("yesterday").ok());
  EXPECT_FALSE(parse_date("2019-02-30").ok());
  EXPECT_FALSE(parse_date("2019-13-01").ok());
  EXPECT_FALSE(parse_date("Oct. 24").ok());  // no year: never guess
  EXPECT_FALSE(parse_date("24 Foo 2019").ok());
  EXPECT_FALSE(parse_date(std::string(1000, '1')).ok());
}

TEST(Date, DayArithmeticRoundTrips) {
  EXPECT_EQ(make_date(1970, 1, 1).days(), 0);
  for (int d = -30000; d < 30000; d += 37) EXPECT_EQ(Date::from_days(d).days(), d);
  EXPECT_LT(make_date(2019, 10, 24), make_date(2019, 10, 25));
  EXPECT_EQ(make_date(2020, 2, 29).iso(), "2020-02-29");
  EXPECT_FALSE(make_date(2019, 2, 29).ok());
}

TEST(Date, WeekdaysOfDatesAndWords) {
  EXPECT_EQ(make_date(1970, 1, 1).weekday(), 3);   // a Thursday
  EXPECT_EQ(make_date(1987, 3, 2).weekday(), 0);   // a Monday
  EXPECT_EQ(make_date(1969, 12, 28).weekday(), 6);  // a Sunday, before day 0
  EXPECT_EQ(make_date(2024, 2, 29).weekday(), 3);
  EXPECT_EQ(weekday_from_word("Monday"), 0);
  EXPECT_EQ(weekday_from_word("tues."), 1);
  EXPECT_EQ(weekday_from_word("WED"), 2);
  EXPECT_EQ(weekday_from_word("Thurs"), 3);
  EXPECT_EQ(weekday_from_word("Thu,"), 3);
  EXPECT_EQ(weekday_from_word("sunday"), 6);
  // words that only begin like a weekday are none
  EXPECT_EQ(weekday_from_word("money"), -1);
  EXPECT_EQ(weekday_from_word("Saturn"), -1);
  EXPECT_EQ(weekday_from_word("thus"), -1);
  EXPECT_EQ(weekday_from_word("fr"), -1);
  EXPECT_EQ(parse_date("Thursday, 24 October 2019").iso(), "2019-10-24");
}

}  // namespace
}  // namespace detente
