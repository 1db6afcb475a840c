; Inno Setup 6 script for the Windows installer. NOT built on this project's Linux machines:
; .github/workflows/installers.yml builds it on a Windows runner, after
;   pyinstaller --noconfirm packaging\scorecard.spec      (makes dist\scorecard\)
;   iscc /DAppVersion=0.1.0 packaging\windows\scorecard.iss
; Installs per user by default (no administrator needed; IT staff can choose "all users"),
; adds a Start menu entry, registers scorecard:// enrolment links, and never touches the data
; folder (%LOCALAPPDATA%\Scorecard), so uninstalling or upgrading keeps every cycle.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6E0C4D0B-3C8E-4F5B-9C55-5C0D2A7E1B61}
AppName=Scorecard
AppVersion={#AppVersion}
AppPublisher=Scorecard project
DefaultDirName={autopf}\Scorecard
DefaultGroupName=Scorecard
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=scorecard-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\packaging\icons\scorecard.ico
UninstallDisplayIcon={app}\scorecard.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "he"; MessagesFile: "compiler:Languages\Hebrew.isl"

[Files]
Source: "{#Root}\dist\scorecard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Scorecard"; Filename: "{app}\scorecard.exe"
Name: "{autodesktop}\Scorecard"; Filename: "{app}\scorecard.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
; scorecard://enrol?url=…&code=… links from head office open the app on its enrolment dialog.
Root: HKA; Subkey: "Software\Classes\scorecard"; ValueType: string; ValueName: ""; ValueData: "URL:Scorecard enrolment link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\scorecard"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\scorecard\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\scorecard.exe,0"
Root: HKA; Subkey: "Software\Classes\scorecard\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\scorecard.exe"" ""%1"""

[Run]
Filename: "{app}\scorecard.exe"; Description: "{cm:LaunchProgram,Scorecard}"; Flags: nowait postinstall skipifsilent
