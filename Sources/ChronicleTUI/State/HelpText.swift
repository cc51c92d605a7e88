/// Help, generated from the key table: every context, every key, what it does. The help
/// overlay draws these lines and scrolls through them.
public enum HelpText {
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
}
