import Testing
@testable import ChronicleCore

/// Two articles giving one count of one day ("at least 42 people were injured"), with an
/// actor in common and in related words, tell one happening.
@Suite struct ChronologySameCountTests {
    private static let aboard = "At least 42 people were injured aboard the Velair flight to Braga from Porto in heavy turbulence"

    private static func told(_ count: String, actors: [String] = ["Velair"]) -> Event {
        ChronologyBuilderTests.event("b", 10, "2025-03-03",
                                     "At least \(count) people were injured aboard the Velair jet when it shook violently over the ocean",
                                     actors: actors)
    }

    private static func entries(_ other: Event) -> [Entry] {
        ChronologyBuilderTests.build([ChronologyBuilderTests.event("a", 10, "2025-03-03", aboard, actors: ["Velair"]), other])
    }

    @Test func oneCountOfOneDayIsOneEntry() {
        let entries = Self.entries(Self.told("42"))
        #expect(entries.count == 1)
        #expect(Set(entries.first?.sources.map(\.documentID) ?? []) == ["a", "b"])
    }

    @Test func anotherCountAnotherActorOrAnotherDayStaysApart() {
        #expect(Self.entries(Self.told("24")).count == 2)
        #expect(Self.entries(Self.told("42", actors: ["Orvik Air"])).count == 2)
        var nextDay = Self.told("42")
        nextDay.date = TimeValue("2025-03-04")!
        #expect(Self.entries(nextDay).count == 2)
        // A year is no count: two reports of 2024 on one day need more in common.
        let a = ChronologyBuilderTests.event("a", 10, "2025-03-03",
                                             "In 2024, people were injured aboard the Velair flight to Braga from Porto in heavy turbulence",
                                             actors: ["Velair"])
        let b = ChronologyBuilderTests.event("b", 10, "2025-03-03",
                                             "In 2024, people were injured aboard the Velair jet when it shook violently over the ocean",
                                             actors: ["Velair"])
        #expect(ChronologyBuilderTests.build([a, b]).count == 2)
    }
}
