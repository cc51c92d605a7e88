import ChronicleCore

/// The time ruler: the span of the filtered timeline as a strip of event density, with
/// the cursor's place marked, so one sees where the story thickens.
enum RulerView {
    static let levels: [String] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func draw(_ s: AppState, row: Int, into screen: inout Screen) {
        let m = s.model
        guard let span = m.rulerSpan else {
            screen.put(" no dates to show", row: row, col: 0, style: .dim)
            return
        }
        let (startLabel, endLabel) = labels(from: span.from, to: span.to)
        // Outliers are written at the ends, compressed to their year and an arrow.
        let before = span.earlier > 0 ? "\(CalendarDate(dayNumber: span.earliest).year) ◂ " : ""
        let after = span.later > 0 ? " ▸ \(CalendarDate(dayNumber: span.latest).year)" : ""
        let stripWidth = s.size.cols - TextWidth.width(startLabel) - TextWidth.width(endLabel) - 4
            - TextWidth.width(before) - TextWidth.width(after)
        guard stripWidth >= 4 else { return }
        // -1 and stripWidth stand for the two outlier arrows.
        func cell(_ ordinal: Int) -> Int {
            let day = Int(m.firstDays[ordinal])
            if day < span.from { return -1 }
            if day > span.to { return stripWidth }
            return bucket(day, from: span.from, to: span.to, width: stripWidth)
        }
        var buckets = Array(repeating: 0, count: stripWidth)
        for d in m.firstDays where Int(d) >= span.from && Int(d) <= span.to {
            buckets[bucket(Int(d), from: span.from, to: span.to, width: stripWidth)] += 1
        }
        let peak = max(1, buckets.max() ?? 1)
        let cursorCell = cell(min(s.cursor, m.firstDays.count - 1))
        // The export range, when one is being selected, shows as a span of the strip.
        var rangeCells: ClosedRange<Int>?
        if let r = s.range {
            let a = cell(r.lowerBound), b = cell(r.upperBound)
            rangeCells = min(a, b)...max(a, b)
        }
        func style(_ i: Int, _ plain: Style) -> Style {
            i == cursorCell ? .rulerCursor : (rangeCells?.contains(i) == true ? .range : plain)
        }
        var col = 1
        if !before.isEmpty {
            let year = String(before.dropLast(3))
            col += screen.put(year + " ", row: row, col: col, style: .dim)
            col += screen.put("◂", row: row, col: col, style: style(-1, .dim)) + 1
        }
        col += screen.put(startLabel, row: row, col: col, style: .dim) + 1
        for (i, n) in buckets.enumerated() {
            let glyph = n == 0 ? "·" : levels[min(levels.count - 1, (n * levels.count - 1) / peak)]
            screen.put(glyph, row: row, col: col + i, style: style(i, .rulerBar))
        }
        col += stripWidth + 1
        col += screen.put(endLabel, row: row, col: col, style: .dim)
        if !after.isEmpty {
            col += 1
            col += screen.put("▸", row: row, col: col, style: style(stripWidth, .dim))
            screen.put(" " + String(after.dropFirst(3)), row: row, col: col, style: .dim)
        }
    }

    /// The ends of the strip, as precise as the span needs: years for a long story,
    /// months within two years, days within a month ("2024 … 2024" would say nothing).
    static func labels(from firstDay: Int, to lastDay: Int) -> (String, String) {
        let a = CalendarDate(dayNumber: firstDay), b = CalendarDate(dayNumber: lastDay)
        let months = (b.year - a.year) * 12 + b.month - a.month
        func month(_ d: CalendarDate) -> String { "\(DateLabel.months[d.month - 1]) \(d.year)" }
        if months == 0 { return ("\(a.day) \(month(a))", "\(b.day) \(month(b))") }
        if months < 24 { return (month(a), month(b)) }
        return (String(a.year), String(b.year))
    }

    static func bucket(_ day: Int, from: Int, to: Int, width: Int) -> Int {
        let span = max(1, to - from + 1)
        return min(width - 1, max(0, (day - from) * width / span))
    }
}
