import Algorithms
import ChronicleCore

/// The timeline list: year and month headings, one row per entry (date, kind marker,
/// actors in short, summary, source count). Only the rows on screen are drawn.
enum TimelineView {
    struct Columns {
        let date: Int
        let actors: Int
        let count: Int
        let longDates: Bool

        init(width: Int) {
            longDates = width >= 72
            date = longDates ? 15 : 10
            actors = width >= 100 ? 22 : (width >= 64 ? 14 : 0)
            count = 4
        }
    }

    static func draw(_ s: AppState, rows: Range<Int>, into screen: inout Screen) {
        guard !rows.isEmpty else { return }
        if s.model.isEmpty {
            drawEmpty(s, rows: rows, into: &screen)
            return
        }
        let cols = Columns(width: s.size.cols)
        let range = s.range
        let cursorRow = s.model.rowOfVisible[min(s.cursor, s.model.visible.count - 1)]
        var ordinal = firstOrdinal(s, atOrAfterRow: s.scroll)
        for (i, screenRow) in rows.enumerated() {
            let r = s.scroll + i
            guard r < s.model.rows.count else { break }
            switch s.model.rows[r] {
            case .year(let y):
                let label = " \(y) "
                let w = screen.put(label, row: screenRow, col: 0, style: .yearHeading)
                screen.put(String(repeating: "─", count: max(0, s.size.cols - w)), row: screenRow, col: w, style: .border)
            case .month(let y, let m):
                screen.put("  " + DateLabel.monthHeading(year: y, month: m), row: screenRow, col: 0, style: .monthHeading)
            case .entry(let index):
                let inRange = range?.contains(ordinal) ?? false
                drawEntry(s.chronology.entries[index], row: screenRow, cols: cols, width: s.size.cols,
                          search: s.search, isCursor: r == cursorRow, inRange: inRange, into: &screen)
                ordinal += 1
            }
        }
    }

    /// The visible ordinal of the first entry row at or after `row`.
    static func firstOrdinal(_ s: AppState, atOrAfterRow row: Int) -> Int {
        s.model.rowOfVisible.partitioningIndex { $0 >= row }
    }

    static func drawEntry(_ e: Entry, row: Int, cols: Columns, width: Int, search: TextSearch?,
                          isCursor: Bool, inRange: Bool, into screen: inout Screen) {
        let base: Style = isCursor ? .cursor : (inRange ? .range : .normal)
        screen.fill(row: row, style: base)
        var x = 0
        // "~": no date of its own; the clause before or the article's date dates it.
        let mark = inRange ? "┃" : (e.basis == .text ? " " : "~")
        screen.put(mark, row: row, col: x, style: inRange && !isCursor ? .range : base)
        x += 1
        let date = DateLabel.column(e.date, long: cols.longDates)
        screen.put(TextWidth.fit(date, to: cols.date), row: row, col: x, style: base)
        x += cols.date + 1
        screen.put(KindMarker.letter(e.kind), row: row, col: x, style: isCursor ? base : .kindMarker)
        x += 2
        if cols.actors > 0 {
            let actors = ActorLabel.list(e.actors, width: cols.actors - 1)
            screen.put(actors, row: row, col: x, style: isCursor ? base : .dim, limit: cols.actors - 1)
            x += cols.actors
        }
        let countText = "[\(e.sources.count)]"
        let cw = TextWidth.width(countText)
        // The summary stops a space short of the count, however many digits it has.
        let summaryWidth = max(0, width - x - max(cols.count, cw + 1) - 1)
        let summary = TextWidth.truncate(DisplayText.sanitize(e.summary), to: summaryWidth)
        screen.put(highlighted(summary, search: search, base: base), row: row, col: x, limit: summaryWidth)
        screen.put(countText, row: row, col: width - cw - 1, style: isCursor ? base : .dim)
    }

    /// The text split into runs, search matches in `.match`.
    static func highlighted(_ text: String, search: TextSearch?, base: Style) -> [StyledRun] {
        guard let search else { return [StyledRun(text, base)] }
        let matches = search.matches(in: text).filter { !$0.isEmpty }
        guard !matches.isEmpty else { return [StyledRun(text, base)] }
        let bytes = Array(text.utf8)
        var runs: [StyledRun] = []
        var at = 0
        for m in matches {
            if m.lowerBound > at { runs.append(StyledRun(String(decoding: bytes[at..<m.lowerBound], as: UTF8.self), base)) }
            runs.append(StyledRun(String(decoding: bytes[m], as: UTF8.self), .match))
            at = m.upperBound
        }
        if at < bytes.count { runs.append(StyledRun(String(decoding: bytes[at...], as: UTF8.self), base)) }
        return runs
    }

    static func drawEmpty(_ s: AppState, rows: Range<Int>, into screen: inout Screen) {
        let root = DisplayText.sanitize(s.chronology.root)
        let lines: [String]
        if s.chronology.entries.isEmpty {
            lines = ["No dated events in \(root).",
                     "Add articles (.txt) to the folder; `chronicle docs \(root)` shows what was read."]
        } else {
            lines = ["No entry matches the filters.", "Press c to clear them."]
        }
        var r = rows.lowerBound + min(1, rows.count - 1)
        for l in lines {
            for w in Wrapper.wrap(l, width: s.size.cols - 4) where r < rows.upperBound {
                screen.put(w.runs, row: r, col: 2)
                r += 1
            }
        }
    }
}
