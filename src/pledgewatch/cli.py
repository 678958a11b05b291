"""pledgewatch command line: `pledgewatch run | eval | bench | report | fetch | sample | agree`."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from . import config


def _run(args) -> int:
    from . import run_memo
    from .runs import OutputBusy, Stopped

    key = run_memo.run_key(args)  # a run of the same inputs, code and settings is replayed from the cache
    try:
        replayed = run_memo.replay(args, key) if key else None
        if replayed is not None:
            print(replayed)
            return 0
        from .pipeline import run

        result = run(args.raw, args.out, mapping=args.mapping, nlp_name=args.model, n_process=args.n_process,
                     batch_size=args.batch_size,
                     progress=not args.quiet, cache=args.cache, use_cache=not args.no_cache, engine=args.engine,
                     scheduler=args.scheduler, skip=args.skip, chunk_size=args.chunk_size,
                     quote_parts=args.quote_parts, nesting=args.nesting)
    except Stopped as e:  # SIGTERM, SIGINT (Ctrl-C), SIGHUP: one line, exit 128 + the signal number
        print(f"pledgewatch run: stopped by {e.name}; workers stopped, the output set in {args.out} is unchanged",
              file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:  # Ctrl-C before the run had begun writing (its handler was not installed yet)
        print("pledgewatch run: stopped by SIGINT; nothing was written", file=sys.stderr)
        return 130
    except (OutputBusy, _dask_unavailable()) as e:  # exit 75 (try again later), 69 (no Dask scheduler or worker)
        print(f"pledgewatch run: {e}", file=sys.stderr)
        return e.exit_code
    summary = result.summary()
    print(summary)
    try:
        from .ingest import summarize
    except ImportError:
        summarize = None
    ingest_summary = summarize(result.manifest) if summarize is not None else ""
    if summarize is not None:
        print(ingest_summary)
    if key and result.set_dir is not None and run_memo.run_key(args) == key:  # (nothing changed during the run)
        run_memo.store(args, key, result.set_dir, summary, ingest_summary)
    return 0


def _dask_unavailable():
    """pipeline.DaskUnavailable; imported only when an exception is being matched (an `except` clause evaluates its
    classes then), so that a replayed run never imports the pipeline."""
    from .pipeline import DaskUnavailable

    return DaskUnavailable


def _delegate(module: str):
    """Subcommands implemented in their own module as `add_arguments(parser)` and `main(args) -> int`."""
    def call(args):
        return importlib.import_module(f"pledgewatch.{module}").main(args)
    return call


SUBCOMMANDS = {
    "eval": ("evaluation.gold", "score the pipeline on ../shared/eval gold sets, with an error analysis"),
    "bench": ("bench", "throughput and memory benchmark (a table and a final JSON line)"),
    "report": ("report", "execute the notebooks and export HTML reports"),
    "fetch": ("fetch", "download the pages of a CSV of URLs politely -> article records (docs/CORPUS.md)"),
    "sample": ("sampling", "draw a stratified random sample of statements and write coding sheets"),
    "agree": ("evaluation.agreement", "agreement of a hand-coded sample with the machine (and between two coders)"),
}


def build_parser(argv=None) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pledgewatch", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="raw articles -> tidy tables (articles, statements, capabilities, manifest)")
    r.add_argument("--raw", type=Path, default=config.RAW, help="folder of .txt/.md/.html, a .jsonl or a .csv file")
    r.add_argument("--out", type=Path, default=config.PROCESSED, help="output folder (default data/processed/)")
    r.add_argument("--mapping", default=None,
                   help="column mapping for .csv/.jsonl: 'text=articles,title=headlines,date=published' or a YAML/JSON "
                        "file (default: the aliases in data/reference/column_aliases.csv)")
    r.add_argument("--model", default=None, help="spaCy model name or path (default: en_core_web_sm)")
    r.add_argument("--n-process", type=int, default=0,
                   help="worker processes (0 = all cores; engine local: a process pool, engine dask: LocalCluster workers)")
    r.add_argument("--batch-size", type=int, default=16, help="texts per nlp.pipe batch")
    r.add_argument("--cache", type=Path, default=None,
                   help="per-article cache folder (default data/interim/cache/)")
    r.add_argument("--no-cache", action="store_true", help="bypass the cache: parse everything, store nothing")
    r.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes, or dask.distributed (docs/SCALING.md)")
    r.add_argument("--scheduler", default=None,
                   help="dask scheduler address (tcp://host:8786); default: a LocalCluster of --n-process workers")
    r.add_argument("--skip", choices=("none", "article", "paragraph"), default=None,
                   help="do not parse articles (default) or paragraphs with no quotation mark, colon or cue word of cues.csv")
    r.add_argument("--chunk-size", type=int, default=256, help="articles per chunk (streaming and dask partitions)")
    r.add_argument("--quote-parts", choices=("split", "join"), default="split",
                   help="a statement interrupted by its cue or continued without one: one row per part (split, the "
                        "annotation guide's convention) or one row with the parts joined (join, PolNeAR's); docs/DATA_DICTIONARY.md")
    r.add_argument("--nesting", choices=("inner", "outer"), default="inner",
                   help="'A said that B promised X': B's statement X (inner, the annotation guide's convention) or A's "
                        "statement 'B promised X' (outer, PolNeAR's); docs/DATA_DICTIONARY.md")
    r.add_argument("--quiet", action="store_true", help="no progress bars")
    r.set_defaults(func=_run)

    chosen = next((a for a in (sys.argv[1:] if argv is None else argv) if not a.startswith("-")), None)
    for name, (module, help_) in SUBCOMMANDS.items():
        sp = sub.add_parser(name, help=help_)
        if name == chosen:  # import only the module of the subcommand being run (evaluate alone costs seconds)
            importlib.import_module(f"pledgewatch.{module}").add_arguments(sp)
        sp.set_defaults(func=_delegate(module))
    return p


def main(argv=None) -> int:
    args = build_parser(argv).parse_args(argv)
    rc = args.func(args)
    if argv is None and args.func is _run:  # the command line (sys.argv): the process ends next
        _before_exit()
    return rc


def _before_exit() -> None:
    """Freeze the collector just before the process exits, so that the interpreter's final collections do not walk
    every object a run leaves (the model, pandas, the tables' frames): measured on the benchmark's corpus, the exit
    after a run took 0.27-0.50 s wall with the heap unfrozen, 0.04-0.07 s frozen, with the second core idle (the
    workers are gone by then). Only where the process ends next (main() called without argv: the console script,
    `python -m pledgewatch.cli`); a caller that passes argv (tests, notebooks) keeps its collector as it was.
    Objects still alive at exit are left to the operating system either way; files are closed by then."""
    import gc

    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
