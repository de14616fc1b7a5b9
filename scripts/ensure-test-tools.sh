#!/usr/bin/env bash
# Makes sure the browser and kubectl the tests drive are present, installing them from Debian's packages when
# running as root; otherwise says exactly what to install. Safe to run repeatedly: it does nothing when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

tools_dir=".tools"
apt_updated=0

as_root() {
  [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1
}

apt_install() {
  if [ "$apt_updated" = 0 ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ]; then
  if as_root; then
    echo "Installing Chromium from Debian's packages for the browser tests..."
    apt_install chromium
  else
    echo "The browser tests need Debian's Chromium at /usr/bin/chromium: sudo apt-get install chromium" >&2
    exit 1
  fi
fi

# kubectl: the machine's own when there is one; else Debian's kubernetes-client, unpacked into .tools/ when
# /usr/bin/kubectl belongs to another package, so nothing of the machine is replaced.
if ! command -v kubectl >/dev/null 2>&1 && [ ! -x "$tools_dir/kubernetes-client/usr/bin/kubectl" ]; then
  if as_root; then
    echo "Installing kubectl (Debian's kubernetes-client) for the API server tests..."
    if [ -e /usr/bin/kubectl ]; then
      mkdir -p "$tools_dir" && (cd "$tools_dir" && apt-get download -qq kubernetes-client && dpkg -x kubernetes-client_*.deb kubernetes-client && rm -f kubernetes-client_*.deb)
    else
      apt_install kubernetes-client
    fi
  else
    echo "kubectl not found: the kubectl tests will be skipped. Install it with: sudo apt-get install kubernetes-client" >&2
  fi
fi
