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
        for part in line.split(whereSeparator: { !$0.isLetter && $0 != "." }) {
            let word = part.trimmingCharacters(in: ["."])
            letters += word.count
            if !word.isEmpty && !isStampWord(word.lowercased()) { onlyStamp = false }
        }
        return letters >= 3 && !onlyStamp
    }
}
