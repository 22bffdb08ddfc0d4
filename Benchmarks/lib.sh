# Shared helpers for run_groupby.sh and run_read.sh (sourced, not run).
# Peers are benchmark-only tools; nothing here is a product dependency.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$BENCH_DIR/.." && pwd)
DATA=$BENCH_DIR/data
PY=${PYTHON:-python3}
RUNS=${RUNS:-5}
mkdir -p "$DATA"

note() { echo "note: $*" >&2; }

_apt_updated=0
apt_install() {  # apt_install PACKAGE...  (best effort; root only)
  command -v apt-get >/dev/null 2>&1 || { note "apt-get not available; cannot install $*"; return 1; }
  [ "$(id -u)" = 0 ] || { note "not root; cannot apt-get install $*"; return 1; }
  if [ $_apt_updated = 0 ]; then apt-get update -qq >/dev/null 2>&1 || true; _apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1
}

ensure_cmd() {  # ensure_cmd COMMAND APT_PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  note "$1 missing; trying apt-get install -y $2"
  apt_install "$2" || true
  command -v "$1" >/dev/null 2>&1 || { note "$1 still missing; it will be skipped"; return 1; }
}

ensure_py() {  # ensure_py MODULE [PIP_NAME]
  "$PY" -c "import $1" >/dev/null 2>&1 && return 0
  note "python module $1 missing; trying pip install ${2:-$1}"
  "$PY" -m pip install -q "${2:-$1}" >/dev/null 2>&1 || true
  "$PY" -c "import $1" >/dev/null 2>&1 || { note "python module $1 still missing; it will be skipped"; return 1; }
}

ensure_time() {
  [ -x /usr/bin/time ] && return 0
  note "/usr/bin/time missing; trying apt-get install -y time"
  apt_install time || true
  [ -x /usr/bin/time ] || { echo "error: /usr/bin/time is required" >&2; exit 1; }
}

filesize() { stat -c %s "$1"; }

# timed OUT ERR cmd...  runs cmd RUNS times under /usr/bin/time,
# stdout to OUT, stderr to ERR; sets TIMES (space-separated seconds),
# RSS_KB (space-separated peak KB) and TIMED_RC (first non-zero exit code, or 0).
timed() {
  local out=$1 err=$2; shift 2
  local tf; tf=$(mktemp)
  TIMES=""; RSS_KB=""; TIMED_RC=0
  local i rc t0 t1 m
  for ((i = 1; i <= RUNS; i++)); do
    t0=$(date +%s%N)
    /usr/bin/time -f '%e %M' -o "$tf" "$@" >"$out" 2>"$err"
    rc=$?
    t1=$(date +%s%N)
    if [ $rc -ne 0 ]; then TIMED_RC=$rc; break; fi
    read -r _ m <"$tf"
    # wall time from date(1) in ns: /usr/bin/time's %e has only 10 ms resolution
    TIMES="$TIMES $(( (t1 - t0) / 1000000000 )).$(printf "%03d" $(( (t1 - t0) / 1000000 % 1000 )))"
    RSS_KB="$RSS_KB $m"
  done
  rm -f "$tf"
  return $TIMED_RC
}

# row LABEL SIZE_LABEL BYTES -> prints one table row from TIMES / RSS_KB
# median wall s, MB/s (1 MB = 10^6 bytes; bytes / median), peak MB (max over runs), all runs
row() {
  "$PY" - "$1" "$2" "$3" "$TIMES" "$RSS_KB" <<'EOF'
import statistics, sys
label, size, nbytes, times, rss = sys.argv[1:6]
t = [float(x) for x in times.split()]
m = [int(x) for x in rss.split()]
med = statistics.median(t)
mbs = (int(nbytes) / 1e6 / med) if med > 0 else float("inf")
print("%-22s %-5s %9.3f %9.1f %9.1f   %s" % (label, size, med, mbs, max(m) / 1024.0,
      " ".join("%.3f" % x for x in t)))
EOF
}

table_header() {
  printf '%-22s %-5s %9s %9s %9s   %s\n' tool size median_s MB/s peak_MB runs_s
}
