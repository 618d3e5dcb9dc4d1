#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include "jc_support.h"

int jc_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }

int jc_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

int jc_setup_utf8_locale(void) {
    setlocale(LC_ALL, "");
    if (jc_locale_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8") || setlocale(LC_CTYPE, "en_US.UTF-8"))
        return jc_locale_is_utf8();
    return 0;
}

static struct termios saved_termios;
static int saved_fd = -1;
static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define FATAL_COUNT (sizeof fatal_signals / sizeof fatal_signals[0])
static struct sigaction previous[FATAL_COUNT];

void jc_terminal_save(int fd) {
    if (tcgetattr(fd, &saved_termios) == 0) saved_fd = fd;
}

static void restore_and_chain(int sig) {
    // Attributes off, main screen, cursor visible, normal cursor keys, keypad off.
    static const char reset[] = "\033[0m\033[?1049l\033[?25h\033[?1l\033>\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    if (saved_fd >= 0) tcsetattr(saved_fd, TCSANOW, &saved_termios);
    for (unsigned i = 0; i < FATAL_COUNT; i++) {
        if (fatal_signals[i] == sig) sigaction(sig, &previous[i], NULL);
    }
    // Delivered again once this handler returns: to the previous handler, or the default action.
    raise(sig);
}

void jc_install_crash_restore(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_and_chain;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    for (unsigned i = 0; i < FATAL_COUNT; i++) sigaction(fatal_signals[i], &action, &previous[i]);
}

int jc_signal_is_ignored(int sig) {
    struct sigaction current;
    if (sigaction(sig, NULL, &current) != 0) return 0;
    return current.sa_handler == SIG_IGN;
}
