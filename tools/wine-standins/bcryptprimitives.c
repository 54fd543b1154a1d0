/* Stand-in for Windows' bcryptprimitives.dll, which Wine 8.0 lacks, for the Windows
 * smoke test under Wine only (tools/windows_smoke.sh): never part of a build.
 *
 * Rust's standard library (pydantic-core) asks ProcessPrng for random bytes, as
 * Windows 10 and later provide; here they come from RtlGenRandom, which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
