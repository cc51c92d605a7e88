/// Finds who a passage attributes its claim to: the speaker of "X said" / "said X" /
/// "X reported", else the source of "according to X". A relay ("the MoD said ...
/// according to TASS") leaves the claim with the one who said it, the MoD.
public enum ClaimantFinder {
    static let verbs: LowerWordSet = [
        "said", "says", "say", "claimed", "claims", "claiming", "reported", "reports", "told",
        "stated", "states", "announced", "announces", "added", "tweeted", "wrote", "posted",
        "confirmed", "insisted", "warned", "declared", "noted",
    ]
    static let fillers: LowerWordSet = ["has", "have", "had", "also", "later", "further", "then",
                                       "earlier", "previously", "again", "on", "in", "a", "the",
                                       "statement", "reportedly"]
    /// Words before a verb that make it name no speaker.
    static let blockers: LowerWordSet = ["to", "that", "which", "was", "were", "been", "be", "is", "are", "being"]

    /// `names` are the actor mentions inside `range`, in text order, with their actors'
    /// canonical names.
    public static func claimant(_ utf8: [UInt8], _ range: ByteRange,
                                names: [(range: ByteRange, name: String)]) -> String? {
        guard !names.isEmpty else { return nil }
        let words = WordScanner.scan(utf8, in: range)
        var according: String? = nil
        for (k, w) in words.enumerated() {
            let l = w.lower
            // "to say", "that states", "was announced": an infinitive, a relative clause or a
            // passive names no speaker before the verb.
            if verbs.contains(w) && !(k > 0 && blockers.contains(words[k - 1])) {
                // "X said", "X has also said", "X said Wednesday"
                if let before = names.last(where: { $0.range.end <= w.range.start }),
                   wordsBetween(words, before.range.end, w.range.start) <= 2,
                   !quoteBetween(utf8, before.range.end, w.range.start) {
                    return before.name
                }
                // "Kyiv’s military said": the owner's body, named as the text names it.
                if k >= 2, !words[k - 1].isCapitalized, words[k - 2].isPossessive,
                   !words[k - 1].breakBefore, !words[k - 2].hasDigit,
                   let owner = names.last(where: { $0.range == words[k - 2].range }) {
                    return "\(owner.name)’s \(words[k - 1].text)"
                }
                // "said Zelensky", "said the head of ..., Vladyslav Haivanenko"
                if let after = names.first(where: { $0.range.start >= w.range.end }),
                   wordsBetween(words, w.range.end, after.range.start) <= 1 {
                    return after.name
                }
            }
            if l == "according", k + 1 < words.count, words[k + 1].lower == "to", according == nil {
                let from = words[k + 1].range.end
                if let src = names.first(where: { $0.range.start >= from }),
                   wordsBetween(words, from, src.range.start) <= 2 {
                    according = src.name
                }
            }
        }
        return according
    }

    private static func wordsBetween(_ words: [Word], _ a: Int, _ b: Int) -> Int {
        var n = 0
        for w in words where w.range.start >= a && w.range.end <= b && !fillers.contains(w) { n += 1 }
        return n
    }

    /// A closing quote between a name and "said" means the name sits inside the quote.
    private static func quoteBetween(_ utf8: [UInt8], _ a: Int, _ b: Int) -> Bool {
        guard a < b else { return false }
        var i = a
        while i + 2 < b {
            if utf8[i] == 0xE2 && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0x9D || utf8[i + 2] == 0x99) { return true }
            i += 1
        }
        return utf8[a..<b].contains(UInt8(ascii: "\""))
    }
}
