import Testing
@testable import ChronicleCore

/// A document's events are drawn again only when what they read of its actors changed.
@Suite struct MentionActorsTests {
    func digest(_ actor: Actor) -> String { MentionActors([actor]).digest([0, nil]) }

    let store = Actor(name: "Lumen Music Store", kind: .organization, aliases: ["Lumen Music Store", "Lumen Store"])

    @Test func theOrderOfSpellingsAndASpellingWithoutARoleWordChangeNothing() {
        var reordered = store
        reordered.aliases = ["Lumen Store", "Lumen Music Store"]
        #expect(digest(reordered) == digest(store))
        var shorter = store
        shorter.aliases.append("Music Store")
        #expect(digest(shorter) == digest(store))
        var counted = store
        counted.mentions = 40
        #expect(digest(counted) == digest(store))
        // Nothing of the events reads "records": only the words of a public body's role.
        var worded = store
        worded.aliases.append("Lumen Records")
        #expect(digest(worded) == digest(store))
    }

    @Test func aNewRoleWordAnotherNameOrKindChangesTheDigest() {
        // "the board" may now stand for it, and it is a public body.
        var worded = store
        worded.aliases.append("Lumen Board")
        #expect(digest(worded) != digest(store))
        var renamed = store
        renamed.name = "Lumen Store"
        #expect(digest(renamed) != digest(store))
        var product = store
        product.kind = .product
        #expect(digest(product) != digest(store))
        #expect(MentionActors([store]).digest([nil, 0]) != digest(store))
    }

    @Test func aPlacesNewSpellingChangesTheDigestEvenOfKnownWords() {
        let port = Actor(name: "Porto Velha", kind: .place, aliases: ["Porto Velha", "Velha"])
        var spelled = port
        spelled.aliases.append("Velha Porto")
        #expect(digest(spelled) != digest(port))
        var reordered = port
        reordered.aliases = ["Velha", "Porto Velha"]
        #expect(digest(reordered) == digest(port))
    }
}
