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
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
