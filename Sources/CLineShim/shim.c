// The small C edge of Kuulo's line editing: libedit globals, signal flags and the completion
// trampoline, which Swift 6 cannot touch directly as shared mutable state.
#include "CLineShim.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <editline/readline.h>

static volatile sig_atomic_t last_signal = 0;
static kuulo_completion_callback completion_callback = NULL;
static void *completion_context = NULL;
static char **pending_matches = NULL;
static size_t pending_index = 0;

static void on_signal(int number) {
    last_signal = number;
}

void kuulo_install_signal_handlers(void) {
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
    rl_attempted_completion_over = 1; // never fall back to file names
    if (completion_callback == NULL) {
        return NULL;
    }
    free_pending();
    const char *line = rl_line_buffer != NULL ? rl_line_buffer : "";
    pending_matches = completion_callback(completion_context, line, text);
    if (pending_matches == NULL) {
        return NULL;
    }
    char **result = rl_completion_matches(text, generator);
    free_pending();
    return result;
}

void kuulo_editline_setup(const char *name, kuulo_completion_callback callback, void *context) {
    rl_readline_name = name;
    rl_catch_signals = 0;
    completion_callback = callback;
    completion_context = context;
    rl_attempted_completion_function = attempt_completion;
    rl_initialize();
    using_history();
}

char *kuulo_readline(const char *prompt) {
    return readline(prompt);
}

void kuulo_add_history(const char *line) {
    add_history(line);
}

void kuulo_reset_after_interrupt(void) {
    rl_free_line_state();
    rl_cleanup_after_signal();
    rl_reset_after_signal();
}
