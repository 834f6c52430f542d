"""Writes the Markdown section of the HTTP load from the statistics table of the newest Gatling
report (index.html; Gatling 3.14 writes no JSON statistics)."""
import html
import pathlib
import re
import sys

REQUESTS = ["All Requests", "login page", "login", "login Redirect 1", "grid page"]


def newest_report(folder):
    reports = sorted(pathlib.Path(folder).glob("*/index.html"), key=lambda path: path.stat().st_mtime)
    if not reports:
        sys.exit(f"No Gatling report (index.html) under {folder}")
    return reports[-1]


def table_cells(report):
    """Returns the text of the statistics table's cells, in page order."""
    text = report.read_text(encoding="utf-8")
    start = text.index('id="StatsContainerId"')
    cells = re.sub(r"<[^>]*>", "\n", text[start:]).splitlines()
    return [html.unescape(cell).strip() for cell in cells if cell.strip() and cell.strip() != "&nbsp;"]


def statistics(cells, name):
    """Returns the row of the request: total, ok, ko, % ko, per second, min, p50, p75, p95, p99, max, mean, std."""
    index = cells.index(name)
    values = cells[index + 1:index + 15]
    # The table puts a level number before the counts.
    return values[1:]


def main():
    report = newest_report(sys.argv[1])
    cells = table_cells(report)
    print("## HTTP: the grid page under 50 logged-in users\n")
    print("Gatling (GridPageSimulation): 50 users start at once; each logs in through the login form, "
          "then loads GET /crm/customers (first page, 20 rows, its default filter) in a loop without pause. "
          "40 users are sales01 to sales40, 10 the manager. "
          f"Report: `crm-bench/target/gatling/{report.parent.name}`. Times in ms.\n")
    print("| request | count | errors | requests/s | p50 | p95 | p99 | max |")
    print("|---|---|---|---|---|---|---|---|")
    for name in REQUESTS:
        if name not in cells:
            continue
        total, ok, ko, ko_percent, per_second, minimum, p50, p75, p95, p99, maximum, mean, deviation = \
            statistics(cells, name)
        print(f"| {name} | {total} | {ko} | {per_second} | {p50} | {p95} | {p99} | {maximum} |")
    print()


if __name__ == "__main__":
    main()
