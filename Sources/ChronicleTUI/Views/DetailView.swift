/// The detail pane under the list (or filling the body when focused): the selected
/// entry in full, with every source and its passage.
enum DetailView {
    static func draw(_ s: AppState, layout: MainLayout, into screen: inout Screen) {
        guard let titleRow = layout.detailTitle else { return }
        let focused = s.focus == .detail
        var title = "─ Detail "
        if !s.model.isEmpty { title += "· entry \(s.cursor + 1) of \(s.model.visible.count) " }
        if !focused { title += "· Tab focuses " }
        let w = screen.put(title, row: titleRow, col: 0, style: focused ? .activeTab : .border)
        screen.put(String(repeating: "─", count: max(0, s.size.cols - w)), row: titleRow, col: w, style: .border)
        guard let content = s.detailContent else { return }
        let view = Viewport(offset: s.detailScroll, contentHeight: content.lines.count, viewHeight: layout.detail.count)
        for (i, row) in layout.detail.enumerated() {
            let l = view.offset + i
            guard l < content.lines.count else { break }
            screen.put(content.lines[l].runs, row: row, col: 1, limit: s.size.cols - 2)
        }
    }
}
