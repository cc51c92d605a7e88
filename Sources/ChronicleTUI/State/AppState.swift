import Algorithms
import ChronicleCore

/// Everything the browser shows, as one value. `Reducer` changes it; views draw it.
public struct AppState: Sendable {
    public let chronology: Chronology
    public var size: TerminalSize
    public private(set) var filter: EntryFilter = EntryFilter()
    /// The `&` pattern: only entries whose summary or actors contain it are shown.
    public private(set) var pattern: TextSearch?
    public private(set) var model: TimelineModel
    public let index: TimelineIndex
    /// Position of the selected entry in `model.visible`.
    public var cursor: Int = 0
    /// First list row on screen.
    public var scroll: Int = 0
    /// Visible ordinal where the export range started, when one is active.
    public var rangeAnchor: Int?
    public var search: TextSearch? {
        didSet { if search != oldValue { searchHits = nil } }
    }
    /// Matches of `search`, found on first use.
    public var searchHits: SearchHits?
    /// Every summary in one buffer, for timeline search: built in the first idle moment
    /// after the first frame (or by the first search, if that comes sooner).
    public private(set) var haystack: SummaryHaystack?
    public var focus: Focus = .list
    public var detailScroll: Int = 0
    /// The source of the selected entry that the detail pane marks and Enter opens.
    public var detailSource: Int = 0
    public var reader: ReaderState?
    public var overlay: Overlay?
    public var status: StatusMessage?
    public var shouldQuit = false
    /// Tallied on first use of the picker.
    public var actorCounts: [ActorCount]?
    /// The working folder, for the export prompt's default name.
    public var exportFolder: String

    public init(chronology: Chronology, size: TerminalSize, exportFolder: String = ".") {
        self.chronology = chronology
        self.size = size
        self.exportFolder = exportFolder
        index = TimelineIndex(chronology.entries)
        model = TimelineModel(index: index, entries: chronology.entries, filter: EntryFilter())
        status = StatusMessage.loading(chronology.warnings)
    }

    /// Work left for an idle moment.
    public var hasIdleWork: Bool { haystack == nil }

    public mutating func buildHaystack() -> SummaryHaystack {
        if let haystack { return haystack }
        let h = SummaryHaystack(chronology.entries)
        haystack = h
        return h
    }

    /// Index in the chronology of the selected entry.
    public var selectedIndex: Int? {
        model.visible.indices.contains(cursor) ? model.visible[cursor] : nil
    }

    public var selectedEntry: Entry? { selectedIndex.map { chronology.entries[$0] } }

    /// The inclusive range of visible ordinals being selected for export.
    public var range: ClosedRange<Int>? {
        guard let a = rangeAnchor, !model.isEmpty else { return nil }
        return min(a, cursor)...max(a, cursor)
    }

    public var context: Context {
        if size.isTooSmall { return .tooSmall }
        switch overlay {
        case .help: return .help
        case .warnings: return .warnings
        case .picker: return .picker
        case .prompt: return .prompt
        case nil: break
        }
        if reader != nil { return .reader }
        return focus == .detail ? .detail : .timeline
    }

    public var layout: MainLayout {
        guard focus == .detail else { return MainLayout(size: size, detailFocused: false) }
        return MainLayout(size: size, detailFocused: true, detailLines: detailContent?.lines.count ?? 1)
    }

    /// Opens where the story is: on the latest entry dated on or before the newest
    /// article's creation date, so a stray old aside or a plan years ahead is not the
    /// first thing seen; the entries before it fill the list above. Without any creation
    /// date the first entry stays selected.
    public mutating func openOnLatestNews() {
        guard let newest = chronology.documents.compactMap({ $0.creationDate?.date.dayNumber }).max(),
              !model.isEmpty else { return }
        cursor = max(0, model.firstDays.partitioningIndex { Int($0) > newest } - 1)
        scroll = 0
        keepCursorVisible()
    }

    /// Replaces the filter and rebuilds the rows, keeping the cursor on the same entry
    /// or the nearest one after it.
    public mutating func setFilter(_ f: EntryFilter) {
        filter = f
        rebuild()
    }

    /// Replaces the `&` pattern (nil shows every entry again) and rebuilds the rows.
    public mutating func setPattern(_ p: TextSearch?) {
        pattern = p
        rebuild()
    }

    /// Both filters at once, so the rows are built once.
    public mutating func clearFilters() {
        filter = EntryFilter()
        pattern = nil
        rebuild()
    }

    /// What an export of the range (or the view) is made from, for the file's header.
    public var exportQuery: ExportQuery {
        let r = range.map { ($0.lowerBound + 1)...($0.upperBound + 1) }
        return ExportQuery(corpus: chronology.root, filter: filter, pattern: pattern?.term, range: r,
                           shown: r == nil ? nil : model.visible.count)
    }

    /// The entries the filters other than the actors keep: the view the actor picker
    /// counts in, so that choosing other actors is not judged by the actors chosen now.
    public mutating func entriesBesidesActors() -> [Int] {
        guard !filter.actors.isEmpty else { return model.visible }
        var f = filter
        f.actors = []
        let only = pattern.map { SearchHits(search: $0, haystack: buildHaystack(), index: index).entries }
        return TimelineModel(index: index, entries: chronology.entries, filter: f, only: only).visible
    }

    private mutating func rebuild() {
        let keep = selectedIndex
        var only: [Int32]?
        if let pattern {
            only = SearchHits(search: pattern, haystack: buildHaystack(), index: index).entries
        }
        model = TimelineModel(index: index, entries: chronology.entries, filter: filter, only: only)
        rangeAnchor = nil
        cursor = keep.map { model.ordinal(nearest: $0) } ?? 0
        detailScroll = 0
        detailSource = 0
        scroll = 0
        keepCursorVisible()
    }

    /// Scrolls the list just enough for the cursor's row (and its headings, near the
    /// top) to be on screen.
    public mutating func keepCursorVisible() {
        let height = layout.list.count
        guard height > 0, !model.isEmpty else { scroll = 0; return }
        cursor = min(max(0, cursor), model.visible.count - 1)
        let row = model.rowOfVisible[cursor]
        var view = listViewport(height: height)
        if row < view.offset {
            // Show the headings just above the row when they are the first on screen.
            var top = row
            while top > 0, row - top < 2, !isEntry(model.rows[top - 1]) { top -= 1 }
            view = view.moved(to: top)
        }
        scroll = view.showing(row).offset
    }

    public func listViewport(height: Int? = nil) -> Viewport {
        Viewport(offset: scroll, contentHeight: model.rows.count, viewHeight: height ?? layout.list.count)
    }

    /// The selected entry's detail, wrapped to the pane: from the memo when it is for
    /// the same entry, width and source.
    public var detailContent: DetailContent? {
        if let memo = detailMemo, memo.key == detailKey { return memo.content }
        return selectedEntry.map { DetailContent(entry: $0, chronology: chronology, width: size.cols - 2, selectedSource: detailSource) }
    }

    private struct DetailKey: Equatable {
        var entry: Int?
        var width: Int
        var source: Int
    }

    private var detailKey: DetailKey { DetailKey(entry: selectedIndex, width: size.cols - 2, source: detailSource) }

    /// The last detail laid out, so that the keys and the frame after them lay it out once.
    private var detailMemo: (key: DetailKey, content: DetailContent?)?

    /// Lays the detail out again when what it shows changed; the reducer calls this
    /// around each action.
    public mutating func refreshDetailMemo() {
        let key = detailKey
        guard detailMemo?.key != key else { return }
        detailMemo = nil
        detailMemo = (key, detailContent)
    }

    /// The reader's text lines on screen (below its two title lines, above the footer).
    public var readerHeight: Int { max(1, size.rows - 3) }
    public var readerWidth: Int { max(10, size.cols - 2) }

    private func isEntry(_ r: TimelineRow) -> Bool {
        if case .entry = r { return true }
        return false
    }
}
