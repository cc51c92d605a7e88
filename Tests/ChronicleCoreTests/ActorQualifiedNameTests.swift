import Testing
@testable import ChronicleCore

/// A name written with its maker or place before it is the name the corpus gives alone.
@Suite struct ActorQualifiedNameTests {
    static func actors(_ texts: [String]) -> [Actor] { ActorCompanyAcrossDocumentsTests.actors(texts) }

    @Test func aModelWithItsMakerBeforeItIsTheModel() throws {
        let found = Self.actors(["Vandel Ltd said on Monday it would build more Z300 jets. Vandel shares rose.",
                                 "Airlines kept flying the Vandel Z300 on Monday after the crash."])
        let model = try #require(found.first { $0.aliases.contains("Z300") })
        #expect(model.aliases.contains("Vandel Z300"))
        #expect(model.kind == .product)
        #expect(found.first { $0.name == "Vandel" }?.kind == .organization)
    }

    @Test func aCompanyWithItsPlaceBeforeItIsTheCompany() throws {
        let found = Self.actors(["Lisbon Harbour Pilots Ltd said on Monday they would strike. Crowds gathered in Lisbon.",
                                 "Harbour Pilots Ltd said on Tuesday the strike was over."])
        let pilots = try #require(found.first { $0.aliases.contains("Harbour Pilots") })
        #expect(pilots.aliases.contains("Lisbon Harbour Pilots"))
    }

    @Test func aNameTwoPlacesQualifyIsNeithers() {
        let found = Self.actors(["Lisbon Harbour Pilots Ltd and Porto Harbour Pilots Ltd said on Monday they would strike.",
                                 "Crowds gathered in Lisbon and in Porto. Harbour Pilots Ltd said on Tuesday the strike was over."])
        #expect(!found.contains { $0.aliases.contains("Harbour Pilots") && $0.aliases.contains("Lisbon Harbour Pilots") })
        #expect(!found.contains { $0.aliases.contains("Harbour Pilots") && $0.aliases.contains("Porto Harbour Pilots") })
    }
}
