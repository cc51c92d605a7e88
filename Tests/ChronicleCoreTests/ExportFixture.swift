@testable import ChronicleCore

/// A small chronology built by hand (no pipeline), with hostile text in it: an escape
/// sequence, Markdown and HTML, a spreadsheet formula, quotes and commas.
enum ExportFixture {
    static let textA = "Envoys met at the palace on Tuesday, “calmly”.\nThe talks \u{1B}[31mended, officials said."
    static let textB = "=HYPERLINK(\"http://evil\") [link](http://x) <b>port</b> closed in December.\r\n"

    static func chronology() -> Chronology {
        var a = Document(id: "a", file: "a.txt", utf8: Array(textA.utf8),
                         metadata: DocumentMetadata(title: "Harbour \"talks\" | end", outlet: "The Gazette",
                                                    author: "Ines Varga", published: "2025-12-03"))
        a.creationDate = CreationDate(date: CalendarDate(year: 2025, month: 12, day: 3), source: .metadata)
        let b = Document(id: "b", file: "notes/b.md", utf8: Array(textB.utf8))

        let passageA = ByteRange(0, 50)   // "Envoys ... “calmly”."
        let passageA2 = ByteRange(51, Array(textA.utf8).count)
        let passageB = ByteRange(0, Array(textB.utf8).count - 2)
        let tuesday = TimeExpression(range: ByteRange(25, 35), text: "on Tuesday", type: .date,
                                     value: "2025-12-02", granularity: .day)
        let december = TimeExpression(range: ByteRange(passageB.end - 12, passageB.end - 1), text: "in December",
                                      type: .date, value: "2025-12", granularity: .month)
        let ruiz = ActorRef(name: "Ana Ruiz", kind: .person)
        let tarvo = ActorRef(name: "Tarvo", kind: .place)
        let entries = [
            Entry(id: 1, date: TimeValue("2025-12")!, kind: .other, summary: "The port closed, = \"shut\"",
                  actors: [tarvo],
                  sources: [Source(documentID: "b", file: "notes/b.md", passage: passageB, timex: december,
                                   claimBy: nil, summary: "port closed")]),
            Entry(id: 2, date: TimeValue("2025-12-02")!, kind: .talks, summary: "Envoys met at the palace",
                  actors: [ruiz, tarvo],
                  sources: [
                    Source(documentID: "a", file: "a.txt", passage: passageA, timex: tuesday,
                           claimBy: "the ministry", summary: "Envoys met"),
                    // No time of its own: it continues the clause before.
                    Source(documentID: "a", file: "a.txt", passage: passageA2, timex: nil,
                           claimBy: "officials \u{1B}]0;x\u{07}", summary: "talks ended",
                           basis: .context, datedBy: passageA),
                  ]),
            Entry(id: 3, date: TimeValue("2025-12-02")!, kind: .statement, summary: "Officials spoke",
                  actors: [], sources: []),
        ]
        let actors = [
            Actor(name: "Ana Ruiz", kind: .person, aliases: ["Ana Ruiz", "Ruiz"], mentions: 3),
            Actor(name: "Tarvo", kind: .place, aliases: ["Tarvo"], mentions: 2),
        ]
        return Chronology(root: "news", documents: [a, b], entries: entries, actors: actors, warnings: [])
    }

    /// Control characters other than line feed (and the CR of CSV's CRLF).
    static func controlScalars(_ s: String, allowCR: Bool = false) -> [Unicode.Scalar] {
        s.unicodeScalars.filter {
            let v = $0.value
            if v == 0x0A || (allowCR && v == 0x0D) { return false }
            return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
        }
    }
}
