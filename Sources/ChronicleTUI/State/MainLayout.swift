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

    /// `detailLines` is how many lines the selected entry's detail takes: a focused pane
    /// is that tall, up to a limit that leaves the timeline a quarter of the body.
    public init(size: TerminalSize, detailFocused: Bool, detailLines: Int = .max) {
        header = 0
        ruler = 1
        footer = max(0, size.rows - 1)
        let body = max(0, size.rows - 3)
        if detailFocused {
            let limit = max(1, body - 1 - max(3, body / 4))
            let paneRows = min(limit, max(1, detailLines))
            let listRows = body - 1 - paneRows
            list = 2..<(2 + listRows)
            detailTitle = 2 + listRows
            detail = (3 + listRows)..<(2 + body)
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
