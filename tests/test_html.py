"""The HTML report: self-contained, escaped, and working in a real browser (headless Chromium)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reconcile.pipeline import build_report
from reconcile.report import Format, is_generated, render

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]


@pytest.fixture(scope="module")
def example_report():
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return build_report([Path("claims")])


@pytest.fixture(scope="module")
def example_html(example_report):
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(ROOT)
        return render(example_report, Format.HTML)


def test_self_contained_and_marked(example_html, example_report):
    assert is_generated(example_html)
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", example_html.split("<h2>Sources</h2>")[0])
    assert "<link" not in example_html and "<script src" not in example_html
    assert example_html.count('<article class="card finding') == len(example_report.findings) > 20


def test_article_text_is_escaped(tmp_path):
    (tmp_path / "evil.txt").write_text(
        "Headline <b>bold</b>\n\nAt least 40 people were killed on Monday <script>alert('x')</script>.\n")
    (tmp_path / "other.txt").write_text("Other\n\nThe flood killed 12 people on Monday.\n")
    page = render(build_report([tmp_path]), Format.HTML)
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<b>bold</b>" not in page


def test_every_claim_is_marked_in_its_source_text(example_html):
    for claim_id in re.findall(r'href="#claim-(c-[0-9a-f]+)"', example_html):
        assert f'<mark id="claim-{claim_id}">' in example_html or f'<span id="claim-{claim_id}"></span>' in example_html


def test_committed_html_report_is_fresh(example_html):
    path = ROOT / "reports" / "example.html"
    assert path.exists() and path.read_text(encoding="utf-8") == example_html, \
        "stale: regenerate with: python -m reconcile report --format html -o reports/example.html"


def _chromium(*args: str, cwd: Path) -> str:
    proc = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={cwd / 'profile'}", *args],
                          capture_output=True, text=True, timeout=120, cwd=cwd)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (Debian package 'chromium'; .ci/run installs it)")
def test_in_a_real_browser_filters_hide_what_they_should(example_html, example_report, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(example_html, encoding="utf-8")
    shot = tmp_path / "report.png"
    _chromium("--window-size=1200,2000", f"--screenshot={shot}", page.as_uri(), cwd=tmp_path)
    assert shot.stat().st_size > 10_000

    def findings(dom: str) -> list[tuple[str, str, bool]]:
        out = []
        for m in re.finditer(r"<article ([^>]*)>", dom):
            attrs = m.group(1)
            verdict = re.search(r'data-verdict="([^"]+)"', attrs).group(1)
            sources = re.search(r'data-sources="([^"]*)"', attrs).group(1)
            out.append((verdict, sources, re.search(r"\bhidden\b", attrs) is not None))
        return out

    n = len(example_report.findings)
    everything = findings(_chromium("--dump-dom", page.as_uri(), cwd=tmp_path))
    assert len(everything) == n and not any(hidden for _, _, hidden in everything)
    assert f"{n} finding(s) shown" in _chromium("--dump-dom", page.as_uri(), cwd=tmp_path)

    contradictions = findings(_chromium("--dump-dom", page.as_uri() + "#verdict=contradiction", cwd=tmp_path))
    assert {(v, hidden) for v, _, hidden in contradictions} == {("contradiction", False), ("discrepancy", True),
                                                               ("agreement", True), ("single-source", True)}
    by_source = findings(_chromium("--dump-dom", page.as_uri() + "#source=al-jazeera", cwd=tmp_path))
    assert all(hidden == ("al-jazeera" not in sources.split()) for _, sources, hidden in by_source)
    assert any(not hidden for _, _, hidden in by_source) and any(hidden for _, _, hidden in by_source)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (Debian package 'chromium'; .ci/run installs it)")
def test_in_a_real_browser_a_claim_link_opens_its_source_text(example_html, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(example_html, encoding="utf-8")
    claim = re.search(r'href="#(claim-c-[0-9a-f]+)"', example_html).group(1)
    dom = _chromium("--dump-dom", page.as_uri() + "#" + claim, cwd=tmp_path)
    opened = re.findall(r"<details open[^>]*>(.*?)</details>", dom, re.S)
    assert len(opened) == 1 and f'id="{claim}"' in opened[0]
    assert "finding(s) shown" in dom and "hidden" not in re.search(r"<article [^>]*>", dom).group(0)
