import ChronicleCore

/// The article reader: opened on a source, scrolled to its passage; `n`/`N` step through
/// search matches or the entry's sources; `/` searches the article.
enum ReaderReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .command(let command) = action, var r = s.reader else { return [] }
        if let moved = viewport(s)?.scrolled(by: command) {
            r.scroll = moved.offset
            s.reader = r
            slideWindow(&s, after: command, at: moved)
            return []
        }
        switch command {
        case .nextMatch, .previousMatch:
            let forward = command == .nextMatch
            if r.search != nil {
                s.reader = r
                stepMatch(&s, forward: forward)
                return []
            }
            s.reader = r
            stepSource(&s, forward: forward)
            return []
        case .nextSource, .previousSource:
            s.reader = r
            stepSource(&s, forward: command == .nextSource)
            return []
        case .search:
            s.reader = r
            s.overlay = .prompt(PromptState(.searchReader, text: r.search?.term ?? ""))
            return []
        case .back:
            s.reader = nil
            s.keepCursorVisible()
            return []
        case .help:
            s.overlay = .help(scroll: 0)
        case .openInPager, .openInEditor:
            s.reader = r
            return ExternalOpen.effect(&s, entry: r.entry, source: r.source, editor: command == .openInEditor)
        default:
            break
        }
        s.reader = r
        clamp(&s)
        return []
    }

    static func viewport(_ s: AppState) -> Viewport? {
        guard let r = s.reader, let layout = r.layout else { return nil }
        return Viewport(offset: r.scroll, contentHeight: layout.lines.count, viewHeight: s.readerHeight)
    }

    /// The article the reader shows.
    static func document(_ s: AppState, _ r: ReaderState) -> Document? {
        s.chronology.document(id: s.chronology.entries[r.entry].sources[r.source].documentID)
    }

    static func open(_ s: inout AppState, entry: Int, source: Int) {
        let e = s.chronology.entries[entry]
        guard e.sources.indices.contains(source) else {
            s.status = StatusMessage("This entry has no source to open", isError: true)
            return
        }
        guard s.chronology.document(id: e.sources[source].documentID) != nil else {
            s.status = StatusMessage("\(e.sources[source].file) is not loaded", isError: true)
            return
        }
        s.reader = ReaderState(entry: entry, source: source)
        s.detailSource = source
        prepareDocument(&s)
        relayout(&s)
        scrollToPassage(&s)
    }

    /// Counts the document's lines and places the window on the source's passage.
    static func prepareDocument(_ s: inout AppState) {
        guard var r = s.reader else { return }
        let src = s.chronology.entries[r.entry].sources[r.source]
        guard let doc = s.chronology.document(id: src.documentID) else { return }
        r.sourceLines = SourceLines(doc.utf8)
        r.window = ReaderWindow.around(src.passage.start, in: doc.utf8)
        r.layout = nil
        s.reader = r
    }

    /// A long document's window moves on when the screen reaches its edge (or jumps to
    /// either end with g and G), keeping the same text at the top.
    static func slideWindow(_ s: inout AppState, after command: Command, at view: Viewport) {
        guard var r = s.reader, let layout = r.layout, let window = r.window, let doc = document(s, r) else { return }
        let n = doc.utf8.count
        guard window.count < n else { return }
        let next: Range<Int>
        switch command {
        case .top where window.lowerBound > 0:
            next = ReaderWindow.around(0, in: doc.utf8)
            r.layout = nil
            r.scroll = 0
        case .bottom where window.upperBound < n:
            next = ReaderWindow.end(of: doc.utf8)
            r.layout = nil
            r.scroll = Int.max / 2
        default:
            let top = layout.lines.indices.contains(view.offset) ? layout.lines[view.offset].offset : window.lowerBound
            let atEnd = view.offset >= view.maxOffset && window.upperBound < n
            let atStart = view.offset == 0 && window.lowerBound > 0
            guard atEnd || atStart else { return }
            next = ReaderWindow.around(top, in: doc.utf8)
        }
        guard next != window else { return }
        r.window = next
        s.reader = r
        relayout(&s)
    }

    /// Makes sure byte `offset` is laid out, moving the window to it when it is not.
    static func reveal(_ s: inout AppState, offset: Int) {
        guard var r = s.reader, let window = r.window, !window.contains(offset), let doc = document(s, r) else { return }
        r.window = ReaderWindow.around(offset, in: doc.utf8)
        r.layout = nil
        s.reader = r
        relayout(&s)
    }

    /// Rebuilds the layout for the current width, search and source, keeping the same
    /// text at the top of the screen.
    static func relayout(_ s: inout AppState) {
        guard var r = s.reader else { return }
        let e = s.chronology.entries[r.entry]
        let src = e.sources[r.source]
        guard let doc = s.chronology.document(id: src.documentID) else { return }
        let topOffset = r.layout.flatMap { $0.lines.indices.contains(r.scroll) ? $0.lines[r.scroll].offset : nil }
        r.layout = ReaderLayout(document: doc, passage: src.passage, timex: src.timex?.range,
                                matches: r.matches, current: r.currentMatch.map { r.matches[$0] },
                                width: s.readerWidth, window: r.window, sourceLines: r.sourceLines)
        if let topOffset, let layout = r.layout { r.scroll = layout.line(containing: topOffset) }
        s.reader = r
        clamp(&s)
    }

    static func clamp(_ s: inout AppState) {
        guard let view = viewport(s) else { return }
        s.reader?.scroll = view.offset
    }

    static func scrollToPassage(_ s: inout AppState) {
        guard let r = s.reader, let layout = r.layout, let view = viewport(s) else { return }
        let src = s.chronology.entries[r.entry].sources[r.source]
        let line = layout.line(containing: src.passage.start)
        let top = view.moved(to: line - s.readerHeight / 3).offset
        s.reader?.scroll = top
    }

    static func stepSource(_ s: inout AppState, forward: Bool) {
        guard var r = s.reader else { return }
        let n = s.chronology.entries[r.entry].sources.count
        guard n > 1 else {
            s.status = StatusMessage("This entry has one source")
            return
        }
        r.source = (r.source + (forward ? 1 : n - 1)) % n
        r.search = nil
        r.matches = []
        r.currentMatch = nil
        r.layout = nil
        s.reader = r
        s.detailSource = r.source
        prepareDocument(&s)
        relayout(&s)
        scrollToPassage(&s)
        s.status = StatusMessage("Source \(r.source + 1) of \(n): \(s.chronology.entries[r.entry].sources[r.source].file)")
    }

    /// Sets the article search; the first match at or after the top line is current.
    static func setSearch(_ s: inout AppState, term: String) {
        guard var r = s.reader else { return }
        let doc = document(s, r)
        r.search = TextSearch(term)
        r.matches = (r.search.map { search in doc.map { search.matches(in: $0.utf8) } ?? [] } ?? [])
            .filter { !$0.isEmpty }.map { ByteRange($0.lowerBound, $0.upperBound) }
        let top = r.layout.flatMap { $0.lines.indices.contains(r.scroll) ? $0.lines[r.scroll].offset : nil } ?? 0
        r.currentMatch = r.matches.isEmpty ? nil : (r.matches.firstIndex { $0.start >= top } ?? 0)
        s.reader = r
        relayout(&s)
        if let m = r.currentMatch { reveal(&s, offset: r.matches[m].start) }
        if r.search != nil, r.matches.isEmpty {
            s.status = StatusMessage("Not found in this article: \(term)", isError: true)
        } else if r.currentMatch != nil {
            showMatch(&s)
        }
    }

    static func stepMatch(_ s: inout AppState, forward: Bool) {
        guard var r = s.reader else { return }
        guard !r.matches.isEmpty else {
            s.status = StatusMessage("Not found in this article: \(r.search?.term ?? "")", isError: true)
            return
        }
        let n = r.matches.count
        r.currentMatch = ((r.currentMatch ?? -1) + (forward ? 1 : n - 1) + (r.currentMatch == nil && !forward ? 1 : 0)) % n
        s.reader = r
        relayout(&s)
        if let m = r.currentMatch { reveal(&s, offset: r.matches[m].start) }
        showMatch(&s)
    }

    private static func showMatch(_ s: inout AppState) {
        guard let r = s.reader, let layout = r.layout, let m = r.currentMatch, let view = viewport(s) else { return }
        let top = view.centring(layout.line(containing: r.matches[m].start)).offset
        s.reader?.scroll = top
        s.status = StatusMessage("Match \(m + 1) of \(r.matches.count)")
    }
}
