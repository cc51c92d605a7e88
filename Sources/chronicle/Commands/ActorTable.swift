import ChronicleCore
import Foundation

/// The `actors` listing: an aligned table for people, JSON for tools.
enum ActorTable {
    static func text(_ actors: [Actor]) -> String {
        let nameWidth = min(40, max(4, actors.map { DisplayText.sanitize($0.name).count }.max() ?? 4))
        var out = pad("NAME", nameWidth) + "  " + pad("KIND", 12) + "  " + pad("MENTIONS", 8) + "  ALIASES\n"
        for a in actors {
            let others = a.aliases.filter { $0 != a.name }.map(DisplayText.sanitize)
            out += pad(DisplayText.sanitize(a.name), nameWidth) + "  " + pad(a.kind.rawValue, 12) + "  "
                + pad(String(a.mentions), 8) + "  " + others.joined(separator: "; ") + "\n"
        }
        return out
    }

    static func json(_ actors: [Actor]) -> String {
        struct Row: Encodable { var name: String; var kind: String; var aliases: [String]; var mentions: Int }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let rows = actors.map { Row(name: $0.name, kind: $0.kind.rawValue, aliases: $0.aliases, mentions: $0.mentions) }
        return (try? encoder.encode(rows)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// A value wider than its column is written whole, and the rest of its row moves
    /// along: a cut name ("Organization of the Petroleum Exporting") would read as another.
    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
