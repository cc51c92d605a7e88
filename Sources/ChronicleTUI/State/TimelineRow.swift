/// One line of the timeline list: a year heading, a month heading, or an entry
/// (its index in the chronology's entries).
public enum TimelineRow: Hashable, Sendable {
    case year(Int)
    case month(year: Int, month: Int)
    case entry(Int)
}
