// POSIX_SPAWN_SETSID and posix_spawn_file_actions_addclosefrom_np are declared only under
// _GNU_SOURCE, which Swift's Glibc module does not define; this shim does.
#define _GNU_SOURCE
#include "child_process.h"
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>

int baedal_spawn(const char *path, char *const argv[], char *const envp[], const char *terminal, const char *input,
                 const char *output, const char *error, enum baedal_child_grouping grouping, pid_t *pid) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (terminal) {
        // glibc runs setsid before the file actions: opening a terminal without O_NOCTTY then
        // makes it the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0);
        posix_spawn_file_actions_adddup2(&actions, 0, 1);
        posix_spawn_file_actions_adddup2(&actions, 0, 2);
    } else {
        if (input) posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0);
        if (output) posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (error) posix_spawn_file_actions_addopen(&actions, 2, error, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    }
    posix_spawn_file_actions_addclosefrom_np(&actions, 3);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    if (grouping == baedal_child_new_group) {
        posix_spawnattr_setpgroup(&attributes, 0);
        flags |= POSIX_SPAWN_SETPGROUP;
    } else if (grouping == baedal_child_new_session) {
        flags |= POSIX_SPAWN_SETSID;
    }
    posix_spawnattr_setflags(&attributes, flags);

    int result = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return result;
}
