import Testing
import ChronicleCore
@testable import ChronicleTUI

@Suite struct ReaderReducerTests {
    @Test func enterOpensTheArticleAtThePassageHighlighted() {
        var s = Fixture.state(rows: 14, cols: 60)
        s.press(.char("j"), .char("j"))  // entry 3, source a.txt, "9 May 2024"
        s.press(.enter)
        guard let r = s.reader, let layout = r.layout else { Issue.record("reader not open"); return }
        #expect(r.entry == 2)
        let screen = s.screen
        let passageRow = screen.lines.indices.first { $0 >= 2 && screen.lines[$0].contains("Officials signed") }
        #expect(passageRow != nil)
        if let row = passageRow {
            #expect(screen.styles(row: row).contains(.passage))
            #expect(screen.styles(row: row).contains(.timex))
        }
        #expect(layout.lines.count > 3)
        #expect(screen.lines[0].contains("a.txt"))
    }

    @Test func sourcesStepWithNWithoutSearchAndBracketsAlways() {
        var s = Fixture.state()
        s.press(.char("j"), .char("j"), .char("j"))  // entry 4, two sources
        s.press(.enter)
        #expect(s.reader?.source == 0)
        #expect(s.screen.lines[0].contains("b.txt"))
        s.press(.char("n"))
        #expect(s.reader?.source == 1)
        #expect(s.screen.lines[0].contains("a.txt"))
        s.press(.char("n"))
        #expect(s.reader?.source == 0)
        s.press(.char("["))
        #expect(s.reader?.source == 1)
    }

    @Test func searchInsideTheArticleHighlightsAndSteps() {
        var s = Fixture.state(rows: 14, cols: 60)
        s.press(.enter)
        s.press(.char("/"))
        s.type("talks")
        s.press(.enter)
        guard let r = s.reader else { Issue.record("reader closed"); return }
        // "Harbour talks resume" and "after long talks."
        #expect(r.matches.count == 2)
        #expect(s.status?.text.hasPrefix("Match") == true)
        let matchRows = (0..<s.screen.height).filter { s.screen.styles(row: $0).contains(.match) }
        #expect(!matchRows.isEmpty)
        let before = r.currentMatch
        let current = (0..<s.screen.height).filter { s.screen.styles(row: $0).contains(.currentMatch) }
        #expect(current.count == 1)
        s.press(.char("n"))
        #expect(s.reader?.currentMatch != before)
        #expect(s.reader?.source == 0)
    }

    @Test func backReturnsToTheSamePlace() {
        var s = Fixture.state(rows: 12, cols: 40)
        s.press(.char("j"), .char("j"), .char("j"))
        let cursor = s.cursor, scroll = s.scroll
        s.press(.enter, .pageDown, .char("q"))
        #expect(s.reader == nil)
        #expect(s.cursor == cursor)
        #expect(s.scroll == scroll)
        #expect(!s.shouldQuit)
        s.press(.enter, .escape)
        #expect(s.reader == nil)
    }

    @Test func readerReflowsOnResize() {
        var s = Fixture.state(rows: 20, cols: 80)
        s.press(.enter)
        let wide = s.reader?.layout?.lines.count ?? 0
        _ = Reducer.reduce(&s, .resize(TerminalSize(rows: 12, cols: 40)))
        let narrow = s.reader?.layout?.lines.count ?? 0
        #expect(narrow > wide)
        #expect(s.screen.lines.allSatisfy { TextWidth.width($0) <= 40 })
    }

    @Test func detailFocusStepsSourcesAndOpensTheChosenOne() {
        var s = Fixture.state()
        s.press(.char("j"), .char("j"), .char("j"))
        s.press(.tab)
        #expect(s.context == .detail)
        s.press(.char("n"))
        #expect(s.detailSource == 1)
        s.press(.enter)
        #expect(s.reader?.source == 1)
        s.press(.escape)
        #expect(s.context == .detail)
        s.press(.tab)
        #expect(s.context == .timeline)
    }
}
