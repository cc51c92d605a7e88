/// A document's mentions as a record's head stores them: every build reads the mentions
/// of every article (a few million in a large corpus), so they are kept column by column
/// rather than mention by mention. The texts (and implied heads) come once each, in a
/// table; then each field is a column of numbers, all of one width, the narrowest its
/// largest value fits (1, 2, 4 or 8 bytes, little-endian). A column reads back in one
/// pass of fixed-width loads, with no per-field decisions, and the texts a document
/// repeats are read and allocated once.
enum MentionColumns {
    /// The number columns, in their stored order.
    private enum Column: Int, CaseIterable {
        case start, length, text, head, kind, entry, words, link
    }

    /// A kind's code: 0 for none, else one plus its position among the cases; doubled,
    /// plus one when the kind was guessed.
    private static let kinds = ActorKind.allCases

    static func write(_ mentions: [ActorMention], to writer: BinaryCoder.Writer) {
        var table: [String] = []
        var number: [String: Int] = [:]
        func code(_ text: String) -> UInt64 {
            if let n = number[text] { return UInt64(n) }
            number[text] = table.count
            table.append(text)
            return UInt64(table.count - 1)
        }
        var columns = [[UInt64]](repeating: [], count: Column.allCases.count)
        for k in columns.indices { columns[k].reserveCapacity(mentions.count) }
        for m in mentions {
            columns[Column.start.rawValue].append(UInt64(m.range.start))
            columns[Column.length.rawValue].append(UInt64(m.range.end - m.range.start))
            columns[Column.text.rawValue].append(code(m.text))
            columns[Column.head.rawValue].append(m.impliedHead.map { code($0) + 1 } ?? 0)
            let kind = m.kind.map { UInt64(kinds.firstIndex(of: $0)! + 1) } ?? 0
            columns[Column.kind.rawValue].append(2 * kind + (m.guessed ? 1 : 0))
            columns[Column.entry.rawValue].append(m.gazetteerEntry.map { UInt64($0) + 1 } ?? 0)
            columns[Column.words.rawValue].append(UInt64(m.wordCount))
            columns[Column.link.rawValue].append(m.linkedTo.map { UInt64($0) + 1 } ?? 0)
        }
        writer.unsigned(UInt64(mentions.count))
        writer.unsigned(UInt64(table.count))
        for text in table { writer.string(text) }
        for column in columns {
            let largest = column.max() ?? 0
            let width = largest <= 0xFF ? 1 : largest <= 0xFFFF ? 2 : largest <= 0xFFFF_FFFF ? 4 : 8
            writer.bytes.append(UInt8(width))
            writer.bytes.reserveCapacity(writer.bytes.count + width * column.count)
            for value in column {
                for b in 0..<width { writer.bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(b)))) }
            }
        }
    }

    static func read(from reader: BinaryCoder.Reader) throws -> [ActorMention] {
        let count = Int(try reader.unsigned())
        let tableCount = Int(try reader.unsigned())
        // Every mention and every text takes at least a byte: larger counts are a corrupt blob.
        guard count <= reader.bytes.count - reader.position, tableCount <= reader.bytes.count - reader.position else {
            throw BinaryCoder.Unsupported(description: "more mentions than their blob holds")
        }
        var table: [String] = []
        table.reserveCapacity(tableCount)
        for _ in 0..<tableCount { table.append(try reader.string()) }
        var columns: [Stored] = []
        for _ in Column.allCases {
            let width = Int(try reader.byte())
            guard width == 1 || width == 2 || width == 4 || width == 8,
                  width * count <= reader.bytes.count - reader.position else {
                throw BinaryCoder.Unsupported(description: "a column of mentions wider than its blob")
            }
            columns.append(Stored(offset: reader.position, width: width))
            reader.position += width * count
        }
        let starts = columns[Column.start.rawValue], lengths = columns[Column.length.rawValue]
        let texts = columns[Column.text.rawValue], heads = columns[Column.head.rawValue]
        let kindCodes = columns[Column.kind.rawValue], entries = columns[Column.entry.rawValue]
        let words = columns[Column.words.rawValue], links = columns[Column.link.rawValue]
        let textCount = UInt64(table.count)
        return try reader.bytes.withUnsafeBytes { raw -> [ActorMention] in
            var out: [ActorMention] = []
            out.reserveCapacity(count)
            for i in 0..<count {
                let start = starts.load(raw, i), length = lengths.load(raw, i)
                let text = texts.load(raw, i), head = heads.load(raw, i), kindCode = kindCodes.load(raw, i)
                let entry = entries.load(raw, i), wordCount = words.load(raw, i), link = links.load(raw, i)
                // Offsets fit an Int, the other numbers the 32 bits a mention keeps them in.
                guard start <= UInt64(Int.max) - length, text < textCount, head <= textCount,
                      kindCode / 2 <= UInt64(kinds.count), entry <= UInt64(Int32.max),
                      wordCount <= UInt64(Int32.max), link <= UInt64(Int32.max) else {
                    throw BinaryCoder.Unsupported(description: "a mention's number out of range")
                }
                var mention = ActorMention(range: ByteRange(Int(start), Int(start + length)), text: table[Int(text)],
                                           kind: kindCode < 2 ? nil : kinds[Int(kindCode / 2) - 1],
                                           gazetteerEntry: entry == 0 ? nil : Int(entry) - 1, wordCount: Int(wordCount),
                                           impliedHead: head == 0 ? nil : table[Int(head) - 1],
                                           linkedTo: link == 0 ? nil : Int(link) - 1)
                mention.guessed = kindCode & 1 == 1
                out.append(mention)
            }
            return out
        }
    }

    /// Where a column is in the blob, and its width.
    private struct Stored {
        var offset: Int
        var width: Int

        @inline(__always) func load(_ raw: UnsafeRawBufferPointer, _ i: Int) -> UInt64 {
            let at = offset + i * width
            switch width {
            case 1: return UInt64(raw[at])
            case 2: return UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt16.self)))
            case 4: return UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
            default: return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            }
        }
    }
}
