"""Reading the inputs: article files and hand-written claim files.

:func:`discover` turns the command line's paths into the two lists; ``article.py`` reads an
article (``pages.py`` gives the article text of a web page or a JSON article), ``claimfile.py``
loads claim YAML.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from collections.abc import Iterable
from pathlib import Path

from ..cache import GITIGNORE
from ..errors import UsageError

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".html", ".htm", ".json"})  # (pages.py: web pages, JSON)
CLAIM_SUFFIXES = frozenset({".yaml", ".yml"})


@dataclass
class Inputs:
    articles: list[Path] = field(default_factory=list)
    claim_files: list[Path] = field(default_factory=list)


def discover(paths: list[Path]) -> Inputs:
    """Split ``paths`` (files or folders, searched recursively) into articles and claim files.

    Hidden files and folders, the run's cache, and files of other types inside folders, are
    skipped. A file named directly must be of a known type. The result is sorted, so the run does
    not depend on the order of the file system.
    """
    found = Inputs()
    for p in paths:
        if p.is_dir():
            every = sorted(p.rglob("*"))
            caches = _caches(f for f in every if f.name == ".gitignore")
            for f in every:
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or not f.is_file():
                    continue
                if caches and any(parent in caches for parent in f.parents):
                    continue  # the run's own cache (JSON files), kept inside a folder of articles
                if f.name.lower() == "readme.md":
                    continue
                _add(found, f, strict=False)
        elif p.is_file():
            _add(found, p, strict=True)
        else:
            raise UsageError(f"{p}: no such file or folder")
    found.articles = sorted(set(found.articles))
    found.claim_files = sorted(set(found.claim_files))
    return found


def _caches(ignores: Iterable[Path]) -> set[Path]:
    """The cache folders among the folders of these .gitignore files: those whose .gitignore the
    cache wrote (its first line)."""
    mark = GITIGNORE.splitlines()[0]
    out = set()
    for g in ignores:
        try:
            with g.open(encoding="utf-8", errors="replace") as fh:
                if fh.readline().rstrip("\n") == mark:
                    out.add(g.parent)
        except OSError:
            continue
    return out


def _add(found: Inputs, f: Path, strict: bool) -> None:
    suffix = f.suffix.lower()
    if suffix in CLAIM_SUFFIXES:
        found.claim_files.append(f)
    elif suffix in ARTICLE_SUFFIXES or (strict and suffix not in CLAIM_SUFFIXES):
        # a file named on the command line is read as an article whatever its name
        found.articles.append(f)


_SLUG = re.compile(r"[^a-z0-9]+")


def source_id_for_path(path: Path) -> str:
    """A stable, readable source id from a file name: ``articles/France 24.txt`` -> ``france-24``."""
    slug = _SLUG.sub("-", path.stem.lower()).strip("-")
    # a name of bytes that are not UTF-8 comes through as surrogates: hash its bytes as they are
    return slug or "article-" + hashlib.sha1(os.fsencode(str(path))).hexdigest()[:8]
