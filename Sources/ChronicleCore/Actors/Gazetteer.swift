import Foundation
import Yams

/// Known actors, read from an editable YAML file:
///
/// ```yaml
/// actors:
///   - name: Volodymyr Zelenskyy      # canonical name
///     kind: person                   # person | place | organization | product
///     aliases: [Zelensky, Zelenskiy, Volodymyr Zelensky]
/// ```
///
/// The gazetteer is a convenience: it fixes canonical names and kinds and joins aliases
/// no rule could (MoD, "Gulf States"); recognition and variant merging work without it.
public struct Gazetteer: Sendable {
    public struct Entry: Codable, Sendable, Hashable {
        public var name: String
        public var kind: ActorKind
        public var aliases: [String]

        public init(name: String, kind: ActorKind, aliases: [String] = []) {
            self.name = name
            self.kind = kind
            self.aliases = aliases
        }

        /// The name and its aliases, without duplicates.
        public var forms: [String] {
            var seen = Set<String>()
            return ([name] + aliases).filter { !$0.isEmpty && seen.insert($0).inserted }
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    public static let empty = Gazetteer()

    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    private struct RawFile: Decodable {
        var actors: [RawEntry]?
    }

    private struct RawEntry: Decodable {
        var name: String?
        var kind: String?
        var aliases: [String]?

        enum CodingKeys: String, CodingKey { case name, kind, aliases }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decodeIfPresent(String.self, forKey: .name)
            kind = try c.decodeIfPresent(String.self, forKey: .kind)
            // A hand-written file says "aliases: Kiev" as often as "aliases: [Kiev]".
            if let one = try? c.decodeIfPresent(String.self, forKey: .aliases) {
                aliases = [one]
            } else {
                aliases = try c.decodeIfPresent([String].self, forKey: .aliases)
            }
        }
    }

    /// Reads a gazetteer file. An unreadable or malformed file throws (naming it); a bad
    /// entry is skipped with a warning, so one typo does not lose the rest.
    public static func load(path: String) throws -> (Gazetteer, [LoadWarning]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: path, message: "cannot read the gazetteer file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(file: path, message: "the gazetteer is not valid UTF-8")
        }
        return try parse(yaml: text, file: path)
    }

    public static func parse(yaml: String, file: String) throws -> (Gazetteer, [LoadWarning]) {
        let raw: RawFile
        do {
            raw = try YAMLDecoder().decode(RawFile.self, from: yaml)
        } catch {
            throw LoadError(file: file, message: "not a gazetteer (expected 'actors:' with a list of name, kind, aliases): "
                           + YAMLProblem.describe(error))
        }
        var entries: [Entry] = []
        var warnings: [LoadWarning] = []
        for (index, item) in (raw.actors ?? []).enumerated() {
            guard let name = item.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                warnings.append(LoadWarning(file: file, message: "entry \(index + 1) has no name; skipped"))
                continue
            }
            guard let kindText = item.kind, let kind = ActorKind(rawValue: kindText.lowercased()) else {
                warnings.append(LoadWarning(file: file, message: "'\(name)': kind must be person, place, organization or product; skipped"))
                continue
            }
            entries.append(Entry(name: name, kind: kind, aliases: item.aliases ?? []))
        }
        return (Gazetteer(entries: entries), warnings)
    }
}
