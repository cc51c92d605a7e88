import ChronicleCore

/// Dates as the timeline writes them: the weekday for a day, "Dec 2025" for a month,
/// the period's name for coarser values.
public enum DateLabel {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// "Tue 02 Dec 2025", "Dec 2025", "Q1 2025", "2025", "2020s".
    public static func long(_ v: TimeValue) -> String {
        label(v, withYear: true)
    }

    /// As `long`, without the year where a heading above already gives it.
    public static func short(_ v: TimeValue) -> String {
        label(v, withYear: false)
    }

    public static func monthHeading(year: Int, month: Int) -> String {
        "\(monthNames[month - 1]) \(year)"
    }

    private static func label(_ v: TimeValue, withYear: Bool) -> String {
        let f = v.first
        let year = withYear ? " \(f.year)" : ""
        switch v.granularity {
        case .time, .day:
            let day = f.day < 10 ? "0\(f.day)" : "\(f.day)"
            var s = "\(weekdays[f.weekday - 1]) \(day) \(months[f.month - 1])\(year)"
            if v.granularity == .time, let t = v.value.split(separator: "T").last {
                s += " \(t.prefix(5))"
            }
            return s
        case .week:
            return "W\(f.adding(days: 3).isoWeek.week) \(f.adding(days: 3).year)"
        case .month:
            return "\(months[f.month - 1]) \(f.year)"
        case .season:
            let names = [3: "Spring", 6: "Summer", 9: "Autumn", 12: "Winter"]
            return "\(names[f.month] ?? "Season") \(f.year)"
        case .quarter:
            return "Q\((f.month - 1) / 3 + 1) \(f.year)"
        case .half:
            return "H\((f.month - 1) / 6 + 1) \(f.year)"
        case .year:
            return "\(f.year)"
        case .decade:
            return "\(f.year)s"
        case .century:
            return "\(f.year)–\(f.year + 99)"
        }
    }
}
