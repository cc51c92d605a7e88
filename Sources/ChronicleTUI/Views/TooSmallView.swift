/// Below the minimum size every view would be cramped past use: say so instead.
enum TooSmallView {
    static func draw(size: TerminalSize, into screen: inout Screen) {
        let min = TerminalSize.minimum
        let lines = ["Terminal too small", "\(size.cols)x\(size.rows), need \(min.cols)x\(min.rows)", "q quits"]
        let top = max(0, (size.rows - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let w = TextWidth.width(l)
            screen.put(l, row: top + i, col: max(0, (size.cols - w) / 2), style: i == 0 ? .bold : .normal)
        }
    }
}
