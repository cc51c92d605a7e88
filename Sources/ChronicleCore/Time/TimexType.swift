/// The TIMEX3 `type` attribute.
public enum TimexType: String, Codable, Sendable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}
