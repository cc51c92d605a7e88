import Testing
import ChronicleCore
@testable import ChronicleTUI

@Suite struct DateLabelTests {
    private func v(_ s: String) -> TimeValue { TimeValue(s)! }

    @Test func partsOfTheDayAreWordsAndClockTimesStay() {
        #expect(DateLabel.long(v("2019-06-14TEV")) == "Fri 14 Jun 2019 evening")
        #expect(DateLabel.long(v("2019-06-14TMO")) == "Fri 14 Jun 2019 morning")
        #expect(DateLabel.long(v("2019-06-14T18:30")) == "Fri 14 Jun 2019 18:30")
    }

    @Test func theDateColumnNeverCutsALabel() {
        for (value, width) in [("2019-06-14TNI", 15), ("2019-06-14T18:30", 15), ("2019-SU", 10),
                               ("2019-WI", 10), ("2019-06-14TNI", 10), ("2019-W24", 10), ("2019-Q3", 10)] {
            let label = DateLabel.column(v(value), long: width == 15)
            #expect(TextWidth.width(label) <= width, "\(value): \(label)")
        }
        #expect(DateLabel.column(v("2019-06-14TNI"), long: true) == "Fri 14 Jun 2019")
        #expect(DateLabel.column(v("2019-WI"), long: false) == "Win 2019")
    }

    @Test func aTimedEntryRowShowsItsWholeDay() {
        var c = Fixture.chronology()
        c.entries[2].date = v("2024-05-09TNI")
        var s = AppState(chronology: c, size: TerminalSize(rows: 24, cols: 100))
        _ = Reducer.reduce(&s, .resize(TerminalSize(rows: 24, cols: 100)))
        #expect(s.screen.lines.contains { $0.hasPrefix(" Thu 09 May 2024 P") })
        #expect(!s.screen.lines.joined().contains("202…"))
    }
}

@Suite struct TimelineRowTests {
    @Test func aLongSourceCountNeverTouchesTheSummary() {
        var c = Fixture.chronology()
        let one = c.entries[0].sources[0]
        for count in [9, 10, 100, 1000] {
            c.entries[0].sources = Array(repeating: one, count: count)
            c.entries[0].summary = String(repeating: "harbour talks ", count: 20)
            for cols in [40, 80, 100] {
                let s = AppState(chronology: c, size: TerminalSize(rows: 24, cols: cols))
                guard let line = s.screen.lines.first(where: { $0.contains("[\(count)]") }) else {
                    Issue.record("no row with [\(count)] at \(cols) columns"); continue
                }
                #expect(line.hasSuffix("… [\(count)]"), "\(cols) columns: \(line)")
            }
        }
    }
}

@Suite struct WeekendLabelTests {
    private func v(_ s: String) -> TimeValue { TimeValue(s)! }

    @Test func aWeekendReadsAsTheWeekendOfItsOwnWeek() {
        #expect(DateLabel.long(v("2025-W51-WE")) == "weekend 20–21 Dec 2025")
        #expect(DateLabel.short(v("2025-W51-WE")) == "weekend 20–21 Dec")
        // A weekend across a month's end names both months.
        #expect(DateLabel.long(v("2026-W05-WE")) == "weekend 31 Jan–1 Feb 2026")
        // A whole week keeps its week number.
        #expect(DateLabel.long(v("2025-W51")) == "W51 2025")
    }

    @Test func theDateColumnFitsAWeekend() {
        #expect(DateLabel.column(v("2025-W51-WE"), long: true) == "Wknd 20–21 Dec")
        #expect(DateLabel.column(v("2025-W51-WE"), long: false) == "Wknd 20–21")
        for value in ["2025-W51-WE", "2026-W05-WE"] {
            #expect(TextWidth.width(DateLabel.column(v(value), long: true)) <= 15)
            #expect(TextWidth.width(DateLabel.column(v(value), long: false)) <= 10)
        }
    }
}
