#!/usr/bin/env bash
# Install Virtuoso 7 from Debian without prompts and without starting the packaged service (CI).
# Idempotent: does nothing when virtuoso-t is already installed. Needs root (or sudo).
# DKB's tests and benchmarks run their own instance with scripts/virtuoso.sh instead.
set -euo pipefail

if command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then
    echo "install_virtuoso.sh: virtuoso-t already installed: $(command -v virtuoso-t)" >&2
    exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

# The package asks for a DBA password; preseed an empty one (each instance sets its own).
printf '%s\n' \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password" \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password" \
    | $SUDO debconf-set-selections

# Keep the packaged system service from starting (it would take ports 8890/1111): a
# policy-rc.d answering 101 forbids service starts during the install. Only remove it if we made it.
made_policy=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    made_policy=1
fi
cleanup() { if [ -n "$made_policy" ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi; }
trap cleanup EXIT

$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    virtuoso-opensource curl
command -v virtuoso-t >/dev/null || { echo "install_virtuoso.sh: virtuoso-t missing after install" >&2; exit 1; }
echo "install_virtuoso.sh: installed $(virtuoso-t -? 2>&1 | head -n 2 | tail -n 1)" >&2
