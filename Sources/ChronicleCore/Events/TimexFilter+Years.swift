/// Rules about a bare year ("2010") and the words written around it: where a year says
/// which thing is meant (a model, an edition, one of many) rather than when the sentence's
/// happening was.
extension TimexFilter {
    /// Whether the year `timex` says which thing is meant (a model, an edition, one of
    /// many, a thing's age) and so dates no happening.
    static func saysWhichThing(_ timex: TimeExpression, _ utf8: [UInt8], sentenceStart: Int,
                               lexicon: Lexicon) -> Bool {
        isModelYears(timex, utf8, sentenceStart: sentenceStart, lexicon: lexicon)
            || isPartOfName(timex, utf8, lexicon: lexicon) || isIndefiniteYear(timex, utf8, lexicon: lexicon)
            || isCompoundModifier(timex, utf8)
    }

    /// "ensnared in a 2010 sting operation", "cited a 2019 study": a year after an
    /// `indefiniteArticle`, before a noun, says which one of many things is meant. After
    /// "the" it is as often the happening's own ("won the 2016 election").
    private static func isIndefiniteYear(_ timex: TimeExpression, _ utf8: [UInt8], lexicon: Lexicon) -> Bool {
        guard isBareYear(timex), let after = wordAfter(timex.range.end, utf8), utf8[after.lowerBound].isASCIILower,
              let before = wordBefore(timex.range.start, utf8) else { return false }
        return lexicon.classes(lower: lowercased(before, utf8)).contains(.indefiniteArticle)
    }

    /// "1990s-vintage jets", "a 2008-era rule": a year or a decade joined by a hyphen to the
    /// word after it says how old or of which time a thing is; it dates no happening.
    private static func isCompoundModifier(_ timex: TimeExpression, _ utf8: [UInt8]) -> Bool {
        let end = timex.range.end
        guard end + 1 < utf8.count, utf8[end] == UInt8(ascii: "-"), utf8[end + 1].isASCIILower else { return false }
        let text = timex.text.utf8
        return text.count >= 4 && text.prefix(4).allSatisfy(\.isASCIIDigit)
            && text.dropFirst(4).allSatisfy { $0 == UInt8(ascii: "s") }
    }

    /// "WWDC 2005", "Conference 2010", "Expo 2020": a year written after a name, as part
    /// of it, names an edition of something. A word of the calendar or of the grammar
    /// before it ("June 2005", "In 2005") is no name.
    private static func isPartOfName(_ timex: TimeExpression, _ utf8: [UInt8], lexicon: Lexicon) -> Bool {
        guard isBareYear(timex), let before = wordBefore(timex.range.start, utf8), before.count >= 2,
              utf8[before.lowerBound].isASCIIUpper else { return false }
        return lexicon.classes(lower: lowercased(before, utf8)).isDisjoint(with: nameYearBlockers)
    }

    private static let nameYearBlockers: WordClasses = WordClasses.calendar
        .union([.stopWord, .functionWord, .preposition, .article])

    /// "recalled 2003-07 Velo Terns", "the 2004 Velo Tern": years that say which models
    /// of the name after them are meant (`ModelYears`) date nothing.
    private static func isModelYears(_ timex: TimeExpression, _ utf8: [UInt8], sentenceStart: Int, lexicon: Lexicon) -> Bool {
        guard isBareYear(timex) else { return false }
        var end = timex.range.end
        while let after = ModelYears.yearJoined(after: end, in: utf8, lexicon: lexicon) { end = after }
        guard let name = wordAfter(end, utf8), utf8[name.lowerBound].isASCIIUpper,
              let years = ModelYears(before: name.lowerBound, from: sentenceStart, in: utf8, lexicon: lexicon)
        else { return false }
        let second = wordAfter(name.upperBound, utf8).map { utf8[$0.lowerBound].isASCIIUpper } == true
        return years.sayWhichModels(nameWords: second ? 2 : 1)
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
