/// Finds actors by any of their spellings, ignoring case: "zelensky", "Zelenskiy" and
/// "Volodymyr Zelenskyy" all name the same actor.
public struct ActorLookup: Sendable {
    private var byAlias: [String: Set<String>] = [:]

    public init(_ actors: [Actor]) {
        for actor in actors {
            for alias in [actor.name] + actor.aliases {
                byAlias[alias.lowercased(), default: []].insert(actor.name)
            }
        }
    }

    /// Canonical names of the actors that have this spelling (usually one).
    public func names(matching query: String) -> Set<String> {
        let key = query.trimmingCharacters(in: .whitespaces).lowercased()
        if let exact = byAlias[key] { return exact }
        // Not a spelling met in the texts: try the variant rule on single words.
        guard !key.contains(" "), !key.isEmpty else { return [] }
        var found = Set<String>()
        for (alias, names) in byAlias where !alias.contains(" ") && NameVariants.areVariants(alias, key) {
            found.formUnion(names)
        }
        return found
    }
}

import Foundation
