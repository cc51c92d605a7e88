/// Numbers in digits and in words: counts, days of the month, years.
extension TimeScanner {
    /// A cardinal in digits ("24") or words ("twenty four", "twenty-four", "a dozen").
    func cardinal(_ i: Int) -> (value: Int, end: Int)? {
        guard i < count else { return nil }
        let t = tokens[i]
        if t.kind == .number {
            guard !t.flags.contains(.numberGroup), !t.flags.contains(.ordinalSuffix),
                  !t.flags.contains(.pluralS) else { return nil }
            return (Int(t.num), i + 1)
        }
        guard t.cls == .cardinal else { return nil }
        var value = Int(t.v)
        var j = i + 1
        if value >= 20 && value <= 90 && value % 10 == 0 {
            // "twenty four", "twenty-four"
            var k = j
            if hyphen(k) { k += 1 }
            if cls(k) == .cardinal, tokens[k].v >= 1, tokens[k].v <= 9 { value += Int(tokens[k].v); j = k + 1 }
        }
        if cls(j) == .cardinal, tokens[j].v == 100 || tokens[j].v == 1000, value < 100 {
            value *= Int(tokens[j].v)
            j += 1
        }
        return (value, j)
    }

    /// A day of the month: "21", "21st", "twenty-first", "eighth".
    func dayOfMonth(_ i: Int) -> (day: Int, end: Int)? {
        guard i < count else { return nil }
        let t = tokens[i]
        if t.kind == .number {
            guard t.digits <= 2, t.num >= 1, t.num <= 31, !t.flags.contains(.numberGroup),
                  !t.flags.contains(.pluralS) else { return nil }
            return (Int(t.num), i + 1)
        }
        if t.cls == .ordinal { return (Int(t.v), i + 1) }
        if t.cls == .cardinal, t.v == 20 || t.v == 30 {
            var k = i + 1
            if hyphen(k) { k += 1 }
            if cls(k) == .ordinal, tokens[k].v <= 9 {
                let d = Int(t.v) + Int(tokens[k].v)
                return d <= 31 ? (d, k + 1) : nil
            }
        }
        return nil
    }

    /// A year: "1998", "nineteen ninety-six", "two thousand eight", "'98".
    /// Four-digit years must lie in 1000...2199; `loose` also admits bare two-digit
    /// apostrophe forms.
    mutating func yearNumber(_ i: Int) -> (year: Int, end: Int)? {
        guard i < count else { return nil }
        let t = tokens[i]
        if t.kind == .number {
            guard t.digits == 4, t.num >= 1000, t.num <= 2199, !t.flags.contains(.numberGroup),
                  !t.flags.contains(.ordinalSuffix), !t.flags.contains(.pluralS) else { return nil }
            return (Int(t.num), i + 1)
        }
        if t.punct(ASCII.apostrophe), isNumber(i + 1), glued(i + 1), tokens[i + 1].digits == 2,
           !tokens[i + 1].flags.contains(.pluralS) {
            return (twoDigitYear(Int(tokens[i + 1].num)), i + 2)
        }
        guard t.cls == .cardinal else { return nil }
        // "nineteen ninety-six", "nineteen eighty"
        if t.v >= 11 && t.v <= 20, let rest = cardinal(i + 1), rest.value >= 10, rest.value <= 99 {
            return (Int(t.v) * 100 + rest.value, rest.end)
        }
        // "two thousand", "two thousand eight", "two thousand and eight"
        if t.v == 2, cls(i + 1) == .cardinal, tokens[i + 1].v == 1000 {
            var j = i + 2
            if kw(j, .and) { j += 1 }
            if let rest = cardinal(j), rest.value < 100 { return (2000 + rest.value, rest.end) }
            return (2000, i + 2)
        }
        return nil
    }

    mutating func twoDigitYear(_ yy: Int) -> Int {
        guard let dct else { return yy < 50 ? 2000 + yy : 1900 + yy }
        let century = dct.year / 100 * 100
        let candidate = century + yy
        return candidate > dct.year + 20 ? candidate - 100 : candidate
    }
}
