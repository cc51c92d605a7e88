import Testing
@testable import ChronicleCore

/// The claimant rules read their words from the lexicon's claim classes.
@Suite struct ClaimantLexiconTests {
    private func claimant(_ text: String, names: [String], _ lexicon: Lexicon = .bundled) -> String? {
        let bytes = Array(text.utf8)
        let mentions = names.map { name -> (range: ByteRange, name: String) in
            let start = text.utf8.count - text[text.range(of: name)!.lowerBound...].utf8.count
            return (ByteRange(start, start + name.utf8.count), name)
        }
        return ClaimantFinder.claimant(bytes, ByteRange(0, bytes.count), names: mentions, lexicon: lexicon)
    }

    @Test func aRoleNounSpeaksForTheNameAfterIt() {
        let text = "A spokeswoman for Harbour Board said the ferries would resume on Monday."
        #expect(claimant(text, names: ["Harbour Board"]) == "spokeswoman for Harbour Board")
    }

    @Test func aRoleAddedToTheClassSpeaksToo() {
        let text = "A liaison for Harbour Board said the ferries would resume on Monday."
        #expect(claimant(text, names: ["Harbour Board"]) == "Harbour Board")
        var lines = Lexicon.bundled.lines
        lines[.spokesRole, default: []].append(["liaison"])
        #expect(claimant(text, names: ["Harbour Board"], Lexicon(lines: lines)) == "liaison for Harbour Board")
    }

    @Test func aMediumAfterTheVerbIsNoSpeaker() {
        #expect(claimant("\u{201D}, said Harbour Board.", names: ["Harbour Board"]) == "Harbour Board")
        #expect(claimant("\u{201D}, wrote on Harbour Board.", names: ["Harbour Board"]) == nil)
    }

    @Test func aReportingWordInsideANameIsNoVerb() {
        let text = "The flood passed the one of 1960, the year Velmar joined the United States, as the worst on record."
        #expect(claimant(text, names: ["Velmar", "United States"]) == nil)
        #expect(claimant("The storm states its case, the Velmar agency said.", names: ["Velmar"]) == "Velmar agency")
    }

    @Test func aDisasterThatClaimedLivesSaysNothing() {
        #expect(claimant("The fire razed Velmar and claimed the lives of 100 people.", names: ["Velmar"]) == nil)
        #expect(claimant("The quake in Velmar claimed 80 lives.", names: ["Velmar"]) == nil)
        #expect(claimant("Velmar claimed that the fire had spared the town.", names: ["Velmar"]) == "Velmar")
    }

    @Test func aParticipleAfterACommaGivesTheClaimToNeitherNameBesideIt() {
        let text = "Velcor sued Orvane on Friday, claiming Orvane had cut corners."
        #expect(claimant(text, names: ["Velcor", "Orvane"]) == nil)
        #expect(claimant("The storm hit Velmar, claiming its first victims.", names: ["Velmar"]) == nil)
        #expect(claimant("\"Orvane cut corners,\" claimed Velcor.", names: ["Orvane", "Velcor"]) == "Velcor")
    }

    @Test func aGroupAfterAPrepositionIsNoSpeaker() {
        let text = "In an announcement to residents posted on its website Monday, Velcor said crews were ready."
        #expect(claimant(text, names: ["Velcor"]) == "Velcor")
        #expect(claimant("The families waited after officials said there was little hope.", names: []) == "officials")
        #expect(claimant("Police and prosecutors said the man fled.", names: []) == "prosecutors")
    }

    @Test func theNameBeforeOfIsTheSpeakers() {
        let text = "\"The toll will rise,\" Senator Ana Ruiz of Velmar told Orvo News."
        #expect(claimant(text, names: ["Ana Ruiz", "Velmar", "Orvo News"]) == "Ana Ruiz")
        #expect(claimant("The Bank of Velmar said rates would hold.", names: ["Bank of Velmar"]) == "Bank of Velmar")
    }

    @Test func aGroupNamedAfterAccordingToIsTheSource() {
        let text = "The suspect was held on Monday, according to Velmar police officials."
        #expect(claimant(text, names: ["Velmar"]) == "Velmar police officials")
        #expect(claimant("Sales rose, according to Velmar data released on Monday.", names: ["Velmar"]) == "Velmar")
    }

    @Test func aGroupAfterACommaSpeaksNotTheNameBeforeIt() {
        #expect(claimant("A jet made an emergency landing in Velmar on Friday, officials said.", names: ["Velmar"]) == "officials")
        #expect(claimant("The fleet was grounded, Velmar officials said.", names: ["Velmar"]) == "Velmar officials")
    }

    @Test func aPostBySomeoneIsTheirs() {
        let text = "The chief has stepped down, according to a Zentra post by the County of Velmar."
        #expect(claimant(text, names: ["Zentra", "County of Velmar"]) == "County of Velmar")
        #expect(claimant("Sales rose, according to a Zentra report.", names: ["Zentra"]) == "Zentra")
    }

    @Test func aReportingWordAfterAPastVerbIsItsObject() {
        #expect(claimant("Orvex has investigated reports of sticking pedals.", names: ["Orvex"]) == nil)
        #expect(claimant("Orvex denied claims of fraud.", names: ["Orvex"]) == nil)
        // A reporting verb after an auxiliary still speaks.
        #expect(claimant("Orvex has also said the plan would work.", names: ["Orvex"]) == "Orvex")
    }

    @Test func aTimeWordBetweenTheNameAndTheVerbDescribesNoSpeaker() {
        #expect(claimant("Harbour Board today announced that the ferries would resume.", names: ["Harbour Board"]) == "Harbour Board")
    }

    @Test func aPronounBetweenANameAndTheVerbIsTheSpeaker() {
        #expect(claimant("In a speech in London he said the outlook was poor.", names: ["London"]) != "London he")
        #expect(claimant("In a speech in London he said the outlook was poor.", names: ["London"]) != "London")
        #expect(claimant("Harbour Board itself said the ferries would resume.", names: ["Harbour Board"]) == "Harbour Board")
    }
}
