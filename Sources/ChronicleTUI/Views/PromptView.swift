import ChronicleCore

/// A prompt on the bottom line: label, the text typed so far, a block cursor.
enum PromptView {
    static func draw(_ p: PromptState, row: Int, into screen: inout Screen) {
        screen.fill(row: row, style: .normal)
        let long = DisplayText.sanitize(p.label)
        let label = TextWidth.width(long) * 2 > screen.width ? p.shortLabel : long
        var x = screen.put(label, row: row, col: 0, style: .bold)
        let room = screen.width - x - 1
        var text = DisplayText.sanitize(p.text)
        // Keep the end of a long input in view, where the typing happens.
        while TextWidth.width(text) > room, !text.isEmpty { text.removeFirst() }
        x += screen.put(text, row: row, col: x)
        screen.put(" ", row: row, col: x, style: .cursor)
    }
}
