"""Writes the Markdown section of the HTTP load from the newest Gatling report's js/stats.json."""
import json
import pathlib
import sys



def newest_report(folder):
    reports = sorted(pathlib.Path(folder).glob("*/js/stats.json"), key=lambda path: path.stat().st_mtime)
    if not reports:
        sys.exit(f"No Gatling report (js/stats.json) under {folder}")
    return reports[-1]


def rows(stats):
    yield "all requests", stats["stats"]
    for entry in stats.get("contents", {}).values():
        yield entry["name"], entry["stats"]


def main():
    report = newest_report(sys.argv[1])
    stats = json.loads(report.read_text(encoding="utf-8"))
    print("## HTTP: the grid page under 50 logged-in users\n")
    print("Gatling (GridPageSimulation): 50 users start at once, each logs in through the login form "
          "and loads GET /crm/customers (first page, 20 rows, its default filter) in a loop without pause. "
          f"Report: `{report.parent.parent.name}`. Times in ms.\n")
    print("| request | count | errors | requests/s | p50 | p95 | p99 | max |")
    print("|---|---|---|---|---|---|---|---|")
    for name, values in rows(stats):
        print(f"| {name} | {values['numberOfRequests']['total']} | {values['numberOfRequests']['ko']} "
              f"| {values['meanNumberOfRequestsPerSecond']['total']:.1f} "
              f"| {values['percentiles1']['total']} | {values['percentiles3']['total']} "
              f"| {values['percentiles4']['total']} | {values['maxResponseTime']['total']} |")
    print()


if __name__ == "__main__":
    main()
