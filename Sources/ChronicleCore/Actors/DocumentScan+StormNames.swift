/// Named storms: "Hurricane Orla", "Tropical Storm Bella", "Super Typhoon Haikui" are
/// happenings of the weather, named with given names, not people, and are no actors. A
/// storm never speaks: "Storm Reid said" is a person's name.
extension DocumentScan {
    /// Whether the run `i..<end` is a storm word (`stormWord`), with grades before it
    /// (`stormGrade`), and one capitalised word after it.
    func isStormName(_ i: Int, _ end: Int, _ hi: Int) -> Bool {
        guard (2...4).contains(end - i) else { return false }
        var k = i
        while k < end - 2, isWord(words[k], of: .stormGrade) { k += 1 }
        return k == end - 2 && isWord(words[k], of: .stormWord) && words[end - 1].isCapitalized
            && !words[end - 1].hasDigit && !followedBySpeech(end, hi)
    }
}
