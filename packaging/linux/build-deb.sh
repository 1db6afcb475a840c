#!/usr/bin/env bash
# Build dist/scorecard_<version>_<arch>.deb from the one-folder app in dist/scorecard/ with dpkg-deb
# (no debhelper: the app is already built). Usage: packaging/linux/build-deb.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$1"
arch="$(dpkg --print-architecture)"
app="dist/scorecard"
[ -x "$app/scorecard" ] || { echo "build the app first: make package" >&2; exit 2; }

stage="build/deb/scorecard_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/metainfo" "$stage/usr/share/doc/scorecard" "$stage/usr/share/icons/hicolor/scalable/apps"
cp -a "$app" "$stage/opt/scorecard"
ln -s /opt/scorecard/scorecard "$stage/usr/bin/scorecard"
install -m 644 packaging/linux/org.scorecard.Scorecard.desktop "$stage/usr/share/applications/"
install -m 644 packaging/linux/org.scorecard.Scorecard.metainfo.xml "$stage/usr/share/metainfo/"
install -m 644 packaging/icons/scorecard.svg \
  "$stage/usr/share/icons/hicolor/scalable/apps/org.scorecard.Scorecard.svg"
for s in 16 22 24 32 48 64 128 256 512; do
  d="$stage/usr/share/icons/hicolor/${s}x${s}/apps"
  mkdir -p "$d"
  install -m 644 "packaging/icons/scorecard-$s.png" "$d/org.scorecard.Scorecard.png"
done
cat > "$stage/usr/share/doc/scorecard/copyright" <<TXT
Scorecard: GPL-3.0-or-later (/usr/share/common-licenses/GPL-3).
Bundled: Qt 6 and PySide6 (LGPL-3.0), Python (PSF-2.0), reportlab (BSD), HarfBuzz and uharfbuzz
(MIT/Apache-2.0), DejaVu fonts (Bitstream Vera licence, /opt/scorecard/_internal/scorecard_app/resources/fonts).
TXT
find "$stage" -type d -exec chmod 755 {} +

size_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
# The newest glibc symbol version any bundled binary asks for (the build machine's libraries are
# bundled): the oldest system the package can run on. Debian 12's build needs 2.36.
glibc="$(find "$app" -type f \( -name '*.so*' -o -name scorecard \) -exec objdump -T {} + 2>/dev/null |
  grep -o 'GLIBC_2\.[0-9]*' | sort -t. -k2 -n -u | tail -1 | cut -d_ -f2)"
# The system libraries Qt's xcb/wayland platform plugins load that PyInstaller leaves to the system
# (GL/EGL drivers, X and font configuration, D-Bus), plus those a minimal desktop can lack
# (libxcb-cursor0 since Qt 6.5, libxcb-icccm4).
cat > "$stage/DEBIAN/control" <<CTRL
Package: scorecard
Version: ${version}
Architecture: ${arch}
Maintainer: Scorecard project <scorecard@localhost>
Installed-Size: ${size_kb}
Depends: libc6 (>= ${glibc}), libegl1, libgl1, libopengl0, libfontconfig1, libfreetype6, libdbus-1-3,
 libglib2.0-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1,
 libxkbcommon0, libxkbcommon-x11-0, libwayland-client0, libwayland-cursor0, libwayland-egl1
Recommends: poppler-utils, fonts-dejavu-core
Section: misc
Priority: optional
Description: offline app for Community Score Card cycles
 Scorecard helps NGO facilitators run Community Score Card cycles without
 internet: score a service with its users and staff, compare the scores at an
 interface meeting, agree an action plan, print sheets and results in the
 community's language, and sync to head office when a connection appears.
CTRL
mkdir -p dist
out="dist/scorecard_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$stage" "$out" >/dev/null
echo "$out"
