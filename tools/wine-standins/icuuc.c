/* Stand-in for Windows' icuuc.dll (ICU, part of Windows 10 since 1903), which Wine 8.0
 * lacks, for the Windows smoke test under Wine only: never part of a build.
 *
 * Qt6Core links ICU's converters for legacy text encodings. Every converter fails to
 * open here, so Qt uses its built-in UTF-8/UTF-16/Latin-1 codecs, which are all the
 * app uses. The functions that need an open converter are never reached. */
#include <stddef.h>

#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

typedef int UErrorCode;

static void fail(UErrorCode *error)
{
    if (error != NULL && *error <= 0)
        *error = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *error) { (void)name; fail(error); return NULL; }
EXPORT void ucnv_close(void *converter) { (void)converter; }
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *error)
{
    (void)name; (void)standard; fail(error); return NULL;
}

/* Only ever called with a converter, which ucnv_open never returns. */
EXPORT void ucnv_reset(void *c) { (void)c; }
EXPORT int ucnv_getMaxCharSize(void *c) { (void)c; return 1; }
EXPORT const char *ucnv_getName(void *c, UErrorCode *e) { (void)c; fail(e); return NULL; }
EXPORT void ucnv_getToUCallBack(void *c, void **a, const void **b) { (void)c; (void)a; (void)b; }
EXPORT void ucnv_getFromUCallBack(void *c, void **a, const void **b) { (void)c; (void)a; (void)b; }
EXPORT void ucnv_setToUCallBack(void *c, void *a, const void *b, void **d, const void **f, UErrorCode *e)
{
    (void)c; (void)a; (void)b; (void)d; (void)f; fail(e);
}
EXPORT void ucnv_setFromUCallBack(void *c, void *a, const void *b, void **d, const void **f, UErrorCode *e)
{
    (void)c; (void)a; (void)b; (void)d; (void)f; fail(e);
}
EXPORT void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl,
                           int *o, char flush, UErrorCode *e)
{
    (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)flush; fail(e);
}
EXPORT void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl,
                             int *o, char flush, UErrorCode *e)
{
    (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)flush; fail(e);
}
EXPORT int ucnv_toUCountPending(void *c, UErrorCode *e) { (void)c; fail(e); return 0; }
EXPORT int ucnv_fromUCountPending(void *c, UErrorCode *e) { (void)c; fail(e); return 0; }
EXPORT void ucnv_cbToUWriteUChars(void *a, const void *s, int l, int o, UErrorCode *e)
{
    (void)a; (void)s; (void)l; (void)o; fail(e);
}
EXPORT void ucnv_cbFromUWriteUChars(void *a, const void **s, const void *sl, int o, UErrorCode *e)
{
    (void)a; (void)s; (void)sl; (void)o; fail(e);
}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *x, void *a, const void *s, int l, int c, int r, UErrorCode *e)
{
    (void)x; (void)a; (void)s; (void)l; (void)c; (void)r; fail(e);
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *x, void *a, const char *s, int l, int r, UErrorCode *e)
{
    (void)x; (void)a; (void)s; (void)l; (void)r; fail(e);
}
