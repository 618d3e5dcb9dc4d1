#ifndef JC_SUPPORT_H
#define JC_SUPPORT_H
/// Columns a code point takes, as wcwidth(3) says (-1: not printable).
int jc_wcwidth(unsigned int codepoint);
/// Whether LC_CTYPE is a UTF-8 locale.
int jc_locale_is_utf8(void);
/// Take the user's locale (setlocale(LC_ALL, "")); when its character set is not UTF-8,
/// fall back to C.UTF-8 for LC_CTYPE. Returns 1 when a UTF-8 LC_CTYPE is in force.
int jc_setup_utf8_locale(void);

/// Remember the terminal's settings (before curses changes them).
void jc_terminal_save(int fd);
/// On a fatal signal (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE) put the terminal back
/// (saved settings, main screen, visible cursor, normal keypad), then hand the signal to the
/// handler that was there before (Swift's backtracer prints on a usable terminal).
/// Only async-signal-safe calls: write(2) and tcsetattr(3).
void jc_install_crash_restore(void);
/// Whether a signal was ignored when we started (as nohup does for SIGHUP).
int jc_signal_is_ignored(int sig);
#endif
