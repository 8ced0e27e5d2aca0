"""The command line: a thin layer over :mod:`reconcile.pipeline` and :mod:`reconcile.report`.

Exit codes, as linters have them: 0 clean, 1 findings at or above the threshold, 2 bad input
or usage. Input errors are printed one a line (``file:line: field: message``), never as a
traceback.
"""
from __future__ import annotations

import argparse
import json
import signal
import stat
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import InputErrors, ReconcileError, UsageError
from .files import atomic_write
from .models import Report, Verdict
from .pipeline import build_report
from .cache import Cache
from .check import check, load_baseline, make_baseline, render_baseline
from .report import CheckFormat, Format, is_generated, render, render_check
from .settings import Settings
from .sources import ARTICLE_SUFFIXES, CLAIM_SUFFIXES, discover
from .sources.claimfile import claim_file_schema, load_claim_files

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

PROJECT_DIR = Path(__file__).resolve().parent.parent
EXAMPLE_PATHS = (PROJECT_DIR / "claims",)
FAIL_ON = {"contradiction": Verdict.CONTRADICTION, "discrepancy": Verdict.DISCREPANCY, "never": None}
DEFAULT_CACHE = ".reconcile-cache"
DEFAULT_BASELINE = ".reconcile-baseline.json"


def example_paths() -> list[Path]:
    """The bundled example: the project's ``claims/`` folder (present in a source checkout)."""
    found = [_relative(p) for p in EXAMPLE_PATHS if p.is_dir()]
    if not found:
        raise UsageError("no PATH given and the bundled example is not installed "
                         "(it ships with the source checkout: claims/); name articles or claim files")
    return found


def _relative(path: Path) -> Path:
    """``path`` relative to the working folder when it lies below it, so reports name files as a
    person in the project would (``claims/counts.yaml``) and read the same on every machine."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _settings(args: argparse.Namespace) -> Settings:
    try:
        return Settings(tolerance=args.tolerance, subject_similarity=args.subject_similarity)
    except ValueError as err:  # pydantic's ValidationError is a ValueError
        problems = "; ".join(f"--{'-'.join(map(str, e['loc'])).replace('_', '-')}: {e['msg']}"
                             for e in getattr(err, "errors", lambda: [])())
        raise UsageError(problems or str(err)) from None


def _root(args: argparse.Namespace) -> Path:
    """``--root``: the folder (besides the inputs' own) that articles named by claim files may lie in.
    For the bundled example (no PATH) run from elsewhere, the project folder it ships in, whose
    ``articles/`` its claim files name."""
    if not getattr(args, "paths", None) and args.root == ".":
        return PROJECT_DIR
    root = Path(args.root)
    if not root.is_dir():
        raise UsageError(f"--root {args.root}: not a folder")
    return root


def _paths(args: argparse.Namespace) -> list[Path]:
    return [Path(p) for p in args.paths] if args.paths else example_paths()


def write_output(target: Path, content: str, inputs: Sequence[Path], force: bool = False) -> None:
    """Write ``content`` to ``target`` atomically (a temporary file, then a rename).

    Refuses to write over an input or an article a claim file names (even with ``force``), into
    an input folder under a name the next run would read as an article or claim file, to a
    device, FIFO or a file under /proc, /sys or /dev, or over any existing file that reconcile did
    not generate (unless ``force``), whatever its encoding: a command never overwrites a file a
    person wrote. An empty file (one made by ``mktemp``, say) holds nothing to lose and is written.
    """
    try:
        resolved = target.resolve()
    except (OSError, RuntimeError) as err:
        raise UsageError(f"{target}: cannot write there ({err})") from None
    if target.suffix.lower() in CLAIM_SUFFIXES:
        raise UsageError(f"{target}: refusing to write a report over a claim file (.yaml/.yml)")
    readable = target.suffix.lower() in ARTICLE_SUFFIXES
    for p in inputs:
        rp = p.resolve()
        if resolved == rp or (rp.is_dir() and rp in resolved.parents and readable):
            raise UsageError(f"{target}: refusing to write over an input (or into an input folder, "
                             f"where it would be read as an article next time)")
    if resolved.parts[1:2] and resolved.parts[1] in ("proc", "sys", "dev"):
        raise UsageError(f"{target}: refusing to write into /{resolved.parts[1]}")
    try:
        st = target.stat()
    except FileNotFoundError:
        st = None
    except OSError as err:  # a name too long, a loop of links...
        raise UsageError(f"{target}: cannot write there ({err.strerror or err})") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise UsageError(f"{target}: is a folder")
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise UsageError(f"{target}: not a regular file (a FIFO or a device); refusing to write to it")
        if not force and not _ours_or_empty(target):
            raise UsageError(f"{target}: exists and was not written by reconcile; refusing to overwrite it "
                             f"(use --force, or choose another file)")
    parent = resolved.parent
    if not parent.is_dir():
        raise UsageError(f"{target}: folder {parent} does not exist")
    try:
        atomic_write(resolved, content, prefix="." + target.name[:40] + ".")
    except (OSError, UnicodeError) as err:
        raise UsageError(f"{target}: cannot write it ({getattr(err, 'strerror', None) or err})") from None


def _ours_or_empty(target: Path) -> bool:
    """Whether ``target`` holds nothing a person wrote: empty, or a report reconcile generated.
    A file that is not UTF-8 (binary, latin-1, UTF-16) is someone's: never ours."""
    try:
        raw = target.read_bytes()
    except OSError:
        return False
    if not raw.strip():
        return True
    try:
        return is_generated(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return False


def _exit_for(report: Report, fail_on: str) -> int:
    threshold = FAIL_ON[fail_on]
    if threshold is None:
        return EXIT_OK
    return EXIT_FINDINGS if any(f.verdict.at_least(threshold) for f in report.findings) else EXIT_OK


def _cache(args: argparse.Namespace) -> Cache | None:
    folder = getattr(args, "cache", None)
    return Cache(Path(folder)) if folder and not getattr(args, "no_cache", False) else None


def _emit(out: str, args: argparse.Namespace, paths: Sequence[Path], report: Report) -> None:
    """Write ``out`` to ``-o FILE`` or standard output, and warn about articles that could not be read."""
    if args.output:  # never over an article a claim file names either
        named = [Path(s.path) for s in report.sources if s.path]
        write_output(Path(args.output), out, list(paths) + named, force=args.force)
    else:
        sys.stdout.write(out)
    for p in report.problems:
        if p.kind in ("unreadable", "partly-read"):
            print(f"reconcile: warning: {p.path}: {p.kind}: {p.message}", file=sys.stderr)


def cmd_report(args: argparse.Namespace) -> int:
    paths = _paths(args)
    report = build_report(paths, _settings(args), _cache(args), one_story=args.one_story, root=_root(args))
    _emit(render(report, Format(args.format)), args, paths, report)
    return _exit_for(report, args.fail_on)


def cmd_check(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    baseline_path = Path(args.baseline) if args.baseline else None
    if baseline_path is None and Path(DEFAULT_BASELINE).is_file():
        baseline_path = Path(DEFAULT_BASELINE)
    baseline = load_baseline(baseline_path) if baseline_path else None
    report = build_report(paths, _settings(args), _cache(args), one_story=args.one_story, root=_root(args))
    threshold = FAIL_ON["contradiction" if args.fail_on == "stale" else args.fail_on]
    result = check(report, baseline, threshold, str(baseline_path) if baseline_path else None)
    _emit(render_check(result, CheckFormat(args.format)), args, paths, report)
    return EXIT_FINDINGS if result.new or (args.fail_on == "stale" and result.stale) else EXIT_OK


def cmd_baseline(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    report = build_report(paths, _settings(args), _cache(args), one_story=args.one_story, root=_root(args))
    baseline = make_baseline(report, FAIL_ON[args.accept])
    target = Path(args.output)
    write_output(target, render_baseline(baseline), paths, force=args.force)
    print(f"reconcile: accepted {len(baseline.accepted)} finding(s) in {target}", file=sys.stderr)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths]
    inputs = discover(paths)
    if not inputs.claim_files:
        raise UsageError("no claim files (.yaml/.yml) found in " + ", ".join(map(str, paths)))
    from .sources import source_id_for_path
    from .sources.claimfile import input_roots
    manual = load_claim_files(inputs.claim_files, _settings(args),
                              known_source_ids={source_id_for_path(p) for p in inputs.articles},
                              roots=input_roots(paths, _root(args)))
    print(f"ok: {len(inputs.claim_files)} claim file(s), {len(manual.sources)} source(s), "
          f"{len(manual.claims)} claim(s), {len(manual.aliases)} alias(es), "
          f"{len(manual.rejections)} rejection(s)")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(claim_file_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tolerance", type=float, default=Settings().tolerance, metavar="FRACTION",
                   help="how far an approximate figure may stray, as a fraction (default: %(default)s)")
    p.add_argument("--subject-similarity", type=float, default=Settings().subject_similarity,
                   metavar="SCORE", help="rapidfuzz score (0-100) at which two subjects are one "
                                         "(default: %(default)s)")
    p.add_argument("--root", metavar="DIR", default=".",
                   help="an article a claim file names must lie in the folder tree of an input or "
                        "under DIR, never elsewhere (default: the current folder; with no PATH, the "
                        "bundled example's project folder)")


def _add_story_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--one-story", action="store_true",
                   help="compare every claim with every other, as if all articles told one story (by "
                        "default articles are grouped into stories and claims compared within one)")


def _add_cache_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cache", metavar="DIR", default=DEFAULT_CACHE,
                   help="reading and extraction results are kept here and reused (default: %(default)s)")
    p.add_argument("--no-cache", action="store_true", help="read and extract everything afresh")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reconcile",
        description="Compare the factual claims of news articles across sources and report where "
                    "they agree and where they contradict each other.",
        epilog="Exit codes: 0 clean, 1 findings at or above the threshold, 2 bad input or usage.")
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    rep = sub.add_parser("report", help="reconcile articles and claim files and print a report",
                         description="Read articles (.txt, .md) and claim files (.yaml), extract and "
                                     "compare their claims, and print the findings. With no PATH, "
                                     "reports on the bundled example.")
    rep.add_argument("paths", nargs="*", metavar="PATH", help="articles, claim files, or folders of either")
    rep.add_argument("--format", "-f", choices=[f.value for f in Format], default=Format.TEXT.value,
                     help="output format (default: %(default)s)")
    rep.add_argument("-o", "--output", metavar="FILE",
                     help="write to FILE (atomically) instead of standard output; refuses to "
                          "overwrite a file reconcile did not write")
    rep.add_argument("--force", action="store_true", help="with -o: overwrite FILE even if a person wrote it (never an input or an article a claim file names)")
    rep.add_argument("--fail-on", choices=list(FAIL_ON), default="never",
                     help="exit 1 when a finding is at least this serious (default: %(default)s)")
    _add_run_options(rep)
    _add_story_options(rep)
    rep.add_argument("--cache", metavar="DIR", help="reuse reading and extraction results kept in DIR "
                                                     "(created when missing; safe to delete)")
    rep.set_defaults(func=cmd_report)

    chk = sub.add_parser(
        "check", help="fail when articles bring conflicts a baseline has not accepted (for CI)",
        description="Reconcile PATHs and exit 1 when a finding at or above --fail-on is not covered "
                    "by the baseline: a new conflict, or a new value in an accepted one. Exit 0 "
                    "otherwise, 2 for bad input or usage.")
    chk.add_argument("paths", nargs="+", metavar="PATH", help="articles, claim files, or folders of either")
    chk.add_argument("--baseline", metavar="FILE",
                     help=f"accepted findings, written by `reconcile baseline` (default: {DEFAULT_BASELINE} "
                          f"when it exists)")
    chk.add_argument("--fail-on", choices=["discrepancy", "contradiction", "stale"], default="contradiction",
                     help="the least serious verdict that fails the check (default: %(default)s); stale: "
                          "contradictions, and also claims repeating a figure a rising or falling finding had "
                          "passed (reported, but not failing, otherwise)")
    chk.add_argument("--format", "-f", choices=[f.value for f in CheckFormat], default=CheckFormat.TEXT.value,
                     help="text, github (workflow annotations), junit (XML), json, or markdown (a job "
                          "summary) (default: %(default)s)")
    chk.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of standard output")
    chk.add_argument("--force", action="store_true", help="with -o: overwrite FILE even if a person wrote it (never an input or an article a claim file names)")
    _add_cache_options(chk)
    _add_run_options(chk)
    _add_story_options(chk)
    chk.set_defaults(func=cmd_check)

    base = sub.add_parser(
        "baseline", help="accept the current findings, so that `check` fails only on new ones",
        description="Reconcile PATHs and write every finding at or above --accept, with the values "
                    "it states, to a baseline file for `reconcile check`.")
    base.add_argument("paths", nargs="+", metavar="PATH")
    base.add_argument("-o", "--output", metavar="FILE", default=DEFAULT_BASELINE,
                      help="the baseline file (default: %(default)s)")
    base.add_argument("--accept", choices=["discrepancy", "contradiction"], default="discrepancy",
                      help="accept findings at least this serious (default: %(default)s)")
    base.add_argument("--force", action="store_true", help="overwrite FILE even if a person wrote it")
    _add_cache_options(base)
    _add_run_options(base)
    _add_story_options(base)
    base.set_defaults(func=cmd_baseline)

    val = sub.add_parser("validate", help="check claim files against the schema",
                         description="Load claim files (or folders of them) and report every error "
                                     "with its file, line and field. Exit 0 when valid, 2 when not.")
    val.add_argument("paths", nargs="+", metavar="PATH")
    _add_run_options(val)
    val.set_defaults(func=cmd_validate)

    sch = sub.add_parser("schema", help="print the JSON Schema of claim files",
                         description="Print the JSON Schema of claim files, for editors that "
                                     "validate YAML as it is typed.")
    sch.set_defaults(func=cmd_schema)
    return parser


def _terminate(signum, frame):  # noqa: ARG001
    raise KeyboardInterrupt  # temporary files are removed on the way out, as on Ctrl-C


def main(argv: Sequence[str] | None = None) -> int:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except InputErrors as err:
        for e in err.errors:
            print(f"reconcile: error: {e}", file=sys.stderr)
        return EXIT_ERROR
    except ReconcileError as err:
        print(f"reconcile: error: {err}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("reconcile: interrupted", file=sys.stderr)
        return 130
