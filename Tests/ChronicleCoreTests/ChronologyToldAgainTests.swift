import Testing
@testable import ChronicleCore

/// One happening told by two articles, in fewer words by one: one entry.
@Suite struct ChronologyToldAgainTests {
    static func event(_ doc: String, _ date: String, _ summary: String, _ actors: [String]) -> Event {
        ChronologyBuilderTests.event(doc, 10, date, summary, actors: actors)
    }

    @Test func theShorterReportsWordsInTheLongerMakeOneEntry() {
        let entries = ChronologyBuilderTests.build([
            Self.event("a", "2004", "She fought lymphatic cancer in 2004 and took a year off in 2006, later revealing a transplant",
                       ["Nadia Perez"]),
            Self.event("b", "2004", "She has been fighting lymphatic cancer since 2004", ["Nadia Perez"]),
        ])
        #expect(entries.count == 1)
        #expect(entries.first?.sources.count == 2)
    }

    @Test func sharedWordsWithoutACommonActorOrWithinOneArticleStayApart() {
        let long = "She fought lymphatic cancer in 2004 and took a year off in 2006, later revealing a transplant"
        let short = "She has been fighting lymphatic cancer since 2004"
        #expect(ChronologyBuilderTests.build([Self.event("a", "2004", long, ["Nadia Perez"]),
                                              Self.event("b", "2004", short, ["Omar Haddad"])]).count == 2)
        #expect(ChronologyBuilderTests.build([Self.event("a", "2004", long, ["Nadia Perez"]),
                                              Self.event("a", "2004", short, ["Nadia Perez"])]).count == 2)
    }
}

extension ChronologyToldAgainTests {
    @Test func aReportDatedByItsYearJoinsTheOneDatedByItsDay() {
        let entries = ChronologyBuilderTests.build([
            Self.event("a", "2003-04-28", "Vandel opened the Lumen Music Store, an online shop, on April 28, 2003",
                       ["Vandel", "Lumen Music Store"]),
            Self.event("b", "2003", "and opened the Lumen Music Store in 2003", ["Lumen Music Store"]),
        ])
        #expect(entries.count == 1)
        #expect(entries.first?.date.value == "2003-04-28")
        #expect(Set(entries.first?.sources.map(\.documentID) ?? []) == ["a", "b"])
    }

    @Test func aYearReportThatTwoDaysFitOrOutsideItsYearStaysApart() {
        let twoDays = ChronologyBuilderTests.build([
            Self.event("a", "2003-04-28", "Vandel opened the Lumen Music Store in Porto on April 28, 2003",
                       ["Vandel", "Lumen Music Store"]),
            Self.event("c", "2003-09-02", "Vandel opened the Lumen Music Store in Braga on September 2, 2003",
                       ["Vandel", "Lumen Music Store"]),
            Self.event("b", "2003", "and opened the Lumen Music Store in 2003", ["Lumen Music Store"]),
        ])
        #expect(twoDays.count == 3)
        let otherYear = ChronologyBuilderTests.build([
            Self.event("a", "2004-04-28", "Vandel opened the Lumen Music Store on April 28, 2004",
                       ["Vandel", "Lumen Music Store"]),
            Self.event("b", "2003", "and opened the Lumen Music Store in 2003", ["Lumen Music Store"]),
        ])
        #expect(otherYear.count == 2)
        // Within one article the year report is background to the day: no join.
        let oneArticle = ChronologyBuilderTests.build([
            Self.event("a", "2003-04-28", "Vandel opened the Lumen Music Store, an online shop, on April 28, 2003",
                       ["Vandel", "Lumen Music Store"]),
            Self.event("a", "2003", "and opened the Lumen Music Store in 2003", ["Lumen Music Store"]),
        ])
        #expect(oneArticle.count == 2)
    }
}

/// A report dated by its month in other words than the day's report of the same happening.
extension ChronologyToldAgainTests {
    static let coarse = "The slim Corvo 3 tablet was unveiled to a packed hall by founder Ilse Brandt at the firm's "
        + "annual showcase less than two weeks ago, with sales due next spring"

    @Test func aMonthReportWithTheSameParticipantsAndWordsOfItsOwnJoinsTheDay() {
        let entries = ChronologyBuilderTests.build([
            Self.event("a", "2025-03-10", "While unveiling the Corvo 3 at the showcase, Brandt joked about delays",
                       ["Ilse Brandt", "Corvo 3"]),
            Self.event("b", "2025-03", Self.coarse, ["Ilse Brandt", "Corvo 3"]),
        ])
        #expect(entries.count == 1)
        #expect(entries.first?.date.value == "2025-03-10")
    }

    @Test func theSameParticipantsWithoutWordsInCommonStayApart() {
        let entries = ChronologyBuilderTests.build([
            Self.event("a", "2025-03-10", "While unveiling the Corvo 3 at the showcase, Brandt joked about delays",
                       ["Ilse Brandt", "Corvo 3"]),
            Self.event("b", "2025-03", "Ilse Brandt this month finally put real pressure on the Corvo 3 team",
                       ["Ilse Brandt", "Corvo 3"]),
        ])
        #expect(entries.count == 2)
    }

    @Test func ofTwoDaysTheCloserReportTakesTheMonthReport() {
        let entries = ChronologyBuilderTests.build([
            Self.event("a", "2025-03-04", "Brandt praised the Corvo 3 battery in a radio interview",
                       ["Ilse Brandt", "Corvo 3"]),
            Self.event("c", "2025-03-10", "While unveiling the Corvo 3 at the annual showcase, Brandt joked about delays",
                       ["Ilse Brandt", "Corvo 3"]),
            Self.event("b", "2025-03", Self.coarse, ["Ilse Brandt", "Corvo 3"]),
        ])
        #expect(entries.count == 2)
        let joined = entries.first { $0.sources.count == 2 }
        #expect(joined?.date.value == "2025-03-10")
        #expect(Set(joined?.sources.map(\.documentID) ?? []) == ["b", "c"])
    }
}

/// "The crash on Sunday" and "Sunday's crash" in two articles: a happening told once a day.
extension ChronologyToldAgainTests {
    static func placed(_ doc: String, _ summary: String, _ places: [String], basis: DateBasis = .text) -> Event {
        var e = ChronologyBuilderTests.event(doc, 10, "2025-03-09", summary, people: [], places: places)
        e.basis = basis
        return e
    }

    @Test func twoArticlesTellingOfTheCrashOnOneDayMakeOneEntry() {
        let entries = ChronologyBuilderTests.build([
            Self.placed("a", "Sunday's Velair crash was the second accident of the type", []),
            Self.placed("b", "The crash on Sunday near Tarvik killed 40 people", ["Tarvik"]),
        ])
        #expect(entries.count == 1)
    }

    @Test func crashesInTwoPlacesOrWithinOneArticleOrDatedByContextStayApart() {
        #expect(ChronologyBuilderTests.build([
            Self.placed("a", "The crash on Sunday near Tarvik killed 40 people", ["Tarvik"]),
            Self.placed("b", "A crash on Sunday near Orsa injured two drivers", ["Orsa"]),
        ]).count == 2)
        #expect(ChronologyBuilderTests.build([
            Self.placed("a", "Sunday's Velair crash was the second accident of the type", []),
            Self.placed("a", "The crash on Sunday near Tarvik killed 40 people", ["Tarvik"]),
        ]).count == 2)
        #expect(ChronologyBuilderTests.build([
            Self.placed("a", "Sunday's Velair crash was the second accident of the type", []),
            Self.placed("b", "The crash killed 40 people", [], basis: .context),
        ]).count == 2)
    }
}
