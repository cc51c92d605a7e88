/// Whether a line at the top of an article can be its headline. Saved pages open with
/// other things: a date stamp ("Sunday 11 August 2024 - 02:36"), a byline ("By Ana
/// Ruiz"), navigation or share links. The headline is the first line that is none of them.
enum HeadlineLine {
    /// Words a date stamp is made of besides month and weekday names (`NameLexicon`),
    /// numbers and punctuation.
    static let stampWords: LowerWordSet = [
        "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "et",
        "updated", "published", "posted", "last", "on", "at", "ago", "hours", "hour", "minutes",
        "days", "day", "min",
    ]

    private static func isStampWord(_ lower: String) -> Bool {
        NameLexicon.months.contains(lower) || NameLexicon.weekdays.contains(lower) || stampWords.contains(lower)
    }

    /// `line` is the text of `range`, already decoded by the caller.
    static func canBeHeadline(_ utf8: [UInt8], _ range: ByteRange, line: String) -> Bool {
        if FurnitureDetector.isFurniture(utf8, range) { return false }
        if line.hasPrefix("By ") || line.hasPrefix("BY ") { return false }
        var letters = 0
        var onlyStamp = true
        func count(_ word: Substring) {
            letters += word.count
            if !word.isEmpty && !isStampWord(word.lowercased()) { onlyStamp = false }
        }
        // Words are runs of letters and dots, read by scalar: splitting the line by
        // Character cost more than all else done to load a file. A combining mark belongs
        // to the letter before it.
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
                if letters >= 3 && !onlyStamp { return true }
                wordStart = nil
            }
            scalars.formIndex(after: &i)
        }
        if let start = wordStart { count(trimmingDots(String(Substring(scalars[start...])))) }
        return letters >= 3 && !onlyStamp
    }

    private static func trimmingDots(_ word: String) -> Substring {
        guard let first = word.firstIndex(where: { $0 != "." }) else { return "" }
        let last = word.lastIndex(where: { $0 != "." })!
        return word[first...last]
    }
}
