import Testing
import ChronicleCore
@testable import ChronicleTUI

@Suite struct ScreenTests {
    @Test func wideCharacterThatDoesNotFitIsLeftOut() {
        var s = Screen(width: 5, height: 1)
        let used = s.put("ab東京", row: 0, col: 0)
        #expect(used == 4)
        #expect(s.lines == ["ab東"])
        #expect(s[0, 3].isContinuation)
    }

    @Test func limitStopsBeforeAWideCharacter() {
        var s = Screen(width: 10, height: 1)
        #expect(s.put("a東京", row: 0, col: 0, limit: 4) == 3)
        #expect(s.line(0).hasPrefix("a東 "))
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var s = Screen(width: 6, height: 1)
        s.put("東京", row: 0, col: 0)
        s.put("x", row: 0, col: 1)
        #expect(s.lines == [" x京"])
        s.put("y", row: 0, col: 2)
        #expect(s.lines == [" xy"])
    }

    @Test func writesOutsideTheGridAreClipped() {
        var s = Screen(width: 3, height: 2)
        s.put("abcdef", row: 1, col: 1)
        s.put("zzz", row: 5, col: 0)
        #expect(s.lines == ["", " ab"])
    }

    @Test func controlAndBidiCharactersNeverReachACell() {
        var s = Screen(width: 20, height: 1)
        s.put("a\u{202E}b\u{1B}[2Jc\u{9B}d\u{2066}", row: 0, col: 0)
        let scalars = s.cells.flatMap { $0.text.unicodeScalars }.map(\.value)
        #expect(!scalars.contains { $0 < 0x20 || (0x7F...0x9F).contains($0) || (0x202A...0x202E).contains($0) || (0x2066...0x2069).contains($0) })
        #expect(s.lines == ["a\u{FFFD}b\u{FFFD}[2Jc\u{FFFD}d\u{FFFD}"])
    }

    @Test func runsKeepTheirStyles() {
        var s = Screen(width: 8, height: 1)
        s.put([StyledRun("ab", .bold), StyledRun("cd", .match)], row: 0, col: 1)
        #expect(s.styles(row: 0)[1...4] == [.bold, .bold, .match, .match])
    }
}

@Suite struct RulerLabelTests {
    private func day(_ iso: String) -> Int { CalendarDate(iso: iso)!.dayNumber }

    @Test func labelsAreAsPreciseAsTheSpanNeeds() {
        #expect(RulerView.labels(from: day("2019-07-04"), to: day("2019-07-30")) == ("4 Jul 2019", "30 Jul 2019"))
        #expect(RulerView.labels(from: day("2019-07-04"), to: day("2020-11-02")) == ("Jul 2019", "Nov 2020"))
        #expect(RulerView.labels(from: day("1989-11-09"), to: day("2019-07-30")) == ("1989", "2019"))
    }

    @Test func aRulerWithinOneMonthNamesItsDays() {
        let s = Fixture.state(rows: 24, cols: 80)
        var narrowed = s
        narrowed.press(.char("j"), .char("j"), .char("K"))
        #expect(narrowed.screen.lines[1].hasPrefix(" 9 May 2024 "))
        #expect(narrowed.screen.lines[1].hasSuffix(" 9 May 2024"))
    }
}
