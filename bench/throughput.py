"""Throughput of the full newsledger pipeline against bare spaCy, on the same texts, in one process.

    python bench/throughput.py [--articles N] [--long N]

Texts: the bundled sample articles, cleaned, repeated to --articles (default 130), plus --long (default 20)
generated long articles of ~3,000 words (sample paragraphs strung together).  Bare spaCy is ``nlp.pipe`` with the
same model and batch size over the cleaned texts.  The full pipeline is cleaning from raw bytes, the same
``nlp.pipe`` and every extractor.  A warm-up comes first (model and gazetteers loaded, caches built); then bare
and full run alternately --repeat times (default 3) and the fastest run of each counts.

Prints a table (articles/s, words/s, per-stage seconds), and, as its last line, JSON with ratio_vs_spacy (full
throughput / bare spaCy throughput), articles_per_s, words_per_s and peak_rss_mb.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from newsledger import nlp
from newsledger.clean.sources import Document
from newsledger.pipeline import clean_document, parse_input, run_stages

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BATCH = 32


def corpus(n_articles: int, n_long: int) -> list[Document]:
    raw = [p.read_bytes() for p in sorted(EXAMPLES.iterdir()) if p.suffix in (".txt", ".html")]
    docs = [Document(raw[i % len(raw)], f"article-{i}") for i in range(n_articles)]
    samples = [Document(r, f"sample-{i}") for i, r in enumerate(raw)]  # long texts are built from these
    paragraphs = [p for d in samples for p in clean_document(d).paragraphs]
    for i in range(n_long):
        body = "\n\n".join(paragraphs[(i + j) % len(paragraphs)].text for j in range(60))
        docs.append(Document(f"KYIV (Reuters) - Long report {i}.\n\n{body}", f"long-{i}"))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=130)
    parser.add_argument("--long", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3, help="alternating bare/full runs; the best of each is kept")
    args = parser.parse_args()
    docs = corpus(args.articles, args.long)
    articles = [clean_document(d) for d in docs]
    texts = [parse_input(a) for a in articles]
    words = sum(len(a.text.split()) for a in articles)

    for a, parsed in zip(articles[:8], nlp.parse_many(texts[:8], BATCH), strict=True):  # warm-up
        run_stages(parsed, a)

    def run_bare() -> float:
        started = time.perf_counter()
        for _ in nlp.parse_many(texts, BATCH):
            pass
        return time.perf_counter() - started

    def run_full() -> tuple[float, dict[str, float]]:
        timings: dict[str, float] = {}
        started = time.perf_counter()
        cleaned = [clean_document(d) for d in docs]
        timings["clean"] = time.perf_counter() - started
        parse_started = time.perf_counter()
        parse_total = 0.0
        stream = nlp.parse_many((parse_input(a) for a in cleaned), BATCH)
        for a in cleaned:
            t0 = time.perf_counter()
            parsed = next(stream)
            parse_total += time.perf_counter() - t0
            run_stages(parsed, a, timings)
        timings["spacy parse"] = parse_total
        return timings["clean"] + (time.perf_counter() - parse_started), timings

    # Best of --repeat alternating runs: on a shared machine a neighbour's burst slows one run, never speeds one.
    bare = float("inf")
    full, timings = float("inf"), {}
    for _ in range(args.repeat):
        bare = min(bare, run_bare())
        seconds, stage_timings = run_full()
        if seconds < full:
            full, timings = seconds, stage_timings

    n = len(docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} articles ({args.articles} samples, {args.long} long), {words:,} words, batch {BATCH}")
    print(f"{'':24}{'articles/s':>12}{'words/s':>12}{'seconds':>10}")
    print(f"{'bare spaCy (nlp.pipe)':24}{n / bare:12.1f}{words / bare:12.0f}{bare:10.2f}")
    print(f"{'full newsledger':24}{n / full:12.1f}{words / full:12.0f}{full:10.2f}")
    print("\nper stage (seconds, full run):")
    for stage, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<14}{seconds:8.2f}  {100 * seconds / full:5.1f}%")
    print(f"\npeak RSS {peak_mb:.0f} MB")
    print(json.dumps({
        "ratio_vs_spacy": round(bare / full, 3),
        "articles_per_s": round(n / full, 2),
        "words_per_s": round(words / full),
        "bare_spacy_articles_per_s": round(n / bare, 2),
        "peak_rss_mb": round(peak_mb),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
