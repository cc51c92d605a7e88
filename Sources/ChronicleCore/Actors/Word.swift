/// One word of a text, as the actor recognizer sees it: a byte range plus the shape facts
/// that decide whether it can belong to a name.
public struct Word: Hashable, Sendable {
    public var range: ByteRange
    /// The word's text as written ("Zelenskyy", "U.S.", "Orekhovo-Borisovo").
    public var text: String
    /// Lower-cased text, for lexicon look-ups (computed once, when scanned).
    public var lower: String
    /// `WordHash` of `lower`, so look-ups in word tables need not hash the String again.
    public var lowerHash: UInt64
    /// First letter upper case ("Kyiv", "NATO", "U.S.").
    public var isCapitalized: Bool
    /// Two or more letters, all upper case ("NATO", "MoD" is not, "U.S." is).
    public var isAllCaps: Bool
    /// Contains a digit ("28th", "2025").
    public var hasDigit: Bool
    /// Followed directly by a possessive `’s` / `'s` (which is not part of the word).
    public var isPossessive: Bool
    /// Something other than spaces separates this word from the previous one (a comma,
    /// a quote, a bracket, a line break): names never run across it.
    public var breakBefore: Bool
    /// The separator is a line break or the text start: a heading or caption may begin here.
    public var lineStart: Bool
    /// The only separator before this word is one full stop ("Gov. Smith", "Lt. Gen."):
    /// after an abbreviated title it does not end the name.
    public var dotOnlyBefore: Bool = false
    /// A sentence may start here: text start, a line break, or . ! ? before the word.
    public var afterStop: Bool = false

}
