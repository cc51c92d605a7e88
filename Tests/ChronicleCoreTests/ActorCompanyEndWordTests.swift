import Testing
@testable import ChronicleCore

/// A company is called by the first or the last word of its full name ("Brell" of "Orvan
/// Dutch Brell PLC", "Lumo" of "Lumo Banking Group") where one article names both.
@Suite struct ActorCompanyEndWordTests {

    static let fullName = "Oil major Orvan Dutch Brell PLC agreed on Monday to buy Tarsk Gas for $70 billion. "

    @Test func theLastWordOfAFullCompanyNameIsTheCompany() {
        let found = resolvedActors([Self.fullName + "Shares of Brell rose 3 percent on Tuesday.",
                                 "Brell shares fell on Friday."])
        let company = found.first { $0.name.hasPrefix("Orvan Dutch Brell") }
        #expect(company?.aliases.contains("Brell") == true)
        #expect(found.filter { $0.name.contains("Brell") }.count == 1)
    }

    @Test func onlyInTheArticleThatNamesTheFullName() {
        let found = resolvedActors([Self.fullName, "Shares of Brell rose 3 percent on Tuesday."])
        #expect(found.first { $0.name.hasPrefix("Orvan Dutch Brell") }?.aliases.contains("Brell") == false)
        // With the full name in the article, the same pair joins.
        let joined = resolvedActors([Self.fullName + "Shares of Brell rose 3 percent on Tuesday."])
        #expect(joined.first { $0.name.hasPrefix("Orvan Dutch Brell") }?.aliases.contains("Brell") == true)
    }

    @Test func aPlaceOrAnotherCompanysWordStaysApart() {
        // "Kesland" is a place; two full names end in "Brell".
        let found = resolvedActors(["Orvan Kesland PLC said on Monday it would cut jobs. Fans in Kesland cheered. "
                                 + "Vessa Brell Group and Tarne Brell Ltd said they would merge. Shares of Brell rose.",
                                 Self.fullName + "Shares of Brell rose 3 percent on Tuesday."])
        #expect(found.first { $0.name == "Kesland" }?.kind == .place)
        #expect(found.first { $0.name.hasPrefix("Orvan Kesland") }?.aliases.contains("Kesland") == false)
        #expect(found.first { $0.name.hasPrefix("Vessa Brell") }?.aliases.contains("Brell") == false)
        #expect(found.first { $0.name.hasPrefix("Tarne Brell") }?.aliases.contains("Brell") == false)
        #expect(found.first { $0.name.hasPrefix("Orvan Dutch Brell") }?.aliases.contains("Brell") == true)
    }

    @Test func aNameWithoutWordsOfACompanyKeepsItsLastWordApart() {
        let found = resolvedActors(["Velka Tarsk Group said on Monday it would hire. Shares of Tarsk rose."])
        #expect(found.first { $0.name.hasPrefix("Velka Tarsk") }?.aliases.contains("Tarsk") == true)
        // Nothing says that the carmaker's name ends with words of a company.
        let apart = resolvedActors(["The carmaker Orvan Tarsk said on Monday it would hire. Shares of Tarsk rose."])
        #expect(apart.first { $0.name == "Orvan Tarsk" }?.kind == .organization)
        #expect(apart.first { $0.name == "Orvan Tarsk" }?.aliases.contains("Tarsk") == false)
    }

    @Test func theFirstWordOfAFullCompanyNameIsTheCompany() {
        let found = resolvedActors(["Lumo Banking Group said on Monday its profit rose. Shares of Lumo rose 3 percent."])
        #expect(found.first { $0.name == "Lumo Banking Group" }?.aliases.contains("Lumo") == true)
        // Two companies open with the word: it names neither.
        let two = resolvedActors(["Lumo Banking Group and Lumo Insurance Ltd said on Monday they would merge. "
                               + "Shares of Lumo rose 3 percent."])
        #expect(two.first { $0.name == "Lumo Banking Group" }?.aliases.contains("Lumo") == false)
    }
}
