#!/usr/bin/env bash
# macOS: Scorecard.app and a .dmg. NOT built on this project's Linux machines; runs on a macOS
# runner (.github/workflows/installers.yml) or a Mac with Python 3.11:
#   python3 -m venv .venv && .venv/bin/pip install -e '.[gui,package]'
#   packaging/macos/build-dmg.sh 0.1.0
# The spec's BUNDLE step makes dist/Scorecard.app (icon packaging/icons/scorecard.icns, the
# scorecard:// URL scheme in Info.plist). Signing and notarisation run only when the identity
# and a notarytool keychain profile are given (Qt folders with dots in their names need
# PyInstaller ≥ 6's layout, which it has).
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:?usage: build-dmg.sh VERSION}"
.venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/scorecard.spec
app="dist/Scorecard.app"
# The frozen program answers before it is packed (no window needed for this).
"$app/Contents/MacOS/scorecard" --version
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$app"
fi
dmg="dist/scorecard-${version}-macos-$(uname -m).dmg"
rm -f "$dmg"
staging="$(mktemp -d)"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"  # drag-to-install
hdiutil create -volname "Scorecard ${version}" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  codesign --force --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "$dmg"
