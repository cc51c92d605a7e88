/// Where the help and warnings overlays put their lines: one box over the whole screen
/// but the footer. Their reducers scroll by it and their views draw by it.
enum OverlayLayout {
    /// Lines the box shows: the screen less its border and the footer.
    static func bodyHeight(rows: Int) -> Int { max(1, rows - 3) }

    /// Width left for a line inside the box's border and margins.
    static func lineWidth(cols: Int) -> Int { cols - 4 }
}
