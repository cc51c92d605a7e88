import Testing
@testable import ChronicleCore

/// The widely known political parties the built-in gazetteer holds are organizations by
/// their members' names too ("the Tories", "Democrats"), and a word like one in lower
/// case is nobody.
@Suite struct ActorPoliticalPartyTests {
    @Test func aPartyIsOneOrganizationByEachOfItsNames() throws {
        let found = try ActorMarketIndexTests.actors("""
            The Tories lost 250 seats on Thursday. The Conservative Party said it would regroup.
            Labour won a majority, and Democrats and Republicans in Washington reacted on Friday.
            """)
        let tories = try #require(found.first { $0.name == "Conservative Party" })
        #expect(tories.kind == .organization && tories.aliases.contains("Tories"))
        #expect(found.contains { $0.name == "Labour Party" && $0.aliases.contains("Labour") })
        #expect(found.contains { $0.name == "Democratic Party" })
        #expect(found.contains { $0.name == "Republican Party" })
    }

    @Test func theWordInLowerCaseIsNoParty() throws {
        let found = try ActorMarketIndexTests.actors("Manual labour and conservatives of every stripe met on Monday.\n")
        #expect(!found.contains { $0.name == "Labour Party" || $0.name == "Conservative Party" })
    }
}
