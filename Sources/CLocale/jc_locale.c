#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include "jc_locale.h"

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
