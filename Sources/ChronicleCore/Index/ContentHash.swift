/// A 128-bit hash of file contents, written as 32 hex digits: two independent 64-bit
/// lanes over 8-byte words, so that telling whether a file changed costs a fraction of
/// reading it. Not for security: a collision needs two texts made for it.
struct ContentHash: Equatable, Sendable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    init() {}

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for w in 0..<words {
                mix(raw.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self))
            }
            var tail: UInt64 = 0
            for (k, byte) in raw[(words * 8)...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(k)) }
            mix(tail ^ 0xFF)
        }
        length &+= UInt64(bytes.count)
    }

    @inline(__always) private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0x0000_0100_0000_01B3
        a ^= a >> 29
        b = (b &+ word) &* 0xBF58_476D_1CE4_E5B9
        b ^= b >> 31
    }

    /// Adds one 64-bit word, for hashes of numbers: no bytes to lay out first.
    mutating func add(word: UInt64) {
        mix(word)
        length &+= 8
    }

    /// The hash as two 64-bit numbers, the halves of `hex`.
    var lanes: (UInt64, UInt64) {
        var x = a ^ length, y = b ^ (length &* 0x94D0_49BB_1331_11EB)
        x = (x ^ (x >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        y = (y ^ (y >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return (x ^ (x >> 33), y ^ (y >> 33))
    }

    var hex: String {
        func digits(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        let (x, y) = lanes
        return digits(x) + digits(y)
    }

    static func of(_ parts: [[UInt8]]) -> String {
        var h = ContentHash()
        for part in parts { h.add(part) }
        return h.hex
    }
}
