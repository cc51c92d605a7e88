/// A stored type that writes and reads its own fields, in `BinaryCoder`'s form (numbers,
/// shared strings, presence bytes), without going through Codable's containers: the
/// types an index holds by the hundred thousand (entries, sources, mentions, events) read
/// back several times faster this way. `BinaryCoder` takes this path for them wherever
/// they sit in a Codable value.
///
/// `init(from:)` calls the type's initializer of every field, or sets every field, so that
/// a field added to the type without a default does not compile until it is stored too; a
/// field added with a default must be added here as well, and `IndexFormat.version` raised.
protocol BinaryStorable {
    func write(to writer: BinaryCoder.Writer)
    init(from reader: BinaryCoder.Reader) throws
}

extension Array: BinaryStorable where Element: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.list(self) { $0.write(to: writer) }
    }

    init(from reader: BinaryCoder.Reader) throws {
        self = try reader.list { try Element(from: reader) }
    }
}

extension Int: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) { writer.integer(self) }

    init(from reader: BinaryCoder.Reader) throws { self = try reader.integer() }
}

extension BinaryCoder.Writer {
    /// A count, then each element as `write` writes it.
    func list<T>(_ values: [T], _ write: (T) -> Void) {
        unsigned(UInt64(values.count))
        for value in values { write(value) }
    }

    func optional<T>(_ value: T?, _ write: (T) -> Void) {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        write(value)
    }

    func integer(_ value: Int) { signed(Int64(value)) }

    func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A case as its position among `cases`.
    func choice<E: Equatable>(_ value: E, of cases: [E]) {
        bytes.append(UInt8(cases.firstIndex(of: value)!))
    }
}

extension BinaryCoder.Reader {
    /// A count, then that many elements as `read` reads them.
    func list<T>(_ read: () throws -> T) throws -> [T] {
        let count = Int(try unsigned())
        // Every element takes at least a byte: a count beyond the blob is a corrupt one.
        guard count <= bytes.count - position else {
            throw BinaryCoder.Unsupported(description: "a list longer than its blob")
        }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read()) }
        return values
    }

    func optional<T>(_ read: () throws -> T) throws -> T? {
        try byte() == 0 ? nil : read()
    }

    func integer() throws -> Int { try integer(Int.self) }

    func flag() throws -> Bool { try byte() != 0 }

    func choice<E>(of cases: [E]) throws -> E {
        let n = Int(try byte())
        guard n < cases.count else { throw BinaryCoder.Unsupported(description: "an unknown case") }
        return cases[n]
    }
}
