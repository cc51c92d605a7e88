import Testing
@testable import ChronicleCore

/// A named storm ("Hurricane Orla") is no person and no actor, nor is its name alone.
@Suite struct ActorStormNameTests {
    @Test func aNamedStormIsNoPerson() {
        let found = resolvedActors(["Hurricane Orla hit the coast on Monday. Tropical Storm Bella brought floods on Tuesday. "
                                 + "Super Typhoon Gabrielle made landfall on Sunday. Orla weakened on Wednesday."])
        #expect(!found.contains { $0.kind == .person })
        for name in ["Orla", "Bella", "Gabrielle"] {
            #expect(!found.contains { actor in actor.aliases.contains { $0.hasSuffix(name) } })
        }
    }

    @Test func aStormWordInAnInstitutionOrAPersonWhoSpeaksStaysAName() {
        let found = resolvedActors(["Storm Reid said on Monday the film was done. The National Hurricane Center said "
                                 + "the season was calm."])
        #expect(found.first { $0.name == "Storm Reid" }?.kind == .person)
        #expect(found.first { $0.name == "National Hurricane Center" }?.kind == .organization)
    }
}
