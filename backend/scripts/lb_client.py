"""The office's everyday calls, sent through the load balancer by a few workers until told to stop: log in once,
then create an organization (with an Idempotency-Key), read it, change it with its ETag, search, open a report.
Counts every answer per phase and per replica (X-Served-By); any 5xx or failed connection is a failure."""
import json
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter

base, password, phase_file, out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
counts = Counter()
failures = []
lock = threading.Lock()


def phase():
    try:
        with open(phase_file) as f:
            return f.read().strip()
    except OSError:
        return "?"


def call(method, path, body=None, headers=None, expect=(200,)):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    at = phase()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, served, etag, text = response.status, response.headers.get("X-Served-By", "?"), response.headers.get("ETag"), response.read()
    except urllib.error.HTTPError as e:
        status, served, etag, text = e.code, e.headers.get("X-Served-By", "?"), None, e.read()
    except Exception as e:  # a connection the balancer could not complete
        with lock:
            failures.append(f"{at} {method} {path}: {e}")
        return None, None
    with lock:
        counts[(at, served)] += 1
        if status not in expect:
            failures.append(f"{at} {method} {path}: {status} {text[:200]!r}")
    return (json.loads(text) if text else None), etag


token, _ = call("POST", "/api/v1/auth/login", {"username": "admin", "password": password})
auth = {"Authorization": "Bearer " + token["accessToken"]}


def worker():
    while phase() != "stop":
        name = "Sở Ngoại vụ " + uuid.uuid4().hex[:8]
        created, _ = call(
            "POST",
            "/api/v1/organizations",
            {"name": name, "type": "GOVERNMENT_AGENCY", "countryCode": "VN"},
            {**auth, "Idempotency-Key": str(uuid.uuid4())},
            expect=(201,),
        )
        if not created:
            continue
        path = f"/api/v1/organizations/{created['id']}"
        _, etag = call("GET", path, headers=auth)
        call("PUT", path, {"name": name, "type": "GOVERNMENT_AGENCY", "countryCode": "VN", "notes": "đã xác minh"},
             {**auth, "If-Match": etag or '"0"'})
        call("GET", "/api/v1/organizations?q=" + urllib.request.quote(name.lower()), headers=auth)
        call("GET", "/api/v1/reports/aid?groupBy=province", headers=auth)


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(out, "w") as f:
    json.dump({"counts": {f"{p}/{s}": n for (p, s), n in counts.items()}, "failures": failures[:50], "failed": len(failures)}, f)
