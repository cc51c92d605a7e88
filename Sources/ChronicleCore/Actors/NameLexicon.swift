/// The name rules' test that is no class of words: a generation mark. The word classes
/// and tables of names (titles, given names, demonyms, institution phrases) are the
/// lexicon's.
enum NameLexicon {
    /// A generation mark after a name ("Abdullah II", "Martin Luther King Jr."): part of
    /// the name, never a surname or a word of its own.
    static func isGenerationMark(_ word: Substring) -> Bool {
        if ["Jr", "Jr.", "Sr", "Sr."].contains(word) { return true }
        return !word.isEmpty && word.utf8.allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }
}
