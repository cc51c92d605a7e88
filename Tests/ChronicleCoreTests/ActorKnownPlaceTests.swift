import Testing
@testable import ChronicleCore

/// Places the built-in gazetteer knows whose shape reads like a person's name.
@Suite struct ActorKnownPlaceTests {
    @Test func capitolHillIsAPlace() throws {
        let found = try ActorMarketIndexTests.actors("""
            The scandal reached Capitol Hill aides on Monday, and lobbyists left Capitol Hill.
            Senator Dana Hill said on Tuesday that she would testify.
            """)
        #expect(found.first { $0.name == "Capitol Hill" }?.kind == .place)
        let person = try #require(found.first { $0.name == "Dana Hill" })
        #expect(person.kind == .person)
        #expect(!person.aliases.contains("Capitol Hill"))
    }
}
