import ChronicleCore

/// The plain-text view of one entry for `show`: what, when, who, who claims it, and
/// every source passage with the surrounding text of its paragraph.
enum EntryView {
    static func render(_ entry: Entry, in chronology: Chronology) -> String {
        var out = "#\(entry.id)  \(entry.date.value) (\(entry.date.granularity.rawValue))  [\(entry.kind.rawValue)]\n"
        out += DisplayText.sanitize(entry.summary) + "\n"
        if !entry.actors.isEmpty {
            out += "Actors: " + entry.actors.map { "\(DisplayText.sanitize($0.name)) (\($0.kind.rawValue))" }
                .joined(separator: ", ") + "\n"
            let referred = entry.actors.compactMap { a in
                a.via.map { "\(DisplayText.sanitize($0)) → \(DisplayText.sanitize(a.name))" }
            }
            if !referred.isEmpty { out += "Referred to: " + referred.joined(separator: "; ") + "\n" }
        }
        if !entry.claimants.isEmpty {
            out += "Claimed by: " + entry.claimants.map(DisplayText.sanitize).joined(separator: "; ") + "\n"
        }
        for (n, source) in entry.sources.enumerated() {
            out += "\nSource \(n + 1) of \(entry.sources.count): \(DisplayText.sanitize(source.file)), bytes \(source.passage.start)-\(source.passage.end)"
            if let claim = source.claimBy { out += ", claimed by \(DisplayText.sanitize(claim))" }
            out += "\n  " + source.dating(in: chronology) + "\n"
            guard let document = chronology.document(id: source.documentID) else { continue }
            out += "  \(DisplayText.sanitize(document.displayTitle))"
            if let outlet = document.metadata.outlet { out += " (\(DisplayText.sanitize(outlet)))" }
            if let date = document.creationDate { out += ", \(date.date.iso)" }
            out += "\n\n" + wrap(context(source, in: document), indent: "    ") + "\n"
        }
        return out
    }

    /// The passage's paragraph (at most ~300 bytes each side), passage in »…«, timex in [ ].
    static func context(_ source: Source, in document: Document) -> String {
        let u = document.utf8
        let p = source.passage, t = source.timex?.range ?? ByteRange(p.start, p.start)
        var lo = p.start, hi = p.end
        while lo > 0 && p.start - lo < 300 && !(u[lo - 1] == 0x0A && lo >= 2 && u[lo - 2] == 0x0A) { lo -= 1 }
        while hi < u.count && hi - p.end < 300 && !(u[hi] == 0x0A && hi + 1 < u.count && u[hi + 1] == 0x0A) { hi += 1 }
        while lo < u.count && u[lo] & 0xC0 == 0x80 { lo += 1 }   // never cut a character
        while hi < u.count && u[hi] & 0xC0 == 0x80 { hi += 1 }
        func text(_ a: Int, _ b: Int) -> String { a < b ? document.text(ByteRange(a, b)) : "" }
        var s = (lo > 0 && p.start - lo >= 300 ? "…" : "") + text(lo, p.start) + "»"
        if !t.isEmpty, p.contains(t) {
            s += text(p.start, t.start) + "[" + text(t.start, t.end) + "]" + text(t.end, p.end)
        } else {
            s += text(p.start, p.end)
        }
        s += "«" + text(p.end, hi) + (hi < u.count && hi - p.end >= 300 ? "…" : "")
        return DisplayText.sanitize(s.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    static func wrap(_ text: String, indent: String, width: Int = 88) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(indent + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(indent + line) }
        return lines.joined(separator: "\n")
    }
}
