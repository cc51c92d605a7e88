import Testing
import ChronicleCore
@testable import ChronicleTUI

@Suite struct ExportReducerTests {
    @Test func rangeExportOffersADefaultNameAndAsksForTheRange() {
        var s = Fixture.state()
        s.press(.char("j"), .char("v"), .char("j"), .char("j"))
        #expect(s.range == 1...3)
        s.press(.char("e"))
        guard case .prompt(let p) = s.overlay else { Issue.record("no prompt"); return }
        #expect(p.text == "chronicle_2024-04-01_2024-05-09.md")
        let effects = s.press(.enter)
        #expect(effects == [.export(entries: [1, 2, 3], path: "chronicle_2024-04-01_2024-05-09.md", overwrite: false)])
    }

    @Test func withoutRangeTheFilteredViewIsExported() {
        var s = Fixture.state()
        s.press(.char("j"), .char("f"), .char("e"))
        s.press(.ctrl("u"))
        s.type("out.csv")
        let effects = s.press(.enter)
        #expect(effects == [.export(entries: [1, 2], path: "out.csv", overwrite: false)])
    }

    @Test func existingFileIsOverwrittenOnlyAfterYes() {
        var s = Fixture.state()
        s.press(.char("e"))
        _ = s.press(.enter)
        _ = Reducer.reduce(&s, .exportTargetExists(path: "x.md"))
        guard case .prompt(let p) = s.overlay else { Issue.record("no question"); return }
        #expect(p.label.contains("Overwrite"))
        #expect(s.type("n").isEmpty)
        #expect(s.overlay == nil)
        _ = Reducer.reduce(&s, .exportTargetExists(path: "x.md"))
        #expect(s.type("y") == [.export(entries: [0, 1, 2, 3, 4], path: "x.md", overwrite: true)])
    }

    @Test func outcomeShowsInTheStatusLine() {
        var s = Fixture.state()
        s.press(.char("v"))
        _ = Reducer.reduce(&s, .exported(path: "/tmp/x.md", count: 3))
        #expect(s.rangeAnchor == nil)
        #expect(s.screen.lines.last?.contains("Wrote 3 entries to /tmp/x.md") == true)
        _ = Reducer.reduce(&s, .exportFailed("disk full"))
        #expect(s.status?.isError == true)
        #expect(s.screen.lines.last?.contains("Export failed: disk full") == true)
    }

    @Test func emptyFileNameExportsNothing() {
        var s = Fixture.state()
        s.press(.char("e"), .ctrl("u"))
        #expect(s.press(.enter).isEmpty)
        #expect(s.status?.isError == true)
    }
}

/// The browser's export states the range, the filters and the pattern it was made with.
@Suite struct BrowserExportQueryTests {
    @Test func theQueryReachesTheWriterWithRangeAndPattern() {
        var queries: [ExportQuery] = []
        let keys: [Key] = [.char("&")] + "the".map { .char($0) } + [.enter, .char("K"), .char("c")]
            + [.char("&")] + "the".map { .char($0) } + [.enter, .char("g"), .char("v"), .char("j"), .char("e"), .ctrl("u")]
            + "out.md".map { .char($0) } + [.enter]
        let term = MemoryTerminal(size: TerminalSize(rows: 12, cols: 60), script: keys.map { .key($0) })
        _ = Browser.run(Fixture.state(rows: 12, cols: 60), on: term) { entries, _, _, _, query in
            queries.append(query)
            return .exported(path: "out.md", count: entries.count)
        }
        let q = queries.first
        #expect(q?.corpus == "news")
        #expect(q?.pattern == "the")
        #expect(q?.range == 1...2)
        #expect(q?.shown == 5)
        #expect(q?.filterWords == "matching “the”")
    }
}
