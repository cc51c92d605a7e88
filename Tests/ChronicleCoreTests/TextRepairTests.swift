import Testing
@testable import ChronicleCore

@Suite struct TextRepairTests {
    /// A piece of input, what the repair must make of it, and what it counts.
    private struct Piece {
        let bytes: [UInt8]
        let repaired: [UInt8]
        var invalid = 0, nul = 0, control = 0
    }

    private static let pieces: [Piece] = [
        Piece(bytes: Array("a".utf8), repaired: Array("a".utf8)),
        Piece(bytes: Array("Kyiv, 7 ~".utf8), repaired: Array("Kyiv, 7 ~".utf8)),
        Piece(bytes: [0x09], repaired: [0x09]), Piece(bytes: [0x0A], repaired: [0x0A]),
        Piece(bytes: [0x0D], repaired: [0x0D]), Piece(bytes: [0x0C], repaired: [0x0C]),
        Piece(bytes: [0x00], repaired: [0x20], nul: 1, control: 1),
        Piece(bytes: [0x01], repaired: [0x01], control: 1),
        Piece(bytes: [0x1F], repaired: [0x1F], control: 1),
        Piece(bytes: [0x7F], repaired: [0x7F], control: 1),
        Piece(bytes: [0x1A], repaired: [0x1A], control: 1),
        Piece(bytes: Array("é".utf8), repaired: Array("é".utf8)),
        Piece(bytes: Array("’".utf8), repaired: Array("’".utf8)),
        Piece(bytes: Array("😀".utf8), repaired: Array("😀".utf8)),
        Piece(bytes: [0x80], repaired: [0x1A], invalid: 1),
        Piece(bytes: [0xFF], repaired: [0x1A], invalid: 1),
        Piece(bytes: [0xC0, 0xAF], repaired: [0x1A, 0x1A], invalid: 2),  // overlong "/"
        Piece(bytes: [0xED, 0xA0, 0x80], repaired: [0x1A, 0x1A, 0x1A], invalid: 3),  // surrogate
    ]

    @Test func randomMixturesAreRepairedByteForByteAtEveryAlignment() {
        var rng = SplitMix(seed: 2024)
        for _ in 0..<3000 {
            var input: [UInt8] = [], expected: [UInt8] = []
            var invalid = 0, nul = 0, control = 0
            var firstInvalid: Int? = nil
            for _ in 0..<Int(rng.next() % 40) {
                let piece = Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
                if piece.invalid > 0, firstInvalid == nil { firstInvalid = input.count }
                input += piece.bytes
                expected += piece.repaired
                invalid += piece.invalid; nul += piece.nul; control += piece.control
            }
            var bytes = input
            let report = TextRepair.repair(&bytes)
            #expect(bytes == expected, "input \(input)")
            #expect(report.invalidBytes == invalid && report.nulBytes == nul && report.controlBytes == control,
                    "input \(input)")
            #expect(report.firstInvalid == firstInvalid)
        }
    }

    @Test func aLeadingByteOrderMarkBecomesSpaces() {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Plain text after the mark".utf8)
        let report = TextRepair.repair(&bytes)
        #expect(report.hadBOM)
        #expect(bytes == Array("   Plain text after the mark".utf8))
    }
}

/// A small seeded generator, so a failure repeats.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
