/// Finds who a passage attributes its claim to: the speaker of "X said" / "said X" /
/// "X reported", else the source of "according to X". A relay ("the MoD said ...
/// according to TASS") leaves the claim with the one who said it, the MoD.
public enum ClaimantFinder {
    /// `names` are the actor mentions inside `range`, in text order, with their actors'
    /// canonical names. The reporting verbs are the lexicon's.
    public static func claimant(_ utf8: [UInt8], _ range: ByteRange,
                                names: [(range: ByteRange, name: String)], lexicon: Lexicon = .bundled) -> String? {
        claimant(utf8, range, in: nil, names: names, lexicon: lexicon)
    }

    /// The same, reading the passage's words from its document's words when given.
    static func claimant(_ utf8: [UInt8], _ range: ByteRange, in document: DocumentTokens?,
                         names: [(range: ByteRange, name: String)], lexicon: Lexicon) -> String? {
        guard mayAttribute(utf8, range, lexicon) else { return nil }
        let words = document?.tokens(in: range, of: utf8) ?? WordScanner.tokens(utf8, in: range)
        var according: String? = nil
        for (k, w) in words.enumerated() {
            // "to say", "that states", "was announced": an infinitive, a relative clause or a
            // passive names no speaker before the verb.
            // "the United States, as ...": a word of a name is no verb.
            if lexicon.classes(w).contains(.reportingVerb)
                && !names.contains(where: { $0.range.contains(w.range) })
                && !(k > 0 && lexicon.classes(words, k - 1).contains(.speechBlocker))
                && !isVerbsObject(utf8, words, k, lexicon)
                && speaks(utf8, words, k, lexicon) {
                // "Andriy Yermak, head of the presidential office, wrote": the name before
                // the apposition.
                if let speaker = appositionSpeaker(utf8, verb: w.range.start, floor: range.start, names: names) {
                    return speaker
                }
                // "X said", "X has also said", "X said Wednesday"; not "in X on Friday,
                // officials said", where a group after a comma speaks.
                if let before = names.last(where: { $0.range.end <= w.range.start }),
                   wordsBetween(words, before.range.end, w.range.start, lexicon) <= 2,
                   !(k > 0 && isCollective(words, k - 1, lexicon) && words[k - 1].breakBefore),
                   !quoteBetween(utf8, before.range.end, w.range.start),
                   !pronounBetween(words, before.range.end, w.range.start, lexicon) {
                    return spokesperson(utf8, words, for: before.range, lexicon)
                        ?? rolePhrase(utf8, words, from: before.range, to: w.range.start, lexicon)
                        ?? describedSpeaker(utf8, words, from: before.range, to: w.range.start, lexicon)
                        ?? nameBeforeOf(utf8, before.range, names: names)?.name
                        ?? before.name
                }
                // "Kyiv’s military said": the owner's body, named as the text names it.
                if k >= 2, !words[k - 1].isCapitalized, words[k - 2].isPossessive,
                   !words[k - 1].breakBefore, !words[k - 2].hasDigit,
                   let owner = names.last(where: { $0.range == words[k - 2].range }) {
                    return "\(owner.name)’s \(words[k - 1].text(utf8))"
                }
                // "…, said Zelensky", "”, said the head of ..., Vladyslav Haivanenko": the
                // inverted order follows a quote or a clause; in "police said Collins killed
                // him" the name starts what was said.
                if w.breakBefore, let after = names.first(where: { $0.range.start >= w.range.end }),
                   wordsBetween(words, w.range.end, after.range.start, lexicon) <= 1,
                   !words.contains(where: { $0.range.start >= w.range.end && $0.range.end <= after.range.start
                                            && lexicon.classes($0).contains(.mediumPreposition) }) {
                    // "wrote on Telegram", "said in Kyiv": a place or a medium, not a speaker.
                    return after.name
                }
                // "police said", "prosecutors say": a body named by what it is.
                if k > 0, isCollective(words, k - 1, lexicon), !words[k - 1].isPossessive,
                   !isPrepositionsObject(utf8, words, k - 1, lexicon) {
                    // With the adjective that says whose: "Israeli police said".
                    if k > 1, words[k - 2].isCapitalized, !words[k - 1].breakBefore, !words[k - 2].hasDigit,
                       lexicon.classes(words, k - 2).isDisjoint(with: .notANameStart) {
                        return words[k - 2].text(utf8) + " " + words[k - 1].text(utf8)
                    }
                    return words[k - 1].text(utf8)
                }
            }
            if w.spells("according", in: utf8), k + 1 < words.count, words[k + 1].spells("to", in: utf8), according == nil {
                let from = words[k + 1].range.end
                if var src = names.first(where: { $0.range.start >= from }),
                   wordsBetween(words, from, src.range.start, lexicon) <= 2 {
                    // "according to a Facebook post by the county": the medium's author.
                    if let author = author(words, after: src.range, names: names, utf8) { src = author }
                    according = ownedBody(utf8, words, owner: src.range, lexicon)
                        ?? describedSource(utf8, words, after: src.range, lexicon) ?? src.name
                }
            }
        }
        return according
    }

    private static let according = WordHash.of("according")

    /// "Senator Ana Ruiz of Lusk told", "Ana Ruiz of Velcor said": the name before "of" is
    /// the speaker's; the one after says where or whom the speaker is from.
    private static func nameBeforeOf(_ utf8: [UInt8], _ name: ByteRange,
                                      names: [(range: ByteRange, name: String)]) -> (range: ByteRange, name: String)? {
        guard let earlier = names.last(where: { $0.range.end < name.start }) else { return nil }
        let between = utf8[earlier.range.end..<name.start]
        return between.elementsEqual(" of ".utf8) ? earlier : nil
    }

    /// "a post by the county", "a report from Velcor": the name after "by" or "from" within
    /// two words after `name` (a medium's or a document's name), the author of what it names.
    private static func author(_ words: [Token], after name: ByteRange, names: [(range: ByteRange, name: String)],
                               _ utf8: [UInt8]) -> (range: ByteRange, name: String)? {
        guard let k = words.firstIndex(where: { $0.range.start >= name.end }) else { return nil }
        for j in k..<min(words.count, k + 3) {
            if words[j].breakBefore && j > k { return nil }
            guard words[j].spells("by", in: utf8) || words[j].spells("from", in: utf8) else { continue }
            let from = words[j].range.end
            guard let next = names.first(where: { $0.range.start >= from }) else { return nil }
            let gap = words.filter { $0.range.start >= from && $0.range.end <= next.range.start }
            return gap.count <= 1 && !gap.contains(where: \.breakBefore) && !words[j + 1].breakBefore ? next : nil
        }
        return nil
    }

    /// Whether a speech verb or "according" may stand in `range`: every ASCII letter run is
    /// hashed in place and looked up, so most passages, which attribute nothing, are never
    /// split into words. A verb word is always such a run, so no claim is missed.
    private static func mayAttribute(_ utf8: [UInt8], _ range: ByteRange, _ lexicon: Lexicon) -> Bool {
        utf8.withUnsafeBufferPointer { u in
            var i = range.start
            let end = min(range.end, u.count)
            while i < end {
                guard u[i].isASCIILetter else { i += 1; continue }
                var hash = WordHash.seed
                while i < end, u[i].isASCIILetter {
                    hash = WordHash.adding(hash, u[i].asciiLowercased)
                    i += 1
                }
                if hash == according || lexicon.classes(hash: hash).contains(.reportingVerb) { return true }
            }
            return false
        }
    }

    /// When the name before the verb ends a phrase headed by a role noun ("a spokesman for
    /// the Kremlin", "sources close to Mr. Orban"), the claimant is that phrase as written.
    private static func spokesperson(_ utf8: [UInt8], _ words: [Token], for name: ByteRange, _ lexicon: Lexicon) -> String? {
        guard var first = words.firstIndex(where: { $0.range.start >= name.start }) else { return nil }
        // Titles and articles before the name ("of the Prime Minister Jonas Varga").
        while first > 0, !words[first].breakBefore,
              words[first - 1].isCapitalized || lexicon.classes(words, first - 1).contains(.article) {
            first -= 1
        }
        guard first > 0, lexicon.classes(words, first - 1).contains(.spokesLinker) else { return nil }
        var k = first - 1
        while k >= 0 && first - k <= 7 {
            let w = words[k]
            if w.breakBefore && k < first - 1 && !lexicon.classes(w).contains(.spokesLinker) { break }
            if lexicon.classes(w).contains(.spokesRole) {
                return String(decoding: utf8[w.range.start..<name.end], as: UTF8.self)
            }
            if lexicon.classes(w).contains(.reportingVerb) { break }
            k -= 1
        }
        return nil
    }

    /// Groups that speak without a name: "officials said", and the police, which is no
    /// plural ("police said").
    private static func isCollective(_ words: [Token], _ k: Int, _ lexicon: Lexicon) -> Bool {
        !lexicon.classes(words, k).isDisjoint(with: [.groupNoun, .uniformedBody])
    }

    /// "an announcement to travellers posted online": a group after a preposition is its
    /// object, no subject that speaks; after a word that also opens a clause ("after
    /// officials said", "police and prosecutors said") it is a subject still.
    private static func isPrepositionsObject(_ utf8: [UInt8], _ words: [Token], _ k: Int, _ lexicon: Lexicon) -> Bool {
        guard k > 0, !words[k].breakBefore else { return false }
        let before = lexicon.classes(words, k - 1)
        return before.contains(.preposition) && !before.contains(.clauseConjunction) && !words[k - 1].spells("or", in: utf8)
    }

    private static func speaks(_ utf8: [UInt8], _ words: [Token], _ k: Int, _ lexicon: Lexicon) -> Bool {
        // "Velcor sued Orvane on Friday, claiming the firm had lied": a participle after a
        // comma says what the clause's subject claims; neither the name before it nor the
        // one after it speaks.
        if k > 0, words[k].breakBefore, words[k].lowerEnds(with: "ing", in: utf8) { return false }
        // "claimed the lives of 100 people", "claimed 80 lives": a disaster says nothing.
        var j = k + 1
        while j < words.count, j - k <= 3, !words[j].breakBefore, !words[j].spells("that", in: utf8) {
            if lexicon.classes(words, j).contains(.lifeNoun) { return false }
            j += 1
        }
        // "the law states that", "the statement states:" but not "Gulf Coast states on Monday".
        if lexicon.classes(words, k).contains(.nounLikeSpeechVerb) {
            return k + 1 >= words.count || words[k + 1].breakBefore || words[k + 1].spells("that", in: utf8)
        }
        guard lexicon.classes(words, k).contains(.objectSpeechVerb), k + 1 < words.count else { return true }
        let next = words[k + 1]
        return next.breakBefore || !lexicon.classes(next).isDisjoint(with: [.afterSpeechWord, .weekday])
    }

    /// "has investigated reports", "denied claims": a reporting word in "-s" right after a
    /// verb in the past is that verb's object, a plural noun, and no speech.
    private static func isVerbsObject(_ utf8: [UInt8], _ words: [Token], _ k: Int, _ lexicon: Lexicon) -> Bool {
        guard k > 0, words[k].lowerEnds(with: "s", in: utf8), !words[k].breakBefore else { return false }
        return HappeningClause.isRegularPast(utf8, words, k - 1, lexicon) || lexicon.classes(words[k - 1]).contains(.pastVerb)
    }

    /// "a US official said", "Kremlin aides say": the role the name qualifies is the claimant.
    private static func rolePhrase(_ utf8: [UInt8], _ words: [Token], from name: ByteRange, to verb: Int,
                                   _ lexicon: Lexicon) -> String? {
        for w in words where w.range.start >= name.end && w.range.end <= verb {
            if w.breakBefore { return nil }
            if lexicon.classes(w).contains(.spokesRole) {
                return String(decoding: utf8[name.start..<w.range.end], as: UTF8.self)
            }
        }
        return nil
    }

    /// "typically", "angrily": a word in -ly, other than the nouns that end so.
    private static func isAdverb(_ w: Token, _ utf8: [UInt8], _ lexicon: Lexicon) -> Bool {
        w.lowerEnds(with: "ly", in: utf8) && w.lower(utf8).count > 4 && !lexicon.classes(w).contains(.lyNoun)
    }

    /// "EU antitrust regulators said", "Ireland's foreign minister said": lower-case words
    /// between the name and the verb make the name part of the speaker's description, which
    /// is the claimant as written.
    private static func describedSpeaker(_ utf8: [UInt8], _ words: [Token], from name: ByteRange, to verb: Int,
                                         _ lexicon: Lexicon) -> String? {
        var head: Token? = nil
        for w in words where w.range.start >= name.end && w.range.end <= verb {
            if w.breakBefore { return nil }
            // "Kraft Foods today announced": a time or a link word describes no speaker.
            if !lexicon.classes(w).isDisjoint(with: [.claimFiller, .speakerAside, .afterSpeechWord]) || isAdverb(w, utf8, lexicon) {
                continue
            }
            guard !w.isCapitalized, !w.hasDigit else { return nil }
            head = w
        }
        guard let head else { return nil }
        return String(decoding: utf8[name.start..<head.range.end], as: UTF8.self)
    }

    /// The speaker when a comma-delimited apposition stands between a name and its verb:
    /// the name must end right before the opening comma, and the apposition hold no quote
    /// or stop.
    private static func appositionSpeaker(_ utf8: [UInt8], verb: Int, floor: Int,
                                          names: [(range: ByteRange, name: String)]) -> String? {
        var j = verb - 1
        while j > floor, utf8[j] == 0x20 { j -= 1 }
        guard j > floor, utf8[j] == UInt8(ascii: ",") else { return nil }
        var c = j - 1
        while c > floor, verb - c < 200 {
            let b = utf8[c]
            if b == UInt8(ascii: ",") { break }
            // A quote (ASCII or curly: E2 80 9C/9D) or a stop: no apposition.
            let curly = b == 0xE2 && c + 2 < verb && utf8[c + 1] == 0x80 && (utf8[c + 2] == 0x9C || utf8[c + 2] == 0x9D)
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || curly { return nil }
            c -= 1
        }
        guard c > floor, utf8[c] == UInt8(ascii: ","), j - c > 2 else { return nil }
        guard let name = names.last(where: { $0.range.end <= c }),
              utf8[name.range.end..<c].allSatisfy({ $0 == 0x20 }) else { return nil }
        return name.name
    }

    /// "according to the Taliban's National Statistics Authority": the owner's body, named
    /// as the text names it.
    private static func ownedBody(_ utf8: [UInt8], _ words: [Token], owner: ByteRange, _ lexicon: Lexicon) -> String? {
        guard let k = words.firstIndex(where: { $0.range.end == owner.end }), words[k].isPossessive else { return nil }
        var last: Int? = nil
        var i = k + 1
        while i < words.count, !words[i].breakBefore {
            if words[i].isCapitalized && !words[i].hasDigit {
                last = i
            } else if !(lexicon.classes(words, i).contains(.bodyNameLinker) && i + 1 < words.count && words[i + 1].isCapitalized) {
                break
            }
            i += 1
        }
        guard let last else { return nil }
        return String(decoding: utf8[owner.start..<words[last].range.end], as: UTF8.self)
    }

    /// "according to Lusk police officials", "according to Velcor analysts": lower-case words
    /// after the name that end in a body's or a group's noun name the source, as written.
    private static func describedSource(_ utf8: [UInt8], _ words: [Token], after name: ByteRange,
                                        _ lexicon: Lexicon) -> String? {
        guard let k = words.firstIndex(where: { $0.range.start >= name.end }) else { return nil }
        var last: Int? = nil
        for j in k..<min(words.count, k + 3) {
            if words[j].breakBefore || words[j].isCapitalized { break }
            if isCollective(words, j, lexicon) { last = j }
        }
        return last.map { String(decoding: utf8[name.start..<words[$0].range.end], as: UTF8.self) }
    }

    private static func wordsBetween(_ words: [Token], _ a: Int, _ b: Int, _ lexicon: Lexicon) -> Int {
        var n = 0
        for w in words where w.range.start >= a && w.range.end <= b && !lexicon.classes(w).contains(.claimFiller) { n += 1 }
        return n
    }

    /// "in London he said": a pronoun in the subject's case (`subjectPronoun`) between a
    /// name and the verb is the speaker, and the name no part of it ("Ana Ruiz herself
    /// said" keeps hers).
    private static func pronounBetween(_ words: [Token], _ a: Int, _ b: Int, _ lexicon: Lexicon) -> Bool {
        words.contains { $0.range.start >= a && $0.range.end <= b && lexicon.classes($0).contains(.subjectPronoun) }
    }

    /// A closing quote between a name and "said" means the name sits inside the quote.
    private static func quoteBetween(_ utf8: [UInt8], _ a: Int, _ b: Int) -> Bool {
        guard a < b else { return false }
        var i = a
        while i + 2 < b {
            if utf8[i] == 0xE2 && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0x9D || utf8[i + 2] == 0x99) { return true }
            i += 1
        }
        return utf8[a..<b].contains(UInt8(ascii: "\""))
    }
}
