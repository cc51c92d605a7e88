/// What a cell means, not how it looks: each terminal face decides the look, so the
/// same screen reads in colour, in monochrome and in a test.
public enum Style: String, Sendable, CaseIterable, Hashable {
    case normal
    case dim
    case bold
    /// The header bar and overlay titles.
    case title
    case yearHeading
    case monthHeading
    /// The row under the cursor.
    case cursor
    /// Rows inside the export range.
    case range
    case kindMarker
    /// A source passage in the reader or detail pane.
    case passage
    /// The time expression inside a passage.
    case timex
    /// A search match.
    case match
    /// The search match `n`/`N` stepped to.
    case currentMatch
    case rulerBar
    case rulerCursor
    case footerKey
    case footer
    case status
    case error
    case tab
    case activeTab
    case selectedMark
    case border
}
