// What the index keeps of each document, as it stores it (see `BinaryStorable`): read
// for every document whenever the index is opened.

extension LoadWarning: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.string(file)
        writer.string(message)
    }

    init(from reader: BinaryCoder.Reader) throws {
        self.init(file: try reader.string(), message: try reader.string())
    }
}

extension DocumentMetadata: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        for field in [title, outlet, author, published, url, note] { writer.optional(field) { writer.string($0) } }
    }

    init(from reader: BinaryCoder.Reader) throws {
        func field() throws -> String? { try reader.optional { try reader.string() } }
        self.init(title: try field(), outlet: try field(), author: try field(), published: try field(), url: try field(),
                  note: try field())
    }
}

extension CreationDate: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        date.write(to: writer)
        writer.string(source.rawValue)
        writer.string(evidence)
    }

    init(from reader: BinaryCoder.Reader) throws {
        let date = try CalendarDate(from: reader)
        guard let source = Source(rawValue: try reader.string()) else {
            throw BinaryCoder.Unsupported(description: "an unknown source of a creation date")
        }
        self.init(date: date, source: source, evidence: try reader.string())
    }
}

extension StoredDocument: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.string(id)
        writer.string(file)
        metadata.write(to: writer)
        writer.optional(creationDate) { $0.write(to: writer) }
        writer.string(title)
    }

    init(from reader: BinaryCoder.Reader) throws {
        id = try reader.string()
        file = try reader.string()
        metadata = try DocumentMetadata(from: reader)
        creationDate = try reader.optional { try CreationDate(from: reader) }
        title = try reader.string()
    }
}

extension DocumentRecord.Head: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.optional(document) { $0.write(to: writer) }
        loadWarnings.write(to: writer)
        writer.optional(analysisWarning) { $0.write(to: writer) }
        MentionColumns.write(mentions, to: writer)
        writer.optional(actorsDigest) { writer.string($0) }
        coarseYears.write(to: writer)
        years.write(to: writer)
    }

    init(from reader: BinaryCoder.Reader) throws {
        document = try reader.optional { try StoredDocument(from: reader) }
        loadWarnings = try [LoadWarning](from: reader)
        analysisWarning = try reader.optional { try LoadWarning(from: reader) }
        mentions = try MentionColumns.read(from: reader)
        actorsDigest = try reader.optional { try reader.string() }
        coarseYears = try [Int](from: reader)
        years = try [Int](from: reader)
    }
}
