//! Calendar dates and clock times, as written in front matter.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::diagnostic::Msg;
use crate::msg;

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year.
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
}

impl Date {
    /// The earliest date any date in a site may be: older is a typing error.
    pub(crate) const EARLIEST: Date = Date {
        year: 2000,
        month: 1,
        day: 1,
    };

    /// The date, when it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD`; the reason when it is not a date.
    pub fn parse(s: &str) -> Result<Date, NotValid> {
        let bytes = s.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(NotValid {
                message: msg!("date-not-written-as-yyyy-mm-dd", text = s),
                hint: Date::guess(s).map(|d| msg!("date-write-it-as", date = d)),
            });
        }
        let number = |range: std::ops::Range<usize>| {
            s[range]
                .parse()
                .map_err(|_| NotValid::of(msg!("date-not-a-date", text = s)))
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let year = i32::try_from(year).map_err(|_| NotValid::of(msg!("date-not-a-date", text = s)))?;
        if !(1..=12).contains(&month) {
            return Err(NotValid::of(msg!("date-no-such-month", text = s, month)));
        }
        Date::new(year, month, day).ok_or_else(|| NotValid::of(msg!("date-no-such-day", text = s, month, year, day)))
    }

    /// The date an editor meant by a date in another common form: `25-11-2026`,
    /// `25/11/2026`, `25.11.2026`, `1 januari 2026` (day first, as Dutch writes it), or
    /// `2026/11/25`, `2026-1-5`. None when no real date fits.
    pub(crate) fn guess(s: &str) -> Option<Date> {
        // Month names by their first three letters, in every language of the command
        // line's catalogues, and `mrt`.
        let names: Vec<(u32, String)> = (1..=12)
            .flat_map(|n| {
                crate::diagnostic::Language::all().map(move |lang| {
                    (
                        n,
                        crate::diagnostic::say(lang, &format!("month-{n}"), &[]).to_lowercase(),
                    )
                })
            })
            .chain([(3, "mrt".to_string())])
            .collect();
        let parts: Vec<&str> = s.split(['-', '/', '.', ' ', ',']).filter(|p| !p.is_empty()).collect();
        let [a, b, c] = parts[..] else {
            return None;
        };
        let month = |m: &str| -> Option<u32> {
            m.parse().ok().or_else(|| {
                let lower = m.to_lowercase();
                let start = |name: &str| name.chars().take(3).collect::<String>();
                names
                    .iter()
                    .find(|(_, name)| lower.starts_with(&start(name)))
                    .map(|(n, _)| *n)
            })
        };
        let (year, month, day) = if a.len() == 4 {
            (a.parse().ok()?, month(b)?, c.parse().ok()?)
        } else if c.len() == 4 {
            (c.parse().ok()?, month(b)?, a.parse().ok()?)
        } else {
            return None;
        };
        Date::new(year, month, day)
    }

    /// The date as Dutch readers write it: `1 december 2026`.
    pub fn dutch(self) -> String {
        self.said(crate::diagnostic::Language::DUTCH)
    }

    /// The date as readers of `lang` write it, from the command line's catalogues
    /// (`date-long`): `1 december 2026`, `1 December 2026`.
    pub fn said(self, lang: crate::diagnostic::Language) -> String {
        let month = crate::diagnostic::say(lang, &format!("month-{}", self.month), &[]);
        msg!("date-long", day = self.day, month, year = self.year).say(lang)
    }

    /// The date in `time_zone` at `unix_secs` seconds after 1970-01-01 00:00 UTC.
    pub fn at(unix_secs: i64, time_zone: &str) -> Result<Date, TodayError> {
        let zone = jiff::tz::TimeZone::get(time_zone).map_err(|_| TodayError::TimeZone(time_zone.to_string()))?;
        let instant = jiff::Timestamp::from_second(unix_secs).map_err(|e| TodayError::TimeZone(e.to_string()))?;
        let day = instant.to_zoned(zone).date();
        Date::new(
            i32::from(day.year()),
            day.month().unsigned_abs().into(),
            day.day().unsigned_abs().into(),
        )
        .ok_or_else(|| TodayError::TimeZone(time_zone.to_string()))
    }

    /// The same day `months` months earlier, clamped to the end of a shorter month.
    pub(crate) fn months_before(self, months: u32) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 - i64::from(months);
        let year = total.div_euclid(12) as i32;
        let month = (total.rem_euclid(12) + 1) as u32;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// As `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        self.to_string()
    }
}

/// The time of a command, as the command read it from the clock and the environment: the
/// library reads neither, so a test (or a reproducible build) gives it any day.
#[derive(Debug, Clone)]
pub struct Clock {
    /// Now, or the day that stands in for today; why not, when the given day is no date.
    now: Result<Now, TodayError>,
    /// The date of a reproducible build's editions (`SOURCE_DATE_EPOCH`), in seconds.
    source_date_epoch: Result<Option<i64>, TodayError>,
}

#[derive(Debug, Clone, Copy)]
enum Now {
    /// Seconds after 1970-01-01 00:00 UTC.
    At(i64),
    /// A day given instead of the clock's.
    Day(Date),
}

impl Clock {
    /// The clock at `unix_secs` (seconds after 1970-01-01 00:00 UTC); `today`, when
    /// given, is the day to use instead (`YYYY-MM-DD`, the command's
    /// `STEUNWIJZER_TODAY`); `source_date_epoch`, when given, dates the printed guide,
    /// the kiosk's and the open data's editions (a number of seconds, as
    /// reproducible-builds.org defines the variable).
    pub fn new(unix_secs: i64, today: Option<&str>, source_date_epoch: Option<&str>) -> Clock {
        let now = match today {
            Some(s) => Date::parse(s.trim())
                .map(Now::Day)
                .map_err(|e| TodayError::Override(e.message)),
            None => Ok(Now::At(unix_secs)),
        };
        let source_date_epoch = source_date_epoch
            .map(|s| {
                s.trim()
                    .parse::<i64>()
                    .map_err(|_| TodayError::SourceDateEpoch(s.to_string()))
            })
            .transpose();
        Clock { now, source_date_epoch }
    }

    /// The clock of unit tests: the day the fixtures are written for.
    #[cfg(any(test, feature = "test-support"))]
    pub fn test_day() -> Clock {
        Clock::new(0, Some("2026-11-24"), None)
    }

    /// Today in `time_zone` (an IANA name such as `Europe/Amsterdam`), or the day given
    /// instead. In the municipality's own zone, so an editor's date of today is never "in
    /// the future" just after midnight.
    pub fn today(&self, time_zone: &str) -> Result<Date, TodayError> {
        match self.now.clone()? {
            Now::Day(d) => Ok(d),
            Now::At(secs) => Date::at(secs, time_zone),
        }
    }

    /// The day in `time_zone` that a reproducible build dates its editions, when asked.
    pub fn source_date(&self, time_zone: &str) -> Result<Option<Date>, TodayError> {
        self.source_date_epoch
            .clone()?
            .map(|secs| Date::at(secs, time_zone))
            .transpose()
    }
}

/// Why today's date is not known.
#[derive(Debug, Clone)]
pub enum TodayError {
    /// `STEUNWIJZER_TODAY` is set, but not to a date: why.
    Override(Msg),
    /// `SOURCE_DATE_EPOCH` is set, but not to a number of seconds.
    SourceDateEpoch(String),
    /// The time zone is not known.
    TimeZone(String),
}

/// The time zone of a site that does not name one.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Amsterdam";

/// Whether `name` is a time zone this program knows (an IANA name such as `Europe/Amsterdam`).
pub(crate) fn is_time_zone(name: &str) -> bool {
    jiff::tz::TimeZone::get(name).is_ok()
}

impl TodayError {
    /// What is wrong, in the command line's catalogues.
    pub fn message(&self) -> Msg {
        match self {
            TodayError::Override(why) => msg!("today-not-a-date", why = *why),
            TodayError::SourceDateEpoch(value) => msg!("today-epoch-not-seconds", value),
            TodayError::TimeZone(zone) => msg!("today-time-zone-unknown", zone),
        }
    }
}

impl fmt::Display for TodayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().english())
    }
}

impl std::error::Error for TodayError {}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Why a text is not a date or a time of day: what is wrong, and how to write it when
/// that can be said.
#[derive(Debug, Clone, PartialEq)]
pub struct NotValid {
    /// What is wrong.
    pub message: Msg,
    /// How to write it instead.
    pub hint: Option<Msg>,
}

impl NotValid {
    fn of(message: Msg) -> NotValid {
        NotValid { message, hint: None }
    }
}

/// The message and the hint (on a second line) as [`Msg::encode`] writes them: serde
/// carries a value type's problem as text, and `yaml::errors` reads it back.
impl fmt::Display for NotValid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message.encode())?;
        if let Some(hint) = &self.hint {
            write!(f, "\n{}", hint.encode())?;
        }
        Ok(())
    }
}

/// A time of day on a 24-hour clock, written `HH:MM`. `24:00` is allowed as a closing time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    pub(crate) minutes: u32,
}

impl ClockTime {
    /// Reads `HH:MM`; the reason when it is not one.
    pub fn parse(s: &str) -> Result<ClockTime, NotValid> {
        let err = || NotValid {
            message: msg!("time-not-written-as-hh-mm", text = s),
            hint: Some(msg!("time-hint")),
        };
        let (h, m) = s.split_once(':').ok_or_else(err)?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return Err(err());
        }
        let h: u32 = h.parse().map_err(|_| err())?;
        let m: u32 = m.parse().map_err(|_| err())?;
        if m > 59 || h > 24 || (h == 24 && m > 0) {
            return Err(NotValid::of(msg!("time-not-a-time-of-day", text = s)));
        }
        Ok(ClockTime { minutes: h * 60 + m })
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

/// Serde and schemars support for a value written as text in YAML: serialised with its
/// `Display`, read with its `parse` (after trimming), described in the JSON Schema.
macro_rules! text_value {
    ($type:ident, $expecting:literal, $schema:tt) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl Visitor<'_> for V {
                    type Value = $type;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        // A message, read back by `yaml::errors` in the editor's language.
                        f.write_str(&msg!($expecting).encode())
                    }
                    fn visit_str<E: de::Error>(self, v: &str) -> Result<$type, E> {
                        $type::parse(v.trim()).map_err(E::custom)
                    }
                }
                d.deserialize_str(V)
            }
        }

        impl schemars::JsonSchema for $type {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($type).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!($schema)
            }
        }
    };
}

text_value!(
    Date,
    "type-a-date",
    {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
);

text_value!(
    ClockTime,
    "type-a-time",
    {
        "type": "string",
        "description": "A time on a 24-hour clock, HH:MM",
        "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Seconds since 1970 of a UTC date and time.
    fn utc(y: i16, mo: i8, d: i8, h: i8, mi: i8) -> i64 {
        jiff::civil::date(y, mo, d)
            .at(h, mi, 0, 0)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .unwrap()
            .timestamp()
            .as_second()
    }

    fn amsterdam(secs: i64) -> String {
        Date::at(secs, DEFAULT_TIME_ZONE).unwrap().iso()
    }

    #[test]
    fn today_is_the_municipalitys_day_around_midnight() {
        // Winter (UTC+1): 23:30 UTC is already tomorrow in Haarlem.
        assert_eq!(amsterdam(utc(2026, 11, 24, 22, 59)), "2026-11-24");
        assert_eq!(amsterdam(utc(2026, 11, 24, 23, 0)), "2026-11-25");
        // Summer (UTC+2): from 22:00 UTC.
        assert_eq!(amsterdam(utc(2026, 7, 1, 21, 59)), "2026-07-01");
        assert_eq!(amsterdam(utc(2026, 7, 1, 22, 0)), "2026-07-02");
        // New Year's night.
        assert_eq!(amsterdam(utc(2026, 12, 31, 23, 30)), "2027-01-01");
    }

    #[test]
    fn today_follows_the_clock_changes() {
        // 29 March 2026, 01:00 UTC: 02:00 becomes 03:00. Midnight before it is UTC+1.
        assert_eq!(amsterdam(utc(2026, 3, 28, 23, 0)), "2026-03-29");
        assert_eq!(amsterdam(utc(2026, 3, 29, 21, 59)), "2026-03-29");
        assert_eq!(amsterdam(utc(2026, 3, 29, 22, 0)), "2026-03-30");
        // 25 October 2026, 01:00 UTC: 03:00 becomes 02:00. Midnight before it is UTC+2.
        assert_eq!(amsterdam(utc(2026, 10, 24, 22, 0)), "2026-10-25");
        assert_eq!(amsterdam(utc(2026, 10, 25, 22, 59)), "2026-10-25");
        assert_eq!(amsterdam(utc(2026, 10, 25, 23, 0)), "2026-10-26");
    }

    #[test]
    fn other_time_zones_and_unknown_names() {
        assert_eq!(Date::at(utc(2026, 11, 24, 23, 0), "UTC").unwrap().iso(), "2026-11-24");
        assert_eq!(
            Date::at(utc(2026, 11, 24, 23, 0), "America/Curacao").unwrap().iso(),
            "2026-11-24"
        );
        assert!(Date::at(0, "Europe/Haarlem").is_err());
        assert!(is_time_zone("Europe/Amsterdam") && !is_time_zone("CET+5"));
    }

    #[test]
    fn a_date_in_another_form_gets_the_form_that_works() {
        let cases = [
            ("25-11-2026", Some("2026-11-25")),
            ("25/11/2026", Some("2026-11-25")),
            ("5.1.2026", Some("2026-01-05")),
            ("1 januari 2026", Some("2026-01-01")),
            ("3 Mrt 2026", Some("2026-03-03")),
            ("2026/11/25", Some("2026-11-25")),
            ("2026-1-5", Some("2026-01-05")),
            ("31-02-2026", None),
            ("gisteren", None),
            ("25-11-26", None),
        ];
        for (given, meant) in cases {
            assert_eq!(Date::guess(given).map(|d| d.to_string()).as_deref(), meant, "{given}");
        }
        let e = Date::parse("25-11-2026").unwrap_err();
        assert_eq!(e.hint.unwrap().english(), "write it as 2026-11-25 (year-month-day)");
    }

    #[test]
    fn parses_valid_and_rejects_invalid_dates() {
        assert_eq!(
            Date::parse("2024-02-29"),
            Ok(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        let e = |s| Date::parse(s).unwrap_err().message.english();
        assert_eq!(
            e("2023-02-29"),
            "`2023-02-29` is not a valid date: month 2 of 2023 has no day 29"
        );
        assert_eq!(
            e("2023-13-01"),
            "`2023-13-01` is not a valid date: there is no month 13"
        );
        assert!(Date::parse("1-2-2023").is_err());
        assert!(Date::parse("2023/01/02").is_err());
    }

    #[test]
    fn months_before_clamps() {
        let d = Date::parse("2025-03-31").unwrap();
        assert_eq!(d.months_before(1).to_string(), "2025-02-28");
        assert_eq!(d.months_before(12).to_string(), "2024-03-31");
        assert_eq!(d.months_before(15).to_string(), "2023-12-31");
    }

    #[test]
    fn clock_times() {
        assert_eq!(ClockTime::parse("9:05").unwrap().to_string(), "09:05");
        assert_eq!(ClockTime::parse("24:00").unwrap().minutes, 1440);
        assert!(ClockTime::parse("24:01").is_err());
        assert!(ClockTime::parse("12:60").is_err());
        assert!(ClockTime::parse("0900").is_err());
    }

    #[test]
    fn the_clock_gives_today_a_fixed_day_and_the_date_of_a_reproducible_build() {
        let winter_night = utc(2026, 11, 24, 23, 30);
        let clock = Clock::new(winter_night, None, None);
        assert_eq!(clock.today(DEFAULT_TIME_ZONE).unwrap().iso(), "2026-11-25");
        assert_eq!(clock.today("UTC").unwrap().iso(), "2026-11-24");
        assert_eq!(clock.source_date(DEFAULT_TIME_ZONE).unwrap(), None);
        let fixed = Clock::new(winter_night, Some(" 2026-01-02 "), Some(&winter_night.to_string()));
        assert_eq!(fixed.today("UTC").unwrap().iso(), "2026-01-02", "the fixed day wins");
        assert_eq!(
            fixed.source_date(DEFAULT_TIME_ZONE).unwrap().unwrap().iso(),
            "2026-11-25"
        );
        let wrong = Clock::new(winter_night, Some("morgen"), Some("gisteren"));
        assert!(matches!(wrong.today("UTC"), Err(TodayError::Override(_))));
        let e = wrong.source_date("UTC").unwrap_err();
        assert_eq!(
            e.to_string(),
            "SOURCE_DATE_EPOCH: `gisteren` is not a number of seconds since 1970"
        );
    }
}
