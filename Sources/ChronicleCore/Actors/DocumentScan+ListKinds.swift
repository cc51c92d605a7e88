/// Names listed together are of one kind: "orders from Airbus, Boeing and Embraer", "the
/// Liberal Democrats, the SNP and Plaid Cymru", and so are the two ends of a route ("from
/// Singapore to Sydney").
extension DocumentScan {
    /// A name of a list that said nothing of its kind takes the kind most of the list's other
    /// names were given by a cue, when that kind is an organization's or a place's; one
    /// guessed from its shape only when two or more cues agree ("Reno Airport, Delta, and
    /// SSP America": one airport says little). It stays a guess. A person's cue is left
    /// alone: a list may name a person among companies.
    func settleListKinds() {
        guard mentions.count >= 2 else { return }
        // The body's mentions are added in the text's order; a headline's or a ticker's,
        // added after, joins no list with them (the joint needs them to follow each other).
        var list = [0]
        for k in mentions.indices.dropFirst() {
            let joint = listJoint(from: mentions[list[list.count - 1]].range.end, to: mentions[k].range.start)
            if joint != nil { list.append(k) }
            // "Apple, Cook said", "Cambridge, Mass.": commas alone make no list; it ends at
            // its "and" or "or".
            if joint != .comma {
                if joint == .conjunction { settleKind(ofList: list) }
                list = [k]
            }
            if isRoute(from: mentions[k - 1].range, to: mentions[k].range) { settleKind(ofList: [k - 1, k]) }
        }
    }

    private func settleKind(ofList list: [Int]) {
        var cued: [ActorKind: Int] = [:]
        for k in list where !mentions[k].guessed { if let kind = mentions[k].kind { cued[kind, default: 0] += 1 } }
        guard let (kind, count) = cued.max(by: { $0.value < $1.value }), kind == .organization || kind == .place,
              cued.values.filter({ $0 == count }).count == 1 else { return }
        for k in list where mentions[k].gazetteerEntry == nil {
            guard mentions[k].kind == nil || (count >= 2 && mentions[k].guessed && mentions[k].kind != kind)
            else { continue }
            mentions[k].kind = kind
            mentions[k].guessed = true
        }
    }

    enum ListJoint { case comma, conjunction }

    /// What joins two names of a list, when only that stands between them: ", ", or a
    /// `listJoiner` word (" and ", ", or "), each with "the" after it or not. Read in place:
    /// most mentions follow no other this closely.
    func listJoint(from a: Int, to b: Int) -> ListJoint? {
        guard b > a + 1, b - a <= 10 else { return nil }
        var end = b
        if end - a >= 6, matches(Self.the, endingAt: end) { end -= Self.the.count }
        if end - a == 2, matches(Self.comma, endingAt: end) { return .comma }
        // " and ", ", and ": a word between spaces, a comma before it or not.
        var start = a
        if matches(Self.comma, endingAt: a + 2) { start += 1 }
        guard end - start >= 3, utf8[start] == 0x20, utf8[end - 1] == 0x20,
              utf8[(start + 1)..<(end - 1)].allSatisfy(\.isASCIILower) else { return nil }
        let word = String(decoding: utf8[(start + 1)..<(end - 1)], as: UTF8.self)
        return lexicon.classes(lower: word).contains(.listJoiner) ? .conjunction : nil
    }

    /// "from Singapore to Sydney": " to " between the two names and "from " before the first.
    private func isRoute(from a: ByteRange, to b: ByteRange) -> Bool {
        b.start - a.end == Self.to.count && matches(Self.to, endingAt: b.start) && matches(Self.from, endingAt: a.start)
    }

    private func matches(_ bytes: [UInt8], endingAt end: Int) -> Bool {
        let start = end - bytes.count
        guard start >= 0 else { return false }
        for i in bytes.indices where utf8[start + i] != bytes[i] { return false }
        return true
    }

    private static let the = Array("the ".utf8)
    private static let to = Array(" to ".utf8)
    private static let from = Array("from ".utf8)
    private static let comma = Array(", ".utf8)
}
