#!/usr/bin/env bash
# Links the demo's donor users to their donor organisations, once the partners' global registry holds them:
#
#   infra/local/demo/link-donors.sh <gateway-url>
#
# A donor user (donor-organisations.json: username, the organisation's acronym in the registry) belongs to a donor
# organisation, not to tenants. The organisation's id is minted by the partners service when the platform
# administrator registers it (load-partners.sh), so the link is made afterwards, with a platform-admin token:
# GET /api/admin/partners/institutions?q=<acronym> → PUT /api/admin/users/<username>/donor-organisation.
# Idempotent (a PUT). Prints each organisation's id, which load-funding.sh also looks up. Needs curl and python3.
set -euo pipefail

die() { printf 'link-donors: %s\n' "$*" >&2; exit 1; }
[[ $# -eq 1 ]] || die "usage: $0 <gateway-url>"
gateway=${1%/}
here=$(cd "$(dirname "$0")" && pwd)
command -v python3 >/dev/null || die "python3 is required"

admin_secret=${ARIADNE_ADMIN_SECRET:-ariadne-admin-local}
admin_token=$(curl -sS --max-time 30 -u "ariadne-admin:$admin_secret" -d grant_type=client_credentials "$gateway/oauth2/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])') || die "no platform-admin token from $gateway/oauth2/token"

exec python3 - "$gateway" "$admin_token" "$here/donor-organisations.json" <<'PY'
import json, sys, urllib.parse, urllib.request

gateway, token, file = sys.argv[1], sys.argv[2], sys.argv[3]

def call(method, path, body=None):
    request = urllib.request.Request(gateway + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)

for donor in json.load(open(file, encoding="utf-8")):
    found = call("GET", "/api/admin/partners/institutions?q=" + urllib.parse.quote(donor["acronym"]))["items"]
    matches = [i for i in found if i.get("acronym") == donor["acronym"]]
    if len(matches) != 1:
        sys.exit("link-donors: the global registry holds %d institutions with the acronym %s (load-partners.sh first)"
                 % (len(matches), donor["acronym"]))
    user = call("PUT", "/api/admin/users/%s/donor-organisation" % donor["username"], {"institutionId": matches[0]["id"]})
    print("link-donors: %s speaks for %s (%s)" % (user["username"], donor["acronym"], user["donorOrganisation"]))
PY
