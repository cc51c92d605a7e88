import ChronicleCore

/// Keys in the focused detail pane: scroll it, step through sources, open one.
enum DetailReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .command(let command) = action, let entry = s.selectedEntry,
              let index = s.selectedIndex else {
            if case .command(.back) = action { s.focus = .list }
            return []
        }
        let height = max(1, s.layout.detail.count)
        if let moved = PaneScroll.scrolled(s.detailScroll, by: command, height: height) {
            s.detailScroll = moved
            clamp(&s)
            return []
        }
        switch command {
        case .nextSource, .previousSource:
            let n = entry.sources.count
            guard n > 0 else { return [] }
            s.detailSource = (s.detailSource + (command == .nextSource ? 1 : n - 1)) % n
            showSource(&s)
            s.status = StatusMessage("Source \(s.detailSource + 1) of \(n)")
        case .open:
            ReaderReducer.open(&s, entry: index, source: s.detailSource)
        case .toggleDetail, .back:
            s.focus = .list
            s.detailScroll = 0
            s.keepCursorVisible()
        case .help:
            s.overlay = .help(scroll: 0)
        case .openInPager, .openInEditor:
            return ExternalOpen.effect(&s, entry: index, source: s.detailSource, editor: command == .openInEditor)
        default:
            break
        }
        clamp(&s)
        return []
    }

    static func content(_ s: AppState) -> DetailContent? {
        guard let e = s.selectedEntry else { return nil }
        return DetailContent(entry: e, chronology: s.chronology, width: s.size.cols - 2,
                             selectedSource: s.detailSource)
    }

    static func clamp(_ s: inout AppState) {
        guard let c = content(s) else { s.detailScroll = 0; return }
        let maxScroll = max(0, c.lines.count - s.layout.detail.count)
        s.detailScroll = min(max(0, s.detailScroll), maxScroll)
    }

    /// Scrolls so the selected source's block is on screen.
    static func showSource(_ s: inout AppState) {
        guard let c = content(s), c.sourceStarts.indices.contains(s.detailSource) else { return }
        let start = c.sourceStarts[s.detailSource]
        let height = s.layout.detail.count
        if start < s.detailScroll || start >= s.detailScroll + height {
            s.detailScroll = max(0, start - 1)
        }
        clamp(&s)
    }
}
