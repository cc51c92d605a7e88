import Testing
@testable import ChronicleCore

/// A spelling's kind when its mentions disagree: a cue in the text ("in X", a head word,
/// "X said") outweighs any number of guesses from the name's shape or headline echoes.
@Suite struct ActorKindVoteTests {
    static func resolve(_ text: String) -> [Actor] {
        let bytes = Array(text.utf8)
        let mentions = MentionRecognizer(gazetteer: .empty).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
        return ActorResolver(gazetteer: .empty).resolve([mentions]).actors
    }

    @Test func aPrepositionOutweighsShapeGuesses() {
        let actors = Self.resolve("""
            Cedar Hollow bakery owner charged after fire in Millbrook

            Deputies said a Cedar Hollow woman, 52, was charged on Friday. The fire started
            on May 3 in Cedar Hollow. She was later taken back to Cedar Hollow for a hearing.
            """)
        #expect(actors.first { $0.name == "Cedar Hollow" }?.kind == .place)
    }

    @Test func shapeStillDecidesWithoutACue() {
        let actors = Self.resolve("""
            The review will be led by Tavish Achterberg, officials said on Monday.
            Achterberg declined to comment.
            """)
        #expect(actors.first { $0.name == "Tavish Achterberg" }?.kind == .person)
    }

    @Test func cuesOutvoteGuessesButNotEachOther() {
        var counts = KindCounts()
        counts.count(.person, guessed: true)
        counts.count(.person, guessed: true)
        counts.count(.place, guessed: false)
        #expect(counts.majority == .place)
        var guesses = KindCounts()
        guesses.count(.person, guessed: true)
        #expect(guesses.majority == .person)
        counts.count(.organization, guessed: false)
        counts.count(.organization, guessed: false)
        counts.add(guesses)
        #expect(counts.majority == .organization)
    }
}
