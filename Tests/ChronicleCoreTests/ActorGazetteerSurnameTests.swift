import Testing
@testable import ChronicleCore

/// A one-word gazetteer alias (a surname) names the gazetteer's person only when the text
/// does not name somebody else by it.
@Suite struct ActorGazetteerSurnameTests {
    static let gazetteer = Gazetteer(entries: [
        .init(name: "Harold Brandt", kind: .person, aliases: ["Brandt"]),
        .init(name: "Oslo", kind: .place),
        .init(name: "Denver", kind: .place),
        .init(name: "National Assembly", kind: .organization, aliases: ["Assembly"]),
    ])

    @Test func anotherPersonWithTheSurnameKeepsIt() {
        let actors = ActorMergeTests.resolve([
            "Speaker Nina Brandt won the vote on Tuesday. Brandt said the bill would pass.",
        ], gazetteer: Self.gazetteer)
        let nina = ActorMergeTests.actor(actors, having: "Nina Brandt")
        #expect(nina != nil)
        #expect(nina?.name != "Harold Brandt")
        #expect(nina?.aliases.contains("Brandt") == true)
    }

    @Test func theKnownPersonStillGetsHisSurname() {
        let actors = ActorMergeTests.resolve([
            "Brandt said on Monday that the talks in Oslo had failed.",
        ], gazetteer: Self.gazetteer)
        #expect(actors.contains { $0.name == "Harold Brandt" })
    }

    @Test func aSurnameAliasBeforeAnotherNameIsAGivenName() {
        let bytes = Array("Team captain Brandt Kowalski said the match was hard, in Oslo on Friday.\n".utf8)
        let ms = MentionRecognizer(gazetteer: Self.gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
        #expect(ms.contains { $0.text == "Brandt Kowalski" && $0.kind == .person && $0.gazetteerEntry == nil })
        #expect(!ms.contains { $0.text == "Brandt" })
    }

    @Test func aKnownPlaceBeforeAPluralIsATeam() {
        let bytes = Array("The Denver Comets beat the home side, and the Oslo Ravens lost on Sunday.\n".utf8)
        let ms = MentionRecognizer(gazetteer: Self.gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
        #expect(ms.contains { $0.text == "Denver Comets" && $0.kind == .organization })
        #expect(ms.contains { $0.text == "Oslo Ravens" && $0.kind == .organization })
        #expect(!ms.contains { $0.text == "Denver" })
    }

    @Test func aKnownOneWordNameFollowedByOfIsALongerName() {
        let bytes = Array("The bill went to the Assembly of Delegates, not the Assembly, on Monday.\n".utf8)
        let ms = MentionRecognizer(gazetteer: Self.gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
        #expect(ms.contains { $0.text == "Assembly of Delegates" && $0.gazetteerEntry == nil })
        #expect(ms.contains { $0.text == "Assembly" && $0.gazetteerEntry != nil })
    }
}
