// The small C edge of Kuulo's line editing: libedit globals, signal flags and the completion
// trampoline, which Swift 6 cannot touch directly as shared mutable state.
//
// libedit is opened with dlopen when the interactive reader is set up, not linked: piped runs and
// every subcommand never edit a line, and loading libedit with libtinfo, libbsd and libmd at start
// costs each of them the relocation of four more libraries. The header still gives the types.
#include "CLineShim.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <editline/readline.h>

// libedit's functions and variables, found by dlsym in kuulo_editline_setup (all set, or none).
static struct {
    __typeof__(readline) *readline;
    __typeof__(add_history) *add_history;
    __typeof__(clear_history) *clear_history;
    __typeof__(using_history) *using_history;
    __typeof__(rl_initialize) *rl_initialize;
    __typeof__(rl_completion_matches) *rl_completion_matches;
    __typeof__(rl_free_line_state) *rl_free_line_state;
    __typeof__(rl_cleanup_after_signal) *rl_cleanup_after_signal;
    __typeof__(rl_attempted_completion_over) *rl_attempted_completion_over;
    __typeof__(rl_line_buffer) *rl_line_buffer;
    __typeof__(rl_readline_name) *rl_readline_name;
    __typeof__(rl_catch_signals) *rl_catch_signals;
    __typeof__(rl_attempted_completion_function) *rl_attempted_completion_function;
    __typeof__(rl_getc_function) *rl_getc_function;
} editline;

// Opens libedit and finds what Kuulo uses of it; 0 when it is not installed or lacks a symbol.
static int open_editline(void) {
    if (editline.readline != NULL) {
        return 1;
    }
    static const char *const names[] = {"libedit.so.2", "libedit.so", "libedit.3.dylib", "libedit.dylib"};
    void *handle = NULL;
    for (size_t i = 0; handle == NULL && i < sizeof names / sizeof names[0]; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (handle == NULL) {
        return 0;
    }
#define KUULO_FIND(symbol) \
    if ((*(void **)&found.symbol = dlsym(handle, #symbol)) == NULL) return 0;
    __typeof__(editline) found;
    KUULO_FIND(readline)
    KUULO_FIND(add_history)
    KUULO_FIND(clear_history)
    KUULO_FIND(using_history)
    KUULO_FIND(rl_initialize)
    KUULO_FIND(rl_completion_matches)
    KUULO_FIND(rl_free_line_state)
    KUULO_FIND(rl_cleanup_after_signal)
    KUULO_FIND(rl_attempted_completion_over)
    KUULO_FIND(rl_line_buffer)
    KUULO_FIND(rl_readline_name)
    KUULO_FIND(rl_catch_signals)
    KUULO_FIND(rl_attempted_completion_function)
    KUULO_FIND(rl_getc_function)
#undef KUULO_FIND
    editline = found;
    return 1;
}

static volatile sig_atomic_t last_signal = 0;
static kuulo_completion_callback completion_callback = NULL;
static void *completion_context = NULL;
static char **pending_matches = NULL;
static size_t pending_index = 0;

// The self-pipe: the handler writes a byte, the reader polls it beside the terminal. A flag alone
// is not enough: a signal that lands after the flag is checked but before read() blocks would
// otherwise be noticed only when the next key arrives.
static int wake_pipe[2] = {-1, -1};

static void on_signal(int number) {
    int saved = errno;
    last_signal = number;
    if (wake_pipe[1] >= 0) {
        char byte = 1;
        ssize_t ignored = write(wake_pipe[1], &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

static void drain_wake_pipe(void) {
    char buffer[64];
    while (wake_pipe[0] >= 0 && read(wake_pipe[0], buffer, sizeof buffer) > 0) {
    }
}

void kuulo_install_signal_handlers(void) {
    if (wake_pipe[0] < 0 && pipe(wake_pipe) == 0) {
        for (int i = 0; i < 2; i++) {
            fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
            fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
        }
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read returns EINTR
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    // A parent may have started us with these blocked; we want to hear them.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

int kuulo_take_signal(void) {
    int number = last_signal;
    last_signal = 0;
    drain_wake_pipe();
    return number;
}

int kuulo_peek_signal(void) {
    return last_signal;
}

static void free_pending(void) {
    if (pending_matches != NULL) {
        for (size_t i = pending_index; pending_matches[i] != NULL; i++) {
            free(pending_matches[i]);
        }
        free(pending_matches);
    }
    pending_matches = NULL;
    pending_index = 0;
}

static char *generator(const char *text, int state) {
    (void)text;
    if (pending_matches == NULL) {
        return NULL;
    }
    char *next = pending_matches[pending_index];
    if (next == NULL) {
        free_pending();
        return NULL;
    }
    pending_index++;
    return next; // ownership passes to libedit
}

static char **attempt_completion(const char *text, int start, int end) {
    (void)start;
    (void)end;
    *editline.rl_attempted_completion_over = 1; // never fall back to file names
    if (completion_callback == NULL) {
        return NULL;
    }
    free_pending();
    const char *line = *editline.rl_line_buffer != NULL ? *editline.rl_line_buffer : "";
    pending_matches = completion_callback(completion_context, line, text);
    if (pending_matches == NULL) {
        return NULL;
    }
    char **result = editline.rl_completion_matches(text, generator);
    free_pending();
    return result;
}

// Reads one byte from the terminal, or returns 0 when a signal arrived first (or -1 at end of
// input or on an error).
static int read_byte(unsigned char *byte) {
    for (;;) {
        if (last_signal != 0) {
            return 0;
        }
        struct pollfd watched[2] = {
            {.fd = STDIN_FILENO, .events = POLLIN},
            {.fd = wake_pipe[0], .events = POLLIN},
        };
        int ready = poll(watched, wake_pipe[0] >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -1;
        }
        if (watched[1].revents != 0) {
            continue; // the flag says which signal; checked at the top
        }
        if (watched[0].revents == 0) {
            continue;
        }
        ssize_t count = read(STDIN_FILENO, byte, 1);
        if (count == 1) {
            return 1;
        }
        if (count < 0 && (errno == EINTR || errno == EAGAIN)) {
            continue;
        }
        return -1;
    }
}

// libedit's character source (through the readline layer's rl_getc_function): one Unicode scalar
// decoded from UTF-8, U+FFFD for a malformed sequence, -1 to end the read (end of input, an error,
// or a signal, which the caller then finds with kuulo_peek_signal).
static int read_character(FILE *stream) {
    (void)stream;
    unsigned char first;
    if (read_byte(&first) != 1) {
        return -1;
    }
    if (first < 0x80) {
        return first;
    }
    int length;
    int scalar;
    if ((first & 0xE0) == 0xC0) {
        length = 2;
        scalar = first & 0x1F;
    } else if ((first & 0xF0) == 0xE0) {
        length = 3;
        scalar = first & 0x0F;
    } else if ((first & 0xF8) == 0xF0) {
        length = 4;
        scalar = first & 0x07;
    } else {
        return 0xFFFD;
    }
    for (int i = 1; i < length; i++) {
        unsigned char next;
        if (read_byte(&next) != 1) {
            return -1;
        }
        if ((next & 0xC0) != 0x80) {
            return 0xFFFD;
        }
        scalar = (scalar << 6) | (next & 0x3F);
    }
    static const int smallest[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (scalar < smallest[length] || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF)) {
        return 0xFFFD;
    }
    return scalar;
}

// The terminal's settings before libedit first touched them, put back when the process exits: however
// a read ends (a line, Ctrl-C, Ctrl-D, a signal), the shell must get a terminal that echoes again.
static struct termios saved_terminal;
static int terminal_saved = 0;

static void restore_terminal(void) {
    if (terminal_saved) {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &saved_terminal);
    }
}

int kuulo_editline_setup(const char *name, kuulo_completion_callback callback, void *context) {
    if (!open_editline()) {
        return 0;
    }
    if (!terminal_saved && tcgetattr(STDIN_FILENO, &saved_terminal) == 0) {
        terminal_saved = 1;
        atexit(restore_terminal);
    }
    // libedit turns the characters it reads into the line through the C library's character type,
    // which starts as plain ASCII ("C"): Finnish letters would vanish. Kuulo speaks UTF-8 only.
    const char *chosen = setlocale(LC_CTYPE, "");
    if (chosen == NULL || strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
    *editline.rl_readline_name = name;
    *editline.rl_catch_signals = 0;
    completion_callback = callback;
    completion_context = context;
    *editline.rl_attempted_completion_function = attempt_completion;
    *editline.rl_getc_function = read_character; // must be set before rl_initialize, which installs it
    editline.rl_initialize();
    editline.using_history();
    return 1;
}

char *kuulo_readline(const char *prompt) {
    return editline.readline(prompt);
}

void kuulo_add_history(const char *line) {
    editline.add_history(line);
}

void kuulo_clear_history(void) {
    editline.clear_history();
}

// After Ctrl-C ended a read: the half-typed line is dropped and the terminal goes back to its normal
// mode (libedit's rl_reset_after_signal would put it in raw mode again, and nothing would take it back
// out if the next read were the last: the shell was left without echo). The next readline() sets up
// its own raw mode and undoes it as usual.
void kuulo_reset_after_interrupt(void) {
    editline.rl_free_line_state();
    editline.rl_cleanup_after_signal();
    restore_terminal();
}
