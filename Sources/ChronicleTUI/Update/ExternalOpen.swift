import ChronicleCore

/// `o` and `O`: the source article in the user's pager or editor, at the line where the
/// passage starts.
enum ExternalOpen {
    static func effect(_ s: inout AppState, entry: Int, source: Int, editor: Bool) -> [Effect] {
        let e = s.chronology.entries[entry]
        guard e.sources.indices.contains(source),
              let doc = s.chronology.document(id: e.sources[source].documentID) else {
            s.status = StatusMessage("This entry has no source to open", isError: true)
            return []
        }
        let line = SourceLines(doc.utf8).line(at: e.sources[source].passage.start)
        let root = s.chronology.root
        let path = root.isEmpty || root == "." ? doc.file : PathName.join(root, doc.file)
        return [.openExternally(path: path, line: line, editor: editor)]
    }
}
