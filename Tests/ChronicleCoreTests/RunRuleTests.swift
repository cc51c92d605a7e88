import Testing
@testable import ChronicleCore

/// The rules `classify` applies to a run of capitalised words, one by one, each with a
/// sentence it fits and one it does not.
@Suite struct RunRuleTests {
    static func found(_ text: String) -> [String: ActorKind?] { NameRuleClassTests.mentions(text) }

    @Test func aTitleSplitsTheRunAndItsPersonIsNoPartOfIt() {
        let found = Self.found("Velmora Foreign Minister Ivo Kask met reporters on Monday.")
        #expect(found["Ivo Kask"] == .person)
        #expect(!found.keys.contains { $0.contains("Minister") })
    }

    @Test func aTitleAloneNamesNobody() {
        let found = Self.found("Reporters waited for hours, and the Velmoran President spoke on Monday.")
        #expect(!found.keys.contains { $0.contains("President") })
    }

    @Test func beforeACorporateTitleStandsACompany() {
        let found = Self.found("Corvane CEO Ana Ruiz said on Monday that sales rose.")
        #expect(found["Corvane"] == .organization)
        #expect(found["Ana Ruiz"] == .person)
    }

    @Test func aSentenceWordShapedLikeAnAdverbIsDropped() {
        let found = Self.found("Clearly Ana Ruiz had won the vote in Tarnby.")
        #expect(found["Ana Ruiz"] != nil)
        #expect(!found.keys.contains { $0.contains("Clearly") })
    }

    @Test func aDeterminerOpeningASentenceIsNoName() {
        let found = Self.found("Buyers should try again on Friday. Neither company made a statement. Either way, Velcor said so.")
        #expect(!found.keys.contains { $0.contains("Neither") || $0.contains("Either") }, "\(found)")
        #expect(found["Velcor"] != nil)
    }

    @Test func aKnownPlacesPeopleAreNoName() {
        let places = Gazetteer(entries: [Gazetteer.Entry(name: "New Velmar", kind: .place, aliases: []),
                                         Gazetteer.Entry(name: "Orsko", kind: .place, aliases: [])])
        let found = foundKinds("It is in the best interest of New Velmarers and Orskoans, she said. The Tarn Rangers won.",
                               gazetteer: places)
        #expect(found["New Velmarers"] == nil && found["Orskoans"] == nil, "\(found)")
        #expect(found["Tarn Rangers"] != nil, "\(found)")
    }

    @Test func aPartysAdjectiveBeforeANounIsNoName() {
        let found = Self.found("The report says the three-term Democratic governor broke the law. Republican lawmakers met the Democratic Party on Monday.")
        #expect(found["Democratic"] == nil && found["Republican"] == nil, "\(found)")
        #expect(found["Democratic Party"] != nil, "\(found)")
    }

    @Test func aPersonOfAnOrganizationIsTwoNames() {
        let found = Self.found("Ana Ruiz of Corvane Holdings said on Monday that sales rose.")
        #expect(found["Ana Ruiz"] != nil)
        #expect(found["Corvane Holdings"] != nil)
        #expect(!found.keys.contains("Ana Ruiz of Corvane Holdings"))
    }

    @Test func shapesThatAreNoName() {
        let found = Self.found("North American markets fell, and a Velmora-based firm sold the Corvane 900 jet.")
        #expect(!found.keys.contains { $0.contains("American") })
        #expect(!found.keys.contains { $0.contains("Velmora") })
        #expect(found["Corvane"] == .organization)
    }

    @Test func theFormOfARunTellsItsKind() {
        let found = Self.found("Velmora Athletica Inc hired the Kestrel security firm on Monday.")
        #expect(found["Velmora Athletica"] == .organization)
        #expect(found["Kestrel"] == .organization)
        // Without its legal form the same run is read by what surrounds it.
        #expect(Self.found("Velmora Athletica hired a guard on Monday.")["Velmora Athletica"] != .organization)
    }

    @Test func oneWordInCapitalsIsAnAcronymUnlessCommon() {
        let found = Self.found("The VLMA said on Monday that GDP rose in Tarnby.")
        #expect(found["VLMA"] == .organization)
        #expect(found["GDP"] == nil)
    }

    @Test func whatSurroundsARunTellsItsKind() {
        let found = Self.found("Kask said on Monday that the ferry would run. Its owner, Elin Vass, who left, lives in Tarnby.")
        #expect(found["Kask"] == .person)
        #expect(found["Tarnby"] == .place)
        #expect(found["Elin Vass"] == .person)
    }
}
