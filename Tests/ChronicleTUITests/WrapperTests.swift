import Testing
@testable import ChronicleTUI

@Suite struct WrapperTests {
    @Test func wrapsAtWordsWithinTheWidth() {
        let lines = Wrapper.wrap("the harbour accord was signed in May", width: 12).map(\.text)
        #expect(lines == ["the harbour", "accord was", "signed in", "May"])
        #expect(lines.allSatisfy { TextWidth.width($0) <= 12 })
    }

    @Test func keepsLineBreaksAndCutsLongWords() {
        let lines = Wrapper.wrap("ab\n\nabcdefghij", width: 4).map(\.text)
        #expect(lines == ["ab", "", "abcd", "efgh", "ij"])
    }

    @Test func tracksByteOffsetsOfLines() {
        let text = "één twee drie"
        let lines = Wrapper.wrap([TextPiece(text, .normal, offset: 100)], width: 5)
        #expect(lines.map(\.text) == ["één", "twee", "drie"])
        // "één " is 6 bytes (two 2-byte é), so "twee" starts at 106.
        #expect(lines.map(\.offset) == [100, 106, 111])
    }

    @Test func wideCharactersWrapByDisplayWidth() {
        let lines = Wrapper.wrap("東京大阪名古屋", width: 5).map(\.text)
        #expect(lines == ["東京", "大阪", "名古", "屋"])
    }
}
