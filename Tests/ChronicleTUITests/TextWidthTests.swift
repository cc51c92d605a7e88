import Testing
@testable import ChronicleTUI

@Suite struct TextWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(TextWidth.width("harbour") == 7)
    }

    @Test func cjkTakesTwoColumns() {
        #expect(TextWidth.width("東京") == 4)
        #expect(TextWidth.width("a東b") == 4)
    }

    @Test func combiningMarksTakeNone() {
        let composed = "Cafe\u{301} nai\u{308}ve"
        #expect(composed.count == 10)
        #expect(TextWidth.width(composed) == 10)
        #expect(TextWidth.width("e\u{301}\u{323}") == 1)
    }

    @Test func emojiAreMeasuredAsTheTerminalDrawsThem() {
        #expect(TextWidth.width("🚢") == 2)
        #expect(TextWidth.width("🇳🇴") == 2)
        // ZWJ sequences: the sum ncurses draws, not one glyph.
        #expect(TextWidth.width("👩‍🔬") == 4)
    }

    @Test func truncationNeverCutsAWideCharacter() {
        let t = TextWidth.truncate("東京大阪", to: 5)
        #expect(t == "東京…")
        #expect(TextWidth.width(t) == 5)
        #expect(TextWidth.truncate("東京大阪", to: 4, ellipsis: false) == "東京")
        #expect(TextWidth.truncate("東京大阪", to: 3, ellipsis: false) == "東")
    }

    @Test func truncationKeepsCombiningMarksWithTheirBase() {
        let t = TextWidth.truncate("e\u{301}e\u{301}e\u{301}e\u{301}", to: 3)
        #expect(t == "e\u{301}e\u{301}…")
    }

    @Test func fitPadsToExactWidth() {
        #expect(TextWidth.fit("東", to: 4) == "東  ")
        #expect(TextWidth.width(TextWidth.fit("Lindenport harbour", to: 6)) == 6)
    }

    @Test func unmeasurableCharactersAreDrawnAsReplacement() {
        let (text, width) = TextWidth.drawable("\u{1B}")
        #expect(text == "\u{FFFD}")
        #expect(width == 1)
    }
}
