#ifndef KUULO_CLINESHIM_H
#define KUULO_CLINESHIM_H

#include <stddef.h>

/// Called for Tab completion: returns a malloc'd, NULL-terminated array of malloc'd candidate
/// strings for `word` (the word under the cursor) given the whole `line`, or NULL for none.
typedef char *_Nullable *_Nullable (*kuulo_completion_callback)(void *_Nullable context, const char *_Nonnull line, const char *_Nonnull word);

/// Installs SIGINT, SIGTERM and SIGHUP handlers without SA_RESTART, so a blocking read returns and
/// the caller can look at `kuulo_take_signal()`.
void kuulo_install_signal_handlers(void);

/// The last signal received since the previous call (0 for none), and clears it.
int kuulo_take_signal(void);

/// The last signal received, without clearing it.
int kuulo_peek_signal(void);

/// Opens and prepares libedit: program name, no signal handling of its own, our completion callback.
/// Returns 0 when libedit cannot be opened (then the other libedit calls must not be made), else 1.
int kuulo_editline_setup(const char *_Nonnull name, kuulo_completion_callback _Nullable callback, void *_Nullable context);

/// Reads one line with the prompt. Returns a malloc'd string (free it) or NULL at end of input or
/// on a signal (tell them apart with `kuulo_peek_signal`).
char *_Nullable kuulo_readline(const char *_Nonnull prompt);

/// Adds a line to the in-memory history.
void kuulo_add_history(const char *_Nonnull line);

/// Empties the in-memory history (to add back what should stay).
void kuulo_clear_history(void);

/// Resets libedit's state after an interrupted read.
void kuulo_reset_after_interrupt(void);

#endif
