import Testing
@testable import ChronicleCore

/// Shows, fairs and summits are occasions: held somewhere, taking part in nothing, so no
/// actor; a known place naming one is still that place.
@Suite struct ActorOccasionTests {
    static let gazetteer = Gazetteer(entries: [Gazetteer.Entry(name: "Port Vesna", kind: .place, aliases: [])])

    @Test func anOccasionHeadEndingANameMakesNoActor() {
        let found = foundKinds("""
            Corvane ordered 40 jets at the Tarvik Airshow on Tuesday. Leaders met at the Orsa
            Summit, and publishers gathered at the Velm Book Fair.
            """)
        #expect(found["Tarvik Airshow"] == nil)
        #expect(found["Orsa Summit"] == nil)
        #expect(found["Velm Book Fair"] == nil)
    }

    @Test func aKnownPlaceNamingAnOccasionIsStillThePlace() {
        let found = foundKinds("Corvane ordered 40 jets at the Port Vesna Airshow on Tuesday.\n",
                                                    gazetteer: Self.gazetteer)
        #expect(found["Port Vesna"] == .place)
        #expect(found["Port Vesna Airshow"] == nil)
    }

    @Test func aNameThatSpeaksIsNoOccasion() {
        let found = foundKinds("Our reporter met them. Marlow Fair reported on Monday that sales fell.\n")
        #expect(found["Marlow Fair"] != nil)
    }

    @Test func anOccasionWordOpeningANameLeavesItAName() {
        let found = foundKinds("Shares of Summit Dynamics rose after Fair Isaac Corp cut its forecast.\n")
        #expect(found.keys.contains("Summit Dynamics"))
        #expect(found["Fair Isaac Corp"] == .organization)
    }
}
