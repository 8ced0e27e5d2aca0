"""Safe YAML loading that remembers where every value was written.

PyYAML's ``safe_load`` forgets line numbers, silently keeps the last of two equal keys and
expands aliases without limit (a "billion laughs" file of a few hundred bytes becomes billions of
values). Here the document is *composed* with the safe loader (no arbitrary Python objects) and
the plain values are built from the node graph by hand, so that

- every value's line (1-based) is recorded under its path, e.g. ``("claims", 2, "value")``;
- duplicate keys, non-string keys, several documents and unknown tags are reported;
- alias expansion is bounded: building more than ``max(100_000, 10 x distinct nodes)`` values,
  or nesting deeper than :data:`MAX_DEPTH`, refuses the file instead of expanding it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..collector import paused_gc
from ..errors import InputError

Path_ = tuple[str | int, ...]

MIN_EXPANSION = 100_000
EXPANSION_FACTOR = 10
MAX_DEPTH = 200
MERGE_TAG = "tag:yaml.org,2002:merge"
SEQ_TAG = "tag:yaml.org,2002:seq"
MAP_TAG = "tag:yaml.org,2002:map"


@dataclass
class Loaded:
    """A loaded document: plain values, the line of each path, and the problems met."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    errors: list[InputError] = field(default_factory=list)

    def line_of(self, path: Path_) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


def field_name(path: Path_) -> str:
    """``("claims", 2, "value")`` -> ``claims[2].value``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


class _TooBig(Exception):
    pass


class _Builder:
    def __init__(self, loader: yaml.SafeLoader, file: str, budget: int):
        self.loader = loader
        self.file = file
        self.budget = budget
        self.built = 0
        self.lines: dict[Path_, int] = {}
        self.errors: list[InputError] = []

    def error(self, message: str, node: Node, path: Path_) -> None:
        self.errors.append(InputError(message, file=self.file, line=node.start_mark.line + 1,
                                      field=field_name(path) or None))

    def build(self, node: Node, path: Path_, depth: int = 0) -> Any:
        self.built += 1
        if self.built > self.budget:
            raise _TooBig
        if depth > MAX_DEPTH:
            raise _TooBig
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        if node.tag not in (SEQ_TAG, MAP_TAG):
            self.error(f"unsupported YAML tag {node.tag!r}", node, path)
            return None
        if isinstance(node, SequenceNode):
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            return self.mapping(node, path, depth)
        self.error("unsupported YAML node", node, path)  # pragma: no cover - PyYAML has no other kind
        return None

    def scalar(self, node: ScalarNode, path: Path_) -> Any:
        try:
            return self.loader.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as err:
            self.error(f"unsupported YAML tag {node.tag!r}" if "constructor" in str(err.problem)
                       else str(err.problem), node, path)
            return None
        except ValueError:
            # e.g. a timestamp-looking "2020-13-01": keep the words, let validation say what is wrong
            return node.value

    def mapping(self, node: MappingNode, path: Path_, depth: int) -> dict:
        out: dict[str, Any] = {}
        key_lines: dict[str, int] = {}
        merged: list[tuple[str, Any, int]] = []
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:
                for source in (value_node.value if isinstance(value_node, SequenceNode) else [value_node]):
                    value = self.build(source, path, depth + 1)
                    if not isinstance(value, dict):
                        self.error("a merge key (<<) takes a mapping or a list of mappings", value_node, path)
                        continue
                    merged.extend((k, v, value_node.start_mark.line + 1) for k, v in value.items())
                continue
            if not isinstance(key_node, ScalarNode):
                self.error("keys must be plain words, not lists or mappings", key_node, path)
                continue
            key = self.scalar(key_node, path)
            if not isinstance(key, str):
                self.error(f"keys must be words, got {key!r}", key_node, path)
                continue
            line = key_node.start_mark.line + 1
            if key in key_lines:
                self.error(f"duplicate key {key!r} (first given on line {key_lines[key]})",
                           key_node, path + (key,))
                continue
            key_lines[key] = line
            self.lines[path + (key,)] = line
            out[key] = self.build(value_node, path + (key,), depth + 1)
        for key, value, line in merged:  # explicit keys win over merged ones
            if key not in out:
                out[key] = value
                self.lines.setdefault(path + (key,), line)
        return out


def _distinct_nodes(root: Node) -> int:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for k, v in node.value:
                stack.append(k)
                stack.append(v)
    return len(seen)


def load_yaml(text: str, file: str) -> Loaded:
    """Load one YAML document from ``text``; ``file`` is how errors name it.

    Syntax errors, several documents and over-large alias expansion end the loading with one
    error; duplicate keys and unsupported tags are collected and the rest is still loaded.
    """
    with paused_gc():
        return _load_yaml(text, file)


def _load_yaml(text: str, file: str) -> Loaded:
    if _too_deep(text):
        return Loaded(None, errors=[InputError(
            f"YAML nested more than {MAX_DEPTH} levels deep; refusing to read it", file=file, line=1)])
    try:
        loader = yaml.SafeLoader(text)  # the reader checks the characters here: NUL, vertical tab...
    except yaml.YAMLError as err:
        return Loaded(None, errors=[InputError(f"malformed YAML: {_one_line(err)}", file=file)])
    root = _compose_fast(text)
    if root is not None:
        loader.dispose()
        return _build(loader, root, file)
    try:
        root = loader.get_single_node()
    except yaml.composer.ComposerError as err:
        mark = err.problem_mark or err.context_mark
        message = ("a claim file holds one YAML document; found a second one (---)"
                   if "single document" in str(err.context) else f"{err.context or ''} {err.problem}".strip())
        return Loaded(None, errors=[InputError(message, file=file, line=mark.line + 1 if mark else None)])
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        what = " ".join(p for p in (err.context, err.problem) if p)
        return Loaded(None, errors=[InputError(f"malformed YAML: {what}", file=file,
                                               line=mark.line + 1 if mark else None)])
    except yaml.YAMLError as err:  # reader errors: control characters and the like
        return Loaded(None, errors=[InputError(f"malformed YAML: {_one_line(err)}", file=file)])
    except RecursionError:
        return Loaded(None, errors=[InputError("YAML nested too deeply; refusing to read it", file=file, line=1)])
    finally:
        loader.dispose()
    return _build(loader, root, file)


# libyaml's composer, when PyYAML was built with it: the same nodes (tags resolved alike, the same
# lines) ten times as fast, so that a claim file of thousands of claims loads in a second or two
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


# what libyaml and PyYAML read differently (found by tests/test_properties.py): tabs, tags, byte-order
# marks and Unicode line breaks, carriage returns, directives and document markers, a block
# scalar's header run on into other characters. A text with none of them is composed by libyaml.
_NOT_PLAIN = re.compile(r"[\t!\r\x85\ufeff\u2028\u2029]|^(?:---|\.\.\.|%)|[|>][-+0-9]*[^-+0-9\s]", re.M)


def _plain(text: str) -> bool:
    return _NOT_PLAIN.search(text) is None


def _compose_fast(text: str) -> Node | None:
    """The node graph of ``text`` composed by libyaml, or None: no libyaml, an empty document, or
    anything libyaml finds wrong, which the pure-Python loader then reads again to say what it
    is in the words it always has."""
    if _FAST_LOADER is None or not _plain(text):
        return None
    fast = _FAST_LOADER(text)
    try:
        return fast.get_single_node()
    except (yaml.YAMLError, RecursionError):
        return None
    finally:
        fast.dispose()


def _build(loader: yaml.SafeLoader, root: Node | None, file: str) -> Loaded:
    if root is None:
        return Loaded(None)
    budget = max(MIN_EXPANSION, EXPANSION_FACTOR * _distinct_nodes(root))
    builder = _Builder(loader, file, budget)
    try:
        data = builder.build(root, ())
    except (_TooBig, RecursionError):
        return Loaded(None, errors=[InputError(
            f"YAML aliases expand to more than {budget:,} values or nest too deeply; refusing to "
            f"expand them (is it a 'billion laughs' file?)", file=file, line=1)])
    return Loaded(data, builder.lines, builder.errors)


MAX_DEPTH = 100  # no claim file or front matter nests deeper; past it the parser's recursion is at risk


def _too_deep(text: str) -> bool:
    """Whether flow collections ("[[[[...", "{{{{...") or indentation nest past :data:`MAX_DEPTH`:
    a linear scan, before the parser recurses into them."""
    depth = 0
    for m in _BRACKET.finditer(text):
        if m.group() in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth = max(0, depth - 1)
    return _indent_levels(text) > MAX_DEPTH


_BRACKET = re.compile(r"[\[\]{}]")


def _indent_levels(text: str) -> int:
    """How many distinct indentations a block-style document uses (its nesting, at most)."""
    return len({len(line) - len(line.lstrip(" ")) for line in text.splitlines() if line.strip()})


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())


def decode_yaml_bytes(raw: bytes, file: str) -> str:
    """Decode a YAML file as YAML allows (UTF-8, or UTF-16 with its byte-order mark)."""
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw.decode("utf-16")
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 text (undecodable byte at offset {err.start}); save the file as UTF-8",
                         file=file) from None
