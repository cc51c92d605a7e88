import Testing
@testable import ChronicleCore

/// The ways a time of day is typed.
@Suite struct TimeClockFormTests {
    let dct = "2024-03-11"

    @Test func colonMeridiemForms() {
        let t = Tagged("Sirens sounded at 7:08 PM, again at 07:08 pm and once more at 7:08PM.", dct: dct)
        #expect(t.value("7:08 PM") == "2024-03-11T19:08")
        #expect(t.value("07:08 pm") == "2024-03-11T19:08")
        #expect(t.value("7:08PM") == "2024-03-11T19:08")
    }

    @Test func aSpaceAfterTheColonKeepsTheMinutes() {
        let t = Tagged("The alert came at 07: 08 PM on Friday.", dct: dct)
        #expect(t.value("07: 08 PM on Friday") == "2024-03-08T19:08")
        #expect(t["08 PM on Friday"] == nil)
    }

    @Test func theBritishDotClock() {
        let t = Tagged("The train left at 7.08pm and the last one at 11.45 p.m.", dct: dct)
        #expect(t.value("7.08pm") == "2024-03-11T19:08")
        #expect(t.value("11.45 p.m.") == "2024-03-11T23:45")
    }

    @Test func aDecimalWithoutAMeridiemIsAFigure() {
        let t = Tagged("Shares rose 7.08 percent and the index gained 11.45 points; the rate is 3.75 pm.", dct: dct)
        #expect(t.expressions.isEmpty, "\(t.texts)")
    }

    @Test func aClockOpeningALiveEntryIsTheReportsDayNotTheDayBefore() {
        let text = "The hearing was adjourned to March 6.\n\n9.33am The judge asks about the search.\n"
        let t = Tagged(text, dct: dct)
        #expect(t.value("9.33am") == "2024-03-11T09:33")
    }

    @Test func aClockOnAWrappedLineKeepsItsSentencesDay() {
        let text = "On Saturday the road was shut and it reopened at\n3 p.m. after the crash.\n"
        let t = Tagged(text, dct: dct)
        #expect(t.value("3 p.m.") == "2024-03-09T15:00")
    }

    @Test func aDottedTwentyFourHourClockWithItsZone() {
        let t = Tagged("Last modified on Sat 9 Mar 2024 14.05 GMT. The index rose 14.05 points.", dct: dct)
        #expect(t.value("14.05 GMT") == "2024-03-09T14:05")
        #expect(t.texts.count == 2, "\(t.texts)")
    }

    @Test func fourDigitsBeforeAZoneAreAClockNotAYear() {
        let t = Tagged("As of 1045 GMT, Velcor shares were down 0.4%.", dct: dct)
        #expect(t.value("1045 GMT") == "2024-03-11T10:45", "\(t.texts)")
        // Without a zone, after "of", the number is a year still.
        #expect(Tagged("The law of 1998 stands.", dct: dct).value("1998") == "1998")
    }
}
