; Inno Setup script: a per-user installer of the one-folder bundle, without administrator rights.
; Run on Windows after the bundle is built (see .github/workflows/windows-installer.yml):
;     iscc /DAppVersion=0.1.0 .ci\freeze\drempelkompas.iss
; It installs into the user's own programs folder (%LOCALAPPDATA%\Programs\Drempelkompas), adds a
; Start-menu entry, and lets .drempel exchange files open in the app; uninstalling removes all three
; and leaves the user's data (%LOCALAPPDATA%\Drempelkompas) alone.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{8C1F4A52-6B0E-4D2B-9E57-2F7D1B0C4A31}
AppName=Drempelkompas
AppVersion={#AppVersion}
AppPublisher=Drempelkompas
DefaultDirName={autopf}\Drempelkompas
DefaultGroupName=Drempelkompas
DisableProgramGroupPage=yes
; Per user: no UAC prompt, so it installs on a managed laptop; {autopf} is then the user's folder.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=Drempelkompas-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\drempelkompas-gui.exe

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\drempelkompas\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\Drempelkompas"; Filename: "{app}\drempelkompas-gui.exe"
Name: "{autodesktop}\Drempelkompas"; Filename: "{app}\drempelkompas-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; HKA is the current user's classes when installed without administrator rights.
Root: HKA; Subkey: "Software\Classes\.drempel"; ValueType: string; ValueName: ""; ValueData: "Drempelkompas.ExchangeFile"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.drempel\OpenWithProgids"; ValueType: string; ValueName: "Drempelkompas.ExchangeFile"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Drempelkompas.ExchangeFile"; ValueType: string; ValueName: ""; ValueData: "Drempelkompas exchange file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Drempelkompas.ExchangeFile\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\drempelkompas-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\Drempelkompas.ExchangeFile\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\drempelkompas-gui.exe"" ""%1"""

[Run]
Filename: "{app}\drempelkompas-gui.exe"; Description: "{cm:LaunchProgram,Drempelkompas}"; Flags: nowait postinstall skipifsilent
