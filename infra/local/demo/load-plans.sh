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
# title is skipped, so a second ./run loads nothing twice. Needs bash, curl and python3.
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

for entry in "${plans[@]}"; do
  read -r tenant user file <<<"$entry"
  [[ -f "$seeds/$file" ]] || die "missing seed $seeds/$file"
  title=$(head -n 1 "$seeds/$file" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["plan"])')
  token=$("${token_cmd[@]}" "$user") || die "no token for $user (${token_cmd[*]} $user)"
  auth=(-H "Authorization: Bearer $token" -H "X-Tenant-Id: $tenant")

  status=$(curl -sS --max-time 30 -o "$work/plans.json" -w '%{http_code}' "${auth[@]}" "$gateway/api/t/$tenant/plans") || status=000
  [[ $status == 200 ]] || die "GET /api/t/$tenant/plans answered HTTP $status: $(cat "$work/plans.json" 2>/dev/null)"
  if TITLE="$title" python3 -c 'import json,os,sys; sys.exit(0 if any(p["title"]==os.environ["TITLE"] for p in json.load(open(sys.argv[1]))["items"]) else 1)' "$work/plans.json"; then
    printf 'plans: %-6s already has "%s"\n' "$tenant" "$title"
    continue
  fi

  status=$(curl -sS --max-time 60 -o "$work/job.json" -w '%{http_code}' -D "$work/headers" "${auth[@]}" \
             -H 'Content-Type: application/x-ndjson' --data-binary "@$seeds/$file" \
             "$gateway/api/t/$tenant/plans/imports?format=jsonl&mode=commit") || status=000
  [[ $status == 202 ]] || die "import into $tenant answered HTTP $status: $(cat "$work/job.json" 2>/dev/null)"
  location=$(grep -i '^location:' "$work/headers" | tr -d '\r' | sed 's/^[Ll]ocation: *//')
  [[ -n $location ]] || die "import into $tenant: no Location header"
  [[ $location == http* ]] || location="$gateway$location"

  job_status=queued
  for _ in $(seq 1 600); do
    curl -sS --max-time 10 -o "$work/job.json" "${auth[@]}" "$location" || true
    job_status=$(json_field "$work/job.json" 'd.get("state")' 2>/dev/null || echo unknown)
    [[ $job_status == succeeded || $job_status == failed ]] && break
    sleep 0.5
  done
  [[ $job_status == succeeded ]] || die "import into $tenant ended $job_status: $(cat "$work/job.json")"
  counts=$(json_field "$work/job.json" '"%d activities, nodes per level %s" % (d["details"]["summary"]["activities"], [l["nodes"] for l in d["details"]["summary"]["levels"]])')
  printf 'plans: %-6s imported "%s": %s\n' "$tenant" "$title" "$counts"
done
