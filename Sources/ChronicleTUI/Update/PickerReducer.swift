import ChronicleCore

/// The actor picker: typing narrows, Space selects, Tab changes tab, Enter applies the
/// selection (or the highlighted actor when nothing is selected).
enum PickerReducer {
    static func reduce(_ s: inout AppState, _ action: Action) -> [Effect] {
        guard case .picker(var p) = s.overlay else { return [] }
        let page = max(1, PickerLayout(size: s.size).list.count - 1)
        switch action {
        case .type(let ch):
            p.query.append(ch)
            p.refresh()
        case .command(let command):
            switch command {
            case .deleteBackward:
                if !p.query.isEmpty { p.query.removeLast() }
                p.refresh()
            case .clearInput:
                p.query = ""
                p.refresh()
            case .down: p.highlighted += 1
            case .up: p.highlighted -= 1
            case .pageDown: p.highlighted += page
            case .pageUp: p.highlighted -= page
            case .toggleSelection:
                p.toggleHighlighted()
                p.highlighted += 1
            case .nextTab, .previousTab:
                let all = ActorTab.allCases
                let i = (p.tab.rawValue + (command == .nextTab ? 1 : all.count - 1)) % all.count
                p.tab = all[i]
                p.highlighted = 0
                p.scroll = 0
                p.refresh()
            case .submit:
                let names = p.selected.isEmpty ? p.highlightedActor.map { [$0.name] } ?? [] : p.selected
                guard !names.isEmpty else {
                    // Closing would drop what was typed; keep it to be corrected.
                    s.status = StatusMessage("No actor matches \"\(DisplayText.sanitize(p.query))\"; Backspace edits, Esc closes",
                                             isError: true)
                    break
                }
                s.overlay = nil
                var f = s.filter
                f.actors = Set(names)
                s.setFilter(f)
                let n = s.model.visible.count
                s.status = StatusMessage("Filtered to \(names.joined(separator: " or ")): \(n) entr\(n == 1 ? "y" : "ies")")
                return []
            case .cancel:
                s.overlay = nil
                return []
            default:
                break
            }
        default:
            break
        }
        p.highlighted = min(max(0, p.highlighted), max(0, p.shown.count - 1))
        p.scroll = Viewport(offset: p.scroll, contentHeight: p.shown.count, viewHeight: PickerLayout(size: s.size).list.count)
            .showing(p.highlighted).offset
        s.overlay = .picker(p)
        return []
    }
}
