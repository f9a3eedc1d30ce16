; Inno Setup 6 script: the Windows installer of Counter Assistant (柜台助手).
;
; Build the program folder first (on Windows, in the checkout; README "Install on Windows"):
;     .venv\Scripts\pyinstaller --noconfirm build.spec
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\counter-app.iss
; gives dist\counter-app-<version>-setup.exe.
;
; The version is typed once, in counter_app/__init__.py: build.spec writes it into the
; exe's version resource (tools/windows_version.py) and this script reads it back from
; the built exe. `ISCC /DAppVersion=1.2.3 ...` overrides it.
;
; What it does (tests/tools/test_windows_installer.py checks each point below):
; - installs for all users into Program Files (per machine, administrators only);
; - a Start menu shortcut and, if ticked, a desktop shortcut;
; - makes the machine-wide data folder {commonappdata}\CounterAssistant (C:\ProgramData\
;   CounterAssistant) with modify rights for the local Users group, so every clerk's
;   Windows account on the counter PC uses the same store; the uninstaller never removes it;
; - installs over an older version (same AppId): closes the running program, replaces
;   the program folder and keeps the data; the program migrates the store on its first
;   start after a backup copy (README "Update").

#define AppName "柜台助手"
#define AppNameEn "Counter Assistant"
#define ExeName "counter-app.exe"
#define BuildDir AddBackslash(SourcePath) + "..\..\dist\counter-app"
#ifndef AppVersion
  #define AppVersion GetFileProductVersion(BuildDir + "\" + ExeName)
#endif
#if AppVersion == ""
  #error dist\counter-app\counter-app.exe has no version resource: build it with build.spec on Windows first
#endif

[Setup]
; Never change AppId: an installer with another one does not upgrade, it installs a second copy.
AppId={{DA4814D0-B96F-40D8-86DC-8AFF88908712}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppNameEn}
VersionInfoVersion={#GetVersionNumbersString(BuildDir + "\" + ExeName)}
VersionInfoProductName={#AppName} {#AppNameEn}
; Per machine: one program for every Windows account on the PC.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
DefaultDirName={autopf}\CounterAssistant
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; An update over a running program: close it (Restart Manager), do not start it again
; from the elevated installer (the clerk starts it from the shortcut).
CloseApplications=force
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName} {#AppNameEn}
SetupIconFile=..\..\resources\icons\counter-app.ico
OutputDir=..\..\dist
OutputBaseFilename=counter-app-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Code signing (optional): define a sign tool named "signtool" in ISCC's command line,
;     ISCC "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.example /td sha256 /f $qC:\keys\hall.pfx$q /p PASSWORD $f" packaging\windows\counter-app.iss
; sign dist\counter-app\counter-app.exe with the same signtool before ISCC, and uncomment:
;SignTool=signtool
;SignedUninstaller=yes

[Languages]
; Inno Setup ships no Simplified Chinese; ChineseSimplified.isl (ours) translates the
; pages this installer shows and falls back to English for the rest.
Name: "chs"; MessagesFile: "compiler:Default.isl,ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chs.DataKept=数据（数据库、备份、打印件、日志）保存在 %1，卸载时没有删除。不再需要时请先备份，再由管理员手动删除。
en.DataKept=The data (database, backups, printouts, logs) in %1 was not removed. When it is no longer needed, back it up, then an administrator can delete it by hand.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An update replaces the program's own files whole: a library or Qt plugin that the new
; version no longer ships must not stay behind and be loaded. The data is not in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Dirs]
; The machine-wide data folder (counter_app/datadir.py): Users may modify, so a store
; made by one clerk's account is writable by the next; kept on uninstall.
Name: "{commonappdata}\CounterAssistant"; Permissions: users-modify; Flags: uninsneveruninstall
Name: "{commonappdata}\CounterAssistant\counter-app"; Permissions: users-modify; Flags: uninsneveruninstall

[Files]
; The whole build folder: the exe, _internal\ and whatever else the build puts beside them
; (the licence notices); Linux's README is not for Windows.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Excludes: "README-linux.txt"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; As the signed-in clerk, never as the administrator who elevated the installer: the
; store and its files must not be created under the installing account.
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[UninstallDelete]
; Only the program folder: never {commonappdata}\CounterAssistant (the hall's data).
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{commonappdata}\CounterAssistant');
    if DirExists(DataDir) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
