import ChronicleCore

/// A prompt on the bottom line: label, the text typed so far, a block cursor.
enum PromptView {
    static func draw(_ p: PromptState, row: Int, into screen: inout Screen) {
        screen.fill(row: row, style: .normal)
        let long = DisplayText.sanitize(p.label)
        // A question takes no typing, so its label may use the whole line; an input
        // keeps at least half the line for the text.
        let asks: Bool
        if case .confirmOverwrite = p.purpose { asks = true } else { asks = false }
        let fits = asks ? TextWidth.width(long) < screen.width : TextWidth.width(long) * 2 <= screen.width
        let label = fits ? long : p.shortLabel
        var x = screen.put(label, row: row, col: 0, style: .bold)
        let room = screen.width - x - 1
        var text = DisplayText.sanitize(p.text)
        // Keep the end of a long input in view, where the typing happens.
        while TextWidth.width(text) > room, !text.isEmpty { text.removeFirst() }
        x += screen.put(text, row: row, col: x, style: p.isSuggestion ? .range : .normal)
        screen.put(" ", row: row, col: x, style: .cursor)
    }
}
