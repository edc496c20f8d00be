#!/usr/bin/env bash
# Installs what is missing, builds, and starts the desktop window. Arguments go to the app,
# for example: scripts/run.sh --env production
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

install_missing_packages
configure_and_build
exec "$BUILD_DIR/app/gui/novapost-jwt" "$@"
