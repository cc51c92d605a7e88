import Testing
@testable import ChronicleCore

/// Alias merging within and across documents, and the guard against false merges.
@Suite struct ActorMergeTests {
    static func resolve(_ texts: [String], gazetteer: Gazetteer = .empty) -> [Actor] {
        let recognizer = MentionRecognizer(gazetteer: gazetteer)
        let mentions = texts.map { t -> [ActorMention] in
            let b = Array(t.utf8)
            return recognizer.mentions(in: b, sentences: SentenceSplitter.split(b))
        }
        return ActorResolver(gazetteer: gazetteer).resolve(mentions).actors
    }

    static func actor(_ actors: [Actor], having alias: String) -> Actor? {
        actors.first { $0.aliases.contains(alias) }
    }

    @Test func surnamesAndVariantsJoinAcrossDocuments() throws {
        let actors = Self.resolve([
            "President Volodimir Zelenskiy spoke in Kharkov. Zelenskiy said the city held.\n",
            "Later, Vladimir Zelenski met officials in Kharkiv. Zelenski told them to stay.\n",
        ])
        let person = try #require(Self.actor(actors, having: "Volodimir Zelenskiy"))
        for alias in ["Zelenskiy", "Vladimir Zelenski", "Zelenski"] {
            #expect(person.aliases.contains(alias), "\(alias)")
        }
        #expect(!person.aliases.contains("President Volodimir Zelenskiy"))
        let city = try #require(Self.actor(actors, having: "Kharkov"))
        #expect(city.aliases.contains("Kharkiv"))
        #expect(city.kind == .place)
    }

    @Test func differentFirstNamesKeepPeopleApart() {
        let actors = Self.resolve([
            "First lady Melania Trump visited Ohio. Trump spoke to nurses there.\n",
            "President Donald Trump met Sergei Lavrov in Alaska. Defence Minister Sergei Shoigu also came.\n",
            "Trump said talks would continue.\n",
        ])
        let melania = Self.actor(actors, having: "Melania Trump")
        let donald = Self.actor(actors, having: "Donald Trump")
        #expect(melania != nil && donald != nil && melania?.name != donald?.name)
        let lavrov = Self.actor(actors, having: "Sergei Lavrov")
        let shoigu = Self.actor(actors, having: "Sergei Shoigu")
        #expect(lavrov != nil && shoigu != nil && lavrov?.name != shoigu?.name)
    }

    @Test func aFamiliarFormOfAGivenNameIsThatName() throws {
        let actors = Self.resolve([
            "Law professor Joseph Varn testified on Monday. Dana Hale said so.\n",
            "Joe Varn spoke again on Tuesday. Bill Orsk and Velma Orsk met.\n",
            "William Orsk agreed on Friday.\n",
        ])
        let varn = try #require(Self.actor(actors, having: "Joseph Varn"))
        #expect(varn.aliases.contains("Joe Varn"), "\(actors)")
        let orsk = try #require(Self.actor(actors, having: "William Orsk"))
        #expect(orsk.aliases.contains("Bill Orsk"), "\(actors)")
        // Two given names neither of which is short for the other stay two people.
        #expect(Self.actor(actors, having: "Velma Orsk")?.name != orsk.name)
    }

    @Test func surnamesBecomeAliasesOnlyWhenUnambiguous() throws {
        let actors = Self.resolve([
            "President Donald Trump met Mayor Olena Bondar in Kyiv on Monday.\n",
            "First lady Melania Trump opened a school in Ohio on Tuesday.\n",
        ])
        let donald = try #require(Self.actor(actors, having: "Donald Trump"))
        let melania = try #require(Self.actor(actors, having: "Melania Trump"))
        let bondar = try #require(Self.actor(actors, having: "Olena Bondar"))
        #expect(!donald.aliases.contains("Trump") && !melania.aliases.contains("Trump"))
        #expect(bondar.aliases.contains("Bondar"))
    }

    /// Two people of one article share a surname: the bare surname is the one introduced
    /// first, whoever was named last before it.
    @Test func sharedSurnameIsThePersonIntroducedFirst() throws {
        let actors = Self.resolve([
            "Mayor Ana Roe was convicted on Friday. Her brother, Luis Roe, was also convicted. "
                + "Roe said nothing as she left the court. Roe will appeal.\n",
            "Judge Tom Vale heard the case. His son, Peter Vale, testified. Vale adjourned it.\n",
        ])
        let ana = try #require(Self.actor(actors, having: "Ana Roe"))
        let luis = try #require(Self.actor(actors, having: "Luis Roe"))
        #expect(ana.aliases.contains("Roe") && !luis.aliases.contains("Roe"))
        let tom = try #require(Self.actor(actors, having: "Tom Vale"))
        #expect(tom.aliases.contains("Vale"))
    }

    /// Surnames follow the full names they come from, in alias order, the same on every
    /// run (they were once appended in a dictionary's order, which changes per process).
    @Test func addedSurnamesFollowTheirFullNames() {
        var actors = [
            Actor(name: "Pavlo Hrytsenko", kind: .person,
                  aliases: ["Pavlo Hrytsenko", "Pavel Gritsenko", "Pavlo Hrytsenko Jr"], mentions: 3),
            Actor(name: "Marta Koval", kind: .person, aliases: ["Marta Koval", "Marta Kovalenko"], mentions: 2),
        ]
        AliasGraph.addSurnames(&actors, lexicon: .bundled)
        // "Jr" is a generation mark, no surname.
        #expect(actors[0].aliases == ["Pavlo Hrytsenko", "Pavel Gritsenko", "Pavlo Hrytsenko Jr",
                                      "Hrytsenko", "Gritsenko"])
        #expect(actors[1].aliases == ["Marta Koval", "Marta Kovalenko", "Koval", "Kovalenko"])
    }

    /// Within one article a bare name joins the region it follows ("the Luhansk region ...
    /// Luhansk"); across articles the city and the region stay apart.
    @Test func placesWithHeadsJoinTheirVariantsButNotTheCity() throws {
        let actors = Self.resolve([
            "Shelling hit the Luhansk region and the city of Sumy on Monday. Later Luhansk was quiet.\n",
            "Troops left the Lugansk Region, officials in Sumy said.\n",
            "Drones struck the Mykolayiv region overnight.\n",
            "Drones struck Mykolaiv overnight, residents in Mykolaiv said.\n",
        ])
        let region = try #require(Self.actor(actors, having: "Luhansk region"))
        #expect(region.aliases.contains("Lugansk Region"))
        #expect(region.aliases.contains("Luhansk"))
        let city = Self.actor(actors, having: "Mykolaiv")
        let oblast = Self.actor(actors, having: "Mykolayiv region")
        #expect(city != nil && oblast != nil && city?.name != oblast?.name)
    }

    @Test func institutionsJoinAcrossQualifiersAndAcronyms() throws {
        let actors = Self.resolve([
            "Moldova’s Ministry of Interior said on Friday that the border was calm.\n",
            "The interior ministry (MoI) said police had been sent. The Moldovan Ministry of Interior confirmed it.\n",
        ])
        let ministry = try #require(Self.actor(actors, having: "Moldova’s Ministry of Interior"))
        #expect(ministry.aliases.contains("Moldovan Ministry of Interior"))
        #expect(ministry.aliases.contains("MoI"))
        #expect(ministry.aliases.contains("interior ministry"))
    }

    @Test func gazetteerNamesAndKindsWin() throws {
        let gazetteer = Gazetteer(entries: [
            .init(name: "North Atlantic Treaty Organization", kind: .organization, aliases: ["NATO", "the Alliance"]),
            .init(name: "Kyiv", kind: .place, aliases: ["Kiev"]),
        ])
        let actors = Self.resolve(["NATO met in Kiev on Monday. Officials in Kyiv welcomed NATO.\n"], gazetteer: gazetteer)
        let nato = try #require(actors.first { $0.name == "North Atlantic Treaty Organization" })
        #expect(nato.aliases.contains("NATO"))
        #expect(nato.mentions == 2)
        let kyiv = try #require(actors.first { $0.name == "Kyiv" })
        #expect(kyiv.aliases.contains("Kiev"))
    }

    @Test func aliasesAreLookedUpInAnySpellingAndCase() {
        let actors = [Actor(name: "Volodymyr Zelenskyy", kind: .person, aliases: ["Volodymyr Zelenskyy", "Zelensky"])]
        let lookup = ActorLookup(actors)
        #expect(lookup.names(matching: "zelensky") == ["Volodymyr Zelenskyy"])
        #expect(lookup.names(matching: "Zelenskiy") == ["Volodymyr Zelenskyy"])
        #expect(lookup.names(matching: "Lavrov").isEmpty)
    }

    @Test func gazetteerFileLoadsAndReportsBadEntries() throws {
        let yaml = """
            actors:
              - name: Kyiv
                kind: place
                aliases: [Kiev]
              - name: Nobody
                kind: planet
              - kind: person
            """
        let (gazetteer, warnings) = try Gazetteer.parse(yaml: yaml, file: "g.yaml")
        #expect(gazetteer.entries.map(\.name) == ["Kyiv"])
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.file == "g.yaml" })
        #expect(throws: Gazetteer.LoadError.self) { try Gazetteer.parse(yaml: "actors: [1, 2", file: "bad.yaml") }
    }

    @Test func aSingleAliasNeedsNoBrackets() throws {
        let (gazetteer, warnings) = try Gazetteer.parse(yaml: "actors:\n  - name: Kyiv\n    kind: place\n    aliases: Kiev\n", file: "g.yaml")
        #expect(warnings.isEmpty)
        #expect(gazetteer.entries.first?.aliases == ["Kiev"])
    }

    @Test func aMisshapenGazetteerSaysWhereInPlainWords() {
        let yaml = "actors:\n  - name: Kyiv\n    kind: [place]\n"
        do {
            _ = try Gazetteer.parse(yaml: yaml, file: "g.yaml")
            Issue.record("a list where a kind belongs must be reported")
        } catch let error as Gazetteer.LoadError {
            #expect(error.file == "g.yaml")
            #expect(error.message.hasSuffix("actors → entry 1 → kind: expected text"))
            #expect(!error.message.contains("Decoding"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aGenerationMarkIsNoSurname() {
        let actors = Self.resolve(["King Harald III met Prime Minister Jonas Ruud in Oslo on Monday, officials said."])
        let king = Self.actor(actors, having: "Harald III")
        #expect(king != nil)
        #expect(king?.aliases.contains("III") == false)
    }
}
