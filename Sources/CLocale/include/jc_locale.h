#ifndef JC_LOCALE_H
#define JC_LOCALE_H
/// Columns a code point takes, as wcwidth(3) says (-1: not printable).
int jc_wcwidth(unsigned int codepoint);
/// Whether LC_CTYPE is a UTF-8 locale.
int jc_locale_is_utf8(void);
/// Take the user's locale (setlocale(LC_ALL, "")); when its character set is not UTF-8,
/// fall back to C.UTF-8 for LC_CTYPE. Returns 1 when a UTF-8 LC_CTYPE is in force.
int jc_setup_utf8_locale(void);
#endif
