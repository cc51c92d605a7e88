/// Where the parts of the main screen go for a size: header, ruler, list, detail pane,
/// footer. The reducer scrolls with it and the views draw with it, so both agree.
public struct MainLayout: Equatable, Sendable {
    public let header: Int
    public let ruler: Int
    /// Rows of the timeline list.
    public let list: Range<Int>
    /// The detail pane's title bar, when the pane is shown.
    public let detailTitle: Int?
    public let detail: Range<Int>
    public let footer: Int

    public init(size: TerminalSize, detailFocused: Bool) {
        header = 0
        ruler = 1
        footer = max(0, size.rows - 1)
        let body = max(0, size.rows - 3)
        if detailFocused {
            list = 2..<2
            detailTitle = 2
            detail = 3..<(2 + body)
        } else {
            // The list keeps a little more than half; the pane shows the rest.
            let listRows = max(1, (body * 11 + 19) / 20)
            list = 2..<(2 + listRows)
            let paneStart = 2 + listRows
            if body - listRows >= 2 {
                detailTitle = paneStart
                detail = (paneStart + 1)..<(2 + body)
            } else {
                detailTitle = nil
                detail = paneStart..<paneStart
            }
        }
    }
}
