import ChronicleCore

/// The actor picker overlay: tabs, the query, the narrowed list with counts and marks.
enum PickerView {
    static func draw(_ p: PickerState, size: TerminalSize, into screen: inout Screen) {
        let l = PickerLayout(size: size)
        Box.draw(top: l.top, left: l.left, width: l.width, height: l.height,
                 title: "Filter by actors", into: &screen)
        let inner = l.width - 4
        var x = l.left + 2
        let full = ActorTab.allCases.reduce(0) { $0 + TextWidth.width($1.title) + 2 }
        for tab in ActorTab.allCases {
            let title = full > inner ? tab.shortTitle : tab.title
            let label = tab == p.tab ? "[\(title)]" : " \(title) "
            x += screen.put(label, row: l.tabs, col: x, style: tab == p.tab ? .activeTab : .tab,
                            limit: l.left + l.width - 2 - x)
        }
        let counter = "\(p.shown.count)/\(p.actors.count)" + (p.selected.isEmpty ? "" : " · \(p.selected.count) selected")
        let cw = TextWidth.width(counter)
        let q = screen.put("> ", row: l.query, col: l.left + 2, style: .bold)
        let typed = TextWidth.truncate(DisplayText.sanitize(p.query), to: max(0, inner - q - cw - 2))
        let tw = screen.put(typed, row: l.query, col: l.left + 2 + q)
        screen.put(" ", row: l.query, col: l.left + 2 + q + tw, style: .cursor)
        screen.put(counter, row: l.query, col: l.left + l.width - 2 - cw, style: .dim)
        let selected = Set(p.selected)
        for (i, row) in l.list.enumerated() {
            let k = p.scroll + i
            guard k < p.shown.count else {
                if k == 0 { screen.put("no actor matches", row: row, col: l.left + 2, style: .dim) }
                break
            }
            let a = p.actors[p.shown[k]]
            let isHighlighted = k == p.highlighted
            // An actor with no entry in the view is offered dimmed, with its count outside.
            let absent = a.inView == 0
            let style: Style = isHighlighted ? .cursor : (absent ? .dim : .normal)
            screen.fill(row: row, col: l.left + 1, count: l.width - 2, style: style)
            let mark = selected.contains(a.name) ? "[x] " : "[ ] "
            screen.put(mark, row: row, col: l.left + 2, style: isHighlighted || absent ? style : .selectedMark)
            let count = absent ? "0 (\(a.entries))" : "\(a.inView)"
            let kind = a.kind == .organization ? "org" : a.kind.rawValue
            let right = "\(kind) \(count)"
            let rw = TextWidth.width(right)
            let nameWidth = inner - 4 - rw - 1
            screen.put(TextWidth.truncate(DisplayText.sanitize(a.name), to: nameWidth), row: row,
                       col: l.left + 6, style: style)
            screen.put(right, row: row, col: l.left + l.width - 2 - rw, style: isHighlighted ? style : .dim)
        }
        let hint = "Space select · Enter apply · Tab next tab · Esc cancel"
        screen.put(TextWidth.truncate(hint, to: inner), row: l.bottom, col: l.left + 2, style: .dim)
    }
}
