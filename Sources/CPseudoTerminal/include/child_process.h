#ifndef BAEDAL_CHILD_PROCESS_H
#define BAEDAL_CHILD_PROCESS_H
#include <sys/types.h>

/// Where a child starts, relative to this process's process group and session.
enum baedal_child_grouping {
    /// In this process's group: a shell's foreground job, which reads the terminal.
    baedal_child_same_group = 0,
    /// Leader of a group of its own: a Ctrl-C at this terminal does not reach it.
    baedal_child_new_group = 1,
    /// Leader of a session of its own, so a terminal it opens becomes its controlling terminal.
    baedal_child_new_session = 2,
};

/// Starts `path` with `argv` and `envp` (NULL-terminated) by posix_spawn, with every signal at
/// its default and none blocked, and every descriptor above 2 closed.
///
/// Its standard descriptors: with `terminal`, that file opened read-write on all three (after
/// setsid, so a terminal becomes the controlling one); otherwise each of `input` (read-only),
/// `output` and `error` (created or truncated, mode 0600) that is not NULL, and this process's
/// own for the others. Returns 0 and sets `pid`, or an errno value.
int baedal_spawn(const char *path, char *const argv[], char *const envp[], const char *terminal, const char *input,
                 const char *output, const char *error, enum baedal_child_grouping grouping, pid_t *pid);

#endif
