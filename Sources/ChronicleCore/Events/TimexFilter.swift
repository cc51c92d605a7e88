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

    /// "ensnared in a 2010 sting operation", "cited a 2019 study": a year after "a" or "an",
    /// before a noun, says which one of many things is meant, not when the sentence's
    /// happening was. After "the" it is as often the happening's own ("won the 2016 election").
    static func isIndefiniteYear(_ timex: TimeExpression, _ utf8: [UInt8]) -> Bool {
        guard timex.text.utf8.count == 4, timex.text.utf8.allSatisfy(\.isASCIIDigit) else { return false }
        let s = timex.range.start, e = timex.range.end
        guard e + 1 < utf8.count, utf8[e] == 0x20, utf8[e + 1].isASCIILower else { return false }
        func word(_ w: String) -> Bool {
            let b = Array(w.utf8)
            let from = s - b.count - 1
            guard from >= 0, utf8[s - 1] == 0x20, from == 0 || !utf8[from - 1].isASCIILetter else { return false }
            return zip(utf8[from..<(s - 1)], b).allSatisfy { $0.asciiLowercased == $1 }
        }
        return word("a") || word("an")
    }

    /// "WWDC 2005", "Conference 2010", "Expo 2020": a year written after a name, as part
    /// of it, names an edition of something; it does not tell when the happening was. A
    /// word of the calendar or of the grammar before it ("June 2005", "In 2005") is no name.
    static func isPartOfName(_ timex: TimeExpression, _ utf8: [UInt8], lexicon: Lexicon) -> Bool {
        guard timex.text.utf8.count == 4, timex.text.utf8.allSatisfy(\.isASCIIDigit) else { return false }
        var k = timex.range.start - 1
        guard k > 0, utf8[k] == 0x20 else { return false }
        let end = k
        while k > 0, utf8[k - 1].isASCIILetter { k -= 1 }
        guard end - k >= 2, utf8[k].isASCIIUpper, k == 0 || utf8[k - 1] == 0x20 else { return false }
        let word = String(decoding: utf8[k..<end], as: UTF8.self).lowercased()
        return lexicon.classes(lower: word).isDisjoint(with: nameYearBlockers)
    }

    private static let nameYearBlockers: WordClasses = WordClasses.calendar
        .union([.stopWord, .functionWord, .preposition, .article])

    /// "recalled 2003-07 Saturn Ions", "the 1998 and 1999 Lumina": years written together
    /// before a name say which models, not when the happening was.
    static func isModelYears(_ timex: TimeExpression, _ utf8: [UInt8]) -> Bool {
        guard timex.text.utf8.count == 4, timex.text.utf8.allSatisfy(\.isASCIIDigit) else { return false }
        // The years of the chain around this one, back to its first and on to its last.
        var start = timex.range.start
        var years = 1
        while let before = yearJoined(before: start, utf8) {
            start = before
            years += 1
        }
        var end = timex.range.end
        while let after = yearJoined(after: end, utf8) {
            end = after
            years += 1
        }
        return years >= 2 && end + 1 < utf8.count && utf8[end] == 0x20 && utf8[end + 1].isASCIIUpper
    }

    /// The joints between two years of a chain: "2003-07", "1997–2004", "1998 and 1999",
    /// "2011, 2012".
    private static let yearJoints: [[UInt8]] = ["-", "\u{2013}", " and ", " or ", ", ", " to "].map { Array($0.utf8) }

    /// Where the year joined after `end` ends ("-07", " and 1999"), if one is.
    private static func yearJoined(after end: Int, _ utf8: [UInt8]) -> Int? {
        for joint in yearJoints where end + joint.count < utf8.count && Array(utf8[end..<(end + joint.count)]) == joint {
            var k = end + joint.count
            let digits = k
            while k < utf8.count, utf8[k].isASCIIDigit { k += 1 }
            let count = k - digits
            if (count == 4 || (count == 2 && joint.count <= 3)) && !(k < utf8.count && utf8[k].isASCIILetter) { return k }
        }
        return nil
    }

    /// Where the year joined before `start` starts ("2003-" of "2003-07"), if one is.
    private static func yearJoined(before start: Int, _ utf8: [UInt8]) -> Int? {
        for joint in yearJoints where start - joint.count - 4 >= 0
            && Array(utf8[(start - joint.count)..<start]) == joint {
            let k = start - joint.count - 4
            if utf8[k..<(start - joint.count)].allSatisfy(\.isASCIIDigit), k == 0 || !utf8[k - 1].isASCIIDigit { return k }
        }
        return nil
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
