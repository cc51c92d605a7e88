import Testing
import ChronicleCore
@testable import ChronicleTUI

/// The actor picker orders by how well the query names an actor, and offers the actors
/// of the current view before the others.
@Suite struct PickerRankingTests {
    private func actor(_ name: String, _ kind: ActorKind, aliases: [String] = [], entries: Int, inView: Int? = nil) -> ActorCount {
        ActorCount(name: name, kind: kind, aliases: aliases, entries: entries, inView: inView ?? entries)
    }

    private var actors: [ActorCount] {
        [actor("Kirill Dmitriev", .person, entries: 9),
         actor("Old Kiev Road", .place, entries: 2),
         actor("Kievan Rus Society", .organization, entries: 1),
         actor("Kyiv", .place, aliases: ["Kiev", "Kyïv"], entries: 5)]
    }

    private func names(_ query: String, _ list: [ActorCount]? = nil) -> [String] {
        var p = PickerState(actors: list ?? actors, selected: [])
        p.query = query
        p.refresh()
        return p.shown.map { p.actors[$0].name }
    }

    @Test func exactThenPrefixThenWordPrefixThenFuzzy() {
        #expect(names("kiev") == ["Kyiv", "Kievan Rus Society", "Old Kiev Road", "Kirill Dmitriev"])
        // Case and accents do not matter.
        #expect(names("KYIV").first == "Kyiv")
        #expect(names("kyiv").first == "Kyiv")
        // Among prefixes the shorter name is closer; the most cited wins only among equals.
        #expect(names("k").first == "Kyiv")
        #expect(names("k", [actor("Kora", .place, entries: 2), actor("Kelp", .place, entries: 7)]) == ["Kelp", "Kora"])
    }

    @Test func actorsOutsideTheViewComeLastWhateverTheirCount() {
        var list = actors
        list[0].inView = 0
        #expect(names("", list).last == "Kirill Dmitriev")
        #expect(names("", list).first == "Kyiv")
        // A better name match still comes first, even outside the view.
        list[3].inView = 0
        #expect(names("kiev", list).first == "Kyiv")
    }

    @Test func theViewCountsWithTheOtherFiltersButNotTheActorsChosen() {
        var s = Fixture.state(rows: 16, cols: 60)
        // Kind filter: only the talks entry (Anna Berg, Lindenport) stays.
        s.press(.char("K"))
        s.press(.char("a"))
        guard case .picker(let p) = s.overlay else { Issue.record("no picker"); return }
        let order = p.shown.map { p.actors[$0].name }
        #expect(Array(order.prefix(2)).sorted() == ["Anna Berg", "Lindenport"])
        let osterby = p.actors.first { $0.name == "Osterby" }
        #expect(osterby?.inView == 0 && osterby?.entries == 1)
        let row = s.screen.lines.firstIndex { $0.contains("Osterby") }!
        #expect(s.screen.lines[row].contains("place 0 (1)"))
        let col = TextWidth.width(String(s.screen.lines[row].prefix(upTo: s.screen.lines[row].range(of: "Osterby")!.lowerBound)))
        #expect(s.screen.styles(row: row)[col] == .dim)
        // With an actor chosen, the others of the same view are not dimmed for it.
        s.press(.escape, .char("K"), .char("a"))
        s.type("osterby")
        s.press(.enter)
        s.press(.char("a"))
        guard case .picker(let q) = s.overlay else { Issue.record("no picker"); return }
        #expect(q.actors.allSatisfy { $0.inView > 0 })
    }
}
