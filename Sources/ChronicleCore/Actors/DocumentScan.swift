/// The working state of `MentionRecognizer` over one document: its words, what it has
/// found so far, and the rules that turn a run of capitalised words into a mention.
struct DocumentScan {
    let utf8: [UInt8]
    let words: [Word]
    let lowerVocabulary: Set<String>
    let index: GazetteerIndex
    var mentions: [ActorMention] = []
    /// Names found outside headlines: the only ones a headline may repeat.
    var knownTexts: Set<String> = []
    var knownLastWords: Set<String> = []
    var knownKinds: [String: ActorKind] = [:]
    /// Acronyms the text defines as common nouns ("improvised explosive device (IED)").
    var commonAcronyms: Set<String> = []
    /// Words before this index belong to a name already found; a name nested there
    /// ("... of the Russian Ministry of Defense") must be an institution or a place.
    var insideUntil = 0

    init(utf8: [UInt8], words: [Word], lowerVocabulary: Set<String>, index: GazetteerIndex) {
        self.utf8 = utf8
        self.words = words
        self.lowerVocabulary = lowerVocabulary
        self.index = index
    }

    // MARK: - Sentence shape

    /// Title Case or ALL CAPS lines: capitalisation says nothing about names there.
    func isHeadline(_ lo: Int, _ hi: Int) -> Bool {
        var long = 0, capital = 0
        for k in lo..<hi where !words[k].hasDigit && words[k].text.utf8.count >= 4 {
            long += 1
            if words[k].isCapitalized { capital += 1 }
        }
        guard long >= 3, capital >= 3 else { return false }
        // A sentence ending in a full stop is prose, however many names it has.
        if let last = words[hi - 1].range.end < utf8.count ? utf8[words[hi - 1].range.end] : nil,
           last == UInt8(ascii: ".") {
            return false
        }
        var lowerLong = 0
        for k in lo..<hi where !words[k].isCapitalized && words[k].text.utf8.count >= 5 { lowerLong += 1 }
        return lowerLong <= 1 || capital * 100 >= long * 85
    }

    // MARK: - Recognition

    /// Headlines: only names the body uses (or the gazetteer knows), and a full name whose
    /// surname the body uses ("Lt General Fanil Sarvarov Killed In Car Bombing").
    mutating func recognizeHeadline(_ lo: Int, _ hi: Int) {
        var i = lo
        outer: while i < hi {
            if let (entry, length) = index.match(words, at: i, limit: hi) {
                add(ActorMention(range: ByteRange(words[i].range.start, words[i + length - 1].range.end),
                                 text: text(i, i + length), kind: index.gazetteer.entries[entry].kind,
                                 gazetteerEntry: entry, wordCount: length), keepOnlyKnown: true)
                i += length
                continue
            }
            for n in stride(from: min(4, hi - i), through: 1, by: -1) {
                if (1..<n).contains(where: { words[i + $0].breakBefore }) { continue }
                let t = text(i, i + n)
                if let kind = knownKinds[t] {
                    add(ActorMention(range: ByteRange(words[i].range.start, words[i + n - 1].range.end),
                                     text: t, kind: kind, wordCount: n), keepOnlyKnown: true)
                    i += n
                    continue outer
                }
            }
            if i + 1 < hi, words[i].isCapitalized, !words[i + 1].breakBefore,
               knownLastWords.contains(words[i + 1].text), !isCommonCapitalized(words[i]),
               !isPersonTitle(words[i]), NameLexicon.demonyms[words[i].lower] == nil {
                add(ActorMention(range: ByteRange(words[i].range.start, words[i + 1].range.end),
                                 text: text(i, i + 2), kind: .person, wordCount: 2), keepOnlyKnown: true)
                i += 2
                continue
            }
            if knownLastWords.contains(words[i].text) {
                add(ActorMention(range: words[i].range, text: words[i].text, kind: .person, wordCount: 1),
                    keepOnlyKnown: true)
            }
            i += 1
        }
    }

    mutating func recognize(_ lo: Int, _ hi: Int, keepOnlyKnown: Bool) {
        let first = mentions.count
        var i = lo
        var lastMentionEnd = -1  // word index after the previous mention of this sentence
        while i < hi {
            let w = words[i]
            if let (entry, length) = index.match(words, at: i, limit: hi),
               !extendsPastGazetteer(i, length, hi) {
                let head = lowerHead(after: i + length, hi)
                let end = i + length + (head?.singular == true ? head!.length : 0)
                let kind = index.gazetteer.entries[entry].kind
                add(ActorMention(range: ByteRange(w.range.start, words[end - 1].range.end),
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
            guard w.isCapitalized || (w.hasDigit && isOrdinal(w) && i + 1 < hi && words[i + 1].isCapitalized)
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
        if !keepOnlyKnown {
            for m in mentions[first...] {
                knownTexts.insert(m.text)
                if let k = m.kind, knownKinds[m.text] == nil { knownKinds[m.text] = k }
                if m.kind == .person, let last = m.text.split(separator: " ").last {
                    knownLastWords.insert(String(last))
                }
            }
        }
    }

    /// A gazetteer name followed by more of the same capitalised run that ends in an
    /// organization head ("Kyiv Post" when only "Kyiv" is known) is the longer name.
    private func extendsPastGazetteer(_ i: Int, _ length: Int, _ hi: Int) -> Bool {
        let end = runEnd(from: i, hi)
        guard end > i + length else { return false }
        let last = words[end - 1].lower
        return NameLexicon.organizationHeads.contains(last) || NameLexicon.placeHeads.contains(last)
    }

    /// End (exclusive) of the capitalised run starting at `i`.
    func runEnd(from i: Int, _ hi: Int) -> Int {
        var end = i + 1
        if words[i].isPossessive { return end }
        var j = i + 1
        while j < hi {
            let x = words[j]
            if x.breakBefore && !(x.dotOnlyBefore && isAbbreviatedTitle(words[j - 1])) { break }
            if x.isCapitalized {
                end = j + 1
                j += 1
                if x.isPossessive { break }
                continue
            }
            let lower = x.lower
            if NameLexicon.nameConnectors.contains(lower), !words[j - 1].isPossessive,
               lower != "for" || NameLexicon.organizationHeads.contains(words[j - 1].lower) {
                var k = j + 1
                if k < hi, words[k].lower == "the", !words[k].breakBefore { k += 1 }
                if k < hi, words[k].isCapitalized, !words[k].breakBefore, !isCommonCapitalized(words[k]) {
                    j = k
                    continue
                }
            }
            break
        }
        return end
    }

    private func isAbbreviatedTitle(_ w: Word) -> Bool {
        let l = w.lower
        return ["gov", "lt", "gen", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "dr", "mr",
                "mrs", "ms", "prof", "st", "u.s", "jr", "sr"].contains(l)
    }

    private func isOrdinal(_ w: Word) -> Bool {
        let t = w.lower
        return t.hasSuffix("th") || t.hasSuffix("st") || t.hasSuffix("nd") || t.hasSuffix("rd")
    }

    private func isCommonCapitalized(_ w: Word) -> Bool {
        if w.isAllCaps && w.text.utf8.count <= 4 { return false }  // "US" is not "us"
        let l = w.lower
        return NameLexicon.stopwords.contains(l) || NameLexicon.isCalendarWord(l)
    }

    /// A lower-case head right after a name: "region", "oblast", "nuclear power plant".
    /// `singular` false for a plural head shared by a list ("... and Zaporizhia regions").
    func lowerHead(after j: Int, _ hi: Int) -> (length: Int, singular: Bool)? {
        guard j < hi, !words[j].breakBefore, !words[j].isCapitalized else { return nil }
        let l = words[j].lower
        switch l {
        case "region", "oblast", "province", "district", "river", "raion", "krai", "county":
            return (1, true)
        case "regions", "oblasts", "provinces", "districts":
            return (1, false)
        default:
            break
        }
        if l == "nuclear", j + 2 < hi, words[j + 1].lower == "power", words[j + 2].lower == "plant" {
            return (3, true)
        }
        if l == "power", j + 1 < hi, words[j + 1].lower == "plant" { return (2, true) }
        return nil
    }

    // MARK: - Classification

    /// Turns the run `i..<end` into mentions; returns the word index after the last one.
    private mutating func classify(_ i: Int, _ end: Int, _ lo: Int, _ hi: Int,
                                   keepOnlyKnown: Bool, lastMentionEnd: Int) -> Int? {
        var start = i
        var titled = false
        // A lower-case role just before the run ("spokesman Dmitry Peskov", "son-in-law X").
        if i > lo, !words[i].breakBefore, isPersonTitle(words[i - 1]) { titled = true }
        let orgHeadAt = (start..<end).first { NameLexicon.organizationHeads.contains(words[$0].lower) }
        let placeHeadAt = (start..<end).first { NameLexicon.placeHeads.contains(words[$0].lower) }
        let institutional = orgHeadAt != nil || placeHeadAt != nil
        if institutional {
            let headAt = min(orgHeadAt ?? end, placeHeadAt ?? end)
            while start < headAt, isCommonCapitalized(words[start]) { start += 1 }
        } else if let t = (i..<end).last(where: { isPersonTitle(words[$0]) }) {
            // A title alone ("the Ukrainian President") or a title of something ("Professor
            // of International Politics") names nobody here.
            guard t + 1 < end, words[t + 1].isCapitalized else { return end }
            // Whatever stands before the title and its modifiers is a name of its own
            // ("NATO" in "NATO Secretary-General Mark Rutte").
            var q = t
            while q > i && NameLexicon.titles.contains(words[q - 1].lower) { q -= 1 }
            if q > i {
                _ = classify(i, q, lo, hi, keepOnlyKnown: keepOnlyKnown, lastMentionEnd: lastMentionEnd)
            }
            titled = true
            start = t + 1
        }
        while start < end, isStrippable(words[start], institutional: institutional) { start += 1 }
        // The first word of a sentence is capitalised anyway: drop it when the text uses it
        // in lower case elsewhere, or when it has the shape of a verb or adverb.
        if start < end, start == lo || words[start].afterStop, end - start >= 2,
           index.match(words, at: start, limit: hi) == nil,
           lowerVocabulary.contains(words[start].lower) || isVerbOrAdverbShaped(words[start]) {
            start += 1
        }
        // "the United States Oksana Markarova": a given name inside a run starts a person.
        if !institutional, end - start >= 3,
           let p = (start + 1..<end - 1).first(where: { NameLexicon.givenNames.contains(words[$0].lower) }),
           end - p <= 3 {
            _ = classify(start, p, lo, hi, keepOnlyKnown: keepOnlyKnown, lastMentionEnd: lastMentionEnd)
            start = p
        }
        var stop = end
        while stop > start, isCommonCapitalized(words[stop - 1]) || words[stop - 1].lower == "the" { stop -= 1 }
        guard start < stop else { return end }
        // An ordinal starts only an organization ("28th Separate Mechanized Brigade").
        if words[start].hasDigit && orgHeadAt == nil { start += 1 }
        guard start < stop else { return end }

        let head = lowerHead(after: stop, hi)
        var nameEnd = stop
        var impliedHead: String? = nil
        if let head {
            if head.singular { nameEnd = stop + head.length } else { impliedHead = "region" }
        }
        let count = stop - start
        let first = words[start]
        if count >= 2, (start..<stop).contains(where: { NameLexicon.happeningHeads.contains(words[$0].lower) }) {
            guard let resume = resumeAfterOf(start, stop) else { return end }
            insideUntil = max(insideUntil, stop)
            return resume  // "National Security Strategy of the United States"
        }
        if count == 1 && (isAdjectivalCompound(first) || isContraction(first)) { return end }
        if count == 1 && first.text.utf8.count == 1 { return end }
        if count >= 2 && (start..<stop).allSatisfy({ words[$0].isAllCaps }) { return end }  // SHOUTING
        let afterThe = start > lo && words[start - 1].lower == "the" && !words[start].breakBefore
        let atSentenceStart = start == lo || first.afterStop
        var kind: ActorKind? = nil

        if head == nil, stop < hi, !words[stop].breakBefore, words[stop].lower == "administration" {
            nameEnd = stop + 1  // "the Trump administration": a government, not the person
            kind = .organization
        } else if head != nil {
            kind = .place
        } else if let o = orgHeadAt, o >= start, o < stop, !(placeHeadAt.map { $0 > o } ?? false) {
            kind = .organization
        } else if let p = placeHeadAt, p >= start, p < stop {
            kind = .place
        } else if count >= 2 && (NameLexicon.compass.contains(first.lower)
                                 || NameLexicon.placeAcronyms.contains(words[stop - 1].text)) {
            kind = .place
        } else if titled {
            kind = .person
        } else if count == 1 && (first.isAllCaps || isMixedAcronym(first)) {
            if commonAcronyms.contains(first.text) { return end }
            if first.text.utf8.count > 6 && !first.text.contains(".") { return end }  // shouting
            // A capitalised word opening a line ("MOSCOW _ ...", "BRITAIN ESCALATES") is a
            // dateline or a headline word: what it is is left to its other mentions.
            let shouted = first.text.utf8.count >= 5 && first.lineStart
            kind = NameLexicon.placeAcronyms.contains(first.text) ? .place : (shouted ? nil : .organization)
        } else if count >= 2 && count <= 4 && NameLexicon.givenNames.contains(first.lower) {
            kind = .person
        } else if followedBySpeech(stop, hi) {
            kind = (count == 1 && first.isAllCaps) || afterThe ? .organization : .person
        } else if precededByPlacePreposition(start, lo) && !NameLexicon.givenNames.contains(first.lower)
                    && !words[stop - 1].isPossessive {
            kind = .place
        } else if count >= 2 && count <= 3 && !afterThe {
            kind = .person
        }
        let surface = text(start, nameEnd)
        if count == 1 {
            let l = first.lower
            if NameLexicon.stopwords.contains(l) || NameLexicon.isCalendarWord(l) { return end }
            if NameLexicon.demonyms[l] != nil || isPluralDemonym(l) { return end }
            if atSentenceStart && (lowerVocabulary.contains(l) || isVerbOrAdverbShaped(first)
                                   || isAdjectiveShaped(first)) { return end }
        }
        if start < insideUntil && kind != .organization && kind != .place { return end }
        if keepOnlyKnown && !knownTexts.contains(surface)
            && !(count == 1 && knownLastWords.contains(surface)) {
            return end
        }
        add(ActorMention(range: ByteRange(first.range.start, words[nameEnd - 1].range.end),
                         text: surface, kind: kind, wordCount: nameEnd - start,
                         impliedHead: impliedHead), keepOnlyKnown: keepOnlyKnown)
        if impliedHead != nil { markList(endingAt: start, lastMentionEnd, lo, head: "region") }
        possessiveInstitution(after: nameEnd - 1, hi, keepOnlyKnown: keepOnlyKnown)
        if kind == .organization || kind == .place, let resume = resumeAfterOf(start, stop) {
            insideUntil = max(insideUntil, stop)
            return resume  // "Armed Forces of Ukraine" inside "... Brigade of the Armed Forces ..."
        }
        return max(nameEnd, end)
    }

    /// The first capitalised word after an inner "of (the)": where a nested name starts.
    private func resumeAfterOf(_ start: Int, _ stop: Int) -> Int? {
        guard let of = (start + 1..<stop).first(where: { words[$0].lower == "of" }) else { return nil }
        var k = of + 1
        if k < stop, words[k].lower == "the" { k += 1 }
        return k < stop ? k : nil
    }

    private func isVerbOrAdverbShaped(_ w: Word) -> Bool {
        let l = w.lower
        return l.count > 4 && (l.hasSuffix("ing") || l.hasSuffix("ly") || l.hasSuffix("ed"))
    }

    private func isAdjectiveShaped(_ w: Word) -> Bool {
        let l = w.lower
        return l.count > 5 && ["al", "ous", "ive", "ful", "ible", "able"].contains { l.hasSuffix($0) }
    }

    /// "I’ll", "We’re": contractions, not names.
    private func isContraction(_ w: Word) -> Bool {
        for sep in ["’", "'"] {
            if let r = w.text.range(of: sep) {
                let tail = w.text[r.upperBound...]
                return tail.count <= 2 && tail.allSatisfy(\.isLowercase)
            }
        }
        return false
    }

    /// "NATO-backed", "Kremlin-friendly", "Lebanese-Israeli": adjectives, not names.
    private func isAdjectivalCompound(_ w: Word) -> Bool {
        let parts = w.lower.split(separator: "-")
        guard parts.count >= 2, let last = parts.last else { return false }
        if NameLexicon.demonyms[String(last)] != nil { return true }
        let lastWord = w.text.split(separator: "-").last!
        return lastWord.first.map { $0.isLowercase } ?? false
            && !NameLexicon.personTitles.contains(String(last))
    }

    private func isStrippable(_ w: Word, institutional: Bool) -> Bool {
        if w.isAllCaps && w.text.utf8.count <= 4 { return false }
        let l = w.lower
        if NameLexicon.stopwords.contains(l) || NameLexicon.isCalendarWord(l) { return true }
        return !institutional && !NameLexicon.compass.contains(l)
            && (NameLexicon.demonyms[l] != nil || isPluralDemonym(l))
    }

    private func isPluralDemonym(_ l: String) -> Bool {
        l.hasSuffix("s") && NameLexicon.demonyms[String(l.dropLast())] != nil
    }

    func isPersonTitle(_ w: Word) -> Bool {
        let l = w.lower
        if NameLexicon.personTitles.contains(l) { return true }
        // "comedian-turned-president", "ex-president"
        if let dash = l.lastIndex(of: "-") {
            return NameLexicon.personTitles.contains(String(l[l.index(after: dash)...]))
        }
        return false
    }

    private func isMixedAcronym(_ w: Word) -> Bool {
        // "MoD", "AfD": short, starts and ends upper case, at least two capitals.
        let r = w.range
        guard r.length >= 2, r.length <= 6, WordScanner.isUpperASCII(utf8[r.start]),
              WordScanner.isUpperASCII(utf8[r.end - 1]) else { return false }
        var capitals = 0
        for i in r.start..<r.end where WordScanner.isUpperASCII(utf8[i]) { capitals += 1 }
        return capitals >= 2
    }

    private func followedBySpeech(_ j: Int, _ hi: Int) -> Bool {
        guard j < hi else { return false }
        let w = words[j]
        if w.breakBefore { return false }
        var l = w.lower
        if (l == "has" || l == "had" || l == "also" || l == "then" || l == "later"), j + 1 < hi {
            l = words[j + 1].lower
        }
        return NameLexicon.speechVerbs.contains(l)
    }

    private func precededByPlacePreposition(_ start: Int, _ lo: Int) -> Bool {
        guard start > lo, !words[start].breakBefore else { return false }
        var k = start - 1
        if words[k].lower == "the", k > lo { k -= 1 }
        return NameLexicon.placePrepositions.contains(words[k].lower)
            || NameLexicon.placeVerbs.contains(words[k].lower)
    }

    // MARK: - Compound names

    /// "Ukraine’s air force", "Russia’s Ministry of Defense": a possessive place followed by
    /// an institution is one organization.
    private mutating func possessiveInstitution(after last: Int, _ hi: Int, keepOnlyKnown: Bool) {
        guard words[last].isPossessive, last + 1 < hi, !words[last + 1].breakBefore else { return }
        let owner = words[last].lower
        guard NameLexicon.demonyms.values.contains(owner) || isKnownPlace(words[last]) else { return }
        var end: Int? = nil
        if words[last + 1].isCapitalized {
            let runEnd = runEnd(from: last + 1, hi)
            if (last + 1..<runEnd).contains(where: { NameLexicon.organizationHeads.contains(words[$0].lower) }) {
                end = runEnd
            }
        } else {
            for phrase in NameLexicon.institutionPhrases where last + phrase.count < hi {
                if (0..<phrase.count).allSatisfy({ words[last + 1 + $0].lower == phrase[$0] && !words[last + 1 + $0].breakBefore }) {
                    end = last + 1 + phrase.count
                    break
                }
            }
        }
        guard let end else { return }
        add(ActorMention(range: ByteRange(words[last].range.start, words[end - 1].range.end),
                         text: text(last, end), kind: .organization, wordCount: end - last),
            keepOnlyKnown: false)
    }

    private func isKnownPlace(_ w: Word) -> Bool {
        mentions.last.map { $0.range.end >= w.range.end - 3 && $0.kind == .place } ?? false
    }

    /// Items of a list sharing a plural head take that head: "Donetsk, Luhansk, Kherson and
    /// Zaporizhia regions".
    private mutating func markList(endingAt start: Int, _ previousEnd: Int, _ lo: Int, head: String) {
        var boundary = start
        var k = mentions.count - 2
        while k >= 0 {
            let m = mentions[k]
            guard let firstWord = wordIndex(startingAt: m.range.start), firstWord >= lo,
                  let lastWord = wordIndex(endingAt: m.range.end) else { break }
            let between = (lastWord + 1)..<boundary
            let joined = between.allSatisfy { ["and", "or"].contains(words[$0].lower) }
                && (between.isEmpty ? words[boundary].breakBefore : true)
            guard joined, m.kind != .person else { break }
            mentions[k].impliedHead = head
            mentions[k].kind = .place
            boundary = firstWord
            k -= 1
        }
    }

    private func wordIndex(startingAt byte: Int) -> Int? {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].range.start < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo < words.count && words[lo].range.start == byte ? lo : nil
    }

    private func wordIndex(endingAt byte: Int) -> Int? {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].range.end < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo < words.count && words[lo].range.end == byte ? lo : nil
    }

    // MARK: - Acronyms

    /// "Collective Security Treaty Organization (CSTO)", "the defense ministry (MoD)": the
    /// acronym in brackets and the phrase before it are one actor. An acronym spelling out
    /// a common noun ("improvised explosive device (IED)") is no actor at all.
    private mutating func defineAcronyms(_ lo: Int, _ hi: Int, from first: Int) {
        for k in lo..<hi {
            let w = words[k]
            guard w.range.start > 0, w.range.end < utf8.count, utf8[w.range.start - 1] == UInt8(ascii: "("),
                  utf8[w.range.end] == UInt8(ascii: ")"), k > lo, w.isAllCaps || isMixedAcronym(w) else { continue }
            let letters = w.text.utf8.filter { $0 >= 65 && $0 <= 90 }.map { $0 + 32 }
            guard letters.count >= 2 else { continue }
            // Gather content words right before the bracket.
            var j = k - 1
            var initials: [UInt8] = []
            var phraseStart = k
            while j >= lo, initials.count < letters.count {
                let l = words[j].lower
                if !(NameLexicon.nameConnectors.contains(l) || l == "the") {
                    initials.append(Array(l.utf8).first ?? 0)
                }
                phraseStart = j
                if words[j].breakBefore { break }
                j -= 1
            }
            guard initials.sorted() == letters.sorted() else { continue }
            let isName = words[phraseStart].isCapitalized
            let isInstitution = NameLexicon.institutionPhrases.contains { phrase in
                phrase.count == k - phraseStart
                    && (0..<phrase.count).allSatisfy { words[phraseStart + $0].lower == phrase[$0] }
            }
            guard isName || isInstitution else {
                commonAcronyms.insert(w.text)
                mentions.removeAll { $0.text == w.text && $0.gazetteerEntry == nil }
                continue
            }
            let phraseRange = ByteRange(words[phraseStart].range.start, words[k - 1].range.end)
            var target = mentions[first...].firstIndex { $0.range == phraseRange }
            if target == nil {
                mentions.append(ActorMention(range: phraseRange, text: text(phraseStart, k),
                                             kind: .organization, wordCount: k - phraseStart))
                target = mentions.count - 1
            }
            if let acronym = mentions[first...].firstIndex(where: { $0.range == w.range }) {
                mentions[acronym].linkedTo = target
                if mentions[acronym].kind == nil { mentions[acronym].kind = mentions[target!].kind }
            }
        }
    }

    // MARK: - Helpers

    private mutating func add(_ mention: ActorMention, keepOnlyKnown: Bool) {
        if mentions.last?.range == mention.range { return }
        var mention = mention
        if mention.gazetteerEntry == nil, let e = index.entry(forText: mention.text) {
            mention.gazetteerEntry = e
            mention.kind = index.gazetteer.entries[e].kind
        }
        mentions.append(mention)
    }

    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: utf8[words[from].range.start..<words[to - 1].range.end], as: UTF8.self)
    }
}
