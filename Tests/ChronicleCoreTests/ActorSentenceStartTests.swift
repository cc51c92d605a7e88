import Testing
@testable import ChronicleCore

/// A sentence's first word is capitalised whatever it is: after a wire dateline too, and an
/// approximate number ("Approximately 50") is no product.
@Suite struct ActorSentenceStartTests {
    static func actors(_ text: String) -> [Actor] { resolvedActors([text]) }

    @Test func aGroupOfPeopleOpeningASentenceIsNoName() {
        let found = Self.actors("Eyewitnesses reported to Orvo Daily that the ship moved. Survivors told Velcor so.\n")
        let names = Set(found.map(\.name))
        #expect(!names.contains("Eyewitnesses") && !names.contains("Survivors"), "\(names)")
    }

    @Test func onceAndAPeoplesPossessiveAreNoNames() {
        let found = Self.actors("""
            Of the new money, $337 million comes from Velcor.

            Once valued by its private investors at $47 billion, Orvane entered bankruptcy.

            Velmar's Women's World Cup success has been marred, and the Men's final was on Sunday.
            """)
        let names = Set(found.map(\.name))
        #expect(!names.contains("Once") && !names.contains("Women") && !names.contains("Men"), "\(names)")
        #expect(names.contains("Orvane") && names.contains("Velcor"), "\(names)")
    }

    @Test func theFirstWordAfterAWireDatelineIsASentencesFirstWord() {
        let found = Self.actors("""
            VELDEN, Orsk (AP) — Disgraced Velnor CEO Dana Hale was sentenced on Friday to 11 \
            years in prison.
            """)
        #expect(found.contains { $0.name == "Velnor" })
        #expect(!found.contains { $0.name.hasPrefix("Disgraced") })
        #expect(found.first { $0.name == "Dana Hale" }?.kind == .person)
    }

    @Test func aDatelineWhoseRegionsShortFormEndsASentenceStillEndsBeforeTheStory() {
        let text = "VELDEN, Calif. (AP) — Disgraced Velnor CEO Dana Hale was sentenced on Friday.\n"
        let bytes = Array(text.utf8)
        let sentences = SentenceSplitter.sentencesAndWraps(bytes, lexicon: .bundled).0
        let mentions = MentionRecognizer(gazetteer: .empty).mentions(in: bytes, sentences: sentences)
        #expect(mentions.contains { $0.text == "Velnor" })
        #expect(!mentions.contains { $0.text.hasPrefix("Disgraced") })
    }

    @Test func aWordTheTextCapitalisesInProseStaysInTheName() {
        let found = Self.actors("""
            VELDEN (AP) — Harrowed Mills said on Friday it would close. Workers at Harrowed Mills \
            protested.
            """)
        #expect(found.contains { $0.name == "Harrowed Mills" })
    }

    @Test func anApproximateNumberIsNoProduct() {
        let found = Self.actors("Approximately 50 people and roughly 20 crew were hurt. Roughly 30 left.")
        #expect(!found.contains { $0.name.hasPrefix("Approximately") || $0.name.hasPrefix("Roughly") })
    }
}
