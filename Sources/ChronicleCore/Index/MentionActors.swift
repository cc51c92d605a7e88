/// What drawing a document's events reads of the actors its mentions were taken for: for
/// each mention, its actor's name, kind and aliases (what a passage refers to is learned
/// from them), or none; kept as one hash per document. When a document's hash is as it was,
/// the events stored for it are those drawn again, whatever changed elsewhere in the corpus.
struct MentionActors {
    /// Each actor's own hash, made once for every document.
    private let keys: [[UInt8]]

    init(_ actors: [Actor]) {
        keys = actors.map { actor in
            Array(ContentHash.of([Array(actor.name.utf8), Array(actor.kind.rawValue.utf8)]
                + actor.aliases.map { Array($0.utf8) }).utf8)
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
