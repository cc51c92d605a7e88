import Foundation
import Testing
@testable import ChronicleCore

/// A mention keeps its small numbers narrow; what it says about them is unchanged.
@Suite struct ActorMentionTests {
    @Test func noneAndZeroStayApart() {
        var mention = ActorMention(range: ByteRange(4, 12), text: "Ana Lopez", kind: .person, wordCount: 2)
        #expect(mention.gazetteerEntry == nil && mention.linkedTo == nil && mention.wordCount == 2)
        mention.gazetteerEntry = 0
        mention.linkedTo = 0
        #expect(mention.gazetteerEntry == 0 && mention.linkedTo == 0)
        mention.linkedTo = 41
        mention.gazetteerEntry = nil
        #expect(mention.linkedTo == 41 && mention.gazetteerEntry == nil)
        #expect(mention != ActorMention(range: ByteRange(4, 12), text: "Ana Lopez", kind: .person, wordCount: 2))
    }

    @Test func codableKeepsEveryField() throws {
        var mention = ActorMention(range: ByteRange(0, 7), text: "Halden", kind: .place, gazetteerEntry: 3,
                                   wordCount: 1, impliedHead: "region", linkedTo: 2)
        mention.guessed = true
        let json = try JSONEncoder().encode(mention)
        #expect(try JSONDecoder().decode(ActorMention.self, from: json) == mention)
        let bare = ActorMention(range: ByteRange(0, 3), text: "Oda", kind: nil, wordCount: 1)
        let text = String(decoding: try JSONEncoder().encode(bare), as: UTF8.self)
        #expect(!text.contains("linkedTo") && !text.contains("gazetteerEntry"))
        #expect(try JSONDecoder().decode(ActorMention.self, from: Data(text.utf8)) == bare)
    }
}
