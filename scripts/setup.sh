#!/usr/bin/env bash
# Installs what claimgraph needs when it is missing: Debian packages (Frog and its data; with
# --test also Chromium for the browser tests), a virtual environment in .venv, and the Python
# packages of pyproject.toml. Safe to run again: it only does what is not done yet.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

debs=()
# Frog reads its tokeniser rules from uctodata even when it is told not to tokenise; uctodata is
# only a recommendation of frog, so it is named here, and a frog without it counts as missing.
frog_ok() {
  command -v frog >/dev/null 2>&1 && [ -e /usr/share/ucto/tokconfig-nld ]
}
frog_ok || debs+=(frog frogdata uctodata)
if [ "$want_test" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || debs+=(chromium chromium-driver)
fi
if [ "${#debs[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${debs[*]}" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${debs[@]}" >/dev/null
fi

py=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv" >&2
  "$py" -m venv .venv
fi
# The main job needs the package alone; the tests also need the dev tools and PySpark.
extras=""
[ "$want_test" = 1 ] && extras="[dev,spark]"
stamp=".venv/.setup-stamp${extras:+-test}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages into .venv" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extras"
  touch "$stamp"
fi
