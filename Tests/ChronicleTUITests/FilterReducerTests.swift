import Testing
import ChronicleCore
@testable import ChronicleTUI

@Suite struct FilterReducerTests {
    func names(_ s: AppState) -> [Int] { s.model.visible.map { s.chronology.entries[$0].id } }

    @Test func filterToTheSelectedEntrysActors() {
        var s = Fixture.state()
        s.press(.char("j"))  // entry 2: the union
        s.press(.char("f"))
        #expect(names(s) == [2, 3])
        #expect(s.selectedEntry?.id == 2)
        #expect(s.screen.lines[0].contains("actor Dock Workers Union"))
        #expect(s.screen.lines[0].contains("2/5 entries"))
    }

    @Test func kindFilterTogglesAndCombinesWithActors() {
        var s = Fixture.state(cols: 120)
        s.press(.char("j"), .char("j"))  // entry 3: politics, Lindenport + union
        s.press(.char("f"))
        #expect(names(s) == [1, 2, 3])
        s.press(.char("K"))
        #expect(names(s) == [3])
        #expect(s.screen.lines[0].contains("actors Dock Workers Union or Lindenport, and kind politics"))
        s.press(.char("K"))
        #expect(names(s) == [1, 2, 3])
        s.press(.char("c"))
        #expect(names(s) == [1, 2, 3, 4, 5])
        #expect(s.screen.lines[0].contains("all entries"))
        #expect(s.selectedEntry?.id == 3)
    }

    @Test func filterThatHidesTheCursorEntryMovesToTheNextOne() {
        var s = Fixture.state()
        var f = EntryFilter()
        f.actors = ["Osterby"]
        s.setFilter(f)
        #expect(s.selectedEntry?.id == 4)
    }

    @Test func entryWithoutActorsCannotFilter() {
        var s = Fixture.state()
        s.press(.char("G"), .char("f"))
        #expect(s.status?.isError == true)
        #expect(s.model.visible.count == 5)
    }

    @Test func pickerNarrowsFuzzilyAndAppliesTheHighlightedActor() {
        var s = Fixture.state()
        s.press(.char("a"))
        guard case .picker(let p0) = s.overlay else { Issue.record("no picker"); return }
        #expect(p0.shown.count == 4)
        s.type("ostb")
        guard case .picker(let p1) = s.overlay else { Issue.record("no picker"); return }
        #expect(p1.shown.map { p1.actors[$0].name } == ["Osterby"])
        s.press(.enter)
        #expect(s.overlay == nil)
        #expect(names(s) == [4])
    }

    @Test func pickerWithNoMatchStaysOpenAndSaysSo() {
        var s = Fixture.state()
        s.press(.char("a"))
        s.type("qqxz")
        s.press(.enter)
        guard case .picker(let p) = s.overlay else { Issue.record("the picker closed"); return }
        #expect(p.query == "qqxz")
        #expect(s.status?.text.contains("No actor matches") == true)
        #expect(s.screen.lines.last?.contains("No actor matches \"qqxz\"") == true)
        #expect(s.model.visible.count == 5)
        s.press(.backspace, .backspace, .backspace, .backspace)
        s.type("ostb")
        s.press(.enter)
        #expect(s.overlay == nil)
        #expect(s.status?.text == "Filtered to Osterby: 1 entry")
    }

    @Test func pickerSelectsSeveralWithSpace() {
        var s = Fixture.state()
        s.press(.char("a"))
        s.type("berg")
        s.press(.char(" "))
        s.press(.ctrl("u"))
        s.type("osterby")
        s.press(.char(" "))
        guard case .picker(let p) = s.overlay else { Issue.record("no picker"); return }
        #expect(p.selected == ["Anna Berg", "Osterby"])
        s.press(.enter)
        #expect(names(s) == [1, 4])
    }

    @Test func pickerMatchesAliasesAndTabsNarrowByKind() {
        var s = Fixture.state()
        s.press(.char("a"))
        s.type("mayor")
        guard case .picker(let p) = s.overlay else { Issue.record("no picker"); return }
        #expect(p.highlightedActor?.name == "Anna Berg")
        s.press(.ctrl("u"), .tab, .tab)  // Places
        guard case .picker(let places) = s.overlay else { Issue.record("no picker"); return }
        #expect(places.tab == .places)
        #expect(Set(places.shown.map { places.actors[$0].name }) == ["Lindenport", "Osterby"])
        s.press(.backTab, .backTab, .backTab)  // wraps to Products
        guard case .picker(let products) = s.overlay else { Issue.record("no picker"); return }
        #expect(products.tab == .products)
        #expect(products.shown.isEmpty)
        s.press(.backTab)
        guard case .picker(let orgs) = s.overlay else { Issue.record("no picker"); return }
        #expect(orgs.tab == .organizations)
    }

    @Test func pickerCountsEntriesPerActorAndEscapeCancels() {
        var s = Fixture.state()
        s.press(.char("a"))
        guard case .picker(let p) = s.overlay else { Issue.record("no picker"); return }
        let counts = Dictionary(uniqueKeysWithValues: p.actors.map { ($0.name, $0.entries) })
        #expect(counts == ["Anna Berg": 1, "Lindenport": 2, "Dock Workers Union": 2, "Osterby": 1])
        s.press(.escape)
        #expect(s.overlay == nil)
        #expect(s.filter.isEmpty)
    }

    @Test func pickerTypesLettersThatAreKeysElsewhere() {
        var s = Fixture.state()
        s.press(.char("a"))
        s.type("qjkG")
        guard case .picker(let p) = s.overlay else { Issue.record("no picker"); return }
        #expect(p.query == "qjkG")
        #expect(!s.shouldQuit)
    }
}
