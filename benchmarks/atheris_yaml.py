"""Coverage-guided fuzzing of the YAML layer with atheris (optional: ``pip install atheris``).

    python benchmarks/atheris_yaml.py [-runs=200000] [-seed=1] [-max_len=2000] [corpus folder ...]

Without a corpus folder it starts from a temporary copy of the bundled claim files (libFuzzer
writes the inputs it finds into the corpus folder: never give it ``claims/`` itself).

Each input's bytes go through what a claim file goes through: decoding (``decode_yaml_bytes``),
``load_yaml`` (line numbers, duplicate keys, aliases, depth) and ``load_claim_files`` (the schema
and every check). Anything but a result or :class:`InputErrors` / :class:`InputError` is a crash,
and atheris stops on it with the input that reproduces it. The arguments are libFuzzer's.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from reconcile.errors import InputError, InputErrors
    from reconcile.sources import yamlsafe
    from reconcile.sources import claimfile

_TMP = Path(tempfile.mkdtemp())


def one_input(data: bytes) -> None:
    try:
        text = yamlsafe.decode_yaml_bytes(data, "f.yaml")
    except InputError:
        return
    loaded = yamlsafe.load_yaml(text, "f.yaml")
    for err in loaded.errors:
        assert "\n" not in str(err), str(err)
    path = _TMP / "c.yaml"
    path.write_bytes(data)
    try:
        claimfile.load_claim_files([path], roots=[_TMP])
    except InputErrors as err:
        assert all("\n" not in str(e) for e in err.errors)


def main() -> None:
    argv = list(sys.argv)
    if not [a for a in argv[1:] if not a.startswith("-")]:
        corpus = Path(tempfile.mkdtemp(prefix="atheris-yaml-"))
        for f in (Path(__file__).resolve().parents[1] / "claims").glob("*.yaml"):
            (corpus / f.name).write_bytes(f.read_bytes())
        argv.append(str(corpus))
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
