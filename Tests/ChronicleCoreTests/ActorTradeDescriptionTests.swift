import Testing
@testable import ChronicleCore

/// A trade's word and a noun of a company's place in it ("oil major", "Oil major" opening a
/// sentence) describe the company named after them; "army major" is a person's rank.
@Suite struct ActorTradeDescriptionTests {
    @Test func anOilMajorIsACompany() {
        let found = foundKinds("""
            Oil major Velcor Orsk is in talks to buy Tarnik. The deal with oil major Orvane Petro \
            was signed on Monday.
            """)
        #expect(found["Velcor Orsk"] == .organization)
        #expect(found["Orvane Petro"] == .organization)
    }

    @Test func anArmyMajorIsAPerson() {
        let found = foundKinds("Army major Dana Hale said on Monday that a retired army major Tam Orrin had left.")
        #expect(found["Dana Hale"] == .person)
        #expect(found["Tam Orrin"] == .person)
    }
}
