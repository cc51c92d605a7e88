#ifndef CHRONICLE_CNCURSES_SHIM_H
#define CHRONICLE_CNCURSES_SHIM_H
/* The wide-character API is hidden unless this is set before curses.h. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Swift cannot import the attribute macros; these wrap them. */
static inline int ncs_A_BOLD(void) { return (int)A_BOLD; }
static inline int ncs_A_REVERSE(void) { return (int)A_REVERSE; }
static inline int ncs_A_UNDERLINE(void) { return (int)A_UNDERLINE; }
static inline int ncs_A_DIM(void) { return (int)A_DIM; }
static inline int ncs_A_NORMAL(void) { return (int)A_NORMAL; }
static inline int ncs_COLOR_PAIR(int n) { return (int)COLOR_PAIR(n); }
static inline int ncs_KEY_F(int n) { return KEY_F(n); }

/* glibc declares these only under __USE_XOPEN, which Swift's Glibc module lacks. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);
#endif
