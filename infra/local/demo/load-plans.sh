#!/usr/bin/env bash
# Loads the seed plans into the demo tenants through the plans import API — the same job a user starts:
# POST /api/t/<tenant>/plans/imports?format=jsonl&mode=commit with the file as the body, then poll the job
# (its Location, /api/t/<tenant>/plans/jobs/<id>) until its state is succeeded or failed.
#
#   infra/local/demo/load-plans.sh <gateway-url> <token-cmd…>
#   infra/local/demo/load-plans.sh http://127.0.0.1:8080 bin/ariadne-token
#
# <token-cmd…> is run with a demo user name appended and must print that user's access token (bin/ariadne-token does);
# each tenant's plan is imported by its coordinator. Idempotent: a tenant that already has a plan with the seed's
# title is skipped, so a second ./run loads nothing twice. The tenants' imports run side by side.
# Needs bash, curl and python3.
set -euo pipefail

die() { printf 'load-plans: %s\n' "$*" >&2; exit 1; }
[[ $# -ge 2 ]] || { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
gateway=${1%/}
shift
token_cmd=("$@")
seeds="$(cd "$(dirname "$0")" && pwd)/seeds"
command -v curl >/dev/null || die "curl is required"
command -v python3 >/dev/null || die "python3 is required"

# tenant  user  seed file
plans=(
  "me    coordinator.me    me-action-plan-2017-2018.jsonl"
  "ba    coordinator.ba    ba-action-plan-2020-2023.jsonl"
  "si    coordinator.si    si-action-plan-2023-2024.jsonl"
  "xk    coordinator.xk    xk-strategy-action-plan-2015-2019.jsonl"
  "ba-04 coordinator.ba04  ba-04-monitoring-report-2021-2024.jsonl"
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

json_field() { # json_field <file> <python expression on d>
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}

import_plan() { # tenant user file: one tenant's import, its report on stdout
  local tenant=$1 user=$2 file=$3 title token auth status location job_status counts
  local out="$work/$tenant"
  mkdir -p "$out"
  [[ -f "$seeds/$file" ]] || die "missing seed $seeds/$file"
  title=$(head -n 1 "$seeds/$file" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["plan"])')
  token=$("${token_cmd[@]}" "$user") || die "no token for $user (${token_cmd[*]} $user)"
  auth=(-H "Authorization: Bearer $token" -H "X-Tenant-Id: $tenant")

  status=$(curl -sS --max-time 30 -o "$out/plans.json" -w '%{http_code}' "${auth[@]}" "$gateway/api/t/$tenant/plans") || status=000
  [[ $status == 200 ]] || die "GET /api/t/$tenant/plans answered HTTP $status: $(cat "$out/plans.json" 2>/dev/null)"
  if TITLE="$title" python3 -c 'import json,os,sys; sys.exit(0 if any(p["title"]==os.environ["TITLE"] for p in json.load(open(sys.argv[1]))["items"]) else 1)' "$out/plans.json"; then
    printf 'plans: %-6s already has "%s"\n' "$tenant" "$title"
    return 0
  fi

  status=$(curl -sS --max-time 60 -o "$out/job.json" -w '%{http_code}' -D "$out/headers" "${auth[@]}" \
             -H 'Content-Type: application/x-ndjson' --data-binary "@$seeds/$file" \
             "$gateway/api/t/$tenant/plans/imports?format=jsonl&mode=commit") || status=000
  [[ $status == 202 ]] || die "import into $tenant answered HTTP $status: $(cat "$out/job.json" 2>/dev/null)"
  location=$(grep -i '^location:' "$out/headers" | tr -d '\r' | sed 's/^[Ll]ocation: *//')
  [[ -n $location ]] || die "import into $tenant: no Location header"
  [[ $location == http* ]] || location="$gateway$location"

  job_status=queued
  for _ in $(seq 1 1200); do   # up to 5 minutes
    curl -sS --max-time 10 -o "$out/job.json" "${auth[@]}" "$location" || true
    # grep, not python: five pollers side by side would each start an interpreter per poll
    job_status=$(grep -o '"state" *: *"[a-z_]*"' "$out/job.json" 2>/dev/null | head -n 1 | cut -d'"' -f4 || true)
    [[ $job_status == succeeded || $job_status == failed ]] && break
    sleep 0.25
  done
  [[ $job_status == succeeded ]] || die "import into $tenant ended $job_status: $(cat "$out/job.json")"
  counts=$(json_field "$out/job.json" '"%d activities, nodes per level %s" % (d["details"]["summary"]["activities"], [l["nodes"] for l in d["details"]["summary"]["levels"]])')
  printf 'plans: %-6s imported "%s": %s\n' "$tenant" "$title" "$counts"
}

# The tenants' imports run side by side (each is its own job in the plans service); reports in the order above.
pids=()
for entry in "${plans[@]}"; do
  read -r tenant user file <<<"$entry"
  import_plan "$tenant" "$user" "$file" >"$work/$tenant.report" 2>&1 &
  pids+=("$!")
done
failed=0
for i in "${!plans[@]}"; do
  read -r tenant _ <<<"${plans[i]}"
  wait "${pids[i]}" || failed=1
  cat "$work/$tenant.report"
done
[[ $failed == 0 ]] || exit 1
