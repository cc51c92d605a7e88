/// How `DocumentScan` turns a run of capitalised words into mentions: which words to
/// strip (sentence words, demonyms, titles), and what the rest is (person, place,
/// organization, or not yet known).
extension DocumentScan {
    /// Turns the run `i..<end` into mentions; returns the word index after the last one.
    mutating func classify(_ i: Int, _ end: Int, _ lo: Int, _ hi: Int,
                                   keepOnlyKnown: Bool, lastMentionEnd: Int) -> Int? {
        var start = i
        var titled = false
        // A lower-case role just before the run ("spokesman Dmitry Peskov", "son-in-law X").
        if i > lo, !words[i].breakBefore, isPersonTitle(words[i - 1]) { titled = true }
        let orgHeadAt = (start..<end).first { NameLexicon.organizationHeads.contains(words[$0]) }
        let placeHeadAt = (start..<end).first { NameLexicon.placeHeads.contains(words[$0]) }
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
            while q > i && NameLexicon.titles.contains(words[q - 1]) { q -= 1 }
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
           lowerVocabulary.contains(words[start]) || isVerbOrAdverbShaped(words[start]) {
            start += 1
        }
        // "the United States Oksana Markarova": a given name inside a run starts a person.
        if !institutional, end - start >= 3,
           let p = (start + 1..<end - 1).first(where: { NameLexicon.givenNames.contains(words[$0]) }),
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
        if count >= 2, (start..<stop).contains(where: { NameLexicon.happeningHeads.contains(words[$0]) }) {
            guard let resume = resumeAfterOf(start, stop) else { return end }
            insideUntil = max(insideUntil, stop)
            return resume  // "National Security Strategy of the United States"
        }
        if count == 1 && (isAdjectivalCompound(first) || isContraction(first)) { return end }
        if count == 1 && first.text.utf8.count == 1 { return end }
        if count >= 2 && (start..<stop).allSatisfy({ words[$0].isAllCaps }) { return end }  // SHOUTING
        // A determiner makes the run a common noun phrase ("such a Great Taking").
        let afterThe = start > lo && Self.determiners.contains(words[start - 1])
            && onlySpaceOrQuotes(from: words[start - 1].range.end, to: words[start].range.start)
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
        } else if count >= 2 && (NameLexicon.compass.contains(first)
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
        } else if count >= 2 && count <= 4 && NameLexicon.givenNames.contains(first) {
            kind = .person
        } else if followedBySpeech(stop, hi) {
            kind = (count == 1 && first.isAllCaps) || afterThe ? .organization : .person
        } else if precededByPlacePreposition(start, lo) && !NameLexicon.givenNames.contains(first)
                    && !words[stop - 1].isPossessive {
            kind = .place
        } else if count >= 2 && count <= 3 && !afterThe {
            // With no title, given name or speech to go by, a run made of words the text
            // also writes in lower case ("Social Security") is not a person.
            if (start..<stop).contains(where: { lowerVocabulary.contains(words[$0]) }) { return end }
            kind = .person
        }
        let surface = text(start, nameEnd)
        // "Part 1", "Phase 2", "Article 5": a common word labelling a number, even after a
        // title; "Putin 2" (a name the text never writes in lower case) stays a name.
        if count == 1, stop < hi, !words[stop].breakBefore, words[stop].hasDigit, !words[stop].isCapitalized,
           lowerVocabulary.contains(first) {
            return end
        }
        if count == 1 {
            if NameLexicon.stopwords.contains(first) || NameLexicon.isCalendarWord(first) { return end }
            if NameLexicon.demonymWords.contains(first) || isPluralDemonym(first.lower) { return end }
            if atSentenceStart && (lowerVocabulary.contains(first) || isVerbOrAdverbShaped(first)
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

    static let determiners: LowerWordSet = ["the", "a", "an", "such", "this", "that", "these", "those"]

    /// Spaces and opening quotes only: `such a “Great Taking”` still reads as one phrase.
    func onlySpaceOrQuotes(from a: Int, to b: Int) -> Bool {
        var i = a
        while i < b {
            let c = utf8[i]
            if c == 0x20 || c == 0x22 || c == 0x27 { i += 1; continue }
            // “ and ‘ are E2 80 9C and E2 80 98.
            if c == 0xE2, i + 2 < b, utf8[i + 1] == 0x80, utf8[i + 2] == 0x9C || utf8[i + 2] == 0x98 { i += 3; continue }
            return false
        }
        return true
    }

    /// The first capitalised word after an inner "of (the)": where a nested name starts.
    func resumeAfterOf(_ start: Int, _ stop: Int) -> Int? {
        guard let of = (start + 1..<stop).first(where: { words[$0].lower == "of" }) else { return nil }
        var k = of + 1
        if k < stop, words[k].lower == "the" { k += 1 }
        return k < stop ? k : nil
    }

    func isVerbOrAdverbShaped(_ w: Word) -> Bool {
        let l = w.lower
        return l.count > 4 && (l.hasSuffix("ing") || l.hasSuffix("ly") || l.hasSuffix("ed"))
    }

    func isAdjectiveShaped(_ w: Word) -> Bool {
        let l = w.lower
        return l.count > 5 && ["al", "ous", "ive", "ful", "ible", "able"].contains { l.hasSuffix($0) }
    }

    /// "I’ll", "We’re": contractions, not names (an apostrophe and at most two lower-case
    /// letters at the end).
    func isContraction(_ w: Word) -> Bool {
        let u = utf8
        var i = w.range.end
        var tail = 0
        while i > w.range.start, WordScanner.isLowerASCII(u[i - 1]), tail <= 2 { i -= 1; tail += 1 }
        guard tail >= 1, tail <= 2, i > w.range.start else { return false }
        if u[i - 1] == UInt8(ascii: "'") { return true }
        return i - 3 >= w.range.start && u[i - 3] == 0xE2 && u[i - 2] == 0x80 && u[i - 1] == 0x99
    }


    /// "NATO-backed", "Kremlin-friendly", "Lebanese-Israeli": adjectives, not names.
    func isAdjectivalCompound(_ w: Word) -> Bool {
        // Hyphens found in the bytes (a word holds no leading, trailing or double hyphen,
        // so a hyphen means two parts); splitting by Character cost far more.
        let l = w.lower, t = w.text
        guard let dash = l.utf8.lastIndex(of: UInt8(ascii: "-")),
              let textDash = t.utf8.lastIndex(of: UInt8(ascii: "-")) else { return false }
        let last = String(l[l.utf8.index(after: dash)...])
        if NameLexicon.demonyms[last] != nil { return true }
        return t[t.utf8.index(after: textDash)...].first.map { $0.isLowercase } ?? false
            && !NameLexicon.personTitles.contains(last)
    }

    func isStrippable(_ w: Word, institutional: Bool) -> Bool {
        if w.isAllCaps && w.text.utf8.count <= 4 { return false }
        if NameLexicon.stopwords.contains(w) || NameLexicon.isCalendarWord(w) { return true }
        return !institutional && !NameLexicon.compass.contains(w)
            && (NameLexicon.demonymWords.contains(w) || isPluralDemonym(w.lower))
    }

    func isPluralDemonym(_ l: String) -> Bool {
        l.hasSuffix("s") && NameLexicon.demonyms[String(l.dropLast())] != nil
    }

    func isPersonTitle(_ w: Word) -> Bool {
        if NameLexicon.personTitles.contains(w) { return true }
        // "comedian-turned-president", "ex-president" (found in the bytes: searching the
        // String by Character cost more than the rest of the classification).
        let l = w.lower
        if let dash = l.utf8.lastIndex(of: UInt8(ascii: "-")) {
            return NameLexicon.personTitles.contains(String(l[l.utf8.index(after: dash)...]))
        }
        return false
    }

    func isMixedAcronym(_ w: Word) -> Bool {
        // "MoD", "AfD": short, starts and ends upper case, at least two capitals.
        let r = w.range
        guard r.length >= 2, r.length <= 6, WordScanner.isUpperASCII(utf8[r.start]),
              WordScanner.isUpperASCII(utf8[r.end - 1]) else { return false }
        var capitals = 0
        for i in r.start..<r.end where WordScanner.isUpperASCII(utf8[i]) { capitals += 1 }
        return capitals >= 2
    }

    func followedBySpeech(_ j: Int, _ hi: Int) -> Bool {
        guard j < hi else { return false }
        let w = words[j]
        if w.breakBefore { return false }
        var verb = w
        let l = w.lower
        if (l == "has" || l == "had" || l == "also" || l == "then" || l == "later"), j + 1 < hi {
            verb = words[j + 1]
        }
        return NameLexicon.speechVerbs.contains(verb)
    }

    func precededByPlacePreposition(_ start: Int, _ lo: Int) -> Bool {
        guard start > lo, !words[start].breakBefore else { return false }
        var k = start - 1
        if words[k].lower == "the", k > lo { k -= 1 }
        return NameLexicon.placePrepositions.contains(words[k])
            || NameLexicon.placeVerbs.contains(words[k])
    }
}
