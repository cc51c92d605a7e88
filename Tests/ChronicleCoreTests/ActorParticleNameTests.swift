import Testing
@testable import ChronicleCore

/// Lower-case particles inside names ("al-", "bin", "da", "von der") belong to the name.
@Suite struct ActorParticleNameTests {
    static func people(_ text: String) -> Set<String> {
        Set(ActorRecognitionTests.mentions(text).filter { $0.kind == .person }.map(\.text))
    }

    @Test func theArabicArticleStaysInTheName() {
        let found = Self.people("""
            The delegation was led by senior official Yusuf al-Masri, officials said.
            President Tarek el-Badawi of Egypt said talks would resume. Mr. el-Badawi left.
            """)
        #expect(found.contains("Yusuf al-Masri"))
        #expect(found.contains("Tarek el-Badawi"))
        #expect(!found.contains("Yusuf"))
        #expect(!found.contains("Tarek"))
    }

    @Test func bothCasesOfTheArticleAreOneName() {
        let bytes = Array("Spokesman Majid al-Farsi said on Monday. Al-Farsi also said more.\n".utf8)
        let ms = MentionRecognizer(gazetteer: .empty).mentions(in: bytes, sentences: SentenceSplitter.split(bytes))
        #expect(ms.contains { $0.text == "Majid al-Farsi" && $0.kind == .person })
    }

    @Test func romanceAndGermanicParticles() {
        let found = Self.people("""
            Former striker Carlos da Cunha said the club had changed.
            Commission President Greta von der Heide said on Monday that she agreed.
            """)
        #expect(found.contains("Carlos da Cunha"))
        #expect(found.contains("Greta von der Heide"))
    }

    @Test func aParticleNeverFollowsASentenceWord() {
        let found = Set(ActorRecognitionTests.mentions("Why do Norwegians ski so much, asked Ola Berg.\n").map(\.text))
        #expect(!found.contains { $0.hasPrefix("do ") || $0.contains("Why") })
    }

    @Test func theArticleDoesNotKeepSurnamesApart() {
        let actors = ActorMergeTests.resolve([
            "Qatari spokesman Majid al-Farsi said talks would resume on Monday. "
                + "Al Farsi said on Tuesday the talks had resumed, and Farsi said more would follow.",
        ])
        let farsi = ActorMergeTests.actor(actors, having: "Majid al-Farsi")
        #expect(farsi?.aliases.contains("Farsi") == true)
        #expect(farsi?.aliases.contains("Al Farsi") == true)
    }

    @Test func anAssimilatedArticleDoesNotKeepSurnamesApart() {
        let actors = ActorMergeTests.resolve([
            "Foreign minister Hassan ash-Shami said talks would resume on Monday. Shami said more would follow.",
        ])
        #expect(ActorMergeTests.actor(actors, having: "Hassan ash-Shami")?.aliases.contains("Shami") == true)
    }

    @Test func aRomanceArticleOpensAPlaceUnlessAGivenNameOrAFullNameSaysPerson() {
        let mentions = ActorRecognitionTests.mentions(
            "Shots were fired outside their La Tessa home, and crowds gathered at Le Vardon on Monday.")
        #expect(mentions.first { $0.text == "La Tessa" }?.kind == .place)
        #expect(mentions.first { $0.text == "Le Vardon" }?.kind == .place)
        let people = Self.people("Fans cheered Mirela Le Varn in Porto. Le Varn said on Monday she would run.")
        #expect(people.contains("Mirela Le Varn"))
        #expect(people.contains("Le Varn"))
        // Named in full after the surname alone, still the person's.
        let later = ActorRecognitionTests.mentions("Le Varn won on Monday. Mirela Le Varn thanked voters.")
        #expect(later.first { $0.text == "Le Varn" }?.kind == .person)
    }

    @Test func aSurnameOpeningWithAnArticleJoinsTheFullNameAndNamesItsActor() {
        let found = resolvedActors([
            "Le Varn won on Monday. Le Varn thanked voters. Mirela Le Varn spoke in Porto on Tuesday."])
        let person = found.filter { $0.name.hasSuffix("Le Varn") }
        #expect(person.count == 1)
        #expect(person.first?.name == "Mirela Le Varn")
        #expect(person.first?.mentions == 3)
        // Its surname alias is the whole surname, particle and all, not its last word.
        #expect(person.first?.aliases.contains("Le Varn") == true)
        #expect(person.first?.aliases.contains("Varn") == false)
        let particle = resolvedActors(["Officials met Ursula von der Lenn on Monday."])
        #expect(particle.first { $0.name == "Ursula von der Lenn" }?.aliases.contains("von der Lenn") == true)
    }

    @Test func aWorkByItsAuthorIsNoPlace() {
        let kinds = ActorTitledNameTests.kinds("The song played in court was Le Vortex by Orvane. Ships sail to Le Vassel by Monday.\n")
        #expect(kinds["Le Vortex"] == nil)
        #expect(kinds["Le Vassel"] == .place)
    }
}

