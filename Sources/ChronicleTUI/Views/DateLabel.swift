import ChronicleCore

/// Dates as the timeline writes them: the weekday for a day, "Dec 2025" for a month,
/// the period's name for coarser values.
public enum DateLabel {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// "Tue 02 Dec 2025", "Tue 02 Dec 2025 07:00", "Tue 02 Dec 2025 night", "Dec 2025",
    /// "Q1 2025", "2025", "2020s".
    public static func long(_ v: TimeValue) -> String {
        label(v, withYear: true)
    }

    /// As `long`, without the year where a heading above already gives it.
    public static func short(_ v: TimeValue) -> String {
        label(v, withYear: false)
    }

    /// For the timeline's date column, which is as wide as a day: the time of day is
    /// left to the detail pane rather than cut in half ("Tue 02 Dec 202…").
    public static func column(_ v: TimeValue, long: Bool) -> String {
        label(v, withYear: long, withTime: false)
    }

    /// TIMEX3 parts of the day, in words.
    static let partsOfDay = ["MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
                             "NI": "night", "DT": "daytime"]

    public static func monthHeading(year: Int, month: Int) -> String {
        "\(monthNames[month - 1]) \(year)"
    }

    /// A weekend by its own two days ("weekend 20–21 Dec 2025"), never by a week number:
    /// counted from its Saturday, ISO arithmetic would name the following week. The date
    /// column, as wide as a day, gets "Wknd 20–21 Dec" (or "Wknd 20–21" under a heading).
    private static func weekend(_ v: TimeValue, withYear: Bool, inColumn: Bool) -> String {
        let a = v.first, b = v.last
        let days = a.month == b.month ? "\(a.day)–\(b.day) \(months[b.month - 1])"
                                      : "\(a.day) \(months[a.month - 1])–\(b.day) \(months[b.month - 1])"
        if inColumn {
            guard withYear else { return "Wknd \(a.day)–\(b.day)" }
            return a.month == b.month ? "Wknd " + days : "Wknd \(a.day) \(months[a.month - 1])"
        }
        return "weekend " + days + (withYear ? " \(b.year)" : "")
    }

    private static func label(_ v: TimeValue, withYear: Bool, withTime: Bool = true) -> String {
        let f = v.first
        let year = withYear ? " \(f.year)" : ""
        switch v.granularity {
        case .time, .day:
            let day = f.day < 10 ? "0\(f.day)" : "\(f.day)"
            var s = "\(weekdays[f.weekday - 1]) \(day) \(months[f.month - 1])\(year)"
            if withTime, v.granularity == .time, let t = v.value.split(separator: "T").last {
                s += " " + (partsOfDay[String(t.prefix(2))] ?? String(t.prefix(5)))
            }
            return s
        case .week where v.value.hasSuffix("-WE"):
            return weekend(v, withYear: withYear, inColumn: !withTime)
        case .week:
            return "W\(f.adding(days: 3).isoWeek.week) \(f.adding(days: 3).year)"
        case .month:
            return "\(months[f.month - 1]) \(f.year)"
        case .season:
            // Short names keep "Winter 2024" whole in the narrow date column.
            let names = withYear ? [3: "Spring", 6: "Summer", 9: "Autumn", 12: "Winter"]
                                 : [3: "Spr", 6: "Sum", 9: "Aut", 12: "Win"]
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
