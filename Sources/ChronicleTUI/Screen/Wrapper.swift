import ChronicleCore

/// A piece of text to wrap: its style and, for document text, the byte offset where it
/// starts in the document (so a wrapped line knows which bytes it shows).
public struct TextPiece: Sendable {
    public var text: String
    public var style: Style
    public var offset: Int

    public init(_ text: String, _ style: Style = .normal, offset: Int = 0) {
        self.text = text
        self.style = style
        self.offset = offset
    }
}

/// A line after wrapping: styled runs, and the byte offset of its first character.
public struct WrappedLine: Equatable, Sendable {
    public var runs: [StyledRun]
    public var offset: Int

    public var text: String { runs.plainText }
}

/// Greedy word wrap by display width. Line breaks in the text are kept; a word longer
/// than the width is cut between graphemes; every character is sanitised for display.
public enum Wrapper {
    private struct Glyph {
        var text: String
        var width: Int
        var style: Style
        var offset: Int
        var isSpace: Bool
    }

    public static func wrap(_ pieces: [TextPiece], width: Int) -> [WrappedLine] {
        let width = max(1, width)
        var lines: [WrappedLine] = []
        var cur: [Glyph] = []
        var curW = 0
        var word: [Glyph] = []
        var wordW = 0
        var lastOffset = pieces.first?.offset ?? 0

        func emit(_ glyphs: [Glyph], offset: Int) {
            var g = glyphs
            while let l = g.last, l.isSpace { g.removeLast() }
            var runs: [StyledRun] = []
            for x in g {
                if let last = runs.last, last.style == x.style {
                    runs[runs.count - 1].text += x.text
                } else {
                    runs.append(StyledRun(x.text, x.style))
                }
            }
            lines.append(WrappedLine(runs: runs, offset: glyphs.first?.offset ?? offset))
        }
        func flushWord() {
            guard !word.isEmpty else { return }
            if curW + wordW > width, !cur.isEmpty {
                emit(cur, offset: lastOffset)
                cur = []
                curW = 0
            }
            while wordW > width {
                var take = 0, w = 0
                while take < word.count, w + word[take].width <= width {
                    w += word[take].width
                    take += 1
                }
                take = max(take, 1)
                emit(Array(word[..<take]), offset: word[0].offset)
                wordW -= word[..<take].reduce(0) { $0 + $1.width }
                word.removeFirst(take)
            }
            cur += word
            curW += wordW
            word = []
            wordW = 0
        }

        for piece in pieces {
            var offset = piece.offset
            for ch in piece.text {
                let size = ch.utf8.count
                defer { offset += size }
                lastOffset = offset
                if ch.isNewline {
                    flushWord()
                    emit(cur, offset: offset)
                    cur = []
                    curW = 0
                    continue
                }
                let shown: String
                if let a = ch.asciiValue, a >= 0x20, a < 0x7F {
                    shown = String(ch)
                } else {
                    shown = DisplayText.sanitize(String(ch))
                }
                for sc in shown {
                    let (glyph, w) = TextWidth.drawable(sc)
                    if w == 0 { continue }
                    if glyph == " " {
                        flushWord()
                        if !cur.isEmpty, curW + 1 <= width {
                            cur.append(Glyph(text: " ", width: 1, style: piece.style, offset: offset, isSpace: true))
                            curW += 1
                        }
                    } else {
                        word.append(Glyph(text: glyph, width: w, style: piece.style, offset: offset, isSpace: false))
                        wordW += w
                    }
                }
            }
        }
        flushWord()
        if !cur.isEmpty || lines.isEmpty { emit(cur, offset: lastOffset) }
        return lines
    }

    /// Plain text wrapped in one style.
    public static func wrap(_ text: String, style: Style = .normal, width: Int) -> [WrappedLine] {
        wrap([TextPiece(text, style)], width: width)
    }
}
