import Testing
@testable import ChronicleCore

/// The central banks the built-in gazetteer knows are organizations by their short names
/// too ("the Fed", "the ECB"), and a regional bank named after one is a name of its own.
@Suite struct ActorCentralBankTests {
    @Test func aCentralBankIsOneOrganizationByEachOfItsNames() throws {
        let found = try ActorMarketIndexTests.actors("""
            The Fed raised rates on Wednesday. Federal Reserve officials said more may come.
            The ECB held its rate, and the European Central Bank said inflation was easing.
            """)
        let fed = try #require(found.first { $0.name == "Federal Reserve" })
        #expect(fed.kind == .organization)
        #expect(fed.aliases.contains("Fed"))
        let ecb = try #require(found.first { $0.name == "European Central Bank" })
        #expect(ecb.aliases.contains("ECB"))
    }

    @Test func aWordLikeTheShortNameInAnotherCaseIsNoBank() throws {
        let found = try ActorMarketIndexTests.actors("Investors were fed up with the talks on Monday.\n")
        #expect(!found.contains { $0.name == "Federal Reserve" })
    }
}
