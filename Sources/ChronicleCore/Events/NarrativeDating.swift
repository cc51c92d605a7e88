/// Dates a happening that the text tells without a time expression of its own, by the
/// narrative around it. News tells one story from its lead on: "Yesterday, the carrier
/// grounded its fleet. Its chief executive apologised." The second sentence happened on
/// the lead's day. So a clause takes, in this order,
/// 1. for a present perfect ("has fired"), a report of something just done, its article's
///    date;
/// 2. the date of a dated clause just before it (at most `reach` sentences back, no blank
///    line between: news often gives each sentence a line of its own) when that date is
///    a day not after publication and the time of a happening, not a bound ("since June
///    9"): it continues that clause;
/// 3. for a simple past in the lead's paragraph, the day of the article's lead when the
///    lead dates its story to a day in the week before publication: the story the
///    paragraph goes on telling;
/// 4. for a simple past in the lead itself, its article's date;
/// 5. for a simple past, the day of the thread of happenings it carries on: one of its
///    actors took part in a happening dated by 2 or 3 within `reach` sentences before
///    (`Thread`);
/// 6. for a simple past of reporting ("Ana Ruiz said"), its article's date: news reports
///    what its sources said for that report;
/// and else no date at all: a past told deep in an article with no dated lead may be
/// background from any time.
public enum NarrativeDating {
    /// A dated clause a later one may take its date from.
    public struct Anchor: Sendable, Equatable {
        public var date: TimeValue
        public var passage: ByteRange
        /// Position of its sentence in the document, of that sentence's paragraph (a line)
        /// and of its section (text between blank lines).
        public var sentence: Int
        public var paragraph: Int
        public var section: Int
        /// The clause is itself dated by its article's date.
        public var published: Bool

        public init(date: TimeValue, passage: ByteRange, sentence: Int, paragraph: Int, section: Int,
                    published: Bool = false) {
            self.date = date
            self.passage = passage
            self.sentence = sentence
            self.paragraph = paragraph
            self.section = section
            self.published = published
        }
    }

    /// Where the clause stands: its sentence and paragraph, and whether it is one of the
    /// article's first sentences of text.
    public struct Position: Sendable {
        public var sentence: Int
        public var paragraph: Int
        public var section: Int
        public var inLead: Bool

        public init(sentence: Int, paragraph: Int, section: Int, inLead: Bool) {
            self.sentence = sentence
            self.paragraph = paragraph
            self.section = section
            self.inLead = inLead
        }
    }

    public struct Dating: Sendable, Equatable {
        public var date: TimeValue
        public var basis: DateBasis
        public var datedBy: ByteRange?
    }

    /// How many sentences back a clause may look for the clause it continues.
    static let reach = 2
    /// How many days before publication a lead's day may be and still be the news.
    static let leadDays = 7

    public static func date(_ tense: HappeningClause.Tense, at position: Position, previous: Anchor?,
                            lead: Anchor?, published: CalendarDate?) -> Dating? {
        if tense == .perfect, let published {
            return Dating(date: TimeValue(day: published), basis: .published, datedBy: nil)
        }
        // A past happening does not continue a clause about what is still to come.
        if let previous, previous.section == position.section,
           position.sentence - previous.sentence <= reach, previous.date.granularity <= .day,
           published.map({ previous.date.first <= $0 }) ?? true {
            // "Friday morning": the clause that follows happened that day, at no known hour.
            return Dating(date: TimeValue(day: previous.date.first), basis: .context, datedBy: previous.passage)
        }
        if let lead, lead.sentence < position.sentence, lead.paragraph == position.paragraph,
           isNews(lead.date, published: published) {
            if lead.published { return Dating(date: lead.date, basis: .published, datedBy: nil) }
            return Dating(date: TimeValue(day: lead.date.first), basis: .context, datedBy: lead.passage)
        }
        if position.inLead, let published {
            return Dating(date: TimeValue(day: published), basis: .published, datedBy: nil)
        }
        return nil
    }

    /// Rule 6: the dating of a report of speech that nothing before dates.
    public static func saying(_ happening: HappeningClause.Happening, published: CalendarDate?) -> Dating? {
        guard happening.tense == .past, happening.reportsSpeech, let published else { return nil }
        return Dating(date: TimeValue(day: published), basis: .published, datedBy: nil)
    }

    /// A thread of past happenings dated by the clause they continue. A happening of one of
    /// its actors within `reach` sentences of its last one carries it on, on the same day
    /// ("Ana Ruiz opened the show on Monday. She greeted the crowd. Then she showed the new
    /// model."); one of someone else is another thread, or background.
    public struct Thread: Sendable, Equatable {
        public var date: TimeValue
        /// The dated clause the thread started from.
        public var passage: ByteRange
        /// The sentence of its last happening.
        public var sentence: Int
        public var section: Int
        public var actors: Set<String>

        public init(date: TimeValue, passage: ByteRange, sentence: Int, section: Int, actors: Set<String>) {
            self.date = date
            self.passage = passage
            self.sentence = sentence
            self.section = section
            self.actors = actors
        }

        /// The dating of a happening at `position` by `actors` that carries the thread on.
        public func continued(_ tense: HappeningClause.Tense, at position: Position,
                              by actors: Set<String>) -> Dating? {
            guard tense == .past, position.section == section, position.sentence - sentence <= reach,
                  !self.actors.isDisjoint(with: actors) else { return nil }
            return Dating(date: date, basis: .context, datedBy: passage)
        }
    }

    /// A day in the week up to publication (any day when the publication date is unknown).
    static func isNews(_ date: TimeValue, published: CalendarDate?) -> Bool {
        guard date.granularity <= .day else { return false }
        guard let published else { return true }
        let day = date.first.dayNumber, end = published.dayNumber
        return day <= end && end - day <= leadDays
    }
}
