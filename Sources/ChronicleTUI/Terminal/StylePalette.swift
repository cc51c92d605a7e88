import CNcurses

/// How each `Style` looks: a colour pair plus attributes when colours are on, attributes
/// alone on a monochrome terminal or under NO_COLOR, so every highlight still shows.
struct StylePalette {
    private var attrs: [Style: Int32] = [:]

    init(colors: Bool) {
        let bold = Int32(ncs_A_BOLD()), reverse = Int32(ncs_A_REVERSE())
        let underline = Int32(ncs_A_UNDERLINE()), dim = Int32(ncs_A_DIM())
        if colors {
            // Pair numbers follow this table's order.
            let table: [(Style, Int32, Int32, Int32)] = [
                (.title, Int32(COLOR_BLACK), Int32(COLOR_CYAN), bold),
                (.yearHeading, Int32(COLOR_YELLOW), -1, bold),
                (.monthHeading, Int32(COLOR_CYAN), -1, bold),
                (.range, -1, Int32(COLOR_BLUE), 0),
                (.kindMarker, Int32(COLOR_MAGENTA), -1, bold),
                (.passage, Int32(COLOR_YELLOW), -1, 0),
                (.timex, Int32(COLOR_BLACK), Int32(COLOR_YELLOW), bold),
                (.match, Int32(COLOR_BLACK), Int32(COLOR_GREEN), bold),
                (.currentMatch, Int32(COLOR_BLACK), Int32(COLOR_MAGENTA), bold | underline),
                (.rulerBar, Int32(COLOR_GREEN), -1, 0),
                (.rulerCursor, Int32(COLOR_BLACK), Int32(COLOR_YELLOW), bold),
                (.footerKey, Int32(COLOR_CYAN), -1, bold),
                (.status, Int32(COLOR_GREEN), -1, bold),
                (.error, Int32(COLOR_RED), -1, bold),
                (.selectedMark, Int32(COLOR_GREEN), -1, bold),
                (.border, Int32(COLOR_BLUE), -1, 0),
            ]
            for (i, (style, fg, bg, extra)) in table.enumerated() {
                let pair = Int32(i + 1)
                init_pair(Int16(pair), Int16(fg), Int16(bg))
                attrs[style] = Int32(ncs_COLOR_PAIR(pair)) | extra
            }
            attrs[.dim] = dim
            attrs[.bold] = bold
            attrs[.cursor] = reverse | bold
            attrs[.activeTab] = reverse | bold
        } else {
            attrs = [
                .dim: dim, .bold: bold, .title: reverse | bold, .yearHeading: bold | underline,
                .monthHeading: bold, .cursor: reverse, .range: underline, .kindMarker: bold,
                .passage: underline, .timex: reverse, .match: reverse | bold, .currentMatch: reverse | bold | underline, .rulerCursor: reverse,
                .footerKey: bold, .status: bold, .error: bold | underline, .activeTab: reverse,
                .selectedMark: bold, .border: dim,
            ]
        }
    }

    func attributes(_ style: Style) -> Int32 { attrs[style] ?? 0 }
}
