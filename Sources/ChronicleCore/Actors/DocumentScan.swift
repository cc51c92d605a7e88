/// The working state of `MentionRecognizer` over one document: its words, what it has
/// found so far, and the rules that turn a run of capitalised words into a mention.
///
/// A class: as a struct it was copied whole (memcpy) for nearly every helper called from
/// its mutating methods. It lives in one call on one thread and no access to its state
/// overlaps another, so the run-time exclusivity checks are left out.
final class DocumentScan {
    let utf8: [UInt8]
    /// The document's words (see `DocumentTokens`): shapes and hashes, no Strings.
    let words: [Token]
    let lowerVocabulary: LowerWordSet
    let index: GazetteerIndex
    let lexicon: Lexicon
    @exclusivity(unchecked) var mentions: [ActorMention] = []
    /// Names found outside headlines: the only ones a headline may repeat.
    @exclusivity(unchecked) var known = KnownNames()
    /// Whether `known` is kept (only when the document has headlines).
    @exclusivity(unchecked) var remembersNames = true
    /// The last words of the people of two words or more named so far ("Vance" of "Dorian
    /// Vance"), for a later word alone to be known as one of them.
    @exclusivity(unchecked) var personLastWords = WordTable<Bool>()
    /// Acronyms the text defines as common nouns ("improvised explosive device (IED)").
    @exclusivity(unchecked) var commonAcronyms: Set<String> = []
    /// Names written before a company officer's title ("Tesla CEO Elon Musk").
    @exclusivity(unchecked) var companies: Set<String> = []
    /// Whether some line break of the text is read as a space (`DocumentTokens.wraps`).
    var textWraps = false
    /// The names of illnesses the text names after a person ("Velden's disease").
    lazy var illnesses: Set<UInt64> = illnessNames()
    /// The names the text writes before a word that only says what kind of company it is
    /// ("Velmar Pipeline" of "Velmar Pipeline Company"), found only when a rule asks.
    lazy var companyNameCores: Set<String> = namesBeforeCompanyTail()
    /// The words the text capitalises inside a sentence (not at its start or a line's):
    /// names as the text uses them, whatever their shape ("Boeing", "Reading").
    lazy var capitalizedInProse: Set<UInt64> = {
        var out = Set<UInt64>()
        for k in words.indices {
            let w = words[k]
            guard w.isCapitalized, !w.isAllCaps, !w.afterStop, !w.lineStart else { continue }
            if !storyStarts.isEmpty, storyStarts.contains(k) { continue }
            out.insert(w.lowerHash)
        }
        return out
    }()
    /// The first words of sentences that follow a wire dateline ("LONDON (Reuters) - Shares
    /// ..."): capitalised as a sentence's first word, though no stop comes before them.
    var storyStarts: Set<Int> = []
    /// The words that label a line ("Velmar — Shares of ...", see `labelsItsLine`), found
    /// only when a rule asks.
    lazy var lineLabels: Set<UInt64> = {
        var out = Set<UInt64>()
        for k in words.indices where words[k].lineStart && words[k].isCapitalized && labelsItsLine(k) {
            out.insert(words[k].lowerHash)
        }
        return out
    }()
    /// Words before this index belong to a name already found; a name nested there
    /// ("... of the Russian Ministry of Defense") must be an institution or a place.
    @exclusivity(unchecked) var insideUntil = 0

    init(utf8: [UInt8], words: [Token], lowerVocabulary: LowerWordSet, index: GazetteerIndex, lexicon: Lexicon) {
        self.utf8 = utf8
        self.words = words
        self.lowerVocabulary = lowerVocabulary
        self.index = index
        self.lexicon = lexicon
    }

    /// "Monday", "March", "Easter", and a span of them ("July-September", "Mon-Fri"): words
    /// that are never an actor by themselves.
    func isCalendarWord(_ k: Int) -> Bool { isCalendarWord(words[k]) }

    func isCalendarWord(_ word: Token) -> Bool {
        // A span has a hyphen and a period label a digit: a word of letters alone is neither.
        !lexicon.classes(word).isDisjoint(with: .calendar)
            || !word.isASCIILetters && (isCalendarSpan(word) || isPeriodLabel(word))
    }

    /// "Q2", "H1", "FY15", "FY2024", "3Q": a quarter, half or fiscal year of a company's
    /// accounts, by its shape.
    private func isPeriodLabel(_ word: Token) -> Bool {
        guard word.hasDigit, word.range.length <= 6 else { return false }
        let b = Array(utf8[word.range.start..<word.range.end]).map(\.asciiLowercased)
        func digits(_ from: Int) -> Bool { b[from...].allSatisfy(\.isASCIIDigit) }
        switch b.count {
        case 2:
            return (b[0] == UInt8(ascii: "q") && (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(b[1]))
                || (b[0] == UInt8(ascii: "h") && (UInt8(ascii: "1")...UInt8(ascii: "2")).contains(b[1]))
                || ((UInt8(ascii: "1")...UInt8(ascii: "4")).contains(b[0]) && b[1] == UInt8(ascii: "q"))
        case 4, 6:
            return b[0] == UInt8(ascii: "f") && b[1] == UInt8(ascii: "y") && digits(2)
        default:
            return false
        }
    }

    private func isCalendarSpan(_ word: Token) -> Bool {
        guard hasHyphen(word) else { return false }
        guard word.isASCII else {
            return word.lower(utf8).split(separator: "-").allSatisfy {
                !lexicon.classes(lower: String($0)).isDisjoint(with: .calendar)
            }
        }
        // An ASCII word's parts are hashed from its bytes: no String for each part.
        var k = word.range.start
        while k < word.range.end {
            var hash = WordHash.seed
            let start = k
            while k < word.range.end, utf8[k] != UInt8(ascii: "-") {
                hash = WordHash.adding(hash, utf8[k].asciiLowercased)
                k += 1
            }
            if k > start, lexicon.classes(hash: hash).isDisjoint(with: .calendar) { return false }
            k += 1
        }
        return true
    }

    /// Function words, numbers, page words and group nouns: capitalised only at a start.
    func isStopWord(_ k: Int) -> Bool { isStopWord(words[k]) }

    func isStopWord(_ word: Token) -> Bool { !lexicon.classes(word).isDisjoint(with: .notANameStart) }

    /// The word at `k` as written.
    func text(_ k: Int) -> String { words[k].text(utf8) }

    /// Whether the word is of one of the lexicon's `classes`.
    func isWord(_ w: Token, of classes: WordClasses) -> Bool { !lexicon.classes(w).isDisjoint(with: classes) }

    /// Whether the word at `k` in lower case is `lower`.
    func spells(_ k: Int, _ lower: String) -> Bool { words[k].spells(lower, in: utf8) }

    // MARK: - Sentence shape

    /// Title Case or ALL CAPS lines: capitalisation says nothing about names there.
    func isHeadline(_ lo: Int, _ hi: Int) -> Bool {
        var long = 0, capital = 0
        for k in lo..<hi where !words[k].hasDigit && words[k].range.length >= 4 {
            long += 1
            if words[k].isCapitalized { capital += 1 }
        }
        guard long >= 3, capital >= 3 else { return false }
        // A sentence ending in a full stop is prose, however many names it has, a stop after
        // a figure's sign or a closing mark too ("... added more than 1%."); the stop of a
        // short abbreviation ("... Talks with Israel War Min.") ends no sentence.
        var end = words[hi - 1].range.end
        while end < utf8.count, end - words[hi - 1].range.end < 4,
              utf8[end] == UInt8(ascii: "%") || utf8[end] == UInt8(ascii: ")") || utf8[end] == UInt8(ascii: "\"") {
            end += 1
        }
        if let last = end < utf8.count ? utf8[end] : nil,
           last == UInt8(ascii: "."),
           !(words[hi - 1].isCapitalized && !words[hi - 1].isAllCaps && words[hi - 1].range.length <= 3) {
            return false
        }
        var lowerLong = 0
        for k in lo..<hi where !words[k].isCapitalized && words[k].range.length >= 5 { lowerLong += 1 }
        return lowerLong <= 1 || capital * 100 >= long * 85
    }

    // MARK: - Recognition

    /// Headlines: only names the body uses (or the gazetteer knows), and a full name whose
    /// surname the body uses ("Lt General Fanil Sarvarov Killed In Car Bombing").
    func recognizeHeadline(_ lo: Int, _ hi: Int) {
        // Read once: each read of the stored tables copied them (a headline adds no names).
        let known = self.known
        var i = lo
        outer: while i < hi {
            if let (entry, length) = index.match(words, at: i, limit: hi, in: utf8) {
                add(ActorMention(range: ByteRange(words[i].range.start, words[i + length - 1].range.end),
                                 text: text(i, i + length), kind: index.gazetteer.entries[entry].kind,
                                 gazetteerEntry: entry, wordCount: length), keepOnlyKnown: true)
                i += length
                continue
            }
            for n in stride(from: min(4, hi - i), through: 1, by: -1) {
                if (1..<n).contains(where: { words[i + $0].breakBefore }) { continue }
                let t = text(i, i + n)
                if let kind = known.kind(of: t) {
                    // The body's first kind repeated: no evidence of its own.
                    var echo = ActorMention(range: ByteRange(words[i].range.start, words[i + n - 1].range.end),
                                            text: t, kind: kind, wordCount: n)
                    echo.guessed = true
                    add(echo, keepOnlyKnown: true)
                    i += n
                    continue outer
                }
            }
            if i + 1 < hi, words[i].isCapitalized, !words[i + 1].breakBefore,
               known.containsLastWord(words[i + 1], in: utf8), !isCommonCapitalized(i),
               // "... Insists On Altering Trump Peace Plan": a word the text uses in lower
               // case, or shaped like a verb, is the headline's prose, not a given name.
               !lowerVocabulary.contains(words[i], in: utf8), !isVerbOrAdverbShaped(words[i]),
               // "League Approves Orsk's Stake": a body that names the person in full names
               // the given name too, and this word before the surname is another.
               !known.endsAFullName(words[i + 1], in: utf8),
               !isPersonTitle(i), !isWord(words[i], of: .demonym) {
                add(ActorMention(range: ByteRange(words[i].range.start, words[i + 1].range.end),
                                 text: text(i, i + 2), kind: .person, wordCount: 2), keepOnlyKnown: true)
                i += 2
                continue
            }
            if known.containsLastWord(words[i], in: utf8) {
                add(ActorMention(range: words[i].range, text: text(i), kind: .person, wordCount: 1),
                    keepOnlyKnown: true)
            }
            i += 1
        }
    }

    func recognize(_ lo: Int, _ hi: Int, keepOnlyKnown: Bool) {
        let first = mentions.count
        var i = lo
        var lastMentionEnd = -1  // word index after the previous mention of this sentence
        while i < hi {
            if words[i].breakBefore, let entry = addressRegion(i) {
                add(ActorMention(range: words[i].range, text: text(i), kind: .place, gazetteerEntry: entry,
                                 wordCount: 1), keepOnlyKnown: false)
                lastMentionEnd = i + 1
                i += 1
                continue
            }
            if let (entry, length) = index.match(words, at: i, limit: hi, in: utf8),
               !extendsPastGazetteer(i, length, entry, hi), !isGivenNameOfAnother(i, length, entry, hi),
               // "Austin, Texas": a known surname written as a town of a known place.
               !(length == 1 && index.gazetteer.entries[entry].kind == .person && followedByCommaPlace(i + 1, hi)) {
                let head = lowerHead(after: i + length, hi)
                let end = i + length + (head?.singular == true ? head!.length : 0)
                let kind = index.gazetteer.entries[entry].kind
                add(ActorMention(range: ByteRange(words[i].range.start, words[end - 1].range.end),
                                 text: text(i, end), kind: head == nil ? kind : .place,
                                 gazetteerEntry: head?.singular == true ? nil : entry,
                                 wordCount: end - i), keepOnlyKnown: false)
                if head?.singular == false { markList(endingAt: i, lastMentionEnd, lo, head: "region") }
                possessiveInstitution(after: end - 1, hi, keepOnlyKnown: keepOnlyKnown)
                lastMentionEnd = end
                if let resume = resumeAfterOf(i, end) {
                    insideUntil = max(insideUntil, end)
                    i = resume
                } else {
                    i = end
                }
                continue
            }
            // "The Standard & Poor's 500 index fell": a sentence word before a known name of
            // several words leaves the name to the gazetteer's match at the next word.
            if words[i].isCapitalized, isCommonCapitalized(i), i + 1 < hi, !words[i + 1].breakBefore,
               let (_, length) = index.match(words, at: i + 1, limit: hi, in: utf8), length >= 2 {
                i += 1
                continue
            }
            if words[i].isCapitalized || words[i].hasDigit || isMixedCase(words[i]),
               let found = recognizeProduct(i, lo, hi, keepOnlyKnown: keepOnlyKnown, lastMentionEnd: lastMentionEnd) {
                lastMentionEnd = found
                i = found
                continue
            }
            guard words[i].isCapitalized
                    || (words[i].hasDigit && isOrdinal(words[i]) && i + 1 < hi && words[i + 1].isCapitalized)
            else { i += 1; continue }
            let end = runEnd(from: i, hi)
            if let found = classify(i, end, lo, hi, keepOnlyKnown: keepOnlyKnown, lastMentionEnd: lastMentionEnd) {
                lastMentionEnd = found
                i = max(found, i + 1)
            } else {
                i = end
            }
        }
        defineAcronyms(lo, hi, from: first)
        if !keepOnlyKnown && remembersNames {
            for k in first..<mentions.count { known.add(mentions[k]) }
        }
    }

    /// "Austin Reaves" is not the gazetteer's "Austin" (Lloyd Austin): a one-word person
    /// alias followed by another capitalised word of the same run is a given name.
    func isGivenNameOfAnother(_ i: Int, _ length: Int, _ entry: Int, _ hi: Int) -> Bool {
        guard length == 1, index.gazetteer.entries[entry].kind == .person, i + 1 < hi else { return false }
        let next = words[i + 1]
        return next.isCapitalized && !next.breakBefore && !next.isAllCaps && !isHeadWord(next)
            && !isCommonCapitalized(i + 1) && index.match(words, at: i + 1, limit: hi, in: utf8) == nil
    }

    /// A gazetteer name followed by more of the same capitalised run that ends in an
    /// organization head ("Kyiv Post" when only "Kyiv" is known) is the longer name.
    /// `entry` and `length` are the gazetteer match at word `i`.
    func extendsPastGazetteer(_ i: Int, _ length: Int, _ entry: Int, _ hi: Int) -> Bool {
        let end = runEnd(from: i, hi)
        guard end > i + length else { return false }
        let kind = index.gazetteer.entries[entry].kind
        // "House of Commons" when only "House" is known: the "of" makes a longer name.
        if length == 1, spells(i + 1, "of"), kind == .organization { return true }
        // "Johnson & Johnson", "Ernst & Young": a known surname joined to another name by a
        // spaced ampersand is a firm's name, not the person the gazetteer knows by it.
        if length == 1, kind == .person, isSpacedAmpersandJoin(i + 1) { return true }
        // "Cleveland Cavaliers": a known place before a plural is a team.
        if kind == .place, isTeamName(i, end) { return true }
        // "Washington Mutual", "Boston Scientific": a known place followed by a word of its
        // own names something else there, unless that word is a title or a title's field, a
        // date's, another known name or a shout ("Kyiv Mayor", "US Transportation Secretary",
        // "Kyiv Monday", "Russia Ukraine", "KYIV"). So does a known product's short name: "Dow
        // Chemical" is no index.
        if kind == .place || kind == .product {
            let next = i + length
            let w = words[next]
            if w.isCapitalized, !w.isAllCaps, !w.hasDigit, !w.breakBefore, !isPersonTitle(next),
               !(next + 1 < end && isPersonTitle(next + 1)),
               !isCommonCapitalized(next), !isWord(w, of: .demonym), !w.isPossessive || next + 1 < end,
               index.match(words, at: next, limit: hi, in: utf8) == nil {
                return true
            }
        }
        // "Los Angeles County Coroner": a head right after the known name, before any "of",
        // makes it longer ("... Brigade of the Armed Forces" stays the known brigade).
        let tail = (i + length..<end).prefix { words[$0].isCapitalized }
        return tail.contains { isHeadWord(words[$0]) }
    }

    /// "DENVER Paramedics rushed ...": a word in capitals opening a line, before a word
    /// written capitalised, is a dateline when it is a place's name the text also writes
    /// in prose ("in Denver") or the gazetteer knows; it opens no name with the words
    /// after it. An acronym ("NATO Secretary General ...") is neither and stays as it is.
    func isShoutedDateline(_ k: Int) -> Bool {
        let w = words[k]
        guard w.lineStart, w.isAllCaps, w.range.length >= 4, k + 1 < words.count,
              words[k + 1].isCapitalized, !words[k + 1].isAllCaps, !words[k + 1].breakBefore,
              !w.contains(UInt8(ascii: "."), in: utf8) else { return false }
        if capitalizedInProse.contains(w.lowerHash) { return true }
        let written = text(k)
        let entry = index.entry(forText: written.prefix(1) + written.dropFirst().lowercased())
        return entry.map { index.gazetteer.entries[$0].kind == .place } ?? false
    }

    /// "Procter & Gamble", "Marks & Spencer": two capitalised words joined by an ampersand
    /// between spaces, one company's name.
    func isSpacedAmpersandJoin(_ k: Int) -> Bool {
        guard k > 0, words[k].isCapitalized, words[k - 1].isCapitalized, !words[k - 1].isPossessive else { return false }
        let gap = words[k - 1].range.end
        return words[k].range.start == gap + 3 && utf8[gap] == UInt8(ascii: " ")
            && utf8[gap + 1] == UInt8(ascii: "&") && utf8[gap + 2] == UInt8(ascii: " ")
    }

    /// End (exclusive) of the capitalised run starting at `i`.
    func runEnd(from i: Int, _ hi: Int) -> Int {
        var end = i + 1
        if words[i].isPossessive { return possessiveCompanyEnd(i, runStart: i, hi) ?? end }
        if isShoutedDateline(i) { return end }
        var j = i + 1
        while j < hi {
            if words[j].breakBefore && !(words[j].dotOnlyBefore && (isAbbreviatedTitle(words[j - 1])
                                                      || isInitial(words[j - 1]) && words[j].isCapitalized
                                                         && !isCommonCapitalized(j)))
                && !isSpacedAmpersandJoin(j) { break }
            if words[j].isCapitalized {
                // "Gleb Garanich KYIV", "Anna Berg REUTERS": a shouted word after a written
                // name is a dateline or a credit, not more of the name.
                if words[j].isAllCaps, words[j].range.length >= 3, !words[j].contains(UInt8(ascii: "."), in: utf8),
                   j - i >= 2, !isPersonTitle(j), !isHeadWord(words[j]),
                   !NameLexicon.isGenerationMark(text(j)[...], lexicon: lexicon),
                   words[j - 1].isCapitalized, !words[j - 1].isAllCaps { break }
                // "Velo Tern PCs": a plural in capitals is the kind of thing the name
                // before it makes or names, not more of the name.
                if isPluralAcronym(words[j]) { break }
                // "Dana Hale KC": letters for a seat or an honour end a person's name.
                if !words[j - 1].isAllCaps, isWord(words[j], of: .postNominal) { break }
                end = j + 1
                j += 1
                if words[j - 1].isPossessive {
                    end = possessiveCompanyEnd(j - 1, runStart: i, hi) ?? end
                    break
                }
                continue
            }
            // "for" and "on" join only after an institution ("Council on Foreign Relations");
            // a particle never follows a sentence word ("Why do Americans"), unless that
            // names a union's members ("Communication Workers of America").
            if isWord(words[j], of: .nameParticle), !words[j - 1].isPossessive,
               !isCommonCapitalized(j - 1) || j - 1 > i && isWord(words[j - 1], of: .tradeMembers) {
                let isFor = spells(j, "for"), isOn = spells(j, "on")
                guard (!isFor && !isOn) || lexicon.classes(words, j - 1).contains(.organizationHead)
                        || (isFor && (isPersonTitle(j - 1) || headedByOf(i, j) && !(j + 1 < hi && spells(j + 1, "the"))))
                else { break }
                if isCompanyOfPlace(j, runStart: i, hi) { break }
                var k = j + 1
                if k < hi, spells(k, "the"), !words[k].breakBefore { k += 1 }
                // "von der Leyen", "van den Berg": particles come in pairs.
                if k < hi, !words[k].breakBefore, !words[k].isCapitalized, !isFor, !isOn, !spells(j, "of"),
                   isWord(words[k], of: .pairedParticle) { k += 1 }
                if k < hi, words[k].isCapitalized, !words[k].breakBefore, !isCommonCapitalized(k) {
                    j = k
                    continue
                }
            }
            if let close = fieldAfterAnd(j, runStart: i, hi) ?? sharedHeadEnd(atAnd: j, runStart: i, hi) {
                end = close
                j = close
                continue
            }
            break
        }
        return end
    }

    /// "Court of Arbitration for Sport": an institution's head and "of" before the words
    /// at `j` in the run from `i`, which "for" may go on (not "for the" and another body:
    /// "the Marine Board of Investigation for the Coast Guard").
    private func headedByOf(_ i: Int, _ j: Int) -> Bool {
        (i + 1..<j).contains { spells($0, "of") && lexicon.classes(words, $0 - 1).contains(.organizationHead) }
    }

    /// "Kraft Foods of the US", "Velo Motors of Canada": after a company's name ending in its
    /// trade or legal form, "of" and a place tell where it is from, no more of its name.
    /// "Bank of England" (the head alone before "of") stays one name.
    private func isCompanyOfPlace(_ j: Int, runStart: Int, _ hi: Int) -> Bool {
        guard spells(j, "of"), j - 1 > runStart,
              isWord(words[j - 1], of: [.companyNameTail, .tradeNameTail, .companySuffix]) else { return false }
        var k = j + 1
        if k < hi, spells(k, "the") { k += 1 }
        guard k < hi, !words[k].breakBefore else { return false }
        return isPlaceAcronym(k) || startsKnownPlace(k, hi)
    }

    /// Whether a place the gazetteer knows is named from word `k` on, before `limit`.
    func startsKnownPlace(_ k: Int, _ limit: Int) -> Bool {
        index.match(words, at: k, limit: limit, in: utf8).map { index.gazetteer.entries[$0.entry].kind == .place } == true
    }

    /// "Department of Financial Protection and Innovation", "Office of Management and
    /// Budget": a body's field after "Department of" may name two things joined by
    /// "and". Where the run at `runStart` reaches an "and" at `j` inside such a field,
    /// returns the end of the capitalised words after it; nil when the "and" joins two
    /// names instead: when a given name, a title, a head, an acronym or a known name
    /// follows ("... of Transport and Ana Ruiz", "... of Defense and State Department"), or
    /// when those words go on to describe people ("... of Health and Treasury officials").
    /// After the "of" or "for" of a body of members ("Society of Motor Manufacturers and
    /// Traders", "Association of Machinists and Aerospace Workers") the field names who
    /// belong: a head may stand inside it, not at its end, and a trade's members may end it.
    /// A head that names a field (`fieldHead`) may stand in any field, at its end too
    /// ("Department of Health and Human Services").
    func fieldAfterAnd(_ j: Int, runStart: Int, _ hi: Int) -> Int? {
        guard spells(j, "and"), !words[j].breakBefore, j + 1 < hi, let opening = bodyField(before: j, runStart: runStart)
        else { return nil }
        let ofMembers = opening == .members
        var k = j + 1
        var headAt: Int? = nil
        while k < hi, k - j <= 3, words[k].isCapitalized, !words[k].breakBefore {
            let w = words[k]
            guard isFieldWord(k, hi) else { return nil }
            // "Human Services", "Electronics Engineers": a head that names a field is a field's word.
            if isHeadWord(w), !isWord(w, of: .fieldHead) {
                guard ofMembers else { return nil }
                headAt = k
            } else if isCommonCapitalized(k), !(ofMembers && isWord(w, of: .tradeMembers)) {
                return nil
            }
            k += 1
        }
        guard k > j + 1, k - j <= 3, headAt != k - 1 else { return nil }
        if k < hi, !words[k].breakBefore {
            guard !words[k].isCapitalized, !words[k].hasDigit,
                  !isWord(words[k], of: [.groupNoun, .spokesRole]) else { return nil }
        }
        return k
    }

    /// Whether the word at `k` may stand in a body's field: it opens or makes no other name
    /// (no acronym, number, given name or title, and no name the gazetteer knows from it on,
    /// up to `limit`).
    func isFieldWord(_ k: Int, _ limit: Int) -> Bool {
        let w = words[k]
        return !w.isAllCaps && !w.hasDigit && !isWord(w, of: .givenName) && !isPersonTitle(k)
            && index.match(words, at: k, limit: limit, in: utf8) == nil
    }

    /// What opens the field a name's "and" at `j` stands in.
    enum BodyField {
        /// "Department of", "Ministry of".
        case body
        /// "Society of", "Organisation for", before a field no known name opens.
        case members
    }

    /// The field `j` stands in: after an "of" after a body's head word ("Department of",
    /// "Ministry of") or an "of" or "for" after a body of members, before `j` in the run
    /// starting at `runStart` or just before that run (a name nested in the body's), with
    /// nothing but capitalised words and particles between. Nil when in none.
    private func bodyField(before j: Int, runStart: Int) -> BodyField? {
        var k = j - 1
        while k >= max(1, runStart - 1) {
            if words[k + 1].breakBefore { return nil }
            let of = spells(k, "of")
            if of || spells(k, "for") && isWord(words[k - 1], of: .memberBodyHead) {
                guard !words[k].breakBefore else { return nil }
                if of, isWord(words[k - 1], of: .bodyOfHead) { return .body }
                guard isWord(words[k - 1], of: .memberBodyHead) else { return nil }
                var field = k + 1
                if field < j, spells(field, "the") { field += 1 }
                return index.match(words, at: field, limit: j, in: utf8) == nil ? .members : nil
            }
            k -= 1
        }
        return nil
    }

    /// "Lt. Gen. Ana Ruiz", "St. Louis": an abbreviation whose dot goes on inside a name.
    func isAbbreviatedTitle(_ w: Token) -> Bool { isWord(w, of: .inNameAbbreviation) }

    /// "J" in "Antony J. Blinken": a middle initial keeps the name going past its dot.
    func isInitial(_ w: Token) -> Bool {
        w.range.length == 1 && WordScanner.isUpperASCII(utf8[w.range.start])
    }

    func isOrdinal(_ w: Token) -> Bool {
        w.lowerEnds(with: "th", in: utf8) || w.lowerEnds(with: "st", in: utf8)
            || w.lowerEnds(with: "nd", in: utf8) || w.lowerEnds(with: "rd", in: utf8)
    }

    /// Whether the word at `k` is a sentence word or a calendar word.
    func isCommonCapitalized(_ k: Int) -> Bool {
        if words[k].isAllCaps && words[k].range.length <= 4 { return false }  // "US" is not "us"
        return isStopWord(k) || isCalendarWord(k)
    }

    /// A lower-case head right after a name: an area's (`areaHead`: "region", "oblast"), a
    /// river, an airport (`airportWord`), a nuclear power plant. `singular` false for a
    /// plural head shared by a list ("... and Zaporizhia regions").
    func lowerHead(after j: Int, _ hi: Int) -> (length: Int, singular: Bool)? {
        guard j < hi, !words[j].breakBefore, !words[j].isCapitalized else { return nil }
        let classes = lexicon.classes(words[j])
        // "Dana Hale airport": an airport's name, whoever it is named after.
        if classes.contains(.areaHead) || classes.contains(.airportWord) || spells(j, "river") { return (1, true) }
        if classes.contains(.areaHeadPlural) { return (1, false) }
        if spells(j, "nuclear"), j + 2 < hi, spells(j + 1, "power"), spells(j + 2, "plant") { return (3, true) }
        if spells(j, "power"), j + 1 < hi, spells(j + 1, "plant") { return (2, true) }
        return nil
    }

    // MARK: - Helpers

    /// Whether a comma stands right before the word at `k`.
    func hasCommaBefore(_ k: Int) -> Bool {
        words[k].breakBefore && words[k].range.start >= 2 && utf8[words[k].range.start - 2] == UInt8(ascii: ",")
    }

    /// Whether the text has named `name` before, in a headline or in a sentence so far.
    func isNamedBefore(_ name: String) -> Bool {
        known.contains(name) || mentions.contains { $0.text == name }
    }

    func add(_ mention: ActorMention, keepOnlyKnown: Bool) {
        if mentions.last?.range == mention.range { return }
        var mention = mention
        // A name a wrap cuts ("Albert⏎Lorne") is written with a space.
        if textWraps, mention.wordCount >= 2, mention.text.utf8.contains(0x0A) {
            mention.text = mention.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        // A one-word place ("Austin, Texas") is not the person the gazetteer knows by that word.
        if mention.gazetteerEntry == nil, let e = index.entry(forText: mention.text) ?? shoutedEntry(mention),
           !(mention.kind == .place && mention.wordCount == 1 && index.gazetteer.entries[e].kind == .person) {
            mention.gazetteerEntry = e
            mention.kind = index.gazetteer.entries[e].kind
            mention.guessed = false
        }
        mentions.append(mention)
        if mention.kind == .person, mention.wordCount >= 2, let last = LastWord.of(mention.text) {
            personLastWords.set(String(last), true)
        }
    }

    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: utf8[words[from].range.start..<words[to - 1].range.end], as: UTF8.self)
    }

    /// Surname -> the full names of people in the text that end with it. Settling
    /// companies changes no name of two words or more, so both readers share one map.
    func fullNamesBySurname() -> [String: [String]] {
        var fullNames: [String: [String]] = [:]
        for m in mentions where m.kind == .person && m.wordCount >= 2 {
            if let last = LastWord.of(m.text) { fullNames[String(last), default: []].append(m.text) }
        }
        return fullNames
    }

    /// "Tesla said" reads like a person speaking; once the text has shown "Tesla CEO ..."
    /// and no person is called Tesla, every such mention (and every one that said nothing
    /// of its kind) is the company.
    /// `fullNames`: `fullNamesBySurname()`.
    func settleCompanies(fullNames: [String: [String]]) {
        guard !companies.isEmpty else { return }
        for k in mentions.indices where (mentions[k].kind == .person || mentions[k].kind == nil)
            && mentions[k].gazetteerEntry == nil
            && companies.contains(mentions[k].text) && fullNames[mentions[k].text] == nil {
            mentions[k].kind = .organization
            mentions[k].guessed = false
        }
    }

    /// "Le Pen" guessed a place by its article ("La Plata") is the surname of a person the
    /// document names in full ("Marine Le Pen"), before or after it.
    /// `fullNames`: `fullNamesBySurname()`.
    func settleArticleSurnames(fullNames: [String: [String]]) {
        for k in mentions.indices where mentions[k].kind == .place && mentions[k].guessed
            && mentions[k].wordCount == 2 && mentions[k].gazetteerEntry == nil {
            guard let last = LastWord.of(mentions[k].text), let full = fullNames[String(last)] else { continue }
            let tail = " " + mentions[k].text
            if full.contains(where: { $0.hasSuffix(tail) }) { mentions[k].kind = .person }
        }
    }

    /// ", Texas" or ", Kenya" right after a name, and then the clause goes on: the name is
    /// a town of that place ("Fremont, California, outside ...").
    func followedByCommaPlace(_ j: Int, _ hi: Int) -> Bool {
        guard j < hi, !words[j].dotOnlyBefore, hasCommaBefore(j), utf8[words[j].range.start - 1] == 0x20
        else { return false }
        if addressRegion(j) != nil { return true }
        guard let (entry, length) = index.match(words, at: j, limit: hi, in: utf8),
              index.gazetteer.entries[entry].kind == .place, !words[j + length - 1].isPossessive
        else { return false }
        let after = j + length
        return after >= hi || words[after].breakBefore
            || (!words[after].isCapitalized && !isPersonTitle(after))
    }

    /// The gazetteer's entry for the region a short form at `k` names in an address
    /// ("Scranton, Pa.", "Cambridge, Mass."): a capitalised word right after a name and a
    /// comma, with its dot (`regionAbbreviation`), or a postal code in capitals with none
    /// ("Austin, TX", `postalRegion`). Elsewhere such words are words or names ("Miss Ruiz",
    /// "Mass was held", "IN").
    func addressRegion(_ k: Int) -> Int? {
        let w = words[k]
        guard k > 0, w.isCapitalized, w.range.start >= 2, words[k - 1].range.end == w.range.start - 2,
              words[k - 1].isCapitalized, utf8[w.range.start - 2] == UInt8(ascii: ","), utf8[w.range.start - 1] == 0x20
        else { return nil }
        let after = w.range.end < utf8.count ? utf8[w.range.end] : nil
        let region: String?
        if w.isAllCaps {
            let ends = after.map { !$0.isASCIILetter && !$0.isASCIIDigit } ?? true
            region = w.range.length == 2 && ends ? lexicon.tables.postalRegion[w.lower(utf8)] : nil
        } else {
            region = after == UInt8(ascii: ".") ? lexicon.tables.regionAbbreviation[w.lower(utf8)] : nil
        }
        guard let region else { return nil }
        let name = region.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return index.entry(forText: name)
    }

    /// "KYIV" in a dateline or credit: a known name in capitals is that name.
    func shoutedEntry(_ m: ActorMention) -> Int? {
        // A lower-case ASCII letter anywhere rules it out without asking each Character's
        // Unicode properties (most single-word mentions are "Kyiv", not "KYIV").
        guard m.wordCount == 1, m.text.utf8.count >= 4,
              !m.text.utf8.contains(where: { WordScanner.isLowerASCII($0) }),
              isAllUppercase(m.text) else { return nil }
        return index.entry(forText: m.text.prefix(1) + m.text.dropFirst().lowercased())
    }

    /// Every Character upper case; an ASCII text is read as bytes (its only upper-case
    /// Characters are A-Z), without asking each Character's Unicode properties.
    func isAllUppercase(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.allSatisfy { WordScanner.isUpperASCII($0) } }
        return text.allSatisfy { $0.isUppercase }
    }

    /// "Divisive Orsk stunned by ..." opening a sentence or a headline, in a text that names
    /// Dan Orsk: a word shaped as an adjective or a verb, or one the text writes
    /// in lower case, before the surname of a person the text names otherwise, is the
    /// sentence's, and the surname alone the person's.
    /// `fullNames`: `fullNamesBySurname()`.
    func settleOpeningWordsBeforeSurnames(fullNames: [String: [String]]) {
        for k in mentions.indices where mentions[k].kind == .person && mentions[k].wordCount == 2
            && mentions[k].gazetteerEntry == nil {
            let text = mentions[k].text
            guard let last = LastWord.of(text), let full = fullNames[String(last)], full.contains(where: { $0 != text }),
                  let w = wordIndex(startingAt: mentions[k].range.start), w + 1 < words.count,
                  w == 0 || words[w].afterStop || words[w].lineStart,
                  !isWord(words[w], of: .givenName),
                  isAdjectiveShaped(words[w]) || isVerbOrAdverbShaped(words[w]) || lowerVocabulary.contains(words[w], in: utf8)
            else { continue }
            mentions[k].range = ByteRange(words[w + 1].range.start, mentions[k].range.end)
            mentions[k].text = String(last)
            mentions[k].wordCount = 1
        }
    }

    /// "The remarks by Ana Ruiz, which ..." said nothing of the name's kind; "Ruiz said"
    /// later does: a name of two or three words whose last word the text uses alone for a
    /// person is that person's full name.
    func settleUndecidedFullNames() {
        var surnames = Set<Substring>()
        for m in mentions where m.kind == .person && m.wordCount == 1 { surnames.insert(Substring(m.text)) }
        guard !surnames.isEmpty else { return }
        for k in mentions.indices where mentions[k].kind == nil && (2...3).contains(mentions[k].wordCount)
            && mentions[k].gazetteerEntry == nil {
            if let last = LastWord.of(mentions[k].text), surnames.contains(last) {
                mentions[k].kind = .person
                mentions[k].guessed = true
            }
        }
    }

    /// "Johnson" is the gazetteer's Boris Johnson only when the text names no other
    /// Johnson: after "Speaker Mike Johnson" it is Mike Johnson.
    /// `fullNames`: `fullNamesBySurname()`.
    func releaseSurnamesOfOthers(fullNames: [String: [String]]) {
        guard !fullNames.isEmpty else { return }
        for k in mentions.indices where mentions[k].wordCount == 1 {
            guard let e = mentions[k].gazetteerEntry, index.gazetteer.entries[e].kind == .person,
                  let others = fullNames[mentions[k].text] else { continue }
            let forms = index.forms[e]  // a handful: no Set per mention
            if others.contains(where: { !forms.contains($0) }) && !others.contains(where: { forms.contains($0) }) {
                mentions[k].gazetteerEntry = nil
            }
        }
    }
}
