/// Rules about a bare year ("2010") and the words written around it: where a year says
/// which thing is meant (a model, an edition, one of many) rather than when the sentence's
/// happening was.
extension TimexFilter {
    /// "ensnared in a 2010 sting operation", "cited a 2019 study": a year after an
    /// `indefiniteArticle`, before a noun, says which one of many things is meant. After
    /// "the" it is as often the happening's own ("won the 2016 election").
    static func isIndefiniteYear(_ timex: TimeExpression, _ utf8: [UInt8], lexicon: Lexicon) -> Bool {
        guard isBareYear(timex), let after = wordAfter(timex.range.end, utf8), utf8[after.lowerBound].isASCIILower,
              let before = wordBefore(timex.range.start, utf8) else { return false }
        return lexicon.classes(lower: lowercased(before, utf8)).contains(.indefiniteArticle)
    }

    /// "WWDC 2005", "Conference 2010", "Expo 2020": a year written after a name, as part
    /// of it, names an edition of something. A word of the calendar or of the grammar
    /// before it ("June 2005", "In 2005") is no name.
    static func isPartOfName(_ timex: TimeExpression, _ utf8: [UInt8], lexicon: Lexicon) -> Bool {
        guard isBareYear(timex), let before = wordBefore(timex.range.start, utf8), before.count >= 2,
              utf8[before.lowerBound].isASCIIUpper else { return false }
        return lexicon.classes(lower: lowercased(before, utf8)).isDisjoint(with: nameYearBlockers)
    }

    private static let nameYearBlockers: WordClasses = WordClasses.calendar
        .union([.stopWord, .functionWord, .preposition, .article])

    /// "recalled 2003-07 Saturn Ions", "the 1998 and 1999 Lumina": years written together
    /// before a name say which models.
    static func isModelYears(_ timex: TimeExpression, _ utf8: [UInt8], lexicon: Lexicon) -> Bool {
        guard isBareYear(timex) else { return false }
        // The years of the chain around this one, back to its first and on to its last.
        var start = timex.range.start
        var years = 1
        while let before = yearJoined(before: start, utf8, lexicon: lexicon) {
            start = before
            years += 1
        }
        var end = timex.range.end
        while let after = yearJoined(after: end, utf8, lexicon: lexicon) {
            end = after
            years += 1
        }
        return years >= 2 && wordAfter(end, utf8).map { utf8[$0.lowerBound].isASCIIUpper } == true
    }

    /// The marks between two years of a chain ("2003-07", "1997–2004", "2011, 2012"); a
    /// word of the lexicon's `listJoiner` joins them too ("1998 and 1999").
    private static let yearMarks: [[UInt8]] = ["-", "\u{2013}", ", "].map { Array($0.utf8) }

    /// Where the year joined after `end` ends ("-07", " and 1999"), if one is. Two digits
    /// shorten a year only after a dash ("2003-07").
    private static func yearJoined(after end: Int, _ utf8: [UInt8], lexicon: Lexicon) -> Int? {
        var digits: Int? = nil
        var short = false
        if let mark = yearMarks.first(where: { utf8[end...].starts(with: $0) }) {
            digits = end + mark.count
            short = mark.count <= 3 && mark != Array(", ".utf8)
        } else if let word = wordAfter(end, utf8), word.upperBound < utf8.count, utf8[word.upperBound] == 0x20,
                  lexicon.classes(lower: lowercased(word, utf8)).contains(.listJoiner) {
            digits = word.upperBound + 1
        }
        guard let from = digits else { return nil }
        var k = from
        while k < utf8.count, utf8[k].isASCIIDigit { k += 1 }
        guard k - from == 4 || (short && k - from == 2), !(k < utf8.count && utf8[k].isASCIILetter) else { return nil }
        return k
    }

    /// Where the year joined before `start` starts ("2003-" of "2003-07"), if one is.
    private static func yearJoined(before start: Int, _ utf8: [UInt8], lexicon: Lexicon) -> Int? {
        var end: Int? = nil
        if let mark = yearMarks.first(where: { start >= $0.count && utf8[(start - $0.count)..<start].elementsEqual($0) }) {
            end = start - mark.count
        } else if let word = wordBefore(start, utf8), word.lowerBound >= 1, utf8[word.lowerBound - 1] == 0x20,
                  lexicon.classes(lower: lowercased(word, utf8)).contains(.listJoiner) {
            end = word.lowerBound - 1
        }
        guard let e = end, e >= 4 else { return nil }
        let k = e - 4
        guard utf8[k..<e].allSatisfy(\.isASCIIDigit), k == 0 || !utf8[k - 1].isASCIIDigit else { return nil }
        return k
    }

    private static func isBareYear(_ timex: TimeExpression) -> Bool {
        timex.text.utf8.count == 4 && timex.text.utf8.allSatisfy(\.isASCIIDigit)
    }

    /// The word of letters ending one space before `start`, standing on its own.
    private static func wordBefore(_ start: Int, _ utf8: [UInt8]) -> Range<Int>? {
        guard start >= 2, utf8[start - 1] == 0x20 else { return nil }
        var k = start - 1
        while k > 0, utf8[k - 1].isASCIILetter { k -= 1 }
        guard k < start - 1, k == 0 || !utf8[k - 1].isASCIILetter else { return nil }
        return k..<(start - 1)
    }

    /// The word of letters starting one space after `end`.
    private static func wordAfter(_ end: Int, _ utf8: [UInt8]) -> Range<Int>? {
        guard end + 1 < utf8.count, utf8[end] == 0x20 else { return nil }
        var k = end + 1
        while k < utf8.count, utf8[k].isASCIILetter { k += 1 }
        return k > end + 1 ? (end + 1)..<k : nil
    }

    private static func lowercased(_ word: Range<Int>, _ utf8: [UInt8]) -> String {
        String(decoding: utf8[word].map(\.asciiLowercased), as: UTF8.self)
    }
}
