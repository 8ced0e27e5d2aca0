"""Hand-written claim files: sources, claims, aliases and rejections typed by an editor.

A claim file is YAML with four optional lists (see ``claims/README.md`` for the format with
examples, and ``reconcile schema`` for its JSON Schema):

- ``sources``: an article's metadata (``article: PATH`` relative to the file) or a source without
  an article, such as a press briefing. What is given here overrides what is read from the article.
- ``claims``: a claim of a source, the same record as an extracted one (``origin: manual``).
- ``aliases``: subjects the matcher must treat as one.
- ``rejections``: an extracted claim to drop (by id, or by the words it quotes), with a reason.

Every file is checked in full and all errors are raised together as
:class:`~reconcile.errors.InputErrors`, each naming file, line and field.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Collection, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from ..collector import paused_gc
from ..errors import InputError, InputErrors
from ..models import Claim, DateSpan, Kind, Origin, Source, stable_id
from ..settings import Settings
from ..values import (DATE_QUALIFIERS, QUANTITY_QUALIFIERS, date_bounds, normalise_qualifier,
                      open_date_bounds, quantity_bounds, representable, rounding_unit, MAX_FIGURE)
from .yamlsafe import Loaded, decode_yaml_bytes, field_name, load_yaml


def _moment(value: Any) -> Any:
    """A date, or a date and time, as YAML or ISO text gives it; one error message for anything else."""
    if isinstance(value, (date, datetime)):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")) if "T" in value \
                else date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"expected a date YYYY-MM-DD or a date and time YYYY-MM-DDTHH:MM[Z], got {value!r}")


Moment = Annotated[date | datetime, BeforeValidator(_moment)]


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceEntry(Entry):
    """A source: an article (``article``) or a source without one (a briefing, a statement)."""

    id: str = Field(min_length=1, description="The id claims use to name this source.")
    article: str | None = Field(None, description="Path of the article, relative to this file.")
    title: str | None = None
    outlet: str | None = Field(None, description="Who published it: 'France 24', 'State Department briefing'.")
    published: date | None = Field(None, description="Publication date, YYYY-MM-DD; relative dates resolve against it.")
    updated: Moment | None = Field(
        None, description="Last update, YYYY-MM-DD or YYYY-MM-DDTHH:MM[Z]; the claims of the source are reported then.")
    url: str | None = None
    credits: list[str] | None = Field(None, description="Wire services or outlets the source credits (AP, Reuters...).")
    story: str | None = Field(None, min_length=1, description=(
        "The story the source is in: sources with one story name are compared together, sources with "
        "two are kept apart. Without it, the story is found from what the articles say."))


VALUE_SCHEMA = {
    "description": ("quantity: a number; date: YYYY-MM-DD, YYYY-MM, YYYY or {start, end}; "
                    "rank: a positive integer (1 = largest); role: the holder's name"),
    "anyOf": [
        {"type": "number"},
        {"type": "string"},
        {"type": "object", "properties": {"start": {"type": "string", "format": "date"},
                                          "end": {"type": "string", "format": "date"}},
         "required": ["start", "end"], "additionalProperties": False},
    ],
}


class ClaimEntry(Entry):
    """One claim of one source."""

    id: str | None = Field(None, min_length=1, description="Optional; a stable id is made from the claim otherwise.")
    source: str = Field(description="Id of a source declared in a claim file or of an article being read.")
    kind: Kind
    subject: str = Field(min_length=1, description="What the claim is about, as the report shows it.")
    value: Any = Field(json_schema_extra=VALUE_SCHEMA)
    qualifier: str | None = Field(None, description="The hedge: approximately, at least, since, caretaker...")
    unit: str | None = Field(None, description="Unit of a quantity: %, USD, tonnes, km.")
    high: float | None = Field(None, description="Top figure of a quantity range ('between 5,000 and 5,500': value 5000, high 5500).")
    as_of: str | int | date | None = Field(None, description="When the value held, where the source says so ('2016').")
    reported: Moment | None = Field(
        None, description="When the source stated the value, if not its update or publication time "
                          "(an earlier figure it quotes).")
    quote: str | None = Field(None, description="The words of the source that state the value.")
    sentence: str | None = Field(None, description="The sentence around the quote (defaults to the quote).")
    note: str | None = None


class AliasEntry(Entry):
    """Subjects the matcher treats as one."""

    subjects: list[str] = Field(min_length=2)
    kind: Kind | None = Field(None, description="Limit the alias to one kind of claim.")


class RejectionEntry(Entry):
    """An extracted claim to drop: by ``claim`` id, or by the ``quote`` of its words."""

    claim: str | None = Field(None, description="Id of the extracted claim (as the report shows it).")
    quote: str | None = Field(None, description="The claim's words, or words of its sentence that hold them.")
    source: str | None = Field(None, description="Limit a rejection by quote to one source.")
    reason: str = Field(min_length=1, description="Why the claim is wrong.")


class ClaimFile(Entry):
    """A claim file. Every list is optional; an empty file declares nothing."""

    model_config = ConfigDict(extra="forbid", title="reconcile claim file")

    sources: list[SourceEntry] = Field(default_factory=list)
    claims: list[ClaimEntry] = Field(default_factory=list)
    aliases: list[AliasEntry] = Field(default_factory=list)
    rejections: list[RejectionEntry] = Field(default_factory=list)


# ---------------------------------------------------------------- loaded records

class Alias(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    subjects: list[str]
    kind: Kind | None = None
    file: str | None = None
    line: int | None = None


class Rejection(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    claim: str | None = None
    quote: str | None = None
    source: str | None = None
    reason: str
    file: str | None = None
    line: int | None = None


class ManualInput(BaseModel):
    """Everything the claim files of a run declare."""

    sources: list[Source] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    aliases: list[Alias] = Field(default_factory=list)
    rejections: list[Rejection] = Field(default_factory=list)


def claim_file_schema() -> dict:
    """The JSON Schema of a claim file, for editors (yaml-language-server and the like)."""
    schema = ClaimFile.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


# ---------------------------------------------------------------- loading

SECTIONS = {"sources": SourceEntry, "claims": ClaimEntry, "aliases": AliasEntry, "rejections": RejectionEntry}


MAX_CLAIM_FILE_BYTES = 5_000_000  # thousands of hand-written claims; past it a file is no claim file


def load_claim_files(paths: Sequence[Path], settings: Settings | None = None,
                     known_source_ids: Collection[str] = (), roots: Sequence[Path] | None = None) -> ManualInput:
    """Load claim files together (a claim may name a source declared in another file).

    ``known_source_ids`` are the ids of the articles being read, which claims may name too.
    ``roots`` are the folders an article a claim file names must lie in (the run's input folders
    and ``--root``, by default the current one: see :func:`input_roots`); None checks nothing.
    Raises :class:`InputErrors` listing every error of every file. The time is linear in the
    files' size (``benchmarks/claimfile.py``).
    """
    with paused_gc():  # millions of small objects, none garbage: the collector's passes would be quadratic
        return _load_claim_files(paths, settings, known_source_ids, roots)


def _load_claim_files(paths: Sequence[Path], settings: Settings | None,
                      known_source_ids: Collection[str], roots: Sequence[Path] | None) -> ManualInput:
    settings = settings or Settings()
    errors: list[InputError] = []
    parsed = [one for path in paths if (one := _parse(path, errors)) is not None]
    out = ManualInput()
    declared = _declare_sources(parsed, roots, out, errors)
    known = set(known_source_ids) | set(declared)
    first_claim: dict[str, str] = {}
    for name, path, model, loaded in parsed:
        for i, entry in enumerate(model.claims):
            if (claim := _new_claim(entry, i, name, loaded, settings, known, first_claim, errors)) is not None:
                out.claims.append(claim)
        for i, entry in enumerate(model.aliases):
            out.aliases.append(Alias(subjects=entry.subjects, kind=entry.kind, file=name,
                                     line=loaded.line_of(("aliases", i))))
        for i, entry in enumerate(model.rejections):
            if (rejection := _rejection(entry, i, name, loaded, known, errors)) is not None:
                out.rejections.append(rejection)
    if errors:
        raise InputErrors(errors)
    return out


def _parse(path: Path, errors: list[InputError]) -> tuple[str, Path, ClaimFile, Loaded] | None:
    """One claim file read, parsed and validated against the schema (its name, path, model and
    the YAML with its lines), or None with its problems added to ``errors``."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_CLAIM_FILE_BYTES:
            errors.append(InputError(f"too large for a claim file ({size:,} bytes; at most "
                                     f"{MAX_CLAIM_FILE_BYTES:,})", file=name))
            return None
        text = decode_yaml_bytes(path.read_bytes(), name)
    except OSError as err:
        errors.append(InputError(f"cannot read: {err.strerror or err}", file=name))
        return None
    except InputError as err:
        errors.append(err)
        return None
    loaded = load_yaml(text, name)
    errors.extend(loaded.errors)
    if loaded.data is None:
        return None
    if not isinstance(loaded.data, dict):
        errors.append(InputError(
            f"expected a mapping with sources, claims, aliases or rejections at the top, "
            f"got {_kind_of(loaded.data)}", file=name, line=1))
        return None
    model, problems = _validate(loaded, name)
    errors.extend(problems)
    return (name, path, model, loaded) if model is not None else None


def _declare_sources(parsed: Sequence[tuple[str, Path, ClaimFile, Loaded]], roots: Sequence[Path] | None,
                     out: ManualInput, errors: list[InputError]) -> dict[str, str]:
    """Add every file's sources to ``out``, each id once; returns where each id was first declared."""
    first_source: dict[str, str] = {}
    for name, path, model, loaded in parsed:
        for i, entry in enumerate(model.sources):
            where = f"{name}:{loaded.line_of(('sources', i))}"
            if entry.id in first_source:
                errors.append(InputError(f"duplicate source id {entry.id!r} (first declared at {first_source[entry.id]})",
                                         file=name, line=loaded.line_of(("sources", i, "id")), field=f"sources[{i}].id"))
                continue
            first_source[entry.id] = where
            source = _source(entry, path, name, loaded.line_of(("sources", i)), errors, i, roots)
            if source is not None:
                out.sources.append(source)
    return first_source


def _new_claim(entry: ClaimEntry, i: int, name: str, loaded: Loaded, settings: Settings, known: set[str],
               first_claim: dict[str, str], errors: list[InputError]) -> Claim | None:
    """The claim of entry ``i``, or None when its source is unknown, it does not validate, or its
    id was given before (``first_claim``: id -> where)."""
    line = loaded.line_of(("claims", i))
    if entry.source not in known:
        errors.append(InputError(_missing_source(entry.source, known), file=name,
                                 line=loaded.line_of(("claims", i, "source")), field=f"claims[{i}].source"))
        return None
    claim = _claim(entry, settings, name, line, i, loaded, errors)
    if claim is None:
        return None
    if claim.id in first_claim:
        what = "duplicate claim id" if entry.id else "the same claim is given twice"
        hint = "" if entry.id else "; give one an id to keep both"
        errors.append(InputError(f"{what} {claim.id!r} (first at {first_claim[claim.id]}){hint}",
                                 file=name, line=line, field=f"claims[{i}]" + (".id" if entry.id else "")))
        return None
    first_claim[claim.id] = f"{name}:{line}"
    return claim


def _rejection(entry: RejectionEntry, i: int, name: str, loaded: Loaded, known: set[str],
               errors: list[InputError]) -> Rejection | None:
    """The rejection of entry ``i``: by a claim's id or its quote (one of the two), of a known source."""
    line = loaded.line_of(("rejections", i))
    if (entry.claim is None) == (entry.quote is None):
        errors.append(InputError("give either claim (an id) or quote (the claim's words), not both or neither",
                                 file=name, line=line, field=f"rejections[{i}]"))
        return None
    if entry.source is not None and entry.source not in known:
        errors.append(InputError(_missing_source(entry.source, known), file=name,
                                 line=loaded.line_of(("rejections", i, "source")),
                                 field=f"rejections[{i}].source"))
        return None
    return Rejection(claim=entry.claim, quote=entry.quote, source=entry.source,
                     reason=entry.reason, file=name, line=line)


def _validate(loaded: Loaded, name: str) -> tuple[ClaimFile | None, list[InputError]]:
    try:
        return ClaimFile.model_validate(loaded.data), []
    except ValidationError as err:
        problems = []
        for e in err.errors():
            loc = tuple(e["loc"])
            problems.append(InputError(_plain_message(e, loc), file=name, line=loaded.line_of(loc),
                                       field=field_name(loc) or None))
        return None, problems


def _plain_message(e: dict, loc: tuple) -> str:
    """A pydantic error in plain words: what was expected, what was got."""
    kind = e["type"]
    got = e.get("input")
    if kind == "extra_forbidden":
        model = ClaimFile if len(loc) == 1 else SECTIONS.get(str(loc[0]), ClaimFile)
        return f"unknown key {loc[-1]!r} (allowed: {', '.join(model.model_fields)})"
    if kind == "missing":
        return "required, but missing"
    expected = {
        "string_type": "text", "list_type": "a list", "model_type": "a mapping (key: value)",
        "dict_type": "a mapping (key: value)", "int_type": "a whole number", "int_parsing": "a whole number",
        "float_type": "a number", "float_parsing": "a number", "bool_type": "true or false",
    }.get(kind)
    if kind.startswith("date"):
        expected = "a date YYYY-MM-DD"
    elif kind == "enum":
        expected = "one of " + e.get("ctx", {}).get("expected", "")
    elif kind == "string_too_short":
        return "must not be empty"
    elif kind == "too_short":
        return f"needs at least {e.get('ctx', {}).get('min_length', 1)} items, got {_short(got)}"
    if expected:
        return f"expected {expected}, got {_short(got)}"
    return f"{e['msg']}, got {_short(got)}"


def _short(x: Any) -> str:
    if isinstance(x, dict):
        return "a mapping"
    if isinstance(x, list):
        return f"a list of {len(x)}" if x else "an empty list"
    if x is None:
        return "nothing"
    text = repr(x.isoformat() if isinstance(x, date) else x)
    return text if len(text) <= 60 else text[:57] + "...'"


def _kind_of(x: Any) -> str:
    return "a list" if isinstance(x, list) else _short(x)


def _missing_source(sid: str, known: set[str]) -> str:
    listed = ", ".join(sorted(known)[:12]) + (", ..." if len(known) > 12 else "")
    return (f"no source {sid!r} is declared in the claim files or read from an article"
            + (f" (known: {listed})" if known else ""))


def input_roots(paths: Sequence[Path], root: Path | None = None) -> list[Path]:
    """The folders a run may read articles from: ``root`` (``--root``; None: the current folder)
    and each input's folder tree (a file's folder, a folder itself). Links are resolved, so a
    link inside a root that points out of it leads outside."""
    roots = [(root if root is not None else Path.cwd()).resolve()]
    for p in paths:
        try:
            r = p.resolve()
        except (OSError, RuntimeError):
            continue
        roots.append(r if r.is_dir() else r.parent)
    return roots


def _outside(article: Path, roots: Sequence[Path]) -> str | None:
    """Why a claim file may not name ``article`` (a path out of the run's folders, a device, a FIFO,
    a file under /proc, /sys or /dev), or None. A claim file in a pull request must never make a
    report embed the machine's files, nor tell which exist: a path outside is refused as such
    whether or not a file is there."""
    try:
        real = article.resolve()
    except (OSError, RuntimeError):  # a loop of links
        return "cannot be resolved (a loop of links?)"
    if not any(real == r or r in real.parents for r in roots):
        return ("lies outside the folders this run reads (the inputs' folders and --root, by default "
                "the current folder)")
    if real.parts[1:2] and real.parts[1] in ("proc", "sys", "dev"):
        return f"is a file of the system (under /{real.parts[1]}), not an article"
    try:
        mode = real.stat().st_mode
    except OSError:
        return None  # "not found" is said below
    if not stat.S_ISREG(mode):
        return "is not a regular file"
    return None


def _source(entry: SourceEntry, path: Path, name: str, line: int | None, errors: list[InputError],
            i: int, roots: Sequence[Path] | None = None) -> Source | None:
    given = entry.model_fields_set - {"id", "article"}
    fields: dict[str, Any] = {f: getattr(entry, f) for f in given}
    if entry.credits is not None:
        fields["credits"] = list(entry.credits)
    elif "credits" in fields:
        del fields["credits"]
    if entry.published is not None:
        fields["published_from"] = "claim file"
    article_path = None
    if entry.article:
        article_path = os.path.normpath(str(path.parent / entry.article))
        why = _outside(Path(article_path), roots) if roots is not None else None
        if why:
            errors.append(InputError(f"article {entry.article!r} {why}", file=name, line=line,
                                     field=f"sources[{i}].article"))
            return None
        if not Path(article_path).is_file():
            errors.append(InputError(f"article {entry.article!r} not found (looked for {article_path})",
                                     file=name, line=line, field=f"sources[{i}].article"))
            return None
    return Source(id=entry.id, path=article_path, file=name, line=line, **fields)


def _claim(entry: ClaimEntry, settings: Settings, name: str, line: int | None, i: int,
           loaded: Loaded, errors: list[InputError]) -> Claim | None:
    """The claim of one entry, its value read by its kind's reader (:data:`_VALUE_READERS`); None,
    with the error at the entry's line and field, for a value the kind cannot hold."""
    try:
        fields, qualifier = _VALUE_READERS[entry.kind](entry, normalise_qualifier(entry.qualifier), settings)
        if entry.kind != Kind.QUANTITY and (entry.unit is not None or entry.high is not None):
            raise _Bad("unit and high apply to quantities only", "unit" if entry.unit is not None else "high")
    except _Bad as bad:
        errors.append(InputError(bad.message, file=name, line=loaded.line_of(("claims", i, bad.field)) or line,
                                 field=f"claims[{i}].{bad.field}"))
        return None
    as_of = entry.as_of
    if isinstance(as_of, date):
        as_of = as_of.isoformat()
    elif as_of is not None:
        as_of = str(as_of)
    value_text = fields["value"].model_dump_json() if isinstance(fields["value"], DateSpan) else fields["value"]
    cid = entry.id or stable_id("m", entry.source, entry.kind.value, entry.subject, value_text, qualifier or "")
    quote = entry.quote or ""
    return Claim(id=cid, source=entry.source, kind=entry.kind, subject=" ".join(entry.subject.split()),
                 qualifier=qualifier, as_of=as_of, text=quote,
                 reported=entry.reported.isoformat() if entry.reported is not None else None, quote=entry.sentence or quote,
                 origin=Origin.MANUAL, file=name, line=line, note=entry.note, **fields)


class _Bad(Exception):
    """A value its kind cannot hold: the message and the entry's field it is about."""

    def __init__(self, message: str, field: str = "value") -> None:
        super().__init__(message)
        self.message, self.field = message, field


def _quantity_fields(entry: ClaimEntry, qualifier: str | None, settings: Settings) -> tuple[dict[str, Any], str | None]:
    """A figure, its bounds by its qualifier and rounding ("about 5,000"), or a range to ``high``."""
    raw = entry.value
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        raise _Bad(f"expected a number, got {_short(raw)}")
    if qualifier is not None and qualifier not in QUANTITY_QUALIFIERS:
        raise _Bad(f"unknown qualifier {entry.qualifier!r} for a quantity (accepted: "
                   f"{', '.join(sorted(QUANTITY_QUALIFIERS))})", "qualifier")
    if not representable(raw) or (entry.high is not None and not representable(entry.high)):
        raise _Bad(f"expected a finite figure below {MAX_FIGURE:.0e}, got {_short(raw if not representable(raw) else entry.high)}")
    value = int(raw) if float(raw).is_integer() else float(raw)
    unit = rounding_unit(value)
    high_unit = rounding_unit(entry.high) if entry.high is not None else 0.0
    if entry.high is not None and entry.high < value:
        raise _Bad(f"high ({entry.high:g}) is below value ({value:g})", "high")
    if entry.high is not None and qualifier is None:
        qualifier = "between"
    b = quantity_bounds(value, qualifier, tolerance=settings.tolerance, unit=unit,
                        high_value=entry.high, high_unit=high_unit)
    return dict(value=value, precision="rounded" if unit else "exact", low=b.low, high=b.high,
                low_exclusive=b.low_exclusive, high_exclusive=b.high_exclusive, unit=entry.unit), qualifier


def _date_fields(entry: ClaimEntry, qualifier: str | None, settings: Settings) -> tuple[dict[str, Any], str | None]:
    """A date or span at the precision given, its days opened by its qualifier ("before")."""
    if qualifier is not None and qualifier not in DATE_QUALIFIERS:
        raise _Bad(f"unknown qualifier {entry.qualifier!r} for a date (accepted: "
                   f"{', '.join(sorted(DATE_QUALIFIERS))})", "qualifier")
    parsed = _date_value(entry.value)
    if isinstance(parsed, str):
        raise _Bad(parsed)
    value, start, end, precision = parsed
    start, end = open_date_bounds(start, end, qualifier)
    return dict(value=value, start=start, end=end, precision=precision), qualifier


def _rank_fields(entry: ClaimEntry, qualifier: str | None, settings: Settings) -> tuple[dict[str, Any], str | None]:
    """A place: a whole number from 1 (first or largest)."""
    raw = entry.value
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
        raise _Bad(f"expected a positive whole number (1 = first or largest), got {_short(raw)}")
    return dict(value=raw, low=float(raw), high=float(raw)), qualifier


def _role_fields(entry: ClaimEntry, qualifier: str | None, settings: Settings) -> tuple[dict[str, Any], str | None]:
    """The holder's name, its spaces made single."""
    raw = entry.value
    if not isinstance(raw, str) or not raw.strip():
        raise _Bad(f"expected the holder's name, got {_short(raw)}")
    return dict(value=" ".join(raw.split())), qualifier


_VALUE_READERS = {Kind.QUANTITY: _quantity_fields, Kind.DATE: _date_fields, Kind.RANK: _rank_fields,
                  Kind.ROLE: _role_fields}


def _date_value(raw: Any) -> tuple[str | DateSpan, date, date, str] | str:
    """(value, first day, last day, precision) of a date value, or the error message."""
    expected = "expected a date (YYYY-MM-DD, YYYY-MM, YYYY or {start: ..., end: ...})"
    if isinstance(raw, datetime):
        raw = raw.date()
    if isinstance(raw, date):
        return raw.isoformat(), raw, raw, "day"
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = f"{raw:04d}" if 1 <= raw <= 9999 else str(raw)
    if isinstance(raw, str):
        try:
            start, end, precision = date_bounds(raw)
        except ValueError:
            return f"{expected}, got {_short(raw)}"
        return raw.strip(), start, end, precision
    if isinstance(raw, dict):
        if set(raw) != {"start", "end"}:
            return f"a date span takes exactly start and end, got {', '.join(map(str, raw)) or 'nothing'}"
        ends = []
        for k in ("start", "end"):
            v = raw[k].date() if isinstance(raw[k], datetime) else raw[k]
            if isinstance(v, str):
                try:
                    v = date.fromisoformat(v.strip())
                except ValueError:
                    pass
            if not isinstance(v, date):
                return f"span {k}: expected a date YYYY-MM-DD, got {_short(raw[k])}"
            ends.append(v)
        if ends[1] < ends[0]:
            return f"span ends ({ends[1]}) before it starts ({ends[0]})"
        return DateSpan(start=ends[0], end=ends[1]), ends[0], ends[1], "span"
    return f"{expected}, got {_short(raw)}"


__all__ = ["Alias", "ClaimFile", "ManualInput", "Rejection", "claim_file_schema", "load_claim_files"]
