/// Titles that carry their own capitalised complement: "Secretary of State Antony Blinken",
/// "NYPD Chief of Department Rodney Harrison", "Queens District Attorney Melinda Katz".
/// The complement's head ("State", "Department", "District") says nothing about the person
/// named after it.
extension DocumentScan {
    enum TitleSplit {
        /// The person's name starts at `name`; words before `prefixEnd` are a name of their
        /// own (the "NYPD" of "NYPD Chief of Department").
        case person(prefixEnd: Int, name: Int)
        /// The run ends on the title ("the Brooklyn District Attorney's office"): nobody is
        /// named, only what stands before `prefixEnd`.
        case office(prefixEnd: Int)
    }

    /// How the run `i..<end` splits around its last person title `t`, when an institution
    /// word sits inside the title; nil when the ordinary rules apply.
    func titleSplit(_ i: Int, _ end: Int, title t: Int) -> TitleSplit? {
        let headBefore = (i..<t).contains { isHeadWord(words[$0]) }
        if t + 1 == end {
            return headBefore ? .office(prefixEnd: titlePrefixEnd(i, t)) : nil
        }
        var nameStart: Int
        // "Secretary of State X", "Commissioner for Internal Market X".
        if spells(t + 1, "of") || spells(t + 1, "for") {
            var complement = t + 2
            if complement < end, spells(complement, "the") { complement += 1 }
            guard complement < end else { return nil }
            if let given = (complement + 1..<max(complement + 1, end)).first(where: {
                isWord(words[$0], of: .givenName)
            }) {
                nameStart = given
            } else {
                // No given name to go by: the person is the last two words ("Inspector
                // General of Police Gilbert Masengeli"), with their initials and particles.
                nameStart = end - 1
                while nameStart - 1 > complement, isParticleOrInitial(words[nameStart - 1]) { nameStart -= 1 }
                nameStart -= 1
                guard nameStart > complement else { return .office(prefixEnd: titlePrefixEnd(i, t)) }
            }
        } else {
            guard headBefore, words[t + 1].isCapitalized else { return nil }
            nameStart = t + 1
        }
        guard !(nameStart..<end).contains(where: { isHeadWord(words[$0]) }) else { return nil }
        return .person(prefixEnd: titlePrefixEnd(i, t), name: nameStart)
    }

    /// Start of the title phrase ending at `t`: its modifiers ("Acting Inspector General")
    /// and one institution word fused with it ("District Attorney", "Press Secretary"). A
    /// company's officer takes no such word: "Acme Computer CEO" is Acme Computer's.
    func titlePrefixEnd(_ i: Int, _ t: Int) -> Int {
        var q = titlePhraseStart(i, t)
        // After another head ("Trenton City Council President") the word closes the
        // institution's name instead.
        if q > i, q == t, isHeadWord(words[q - 1]), !lexicon.classes(words[q - 1]).contains(.companySuffix),
           !lexicon.classes(words[t]).contains(.corporateTitle), !(q - 2 >= i && isHeadWord(words[q - 2])) { q -= 1 }
        while q > i, isWord(words[q - 1], of: .title) { q -= 1 }
        return q
    }

    /// Where the title words ending at `t` start, within `i...t`: "Acting Foreign Minister",
    /// "Chief Operating Officer" (a word between a title and a `functionTitle` is the title's).
    func titlePhraseStart(_ i: Int, _ t: Int) -> Int {
        var q = t
        while q > i {
            if isWord(words[q - 1], of: .title) {
                q -= 1
            } else if q == t, q - 2 >= i, isWord(words[t], of: .functionTitle), isWord(words[q - 2], of: .title),
                      !isHeadWord(words[q - 1]) {
                q -= 2
            } else {
                break
            }
        }
        return q
    }

    /// "the Ministers of Health Dana Vell and ...", "Minister for Children and Families Will
    /// Orrin": a run right after a title's "of" or "for" (or after the "and" of its field)
    /// holds the field, then the person, who is its last two words with their initials
    /// and particles. Returns where the person's name starts; nil when the run is not such
    /// a field, names an institution (a head word) or is too short to hold both.
    func nameAfterTitleField(_ i: Int, _ end: Int, _ lo: Int) -> Int? {
        guard end - i >= 3, let of = fieldOpener(before: i, lo), of - 1 >= lo, isTitleOrTitles(of - 1),
              !(i..<end).contains(where: { isHeadWord(words[$0]) || words[$0].isAllCaps || words[$0].hasDigit
                  || isPersonTitle($0) })
        else { return nil }
        var name = end - 1
        while name - 1 > i, isParticleOrInitial(words[name - 1]) { name -= 1 }
        name -= 1
        return name > i ? name : nil
    }

    /// "the Ministers of Finance and Health", "secretary of State for Health": one title
    /// word alone after "of" or "for" is the field of an office, nobody's name.
    func isLoneField(_ i: Int, _ end: Int, _ lo: Int) -> Bool {
        end - i == 1 && isWord(words[i], of: .titleWord) && fieldOpener(before: i, lo) != nil
    }

    /// The "of" or "for" right before `i`, or before the "and" that follows a field of up
    /// to three capitalised words after it ("of Children and [Families]").
    private func fieldOpener(before i: Int, _ lo: Int) -> Int? {
        guard i - 1 > lo, !words[i].breakBefore else { return nil }
        var k = i - 1
        if spells(k, "and") {
            var field = 0
            while k - 1 > lo, field < 3, words[k - 1].isCapitalized, !words[k].breakBefore {
                k -= 1
                field += 1
            }
            guard field > 0, !words[k].breakBefore else { return nil }
            k -= 1
        }
        guard !words[k].breakBefore, spells(k, "of") || spells(k, "for") else { return nil }
        return k
    }

    /// A person title in the singular or the plural ("Minister", "ex-Ministers").
    private func isTitleOrTitles(_ k: Int) -> Bool {
        if isPersonTitle(k) || singularClasses(words[k]).contains(.personTitle) { return true }
        guard let part = partAfterLastHyphen(words[k]), part.hasSuffix("s") else { return false }
        return lexicon.classes(lower: String(part.dropLast())).contains(.personTitle)
    }

    func isHeadWord(_ w: Token) -> Bool {
        !lexicon.classes(w).isDisjoint(with: .head)
    }

    func isParticleOrInitial(_ w: Token) -> Bool {
        isInitial(w) || (!w.isCapitalized && isWord(w, of: .nameParticle) && !w.spells("of", in: utf8))
    }

    /// "Prime Minister Benjamin Netanyahu of Israel", "Shares of Tesla": a person's name has
    /// no "of" in it, so unless an institution word comes before it ("Bank of America") the
    /// name ends there. Returns the index of that "of".
    func personOfSplit(_ start: Int, _ stop: Int) -> Int? {
        (start + 1..<max(start + 1, stop - 1)).first { spells($0, "of") }
    }

    /// "New" opening "New York City" or "New Jersey", and "St." opening "St. Louis", are
    /// part of the name, not a calendar word or an abbreviation to drop.
    func opensPlaceName(_ k: Int, _ end: Int) -> Bool {
        guard k + 1 < end, words[k + 1].isCapitalized, !isCalendarWord(k + 1),
              !isStopWord(k + 1) else { return false }
        if spells(k, "new") { return !words[k + 1].breakBefore }
        if spells(k, "st") || spells(k, "ste") { return !words[k + 1].breakBefore || words[k + 1].dotOnlyBefore }
        return false
    }
}
