import Testing
@testable import ChronicleCore

/// What tells a person's name from a company's, a product's or a store's: evidence of a
/// person (a title, a given name) against what names of things are made of.
@Suite struct ActorKindEvidenceTests {
    static func kinds(_ texts: [String]) -> [String: ActorKind] {
        var out: [String: ActorKind] = [:]
        for a in ActorMergeTests.resolve(texts) { out[a.name] = a.kind }
        return out
    }

    @Test func speechAfterANameIsNoEvidenceAgainstACompanyCue() {
        let found = Self.kinds([
            "Lumora Computer announced a new tablet on Monday.\n",
            "Lumora Computer CEO Dana Hale said sales rose in March.\n",
        ])
        #expect(found["Lumora Computer"] == .organization)
        #expect(found["Dana Hale"] == .person)
    }

    @Test func aSpeakerWithoutOtherEvidenceStaysAPerson() {
        let found = Self.kinds([
            "Kelso Varga said on Monday that the bridge would reopen in May.\n",
            "The bridge reopened, Varga said.\n",
        ])
        #expect(found["Kelso Varga"] == .person)
    }

    @Test func aProductsLastWordMakesAThingNotAPerson() {
        let found = Self.kinds([
            "Buyers queued for the Zentra Pro on Friday. They visited the Velo Store on Monday.\n",
            "The pier was rebuilt in June, Mark Store said.\n",
        ])
        #expect(found["Zentra Pro"] == .product)
        #expect(found["Velo Store"] == .product)
        #expect(found["Mark Store"] == .person)
    }

    @Test func aShopsOrATradersWordEndsACompanysName() {
        let found = Self.kinds([
            "Kessel Stores reported higher sales on Monday. Harlan Wholesale cut prices in May.\n",
        ])
        #expect(found["Kessel Stores"] == .organization)
        #expect(found["Harlan Wholesale"] == .organization)
    }

    @Test func aCompanyOfficersTitleTakesNoWordOfTheCompany() {
        let found = Self.kinds(["Orbis Computer CEO Dana Hale said sales rose in March.\n"])
        #expect(found["Orbis Computer"] == .organization)
        #expect(found["Dana Hale"] == .person)
    }

    @Test func anOfficerBeforeAnotherCompanysHeadNamesNoOneInstitution() {
        let actors = ActorMergeTests.resolve(["Velo CEO Dana Hale Orbis Computer CEO and founder Ana Ruiz spoke in Oslo on Monday.\n"])
        #expect(actors.contains { $0.name == "Velo" && $0.kind == .organization })
        #expect(!actors.contains { $0.name.contains("Velo CEO") || $0.name.hasPrefix("Dana Hale Orbis") })
    }

    @Test func aModelsCodeOrACoinedWordIsNoPersonsName() {
        let found = Self.kinds([
            "Crews flew the Velo X200neo to Oslo on Monday. Figures from Kessel TradePulse rose sharply on Tuesday.\n",
            "Later Rhona MacKellan and Piet VanDerberg met in Oslo.\n",
        ])
        #expect(found["Velo X200neo"] == .product)
        #expect(found["Kessel TradePulse"] == .product)
        #expect(found["Rhona MacKellan"] == .person)
        #expect(found["Piet VanDerberg"] == .person)
    }

    @Test func aCoinedWordThatSpeaksIsACompany() {
        let found = Self.kinds(["NewsHarbor claims that the port will close in May.\n", "Varga claims that the port will close.\n"])
        #expect(found["NewsHarbor"] == .organization)
        #expect(found["Varga"] == .person)
    }

    @Test func aModelYearBeforeANameMakesItAProduct() {
        let found = Self.kinds([
            "Dealers recalled the 2004 Velo Tern and the 1998-2003 Kessel Arrow on Monday.\n",
            "In 1998 Rhona Tavish founded the firm. Crowds joined the 2014 Kelmar protests.\n",
        ])
        #expect(found["Velo Tern"] == .product)
        #expect(found["Kessel Arrow"] == .product)
        #expect(found["Rhona Tavish"] == .person)
        #expect(found["Kelmar"] != .product)
    }

    @Test func aMakersNameOpensItsProductsName() {
        let found = Self.kinds([
            "Orbis shares rose on Monday after Orbis CEO Dana Hale spoke.\n",
            "Orbis Tern went on sale in Oslo on Friday.\n",
            "Mayor Orbis Varga praised the team on Sunday. Later Rhona Orbis met officials in Oslo.\n",
        ])
        #expect(found["Orbis"] == .organization)
        #expect(found["Orbis Tern"] == .product)
        #expect(found["Orbis Varga"] == .person)
        #expect(found["Rhona Orbis"] == .person)
    }

    @Test func aCompoundAdjectiveBeforeANameIsNoPartOfIt() {
        let actors = ActorMergeTests.resolve([
            "Chicago-based Vandel said on Monday it would cut jobs. Ukrainian-born Ana Ruiz joined its board.\n",
        ])
        #expect(actors.contains { $0.name == "Vandel" && $0.kind == .organization })
        #expect(actors.contains { $0.name == "Ana Ruiz" && $0.kind == .person })
        #expect(!actors.contains { $0.aliases.contains { $0.contains("-based") || $0.contains("-born") } })
    }

    @Test func anEnglishGivenNameIsEvidenceOfAPerson() {
        let found = Self.kinds([
            "Orbis shares rose on Monday after Orbis CEO Dana Hale spoke.\n",
            "Greg Plus opened the hall in Oslo on Friday. Later Tim Orbis met officials there.\n",
        ])
        #expect(found["Greg Plus"] == .person)
        #expect(found["Tim Orbis"] == .person)
    }

    @Test func aNameWithWhichAfterItIsNoPersons() {
        let found = Self.kinds([
            "Prices rose on Monday, according to Kessel Reuters, which tracks sales.\n",
            "The shop grew fast, according to Rhona Tavish, who runs it.\n",
        ])
        #expect(found["Kessel Reuters"] == nil)
        #expect(found["Rhona Tavish"] == .person)
    }
}

extension ActorKindEvidenceTests {
    @Test func anAcronymOpeningANameMakesItACompanysNotAPersons() {
        let found = Self.kinds(["Travellers waited while KLX Cargo loaded the jets in Porto on Monday.\n"])
        #expect(found["KLX Cargo"] == .organization)
        // Two capitals are a person's initials ("AJ Ruiz"), and a given name still decides.
        let people = Self.kinds(["Travellers waited while AJ Tavish loaded the jets in Porto on Monday.\n"])
        #expect(people["AJ Tavish"] == .person)
        // Initials with their dots are a person's too.
        let dotted = Self.kinds(["Dana Hale and J.D. Orvane were also in attendance on Monday.\n"])
        #expect(dotted["J.D. Orvane"] == .person, "\(dotted)")
    }
}

extension ActorKindEvidenceTests {
    @Test func aKnownPlaceWithAWordOfItsOwnAfterItNamesSomethingElse() throws {
        let (gazetteer, _) = try Gazetteer.load(path: try #require(Gazetteer.bundledPath))
        let found = ActorMergeTests.resolve(["Shares of Lisbon Mutual fell on Monday, and Lisbon Mayor Ana Ruiz spoke.\n"],
                                            gazetteer: gazetteer)
        #expect(found.first { $0.name == "Lisbon Mutual" }?.kind == .organization)
        // A title after the place ("Lisbon Mayor Ana Ruiz") leaves the place and the person.
        #expect(found.contains { $0.name == "Lisbon" && $0.kind == .place })
        #expect(found.contains { $0.name == "Ana Ruiz" && $0.kind == .person })
    }
}
