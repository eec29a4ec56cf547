#define _GNU_SOURCE
#include "CProcessControl.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

int docpipe_spawn_process_group(pid_t *pid, const char *path, char *const argv[], char *const envp[],
                                const char *directory, int stdin_fd, int stdout_fd, int stderr_fd) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    int result = posix_spawn_file_actions_init(&actions);
    if (result != 0) return result;
    result = posix_spawnattr_init(&attributes);
    if (result != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return result;
    }
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    short flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
#if defined(__APPLE__)
    flags |= POSIX_SPAWN_CLOEXEC_DEFAULT;
#endif
    if (result == 0) result = posix_spawnattr_setflags(&attributes, flags);
    if (result == 0) result = posix_spawnattr_setpgroup(&attributes, 0);
    if (result == 0) result = posix_spawnattr_setsigmask(&attributes, &none);
    if (result == 0) result = posix_spawnattr_setsigdefault(&attributes, &all);
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, stdin_fd, STDIN_FILENO);
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, stdout_fd, STDOUT_FILENO);
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, stderr_fd, STDERR_FILENO);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    if (result == 0) result = posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
#endif
    if (result == 0 && directory != NULL) result = posix_spawn_file_actions_addchdir_np(&actions, directory);
    if (result == 0) result = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return result;
}

int docpipe_pipe_cloexec(int fds[2]) {
#if defined(__linux__)
    return pipe2(fds, O_CLOEXEC) == 0 ? 0 : errno;
#else
    if (pipe(fds) != 0) return errno;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
#endif
}

int docpipe_become_child_subreaper(void) {
#if defined(__linux__) && defined(PR_SET_CHILD_SUBREAPER)
    return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0 ? 0 : errno;
#else
    return ENOSYS;
#endif
}

static int termination_pipe[2] = {-1, -1};

static void write_signal_number(int signal_number) {
    int saved = errno;
    unsigned char byte = (unsigned char)signal_number;
    ssize_t ignored = write(termination_pipe[1], &byte, 1);
    (void)ignored;
    errno = saved;
}

int docpipe_watch_termination_signals(void) {
    int result = docpipe_pipe_cloexec(termination_pipe);
    if (result != 0) {
        errno = result;
        return -1;
    }
    fcntl(termination_pipe[1], F_SETFL, fcntl(termination_pipe[1], F_GETFL) | O_NONBLOCK);
    struct sigaction action;
    action.sa_handler = write_signal_number;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    int signals[] = {SIGINT, SIGTERM, SIGHUP};
    for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) {
        struct sigaction current;
        if (sigaction(signals[index], NULL, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        if (sigaction(signals[index], &action, NULL) != 0) return -1;
    }
    return termination_pipe[0];
}

int docpipe_spawn_limited(pid_t *pid, const char *path, char *const argv[], char *const envp[],
                          int stdout_fd, int stderr_fd, long cpu_seconds, long memory_bytes) {
    int null_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (null_fd < 0) return errno;
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    pid_t child = fork();
    if (child == 0) {
        for (int signal_number = 1; signal_number < NSIG; signal_number++) {
            struct sigaction action;
            action.sa_handler = SIG_DFL;
            action.sa_flags = 0;
            sigemptyset(&action.sa_mask);
            sigaction(signal_number, &action, NULL);
        }
        setpgid(0, 0);
        struct rlimit none = {0, 0};
        setrlimit(RLIMIT_CORE, &none);
        if (cpu_seconds > 0) {
            struct rlimit cpu = {(rlim_t)cpu_seconds, (rlim_t)cpu_seconds + 1};
            setrlimit(RLIMIT_CPU, &cpu);
        }
        if (memory_bytes > 0) {
            struct rlimit memory = {(rlim_t)memory_bytes, (rlim_t)memory_bytes};
            setrlimit(RLIMIT_AS, &memory);
        }
        if (dup2(null_fd, STDIN_FILENO) < 0 || dup2(stdout_fd, STDOUT_FILENO) < 0 || dup2(stderr_fd, STDERR_FILENO) < 0) _exit(127);
#if defined(__linux__) && defined(SYS_close_range)
        if (syscall(SYS_close_range, STDERR_FILENO + 1, ~0U, 0) != 0)
#endif
        {
        long open_max = sysconf(_SC_OPEN_MAX);
        for (int fd = STDERR_FILENO + 1; fd < (open_max > 0 && open_max < 65536 ? open_max : 65536); fd++) close(fd);
        }
        sigset_t none_blocked;
        sigemptyset(&none_blocked);
        sigprocmask(SIG_SETMASK, &none_blocked, NULL);
        execve(path, argv, envp);
        _exit(127);
    }
    int result = child < 0 ? errno : 0;
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    close(null_fd);
    if (child > 0) {
        setpgid(child, child);
        *pid = child;
    }
    return result;
}
