import Testing
import ChronicleCore
@testable import ChronicleTUI

/// Where the eye lands: the latest news on opening, a ruler that gives the dense span its
/// width, a focused detail pane only as tall as its entry.
@Suite struct OpeningViewTests {
    @Test func opensOnTheLatestEntryUpToTheNewestArticleWithEarlierOnesAbove() {
        var s = Fixture.state(rows: 12, cols: 40)
        s.openOnLatestNews()
        // Article a was published 2024-05-10: the last entry on or before it is the
        // ferry (9 May); the 2025 plan comes after.
        #expect(s.selectedEntry?.id == 4)
        let list = Array(s.screen.lines[s.layout.list])
        #expect(list.last?.contains("Rain closed") == true)
        #expect(list.first?.contains("April 2024") == true)
    }

    @Test func withoutACreationDateTheFirstEntryStaysSelected() {
        var c = Fixture.chronology()
        for i in c.documents.indices { c.documents[i].creationDate = nil }
        var s = AppState(chronology: c, size: TerminalSize(rows: 24, cols: 80))
        s.openOnLatestNews()
        #expect(s.selectedEntry?.id == 1)
    }

    @Test func aPublicationBeforeEveryEntryOpensOnTheFirst() {
        var c = Fixture.chronology()
        c.documents[0].creationDate = CreationDate(date: CalendarDate(year: 2020, month: 1, day: 1), source: .metadata)
        var s = AppState(chronology: c, size: TerminalSize(rows: 24, cols: 80))
        s.openOnLatestNews()
        #expect(s.selectedEntry?.id == 1)
    }

    /// Twenty entries a few days apart in 2024, and one stray at each end.
    private func strayChronology() -> Chronology {
        var c = Fixture.chronology()
        let one = c.entries[0]
        var entries: [Entry] = []
        var e = one
        e.date = TimeValue("1943")!
        entries.append(e)
        for k in 0..<20 {
            e = one
            e.date = TimeValue(day: CalendarDate(year: 2024, month: 3, day: 1).adding(days: k * 9))
            entries.append(e)
        }
        e = one
        e.date = TimeValue("2100")!
        entries.append(e)
        for i in entries.indices { entries[i].id = i + 1 }
        c.entries = entries
        return c
    }

    @Test func theRulerGivesTheDenseSpanItsWidthAndCompressesStrays() {
        var s = AppState(chronology: strayChronology(), size: TerminalSize(rows: 24, cols: 80))
        let ruler = s.screen.lines[1]
        #expect(ruler.hasPrefix(" 1943 ◂ Mar 2024 "), "\(ruler)")
        #expect(ruler.hasSuffix(" Aug 2024 ▸ 2100"), "\(ruler)")
        // The dense span is spread out: most cells of the strip hold an entry.
        let strip = ruler.split(separator: " ").first { $0.count > 20 } ?? ""
        #expect(strip.filter { $0 != "·" }.count >= strip.count / 3, "\(ruler)")
        // On a stray, its arrow is the ruler's cursor.
        let arrow = TextWidth.width(String(ruler.prefix(upTo: ruler.firstIndex(of: "◂")!)))
        #expect(s.screen.styles(row: 1)[arrow] == .rulerCursor)
        s.press(.char("G"))
        let end = TextWidth.width(String(ruler.prefix(upTo: ruler.firstIndex(of: "▸")!)))
        #expect(s.screen.styles(row: 1)[end] == .rulerCursor)
    }

    @Test func anEvenSpreadHasNoStrays() {
        var c = strayChronology()
        c.entries.removeFirst()
        c.entries.removeLast()
        let ruler = AppState(chronology: c, size: TerminalSize(rows: 24, cols: 80)).screen.lines[1]
        #expect(!ruler.contains("◂") && !ruler.contains("▸"), "\(ruler)")
        #expect(ruler.hasPrefix(" Mar 2024 "))
    }

    @Test func theFocusedDetailPaneTakesTheHeightItsEntryNeeds() {
        var s = Fixture.state(rows: 50, cols: 200)
        s.press(.tab)
        let layout = s.layout
        let needed = DetailContent(entry: s.selectedEntry!, chronology: s.chronology, width: 198,
                                   selectedSource: 0).lines.count
        #expect(layout.detail.count == needed)
        // The timeline keeps the rest, cursor row shown.
        #expect(layout.list.count == 47 - 1 - needed)
        #expect(s.screen.lines[layout.list].contains { $0.contains("The mayor of Lindenport met") })
        #expect(s.screen.lines[layout.detail.upperBound - 1].trimmingCharacters(in: .whitespaces).isEmpty == false)
    }

    @Test func aLongDetailStopsAtItsLimitAndTheListKeepsAQuarter() {
        var c = Fixture.chronology()
        c.entries[0].sources = Array(repeating: c.entries[0].sources[0], count: 30)
        var s = AppState(chronology: c, size: TerminalSize(rows: 40, cols: 80))
        s.press(.tab)
        let body = 40 - 3
        #expect(s.layout.list.count == max(3, body / 4))
        #expect(s.layout.detail.count == body - 1 - s.layout.list.count)
    }
}
