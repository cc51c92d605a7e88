import Testing
@testable import ChronicleCore

/// A name written with a capital inside a word ("vTrade") is the one actor of its letters
/// in any case, and is the name shown.
@Suite struct ActorCaseVariantTests {
    @Test func anotherCaseOfANameWithAnInnerCapitalIsTheSameActor() {
        let found = resolvedActors(["Former VTrade CEO Ana Ruiz joined Orvo on Monday.",
                                 "Ana Ruiz ran the online market vTrade until Friday. Buyers on vTrade sold 30 lamps on Monday."])
        #expect(found.filter { $0.name.lowercased() == "vtrade" }.count == 1)
        #expect(found.first { $0.name == "vTrade" }?.aliases.contains("VTrade") == true)
    }

    @Test func anAcronymAndAWordOfTheSameLettersStayApart() {
        let found = resolvedActors(["NICE said on Monday the drug was too dear. Fans in Nice cheered on Monday.",
                                 "ANA said on Monday it would buy 20 jets. Ana Ruiz flew home on Friday."])
        #expect(found.first { $0.name == "NICE" }?.kind == .organization)
        #expect(found.first { $0.name == "Nice" }?.kind == .place)
        #expect(found.first { $0.name == "ANA" } != nil)
        #expect(found.first { $0.name == "Ana Ruiz" }?.aliases.contains("ANA") == false)
    }

    @Test func theFormWithTheInnerCapitalNamesTheActor() {
        let found = resolvedActors(["Former VTrade CEO Ana Ruiz joined Orvo on Monday. VTrade CEO Lee Park left on Friday.",
                                 "Buyers on VTrade and vTrade sold 30 lamps on Monday."])
        #expect(found.first { $0.aliases.contains("VTrade") }?.name == "vTrade")
    }
}
