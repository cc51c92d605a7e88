import ChronicleCore
import ChronicleTUI
import Foundation

/// The browser's two big cases: one entry with 15,000 sources (moving onto it, Tab, its
/// detail scrolled) and the reader on a 20 MB article of one line. Each key is a reduce
/// and a full render into the in-memory screen, as in `runBrowserBench`.
func runBigEntryBench() {
    let size = TerminalSize(rows: 50, cols: 160)

    let crowded = BigEntryData.crowdedEntry(sources: 15_000)
    var state = AppState(chronology: crowded, size: size)
    let first = seconds {
        state = AppState(chronology: crowded, size: size)
        _ = Reducer.reduce(&state, .resize(size))
        _ = Renderer.render(state)
    }
    print("browser, one entry with 15,000 sources (\(size.cols)x\(size.rows))")
    print("  first frame      \(formatted(first * 1000, 2)) ms")
    let keys: [Key] = [.char("G"), .char("k"), .char("j"), .tab] + Array(repeating: .char("j"), count: 20)
        + Array(repeating: .pageDown, count: 10) + [.char("G"), .char("g")] + Array(repeating: .char("n"), count: 5)
        + [.char("G"), .char("N"), .tab, .char("k"), .char("j"), .enter, .pageDown, .char("]"), .escape]
    printLatencies("moving, Tab, scrolling", measureKeys(&state, keys))

    let article = BigEntryData.oneLineArticle(bytes: 20_000_000)
    var reader = AppState(chronology: article, size: size)
    _ = Reducer.reduce(&reader, .resize(size))
    let open = seconds {
        if let a = Action.from(.enter, in: reader.context) { _ = Reducer.reduce(&reader, a) }
        _ = Renderer.render(reader)
    }
    print("reader, one article of 20 MB on one line")
    print("  first frame      \(formatted(open * 1000, 2)) ms (Enter opens it)")
    let readerKeys: [Key] = Array(repeating: .char("j"), count: 20) + Array(repeating: .pageDown, count: 10)
        + [.char("k"), .pageUp, .char("G"), .char("g"), .ctrl("d"), .ctrl("u")]
    printLatencies("scrolling", measureKeys(&reader, readerKeys))
}

enum BigEntryData {
    /// A few ordinary entries, then one cited by `sources` passages over 200 articles.
    static func crowdedEntry(sources count: Int) -> Chronology {
        var documents: [Document] = []
        for d in 0..<200 {
            var text = "Report \(d)\n\n"
            for s in 0..<80 {
                text += "On the \(s + 1)th day the harbour council met the envoys in the capital, a spokesman said.\n"
            }
            documents.append(Document(id: "doc\(d)", file: "doc\(d).txt", utf8: Array(text.utf8)))
        }
        func source(_ k: Int) -> Source {
            let doc = documents[k % documents.count]
            let offset = bodyLineStart(doc, line: k % 80)
            let passage = ByteRange(offset, min(doc.utf8.count, offset + 88))
            let timex = TimeExpression(range: ByteRange(offset + 3, offset + 16), text: "the day", type: .date,
                                       value: "2024-05-09", granularity: .day)
            return Source(documentID: doc.id, file: doc.file, passage: passage, timex: timex,
                          claimBy: k % 7 == 0 ? "a spokesman" : nil, summary: "The council met")
        }
        var entries: [Entry] = []
        let council = ActorRef(name: "Harbour Council", kind: .organization)
        for i in 0..<40 {
            let day = CalendarDate(year: 2024, month: 3, day: 1).adding(days: i)
            entries.append(Entry(id: i + 1, date: TimeValue(day: day), kind: .talks, summary: "The council met, day \(i)",
                                 actors: [council], sources: [source(i)]))
        }
        entries.append(Entry(id: 41, date: TimeValue("2024-05-09")!, kind: .talks, summary: "The council met the envoys",
                             actors: [council], sources: (0..<count).map(source)))
        return Chronology(root: "synthetic", documents: documents, entries: entries,
                          actors: [Actor(name: council.name, kind: .organization, aliases: [])], warnings: [])
    }

    /// One article of about `bytes` bytes and no line break, one entry citing its middle.
    static func oneLineArticle(bytes: Int) -> Chronology {
        let sentence = Array("The harbour council met the envoys in the capital on the ninth, a spokesman said. ".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes + sentence.count)
        while text.count < bytes { text += sentence }
        let doc = Document(id: "long", file: "long.txt", utf8: text)
        let middle = (text.count / 2 / sentence.count) * sentence.count
        let passage = ByteRange(middle, middle + sentence.count - 1)
        let timex = TimeExpression(range: ByteRange(middle + 56, middle + 66), text: "the ninth", type: .date,
                                   value: "2024-05-09", granularity: .day)
        let entry = Entry(id: 1, date: TimeValue("2024-05-09")!, kind: .talks, summary: "The council met the envoys",
                          actors: [], sources: [Source(documentID: "long", file: "long.txt", passage: passage,
                                                       timex: timex, claimBy: nil, summary: "The council met")])
        return Chronology(root: "synthetic", documents: [doc], entries: [entry], actors: [], warnings: [])
    }
}
