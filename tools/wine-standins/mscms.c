/* Stand-in for Windows' mscms.dll (colour management) for the Windows smoke test under
 * Wine only: never part of a build. Wine 8.0's mscms has no WcsCreateIccProfile, so
 * Qt's window plugin (qwindows.dll), which links it, cannot load there.
 *
 * These are the four functions qwindows.dll links. No colour profile ever opens, so
 * Qt draws in sRGB, as it does on a Windows display without a profile. */
#include <windows.h>

HANDLE WINAPI OpenColorProfileW(PVOID profile, DWORD access, DWORD share, DWORD creation)
{
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_FILE_NOT_FOUND);
    return NULL;
}

BOOL WINAPI CloseColorProfile(HANDLE profile)
{
    (void)profile;
    return TRUE;
}

BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, PBYTE buffer, PDWORD size)
{
    (void)profile; (void)buffer; (void)size;
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}

HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options)
{
    (void)profile; (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
