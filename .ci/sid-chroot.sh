#!/usr/bin/env bash
# CPython 3.14 and 3.15 from Debian sid, in a chroot kept outside the repository.
#
#   .ci/sid-chroot.sh setup          create the chroot, or reuse it if it already has the Pythons
#   .ci/sid-chroot.sh run CMD...     run CMD inside, as root, in the repository (mounted at /repo)
#   .ci/sid-chroot.sh path           print the chroot's directory
#
# MOCK_CI_CHROOT chooses the directory (default /var/cache/mock-ci/sid).  Needs root.  The mounts
# (/proc, /dev, /sys, the repository) live in a mount namespace of the one `run`.
set -euo pipefail

ROOT=${MOCK_CI_CHROOT:-/var/cache/mock-ci/sid}
REPO=$(cd "$(dirname "$0")/.." && pwd)
CA=/etc/ssl/certs/ca-certificates.crt
PACKAGES="python3.14 python3.14-venv python3.15 python3.15-venv libpython3.14-testsuite \
libpython3.15-testsuite ca-certificates"

log() { echo "sid-chroot: $*" >&2; }

ready() {
    [ -x "$ROOT/usr/bin/python3.14" ] && [ -x "$ROOT/usr/bin/python3.15" ] &&
        [ -d "$ROOT/usr/lib/python3.14/test/test_unittest/testmock" ] &&
        [ -d "$ROOT/usr/lib/python3.15/test/test_unittest/testmock" ] &&
        [ -x "$ROOT/opt/hatch/bin/hatch" ]
}

# The package index is reached through this network's certificate: the chroot trusts the host's
# bundle (copied again after apt, which rewrites it).
copy_ca() {
    if [ -f "$CA" ]; then
        mkdir -p "$ROOT/etc/ssl/certs"
        cp "$CA" "$ROOT/etc/ssl/certs/ca-certificates.crt"
    fi
}

# Run in the chroot without the repository mount (setup steps).
inside() {
    chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/root/.local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
        SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt PIP_DISABLE_PIP_VERSION_CHECK=1 "$@"
}

setup() {
    if ready; then
        log "reusing $ROOT"
        copy_ca
        return
    fi
    mkdir -p "$(dirname "$ROOT")"
    exec 9>"$ROOT.lock"
    flock 9
    if ready; then copy_ca; return; fi
    if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
        command -v debootstrap >/dev/null 2>&1 || {
            log "installing debootstrap"
            apt-get install -y -q -o DPkg::Lock::Timeout=900 debootstrap >/dev/null ||
                { apt-get update -q >/dev/null && apt-get install -y -q -o DPkg::Lock::Timeout=900 debootstrap >/dev/null; }
        }
        log "debootstrap sid into $ROOT (a few minutes)"
        rm -rf "$ROOT"
        debootstrap --variant=minbase sid "$ROOT" >"$ROOT.debootstrap.log" 2>&1 ||
            { tail -n 20 "$ROOT.debootstrap.log" >&2; exit 1; }
    fi
    copy_ca
    log "installing $PACKAGES"
    # The mirror's Release file may be past its date.
    inside apt-get -q -o Acquire::Check-Valid-Until=false update >/dev/null
    # shellcheck disable=SC2086
    inside apt-get install -y -q --no-install-recommends $PACKAGES >/dev/null
    inside apt-get clean
    copy_ca
    log "installing hatch"
    if [ ! -x "$ROOT/opt/hatch/bin/hatch" ]; then
        inside python3.14 -m venv /opt/hatch
        inside /opt/hatch/bin/pip install -q "hatch>=1.16"
    fi
    mkdir -p "$ROOT/root/.local/bin"
    ln -sf /opt/hatch/bin/hatch "$ROOT/root/.local/bin/hatch"
    ready || { log "setup incomplete"; exit 1; }
    log "ready"
}

run() {
    ready || setup
    copy_ca
    mkdir -p "$ROOT/repo"
    # A mount namespace of its own: the mounts end with the command, and runs from
    # several checkouts at once do not see each other's /repo.
    exec unshare --mount --propagation slave bash "$0" _inside "$@"
}

_inside() {
    mount -t proc proc "$ROOT/proc"
    mount --rbind /dev "$ROOT/dev"
    mount -t sysfs sys "$ROOT/sys"
    mount --bind "$REPO" "$ROOT/repo"
    exec chroot "$ROOT" /usr/bin/env -i HOME=/root \
        PATH=/root/.local/bin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        TERM="${TERM:-dumb}" PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
        SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt \
        REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt \
        PIP_DISABLE_PIP_VERSION_CHECK=1 MOCK_CI_IN_CHROOT=1 \
        /bin/sh -c 'cd /repo && exec "$@"' sh "$@"
}

if [ "$(id -u)" != 0 ] && [ "${1:-}" != path ]; then
    echo "sid-chroot: needs root (debootstrap, chroot, mounts)" >&2
    exit 1
fi

case "${1:-}" in
setup) setup ;;
run) shift; run "$@" ;;
_inside) shift; _inside "$@" ;;
path) echo "$ROOT" ;;
*) echo "usage: $0 setup | run CMD... | path" >&2; exit 2 ;;
esac
