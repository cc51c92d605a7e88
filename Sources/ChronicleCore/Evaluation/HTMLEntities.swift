/// Decodes the character references found in TimeML text: the XML five, `&nbsp;`, and
/// numeric references. Anything else is left as written.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39, "nbsp": 0xA0,
        "mdash": 0x2014, "ndash": 0x2013, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C,
        "rdquo": 0x201D, "hellip": 0x2026, "copy": 0xA9,
    ]

    static func unescape(_ s: ArraySlice<UInt8>) -> [UInt8] {
        guard s.contains(UInt8(ascii: "&")) else { return Array(s) }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            guard c == UInt8(ascii: "&") else { out.append(c); i += 1; continue }
            var j = i + 1
            while j < s.endIndex && j - i <= 10 && s[j] != UInt8(ascii: ";") && s[j] != UInt8(ascii: "&") && s[j] > 32 { j += 1 }
            guard j < s.endIndex, s[j] == UInt8(ascii: ";") else { out.append(c); i += 1; continue }
            let name = String(decoding: s[(i + 1)..<j], as: UTF8.self)
            var scalar: UInt32? = named[name]
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst())
            }
            if let v = scalar, let u = Unicode.Scalar(v) {
                out += Array(String(Character(u)).utf8)
                i = j + 1
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }
}
