/// A bordered, cleared rectangle for overlays.
enum Box {
    static func draw(top: Int, left: Int, width: Int, height: Int, title: String, into screen: inout Screen) {
        guard width >= 4, height >= 2 else { return }
        for r in top..<(top + height) {
            screen.fill(row: r, col: left, count: width, style: .normal)
            screen.put("│", row: r, col: left, style: .border)
            screen.put("│", row: r, col: left + width - 1, style: .border)
        }
        let bar = String(repeating: "─", count: width - 2)
        screen.put("┌" + bar + "┐", row: top, col: left, style: .border)
        screen.put("└" + bar + "┘", row: top + height - 1, col: left, style: .border)
        screen.put(TextWidth.truncate(" \(title) ", to: width - 4), row: top, col: left + 2, style: .title)
    }
}
