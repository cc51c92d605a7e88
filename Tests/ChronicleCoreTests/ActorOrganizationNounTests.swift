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

    @Test func anAppositiveWithAdjectivesSetApartByCommasNamesTheCompany() {
        let found = foundKinds("Orvane Expeditions, a private, Velmar-based company that uses submersibles, launched a trip on June 16.\n")
        #expect(found["Orvane Expeditions"] == .organization, "\(found)")
        // A clause after the comma is no appositive.
        let clause = foundKinds("Dana Hale, a private, quiet woman, said the company had left.\n")
        #expect(clause["Dana Hale"] == .person, "\(clause)")
    }

    @Test func aNameSetOffAfterACompanyNounIsThatCompany() {
        let found = foundKinds("""
            Hale's property company, Orvane Global, and investor Dana Pruitt pushed for a deal. \
            The company, Marta Lind said, would be sold.
            """)
        #expect(found["Orvane Global"] == .organization, "\(found)")
        #expect(found["Marta Lind"] == .person, "\(found)")
    }

    @Test func aNameSetOffAfterAPersonsRoleIsThatPerson() {
        let actors = resolvedActors(["""
            In a letter by the airline's lawyer, David Varn, the airline lashed out at the firm. \
            Varn said the firm was negligent. Velcor, the airline, said it would sue.
            """])
        #expect(actors.first { $0.name == "David Varn" }?.kind == .person, "\(actors)")
        #expect(actors.first { $0.name == "Velcor" }?.kind == .organization, "\(actors)")
    }
}
