import Testing
@testable import ChronicleCore

/// A product's or organization's name with an inner word left out is that name.
@Suite struct ActorInnerWordTests {
    @Test func aNameWithAnInnerWordLeftOutJoinsTheFullName() throws {
        let found = resolvedActors(["Vandel Aircraft Leasing Ltd said on Monday it would buy 30 jets.",
                                 "Vandel Leasing Ltd said on Tuesday the jets had been delivered."])
        let lessor = try #require(found.first { $0.name == "Vandel Aircraft Leasing" })
        #expect(lessor.aliases.contains("Vandel Leasing"))
        #expect(!found.contains { $0.name == "Vandel Leasing" })
    }

    @Test func aCompassWordLeftOutMakesAnotherName() throws {
        let found = resolvedActors(["Borel Northern Rail Ltd said on Monday it would cut fares.",
                                 "Borel Rail Ltd said on Tuesday it would not."])
        let northern = try #require(found.first { $0.name == "Borel Northern Rail" })
        #expect(!northern.aliases.contains("Borel Rail"))
        #expect(found.contains { $0.name == "Borel Rail" })
    }

    @Test func aShorterNameTwoLongerOnesHoldStaysApart() throws {
        let found = resolvedActors(["Vandel Aircraft Leasing Ltd and Vandel Ship Leasing Ltd said on Monday they would merge.",
                                 "Vandel Leasing Ltd said on Tuesday the merger was done."])
        let aircraft = try #require(found.first { $0.name == "Vandel Aircraft Leasing" })
        let ship = try #require(found.first { $0.name == "Vandel Ship Leasing" })
        #expect(!aircraft.aliases.contains("Vandel Leasing") && !ship.aliases.contains("Vandel Leasing"))
    }
}
