/// Whether a line at the top of an article can be its headline. Saved pages open with
/// other things: a date stamp ("Sunday 11 August 2024 - 02:36"), a byline ("By Ana
/// Ruiz"), navigation or share links. The headline is the first line that is none of them.
enum HeadlineLine {
    /// `line` is the text of `range`, already decoded by the caller.
    static func canBeHeadline(_ utf8: [UInt8], _ range: ByteRange, line: String, lexicon: Lexicon) -> Bool {
        if FurnitureDetector.isFurniture(utf8, range, lexicon: lexicon) { return false }
        if line.hasPrefix("By ") || line.hasPrefix("BY ") { return false }
        var letters = 0
        var onlyStamp = true
        // A clock and a date with a few words around them is a stamp too ("It is currently
        // Mon Mar 18, 2024 9:16 pm", "Last updated Tue 3 May 10:02"); headlines seldom
        // carry a clock.
        let clock = hasClock(line)
        var calendar = false
        var otherWords = 0
        func count(_ word: Substring) {
            letters += word.count
            guard !word.isEmpty else { return }
            let lower = word.lowercased()
            let classes = lexicon.classes(lower: lower)
            if !classes.isDisjoint(with: [.month, .weekday]) {
                calendar = true
            } else if classes.isDisjoint(with: [.timeZone, .shortTimeZone, .stampWord]) {
                onlyStamp = false
                otherWords += 1
            }
        }
        // Words are runs of letters and dots, read by scalar: grapheme breaking, which
        // splitting by Character does, is not needed to find letters, and this runs on every
        // file loaded. A combining mark belongs to the letter before it.
        let scalars = line.unicodeScalars
        var wordStart: String.Index? = nil
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let inWord: Bool
            if scalar.isASCII {
                inWord = UInt8(scalar.value).isASCIILetter || scalar == "."
            } else if scalar.properties.generalCategory == .nonspacingMark
                        || scalar.properties.generalCategory == .spacingMark
                        || scalar.properties.generalCategory == .enclosingMark {
                inWord = wordStart != nil
            } else {
                inWord = Character(scalar).isLetter
            }
            if inWord {
                if wordStart == nil { wordStart = i }
            } else if let start = wordStart {
                count(trimmingDots(String(Substring(scalars[start..<i]))))
                if !clock && letters >= 3 && !onlyStamp { return true }
                wordStart = nil
            }
            scalars.formIndex(after: &i)
        }
        if let start = wordStart { count(trimmingDots(String(Substring(scalars[start...])))) }
        if clock && calendar && otherWords <= 3 { return false }
        return letters >= 3 && !onlyStamp
    }

    /// "9:16", "14:05": digits, a colon, two digits.
    private static func hasClock(_ line: String) -> Bool {
        let u = Array(line.utf8)
        guard u.count >= 4 else { return false }
        for i in 1..<(u.count - 2) where u[i] == UInt8(ascii: ":") {
            if u[i - 1].isASCIIDigit && u[i + 1].isASCIIDigit && u[i + 2].isASCIIDigit { return true }
        }
        return false
    }

    /// A line of one word, or of two that name a part of a page: at the top of a saved page
    /// mostly a section name or a site label ("Politics", "Live Updates", "Edit Story",
    /// "Latest news"). Two words in sentence case are a short headline ("Talks resume",
    /// "Quake aftermath") unless the second names a section (`pageSection`).
    static func isLabel(_ line: String, lexicon: Lexicon) -> Bool {
        // Read until the third word: the line may be a whole paragraph.
        var words: [Substring] = []
        var start: String.Index? = nil
        var i = line.startIndex
        while i < line.endIndex {
            let c = line[i]
            if c.isLetter || c.isNumber || (start != nil && (c == "'" || c == "’" || c == "-")) {
                if start == nil { start = i }
            } else if let s = start {
                words.append(line[s..<i])
                start = nil
                if words.count == 3 { return false }
            }
            i = line.index(after: i)
        }
        if let s = start { words.append(line[s...]) }
        guard words.count == 2 else { return words.count < 3 }
        let last = words[1]
        if last.first?.isUppercase == true { return true }  // "Live Updates", "EDIT STORY"
        return lexicon.classes(lower: last.lowercased()).contains(.pageSection)
    }

    /// A line that reads as body text: a sentence in sentence case ending with a full stop
    /// ("Rain closed the ferry on Monday, the coast guard said."), not a headline in title
    /// case that ends with an abbreviation ("Blinken Meets Israel's War Min.").
    static func isBodySentence(_ line: String) -> Bool {
        let end = line.unicodeScalars.reversed().first { !"\"'”’)]".unicodeScalars.contains($0) }
        guard end == "." else { return false }
        let long = line.split(whereSeparator: \.isWhitespace).filter { $0.count(where: \.isLetter) >= 4 }
        return 2 * long.count(where: { $0.first?.isUppercase == true }) < long.count
    }


    private static func trimmingDots(_ word: String) -> Substring {
        guard let first = word.firstIndex(where: { $0 != "." }) else { return "" }
        let last = word.lastIndex(where: { $0 != "." })!
        return word[first...last]
    }
}
