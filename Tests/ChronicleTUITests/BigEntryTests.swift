import Testing
import ChronicleCore
@testable import ChronicleTUI

/// Big entries are laid out a screen's worth at a time: an entry cited thousands of times
/// shows a window of its sources, a long article a window of its bytes.
@Suite struct BigEntryTests {
    private func crowded(_ n: Int) -> AppState {
        var c = Fixture.chronology()
        c.entries[0].sources = Array(repeating: c.entries[0].sources[0], count: n)
        return AppState(chronology: c, size: TerminalSize(rows: 24, cols: 80))
    }

    @Test func aCrowdedEntryLaysOutAWindowOfSourcesAroundTheSelectedOne() {
        var s = crowded(1000)
        #expect(s.detailContent?.shownSources == 0..<DetailContent.window)
        #expect(s.screen.lines.joined().contains("1000 sources"))
        s.press(.tab)
        for _ in 0..<DetailContent.window { s.press(.char("n")) }
        let w = DetailContent.window
        #expect(s.detailContent?.shownSources == w..<(2 * w))
        #expect(s.screen.lines.contains { $0.contains("▶ [\(w + 1)]") })
        s.press(.char("N"))
        #expect(s.detailContent?.shownSources == 0..<w)
        // Without the window the same entry would be hundreds of times longer.
        #expect((s.detailContent?.lines.count ?? 0) < 20 * w)
    }

    @Test func aFewSourcesAreAllShownWithNoNote() {
        let s = crowded(3)
        #expect(s.detailContent?.shownSources == 0..<3)
        #expect(!s.screen.lines.joined().contains("n and N step on"))
    }

    private func longArticle(_ bytes: Int) -> AppState {
        let sentence = "The council met the envoys in the harbour hall, a spokesman said. "
        var text = ""
        while text.utf8.count < bytes { text += sentence }
        var c = Fixture.chronology()
        c.documents[0] = Document(id: "a", file: "a.txt", utf8: Array(text.utf8))
        let mid = text.utf8.count / 2 / sentence.utf8.count * sentence.utf8.count
        c.entries[0].sources[0].passage = ByteRange(mid, mid + sentence.utf8.count - 1)
        c.entries[0].sources[0].timex = nil
        var s = AppState(chronology: c, size: TerminalSize(rows: 24, cols: 80))
        s.press(.enter)
        return s
    }

    @Test func aLongOneLineArticleIsLaidOutAWindowAtATimeAndReadsOnAcrossIt() {
        var s = longArticle(4 * ReaderWindow.bytes)
        let n = 4 * ReaderWindow.bytes
        let window = s.reader?.layout?.window ?? 0..<0
        #expect(window.count <= ReaderWindow.bytes && window.count > ReaderWindow.bytes / 2)
        // Opened at the passage, in the middle of the text.
        #expect(s.screen.lines[1].contains("line 1/1 "))
        // Paging on crosses the window's end without losing the text's order.
        var last = s.reader!.layout!.lines[s.reader!.scroll].offset
        for _ in 0..<400 {
            s.press(.pageDown)
            let top = s.reader!.layout!.lines[s.reader!.scroll].offset
            #expect(top >= last)
            last = top
        }
        #expect(last > window.upperBound)
        s.press(.char("G"))
        #expect(s.reader?.layout?.window.upperBound ?? 0 >= n - 100)
        #expect(s.screen.lines[1].hasSuffix("100%"))
        s.press(.char("g"))
        #expect(s.reader?.layout?.window.lowerBound == 0)
        #expect(s.reader?.scroll == 0)
    }

    @Test func aShortArticleIsLaidOutWhole() {
        var s = Fixture.state()
        s.press(.enter)
        #expect(s.reader?.layout?.window == 0..<Fixture.textA.utf8.count)
    }
}
