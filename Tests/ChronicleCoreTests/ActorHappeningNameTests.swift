import Testing
@testable import ChronicleCore

/// A named happening ("the Farm Bill", "the Orsa War") is no actor; its head word opening
/// a name is a given name or says what kind of place follows.
@Suite struct ActorHappeningNameTests {
    @Test func aHappeningHeadEndingANameMakesNoActor() {
        let found = foundKinds("The Velm Farm Bill passed after the Orsa War ended in May.\n")
        #expect(found["Velm Farm Bill"] == nil && found["Orsa War"] == nil)
    }

    @Test func aHappeningHeadOpeningANameLeavesItAName() {
        let found = foundKinds("Bill Nowak resigned as mayor. Crowds filled Revolution Square.\n")
        #expect(found["Bill Nowak"] == .person)
        #expect(found.keys.contains("Revolution Square"))
    }
}
