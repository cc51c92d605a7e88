/// Help, generated from the key table: every context, every key, what it does.
public enum HelpView {
    public static func lines(width: Int) -> [[StyledRun]] {
        var out: [[StyledRun]] = []
        let keyColumn = 18
        for context in Context.allCases where context != .help {
            if !out.isEmpty { out.append([]) }
            out.append([StyledRun(context.title, .bold)])
            for b in KeyMap.bindings(in: context) where b.command != .redraw {
                let keys = TextWidth.fit(b.keyLabels, to: keyColumn)
                let summary = TextWidth.truncate(b.summary, to: max(4, width - keyColumn - 3))
                out.append([StyledRun("  " + keys, .footerKey), StyledRun(" " + summary)])
            }
        }
        out.append([])
        out.append([StyledRun("Kinds", .bold)])
        out.append([StyledRun("  " + KindMarker.legend)])
        out.append([StyledRun("Filters", .bold)])
        out.append([StyledRun("  an entry shows when it names any chosen actor and has any chosen kind")])
        out.append([StyledRun("  Ctrl-l redraws; Ctrl-c quits from anywhere")])
        return out
    }

    static func draw(scroll: Int, into screen: inout Screen) {
        let height = screen.height - 1
        Box.draw(top: 0, left: 0, width: screen.width, height: height, title: "Keys (Esc closes)", into: &screen)
        let lines = lines(width: screen.width - 4)
        for i in 0..<max(0, height - 2) {
            let l = scroll + i
            guard l < lines.count else { break }
            screen.put(lines[l], row: 1 + i, col: 2, limit: screen.width - 4)
        }
    }
}
