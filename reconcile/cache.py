"""A content-addressed cache of reading and extraction results, so that a repository of thousands
of articles re-reads and re-extracts only what changed.

Entries are JSON files in a cache folder (default ``.reconcile-cache/``, which holds a
``.gitignore`` of its own so git ignores it wherever it is). An entry's name is the hash of what it
depends on: the article's bytes (or text, publication date and settings) and the *version* of
the code that made it, itself a hash of the package's reader or extractor sources and
vocabularies, so a new release never reuses stale results.

An entry is a line of JSON naming its format, its key and the checksum of the payload, then the
payload as JSON. A missing, truncated, corrupt or
foreign entry is a miss: it is rebuilt, never trusted. Entries are written to a temporary file
and renamed into place, so concurrent runs never see (or leave) half an entry.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .files import atomic_write

CACHE_FORMAT = 1
GITIGNORE = "# written by reconcile: the cache is never committed\n*\n"  # (sources.discover skips a folder holding it)

READER_PARTS = ("models.py", "sources", "data/articles.yaml", "data/temporal.yaml", "datafiles.py", "lexicon.py")
EXTRACTOR_PARTS = ("models.py", "values.py", "lexicon.py", "settings.py", "datafiles.py", "extract", "data")


@lru_cache(maxsize=None)
def code_version(parts: tuple[str, ...]) -> str:
    """A hash of the package files under ``parts`` (files or folders): changes with the code."""
    root = resources.files("reconcile")
    h = hashlib.sha256()
    for part in parts:
        node = root.joinpath(part)
        files = sorted(_walk(node), key=lambda p: str(p))
        for f in files:
            h.update(str(f).split("reconcile", 1)[-1].encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _walk(node) -> list:
    if node.is_file():
        return [node] if node.name.endswith((".py", ".yaml")) else []
    out = []
    for child in node.iterdir():
        if child.name != "__pycache__":
            out.extend(_walk(child))
    return out


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


class Cache:
    """A folder of JSON entries addressed by key (see the module docstring)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0
        self._ready = False

    def _path(self, kind: str, key: str) -> Path:
        return self.folder / kind / key[:2] / f"{key}.json"

    def get(self, kind: str, key: str) -> Any | None:
        """The payload stored under ``key``, or None when absent or not to be trusted."""
        body = self.get_raw(kind, key)
        if body is None:
            return None
        try:
            return json.loads(body)
        except ValueError:  # pragma: no cover - the checksum vouches for what was written
            return None

    def get_raw(self, kind: str, key: str) -> bytes | None:
        """The payload's JSON bytes, checked against the entry's key and checksum, or None."""
        path = self._path(kind, key)
        try:
            head, _, body = path.read_bytes().partition(b"\n")
            entry = json.loads(head)
            ok = (isinstance(entry, dict) and entry.get("format") == CACHE_FORMAT and entry.get("key") == key
                  and entry.get("checksum") == hashlib.sha256(body).hexdigest())
        except (OSError, ValueError):
            ok = False
        if not ok:
            self.misses += 1
            return None
        self.hits += 1
        return body

    def put(self, kind: str, key: str, payload: Any) -> None:
        """Store ``payload`` (JSON-able) under ``key``: written aside, then renamed into place."""
        path = self._path(kind, key)
        try:
            self._prepare()
            path.parent.mkdir(parents=True, exist_ok=True)
            body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
            head = json.dumps({"format": CACHE_FORMAT, "key": key,
                               "checksum": hashlib.sha256(body.encode("utf-8")).hexdigest()})
            atomic_write(path, head + "\n" + body)
        except OSError:
            pass  # a cache that cannot be written only costs time

    def _prepare(self) -> None:
        if self._ready:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text(GITIGNORE, encoding="utf-8")
        self._ready = True

