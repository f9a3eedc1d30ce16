#!/bin/sh
# Compile counter-app.iss with Inno Setup's own compiler under Wine, then install an
# older and a newer release silently, and uninstall: checks what tests/tools/
# test_windows_installer.py can only read. Needs wine, wine32, xvfb (apt) and Inno
# Setup's files: `npm pack innosetup@6.4.1 && tar xzf innosetup-6.4.1.tgz` gives
# package/bin/ISCC.exe. The program folder is a stand-in (ISCC=…/ISCC.exe copied as
# counter-app.exe plus two files): a Windows build cannot be made on Linux.
#     ISCC=/path/to/package/bin/ISCC.exe sh packaging/windows/check-with-wine.sh
set -eu
: "${ISCC:?set ISCC to Inno Setup's ISCC.exe}"
HERE=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
export WINEPREFIX="$T/prefix" WINEDEBUG=-all
mkdir -p "$T/src/packaging/windows" "$T/src/resources/icons" "$T/src/dist/counter-app/_internal"
cp "$HERE"/packaging/windows/*.iss "$HERE"/packaging/windows/*.isl "$T/src/packaging/windows/"
cp "$HERE/resources/icons/counter-app.ico" "$T/src/resources/icons/"
cp "$ISCC" "$T/src/dist/counter-app/counter-app.exe"
echo base > "$T/src/dist/counter-app/_internal/base_library.txt"
cd "$T/src"
for v in 0.1.0 0.2.0; do wine "$ISCC" /Q "/DAppVersion=$v" 'packaging\windows\counter-app.iss'; done
wineserver -w  # its desktop process has no display: the installer must start a new one
C="$WINEPREFIX/drive_c"
P="$C/Program Files/CounterAssistant"
DATA="$C/ProgramData/CounterAssistant/counter-app"
run() { xvfb-run -a sh -c "wine $* /VERYSILENT /SUPPRESSMSGBOXES /LOG=C:\\\\setup.log; wineserver -w" 2>"$T/wine.log" || { cat "$T/wine.log"; exit 1; }; }
run dist/counter-app-0.1.0-setup.exe
test -f "$P/counter-app.exe"
test -d "$DATA"
echo "the hall's store" > "$DATA/counter.db"
echo stale > "$P/_internal/plugin-of-0.1.0.so"
run dist/counter-app-0.2.0-setup.exe
test ! -e "$P/_internal/plugin-of-0.1.0.so"          # the old program's files replaced whole
test "$(cat "$DATA/counter.db")" = "the hall's store" # the data kept over an update
test "$(ls "$P"/unins*.exe | wc -l)" = 1             # one installation, not two
ls "$C/ProgramData/Microsoft/Windows/Start Menu/Programs/柜台助手.lnk" >/dev/null
run "'C:\\Program Files\\CounterAssistant\\unins000.exe'"
test ! -e "$P"                                        # the program is gone
test "$(cat "$DATA/counter.db")" = "the hall's store" # the data is not
test ! -e "$C/ProgramData/Microsoft/Windows/Start Menu/Programs/柜台助手.lnk"
echo "installer checked under Wine: install 0.1.0, update to 0.2.0, uninstall; data kept"
rm -rf "$T"
