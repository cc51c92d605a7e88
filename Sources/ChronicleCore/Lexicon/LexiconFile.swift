import Yams

/// Reads `lexicon.yaml`. The built-in file defines every class as a list; a corpus's file
/// changes classes with `add:` (more words) or `replace:` (these words instead). In a
/// ranked class a line is a list: the built-in file gives one per value, and an added
/// line adds its short forms to the line whose full name it starts with.
///
/// A bad entry is one warning naming the file and its line, from the YAML node's own
/// mark; the rest of the file still applies.
enum LexiconFile {
    /// The classes defined by `yaml`, each a list. The built-in file quotes every word YAML
    /// would read as another type ("no", "12"), so it is read without typing its words
    /// unless `typed`: typing each scalar is most of what reading the file costs, at every
    /// start. A test checks both readings agree.
    static func definition(yaml: String, file: String, typed: Bool = false)
        -> (lines: [WordClass: [[String]]], warnings: [LoadWarning]) {
        var reader = Reader(file: file, resolver: typed ? .default : .basic)
        var lines: [WordClass: [[String]]] = [:]
        for (cls, value) in reader.classes(yaml) {
            if let list = reader.lines(of: cls, value) { lines[cls] = list }
        }
        return (lines, reader.warnings)
    }

    /// `base` with the changes `yaml` asks for.
    static func changes(yaml: String, file: String, to base: [WordClass: [[String]]])
        -> (lines: [WordClass: [[String]]], warnings: [LoadWarning]) {
        var reader = Reader(file: file)
        var lines = base
        for (cls, value) in reader.classes(yaml) {
            guard let mapping = value.mapping, !mapping.isEmpty else {
                reader.warn(value, "'\(cls.name)': write 'add:' or 'replace:' followed by a list of words")
                continue
            }
            for (key, list) in mapping {
                switch key.string {
                case "add":
                    guard let added = reader.lines(of: cls, list) else { continue }
                    lines[cls] = reader.adding(added, to: lines[cls, default: []], of: cls, at: list)
                case "replace":
                    guard let replacement = reader.lines(of: cls, list) else { continue }
                    let count = lines[cls, default: []].count
                    if cls.isRanked && replacement.count != count {
                        reader.warn(list, "'\(cls.name)' needs \(count) lines, one per value; kept as it was")
                        continue
                    }
                    lines[cls] = replacement
                default:
                    reader.warn(key, "'\(cls.name)': unknown change '\(key.string ?? "")' (use 'add:' or 'replace:')")
                }
            }
        }
        return (lines, reader.warnings)
    }

    private struct Reader {
        let file: String
        let resolver: Resolver
        var warnings: [LoadWarning] = []

        init(file: String, resolver: Resolver = .default) {
            self.file = file
            self.resolver = resolver
        }

        mutating func warn(_ node: Node, _ message: String) {
            let line = node.mark.map { "line \($0.line): " } ?? ""
            warnings.append(LoadWarning(file: file, message: line + message))
        }

        /// The top-level classes of the file, in file order; unknown names are warned of.
        mutating func classes(_ yaml: String) -> [(WordClass, Node)] {
            let root: Node?
            do {
                root = try compose(yaml: yaml, resolver)
            } catch {
                warnings.append(LoadWarning(file: file, message: Self.syntaxProblem(error) + "; the file is ignored"))
                return []
            }
            guard let root else { return [] }
            guard let mapping = root.mapping else {
                warn(root, "expected word classes, each a name followed by a colon; the file is ignored")
                return []
            }
            var found: [(WordClass, Node)] = []
            for (key, value) in mapping {
                guard let name = key.string, let cls = WordClass(name: name) else {
                    let known = WordClass.allCases.map(\.name).joined(separator: ", ")
                    warn(key, "unknown word class '\(key.string ?? "")' (known: \(known)); skipped")
                    continue
                }
                found.append((cls, value))
            }
            return found
        }

        /// The lines of a class's list: lists of words in a ranked class, words otherwise.
        /// A bad word is skipped alone; a list of the wrong shape gives nil.
        mutating func lines(of cls: WordClass, _ node: Node) -> [[String]]? {
            if cls.isTable { return pairs(of: cls, node) }
            guard let items = node.sequence else {
                warn(node, "'\(cls.name)' must be a list" + (cls.isRanked ? " of lines, each a list of words" : " of words"))
                return nil
            }
            var lines: [[String]] = []
            for item in items {
                if cls.isRanked {
                    guard let words = item.sequence else {
                        warn(item, "'\(cls.name)': each line must be a list of words, the full name first")
                        continue
                    }
                    let line = words.compactMap { word(of: cls, $0) }
                    if !line.isEmpty { lines.append(line) }
                } else if let w = word(of: cls, item) {
                    lines.append([w])
                }
            }
            return lines
        }

        /// The lines of a table: each word and the name it maps to, "" for none.
        mutating func pairs(of cls: WordClass, _ node: Node) -> [[String]]? {
            if cls.isGrouped { return groups(of: cls, node) }
            guard let mapping = node.mapping else {
                warn(node, "'\(cls.name)' must be words each followed by a colon and the name it stands for")
                return nil
            }
            var lines: [[String]] = []
            for (key, value) in mapping {
                guard let w = word(of: cls, key) else { continue }
                guard let name = value.scalar, value.tag == Tag(.str) else {
                    warn(value, "'\(cls.name)': '\(w)' must map to a name as text, not \(Self.shape(value)); skipped")
                    continue
                }
                lines.append([w, name.string.trimmingWhiteSpace().lowercased()])
            }
            return lines
        }

        /// The lines of a grouped table: each name with the list of its words.
        mutating func groups(of cls: WordClass, _ node: Node) -> [[String]]? {
            guard let mapping = node.mapping else {
                warn(node, "'\(cls.name)' must be names each followed by a colon and a list of words")
                return nil
            }
            var lines: [[String]] = []
            for (key, value) in mapping {
                guard let name = key.scalar?.string.trimmingWhiteSpace(), TimeReading.lexeme(cls, name: name) != nil else {
                    warn(key, "'\(cls.name)': '\(key.string ?? "")' means nothing to the time tagger; skipped")
                    continue
                }
                guard let items = value.sequence else {
                    warn(value, "'\(cls.name)': '\(name)' must be followed by a list of words; skipped")
                    continue
                }
                for item in items { if let w = word(of: cls, item) { lines.append([w, name]) } }
            }
            return lines
        }

        /// A word as the table keys it: lower case, without spaces around it.
        private mutating func word(of cls: WordClass, _ node: Node) -> String? {
            guard let scalar = node.scalar, node.tag == Tag(.str) else {
                warn(node, "'\(cls.name)': a word must be text, not \(Self.shape(node)) (quote it to keep it); skipped")
                return nil
            }
            let w = scalar.string.trimmingWhiteSpace().lowercased()
            if w.isEmpty {
                warn(node, "'\(cls.name)': an empty word; skipped")
                return nil
            }
            return w
        }

        /// `added` joined to `lines`: a ranked line to the line its full name starts.
        mutating func adding(_ added: [[String]], to lines: [[String]], of cls: WordClass, at node: Node) -> [[String]] {
            guard cls.isRanked else { return lines + added }
            var lines = lines
            for line in added {
                guard let k = lines.firstIndex(where: { $0.first == line.first }) else {
                    warn(node, "'\(cls.name)': no line starts with '\(line[0])'; start an added line with a full name")
                    continue
                }
                lines[k] += line.dropFirst().filter { !lines[k].contains($0) }
            }
            return lines
        }

        private static func shape(_ node: Node) -> String {
            switch node {
            case .scalar: return "\(node.tag.description.split(separator: ":").last ?? "value") \(node.string ?? "")"
            case .mapping: return "keys and values"
            case .sequence: return "a list"
            case .alias: return "an alias"
            }
        }

        private static func syntaxProblem(_ error: Error) -> String {
            switch error {
            case let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _),
                 let YamlError.composer(_, problem, mark, _):
                return "line \(mark.line): not valid YAML (\(problem))"
            default:
                return "not valid YAML (\(YAMLProblem.describe(error)))"
            }
        }
    }
}
