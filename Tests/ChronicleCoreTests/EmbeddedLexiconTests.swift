import Foundation
import Testing
@testable import ChronicleCore

/// The program carries lexicon.yaml compiled in; the copy must be the file as it is now.
@Suite struct EmbeddedLexiconTests {
    @Test func theCompiledCopyIsTheLexiconFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ChronicleCore/Resources/lexicon.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(EmbeddedLexicon.text + "\n" == text, "lexicon.yaml changed: run `make lexicon`")
    }
}
