/// The name rules' test that reads a shape as well as a class of words: a generation mark.
/// The word classes and tables of names (titles, given names, demonyms, institution
/// phrases) are the lexicon's.
enum NameLexicon {
    /// A generation mark after a name ("Abdullah II", "Martin Luther King Jr."): part of
    /// the name, never a surname or a word of its own. A word of the lexicon's
    /// `generationMark` counts written capitalised, with or without its dot ("Jr", "Jr.",
    /// not "JR"); a roman numeral by its letters.
    static func isGenerationMark(_ word: Substring, lexicon: Lexicon) -> Bool {
        let bytes = word.utf8
        if !bytes.isEmpty && bytes.allSatisfy({ $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }) {
            return true
        }
        let core = bytes.last == UInt8(ascii: ".") ? bytes.dropLast() : bytes[...]
        guard let first = core.first, WordScanner.isUpperASCII(first),
              core.dropFirst().allSatisfy({ $0.isASCIILower }) else { return false }
        return lexicon.classes(lowerBytes: core.lazy.map { $0.asciiLowercased }).contains(.generationMark)
    }
}
