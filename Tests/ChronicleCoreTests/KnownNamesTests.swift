import Testing
@testable import ChronicleCore

/// What a headline may repeat: the texts the body named, the first kind each was given,
/// and the surnames of the persons.
@Suite struct KnownNamesTests {
    private func mention(_ text: String, _ kind: ActorKind?) -> ActorMention {
        ActorMention(range: ByteRange(0, text.utf8.count), text: text, kind: kind, wordCount: 1)
    }

    @Test func keepsTheFirstKindGivenAndThePersonsLastWords() {
        var known = KnownNames()
        known.add(mention("Marta Oyelaran", nil))
        known.add(mention("Marta Oyelaran", .person))
        known.add(mention("Marta Oyelaran", .organization))
        known.add(mention("Port Authority", .organization))
        #expect(known.contains("Marta Oyelaran") && known.contains("Port Authority"))
        #expect(!known.contains("marta oyelaran") && !known.contains("Oyelaran"))
        #expect(known.kind(of: "Marta Oyelaran") == .person)
        #expect(known.kind(of: "Port Authority") == .organization)
        #expect(known.containsLastWord("Oyelaran") && !known.containsLastWord("Authority"))
    }
}
