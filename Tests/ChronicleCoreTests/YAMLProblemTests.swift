import Testing
import Yams
@testable import ChronicleCore

struct YAMLProblemTests {
    private func problem(_ yaml: String) -> String {
        do {
            _ = try Yams.compose(yaml: yaml)
            return "parsed"
        } catch {
            return YAMLProblem.describe(error)
        }
    }

    @Test func aSyntaxErrorNamesItsLineAndColumnFromTheMark() {
        let text = problem("published: 2024-01-02\ntitle: \"unclosed\nnext: 1\n")
        #expect(text.hasPrefix("line 4, column 1: found unexpected end of stream"))
        #expect(text.contains("from line 2"))
        #expect(!text.contains("\n"))
    }

    @Test func aBadIndentNamesTheLineWhereItIs() {
        let text = problem("a: 1\n b: 2\nc: [\n")
        #expect(text.hasPrefix("line 2, "))
        #expect(!text.contains("\n"))
    }

    @Test func aRepeatedKeyIsNamed() {
        let text = problem("a: 1\nb: 2\na: 3\n")
        #expect(text == "'a' given twice in the keys from line 1")
    }
}
