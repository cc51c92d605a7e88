import Testing
import ChronicleCore

@Test func displayTextRemovesEscapes() {
    #expect(DisplayText.sanitize("A\u{1B}]0;X\u{07}B") == "A\u{241B}]0;X\u{2407}B")
    #expect(DisplayText.sanitize("a\u{202E}b\tc") == "ab c")
}
