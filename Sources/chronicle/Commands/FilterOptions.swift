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

    /// The filter for `chronology`; an unknown actor, kind or date is an error that says so.
    func filter(for chronology: Chronology) throws -> EntryFilter {
        var names = Set<String>()
        let lookup = ActorLookup(chronology.actors)
        for query in actors {
            let found = lookup.names(matching: query)
            if found.isEmpty {
                throw InputProblem("no actor is called '\(query)' in this corpus (see 'chronicle actors')")
            }
            names.formUnion(found)
        }
        var kindSet = Set<EventKind>()
        for k in kinds {
            guard let kind = EventKind(rawValue: k.lowercased()) else {
                let all = EventKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputProblem("unknown kind '\(k)'; use one of: \(all)")
            }
            kindSet.insert(kind)
        }
        return EntryFilter(actors: names, kinds: kindSet, from: try date(from, "--from"),
                           to: try date(to, "--to"), search: search)
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
