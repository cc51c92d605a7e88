import Testing
@testable import ChronicleCore

/// A time a change is measured from ("up 8% from a year ago") dates nothing; a time after
/// the same words with no change before them still does.
@Suite struct EventComparisonBaselineTests {
    private func dates(_ text: String) -> [String] {
        EventExtractionTests.events(text).map(\.date.value)
    }

    @Test func theTimeAChangeIsMeasuredFromDatesNothing() {
        // A state with no happening: no event at all, rather than one of a year before.
        #expect(dates("Shares of Velka Corp were down 30% from a year ago, traders in Porto said.\n") == [])
        // Dated by the article (the lead), never by the time compared with.
        #expect(dates("Velka Corp said its profit fell 12 percent compared with a year earlier.\n") == ["2025-03-12"])
        #expect(dates("Velka Corp said orders at its Porto plant were higher than in 2023.\n") == ["2025-03-12"])
        #expect(dates("Velka Corp said its revenue rose to $5 billion from $4 billion a year earlier.\n") == ["2025-03-12"])
        #expect(dates("Velka Corp said its sales climbed 3% versus the previous quarter.\n") == ["2025-03-12"])
    }

    @Test func theTimeARecordIsMeasuredFromDatesNothing() {
        #expect(!dates("Demand pushed the average price to $3.02 at Velka Corp, its highest level since 2014, traders said.\n")
                    .contains("2014"))
        #expect(!dates("Velka Corp cut its rate for the first time since 2009 on Monday.\n").contains("2009"))
        #expect(!dates("Shares of Velka Corp suffered their worst fall since 1987 on Monday.\n").contains("1987"))
    }

    @Test func theSameWordsWithoutAChangeStillDate() {
        #expect(dates("Velka Corp moved its board meeting in Porto from Monday to Friday.\n") == ["2025-03-10"])
        #expect(dates("Velka Corp closed its plant in Porto more than a year ago.\n") == ["2024"])
        #expect(dates("Velka Corp must pay $5 million to the city of Porto no later than March 20.\n") == ["2025-03-20"])
        #expect(dates("Velka Corp has been in Porto since 2019, when it opened a plant there.\n") == ["2019"])
    }
}
