import Foundation
import Testing
import ChronicleCore
@testable import ChronicleTUI

/// Every view drawn into the in-memory screen at the smallest supported size, compared
/// line by line, plus the styles that carry meaning.
@Suite struct ViewSnapshotTests {
    @Test func timeline() {
        let s = Fixture.state(rows: 12, cols: 40)
        #expect(s.screen.lines == [
            " chronicle · news · all en… 5/5 entries",
            " Mar 2024 ▄····▄······█ May 2024 ▸ 2025",
            " 2024 ──────────────────────────────────",
            "  March 2024",
            " Sun 03 Mar T The mayor of Lindenp… [1]",
            "  April 2024",
            " Apr 2024   S The union said the s… [1]",
            "─ Detail · entry 1 of 5 · Tab focuses ──",
            " Sun 03 Mar 2024 · talks · 1 source",
            " The mayor of Lindenport met dock",
            " workers",
            " j move : date ? help q quit",
        ])
        #expect(s.screen.styles(row: 4).allSatisfy { $0 == .cursor })
        #expect(s.screen.styles(row: 6)[13] == .normal)
        #expect(s.screen.styles(row: 0).allSatisfy { $0 == .title })
    }

    @Test func timelineAtWidthShowsYearsActorsAndTheRulerCursor() {
        var s = Fixture.state(rows: 24, cols: 100)
        #expect(Array(s.screen.lines[2...11]) == [
            " 2024 ──────────────────────────────────────────────────────────────────────────────────────────────",
            "  March 2024",
            " Sun 03 Mar 2024 T Berg, Lindenport      The mayor of Lindenport met dock workers               [1]",
            "  April 2024",
            " Apr 2024        S Dock Workers Union    The union said the strike would end                    [1]",
            "  May 2024",
            " Thu 09 May 2024 P Lindenport +1         Officials signed the harbour accord                    [1]",
            " Thu 09 May 2024 · Osterby               Rain closed the ferry to Osterby                       [2]",
            " 2025 ──────────────────────────────────────────────────────────────────────────────────────────────",
            " 2025            L                       The council plans a new sea wall                       [1]",
        ])
        let rulerCursor = s.screen.styles(row: 1).firstIndex(of: .rulerCursor)
        s.press(.char("G"))
        let rulerCursorAtEnd = s.screen.styles(row: 1).firstIndex(of: .rulerCursor)
        #expect(rulerCursor != nil && rulerCursorAtEnd != nil)
        #expect(rulerCursorAtEnd! > rulerCursor!)
    }

    @Test func rangeAndSearchAreMarked() {
        var s = Fixture.state(rows: 16, cols: 100)
        s.press(.char("v"), .char("j"))
        #expect(s.screen.lines[4].hasPrefix("┃Sun 03 Mar 2024"))
        #expect(s.screen.lines[6].hasPrefix("┃Apr 2024"))
        #expect(s.screen.styles(row: 4)[10] == .range)
        #expect(s.screen.lines.last?.hasPrefix(" range 2") == true)
        #expect(s.screen.styles(row: 1).contains(.range))
        s.press(.escape, .char("/"))
        s.type("strike")
        s.press(.enter)
        let row = s.screen.lines.firstIndex { $0.contains("strike would end") }!
        let col = TextWidth.width(String(s.screen.lines[row].prefix(upTo: s.screen.lines[row].range(of: "strike")!.lowerBound)))
        #expect(s.screen.styles(row: row)[col] == .match)
        #expect(s.screen.styles(row: row)[col + 5] == .match)
        #expect(s.screen.styles(row: row)[col + 6] == .cursor)
    }

    @Test func detail() {
        var s = Fixture.state(rows: 16, cols: 40)
        s.press(.char("j"), .char("j"), .char("j"), .tab)
        #expect(s.screen.lines == [
            " chronicle · news · all en… 5/5 entries",
            " Mar 2024 ▄····▄······█ May 2024 ▸ 2025",
            "  May 2024",
            " Thu 09 May P Officials signed the… [1]",
            " Thu 09 May · Rain closed the ferr… [2]",
            "─ Detail · entry 4 of 5 ────────────────",
            " Thu 09 May 2024 · other · 2 sources",
            " Rain closed the ferry to Osterby",
            " Actors: Osterby (place)",
            " Claimed by: coast guard",
            "",
            " ▶ [1] Storm season",
            "     b.txt · claimed by coast guard ·",
            "     “9 May 2024” = 2024-05-09",
            "     Rain closed the ferry to Osterby",
            " Enter source Tab detail q back ? help",
        ])
        #expect(s.screen.styles(row: 4).allSatisfy { $0 == .cursor })
        s.press(.char("G"))
        #expect(Array(s.screen.lines[7...14]) == [
            "     said.",
            "",
            " [2] Harbour talks resume",
            "     a.txt · published 2024-05-10 · “9",
            "     May 2024” = 2024-05-09",
            "     Officials signed the harbour",
            "     accord on 9 May 2024 after long",
            "     talks.",
        ])
        s.press(.char("n"))
        #expect(s.screen.lines.contains(" ▶ [2] Harbour talks resume"))
        #expect(s.screen.lines.last == " Source 2 of 2")
        let timexRow = s.screen.lines.firstIndex { $0.contains("on 9 May 2024 after") }!
        #expect(s.screen.styles(row: timexRow).contains(.timex))
        #expect(s.screen.styles(row: timexRow).contains(.passage))
    }

    @Test func reader() {
        var s = Fixture.state(rows: 12, cols: 40)
        s.press(.char("j"), .char("j"), .char("j"), .enter)
        #expect(s.screen.lines == [
            " b.txt — Storm season        source 1/2",
            " Thu 09 May 2024: Rain c… line 1/3 100%",
            " Storm season",
            " Rain closed the ferry to Osterby on 9",
            " May 2024, the coast guard said.",
            " In 2025 the council plans a new sea",
            " wall.",
            "",
            "",
            "",
            "",
            " / search n next o pager q back ? help",
        ])
        #expect(s.screen.styles(row: 2)[1] == .normal)
        #expect(s.screen.styles(row: 3)[1] == .passage)
        #expect(s.screen.styles(row: 3)[37] == .timex)
        #expect(s.screen.styles(row: 4)[1] == .timex)
        #expect(s.screen.styles(row: 5)[1] == .normal)
    }

    @Test func picker() {
        var s = Fixture.state(rows: 12, cols: 40)
        s.press(.char("a"))
        s.type("or")
        s.press(.char(" "))
        #expect(s.screen.lines == [
            " ┌─ Filter by actors ─────────────────┐",
            " │ [All] People  Places  Orgs  Prods  │",
            " │ > or              4/4 · 1 selected │─",
            " │ [x] Osterby                place 1 │",
            " │ [ ] Lindenport             place 2 │",
            " │ [ ] Anna Berg             person 1 │",
            " │ [ ] Dock Workers Union       org 2 │",
            "─│                                    │─",
            " │                                    │",
            " └─Space select · Enter apply · Tab …─┘",
            " workers",
            " Space select Tab tab Esc cancel",
        ])
    }

    @Test func help() {
        var s = Fixture.state(rows: 12, cols: 40)
        s.press(.char("?"))
        #expect(s.screen.lines == [
            "┌─ Keys (q closes) · 1–9 of 202 ───────┐",
            "│ Timeline                             │",
            "│   j ↓          next entry            │",
            "│   k ↑          previous entry        │",
            "│   PgDn Space Ctrl-f                  │",
            "│                page down             │",
            "│   PgUp b Ctrl-b                      │",
            "│                page up               │",
            "│   Ctrl-d       half a page down      │",
            "│   Ctrl-u       half a page up        │",
            "└──────────────────────────────────────┘",
            " j scroll q back",
        ])
    }

    @Test func narrowHelpWrapsInsteadOfCutting() {
        let text = HelpText.lines(width: 36).map(\.plainText)
        #expect(!text.joined().contains("…"))
        // Each summary's words all appear, in order, across its wrapped lines.
        let joined = text.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for b in KeyMap.bindings where b.command != .redraw && b.contexts != [.help] {
            #expect(joined.contains(b.summary), "narrow help lacks \(b.summary)")
        }
        var s = Fixture.state(rows: 12, cols: 40)
        s.press(.char("?"), .char("G"))
        let last = HelpText.lines(width: 36).count
        #expect(s.screen.lines[0].contains("of \(last)"))
        #expect(s.screen.lines[0].contains("\(last - 8)–\(last) of"))
    }

    @Test func helpListsEveryBindingOfTheKeyTable() {
        let text = HelpText.lines(width: 200).map(\.plainText).joined(separator: "\n")
        for b in KeyMap.bindings where b.command != .redraw && b.contexts != [.help] {
            #expect(text.contains(b.summary), "help lacks \(b.summary)")
        }
    }

    @Test func prompt() {
        var s = Fixture.state(rows: 12, cols: 40)
        s.press(.char(":"))
        s.type("2024-05")
        #expect(s.screen.lines.last == "Date: 2024-05")
        #expect(s.screen.styles(row: 11)[13] == .cursor)
        var wide = Fixture.state(rows: 12, cols: 100)
        wide.press(.char(":"))
        #expect(wide.screen.lines.last == "Jump to date (2025-12-02, 2025-12, 2025):")
    }

    @Test func tooSmall() {
        let s = Fixture.state(rows: 11, cols: 60)
        #expect(s.screen.lines.filter { !$0.isEmpty } == [
            "                     Terminal too small",
            "                     60x11, need 40x12",
            "                          q quits",
        ])
        let narrow = Fixture.state(rows: 12, cols: 39)
        #expect(narrow.screen.lines.contains("          Terminal too small"))
    }

    @Test func everyViewFitsEverySize() {
        for (rows, cols) in [(12, 40), (24, 80), (50, 200), (13, 41)] {
            var s = Fixture.state(rows: rows, cols: cols)
            var screens = [s.screen]
            s.press(.char("j"), .char("j"), .char("j"), .tab); screens.append(s.screen)
            s.press(.enter); screens.append(s.screen)
            s.press(.escape, .tab, .char("a")); screens.append(s.screen)
            s.press(.escape, .char("?")); screens.append(s.screen)
            s.press(.escape, .char("e")); screens.append(s.screen)
            for screen in screens {
                #expect(screen.lines.count == rows)
                #expect(screen.lines.allSatisfy { TextWidth.width($0) <= cols })
            }
        }
    }
}
