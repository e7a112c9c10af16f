"""How fast, how big, and how cost grows: `python -m bench` from the repository root.

Builds a synthetic corpus from the demo site's templates (bench/corpus.py), then measures,
as medians over several runs:
- extraction: pages/s of trafilatura alone and of our whole per-page extraction, the ratio;
- crawl: pages/s of our spider and of a bare Scrapy spider over the same pages, the ratio;
- memory: peak resident memory of extraction in a child process;
- load: seconds to store mentions into DuckDB and reconcile them;
at two corpus sizes (1,000 and 10,000 pages by default) to show how cost grows, and writes
the table to bench/RESULTS.md with the machine's core count and the date.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bench import crawl, extraction, load
from bench.corpus import DISTRACTOR_SHARE, Page, write_articles

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "RESULTS.md"
PARTS = ("extraction", "memory", "crawl", "load")

# The targets.
MAX_EXTRACTION_RATIO = 1.3
MIN_CRAWL_RATIO = 0.8
MAX_RECONCILE_SECONDS = 5.0
MAX_MEMORY_MB = 600.0
MEMORY_AT_PAGES = 10_000
RECONCILE_AT_MENTIONS = 100_000
# Ten times the work for at most twelve times the cost counts as linear.
MAX_GROWTH = 12.0


NAN = float("nan")


def median(values: Sequence[float]) -> float:
    """The median, NaN when nothing was measured."""
    return statistics.median(values) if values else NAN


@dataclass
class Size:
    """Every measurement at one corpus size (lists hold one value per run)."""

    pages: int
    records: int = 0
    trafilatura: list[float] = field(default_factory=list)  # seconds
    ours: list[float] = field(default_factory=list)  # seconds
    bare: list[crawl.CrawlRun] = field(default_factory=list)
    spider: list[crawl.CrawlRun] = field(default_factory=list)
    memory: dict[str, Any] = field(default_factory=dict)

    @property
    def runs(self) -> int:
        return max(len(self.ours), len(self.spider), len(self.trafilatura))

    def trafilatura_s(self) -> float:
        return median(self.trafilatura)

    def ours_s(self) -> float:
        return median(self.ours)

    def bare_s(self) -> float:
        return median([r.crawl_seconds for r in self.bare])

    def spider_s(self) -> float:
        return median([r.crawl_seconds for r in self.spider])

    def spider_total_s(self) -> float:
        return median([r.total_seconds for r in self.spider])

    def spider_after_s(self) -> float:
        return median([r.after_seconds for r in self.spider])

    def bare_cpu_ms(self) -> float:
        return median([r.cpu_seconds / r.pages * 1000 for r in self.bare])

    def spider_cpu_ms(self) -> float:
        return median([r.cpu_seconds / r.pages * 1000 for r in self.spider])

    # The ratios are medians of each run's own ratio: a run measures both sides under the same
    # conditions, while the machine's speed drifts from one run to the next.
    def extraction_ratio(self) -> float:
        """Our extraction's cost in units of trafilatura's (time ÷ time)."""
        return median([o / t for o, t in zip(self.ours, self.trafilatura, strict=True)])

    def crawl_ratio(self) -> float:
        """Our crawl's throughput in units of the bare spider's (pages/s ÷ pages/s)."""
        pairs = zip(self.bare, self.spider, strict=True)
        return median([b.crawl_seconds / s.crawl_seconds for b, s in pairs])

    def peak_mb(self) -> float:
        return self.memory.get("peak_mb", NAN)

    def warm_mb(self) -> float:
        return self.memory.get("warm_mb", NAN)

    def grown_mb(self) -> float:
        """Memory taken while extracting: the results kept and the caches filled."""
        return self.peak_mb() - self.warm_mb()


@dataclass
class Loads:
    """Load and reconcile runs per number of mentions."""

    runs: dict[int, list[load.LoadRun]] = field(default_factory=dict)

    def store_s(self, n: int) -> float:
        return median([r.store_seconds for r in self.runs.get(n, [])])

    def reconcile_s(self, n: int) -> float:
        return median([r.reconcile_seconds for r in self.runs.get(n, [])])


def say(message: str) -> None:
    """Progress on stderr, so stdout holds only the table."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- measuring ---------------------------------------------------------------------------------


def measure_pages(runs: dict[int, int], parts: set[str], tmp: Path) -> list[Size]:
    """Extraction, memory and crawl at each corpus size ({pages: runs}).

    The runs of the sizes take turns, so that a machine that is slower for a few minutes
    (a neighbour on the host) weighs on every size alike and the scaling stays true.
    """
    sizes = {n: Size(n) for n in runs}
    sites: dict[int, crawl.CachedDemoSite] = {}
    pages: dict[int, list[Page]] = {}
    for n in runs:
        started = time.perf_counter()
        sites[n] = crawl.CachedDemoSite(write_articles(tmp / f"articles-{n}", n))
        with sites[n]:
            pages[n] = sites[n].render()
        say(f"{n:,} pages: corpus written and rendered in {time.perf_counter() - started:.0f} s")
    turns = [(run, n) for run in range(max(runs.values())) for n in runs if run < runs[n]]
    if "extraction" in parts:
        extraction.warm_up(pages[min(runs)][:30])
        for run, n in turns:
            alone, ours, sizes[n].records = extraction.compare(pages[n])
            sizes[n].trafilatura.append(alone)
            sizes[n].ours.append(ours)
            say(
                f"{n:,} pages: extraction run {run + 1}/{runs[n]}: trafilatura "
                f"{n / alone:.0f}/s, ours {n / ours:.0f}/s"
            )
    if "memory" in parts:
        for n in runs:
            pages_file = extraction.write_pages(pages[n], tmp / f"pages-{n}.jsonl")
            sizes[n].memory = extraction.memory(pages_file)
            pages_file.unlink()
            say(f"{n:,} pages: extraction peak RSS {sizes[n].memory['peak_mb']:.0f} MB")
    if "crawl" in parts:
        with contextlib.ExitStack() as serving:
            for site in sites.values():
                serving.enter_context(site)
            for run, n in turns:
                sources = crawl.write_sources(pages[n], tmp / f"sources-{n}.yaml")
                urls = crawl.write_urls(pages[n], tmp / f"urls-{n}.txt")
                size = sizes[n]
                size.bare.append(crawl.run_bare(urls, tmp / f"bare-{n}-{run}"))
                size.spider.append(crawl.run_ours(sources, tmp / f"ours-{n}-{run}"))
                say(
                    f"{n:,} pages: crawl run {run + 1}/{runs[n]}: bare "
                    f"{size.bare[-1].pages_per_second:.0f}/s, ours "
                    f"{size.spider[-1].pages_per_second:.0f}/s"
                )
                for r in (size.bare[-1], size.spider[-1]):
                    if r.pages != n:
                        raise RuntimeError(f"a crawl fetched {r.pages} of {n} pages")
    return list(sizes.values())


def measure_loads(counts: Sequence[int], runs: int, tmp: Path) -> Loads:
    """Store-and-reconcile runs for each number of mentions, the counts taking turns."""
    out = Loads()
    for run in range(runs):
        for n in counts:
            result = load.run(n, tmp)
            out.runs.setdefault(n, []).append(result)
            say(
                f"{n:,} mentions: run {run + 1}/{runs}: stored and reconciled in "
                f"{result.store_seconds:.2f} s, again in {result.reconcile_seconds:.2f} s"
            )
    return out


# -- the report --------------------------------------------------------------------------------


def _n(value: float, digits: int = 0) -> str:
    return "–" if math.isnan(value) else f"{value:,.{digits}f}"


def _verdict(ok: bool | None) -> str:
    return "–" if ok is None else ("**met**" if ok else "**missed**")


def _row(label: str, values: Sequence[str], growth: str = "", target: str = "") -> str:
    return "| " + " | ".join([label, *values, growth, target]) + " |"


def _factor(small: float, large: float) -> float:
    """How many times the cost grew (NaN when either was not measured)."""
    return large / small if small > 0 and not math.isnan(large) else NAN


def _pages_table(sizes: list[Size]) -> tuple[list[str], dict[str, float], list[bool | None]]:
    """The pages table, the growth of our costs between the sizes, and the page targets met.

    The yardsticks (trafilatura alone, the bare spider) show their growth too, but only our
    own costs decide whether cost grows linearly.
    """
    first, last = sizes[0], sizes[-1]
    many = len(sizes) > 1
    growth: dict[str, float] = {}

    def grow(label: str, cost: Callable[[Size], float], ours: bool = True) -> str:
        if not many:
            return ""
        factor = _factor(cost(first), cost(last))
        if ours:
            growth[label] = factor
        return "–" if math.isnan(factor) else f"×{factor:.1f}"

    def each(value: Callable[[Size], float], digits: int = 0) -> list[str]:
        return [_n(value(s), digits) for s in sizes]

    def rate(seconds: Callable[[Size], float]) -> Callable[[Size], float]:
        return lambda s: s.pages / seconds(s)

    measured = [s for s in sizes if s.ours]
    x_ok = all(s.extraction_ratio() <= MAX_EXTRACTION_RATIO for s in measured) if measured else None
    crawled = [s for s in sizes if s.spider]
    c_ok = all(s.crawl_ratio() >= MIN_CRAWL_RATIO for s in crawled) if crawled else None
    big = [s for s in sizes if s.pages >= MEMORY_AT_PAGES and s.memory]
    m_ok = all(s.peak_mb() < MAX_MEMORY_MB for s in big) if big else None
    head = f"×{last.pages / first.pages:g} pages → cost" if many else ""
    lines = [
        _row("", [f"{s.pages:,} pages" for s in sizes], head, "target"),
        _row("---", ["---:"] * len(sizes), "---:" if many else "", "---"),
        _row(
            "Extraction, trafilatura alone (pages/s)",
            each(rate(Size.trafilatura_s)),
            grow("extraction, trafilatura alone", Size.trafilatura_s, ours=False),
        ),
        _row(
            "Extraction, ours: text, date, rules, records, validation (pages/s)",
            each(rate(Size.ours_s)),
            grow("extraction, ours", Size.ours_s),
        ),
        _row(
            "Extraction cost, ours ÷ trafilatura alone",
            each(Size.extraction_ratio, 2),
            "",
            f"≤ {MAX_EXTRACTION_RATIO}: {_verdict(x_ok)}",
        ),
        _row(
            "Crawl, bare Scrapy spider (pages/s)",
            each(rate(Size.bare_s)),
            grow("crawl, bare spider", Size.bare_s, ours=False),
        ),
        _row(
            "Crawl, our spider (pages/s)",
            each(rate(Size.spider_s)),
            grow("crawl, our spider", Size.spider_s),
        ),
        _row(
            "Crawl throughput, ours ÷ bare",
            each(Size.crawl_ratio, 2),
            "",
            f"≥ {MIN_CRAWL_RATIO}: {_verdict(c_ok)}",
        ),
        _row(
            "Crawl CPU per page, child process, start-up included: bare (ms)",
            each(Size.bare_cpu_ms, 1),
        ),
        _row(
            "Crawl CPU per page, child process, start-up included: ours (ms)",
            each(Size.spider_cpu_ms, 1),
        ),
        _row(
            "Our crawl end to end, with process start and warehouse load (s)",
            each(Size.spider_total_s, 1),
            grow("crawl end to end", Size.spider_total_s),
        ),
        _row(
            "… of which after the crawl closed: child's exit, warehouse load (s)",
            each(Size.spider_after_s, 1),
            grow("warehouse load after the crawl", Size.spider_after_s),
        ),
        _row(
            "Extraction peak resident memory (MB)",
            each(Size.peak_mb),
            "",
            f"< {MAX_MEMORY_MB:.0f} MB at {MEMORY_AT_PAGES:,} pages: {_verdict(m_ok)}",
        ),
        _row("… of which libraries and models, after the first page (MB)", each(Size.warm_mb)),
        _row(
            "… grown while extracting, every result kept (MB)",
            each(Size.grown_mb, 1),
            grow("memory grown", Size.grown_mb) if first.grown_mb() >= 2 else "",
        ),
        _row("Records extracted", [f"{s.records:,}" if s.ours else "–" for s in sizes]),
    ]
    # Cost per unit of work: ten times the pages should cost ten times as much.
    scale = last.pages / first.pages if many else 1
    return lines, {k: v / scale * 10 for k, v in growth.items()}, [x_ok, c_ok, m_ok]


def _mentions_table(loads: Loads) -> tuple[list[str], dict[str, float], bool | None]:
    """The mentions table, the growth of its costs, and whether the reconcile target is met."""
    counts = sorted(loads.runs)
    if not counts:
        return [], {}, None
    many = len(counts) > 1
    ok = (
        loads.store_s(RECONCILE_AT_MENTIONS) < MAX_RECONCILE_SECONDS
        if RECONCILE_AT_MENTIONS in loads.runs
        else None
    )
    store = _factor(loads.store_s(counts[0]), loads.store_s(counts[-1]))
    again = _factor(loads.reconcile_s(counts[0]), loads.reconcile_s(counts[-1]))
    lines = [
        _row(
            "",
            [f"{n:,} mentions" for n in counts],
            f"×{counts[-1] / counts[0]:g} mentions → cost" if many else "",
            "target",
        ),
        _row("---", ["---:"] * len(counts), "---:" if many else "", "---"),
        _row(
            "Store into DuckDB and reconcile, one transaction (s)",
            [_n(loads.store_s(n), 2) for n in counts],
            f"×{store:.1f}" if many else "",
            f"< {MAX_RECONCILE_SECONDS:.0f} s at {RECONCILE_AT_MENTIONS:,}: {_verdict(ok)}",
        ),
        _row(
            "Reconcile again, alone (s)",
            [_n(loads.reconcile_s(n), 2) for n in counts],
            f"×{again:.1f}" if many else "",
        ),
    ]
    growth = {"store and reconcile": store / (counts[-1] / counts[0]) * 10} if many else {}
    return lines, growth, ok


def report(sizes: list[Size], loads: Loads, command: str, elapsed: float) -> str:
    """RESULTS.md: the tables, the verdicts and how the figures were taken."""
    pages, growth, _ = _pages_table(sizes)
    mentions, load_growth, _ = _mentions_table(loads)
    growth.update(load_growth)
    growth = {k: v for k, v in growth.items() if not math.isnan(v)}
    steepest = max(growth, key=growth.__getitem__, default=None)
    linear = None if steepest is None else growth[steepest] <= MAX_GROWTH
    lines = [
        "# Benchmark results",
        "",
        f"`{command}` on {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}: "
        f"**{os.cpu_count()} cores** ({_cpu()}), Python {platform.python_version()}, "
        f"trafilatura {version('trafilatura')}, spaCy {version('spacy')}, "
        f"Scrapy {version('scrapy')}, DuckDB {version('duckdb')}. "
        f"Medians of {_run_counts(sizes, loads)}; the whole benchmark took "
        f"{elapsed / 60:.1f} minutes.",
        "",
        "## Pages",
        "",
        *pages,
        "",
    ]
    if mentions:
        lines += ["## Mentions", "", *mentions, ""]
    lines += [
        f"Our costs grow linearly (ten times the work costs at most ×{MAX_GROWTH:g}): "
        + _verdict(linear)
        + (f"; the steepest step is {steepest}, ×{growth[steepest]:.1f}." if steepest else "."),
        "",
        *_METHOD,
        "",
        "## Every run (seconds)",
        "",
    ]
    for s in sizes:
        lines.append(
            f"- {s.pages:,} pages: trafilatura {_runs(s.trafilatura)}; ours {_runs(s.ours)}; "
            f"bare crawl {_runs([r.crawl_seconds for r in s.bare])}; our crawl "
            f"{_runs([r.crawl_seconds for r in s.spider])}, end to end "
            f"{_runs([r.total_seconds for r in s.spider])}"
        )
    for n, runs in sorted(loads.runs.items()):
        lines.append(
            f"- {n:,} mentions: store and reconcile {_runs([r.store_seconds for r in runs])}; "
            f"reconcile again {_runs([r.reconcile_seconds for r in runs])}"
        )
    return "\n".join(lines) + "\n"


_METHOD = [
    "## How the figures were taken",
    "",
    "- Corpus: synthetic articles written from our Indonesian templates (bench/corpus.py): "
    "regions from spbe/data/wilayah_kab_kota.csv, evaluation years 2018–2024, index values "
    "1.0–4.8 with the predikat of their band, earlier-year and target figures, second bodies, "
    "tables, traps (other indices, averages, regulation years) and "
    f"{DISTRACTOR_SHARE:.0%} distractors; rendered by the demo site's three styles (kabar, "
    "warta, humas), a third each. The larger corpus begins with the smaller one.",
    "- Extraction: one process, pages in memory, the demo server stopped; trafilatura alone is "
    "`trafilatura.bare_extraction(html, url=url, with_metadata=True)`, ours is "
    "`spbe.extract.article.extract_html(html, url)` and `spbe.extract.validate.problems` for "
    "every record. The two take turns every 50 pages (each first in every other turn), after "
    "a warm-up of 30 pages, so that noise from the machine falls on both alike; the ratio is "
    "the median of the runs' own ratios (likewise for the crawl). The sizes take turns too.",
    "- Crawl: the demo site (`spbe.demo.site.DemoSite`, answering from a cache filled before the "
    "clock starts) in this process; each crawl in a child process, politeness off "
    "(DOWNLOAD_DELAY 0, no AutoThrottle, robots.txt obeyed, 16 requests per site and in all). "
    "Ours is `spbe.crawl.run_crawl` with the article URLs named in the sources file (`urls`); "
    "the bare spider (bench/bare_spider.py) downloads the same URLs and nothing else. Pages/s "
    "counts article pages over the time from the crawler's start to its close inside the "
    "child; the end-to-end row adds the child's start-up and our warehouse load.",
    "- Memory: `python -m bench.memory` in a fresh process (started through a tiny launcher: "
    "Linux carries a parent's peak RSS across exec) reads the pages one by one, extracts and "
    "validates each and keeps every result, as `spbe extract` does until it stores them; the "
    "peak is `resource.getrusage(RUSAGE_SELF).ru_maxrss`.",
    "- Mentions: five per article, each a region and year of its own, 70% with a predikat, "
    "20% `previous`, stored by `spbe.warehouse.mentions.store_extractions` (validation, bulk "
    "insert and `reconcile` in one transaction) into a fresh warehouse whose articles exist; "
    "then `spbe.warehouse.reconcile.reconcile` once more on its own.",
    "",
    "What the profiles showed, what was changed, and why a missed target is missed: "
    "bench/README.md.",
]


def _run_counts(sizes: list[Size], loads: Loads) -> str:
    """'3 runs at 1,000 pages, 2 at 10,000 pages, 3 for each mention count'."""
    parts = [f"{max(len(s.ours), len(s.spider))} at {s.pages:,} pages" for s in sizes]
    parts += [f"{len(r)} at {n:,} mentions" for n, r in sorted(loads.runs.items())]
    return "runs: " + ", ".join(parts)


def _runs(values: Sequence[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values) or "–"


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


# -- command line ------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Benchmarks of extraction, crawl, memory and loading; writes bench/RESULTS.md.",
    )
    parser.add_argument("--pages", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument(
        "--scale",
        type=int,
        help="the larger corpus for scaling and memory (default 10 x --pages; 0 for none)",
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (default 3)")
    parser.add_argument(
        "--scale-runs",
        type=int,
        default=2,
        help="runs at the larger size (default 2: each averages over ten times the pages)",
    )
    parser.add_argument(
        "--mentions",
        type=int,
        nargs="+",
        default=[10_000, 100_000],
        help="mention counts to load (default 10000 100000)",
    )
    parser.add_argument("--skip", nargs="+", choices=PARTS, default=[], help="parts to leave out")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run in about a minute (100 and 500 pages, 2 runs, 1,000 and 10,000 "
        "mentions); prints the table and writes no file unless --out is given",
    )
    parser.add_argument("--out", type=Path, help=f"where to write the table (default {RESULTS})")
    args = parser.parse_args(argv)
    if args.quick:
        args.pages, args.scale, args.runs, args.mentions = 100, 500, 2, [1_000, 10_000]
        args.scale_runs = 1
    if args.scale is None:
        args.scale = 10 * args.pages
    if args.out is None and not args.quick:
        args.out = RESULTS
    if args.pages < 1 or args.runs < 1 or args.scale_runs < 1 or args.scale < 0:
        parser.error("--pages and the runs must be positive, --scale zero or more")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write the table."""
    args = parse_args(argv)
    command = " ".join(["python -m bench", *(sys.argv[1:] if argv is None else argv)])
    # The crawls reach the demo site on loopback directly, never through a proxy.
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        os.environ.pop(name, None)
    os.chdir(ROOT)
    parts = set(PARTS) - set(args.skip)
    started = time.perf_counter()
    counts = sorted({args.pages, args.scale} - {0})
    with tempfile.TemporaryDirectory(prefix="spbe-bench-") as tmp:
        runs = {n: args.runs if n == counts[0] else args.scale_runs for n in counts}
        sizes = measure_pages(runs, parts, Path(tmp))
        loads = (
            measure_loads(sorted(args.mentions), args.runs, Path(tmp))
            if "load" in parts
            else Loads()
        )
    text = report(sizes, loads, command, time.perf_counter() - started)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        say(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
