extension Source {
    /// What dated the source, said for a reader: the time expression ("“on Monday” =
    /// 2025-06-02"), the clause it continues ("dated by the clause before: “...”"), or its
    /// article ("dated by the article's date, 2025-06-02").
    public func dating(in chronology: Chronology, quoteLimit: Int = 80) -> String {
        switch basis {
        case .text:
            guard let timex else { return "dated by its text" }
            return "“\(DisplayText.sanitize(timex.text))” = \(timex.value)"
        case .published:
            let day = chronology.document(id: documentID)?.creationDate?.date.iso
            return "dated by the article's date" + (day.map { ", \($0)" } ?? "")
        case .context:
            guard let datedBy, let document = chronology.document(id: documentID) else {
                return "dated by the clause before"
            }
            var clause = document.text(datedBy).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if clause.count > quoteLimit { clause = String(clause.prefix(quoteLimit - 1)) + "…" }
            return "dated by the clause before: “\(DisplayText.sanitize(clause))”"
        }
    }
}
