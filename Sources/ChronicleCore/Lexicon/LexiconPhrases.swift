/// The classes whose entries are phrases or stems searched for inside a text rather than
/// looked up word by word, compiled once per lexicon.
struct LexiconPhrases: Sendable {
    let furniture: CuePhraseSet
    let furnitureLine: CuePhraseSet
    /// Lead phrases as bytes, for a test of how a line starts.
    let furnitureLead: [[UInt8]]
    /// Link openings as bytes, for a test of how a sentence starts.
    let linkPrefixes: [[UInt8]]
    let copyright: CuePhraseSet
    /// Byline labels in file order, the update labels after the others, each with whether
    /// it dates an update.
    let bylineLabels: [(label: String, isUpdate: Bool)]
    let notPublicationCues: [String]
    /// The first three letters of each month's full name ("jan", "sep"): every spelling
    /// of a month, full or short, contains one.
    let monthStems: CuePhraseSet
    /// Endings that give a word the shape of an adjective, or of a verb or adverb.
    let adjectiveEndings: [String]
    let verbOrAdverbEndings: [String]
    let sibilantPluralEndings: [String]
    /// Endings of a plural noun for people by what they do ("Shoppers").
    let agentPluralEndings: [String]
    /// Endings of the plural of a place's people ("New Yorkers").
    let placePeopleEndings: [String]
    /// Endings of a noun for an occupation ("Meteorologist"), and which bytes end them: most
    /// words end in another and need no comparison.
    let occupationEndings: [String]
    let occupationEndingLast: [Bool]
    /// Institution phrases as lower-case words ("defense ministry" as ["defense",
    /// "ministry"]), in file order, and the words they start with.
    let institutions: [[String]]
    let institutionStarts: LowerWordSet

    init(_ lines: [WordClass: [[String]]]) {
        func words(_ cls: WordClass) -> [String] { lines[cls, default: []].flatMap { $0 } }
        furniture = CuePhraseSet(words(.furniturePhrase))
        furnitureLine = CuePhraseSet(words(.furnitureLinePhrase))
        furnitureLead = words(.furnitureLeadPhrase).map { Array($0.utf8) }
        linkPrefixes = words(.linkPrefix).map { Array($0.utf8) }
        copyright = CuePhraseSet(words(.copyrightMark))
        bylineLabels = words(.bylineLabel).map { ($0, false) } + words(.updateLabel).map { ($0, true) }
        notPublicationCues = words(.notPublicationCue)
        adjectiveEndings = words(.adjectiveEnding)
        verbOrAdverbEndings = words(.verbOrAdverbEnding)
        sibilantPluralEndings = words(.sibilantPluralEnding)
        agentPluralEndings = words(.agentPluralEnding)
        placePeopleEndings = words(.placePeopleEnding)
        occupationEndings = words(.occupationEnding)
        var last = [Bool](repeating: false, count: 256)
        for ending in occupationEndings { if let b = ending.utf8.last { last[Int(b)] = true } }
        occupationEndingLast = last
        institutions = words(.institutionPhrase).map { $0.split(separator: " ").map(String.init) }
        institutionStarts = LowerWordSet(institutions.compactMap(\.first))
        monthStems = CuePhraseSet(lines[.month, default: []].compactMap { $0.first.map { String($0.prefix(3)) } })
    }
}
