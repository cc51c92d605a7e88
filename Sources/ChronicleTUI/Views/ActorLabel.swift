import ChronicleCore

/// Actors in short for a timeline row: a person by surname, others by name; "+2" for
/// the rest.
enum ActorLabel {
    static func short(_ a: ActorRef) -> String {
        let name = DisplayText.sanitize(a.name)
        guard a.kind == .person, let last = name.split(separator: " ").last, last.count > 1 else { return name }
        return String(last)
    }

    static func list(_ actors: [ActorRef], width: Int) -> String {
        guard !actors.isEmpty, width > 0 else { return "" }
        var out = ""
        for (i, a) in actors.enumerated() {
            let piece = (i == 0 ? "" : ", ") + short(a)
            let rest = actors.count - i - 1
            let more = rest > 0 ? " +\(rest)" : ""
            if TextWidth.width(out + piece + more) > width {
                let left = actors.count - i
                return i == 0 ? TextWidth.truncate(short(a), to: width) : out + " +\(left)"
            }
            out += piece
        }
        return out
    }
}
