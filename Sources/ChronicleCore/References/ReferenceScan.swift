/// The working state of `ReferenceResolver` over one document: what has been named or
/// resolved so far, in text order, and what the text has taught about each actor.
final class ReferenceScan {
    let utf8: [UInt8]
    let words: [Token]
    let resolver: ReferenceResolver
    /// `ReferenceWord.classes` and the words that end a description before its role noun
    /// ("the company that", "the firm in"), read once here rather than per word.
    let referenceClasses: WordClasses
    let descriptionEnds: WordClasses

    /// One naming of an actor, literal or resolved.
    struct Mention {
        var actor: Int
        var sentence: Int
        var position: Int
        /// Neither governed by a preposition nor a possessive ("with X", "X's"): the first
        /// such mention of a kind in a sentence is taken for its subject.
        var free: Bool
        /// Named as where a report came from ("according to X", "polled by X"): no
        /// antecedent of "the company" or "it".
        var source = false
    }

    var history: [Mention] = []
    /// Two or more people named together ("X and Y"), for "they" and "the pair".
    var groups: [(actors: [Int], sentence: Int)] = []
    /// Role words each actor was introduced with ("planemaker", "executive", "president").
    var roles: [Int: Set<String>] = [:]
    /// Actors named right before a product of theirs ("Velo Z20s", "Velo Aviation Z20"):
    /// makers, which a role of an operator ("the airline") never stands for.
    var makers: Set<Int> = []
    /// The nationality written before a person's title ("Russian President X").
    var nationality: [Int: String] = [:]
    var gender: [Int: Pronoun.Gender] = [:]
    var found: [Reference] = []

    /// Where the last literal name ended: "the planemaker" right after "Acme, " is its
    /// apposition, not a reference.
    var lastNamedEnd = -1
    var sentence = 0
    var sentenceStartWord = 0
    /// Where the sentence goes on after its wire dateline, if it opens with one.
    var datelineEnd = 0

    init(utf8: [UInt8], words: [Token], resolver: ReferenceResolver) {
        self.utf8 = utf8
        self.words = words
        self.resolver = resolver
        referenceClasses = ReferenceWord.classes
        descriptionEnds = [.functionWord, .preposition]
    }

    func kind(_ actor: Int) -> ActorKind { resolver.actors[actor].kind }

    /// What the word stands for, read from the corpus's lexicon.
    /// Most words are in no reference class and skip `ReferenceWord`'s tests.
    func referenceWord(_ w: Token) -> ReferenceWord? {
        let classes = resolver.lexicon.classes(w)
        return classes.isDisjoint(with: referenceClasses) ? nil : ReferenceWord(classes)
    }

    func walk(sentences: [ByteRange], named: [(range: ByteRange, actor: Int)]) {
        var k = 0
        var m = 0
        for (s, range) in sentences.enumerated() {
            sentence = s
            while k < words.count && words[k].range.start < range.start { k += 1 }
            while m < named.count && named[m].range.start < range.start { m += 1 }
            sentenceStartWord = k
            // Only a paragraph opens with a dateline: most sentences are told so at once.
            let opensParagraph = range.start == 0 || utf8[range.start - 1] == 0x0A
            datelineEnd = opensParagraph ? WireDateline.end(utf8, range, lexicon: resolver.lexicon) ?? range.start
                : range.start
            var previousNamed: (end: Int, actor: Int)? = nil
            while k < words.count && words[k].range.end <= range.end {
                if m < named.count, named[m].range.start <= words[k].range.start {
                    let (r, actor) = named[m]
                    let first = k
                    while k < words.count && words[k].range.start < r.end { k += 1 }
                    note(actor, firstWord: first, lastWord: max(first, k - 1), range: r)
                    if let p = previousNamed, kind(p.actor) == .person, kind(actor) == .person,
                       isAnd(from: p.end, to: r.start) {
                        groups.append((actors: [p.actor, actor], sentence: s))
                    }
                    if let p = previousNamed, kind(p.actor) == .organization, kind(actor) == .product,
                       r.start == p.end + 1, utf8[p.end] == 0x20 {
                        makers.insert(p.actor)
                    }
                    previousNamed = (r.end, actor)
                    m += 1
                    while m < named.count && named[m].range.start < r.end { m += 1 }
                    continue
                }
                k = read(k, sentenceEnd: range.end)
            }
        }
    }

    /// A literal name, and the roles the words around it teach.
    func note(_ actor: Int, firstWord: Int, lastWord: Int, range: ByteRange) {
        let free = !governed(firstWord) && !words[lastWord].isPossessive
        // A dateline's agency ("KYIV (Reuters) -") filed the story; it is no antecedent.
        history.append(Mention(actor: actor, sentence: sentence, position: range.start, free: free,
                               source: range.end <= datelineEnd || namedAsSource(firstWord)))
        lastNamedEnd = range.end
        learnRoles(actor, firstWord: firstWord, lastWord: lastWord)
        if gender[actor] == nil, kind(actor) == .person, let g = introducedGender(actor, firstWord: firstWord) {
            gender[actor] = g
        }
    }

    /// The gender a person's name or the title just before it tells ("Ana Roe", "Mrs.
    /// Roe", "spokeswoman Roe"), if any.
    func introducedGender(_ actor: Int, firstWord: Int) -> Pronoun.Gender? {
        let lexicon = resolver.lexicon
        var k = firstWord - 1
        while k >= sentenceStartWord, k >= firstWord - 2 {
            let classes = lexicon.classes(words, k)
            if classes.contains(.femaleTitle) { return .female }
            if classes.contains(.maleTitle) { return .male }
            k -= 1
        }
        return resolver.nameGenders[actor]
    }

    /// Reads the word at `k` (outside any name) and returns the next word to read.
    func read(_ k: Int, sentenceEnd: Int) -> Int {
        if words[k].spells("the", in: utf8), let next = description(at: k, sentenceEnd: sentenceEnd) { return next }
        if words[k].isCapitalized, let next = nationality(at: k, sentenceEnd: sentenceEnd) { return next }
        if case .pronoun(let p)? = referenceWord(words[k]) { pronoun(p, at: k, sentenceEnd: sentenceEnd) }
        return k + 1
    }

    /// Whether only " and " (or ", and ") separates two names.
    func isAnd(from a: Int, to b: Int) -> Bool {
        guard b > a, b - a <= 6 else { return false }
        let between = utf8[a..<b]
        return between.elementsEqual(" and ".utf8) || between.elementsEqual(", and ".utf8)
    }

    func record(_ actor: Int, words from: Int, _ to: Int, free: Bool) {
        let range = ByteRange(words[from].range.start, words[to].range.end)
        found.append(Reference(range: range, actor: actor,
                               text: String(decoding: utf8[range.start..<range.end], as: UTF8.self)))
        history.append(Mention(actor: actor, sentence: sentence, position: range.start, free: free))
    }

    /// The actor of the nearest sentence (this one before `position`, then up to `reach`
    /// before it) that holds an acceptable one: the only one there, else the first when it
    /// is free (the subject); otherwise two equal candidates give none. `excluded` (the
    /// subject of an object pronoun's own clause) is never the answer.
    func nearest(before position: Int, reach: Int, excluded: Int? = nil,
                 skippingSources: Bool = false, _ accept: (Int) -> Bool) -> Int? {
        for back in 0...reach {
            let t = sentence - back
            guard t >= 0 else { return nil }
            var here = candidates(in: t, before: position) { accept($0) && $0 != excluded }
            if skippingSources { here.removeAll { $0.source } }
            guard let first = here.first else { continue }
            if here.allSatisfy({ $0.actor == first.actor }) || first.free { return first.actor }
            return nil
        }
        return nil
    }

    /// The accepted mentions of sentence `t` before `position`, in text order.
    func candidates(in t: Int, before position: Int, _ accept: (Int) -> Bool) -> [Mention] {
        var h = history.count - 1
        while h >= 0 && history[h].sentence > t { h -= 1 }
        var out: [Mention] = []
        while h >= 0 && history[h].sentence == t {
            if history[h].position < position && accept(history[h].actor) { out.append(history[h]) }
            h -= 1
        }
        return out.reversed()
    }

    /// The most recent mention, anywhere before, of an actor `accept` takes.
    func latest(_ accept: (Int) -> Bool) -> Int? {
        for e in history.reversed() where accept(e.actor) { return e.actor }
        return nil
    }

    /// "according to a consensus estimate from X", "analysts polled by X": a `sourceCue`
    /// before the name at `k`, with only lower-case words of the same clause between.
    func namedAsSource(_ k: Int) -> Bool {
        var j = k - 1
        while j >= sentenceStartWord, k - j <= 7, !words[j + 1].breakBefore, !words[j].isCapitalized {
            if resolver.lexicon.classes(words, j).contains(.sourceCue) { return true }
            j -= 1
        }
        return false
    }

    /// Whether the word before `k` (in this sentence) governs it as a preposition.
    func governed(_ k: Int) -> Bool {
        k > sentenceStartWord && !words[k].breakBefore && resolver.lexicon.classes(words, k - 1).contains(.preposition)
    }
}
