/// The rules `classify` applies to a run of capitalised words, in its order: each splits
/// the run, moves its start, turns it down, or says what it names.
extension DocumentScan {
    /// The sentence a run lies in and how its mentions are kept.
    struct RunContext {
        let lo: Int
        let hi: Int
        let keepOnlyKnown: Bool
        let lastMentionEnd: Int
    }

    /// The first organization head ("Ministry") and place head ("Island") of a run.
    struct RunHeads {
        let organization: Int?
        let place: Int?
        var institutional: Bool { organization != nil || place != nil }
    }

    /// What a rule of kinds says of a name: nothing (the next rule decides), that it is
    /// no name, or its kind (nil: a name of a kind still unknown).
    enum RunVerdict {
        case undecided
        case noName
        case kind(ActorKind?, guessed: Bool)
    }

    /// `classify` on a part of the run, in the same sentence.
    func classifyPart(_ i: Int, _ end: Int, _ run: RunContext, titledRun: Bool = false) -> Int? {
        classify(i, end, run.lo, run.hi, keepOnlyKnown: run.keepOnlyKnown, lastMentionEnd: run.lastMentionEnd,
                 titledRun: titledRun)
    }

    /// "Foreign Minister Lavrov", "NATO Secretary-General Mark Rutte": a title that splits
    /// the run into what stands before it and the person after it (or an office alone).
    /// Returns where `classify` goes on, or nil when the title splits nothing.
    func splitAtTitle(_ i: Int, _ end: Int, title t: Int, _ run: RunContext) -> Int?? {
        guard let split = titleSplit(i, end, title: t) else { return nil }
        switch split {
        case .office(let prefixEnd):
            if prefixEnd > i { _ = classifyPart(i, prefixEnd, run) }
            // "the C.E.O. of Vandel": a company officer's title names the company after "of".
            if t + 2 < end, spells(t + 1, "of"), lexicon.classes(words[t]).contains(.corporateTitle) {
                return .some(classifyPart(spells(t + 2, "the") ? t + 3 : t + 2, end, run))
            }
            return .some(end)
        case .person(let prefixEnd, let name):
            if prefixEnd > i { _ = classifyPart(i, prefixEnd, run) }
            return .some(classifyPart(name, end, run, titledRun: true))
        }
    }

    /// Where the name starts once what stands before its head or its title is set apart:
    /// sentence words before an institution's head go, and before a title ("NATO
    /// Secretary-General Mark Rutte") the words are a name of their own. Nil: the run
    /// names nobody (a title alone).
    func startAfterTitle(_ i: Int, _ end: Int, lastTitle: Int?, heads: RunHeads, titled: inout Bool,
                         _ run: RunContext) -> Int? {
        var start = i
        // "President Park Geun-hye": a place's head right after a person's title opens a
        // surname, no place's name.
        let surnameAfterTitle = lastTitle.map { heads.organization == nil && heads.place == $0 + 1 } ?? false
        if heads.institutional && !surnameAfterTitle {
            let headAt = min(heads.organization ?? end, heads.place ?? end)
            // "Acme CEO Dana Hale Velo Computer" (a headline run into its text): a company
            // officer's title before the head names a company before it, then a person
            // whose name's end is not to be told from the next company's start.
            if let t = lastTitle, t >= i, t + 1 < headAt, lexicon.classes(words[t]).contains(.corporateTitle) {
                let q = titlePrefixEnd(i, t)
                if q > i { classifyBeforeTitle(i, q, title: t, run) }
                return nil
            }
            while start < headAt, isCommonCapitalized(start), !opensPlaceName(start, end) { start += 1 }
            return start
        }
        guard let t = lastTitle else { return start }
        // A title alone ("the Ukrainian President") or a title of something ("Professor
        // of International Politics") names nobody here.
        guard t + 1 < end, words[t + 1].isCapitalized else { return nil }
        let q = titlePhraseStart(i, t)
        if q > i { classifyBeforeTitle(i, q, title: t, run) }
        titled = true
        return t + 1
    }

    /// Classifies the words `i..<q` before the title at `t`; before a corporate title
    /// ("Acme CEO Ana Ruiz") they name a company.
    private func classifyBeforeTitle(_ i: Int, _ q: Int, title t: Int, _ run: RunContext) {
        let before = mentions.count
        _ = classifyPart(i, q, run)
        guard lexicon.classes(words[t]).contains(.corporateTitle) else { return }
        for k in before..<mentions.count where mentions[k].gazetteerEntry == nil && mentions[k].kind != .place {
            mentions[k].kind = .organization
            mentions[k].guessed = false
            companies.insert(mentions[k].text)
        }
    }

    /// The first word of a sentence is capitalised anyway: it is dropped when the text
    /// uses it in lower case elsewhere, or when it has the shape of a verb or adverb, the
    /// text never capitalises it inside a sentence and neither a legal form ("Boeing Co")
    /// nor an organization's head ("United Auto Workers", "Allied Forces") follows it.
    /// Lower-case words it leaves at the front go too ("Shares of Fossil Group").
    func startAfterSentenceWord(_ start: Int, _ end: Int, suffixed: Bool, heads: RunHeads, _ run: RunContext) -> Int {
        var start = start
        if start < end, start == run.lo || words[start].afterStop, end - start >= 2,
           index.match(words, at: start, limit: run.hi, in: utf8) == nil,
           lowerVocabulary.contains(words[start], in: utf8)
            || isVerbOrAdverbShaped(words[start]) && !capitalizedInProse.contains(words[start].lowerHash)
                && !(suffixed && end - start == 2) && !(heads.organization.map { $0 > start } ?? false) {
            start += 1
        }
        while start < end, !words[start].isCapitalized, !words[start].hasDigit { start += 1 }
        return start
    }

    /// "Ana Ruiz of Acme": a person's name, then "of" and another name, is two names.
    /// Returns where `classify` goes on, or nil when no such "of" splits the run.
    func splitAtPersonOf(_ start: Int, _ end: Int, heads: RunHeads, titled: Bool, _ run: RunContext) -> Int? {
        guard let of = personOfSplit(start, end),
              !(start..<of).contains(where: { isHeadWord(words[$0]) || $0 == heads.organization })
        else { return nil }
        let single = of - start == 1
        if !(single && (start == run.lo || words[start].afterStop || lowerVocabulary.contains(words[start], in: utf8))) {
            _ = classifyPart(start, of, run, titledRun: titled)
        }
        var resume = of + 1
        if resume < end, spells(resume, "the") { resume += 1 }
        return resume
    }

    /// "the United States Oksana Markarova": a given name inside a run starts a person,
    /// and what stands before it is a name of its own. A run that opens with a given name
    /// is one person's full name ("Thomas Andrew Ernest Cleveland"). A given name right
    /// after a word that opens a place's name is a saint's or a namesake's in that name
    /// ("St John Ambulance", "Port Arthur Refinery"), no person's.
    func startAtInnerGivenName(_ start: Int, _ end: Int, heads: RunHeads, _ run: RunContext) -> Int {
        guard !heads.institutional, end - start >= 3, !isWord(words[start], of: .givenName),
              let p = (start + 1..<end - 1).first(where: { isWord(words[$0], of: .givenName) }),
              end - p <= 3, !isWord(words[p - 1], of: .placeOpener) else { return start }
        _ = classifyPart(start, p, run)
        return p
    }

    /// Shapes that are no name, or only part of one: a happening ("Security Strategy of
    /// ..."), an occasion ("the Orsa Summit"), an adjective ("Los Angeles-based", "North American"), a maker before its
    /// model number ("Boeing 737": the maker alone is the company), a single letter, or
    /// shouting. Returns where `classify` goes on, or nil when the run may be a name.
    func refusedShape(_ start: Int, _ stop: Int, _ end: Int, _ run: RunContext) -> Int? {
        let count = stop - start
        let first = words[start]
        // "Class A shares", "a Series B round": a noun and its letter label a kind of thing.
        if start + 1 < end, isWord(first, of: .letterLabel), words[start + 1].range.length == 1,
           words[start + 1].isCapitalized, !words[start + 1].breakBefore {
            return end
        }
        // A happening's head ends its name or comes before "of"; first in a run it is a
        // given name ("Bill Nowak") or says what kind of place follows ("Revolution Square").
        if count >= 2, firstWord(in: (start + 1)..<stop, of: .happeningHead) != nil {
            guard let resume = resumeAfterOf(start, stop) else { return end }
            insideUntil = max(insideUntil, stop)
            return resume  // "National Security Strategy of the United States"
        }
        if count >= 2, isWord(words[stop - 1], of: .occasionHead), !followedBySpeech(stop, run.hi) {
            keepKnownPlace(start, stop - 1, run)
            return end
        }
        // "Tom Velt, a Texas Republican": a party's member from a place describes a person;
        // the place is kept when known.
        if count >= 2, isWord(words[stop - 1], of: .partyMember), !words[stop - 1].isPossessive {
            keepKnownPlace(start, stop - 1, run)
            return end
        }
        if count >= 2, isWord(words[stop - 1], of: .legalForm), fillsAQuotation(start, stop) { return end }
        // "the Democratic governor", "Republican lawmakers", "Liberal MPs": a party's
        // adjective describes.
        if count == 1, isWord(first, of: .partyAdjective), stop < run.hi, !words[stop].breakBefore,
           !words[stop].isCapitalized || isPluralAcronym(words[stop]), !words[stop].hasDigit { return end }
        if isPlacesPeople(start, stop) { return end }
        if count == 1 && (isAdjectivalCompound(first) || isContraction(first) || isPartyTag(first)) { return end }
        // "a Los Angeles-based firm": the compound ending the run makes all of it an adjective;
        // a surname and a hyphenated given name ("Kim Jong-un", "Moon Jae-in") make a person's.
        if count >= 2, isAdjectivalCompound(words[stop - 1]),
           !(count == 2 && isHyphenatedGivenName(words[stop - 1])) { return end }
        // "Velair Flight 212", "Route 9": the numbered thing is no part of the name before
        // it, and a flight's is its airline's.
        if count >= 2, isWord(words[stop - 1], of: .numberedThing), stop < run.hi, !words[stop].breakBefore,
           words[stop].hasDigit {
            if isWord(words[stop - 1], of: .operatedService) {
                let name = text(start, stop - 1)
                add(ActorMention(range: ByteRange(words[start].range.start, words[stop - 2].range.end), text: name,
                                 kind: .organization, wordCount: stop - 1 - start), keepOnlyKnown: run.keepOnlyKnown)
                companies.insert(name)
            } else {
                _ = classifyPart(start, stop - 1, run)
            }
            return end
        }
        if isModelNumber(stop, run.hi), !lowerVocabulary.contains(words[stop - 1], in: utf8),
           !isHeadWord(words[stop - 1]), !isWord(words[stop - 1], of: .numberedThing),
           !isWord(words[stop - 1], of: .givenName) {
            // "Standard & Poor's 500": the maker's name is all the words the ampersand joins.
            var from = stop - 1
            while from > start, isSpacedAmpersandJoin(from) { from -= 1 }
            if from > start { _ = classifyPart(start, from, run) }
            let maker = text(from, stop)
            add(ActorMention(range: ByteRange(words[from].range.start, words[stop - 1].range.end), text: maker,
                             kind: .organization, wordCount: stop - from), keepOnlyKnown: run.keepOnlyKnown)
            companies.insert(maker)
            return end
        }
        // "the East African nation", "North American markets": a demonym ends an adjective.
        if count >= 2, isWord(words[stop - 1], of: .demonym),
           (start..<stop - 1).allSatisfy({ isWord(words[$0], of: [.compassWord, .demonym]) }) { return end }
        if count == 1 && first.range.length == 1 { return end }
        if count >= 2 && (start..<stop).allSatisfy({ words[$0].isAllCaps }) { return end }  // SHOUTING
        return nil
    }

    /// Whether the words `start..<stop` are all a quotation holds ("into “Hale
    /// Incorporated,”"): a company's name quoted so is a figure of speech (a person, a city
    /// or a country run as a business: "Velmar Inc."), no company.
    private func fillsAQuotation(_ start: Int, _ stop: Int) -> Bool {
        let a = words[start].range.start, b = words[stop - 1].range.end
        guard a >= 1, b < utf8.count else { return false }
        guard OpeningQuote.ends(utf8, before: a) else { return false }
        var k = b
        if k < utf8.count, utf8[k] == UInt8(ascii: ",") || utf8[k] == UInt8(ascii: ".") { k += 1 }
        return k < utf8.count && (utf8[k] == UInt8(ascii: "\"")
            || (k + 2 < utf8.count && utf8[k..<(k + 3)].elementsEqual([0xE2, 0x80, 0x9D])))
    }

    /// "The (Scranton) Times-Tribune", "the (Velmar) Courier": a determiner, then the place a
    /// paper is from in brackets (up to three capitalised words), then the name.
    func followsDeterminerAndBracketedPlace(_ start: Int, _ lo: Int) -> Bool {
        let at = words[start].range.start
        guard start - 2 >= lo, at >= 2, utf8[at - 1] == 0x20, utf8[at - 2] == UInt8(ascii: ")"),
              words[start - 1].range.end == at - 2 else { return false }
        var k = start - 1
        while k > lo, start - k < 3, utf8[words[k].range.start - 1] != UInt8(ascii: "(") { k -= 1 }
        let open = words[k].range.start
        guard k > lo, open >= 2, utf8[open - 1] == UInt8(ascii: "("), utf8[open - 2] == 0x20,
              words[k - 1].range.end == open - 2, (k..<start).allSatisfy({ words[$0].isCapitalized }) else { return false }
        return isWord(words[k - 1], of: .determiner)
    }

    /// "the Dubai Airshow", "a Texas Republican": the whole is no actor, but a known place
    /// naming it (`start..<stop`, all of the name before its last word) is kept.
    private func keepKnownPlace(_ start: Int, _ stop: Int, _ run: RunContext) {
        guard let (entry, length) = index.match(words, at: start, limit: stop, in: utf8), start + length == stop,
              index.gazetteer.entries[entry].kind == .place else { return }
        add(ActorMention(range: ByteRange(words[start].range.start, words[stop - 1].range.end),
                         text: text(start, stop), kind: .place, gazetteerEntry: entry, wordCount: length),
            keepOnlyKnown: run.keepOnlyKnown)
    }

    /// The kind of the name `start..<stop` with no place head after it: by its form, as
    /// an acronym, then by what surrounds it.
    func runKind(_ start: Int, _ stop: Int, heads: RunHeads, titled: Bool, suffixed: Bool,
                 _ run: RunContext) -> RunVerdict {
        if let kind = kindByForm(start, stop, heads: heads, titled: titled, suffixed: suffixed, run) {
            return .kind(kind, guessed: false)
        }
        if titled { return .kind(.person, guessed: false) }
        if stop - start == 1 && (words[start].isAllCaps || isMixedAcronym(words[start])) { return kindOfAcronym(start) }
        return kindByContext(start, stop, run)
    }

    /// A legal form, a head word, a place's or a team's shape, a place list after a comma
    /// ("Birmingham, Alabama") or an organization noun after it ("X, a security firm").
    func kindByForm(_ start: Int, _ stop: Int, heads: RunHeads, titled: Bool, suffixed: Bool,
                    _ run: RunContext) -> ActorKind? {
        let count = stop - start
        let first = words[start]
        // A possessive inside a run ends an owner's name before a trade's ("Domino's Pizza",
        // see `possessiveCompanyEnd`): a company's.
        if suffixed || namedAfterOrganizationNoun(start, run.lo) || setOffAfterOrganizationNoun(start, stop, run.lo, run.hi)
            || namedAfterCompanyDescription(start, run.lo) || namedAfterMakerOf(start, run.lo)
            || namedAsEmployer(start, run.lo) || namedAsDealParty(start, stop, run.lo)
            || (appositiveNamesOrganization(stop, run.hi) && !setOffAfterPersonRole(start, run.lo))
            || (start..<stop - 1).contains(where: { words[$0].isPossessive }) {
            return .organization
        }
        if namedAsVessel(start, run.lo) || namedAsMedicine(start, stop, run.lo, run.hi) { return .product }
        let atSentenceStart = start == run.lo || first.afterStop
        if !titled, isMakersModel(start, stop, run.hi)
            || followedByMakerNoun(start, stop, run.hi, atSentenceStart: atSentenceStart) {
            return .product
        }
        if let o = heads.organization, o >= start, o < stop, !(heads.place.map { $0 > o } ?? false) {
            return .organization
        }
        // Before a place's head or opening word: "Golden State Warriors", "San Lucas Spurs".
        if isTeamName(start, stop) { return .organization }
        if isNationalUnit(start, stop) { return .organization }
        // "President Park Geun-hye": after a person's title, a place's head opening the name
        // is a surname (see `startAfterTitle`).
        if let p = heads.place, p >= start, p < stop, !(titled && p == start) { return .place }
        if count >= 2 && (isWord(first, of: .compassWord) || lexicon.classes(first).contains(.placeOpener)
                          || isPlaceAcronym(stop - 1)) {
            return .place
        }
        // "Zentra Pro", "Velo Store": the word of a product or a service ends the name of a
        // thing; a title or a given name before it would make it a person's.
        if count >= 2, !titled, !isWord(first, of: .givenName), lexicon.classes(words, stop - 1).contains(.productHead) {
            return .product
        }
        // A lone word opening a sentence may be a label ("Location, Birmingham, Alabama").
        if !titled, !isWord(first, of: .givenName), !(atSentenceStart && count == 1),
           followedByCommaPlace(stop, run.hi) {
            return .place
        }
        if followedByOrganizationNoun(stop, run.hi) { return .organization }
        return nil
    }

    /// Capitals that name no actor: a common noun's acronym ("CEO"), letters after a name ("KC").
    private static let noActorAcronyms = WordClasses.commonAcronym.union(.postNominal)

    /// One word in capitals ("NATO", "MoD"): an organization or a place acronym, unless
    /// it is a common acronym, a time zone, a caption or a shout.
    func kindOfAcronym(_ k: Int) -> RunVerdict {
        let first = words[k]
        let written = text(k)
        if commonAcronyms.contains(written) || isWord(first, of: Self.noActorAcronyms) { return .noName }
        if isTimeZone(k) { return .noName }
        // "MARIA", "BREAKING": a given name or an everyday word in capitals is a caption
        // or a shout, not an acronym.
        if isWord(first, of: .givenName) || (first.range.length >= 4 && lowerVocabulary.contains(first, in: utf8)) {
            if index.entry(forText: written) == nil { return .noName }
        }
        if first.range.length > 6 && !first.contains(UInt8(ascii: "."), in: utf8) { return .noName }  // shouting
        // A capitalised word opening a line ("MOSCOW _ ...", "BRITAIN ESCALATES") is a
        // dateline or a headline word: what it is is left to its other mentions.
        let shouted = first.range.length >= 5 && first.lineStart
        return .kind(isPlaceAcronym(k) ? .place : (shouted ? nil : .organization), guessed: false)
    }

    /// A given name, a verb of speech after the name ("Lumora said"), "who" after a
    /// comma, a place preposition before it, or a short run of name-like words.
    /// Whether the one word at `k` ends the name of a person this text named before.
    func isSurnameOfEarlierPerson(_ k: Int) -> Bool {
        let w = words[k]
        return personLastWords.find(bytes: utf8[w.range.start..<w.range.end], hash: w.textHash(utf8)) != nil
    }

    /// "New Yorkers", "Londoners", "Chicagoans": a known place's name with an ending of
    /// `placePeopleEnding` is the plural of its people, as "Ukrainians" is, and no actor.
    func isPlacesPeople(_ start: Int, _ stop: Int) -> Bool {
        let last = words[stop - 1]
        guard last.isASCIILetters, !last.isAllCaps else { return false }
        // The ending read in the text's bytes: the name's String only for the few that match.
        for ending in lexicon.phrases.placePeopleEndings where last.lowerEnds(with: ending, in: utf8) {
            let name = text(start, stop)
            if let e = index.entry(forText: String(name.dropLast(ending.count))),
               index.gazetteer.entries[e].kind == .place { return true }
        }
        return false
    }

    /// "Shoppers said", "Travelers, who had waited": a plural noun for people opening a
    /// sentence speaks as a person's name would, and is a name only where the text writes
    /// it capitalised inside a sentence or a person named before ends with it ("Sanders").
    /// A word that labels a line ("Travelers — Shares of the insurer fell") is a name too.
    func isPeopleNounOpening(_ start: Int, _ stop: Int, _ run: RunContext) -> Bool {
        stop - start == 1 && (start == run.lo || words[start].afterStop) && isAgentPluralShaped(words[start])
            && !capitalizedInProse.contains(words[start].lowerHash) && !isSurnameOfEarlierPerson(start)
            && !lineLabels.contains(words[start].lowerHash)
    }

    /// "Velmar — Shares of ...", "Velmar: shares of ...": a word opening a line before a
    /// dash or a colon is the label of what the line tells.
    func labelsItsLine(_ k: Int) -> Bool {
        guard words[k].lineStart else { return false }
        var i = words[k].range.end
        while i < utf8.count, utf8[i] == 0x20 { i += 1 }
        guard i < utf8.count else { return false }
        if utf8[i] == UInt8(ascii: ":") || utf8[i] == UInt8(ascii: "-") { return true }
        // "–" and "—" are E2 80 93 and E2 80 94.
        return utf8[i] == 0xE2 && i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0x93 || utf8[i + 2] == 0x94)
    }

    /// "by" and a name right after the word at `j - 1` ("... by Chic"), not a date ("by
    /// Monday").
    func byAuthor(_ j: Int, _ hi: Int) -> Bool {
        j + 1 < hi && spells(j, "by") && !words[j].breakBefore && !words[j + 1].breakBefore
            && words[j + 1].isCapitalized && !isCommonCapitalized(j + 1)
    }

    func kindByContext(_ start: Int, _ stop: Int, _ run: RunContext) -> RunVerdict {
        let count = stop - start
        let first = words[start]
        if count >= 2 && count <= 4 && isWord(first, of: .givenName) { return .kind(.person, guessed: false) }
        // "Chijet Motor", "Vandel Holdings": a word that only says what kind of company it is
        // ends no person's name.
        if count >= 2, !words[stop - 1].isPossessive,
           isWord(words[stop - 1], of: WordClasses.companyNameTail.union(.companySuffix)) {
            return .kind(.organization, guessed: false)
        }
        if count >= 2, followsModelYear(start, stop, run.lo) || listedAfterProduct(start, run)
            || isCountedPlural(start, stop, run) || madeByVerb(start, stop, run) {
            return .kind(.product, guessed: true)
        }
        // "the Velo King Air plane", "a Orvik Tern sedan": a name of two words or more right
        // before the noun of a made thing names the model. One word there is its maker's
        // more often ("a Velo plane").
        if count >= 2, followedByProductNoun(stop, run.hi) { return .kind(.product, guessed: true) }
        // "Washington Mutual", "Boston Scientific": a name that opens with a known place's is
        // something of that place, a company more often than anything; no person's name
        // opens so.
        if count >= 2, let (entry, length) = index.match(words, at: start, limit: stop, in: utf8),
           index.gazetteer.entries[entry].kind == .place, start + length < stop {
            return .kind(.organization, guessed: true)
        }
        // "Thomsen Kestrel" where Kestrel is a known organization: a name ending in one's
        // one-word name is that organization's (or a unit of it), after no given name. A
        // letter or an acronym ("X", "AP") ends models' and people's names too.
        if count >= 2, !words[stop - 1].isAllCaps, words[stop - 1].range.length >= 3,
           let (entry, length) = index.match(words, at: stop - 1, limit: stop, in: utf8), length == 1,
           index.gazetteer.entries[entry].kind == .organization {
            return .kind(.organization, guessed: true)
        }
        // A determiner makes the run a common noun phrase ("such a Great Taking").
        let afterThe = start > run.lo && (isWord(words[start - 1], of: .determiner)
            && onlySpaceOrQuotes(from: words[start - 1].range.end, to: words[start].range.start)
            || followsDeterminerAndBracketedPlace(start, run.lo))
        // "An official in Velmar said": after a place's preposition a name is the place, the
        // speaker someone named before it.
        if (precededByPlacePreposition(start, run.lo) || atLandform(start, stop, run.lo))
            && !isWord(first, of: .givenName) && !words[stop - 1].isPossessive && !isTakenToCourt(stop, run.hi) {
            // "Robert Vance fled ... police took Vance into custody": the surname of a person
            // named before is that person, whatever the verb.
            if count == 1, isSurnameOfEarlierPerson(start) { return .kind(.person, guessed: true) }
            return .kind(.place, guessed: false)
        }
        if followedBySpeech(stop, run.hi) {
            // A coined brand word speaking ("AppleInsider claims") is a company or a title.
            let kind: ActorKind = (count == 1 && first.isAllCaps) || afterThe || speaksOfItself(stop, run.hi)
                || namesAThing(start, stop) || endsInEverydayWord(start, stop) ? .organization : .person
            if kind == .person, isPeopleNounOpening(start, stop, run) { return .undecided }
            // "Lumora said", "Lumora Computer said": a company speaks as well as a person, so
            // speech alone is a guess; a given name (above), a title or a company's cue
            // elsewhere decides.
            return .kind(kind, guessed: kind == .person)
        }
        if relativeAfterComma(stop, run.hi) == "who", !precededByPlacePreposition(start, run.lo) {
            return isPeopleNounOpening(start, stop, run) ? .undecided : .kind(.person, guessed: false)
        }
        // "the Airbus A321neo", "Velo SpendingPulse": no person's name holds a model's code
        // or a coined brand word.
        if count >= 2 && count <= 4 && namesAThing(start, stop) { return .kind(.product, guessed: true) }
        if count == 1, let verdict = bareName(start, run) { return verdict }
        guard count >= 2 && count <= 3 && !afterThe else { return .undecided }
        // "Kessel Reuters, which tracks sales", "Velo Tablet, which was launched": people
        // take "who"; a name with "which" after it is a thing's, of a kind other cues tell.
        if relativeAfterComma(stop, run.hi) == "which" { return .undecided }
        // With no title, given name or speech to go by, a run made of words the text
        // also writes in lower case ("Social Security") is not a person; a middle initial
        // is no such word ("Frederick A. Henderson" in a text with "a plan").
        if (start..<stop).contains(where: { !isInitial(words[$0]) && lowerVocabulary.contains(words[$0], in: utf8) }) {
            // "Velmar Pipeline said", in a text that also writes "the pipeline": the company
            // "Velmar Pipeline Company" named there calls itself so.
            return companyNameCores.contains(text(start, stop)) ? .kind(.organization, guessed: false) : .noName
        }
        // "Big Tech", "Great Reset": an everyday adjective opens a coined phrase, not a name.
        if lexicon.classes(first).contains(.phraseAdjective) { return .noName }
        // "SSP America", "Orvo Labs" after "KLM": an acronym of three letters or more opens a
        // company's name (its unit or its country's branch), not a person's.
        // "J.D. Orvane": initials with their dots open a person's name instead, unless they
        // are a country's ("U.S. Steel").
        let initials = isDottedInitials(first) && !isPlaceAcronym(start)
        if first.isAllCaps, !first.hasDigit, first.range.length >= 3, !initials { return .kind(.organization, guessed: true) }
        // "Velo Buy", "Orvo Save": an everyday word that is no surname ends the name of a
        // business, a product or a phrase, not a person's; what it names is left to other cues.
        if endsInEverydayWord(start, stop) { return .undecided }
        // "La Plata", "Le Havre": a Romance article opens a place's name. A person's name
        // holding one has a given name before it ("Marine Le Pen", read above), and the
        // rest alone ("Le Pen") is that person's surname (`settleArticleSurnames`).
        // "Le Freak by Chic", "La Traviata by Verdi": a work and who made it, no place.
        if count == 2, isWord(first, of: .romanceArticle) { return byAuthor(stop, run.hi) ? .noName : .kind(.place, guessed: true) }
        // "National Rally", "Federal Reserve": an adjective of a body opens no person's name.
        if isWord(first, of: .bodyAdjective) { return .kind(.organization, guessed: true) }
        return .kind(.person, guessed: true)
    }

    /// "Toyota USA", "Ford Australia": one or two capitalised words that name no place,
    /// before a country's name or acronym, are a business's unit in that country. Not
    /// "Michael Jordan" (a given name before it, unless a maker's: "Ford"), "Lake Victoria",
    /// "Santiago de Chile" or "World War II Germany".
    func isNationalUnit(_ start: Int, _ stop: Int) -> Bool {
        guard stop - start >= 2, stop - start <= 3 else { return false }
        let tail = stop - 1
        guard isPlaceAcronym(tail) || (startsKnownPlace(tail, stop) && !isWord(words[tail], of: .givenName)) else { return false }
        for k in start..<tail {
            let w = words[k]
            if !w.isCapitalized || words[k + 1].breakBefore || w.isPossessive || w.hasDigit || isHeadWord(w)
                || isRomanNumeral(w) || isWord(w, of: [.compassWord, .placeOpener, .demonym, .personTitle, .happeningHead])
                || (isWord(w, of: .givenName) && !isWord(w, of: .productMaker))
                || startsKnownPlace(k, tail) {
                return false
            }
        }
        return true
    }

    /// "II", "XIV": letters of a Roman numeral alone.
    func isRomanNumeral(_ w: Token) -> Bool {
        w.isAllCaps && utf8[w.range.start..<w.range.end].allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }
}
