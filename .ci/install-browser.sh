#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests if either is missing.
# Never downloads a browser build of its own: the packages come from the Debian archive.
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    echo "Chromium and ChromeDriver are installed: $(/usr/bin/chromium --version 2>/dev/null)"
    exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "Chromium or ChromeDriver is missing; run as root, or: sudo apt-get install chromium chromium-driver" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-noto-cjk
echo "Installed $(/usr/bin/chromium --version)"
