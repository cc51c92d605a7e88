import Testing
@testable import ChronicleCore

@Suite struct TimeValueTests {
    @Test func parsesEachGranularity() throws {
        #expect(TimeValue("2025-12-02")?.granularity == .day)
        #expect(TimeValue("2025-12")?.granularity == .month)
        #expect(TimeValue("2025")?.granularity == .year)
        #expect(TimeValue("199X")?.granularity == .decade)
        #expect(TimeValue("199")?.last == CalendarDate(year: 1999, month: 12, day: 31))
        #expect(TimeValue("2025-W49")?.first == CalendarDate(year: 2025, month: 12, day: 1))
        #expect(TimeValue("2025-Q1")?.last == CalendarDate(year: 2025, month: 3, day: 31))
        #expect(TimeValue("2024-WI")?.last == CalendarDate(year: 2025, month: 2, day: 28))
        #expect(TimeValue("2025-12-21T07:00")?.granularity == .time)
        #expect(TimeValue("PRESENT_REF") == nil)
        #expect(TimeValue("2025-02-30") == nil)
        #expect(TimeValue("P3D") == nil)
    }

    @Test func coarserSortsBeforeTheDaysItContains() throws {
        let month = try #require(TimeValue("2025-12"))
        let first = try #require(TimeValue("2025-12-01"))
        let second = try #require(TimeValue("2025-12-02"))
        let november = try #require(TimeValue("2025-11-30"))
        #expect([second, first, month, november].sorted() == [november, month, first, second])
        #expect(month.isCompatible(with: second))
        #expect(!first.isCompatible(with: second))
    }

    @Test func weekdaysAndDayNumbers() {
        let d = CalendarDate(year: 2025, month: 12, day: 2)
        #expect(d.weekday == 2)  // a Tuesday
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
        #expect(CalendarDate(year: 2024, month: 2, day: 28).adding(days: 1).day == 29)
        #expect(CalendarDate(year: 2021, month: 1, day: 3).isoWeek == (2020, 53))
    }

    @Test func aWeekIsWrittenAsItsFirstDayForPrograms() throws {
        #expect(try #require(TimeValue("2025-W51")).calendarForm == "2025-12-15")
        #expect(try #require(TimeValue("2025-W51-WE")).calendarForm == "2025-12-20")
        #expect(try #require(TimeValue("2026-W01")).calendarForm == "2025-12-29")
        for value in ["2025-12-02", "2025-12", "2025", "2025-Q1", "2024-WI", "199", "2025-12-21T07:00"] {
            #expect(try #require(TimeValue(value)).calendarForm == value)
        }
    }
}
