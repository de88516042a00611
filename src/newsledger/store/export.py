"""Exports of the whole store: one file per table in CSV, JSON Lines or Parquet (re-readable with the same row
counts), or the events as PLOVER JSON Lines (see :mod:`newsledger.store.plover`)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from newsledger.store import Store, schema

FORMATS = ("csv", "jsonl", "parquet", "plover")


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


def _parquet_column(values: list[Any]) -> Any:
    """An Arrow column: scalars keep their type; lists, objects and mixed columns become JSON text, as in CSV,
    because one record field may be an object in one row and null in the next (Arrow wants one type)."""
    import pyarrow as pa

    if not any(isinstance(v, (list, dict, tuple)) for v in values):
        try:
            return pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            pass
    return pa.array([None if v is None else json.dumps(v, ensure_ascii=False, default=str) for v in values])


def _write_parquet(rows: list[dict[str, Any]], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = list(dict.fromkeys(k for row in rows for k in row))
    table = pa.table({k: _parquet_column([row.get(k) for row in rows]) for k in fields}) if fields else pa.table({})
    pq.write_table(table, path)


def export(store: Store, fmt: str, out_dir: Path) -> dict[str, Path]:
    """Write articles, each record table and failures to `out_dir` (or, for plover, events.plover.jsonl);
    return the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "plover":
        from newsledger.store import plover

        path = out_dir / "events.plover.jsonl"
        plover.write(store, path)
        return {"events": path}
    written: dict[str, Path] = {}
    for name in ("articles", *schema.RECORD_TABLES, "failures"):
        rows = _rows(store, name)
        path = out_dir / f"{name}.{fmt}"
        tmp = path.with_suffix(path.suffix + ".part")  # replaced whole: a crash never leaves half a file
        if fmt == "parquet":
            _write_parquet(rows, tmp)
            tmp.replace(path)
            written[name] = path
            continue
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
