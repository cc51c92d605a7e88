import Testing
@testable import ChronicleCore

/// "St John Ambulance": a given name right after a word that opens a place's name is a
/// saint's in the name, not the start of a person's.
@Suite struct ActorSaintNameTests {
    @Test func aGivenNameAfterSaintIsPartOfTheName() {
        let found = resolvedActors(["Crews from St John Orvale treated 12 people on Monday. "
                                 + "Volunteers of St. Mary Velka helped on Tuesday."])
        #expect(!found.contains { $0.kind == .person })
        #expect(found.contains { $0.name == "St John Orvale" })
        #expect(found.contains { $0.name == "St. Mary Velka" })
    }

    @Test func aGivenNameAfterAnotherNameStillStartsAPerson() {
        let found = resolvedActors(["Delegates of Velka Maria Ruiz spoke on Monday."])
        #expect(found.first { $0.name == "Maria Ruiz" }?.kind == .person)
    }
}
