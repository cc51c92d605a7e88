import Foundation

/// A gold standard for the chronology (the seeds format of `gold/README.md`, or the
/// holdout format with `doc`/`optional`), read leniently: missing fields take the
/// scorer's defaults.
public struct ChronologyGold: Sendable {
    public struct Event: Sendable {
        public var id: String
        public var file: String
        public var evidence: String
        public var charStart: Int?
        public var charEnd: Int?
        public var date: String
        public var altDates: [String]
        public var granularity: String
        public var borderline: Bool
        public var optional: Bool
        /// The gold actors taking part (canonical names).
        public var actors: [String] = []
        /// The id of the event this one reports again, in another passage or article.
        public var duplicateOf: String? = nil
    }

    public struct Actor: Sendable {
        public var name: String
        public var aliases: [String]
    }

    public var files: [String]
    public var events: [Event]
    public var actors: [Actor]

    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func load(path: String) throws -> ChronologyGold {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FormatError(description: "\(path): cannot read the gold file")
        }
        let root: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw FormatError(description: "\(path): the gold file is not a JSON object")
            }
            root = object
        } catch let error as FormatError {
            throw error
        } catch {
            throw FormatError(description: "\(path): not valid JSON (\(error.localizedDescription))")
        }
        let documents = root["documents"] as? [[String: Any]] ?? []
        let files = documents.map { d in (d["file"] as? String) ?? ((d["id"] as? String ?? "") + ".txt") }
        var events: [Event] = []
        for (k, e) in (root["events"] as? [[String: Any]] ?? []).enumerated() {
            let file = (e["file"] as? String) ?? ((e["doc"] as? String ?? "") + ".txt")
            guard let evidence = e["evidence"] as? String, let date = e["date"] as? String else {
                throw FormatError(description: "\(path): event \(k + 1) lacks evidence or date")
            }
            events.append(Event(
                id: e["id"] as? String ?? "event-\(k + 1)", file: file, evidence: evidence,
                charStart: (e["char_start"] ?? e["start"]) as? Int,
                charEnd: (e["char_end"] ?? e["end"]) as? Int,
                date: date, altDates: e["alt_dates"] as? [String] ?? [],
                granularity: e["granularity"] as? String ?? "day",
                borderline: e["borderline"] as? Bool ?? false,
                optional: e["optional"] as? Bool ?? false,
                actors: e["actors"] as? [String] ?? [],
                duplicateOf: e["duplicate_of"] as? String))
        }
        var actors: [Actor] = []
        for a in root["actors"] as? [[String: Any]] ?? [] {
            guard let name = a["name"] as? String else { continue }
            var aliases = a["aliases"] as? [String]
            if aliases == nil, let mentions = a["mentions"] as? [String: [String]] {
                aliases = Set(mentions.values.flatMap { $0 }).sorted()
            }
            actors.append(Actor(name: name, aliases: aliases ?? []))
        }
        return ChronologyGold(files: files, events: events, actors: actors)
    }
}
