#ifndef BAEDAL_PSEUDO_TERMINAL_H
#define BAEDAL_PSEUDO_TERMINAL_H
#include <stddef.h>
#include <sys/types.h>

/// Opens a pseudo-terminal master (close-on-exec, no controlling terminal) and writes the
/// slave's path into `slave_path`. Returns the master descriptor, or -errno.
int baedal_pty_open(char *slave_path, size_t length);

/// Sets the terminal's size through its master; the session gets SIGWINCH.
int baedal_pty_resize(int master, unsigned short rows, unsigned short columns);

#endif
