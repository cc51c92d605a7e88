import ChronicleCore

/// The article, full screen, scrolled to the source passage; the passage, its time
/// expression and search matches highlighted.
enum ReaderView {
    static func draw(_ s: AppState, into screen: inout Screen) {
        guard let r = s.reader, let layout = r.layout else { return }
        let entry = s.chronology.entries[r.entry]
        let source = entry.sources[r.source]
        let doc = s.chronology.document(id: source.documentID)
        screen.fill(row: 0, style: .title)
        var title = " \(DisplayText.sanitize(source.file))"
        if let doc { title += " — \(DisplayText.sanitize(doc.displayTitle))" }
        let where_ = "source \(r.source + 1)/\(entry.sources.count) "
        let ww = TextWidth.width(where_)
        screen.put(TextWidth.truncate(title, to: s.size.cols - ww - 1), row: 0, col: 0, style: .title)
        screen.put(where_, row: 0, col: s.size.cols - ww, style: .title)
        let height = s.readerHeight
        // Where one is, as less says it: the line at the top and how far the screen reaches.
        let at = layout.position(top: r.scroll, height: height)
        let position = "line \(at.line)/\(at.of) \(at.percent)% "
        let pw = TextWidth.width(position)
        var info = " \(DateLabel.long(entry.date)): \(DisplayText.sanitize(entry.summary))"
        if let dct = doc?.creationDate { info = " published \(dct.date.iso) ·" + info }
        screen.put(TextWidth.truncate(info, to: s.size.cols - pw - 1), row: 1, col: 0, style: .dim)
        screen.put(position, row: 1, col: s.size.cols - pw, style: .bold)
        for i in 0..<height {
            let l = r.scroll + i
            guard l < layout.lines.count else { break }
            screen.put(layout.lines[l].runs, row: 2 + i, col: 1, limit: s.size.cols - 2)
        }
    }
}
