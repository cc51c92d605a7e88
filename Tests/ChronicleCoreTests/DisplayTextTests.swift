import Testing
@testable import ChronicleCore

@Suite struct DisplayTextTests {
    @Test func plainTextIsUnchanged() {
        let text = "Kyiv – “ready” for talks 🇺🇦, café naïve"
        #expect(DisplayText.sanitize(text) == text)
    }

    @Test func escapeSequencesAreDefused() {
        let hostile = "A\u{1B}]0;PWNED\u{07}B\u{1B}[31mRED"
        let clean = DisplayText.sanitize(hostile)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        #expect(clean == "A\u{241B}]0;PWNED\u{2407}B\u{241B}[31mRED")
    }

    @Test func lineControlsBecomeSpacesAndOthersArePictured() {
        #expect(DisplayText.sanitize("one\r\ntwo\tthree\u{8}four\u{7F}") == "one  two three\u{2408}four\u{2421}")
        #expect(DisplayText.sanitize("x\u{9B}2Jy") == "x\u{FFFD}2Jy")
        #expect(DisplayText.sanitize("line\u{2028}next") == "line next")
    }

    @Test func bidiOverridesAndIsolatesAreRemoved() {
        #expect(DisplayText.sanitize("abc\u{202E}fed\u{2066}x\u{2069}\u{200F}") == "abcfedx")
    }

    @Test func keepingLinesKeepsLineFeedsOnly() {
        #expect(DisplayText.sanitizeKeepingLines("a\r\nb\u{1B}c\nd\re") == "a\nb\u{241B}c\nd e")
    }

    @Test func replacedInvalidBytesShowAsTheSubstitutePicture() {
        var bytes: [UInt8] = [0x41, 0xFF, 0x42]
        _ = TextRepair.repair(&bytes)
        #expect(DisplayText.sanitize(String(decoding: bytes, as: UTF8.self)) == "A\u{241A}B")
    }

    @Test func everySuspectScalarIsCaughtAndItsNeighboursAreLeftAlone() {
        let suspect: [ClosedRange<UInt32>] = [0x00...0x1F, 0x7F...0x9F, 0x61C...0x61C, 0x200E...0x200F,
                                              0x2028...0x202E, 0x2066...0x2069]
        let neighbours: [UInt32] = [0x20, 0x7E, 0xA0, 0xFF, 0x61B, 0x61D, 0x200D, 0x2010, 0x2027,
                                    0x202F, 0x2065, 0x206A, 0x1F600]
        for range in suspect {
            for v in range {
                let text = "a" + String(Unicode.Scalar(v)!) + "b"
                #expect(DisplayText.sanitize(text) != text, "U+\(String(v, radix: 16))")
            }
        }
        for v in neighbours {
            let text = "a" + String(Unicode.Scalar(v)!) + "b"
            #expect(DisplayText.sanitize(text) == text, "U+\(String(v, radix: 16))")
        }
    }
}
