/// How `DocumentScan` turns a run of capitalised words into mentions: which words to
/// strip (sentence words, demonyms, titles), and what the rest is (person, place,
/// organization, or not yet known).
extension DocumentScan {
    /// Turns the run `i..<end` of the sentence `lo..<hi` into mentions; returns the word
    /// index after the last one. Each step is a rule of its own (`DocumentScan+RunRules`):
    /// split off what a title or an "of" separates, strip the words that are no part of a
    /// name, turn down shapes that are no name, then read the kind and add the mention.
    func classify(_ i: Int, _ end: Int, _ lo: Int, _ hi: Int,
                  keepOnlyKnown: Bool, lastMentionEnd: Int, titledRun: Bool = false) -> Int? {
        let run = RunContext(lo: lo, hi: hi, keepOnlyKnown: keepOnlyKnown, lastMentionEnd: lastMentionEnd)
        if !titledRun, let name = nameAfterTitleField(i, end, lo) { return classifyPart(name, end, run, titledRun: true) }
        if isLoneField(i, end, lo) { return end }
        if isStormName(i, end, hi) { return end }
        var titled = titledRun
        // A lower-case role just before the run ("spokesman Dmitry Peskov", "son-in-law X").
        if i > lo, !words[i].breakBefore, isPersonTitle(i - 1), !namedAfterCompanyDescription(i, lo) { titled = true }
        // Found once: the title split and the title rules below ask about the same run.
        let lastTitle = lastPersonTitle(i, end)
        if let t = lastTitle, let resume = splitAtTitle(i, end, title: t, run) { return resume }
        let organizationHead = firstWord(in: i..<end, of: .organizationHead)
        let members = unionOfMembers(i, end, lo)
        let heads = RunHeads(organization: organizationHead ?? members, place: firstWord(in: i..<end, of: .placeHead))
        guard var start = startAfterTitle(i, end, lastTitle: lastTitle, heads: heads, titled: &titled, run)
        else { return end }
        while start < end, isStrippable(start, institutional: heads.institutional), !opensPlaceName(start, end) {
            start += 1
        }
        if start + 1 < end, isVesselPrefix(start) { start += 1 }
        // "Deputy U.S. Attorney Ana Ruiz": title words before a known name ending the run
        // are the title's; the place only says whose attorney.
        if end - start >= 2, (start..<end - 1).allSatisfy({ isWord(words[$0], of: .titleWord) }),
           let known = index.match(words, at: end - 1, limit: end, in: utf8), known.length == 1 {
            start = end - 1
        }
        // "Chicago-based Vandel", "Ukrainian-born Ana Ruiz", "New Lusk-based Orvo Labs": a
        // compound adjective before a name says where it is or comes from and is no part of
        // it, nor is what stands before it.
        if start + 1 < end, let k = (start..<end - 1).last(where: { isAdjectivalCompound(words[$0]) }) { start = k + 1 }
        // "Vandel Athletica Inc": a company's, though the form is no part of its name here.
        // "Procter & Gamble" is a company's name as well, common words and all ("Standard & Poor's").
        let ampersand = i + 1 < end ? (i + 1..<end).first(where: isSpacedAmpersandJoin) : nil
        let suffixed = end - start >= 2 && (lexicon.classes(words[end - 1]).contains(.companySuffix) || ampersand != nil)
        start = startAfterSentenceWord(start, end, suffixed: suffixed, heads: heads, run)
        if let a = ampersand, start >= a { start = a - 1 }
        if let resume = splitAtPersonOf(start, end, heads: heads, titled: titled, run) { return resume }
        // "Tarnex Marine Private Limited": a legal form ends a company's name, whatever
        // given name ("Marine") stands inside it.
        if !suffixed { start = startAtInnerGivenName(start, end, heads: heads, run) }
        var stop = end
        // "Bed Bath & Beyond": a common word the ampersand joins is the name's, as is a
        // generation mark after a name ("Ana Ruiz Jr.") and a body's head ("Orvo News"),
        // though not a legal form ("Orvo Inc" is called "Orvo").
        while stop > start, stop - 1 != ampersand, stop - 1 != members,
              stop - 1 != heads.organization || isWord(words[stop - 1], of: .companySuffix),
              !(stop - 1 > start && isWord(words[stop - 1], of: .generationMark)),
              isCommonCapitalized(stop - 1) || spells(stop - 1, "the") { stop -= 1 }
        guard start < stop else { return end }
        // An ordinal starts only an organization ("28th Separate Mechanized Brigade").
        if words[start].hasDigit && heads.organization == nil { start += 1 }
        guard start < stop else { return end }
        if let resume = refusedShape(start, stop, end, run) { return resume }
        return addMention(start, stop, end, heads: heads, titled: titled, suffixed: suffixed, run)
    }

    /// Reads the kind of the name `start..<stop` and adds it as a mention, unless it is a
    /// lone common word or (when only known names are kept) unknown.
    private func addMention(_ start: Int, _ stop: Int, _ end: Int, heads: RunHeads, titled: Bool,
                            suffixed: Bool, _ run: RunContext) -> Int? {
        let hi = run.hi
        let head = lowerHead(after: stop, hi)
        var nameEnd = stop
        var impliedHead: String? = nil
        if let head {
            if head.singular { nameEnd = stop + head.length } else { impliedHead = "region" }
        }
        let count = stop - start
        let first = words[start]
        let kind: ActorKind?, guessed: Bool
        if head == nil, stop < hi, !words[stop].breakBefore, !words[stop - 1].isPossessive,
           isWord(words[stop], of: .bodyAfterName) {
            nameEnd = stop + 1  // "the Trump administration", "the Orsk family": a body, not the person
            (kind, guessed) = (.organization, false)
        } else if head != nil {
            (kind, guessed) = (.place, false)
        } else {
            switch runKind(start, stop, heads: heads, titled: titled, suffixed: suffixed, run) {
            case .noName: return end
            case .undecided: (kind, guessed) = (nil, false)
            case .kind(let k, let g): (kind, guessed) = (k, g)
            }
        }
        // "Ana Ruiz Jr.": the mark's dot is the name's.
        var nameEndByte = words[nameEnd - 1].range.end
        if nameEnd - start >= 2, nameEndByte < utf8.count, utf8[nameEndByte] == UInt8(ascii: "."),
           isWord(words[nameEnd - 1], of: .generationMark) {
            nameEndByte += 1
        }
        let surface = String(decoding: utf8[first.range.start..<nameEndByte], as: UTF8.self)
        // "Part 1", "Phase 2", "Article 5": a common word labelling a number, even after a
        // title; "Putin 2" (a name the text never writes in lower case) stays a name.
        if count == 1, stop < hi, !words[stop].breakBefore, words[stop].hasDigit, !words[stop].isCapitalized,
           lowerVocabulary.contains(first, in: utf8) {
            return end
        }
        let atSentenceStart = start == run.lo || first.afterStop
        // "Ex-Mayor Convicted of fraud" (a headline in title case): a verb the text also
        // writes in lower case, after a title, is no surname.
        if count == 1, titled, isVerbOrAdverbShaped(first), lowerVocabulary.contains(first, in: utf8) { return end }
        // "the 2023 General Election": after a word that is also a title, a happening's head
        // names a happening, no person.
        if count == 1, titled, isWord(first, of: .happeningHead) { return end }
        if count == 1, isLoneCommonWord(first, atSentenceStart: atSentenceStart, suffixed: suffixed) { return end }
        if start < insideUntil && kind != .organization && kind != .place { return end }
        // "Organization of the Petroleum Exporting Countries": the words after a body's "of"
        // name its members or its field, a name of their own only when known or ending in
        // a head of their own ("... Brigade of the Armed Forces"), not one of a field
        // ("... of Electrical and Electronics Engineers").
        if start < insideUntil, kind == .organization,
           !isHeadWord(words[stop - 1]) || isWord(words[stop - 1], of: .fieldHead), !isNamedBefore(surface) {
            return end
        }
        if run.keepOnlyKnown && !known.contains(surface)
            && !(count == 1 && known.containsLastWord(surface)) {
            return end
        }
        var mention = ActorMention(range: ByteRange(first.range.start, nameEndByte),
                                   text: surface, kind: kind, wordCount: nameEnd - start,
                                   impliedHead: impliedHead)
        mention.guessed = guessed
        add(mention, keepOnlyKnown: run.keepOnlyKnown)
        if impliedHead != nil { markList(endingAt: start, run.lastMentionEnd, run.lo, head: "region") }
        possessiveInstitution(after: nameEnd - 1, hi, keepOnlyKnown: run.keepOnlyKnown)
        if kind == .organization || kind == .place, let resume = resumeAfterOf(start, stop) {
            insideUntil = max(insideUntil, stop)
            return resume  // "Armed Forces of Ukraine" inside "... Brigade of the Armed Forces ..."
        }
        return max(nameEnd, end)
    }

    private static let peopleNouns: WordClasses = [.uniformedBody, .pairedPeople, .stateAgent]

    /// Whether a run of the one word `w` is no name: a sentence or calendar word, a demonym,
    /// a head word alone, or a sentence's first word that is common. `suffixed`: a
    /// company's legal form follows it.
    func isLoneCommonWord(_ w: Token, atSentenceStart: Bool, suffixed: Bool) -> Bool {
        if isStopWord(w) || isCalendarWord(w) { return true }
        if isWord(w, of: .demonym) || isPluralDemonym(w) { return true }
        // "Officers say", "Officials said": a role or a body of people opening a sentence.
        if atSentenceStart, isWord(w, of: Self.peopleNouns) { return true }
        // "the Women's World Cup", "a Men's final": whose event it is, no one's name.
        if w.isPossessive, isWord(w, of: .pairedPeople) { return true }
        if isPluralAcronym(w) { return true }
        if illnesses.contains(w.lowerHash) { return true }
        // "City controlled the game", "the Court ruled": a head word alone is a short
        // reference, not a name; legislatures are the exception ("Congress", "Duma").
        if !w.isAllCaps, isHeadWord(w), !lexicon.classes(w).contains(.legislature),
           index.entry(for: w, in: utf8) == nil { return true }
        // "Following the talks": a sentence word. "Boeing will" is a name still when the
        // text writes it capitalised inside a sentence too, or with a company's legal form.
        return atSentenceStart && (lowerVocabulary.contains(w, in: utf8)
            || (isVerbOrAdverbShaped(w) || isAdjectiveShaped(w)) && !suffixed
                && !capitalizedInProse.contains(w.lowerHash))
    }

    /// "2:41 p.m. ET", "11:30 GMT": a zone after a clock; the unambiguous zones anywhere.
    func isTimeZone(_ k: Int) -> Bool {
        // Written in capitals: "est" and "West" are words.
        guard words[k].isAllCaps else { return false }
        let zone = lexicon.classes(words, k)
        if zone.contains(.timeZone) { return true }
        guard zone.contains(.shortTimeZone), k > 0 else { return false }
        // "a.m." is scanned as "a" and "m".
        if spells(k - 1, "m"), k >= 2, spells(k - 2, "a") || spells(k - 2, "p") { return true }
        return words[k - 1].hasDigit || isWord(words[k - 1], of: .clockEnd)
    }

    /// "the Shin Bet security service", "the Wagner group", "Lumo, the carmaker": a common
    /// noun for an organization right after the name ("Lumo Motors" is caught by its head).
    func followedByOrganizationNoun(_ j: Int, _ hi: Int) -> Bool {
        // "Ana Ruiz's party", "Hale's firm": the noun is something the name owns or leads.
        guard j < hi, j > 0, !words[j - 1].isPossessive, !words[j].breakBefore, !words[j].isCapitalized
        else { return false }
        if lexicon.classes(words[j]).contains(.organizationNoun) { return true }
        guard lexicon.classes(words[j]).contains(.organizationModifier), j + 1 < hi,
              !words[j + 1].breakBefore else { return false }
        return lexicon.classes(words[j + 1]).contains(.organizationNoun)
    }

    /// "the electronics retailer Velmart", "the airline Corvane": a common noun for an
    /// organization right before the name, as a title before a person's.
    func namedAfterOrganizationNoun(_ start: Int, _ lo: Int) -> Bool {
        guard start > lo, !words[start].breakBefore, isOrganizationNoun(start - 1) else { return false }
        return !(isWord(words[start - 1], of: .makerNoun) && start - 2 >= lo && makesPersonRole(start - 2))
    }

    /// "the retailer", "company": a lower-case noun for an organization or a company.
    func isOrganizationNoun(_ k: Int) -> Bool {
        let w = words[k]
        return !w.isCapitalized && !w.isPossessive && isWord(w, of: [.organizationNoun, .companyNoun])
    }

    /// "its real estate company, Orvane Global, and": a name set off by commas after a
    /// company's noun is that company. One opening with a given name is a person's ("the
    /// company, Ana Ruiz said").
    func setOffAfterOrganizationNoun(_ start: Int, _ stop: Int, _ lo: Int, _ hi: Int) -> Bool {
        guard start - 1 >= lo, hasCommaBefore(start), stop < hi, hasCommaBefore(stop) else { return false }
        return isOrganizationNoun(start - 1) && !isWord(words[start], of: .givenName)
    }

    /// "the container ship Velora", "MV Velora", "M/V Velora": a vessel's noun right
    /// before the name, or a ship's prefix opening it, names a vessel.
    func namedAsVessel(_ start: Int, _ lo: Int) -> Bool {
        guard start > lo, !words[start].breakBefore else { return false }
        let before = words[start - 1]
        return before.isCapitalized ? isVesselPrefix(start - 1) : isWord(before, of: .vesselNoun)
    }

    /// "the drug Velzumab", "the IV drug, Velzumab, for", "drugs like Velzumab": a
    /// medicine's noun right before the name, set off before it, or before "like",
    /// "including" or "such as" and the name, names a medicine.
    func namedAsMedicine(_ start: Int, _ stop: Int, _ lo: Int, _ hi: Int) -> Bool {
        guard start > lo else { return false }
        let n: Int
        if words[start].breakBefore {
            guard hasCommaBefore(start), stop == hi || hasCommaBefore(stop) else { return false }
            n = start - 1
        } else {
            n = nounBeforeExamples(start, lo)
        }
        return !words[n].isCapitalized && !words[n].isPossessive && isWord(words[n], of: .medicineNoun)
    }

    /// The word before "like", "including" or "such as" right before `start` ("rivals like
    /// Velmart", "drugs such as Velzumab"), else the word right before `start`.
    func nounBeforeExamples(_ start: Int, _ lo: Int) -> Int {
        let n = start - 1
        if n > lo, spells(n, "like") || spells(n, "including") { return n - 1 }
        if n > lo + 1, spells(n, "as"), spells(n - 1, "such") { return n - 2 }
        return n
    }

    /// "Velden's disease": the names in the possessive before an illness's noun, by their
    /// lower-case hash.
    func illnessNames() -> Set<UInt64> {
        var out = Set<UInt64>()
        for k in words.indices.dropLast() where words[k].isPossessive && words[k].isCapitalized
            && !words[k + 1].breakBefore && isWord(words[k + 1], of: .illnessNoun) {
            out.insert(words[k].lowerHash)
        }
        return out
    }

    /// "MV", "HMS", or the "V" of "M/V" (the "T" of "M/T", the "S" of "M/S"): a ship's
    /// prefix, written in capitals.
    func isVesselPrefix(_ k: Int) -> Bool {
        let w = words[k]
        if w.range.length == 1 {
            let s = w.range.start
            let letter = utf8[s]
            return s >= 2 && utf8[s - 1] == UInt8(ascii: "/") && utf8[s - 2] == UInt8(ascii: "M")
                && (letter == UInt8(ascii: "V") || letter == UInt8(ascii: "T") || letter == UInt8(ascii: "S"))
        }
        return w.isAllCaps && isWord(w, of: .vesselPrefix)
    }

    /// "policy maker", "film maker": the word before a `makerNoun` makes a person's role.
    func makesPersonRole(_ k: Int) -> Bool {
        !words[k + 1].breakBefore && isWord(words[k], of: .personMakerWord)
    }

    /// "an economist at Velcor", "chief strategist at Orsa Kell", "analysts at Velcor": a
    /// role, then "at" and the name, says where the person works, as a company officer's
    /// title and "of" do ("the chief executive of Velcor"); a name opening with a given
    /// name is a person's ("the aide at Dana Hale's side").
    func namedAsEmployer(_ start: Int, _ lo: Int) -> Bool {
        // A dotted title's dot is no break: "the C.E.O. of Velcor".
        guard start - 2 >= lo, !words[start].breakBefore, !words[start - 1].breakBefore || words[start - 1].dotOnlyBefore,
              !words[start - 2].isPossessive else { return false }
        // "Analysts at Velcor said": a role's plural says so too.
        let employs = spells(start - 1, "at")
            && (isPersonTitle(start - 2) || singularClasses(words[start - 2]).contains(.personTitle))
            || spells(start - 1, "of") && lexicon.classes(words[start - 2]).contains(.corporateTitle)
        return employs && !isWord(words[start], of: .givenName)
    }

    /// "a merger with Velcor", "the takeover of Velcor", "a stake in Velcor": the other side
    /// of a deal between companies is a company. A name in the possessive there owns what
    /// is bought ("a stake in Velden's port").
    func namedAsDealParty(_ start: Int, _ stop: Int, _ lo: Int) -> Bool {
        guard start - 2 >= lo, !words[start].breakBefore, !words[start - 1].breakBefore,
              !words[stop - 1].isPossessive else { return false }
        return isWord(words[start - 1], of: .preposition) && isWord(words[start - 2], of: .dealNoun)
    }

    /// "online leader Velmart", "phone giant Korvo", "chip rival Ardent", "discount rivals
    /// like Velmart": a noun for a company's place in its market right before the name, or
    /// before "like", "such as" or "including" and the name, describes a company, where the
    /// same noun after another word is a person's title ("opposition leader Ana Ruiz", "his
    /// rival Ana Ruiz").
    func namedAfterCompanyDescription(_ start: Int, _ lo: Int) -> Bool {
        let n = nounBeforeExamples(start, lo)
        guard n >= lo + 1, (n + 1...start).allSatisfy({ !words[$0].breakBefore }), !words[n].breakBefore
        else { return false }
        let noun = words[n], before = words[n - 1]
        guard !noun.isCapitalized, !before.isPossessive, !before.hasDigit else { return false }
        let classes = lexicon.classes(noun)
        // "Oil major Velcor ...": a sentence capitalises its trade word too ("Army major Ana
        // Ruiz" names no trade).
        if before.isCapitalized {
            return n - 1 == lo && !classes.isDisjoint(with: [.companyDescriptor, .marketRole])
                && isWord(before, of: .marketWord)
        }
        if classes.contains(.companyDescriptor) { return !isWord(before, of: .grammarWord) }
        return classes.contains(.marketRole) && isWord(before, of: .marketWord)
    }

    /// "Zentra maker Velcor", "Zentra-maker Velcor": a name of what it makes, then a noun
    /// for its maker, right before the name, describes a company. "Policy maker Ana Ruiz",
    /// "Film-maker Ana Ruiz" at a sentence's start name a person's role.
    func namedAfterMakerOf(_ start: Int, _ lo: Int) -> Bool {
        let n = start - 1
        guard n >= lo, !words[start].breakBefore else { return false }
        let noun = words[n]
        if noun.isCapitalized {
            guard let parts = splitAtLastHyphen(noun) else { return false }
            return lexicon.classes(lower: parts.after).contains(.makerNoun)
                && !lexicon.classes(lower: parts.before).contains(.personMakerWord)
        }
        // "Velcor's maker" names whom the maker works for, not what it makes.
        guard n > lo, !noun.breakBefore, isWord(noun, of: .makerNoun) else { return false }
        return words[n - 1].isCapitalized && !words[n - 1].isPossessive && !isCommonCapitalized(n - 1)
            && !makesPersonRole(n - 1)
    }

    /// "Zentra maker", "Zentra makers": the name of a thing, then a noun for who makes it.
    /// "Drug makers rallied", "Policy makers met": a sentence's first word the text never
    /// capitalises inside a sentence is the common noun of a trade or a role.
    func followedByMakerNoun(_ start: Int, _ stop: Int, _ hi: Int, atSentenceStart: Bool) -> Bool {
        guard stop < hi, !words[stop].breakBefore, !words[stop - 1].isPossessive, isWord(words[stop], of: .makerNoun)
        else { return false }
        guard stop - start == 1 else { return true }
        if makesPersonRole(start) { return false }
        return !atSentenceStart || capitalizedInProse.contains(words[start].lowerHash)
    }

    /// "Velmar Valley, the nation's 16th largest bank": an appositive whose noun is an
    /// organization's says what the name is, whatever its own head ("Valley") says. Only
    /// the words up to that noun count: "X, the region where the bank ..." says nothing.
    func appositiveNamesOrganization(_ j: Int, _ hi: Int) -> Bool {
        guard j < hi, !words[j].dotOnlyBefore, hasCommaBefore(j), isWord(words[j], of: .article) else { return false }
        var k = j + 1
        // "X, a private, Velmar-based company": adjectives set apart by commas, and a
        // compound one opening with a name, stand between.
        while k < hi, k - j <= 5, !words[k].breakBefore || hasCommaBefore(k),
              !words[k].isCapitalized || isAdjectivalCompound(words[k]) {
            if isOrganizationNoun(k) { return true }
            if isStopWord(k) { return false }
            k += 1
        }
        return false
    }

    /// "the firm's lawyer, Ana Ruiz, the airline said": a name set off after a person's
    /// role is that person, whatever a comma after it goes on to say.
    func setOffAfterPersonRole(_ start: Int, _ lo: Int) -> Bool {
        guard start - 1 >= lo, hasCommaBefore(start), !words[start - 1].isCapitalized else { return false }
        return isPersonTitle(start - 1)
    }

    /// Whether the name `start..<stop` (two words or more) ends in an everyday word that no
    /// surname is ("Buy", "Save", "Results"), after no given name.
    func endsInEverydayWord(_ start: Int, _ stop: Int) -> Bool {
        stop - start >= 2 && isWord(words[stop - 1], of: .everydayNameTail) && !isWord(words[start], of: .givenName)
    }

    /// "737", "737-800", "320neo": three or more digits right after a name, not a year.
    func isModelNumber(_ j: Int, _ hi: Int) -> Bool {
        guard j < hi, !words[j].breakBefore, words[j].hasDigit, !words[j].isCapitalized else { return false }
        let written = text(j)
        let digits = written.prefix { $0.isNumber }
        guard digits.count >= 3 else { return false }
        if digits.count == 4, let year = Int(digits), (1800...2100).contains(year) { return false }
        return written.count == digits.count || written.dropFirst(digits.count).first == "-"
    }

    /// "R-Tenn.", "D-N.Y.": a lawmaker's party and state, no actor of its own.
    func isPartyTag(_ w: Token) -> Bool {
        // Read in the text's bytes (the word's own), without copying them per word.
        let s = w.range.start
        return w.range.length >= 3
            && (utf8[s] == UInt8(ascii: "R") || utf8[s] == UInt8(ascii: "D") || utf8[s] == UInt8(ascii: "I"))
            && utf8[s + 1] == UInt8(ascii: "-") && WordScanner.isUpperASCII(utf8[s + 2])
    }

    /// "Memphis Grizzlies", "Texas Rangers": a known place followed by a plural is a team
    /// or a group of that place, an organization; so is a place named by its head ("Golden
    /// State Warriors", "Tarn Bay Pilots"). "Blackburn Rovers", "Newcastle United", "Celta
    /// FC", "FC Goa": a club word ending a name, or one in capitals opening it, makes it a
    /// club, known place or not.
    func isTeamName(_ start: Int, _ stop: Int) -> Bool {
        guard stop - start >= 2 else { return false }
        if lexicon.classes(words, stop - 1).contains(.clubWord) { return true }
        if words[start].isAllCaps, lexicon.classes(words, start).contains(.clubWord) { return true }
        // "AC Milan": any club's letters before its known town (people's initials come before
        // a surname: "JR Vance").
        if words[start].isAllCaps, !words[start].hasDigit, words[start].range.length <= 3,
           let (entry, length) = index.match(words, at: start + 1, limit: stop, in: utf8),
           index.gazetteer.entries[entry].kind == .place, start + 1 + length == stop {
            return true
        }
        guard isNamePlural(words[stop - 1]) else { return false }
        if (start..<stop - 1).contains(where: { isWord(words[$0], of: .placeHead) }) { return true }
        guard let (entry, length) = index.match(words, at: start, limit: stop, in: utf8),
              index.gazetteer.entries[entry].kind == .place, start + length < stop else { return false }
        return true
    }

    /// "Grizzlies", "Warriors", "Terns": a plural that is no head word, possessive or
    /// acronym, nor the plural of a demonym or a head ("Gulf States"); "Express", "Campus",
    /// "Paris" end in an "s" of their own.
    func isNamePlural(_ last: Token) -> Bool {
        last.lowerEnds(with: "s", in: utf8) && !last.lowerEnds(with: "ss", in: utf8)
            && !last.lowerEnds(with: "us", in: utf8) && !last.lowerEnds(with: "is", in: utf8)
            && !last.isPossessive && last.range.length >= 4
            && !last.isAllCaps && !isHeadWord(last)
            && singularClasses(last).isDisjoint(with: [.demonym, .placeHead, .organizationHead])
    }

    /// "Lumora said it would", "Lumora announced its results": a speaker that is "it" is
    /// an organization.
    private static let clauseJoiners: WordClasses = [.listJoiner, .contrastConjunction]

    private static let personPronouns: WordClasses = [.malePronoun, .femalePronoun, .groupPronoun, .firstPersonPronoun]

    func speaksOfItself(_ j: Int, _ hi: Int) -> Bool {
        var k = j
        while k < hi, lexicon.classes(words, k).isDisjoint(with: .speaking) { k += 1; if k - j > 2 { return false } }
        // The first pronoun of the clause after the verb ("Apple said in April it would").
        for m in (k + 1)..<min(hi, k + 5) {
            if words[m].breakBefore && m > k + 1 { return false }
            // "..., Landsberg said and then it started to turn": a pronoun after "and" or
            // "but" is the subject of a clause of its own, not what was said.
            if isWord(words[m], of: Self.clauseJoiners) { return false }
            let pronoun = lexicon.classes(words, m)
            if pronoun.contains(.thingPronoun) {
                if pronoun.contains(.possessivePronoun) { return true }  // "its"
                guard spells(m, "it") else { continue }
                // "it's okay", "it was clear": an empty "it" says nothing about the speaker.
                guard !words[m].isPossessive, m + 1 < hi else { return false }
                return !isWord(words[m + 1], of: .emptyItVerb)
            }
            // "he", "her", "they", "we": a person's voice; "him", "them" are someone else.
            if !pronoun.isDisjoint(with: Self.personPronouns), !pronoun.contains(.objectPronoun) { return false }
        }
        return false
    }

    /// "Dana Hale, who runs it": a person ("which" follows places and companies alike).
    func relativeAfterComma(_ j: Int, _ hi: Int) -> String? {
        guard j < hi, hasCommaBefore(j) else { return nil }
        return spells(j, "which") ? "which" : spells(j, "who") ? "who" : nil
    }

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
    /// What follows a body's "Department of" is its field ("Financial Protection"), no name
    /// of its own unless a known one: the nested name is sought after a later "of" then.
    func resumeAfterOf(_ start: Int, _ stop: Int) -> Int? {
        var from = start + 1
        while let of = (from..<stop).first(where: { spells($0, "of") }) {
            var k = of + 1
            if k < stop, spells(k, "the") { k += 1 }
            guard k < stop else { return nil }
            if isWord(words[of - 1], of: .bodyOfHead), index.match(words, at: k, limit: stop, in: utf8) == nil {
                from = k
                continue
            }
            return k
        }
        return nil
    }

    /// "Running", "Lately", "Banned": longer than four letters with an ending of the
    /// lexicon's `verbOrAdverbEnding`.
    func isVerbOrAdverbShaped(_ w: Token) -> Bool {
        w.lowerCount(utf8) > 4 && lexicon.phrases.verbOrAdverbEndings.contains { w.lowerEnds(with: $0, in: utf8) }
    }

    /// "Shoppers", "Economists": longer than five letters with an ending of
    /// `agentPluralEnding`, the plural of a noun for people by what they do.
    func isAgentPluralShaped(_ w: Token) -> Bool {
        w.lowerCount(utf8) > 5 && lexicon.phrases.agentPluralEndings.contains { w.lowerEnds(with: $0, in: utf8) }
    }

    /// "Meteorologist", "Physician": capitalised, longer than six letters, with an ending of
    /// `occupationEnding`.
    func isOccupationShaped(_ w: Token) -> Bool {
        w.isCapitalized && w.isASCIILetters && w.range.length > 6
            && lexicon.phrases.occupationEndingLast[Int(utf8[w.range.end - 1])]
            && lexicon.phrases.occupationEndings.contains { w.lowerEnds(with: $0, in: utf8) }
    }

    /// "Federal", "Famous": longer than five letters with an ending of `adjectiveEnding`.
    func isAdjectiveShaped(_ w: Token) -> Bool {
        w.lowerCount(utf8) > 5 && lexicon.phrases.adjectiveEndings.contains { w.lowerEnds(with: $0, in: utf8) }
    }

    /// "I’ll", "We’re": contractions, not names (an apostrophe and at most two lower-case
    /// letters at the end).
    func isContraction(_ w: Token) -> Bool {
        let u = utf8
        var i = w.range.end
        var tail = 0
        while i > w.range.start, WordScanner.isLowerASCII(u[i - 1]), tail <= 2 { i -= 1; tail += 1 }
        guard tail >= 1, tail <= 2, i > w.range.start else { return false }
        if u[i - 1] == UInt8(ascii: "'") { return true }
        return i - 3 >= w.range.start && u[i - 3] == 0xE2 && u[i - 2] == 0x80 && u[i - 1] == 0x99
    }


    /// "NATO-backed", "Kremlin-friendly", "Lebanese-Israeli": adjectives, not names.
    func isAdjectivalCompound(_ w: Token) -> Bool {
        // Hyphens found in the bytes (a word holds no leading, trailing or double hyphen,
        // so a hyphen means two parts), without splitting the word by Character.
        guard hasHyphen(w) else { return false }
        let l = w.lower(utf8), t = w.text(utf8)
        guard let dash = l.utf8.lastIndex(of: UInt8(ascii: "-")),
              let textDash = t.utf8.lastIndex(of: UInt8(ascii: "-")) else { return false }
        let last = String(l[l.utf8.index(after: dash)...])
        if lexicon.classes(lower: last).contains(.demonym) { return true }
        // "Co-operation": a prefix and its word.
        if let first = l.utf8.firstIndex(of: UInt8(ascii: "-")), first == dash,
           lexicon.classes(lower: String(l[..<first])).contains(.wordPrefix) { return false }
        return t[t.utf8.index(after: textDash)...].first.map { $0.isLowercase } ?? false
            && !lexicon.classes(lower: last).contains(.personTitle)
    }

    /// "Jong-un", "Jae-in", "Geun-hye": two short syllables joined by a hyphen, the second in
    /// lower case and no English verb's or adverb's ending (`verbOrAdverbEnding`: "-ed",
    /// "-ing") or compound tail (`compoundTail`: "New York-born", "state-run"), are a given
    /// name after a surname.
    func isHyphenatedGivenName(_ w: Token) -> Bool {
        guard let l = partAfterLastHyphen(w) else { return false }
        let head = w.range.length - l.utf8.count - 1
        guard (2...5).contains(head), (2...5).contains(l.utf8.count), !w.isAllCaps,
              !lexicon.phrases.verbOrAdverbEndings.contains(where: { l.hasSuffix($0) }) else { return false }
        return !lexicon.classes(lower: l).contains(.compoundTail)
    }

    /// Whether the word at `k` may be dropped from the front of a name.
    func isStrippable(_ k: Int, institutional: Bool) -> Bool {
        if words[k].isAllCaps && words[k].range.length <= 4 { return false }
        if isStopWord(k) || isCalendarWord(k) { return true }
        return !institutional && !isWord(words[k], of: .compassWord)
            && (isWord(words[k], of: .demonym) || isPluralDemonym(words[k]))
    }

    /// "Russians", "Americans": a demonym with a plural "s".
    func isPluralDemonym(_ w: Token) -> Bool { singularClasses(w).contains(.demonym) }

    /// The classes of the word without its plural "s" (none for a word without one).
    func singularClasses(_ w: Token) -> WordClasses {
        guard w.lowerEnds(with: "s", in: utf8) else { return [] }
        let stem = utf8[w.range.start..<w.range.end - 1]
        guard stem.allSatisfy({ $0 < 0x80 }) else {
            return lexicon.classes(lower: String(w.lower(utf8).dropLast()))
        }
        // Hashed from the bytes in place: most words ending in "s" are no demonym.
        var hash = WordHash.seed
        for b in stem { hash = WordHash.adding(hash, b.asciiLowercased) }
        return lexicon.classes(hash: hash)
    }

    /// "J.D.", "A.B.C": capital letters each followed by a dot (the last one's may be
    /// left out).
    func isDottedInitials(_ w: Token) -> Bool {
        let r = w.range
        guard r.length >= 3 else { return false }
        for (j, i) in (r.start..<r.end).enumerated() {
            if j % 2 == 0 ? !WordScanner.isUpperASCII(utf8[i]) : utf8[i] != UInt8(ascii: ".") { return false }
        }
        return true
    }

    /// "US", "U.K.": a country's acronym in capitals.
    func isPlaceAcronym(_ k: Int) -> Bool {
        words[k].isAllCaps && isWord(words[k], of: .placeAcronym)
    }

    /// Whether the word at `k` is a person's title ("President", "spokesman").
    func isPersonTitle(_ k: Int) -> Bool {
        // "305 PM EDT": after a number, "PM" is the time of day.
        if k > 0, words[k - 1].hasDigit, !words[k].breakBefore, isWord(words[k], of: .clockEnd) { return false }
        if isWord(words[k], of: .personTitle) || isOccupationShaped(words[k]) { return true }
        // "Directors Ana Ruiz and Li Wei": a title's plural before the names it titles, but
        // not a name's word before a head ("Governors Island", "Directors Guild") nor what
        // a title's "of" leads ("Chief of Detectives Ana Ruiz").
        if words[k].isCapitalized, k + 1 < words.count, !words[k + 1].breakBefore, words[k + 1].isCapitalized,
           singularClasses(words[k]).contains(.personTitle),
           !(k > 0 && spells(k - 1, "of")), !isHeadWord(words[k + 1]) {
            return true
        }
        // "comedian-turned-president", "ex-president".
        return partAfterLastHyphen(words[k]).map { lexicon.classes(lower: $0).contains(.personTitle) } ?? false
    }

    /// The lower-case part of a hyphenated word after its last hyphen ("ex-President" is
    /// "president"), found in the text's bytes: most words have no hyphen, and the bytes
    /// say so without walking the String. Nil for a word without one.
    func partAfterLastHyphen(_ w: Token) -> String? { splitAtLastHyphen(w)?.after }

    /// The lower-case parts of a hyphenated word before and after its last hyphen
    /// ("Film-maker": "film", "maker"); nil for a word without one.
    func splitAtLastHyphen(_ w: Token) -> (before: String, after: String)? {
        guard hasHyphen(w) else { return nil }
        let l = w.lower(utf8)
        guard let dash = l.utf8.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        return (String(l[..<dash]), String(l[l.utf8.index(after: dash)...]))
    }

    /// Whether the word's text holds a hyphen (its lower-case form then holds one too).
    /// A word of ASCII letters alone has none, and most words are told so by their shape.
    func hasHyphen(_ w: Token) -> Bool { !w.isASCIILetters && hasHyphen(w.range) }

    func hasHyphen(_ r: ByteRange) -> Bool {
        var k = r.start
        while k < r.end {
            if utf8[k] == UInt8(ascii: "-") { return true }
            k += 1
        }
        return false
    }

    /// The first word of `range` that is in `set` (a loop: a closure reading `words` copied
    /// the whole scan state on every call).
    func firstWord(in range: Range<Int>, of set: LowerWordSet) -> Int? {
        for k in range where set.contains(words[k], in: utf8) { return k }
        return nil
    }

    func firstWord(in range: Range<Int>, of classes: WordClasses) -> Int? {
        for k in range where !lexicon.classes(words, k).isDisjoint(with: classes) { return k }
        return nil
    }

    /// "United Auto Workers", "Communication Workers of America": a trade's members after
    /// a capitalised word of their run name their union, as a head would. Not after a
    /// sentence word or a people's word ("Ukrainian Workers"), nor after a run's first word
    /// opening its sentence ("Factory Workers said").
    private func unionOfMembers(_ i: Int, _ end: Int, _ lo: Int) -> Int? {
        var k = i + 1
        while k < end {
            if isWord(words[k], of: .tradeMembers), words[k - 1].isCapitalized, !isStopWord(k - 1),
               !isWord(words[k - 1], of: .demonym), !isPluralDemonym(words[k - 1]),
               !(k - 1 == i && (i == lo || words[i].afterStop)) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// The last person title in `i..<end` (a loop, not `last(where:)`: that closure copied
    /// the whole scan state on every call).
    func lastPersonTitle(_ i: Int, _ end: Int) -> Int? {
        var k = end
        while k > i {
            k -= 1
            if isPersonTitle(k), !isSurname(k, i, end), !isBodysField(k, i) { return k }
        }
        return nil
    }

    /// "Department of Justice", "Office of the Comptroller of the Currency": a title's
    /// word after the "of" of an institution's head names what the body does, no person.
    private func isBodysField(_ k: Int, _ i: Int) -> Bool {
        var of = k - 1
        if of > i, spells(of, "the") { of -= 1 }
        return of > i && spells(of, "of") && lexicon.classes(words, of - 1).contains(.organizationHead)
    }

    /// "Stephen King", "John Major": a title's word right after a given name, ending the
    /// name, is its surname; "King Charles", "Major Ana Ruiz" open theirs. Before a
    /// generation mark ending the name ("Martin Luther King Jr.") it is the surname after
    /// any name.
    private func isSurname(_ k: Int, _ i: Int, _ end: Int) -> Bool {
        guard k > i, !isPersonTitle(k - 1) else { return false }
        if k + 2 == end, isWord(words[k + 1], of: .generationMark), words[k - 1].isCapitalized { return true }
        return isWord(words[k - 1], of: .givenName) && (k + 1 == end || !words[k + 1].isCapitalized)
    }

    /// "CEOs", "ATMs", "NGOs": capitals with a plural "s" name a kind of thing or of
    /// people, no one actor.
    func isPluralAcronym(_ w: Token) -> Bool {
        let r = w.range
        guard r.length >= 3, utf8[r.end - 1] == UInt8(ascii: "s") else { return false }
        return (r.start..<r.end - 1).allSatisfy { WordScanner.isUpperASCII(utf8[$0]) }
    }

    func isMixedAcronym(_ w: Token) -> Bool {
        // "MoD", "AfD": short, starts and ends upper case, at least two capitals.
        let r = w.range
        guard r.length >= 2, r.length <= 6, WordScanner.isUpperASCII(utf8[r.start]),
              WordScanner.isUpperASCII(utf8[r.end - 1]) else { return false }
        var capitals = 0
        for i in r.start..<r.end where WordScanner.isUpperASCII(utf8[i]) { capitals += 1 }
        return capitals >= 2
    }

    func followedBySpeech(_ j: Int, _ hi: Int) -> Bool {
        guard j < hi, !words[j].breakBefore else { return false }
        var verb = j
        if isWord(words[j], of: .speechLeadIn), j + 1 < hi {
            verb = j + 1
        }
        return !lexicon.classes(words, verb).isDisjoint(with: .speaking)
    }

    /// "on Capitol Hill", "at Bunker Hill": a name ending in a landform's word that is also
    /// a surname ("Hill") is a place after "on" or "at", where "in" alone says so of any
    /// name; "Dana Hill" (a given name) stays a person.
    func atLandform(_ start: Int, _ stop: Int, _ lo: Int) -> Bool {
        guard stop - start >= 2, start > lo, !words[start].breakBefore,
              isWord(words[stop - 1], of: .landformWord) else { return false }
        return spells(start - 1, "on") || spells(start - 1, "at")
    }

    /// "took Velcor to court": the name before "to" and a `takenToNoun` is a party.
    func isTakenToCourt(_ stop: Int, _ hi: Int) -> Bool {
        stop + 1 < hi && !words[stop].breakBefore && !words[stop + 1].breakBefore && spells(stop, "to")
            && isWord(words[stop + 1], of: .takenToNoun)
    }

    func precededByPlacePreposition(_ start: Int, _ lo: Int) -> Bool {
        guard start > lo, !words[start].breakBefore else { return false }
        var k = start - 1
        if spells(k, "the"), k > lo { k -= 1 }
        // "brought in Dan Hale", "sworn in Tuesday": "in" ends a phrasal verb there.
        // "confidence in Toyota", "a stake in Orvala": "in" tells what, not where.
        if spells(k, "in"), k > lo, !lexicon.classes(words, k - 1).isDisjoint(with: [.particleInVerb, .aboutInWord]) {
            return false
        }
        if spells(k, "from"), k > lo, !words[k].breakBefore { return isWord(words[k - 1], of: .constituencyRole) }
        return lexicon.classes(words[k]).contains(.placeNamePreposition)
            || lexicon.classes(words[k]).contains(.placeVerb)
    }
}
