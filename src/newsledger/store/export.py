"""Exports of the whole store: one file per table, CSV or JSON Lines, re-readable with the same row counts."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from newsledger.store import Store, schema

FORMATS = ("csv", "jsonl")


def _rows(store: Store, name: str) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        if name == "failures":
            return [dict(r) for r in conn.execute(select(schema.failures).order_by(schema.failures.c.id)).mappings()]
        table = schema.articles if name == "articles" else schema.RECORD_TABLES[name]
        order = [table.c.id] if name == "articles" else [table.c.article_id, table.c.id]
        out = []
        for row in conn.execute(select(table).order_by(*order)).mappings():
            record = dict(row["data"])
            if name != "articles":
                record = {"article_id": row["article_id"], **record}
            out.append(record)
        return out


def _cell(value: Any) -> Any:
    """Lists and objects go into a CSV cell as JSON, so nothing is lost and the cell parses back."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict, tuple)) else value


def export(store: Store, fmt: str, out_dir: Path) -> dict[str, Path]:
    """Write articles, each record table and failures to `out_dir`; return the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for name in ("articles", *schema.RECORD_TABLES, "failures"):
        rows = _rows(store, name)
        path = out_dir / f"{name}.{fmt}"
        tmp = path.with_suffix(path.suffix + ".part")  # replaced whole: a crash never leaves half a file
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            if fmt == "jsonl":
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            else:
                fields = list(dict.fromkeys(k for row in rows for k in row))
                writer = csv.DictWriter(fh, fieldnames=fields)
                writer.writeheader()
                for row in rows:
                    writer.writerow({k: _cell(v) for k, v in row.items()})
        tmp.replace(path)
        written[name] = path
    return written
