/// What the lexicon knows of one word: its classes, its place in a ranked class, and the
/// reading the time tagger gives it.
struct LexiconEntry: Sendable {
    var classes: WordClasses
    /// The line of the word in its ranked class (1 = January, Monday), or 0.
    var rank: UInt8
    /// A short form of a ranked class's line ("Jan", "Tues"), which may take a dot.
    var isShortForm: Bool
    var time: Lexeme

    static let unknown = LexiconEntry(classes: .none, rank: 0, isShortForm: false, time: Lexeme(cls: .none, v: 0))
}
