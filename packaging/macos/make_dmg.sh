#!/usr/bin/env bash
# Disk image with the app and a link to /Applications (drag to install).
# Usage: bash packaging/macos/make_dmg.sh ARCH   (after packaging/build.py)
set -euo pipefail
cd "$(dirname "$0")/../.."
arch="${1:?architecture, e.g. arm64 or x86_64}"
version="$(python -c 'import sys; sys.path.insert(0, "app"); import complaintkit; print(complaintkit.__version__)')"
staging="build/dmg"
rm -rf "$staging" && mkdir -p "$staging"
cp -R "dist/Complaint Kit.app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Complaint Kit" -srcfolder "$staging" -ov -format UDZO \
  "dist/ComplaintKit-${version}-macos-${arch}.dmg"
