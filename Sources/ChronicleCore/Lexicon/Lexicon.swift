/// The word classes the rules apply, filled from `lexicon.yaml` (see `LexiconFile`) and
/// compiled once into one table: a word's hash finds all its classes with one probe.
///
/// A class, immutable: every reader holds the lexicon, and handing on a value of some
/// twenty tables cost a retain and a release of each table at every step.
public final class Lexicon: Sendable {
    /// Each class's words in file order: a line per value in a ranked class (see
    /// `WordClass.isRanked`), one word per line otherwise.
    let lines: [WordClass: [[String]]]
    let table: LexiconTable
    let phrases: LexiconPhrases
    let tables: LexiconTables

    init(lines: [WordClass: [[String]]]) {
        self.lines = lines
        table = Self.compile(lines)
        phrases = LexiconPhrases(lines)
        tables = LexiconTables(lines)
    }

    /// Every word of a class, in file order (of a table, the words it maps, not their names).
    public func words(_ cls: WordClass) -> [String] {
        cls.isTable ? lines[cls, default: []].compactMap(\.first) : lines[cls, default: []].flatMap { $0 }
    }

    @inline(__always) func entry(hash: UInt64) -> LexiconEntry { table.find(hash) ?? .unknown }

    func classes(_ token: Token) -> WordClasses { entry(hash: token.lowerHash).classes }

    func classes(_ tokens: [Token], _ k: Int) -> WordClasses { entry(hash: tokens[k].lowerHash).classes }

    func classes(lower: String) -> WordClasses { entry(hash: WordHash.of(lower)).classes }

    /// The classes of the lower-case word these bytes spell, without making a String of them.
    func classes<Bytes: Sequence<UInt8>>(lowerBytes: Bytes) -> WordClasses {
        entry(hash: WordHash.of(bytes: lowerBytes)).classes
    }

    /// The classes of the lower-case word these bytes spell, whose `WordHash` is `hash`.
    func classes(hash: UInt64) -> WordClasses { entry(hash: hash).classes }

    private static func compile(_ lines: [WordClass: [[String]]]) -> LexiconTable {
        var entries: [UInt64: LexiconEntry] = [:]
        for cls in WordClass.allCases {
            for (line, words) in lines[cls, default: []].enumerated() {
                for (k, word) in words.enumerated() where k == 0 || !cls.isTable {
                    let hash = WordHash.of(word)
                    var e = entries[hash] ?? .unknown
                    e.classes.insert(WordClasses(cls))
                    // A word in two ranked classes keeps the meaning of the first.
                    if cls.isRanked && e.rank == 0 {
                        e.rank = UInt8(line + 1)
                        e.isShortForm = k > 0
                    }
                    if cls.isGrouped, words.count > 1, let reading = TimeReading.lexeme(cls, name: words[1]) {
                        e.time = reading  // a later line (a corpus's `add:`) wins
                    } else if e.time.cls == .none, let reading = timeReading(cls, rank: line + 1) {
                        e.time = reading
                    }
                    entries[hash] = e
                }
            }
        }
        return LexiconTable(entries)
    }

    /// What a word of `cls` means to the time tagger.
    private static func timeReading(_ cls: WordClass, rank: Int) -> Lexeme? {
        switch cls {
        case .month: return Lexeme(cls: .month, v: Int16(rank))
        case .weekday: return Lexeme(cls: .weekday, v: Int16(rank))
        case .timeZone, .shortTimeZone: return Lexeme(cls: .keyword, v: Keyword.zone.rawValue)
        case .numberLabel: return Lexeme(cls: .keyword, v: Keyword.numberLabel.rawValue)
        case .streetWord: return Lexeme(cls: .keyword, v: Keyword.streetWord.rawValue)
        default: return nil
        }
    }
}
