#ifndef CHRONICLE_CNCURSES_SHIM_H
#define CHRONICLE_CNCURSES_SHIM_H
/* The wide-character API is hidden unless this is set before curses.h. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift cannot import the attribute macros; these wrap them. */
static inline int ncs_A_BOLD(void) { return (int)A_BOLD; }
static inline int ncs_A_REVERSE(void) { return (int)A_REVERSE; }
static inline int ncs_A_UNDERLINE(void) { return (int)A_UNDERLINE; }
static inline int ncs_A_DIM(void) { return (int)A_DIM; }
static inline int ncs_COLOR_PAIR(int n) { return (int)COLOR_PAIR(n); }

/* C globals are not concurrency-safe in Swift 6; read them through functions. */
static inline WINDOW *ncs_stdscr(void) { return stdscr; }
static inline int ncs_attrset(WINDOW *w, int attrs) { return wattrset(w, attrs); }
/* The next refresh repaints every cell, whatever ncurses believes is on screen. */
static inline void ncs_repaint_all(void) { clearok(curscr, TRUE); }

/* Checks the terminal description for fd before curses starts, so a bad TERM gives a
   clear message instead of initscr's exit or dumb-terminal garbage.
   0: usable; 1: hardcopy; 2: unknown terminal; 3: no terminfo database;
   4: no cursor addressing. */
static inline int ncs_check_terminal(int fd) {
    int err = 0;
    if (setupterm(NULL, fd, &err) != OK) {
        if (err == 1) return 1;
        if (err == 0) return 2;
        return 3;
    }
    char *cup = tigetstr("cup");
    int usable = !(cup == NULL || cup == (char *)-1);
    del_curterm(cur_term);
    return usable ? 0 : 4;
}

/* True when LC_CTYPE's codeset is UTF-8. */
static inline int ncs_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    if (cs == NULL) return 0;
    return (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't')
        && (cs[2] == 'F' || cs[2] == 'f') && (cs[3] == '-' ? cs[4] == '8' : cs[3] == '8');
}

/* Runs a shell command line as system() does (SIGINT and SIGQUIT ignored while it
   runs, so Ctrl-C in a pager does not end the browser); returns its exit status, 128
   plus the signal that ended it, or -1 when no shell could be started. */
static inline int ncs_run_shell(const char *line) {
    int status = system(line);
    if (status == -1) return -1;
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* glibc declares this only under __USE_XOPEN, which Swift's Glibc module lacks. */
extern int wcwidth(wchar_t c);
#endif
