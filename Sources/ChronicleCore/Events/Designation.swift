import Algorithms

/// Names that take no part in what the clause tells. Some only say who a person named
/// right after them is: the country of a title ("US President Ana Ruiz") and the one a
/// person works for ("Ana Ruiz's chief negotiator, Tomas Berg"), read as a place, or a
/// person in the possessive, then at most five words ending with a title or role word, the
/// others its modifiers (a comma may close them), then the person's name. A circumstance
/// phrase ("amid the storm over X") only sets the scene.
enum Designation {
    /// How many title and role words may stand between the two names.
    static let reach = 5

    /// Whether `mention` (of `kind`) only designates the person named at `next`.
    static func describes(_ utf8: [UInt8], _ mention: ByteRange, kind: ActorKind, next: ByteRange,
                          lexicon: Lexicon) -> Bool {
        describes(utf8, mention, kind: kind, next: next, in: nil, lexicon: lexicon)
    }

    /// The same, reading the words between the names from their document's words when given.
    static func describes(_ utf8: [UInt8], _ mention: ByteRange, kind: ActorKind, next: ByteRange,
                          in document: DocumentTokens?, lexicon: Lexicon) -> Bool {
        guard next.start > mention.end, next.start - mention.end <= 80 else { return false }
        var from = mention.end
        let possessive = PossessiveEnding.end(utf8, at: from) != nil
        if possessive { from += utf8[from] == UInt8(ascii: "'") ? 2 : 4 }
        guard possessive ? kind == .person : kind == .place else { return false }
        let between = ByteRange(from, next.start)
        let words = document?.tokens(in: between, of: utf8) ?? WordScanner.tokens(utf8, in: between)
        guard !words.isEmpty, words.count <= reach else { return false }
        for (k, w) in words.enumerated() {
            // Only the name may follow a comma: "adviser, Tomas Berg".
            if k > 0, w.breakBefore { return false }
            if isRole(w, utf8, lexicon) { continue }
            // A modifier of the role ("chief trade adviser"), never a verb or a link.
            guard !w.isCapitalized, !w.hasDigit, !w.lowerEnds(with: "ed", in: utf8),
                  lexicon.classes(w).isDisjoint(with: [.functionWord, .preposition, .pastVerb, .reportingVerb,
                                                       .speechVerb, .clauseOpener]) else { return false }
        }
        return isRole(words[words.count - 1], utf8, lexicon)
    }

    /// Whether the place at `mention` only qualifies the noun after it inside a noun phrase
    /// ("the Gaza peace deal", "his Lisbon office", "the Ukraine war"): an article or a
    /// possessive before it, and right after it a lower-case word that is no verb, link or
    /// plural ("the Kremlin said", "the US will", "the Lisbon talks" are left alone).
    static func qualifiesNoun(_ words: [Token], _ mention: ByteRange, _ utf8: [UInt8], lexicon: Lexicon) -> Bool {
        let first = words.partitioningIndex { $0.range.start >= mention.start }
        let after = words.partitioningIndex { $0.range.start >= mention.end }
        guard first > 0, first < words.count, words[first].range.start == mention.start, !words[first].breakBefore,
              after < words.count, !words[after].breakBefore,
              words[after].range.start == mention.end + 1, utf8[mention.end] == UInt8(ascii: " ") else { return false }
        guard !lexicon.classes(words[first - 1]).isDisjoint(with: WordClasses.article.union(.possessivePronoun))
        else { return false }
        let noun = words[after]
        return !noun.isCapitalized && !noun.hasDigit
            && !noun.lowerEnds(with: "ed", in: utf8) && !noun.lowerEnds(with: "s", in: utf8)
            && lexicon.classes(noun).isDisjoint(with: [.functionWord, .preposition, .pastVerb, .reportingVerb,
                                                       .speechVerb, .clauseOpener, .nonFiniteCue])
    }

    /// The places that only say where a place beside them lies: the state or country after
    /// a comma in an address ("in Lima, Peru, on Monday", "Kharkiv region, Ukraine December
    /// 1") and a place in the possessive before another ("Peru's Cusco region"). In a list
    /// ("Lima, Quito and Bogota") each place is named for itself. A place inside the name of
    /// an organization only says which one it is.
    /// `names`: the sentence's mentions in text order, `words`: its tokens.
    static func locating(_ names: [(range: ByteRange, kind: ActorKind)], words: [Token], _ utf8: [UInt8],
                         lexicon: Lexicon) -> Set<Int> {
        var out = Set<Int>()
        // "Kharkiv region, Ukraine": a head word the name left out belongs to the place.
        let ends = names.map { name -> Int in
            let k = words.partitioningIndex { $0.range.start >= name.range.end }
            guard name.kind == .place, k < words.count, words[k].range.start == name.range.end + 1,
                  !words[k].breakBefore, lexicon.classes(words[k]).contains(.areaHead) else { return name.range.end }
            return words[k].range.end
        }
        func joined(_ a: Int, _ b: Int, by gap: String) -> Bool {
            names[a].kind == .place && names[b].kind == .place && ends[a] <= names[b].range.start
                && utf8[ends[a]..<names[b].range.start].elementsEqual(gap.utf8)
        }
        // "the Armed Forces of Peru": a place inside an organization's name says which one.
        for n in names.indices where names[n].kind == .place && names.contains(where: {
            $0.kind == .organization && $0.range != names[n].range && $0.range.contains(names[n].range)
        }) {
            out.insert(n)
        }
        for n in names.indices.dropLast() {
            if joined(n, n + 1, by: "'s ") || joined(n, n + 1, by: "’s ") { out.insert(n); continue }
            guard joined(n, n + 1, by: ", "), n == 0 || !joined(n - 1, n, by: ", "),
                  !isListed(after: names[n + 1].range, names: names, words: words, utf8, lexicon: lexicon)
            else { continue }
            out.insert(n + 1)
        }
        return out
    }

    /// Whether the place at `range` goes on as an item of a list: a list word or another
    /// name after it, with or without a comma ("Peru and", "Peru, the Bahamas"), or its possessive
    /// ("Lima, Peru's capital" is no address).
    private static func isListed(after range: ByteRange, names: [(range: ByteRange, kind: ActorKind)],
                                 words: [Token], _ utf8: [UInt8], lexicon: Lexicon) -> Bool {
        let k = words.partitioningIndex { $0.range.start >= range.end }
        guard k > 0 else { return false }
        if words[k - 1].isPossessive { return true }
        guard k < words.count else { return false }
        let classes = lexicon.classes(words[k])
        if classes.contains(.listJoiner) { return true }
        // ", the Netherlands": the article opens the next item's name.
        let next = classes.contains(.article) && k + 1 < words.count ? words[k + 1] : words[k]
        return names.contains { $0.range.start == next.range.start }
    }

    static func isRole(_ w: Token, _ utf8: [UInt8], _ lexicon: Lexicon) -> Bool {
        !lexicon.classes(w).isDisjoint(with: WordClasses.title.union(.personRole))
    }

    /// The circumstance phrases of a clause ("amid X's attack on Y"): the scene of what is
    /// told, whose names take no part in it. A phrase runs from its opening word to the next
    /// comma or stop, or to a word that opens a clause of its own ("amid reports that X ...",
    /// "amid a storm after X said ...").
    static func scenes(_ words: [Token], lexicon: Lexicon) -> [ByteRange] {
        var out: [ByteRange] = []
        var open: Int? = nil
        for w in words {
            let classes = lexicon.classes(w)
            if let start = open, w.breakBefore || classes.contains(.clauseOpener) {
                out.append(ByteRange(start, w.range.start))
                open = nil
            }
            if open == nil, classes.contains(.circumstanceOpener) { open = w.range.start }
        }
        if let start = open, let last = words.last { out.append(ByteRange(start, last.range.end)) }
        return out
    }
}
