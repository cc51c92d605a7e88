import Testing
@testable import ChronicleCore

/// One word inside a sentence that the text never writes in lower case is a name even
/// when nothing tells what it names: an actor (a business, with nothing else to go by)
/// rather than nothing, and never in the way of a kind the corpus does tell.
@Suite struct ActorBareNameTests {
    @Test func aBareNameInsideASentenceIsAnActor() {
        let found = resolvedActors(["On Monday Orvala cut its fares by a tenth.", "Passengers of Tresk waited for hours."])
        #expect(found.first { $0.name == "Orvala" }?.kind == .organization)
        #expect(found.first { $0.name == "Tresk" }?.kind == .organization)
    }

    @Test func aBareNameAfterAPlaceAndACommaOrOwningARegionIsAPlace() {
        let found = resolvedActors(["Ana Ruiz opened a clinic in Lorca, Vesmia, on Monday.",
                                 "Storms hit Tarvia's Cusco region on Monday.",
                                 "It sells in Lorca, Orvala will sell in Tarvia."])
        #expect(found.first { $0.name == "Vesmia" }?.kind == .place)
        #expect(found.first { $0.name == "Tarvia" }?.kind == .place)
        #expect(found.first { $0.name == "Orvala" }?.kind == .organization)
    }

    @Test func aBareNameBesideACommonNounForAPlaceIsAPlace() {
        let found = resolvedActors(["Rain fell on the island of Velmor and on Tarsa island on Monday.",
                                    "Floods hit the counties of Lorca and Vesmia on Tuesday.",
                                    "Orvala shares fell in the city on Monday, and the state of Kestrel finances worsened.",
                                    "Brin's island resort closed on Friday."])
        for name in ["Velmor", "Tarsa", "Lorca", "Vesmia"] {
            #expect(found.first { $0.name == name }?.kind == .place, "\(name)")
        }
        // Not beside such a noun, or "the state of", or owning the noun: no place.
        for name in ["Orvala", "Kestrel", "Brin"] {
            #expect(found.first { $0.name == name }.map { $0.kind != .place } ?? true, "\(name)")
        }
    }

    @Test func aKindTheCorpusTellsWinsOverTheBareName() {
        let found = resolvedActors(["On Monday Orvala cut its fares.", "Fans gathered in Orvala on Friday."])
        #expect(found.filter { $0.name.hasPrefix("Orvala") }.map(\.kind) == [.place])
        let person = resolvedActors(["Dana Velk spoke on Monday.", "On Tuesday Velk cut the budget."])
        #expect(person.first { $0.name == "Dana Velk" }?.aliases.contains("Velk") == true)
        #expect(!person.contains { $0.name == "Velk" })
    }

    @Test func sentenceWordsQuotationsNumbersGivenNamesAndDemonymsAreNoBareNames() {
        let found = resolvedActors([
            "Orvala waited on Monday.",  // a sentence's first word: maybe a common one
            "He said, \"Stop me if you have heard this.\"",
            "The bill's Section 230 was rewritten. The chip runs at 2 GHz.",
            "On Monday John cut the budget.",
            "On Monday Annex staff left. Visitors toured the annex.",
            "Prices of Lorca-to-Tarvia flights rose.",
            "Boats entered Philippine and Malaysian waters, and Ghanaian traders met Bavarian allies.",
        ])
        #expect(found.isEmpty, "\(found.map(\.name))")
    }
}
