"""``make bench``'s results: the budgets, ``bench/results.json``, the
Markdown table ``bench/results.md`` and the plot ``bench/results.png``.

``write(report, folder)`` takes what ``bench.run`` gathered: ``results``
(one entry per database and size: the search figures of ``bench.measure``,
``pages`` from ``bench.pages``, ``fresh`` from ``bench.fresh``), ``load``
(one entry per database, ``bench.load``) and the exchange's and
registration's entries, and adds the ``budgets`` object.

Budgets are issue 13's. Page, cached page and API budgets must hold at
every size (the worst size is the one reported); search, rebuild, a fresh
process's first search and its memory are set for 100,000 documents and
are judged at the largest size measured (with a note when that is smaller).
"""

import json
import statistics
from pathlib import Path

from bench.pages import API_SIZES, PAGES

LARGEST_TARGET = 100_000
ROLES = ("anonymous", "member")
FIVE_FACETS = "ours: text, 5 facets"
SEARCH_TARGET_MS = {"postgresql": 30, "sqlite": 50}
NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}
COMPARE = {"<=": lambda a, b: a <= b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b}


def budget(target, comparison, measured, documents, unit, note=None):
    entry = {
        "target": target,
        "comparison": comparison,
        "measured": measured,
        "unit": unit,
        "pass": measured is not None and COMPARE[comparison](measured, target),
        "documents": documents,
    }
    if note:
        entry["note"] = note
    return entry


def worst(entries, read, highest=True):
    """(value, documents) of the worst size: highest (or lowest) ``read``."""
    values = [(read(entry), entry["search_documents"]) for entry in entries]
    values = [(value, documents) for value, documents in values if value is not None]
    if not values:
        return None, None
    return (max if highest else min)(values, key=lambda item: item[0])


def fresh_median(entry, name):
    runs = entry.get("fresh") or []
    return round(statistics.median(run[name] for run in runs), 1) if runs else None


def rebuild_rate(entry):
    seconds = entry.get("rebuild_search_index_seconds")
    return round(entry["search_documents"] / seconds) if seconds else None


def database_budgets(entries, load=None):
    """The budgets of one database; ``entries``: its sizes."""
    result = {}
    entries = sorted(entries, key=lambda entry: entry["search_documents"])
    for page in PAGES:
        for role in ROLES:
            for label, field, target, unit in (
                ("SQL queries", "queries", 10, "queries"),
                ("median ÷ minimal Wagtail page", "ratio_to_minimal", 2, "×"),
                ("median ÷ bare view", "ratio_to_bare", 15, "×"),
            ):
                value, documents = worst(
                    entries,
                    lambda entry, page=page, role=role, field=field: entry["pages"]["pages"][page][
                        role
                    ][field],
                )
                result[f"{page}, {role}: {label}"] = budget(target, "<=", value, documents, unit)
        for label, field, target, unit in (
            ("SQL queries", "queries", 0, "queries"),
            ("median ÷ bare view", "ratio_to_bare", 2, "×"),
        ):
            value, documents = worst(
                entries,
                lambda entry, page=page, field=field: entry["pages"]["pages"][page]["cached"][
                    field
                ],
            )
            result[f"{page}, cached: {label}"] = budget(target, "<=", value, documents, unit)
    for api in entries[0]["pages"]["apis"]:
        # The difference between the query counts at 50 and at 10 items: 0.
        value, documents = worst(
            entries,
            lambda entry, api=api: abs(
                entry["pages"]["apis"][api][str(API_SIZES[-1])]["queries"]
                - entry["pages"]["apis"][api][str(API_SIZES[0])]["queries"]
            ),
        )
        result[f"{api}: SQL queries at {API_SIZES[-1]} − at {API_SIZES[0]} items"] = budget(
            0, "<=", value, documents, "queries"
        )

    largest = entries[-1]
    documents = largest["search_documents"]
    note = None
    if documents < LARGEST_TARGET * 0.9:
        note = f"target set for {LARGEST_TARGET:,} documents; measured at {documents:,}"
    vendor = largest["database"]
    five = largest["measurements"].get(FIVE_FACETS, {}).get("median_ms")
    result["search, text + 5 facets: median"] = budget(
        SEARCH_TARGET_MS[vendor], "<=", five, documents, "ms", note
    )
    result["index rebuild: documents per second"] = budget(
        1000, ">=", rebuild_rate(largest), documents, "documents/s", note
    )
    result["fresh process: first search"] = budget(
        500, "<", fresh_median(largest, "first_search_ms"), documents, "ms", note
    )
    result["fresh process: resident memory after the first search"] = budget(
        200, "<", fresh_median(largest, "rss_mb"), documents, "MB", note
    )
    if load is not None:
        result["load run: errors"] = budget(0, "<=", load["errors"], documents, "errors")
    return result


def budgets(report):
    """{database: {budget: {target, comparison, measured, unit, pass, documents}}}."""
    loads = {entry["database"]: entry for entry in report.get("load", [])}
    by_database = {}
    for entry in report["results"]:
        by_database.setdefault(entry["database"], []).append(entry)
    return {
        database: database_budgets(entries, loads.get(database))
        for database, entries in by_database.items()
    }


# --- the Markdown table ------------------------------------------------------------


def columns(report):
    """(database, documents, entry) in the table's order: SQLite first."""
    order = {"sqlite": 0, "postgresql": 1}
    return sorted(
        ((entry["database"], entry["search_documents"], entry) for entry in report["results"]),
        key=lambda item: (order.get(item[0], 9), item[1]),
    )


def cell(stats, queries=True):
    if not stats:
        return "–"
    text = f"{stats['median_ms']:.1f} / {stats['p95_ms']:.1f}"
    return f"{text} ({stats['queries']} q)" if queries and "queries" in stats else text


def number(value, suffix=""):
    if value is None:
        return "–"
    return f"{value:,.1f}{suffix}" if isinstance(value, float) else f"{value:,}{suffix}"


def markdown(report):
    cols = columns(report)
    head = "| measurement | " + " | ".join(f"{NAMES[db]} {docs:,}" for db, docs, _ in cols) + " |"
    rule = "|---" * (len(cols) + 1) + "|"
    lines = [
        "# `make bench` results",
        "",
        f"Started {report['started_at']} on {report['machine']['platform']}, "
        f"{report['machine']['cpus']} CPUs, Python {report['machine']['python']}; "
        f"{report['runs']} timed runs after {report['warmups']} warm-ups "
        f"(at most {report['budget_seconds']:.0f} s per measurement).",
        "",
        "## Pages, references and APIs",
        "",
        "Median / p95 in ms (SQL queries of one warm request). Uncached: each",
        "anonymous request has a query string of its own; cached: the same URL",
        "again for an anonymous reader.",
        "",
        head,
        rule,
    ]

    def row(label, read, **options):
        values = []
        for _db, _docs, entry in cols:
            try:
                values.append(cell(read(entry), **options))
            except KeyError:
                values.append("–")
        lines.append(f"| {label} | " + " | ".join(values) + " |")

    for name in ("bare Django view", "minimal Wagtail page"):
        row(f"reference: {name}", lambda entry, name=name: entry["pages"]["references"][name])
    for page in PAGES:
        for role in (*ROLES, "cached"):
            row(
                f"{page}, {role}",
                lambda entry, page=page, role=role: entry["pages"]["pages"][page][role],
            )
    for api in cols[0][2]["pages"]["apis"] if cols else ():
        for size in API_SIZES:
            row(
                f"{api}, {size} items",
                lambda entry, api=api, size=size: entry["pages"]["apis"][api][str(size)],
            )

    lines += ["", "## Search, rebuild, a fresh process", "", head, rule]
    for name in (
        FIVE_FACETS,
        "ours: text, no facet",
        "ours: browse (no text, no facet)",
        "stock: text, 2 facets (approach, evidence)",
    ):
        row(name, lambda entry, name=name: entry["measurements"][name], queries=False)

    def plain(label, read):
        lines.append(
            f"| {label} | " + " | ".join(number(read(entry)) for _db, _docs, entry in cols) + " |"
        )

    plain(
        "ours ÷ stock, text + 2 facets (median)",
        lambda entry: (entry.get("ratio_ours_to_stock") or {}).get("text, 2 facets"),
    )
    plain("rebuild_search_index: documents per second", rebuild_rate)
    plain("fresh process: start-up ms", lambda entry: fresh_median(entry, "startup_ms"))
    plain("fresh process: first search ms", lambda entry: fresh_median(entry, "first_search_ms"))
    plain("fresh process: resident MB after it", lambda entry: fresh_median(entry, "rss_mb"))

    if report.get("load"):
        lines += [
            "",
            "## Load run (gunicorn, production settings, locust)",
            "",
            "| database | documents | users | requests | requests/s | p50 ms | p95 ms | errors |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for load in report["load"]:
            lines.append(
                f"| {NAMES[load['database']]} | {load.get('documents', 0):,} | {load['users']} | "
                f"{load['requests']:,} | {load['requests_per_second']} | {load['p50_ms']:.0f} | "
                f"{load['p95_ms']:.0f} | {load['errors']} |"
            )

    table_budgets = report.get("budgets") or {}
    databases = list(table_budgets)
    if databases:
        lines += [
            "",
            "## Budgets",
            "",
            "Worst size for pages and APIs; the largest size for the others.",
            "",
            "| budget | target | " + " | ".join(NAMES[db] for db in databases) + " |",
            "|---|---|" + "---|" * len(databases),
        ]
        names = list(dict.fromkeys(name for db in databases for name in table_budgets[db]))
        for name in names:
            first = next(table_budgets[db][name] for db in databases if name in table_budgets[db])
            target = f"{first['comparison']} {first['target']:,} {first['unit']}"
            cells = []
            for db in databases:
                item = table_budgets[db].get(name)
                if item is None:
                    cells.append("–")
                    continue
                verdict = "pass" if item["pass"] else "**FAIL**"
                note = " ¹" if item.get("note") else ""
                cells.append(f"{number(item['measured'])} {verdict}{note}")
            lines.append(f"| {name} | {target} | " + " | ".join(cells) + " |")
        notes = {item.get("note") for db in databases for item in table_budgets[db].values()}
        notes.discard(None)
        for note in sorted(notes):
            lines.append(f"\n¹ {note}.")
    return "\n".join(lines) + "\n"


# --- the plot -------------------------------------------------------------------------


def plot(report, path):
    """Median latency against documents: pages, search, APIs; SQLite solid,
    PostgreSQL dashed."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(1, 3, figsize=(18, 6))
    styles = {"sqlite": "-", "postgresql": "--"}
    by_database = {}
    for database, documents, entry in columns(report):
        by_database.setdefault(database, []).append((documents, entry))

    def series(axis, label, read, database, points):
        xs, ys = [], []
        for documents, entry in points:
            try:
                value = read(entry)
            except KeyError:
                continue
            if value is not None:
                xs.append(documents)
                ys.append(value)
        if xs:
            axis.plot(xs, ys, styles.get(database, ":"), marker="o", label=f"{label} ({database})")

    for database, points in by_database.items():
        for page in PAGES:
            for role in (*ROLES, "cached"):
                series(
                    axes[0],
                    f"{page}, {role}",
                    lambda entry, page=page, role=role: entry["pages"]["pages"][page][role][
                        "median_ms"
                    ],
                    database,
                    points,
                )
        series(
            axes[0],
            "minimal Wagtail page",
            lambda entry: entry["pages"]["references"]["minimal Wagtail page"]["median_ms"],
            database,
            points,
        )
        for name in (FIVE_FACETS, "ours: text, no facet", "ours: browse (no text, no facet)"):
            series(
                axes[1],
                name,
                lambda entry, name=name: entry["measurements"][name]["median_ms"],
                database,
                points,
            )
        for api in points[0][1]["pages"]["apis"]:
            for size in API_SIZES:
                series(
                    axes[2],
                    f"{api}, {size}",
                    lambda entry, api=api, size=size: entry["pages"]["apis"][api][str(size)][
                        "median_ms"
                    ],
                    database,
                    points,
                )
    for axis, title in zip(axes, ("Pages", "Search", "APIs"), strict=True):
        axis.set_title(f"{title}: median ms (SQLite solid, PostgreSQL dashed)")
        axis.set_xlabel("searchable documents")
        axis.set_ylabel("median ms")
        axis.set_xscale("log")
        axis.grid(True, alpha=0.3)
        axis.legend(fontsize=6, loc="upper left")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    pyplot.close(figure)


def write(report, folder):
    """Add the budgets; write results.json, results.md and results.png in
    ``folder``; return the Markdown."""
    folder = Path(folder)
    report["budgets"] = budgets(report)
    (folder / "results.json").write_text(json.dumps(report, indent=2, default=str))
    text = markdown(report)
    (folder / "results.md").write_text(text)
    if report["results"]:
        plot(report, folder / "results.png")
    return text
