import Foundation

/// A compact binary form of Codable values for the index: fields are written in the order
/// a type encodes them, without their keys; integers as variable-length numbers; strings
/// as their length and UTF-8 bytes, a long string met before as the number of its first
/// writing (file names, actor names and summaries repeat in every source: read back, they
/// share one copy); an optional field as a presence byte, then its value. Several times
/// smaller and faster to read than JSON. A `BinaryStorable` type writes its fields itself,
/// in the same form, wherever it sits.
///
/// Decoding must meet the same type the value was encoded from: the index tells formats
/// apart by `IndexFormat`, never by reading a blob as another type. Keyed containers whose
/// keys are only known at decoding (dictionaries) and optionals outside a field are not
/// supported and throw.
enum BinaryCoder {
    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let writer = Writer()
        try write(value, writer)
        return Data(writer.bytes)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let reader = Reader([UInt8](data))
        let value = try read(T.self, reader)
        guard reader.position == reader.bytes.count else { throw Unsupported(description: "trailing bytes") }
        return value
    }

    // MARK: - Bytes

    /// Strings up to this many UTF-8 bytes are stored within the String itself: written
    /// whole, as sharing them saves nothing.
    static let inlineString = 15

    final class Writer {
        var bytes: [UInt8] = []
        /// Long strings written so far, by number.
        private var written: [String: UInt64] = [:]

        func unsigned(_ value: UInt64) {
            var v = value
            while v >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        func signed(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

        /// The length doubled, then the bytes; or a number written before, doubled plus one.
        func string(_ value: String) {
            var s = value
            if s.utf8.count > BinaryCoder.inlineString {
                if let n = written[s] {
                    unsigned(2 * n + 1)
                    return
                }
                written[s] = UInt64(written.count)
            }
            s.withUTF8 { utf8 in
                unsigned(2 * UInt64(utf8.count))
                bytes.append(contentsOf: utf8)
            }
        }
    }

    final class Reader {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func byte() throws -> UInt8 {
            guard position < bytes.count else { throw Unsupported(description: "the blob ends early") }
            position += 1
            return bytes[position - 1]
        }

        func unsigned() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte()
                guard shift < 64 else { throw Unsupported(description: "a number is too long") }
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return value }
                shift += 7
            }
        }

        func signed() throws -> Int64 {
            let u = try unsigned()
            return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
        }

        /// Long strings read so far, by number.
        private var read: [String] = []

        func string() throws -> String {
            let code = try unsigned()
            if code & 1 == 1 {
                guard code / 2 < read.count else { throw Unsupported(description: "a string refers to none before it") }
                return read[Int(code / 2)]
            }
            let count = Int(code / 2)
            guard count <= bytes.count - position else { throw Unsupported(description: "the blob ends early") }
            defer { position += count }
            let s = String(decoding: bytes[position..<(position + count)], as: UTF8.self)
            if count > BinaryCoder.inlineString { read.append(s) }
            return s
        }

        func integer<T: FixedWidthInteger>(_: T.Type) throws -> T {
            if T.isSigned {
                guard let v = T(exactly: try signed()) else { throw Unsupported(description: "a number out of range") }
                return v
            }
            guard let v = T(exactly: try unsigned()) else { throw Unsupported(description: "a number out of range") }
            return v
        }
    }
}

// MARK: - Encoding

private struct BinaryEncoding: Encoder {
    let writer: BinaryCoder.Writer
    init(_ writer: BinaryCoder.Writer) { self.writer = writer }
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedEncoding(writer: writer))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        // The count is not known yet: a fixed-size slot, filled in as elements come.
        let slot = writer.bytes.count
        writer.bytes.append(contentsOf: [0, 0, 0, 0])
        return UnkeyedEncoding(writer: writer, slot: slot)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleEncoding(writer: writer) }
}

/// Every value goes through here, whatever container it is in, so that one type is always
/// written one way.
private func write<T: Encodable>(_ value: T, _ writer: BinaryCoder.Writer) throws {
    switch value {
    case let v as String: writer.string(v)
    case let v as Int: writer.signed(Int64(v))
    case let v as Bool: writer.bytes.append(v ? 1 : 0)
    case let v as Double: writer.unsigned(v.bitPattern)
    case let v as Float: writer.unsigned(UInt64(v.bitPattern))
    case let v as Int8: writer.signed(Int64(v))
    case let v as Int16: writer.signed(Int64(v))
    case let v as Int32: writer.signed(Int64(v))
    case let v as Int64: writer.signed(v)
    case let v as UInt: writer.unsigned(UInt64(v))
    case let v as UInt8: writer.unsigned(UInt64(v))
    case let v as UInt16: writer.unsigned(UInt64(v))
    case let v as UInt32: writer.unsigned(UInt64(v))
    case let v as UInt64: writer.unsigned(v)
    case let v as Data:
        writer.unsigned(UInt64(v.count))
        writer.bytes.append(contentsOf: v)
    case let v as BinaryStorable: v.write(to: writer)
    default: try value.encode(to: BinaryEncoding(writer))
    }
}

private struct KeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: BinaryCoder.Writer
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { writer.bytes.append(0) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: String, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try write(value, writer) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try write(value, writer) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try write(value, writer) }

    // A presence byte before every optional field (the default would write nothing for nil).
    private mutating func present<T: Encodable>(_ value: T?) throws {
        guard let value else { writer.bytes.append(0); return }
        writer.bytes.append(1)
        try write(value, writer)
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try present(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        BinaryEncoding(writer).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        BinaryEncoding(writer).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { BinaryEncoding(writer) }
    mutating func superEncoder(forKey key: Key) -> Encoder { BinaryEncoding(writer) }
}

private struct UnkeyedEncoding: UnkeyedEncodingContainer {
    let writer: BinaryCoder.Writer
    let slot: Int
    var codingPath: [CodingKey] { [] }
    private(set) var count = 0

    init(writer: BinaryCoder.Writer, slot: Int) {
        self.writer = writer
        self.slot = slot
    }

    private mutating func counted() {
        count += 1
        let c = UInt32(count)
        for k in 0..<4 { writer.bytes[slot + k] = UInt8(truncatingIfNeeded: c >> (8 * UInt32(k))) }
    }

    mutating func encodeNil() throws {
        throw BinaryCoder.Unsupported(description: "an optional element in a list")
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: Bool) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: String) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: Double) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: Float) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: Int) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: Int8) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: Int16) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: Int32) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: Int64) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: UInt) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: UInt8) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: UInt16) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: UInt32) throws {
        counted()
        try write(value, writer)
    }
    mutating func encode(_ value: UInt64) throws {
        counted()
        try write(value, writer)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        counted()
        return BinaryEncoding(writer).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        counted()
        return BinaryEncoding(writer).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder {
        counted()
        return BinaryEncoding(writer)
    }
}

private struct SingleEncoding: SingleValueEncodingContainer {
    let writer: BinaryCoder.Writer
    var codingPath: [CodingKey] { [] }

    mutating func encodeNil() throws {
        throw BinaryCoder.Unsupported(description: "an optional outside a field")
    }
    mutating func encode<T: Encodable>(_ value: T) throws { try write(value, writer) }
    mutating func encode(_ value: Bool) throws { try write(value, writer) }
    mutating func encode(_ value: String) throws { try write(value, writer) }
    mutating func encode(_ value: Double) throws { try write(value, writer) }
    mutating func encode(_ value: Float) throws { try write(value, writer) }
    mutating func encode(_ value: Int) throws { try write(value, writer) }
    mutating func encode(_ value: Int8) throws { try write(value, writer) }
    mutating func encode(_ value: Int16) throws { try write(value, writer) }
    mutating func encode(_ value: Int32) throws { try write(value, writer) }
    mutating func encode(_ value: Int64) throws { try write(value, writer) }
    mutating func encode(_ value: UInt) throws { try write(value, writer) }
    mutating func encode(_ value: UInt8) throws { try write(value, writer) }
    mutating func encode(_ value: UInt16) throws { try write(value, writer) }
    mutating func encode(_ value: UInt32) throws { try write(value, writer) }
    mutating func encode(_ value: UInt64) throws { try write(value, writer) }
}

// MARK: - Decoding

private struct BinaryDecoding: Decoder {
    let reader: BinaryCoder.Reader
    init(_ reader: BinaryCoder.Reader) { self.reader = reader }
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedDecoding(reader: reader))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        var count = 0
        for k in 0..<4 { count |= Int(try reader.byte()) << (8 * k) }
        return UnkeyedDecoding(reader: reader, count: count)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleDecoding(reader: reader) }
}

/// Reads what `write` wrote for a value of `type`.
private func read<T: Decodable>(_ type: T.Type, _ reader: BinaryCoder.Reader) throws -> T {
    if type == String.self { return try reader.string() as! T }
    if type == Int.self { return try reader.integer(Int.self) as! T }
    if type == Bool.self { return (try reader.byte() != 0) as! T }
    if type == Double.self { return Double(bitPattern: try reader.unsigned()) as! T }
    if type == Float.self { return Float(bitPattern: UInt32(truncatingIfNeeded: try reader.unsigned())) as! T }
    if type == Int8.self { return try reader.integer(Int8.self) as! T }
    if type == Int16.self { return try reader.integer(Int16.self) as! T }
    if type == Int32.self { return try reader.integer(Int32.self) as! T }
    if type == Int64.self { return try reader.integer(Int64.self) as! T }
    if type == UInt.self { return try reader.integer(UInt.self) as! T }
    if type == UInt8.self { return try reader.integer(UInt8.self) as! T }
    if type == UInt16.self { return try reader.integer(UInt16.self) as! T }
    if type == UInt32.self { return try reader.integer(UInt32.self) as! T }
    if type == UInt64.self { return try reader.integer(UInt64.self) as! T }
    if type == Data.self {
        let count = Int(try reader.unsigned())
        guard count <= reader.bytes.count - reader.position else {
            throw BinaryCoder.Unsupported(description: "the blob ends early")
        }
        defer { reader.position += count }
        return Data(reader.bytes[reader.position..<(reader.position + count)]) as! T
    }
    if let storable = type as? BinaryStorable.Type { return try storable.init(from: reader) as! T }
    return try T(from: BinaryDecoding(reader))
}

private struct KeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: BinaryCoder.Reader
    var codingPath: [CodingKey] { [] }
    // Keys are not stored: only types that name their keys as they decode them can be read.
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    // Reads the presence byte of an optional field: true (nil) when it says absent.
    func decodeNil(forKey key: Key) throws -> Bool { try reader.byte() == 0 }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(type, reader) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(type, reader) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(type, reader) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try read(type, reader) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(type, reader) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try read(type, reader) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try read(type, reader) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try read(type, reader) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(type, reader) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try read(type, reader) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try read(type, reader) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try read(type, reader) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try read(type, reader) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try read(type, reader) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try read(type, reader) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try BinaryDecoding(reader).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try BinaryDecoding(reader).unkeyedContainer()
    }
    func superDecoder() throws -> Decoder { BinaryDecoding(reader) }
    func superDecoder(forKey key: Key) throws -> Decoder { BinaryDecoding(reader) }
}

private struct UnkeyedDecoding: UnkeyedDecodingContainer {
    let reader: BinaryCoder.Reader
    var count: Int?
    var codingPath: [CodingKey] { [] }
    private(set) var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= count! }

    init(reader: BinaryCoder.Reader, count: Int) {
        self.reader = reader
        self.count = count
    }

    private mutating func next() throws {
        guard !isAtEnd else { throw BinaryCoder.Unsupported(description: "a list ends early") }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: String.Type) throws -> String {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: Double.Type) throws -> Double {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: Float.Type) throws -> Float {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: Int.Type) throws -> Int {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: Int8.Type) throws -> Int8 {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: Int16.Type) throws -> Int16 {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: Int32.Type) throws -> Int32 {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: Int64.Type) throws -> Int64 {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: UInt.Type) throws -> UInt {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
        try next()
        return try read(type, reader)
    }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
        try next()
        return try read(type, reader)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next()
        return try BinaryDecoding(reader).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try next()
        return try BinaryDecoding(reader).unkeyedContainer()
    }
    mutating func superDecoder() throws -> Decoder {
        try next()
        return BinaryDecoding(reader)
    }
}

private struct SingleDecoding: SingleValueDecodingContainer {
    let reader: BinaryCoder.Reader
    var codingPath: [CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try read(type, reader) }
    func decode(_ type: Bool.Type) throws -> Bool { try read(type, reader) }
    func decode(_ type: String.Type) throws -> String { try read(type, reader) }
    func decode(_ type: Double.Type) throws -> Double { try read(type, reader) }
    func decode(_ type: Float.Type) throws -> Float { try read(type, reader) }
    func decode(_ type: Int.Type) throws -> Int { try read(type, reader) }
    func decode(_ type: Int8.Type) throws -> Int8 { try read(type, reader) }
    func decode(_ type: Int16.Type) throws -> Int16 { try read(type, reader) }
    func decode(_ type: Int32.Type) throws -> Int32 { try read(type, reader) }
    func decode(_ type: Int64.Type) throws -> Int64 { try read(type, reader) }
    func decode(_ type: UInt.Type) throws -> UInt { try read(type, reader) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try read(type, reader) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try read(type, reader) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try read(type, reader) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try read(type, reader) }
}
