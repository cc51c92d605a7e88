/// A bad option value found once the corpus is loaded (an unknown actor, kind or date):
/// reported as one line, without the usage text that argument errors get.
struct InputProblem: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
