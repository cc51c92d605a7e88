extension ChronologyBuilder {
    /// Whether `event` (its `words`, `actors` and `participants`) tells the happening `group`
    /// tells, by the rules of the type's comment; `wording` is the group's member wording
    /// closest to the event's, `jaccard` their likeness and `common` the actors they share.
    static func tellsSameHappening(_ event: Event, words: WordSet, actors: Set<String>, participants: Participants,
                                   as group: Group, wording: WordSet, jaccard j: Double, common: Int) -> Bool {
        let differs = participants.differs(from: group.participants)
        let sameDocument = group.documents.contains(event.documentID)
        // Within one article, a sentence that takes its date from another tells what
        // else happened then: it joins only a repeat of its own words.
        let looselyDated = sameDocument && (event.basis != .text || !group.dated)
        if j >= sameWording { return true }
        if !differs && !looselyDated {
            if j >= similarWording || (j >= relatedWording && common >= 2) { return true }
            // Told by two articles, one in fewer words: the shorter's words are the
            // longer's, with an actor in common.
            if !sameDocument && common >= 1 && words.isWithin(wording, share: toldAgain, minimum: 3) { return true }
            // "At least 50 people were injured" and "50 passengers were hurt": one count of
            // one day, with an actor in common, in related words.
            if !sameDocument && common >= 1 && j >= relatedWording && words.sharesFigure(with: wording) {
                return true
            }
            // "The crash on Sunday" and "Sunday's crash", each dated by its own words.
            if !sameDocument && event.basis == .text && group.dated && words.sharesSingularHappening(with: wording) {
                return true
            }
        }
        // One speaker on one day, told by two articles: the same statement.
        if let speaker = event.claimant, actors.contains(speaker), group.speakers.contains(speaker),
           !sameDocument, !participants.namesDiffer(from: group.participants) {
            return true
        }
        guard !looselyDated, participants.sameHappening(as: group.participants) else { return false }
        return sameDocument ? group.kinds == [event.kind] && event.kind != .other
                                  || toldBothWays(event, actors: actors, group: group)
                            : event.kind == .other || group.kinds.contains(event.kind) || group.kinds.contains(.other)
    }

    /// Within one article, "X said that he gives up Y" and "X gave up Y" on one day: one
    /// happening told as its speaker's word and as a fact. One is a statement whose speaker
    /// is among its actors, the other is of no kind, and the speaker takes part in both, on
    /// the same day (a month holds many happenings of one speaker).
    static func toldBothWays(_ event: Event, actors: Set<String>, group: Group) -> Bool {
        guard event.date.granularity <= .day, group.date.granularity <= .day,
              group.kinds.union([event.kind]) == [.statement, .other] else { return false }
        var speakers = group.speakers
        if let speaker = event.claimant, actors.contains(speaker) { speakers.insert(speaker) }
        return !speakers.isEmpty && speakers.isSubset(of: actors) && speakers.isSubset(of: group.actors)
    }
}
