/// Recognizes page furniture: the parts of a saved web page that are not the article
/// (navigation, "Keep reading", "Related Posts", "Follow us on", share and subscribe
/// promotions, copyright lines, bylines, link lists). Nothing in them becomes an event.
public enum FurnitureDetector {
    /// True when the sentence `range` of `utf8` is furniture rather than article text.
    public static func isFurniture(_ utf8: [UInt8], _ range: ByteRange, lexicon: Lexicon = .bundled) -> Bool {
        if addressesTheReader(utf8, range, lexicon: lexicon) { return true }
        let lower = LowercaseBytes.lowered(utf8[range.start..<range.end])
        var words = 0
        var inWord = false
        var bars = false, dots = false
        for b in lower {
            let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
            if !space && !inWord { words += 1 }
            inWord = !space
            if b == UInt8(ascii: "|") { bars = true }
            if b == UInt8(ascii: ".") { dots = true }
        }
        if words <= 40 && lexicon.phrases.furniture.occurs(in: lower) { return true }
        if words <= 12 {
            if lexicon.phrases.furnitureLine.occurs(in: lower) { return true }
            let start = lower.firstIndex { $0 >= 97 && $0 <= 122 } ?? lower.endIndex
            let body = Array(lower[start...])
            if lexicon.phrases.furnitureLead.contains(where: { body.starts(with: $0) }) { return true }
        }
        if lexicon.phrases.copyright.occurs(in: lower) { return true }  // any length
        for prefix in lexicon.phrases.linkPrefixes where lower.starts(with: prefix) { return true }
        // Language switchers and menus: "EN|FR|RU", "Home | World | Politics".
        return bars && words <= 12 && !dots
    }

    /// A short imperative that asks the reader to do something with the site ("Create an
    /// account today!", "Sign up now", "Subscribe today and save"): it opens with a capitalised
    /// verb of `readerAction` and speaks to the reader ("now", "today", "here", "free",
    /// "your", or an exclamation mark). News tells of others; a quoted order opens with its
    /// quote mark and is not read here.
    static func addressesTheReader(_ utf8: [UInt8], _ range: ByteRange, lexicon: Lexicon) -> Bool {
        var k = range.start
        while k < range.end, utf8[k] == 0x20 || utf8[k] == 0x09 || utf8[k] == 0x0A || utf8[k] == 0x0D { k += 1 }
        guard k < range.end, utf8[k].isASCIIUpper else { return false }
        var words = 0
        var first = true
        var speaksToReader = false
        var i = k
        while i < range.end {
            guard utf8[i].isASCIILetter else {
                if utf8[i] == UInt8(ascii: "!") { speaksToReader = true }
                i += 1
                continue
            }
            var j = i
            var h = WordHash.seed
            while j < range.end, utf8[j].isASCIILetter { h = WordHash.adding(h, utf8[j].asciiLowercased); j += 1 }
            words += 1
            if words > 12 { return false }
            let classes = lexicon.classes(hash: h)
            if first {
                guard classes.contains(.readerAction) else { return false }
                first = false
            } else if classes.contains(.readerAddress) {
                speaksToReader = true
            }
            i = j
        }
        return speaksToReader
    }

    /// A byline or dateline: a few capitalised words and a date, nothing else
    /// ("Henry Kamens, November 02, 2024", "Updated Dec 3, 2025"). Its date is the
    /// article's own, not a happening.
    public static func isDateline(_ utf8: [UInt8], _ range: ByteRange, timexes: [TimeExpression]) -> Bool {
        var rest = 0
        var i = range.start
        var t = 0
        var inWord = false
        var lowerWords = 0
        while i < range.end {
            while t < timexes.count && timexes[t].range.end <= i { t += 1 }
            if t < timexes.count && timexes[t].range.start <= i {
                i = timexes[t].range.end
                inWord = false
                continue
            }
            let b = utf8[i]
            let letter = (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
            if letter && !inWord {
                rest += 1
                if b >= 97 && b <= 122 { lowerWords += 1 }
            }
            inWord = letter
            i += 1
        }
        let hasDate = timexes.contains { range.contains($0.range) }
        return hasDate && rest <= 5 && lowerWords <= 1 && !hasStop(utf8, range, timexes: timexes)
    }

    /// A full stop, other than one inside a number or clock ("12.11 BST") or inside a
    /// time expression ("Aug. 20", "2:41 p.m.").
    private static func hasStop(_ utf8: [UInt8], _ range: ByteRange, timexes: [TimeExpression]) -> Bool {
        for i in range.start..<range.end where utf8[i] == UInt8(ascii: ".") {
            if timexes.contains(where: { $0.range.start <= i && i < $0.range.end }) { continue }
            let digitBefore = i > range.start && utf8[i - 1].isASCIIDigit
            let digitAfter = i + 1 < range.end && utf8[i + 1].isASCIIDigit
            if !(digitBefore && digitAfter) { return true }
        }
        return false
    }
}
