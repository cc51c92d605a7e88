/// Help, generated from the key table: every context, every key, what it does.
public enum HelpView {
    public static func lines(width: Int) -> [[StyledRun]] {
        var out: [[StyledRun]] = []
        // On a narrow screen the key column gives way and summaries wrap, so no line of
        // help is ever cut short.
        let keyColumn = max(10, min(18, width / 3))
        let room = max(4, width - keyColumn - 3)
        let hanging = String(repeating: " ", count: keyColumn + 3)
        for context in Context.allCases where context != .help {
            if !out.isEmpty { out.append([]) }
            out.append([StyledRun(context.title, .bold)])
            for b in KeyMap.bindings(in: context) where b.command != .redraw {
                let summary = Wrapper.wrap([TextPiece(b.summary)], width: room).map(\.text)
                var rest = summary[...]
                if TextWidth.width(b.keyLabels) > keyColumn {
                    // Keys too many for the column get a line of their own, never cut.
                    out.append([StyledRun("  " + b.keyLabels, .footerKey)])
                } else {
                    let keys = TextWidth.fit(b.keyLabels, to: keyColumn)
                    out.append([StyledRun("  " + keys, .footerKey), StyledRun(" " + (rest.popFirst() ?? ""))])
                }
                for more in rest { out.append([StyledRun(hanging + more)]) }
            }
        }
        out.append([])
        out.append([StyledRun("Kinds", .bold)])
        out.append([StyledRun("  " + KindMarker.legend)])
        out.append([StyledRun("Filters", .bold)])
        for line in Wrapper.wrap("an entry shows when it names any chosen actor, has any chosen kind and matches the & pattern",
                                 width: max(4, width - 2)) {
            out.append([StyledRun("  " + line.text)])
        }
        out.append([StyledRun("  Ctrl-l redraws; Q or Ctrl-c quits from anywhere")])
        return out
    }

    static func draw(scroll: Int, into screen: inout Screen) {
        let height = screen.height - 1
        let lines = lines(width: screen.width - 4)
        let visible = max(0, height - 2)
        // Say that there is more, and how far along the reader is.
        var title = "Keys (q closes)"
        if lines.count > visible, visible > 0 {
            title += " · \(scroll + 1)–\(min(scroll + visible, lines.count)) of \(lines.count)"
        }
        Box.draw(top: 0, left: 0, width: screen.width, height: height, title: title, into: &screen)
        for i in 0..<max(0, height - 2) {
            let l = scroll + i
            guard l < lines.count else { break }
            screen.put(lines[l], row: 1 + i, col: 2, limit: screen.width - 4)
        }
    }
}
