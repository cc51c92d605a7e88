/// The key table, as data: key decoding, help, the footer and the tests all read it.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        // Timeline
        KeyBinding(.down, [.char("j"), .down], in: [.timeline], "next entry", hint: "move"),
        KeyBinding(.up, [.char("k"), .up], in: [.timeline], "previous entry"),
        KeyBinding(.pageDown, [.pageDown, .char(" "), .ctrl("f")], in: [.timeline, .detail, .reader, .help, .warnings], "page down"),
        KeyBinding(.pageUp, [.pageUp, .char("b"), .ctrl("b")], in: [.timeline, .detail, .reader, .help, .warnings], "page up"),
        KeyBinding(.halfPageDown, [.ctrl("d")], in: [.timeline, .detail, .reader, .help, .warnings], "half a page down"),
        KeyBinding(.halfPageUp, [.ctrl("u")], in: [.timeline, .detail, .reader, .help, .warnings], "half a page up"),
        KeyBinding(.top, [.char("g"), .home], in: [.timeline, .detail, .reader, .help, .warnings], "first line"),
        KeyBinding(.bottom, [.char("G"), .end], in: [.timeline, .detail, .reader, .help, .warnings], "last line"),
        KeyBinding(.jumpToDate, [.char(":")], in: [.timeline], "jump to a date (2025-12, 2022-02-24, 2025)", hint: "date"),
        KeyBinding(.open, [.enter], in: [.timeline, .detail], "open the source in the reader, passage highlighted", hint: "source"),
        KeyBinding(.toggleDetail, [.tab], in: [.timeline, .detail], "focus the detail pane / back to the list", hint: "detail"),
        KeyBinding(.search, [.char("/")], in: [.timeline, .reader],
                   "search and jump to the first match, keeping every entry (timeline: summaries and actors; reader: the article)",
                   hint: "search"),
        KeyBinding(.nextMatch, [.char("n")], in: [.timeline, .reader], "next match (reader without a search: next source)", hint: "next"),
        KeyBinding(.previousMatch, [.char("N")], in: [.timeline, .reader], "previous match (reader without a search: previous source)"),
        KeyBinding(.filterPattern, [.char("&")], in: [.timeline],
                   "show only the entries matching a pattern, as less's &pattern (empty: show all again)", hint: "only"),
        KeyBinding(.pickActors, [.char("a")], in: [.timeline], "pick actors to filter by", hint: "actors"),
        KeyBinding(.filterEntryActors, [.char("f")], in: [.timeline], "filter to the selected entry's actors", hint: "filter"),
        KeyBinding(.filterKind, [.char("K")], in: [.timeline], "filter to the selected entry's kind (again: drop)", hint: "kind"),
        KeyBinding(.clearFilters, [.char("c")], in: [.timeline], "clear every filter and pattern", hint: "clear"),
        KeyBinding(.toggleUndated, [.char("u")], in: [.timeline],
                   "hide or show the entries marked ~, dated by the clause before or by their article's date, not by a date of their own",
                   hint: "undated"),
        KeyBinding(.toggleRange, [.char("v")], in: [.timeline], "start or drop a range; moving extends it", hint: "range"),
        KeyBinding(.export, [.char("e")], in: [.timeline], "export the range, or the filtered view, to a file", hint: "export"),
        KeyBinding(.openInPager, [.char("o")], in: [.timeline, .detail, .reader],
                   "open the source article in $PAGER (default less) at the passage's line", hint: "pager"),
        KeyBinding(.openInEditor, [.char("O")], in: [.timeline, .detail, .reader],
                   "open the source article in $EDITOR at the passage's line"),
        KeyBinding(.showWarnings, [.char("W")], in: [.timeline], "list every load warning (shown when there are some)", hint: "warnings"),
        // Detail and reader
        KeyBinding(.down, [.char("j"), .down], in: [.detail, .reader, .help, .warnings], "scroll down", hint: "scroll"),
        KeyBinding(.up, [.char("k"), .up], in: [.detail, .reader, .help, .warnings], "scroll up"),
        KeyBinding(.nextSource, [.char("n")], in: [.detail], "next source", hint: "sources"),
        KeyBinding(.previousSource, [.char("N")], in: [.detail], "previous source"),
        KeyBinding(.nextSource, [.char("]")], in: [.reader], "next source of the entry", hint: "source"),
        KeyBinding(.previousSource, [.char("[")], in: [.reader], "previous source of the entry"),
        KeyBinding(.back, [.char("q"), .escape], in: [.detail, .reader, .help, .warnings], "close this view, back to the same place", hint: "back"),
        KeyBinding(.back, [.escape], in: [.timeline], "drop the range and the search highlight"),
        // Actor picker
        KeyBinding(.down, [.down, .ctrl("n")], in: [.picker], "next actor"),
        KeyBinding(.up, [.up, .ctrl("p")], in: [.picker], "previous actor"),
        KeyBinding(.pageDown, [.pageDown], in: [.picker], "a page of actors down"),
        KeyBinding(.pageUp, [.pageUp], in: [.picker], "a page of actors up"),
        KeyBinding(.toggleSelection, [.char(" ")], in: [.picker], "select or unselect the actor", hint: "select"),
        KeyBinding(.nextTab, [.tab, .right], in: [.picker], "next tab (all, people, places, organizations)", hint: "tab"),
        KeyBinding(.previousTab, [.backTab, .left], in: [.picker], "previous tab"),
        // Text input
        KeyBinding(.submit, [.enter], in: [.picker, .prompt], "apply (picker: the highlighted actor when none is selected)", hint: "apply"),
        KeyBinding(.cancel, [.escape], in: [.picker, .prompt], "close without applying", hint: "cancel"),
        KeyBinding(.deleteBackward, [.backspace], in: [.picker, .prompt], "delete a character"),
        KeyBinding(.clearInput, [.ctrl("u")], in: [.picker, .prompt], "clear the input"),
        // Everywhere
        KeyBinding(.help, [.char("?"), .function(1)], in: [.timeline, .detail, .reader], "this help", hint: "help"),
        KeyBinding(.back, [.char("?")], in: [.help], "close help"),
        KeyBinding(.redraw, [.ctrl("l")], in: Context.allCases, "redraw the screen"),
        KeyBinding(.quit, [.char("q")], in: [.timeline, .tooSmall], "quit", hint: "quit"),
        KeyBinding(.quitAnywhere, [.char("Q")], in: [.timeline, .detail, .reader, .help, .warnings, .tooSmall], "quit from any view"),
    ]

    private static let table: [Context: [Key: Command]] = {
        var t: [Context: [Key: Command]] = [:]
        for b in bindings {
            for c in b.contexts {
                for k in b.keys where t[c]?[k] == nil { t[c, default: [:]][k] = b.command }
            }
        }
        return t
    }()

    public static func command(for key: Key, in context: Context) -> Command? {
        table[context]?[key]
    }

    /// The bindings of one context, in table order.
    public static func bindings(in context: Context) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    /// Footer hints for a context: ("j", "move") pairs, first key of each labelled binding.
    /// `essential` marks the way to help, to the load warnings and out, which a narrow
    /// footer keeps.
    public static func footer(for context: Context) -> [(keys: String, hint: String, essential: Bool)] {
        bindings(in: context).compactMap { b in
            guard let hint = b.hint else { return nil }
            let essential = [.help, .quit, .back, .cancel, .showWarnings].contains(b.command)
            return (b.keys.first?.label ?? "", hint, essential)
        }
    }
}
