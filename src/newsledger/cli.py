"""The `newsledger` command: a thin shell over :mod:`newsledger.service`.  Each command's docstring is its --help."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from newsledger import __version__, errors, output, service
from newsledger.records import Extraction, Failure

EXIT_BAD_INPUT = 2


def _fail(exc: errors.InputError) -> None:
    click.echo(f"newsledger: error: {exc}", err=True)
    sys.exit(EXIT_BAD_INPUT)


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
def extract(
    file: str,
    published: str | None,
    source: str | None,
    fmt: str | None,
    encoding: str | None,
    max_bytes: int | None,
) -> None:
    """Extract one article: plain text as scraped from a web page, or HTML.

    FILE is a path, or - to read standard input.  The output has the keys article, entities, quotes,
    figures, places, dates, events and failures (see `newsledger schema` and docs/output.md).

    An input that is empty, binary, not valid UTF-8, over the size limit, or not English is refused with a
    one-line message on standard error and exit status 2; nothing is written to standard output then.
    """
    try:
        result = service.extract_file(file, published=published, source=source, encoding=encoding, max_bytes=max_bytes)
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
def demo(paths: tuple[str, ...]) -> None:
    """Extract every article under PATH... and print a readable summary of each and of the whole batch.

    A file that cannot be used is listed as a failure with its reason; the others go on.
    """
    summary = service.BatchSummary()
    for result in service.extract_files(list(paths)):
        summary.add(result)
        click.echo(_one_line(result))
    click.echo("")
    totals = ", ".join(f"{n} {k}" for k, n in summary.counts.items())
    click.echo(f"{summary.articles} articles extracted, {len(summary.failures)} failed; {totals}.")
    if summary.entity_types:
        click.echo("Entity types: " + ", ".join(f"{t} {n}" for t, n in summary.entity_types.most_common()))
    first = service.article_files(list(paths))[:1]
    if first:
        click.echo(f"\nOne article in full:  .venv/bin/newsledger extract {first[0]} --format text")
    if summary.failures and not summary.articles:
        sys.exit(EXIT_BAD_INPUT)


def _one_line(result: Extraction | Failure) -> str:
    if isinstance(result, Failure):
        return f"FAILED  {result.input}: {result.message} [{result.code}]"
    a = result.article
    people = [e.name for e in result.entities if e.type == "PERSON"][:3]
    orgs = [e.name for e in result.entities if e.type == "ORG"][:3]
    places = [e.name for e in result.entities if e.type in ("GPE", "LOC", "FAC")][:3]
    head = f"{a.title or '(untitled)'}"
    meta = " · ".join(x for x in (a.source, a.published, f"{len(a.paragraphs)} paragraphs") if x)
    parts = [f"- {head}", f"    {meta}"]
    for label, names in (("people", people), ("organisations", orgs), ("places", places)):
        if names:
            parts.append(f"    {label}: {', '.join(names)}")
    counts = ", ".join(f"{len(getattr(result, k))} {k}" for k in ("quotes", "figures", "places", "dates", "events"))
    parts.append(f"    found: {counts}")
    tolls = [f for f in result.figures if f.category in ("killed", "injured", "displaced", "detained", "hostages")]
    if tolls:
        top = tolls[0]
        claim = f'    claim: "{top.text}" {top.category}' + (f" — according to {top.source}" if top.source else "")
        parts.append(claim)
    direct = next((q for q in result.quotes if q.kind == "direct" and q.speaker), None)
    if direct:
        words = direct.text if len(direct.text) < 80 else direct.text[:77] + "…"
        parts.append(f'    quote: {direct.speaker}: "{words}"')
    if result.failures:
        parts.append("    stage failures: " + "; ".join(f"{f.stage} ({f.code})" for f in result.failures))
    return "\n".join(parts)


@cli.command(name="eval")
@click.argument("name", metavar="NAME")
@click.option("--benchmarks", metavar="DIR", help="Folder of gold datasets (default: ../shared/benchmarks).")
@click.option("--limit", type=int, metavar="N", help="Score only the first N documents (a quick look).")
@click.option("--no-update", is_flag=True, help="Do not rewrite the table in docs/accuracy.md.")
def eval_command(name: str, benchmarks: str | None, limit: int | None, no_update: bool) -> None:
    """Score an extractor against a gold dataset and print P/R/F1 beside published scores.

    NAME is one of: conll2003, worldwide_ner, article_extraction, polnear, isaf, geowebnews, lgl, tempeval3,
    plover_gsr, or all.  Datasets are read at run time from ../shared/benchmarks (or --benchmarks); a missing
    dataset is skipped with a message.
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
