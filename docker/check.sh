#!/usr/bin/env bash
# Checks the stack's configuration without Docker: Prometheus's configuration and alert rules (with their unit
# tests), Alertmanager's configuration and routes, Grafana's dashboard JSON and the compose file.
# Needs promtool (Debian: prometheus), amtool (Debian: prometheus-alertmanager; skipped when absent), python3 and
# docker-compose (Debian: docker-compose) or the docker compose plugin. Installs nothing; exits non-zero on any failure.
# Usage: docker/check.sh (from anywhere)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

step() { printf '\n== %s\n' "$*"; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "check.sh: $1 not found ($2)" >&2; exit 1; }; }

need promtool "install the Debian package prometheus"
need python3 "install python3"

step "promtool check config prometheus/prometheus.yml"
# The configuration as it is mounted (/etc/prometheus/prometheus.yml beside alerts.yml and secrets/): a copy in a
# temporary directory with a throw-away password file where the compose secret would be.
mkdir -p "$tmp/prometheus/secrets"
cp prometheus/prometheus.yml prometheus/alerts.yml "$tmp/prometheus/"
printf '%s' 'not-a-real-password' > "$tmp/prometheus/secrets/metrics_password"
promtool check config "$tmp/prometheus/prometheus.yml"

step "promtool check rules prometheus/alerts.yml"
promtool check rules prometheus/alerts.yml

step "promtool test rules prometheus/alerts.test.yml"
promtool test rules prometheus/alerts.test.yml

step "amtool check-config alertmanager/alertmanager.yml"
if command -v amtool >/dev/null 2>&1; then
    amtool check-config alertmanager/alertmanager.yml
    # the routes: which receivers an alert with these labels reaches
    route() {
        local expected="$1"; shift
        local got
        got="$(amtool config routes test --config.file=alertmanager/alertmanager.yml "$@" 2>/dev/null)"
        if [[ "$got" != "$expected" ]]; then
            echo "route of {$*}: expected $expected, got $got" >&2
            return 1
        fi
        echo "  {$*} -> $got"
    }
    route partnership-business-unit,agency-lead-police \
        alertname=CaseReviewActionOverdue severity=warning team=partnership agency=POLICE
    route partnership-business-unit,agency-lead-childrens-social-care \
        alertname=CaseReviewActionOverdue severity=warning team=partnership agency=CHILDRENS_SOCIAL_CARE
    route partnership-business-unit,agency-lead-health \
        alertname=CaseReviewActionOverdue severity=warning team=partnership agency=PRIMARY_CARE
    route partnership-business-unit \
        alertname=CaseReviewActionOverdue severity=warning team=partnership agency=HOUSING
    route partnership-managers \
        alertname=CaseReviewStatutoryMilestoneOverdue severity=critical team=partnership milestone=RAPID_REVIEW
    route partnership-business-unit \
        alertname=CaseReviewStatutoryMilestoneMissed severity=info team=partnership milestone=PUBLICATION
    route service-on-call alertname=CaseReviewServiceDown severity=critical team=service
    route service-on-call alertname=CaseReviewEventProcessorStalled severity=critical team=service
    route service-team alertname=CaseReviewReadModelsLagging severity=warning team=service
    route service-on-call alertname=CaseReviewRecordTampered severity=critical team=service
    route service-team alertname=CaseReviewIntegrityNotVerified severity=warning team=service
else
    echo "  amtool not found (Debian: prometheus-alertmanager): skipped"
fi

step "Grafana: JSON well-formed"
for f in grafana/dashboards/*.json; do
    python3 -m json.tool "$f" > /dev/null
    echo "  $f"
done
# every panel has a unique id and a datasource the dashboard defines; every alert-relevant metric is on it
python3 - grafana/dashboards/case-review.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
panels = d["panels"]
ids = [p["id"] for p in panels]
assert len(ids) == len(set(ids)), "duplicate panel ids"
variables = {v["name"] for v in d["templating"]["list"]}
exprs = []
for p in panels:
    if p["type"] == "row":
        continue
    assert p.get("datasource", {}).get("uid") == "${datasource}", "panel %r: datasource not ${datasource}" % p["title"]
    assert p.get("targets"), "panel %r has no query" % p["title"]
    exprs += [t["expr"] for t in p["targets"]]
assert "datasource" in variables and "agency" in variables
import re
for metric in ["casereview_actions_overdue", "casereview_actions_open", "casereview_actions",
               "casereview_theme_actions_open", "casereview_theme_actions_overdue", "casereview_recommendations",
               "casereview_milestones", "casereview_read_model_lag_events", "casereview_metrics_refreshed_timestamp_seconds",
               "casereview_integrity_verified_timestamp_seconds", "casereview_integrity_broken",
               "up", "axon_event_processor_latency_milliseconds", "axon_event_processor_processed_total", "axon_command_bus_success_total",
               "axon_command_bus_failure_total"]:
    assert any(re.search(r"\b%s\b(?![_a-zA-Z])" % metric, e) for e in exprs), "no panel queries " + metric
rows = sum(1 for p in panels if p["type"] == "row")
print("  %d panels in %d rows, %d queries" % (len(ids) - rows, rows, len(exprs)))
PY

step "docker-compose config (with .env.example)"
cp .env.example "$tmp/env"
if command -v docker-compose >/dev/null 2>&1; then
    docker-compose -f compose.yaml --env-file "$tmp/env" config -q
elif command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
    docker compose -f compose.yaml --env-file "$tmp/env" config -q
else
    echo "check.sh: neither docker-compose nor the docker compose plugin found (Debian: docker-compose)" >&2
    exit 1
fi
echo "  compose.yaml valid"

printf '\ncheck.sh: all checks passed\n'
