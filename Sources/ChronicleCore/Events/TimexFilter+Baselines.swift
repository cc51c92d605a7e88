/// The time a change is measured from: "up 8% from a year ago", "fell 12% compared with
/// a year earlier", "higher than last year", "rose to $5 billion from $4 billion a year
/// earlier", and a record's "the highest since 2014". What changed is told as of the
/// report; that time is the other end of the comparison and dates nothing.
extension TimexFilter {
    static func isComparisonBaseline(_ timex: TimeExpression, _ utf8: [UInt8], sentenceStart: Int,
                                     lexicon: Lexicon) -> Bool {
        var words = WordsBefore(utf8, before: timex.range.start, from: sentenceStart)
        guard var marker = words.next() else { return false }
        // "from $4 billion a year earlier": the figure compared stands between.
        if words.isFigure(marker, lexicon: lexicon) {
            words.skipFigure(marker)
            guard let before = words.next() else { return false }
            marker = before
        }
        var classes = lexicon.classes(lowerBytes: words.lower(marker))
        // "compared with", "in comparison to": the comparison word comes before a preposition.
        if !classes.contains(.comparisonWord), classes.contains(.preposition), let lead = words.next() {
            marker = lead
            classes = lexicon.classes(lowerBytes: words.lower(marker))
        }
        guard classes.contains(.comparisonWord), let changed = words.next() else { return false }
        // "its highest level since 2014", "the first time since 2004": a record is measured
        // from then.
        if words.lower(marker).elementsEqual("since".utf8) {
            var earlier = words
            var word: Range<Int>? = changed
            for _ in 0..<4 {
                guard let w = word else { break }
                if lexicon.classes(lowerBytes: words.lower(w)).contains(.superlativeWord) { return true }
                word = earlier.next()
            }
        }
        // "up 8% from", "higher than": the words before the comparison say what changed;
        // without them "more than a year ago", "no later than Friday" and "moved from
        // Monday" say when.
        return words.isFigure(changed, lexicon: lexicon)
            || lexicon.classes(lowerBytes: words.lower(changed)).contains(.marketMoveAdverb)
    }
}

/// The words of a sentence read backwards from a place in it: runs of bytes between
/// spaces, without the punctuation that closes them ("30%," is "30%").
private struct WordsBefore {
    let utf8: [UInt8]
    let from: Int
    private var position: Int

    init(_ utf8: [UInt8], before position: Int, from: Int) {
        self.utf8 = utf8
        self.from = from
        self.position = position
    }

    mutating func next() -> Range<Int>? {
        var end = position
        while end > from, utf8[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > from, utf8[start - 1] != 0x20 { start -= 1 }
        position = start
        while end > start, Self.closing.contains(utf8[end - 1]) { end -= 1 }
        return start < end ? start..<end : nil
    }

    func lower(_ word: Range<Int>) -> LazyMapSequence<ArraySlice<UInt8>, UInt8> {
        utf8[word].lazy.map(\.asciiLowercased)
    }

    /// A number ("8%", "$4", "12.5"), a word for a share ("percent"), or a unit after a
    /// number ("billion" of "$4 billion", "points" of "25 points").
    func isFigure(_ word: Range<Int>, lexicon: Lexicon) -> Bool {
        if utf8[word].contains(where: \.isASCIIDigit) { return true }
        let classes = lexicon.classes(lowerBytes: lower(word))
        if classes.contains(.percentWord) { return true }
        // "8% from", "12 percent versus": a small word after a number is no unit of it.
        guard classes.isDisjoint(with: Self.notUnits) else { return false }
        var copy = self
        copy.position = word.lowerBound
        return copy.next().map { utf8[$0].contains(where: \.isASCIIDigit) } ?? false
    }

    /// Moves past the rest of the figure ending with `word`: the number before its unit.
    mutating func skipFigure(_ word: Range<Int>) {
        guard !utf8[word].contains(where: \.isASCIIDigit) else { return }
        var copy = self
        if let number = copy.next(), utf8[number].contains(where: \.isASCIIDigit) { self = copy }
    }

    private static let notUnits: WordClasses = [.comparisonWord, .preposition, .functionWord, .article]

    private static let closing: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ".")]
}
