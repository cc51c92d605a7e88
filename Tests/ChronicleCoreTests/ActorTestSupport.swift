@testable import ChronicleCore

/// The actors of made-up articles (one string each), as the corpus resolves them.
func resolvedActors(_ texts: [String], gazetteer: Gazetteer = .empty) -> [Actor] {
    let mentions = texts.map { text -> [ActorMention] in
        let bytes = Array(text.utf8)
        return MentionRecognizer(gazetteer: gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
    }
    return ActorResolver(gazetteer: gazetteer).resolve(mentions).actors
}

/// The kind each name of a made-up text is found with in it, by the name as written (nil:
/// a name of a kind still unknown).
func foundKinds(_ text: String, gazetteer: Gazetteer = .empty) -> [String: ActorKind?] {
    let bytes = Array(text.utf8)
    var out: [String: ActorKind?] = [:]
    for m in MentionRecognizer(gazetteer: gazetteer).mentions(in: bytes, sentences: SentenceSplitter.split(bytes)) {
        out[m.text] = m.kind
    }
    return out
}
