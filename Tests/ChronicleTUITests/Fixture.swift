import ChronicleCore
@testable import ChronicleTUI

/// A small hand-made chronology: two articles, entries over two years, three actors.
enum Fixture {
    static let textA = """
    Harbour talks resume
    On 3 March 2024 the mayor of Lindenport met dock workers in the town hall.
    The union said in April 2024 that the strike would end.
    Officials signed the harbour accord on 9 May 2024 after long talks.
    """
    static let textB = """
    Storm season
    Rain closed the ferry to Osterby on 9 May 2024, the coast guard said.
    In 2025 the council plans a new sea wall.
    """

    static func range(of needle: String, in text: String) -> ByteRange {
        let bytes = Array(text.utf8), n = Array(needle.utf8)
        for i in 0...(bytes.count - n.count) where Array(bytes[i..<(i + n.count)]) == n {
            return ByteRange(i, i + n.count)
        }
        fatalError("\(needle) not in fixture text")
    }

    static func line(containing needle: String, in text: String) -> ByteRange {
        let r = range(of: needle, in: text)
        let bytes = Array(text.utf8)
        var s = r.start, e = r.end
        while s > 0, bytes[s - 1] != 10 { s -= 1 }
        while e < bytes.count, bytes[e] != 10 { e += 1 }
        return ByteRange(s, e)
    }

    static func source(_ doc: String, _ text: String, timex: String, value: String, claim: String? = nil) -> Source {
        let t = range(of: timex, in: text)
        return Source(documentID: doc, file: "\(doc).txt", passage: line(containing: timex, in: text),
                      timex: TimeExpression(range: t, text: timex, type: .date, value: value,
                                            granularity: TimeValue(value)?.granularity),
                      claimBy: claim, summary: "")
    }

    static let mayor = ActorRef(name: "Anna Berg", kind: .person)
    static let town = ActorRef(name: "Lindenport", kind: .place)
    static let union = ActorRef(name: "Dock Workers Union", kind: .organization)
    static let osterby = ActorRef(name: "Osterby", kind: .place)

    static func chronology() -> Chronology {
        let docs = [
            Document(id: "a", file: "a.txt", utf8: Array(textA.utf8),
                     creationDate: CreationDate(date: CalendarDate(year: 2024, month: 5, day: 10), source: .metadata)),
            Document(id: "b", file: "b.txt", utf8: Array(textB.utf8)),
        ]
        let entries = [
            Entry(id: 1, date: TimeValue("2024-03-03")!, kind: .talks,
                  summary: "The mayor of Lindenport met dock workers", actors: [mayor, town],
                  sources: [source("a", textA, timex: "3 March 2024", value: "2024-03-03")]),
            Entry(id: 2, date: TimeValue("2024-04")!, kind: .statement,
                  summary: "The union said the strike would end", actors: [union],
                  sources: [source("a", textA, timex: "April 2024", value: "2024-04", claim: "Dock Workers Union")]),
            Entry(id: 3, date: TimeValue("2024-05-09")!, kind: .politics,
                  summary: "Officials signed the harbour accord", actors: [town, union],
                  sources: [source("a", textA, timex: "9 May 2024", value: "2024-05-09")]),
            Entry(id: 4, date: TimeValue("2024-05-09")!, kind: .other,
                  summary: "Rain closed the ferry to Osterby", actors: [osterby],
                  sources: [source("b", textB, timex: "9 May 2024", value: "2024-05-09", claim: "coast guard"),
                            source("a", textA, timex: "9 May 2024", value: "2024-05-09")]),
            Entry(id: 5, date: TimeValue("2025")!, kind: .plan,
                  summary: "The council plans a new sea wall", actors: [],
                  sources: [source("b", textB, timex: "2025", value: "2025")]),
        ]
        let actors = [
            Actor(name: "Anna Berg", kind: .person, aliases: ["Berg", "the mayor"]),
            Actor(name: "Lindenport", kind: .place, aliases: ["Lindenport"]),
            Actor(name: "Dock Workers Union", kind: .organization, aliases: ["the union"]),
            Actor(name: "Osterby", kind: .place, aliases: []),
        ]
        return Chronology(root: "news", documents: docs, entries: entries, actors: actors, warnings: [])
    }

    static func state(rows: Int = 24, cols: Int = 80) -> AppState {
        var s = AppState(chronology: chronology(), size: TerminalSize(rows: rows, cols: cols))
        _ = Reducer.reduce(&s, .resize(TerminalSize(rows: rows, cols: cols)))
        return s
    }
}

extension AppState {
    /// Feeds keys as the run loop would; returns the effects.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for k in keys {
            if let a = Action.from(k, in: context) { effects += Reducer.reduce(&self, a) }
        }
        return effects
    }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        var effects: [Effect] = []
        for ch in text {
            if let a = Action.from(.char(ch), in: context) { effects += Reducer.reduce(&self, a) }
        }
        return effects
    }

    var screen: Screen { Renderer.render(self) }
}
