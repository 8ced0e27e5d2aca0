"""The cycle collector is paused while grouping and judging, and left as it was found."""
import gc

from reconcile.collector import paused_gc
from reconcile.compare import judge_all
from reconcile.match import group_claims
from tests.factories import quantity


def test_paused_gc_pauses_and_restores_the_state_it_found():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner pause does not resume what an outer one paused
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # a caller's own pause stays
    finally:
        gc.enable()


def test_grouping_and_judging_run_paused_and_resume_the_collector():
    seen = []

    class Watch(list):
        def __iter__(self):
            seen.append(gc.isenabled())
            return super().__iter__()

    claims = [quantity(5, source="a"), quantity(5, source="b")]
    groups = group_claims(Watch(claims))
    judge_all(Watch(groups), {})
    assert seen == [False, False] and gc.isenabled()
