import Testing
@testable import ChronicleCore

/// Page furniture is found by the lexicon's phrase classes; a corpus may add its own.
@Suite struct FurnitureCueTests {
    private func isFurniture(_ text: String, _ lexicon: Lexicon = .bundled) -> Bool {
        let bytes = Array(text.utf8)
        return FurnitureDetector.isFurniture(bytes, ByteRange(0, bytes.count), lexicon: lexicon)
    }

    @Test func phrasesMarkSentencesLinesAndLineOpenings() {
        #expect(isFurniture("Read more about the harbour works in our weekly digest."))
        #expect(isFurniture("Cookie settings"))
        #expect(isFurniture("Related: the ferry strike"))
        #expect(!isFurniture("The council voted to share the cost of the new bridge with the port."))
    }

    @Test func aPhraseAddedToTheClassMarksFurniture() {
        let line = "Tap to view the gallery"
        #expect(!isFurniture(line))
        var lines = Lexicon.bundled.lines
        lines[.furnitureLeadPhrase, default: []].append(["tap to view"])
        #expect(isFurniture(line, Lexicon(lines: lines)))
    }

    @Test func monthStemsComeFromTheMonthClass() {
        let stems = Lexicon.bundled.phrases.monthStems
        #expect(stems.occurs(in: Array("sept. 3".utf8)))
        #expect(stems.occurs(in: Array("3 december".utf8)))
        #expect(!stems.occurs(in: Array("3 days".utf8)))
    }
}
