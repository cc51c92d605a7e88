import Testing
import ChronicleCore
@testable import ChronicleTUI

@Suite struct TimelineReducerTests {
    @Test func movesWithVimKeysAndArrowsWithinBounds() {
        var s = Fixture.state()
        #expect(s.selectedEntry?.id == 1)
        s.press(.char("j"), .down)
        #expect(s.selectedEntry?.id == 3)
        s.press(.char("k"))
        #expect(s.selectedEntry?.id == 2)
        s.press(.up, .up, .up)
        #expect(s.selectedEntry?.id == 1)
        s.press(.char("G"))
        #expect(s.selectedEntry?.id == 5)
        s.press(.down)
        #expect(s.selectedEntry?.id == 5)
        s.press(.home)
        #expect(s.selectedEntry?.id == 1)
        s.press(.end)
        #expect(s.selectedEntry?.id == 5)
        s.press(.char("g"))
        #expect(s.selectedEntry?.id == 1)
    }

    @Test func pagingMovesByScreenRowsAndKeepsTheCursorOnScreen() {
        var s = Fixture.state(rows: 12, cols: 40)
        let height = s.layout.list.count
        s.press(.pageDown)
        let row = s.model.rowOfVisible[s.cursor]
        #expect(s.cursor > 0)
        #expect(row >= s.scroll && row < s.scroll + height)
        s.press(.pageUp, .pageUp)
        #expect(s.cursor == 0)
        s.press(.ctrl("d"))
        #expect(s.cursor > 0)
        s.press(.ctrl("u"))
        #expect(s.cursor == 0)
    }

    @Test func jumpsToADateAtEachPrecision() {
        var s = Fixture.state()
        s.press(.char(":"))
        s.type("2024-05")
        s.press(.enter)
        #expect(s.selectedEntry?.id == 3)
        s.press(.char(":"))
        s.type("2025")
        s.press(.enter)
        #expect(s.selectedEntry?.id == 5)
        s.press(.char(":"))
        s.type("2024-04-15")
        s.press(.enter)
        // The month entry "April 2024" covers the day, so it is where the jump lands.
        #expect(s.selectedEntry?.id == 2)
    }

    @Test func badDateSaysSoAndStaysPut() {
        var s = Fixture.state()
        s.press(.char("j"))
        s.press(.char(":"))
        s.type("soon")
        s.press(.enter)
        #expect(s.selectedEntry?.id == 2)
        #expect(s.status?.isError == true)
        #expect(s.status?.text.contains("Not a date") == true)
    }

    @Test func searchFindsMatchesAndStepsWithWraparound() {
        var s = Fixture.state()
        s.press(.char("/"))
        s.type("harbour")
        s.press(.enter)
        #expect(s.selectedEntry?.id == 3)
        s.press(.char("/"))
        s.press(.ctrl("u"))
        s.type("THE")
        s.press(.enter)
        // Case is ignored; the search starts at the cursor.
        #expect(s.selectedEntry?.id == 3)
        s.press(.char("n"))
        #expect(s.selectedEntry?.id == 4)
        s.press(.char("n"))
        #expect(s.selectedEntry?.id == 5)
        s.press(.char("n"))
        #expect(s.selectedEntry?.id == 1)
        #expect(s.status?.text == "Search wrapped around")
        s.press(.char("N"))
        #expect(s.selectedEntry?.id == 5)
    }

    @Test func searchMatchesActorNamesToo() {
        var s = Fixture.state()
        s.press(.char("/"))
        s.type("union")
        s.press(.enter)
        #expect(s.selectedEntry?.id == 2)
        s.press(.char("n"))
        #expect(s.selectedEntry?.id == 3)
    }

    @Test func searchSkipsEntriesTheFiltersHide() {
        var s = Fixture.state()
        s.press(.char("j"), .char("j"), .char("j"), .char("K"))  // kind "other": entry 4 only
        s.press(.char("c"))
        var f = EntryFilter()
        f.kinds = [.talks, .plan]
        s.setFilter(f)
        s.press(.char("/"))
        s.type("the")
        s.press(.enter)
        // "the" is in entries 1, 2, 3, 4, 5; only 1 and 5 pass the filter.
        #expect(s.selectedEntry?.id == 1 || s.selectedEntry?.id == 5)
        let first = s.selectedEntry?.id
        s.press(.char("n"))
        #expect(s.selectedEntry?.id != first)
        #expect([1, 5].contains(s.selectedEntry?.id ?? 0))
        s.press(.char("N"))
        #expect(s.selectedEntry?.id == first)
    }

    @Test func aNewSearchTermFindsAfresh() {
        var s = Fixture.state()
        s.press(.char("/"))
        s.type("ferry")
        s.press(.enter)
        #expect(s.selectedEntry?.id == 4)
        s.press(.char("/"), .ctrl("u"))
        s.type("mayor")
        s.press(.enter)
        #expect(s.selectedEntry?.id == 1)
        #expect(s.status?.text == "Search wrapped around")
    }

    @Test func idleTimeBuildsTheSearchBufferOnce() {
        var s = Fixture.state()
        #expect(s.hasIdleWork)
        _ = Reducer.reduce(&s, .idle)
        #expect(!s.hasIdleWork)
        s.press(.char("/"))
        s.type("ferry")
        s.press(.enter)
        #expect(s.selectedEntry?.id == 4)
    }

    @Test func searchWithoutMatchLeavesCursorAndReports() {
        var s = Fixture.state()
        s.press(.char("/"))
        s.type("volcano")
        s.press(.enter)
        #expect(s.selectedEntry?.id == 1)
        #expect(s.status?.isError == true)
    }

    @Test func nextMatchWithoutSearchExplains() {
        var s = Fixture.state()
        s.press(.char("n"))
        #expect(s.status?.text.contains("press /") == true)
    }

    @Test func escapeDropsRangeThenSearch() {
        var s = Fixture.state()
        s.press(.char("/"))
        s.type("the")
        s.press(.enter, .char("v"))
        #expect(s.rangeAnchor != nil)
        s.press(.escape)
        #expect(s.rangeAnchor == nil)
        #expect(s.search != nil)
        s.press(.escape)
        #expect(s.search == nil)
    }

    @Test func quitSetsTheFlagOnlyFromTheTimeline() {
        var s = Fixture.state()
        s.press(.char("?"))
        s.press(.char("q"))
        #expect(!s.shouldQuit)
        #expect(s.overlay == nil)
        s.press(.char("q"))
        #expect(s.shouldQuit)
    }

    @Test func resizeKeepsTheCursorVisible() {
        var s = Fixture.state(rows: 40, cols: 100)
        s.press(.char("G"))
        _ = Reducer.reduce(&s, .resize(TerminalSize(rows: 12, cols: 40)))
        let row = s.model.rowOfVisible[s.cursor]
        #expect(row >= s.scroll && row < s.scroll + s.layout.list.count)
        #expect(s.screen.lines.joined().contains("sea wall"))
    }

    @Test func emptyChronologyIsCalm() {
        let c = Chronology(root: "empty", documents: [], entries: [], actors: [], warnings: [])
        var s = AppState(chronology: c, size: TerminalSize(rows: 20, cols: 60))
        s.press(.char("j"), .char("G"), .enter, .char("f"), .char("K"), .char("v"), .char("e"), .char("n"))
        #expect(s.reader == nil)
        #expect(s.overlay == nil)
        #expect(s.screen.lines.joined().contains("No dated events in empty."))
    }
}
