#!/usr/bin/env bash
# Loads the Zenica-Doboj (ba-04) 2021–2024 monitoring round, as printed in the coordination team's report (seed 003),
# into the monitoring service through the gateway, and configures ba-04's reporting as that report counts and prints:
#
#   infra/local/demo/load-monitoring.sh http://127.0.0.1:8080
#
# Runs after the plans demo (load-plans.sh) and the partners demo (load-partners.sh): it waits until monitoring's
# overview shows the ba-04 plan with all its activities (monitoring learns plans from plans.events only) and how
# partners read their institution names (partners.events), then
#   1. PUT  /api/t/ba-04/monitoring/settings/reporting   (ba-04-reporting-settings.json: every reported status
#      except not_started counts as implemented, truncated percentages, decimal comma, Bosnian)
#      PUT  /api/t/ba-04/monitoring/settings/reminders  (ba-04-reminder-settings.json: demo addresses per institution)
#   2. POST /api/t/ba-04/monitoring/plans/<plan>/rounds/import  (ba-04-round-2021-2024.json + the report's lines from
#      seeds/ba-04-monitoring-report-2021-2024.jsonl) → a job; waits for it. 409 = imported before (a second ./run).
#   3. prints the round's roll-up per area.
# Token: bin/ariadne-token coordinator.ba04. Needs bash, curl and python3.
set -euo pipefail

die() { printf 'load-monitoring: %s\n' "$*" >&2; exit 1; }
say() { printf 'load-monitoring: %s\n' "$*" >&2; }

[[ $# -eq 1 ]] || die "usage: $0 <gateway-url>"
gateway=${1%/}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
lines="$here/seeds/ba-04-monitoring-report-2021-2024.jsonl"
[[ -f $lines ]] || die "missing $lines"
command -v python3 >/dev/null || die "python3 is required"

token=$(ARIADNE_URL=$gateway "$root/bin/ariadne-token" coordinator.ba04) || die "no token for coordinator.ba04"
api="$gateway/api/t/ba-04/monitoring"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

call() { # method path [body-file] → status; response in $work/response.json
  local method=$1 path=$2 body=${3:-}
  local args=(-sS --max-time 60 -o "$work/response.json" -w '%{http_code}' -X "$method"
              -H "Authorization: Bearer $token" -H 'X-Tenant-Id: ba-04')
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "@$body")
  curl "${args[@]}" "$api$path" || echo 000
}

# 0. the plan, as soon as monitoring's read model holds all of its activities
expected=$(wc -l <"$lines" | tr -d ' ')
title=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["plan"])' "$lines")
plan=""
for _ in $(seq 1 120); do
  if [[ $(call GET /overview) == 200 ]]; then
    plan=$(python3 - "$work/response.json" "$title" "$expected" <<'PY'
import json, sys
overview = json.load(open(sys.argv[1]))
for p in overview.get("plans", []):
    if p.get("title") == sys.argv[2] and p.get("activityCount") == int(sys.argv[3]):
        print(p["planId"]); break
PY
)
  fi
  [[ -n $plan ]] && break
  sleep 2
done
[[ -n $plan ]] || die "the ba-04 plan '$title' with $expected activities did not appear in $api/overview (did load-plans.sh run?)"
say "plan $plan"

# 0b. how partners read the plan's printed names (load-partners.sh ran before): the round then asks one contribution
#     per institution, not per spelling. Without partners this waits a minute and goes on with the printed names.
for _ in $(seq 1 60); do
  [[ $(call GET "/plans/$plan/activities") == 200 ]] || break
  if python3 - "$work/response.json" <<'PY'
import json, sys
activities = json.load(open(sys.argv[1]))["activities"]
waiting = [a for a in activities if a["leadInstitutions"] and not a.get("institutions")]
sys.exit(0 if not waiting else 1)
PY
  then say "partners' reading of the plan's names is there"; break; fi
  sleep 1
done

# 1. reporting settings
status=$(call PUT /settings/reporting "$here/ba-04-reporting-settings.json")
[[ $status == 200 ]] || die "PUT settings answered HTTP $status: $(cat "$work/response.json")"

# 1b. where reminders go (the local stack's SMTP server writes them to .data/mail/; docs/operations.md)
status=$(call PUT /settings/reminders "$here/ba-04-reminder-settings.json")
[[ $status == 200 ]] || die "PUT reminder settings answered HTTP $status: $(cat "$work/response.json")"

# 2. the printed round
python3 - "$here/ba-04-round-2021-2024.json" "$lines" >"$work/import.json" <<'PY'
import json, sys
request = json.load(open(sys.argv[1]))
request["lines"] = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
print(json.dumps(request, ensure_ascii=False))
PY
status=$(call POST "/plans/$plan/rounds/import" "$work/import.json")
case $status in
  202)
    job=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/response.json")
    state=queued
    for _ in $(seq 1 120); do
      call GET "/jobs/$job" >/dev/null
      state=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["state"])' "$work/response.json")
      [[ $state == succeeded || $state == failed ]] && break
      sleep 1
    done
    [[ $state == succeeded ]] || die "import job $job: $(cat "$work/response.json")"
    round=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["result"]["resourceId"])' "$work/response.json")
    say "imported round $round" ;;
  409)
    round=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["roundId"])' "$work/response.json")
    say "round $round was imported before" ;;
  *) die "import answered HTTP $status: $(cat "$work/response.json")" ;;
esac

# 3. the roll-up per area, as the report's conclusion prints it
status=$(call GET "/rounds/$round/rollup")
[[ $status == 200 ]] || die "roll-up answered HTTP $status"
python3 - "$work/response.json" <<'PY'
import json, sys
rollup = json.load(open(sys.argv[1]))
for sentence in rollup["sentences"]:
    print("  " + sentence)
for issue in rollup["issues"]:
    if issue["severity"] == "error":
        print("  check: " + issue["message"])
PY
