"""Loads the partners demo files through the public API (called by ../load-partners.sh; see there).

python3 load.py [--part registry|links] <gateway-url> <folder> <admin-token> <tenant>=<coordinator-token> ...
Only the standard library: it runs on a fresh machine.

In two parts when the plans are loaded in between (./run does): `registry` (the global registry, each tenant's settings,
institutions, aliases and generic mentions) needs no plan, and loaded first, each activity's printed names are read once,
as the activity arrives from plans.events, instead of again after every institution and alias; `links` (coordination
bodies, recommendations, follow-up reminders) links to plan activities by code, so it runs after the plans. Without
--part, both, in that order.
"""
import concurrent.futures
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def call(gateway, token, method, path, body=None, tenant=None, ok=(200, 201)):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(gateway + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if tenant:
        request.add_header("X-Tenant-Id", tenant)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status, text = response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode("utf-8")
    if status not in ok:
        raise SystemExit("load-partners: %s %s answered %d: %s" % (method, path, status, text[:600]))
    return status, (json.loads(text) if text else None)


def say(message):
    print("load-partners: " + message, flush=True)


def load_global(gateway, folder, admin):
    data = json.load(open(folder + "/global-registry.json", encoding="utf-8"))
    created = 0
    for institution in data["institutions"]:
        status, _ = call(gateway, admin, "POST", "/api/admin/partners/institutions", institution, ok=(201, 409))
        created += status == 201
    say("global registry: %d institutions created, %d already there" % (created, len(data["institutions"]) - created))


class Tenant:
    def __init__(self, gateway, tenant, token):
        self.gateway, self.tenant, self.token = gateway, tenant, token
        self.base = "/api/t/%s/partners" % tenant

    def call(self, method, path, body=None, ok=(200, 201)):
        return call(self.gateway, self.token, method, self.base + path, body, self.tenant, ok)

    def find_institution(self, name, scope):
        _, found = self.call("GET", "/institutions?scope=%s&q=%s" % (scope, urllib.parse.quote(name)))
        matches = [i for i in found["items"] if i["name"] == name]
        if not matches:
            raise SystemExit("load-partners: %s: no %s institution named %r" % (self.tenant, scope, name))
        return matches[0]["id"]

    def activity(self, code):
        """Waits until partners knows the activity printed with this code (plans.events are asynchronous)."""
        for _ in range(120):
            _, found = self.call("GET", "/activities?code=" + urllib.parse.quote(code))
            if found["items"]:
                return {"activityId": found["items"][0]["activityId"]}
            time.sleep(1)
        raise SystemExit("load-partners: %s: activity %s did not arrive from plans (did load-plans.sh run?)" % (self.tenant, code))


def load_registry(t, data):
    """What a tenant's registry holds: settings, institutions, aliases, generic mentions. Returns ids by ref."""
    if "settings" in data:
        t.call("PUT", "/settings", data["settings"])
    ids = {}
    created = 0
    for i in data.get("institutions", []):
        body = {k: v for k, v in i.items() if k not in ("ref", "parent")}
        if "parent" in i:
            body["parentId"] = ids[i["parent"]]
        status, answer = t.call("POST", "/institutions", body, ok=(201, 409))
        if status == 201:
            ids[i["ref"]] = answer["id"]
            created += 1
        else:
            ids[i["ref"]] = t.find_institution(i["name"], "tenant")
    aliases = [{"text": a["text"], "kind": a["kind"], "source": a.get("source"),
                "institutionId": t.find_institution(a["global"], "global") if "global" in a else ids[a["institution"]]}
               for a in data.get("aliases", [])]
    aliases += [{"text": text, "kind": "generic", "source": "curated"} for text in data.get("generic", [])]
    if aliases:
        t.call("POST", "/aliases", {"aliases": aliases})
    say("%s: %d institutions created (%d in the file), %d further aliases and generic mentions"
        % (t.tenant, created, len(data.get("institutions", [])), len(aliases)))
    return ids


def registry_ids(t, data):
    """The ids of a tenant's institutions of the file, as load_registry made them (for the links part run alone)."""
    return {i["ref"]: t.find_institution(i["name"], "tenant") for i in data.get("institutions", [])}


def load_links(t, data, ids):
    """What links to plan activities: coordination bodies and recommendations; then the reminders due today."""
    load_bodies(t, data.get("bodies", []), ids)
    load_recommendations(t, data)
    _, sent = t.call("POST", "/reminders/send")
    _, queue = t.call("GET", "/review")
    say("%s: %d follow-up reminder(s) sent now; %d printed name(s) wait in the review queue"
        % (t.tenant, sent["sent"], queue["total"]))


def load_bodies(t, bodies, ids):
    _, existing = t.call("GET", "/bodies")
    names = {b["name"] for b in existing["items"]}
    for b in bodies:
        if b["name"] in names:
            say("%s: body %r is there already" % (t.tenant, b["name"]))
            continue
        body = {k: b[k] for k in ("name", "kind", "legalAct", "cadence", "declaredMemberCount") if k in b}
        if "host" in b:
            body["hostInstitutionId"] = ids[b["host"]]
        body["activities"] = [t.activity(a["code"]) for a in b.get("activities", [])]
        _, created = t.call("POST", "/bodies", body)
        path = "/bodies/" + created["id"]
        for m in b.get("memberships", []):
            member = {k: v for k, v in m.items() if k != "institution"}
            if "institution" in m:
                member["institutionId"] = ids[m["institution"]]
            t.call("POST", path + "/memberships", member)
        meetings = {}
        for m in b.get("meetings", []):
            _, answer = t.call("POST", path + "/meetings", {k: v for k, v in m.items() if k != "ref"})
            meetings[m.get("ref")] = answer["partId"]
        decisions = {}
        for d in b.get("decisions", []):
            decision = {k: v for k, v in d.items() if k not in ("ref", "meeting")}
            if "meeting" in d:
                decision["meetingId"] = meetings[d["meeting"]]
            _, answer = t.call("POST", path + "/decisions", decision)
            decisions[d.get("ref")] = answer["partId"]
        for task in b.get("tasks", []):
            t.call("POST", path + "/tasks", {"decisionId": decisions[task["decision"]], "text": task["text"],
                                             "assigneeInstitutionIds": [ids[a] for a in task["assignees"]],
                                             "due": task.get("due"), "assignedOn": task.get("assignedOn"),
                                             "activities": [t.activity(a["code"]) for a in task.get("activities", [])]})
        _, view = t.call("GET", path)
        say("%s: body %r: %d members, %d meetings, %d decisions, %d tasks; flags: %s"
            % (t.tenant, b["name"], len(view["memberships"]), len(view["meetings"]), len(view["decisions"]),
               len(view["tasks"]), "; ".join(f["message"] for f in view["flags"]) or "none"))


def load_recommendations(t, data):
    if not data.get("recommendationSources"):
        return
    _, existing = t.call("GET", "/recommendation-sources")
    by_title = {s["title"]: s["id"] for s in existing["items"]}
    sources, fresh = {}, set()
    for s in data["recommendationSources"]:
        if s["title"] in by_title:
            sources[s["ref"]] = by_title[s["title"]]
        else:
            _, created = t.call("POST", "/recommendation-sources", {k: v for k, v in s.items() if k != "ref"})
            sources[s["ref"]] = created["id"]
            fresh.add(s["ref"])
    count = 0
    for r in data.get("recommendations", []):
        if r["source"] not in fresh:
            continue
        body = {k: v for k, v in r.items() if k not in ("source", "activities")}
        body["sourceId"] = sources[r["source"]]
        body["activities"] = [t.activity(a["code"]) for a in r.get("activities", [])]
        t.call("POST", "/recommendations", body)
        count += 1
    say("%s: %d recommendations recorded (%d in the file)" % (t.tenant, count, len(data.get("recommendations", []))))


def main():
    args = sys.argv[1:]
    part = "all"
    if args[:1] == ["--part"]:
        part, args = args[1], args[2:]
    if part not in ("all", "registry", "links"):
        raise SystemExit("load-partners: --part is registry or links, not %r" % part)
    gateway, folder, admin = args[0].rstrip("/"), args[1], args[2]
    if part != "links":
        load_global(gateway, folder, admin)

    def load(pair):
        tenant, token = pair.split("=", 1)
        t = Tenant(gateway, tenant, token)
        data = json.load(open("%s/%s.json" % (folder, tenant), encoding="utf-8"))
        ids = load_registry(t, data) if part != "links" else registry_ids(t, data)
        if part != "registry":
            load_links(t, data, ids)

    # the tenants side by side (each its own coordinator and data); the first failure ends the load
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(args[3:]) or 1) as pool:
        for done in [pool.submit(load, pair) for pair in args[3:]]:
            done.result()


if __name__ == "__main__":
    main()
