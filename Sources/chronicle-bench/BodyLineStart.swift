import ChronicleCore

/// Where line `line` of a synthetic article's body starts: the text after its title line
/// and the blank line under it.
func bodyLineStart(_ doc: Document, line: Int) -> Int {
    var seen = 0
    for (j, byte) in doc.utf8.enumerated() where byte == 10 {
        seen += 1
        if seen == line + 2 { return j + 1 }
    }
    return 0
}
