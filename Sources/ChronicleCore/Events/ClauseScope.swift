/// The part of a sentence whose actors take part in the happening one of its time
/// expressions dates. A side clause tells of something else: a relative clause after a
/// comma (", who ...", ", in which ...") tells of its antecedent, a clause of contrast after a
/// comma or semicolon (", but ...", "; while ...") of its own subject. "Ana Ruiz met Li Wei,
/// who was in Oslo last week" dates Li Wei's stay in Oslo, not the meeting; "Troops advanced
/// this week, but Lima is still talking" dates no act of Lima.
enum ClauseScope {
    /// One stretch of a passage between two clause marks.
    private struct Segment {
        var range: ByteRange
        /// Which clause the stretch belongs to: a side clause has its own, and the clause it
        /// interrupted goes on after it with the number it had.
        var clause: Int
        /// Where the antecedent of a relative clause on people (", who") begins: the names
        /// just before its comma, which the clause tells of.
        var antecedentStart: Int?
        var isRelative: Bool
    }

    /// The ranges of `passage` whose actors do not take part in the happening `timex` dates.
    /// `tokens`: the words of the passage or of a sentence holding it.
    static func outside(_ utf8: [UInt8], passage: ByteRange, timex: ByteRange, tokens: [Token],
                        lexicon: Lexicon) -> [ByteRange] {
        let segments = segments(utf8, passage: passage, tokens: tokens, lexicon: lexicon)
        guard segments.count > 1, let dated = segments.first(where: { $0.range.contains(timex) }) else { return [] }
        var outside = segments.filter { $0.clause != dated.clause }.map(\.range)
        if dated.isRelative, let antecedent = dated.antecedentStart {
            // "..., who was in Oslo last week": the clause and the names it is about.
            outside = outside.compactMap { r in
                guard r.start <= antecedent && antecedent < r.end else { return r }
                return antecedent > r.start ? ByteRange(r.start, antecedent) : nil
            }
        } else if dated.isRelative {
            // "..., which was signed on Monday": the clause is about what the one it
            // interrupts tells of, so that clause's actors stay.
            let host = segments.last { $0.range.end <= dated.range.start && !$0.isRelative }?.clause
            outside = segments.filter { $0.clause != dated.clause && $0.clause != host }.map(\.range)
        }
        return outside
    }

    /// The passage cut at its clause marks, each stretch numbered by its clause.
    private static func segments(_ utf8: [UInt8], passage: ByteRange, tokens: [Token],
                                 lexicon: Lexicon) -> [Segment] {
        var segments: [Segment] = []
        var start = passage.start
        var clause = 0, clauses = 1
        var resume: Int? = nil   // the clause an open relative clause interrupted
        var isRelative = false
        var antecedent: Int? = nil
        func cut(at offset: Int) {
            guard offset > start else { return }
            segments.append(Segment(range: ByteRange(start, offset), clause: clause,
                                    antecedentStart: antecedent, isRelative: isRelative))
            start = offset
        }
        for k in tokens.indices where tokens[k].range.start > passage.start && tokens[k].range.end <= passage.end {
            let gapStart = k > 0 ? max(tokens[k - 1].range.end, passage.start) : passage.start
            let mark = clauseMark(utf8, gapStart, tokens[k].range.start)
            guard let mark else { continue }
            let classes = lexicon.classes(tokens[k])
            let relative = relativePronoun(tokens, at: k, lexicon: lexicon)
            if relative.contains(.relativePronoun) && mark == .comma {
                cut(at: commaOffset(utf8, gapStart, tokens[k].range.start))
                resume = resume ?? clause
                clause = clauses; clauses += 1
                isRelative = true
                antecedent = relative.contains(.personRelative)
                    ? antecedentStart(utf8, tokens, before: k, from: passage.start) : nil
            } else if mark == .semicolon
                        || classes.contains(.contrastConjunction) && opensSubject(tokens, after: k, lexicon: lexicon) {
                cut(at: commaOffset(utf8, gapStart, tokens[k].range.start))
                resume = nil
                clause = clauses; clauses += 1
                isRelative = false
                antecedent = nil
            } else if let back = resume {
                // A comma closes the relative clause: the clause it interrupted goes on.
                cut(at: commaOffset(utf8, gapStart, tokens[k].range.start))
                clause = back
                resume = nil
                isRelative = false
                antecedent = nil
            }
        }
        cut(at: passage.end)
        return segments
    }

    /// The classes of the relative pronoun that opens a clause at `k`, alone or led by a
    /// preposition (", in which he ...", ", of whom two ..."); none when no such pronoun.
    static func relativePronoun(_ tokens: [Token], at k: Int, lexicon: Lexicon) -> WordClasses {
        let classes = lexicon.classes(tokens[k])
        if classes.contains(.relativePronoun) { return classes }
        guard classes.contains(.preposition), k + 1 < tokens.count, !tokens[k + 1].breakBefore else { return .none }
        let next = lexicon.classes(tokens[k + 1])
        return next.contains(.relativePronoun) ? next : .none
    }

    /// Whether the word after the conjunction at `k` opens a subject: a name, a number, or
    /// a word of the lexicon's `subjectOpener` ("the", "they").
    private static func opensSubject(_ tokens: [Token], after k: Int, lexicon: Lexicon) -> Bool {
        guard k + 1 < tokens.count else { return false }
        let next = tokens[k + 1]
        return next.isCapitalized || next.isAllCaps || next.hasDigit || lexicon.classes(next).contains(.subjectOpener)
    }

    private enum Mark { case comma, semicolon }

    /// The comma or semicolon between two words, if one stands there (not one inside a
    /// number: "170,000").
    private static func clauseMark(_ utf8: [UInt8], _ lo: Int, _ hi: Int) -> Mark? {
        var found: Mark? = nil
        for i in lo..<hi {
            switch utf8[i] {
            case UInt8(ascii: ";"): return .semicolon
            case UInt8(ascii: ","):
                let inNumber = i > 0 && i + 1 < utf8.count && utf8[i - 1].isASCIIDigit && utf8[i + 1].isASCIIDigit
                if !inNumber { found = .comma }
            default: break
            }
        }
        return found
    }

    /// Where the clause mark between two words stands, so the mark ends the stretch before.
    private static func commaOffset(_ utf8: [UInt8], _ lo: Int, _ hi: Int) -> Int {
        (lo..<hi).first { utf8[$0] == UInt8(ascii: ",") || utf8[$0] == UInt8(ascii: ";") } ?? lo
    }

    /// The capitalised words just before the relative clause's comma: the name and the titles
    /// before it ("NATO chief Ana Ruiz, who" stops at "chief"; "Li Wei, who" is Li Wei).
    private static func antecedentStart(_ utf8: [UInt8], _ tokens: [Token], before k: Int, from lo: Int) -> Int? {
        var j = k - 1
        guard j >= 0, tokens[j].range.start >= lo, tokens[j].isCapitalized || tokens[j].isAllCaps else { return nil }
        while j > 0, tokens[j - 1].range.start >= lo, tokens[j - 1].isCapitalized || tokens[j - 1].isAllCaps,
              clauseMark(utf8, tokens[j - 1].range.end, tokens[j].range.start) == nil {
            j -= 1
        }
        return tokens[j].range.start
    }
}
