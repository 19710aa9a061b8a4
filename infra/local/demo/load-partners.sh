#!/usr/bin/env bash
# Loads the partners demo data through the gateway, the way a national coordinator's office would enter it:
#   1. the platform's global registry (IOM, Council of Europe, World Vision …) with a platform-admin token
#      (client credentials, as ./run gets one): partners/global-registry.json → POST /api/admin/partners/...
#   2. per tenant (partners/<tenant>.json) with that tenant's coordinator token (bin/ariadne-token coordinator.<t>):
#      settings, institutions with the aliases the plans print, aliases of global institutions, generic mentions,
#      coordination bodies (members, meetings, decisions, follow-up tasks), recommendation sources and recommendations.
#   3. sends the follow-up reminders due today (each is e-mailed once), prints the review queue sizes.
#
#   infra/local/demo/load-partners.sh <gateway-url> [registry|links]
#
# registry = steps 1 and 2 up to the generic mentions (needs no plan), links = the rest of 2 and 3 (after the plans);
# ./run loads the registry before the plans, so each activity's printed names are read once, on arrival (partners/load.py).
#
# The whole (or its links part) runs after load-plans.sh: links to plan activities are made by code ("5.1"), so it waits until partners knows
# each plan's activities (from plans.events). Idempotent: what exists (201 before / 409 now) is left as it is, so a
# second ./run loads nothing twice. Needs bash, curl and python3.
set -euo pipefail

die() { printf 'load-partners: %s\n' "$*" >&2; exit 1; }
[[ $# -eq 1 || $# -eq 2 ]] || die "usage: $0 <gateway-url> [registry|links]"
gateway=${1%/}
part=()
if [[ $# -eq 2 ]]; then
  [[ $2 == registry || $2 == links ]] || die "the second argument is registry or links, not '$2'"
  part=(--part "$2")
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
command -v python3 >/dev/null || die "python3 is required"
command -v curl >/dev/null || die "curl is required"

admin_secret=${ARIADNE_ADMIN_SECRET:-ariadne-admin-local}
admin_token=$(curl -sS --max-time 30 -u "ariadne-admin:$admin_secret" -d grant_type=client_credentials "$gateway/oauth2/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])') || die "no platform-admin token from $gateway/oauth2/token"

declare -A coordinator=([me]=coordinator.me [ba]=coordinator.ba [ba-04]=coordinator.ba04 [si]=coordinator.si [xk]=coordinator.xk)
tokens=()
for tenant in me ba ba-04 si xk; do
  token=$(ARIADNE_URL=$gateway "$root/bin/ariadne-token" "${coordinator[$tenant]}") || die "no token for ${coordinator[$tenant]}"
  tokens+=("$tenant=$token")
done

exec python3 "$here/partners/load.py" "${part[@]}" "$gateway" "$here/partners" "$admin_token" "${tokens[@]}"
