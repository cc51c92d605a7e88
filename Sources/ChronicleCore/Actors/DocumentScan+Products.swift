extension DocumentScan {
    /// A product, model, programme, index or currency at word `i`: a name in mixed case
    /// ("iPhone 3G", "iTunes Store"), a name with a model number ("Airbus A380", "Boeing
    /// 787", "S&P 500", "FTSE 100"), a model number with its line ("737 MAX 8"), an index
    /// ("Nasdaq Composite") or a country's currency ("US dollar"). Adds it as a product,
    /// and its maker before a model number as a company ("Acme" of "Acme 300-9"); returns
    /// the word after it, nil when none starts here.
    func recognizeProduct(_ i: Int, _ lo: Int, _ hi: Int, keepOnlyKnown: Bool, lastMentionEnd: Int) -> Int? {
        // "its FY15 sales", "in Q2": a period of the accounts, not a model.
        if isCalendarWord(words[i]) { return nil }
        // "The S&P 500": the sentence's first word is not the product's.
        if isCommonCapitalized(i) {
            guard i + 1 < hi, !words[i + 1].breakBefore, words[i + 1].isCapitalized || words[i + 1].hasDigit
            else { return nil }
            return recognizeProduct(i + 1, lo, hi, keepOnlyKnown: keepOnlyKnown, lastMentionEnd: lastMentionEnd)
        }
        var start = i
        var end: Int
        if isMixedCase(words[i]) {
            end = i + 1
        } else if let modelEnd = numberFirstModelEnd(i, hi) {
            end = modelEnd
        } else if words[i].isCapitalized, !isCommonCapitalized(i), !isPersonTitle(i) {
            var run = i
            var sawModel = false
            var firstNumber: Int? = nil  // a model number in lower case ("737-800"), after its maker
            // Capitalised words, "&" inside ("S&P"), model numbers among them ("Airbus A380").
            while run < hi, run == i || !words[run].breakBefore || isAmpersandJoined(run) {
                // "ORV28 President Dana Hale": a title before a name ends the model's run.
                if run > i, isPersonTitle(run), run + 1 < hi, words[run + 1].isCapitalized, !words[run + 1].breakBefore {
                    break
                }
                if words[run].isCapitalized && !isCommonCapitalized(run) {
                    if words[run].hasDigit { sawModel = sawModel || isModelNumber(run) }
                } else if isModelNumber(run) && run > i {
                    sawModel = true
                    if firstNumber == nil { firstNumber = run }
                } else {
                    break
                }
                run += 1
                if words[run - 1].isPossessive { break }
            }
            let indexHead = run > i + 1 && lexicon.classes(words, run - 1).contains(.indexHead)
            if sawModel || indexHead {
                // "Flight 302", "Article 5": a numbered thing, not a product.
                if (i..<run).contains(where: { isWord(words[$0], of: .numberedThing) }) { return nil }
                // "Velair Airlines 212": a carrier's flight.
                if let f = firstNumber, f > i, isWord(words[f - 1], of: .carrierWord) { return nil }
                end = run
                // "Lion Air Boeing 737-800": the maker is the word before the number, a company
                // of its own; what stands before the maker is a name of its own too.
                // An index's letters ("S&P 500", "FTSE 100") or a place ("Stoxx Europe 600") make
                // no maker.
                // "Orbis Pro 4", "Velo Phone 8": a product's word before the number, after
                // another name, is the line's, and the whole run names the product. A
                // version of one or two digits ("Orbis 10", "Zenta 2") follows a line's
                // name, never a maker's ("Vandel 737"), unless the word is a product's
                // ("Max 10", whose word joins its line's family); a maker's name before the
                // line ("Velo Aviation Zenta 20s") is classified on its own.
                if let f = firstNumber, f - 1 >= i, !words[f - 1].hasDigit, !words[f - 1].isAllCaps,
                   words[f - 1].range.length >= 3, !isAmpersandJoined(f - 1),
                   f - 1 == i ? !isVersionNumber(f) || lexicon.classes(words, f - 1).contains(.productHead)
                              : !lexicon.classes(words, f - 1).contains(.productHead),
                   index.entry(for: words[f - 1], in: utf8).map({ index.gazetteer.entries[$0].kind != .place }) ?? true {
                    start = f - 1
                    // "Korvo Zenta 920": a one-word name the text writes alone as a company's,
                    // before a line it never writes so, is the maker, and the line the
                    // product's ("Velair Boeing 737 ... Boeing said": the maker is Boeing).
                    if start == i + 1, writtenAloneAsName(i), !writtenAloneAsName(start),
                       !isWord(words[i], of: .companyNameTail),
                       !lowerVocabulary.contains(words[i], in: utf8), !isWord(words[i], of: .givenName) {
                        add(ActorMention(range: words[i].range, text: text(i), kind: .organization, wordCount: 1),
                            keepOnlyKnown: keepOnlyKnown)
                        companies.insert(text(i))
                        return productMention(start, end, hi, keepOnlyKnown: keepOnlyKnown)
                    }
                    // "the Galaxy Note 7", "Samsung Galaxy Note 7": before a version, the words
                    // the text never writes alone as a name (no maker, head or known name)
                    // belong to the line; what stands before them is a name of its own.
                    var line = start
                    while isVersionNumber(f), line - 1 >= i, opensLine(line - 1) { line -= 1 }
                    if line < start {
                        if line > i {
                            _ = classify(i, line, lo, hi, keepOnlyKnown: keepOnlyKnown, lastMentionEnd: lastMentionEnd)
                        }
                        return productMention(line, end, hi, keepOnlyKnown: keepOnlyKnown)
                    }
                    if start > i {
                        _ = classify(i, start, lo, hi, keepOnlyKnown: keepOnlyKnown, lastMentionEnd: lastMentionEnd)
                    }
                    let maker = words[start]
                    if !lowerVocabulary.contains(maker, in: utf8), !isHeadWord(maker), !isWord(maker, of: .givenName),
                       !isLineOfAnotherMaker(start), !(introducedAsModel(i, lo) && !writtenAloneAsName(start)),
                       start == i || !isVersionNumber(f) {
                        add(ActorMention(range: maker.range, text: text(start), kind: .organization, wordCount: 1),
                            keepOnlyKnown: keepOnlyKnown)
                        companies.insert(text(start))
                    }
                }
            } else if let currency = currencyEnd(i, run, hi) {
                end = currency
            } else {
                return nil
            }
        } else {
            return nil
        }
        return productMention(start, end, hi, keepOnlyKnown: keepOnlyKnown)
    }

    /// Adds the product `start..<end`, with the line's model and variant after it; returns
    /// the word after it.
    private func productMention(_ start: Int, _ end: Int, _ hi: Int, keepOnlyKnown: Bool) -> Int {
        var end = end
        // The line's model and variant: "iPhone 4", "737 MAX 8", "iTunes Store", "iPhone 3G".
        while end < hi, !words[end].breakBefore, end - start < 5,
              isModelNumber(end) || (words[end].isCapitalized && !isCommonCapitalized(end) && !isPersonTitle(end)
                                     && index.entry(for: words[end], in: utf8) == nil) {
            end += 1
            if words[end - 1].isPossessive { break }
        }
        // "other Corvo 7s": the plural of the model names the model.
        let last = words[end - 1].range
        let plural = end - start >= 2 && last.length >= 2 && utf8[last.end - 1] == UInt8(ascii: "s")
            && utf8[last.start..<last.end - 1].allSatisfy { $0 >= 48 && $0 <= 57 }
        let range = ByteRange(words[start].range.start, last.end - (plural ? 1 : 0))
        add(ActorMention(range: range, text: String(decoding: utf8[range.start..<range.end], as: UTF8.self),
                         kind: .product, wordCount: end - start), keepOnlyKnown: keepOnlyKnown)
        return end
    }

    /// Whether the text writes the word at `k` elsewhere alone as a name: opening a
    /// sentence, after a preposition or in the possessive, with no capitalised word or number
    /// after it ("Boeing said", "from Boeing", "Boeing's"); "the new Zenta" names a product.
    /// Whether word `k` may open a product line's name before its model word: a word the
    /// text never writes alone as a name, and no maker's, head or known name.
    private func opensLine(_ k: Int) -> Bool {
        words[k].isCapitalized && !writtenAloneAsName(k) && !isHeadWord(words[k])
            && index.entry(for: words[k], in: utf8) == nil && !isWord(words[k], of: [.productMaker, .givenName])
    }

    func writtenAloneAsName(_ k: Int) -> Bool {
        let hash = words[k].lowerHash
        for t in words.indices where t != k && words[t].lowerHash == hash && words[t].isCapitalized {
            let next = t + 1
            if next < words.count, !words[next].breakBefore, !words[t].isPossessive,
               words[next].isCapitalized || words[next].hasDigit { continue }
            if words[t].isPossessive || words[t].afterStop || t == 0
                || (!words[t].breakBefore && isWord(words[t - 1], of: .preposition))
                || (next < words.count && !words[next].breakBefore && isWord(words[next], of: .speaking)) { return true }
        }
        return false
    }

    /// "the new Zenta 950": a product that a determiner and an adjective introduce names no
    /// maker by its first word unless the text writes that word alone as a company's ("the
    /// new Boeing 787 ... Boeing said"). After a possessive pronoun the word may be either
    /// ("its Zenta 2", "its Boeing 737 jets"), and stays a maker.
    func introducedAsModel(_ i: Int, _ lo: Int) -> Bool {
        guard i - 1 > lo, !words[i].breakBefore, !words[i - 1].breakBefore, !words[i - 1].isCapitalized
        else { return false }
        return isWord(words[i - 2], of: .determiner) && !isWord(words[i - 1], of: .grammarWord) && !words[i - 1].hasDigit
    }

    /// "The Zenta 920" where the text also writes "Korvo Zenta 920": the word is a line
    /// of the maker written before it there, no maker of its own.
    func isLineOfAnotherMaker(_ k: Int) -> Bool {
        let hash = words[k].lowerHash
        for t in words.indices where t > 0 && t != k && words[t].lowerHash == hash && !words[t].breakBefore {
            let maker = t - 1
            if words[maker].isCapitalized, !words[maker].isPossessive, !isCommonCapitalized(maker),
               t + 1 < words.count, !words[t + 1].breakBefore, isModelNumber(t + 1),
               writtenAloneAsName(maker), !writtenAloneAsName(k) { return true }
        }
        return false
    }

    /// "iPhone", "iTunes", "eBay": one lower-case letter, then a capital ("de-Nazification"
    /// is a word with a prefix).
    func isMixedCase(_ w: Token) -> Bool {
        w.range.length >= 3 && WordScanner.isLowerASCII(utf8[w.range.start])
            && WordScanner.isUpperASCII(utf8[w.range.start + 1]) && !endsWithLowerSuffix(w)
    }

    /// "iOS-style", "eBay-owned": a name joined to a lower-case word is an adjective made
    /// of it, no name.
    private func endsWithLowerSuffix(_ w: Token) -> Bool {
        var k = w.range.end
        while k > w.range.start, WordScanner.isLowerASCII(utf8[k - 1]) { k -= 1 }
        return w.range.end - k >= 2 && k - 1 > w.range.start && utf8[k - 1] == UInt8(ascii: "-")
    }

    /// Where a model named from its number on ends: "737 MAX" (the line's letters, not the
    /// time "305 PM EDT"), "737-9 Max" (a series number and the line's word), "737 Max 9"
    /// (the line's word and its version); nil when word `i` opens none. One or two digits
    /// before a name count its things ("38 GM plants"), no model.
    private func numberFirstModelEnd(_ i: Int, _ hi: Int) -> Int? {
        guard words[i].hasDigit, i + 1 < hi, !words[i + 1].breakBefore, words[i + 1].isCapitalized else { return nil }
        let next = words[i + 1]
        let model = isModelNumber(i) && !isVersionNumber(i)
        if model, next.isAllCaps, next.range.length <= 4, !next.contains(UInt8(ascii: "."), in: utf8),
           index.entry(for: next, in: utf8) == nil, !isWord(next, of: [.clockEnd, .timeZone, .shortTimeZone]) {
            return i + 2
        }
        let lineWord = !next.hasDigit && !isCommonCapitalized(i + 1) && !isHeadWord(next)
        if lineWord, isSeriesModelNumber(words[i]), index.entry(for: next, in: utf8) == nil { return i + 2 }
        if model, lineWord, i + 2 < hi, !words[i + 2].breakBefore, isVersionNumber(i + 2) { return i + 3 }
        return nil
    }

    /// A model number and its series, three digits, a hyphen and one to three digits
    /// ("737-9", "787-10"), where a score ("3-2") or a season ("2023-24") is no model.
    private func isSeriesModelNumber(_ w: Token) -> Bool {
        guard w.range.length >= 5 else { return false }
        let u = utf8[w.range.start..<w.range.end]
        guard let dash = u.firstIndex(of: UInt8(ascii: "-")), dash - u.startIndex == 3 else { return false }
        let series = u[(dash + 1)...]
        return (1...3).contains(series.count) && u[..<dash].allSatisfy(\.isASCIIDigit) && series.allSatisfy(\.isASCIIDigit)
    }

    /// "787", "A380", "3G", "500": a model or index number; never a year, a count written
    /// with separators ("646,000", "7.5") or an amount or share ("$150", "5%"). A possessive
    /// one only right after its line's name ("the Corvo 7's camera"; "the 70's" is a decade).
    func isModelNumber(_ k: Int) -> Bool {
        let w = words[k]
        let u = utf8[w.range.start..<w.range.end]
        guard w.hasDigit, u.count <= 6 || isVariantCode(u) else { return false }
        if w.isPossessive, k == 0 || w.breakBefore || !(words[k - 1].isCapitalized || isMixedCase(words[k - 1])) {
            return false
        }
        if u.count == 4, u.allSatisfy({ $0 >= 48 && $0 <= 57 }),
           (1800...2100).contains(u.reduce(0) { $0 * 10 + Int($1 - 48) }) {
            return false
        }
        let start = w.range.start, end = w.range.end
        // "$150", "#3", the minutes of "12:15 PM".
        if start > 0, [UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: ":")].contains(utf8[start - 1]) { return false }
        if start > 1, utf8[start - 2] == 0xC2 || utf8[start - 2] == 0xE2 { return false }  // "£", "€"
        // The decimals of "$0.24 EPS" or the thousands of "1,500 MW": the end of a number.
        if start > 1, utf8[start - 1] == UInt8(ascii: ".") || utf8[start - 1] == UInt8(ascii: ","),
           utf8[start - 2] >= 48 && utf8[start - 2] <= 57 { return false }
        if end < utf8.count {
            let next = utf8[end]
            if next == UInt8(ascii: "%") { return false }
            if (next == UInt8(ascii: ",") || next == UInt8(ascii: ".")) && end + 1 < utf8.count
                && utf8[end + 1] >= 48 && utf8[end + 1] <= 57 { return false }
        }
        // "gave Acme 60 days", "Acme 30 percent": a count of a unit of time or a share.
        if k + 1 < words.count, !words[k + 1].breakBefore, !words[k + 1].isCapitalized,
           !lexicon.classes(words, k + 1).isDisjoint(with: WordClasses(.timeUnit).union(.percentWord)) {
            return false
        }
        // "1st", "28th": ordinals name units, not models.
        return !isOrdinal(w) || u.count > 4
    }

    /// "737-800", "777-300ER": a model of three digits and its variant, a round hundred
    /// with letters or not, joined by a hyphen. A score ("127-123") or a span of years
    /// ("2003-07") has other numbers.
    private func isVariantCode(_ u: ArraySlice<UInt8>) -> Bool {
        guard u.count <= 10 else { return false }
        let parts = u.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 3, parts[0].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        let variant = parts[1]
        let digits = variant.prefix { $0 >= 48 && $0 <= 57 }
        return digits.count == 3 && digits.first != UInt8(ascii: "0") && digits.dropFirst().allSatisfy { $0 == 48 }
            && variant.dropFirst(3).allSatisfy { $0 >= 65 && $0 <= 90 } && variant.count <= 5
    }

    /// "10" of "Orbis 10", "2" of "Zenta 2": a version of one or two digits, or their
    /// plural ("Zenta 20s").
    func isVersionNumber(_ k: Int) -> Bool {
        let r = words[k].range
        let plural = r.length >= 2 && utf8[r.end - 1] == UInt8(ascii: "s")
        let digits = r.length - (plural ? 1 : 0)
        return digits >= 1 && digits <= 2 && utf8[r.start..<r.start + digits].allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// "S&P": two capitals joined by an ampersand alone.
    func isAmpersandJoined(_ k: Int) -> Bool {
        k > 0 && words[k].range.start == words[k - 1].range.end + 1
            && utf8[words[k - 1].range.end] == UInt8(ascii: "&") && words[k].isCapitalized
    }

    /// "US dollar", "Japanese yen", "US Dollars": a country or nationality and a currency,
    /// the currency's word in lower case or capitalised.
    func currencyEnd(_ i: Int, _ run: Int, _ hi: Int) -> Int? {
        let c = i + 1
        guard run == c || run == c + 1, c < hi, !words[c].breakBefore, lexicon.classes(words, c).contains(.currency)
        else { return nil }
        let w = words[i]
        let isCountry = isWord(w, of: .demonym) || isPlaceAcronym(i)
            || index.entry(for: w, in: utf8).map { index.gazetteer.entries[$0].kind == .place } == true
        return isCountry ? c + 1 : nil
    }
}
