"""Ingest rate into SQLite and PostgreSQL beside bare extraction's rate, on the same generated articles, in one run.

    python bench/ingest.py [--articles 10000] [--workers 1] [--engine local|ray] [--bare 1000] [--pg URL]

Articles: `--articles` short wire reports (~180 words: dateline, a strike with a toll and its source, a quote,
a diplomatic reaction) generated from templates written for this benchmark, every one different (places,
numbers, names, dates vary), written to one JSONL feed.  Bare extraction is cleaning + ``nlp.pipe`` + every
extractor on the first `--bare` of them with no store; ingest is ``newsledger ingest`` of the whole feed into a
fresh SQLite file and, when a server is given (`--pg` or $NEWSLEDGER_TEST_PG), a fresh PostgreSQL schema.
Bare extraction runs on local workers that are started and warmed first; with the local engine, ingest
reuses those warm workers (a steady-state rate); with Ray, ingest includes starting its actors, as a real run
does.  The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from newsledger.clean.sources import Document
from newsledger.engines import LocalEngine
from newsledger.ingest import ingest
from newsledger.pipeline import clean_document
from newsledger.store import Store

PLACES = [
    ("KHARKIV", "Kharkiv", "Ukraine", "Russian", "regional governor Oleh Syniehubov"),
    ("KHERSON", "Kherson", "Ukraine", "Russian", "regional governor Oleksandr Prokudin"),
    ("GAZA", "Khan Younis", "Gaza", "Israeli", "the Gaza health ministry"),
    ("KHARTOUM", "Omdurman", "Sudan", "paramilitary", "the Sudan Doctors Network"),
    ("BEIRUT", "Tyre", "Lebanon", "Israeli", "Lebanon's health ministry"),
    ("GOMA", "Sake", "Congo", "M23", "a local civil society group"),
    ("SANAA", "Hodeidah", "Yemen", "U.S.-led", "the Houthi-run health ministry"),
    ("DAMASCUS", "Idlib", "Syria", "government", "the Syrian Observatory for Human Rights"),
]
OUTLETS = ["Reuters", "AP", "AFP", "World Desk", "Wire Service"]
WEAPONS = ["missiles and drones", "artillery shells", "air strikes", "rockets", "glide bombs"]
TARGETS = ["a residential block", "a market", "a hospital compound", "a school used as a shelter", "a power station"]
QUALIFIERS = ["at least", "", "more than", "nearly", "up to"]
MINISTERS = ["David Lammy", "Annalena Baerbock", "Antony Blinken", "Penny Wong", "Melanie Joly", "Jean-Noel Barrot"]
ROLES = [
    "Foreign Secretary",
    "Foreign Minister",
    "Secretary of State",
    "Foreign Minister",
    "Foreign Minister",
    "Minister",
]
COUNTRIES = ["Britain", "Germany", "the United States", "Australia", "Canada", "France"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = "January February March April May June July August September October November December".split()


def article(i: int, rng: random.Random) -> dict[str, str]:
    city, place, country, force, source = rng.choice(PLACES)
    outlet = rng.choice(OUTLETS)
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    published = f"2025-{month:02d}-{day:02d}"
    killed, wounded = rng.randint(2, 90), rng.randint(5, 200)
    qualifier = rng.choice(QUALIFIERS)
    k = rng.randrange(len(MINISTERS))
    weekday = rng.choice(WEEKDAYS)
    body = [
        f"{city}, {MONTHS[month - 1]} {day} ({outlet}) - {force.capitalize()} {rng.choice(WEAPONS)} hit "
        f"{rng.choice(TARGETS)} in {place} on {weekday}, killing {qualifier} {killed} people and wounding "
        f"{wounded}, {source} said, in report number {i} of this series.".replace("  ", " "),
        f'"People were asleep when the first blast came. We are still pulling bodies from the rubble," a rescue '
        f"worker told {outlet}, asking not to be named because he was not authorised to speak to the media.",
        f"{ROLES[k]} {MINISTERS[k]} condemned the attack and said {COUNTRIES[k]} would send a further "
        f'${rng.randint(2, 90)} million in humanitarian aid to {country}. "There can be no impunity for strikes '
        f'on civilians," {MINISTERS[k].split()[-1]} said.',
        f"The {force} military did not immediately respond to a request for comment. It has said it targets only "
        f"military sites. The United Nations says more than {rng.randint(2, 40) * 1000:,} civilians have been "
        f"killed in {country} since the fighting began.",
    ]
    return {
        "id": f"bench-{i}",
        "url": f"https://news.example/{i}",
        "source": outlet,
        "published": published,
        "text": "\n\n".join(body),
    }


def reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--engine", choices=["local", "ray"], default="local")
    parser.add_argument("--bare", type=int, default=1000, help="articles for the bare extraction rate")
    parser.add_argument("--pg", default=os.environ.get("NEWSLEDGER_TEST_PG"), help="PostgreSQL URL (emptied!)")
    args = parser.parse_args()

    rng = random.Random(20251125)
    rows = [article(i, rng) for i in range(args.articles)]
    words = sum(len(r["text"].split()) for r in rows) / len(rows)
    result: dict[str, object] = {
        "articles": args.articles,
        "workers": args.workers,
        "engine": args.engine,
        "words_per_article": round(words),
    }
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        feed.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")

        engine = LocalEngine(args.workers)
        sample = [Document(r["text"], r["id"], published=r["published"], source=r["source"]) for r in rows]
        # Warm-up: every worker started, its model and gazetteer loaded (one batch each, and some to spare).
        warm = [[clean_document(d) for d in sample[i * 16 : (i + 1) * 16]] for i in range(2 * args.workers)]
        list(engine.map(warm))
        started = time.perf_counter()
        batches = ([clean_document(d) for d in sample[s : min(s + 16, args.bare)]] for s in range(0, args.bare, 16))
        n = sum(len(b) for b in engine.map(batches))
        bare = n / (time.perf_counter() - started)
        result["bare_extraction_per_s"] = round(bare, 2)
        print(f"bare extraction   {bare:8.2f} articles/s  ({n} articles, no store)")

        targets = [("sqlite", str(Path(tmp) / "bench.db"))]
        if args.pg:
            reset_postgres(args.pg)
            targets.append(("postgresql", args.pg))
        else:
            print("postgresql        skipped: no --pg and no $NEWSLEDGER_TEST_PG")
        for name, url in targets:
            store = Store(url)
            started = time.perf_counter()
            runner = engine if args.engine == "local" else args.engine
            report = ingest([str(feed)], store, workers=args.workers, engine=runner)
            rate = report.stored / (time.perf_counter() - started)
            assert report.stored == args.articles and report.failed == 0, report
            assert store.stats()["articles"] == args.articles
            result[f"{name}_ingest_per_s"] = round(rate, 2)
            result[f"{name}_vs_bare"] = round(rate / bare, 3)
            print(f"ingest {name:<10} {rate:8.2f} articles/s  ({report.stored} stored; {rate / bare:.2f} of bare)")
            store.engine.dispose()
    engine.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
