#!/usr/bin/env bash
# Loads the demo's money into the funding service through the gateway, the way the coordinators would:
#
#   infra/local/demo/load-funding.sh <gateway-url> <token-cmd…>
#   infra/local/demo/load-funding.sh http://127.0.0.1:8080 bin/ariadne-token
#
# <token-cmd…> is run with a demo user name appended and must print that user's access token (bin/ariadne-token does).
# Runs after the plans demo (load-plans.sh); funding learns the plans from plans.events only, so it first waits
# until funding sees every activity of the ba, si and ba-04 seed plans. Then
#   1. ba (coordinator.ba): accepts every line its action plan proposes — the two merges of money printed twice
#      (1.5.2 = 4.2.9 safe houses, 1.5.3 = 3.8.1 Strike Force), then the rest (1.5.1, and 4.7.1 / 4.7.2 whose amount
#      is to be determined): GET /proposals, POST /proposals/<key>/accept;
#   2. ba: records the 129,999.04 KM the Ministry of Security paid the four NGO shelters for 2023 on its safe-house line
#      and links that line to ba-04's activity 4.2.6 (the canton sees it read-only);
#   2b. ba: IOM's grant for monitoring: one line funded by IOM (its id looked up in the partners' global registry with
#      a platform-admin token, as link-donors.sh does), 58,000 KM for 2022 of which 45,000 KM disbursed, linked to
#      ba's 1.2.1 and ba-04's 1.2.1 and 1.2.2 — what donor.iom then reads through the donor API;
#   3. si (coordinator.si): imports the budget annex of its action plan (si-budget-annex-2023-2024.csv): a dry run,
#      then the commit;
#   4. prints the totals.
# Idempotent: accepted proposals are not proposed again, the payment and the link are made once, a committed annex
# row is never imported twice. Tokens: bin/ariadne-token. Needs bash, curl and python3.
set -euo pipefail

die() { printf 'load-funding: %s\n' "$*" >&2; exit 1; }
say() { printf 'load-funding: %s\n' "$*" >&2; }

[[ $# -ge 2 ]] || die "usage: $0 <gateway-url> <token-cmd…>"
gateway=${1%/}
shift
token_cmd=("$@")
here=$(cd "$(dirname "$0")" && pwd)
command -v python3 >/dev/null || die "python3 is required"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

token_ba=$("${token_cmd[@]}" coordinator.ba) || die "no token for coordinator.ba (${token_cmd[*]} coordinator.ba)"
token_si=$("${token_cmd[@]}" coordinator.si) || die "no token for coordinator.si (${token_cmd[*]} coordinator.si)"

call() { # tenant token method path [body-file [content-type]] → status; response in $work/response.json
  local tenant=$1 token=$2 method=$3 path=$4 body=${5:-} type=${6:-application/json}
  local args=(-sS --max-time 120 -o "$work/response.json" -w '%{http_code}' -X "$method"
              -H "Authorization: Bearer $token" -H "X-Tenant-Id: $tenant")
  [[ -n $body ]] && args+=(-H "Content-Type: $type" --data-binary "@$body")
  curl "${args[@]}" "$gateway/api/t/$tenant/funding$path" || echo 000
}
field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$work/response.json" "$1"; }
seed_count() { grep -c . "$here/seeds/$1"; }

await_job() { # tenant token → waits for the job whose 202 answer is in response.json
  local tenant=$1 token=$2 job state=queued
  job=$(field 'd["id"]')
  for _ in $(seq 1 240); do
    call "$tenant" "$token" GET "/jobs/$job" >/dev/null
    state=$(field 'd["state"]')
    [[ $state == succeeded || $state == failed ]] && break
    sleep 0.5
  done
  [[ $state == succeeded ]] || die "job $job in $tenant ended $state: $(cat "$work/response.json")"
}

# 0. funding knows the plans (the plans events have arrived)
await_activities() { # tenant token expected
  local n=0
  for _ in $(seq 1 180); do
    if [[ $(call "$1" "$2" GET /activities) == 200 ]]; then
      n=$(field 'len(d["items"])')
      [[ $n -ge $3 ]] && return 0
    fi
    sleep 1
  done
  die "funding sees $n of the $3 activities of the $1 plan (did load-plans.sh run? is funding consuming plans.events?)"
}
await_activities ba "$token_ba" "$(seed_count ba-action-plan-2020-2023.jsonl)"
await_activities si "$token_si" "$(python3 -c 'import json,sys; print(len({json.loads(l).get("task_code") or json.loads(l)["code"] for l in open(sys.argv[1]) if l.strip()}))' "$here/seeds/si-action-plan-2023-2024.jsonl")"

# 1. ba accepts what its plan prints, merges first (GET /proposals lists them first)
accepted=0
for _ in $(seq 1 50); do
  [[ $(call ba "$token_ba" GET /proposals) == 200 ]] || die "GET proposals answered $(cat "$work/response.json")"
  key=$(field 'd["open"][0]["key"] if d["open"] else ""')
  [[ -z $key ]] && break
  why=$(field 'd["open"][0]["why"]')
  printf '{"reason": "as printed in the action plan 2020-2023"}' >"$work/accept.json"
  status=$(call ba "$token_ba" POST "/proposals/$key/accept" "$work/accept.json")
  [[ $status == 201 ]] || die "accepting proposal $key answered HTTP $status: $(cat "$work/response.json")"
  accepted=$((accepted + 1))
  say "ba: accepted ($why)"
done
say "ba: $accepted proposal(s) accepted"

# 2. the shelter payment on the safe-house line, and its link to ba-04's 4.2.6
[[ $(call ba "$token_ba" GET /lines) == 200 ]] || die "GET ba lines failed"
line=$(field '[l["id"] for l in d["items"] if "1.5.2" in l["activityCodes"]][0]')
[[ $(call ba "$token_ba" GET "/lines/$line") == 200 ]] || die "GET line $line failed"
paid=$(field 'any(t["amount"] == "129999.04" and not t["reversal"] for t in d["transactions"])')
if [[ $paid == False ]]; then
  cat >"$work/payment.json" <<'JSON'
{"type": "disbursement", "amount": "129999.04", "currency": "BAM", "date": "2023-12-31", "valueDate": "2023-12-31",
 "provider": {"name": "Ministarstvo sigurnosti BiH"},
 "receiver": {"name": "MFS-EMMAUS Doboj Istok; Budućnost Modriča; Žene sa Une Bihać; Lara Bijeljina"},
 "description": "Smještaj za žrtve trgovine ljudima 2023 – isplate po protokolima s četiri nevladine organizacije",
 "evidence": "Izvještaj Koordinacionog tima ZDK 2021–2024, aktivnost 4.2.6"}
JSON
  status=$(call ba "$token_ba" POST "/lines/$line/transactions" "$work/payment.json")
  [[ $status == 201 ]] || die "recording the shelter payment answered HTTP $status: $(cat "$work/response.json")"
  say "ba: recorded the 2023 shelter payment of 129,999.04 KM"
fi
call ba "$token_ba" GET "/lines/$line" >/dev/null
linked=$(field 'any(k["tenant"] == "ba-04" for k in d["links"])')
if [[ $linked == False ]]; then
  printf '{"tenant": "ba-04", "code": "4.2.6"}' >"$work/link.json"
  for attempt in $(seq 1 120); do
    status=$(call ba "$token_ba" POST "/lines/$line/links" "$work/link.json")
    [[ $status == 200 ]] && break
    # 422 until funding has seen the ba-04 plan (plans.events) and its parent (identity.events)
    [[ $status == 422 ]] || die "linking ba-04's 4.2.6 answered HTTP $status: $(cat "$work/response.json")"
    sleep 1
  done
  [[ $status == 200 ]] || die "linking ba-04's 4.2.6 kept failing: $(cat "$work/response.json")"
  say "ba: linked the safe-house line to ba-04's activity 4.2.6"
fi

# 2b. IOM's monitoring grant: a ba line whose funder is IOM (by its global registry id), linked to ba and ba-04
# (only where identity and partners answer too: run against the funding service alone, the step is skipped)
admin_secret=${ARIADNE_ADMIN_SECRET:-ariadne-admin-local}
admin_token=$(curl -sS --max-time 30 -u "ariadne-admin:$admin_secret" -d grant_type=client_credentials "$gateway/oauth2/token" \
  2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])' 2>/dev/null) || admin_token=""
iom=""
if [[ -n $admin_token ]] && curl -sS --max-time 30 -o "$work/response.json" -H "Authorization: Bearer $admin_token" \
     "$gateway/api/admin/partners/institutions?q=IOM"; then
  iom=$(field '([i["id"] for i in d["items"] if i.get("acronym") == "IOM"] + [""])[0]' 2>/dev/null) || iom=""
fi
[[ -n $iom ]] || say "no platform-admin token or no IOM in the global registry at $gateway: IOM's line is not created"
iom_line=""
if [[ -n $iom ]]; then
  call ba "$token_ba" GET /lines >/dev/null
  iom_line=$(field '([l["id"] for l in d["items"] if l["title"].startswith("IOM – podrška monitoringu")] + [""])[0]')
fi
if [[ -n $iom && -z $iom_line ]]; then
  cat >"$work/iom-line.json" <<JSON
{"title": "IOM – podrška monitoringu i evaluaciji provedbe akcionih planova", "currency": "BAM",
 "holder": {"name": "Ministarstvo sigurnosti BiH"},
 "source": {"kind": "donor", "programme": "IOM BiH counter-trafficking", "funder": {"name": "IOM", "institutionId": "$iom"}},
 "allocations": [{"year": 2022, "amount": "58000.00", "status": "secured"}],
 "links": [{"code": "1.2.1"}, {"tenant": "ba-04", "code": "1.2.1"}, {"tenant": "ba-04", "code": "1.2.2"}]}
JSON
  status=$(call ba "$token_ba" POST /lines "$work/iom-line.json")
  [[ $status == 201 ]] || die "creating IOM's line answered HTTP $status: $(cat "$work/response.json")"
  iom_line=$(field 'd["id"]')
  cat >"$work/iom-payment.json" <<'JSON'
{"type": "disbursement", "amount": "45000.00", "currency": "BAM", "date": "2022-06-30", "valueDate": "2022-06-30",
 "provider": {"name": "IOM"}, "receiver": {"name": "Ministarstvo sigurnosti BiH"},
 "description": "Metodologija monitoringa i IT mehanizam – prva tranša"}
JSON
  status=$(call ba "$token_ba" POST "/lines/$iom_line/transactions" "$work/iom-payment.json")
  [[ $status == 201 ]] || die "recording IOM's payment answered HTTP $status: $(cat "$work/response.json")"
  say "ba: IOM's line (58,000 KM for 2022, 45,000 KM paid) linked to ba 1.2.1 and ba-04 1.2.1, 1.2.2"
fi

# 3. si imports its budget annex: dry run, then commit
for mode in dry-run commit; do
  status=$(call si "$token_si" POST "/imports?format=csv&mode=$mode" "$here/si-budget-annex-2023-2024.csv" text/csv)
  [[ $status == 202 ]] || die "annex $mode answered HTTP $status: $(cat "$work/response.json")"
  await_job si "$token_si"
  say "si: annex $mode: $(field 'str(len(d["details"]["lines"])) + " rows, " + str(d["details"]["created"]) + " created, " + str(d["details"]["alreadyImported"]) + " already imported"')"
done

# 4. what the coordinators now read
call ba "$token_ba" GET /totals >/dev/null
printf '  ba:  planned %s %s, disbursed %s, %s lines, %s amounts to be determined\n' \
  "$(field 'd["own"]["all"]["planned"]')" "$(field 'd["own"]["currency"]')" "$(field 'd["own"]["all"]["disbursed"]')" \
  "$(field 'd["own"]["all"]["lines"]')" "$(field 'd["own"]["all"]["toBeDetermined"]')"
call si "$token_si" GET /totals >/dev/null
printf '  si:  planned %s %s (%s)\n' "$(field 'd["own"]["all"]["planned"]')" "$(field 'd["own"]["currency"]')" \
  "$(field '", ".join(str(y["year"]) + ": " + y["figures"]["planned"] for y in d["own"]["byYear"])')"
