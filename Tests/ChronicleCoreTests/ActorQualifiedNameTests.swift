import Testing
@testable import ChronicleCore

/// A name written with its maker or place before it is the name the corpus gives alone.
@Suite struct ActorQualifiedNameTests {
    @Test func aModelWithItsMakerBeforeItIsTheModel() throws {
        let found = resolvedActors(["Vandel Ltd said on Monday it would build more Z300 jets. Vandel shares rose.",
                                 "Airlines kept flying the Vandel Z300 on Monday after the crash."])
        let model = try #require(found.first { $0.aliases.contains("Z300") })
        #expect(model.aliases.contains("Vandel Z300"))
        #expect(model.kind == .product)
        #expect(found.first { $0.name == "Vandel" }?.kind == .organization)
    }

    @Test func aCompanyWithItsPlaceBeforeItIsTheCompany() throws {
        let found = resolvedActors(["Lisbon Harbour Pilots Ltd said on Monday they would strike. Crowds gathered in Lisbon.",
                                 "Harbour Pilots Ltd said on Tuesday the strike was over."])
        let pilots = try #require(found.first { $0.aliases.contains("Harbour Pilots") })
        #expect(pilots.aliases.contains("Lisbon Harbour Pilots"))
    }

    @Test func aNameTwoPlacesQualifyIsNeithers() {
        let found = resolvedActors(["Lisbon Harbour Pilots Ltd and Porto Harbour Pilots Ltd said on Monday they would strike.",
                                 "Crowds gathered in Lisbon and in Porto. Harbour Pilots Ltd said on Tuesday the strike was over."])
        #expect(!found.contains { $0.aliases.contains("Harbour Pilots") && $0.aliases.contains("Lisbon Harbour Pilots") })
        #expect(!found.contains { $0.aliases.contains("Harbour Pilots") && $0.aliases.contains("Porto Harbour Pilots") })
    }
}

extension ActorQualifiedNameTests {
    @Test func aProductLinesOwnWordAloneIsTheLine() throws {
        let found = resolvedActors(["Vandel Ltd said on Monday it had stopped deliveries of the Z7 MAX 8 and the Z7 MAX 9.",
                                 "Airlines grounded the Z7 MAX on Tuesday. Vandel said MAX jets would fly again.",
                                 "The Z7 MAX returned to service in May."])
        let line = try #require(found.first { $0.aliases.contains("Z7 MAX") })
        #expect(line.aliases.contains("MAX"))
        #expect(line.kind == .product)
        // The maker's name is no word of its product line.
        #expect(found.first { $0.name == "Vandel" }?.kind == .organization)
    }

    @Test func aLineNamedByItsWordOftenerThanByItsFullNameIsStillTheLine() throws {
        // "MAX" alone three times, "Z7 MAX" once, the family ("MAX 8", "MAX 9", "Z7 MAX 10") four times.
        let found = resolvedActors(["Vandel Ltd said the Z7 MAX 10 and the MAX 8 would fly. The MAX said little.",
                                 "Airlines grounded the Z7 MAX and the MAX 9. The MAX stayed grounded.",
                                 "The MAX 8 returned to service in May. The MAX was popular."])
        let line = try #require(found.first { $0.aliases.contains("Z7 MAX") })
        #expect(line.aliases.contains("MAX"))
        #expect(line.kind == .product)
    }

    @Test func aWordUsedMostlyOnItsOwnStaysApartFromTheLine() {
        let found = resolvedActors(["Vandel Ltd said on Monday the Z7 OS update was ready.",
                                 "OS updates slowed on Tuesday. Vandel said OS sales rose. OS makers agreed."])
        #expect(found.contains { $0.aliases.contains("Z7 OS") })
        #expect(!found.contains { $0.aliases.contains("Z7 OS") && $0.aliases.contains("OS") })
    }
}

extension ActorQualifiedNameTests {
    @Test func aCountrySpelledOutOwnsAnInstitutionAsItsAcronymDoes() {
        let found = resolvedActors(["The U.S. Orvane Safety Agency fined Velka Ltd on Monday.",
                                 "The United States Orvane Safety Agency said on Friday the fine stood.",
                                 "The United Kingdom Orvane Safety Agency said on Friday it would look into it."])
        let agency = found.first { $0.aliases.contains("U.S. Orvane Safety Agency") }
        #expect(agency?.aliases.contains("United States Orvane Safety Agency") == true)
        // Another country's is another institution.
        #expect(agency?.aliases.contains("United Kingdom Orvane Safety Agency") == false)
        #expect(found.contains { $0.name == "United Kingdom Orvane Safety Agency" })
    }
}
