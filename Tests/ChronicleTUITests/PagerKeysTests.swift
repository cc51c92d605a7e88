import Testing
import ChronicleCore
@testable import ChronicleTUI

/// The keys a less or tig user reaches for: Space and Ctrl-f/Ctrl-b page, q closes the
/// view it is in, Q quits anywhere, & keeps only the entries matching a pattern.
@Suite struct PagerKeysTests {
    @Test func spaceAndCtrlFPageDownCtrlBPagesBack() {
        for forward in [Key.char(" "), .ctrl("f")] {
            var s = Fixture.state(rows: 12, cols: 40)
            s.press(forward)
            #expect(s.cursor > 0, "\(forward.label) should page down")
            s.press(.ctrl("b"), .ctrl("b"))
            #expect(s.cursor == 0)
        }
        var r = Fixture.state(rows: 12, cols: 40)
        r.press(.enter, .char(" "))
        #expect(r.reader?.scroll ?? 0 >= 0)
        #expect(r.context == .reader)
    }

    @Test func qClosesTheViewItIsInAndQuitsOnlyFromTheTimeline() {
        var s = Fixture.state()
        s.press(.enter)
        #expect(s.context == .reader)
        s.press(.char("q"))
        #expect(s.context == .timeline && !s.shouldQuit)
        s.press(.tab)
        #expect(s.context == .detail)
        s.press(.char("q"))
        #expect(s.context == .timeline && !s.shouldQuit)
        s.press(.char("?"))
        #expect(s.context == .help)
        s.press(.char("q"))
        #expect(s.context == .timeline && !s.shouldQuit)
        s.press(.char("q"))
        #expect(s.shouldQuit)
    }

    @Test func shiftQQuitsFromAnyViewButIsTextInAPrompt() {
        for opening in [[Key.enter], [.tab], [.char("?")]] {
            var s = Fixture.state()
            for k in opening { s.press(k) }
            #expect(s.context != .timeline)
            s.press(.char("Q"))
            #expect(s.shouldQuit, "Q from \(s.context)")
        }
        var p = Fixture.state()
        p.press(.char("/"))
        p.type("Q")
        #expect(!p.shouldQuit)
        guard case .prompt(let prompt) = p.overlay else { Issue.record("prompt closed"); return }
        #expect(prompt.text == "Q")
    }

    @Test func helpSaysWhatQAndShiftQDo() {
        let lines = HelpText.lines(width: 100).map(\.plainText)
        func described(_ keys: String, _ summary: String) -> Bool {
            lines.contains { $0.hasPrefix("  \(keys) ") && $0.hasSuffix(" " + summary) }
        }
        #expect(described("q Esc", "close this view, back to the same place"))
        #expect(described("Q", "quit from any view"))
        #expect(described("q", "quit"))
    }

    @Test func ampersandKeepsOnlyMatchingEntriesAndTheHeaderSaysSo() {
        var s = Fixture.state(rows: 24, cols: 100)
        s.press(.char("&"))
        s.type("harbour")
        s.press(.enter)
        // A summary match and nothing else: the accord entry.
        #expect(s.model.visible.map { s.chronology.entries[$0].id } == [3])
        #expect(s.screen.lines[0].contains("matching &harbour"))
        #expect(s.screen.lines[0].contains("1/5 entries"))
        // An actor's name matches too.
        s.press(.char("&"), .ctrl("u"))
        s.type("osterby")
        s.press(.enter)
        #expect(s.model.visible.map { s.chronology.entries[$0].id } == [4])
        // Empty shows everything again.
        s.press(.char("&"), .ctrl("u"), .enter)
        #expect(s.model.visible.count == 5)
        #expect(!s.screen.lines[0].contains("matching"))
    }

    @Test func ampersandCombinesWithFiltersAndCClearsBoth() {
        var s = Fixture.state()
        s.press(.char("&"))
        s.type("lindenport")
        s.press(.enter)
        let matching = s.model.visible.count
        #expect(matching == 2)
        s.press(.char("K"))
        #expect(s.model.visible.count < matching)
        s.press(.char("c"))
        #expect(s.model.visible.count == 5)
        #expect(s.pattern == nil)
    }

    @Test func slashOnlyJumpsAndNeverHidesEntries() {
        var s = Fixture.state()
        s.press(.char("/"))
        s.type("ferry")
        s.press(.enter)
        #expect(s.selectedEntry?.id == 4)
        #expect(s.model.visible.count == 5)
    }

    @Test func aRangeKeepsTheExportKeyInTheFooterAtAnyWidth() {
        for cols in [40, 60, 100] {
            var s = Fixture.state(rows: 12, cols: cols)
            s.press(.char("v"), .char("j"))
            let footer = s.screen.lines.last ?? ""
            #expect(footer.contains("range 2 e export"), "\(cols) columns: \(footer)")
            #expect(footer.components(separatedBy: "e export").count == 2)
        }
    }

    @Test func onTheTooSmallScreenOnlyQuitAndResizeAct() {
        var s = Fixture.state(rows: 10, cols: 40)
        #expect(s.context == .tooSmall)
        s.press(.char("j"), .char("a"), .char("/"), .enter, .tab, .char("?"), .char("e"))
        #expect(s.overlay == nil && s.reader == nil && s.focus == .list && s.cursor == 0)
        _ = Reducer.reduce(&s, .resize(TerminalSize(rows: 24, cols: 80)))
        #expect(s.context == .timeline)
        _ = Reducer.reduce(&s, .resize(TerminalSize(rows: 10, cols: 40)))
        s.press(.char("q"))
        #expect(s.shouldQuit)
    }
}

@Suite struct TypeAheadTests {
    private func run(_ script: [TerminalEvent]) -> (MemoryTerminal, [Bool]) {
        var overwrites: [Bool] = []
        let term = MemoryTerminal(size: TerminalSize(rows: 12, cols: 60), script: script)
        _ = Browser.run(Fixture.state(rows: 12, cols: 60), on: term) { _, _, path, overwrite, _ in
            overwrites.append(overwrite)
            return overwrite ? .exported(path: path, count: 5) : .exportTargetExists(path: path)
        }
        return (term, overwrites)
    }

    @Test func keysTypedBeforeTheOverwriteQuestionDoNotAnswerIt() {
        // "y" was typed while the export ran, before the question showed: it is dropped,
        // and the file is kept until a "y" typed after the pause.
        let typed: [TerminalEvent] = [.key(.char("e")), .key(.enter), .key(.char("y")), .timeout]
        let (term, overwrites) = run(typed)
        #expect(overwrites == [false])
        #expect(term.discards == 1)
        let (_, answered) = run(typed + [.key(.char("y"))])
        #expect(answered == [false, true])
    }

    @Test func aPromptOpenedByAQuickKeyKeepsTheKeysTypedAfterIt() {
        let keys: [TerminalEvent] = [.key(.char(":"))] + "2025".map { .key(.char($0)) } + [.key(.enter)]
        let term = MemoryTerminal(size: TerminalSize(rows: 12, cols: 60), script: keys)
        _ = Browser.run(Fixture.state(rows: 12, cols: 60), on: term) { _, _, _, _, _ in .exportFailed("unused") }
        #expect(term.discards == 0)
        #expect(term.lastFrame?.lines[7].contains("entry 5 of 5") == true)
    }
}
