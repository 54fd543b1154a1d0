#!/usr/bin/env bash
# Sign the app with a Developer ID and notarize it, only when the secrets are present.
# Without them this prints a note and exits 0: the build stays usable for testing
# (users then open it with right-click > Open the first time).
#
# Needs: MACOS_CERTIFICATE_P12 (base64 of the .p12), MACOS_CERTIFICATE_PASSWORD,
#        MACOS_SIGNING_IDENTITY ("Developer ID Application: Name (TEAMID)"),
#        APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password).
set -euo pipefail
app="${1:?path to Complaint Kit.app}"
if [ -z "${MACOS_CERTIFICATE_P12:-}" ] || [ -z "${APPLE_ID:-}" ]; then
  echo "Signing secrets not set: the app is left unsigned."
  exit 0
fi
keychain="$RUNNER_TEMP/signing.keychain-db"
password="$(uuidgen)"
echo "$MACOS_CERTIFICATE_P12" | base64 --decode > "$RUNNER_TEMP/cert.p12"
security create-keychain -p "$password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "$password" "$keychain"
security import "$RUNNER_TEMP/cert.p12" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$keychain"
security list-keychains -d user -s "$keychain"
codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$app"
codesign --verify --deep --strict "$app"
ditto -c -k --keepParent "$app" "$RUNNER_TEMP/notarize.zip"
xcrun notarytool submit "$RUNNER_TEMP/notarize.zip" --apple-id "$APPLE_ID" \
  --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$app"
