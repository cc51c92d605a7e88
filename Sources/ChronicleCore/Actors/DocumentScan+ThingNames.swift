/// Words no person's name is made of: a model's code of letters and digits ("A321neo",
/// "X200") and a coined brand word with a capital inside ("SpendingPulse", "AppleInsider").
/// A name holding one, with nothing else to say what it is, is a product's.
extension DocumentScan {
    /// "Airbus A321neo", "Velo X200 Max": a word of letters and digits in a name. An
    /// ordinal ("28th") is no code.
    func isModelCode(_ w: Token) -> Bool {
        guard w.hasDigit, !isOrdinal(w) else { return false }
        return utf8[w.range.start..<w.range.end].contains { $0.isASCIILetter }
    }

    /// "SpendingPulse", "AppleInsider", "PowerPoint": a capital after two or more lower-case
    /// letters inside a word, unless they are a surname's prefix (lexicon class
    /// `surnamePrefix`: "McDonald", "DeSantis", "LaGuardia").
    func isCoinedWord(_ w: Token) -> Bool {
        guard w.isASCII, w.isCapitalized, !w.isAllCaps else { return false }
        var k = w.range.start + 1
        while k < w.range.end, WordScanner.isLowerASCII(utf8[k]) { k += 1 }
        guard k < w.range.end, k - w.range.start >= 3, WordScanner.isUpperASCII(utf8[k]) else { return false }
        let prefix = utf8[w.range.start..<k].lazy.map { $0.asciiLowercased }
        return !lexicon.classes(lowerBytes: prefix).contains(.surnamePrefix)
    }

    /// Whether the name `start..<stop` holds a model's code or a coined word, or an acronym
    /// after its first word ("Velo OS X").
    func namesAThing(_ start: Int, _ stop: Int) -> Bool {
        (start..<stop).contains { isModelCode(words[$0]) || isCoinedWord(words[$0]) || $0 > start && isInnerAcronym($0) }
    }

    /// "OS" of "Velo OS X": a word in capitals of two letters or more, without dots, is no
    /// part of a person's name after its first word, unless it is a roman numeral or a
    /// generation mark ("Henry VIII", "Ana Ruiz JR"), a title or a common acronym ("MP").
    func isInnerAcronym(_ k: Int) -> Bool {
        let w = words[k]
        guard w.isAllCaps, !w.hasDigit, w.range.length >= 2, !w.contains(UInt8(ascii: "."), in: utf8) else { return false }
        return !NameLexicon.isGenerationMark(text(k)[...], lexicon: lexicon) && !isPersonTitle(k)
            && !isWord(w, of: .commonAcronym)
    }
}

/// A maker's name before a model's: "Cessna Skyhawk", "Toyota Camrys".
extension DocumentScan {
    /// Whether the name `start..<stop` is a maker's model: a `productMaker` opening it,
    /// before a word that is no head, company word, acronym or known name ("Toyota Motor",
    /// "Ford Foundation", "Ford Australia" stay what they are), and no legal form after. A
    /// head or a company's word further on ("Beechcraft King Air") makes a model only
    /// before the noun of a made thing ("the Beechcraft King Air plane"); elsewhere it is
    /// the maker's unit ("Toyota Financial Services").
    func isMakersModel(_ start: Int, _ stop: Int, _ hi: Int) -> Bool {
        guard stop - start >= 2, isWord(words[start], of: .productMaker) else { return false }
        let model = words[start + 1]
        guard !isHeadWord(model), !isWord(model, of: Self.companyWords), !isWord(model, of: .demonym),
              !(model.isAllCaps && !model.hasDigit && model.range.length >= 3),
              index.match(words, at: start + 1, limit: stop, in: utf8) == nil,
              !(start + 2..<stop).contains(where: { isWord(words[$0], of: .legalForm) }) else { return false }
        if (start + 2..<stop).contains(where: { isHeadWord(words[$0]) || isWord(words[$0], of: .companyNameTail) }) {
            return followedByProductNoun(stop, hi)
        }
        return true
    }

    private static let companyWords: WordClasses = WordClasses.legalForm.union(.companyNameTail)

    /// Whether the noun of a made thing follows the name ending before `stop` ("... plane",
    /// "... container ship", "... PCs").
    func followedByProductNoun(_ stop: Int, _ hi: Int) -> Bool {
        guard stop < hi, !words[stop].breakBefore else { return false }
        if words[stop].isCapitalized { return isPluralAcronym(words[stop]) }
        if isWord(words[stop], of: .productNoun) { return true }
        return stop + 1 < hi && !words[stop + 1].breakBefore && isWord(words[stop], of: .productNounModifier)
            && isWord(words[stop + 1], of: .productNoun)
    }
}

extension DocumentScan {
    /// "the 2004 Velo Tern", "recalled 2003-07 Velo Terns", "the 1998 and 1999 Velo
    /// Brisa": years that say which models are meant (`ModelYears`) before a name of two
    /// words or more make it a product's; people are not dated so ("in 1998 Ana Ruiz" has
    /// a preposition before its year).
    func followsModelYear(_ start: Int, _ stop: Int, _ lo: Int) -> Bool {
        guard start - 1 >= lo, words[start - 1].hasDigit, !words[start].breakBefore else { return false }
        return ModelYears(before: words[start].range.start, from: words[lo].range.start, in: utf8, lexicon: lexicon)?
            .sayWhichModels(nameWords: stop - start) == true
    }

    /// "recalled 61,900 Velo Terns", "fitted 40 Orvik Masts": a number right before a name of
    /// two words or more in the plural counts things, models; people are not counted by
    /// their names. A year there is read by `followsModelYear`, and a name before a noun of
    /// its own is that noun's ("1,200 Velo Terns workers").
    func isCountedPlural(_ start: Int, _ stop: Int, _ run: RunContext) -> Bool {
        let hi = run.hi
        guard start > run.lo, words[start - 1].hasDigit, !words[start].breakBefore, isNamePlural(words[stop - 1]),
              words[start - 1].range.end + 1 == words[start].range.start else { return false }
        let number = words[start - 1].range
        guard utf8[number.start..<number.end].allSatisfy(\.isASCIIDigit) else { return false }
        // "2011 Velo Terns" alone is a year; "61,900" is read as two numbers, "61" and "900".
        let grouped = number.start >= 2 && utf8[number.start - 1] == UInt8(ascii: ",") && utf8[number.start - 2].isASCIIDigit
        if !grouped, number.length == 4, ModelYears.isYear(utf8[number.start..<number.end]) { return false }
        guard stop < hi, !words[stop].breakBefore, !words[stop].isCapitalized else { return true }
        return isWord(words[stop], of: Self.afterAHead) || isVerbOrAdverbShaped(words[stop])
    }

    /// Words after a noun phrase's head rather than inside it ("were", "and", "in").
    private static let afterAHead: WordClasses = [.grammarWord, .nounFollower]

    /// "the 2004 Velo Tern and Orvik Mast": a name listed right after a product is another.
    func listedAfterProduct(_ start: Int, _ run: RunContext) -> Bool {
        guard let last = mentions.last, last.kind == .product, run.lastMentionEnd >= 0,
              start - run.lastMentionEnd == 1, start - 1 > run.lo, isWord(words[start - 1], of: .listJoiner),
              !words[start].breakBefore, last.range.end == words[start - 2].range.end else { return false }
        return true
    }

    /// "Cadbury makes Dairy Milk", "which also produces Crunchie": a name right after a verb
    /// of making (`makingVerb`), an adverb between or not, is what is made, when a break,
    /// "and" or a plural noun follows it ("makes Halls lozenges"); "made Ana Ruiz chair"
    /// makes a person something.
    func madeByVerb(_ start: Int, _ stop: Int, _ run: RunContext) -> Bool {
        var k = start - 1
        guard k >= run.lo, !words[start].breakBefore else { return false }
        if isWord(words[k], of: .auxiliaryAdverb), k - 1 >= run.lo, !words[k].breakBefore { k -= 1 }
        guard isWord(words[k], of: .makingVerb) else { return false }
        guard stop < run.hi, !words[stop].breakBefore else { return true }
        return isWord(words[stop], of: .listJoiner)
            || (!words[stop].isCapitalized && words[stop].lowerEnds(with: "s", in: utf8) && !isWord(words[stop], of: .grammarWord))
    }
}
