/// What drawing a document's events reads of the actors its mentions were taken for: for
/// each mention, its actor's name and kind, the words of its spellings that name a public
/// body's role (what "the ministry" and a public body's test read: see `ReferenceScan`) and,
/// for a place, its spellings lowered (what a nationality or a bare name refers to: see
/// `ReferenceResolver`), or none; kept as one hash per document. When a document's hash is as
/// it was, the events stored for it are those drawn again, whatever changed elsewhere in the
/// corpus. The order of the spellings is not read, nor is a new spelling whose words name no
/// such role: an article that adds one to a company ("Lumen Records") leaves the events of
/// the others that name it as they were.
struct MentionActors {
    /// Each actor's own hash, made once for every document.
    private let keys: [(UInt64, UInt64)]

    init(_ actors: [Actor], lexicon: Lexicon = .bundled) {
        keys = actors.map { actor in
            let spellings = [actor.name] + actor.aliases
            var parts = [Array(actor.name.utf8), Array(actor.kind.rawValue.utf8), [0]]
            let roles = spellings.flatMap { $0.split(separator: " ").map { $0.lowercased() } }
                .filter { lexicon.classes(lower: $0).contains(.institutionRole) }
            parts += Set(roles).sorted().map { Array($0.utf8) }
            if actor.kind == .place {
                parts.append([0])
                parts += Set(spellings.map { $0.lowercased() }).sorted().map { Array($0.utf8) }
            }
            var hash = ContentHash()
            for part in parts { hash.add(part) }
            return hash.lanes
        }
    }

    /// `mentionActors`: each mention's actor, as an index into the actors given.
    func digest(_ mentionActors: [Int?]) -> String {
        // Each mention's actor as words of the hash, after one telling whether it has one: a
        // mention without an actor cannot pass for one with.
        var hash = ContentHash()
        for actor in mentionActors {
            if let actor {
                hash.add(word: 1)
                hash.add(word: keys[actor].0)
                hash.add(word: keys[actor].1)
            } else {
                hash.add(word: 0)
            }
        }
        return hash.hex
    }
}
