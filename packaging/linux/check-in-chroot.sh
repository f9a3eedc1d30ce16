#!/bin/sh
# Run the built program's self-test in a chroot that holds only glibc and the packages
# README-linux.txt names (Debian's .debs unpacked, nothing else): proves the list is
# enough, on this machine's Debian release. Needs root (chroot) and apt-get download.
#     sudo sh packaging/linux/check-in-chroot.sh dist/counter-app           (offscreen)
#     xvfb-run -a sh -c "PLATFORM=xcb sh packaging/linux/check-in-chroot.sh"   (on X: the xcb plugin)
set -eu
BUILD=$(cd "${1:-dist/counter-app}" && pwd)
PACKAGES=$(sed -n 's/^ *sudo apt-get install //p' "$BUILD/README-linux.txt")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
# The named packages and what they depend on (libgl1 → libglvnd0 …), never anything else.
DEPS=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances $PACKAGES | grep -v '^ \|<' | sort -u)
# shellcheck disable=SC2086
apt-get download $DEPS >/dev/null 2>&1
mkdir root
for deb in *.deb; do dpkg-deb -x "$deb" root; done
mkdir -p root/opt root/tmp root/home/clerk root/etc
cp -a "$BUILD" root/opt/counter-app
# What libc-bin's postinst would do: the loader's cache of the multiarch folders.
echo 'include /etc/ld.so.conf.d/*.conf' > root/etc/ld.so.conf
ldconfig -r root
[ -z "${XAUTHORITY:-}" ] || cp "$XAUTHORITY" root/tmp/xauth
if [ -n "${DISPLAY:-}" ]; then mkdir -p root/tmp/.X11-unix && mount --bind /tmp/.X11-unix root/tmp/.X11-unix; trap 'umount "$T/root/tmp/.X11-unix"; rm -rf "$T"' EXIT; fi
env -i HOME=/home/clerk XDG_DATA_HOME=/home/clerk/data XDG_CONFIG_HOME=/home/clerk/config \
  QT_QPA_PLATFORM=${PLATFORM:-offscreen} DISPLAY=${DISPLAY:-} XAUTHORITY=/tmp/xauth PYTHONIOENCODING=utf-8 \
  "$(command -v chroot)" root /opt/counter-app/counter-app --self-test
echo "self-test passed in a chroot of: $(echo $DEPS | wc -w) packages ($PACKAGES and their dependencies)"
