import ChronicleCore

/// The time ruler: the span of the filtered timeline as a strip of event density, with
/// the cursor's place marked, so one sees where the story thickens.
enum RulerView {
    static let levels: [String] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func draw(_ s: AppState, row: Int, into screen: inout Screen) {
        let m = s.model
        guard !m.isEmpty else {
            screen.put(" no dates to show", row: row, col: 0, style: .dim)
            return
        }
        let firstDay = Int(m.firstDays[0])
        var lastDay = firstDay
        for d in m.lastDays where Int(d) > lastDay { lastDay = Int(d) }
        let (startLabel, endLabel) = labels(from: firstDay, to: lastDay)
        let stripWidth = s.size.cols - TextWidth.width(startLabel) - TextWidth.width(endLabel) - 4
        guard stripWidth >= 4 else { return }
        let buckets = density(m.firstDays, from: firstDay, to: lastDay, width: stripWidth)
        let peak = max(1, buckets.max() ?? 1)
        let cursorBucket = bucket(Int(m.firstDays[min(s.cursor, m.firstDays.count - 1)]),
                                  from: firstDay, to: lastDay, width: stripWidth)
        // The export range, when one is being selected, shows as a span of the strip.
        var rangeBuckets: ClosedRange<Int>?
        if let r = s.range {
            let a = bucket(Int(m.firstDays[r.lowerBound]), from: firstDay, to: lastDay, width: stripWidth)
            let b = bucket(Int(m.firstDays[r.upperBound]), from: firstDay, to: lastDay, width: stripWidth)
            rangeBuckets = min(a, b)...max(a, b)
        }
        var col = 1
        col += screen.put(startLabel, row: row, col: col, style: .dim) + 1
        for (i, n) in buckets.enumerated() {
            let glyph = n == 0 ? "·" : levels[min(levels.count - 1, (n * levels.count - 1) / peak)]
            screen.put(glyph, row: row, col: col + i, style: i == cursorBucket ? .rulerCursor : (rangeBuckets?.contains(i) == true ? .range : .rulerBar))
        }
        screen.put(endLabel, row: row, col: col + stripWidth + 1, style: .dim)
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

    static func density(_ days: [Int32], from: Int, to: Int, width: Int) -> [Int] {
        var buckets = Array(repeating: 0, count: width)
        let span = max(1, to - from + 1)
        for d in days {
            let b = (Int(d) - from) * width / span
            buckets[min(width - 1, max(0, b))] += 1
        }
        return buckets
    }
}
