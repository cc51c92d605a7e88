import Testing
@testable import ChronicleCore

/// Places the built-in gazetteer knows whose shape reads like a person's name.
@Suite struct ActorKnownPlaceTests {
    @Test func capitolHillIsAPlace() throws {
        let found = try ActorMarketIndexTests.actors("""
            The scandal reached Capitol Hill aides on Monday, and lobbyists left Capitol Hill.
            Senator Dana Hill said on Tuesday that she would testify.
            """)
        #expect(found.first { $0.name == "Capitol Hill" }?.kind == .place)
        let person = try #require(found.first { $0.name == "Dana Hill" })
        #expect(person.kind == .person)
        #expect(!person.aliases.contains("Capitol Hill"))
    }

    @Test func aRegionsShortFormInAnAddressIsTheRegion() throws {
        let found = try ActorMarketIndexTests.actors("""
            The mayor of Brockton Falls, N.J., was convicted on Monday. Firefighters in Orlen, Pa., \
            battled a blaze, and a plant in Velden, Mass. closed on Tuesday.
            """)
        let names = Dictionary(found.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(names["New Jersey"] == .place)
        #expect(names["Pennsylvania"] == .place)
        #expect(names["Massachusetts"] == .place)
        #expect(names["Brockton Falls"] == .place)
        #expect(names["Velden"] == .place)
        #expect(names["Orlen"] == .place)
    }

    @Test func aRegionsShortFormOutsideAnAddressIsNoRegion() throws {
        let found = try ActorMarketIndexTests.actors("""
            Pa said on Monday that Miss Orla Brent had won. They attended Mass on Sunday, and Vell \
            Mo signed with Orsa, Del Monte and others.
            """)
        let names = Set(found.map(\.name))
        #expect(!names.contains("Pennsylvania"))
        #expect(!names.contains("Mississippi"))
        #expect(!names.contains("Massachusetts"))
        #expect(!names.contains("Missouri"))
        #expect(!names.contains("Delaware"))
    }

    @Test func aPostalCodeInCapitalsAfterATownIsTheRegion() throws {
        let found = try ActorMarketIndexTests.actors("""
            Orvo Labs said on Monday it hired 40 engineers in Orlen, TX, and Velden, OH - and more \
            would follow in Brantly, NY.
            """)
        let names = Dictionary(found.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(names["Texas"] == .place)
        #expect(names["Ohio"] == .place)
        #expect(names["New York"] == .place)
        #expect(names["Orlen"] == .place)
        #expect(found.first { $0.name == "Texas" }?.aliases.contains("TX") == true)
    }

    @Test func aPostalCodeOutsideAnAddressIsNoRegion() throws {
        let found = try ActorMarketIndexTests.actors("""
            Fans in IN and OR cheered on Monday. Orvo, Tx said on Tuesday it had closed, and Velden, \
            OHX rose.
            """)
        let names = Set(found.map(\.name))
        #expect(!names.contains("Indiana"))
        #expect(!names.contains("Oregon"))
        #expect(!names.contains("Texas"))
        #expect(!names.contains("Ohio"))
    }

    @Test func aRegionalCentralBankIsKnownByItsCity() throws {
        let found = try ActorMarketIndexTests.actors("""
            Atlanta Fed President Orla Brent said on Tuesday that rates would stay high, and \
            Cleveland Federal Reserve President Tam Hale agreed. Atlanta police closed a road.
            """)
        let names = Set(found.map(\.name))
        #expect(names.contains("Federal Reserve Bank of Atlanta"))
        #expect(names.contains("Federal Reserve Bank of Cleveland"))
        #expect(names.contains("Orla Brent") && names.contains("Tam Hale"))
        #expect(!names.contains("Cleveland Federal"))
        // The city alone is the city.
        #expect(found.first { $0.name == "Atlanta" }?.kind == .place)
    }
}
