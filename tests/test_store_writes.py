"""Writes to the embedded store under concurrency and failure: caches keyed on the store generation,
the time index during a rebuild, a failed index refresh, concurrent updates, the dirty mark.

Interleavings are forced with events set from hooks placed on the store's own steps, never by
sleeping; a `wait` with a long limit only keeps a broken build from hanging the run."""
from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest

from kb.lookup import day_after, first_day
from kb.store import open_store
from tests.test_timeindex import _graph


def test_a_checkpoint_is_a_copy_another_process_can_open(tmp_path):
    store = open_store(f"oxigraph:{tmp_path}/store")
    store.put_article(*_graph("x1", "2020-01-01"))
    store.checkpoint(str(tmp_path / "copy"))
    store.put_article(*_graph("x2", "2021-01-01"))      # later writes stay out of the copy
    copy = ox.Store.read_only(str(tmp_path / "copy"))
    assert sorted(g.value for g in copy.named_graphs()) == [_graph("x1", "")[0]]
    store.close()


@pytest.mark.parametrize("value, first, after", [
    ("2008", date(2008, 1, 1), date(2009, 1, 1)),
    ("2008-12", date(2008, 12, 1), date(2009, 1, 1)),
    ("2008-02", date(2008, 2, 1), date(2008, 3, 1)),
    ("2008-02-29", date(2008, 2, 29), date(2008, 3, 1)),
    ("2008-04-06T10:00:00Z", date(2008, 4, 6), date(2008, 4, 7)),
])
def test_first_day_and_day_after_of_each_precision(value, first, after):
    assert (first_day(value), day_after(value)) == (first, after)
