import Testing
@testable import ChronicleCore

/// Nouns of what a firm does or is that make the name beside them an organization's
/// ("Orsa Kell, the oil consultancy", "the market regulator Tarnvik").
@Suite struct ActorOrganizationNounTests {
    @Test func anAppositiveConsultancyOrRegulatorIsAnOrganization() {
        let found = foundKinds("""
            Orsa Kell, the global oil consultancy based in Velden, said on Monday the deal was \
            good. Marta Lind, the regulator's head, agreed, and the news website Tarnvik said so too.
            """)
        #expect(found["Orsa Kell"] == .organization)
        #expect(found["Tarnvik"] == .organization)
        // A person's possession ("the regulator's head") says nothing of the name before it.
        #expect(found["Marta Lind"] == .person)
    }
}
