extension ReferenceScan {
    /// Roles taught by the words around a name: a title or role noun right before it
    /// ("chief executive Jane Roe", "planemaker Acme", "Russian President X") and an
    /// apposition right after it ("Acme, the planemaker,", "Jane Roe, Acme's chief executive,").
    func learnRoles(_ actor: Int, firstWord: Int, lastWord: Int) {
        var j = firstWord - 1
        var steps = 0
        while j >= sentenceStartWord, steps < 4, !words[j + 1].breakBefore {
            let w = words[j]
            if w.isPossessive { break }  // "Acme's chief executive X": Acme's role, not X's
            if !resolver.lexicon.classes(w).isDisjoint(with: .demonym) && w.isCapitalized {
                nationality[actor] = w.lower(utf8)
                break
            }
            let role: Bool
            if case .role? = referenceWord(w) { role = true } else { role = false }
            // Title words count as roles too: "Prime" of "Prime Minister X" makes X a leader.
            if role || !resolver.lexicon.classes(w).isDisjoint(with: .title) {
                roles[actor, default: []].insert(w.lower(utf8))
            } else if !(w.isAllCaps && w.text(utf8).utf8.count <= 3) {
                break
            }
            j -= 1
            steps += 1
        }
        // An apposition: ", the planemaker," / ", Acme's chief executive," / ", a carrier based in".
        let after = lastWord + 1
        guard after < words.count, words[after].breakBefore, words[lastWord].range.end < utf8.count,
              utf8[words[lastWord].range.end] == UInt8(ascii: ",") else { return }
        var k = after
        while k < min(words.count, after + 5) {
            if k > after && words[k].breakBefore { break }
            let w = words[k]
            if case .role? = referenceWord(w), !w.isCapitalized || k > after {
                roles[actor, default: []].insert(w.lower(utf8))
            } else if case .pronoun? = referenceWord(w) {
                break  // ", he said": no apposition
            } else if w.isCapitalized && !w.isPossessive && k > after && resolver.lexicon.classes(w).isDisjoint(with: .title) {
                break  // a name of its own
            }
            k += 1
        }
    }

    func hasRole(_ actor: Int, _ role: String) -> Bool {
        guard let r = roles[actor] else { return false }
        if role == "leader" { return r.contains { resolver.lexicon.classes(lower: $0).contains(.leaderRole) } }
        return r.contains(role)
    }
}
