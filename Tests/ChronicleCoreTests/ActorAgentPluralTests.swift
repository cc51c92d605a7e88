import Testing
@testable import ChronicleCore

/// "Shoppers said", "Travelers, who had waited": a plural noun for people by what they do,
/// opening a sentence, names nobody unless the text makes it a name elsewhere.
@Suite struct ActorAgentPluralTests {
    static func actorNames(_ text: String) -> Set<String> {
        Set(ActorMergeTests.resolve([text]).map(\.name))
    }

    @Test func aSpeakingPluralOpeningASentenceIsNoPerson() {
        let names = Self.actorNames("""
            The mall reopened on Friday. Shoppers said the prices were high.
            Economists told the agency on Monday that growth would slow.
            Commuters, who had waited for hours, boarded the ferry.
            """)
        #expect(!names.contains("Shoppers"))
        #expect(!names.contains("Economists"))
        #expect(!names.contains("Commuters"))
    }

    @Test func aSurnameOfAPersonNamedBeforeStaysThatPerson() {
        let actors = ActorMergeTests.resolve(["""
            The union met Dana Walters on Monday. Walters said the talks went well.
            """])
        let walters = ActorMergeTests.actor(actors, having: "Walters")
        #expect(walters?.name == "Dana Walters")
        #expect(walters?.kind == .person)
    }

    @Test func aPluralTheTextCapitalisesInsideASentenceStaysAName() {
        let names = Self.actorNames("""
            The insurer Velmonters paid the claims in May. Velmonters said it would raise prices.
            """)
        #expect(names.contains("Velmonters"))
    }

    @Test func aNameOfAnotherShapeStillSpeaks() {
        let names = Self.actorNames("The vote was close. Halvorsen said on Monday that it was fair.\n")
        #expect(names.contains("Halvorsen"))
    }

    @Test func aPluralLabellingItsLineIsAName() {
        let names = Self.actorNames("""
            Velmonters — Shares of the insurer fell 6% on Monday.
            Velmonters said claims rose.
            """)
        #expect(names.contains("Velmonters"))
    }
}
