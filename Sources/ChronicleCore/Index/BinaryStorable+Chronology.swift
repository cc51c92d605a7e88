// The built chronology's value types as the index stores them (see `BinaryStorable`).

/// Cases in their declared order, made once rather than at every value.
private let granularities = Granularity.allCases
private let timexTypes = TimexType.allCases
private let actorKinds = ActorKind.allCases
private let eventKinds = EventKind.allCases
private let dateBases = DateBasis.allCases

extension ByteRange: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.integer(start)
        writer.integer(end - start)
    }

    init(from reader: BinaryCoder.Reader) throws {
        let start = try reader.integer(), length = try reader.integer()
        guard length >= 0 else { throw BinaryCoder.Unsupported(description: "a range ending before it starts") }
        self.init(start, start + length)
    }
}

extension CalendarDate: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.integer(year)
        writer.integer(month)
        writer.integer(day)
    }

    init(from reader: BinaryCoder.Reader) throws {
        self.init(year: try reader.integer(), month: try reader.integer(), day: try reader.integer())
    }
}

extension TimeValue: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.string(value)
        writer.choice(granularity, of: granularities)
        first.write(to: writer)
        last.write(to: writer)
    }

    init(from reader: BinaryCoder.Reader) throws {
        self.init(stored: try reader.string(), granularity: try reader.choice(of: granularities),
                  first: try CalendarDate(from: reader), last: try CalendarDate(from: reader))
    }
}

extension TimeExpression: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        range.write(to: writer)
        writer.string(text)
        writer.choice(type, of: timexTypes)
        writer.string(value)
        writer.optional(granularity) { writer.choice($0, of: granularities) }
    }

    init(from reader: BinaryCoder.Reader) throws {
        self.init(range: try ByteRange(from: reader), text: try reader.string(), type: try reader.choice(of: timexTypes),
                  value: try reader.string(), granularity: try reader.optional { try reader.choice(of: granularities) })
    }
}

extension ActorRef: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.string(name)
        writer.choice(kind, of: actorKinds)
        writer.optional(via) { writer.string($0) }
    }

    init(from reader: BinaryCoder.Reader) throws {
        self.init(name: try reader.string(), kind: try reader.choice(of: actorKinds),
                  via: try reader.optional { try reader.string() })
    }
}

extension Actor: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.string(name)
        writer.choice(kind, of: actorKinds)
        writer.list(aliases) { writer.string($0) }
        writer.integer(mentions)
    }

    init(from reader: BinaryCoder.Reader) throws {
        let name = try reader.string(), kind: ActorKind = try reader.choice(of: actorKinds)
        let aliases = try reader.list { try reader.string() }
        self.init(name: name, kind: kind, aliases: aliases, mentions: try reader.integer())
    }
}

extension Source: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.string(documentID)
        writer.string(file)
        passage.write(to: writer)
        writer.optional(timex) { $0.write(to: writer) }
        writer.choice(basis, of: dateBases)
        writer.optional(datedBy) { $0.write(to: writer) }
        writer.optional(claimBy) { writer.string($0) }
        writer.string(summary)
    }

    init(from reader: BinaryCoder.Reader) throws {
        let documentID = try reader.string(), file = try reader.string(), passage = try ByteRange(from: reader)
        let timex = try reader.optional { try TimeExpression(from: reader) }
        let basis: DateBasis = try reader.choice(of: dateBases)
        let datedBy = try reader.optional { try ByteRange(from: reader) }
        self.init(documentID: documentID, file: file, passage: passage, timex: timex,
                  claimBy: try reader.optional { try reader.string() }, summary: try reader.string(),
                  basis: basis, datedBy: datedBy)
    }
}

extension Entry: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.integer(id)
        date.write(to: writer)
        writer.choice(kind, of: eventKinds)
        writer.string(summary)
        actors.write(to: writer)
        sources.write(to: writer)
    }

    init(from reader: BinaryCoder.Reader) throws {
        self.init(id: try reader.integer(), date: try TimeValue(from: reader), kind: try reader.choice(of: eventKinds),
                  summary: try reader.string(), actors: try [ActorRef](from: reader), sources: try [Source](from: reader))
    }
}

extension ActorMention: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        range.write(to: writer)
        writer.string(text)
        writer.optional(kind) { writer.choice($0, of: actorKinds) }
        writer.optional(gazetteerEntry) { writer.integer($0) }
        writer.integer(wordCount)
        writer.optional(impliedHead) { writer.string($0) }
        writer.optional(linkedTo) { writer.integer($0) }
        writer.flag(guessed)
    }

    init(from reader: BinaryCoder.Reader) throws {
        self.init(range: try ByteRange(from: reader), text: try reader.string(),
                  kind: try reader.optional { try reader.choice(of: actorKinds) },
                  gazetteerEntry: try reader.optional { try reader.integer() }, wordCount: try reader.integer(),
                  impliedHead: try reader.optional { try reader.string() }, linkedTo: try reader.optional { try reader.integer() })
        guessed = try reader.flag()
    }
}

extension Event: BinaryStorable {
    func write(to writer: BinaryCoder.Writer) {
        writer.string(documentID)
        passage.write(to: writer)
        writer.optional(timex) { $0.write(to: writer) }
        date.write(to: writer)
        writer.choice(basis, of: dateBases)
        writer.optional(datedBy) { $0.write(to: writer) }
        writer.string(summary)
        actors.write(to: writer)
        writer.choice(kind, of: eventKinds)
        writer.optional(claimant) { writer.string($0) }
        writer.flag(refersBack)
    }

    init(from reader: BinaryCoder.Reader) throws {
        let documentID = try reader.string(), passage = try ByteRange(from: reader)
        let timex = try reader.optional { try TimeExpression(from: reader) }
        let date = try TimeValue(from: reader)
        let basis: DateBasis = try reader.choice(of: dateBases)
        let datedBy = try reader.optional { try ByteRange(from: reader) }
        let summary = try reader.string(), actors = try [ActorRef](from: reader)
        self.init(documentID: documentID, passage: passage, timex: timex, date: date, summary: summary, actors: actors,
                  kind: try reader.choice(of: eventKinds), claimant: try reader.optional { try reader.string() },
                  basis: basis, datedBy: datedBy, refersBack: try reader.flag())
    }
}
