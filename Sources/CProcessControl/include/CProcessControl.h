#include <sys/types.h>

/// Starts `path` with `argv` and `envp` in `directory`, with `stdin_fd`, `stdout_fd` and
/// `stderr_fd` as its standard streams and no other descriptor inherited. The program leads a new
/// process group (its group id is its pid), and starts with an empty signal mask and every
/// signal's default disposition, whatever the calling thread blocks or the caller ignores.
/// Returns 0 and sets `*pid`, or an errno value (also when exec fails: posix_spawn reports it).
int docpipe_spawn_process_group(pid_t *pid, const char *path, char *const argv[], char *const envp[],
                                const char *directory, int stdin_fd, int stdout_fd, int stderr_fd);

/// Creates a pipe whose two descriptors are close-on-exec (`fds[0]` read end, `fds[1]` write
/// end), so no other program started meanwhile inherits them. Neither end is non-blocking.
/// Returns 0 or an errno value.
int docpipe_pipe_cloexec(int fds[2]);

/// Makes this process the reaper of its orphaned descendants (Linux `PR_SET_CHILD_SUBREAPER`),
/// so processes a program started and left behind can be waited for and reaped here rather than
/// by init. Returns 0, or an errno value (or ENOSYS where the call does not exist).
int docpipe_become_child_subreaper(void);

/// Installs a handler for SIGINT, SIGTERM and SIGHUP that writes the signal's number as one byte
/// to a close-on-exec pipe (the only thing it does, so it is async-signal-safe), and returns the
/// pipe's read end for a thread to wait on; or -1 with errno set. A signal the process was
/// started ignoring (`nohup`, a background job) stays ignored. Call it once.
int docpipe_watch_termination_signals(void);

/// Starts `path` with `argv` and `envp` like `docpipe_spawn_process_group` (its own process group,
/// empty signal mask, default dispositions, `stdout_fd`/`stderr_fd` as its output streams, standard
/// input from /dev/null, no other descriptor inherited), under resource limits set in the child
/// before exec: `cpu_seconds` of CPU time (RLIMIT_CPU; SIGXCPU, then SIGKILL) and `memory_bytes`
/// of address space (RLIMIT_AS); 0 leaves a limit unset. No core file is written. The child only
/// makes async-signal-safe calls between fork and exec. Returns 0 and sets `*pid`, or an errno
/// value; when exec fails the child exits with status 127.
int docpipe_spawn_limited(pid_t *pid, const char *path, char *const argv[], char *const envp[],
                          int stdout_fd, int stderr_fd, long cpu_seconds, long memory_bytes);
