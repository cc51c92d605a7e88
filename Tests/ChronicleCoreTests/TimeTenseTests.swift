import Testing
@testable import ChronicleCore

/// The verb of a clause tells which way a weekday or a day without a year lies from the
/// creation date (a Tuesday here: Friday is the 8th behind it or the 15th ahead).
@Suite struct TimeTenseTests {
    let dct = "2024-03-12"

    @Test func anIrregularPastFormSendsAWeekdayBack() {
        let t = Tagged("The mill, which plans to expand, withdrew its offer Friday.", dct: dct)
        #expect(t.value("Friday") == "2024-03-08")
        let said = Tagged("The mill said Friday that it plans to expand.", dct: dct)
        #expect(said.value("Friday") == "2024-03-08")
        // Without "withdrew" the plan before it is the nearest cue.
        let plan = Tagged("The mill, which plans to expand, opens its doors Friday.", dct: dct)
        #expect(plan.value("Friday") == "2024-03-15")
    }

    @Test func aBoundBeforeAPartOfTheDayStillLiesAhead() {
        #expect(Tagged("Voting continues at the plants through early Friday.", dct: dct).value("early Friday")?.hasPrefix("2024-03-15") == true)
        // A past verb right there still sends it back.
        #expect(Tagged("Voting went on through late Friday at the plants.", dct: dct).value("late Friday")?.hasPrefix("2024-03-08") == true)
    }

    @Test func aPledgeOrAVowPointsAhead() {
        let pledge = Tagged("The guard ended its search for the night, pledging to resume the work Friday.", dct: dct)
        #expect(pledge.value("Friday") == "2024-03-15")
        #expect(Tagged("The union vows to strike Friday.", dct: dct).value("Friday") == "2024-03-15")
        // A pledge made in the past is dated by its own verb.
        #expect(Tagged("A pledge to rebuild was made Friday.", dct: dct).value("Friday") == "2024-03-08")
    }

    @Test func lastAfterAModalIsAVerbNotALastDay() {
        #expect(Tagged("The strike will last until Friday, the union said.", dct: dct).value("Friday") == "2024-03-15")
        #expect(Tagged("The last talks ended Friday.", dct: dct).value("Friday") == "2024-03-08")
    }

    @Test func thePastFormsAreTheLexiconsData() {
        let text = Array("The mill, which plans to expand, withdrew its offer Friday.".utf8)
        let (lexicon, warnings) = Lexicon.bundled.applying(yaml: "ambiguousPast:\n  add: [withdrew]\n", file: "lexicon.yaml")
        #expect(warnings.isEmpty)
        let values = TimeTagger(lexicon: lexicon).tag(text, dct: CalendarDate(iso: dct)).map(\.value)
        #expect(values == ["2024-03-15"])
    }

    @Test func aPastFormSpelledLikeAPresentOrANounTellsNoTense() {
        #expect(Tagged("The bank is expected to announce a rate cut Friday.", dct: dct).value("Friday") == "2024-03-15")
        #expect(Tagged("The champion expects a shot at the title Friday.", dct: dct).value("Friday") == "2024-03-15")
        #expect(Tagged("The champion expects that police shot at the car Friday.", dct: dct).value("Friday") == "2024-03-08")
        #expect(Tagged("The summit will be held Friday.", dct: dct).value("Friday") == "2024-03-15")
    }

    @Test func aComparisonWithWhatWasExpectedIsNoForecast() {
        #expect(Tagged("The bakery reported better than expected sales on Friday.", dct: dct).value("Friday") == "2024-03-08")
        #expect(Tagged("Prices fell as expected on Friday.", dct: dct).value("Friday") == "2024-03-08")
        #expect(Tagged("The bakery is expected to report its sales on Friday.", dct: dct).value("Friday") == "2024-03-15")
    }

    @Test func aDayItsOwnPastVerbTellsLiesBeforeTheWriting() {
        // Thirteen days after the writing: last year's.
        #expect(Tagged("The ferry sank on March 25.", dct: dct).value("March 25") == "2023-03-25")
        // Within a week of it: the year of writing, which may be a day or two off.
        #expect(Tagged("The ferry sank on March 15.", dct: dct).value("March 15") == "2024-03-15")
        // A verb that sets the day tells nothing of its side.
        #expect(Tagged("The operator extended the ferry's license to March 25.", dct: dct).value("March 25") == "2024-03-25")
        #expect(Tagged("The operator said it retires the old ferry on March 25.", dct: dct).value("March 25") == "2024-03-25")
    }

    @Test func aDaySetForWhatIsToComeLiesAheadThoughTheSettingIsPast() {
        // Ninety-odd days ahead: this year's, though "set" and "continued" are past forms.
        #expect(Tagged("The judge set sentencing for June 20 and continued bail.", dct: dct).value("June 20") == "2024-06-20")
        #expect(Tagged("The council set a vote for June 20.", dct: dct).value("June 20") == "2024-06-20")
        // What was set on that day, not for it, is told in the past.
        #expect(Tagged("The council set a budget on June 20 and continued its session.", dct: dct).value("June 20") == "2023-06-20")
    }

    @Test func aDayADestinationNamesLiesAhead() {
        // Written in November: next February's vote, though February is less than nine months back.
        let november = "2024-11-12"
        #expect(Tagged("Velmora is headed for February 23 elections.", dct: november).value("February 23") == "2025-02-23")
        #expect(Tagged("Velmora heading for the February 23 vote", dct: november).value("February 23") == "2025-02-23")
        // Where the trip went, not when: the date is told as before.
        #expect(Tagged("The minister headed for Lorca on February 23 and met the mayor.", dct: november).value("February 23") == "2024-02-23")
    }

    @Test func followingWithoutTheIsAfter() {
        // Written on a Monday: the Sunday just gone, not the one after.
        let monday = "2025-02-24"
        #expect(Tagged("The party won, according to results following Sunday's election.", dct: monday).value("Sunday") == "2025-02-23")
        #expect(Tagged("The party met, and the following Sunday it won.", dct: monday).value("the following Sunday") != nil)
    }

    @Test func aDayItsOwnFutureVerbTellsLiesAfterTheWriting() {
        #expect(Tagged("The new ferry will sail on Feb. 20.", dct: dct).value("Feb. 20") == "2025-02-20")
        // The future of a past report may lie on either side of the writing.
        #expect(Tagged("The new ferry would sail on Feb. 20, the captain said.", dct: dct).value("Feb. 20") == "2024-02-20")
    }

    @Test func aResultBetterThanExpectedDatesTheArticle() throws {
        let text = "The brewery reported better than expected earnings for the quarter ended June 30, 2023. Shares rose."
        let doc = Document(id: "t", file: "t.txt", utf8: Array(text.utf8), metadata: DocumentMetadata(published: nil))
        let r = CreationDateResolver.resolve(doc, tagger: TimeTagger())
        #expect(try #require(r.date).date == CalendarDate(year: 2023, month: 6, day: 30))
        let plan = "The brewery is expected to report earnings on June 30, 2023."
        let planned = Document(id: "p", file: "p.txt", utf8: Array(plan.utf8), metadata: DocumentMetadata(published: nil))
        #expect(CreationDateResolver.resolve(planned, tagger: TimeTagger()).date == nil)
    }
}

extension TimeTenseTests {
    @Test func anEdFormBeforeANounAfterADeterminerOrAPrepositionIsNoPastTense() {
        #expect(Tagged("Savers will have access to their insured deposits by Friday.", dct: dct).value("Friday")
                == "2024-03-15")
        #expect(Tagged("Savers will have access to insured deposits by Friday.", dct: dct).value("Friday")
                == "2024-03-15")
        #expect(Tagged("The mill will publish a list of revised figures on Friday.", dct: dct).value("Friday")
                == "2024-03-15")
        // An "-ed" form that is the clause's verb still tells a past.
        #expect(Tagged("The mill will grow, but savers insured deposits on Friday.", dct: dct).value("Friday")
                == "2024-03-08")
    }

    /// A word of the grammar after an "-ed" form ("delayed it", "stalled with") is no noun the
    /// form describes: the form is the clause's verb and tells a past.
    @Test func anEdFormBeforeAWordOfTheGrammarIsAPastTense() {
        #expect(Tagged("The council delayed it June 20.", dct: "2024-06-10").value("June 20") == "2023-06-20")
        #expect(Tagged("The council delayed them June 20.", dct: "2024-06-10").value("June 20") == "2023-06-20")
        // Before a word of the content the form still describes it.
        #expect(Tagged("Savers keep the insured deposits June 20.", dct: "2024-06-10").value("June 20") == "2024-06-20")
    }
}

extension TimeTenseTests {
    /// A deadline opening its sentence is told of by the clause after it, however long the
    /// list before its verb.
    @Test func aDeadlineOpeningASentenceTakesTheTenseOfItsClause() {
        let long = "By late Friday, small island states and many poor countries along with Velmar, Orvania, the Tarn League, "
            + "Osk, Brel, Vantia and Norlund had spoken out against it."
        #expect(Tagged(long, dct: dct).value("late Friday") == "2024-03-08")
        #expect(Tagged("By Friday, small island states and many poor countries along with Velmar, Orvania, the Tarn League, "
                       + "Osk, Brel, Vantia and Norlund will have signed it.", dct: dct).value("Friday") == "2024-03-15")
    }
}

extension TimeTenseTests {
    /// A time said to be some days, weeks or months away lies ahead, whatever the verb.
    @Test func aTimeSomeWeeksAwayLiesAhead() {
        let autumn = "2005-10-10"
        #expect(Tagged("With the winter just weeks away, villagers injured in the storm are trapped.", dct: autumn)
                    .value("the winter") == "2005-WI")
        #expect(Tagged("With the winter, a few months away, the villagers who were injured stayed.", dct: autumn)
                    .value("the winter") == "2005-WI")
        #expect(Tagged("With the Velmar winter just weeks away, villagers injured in the storm are trapped.", dct: autumn)
                    .value("winter") == "2005-WI")
        #expect(Tagged("The villagers who were injured last winter stayed.", dct: autumn).value("last winter") == "2004-WI")
    }
}
