import ChronicleCore
import ChronicleTUI
import Foundation

/// Issue figure: the browser on a synthetic chronology of 100,000 entries, rendered into
/// the in-memory screen: time to the first frame, then the latency of single keystrokes
/// (each one reduce + a full render), against the 100 ms and 16 ms targets.
func runBrowserBench(entries count: Int = 100_000) {
    let chronology = BrowserBenchData.chronology(entries: count)
    let size = TerminalSize(rows: 50, cols: 160)
    var state = AppState(chronology: chronology, size: size)
    // Best of five: the machine may be busy with other work; the best run is the cost.
    var firstFrame = Double.infinity, indexing = Double.infinity, searchBuffer = Double.infinity
    for _ in 0..<5 {
        firstFrame = min(firstFrame, seconds {
            state = AppState(chronology: chronology, size: size)
            _ = Reducer.reduce(&state, .resize(size))
            _ = Renderer.render(state)
        })
        indexing = min(indexing, seconds { _ = TimelineIndex(chronology.entries) })
        searchBuffer = min(searchBuffer, seconds { _ = SummaryHaystack(chronology.entries) })
    }
    let idle = seconds { _ = Reducer.reduce(&state, .idle) }
    print("browser (\(count) entries, \(size.cols)x\(size.rows), in-memory screen)")
    print("  first frame      \(formatted(firstFrame * 1000, 2)) ms (target 100; best of 5), of which index "
          + "\(formatted(indexing * 1000, 2)) ms")
    print("  idle after it    \(formatted(idle * 1000, 2)) ms (search buffer \(formatted(searchBuffer * 1000, 2)) ms at best, "
          + "built while no key is pressed)")

    func keystrokes(_ label: String, _ keys: [Key]) {
        printLatencies(label, measureKeys(&state, keys), pad: 16)
    }

    keystrokes("scroll j/k", Array(repeating: Key.char("j"), count: 500) + Array(repeating: .char("k"), count: 200))
    keystrokes("page PgDn/PgUp", Array(repeating: Key.pageDown, count: 200) + Array(repeating: .pageUp, count: 100))
    keystrokes("jump G/g", [.char("G"), .char("g"), .char("G"), .char("g")])
    keystrokes("actor filter f/c", Array([Key.char("f"), .char("j"), .char("c")].repeated(10)))
    keystrokes("actor picker", [.char("a")] + "wor".map { Key.char($0) } + [.char(" "), .down, .char(" "), .enter, .char("c")])
    keystrokes("kind filter K", Array([Key.char("K"), .char("K")].repeated(5)))
    keystrokes("search /", [.char("/")] + "harbour".map { Key.char($0) } + [.enter])
    keystrokes("search n/N", Array(repeating: Key.char("n"), count: 100) + Array(repeating: .char("N"), count: 50))
    keystrokes("rare search", [.char("/")] + "zzz-no-such".map { Key.char($0) } + [.enter])
    keystrokes("reader", [.escape, .enter, .pageDown, .char("n"), .char("q")])
}

private extension Array {
    func repeated(_ n: Int) -> [Element] { (0..<n).flatMap { _ in self } }
}

/// A made-up chronology shaped like a real one: dated entries over a decade, a few
/// hundred actors of each kind, one to three sources each in a set of articles.
enum BrowserBenchData {
    static func chronology(entries count: Int) -> Chronology {
        let words = ["harbour", "council", "ministry", "talks", "ceasefire", "border", "strike", "accord",
                     "election", "protest", "convoy", "summit", "envoy", "sanctions", "bridge", "grain"]
        var actorRefs: [ActorRef] = []
        for i in 0..<300 {
            let kind = ActorKind.allCases[i % 3]
            let name: String
            switch kind {
            case .person: name = "Person\(i) Surname\(i % 47)"
            case .place: name = "Place \(words[i % words.count].capitalized) \(i)"
            case .organization: name = "Org of \(words[(i * 7) % words.count]) \(i)"
            case .product: name = "Model \(i % 97)"
            }
            actorRefs.append(ActorRef(name: name, kind: kind))
        }
        let actors = actorRefs.map { Actor(name: $0.name, kind: $0.kind, aliases: [$0.name]) }
        var documents: [Document] = []
        for d in 0..<200 {
            var text = "Report \(d)\n\n"
            for s in 0..<60 {
                text += "On the \(s + 1)th day the \(words[(d + s) % words.count]) \(words[(d * 3 + s) % words.count]) "
                text += "was discussed by officials in the capital, a spokesman said.\n"
            }
            documents.append(Document(id: "doc\(d)", file: "doc\(d).txt", utf8: Array(text.utf8)))
        }
        let start = CalendarDate(year: 2016, month: 1, day: 1).dayNumber
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var rng = SystemRandomNumberGenerator()
        var days = (0..<count).map { _ in start + Int.random(in: 0..<3650, using: &rng) }
        days.sort()
        for i in 0..<count {
            let day = CalendarDate(dayNumber: days[i])
            let date = i % 17 == 0 ? TimeValue(String(day.iso.prefix(7)))! : TimeValue(day: day)
            let a = actorRefs[(i * 31) % actorRefs.count], b = actorRefs[(i * 17 + 5) % actorRefs.count]
            let summary = "The \(words[i % words.count]) \(words[(i / 3) % words.count]) of \(a.name) met \(b.name) over the \(words[(i / 7) % words.count])"
            var sources: [Source] = []
            for k in 0..<(1 + i % 3) {
                let doc = documents[(i + k * 13) % documents.count]
                let offset = bodyLineStart(doc, line: (i + k) % 60)
                let passage = ByteRange(offset, min(doc.utf8.count, offset + 60))
                let timex = TimeExpression(range: ByteRange(offset + 3, offset + 17), text: "the day", type: .date,
                                           value: date.value, granularity: date.granularity)
                sources.append(Source(documentID: doc.id, file: doc.file, passage: passage, timex: timex,
                                      claimBy: k == 1 ? b.name : nil, summary: summary))
            }
            entries.append(Entry(id: i + 1, date: date, kind: EventKind.allCases[i % EventKind.allCases.count],
                                 summary: summary, actors: [a, b], sources: sources))
        }
        entries.sort { $0.date < $1.date }
        for i in entries.indices { entries[i].id = i + 1 }
        return Chronology(root: "synthetic", documents: documents, entries: entries, actors: actors, warnings: [])
    }
}
