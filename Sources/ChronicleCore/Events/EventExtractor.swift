/// Draws the dated events of one document: every sentence (or clause) with a placeable
/// date, outside page furniture, becomes an `Event` with its passage, date, actors, kind
/// and claimant. Durations, sets and unresolved dates are not events.
public enum EventExtractor {
    /// "Tuesday Morning (NASDAQ:TUES) rose": a time expression that is part of an
    /// organization's name dates nothing. `from`: the sentence's first mention.
    static func isInOrganizationName(_ x: ByteRange, mentions: [ActorMention], from m: Int, mentionActors: [Int?],
                                     actors: [Actor]) -> Bool {
        var j = m
        while j < mentions.count, mentions[j].range.start < x.end {
            if mentions[j].range.end > x.start, let a = mentionActors[j], actors[a].kind == .organization { return true }
            j += 1
        }
        return false
    }

    /// `mentionActors[k]` is the actor (index into `actors`) of `analysis.mentions[k]`;
    /// `references` (sorted) add the actors a passage refers to without naming them.
    public static func events(_ analysis: DocumentAnalysis, mentionActors: [Int?],
                              actors: [Actor], references: [Reference] = [],
                              lexicon: Lexicon = .bundled) -> [Event] {
        events(analysis, tokens: DocumentTokens(analysis.document.utf8), mentionActors: mentionActors, actors: actors,
               references: references, lexicon: lexicon)
    }

    /// The same, with the document's words scanned once by the caller (see `DocumentTokens`).
    static func events(_ analysis: DocumentAnalysis, tokens: DocumentTokens, mentionActors: [Int?],
                       actors: [Actor], references: [Reference], lexicon: Lexicon) -> [Event] {
        let utf8 = analysis.document.utf8
        let timexes = analysis.timexes
        let mentions = analysis.mentions
        var events: [Event] = []
        var t = 0
        var m = 0
        var r = 0
        // The last explicit day and the sentence it was in: a bare clock time soon after it
        // ("The blast occurred at 7:00 a.m.") happened on that day, not on the article's.
        var reference: (day: CalendarDate, sentence: Int)? = nil
        // The narrative a clause without a date of its own may continue (`NarrativeDating`).
        var previous: NarrativeDating.Anchor? = nil
        // The happenings told on since that clause, and who took part (`NarrativeDating.Thread`).
        var thread: NarrativeDating.Thread? = nil
        var lead: NarrativeDating.Anchor? = nil
        var paragraph = 0
        var section = 0
        var textSentences = 0
        var lastEnd = 0
        let quotations = quotedSpeakers(analysis, tokens: tokens, mentionActors: mentionActors, actors: actors,
                                        references: references, lexicon: lexicon)
        for (number, sentence) in analysis.sentences.enumerated() {
            let newlines = lineBreaks(utf8, from: lastEnd, to: sentence.start)
            if newlines > 0 { paragraph += 1 }
            if newlines > 1 { section += 1 }
            lastEnd = sentence.end
            while t < timexes.count && timexes[t].range.start < sentence.start { t += 1 }
            var inside: [TimeExpression] = []
            var k = t
            while k < timexes.count && timexes[k].range.start < sentence.end {
                if sentence.contains(timexes[k].range) { inside.append(timexes[k]) }
                k += 1
            }
            var dated: [(TimeExpression, TimeValue)] = []
            let dct = analysis.document.creationDate?.date
            let body = WireDateline.end(utf8, sentence, lexicon: lexicon).map { ByteRange($0, sentence.end) } ?? sentence
            while m < mentions.count && mentions[m].range.start < sentence.start { m += 1 }
            for x in inside where x.range.start >= body.start {
                guard var v = x.timeValue ?? TimexFilter.recentSpanDay(x, utf8, dct: dct),
                      !TimexFilter.isTitle(x, sentenceStart: sentence.start, lexicon: lexicon),
                      !TimexFilter.saysWhichThing(x, utf8, sentenceStart: sentence.start, lexicon: lexicon),
                      !TimexFilter.isComparisonBaseline(x, utf8, sentenceStart: sentence.start, lexicon: lexicon),
                      !isInOrganizationName(x.range, mentions: mentions, from: m, mentionActors: mentionActors, actors: actors)
                else { continue }
                // Only a clock the tagger left on the article's own day: "tomorrow at 2 p.m."
                // already has its day.
                if TimexFilter.isClockOnly(x, lexicon: lexicon), v.first == dct, let ref = reference,
                   number - ref.sentence <= clockReach, let moved = TimexFilter.anchored(v, to: ref.day) {
                    v = moved
                }
                if TimexFilter.isNamedDay(x, v, lexicon: lexicon) { reference = (v.first, number) }
                guard !dated.contains(where: { $0.1 == v }) else { continue }
                dated.append((x, v))
            }
            var names: [(range: ByteRange, name: String, kind: ActorKind)] = []
            var j = m
            while j < mentions.count && mentions[j].range.start < sentence.end {
                if let a = mentionActors[j], body.contains(mentions[j].range) {
                    names.append((mentions[j].range, actors[a].name, actors[a].kind))
                }
                j += 1
            }
            // "US President X", "X's envoy Y": the first name only says who the second is.
            var designations = Set(names.indices.dropLast().filter { n in
                names[n + 1].kind == .person
                    && Designation.describes(utf8, names[n].range, kind: names[n].kind, next: names[n + 1].range,
                                             in: tokens, lexicon: lexicon)
            })
            // Read once for the sentence's rules below, and only by a sentence that needs them.
            lazy var bodyTokens = tokens.tokens(in: body, of: utf8)
            // "amid X's attack on Y": the scene, not the happening; "the Porto trade deal": a
            // place that only says which deal.
            if !names.isEmpty {
                let scenes = Designation.scenes(bodyTokens, lexicon: lexicon)
                for n in names.indices where scenes.contains(where: { $0.contains(names[n].range) })
                    || names[n].kind == .place && Designation.qualifiesNoun(bodyTokens, names[n].range, utf8, lexicon: lexicon) {
                    designations.insert(n)
                }
                // "in Lima, Peru": the country only says where Lima is.
                designations.formUnion(Designation.locating(names.map { ($0.range, $0.kind) }, words: bodyTokens,
                                                            utf8, lexicon: lexicon))
            }
            let taking = names.indices.filter { !designations.contains($0) }.map { names[$0] }
            // Named actors first, so a passage that names an actor cites it as named.
            while r < references.count && references[r].range.start < sentence.start { r += 1 }
            var referred: [(range: ByteRange, name: String, kind: ActorKind, via: String)] = []
            var q = r
            while q < references.count && references[q].range.start < sentence.end {
                let a = actors[references[q].actor]
                if body.contains(references[q].range) { referred.append((references[q].range, a.name, a.kind, references[q].text)) }
                q += 1
            }
            // Every actor the sentence names or refers to, with where: the candidates of its
            // happenings, its speakers and a second clause's subject.
            lazy var named = taking.map { (range: $0.range, ref: ActorRef(name: $0.name, kind: $0.kind)) }
                + referred.map { (range: $0.range, ref: ActorRef(name: $0.name, kind: $0.kind, via: $0.via)) }
            // "He left the room.": no title or caption opens with a pronoun that stands for
            // someone, so a short sentence that does is running text too.
            var start = body.start
            while start < body.end, utf8[start] == 0x20 || utf8[start] == 0x0A { start += 1 }
            let opensWithReference = referred.first?.range.start == start
                && !lexicon.classes(lower: referred[0].via.lowercased()).isDisjoint(with: pronounClasses)
            let isText = isTextSentence(utf8, body, minimumWords: opensWithReference ? 4 : 8)
            if isText { textSentences += 1 }
            guard !dated.isEmpty else {
                // A happening with an actor, told without a date: dated by its narrative.
                // A time the tagger could not place ("during the first year of the war") is the
                // clause's own, and unknown: its narrative does not date it.
                let ownTime = inside.contains {
                    ($0.type == .date || $0.type == .time) && $0.timeValue == nil && !$0.value.hasSuffix("_REF")
                }
                // Named actors and what refers to them ("he", "the carrier") may take part.
                let candidates = named
                guard !candidates.isEmpty, isText, !ownTime,
                      let happening = HappeningClause.happening(utf8, body, in: tokens,
                                                                participants: candidates.map(\.range), lexicon: lexicon),
                      !FurnitureDetector.isFurniture(utf8, sentence, lexicon: lexicon) else { continue }
                let tense = happening.tense
                let position = NarrativeDating.Position(sentence: number, paragraph: paragraph, section: section,
                                                        inLead: textSentences <= leadSentences)
                // Its actors are those taking part in what it tells, not every name it holds
                // ("unveiled the phone at the Apple store in Paris" is no event of Paris).
                var seen = Set<String>()
                let refs = happening.participants.map { candidates[$0].ref }.filter { seen.insert($0.name).inserted }
                let actorNames = Set(refs.map(\.name))
                guard let dating = NarrativeDating.date(tense, at: position, previous: previous, lead: lead,
                                                        published: dct)
                        ?? thread.flatMap({ $0.continued(tense, at: position, by: actorNames) })
                        ?? NarrativeDating.saying(happening, published: dct) else { continue }
                // A lead dated by its article makes the article's date the story's day.
                if lead == nil, position.inLead, dating.basis == .published {
                    lead = NarrativeDating.Anchor(date: dating.date, passage: body, sentence: number,
                                                  paragraph: paragraph, section: section, published: true)
                }
                if tense == .past, dating.basis == .context, let from = dating.datedBy {
                    thread = NarrativeDating.Thread(date: dating.date, passage: from, sentence: number,
                                                    section: section, actors: actorNames)
                }
                let summary = EventSummary.make(utf8, body)
                let claimant = ClaimantFinder.claimant(utf8, body, in: tokens, names: names.map { ($0.range, $0.name) },
                                                       lexicon: lexicon)
                events.append(Event(documentID: analysis.document.id, passage: body, timex: nil,
                                    date: dating.date, summary: summary, actors: refs,
                                    kind: EventKindClassifier.classify(summary, lexicon: lexicon), claimant: claimant,
                                    basis: dating.basis, datedBy: dating.datedBy,
                                    refersBack: HappeningReference.refersBack(utf8, body, in: tokens, lexicon: lexicon)))
                continue
            }
            if FurnitureDetector.isFurniture(utf8, sentence, lexicon: lexicon)
                || FurnitureDetector.isDateline(utf8, sentence, timexes: inside) { continue }
            var passages = PassageSplitter.passages(utf8, sentence: body, timexes: dated.map(\.0), lexicon: lexicon)
            // One clause, one happening: where a clause carries several dates ("said on
            // Tuesday that ... the winter cold"), the most precise one dates it.
            var keep = [Bool](repeating: true, count: dated.count)
            for a in dated.indices {
                for b in dated.indices where a != b && passages[a] == passages[b] {
                    let ga = dated[a].1.granularity, gb = dated[b].1.granularity
                    let ya = hasYear(dated[a].0), yb = hasYear(dated[b].0)
                    if gb < ga || (gb == ga && (yb && !ya || (ya == yb && b < a))) { keep[a] = false }
                }
            }
            dated = dated.indices.filter { keep[$0] }.map { dated[$0] }
            passages = passages.indices.filter { keep[$0] }.map { passages[$0] }
            let claimant = ClaimantFinder.claimant(utf8, body, in: tokens, names: names.map { ($0.range, $0.name) },
                                                   lexicon: lexicon)
            for ((timex, value), passage) in zip(dated, passages) {
                // A clause that is only a signature and its date ("— Ana Ruiz (@aruiz)
                // April 6, 2018", closing an embedded post) is no happening.
                if passage != sentence, FurnitureDetector.isDateline(utf8, passage, timexes: inside) { continue }
                // A side clause's actors ("..., who was in Oslo", "..., but Lima") are not of
                // the dated happening.
                let aside = ClauseScope.outside(utf8, passage: passage, timex: timex.range, tokens: bodyTokens,
                                                lexicon: lexicon)
                let inScope = { (r: ByteRange) in passage.contains(r) && !aside.contains { $0.contains(r) } }
                var seen = Set<String>()
                var refs = taking.filter { inScope($0.range) && seen.insert($0.name).inserted }
                    .map { ActorRef(name: $0.name, kind: $0.kind) }
                refs += referred.filter { inScope($0.range) && seen.insert($0.name).inserted }
                    .map { ActorRef(name: $0.name, kind: $0.kind, via: $0.via) }
                // "He fought the disease in 2004 and took leave in 2009": the second clause's
                // subject is the sentence's.
                if PassageSplitter.continuesSubject(utf8, passage, lexicon: lexicon),
                   let subject = named.min(by: { $0.range < $1.range }), subject.range.end <= passage.start,
                   seen.insert(subject.ref.name).inserted {
                    refs.insert(subject.ref, at: 0)
                }
                // Words inside a quotation are its speaker's statement.
                if let quote = quotations.first(where: { $0.range.start <= passage.start && passage.end <= $0.range.end }),
                   seen.insert(quote.ref.name).inserted {
                    refs.append(quote.ref)
                }
                // "X said that ... next year": the date is of what was said; the saying is X's.
                let speakers = named.filter { passage.contains($0.range) }.sorted { $0.range < $1.range }
                let report = ReportedSpeech.report(utf8, passage, in: tokens, timex: timex.range,
                                                   speakers: speakers.map(\.range), lexicon: lexicon)
                var saying: Event? = nil
                let position = NarrativeDating.Position(sentence: number, paragraph: paragraph, section: section,
                                                        inLead: textSentences <= leadSentences)
                // Said on the day it tells of: the dated clause is the saying too.
                if let report, isText,
                   let dating = NarrativeDating.date(report.tense, at: position, previous: previous, lead: lead, published: dct),
                   dating.date.first != value.first {
                    let speaker = speakers[report.speaker].ref
                    // The speaker takes part in what was said only where the clause names it again.
                    if !speakers.contains(where: { $0.range.start >= report.complementStart && $0.ref.name == speaker.name }) {
                        refs.removeAll { $0.name == speaker.name }
                    }
                    saying = Event(documentID: analysis.document.id, passage: passage, timex: nil, date: dating.date,
                                   summary: EventSummary.make(utf8, passage), actors: [speaker], kind: .statement,
                                   claimant: claimant, basis: dating.basis, datedBy: dating.datedBy)
                }
                let summary = EventSummary.make(utf8, passage)
                // A clause of nothing but its time ("Yesterday.") tells no happening, though it
                // still dates the clauses after it.
                let onlyItsTime = !bodyTokens.contains { passage.contains($0.range) && !timex.range.contains($0.range) }
                if !onlyItsTime {
                    events.append(Event(documentID: analysis.document.id, passage: passage, timex: timex,
                                        date: value, summary: summary, actors: refs,
                                        kind: EventKindClassifier.classify(summary, lexicon: lexicon), claimant: claimant,
                                        refersBack: HappeningReference.refersBack(utf8, passage, in: tokens, lexicon: lexicon)))
                }
                // A time of what was said is not the narrative's: the clauses after it go on
                // from the saying.
                if report != nil {
                    if let saying { events.append(saying) }
                    continue
                }
                guard !isBound(utf8, timex, from: body.start, lexicon: lexicon) else { continue }
                let anchor = NarrativeDating.Anchor(date: value, passage: passage, sentence: number,
                                                    paragraph: paragraph, section: section)
                previous = anchor
                if lead == nil, isText, textSentences <= leadSentences, value.granularity <= .day { lead = anchor }
            }
        }
        return events
    }

    /// The document's quotations whose speaker its text gives, each with that speaker as an
    /// actor of the statements inside it (`via` the attribution: "“…” she said").
    static func quotedSpeakers(_ analysis: DocumentAnalysis, tokens: DocumentTokens, mentionActors: [Int?],
                               actors: [Actor], references: [Reference],
                               lexicon: Lexicon) -> [(range: ByteRange, ref: ActorRef)] {
        let utf8 = analysis.document.utf8
        let marks = QuotedSpeech.quotationMarks(utf8)
        guard !marks.isEmpty else { return [] }
        var speakers: [(range: ByteRange, actor: Int)] = []
        for (k, m) in analysis.mentions.enumerated() {
            if let a = mentionActors[k], actors[a].kind != .product { speakers.append((m.range, a)) }
        }
        speakers += references.filter { actors[$0.actor].kind != .product }.map { ($0.range, $0.actor) }
        speakers.sort { $0.range < $1.range }
        return QuotedSpeech.quotations(utf8, marks: marks, words: tokens.tokens, speakers: speakers.map(\.range),
                                       lexicon: lexicon)
            .map { q in
                let actor = actors[speakers[q.speaker].actor]
                let words = String(decoding: utf8[q.attribution.start..<q.attribution.end], as: UTF8.self)
                let via = q.attribution.start > q.range.start ? "“…” \(words)" : "\(words) “…”"
                return (q.range, ActorRef(name: actor.name, kind: actor.kind, via: via))
            }
    }

    /// Whether the word just before `timex` (after `from`) makes it a bound of another time
    /// ("since June 9", "until Friday": the lexicon's `timeBound`), not the time of the
    /// clause's happening.
    static func isBound(_ utf8: [UInt8], _ timex: TimeExpression, from: Int, lexicon: Lexicon) -> Bool {
        var end = timex.range.start
        while end > from, utf8[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > from, utf8[start - 1].isASCIILetter { start -= 1 }
        guard start < end else { return false }
        return lexicon.classes(lowerBytes: utf8[start..<end].lazy.map(\.asciiLowercased)).contains(.timeBound)
    }

    /// How many sentences after a named day a bare clock time ("landed at 4 p.m.") is still
    /// taken to be on that day rather than on the article's.
    static let clockReach = 6

    /// How many sentences of text open an article: its lead.
    static let leadSentences = 2

    static let pronounClasses: WordClasses = [.malePronoun, .femalePronoun, .groupPronoun]

    /// A sentence of running text rather than a title, a dateline or a caption: at least
    /// `minimumWords` words (eight unless told) and a final stop.
    static func isTextSentence(_ utf8: [UInt8], _ range: ByteRange, minimumWords: Int = 8) -> Bool {
        var i = range.end - 1
        while i > range.start, utf8[i] == 0x20 || utf8[i] == 0x0A || utf8[i] == 0x0D
            || utf8[i] == UInt8(ascii: "\"") || utf8[i] == UInt8(ascii: ")") || utf8[i] >= 0x80 { i -= 1 }
        guard i >= range.start, utf8[i] == UInt8(ascii: ".") || utf8[i] == UInt8(ascii: "!") else { return false }
        var words = 0
        var inWord = false
        // Counted up to the minimum only: a long sentence is not read to its end.
        for i in range.start..<range.end {
            let b = utf8[i]
            let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
            if !space && !inWord {
                words += 1
                if words >= minimumWords { return true }
            }
            inWord = !space
        }
        return words >= minimumWords
    }

    /// How many line breaks stand between one sentence's end and the next one's start: a
    /// new paragraph, or with an empty line between, a new section (a line break inside
    /// a wrapped sentence does not count).
    static func lineBreaks(_ utf8: [UInt8], from: Int, to: Int) -> Int {
        var count = 0
        for i in from..<to where utf8[i] == 0x0A { count += 1 }
        return count
    }

    /// "April 2022" says its year; "March" leaves it to the reader.
    static func hasYear(_ timex: TimeExpression) -> Bool {
        var run = 0
        for ch in timex.text {
            run = ch.isNumber ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }
}
