/// What drawing a document's events reads of the actors its mentions were taken for: for
/// each mention, its actor's name and kind, the words of its spellings (a description by
/// a name's word, a public body's title: see `ReferenceScan`) and, for a place, its
/// spellings lowered (what a nationality or a bare name refers to: see `ReferenceResolver`),
/// or none; kept as one hash per document. When a document's hash is as it was, the events
/// stored for it are those drawn again, whatever changed elsewhere in the corpus. The order
/// of the spellings is not read, nor is a new spelling of words the actor already had: an
/// article that adds such a spelling leaves the others' events as they were.
struct MentionActors {
    /// Each actor's own hash, made once for every document.
    private let keys: [[UInt8]]

    init(_ actors: [Actor]) {
        keys = actors.map { actor in
            let spellings = [actor.name] + actor.aliases
            var parts = [Array(actor.name.utf8), Array(actor.kind.rawValue.utf8), [0]]
            parts += Set(spellings.flatMap { $0.split(separator: " ").map { $0.lowercased() } }).sorted().map { Array($0.utf8) }
            if actor.kind == .place {
                parts.append([0])
                parts += Set(spellings.map { $0.lowercased() }).sorted().map { Array($0.utf8) }
            }
            return Array(ContentHash.of(parts).utf8)
        }
    }

    /// `mentionActors`: each mention's actor, as an index into the actors given.
    func digest(_ mentionActors: [Int?]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(mentionActors.count * 33)
        // A hash is hex digits, never a zero byte: a mention without an actor cannot pass for one with.
        for actor in mentionActors {
            if let actor { bytes += keys[actor] } else { bytes.append(0) }
        }
        return ContentHash.of([bytes])
    }
}
