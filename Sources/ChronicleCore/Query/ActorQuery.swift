/// What a name typed by a person (`--actor`) stands for in a chronology: the actors
/// it spells exactly, the ones it is taken to mean by the variant rule (worth telling
/// the user), or none, with the closest names to offer instead.
public enum ActorQuery: Equatable, Sendable {
    /// A name or alias, ignoring case.
    case exact(Set<String>)
    /// Not a spelling met in the texts, but a variant of one (a typo, a transliteration).
    case variant(Set<String>)
    /// Nothing by that name; `suggestions` are canonical names, most mentioned first.
    case unknown(suggestions: [String])

    public static func resolve(_ query: String, in actors: [Actor], lookup: ActorLookup? = nil) -> ActorQuery {
        let key = query.trimmingCharacters(in: .whitespaces).lowercased()
        var exact = Set<String>()
        for actor in actors where ([actor.name] + actor.aliases).contains(where: { $0.lowercased() == key }) {
            exact.insert(actor.name)
        }
        if !exact.isEmpty { return .exact(exact) }
        let variants = (lookup ?? ActorLookup(actors)).names(matching: query)
        if !variants.isEmpty { return .variant(variants) }
        return .unknown(suggestions: suggestions(for: key, in: actors))
    }

    /// Names that contain the query, or are within a few typing slips of it (whole name
    /// or one of its words).
    static func suggestions(for key: String, in actors: [Actor], limit: Int = 5) -> [String] {
        guard !key.isEmpty else { return [] }
        let slips = max(1, key.count / 4)
        var found: [Actor] = []
        for actor in actors {
            let spellings = ([actor.name] + actor.aliases).map { $0.lowercased() }
            let close = spellings.contains { s in
                if s.contains(key) { return true }
                let words = [s] + s.split(separator: " ").map(String.init)
                return words.contains { abs($0.count - key.count) <= slips && editDistance($0, key, atMost: slips) }
            }
            if close { found.append(actor) }
        }
        found.sort { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.name < $1.name }
        return found.prefix(limit).map(\.name)
    }

    /// Whether `a` and `b` are at most `bound` slips apart (`EditDistance`).
    static func editDistance(_ a: String, _ b: String, atMost bound: Int) -> Bool {
        EditDistance.between(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: bound) <= bound
    }
}

import Foundation
