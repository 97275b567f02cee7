#!/usr/bin/env bash
# Container smoke test: build the image from the Dockerfile with buildah, run it, and check that it
# does not run as root and answers GET /v1/health with 200. Not part of CI: building needs a Node
# base image, and no registry is reachable from the CI machine (see deploy/README.md).
#
#   scripts/container-smoke.sh [--node-image NAME] [--node-tag TAG] [--port PORT] [--no-build]
#
# Environment: NODE_IMAGE / NODE_TAG (the same as the options), NODE_EXTRA_CA_CERTS (a CA file that
# npm inside the build must trust; mounted read-only and passed as a build argument), SMOKE_PORT
# (host port for the buildah run, default 18080), SMOKE_RUNNER (podman or buildah; default podman
# when installed), and buildah's own BUILDAH_ISOLATION (default here: chroot) and STORAGE_DRIVER.
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=inburgering-eligibility:smoke
NODE_IMAGE=${NODE_IMAGE:-}
NODE_TAG=${NODE_TAG:-}
SMOKE_PORT=${SMOKE_PORT:-18080}
BUILD=1
# chroot isolation needs no OCI runtime and shares the host's network: it works in CI containers
# and sandboxes where runc/crun cannot create namespaces. Set BUILDAH_ISOLATION=oci to override.
export BUILDAH_ISOLATION=${BUILDAH_ISOLATION:-chroot}

while [[ $# -gt 0 ]]; do
  case $1 in
    --node-image) NODE_IMAGE=${2:?--node-image needs a value}; shift 2 ;;
    --node-tag) NODE_TAG=${2:?--node-tag needs a value}; shift 2 ;;
    --port) SMOKE_PORT=${2:?--port needs a value}; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "container-smoke: unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf 'container-smoke: %s\n' "$*"; }
fail() { printf 'container-smoke: FAIL: %s\n' "$*" >&2; exit 1; }

if ! command -v buildah >/dev/null 2>&1; then
  base="$(sed -n 's/^ARG NODE_IMAGE=//p' Dockerfile):$(sed -n 's/^ARG NODE_TAG=//p' Dockerfile)"
  cat <<EOF
container-smoke: SKIPPED: buildah is not installed, so no image was built or run (this is not a failure).
  To run the smoke test on Debian or Ubuntu:
    sudo apt-get install -y buildah        # podman too, to run the image read-only with its HEALTHCHECK
    scripts/container-smoke.sh
  It builds the Dockerfile with
    buildah bud --format docker --layers -t $IMAGE .
  so the base image ($base, or --node-image/--node-tag) must be pullable or already
  in local storage. Without a registry, make a local stand-in as deploy/README.md describes.
  Behind an intercepting proxy, set NODE_EXTRA_CA_CERTS to the proxy's CA file first.
EOF
  exit 0
fi

# --- build -------------------------------------------------------------------------------------
if [[ $BUILD -eq 1 ]]; then
  build_args=()
  if [[ -n ${NODE_EXTRA_CA_CERTS:-} ]]; then
    [[ -r $NODE_EXTRA_CA_CERTS ]] || fail "NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS is not a readable file"
    # The build argument alone names a file the build container does not have: mount it too.
    build_args+=(--build-arg "NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS"
      --volume "$NODE_EXTRA_CA_CERTS:$NODE_EXTRA_CA_CERTS:ro")
  fi
  [[ -n $NODE_IMAGE ]] && build_args+=(--build-arg "NODE_IMAGE=$NODE_IMAGE")
  [[ -n $NODE_TAG ]] && build_args+=(--build-arg "NODE_TAG=$NODE_TAG")
  say "building $IMAGE${NODE_IMAGE:+ from $NODE_IMAGE}${NODE_TAG:+:$NODE_TAG}"
  # --format docker: the OCI format drops HEALTHCHECK.
  buildah bud --format docker --layers ${build_args[@]+"${build_args[@]}"} -t "$IMAGE" . ||
    fail "buildah bud failed (output above; without a registry, a missing base image is the usual cause: deploy/README.md)"
fi

# The image's Docker config (buildah 1.28's --format has no json function: read it with node).
config=$(buildah inspect --type image "$IMAGE" |
  node -e 'const c=JSON.parse(require("fs").readFileSync(0,"utf8")).Docker.config;console.log(JSON.stringify({user:c.User??"",healthcheck:c.Healthcheck??null}))')
image_user=$(node -e 'console.log(JSON.parse(process.argv[1]).user)' "$config")
healthcheck=$(node -e 'console.log(JSON.stringify(JSON.parse(process.argv[1]).healthcheck?.Test??null))' "$config")
say "image user: ${image_user:-<none>}; HEALTHCHECK: $healthcheck"
case $image_user in
  '' | root | 0 | root:* | 0:*) fail "the image runs as root (USER is '${image_user}')" ;;
esac
[[ $healthcheck == *'/v1/health'* ]] || fail "the image has no HEALTHCHECK on /v1/health"

# GET url -> prints the status code and the body; curl when present, else the host's node.
http_get() {
  if command -v curl >/dev/null 2>&1; then
    curl -s -m 3 -o /dev/stdout -w '\n%{http_code}' "$1" 2>/dev/null || printf '\n000'
  else
    node -e "fetch(process.argv[1],{signal:AbortSignal.timeout(3000)}).then(async r=>console.log((await r.text())+'\n'+r.status)).catch(()=>console.log('\n000'))" "$1"
  fi
}

# Polls GET /v1/health until 200 with {"status":"ok"}, or 30 s.
wait_healthy() {
  local url=$1 reply status
  for _ in $(seq 1 60); do
    reply=$(http_get "$url")
    status=${reply##*$'\n'}
    if [[ $status == 200 && ${reply%$'\n'*} == *'"status":"ok"'* ]]; then
      say "GET $url -> 200 ${reply%$'\n'*}"
      return 0
    fi
    sleep 0.5
  done
  printf 'container-smoke: FAIL: GET %s did not answer 200 {"status":"ok"} within 30 s (last status: %s)\n' \
    "$url" "${status:-none}" >&2
  return 1
}

runner=${SMOKE_RUNNER:-$(command -v podman >/dev/null 2>&1 && echo podman || echo buildah)}

# --- run with podman: read-only root, no capabilities, the image's own HEALTHCHECK --------------
if [[ $runner == podman ]]; then
  name=container-smoke-$$
  trap 'podman rm -f "$name" >/dev/null 2>&1 || true' EXIT
  # No automatic healthcheck timer (it needs systemd); the check is run once by hand below.
  if podman run -d --name "$name" --read-only --tmpfs /tmp --cap-drop ALL \
    --security-opt no-new-privileges --health-interval disable \
    -p "127.0.0.1:$SMOKE_PORT:8080" "localhost/$IMAGE" >/dev/null; then
    uid=$(podman exec "$name" id -u)
    say "id -u in the container: $uid"
    [[ $uid =~ ^[0-9]+$ && $uid != 0 ]] || fail "the container runs as uid '$uid'"
    wait_healthy "http://127.0.0.1:$SMOKE_PORT/v1/health" || { podman logs "$name" >&2; exit 1; }
    podman healthcheck run "$name" || fail "the image's HEALTHCHECK failed"
    say "the image's HEALTHCHECK passed"
    podman stop -t 15 "$name" >/dev/null
    podman logs "$name" 2>&1 | grep -q 'shutting down' || fail "no graceful shutdown logged on SIGTERM"
    say "SIGTERM: closed gracefully"
    say "PASS (podman)"
    exit 0
  fi
  podman rm -f "$name" >/dev/null 2>&1 || true
  trap - EXIT
  say "podman could not start the container here; trying buildah run instead (SMOKE_RUNNER=buildah skips podman)"
fi

# --- run with buildah: the host's network, the image's user ---------------------------------------
ctr=$(buildah from "$IMAGE")
log=$(mktemp)
server_pid=
cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  buildah rm "$ctr" >/dev/null 2>&1 || true
  rm -f "$log"
}
trap cleanup EXIT

uid=$(buildah run --network host "$ctr" -- id -u)
say "id -u in the container: $uid"
[[ $uid =~ ^[0-9]+$ && $uid != 0 ]] || fail "the container runs as uid '$uid'"

# In its own process group (setsid), so that the cleanup can end buildah and the server together.
setsid buildah run --network host --env HOST=127.0.0.1 --env "PORT=$SMOKE_PORT" --env LOG_LEVEL=info \
  "$ctr" -- node dist/src/server.js >"$log" 2>&1 &
server_pid=$!
wait_healthy "http://127.0.0.1:$SMOKE_PORT/v1/health" || { cat "$log" >&2; exit 1; }

# The image's HEALTHCHECK command, as Docker would run it (it reads PORT).
mapfile -d '' check < <(node -e 'const t=JSON.parse(process.argv[1]);process.stdout.write((t[0]==="CMD"?t.slice(1):["/bin/sh","-c",t[1]]).join("\0")+"\0")' "$healthcheck")
buildah run --network host --env "PORT=$SMOKE_PORT" "$ctr" -- "${check[@]}" || fail "the image's HEALTHCHECK failed"
say "the image's HEALTHCHECK passed"

# SIGTERM to the server itself, as the container runtime would send it (buildah run answers its
# own SIGTERM by killing the command outright). It is the node process below the buildah run.
server_node_pid() {
  ps -e -o pid=,ppid=,comm= | awk -v root="$server_pid" '
    { parent[$1] = $2; name[$1] = $3 }
    END { for (p in parent) { q = p; while (q in parent && q != root && q > 1) q = parent[q];
            if (q == root && name[p] == "node") print p } }' | head -n 1
}
node_pid=$(server_node_pid)
[[ -n $node_pid ]] || fail "cannot find the server's node process under buildah run ($server_pid)"
kill -TERM "$node_pid"
for _ in $(seq 1 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$server_pid" 2>/dev/null; then
  cat "$log" >&2
  fail "the server did not stop within 15 s of SIGTERM"
fi
grep -q 'shutting down' "$log" || { cat "$log" >&2; fail "no graceful shutdown logged on SIGTERM"; }
say "SIGTERM: closed gracefully"
say "PASS (buildah run)"
