"""The rules-only ('blank') pipeline must not hand out tokens whose tree edges lie outside their
place: spaCy 3.8's tokenizer, when a special case merges pieces (`''` glued to a word: "x ''y"),
shifts the tokens after it but keeps their old left/right edges, one place ahead per merge. With no
parser to recompute them, `Token.lefts` (and so `.children`) computes `i - l_edge` in unsigned
32-bit arithmetic, starts reading about 2**32 tokens before the doc and dies with SIGSEGV. This
is the "segfault inside dates.py" of tests/test_properties.py (datetense.tense_hint walks the
children of a date's token), reproduced with seed 19; it is input-dependent, not load-dependent.

kb/nlp.py rebuilds the blank pipeline's Doc so that every token's edges are on itself. Each check
runs in a child interpreter, so a crash fails the test instead of ending pytest.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

MERGED_QUOTES = ["x ''y on Sunday", "Sunday. ''Kim met Merkel on May 3. ''They left", "a ''b ''c d e"]


def _in_child(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-X", "faulthandler", "-c", code], capture_output=True, text=True,
                          timeout=300)


@pytest.mark.parametrize("text", MERGED_QUOTES)
def test_every_token_of_the_blank_pipeline_has_its_edges_inside_the_doc_and_children_to_walk(text):
    done = _in_child("from kb.nlp import get_nlp\n"
                     f"doc = get_nlp('blank')({text!r})\n"
                     "assert all(t.left_edge.i == t.i == t.right_edge.i for t in doc)\n"
                     "print(sum(len(list(t.children)) for t in doc))\n")
    assert done.returncode == 0 and done.stdout.strip() == "0", done.stderr[-2000:]


def test_the_parsed_pipeline_recomputes_the_edges_after_the_same_merge():
    done = _in_child("from kb.nlp import get_nlp\n"
                     f"for text in {MERGED_QUOTES!r}:\n"
                     "    doc = get_nlp('auto')(text)\n"
                     "    assert all(t.left_edge.i <= t.i <= t.right_edge.i for t in doc)\n"
                     "    assert all(c.head.i == t.i for t in doc for c in t.children)\n")
    assert done.returncode == 0, done.stderr[-2000:]
