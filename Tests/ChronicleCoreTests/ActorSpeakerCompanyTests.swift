import Testing
@testable import ChronicleCore

/// A one-word name read as a person in one article ("Velcor, who named ...") is the
/// company other articles show it to be, unless a person of the corpus bears it as a surname.
@Suite struct ActorSpeakerCompanyTests {
    @Test func aCompanyReadAsASpeakerIsTheCompany() {
        let found = resolvedActors(["Velcor Inc. said on Monday that it would hire 300 people.",
                                 "Velcor, who named Ana Ruiz as its new chief, fell 4% on Tuesday."])
        let velcor = found.filter { $0.name.hasPrefix("Velcor") }
        #expect(velcor.count == 1)
        #expect(velcor.first?.kind == .organization)
        #expect(velcor.first?.mentions == 2)
    }

    @Test func aSurnameOfAPersonOfTheCorpusStaysThePerson() {
        let found = resolvedActors(["Velcor Inc. said on Monday that it would hire 300 people.",
                                 "Dana Velcor said on Tuesday that she would run. Velcor, who spoke in Paris, smiled."])
        let person = found.first { $0.name == "Dana Velcor" }
        #expect(person?.kind == .person)
        #expect(person?.aliases.contains("Velcor") == true)
    }
}
