import ArgumentParser
import ChronicleCore

/// The filters `list` and `export` share. They combine: an entry must pass every one
/// given (and cite at least one of the --actor names).
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("actor"),
            help: ArgumentHelp("Only entries citing this actor; any spelling of the name works (repeatable).",
                               valueName: "name"))
    var actors: [String] = []

    @Option(name: .customLong("kind"),
            help: ArgumentHelp("Only entries of this kind: talks, statement, military, politics, plan, other (repeatable).",
                               valueName: "kind"))
    var kinds: [String] = []

    @Option(help: ArgumentHelp("Only entries ending on or after this date (2025, 2025-12 or 2025-12-02).",
                               valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only entries starting on or before this date (any granularity).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only entries whose text contains this (case-insensitive).", valueName: "text"))
    var search: String?

    @Option(name: .customLong("basis"),
            help: ArgumentHelp("Only entries dated so: text (a time expression of their own), context (the clause they continue), published (their article's date); a comma list or repeated.",
                               valueName: "basis"))
    var bases: [String] = []

    /// Kinds and dates are checked before the corpus is read, so a typo costs nothing;
    /// like every bad value, each is a one-line error.
    func validate() throws {
        for k in kinds where EventKind(rawValue: k.lowercased()) == nil {
            let all = EventKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputProblem("unknown kind '\(k)'; use one of: \(all)")
        }
        _ = try basisSet()
        if let first = try date(from, "--from"), let last = try date(to, "--to"), first.first > last.last {
            throw InputProblem("--from \(from!) is later than --to \(to!); no entry could match")
        }
    }

    /// The filter for `chronology`. An unknown actor is an error that offers close names;
    /// a name taken by the variant rule is said on stderr, so a typo never narrows silently.
    func filter(for chronology: Chronology) throws -> EntryFilter {
        var names = Set<String>()
        let lookup = ActorLookup(chronology.actors)
        for query in actors {
            switch ActorQuery.resolve(query, in: chronology.actors, lookup: lookup) {
            case .exact(let found):
                names.formUnion(found)
            case .variant(let found):
                Diagnostics.note("--actor '\(query)' taken as \(found.sorted().joined(separator: " or "))")
                names.formUnion(found)
            case .unknown(let suggestions):
                let offer = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
                throw InputProblem("no actor is called '\(query)' in \(chronology.root)\(offer) (see 'chronicle actors')")
            }
        }
        let kindSet = Set(kinds.compactMap { EventKind(rawValue: $0.lowercased()) })
        return EntryFilter(actors: names, kinds: kindSet, from: try date(from, "--from"),
                           to: try date(to, "--to"), search: search, bases: try basisSet())
    }

    /// "--basis text,context" and "--basis text --basis context" alike.
    private func basisSet() throws -> Set<DateBasis> {
        var out = Set<DateBasis>()
        for item in bases.flatMap({ $0.split(separator: ",") }) {
            let word = item.trimmingCharacters(in: .whitespaces).lowercased()
            guard let basis = DateBasis(rawValue: word) else {
                let all = DateBasis.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputProblem("unknown basis '\(item)'; use one of: \(all)")
            }
            out.insert(basis)
        }
        return out
    }

    private func date(_ text: String?, _ option: String) throws -> TimeValue? {
        guard let text else { return nil }
        guard let value = TimeValue(text.trimmingCharacters(in: .whitespaces)) else {
            throw InputProblem("\(option) '\(text)' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return value
    }
}

import Foundation
