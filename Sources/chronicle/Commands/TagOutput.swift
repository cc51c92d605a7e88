import ChronicleCore

/// The two faces of `chronicle tag`: JSON for scorers, an aligned table for people.
enum TagOutput {
    static func json(file: String, dct: CalendarDate?, dctFrom: String, expressions: [TimeExpression]) -> String {
        var out = "{\"file\":" + quote(file)
        out += ",\"dct\":" + (dct.map { quote($0.iso) } ?? "null")
        out += ",\"dctFrom\":" + quote(dctFrom)
        out += ",\"expressions\":["
        for (k, e) in expressions.enumerated() {
            if k > 0 { out += "," }
            out += "{\"start\":\(e.range.start),\"end\":\(e.range.end),\"text\":" + quote(e.text)
            out += ",\"type\":" + quote(e.type.rawValue) + ",\"value\":" + quote(e.value)
            out += ",\"granularity\":" + (e.granularity.map { quote($0.rawValue) } ?? "null") + "}"
        }
        return out + "]}"
    }

    static func table(file: String, dct: CalendarDate?, dctFrom: String, expressions: [TimeExpression]) -> String {
        var lines = ["\(DisplayText.sanitize(file)): DCT \(dct?.iso ?? "unknown") (\(DisplayText.sanitize(dctFrom)))"]
        let header = ["BYTES", "TYPE", "VALUE", "GRAIN", "TEXT"]
        var rows: [[String]] = []
        for e in expressions {
            rows.append(["\(e.range.start)-\(e.range.end)", e.type.rawValue, e.value,
                         e.granularity?.rawValue ?? "-", DisplayText.sanitize(e.text)])
        }
        var widths = header.map(\.count)
        for r in rows { for (c, cell) in r.enumerated() { widths[c] = max(widths[c], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                c == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - cell.count)
            }.joined(separator: "  ")
        }
        lines.append(line(header))
        lines += rows.map(line)
        lines.append("\(expressions.count) expression\(expressions.count == 1 ? "" : "s")")
        return lines.joined(separator: "\n")
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
