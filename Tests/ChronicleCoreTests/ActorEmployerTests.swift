import Testing
@testable import ChronicleCore

/// "an economist at Velcor": a role, then "at" and a name, names the person's employer, an
/// organization.
@Suite struct ActorEmployerTests {
    @Test func aNameAfterARoleAndAtIsAnOrganization() {
        let found = foundKinds("""
            "Rates will rise," said Tam Orrin, chief strategist at Orsa Kell. Dana Brisk, an \
            economist at Velcor, agreed on Monday.
            """)
        #expect(found["Orsa Kell"] == .organization)
        #expect(found["Velcor"] == .organization)
        #expect(found["Tam Orrin"] == .person)
        #expect(found["Dana Brisk"] == .person)
    }

    @Test func aRolesPluralBeforeAtNamesTheEmployerToo() {
        let found = resolvedActors(["Analysts at Velcor said so on Monday."])
        #expect(found.first { $0.name == "Velcor" }?.kind == .organization, "\(found)")
    }

    @Test func aGivenNameOrNoRoleBeforeAtLeavesThePersonOrThePlace() {
        let found = foundKinds("""
            The aide at Dana Hale's side spoke on Monday. Tam Orrin arrived at Velden Orsk on Tuesday.
            """)
        #expect(found["Dana Hale"] == .person)
        #expect(found["Velden Orsk"] != .organization)
    }
}
