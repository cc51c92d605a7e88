/// The names a document has given outside its headlines, for the headlines to ask about:
/// each mention's text with the first kind it was given, and the last words of persons,
/// each with whether it ended a full name.
/// (Word tables keyed by the exact text: a `Set<String>` hashed every mention again with
/// SipHash, for a set asked only "is this text here".)
struct KnownNames {
    private var kinds = WordTable<ActorKind?>()
    private var lastWords = WordTable<Bool>()

    mutating func add(_ m: ActorMention) {
        let hash = WordHash.of(m.text)
        if let e = kinds.find(m.text, hash: hash) {
            if kinds.values[e] == nil, let k = m.kind { kinds.set(m.text, hash: hash, k) }
        } else {
            kinds.set(m.text, hash: hash, m.kind)
        }
        if m.kind == .person {
            let last = LastWord.of(m.text).map(String.init) ?? m.text
            let full = m.wordCount >= 2
            if lastWords[last] == nil || (full && lastWords[last] == false) { lastWords.set(last, full) }
        }
    }

    func contains(_ text: String) -> Bool { kinds[text] != nil }

    /// The first kind given to a mention with this text, if any was.
    func kind(of text: String) -> ActorKind? { kinds[text] ?? nil }

    func containsLastWord(_ text: String) -> Bool { lastWords[text] != nil }

    /// Whether a person's last word is written as `token` is, read from the text's bytes.
    func containsLastWord(_ token: Token, in utf8: [UInt8]) -> Bool {
        lastWords.find(bytes: utf8[token.range.start..<token.range.end], hash: token.textHash(utf8)) != nil
    }

    /// Whether a person's full name ends with the word written as `token` is.
    func endsAFullName(_ token: Token, in utf8: [UInt8]) -> Bool {
        lastWords.find(bytes: utf8[token.range.start..<token.range.end], hash: token.textHash(utf8))
            .map { lastWords.values[$0] } ?? false
    }
}
