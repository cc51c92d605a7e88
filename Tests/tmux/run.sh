#!/usr/bin/env bash
# Drives the real chronicle binary inside tmux and asserts on what a person would see:
# open, scroll, filter by an actor, jump to a source, select a range, export, quit; the
# refusal to start without a usable terminal; the terminal restored after q and signals.
#
# Usage: Tests/tmux/run.sh PATH/TO/chronicle [CORPUS_DIR]
# Without CORPUS_DIR a small corpus is written to a temporary folder.
set -uo pipefail

BIN=${1:?usage: run.sh PATH/TO/chronicle [CORPUS_DIR]}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
command -v tmux >/dev/null || { echo "run.sh: tmux is not installed"; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/chronicle-tui.XXXXXX")
# A server of its own, its socket inside the temporary folder, so cleaning up is one rm.
SOCKET="$WORK/tmux.sock"
PASSED=0
FAILED=0
SKIPPED=0

tm() { tmux -S "$SOCKET" -f /dev/null "$@"; }
cleanup() {
    tm kill-server >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ok() { PASSED=$((PASSED + 1)); echo "ok   $1"; }
not_ok() {
    FAILED=$((FAILED + 1))
    echo "FAIL $1"
    if [ -n "${SESSION:-}" ]; then
        echo "---- screen ----"
        tm capture-pane -p -t "$SESSION" 2>/dev/null | sed 's/^/  |/'
        echo "----------------"
    fi
}
skip() { SKIPPED=$((SKIPPED + 1)); echo "skip $1"; }
check() { # NAME COMMAND...: passes when the command succeeds
    local name=$1; shift
    if "$@"; then ok "$name"; else not_ok "$name"; fi
}

screen() { tm capture-pane -p -t "$SESSION"; }
fmt() { tm display-message -p -t "$SESSION" "$1"; }

# Polls until the screen matches an extended regex (default timeout 5 s).
wait_for() {
    local pattern=$1 limit=${2:-5}
    local tries=$((limit * 20))
    while [ $tries -gt 0 ]; do
        if screen 2>/dev/null | grep -Eq -- "$pattern"; then return 0; fi
        sleep 0.05
        tries=$((tries - 1))
    done
    return 1
}

# Polls until the program in the pane has exited: the wrapping shell then prints EXIT=n,
# after everything the program wrote, so the terminal state can be read safely.
wait_dead() {
    wait_for "^EXIT=[0-9]+" "${1:-5}"
}
exit_status() { screen | sed -nE 's/^EXIT=([0-9]+).*/\1/p' | tail -1; }

restored() { # the program left the alternate screen and showed the cursor again
    [ "$(fmt '#{alternate_on}')" = 0 ] && [ "$(fmt '#{cursor_flag}')" = 1 ]
}

# The browser's pid: the child of the pane's shell.
browser_pid() {
    local parent
    parent=$(fmt '#{pane_pid}')
    for stat in /proc/[0-9]*/stat; do
        set -- $(sed -E 's/^[0-9]+ \(.*\) //' "$stat" 2>/dev/null)
        if [ "${2:-}" = "$parent" ]; then
            basename "$(dirname "$stat")"
            return 0
        fi
    done
    return 1
}

SESSIONS=0
# Runs a command line in a fresh 100x30 session, under a shell that reports its status.
run_in_session() {
    SESSIONS=$((SESSIONS + 1))
    SESSION="t$SESSIONS"
    tm new-session -d -s "$SESSION" -x 100 -y 30 \
        "cd '$WORK'; $1; echo EXIT=\$?; exec sleep 100000"
}
# Starts `chronicle browse DIR` with a usable terminal; extra args are env settings.
start() {
    local dir=$1; shift
    run_in_session "env LANG=C.UTF-8 TERM=tmux-256color $* '$BIN' browse '$dir'"
}

tm new-session -d -s keeper -x 100 -y 30 "sleep 100000"

CORPUS=${2:-}
if [ -n "$CORPUS" ]; then
    CORPUS=$(cd "$CORPUS" && pwd) || { echo "run.sh: no folder $2"; exit 1; }
else
    CORPUS="$WORK/corpus"
    mkdir -p "$CORPUS"
    cat > "$CORPUS/harbour.txt" <<'TXT'
Harbour accord signed in Lindenport

LINDENPORT, 12 May 2024 - Mayor Anna Berg met dock workers in Lindenport on 3 March 2024, weeks before the strike began.
The Dock Workers Union said on 2 April 2024 that the strike would end once wages rose.
Anna Berg and the Dock Workers Union signed the harbour accord in Lindenport on 9 May 2024.
TXT
    printf 'title: Harbour accord signed in Lindenport\npublished: 2024-05-12\n' > "$CORPUS/harbour.yaml"
    cat > "$CORPUS/storm.txt" <<'TXT'
Storm closes the Osterby ferry

A storm closed the ferry between Lindenport and Osterby on 9 May 2024, the coast guard said.
On 14 May 2024 the council of Osterby voted to build a new sea wall.
Anna Berg visited Osterby on 20 May 2024 to inspect the damage.
The council expects the sea wall to be finished in 2031.
TXT
    printf 'title: Storm closes the Osterby ferry\npublished: 2024-05-21\n' > "$CORPUS/storm.txt.yaml" 2>/dev/null
    mv "$CORPUS/storm.txt.yaml" "$CORPUS/storm.yaml"
fi

echo "# chronicle browser in tmux: $BIN on $CORPUS"

# --- Refusing to start without a usable terminal ------------------------------------

"$BIN" browse "$CORPUS" </dev/null >"$WORK/out" 2>"$WORK/err"
rc=$?
check "not a terminal: exit status 2" [ "$rc" = 2 ]
check "not a terminal: message points to chronicle list" grep -q "chronicle list" "$WORK/err"
check "not a terminal: one line on stderr, nothing on stdout" \
    test "$(wc -l < "$WORK/err")" = 1 -a ! -s "$WORK/out"
check "not a terminal: no escape bytes" bash -c "! grep -q \$'\\e' '$WORK/err'"

for term in "" nosuchterm dumb; do
    label=${term:-unset}
    if [ -z "$term" ]; then setting="-u TERM"; else setting="TERM=$term"; fi
    run_in_session "env $setting LANG=C.UTF-8 '$BIN' browse '$CORPUS'"
    if wait_dead 5; then
        check "TERM=$label: exit status 2" [ "$(exit_status)" = 2 ]
        check "TERM=$label: clear message" wait_for "chronicle: .*chronicle list" 2
    else
        not_ok "TERM=$label: the browser should refuse to start"
    fi
done

# --- The command line on odd requests ----------------------------------------------------

cli() { # runs the binary with the arguments; rc in $rc, output in $WORK/out and $WORK/err
    "$BIN" "$@" </dev/null >"$WORK/out" 2>"$WORK/err"
    rc=$?
}
cli list "$CORPUS" --from 2025-12 --to 2025-01
check "list: --from after --to is an error" [ "$rc" = 1 ]
check "list: --from after --to says so" grep -q "later than --to" "$WORK/err"
cli list "$CORPUS" --kind bogus
check "list: a bad --kind is a one-line error" \
    bash -c "[ $rc = 1 ] && [ \$(wc -l < '$WORK/err') = 1 ] && grep -q \"unknown kind 'bogus'\" '$WORK/err'"
cli list "$CORPUS" --basis text,guessed
check "list: a bad --basis is a one-line error" \
    bash -c "[ $rc = 1 ] && [ \$(wc -l < '$WORK/err') = 1 ] && grep -q \"unknown basis 'guessed'\" '$WORK/err'"
cli list "$CORPUS" --basis context --basis published --format json
check "list: --basis keeps only entries dated so" \
    bash -c "[ $rc = 0 ] && ! grep -q '\"basis\":\"text\"' '$WORK/out'"
cli list "$CORPUS" --actor zzzzqq
check "list: an unknown actor is an error naming it" \
    bash -c "[ $rc = 1 ] && grep -q \"no actor is called 'zzzzqq'\" '$WORK/err' && [ ! -s '$WORK/out' ]"
mkdir -p "$WORK/no-articles"
echo "a,b" > "$WORK/no-articles/notes.csv"
cli list "$WORK/no-articles"
check "list: a folder without articles warns" grep -q "no article to read" "$WORK/err"
printf 'On 6 March 2024 the council of Brekka met.\n' > "$WORK/no-articles/side.txt"
printf 'published: 2024-13-45\n' > "$WORK/no-articles/side.yaml"
cli docs "$WORK/no-articles"
check "docs: a sidecar's warning shows under its article" \
    bash -c "grep -A4 '^side.txt\$' '$WORK/out' | grep -q 'warning: *side.yaml: published'"
check "docs: the loaded sidecar is not listed as not loaded" bash -c "! grep -q 'side.yaml (not loaded)' '$WORK/out'"
(cd "$WORK/no-articles" && cp side.txt a && "$BIN" tag a </dev/null >"$WORK/out" 2>"$WORK/err")
check "tag: a one-character file name is read" grep -q "2024-03-06" "$WORK/out"
(cd "$WORK/no-articles" && "$BIN" tag . </dev/null >"$WORK/out" 2>"$WORK/err"; echo $? > "$WORK/rc")
check "tag: a folder is refused with a message, not a crash" \
    bash -c "[ \$(cat '$WORK/rc') = 1 ] && grep -q 'chronicle: warning: .: is a folder' '$WORK/err'"
cli export "$WORK/no-articles" --output "$WORK/no-articles"
check "export: a folder as output asks for a file name" \
    bash -c "[ $rc = 64 ] && grep -q 'is a folder; give a file name' '$WORK/err'"
mkfifo "$WORK/export-pipe.txt"
ln -s "$WORK/no-articles/side.txt" "$WORK/export-link.txt"
cli export "$CORPUS" --output "$WORK/export-pipe.txt" --force
check "export --force: a FIFO is refused, not replaced" \
    bash -c "[ $rc = 1 ] && grep -q 'export-pipe.txt is a FIFO (named pipe), not a regular file; not replaced' '$WORK/err' && [ -p '$WORK/export-pipe.txt' ]"
cli export "$CORPUS" --output "$WORK/export-link.txt" --force
check "export --force: a symbolic link is refused, its target untouched" \
    bash -c "[ $rc = 1 ] && grep -q 'export-link.txt is a symbolic link' '$WORK/err' && [ -L '$WORK/export-link.txt' ] && grep -q 'council of Brekka' '$WORK/no-articles/side.txt'"
if [ "$(id -u)" = 0 ] && mknod "$WORK/export-null" c 1 3 2>/dev/null; then
    cli export "$CORPUS" --output "$WORK/export-null" --format text --force
    check "export --force: a device node is refused, not replaced" \
        bash -c "[ $rc = 1 ] && grep -q 'export-null is a character device' '$WORK/err' && [ -c '$WORK/export-null' ]"
else
    skip "export --force onto a device node: making one needs root"
fi
cli export "$CORPUS" --output "$WORK/fresh-export.md"
check "export: a new file gets 0666 less the umask" \
    bash -c "[ $rc = 0 ] && [ \$(stat -c %a '$WORK/fresh-export.md') = \$(printf '%o' \$(( 0666 & ~0\$(umask) )) ) ]"
cli tag "$WORK/no-articles/side.txt" --dct 2024-02-30
check "tag: a bad --dct shows the tag command's usage" \
    bash -c "[ $rc = 64 ] && grep -q 'Usage: chronicle tag' '$WORK/err'"

cli --version
check "--version prints the program and its version" bash -c "[ $rc = 0 ] && grep -Eq '^chronicle [0-9]+\.[0-9]+' '$WORK/out'"
cli list "$CORPUS" --format txt
check "--format txt is text" bash -c "[ $rc = 0 ] && head -1 '$WORK/out' | grep -q '^Chronology of '"
cli list "$CORPUS" --format md
check "--format md is Markdown" bash -c "[ $rc = 0 ] && head -1 '$WORK/out' | grep -q '^# Chronology of '"
cli export "$CORPUS" --output - --format json --kind talks
check "export --output - writes to standard output, the query under \"query\"" python3 - "$WORK/out" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
sys.exit(0 if data["query"]["kinds"] == ["talks"] and "entries" in data else 1)
PY
check "export --output - leaves no file named -" test ! -e "$WORK/-"
cli export "$CORPUS" --output -
check "a text export states what produced it" bash -c "sed -n 2p '$WORK/out' | grep -q '^(made by chronicle .* from .*, all entries)'"
cli list "$CORPUS/storm.txt"
check "list reads an article file" bash -c "[ $rc = 0 ] && grep -q 'Chronology of .*from 1 document' '$WORK/out'"
cli docs "$CORPUS/storm.txt" "$CORPUS/harbour.txt"
check "docs reads several article files" bash -c "[ $rc = 0 ] && grep -q '^storm.txt' '$WORK/out' && grep -q '^harbour.txt' '$WORK/out'"
cli actors "$CORPUS/harbour.txt"
check "actors reads an article file" bash -c "[ $rc = 0 ] && grep -q 'Anna Berg' '$WORK/out'"
printf 'Talks\n\nMarch 3, 2025\n\nThe International Federation of Coastal Ferry Operators met on Monday.\n' > "$WORK/long-name.txt"
cli actors "$WORK/long-name.txt"
check "actors writes a long name whole" bash -c "[ $rc = 0 ] && grep -q '^International Federation of Coastal Ferry Operators  organization' '$WORK/out'"
cli list "$CORPUS/missing.txt"
check "a missing article file is named" bash -c "[ $rc = 1 ] && grep -q 'missing.txt: no such file' '$WORK/err'"
errors_one_way=1
for args in "list $CORPUS --format bogus" "list $CORPUS --kind bogus" "list $WORK/none" "nosuchcommand" "export $CORPUS"; do
    cli $args
    if ! head -1 "$WORK/err" | grep -q '^chronicle: error: ' || grep -q '^Error:' "$WORK/err"; then
        errors_one_way=0
        echo "  ($args) -> $(head -1 "$WORK/err")"
    fi
done
check "every error reads 'chronicle: error: ...'" [ "$errors_one_way" = 1 ]

run_in_session "env LANG=C.UTF-8 TERM=tmux-256color '$BIN' browse '$WORK/no-such-folder'"
if wait_dead 5; then
    check "a missing folder: exit status 1" [ "$(exit_status)" = 1 ]
    check "a missing folder: named, with the way to open another" \
        bash -c "tmux -S '$SOCKET' capture-pane -p -J -t '$SESSION' | grep -q 'chronicle: error: .*no-such-folder: no such folder .*chronicle browse FOLDER'"
else
    not_ok "a missing folder ends the browser"
fi

# --- Opening, help, resize, quit -----------------------------------------------------

start "$CORPUS"
check "opens with a header naming the corpus" wait_for "chronicle · .*$(basename "$CORPUS")" 5
check "alternate screen on while running" [ "$(fmt '#{alternate_on}')" = 1 ]
check "footer lists the keys, help and quit among them" wait_for "a actors.*\? help q quit" 2
TOTAL=$(screen | sed -nE 's/.* ([0-9]+)\/([0-9]+) entries.*/\2/p' | head -1)
tm send-keys -t "$SESSION" '?'
check "? opens help from the key table" wait_for "Keys \(q closes\)" 2
tm send-keys -t "$SESSION" Escape
check "Esc closes help" wait_for "entries *$" 2
tm send-keys -t "$SESSION" '?'
wait_for "Keys \(q closes\)" 2 >/dev/null
tm send-keys -t "$SESSION" q
check "q closes help and does not quit" wait_for "entries *$" 2
tm resize-window -t "$SESSION" -x 38 -y 10
check "below 40x12 it says the terminal is too small" wait_for "Terminal too small" 2
# Keys other than q do nothing there: no picker or prompt waits behind the notice.
tm send-keys -t "$SESSION" a : /
sleep 0.2
tm resize-window -t "$SESSION" -x 100 -y 30
check "keys on the too-small screen open nothing" \
    bash -c "sleep 0.3; ! tmux -S '$SOCKET' capture-pane -p -t '$SESSION' | grep -Eq 'Filter by actors|Jump to date|Search timeline'"
tm resize-window -t "$SESSION" -x 38 -y 10
tm resize-window -t "$SESSION" -x 44 -y 14
check "resized back it reflows" wait_for "/[0-9]+ entries" 2
tm resize-window -t "$SESSION" -x 100 -y 30

if [ "${TOTAL:-0}" -gt 0 ]; then
    # --- Scrolling -------------------------------------------------------------------
    if [ -z "${2:-}" ]; then
        # The newest article is of 21 May 2024: the 2031 plan comes after what it reports.
        check "opens on the latest news, not on the last plan" wait_for "entry $((TOTAL - 1)) of $TOTAL" 2
        check "the ruler ends with the far-off plan compressed" wait_for "▸ 2031 *$" 2
    fi
    tm send-keys -t "$SESSION" g
    check "g goes to the first entry" wait_for "entry 1 of $TOTAL" 2
    if [ "$TOTAL" -ge 2 ]; then
        tm send-keys -t "$SESSION" j
        check "j moves to the next entry" wait_for "entry 2 of $TOTAL" 2
        tm send-keys -t "$SESSION" Up
        check "Up moves back" wait_for "entry 1 of $TOTAL" 2
    fi
    tm send-keys -t "$SESSION" G
    check "G goes to the last entry" wait_for "entry $TOTAL of $TOTAL" 2
    tm send-keys -t "$SESSION" Home
    check "Home goes to the first entry" wait_for "entry 1 of $TOTAL" 2
    tm send-keys -t "$SESSION" :
    tm send-keys -t "$SESSION" -l "2024-05"
    tm send-keys -t "$SESSION" Enter
    check ": jumps to a date" wait_for "entry [0-9]+ of $TOTAL" 2

    # --- Filtering by an actor -------------------------------------------------------
    tm send-keys -t "$SESSION" a
    if wait_for "Filter by actors" 2; then
        ok "a opens the actor picker"
        tm send-keys -t "$SESSION" BTab
        check "Shift-Tab wraps to the products tab" wait_for "\\[Prod(ucts|s)\\]" 2
        tm send-keys -t "$SESSION" Tab
        check "Tab goes on to all actors" wait_for "\\[All\\]" 2
        tm send-keys -t "$SESSION" -l "berg"
        sleep 0.1
        tm send-keys -t "$SESSION" Enter
        check "Enter filters to the highlighted actor" wait_for "actor .* [0-9]+/$TOTAL entries" 2
        shown=$(screen | sed -nE 's/.* ([0-9]+)\/[0-9]+ entries.*/\1/p' | head -1)
        check "the filtered view is not larger than the whole" [ "${shown:-0}" -le "$TOTAL" ]
        tm send-keys -t "$SESSION" c
        check "c clears the filters" wait_for "all entries .*$TOTAL/$TOTAL entries" 2
    else
        not_ok "a opens the actor picker"
    fi

    # --- Jumping to a source ---------------------------------------------------------
    tm send-keys -t "$SESSION" g Enter
    check "Enter opens the source article" wait_for "\.txt — .*source 1/" 2
    # The time expression of the passage is drawn black on yellow (SGR 43).
    check "the passage's time expression is highlighted" \
        bash -c "tmux -S '$SOCKET' capture-pane -e -p -t '$SESSION' | sed -n '3,\$p' | grep -q $'\e\\[[0-9;]*43m'"
    tm send-keys -t "$SESSION" Escape
    check "Esc returns to the same place" wait_for "entry 1 of $TOTAL" 2
    tm send-keys -t "$SESSION" Enter
    wait_for "source 1/" 2 >/dev/null
    tm send-keys -t "$SESSION" q
    check "q leaves the reader, not the program" wait_for "entry 1 of $TOTAL" 2

    # --- Showing only what matches a pattern -------------------------------------------
    tm send-keys -t "$SESSION" '&'
    tm send-keys -t "$SESSION" -l "berg"
    tm send-keys -t "$SESSION" Enter
    check "& keeps the matching entries and the header says so" wait_for "matching &berg .*[0-9]+/$TOTAL entries" 2
    tm send-keys -t "$SESSION" c
    check "c drops the pattern" wait_for "all entries .*$TOTAL/$TOTAL entries" 2

    # --- Range and export ------------------------------------------------------------
    n=$(( TOTAL < 3 ? TOTAL : 3 ))
    tm send-keys -t "$SESSION" g v
    for _ in $(seq 2 "$n"); do tm send-keys -t "$SESSION" j; done
    check "v selects a range" wait_for "range $n" 2
    tm send-keys -t "$SESSION" e
    check "e asks for a file name with a default" wait_for "Export to.*chronicle_[0-9-]+.*\.md" 2
    tm send-keys -t "$SESSION" C-u
    tm send-keys -t "$SESSION" -l "range.json"
    tm send-keys -t "$SESSION" Enter
    if wait_for "Wrote $n entr(y|ies) to .*range\.json" 3; then
        ok "export writes the range and says where"
        check "exported file is JSON with the range" python3 - "$WORK/range.json" "$n" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
items = data["entries"] if isinstance(data, dict) else data
sys.exit(0 if len(items) == int(sys.argv[2]) else 1)
PY
        tm send-keys -t "$SESSION" e C-u
        tm send-keys -t "$SESSION" -l "range.json"
        tm send-keys -t "$SESSION" Enter
        check "an existing file needs a yes" wait_for "exists\. Overwrite\?" 2
        tm send-keys -t "$SESSION" n
        check "no leaves the file alone" wait_for "Not exported" 2
        # No Ctrl-u: typing replaces the offered name.
        tm send-keys -t "$SESSION" e
        tm send-keys -t "$SESSION" -l "view.md"
        tm send-keys -t "$SESSION" Enter
        check "export of the whole view to Markdown" wait_for "Wrote $TOTAL entr(y|ies) to .*view\.md" 3
        check "Markdown file is written" test -s "$WORK/view.md"
        mkfifo "$WORK/view-pipe.md"
        tm send-keys -t "$SESSION" e
        tm send-keys -t "$SESSION" -l "view-pipe.md"
        tm send-keys -t "$SESSION" Enter
        check "export onto a FIFO is refused without asking" wait_for "view-pipe\.md is a FIFO" 3
        check "the FIFO is left in place" test -p "$WORK/view-pipe.md"
    else
        not_ok "export writes the range and says where"
    fi
else
    for t in scroll "date jump" "actor filter" "jump to source" "range" "export"; do
        skip "$t: the pipeline gave no entries for $CORPUS"
    done
    check "an empty chronology says so" wait_for "No dated events" 2
fi

tm send-keys -t "$SESSION" q
if wait_dead 5; then
    check "q exits with status 0" [ "$(exit_status)" = 0 ]
    check "q restores the terminal" restored
else
    not_ok "q quits"
fi

start "$CORPUS"
if wait_for "entries *$" 5; then
    tm send-keys -t "$SESSION" Enter
    wait_for "source 1/" 2 >/dev/null
    tm send-keys -t "$SESSION" Q
    if wait_dead 5; then
        check "Q quits from the reader with status 0" [ "$(exit_status)" = 0 ]
        check "Q restores the terminal" restored
    else
        not_ok "Q quits from the reader"
    fi
fi

# --- The source in a pager, and back -------------------------------------------------

cat > "$WORK/pager.sh" <<SH
#!/bin/sh
echo "\$@" > "$WORK/pager.args"
SH
chmod +x "$WORK/pager.sh"
start "$CORPUS" "PAGER='$WORK/pager.sh'"
if wait_for "entries *$" 5; then
    tm send-keys -t "$SESSION" g o
    check "o runs \$PAGER on the article at the passage's line" \
        bash -c "sleep 0.5; grep -Eq '^\+[0-9]+ .*/[a-z]+\.txt\$' '$WORK/pager.args'"
    check "the browser is back, intact, after the pager" wait_for "entry 1 of [0-9]+" 2
    check "the header is back too" wait_for "chronicle · .* entries *$" 2
    tm send-keys -t "$SESSION" q
    wait_dead 5 >/dev/null
fi
if command -v less >/dev/null; then
    start "$CORPUS" "PAGER=less" "LESS="
    if wait_for "entries *$" 5; then
        tm send-keys -t "$SESSION" g Enter
        wait_for "source 1/" 2 >/dev/null
        tm send-keys -t "$SESSION" o
        check "o in the reader opens less on the article" wait_for "Lindenport on 3 March 2024" 3
        # less may take a moment to clear the browser's last lines on a loaded machine.
        check "less has the screen, not the browser" bash -c "for i in \$(seq 40); do tmux -S '$SOCKET' capture-pane -p -t '$SESSION' | grep -q 'source 1/' || exit 0; sleep 0.05; done; exit 1"
        tm send-keys -t "$SESSION" q
        check "q in less comes back to the reader" wait_for "source 1/.*" 3
        check "the reader shows its position" wait_for "line [0-9]+/[0-9]+ [0-9]+%" 2
        tm send-keys -t "$SESSION" q q
        if wait_dead 5; then check "after less, q q quits cleanly" restored; else not_ok "quit after less"; fi
    fi
else
    skip "less is not installed: pager round trip"
fi

# --- Load warnings in the browser ------------------------------------------------------

WARNED="$WORK/warned"
mkdir -p "$WARNED"
cp "$CORPUS/harbour.txt" "$WARNED/"
printf 'published: 2024-13-45\n' > "$WARNED/harbour.yaml"
printf '\000\001\002binary' > "$WARNED/blob.txt"
start "$WARNED"
if wait_for "load warnings \(W lists them\)" 5; then
    ok "opening says how many warnings and that W lists them"
    tm send-keys -t "$SESSION" W
    check "W lists every warning" bash -c "sleep 0.3; tmux -S '$SOCKET' capture-pane -p -t '$SESSION' | grep -q 'blob.txt' && tmux -S '$SOCKET' capture-pane -p -t '$SESSION' | grep -q 'harbour.yaml'"
    tm send-keys -t "$SESSION" q
    check "q closes the warnings" wait_for "W warnings" 2
    tm send-keys -t "$SESSION" q
    wait_dead 5 >/dev/null
else
    not_ok "opening says how many warnings and that W lists them"
fi

# --- Hostile text ------------------------------------------------------------------------

HOSTILE="$WORK/hostile"
mkdir -p "$HOSTILE"
printf 'Quay report\n\nOn 5 March 2024 \033]0;PWNED\007the \033[2Jcouncil\rOVERWRITE voted \342\200\256 for the quay.\n' > "$HOSTILE/quay.txt"
start "$HOSTILE"
if wait_for "entries *$" 5; then
    tm send-keys -t "$SESSION" Enter
    check "hostile text: the reader opens" wait_for "quay\.txt — " 2
    check "hostile text: escapes are shown as symbols" wait_for "␛\]0;PWNED␇" 2
    check "hostile text: the pane title is untouched" bash -c "! tmux -S '$SOCKET' display-message -p -t '$SESSION' '#{pane_title}' | grep -q PWNED"
    check "hostile text: a carriage return does not overwrite the line" bash -c "! tmux -S '$SOCKET' capture-pane -p -t '$SESSION' | grep -q '^OVERWRITE'"
    tm send-keys -t "$SESSION" q q
    wait_dead 5 >/dev/null
else
    not_ok "browser starts on hostile text"
fi

# --- Signals ---------------------------------------------------------------------------

for sig in TERM HUP INT; do
    start "$CORPUS"
    if wait_for "entries *$" 5; then
        kill -s "$sig" "$(browser_pid)"
        if wait_dead 5; then
            case $sig in TERM) want=143;; HUP) want=129;; INT) want=130;; esac
            check "SIG$sig: exit status $want" [ "$(exit_status)" = "$want" ]
            check "SIG$sig: terminal restored" restored
        else
            not_ok "SIG$sig ends the browser"
        fi
    else
        not_ok "browser starts for the SIG$sig test"
    fi
done

start "$CORPUS"
if wait_for "entries *$" 5; then
    tm send-keys -t "$SESSION" C-c
    if wait_dead 5; then
        check "Ctrl-C: terminal restored" restored
    else
        not_ok "Ctrl-C ends the browser"
    fi
fi

[ "$SKIPPED" -gt 0 ] && echo "$SKIPPED skipped"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
