/// A JSON value with keys kept in the order written, so exports read in schema order
/// and are byte-for-byte stable.
indirect enum JSONValue: Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case null
    /// A long array of objects or arrays, each made by `item` only when it is written and
    /// written on all cores: an export holds no tree of its whole entry list, and the bytes
    /// are those of `.array` of the same items. `item` is called from several threads at
    /// once, so it may only read what it captures.
    case generated(count: Int, item: (Int) -> JSONValue)

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// Two-space indentation; an object or array holding only scalars stays on one line.
    func rendered() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: 0, flush: nil)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of `rendered()`, handed to `sink` a part at a time: a long generated
    /// array is made a batch of items at a time and never held whole.
    func render(to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            let flush = { (bytes: inout [UInt8]) in
                bytes.withUnsafeBufferPointer { sink($0) }
                bytes.removeAll(keepingCapacity: true)
            }
            var out: [UInt8] = []
            out.reserveCapacity(1 << 16)
            write(into: &out, indent: 0, flush: flush)
            out.append(0x0A)
            flush(&out)
        }
    }

    private var isFlat: Bool {
        switch self {
        case .object(let pairs): return pairs.allSatisfy { $0.1.isScalar || $0.1.isFlatArray }
        case .array(let items): return items.allSatisfy(\.isScalar)
        case .generated(let count, _): return count == 0
        default: return true
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array, .generated: return false
        default: return true
        }
    }

    private var isFlatArray: Bool {
        if case .array(let items) = self { return items.allSatisfy(\.isScalar) }
        if case .generated(let count, _) = self { return count == 0 }
        return false
    }

    // Written as UTF-8 bytes: appending to a String through its scalar view copies the
    // whole string each time, which made large exports quadratic.
    /// `flush`, when given, takes the bytes written so far between batches of a generated
    /// array's items.
    private func write(into out: inout [UInt8], indent: Int, flush: ((inout [UInt8]) -> Void)?) {
        switch self {
        case .null: out += "null".utf8
        case .int(let n): out += String(n).utf8
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            if isFlat {
                out.append(0x5B)
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", ".utf8 }
                    item.write(into: &out, indent: indent, flush: flush)
                }
                out.append(0x5D)
                return
            }
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                JSONValue.pad(&out, indent + 2)
                item.write(into: &out, indent: indent + 2, flush: flush)
                out += (i + 1 < items.count ? ",\n" : "\n").utf8
            }
            JSONValue.pad(&out, indent)
            out.append(0x5D)
        case .object(let pairs):
            if pairs.isEmpty { out += "{}".utf8; return }
            if isFlat {
                out.append(0x7B)
                for (i, (key, value)) in pairs.enumerated() {
                    if i > 0 { out += ", ".utf8 }
                    JSONValue.writeString(key, into: &out)
                    out += ": ".utf8
                    value.write(into: &out, indent: indent, flush: flush)
                }
                out.append(0x7D)
                return
            }
            out += "{\n".utf8
            for (i, (key, value)) in pairs.enumerated() {
                JSONValue.pad(&out, indent + 2)
                JSONValue.writeString(key, into: &out)
                out += ": ".utf8
                value.write(into: &out, indent: indent + 2, flush: flush)
                out += (i + 1 < pairs.count ? ",\n" : "\n").utf8
            }
            JSONValue.pad(&out, indent)
            out.append(0x7D)
        case .generated(let count, let item):
            if count == 0 { out += "[]".utf8; return }
            out += "[\n".utf8
            let chunk = 512
            let starts = Array(stride(from: 0, to: count, by: chunk))
            // Written as a whole, every chunk at once; streamed, a batch of chunks at a time.
            let batch = flush == nil ? starts.count : 16
            for first in stride(from: 0, to: starts.count, by: batch) {
                let chunks = ParallelMap.map(Array(starts[first..<min(first + batch, starts.count)])) { first in
                    var part: [UInt8] = []
                    for i in first..<min(first + chunk, count) {
                        JSONValue.pad(&part, indent + 2)
                        item(i).write(into: &part, indent: indent + 2, flush: nil)
                        part += (i + 1 < count ? ",\n" : "\n").utf8
                    }
                    return part
                }
                for part in chunks { out += part }
                flush?(&out)
            }
            JSONValue.pad(&out, indent)
            out.append(0x5D)
        }
    }

    private static func pad(_ out: inout [UInt8], _ n: Int) {
        out.append(contentsOf: repeatElement(0x20, count: n))
    }

    /// The JSON string literal of `s`, for tests and callers that want text.
    static func writeString(_ s: String, into out: inout String) {
        var bytes: [UInt8] = []
        writeString(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Escapes quotes, backslashes and every control or bidi character as `\uXXXX`, so
    /// the file stays exact for programs and harmless when printed on a terminal.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { u in
            var plain = 0
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                var length = 1
                var escape: String?
                if b < 0x80 {
                    switch b {
                    case 0x22: escape = "\\\""
                    case 0x5C: escape = "\\\\"
                    case 0x0A: escape = "\\n"
                    case 0x0D: escape = "\\r"
                    case 0x09: escape = "\\t"
                    case 0x00..<0x20, 0x7F: escape = unicodeEscape(UInt32(b))
                    default: break
                    }
                } else if b == 0xC2, i + 1 < n, u[i + 1] >= 0x80, u[i + 1] <= 0x9F {
                    length = 2                                           // C1 controls
                    escape = unicodeEscape(UInt32(u[i + 1]))
                } else if b == 0xD8, i + 1 < n, u[i + 1] == 0x9C {
                    length = 2                                           // U+061C
                    escape = unicodeEscape(0x061C)
                } else if b == 0xE2, i + 2 < n, u[i + 1] == 0x80 || u[i + 1] == 0x81 {
                    let scalar = 0x2000 + (UInt32(u[i + 1] & 0x3F) << 6) + UInt32(u[i + 2] & 0x3F)
                    switch scalar {
                    case 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                        length = 3
                        escape = unicodeEscape(scalar)
                    default: break
                    }
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<i]))
                    out += escape.utf8
                    plain = i + length
                }
                i += length
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<n]))
        }
        out.append(0x22)
    }

    private static func unicodeEscape(_ v: UInt32) -> String {
        let hex = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
