/// Rules that decide which time expressions of a sentence date a happening.
enum TimexFilter {
    /// "ABC News’ This Week": a relative expression capitalised in mid-sentence is the
    /// name of something (a programme, a column), not a date.
    static func isTitle(_ timex: TimeExpression, sentenceStart: Int, lexicon: Lexicon) -> Bool {
        guard timex.range.start > sentenceStart, let first = timex.text.unicodeScalars.first,
              first.properties.isUppercase else { return false }
        let word = timex.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return lexicon.classes(lower: word).contains(.deicticWord)
    }

    /// "7:00 a.m. local time", "19:00 MSK": a clock time with nothing that says which day.
    static func isClockOnly(_ timex: TimeExpression, lexicon: Lexicon) -> Bool {
        guard timex.type == .time, timex.text.contains(where: \.isNumber) else { return false }
        var word = ""
        for ch in timex.text.lowercased() + " " {
            if ch.isLetter { word.append(ch); continue }
            if !word.isEmpty && lexicon.classes(lower: word).isDisjoint(with: [.clockWord, .timeZone, .shortTimeZone]) {
                return false
            }
            word = ""
        }
        return true
    }

    /// An explicit day ("December 21, 2025", "21 December"): what a following clock time
    /// refers to. Weekdays and deictic words ("today") do not count.
    static func isExplicitDay(_ timex: TimeExpression, _ value: TimeValue, lexicon: Lexicon) -> Bool {
        guard value.granularity == .day || value.granularity == .time else { return false }
        guard timex.text.contains(where: \.isNumber) else { return false }
        // Searched as bytes in one pass for all month stems: a substring search per stem
        // would read the expression twelve times.
        let lower = Array(timex.text.lowercased().utf8)
        return lexicon.phrases.monthStems.occurs(in: lower) || lower.contains(UInt8(ascii: "-"))
    }

    /// A day the text names: an explicit date, or a weekday ("on Wednesday", "Tuesday
    /// evening"), which the tagger has placed on its day.
    static func isNamedDay(_ timex: TimeExpression, _ value: TimeValue, lexicon: Lexicon) -> Bool {
        guard value.granularity == .day || value.granularity == .time else { return false }
        if isExplicitDay(timex, value, lexicon: lexicon) { return true }
        return timex.text.utf8.split(whereSeparator: { !$0.isASCIILetter })
            .contains { lexicon.classes(lowerBytes: $0.lazy.map(\.asciiLowercased)).contains(.weekday) }
    }

    private static let recentCues = CuePhraseSet(["past ", "last "])

    /// The clock time moved onto `day`, keeping its time of day.
    static func anchored(_ value: TimeValue, to day: CalendarDate) -> TimeValue? {
        guard let t = value.value.firstIndex(of: "T") else { return nil }
        return TimeValue(day.iso + value.value[t...])
    }

    /// "over the past 24 hours", "in the last day": a short span ending now dates a
    /// happening to the article's day, though the expression itself is a duration.
    static func recentSpanDay(_ timex: TimeExpression, _ utf8: [UInt8], dct: CalendarDate?) -> TimeValue? {
        guard timex.type == .duration, let dct else { return nil }
        var lead = timex.text.lowercased()
        if timex.range.start >= 12 {
            let before = String(decoding: utf8[(timex.range.start - 12)..<timex.range.start], as: UTF8.self).lowercased()
            lead = before + lead
        }
        let leadBytes = Array(lead.utf8)
        guard recentCues.occurs(in: leadBytes) else { return nil }
        let v = timex.value
        guard v.hasPrefix("P"), let unit = v.last, let amount = Int(v.filter(\.isNumber)) else { return nil }
        let hours: Int
        switch unit {
        case "H" where v.hasPrefix("PT"): hours = amount
        case "D": hours = amount * 24
        default: return nil
        }
        return hours <= 36 ? TimeValue(day: dct) : nil
    }
}
