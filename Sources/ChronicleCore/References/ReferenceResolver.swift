/// Finds what refers back to an actor in one document, after the corpus's actors are known,
/// in small ordered passes, most precise first (as the deterministic coreference sieves do):
///
/// 1. `roleLearning`: appositions and titles teach each actor its roles ("Acme, the
///    planemaker", "chief executive Jane Roe", "Russian President X").
/// 2. `nationalityPass`: "Russian forces said", "the Ukrainians" → the country, when the
///    document names it.
/// 3. `descriptionPass`: "the planemaker", "the chief executive", "the Russian leader", "the
///    company", "the pair" → the actor last introduced with that role or kind.
///    A description by a name's head ("the store" after "zTunes Music Store") is that name
///    when a product or organization of this or the three sentences before has it.
/// 4. `pronounPass`: he/she/his/her → a person, it/its → an organization, product or place,
///    they/their → two people just named together; agreement in person or thing, number and
///    gender learned from the text, the nearest sentence holding candidates (this one and
///    the two before), a subject preferred, and no answer between two equal candidates.
///
/// Passes run together in one left-to-right walk, so a pronoun sees the references resolved
/// before it ("Jane Roe ... She ... her") as mentions of the actor.
public struct ReferenceResolver: Sendable {
    let actors: [Actor]
    /// Pronouns, role nouns, state agents and the other words references are read by.
    let lexicon: Lexicon
    /// Lower-cased names and aliases of the document's places → actor index.
    var places: [String: Int] = [:]

    /// Each actor's last word, lower-cased ("store" of "zTunes Music Store"): its head.
    let heads: [String]

    /// The gender each person's first given name tells ("Ana Roe"), nil for others: read
    /// once for the corpus, not at each mention of each document.
    let nameGenders: [Pronoun.Gender?]

    public init(actors: [Actor], lexicon: Lexicon = .bundled) {
        self.actors = actors
        self.lexicon = lexicon
        heads = actors.map { $0.name.split(separator: " ").last.map { $0.lowercased() } ?? "" }
        nameGenders = actors.map { actor in
            guard actor.kind == .person, let first = actor.name.split(separator: " ").first else { return nil }
            let classes = lexicon.classes(lower: first.lowercased())
            if classes.contains(.femaleGivenName) { return .female }
            if classes.contains(.maleGivenName) { return .male }
            return nil
        }
    }

    /// `mentionActors[k]` is the actor of `mentions[k]` (nil when it names none). Sorted by range.
    public func references(utf8: [UInt8], sentences: [ByteRange], mentions: [ActorMention],
                           mentionActors: [Int?]) -> [Reference] {
        references(utf8: utf8, words: WordScanner.tokens(utf8), sentences: sentences, mentions: mentions,
                   mentionActors: mentionActors)
    }

    /// The same, with the document's words scanned by the caller.
    func references(utf8: [UInt8], words: [Token], sentences: [ByteRange], mentions: [ActorMention],
                    mentionActors: [Int?]) -> [Reference] {
        guard !sentences.isEmpty else { return [] }
        // Only countries the document names: what it refers to then depends on the document
        // and the actors of its own names alone, so a stored result stays right while those do.
        var resolver = self
        for a in Set(mentionActors.compactMap { $0 }) where actors[a].kind == .place {
            for n in [actors[a].name] + actors[a].aliases { resolver.places[n.lowercased()] = a }
        }
        let scan = ReferenceScan(utf8: utf8, words: words, resolver: resolver)
        var named: [(range: ByteRange, actor: Int)] = []
        for (k, m) in mentions.enumerated() { if let a = mentionActors[k] { named.append((m.range, a)) } }
        scan.walk(sentences: sentences, named: named)
        return scan.found.sorted { $0.range < $1.range }
    }

    /// The country a nationality adjective names, when it is an actor of the corpus.
    func country(ofDemonym lower: String) -> Int? {
        guard let place = lexicon.tables.demonymCountry[lower], !place.isEmpty else { return nil }
        return places[place]
    }
}
