import Testing
@testable import ChronicleCore

/// The words of a range taken from its document's one scan are those a scan of the range
/// alone finds, whatever the range cuts: words, possessives, initialisms, curly quotes.
@Suite struct DocumentTokensTests {
    static let text = "Mayor Ilse Varga’s aide met the U.S. envoy. O'Brien's co-pilot\u{00A0}left at 9 a.m.\n"
        + "“We won,” said Orekhovo-Borisovo's Tarvo Lind, then the firm's chief."

    @Test func everyRangeGivesWhatItsOwnScanGives() {
        let utf8 = Array(Self.text.utf8)
        let document = DocumentTokens(utf8)
        for lo in 0...utf8.count {
            for hi in lo...utf8.count {
                let range = ByteRange(lo, hi)
                #expect(document.tokens(in: range, of: utf8) == document.scanned(range, of: utf8),
                        "range \(range)")
            }
        }
    }

    @Test func aWrapInsideAParagraphIsASpace() throws {
        let utf8 = Array("""
            He took a loan of one million dollars from the consultant Albert
            Lorne, a former chief of the lender, and repaid it to Karen Orlov
            in the spring.

            Officials said so.
            New rules start today.
            """.utf8)
        let words = DocumentTokens(utf8).tokens
        let lorne = try #require(words.first { $0.text(utf8) == "Lorne" })
        #expect(!lorne.breakBefore && !lorne.lineStart && !lorne.afterStop)
        let spring = try #require(words.first { $0.text(utf8) == "in" })
        #expect(!spring.lineStart)
        // A break between paragraphs, and one that ends a sentence, stay breaks.
        let officials = try #require(words.first { $0.text(utf8) == "Officials" })
        #expect(officials.lineStart && officials.breakBefore)
        let rules = try #require(words.first { $0.text(utf8) == "New" })
        #expect(rules.lineStart && rules.breakBefore)
        // So a name cut by the wrap is one name.
        let names = MentionRecognizer(gazetteer: .empty).mentions(in: utf8, sentences: SentenceSplitter.split(utf8))
        #expect(names.contains { $0.text == "Albert Lorne" }, "\(names.map(\.text))")
        #expect(names.contains { $0.text == "Karen Orlov" })
    }

    @Test func aSentenceStartsAfterABreak() {
        let utf8 = Array("Ana Ruiz left. Tarvo Lind stayed.".utf8)
        let document = DocumentTokens(utf8)
        // In the document "Tarvo" follows a stop; a sentence of its own starts with it.
        let tarvo = document.tokens[3]
        #expect(tarvo.text(utf8) == "Tarvo" && !tarvo.lineStart)
        let sentence = document.tokens(in: ByteRange(15, utf8.count), of: utf8)
        #expect(sentence.map { $0.text(utf8) } == ["Tarvo", "Lind", "stayed"])
        #expect(sentence[0].lineStart && sentence[0].breakBefore && sentence[0].afterStop)
    }

    @Test func aCutWordIsReadAsCut() {
        let utf8 = Array("The co-pilot's bag".utf8)
        let words = DocumentTokens(utf8).tokens(in: ByteRange(7, 12), of: utf8)
        #expect(words.map { $0.text(utf8) } == ["pilot"])
        #expect(!words[0].isPossessive)
    }

    @Test func escapeSequencesHideWhatTheirOwnScanHides() {
        let utf8 = Array("Ana Ruiz \u{1B}]0;Title Word\u{07} left Lisbon".utf8)
        let document = DocumentTokens(utf8)
        for lo in 0...utf8.count {
            let range = ByteRange(lo, utf8.count)
            #expect(document.tokens(in: range, of: utf8) == WordScanner.tokens(utf8, in: range), "range \(range)")
        }
    }
}
