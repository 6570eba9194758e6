// SwiftPM drops the defines pkg-config gives for ncursesw, so the wide-character
// API (cchar_t, add_wch, get_wch, setcchar) is switched on here, before the header.
#ifndef BAEDAL_CNCURSESW_SHIM_H
#define BAEDAL_CNCURSESW_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like macros (A_BOLD is NCURSES_BITS(1U,13)) and, in
// strict concurrency, flags C globals such as stdscr and stdout; these accessors give
// CursesDriver plain functions instead.
static inline attr_t baedal_attr_normal(void) { return A_NORMAL; }
static inline attr_t baedal_attr_bold(void) { return A_BOLD; }
static inline attr_t baedal_attr_dim(void) { return A_DIM; }
static inline attr_t baedal_attr_reverse(void) { return A_REVERSE; }
static inline attr_t baedal_attr_underline(void) { return A_UNDERLINE; }
static inline WINDOW *baedal_stdscr(void) { return stdscr; }
static inline int baedal_colors(void) { return COLORS; }
static inline int baedal_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *baedal_stdout(void) { return stdout; }
static inline FILE *baedal_stdin(void) { return stdin; }
static inline FILE *baedal_stderr(void) { return stderr; }
static inline int baedal_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }
static inline const char *baedal_codeset(void) { return nl_langinfo(CODESET); }
// The mouse masks are function-like macros too. baedal asks for presses, releases and the
// wheel (buttons 4 and 5), and reads an event's state back as one small code.
static inline mmask_t baedal_mouse_wanted(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON2_PRESSED | BUTTON3_PRESSED
        | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
#define BAEDAL_MOUSE_OTHER 0
#define BAEDAL_MOUSE_LEFT 1
#define BAEDAL_MOUSE_MIDDLE 2
#define BAEDAL_MOUSE_RIGHT 3
#define BAEDAL_MOUSE_WHEEL_UP 4
#define BAEDAL_MOUSE_WHEEL_DOWN 5
#define BAEDAL_MOUSE_RELEASE 6
static inline int baedal_mouse_action(mmask_t state) {
    if (state & BUTTON4_PRESSED) return BAEDAL_MOUSE_WHEEL_UP;
    if (state & BUTTON5_PRESSED) return BAEDAL_MOUSE_WHEEL_DOWN;
    if (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return BAEDAL_MOUSE_LEFT;
    if (state & BUTTON2_PRESSED) return BAEDAL_MOUSE_MIDDLE;
    if (state & BUTTON3_PRESSED) return BAEDAL_MOUSE_RIGHT;
    if (state & (BUTTON1_RELEASED | BUTTON2_RELEASED | BUTTON3_RELEASED)) return BAEDAL_MOUSE_RELEASE;
    return BAEDAL_MOUSE_OTHER;
}
#endif
