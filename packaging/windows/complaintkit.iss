; Inno Setup script: per-user installer for Complaint Kit (no administrator rights).
; Build after packaging/build.py:  iscc /DAppVersion=0.1.0 packaging\windows\complaintkit.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0C7C52-2F4B-4A8E-9C1B-6A1D5B0C3F11}
AppName=Complaint Kit
AppVersion={#AppVersion}
AppPublisher=Complaint Kit
DefaultDirName={autopf}\Complaint Kit
DefaultGroupName=Complaint Kit
; Per user, no UAC prompt: installs under %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=ComplaintKit-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\complaintkit.ico
UninstallDisplayIcon={app}\ComplaintKit.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
en.KeptData=Your cases are kept in %1. Delete that folder yourself if you no longer need them.
zh_CN.KeptData=您的案件仍保留在 %1。如不再需要，请自行删除该文件夹。
en.CaseFile=Complaint Kit case
zh_CN.CaseFile=投诉助手案件

[Files]
Source: "..\..\dist\ComplaintKit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Complaint Kit"; Filename: "{app}\ComplaintKit.exe"
Name: "{group}\{cm:UninstallProgram,Complaint Kit}"; Filename: "{uninstallexe}"

[Registry]
; The .complaintkit bundle opens in the app (per-user classes, no admin needed).
Root: HKA; Subkey: "Software\Classes\.complaintkit"; ValueType: string; ValueName: ""; ValueData: "ComplaintKit.Case"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ComplaintKit.Case"; ValueType: string; ValueName: ""; ValueData: "{cm:CaseFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ComplaintKit.Case\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ComplaintKit.exe,0"
Root: HKA; Subkey: "Software\Classes\ComplaintKit.Case\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ComplaintKit.exe"" ""%1"""

[Run]
Filename: "{app}\ComplaintKit.exe"; Description: "{cm:LaunchProgram,Complaint Kit}"; Flags: nowait postinstall skipifsilent

[Code]
// The uninstaller removes the program only; the user's cases stay, and it says where.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    MsgBox(FmtMessage(CustomMessage('KeptData'), [ExpandConstant('{localappdata}\ComplaintKit')]),
      mbInformation, MB_OK);
end;
