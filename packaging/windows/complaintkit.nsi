; NSIS script: the per-user Windows installer of Complaint Kit (no administrator rights),
; in English and Simplified Chinese (NSIS picks the one matching the Windows display
; language, English otherwise).
; NSIS runs natively on Linux (Debian's and Ubuntu's `nsis` package) as on Windows, so
; the release workflow and tools/windows_smoke.sh build it with the same command:
;   makensis -DVERSION=0.1.0 packaging/windows/complaintkit.nsi
; after packaging/build.py has made dist/ComplaintKit and build/icons/complaintkit.ico.
; Output: dist/installer/ComplaintKit-VERSION-setup.exe. Silent: setup.exe /S, and
; "%LOCALAPPDATA%\Programs\Complaint Kit\uninstall.exe" /S.

; 64-bit like the app (a 32-bit installer would also need 32-bit Wine to be tested here).
Target amd64-unicode
!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
; Paths at build time are relative to this file (makensis works in its folder).
!define ROOT "..\.."
!define APP_EXE "ComplaintKit.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ComplaintKit"

; The name shown by the installer, the Start menu and Settings > Apps, in the display
; language: 投诉助手 on a Chinese Windows.
Name "$(AppName)"
OutFile "${ROOT}\dist\installer\ComplaintKit-${VERSION}-setup.exe"
; Per user: %LOCALAPPDATA%\Programs, as Windows' own per-user installers do.
InstallDir "$LOCALAPPDATA\Programs\Complaint Kit"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
BrandingText "$(AppName) ${VERSION}"
ManifestDPIAware true

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "Complaint Kit"
VIAddVersionKey /LANG=1033 "FileDescription" "Complaint Kit setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Complaint Kit"

!define MUI_ICON "${ROOT}\build\icons\complaintkit.ico"
!define MUI_UNICON "${ROOT}\build\icons\complaintkit.ico"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

; The uninstaller's first page says that the cases stay, and where.
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KeptData)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Both are NSIS's own translations (Contrib\Language files), part of every NSIS.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString KeptData ${LANG_ENGLISH} "Your cases are not removed: they stay in $LOCALAPPDATA\ComplaintKit. Delete that folder yourself if you no longer need them."
LangString KeptData ${LANG_SIMPCHINESE} "您的案件不会被删除：它们仍保留在 $LOCALAPPDATA\ComplaintKit。如不再需要，请自行删除该文件夹。"
LangString AppName ${LANG_ENGLISH} "Complaint Kit"
LangString AppName ${LANG_SIMPCHINESE} "投诉助手"
LangString CaseFile ${LANG_ENGLISH} "Complaint Kit case"
LangString CaseFile ${LANG_SIMPCHINESE} "投诉助手案件"

Section "Complaint Kit"
  SetOutPath "$INSTDIR"
  File /r "${ROOT}\dist\ComplaintKit\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\$(AppName).lnk" "$INSTDIR\${APP_EXE}"

  ; The .complaintkit bundle opens in the app (per-user classes, no admin needed).
  WriteRegStr HKCU "Software\Classes\.complaintkit" "" "ComplaintKit.Case"
  WriteRegStr HKCU "Software\Classes\ComplaintKit.Case" "" "$(CaseFile)"
  WriteRegStr HKCU "Software\Classes\ComplaintKit.Case\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\ComplaintKit.Case\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  ; Tell Explorer that file associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Settings > Apps lists it, with its uninstaller.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Complaint Kit"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Removes the program only: what this installer put in $INSTDIR, never a folder the
; user might have chosen with other files in it, and never the cases (they live in
; %LOCALAPPDATA%\ComplaintKit, which the app creates, not this installer).
Section "Uninstall"
  ; Either name: the display language may have changed since the install.
  Delete "$SMPROGRAMS\Complaint Kit.lnk"
  Delete "$SMPROGRAMS\投诉助手.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKCU "Software\Classes\ComplaintKit.Case"
  ; Only if it still points to us (another program may have taken the extension).
  ReadRegStr $0 HKCU "Software\Classes\.complaintkit" ""
  ${If} $0 == "ComplaintKit.Case"
    DeleteRegKey HKCU "Software\Classes\.complaintkit"
  ${EndIf}
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
