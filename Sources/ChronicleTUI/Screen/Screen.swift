/// A grid of cells: what every view renders into, and what a terminal face draws.
///
/// Writes are clipped to the grid and never split a grapheme: a character that does not
/// fit in the remaining width is left out, not cut.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, col: Int) -> Cell {
        cells[row * width + col]
    }

    /// Writes `text` at (row, col), at most `limit` columns (default: to the right edge).
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, style: Style = .normal,
                             limit: Int? = nil) -> Int {
        guard row >= 0, row < height, col < width else { return 0 }
        let end = min(width, col + (limit ?? width))
        var x = col
        for ch in text {
            let (glyph, w) = TextWidth.drawable(ch)
            if w == 0 { continue }
            if x + w > end { break }
            if x >= 0 {
                clearOverlap(row: row, col: x, count: w)
                set(row, x, Cell(text: glyph, style: style))
                for k in 1..<w { set(row, x + k, Cell(text: "", style: style)) }
            }
            x += w
        }
        return x - col
    }

    /// Writes runs one after another; returns the columns written.
    @discardableResult
    public mutating func put(_ runs: [StyledRun], row: Int, col: Int, limit: Int? = nil) -> Int {
        let end = col + (limit ?? (width - col))
        var x = col
        for run in runs where x < end {
            x += put(run.text, row: row, col: x, style: run.style, limit: end - x)
        }
        return x - col
    }

    /// Paints `count` cells (default: to the right edge) blank in `style`.
    public mutating func fill(row: Int, col: Int = 0, count: Int? = nil, style: Style) {
        guard row >= 0, row < height else { return }
        let end = min(width, col + (count ?? width))
        var x = max(0, col)
        if x < end { clearOverlap(row: row, col: x, count: end - x) }
        while x < end {
            set(row, x, Cell(text: " ", style: style))
            x += 1
        }
    }

    private mutating func set(_ row: Int, _ col: Int, _ cell: Cell) {
        cells[row * width + col] = cell
    }

    /// Blanks any wide character that [col, col+count) would cut in half.
    private mutating func clearOverlap(row: Int, col: Int, count: Int) {
        let base = row * width
        if col > 0, col < width, cells[base + col].isContinuation {
            var x = col - 1
            while x >= 0 {
                let start = !cells[base + x].isContinuation
                cells[base + x].text = " "
                if start { break }
                x -= 1
            }
        }
        var y = col + count
        while y > 0, y < width, cells[base + y].isContinuation {
            cells[base + y].text = " "
            y += 1
        }
    }

    /// The text of a row, continuations skipped, trailing blanks kept.
    public func line(_ row: Int) -> String {
        var s = ""
        for x in 0..<width {
            let c = cells[row * width + x]
            if !c.isContinuation { s += c.text }
        }
        return s
    }

    /// Every row, trailing blanks trimmed: what a snapshot test compares.
    public var lines: [String] {
        (0..<height).map { r in
            var l = line(r)
            while l.last == " " { l.removeLast() }
            return l
        }
    }

    /// The styles of a row's cells, for tests that check highlighting.
    public func styles(row: Int) -> [Style] {
        (0..<width).map { cells[row * width + $0].style }
    }
}
