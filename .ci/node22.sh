# Sourced by .ci/run: puts Node 22 (>= 22.12) first on PATH. Electron 45, which the app runs
# on, embeds Node 22, and electron, electron-store, conf and the packaging tools ask for
# >= 22.12; the machines here may have an older system Node. Where it is older, the official
# Node binary comes from the npm registry's node-linux-<arch> package (the registry is the one
# thing these machines reach), installed once into a cache folder and reused.
node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ! node_ok; then
  arch="$(node -p process.arch 2>/dev/null || uname -m)"
  case "$arch" in x86_64) arch=x64 ;; aarch64) arch=arm64 ;; esac
  cache="${ORGWORK_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/orgwork/node22-$arch}"
  bin="$cache/node_modules/node-linux-$arch/bin"
  if [ ! -x "$bin/node" ]; then
    echo "Installing Node 22 (npm package node-linux-$arch@22) into $cache"
    npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$cache" "node-linux-$arch@22" >/dev/null
  fi
  export PATH="$bin:$PATH"
  node_ok || { echo "Node >= 22.12 is needed; $bin/node is $(node --version)" >&2; exit 1; }
fi
echo "Node $(node --version), npm $(npm --version)"
