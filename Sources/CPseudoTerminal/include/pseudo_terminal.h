#ifndef BAEDAL_PSEUDO_TERMINAL_H
#define BAEDAL_PSEUDO_TERMINAL_H
#include <stddef.h>
#include <sys/types.h>

/// Opens a pseudo-terminal master (close-on-exec, no controlling terminal) and writes the
/// slave's path into `slave_path`. Returns the master descriptor, or -errno.
int baedal_pty_open(char *slave_path, size_t length);

/// Starts `path` as a new session leader whose standard input, output and error (and
/// controlling terminal) are the slave at `slave_path`, with default signal handling, an empty
/// signal mask, and every other descriptor closed. Returns 0 and sets `pid`, or an errno value.
int baedal_pty_spawn(const char *path, const char *slave_path, char *const argv[], char *const envp[], pid_t *pid);

/// Sets the terminal's size through its master; the session gets SIGWINCH.
int baedal_pty_resize(int master, unsigned short rows, unsigned short columns);

#endif
