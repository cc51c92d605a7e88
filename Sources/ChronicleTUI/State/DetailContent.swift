import ChronicleCore

/// The detail pane's text for one entry, wrapped to a width: what the pane draws and
/// what the reducer scrolls by.
public struct DetailContent: Sendable {
    public let lines: [WrappedLine]
    /// The sources laid out: an entry cited thousands of times shows them a window at a
    /// time, the one around the selected source, so that moving onto it, Tab and every
    /// key cost what a screen costs, not what the whole entry does.
    public let shownSources: Range<Int>
    /// The first line of each shown source's block, from `shownSources.lowerBound` on.
    private let sourceStarts: [Int]

    /// Sources laid out at once.
    public static let window = 40

    /// The first line of source `k`'s block, when it is shown.
    public func start(ofSource k: Int) -> Int? {
        shownSources.contains(k) ? sourceStarts[k - shownSources.lowerBound] : nil
    }

    public init(entry: Entry, chronology: Chronology, width: Int, selectedSource: Int) {
        var lines: [WrappedLine] = []
        var starts: [Int] = []
        let w = max(8, width)
        let count = entry.sources.count
        let heading = "\(DateLabel.long(entry.date)) · \(entry.kind.rawValue) · \(count) source\(count == 1 ? "" : "s")"
        lines += Wrapper.wrap(heading, style: .bold, width: w)
        lines += Wrapper.wrap(entry.summary, width: w)
        if !entry.actors.isEmpty {
            let names = entry.actors.map { "\($0.name) (\($0.kind.rawValue))" }.joined(separator: ", ")
            lines += Wrapper.wrap([TextPiece("Actors: ", .dim), TextPiece(names)], width: w)
        }
        // How an actor the passage does not name was found: "he → Jane Roe".
        let referred = entry.actors.compactMap { a in a.via.map { "\($0) → \(a.name)" } }
        if !referred.isEmpty {
            lines += Wrapper.wrap([TextPiece("Referred to: ", .dim), TextPiece(referred.joined(separator: "; "), .dim)],
                                  width: w)
        }
        let claimants = entry.claimants
        if !claimants.isEmpty {
            // Many claimants are named by count past the first few, as sources are.
            var names = claimants.prefix(12).joined(separator: "; ")
            if claimants.count > 12 { names += "; and \(claimants.count - 12) more" }
            lines += Wrapper.wrap([TextPiece("Claimed by: ", .dim), TextPiece(names)], width: w)
        }
        let first = max(0, min(selectedSource, count - 1)) / Self.window * Self.window
        let shown = first..<min(count, first + Self.window)
        if shown.count < count {
            lines.append(WrappedLine(runs: [], offset: 0))
            lines += Wrapper.wrap([TextPiece("Sources \(shown.lowerBound + 1)–\(shown.upperBound) of \(count) here; "
                                             + "n and N step on to the others", .dim)], width: w)
        }
        // An entry may cite one article many times: describe each article once.
        var named: [String: [TextPiece]] = [:]
        for i in shown {
            let source = entry.sources[i]
            lines.append(WrappedLine(runs: [], offset: 0))
            starts.append(lines.count)
            let mark = i == selectedSource ? "▶ " : "  "
            // The article is named by its title (a file name like 003_e2bd.txt says
            // nothing), then where it is and how the passage is dated.
            let article = named[source.documentID] ?? Self.article(source, in: chronology)
            named[source.documentID] = article
            let head = [TextPiece(mark, .selectedMark), TextPiece("[\(i + 1)] ", .bold)] + Array(article.dropLast())
            lines += Wrapper.wrap(head, width: w)
            var about = [TextPiece(source.file, .dim)]
            if let published = article.last, !published.text.isEmpty { about.append(published) }
            if let by = source.claimBy { about.append(TextPiece(" · claimed by \(by)", .dim)) }
            about.append(TextPiece(" · " + source.dating(in: chronology), .dim))
            lines += Self.indent(Wrapper.wrap(about, width: w - 4), 4)
            lines += Self.passage(source, in: chronology, width: w)
        }
        self.lines = lines
        shownSources = shown
        sourceStarts = starts
    }

    /// Title (and outlet) of the cited article; the last piece is its publication date,
    /// empty when unknown.
    private static func article(_ source: Source, in chronology: Chronology) -> [TextPiece] {
        guard let doc = chronology.document(id: source.documentID) else {
            return [TextPiece(source.file, .bold), TextPiece("", .dim)]
        }
        var pieces = [TextPiece(doc.displayTitle, .bold)]
        if let outlet = doc.metadata.outlet, !outlet.isEmpty { pieces.append(TextPiece(" — \(outlet)")) }
        pieces.append(TextPiece(doc.creationDate.map { " · published \($0.date.iso)" } ?? "", .dim))
        return pieces
    }

    /// The passage with its time expression highlighted, indented under the source line.
    private static func passage(_ source: Source, in chronology: Chronology, width: Int) -> [WrappedLine] {
        let indent = 4
        guard let doc = chronology.document(id: source.documentID) else {
            return Wrapper.wrap(source.summary, style: .passage, width: width - indent).map { indented($0, indent) }
        }
        let p = source.passage
        var pieces: [TextPiece] = []
        if let t = source.timex?.range, p.contains(t), !t.isEmpty {
            pieces.append(TextPiece(doc.text(ByteRange(p.start, t.start)), .passage, offset: p.start))
            pieces.append(TextPiece(doc.text(t), .timex, offset: t.start))
            pieces.append(TextPiece(doc.text(ByteRange(t.end, p.end)), .passage, offset: t.end))
        } else {
            pieces.append(TextPiece(doc.text(p), .passage, offset: p.start))
        }
        // A passage is shown as one paragraph: its line breaks become spaces.
        pieces = pieces.map { TextPiece(DisplayText.sanitize($0.text), $0.style, offset: $0.offset) }
        return Wrapper.wrap(pieces, width: width - indent).map { indented($0, indent) }
    }

    private static func indent(_ lines: [WrappedLine], _ n: Int) -> [WrappedLine] {
        lines.map { indented($0, n) }
    }

    private static func indented(_ l: WrappedLine, _ n: Int) -> WrappedLine {
        WrappedLine(runs: [StyledRun(String(repeating: " ", count: n))] + l.runs, offset: l.offset)
    }
}
