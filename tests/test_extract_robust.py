"""Extraction survives what it did not foresee: no article is lost to a bug on another's text.

Linking compares spaCy tokens by position, never by identity.

spaCy makes a new `Token` object on every access, so `a is b` is false even for the same token.
A clause whose subject is "the country" resolved that subject's states by resolving the subject
itself, which it failed to recognise: the recursion never ended and the whole article was lost.
"""
from __future__ import annotations

from datetime import datetime

import pytest

import kb.extract.quotes
from kb import cleaning
from kb.errors import ExtractionError, ExtractorFailure
from kb.model import Article
from kb.pipeline import extract_article, extract_many


def test_the_country_as_a_clause_subject_resolves_to_the_state_named_before():
    text = ("Kazakhstan's president asked the regional alliance for troops on Thursday, saying the "
            "country faced an attack by armed gangs trained abroad.")
    extraction = extract_article(Article(id="linking", raw_text=text, source="test",
                                         published=datetime(2022, 1, 7)))
    assert "country:KAZ" in {a.id for a in extraction.actors}
    assert extraction.events, "the request for troops is an event"


def test_an_unforeseen_failure_on_one_article_is_that_article_s_error(monkeypatch):
    articles = [Article(id=f"a{n}", raw_text=text, source=f"batch.jsonl#{n}", published=datetime(2021, 3, 2))
                for n, text in enumerate(["Egypt and Jordan signed a trade agreement in Cairo on Monday.",
                                          'The minister said: "We will not give way."'])]
    real = kb.extract.quotes.extract_quotes

    def fails_on_the_second(doc, actors, events, dateline=None):
        if "give way" in doc.text:
            raise ZeroDivisionError("injected")
        return real(doc, actors, events, dateline)

    monkeypatch.setattr(kb.extract.quotes, "extract_quotes", fails_on_the_second)
    first, second = extract_many([cleaning.clean(a) for a in articles])
    assert first.events and first.article.article.id == "a0"
    assert isinstance(second, ExtractorFailure)
    assert "batch.jsonl#1" in str(second) and "ZeroDivisionError" in str(second)
    with pytest.raises(ExtractionError, match="batch.jsonl#1"):
        extract_article(articles[1])


def test_a_rule_that_leads_back_to_the_phrase_being_resolved_ends(monkeypatch):
    from kb.extract.linking import ActorIndex
    from kb.nlp import parse

    doc = parse("The two sides said they would meet again.")
    index = ActorIndex(doc, [])
    monkeypatch.setattr(index, "_resolve_one", lambda tok: index.resolve(tok))  # a rule cycle
    assert index.resolve(doc[2]) == []


def test_the_extractors_never_compare_parse_objects_by_identity():
    """`tok.head is tok` is false even for a root: only `is None`/`True`/`False` are allowed here,
    and identity between our own objects where it is meant."""
    import ast
    from pathlib import Path

    import kb.extract

    meant = {"disputeparties.py: x is m"}   # the same Mention object, not an equal one
    found = []
    for path in sorted(Path(kb.extract.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
                sides = [node.left, *node.comparators]
                if not any(isinstance(s, ast.Constant) and s.value in (None, True, False) for s in sides):
                    found.append((path.name, node.lineno, ast.unparse(node)))
    assert [f"{name}:{line}: {code}" for name, line, code in found if f"{name}: {code}" not in meant] == []


def test_the_extractors_read_a_doc_s_text_through_text_of():
    """spaCy joins every token again on each `Doc.text`: per event or per span that was a tenth of
    extraction time. kb.nlp.text_of joins once per Doc."""
    import re
    from pathlib import Path

    import kb.extract

    found = [f"{path.name}:{n}: {line.strip()}"
             for path in sorted(Path(kb.extract.__file__).parent.glob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\bdoc\.text\b", line) and not line.lstrip().startswith("#")]
    assert found == []
