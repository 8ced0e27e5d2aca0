"""Extraction in worker processes gives the report extraction in one process gives."""
from reconcile.pipeline import PARALLEL_FROM, _workers, build_report


def _articles(tmp_path, n):
    for i in range(n):
        (tmp_path / f"a{i:03}.txt").write_text(
            f"Flood {i}\n date 2020-01-0{1 + i % 9}\nAt least {10 + i} people were killed on Monday in Basra, "
            f"and {i + 2} bridges fell about {i + 3} metres. Mayor Ana Ruiz said 40% of homes flooded.\n", "utf-8")


def test_workers_give_the_same_report(tmp_path, monkeypatch):
    _articles(tmp_path, PARALLEL_FROM + 8)
    monkeypatch.setenv("RECONCILE_WORKERS", "1")
    one = build_report([tmp_path]).model_dump_json()
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    assert _workers(PARALLEL_FROM + 8) == 2
    assert build_report([tmp_path]).model_dump_json() == one


def test_few_articles_stay_in_one_process(monkeypatch):
    monkeypatch.setenv("RECONCILE_WORKERS", "4")
    assert _workers(PARALLEL_FROM - 1) == 1
