import Algorithms
import ChronicleCore

/// Keys on the timeline list: movement, search, filters, range and export.
enum TimelineReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .command(let command) = action else { return [] }
        let page = max(1, s.layout.list.count - 1)
        switch command {
        case .down: move(&s, to: s.cursor + 1)
        case .up: move(&s, to: s.cursor - 1)
        case .pageDown: moveRows(&s, by: page)
        case .pageUp: moveRows(&s, by: -page)
        case .halfPageDown: moveRows(&s, by: max(1, page / 2))
        case .halfPageUp: moveRows(&s, by: -max(1, page / 2))
        case .top: move(&s, to: 0)
        case .bottom: move(&s, to: s.model.visible.count - 1)
        case .jumpToDate:
            s.overlay = .prompt(PromptState(.jumpToDate))
        case .open:
            guard let i = s.selectedIndex else { return [] }
            ReaderReducer.open(&s, entry: i, source: s.detailSource)
        case .toggleDetail:
            guard s.selectedEntry != nil else { return [] }
            s.focus = .detail
            s.detailScroll = 0
            s.keepCursorVisible()
            // The entry's heading first, unless a later source was chosen in the reader.
            if s.detailSource > 0 { DetailReducer.showSource(&s) }
        case .search:
            s.overlay = .prompt(PromptState(.searchTimeline, text: s.search?.term ?? ""))
        case .filterPattern:
            s.overlay = .prompt(PromptState(.filterPattern, text: s.pattern?.term ?? ""))
        case .nextMatch: findMatch(&s, forward: true, includingCurrent: false)
        case .previousMatch: findMatch(&s, forward: false, includingCurrent: false)
        case .pickActors:
            let counts = s.actorCounts ?? ActorCount.tally(s.chronology, index: s.index)
            s.actorCounts = counts
            guard !counts.isEmpty else {
                s.status = StatusMessage("No actors in this chronology", isError: true)
                return []
            }
            s.overlay = .picker(PickerState(actors: ActorCount.counting(counts, in: s.entriesBesidesActors(), index: s.index),
                                            selected: s.filter.actors.sorted()))
        case .filterEntryActors:
            guard let e = s.selectedEntry else { return [] }
            guard !e.actors.isEmpty else {
                s.status = StatusMessage("This entry names no actors", isError: true)
                return []
            }
            var f = s.filter
            f.actors = Set(e.actors.map(\.name))
            s.setFilter(f)
            s.status = StatusMessage("Filtered to \(e.actors.map(\.name).joined(separator: " or "))")
        case .filterKind:
            guard let e = s.selectedEntry else { return [] }
            var f = s.filter
            if f.kinds == [e.kind] {
                f.kinds = []
                s.setFilter(f)
                s.status = StatusMessage("Kind filter dropped")
            } else {
                f.kinds = [e.kind]
                s.setFilter(f)
                s.status = StatusMessage("Filtered to kind \(e.kind.rawValue); K again drops it")
            }
        case .toggleUndated:
            var f = s.filter
            f.bases = f.bases.isEmpty ? [.text] : []
            s.setFilter(f)
            s.status = StatusMessage(f.bases.isEmpty ? "Entries without a date of their own shown"
                                                     : "Entries without a date of their own hidden; u shows them")
        case .clearFilters:
            s.clearFilters()
            s.status = StatusMessage("Filters cleared")
        case .toggleRange:
            guard !s.model.isEmpty else { return [] }
            if s.rangeAnchor == nil {
                s.rangeAnchor = s.cursor
                s.status = StatusMessage("Range started: move to extend it, e exports it, v drops it")
            } else {
                s.rangeAnchor = nil
                s.status = StatusMessage("Range dropped")
            }
        case .export:
            guard !s.model.isEmpty else {
                s.status = StatusMessage("Nothing to export", isError: true)
                return []
            }
            s.overlay = .prompt(PromptState(.exportPath, text: defaultExportName(s)))
        case .help:
            s.overlay = .help(scroll: 0)
        case .openInPager, .openInEditor:
            guard let i = s.selectedIndex else { return [] }
            return ExternalOpen.effect(&s, entry: i, source: s.detailSource, editor: command == .openInEditor)
        case .showWarnings:
            guard !s.chronology.warnings.isEmpty else {
                s.status = StatusMessage("No load warnings")
                return []
            }
            s.overlay = .warnings(scroll: 0)
        case .back:
            if s.rangeAnchor != nil {
                s.rangeAnchor = nil
            } else if s.search != nil {
                s.search = nil
            }
        case .quit:
            s.shouldQuit = true
        default:
            break
        }
        return []
    }

    static func move(_ s: inout AppState, to ordinal: Int) {
        guard !s.model.isEmpty else { return }
        let clamped = min(max(0, ordinal), s.model.visible.count - 1)
        if clamped != s.cursor {
            s.detailSource = 0
            s.detailScroll = 0
        }
        s.cursor = clamped
        s.keepCursorVisible()
    }

    /// Moves by screen rows (headings count), landing on the nearest entry, and scrolls
    /// the page along with the cursor.
    static func moveRows(_ s: inout AppState, by delta: Int) {
        guard !s.model.isEmpty else { return }
        let rows = s.model.rowOfVisible
        let target = rows[s.cursor] + delta
        let lo = rows.partitioningIndex { $0 >= target }
        var ordinal = delta > 0 ? min(lo, rows.count - 1) : max(0, lo < rows.count && rows[lo] == target ? lo : lo - 1)
        if delta < 0, target <= rows[0] { ordinal = 0 }
        s.scroll = s.listViewport().moved(to: s.scroll + delta).offset
        move(&s, to: ordinal)
    }

    /// Moves to the next (or previous) entry whose summary or actors match the search,
    /// wrapping around; only the entries passed over are examined.
    static func findMatch(_ s: inout AppState, forward: Bool, includingCurrent: Bool) {
        guard let search = s.search else {
            s.status = StatusMessage("No search yet: press / to search the timeline", isError: true)
            return
        }
        let n = s.model.visible.count
        guard n > 0 else { return }
        if s.searchHits == nil {
            s.searchHits = SearchHits(search: search, haystack: s.buildHaystack(), index: s.index)
        }
        let hits = s.searchHits?.entries ?? []
        let visible = s.model.visible
        let current = visible[s.cursor]
        // The first hit after (or before) the cursor that the filters let through.
        func isVisible(_ e: Int) -> Int? {
            let k = s.model.ordinal(nearest: e)
            return visible[k] == e ? k : nil
        }
        // The first hit at or after the cursor's entry.
        let lo = hits.partitioningIndex { Int($0) >= current }
        let order: [Int]
        if forward {
            let startAt = (includingCurrent || lo >= hits.count || Int(hits[lo]) != current) ? lo : lo + 1
            order = Array(startAt..<hits.count) + Array(0..<min(startAt, hits.count))
        } else {
            let before = lo - 1
            let own = lo < hits.count && Int(hits[lo]) == current && includingCurrent ? [lo] : []
            order = own + Array(stride(from: before, through: 0, by: -1)) + Array(stride(from: hits.count - 1, to: max(before, lo - 1), by: -1))
        }
        for h in order {
            guard let k = isVisible(Int(hits[h])) else { continue }
            let wrapped = forward ? k < s.cursor : k > s.cursor
            move(&s, to: k)
            if wrapped { s.status = StatusMessage("Search wrapped around") }
            return
        }
        s.status = StatusMessage("Not found: \(search.term)", isError: true)
    }

    /// "chronicle_2022-02-24_2025-12-02.md" for the entries that would be exported.
    static func defaultExportName(_ s: AppState) -> String {
        let ordinals = s.range ?? 0...(s.model.visible.count - 1)
        let first = s.chronology.entries[s.model.visible[ordinals.lowerBound]].date.first.iso
        let last = s.chronology.entries[s.model.visible[ordinals.upperBound]].date.last.iso
        let name = first == last ? "chronicle_\(first).md" : "chronicle_\(first)_\(last).md"
        return s.exportFolder == "." ? name : s.exportFolder + "/" + name
    }

    /// The chronology indices an export writes: the range, else the filtered view.
    static func exportEntries(_ s: AppState) -> [Int] {
        guard let r = s.range else { return s.model.visible }
        return Array(s.model.visible[r])
    }
}
