/// What a key asks for. The reducer gives each command its meaning in the current view.
public enum Command: String, Sendable, CaseIterable, Hashable {
    case down, up, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case jumpToDate
    case open
    case toggleDetail
    case nextSource, previousSource
    case search, nextMatch, previousMatch
    case filterPattern
    case pickActors, filterEntryActors, filterKind, clearFilters
    /// Hides or shows the entries no time expression dates (dated by context or article).
    case toggleUndated
    case toggleRange, export
    /// The source article in $PAGER or $EDITOR, at the passage's line.
    case openInPager, openInEditor
    case showWarnings
    case help
    case back
    case quit
    /// Quits from any view, not only the timeline.
    case quitAnywhere
    case redraw
    // Inside the picker and prompts.
    case submit, cancel, deleteBackward, clearInput, toggleSelection, nextTab, previousTab
}
