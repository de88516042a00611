"""The `newsledger` command: a thin shell over :mod:`newsledger.service`.  Each command's docstring is its --help."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from newsledger import __version__, errors, output, service

EXIT_BAD_INPUT = 2


def _fail(exc: errors.InputError) -> None:
    click.echo(f"newsledger: error: {exc}", err=True)
    sys.exit(EXIT_BAD_INPUT)


def _store(db: str | None) -> Any:
    from newsledger.store import Store

    return Store(db)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newsledger")
def cli() -> None:
    """newsledger reads news reports about wars, crises and diplomacy and turns them into a structured,
    source-attributed record: who is involved, who said what, which numbers were claimed by whom, and what
    happened where and when.

    Every record points to the exact characters of the cleaned article text it came from.

    \b
    Start with:
      newsledger extract examples/01-kharkiv-strikes.txt --format text
      newsledger extract page.html --published 2025-03-12 | python -m json.tool
      newsledger schema > extraction.schema.json
    """


_HOME_HELP = (
    'Where the source reports from ("Paris, Texas", "Kentucky", "Ireland"): a local paper\'s unqualified '
    '"Paris" is then its own town.'
)


@cli.command()
@click.argument("file", metavar="FILE|-")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date; wins over a date found in the page.")
@click.option("--source", metavar="NAME", help="Outlet or agency; wins over the dateline's agency.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text"]),
    default=None,
    help="json (default when output is piped) or text (default at a terminal).",
)
@click.option("--encoding", metavar="NAME", help="Read the input in this encoding instead of UTF-8 (e.g. cp1252).")
@click.option("--max-bytes", type=int, metavar="N", help="Refuse inputs larger than N bytes (default 10 MB).")
@click.option("--home", "home_place", metavar="PLACE", help=_HOME_HELP)
def extract(
    file: str,
    published: str | None,
    source: str | None,
    fmt: str | None,
    encoding: str | None,
    max_bytes: int | None,
    home_place: str | None,
) -> None:
    """Extract one article: plain text as scraped from a web page, or HTML.

    FILE is a path, or - to read standard input.  A .json or .jsonl FILE holds one article object (text or
    html, and title, published, source, url).  The output has the keys article, entities, quotes, figures,
    places, dates, events and failures (see `newsledger schema` and docs/output.md).

    An input that is empty, binary, not valid UTF-8, over the size limit, or not English is refused with a
    one-line message on standard error and exit status 2; nothing is written to standard output then.
    """
    try:
        result = service.extract_file(
            file, published=published, source=source, encoding=encoding, max_bytes=max_bytes, home_place=home_place
        )
    except errors.InputError as exc:
        _fail(exc)
        return
    if (fmt or ("text" if sys.stdout.isatty() else "json")) == "text":
        click.echo(output.report(result))
    else:
        click.echo(json.dumps(output.to_dict(result), ensure_ascii=False, indent=2))


@cli.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of `newsledger extract` output."""
    click.echo(json.dumps(output.schema(), indent=2))


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--db", default="newsledger-demo.db", show_default=True, metavar="URL", help="Store to ingest into.")
def demo(paths: tuple[str, ...], db: str) -> None:
    """Ingest every article under PATH... into the embedded SQLite store and print what it now holds.

    Runs the whole job: cleaning, extraction, storing (idempotent: a second run adds nothing), then a readable
    summary of each stored article read back from the store, and the store's counts.  Inputs that cannot be
    used are listed with their reason; the others go on.
    """
    from newsledger.ingest import ingest as run_ingest

    store = _store(db)
    report = run_ingest(list(paths), store)
    for summary in store.summaries():
        click.echo(_summary_lines(summary))
    for row in store.failures():
        click.echo(f"FAILED  {row['input']}: {row['message']} [{row['code']}]")
    click.echo("")
    click.echo(
        f"This run: {report.seen} inputs, {report.stored} newly stored, {report.already} already stored, "
        f"{report.failed} failed."
    )
    click.echo("Store " + store.url + ": " + ", ".join(f"{n:,} {k}" for k, n in store.stats().items()) + ".")
    from newsledger.ingest import input_files

    first = next((f for f in input_files(list(paths)) if f.suffix.lower() not in (".jsonl", ".json")), None)
    if first is not None:
        click.echo(f"\nOne article in full:  .venv/bin/newsledger extract {first} --format text")
    click.echo(f"Counts at any time:   .venv/bin/newsledger stats --db {db}")
    click.echo(f"\nOpen the dashboard on this store:  .venv/bin/newsledger serve --db {db}")
    click.echo("                                   then browse http://127.0.0.1:8000/")
    if report.failed and not (report.stored or report.already):
        sys.exit(EXIT_BAD_INPUT)


def _summary_lines(s: dict[str, Any]) -> str:
    meta = " · ".join(str(x) for x in (s["source"], s["published"], s["input_name"]) if x)
    lines = [f"- {s['title'] or '(untitled)'}", f"    {meta}"]
    if s["people"]:
        lines.append(f"    people: {', '.join(s['people'])}")
    if s["places_named"]:
        lines.append(f"    places: {', '.join(s['places_named'])}")
    counts = ", ".join(f"{s[k]} {k}" for k in ("entities", "quotes", "figures", "places", "dates", "events"))
    lines.append(f"    found: {counts}")
    if (claim := s["claim"]) is not None:
        source = f" — according to {claim['source']}" if claim["source"] else ""
        lines.append(f'    claim: "{claim["text"]}" {claim["category"]}{source}')
    if (quote := s["quote"]) is not None:
        words = quote["text"] if len(quote["text"]) < 80 else quote["text"][:77] + "…"
        lines.append(f'    quote: {quote["speaker"]}: "{words}"')
    return "\n".join(lines)


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--db", metavar="URL", help="Database URL or SQLite file (default $NEWSLEDGER_DB or ./newsledger.db).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Extraction processes.")
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local processes, or Ray (optional extra; a cluster at $RAY_ADDRESS, else a local one).",
)
@click.option("--home", "home_place", metavar="PLACE", help=_HOME_HELP)
@click.option(
    "--learn-homes",
    is_flag=True,
    help="Give each article with a source the home its source's stored articles agree on (local news feeds).",
)
def ingest(
    paths: tuple[str, ...], db: str | None, workers: int, engine: str, home_place: str | None, learn_homes: bool
) -> None:
    """Extract every article under PATH... (.txt, .html, .jsonl, .json, .warc, .warc.gz) into the store.

    An article is processed once per content hash: ingesting the same files again adds nothing.  Each article
    is written with all its records in one transaction, so an interrupted run loses nothing already stored
    and a re-run completes it.  Inputs that cannot be used are stored as failures (see `newsledger failures`)
    and the rest goes on.  On a terminal, a progress bar with rate and ETA is drawn on standard error.
    """
    from tqdm import tqdm

    from newsledger.ingest import ingest as run_ingest

    if home_place and learn_homes:
        raise click.UsageError("--home and --learn-homes exclude each other: one home for all, or one per source")
    try:
        where = service.home(home_place) if home_place else None
    except errors.InputError as exc:
        _fail(exc)
        return
    store = _store(db)
    bar = tqdm(unit=" articles", disable=not sys.stderr.isatty(), file=sys.stderr, dynamic_ncols=True)

    def progress(r: Any) -> None:
        if bar.total != r.total:
            bar.total = r.total
        bar.update(r.done - bar.n)
        bar.set_postfix(stored=r.stored, already=r.already, failed=r.failed, refresh=False)

    try:
        report = run_ingest(
            list(paths),
            store,
            workers=workers,
            engine=engine,
            progress=progress,
            home=where,
            homes=service.home_learner(store) if learn_homes else None,
        )
    except RuntimeError as exc:
        bar.close()
        raise click.ClickException(str(exc)) from exc
    bar.close()
    click.echo(
        f"{report.seen} inputs: {report.stored} stored, {report.already} already stored, {report.failed} failed "
        f"({store.url})"
    )
    if report.failed and not (report.stored or report.already):
        sys.exit(EXIT_BAD_INPUT)


@cli.command()
@click.option("--db", metavar="URL", help="Database URL or SQLite file (default $NEWSLEDGER_DB or ./newsledger.db).")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(db: str | None, as_json: bool) -> None:
    """Count what the store holds: articles, entities, quotes, figures, places, dates, events, failures."""
    counts = _store(db).stats()
    if as_json:
        click.echo(json.dumps(counts))
    else:
        for name, n in counts.items():
            click.echo(f"{name:>10}  {n:,}")


@cli.command()
@click.option("--db", metavar="URL", help="Database URL or SQLite file (default $NEWSLEDGER_DB or ./newsledger.db).")
def failures(db: str | None) -> None:
    """List the inputs that could not be used, with the reason."""
    for row in _store(db).failures():
        click.echo(f"{row['input']}: {row['message']} [{row['code']}]")


_DB_HELP = "Database URL or SQLite file (default $NEWSLEDGER_DB or ./newsledger.db)."


@cli.command()
@click.argument("kind", type=click.Choice(["entities", "quotes", "figures", "events"]))
@click.option("--text", help="Words in the entity name or quote text.")
@click.option("--entity", help="Speaker (quotes), source (figures), actor or target (events).")
@click.option("--type", "type_", help="Entity type, quote kind, figure category or event action.")
@click.option("--since", metavar="YYYY-MM-DD", help="Articles published on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Articles published on or before this date.")
@click.option("--place", help="Place of a figure or event.")
@click.option("--source", help="Outlet of the article.")
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--db", metavar="URL", help=_DB_HELP)
def query(
    kind: str,
    text: str | None,
    entity: str | None,
    type_: str | None,
    since: str | None,
    until: str | None,
    place: str | None,
    source: str | None,
    limit: int,
    as_json: bool,
    db: str | None,
) -> None:
    """Find records across all stored articles: `newsledger query figures --type killed --place Kharkiv`."""
    from newsledger.store.query import Filters
    from newsledger.store.query import query as run_query

    filters = Filters(text, entity, type_, since, until, place, source, limit)
    for row in run_query(_store(db), kind, filters):
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        when = row.get("published") or "????-??-??"
        if kind == "entities":
            line = f"{row['name']} [{row['type']}] aliases: {', '.join(row['aliases']) or '-'}"
        elif kind == "quotes":
            line = f"{row['speaker'] or '?'} ({row['kind']}): {row['text'][:120]}"
        elif kind == "figures":
            rng = f"{row['low'] if row['low'] is not None else '…'}–{row['high'] if row['high'] is not None else '…'}"
            line = (
                f"{row['category']} {row['value']} [{rng}] {row['text']!r} source={row['source']} place={row['place']}"
            )
        else:
            line = f"{row['action']} {row['actor']} -> {row['target']} at {row['place']} on {row['date']}"
        click.echo(f"{when}  {row['outlet'] or '-'}  {line}")


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet", "plover"]),
    default="jsonl",
    show_default=True,
    help="One file per table (csv, jsonl, parquet), or the events as PLOVER JSON Lines (plover).",
)
@click.option("--out", "out_dir", default="export", show_default=True, metavar="DIR", help="Folder for the files.")
@click.option("--db", metavar="URL", help=_DB_HELP)
def export(fmt: str, out_dir: str, db: str | None) -> None:
    """Write the whole store to DIR: articles, entities, quotes, figures, places, dates, events, failures.

    One file per table; in CSV and Parquet, list and object fields are JSON text in their cell.  With
    --format plover, one file events.plover.jsonl in the PLOVER event-data format (docs/store.md).  Each file
    is replaced whole, so a crash never leaves half a file.
    """
    from pathlib import Path

    from newsledger.store.export import export as run_export

    for name, path in run_export(_store(db), fmt, Path(out_dir)).items():
        click.echo(f"{name:>10}  {path}")


@cli.command()
@click.option("--type", "type_", help="PERSON, ORG, GPE, LOC, NORP ...")
@click.option("--text", help="Words in the name or an alias.")
@click.option("--min-articles", type=int, default=1, show_default=True)
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--db", metavar="URL", help=_DB_HELP)
def entities(type_: str | None, text: str | None, min_articles: int, limit: int, db: str | None) -> None:
    """Entities across the whole store: one line per referent, with the articles and outlets that name it."""
    from newsledger.store import read

    found = read.corpus_entities(_store(db), type_=type_, text=text, min_articles=min_articles, limit=limit)
    for row in found:
        aliases = "; ".join(row["aliases"][:6]) or "-"
        outlets = ", ".join(row["outlets"])
        click.echo(f"{row['n_articles']:>4}  {row['type']:<7} {row['name']}  (also: {aliases})  outlets: {outlets}")


@cli.command()
@click.option("--action", help="PLOVER type: ASSAULT, PROTEST, AGREE ...")
@click.option("--actor", help="Part of the actor's (or target's) name.")
@click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.option("--min-mentions", type=int, default=1, show_default=True)
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--db", metavar="URL", help=_DB_HELP)
def events(
    action: str | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    min_mentions: int,
    limit: int,
    db: str | None,
) -> None:
    """Events across the whole store, duplicates merged, newest first: one line per event with its mentions
    and sources."""
    from newsledger.store import read

    found = read.corpus_events(
        _store(db), action=action, actor=actor, since=since, until=until, min_mentions=min_mentions, limit=limit
    )
    for row in found:
        when = row["first_date"] or "????-??-??"
        if row["last_date"] and row["last_date"] != row["first_date"]:
            when += f"..{row['last_date']}"
        sources = ", ".join(row["sources"])
        click.echo(
            f"{when}  {row['action']:<9} {row['actor']} -> {row['target']} at {row['place']}  "
            f"×{row['n_mentions']} ({sources})"
        )


@cli.command(name="figures")
@click.option(
    "--what",
    required=True,
    type=click.Choice(
        ["killed", "injured", "hostages", "detained", "displaced", "missing", "people", "money", "aid", "other"]
    ),
)
@click.option("--place", help="Place the figures are for (part of the name).")
@click.option("--source", help="Only claims attributed to this party (part of the name).")
@click.option("--db", metavar="URL", help=_DB_HELP)
def figures_command(what: str, place: str | None, source: str | None, db: str | None) -> None:
    """One measure over time: a row per publication date, a column per source, qualifiers and revisions kept.

    '≥12' is "at least 12", '≤15,000' "close to/up to 15,000", '~1,200' "about 1,200", '(rev.)' a revised text.
    """
    from newsledger.corpus.figures import claims, series

    sources, rows = series(claims(_store(db), what, place, source))
    if not rows:
        click.echo("no figures match")
        return
    widths = [max(10, *(len(cells.get(s, "")) for _, cells in rows), len(s)) for s in sources]
    click.echo("date        " + "  ".join(s.ljust(w) for s, w in zip(sources, widths, strict=True)))
    for date, cells in rows:
        click.echo(f"{date:<12}" + "  ".join(cells.get(s, "").ljust(w) for s, w in zip(sources, widths, strict=True)))


@cli.command()
@click.option("--what", help="Only this figure category (killed, displaced ...).")
@click.option("--db", metavar="URL", help=_DB_HELP)
def contradictions(what: str | None, db: str | None) -> None:
    """Claims from different sources about the same measure, place and day whose ranges cannot both hold."""
    from newsledger.corpus.figures import contradictions as find

    pairs = find(_store(db), what)
    for a, b in pairs:
        click.echo(f"{a.category} in {a.place} on {a.published}:")
        click.echo(f'  {a.source}: {a.label()}  "{a.text}"  ({a.article_title})')
        click.echo(f'  {b.source}: {b.label()}  "{b.text}"  ({b.article_title})')
    click.echo(f"{len(pairs)} contradicting pairs")


@cli.command()
@click.option("--db", metavar="URL", help=_DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=int, default=8000, show_default=True)
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the dashboard and the JSON API (/api/v1, OpenAPI at /openapi.json) over the store.

    Reading is open; POST /api/v1/articles needs `Authorization: Bearer <token>` with the token from
    $NEWSLEDGER_TOKEN, and is refused when that is not set.  Every page and asset comes from the app itself.
    """
    import uvicorn

    from newsledger.api import create_app

    app = create_app(db)
    click.echo(f"newsledger: dashboard on http://{host}:{port}/  (store {app.state.store.url}; Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command(name="eval")
@click.argument("name", metavar="NAME")
@click.option("--benchmarks", metavar="DIR", help="Folder of gold datasets (default: ../shared/benchmarks).")
@click.option("--limit", type=int, metavar="N", help="Score only the first N documents (a quick look).")
@click.option("--no-update", is_flag=True, help="Do not rewrite the table in docs/accuracy.md.")
def eval_command(name: str, benchmarks: str | None, limit: int | None, no_update: bool) -> None:
    """Score an extractor against a gold dataset and print P/R/F1 beside published scores.

    NAME is one of: conll2003, worldwide_ner, article_extraction, polnear, isaf, geowebnews, lgl, geovirus,
    tempeval3, meantime, plover_gsr, case2021, or all.  Datasets are read at run time from ../shared/benchmarks (or
    --benchmarks); a missing dataset is skipped with a message.
    docs/accuracy.md gets the new numbers unless --no-update is given.
    """
    from newsledger.eval import EVALUATIONS, run

    if name != "all" and name not in EVALUATIONS:
        known = ", ".join(EVALUATIONS)
        raise click.BadParameter(f"unknown benchmark {name!r}; choose from {known} or all", param_hint="NAME")
    results: list[Any] = run(name, benchmarks, limit, update_docs=not no_update)
    for result in results:
        click.echo(result.render())
        click.echo("")


def main() -> None:
    cli(prog_name="newsledger")


if __name__ == "__main__":
    main()
