#ifndef JOURNEYCHECK_NCURSES_SHIM_H
#define JOURNEYCHECK_NCURSES_SHIM_H
// SwiftPM drops the -D flags pkg-config gives; without these the wide API is missing.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#if defined(__APPLE__)
// macOS: the system's ncurses is built with the wide API, under the plain name.
#include <curses.h>
#else
#include <ncursesw/curses.h>
#endif

// Globals Swift 6 rejects as shared mutable state, and macros it cannot import.
static inline WINDOW *jc_stdscr(void) { return stdscr; }
static inline int jc_lines(void) { return LINES; }
static inline int jc_cols(void) { return COLS; }
static inline int jc_colors(void) { return COLORS; }
static inline int jc_color_pairs(void) { return COLOR_PAIRS; }
static inline int jc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int jc_key_resize(void) { return KEY_RESIZE; }

/// Set the attributes for the next text: colour pair plus bold/reverse/underline/dim.
static inline int jc_set_attributes(short pair, int bold, int reverse, int underline, int dim) {
    attr_t a = A_NORMAL;
    if (bold) a |= A_BOLD;
    if (reverse) a |= A_REVERSE;
    if (underline) a |= A_UNDERLINE;
    if (dim) a |= A_DIM;
    return attr_set(a, pair, NULL);
}

/// Read one key. Returns OK (a character in *ch), KEY_CODE_YES (a function key in *ch) or ERR.
static inline int jc_get_wch(wint_t *ch) { return get_wch(ch); }

/// Read a cell back from a window (tests of the adapter). Writes up to `cap` wide chars.
static inline int jc_cell_text(WINDOW *win, int y, int x, wchar_t *out, int cap, int *pair, int *bold) {
    cchar_t cell;
    if (mvwin_wch(win, y, x, &cell) == ERR) return ERR;
    attr_t attrs; short p;
    int n = getcchar(&cell, NULL, &attrs, &p, NULL);
    if (n <= 0 || n > cap) return ERR;
    getcchar(&cell, out, &attrs, &p, NULL);
    *pair = p;
    *bold = (attrs & A_BOLD) ? 1 : 0;
    return OK;
}
#endif
