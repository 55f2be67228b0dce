"""Verbs of saying, as lemmas: one shared core, and the additions each use of them needs.

The date rules ask different questions of a verb of saying, so each keeps its own additions:
- REPORTING_VERBS: a clause that reports what was said, whose day is the news's ("X said on
  Thursday", "Y announced on Monday that ...");
- kb.extract.maindate adds the verbs that confirm or own up to news ("admitted", "confirmed");
- kb.extract.joinedclauses adds those that open what follows a colon ("warned: ...", "wrote: ...");
- kb.extract.datetense: a verb of saying told in the present is no timetable ("says", "argues"),
  so its set is the core with the verbs of arguing, not the reporting ones.
(kb.extract.quotes and kb.extract.speechacts keep sets of their own for quotes and speech acts.)"""
from __future__ import annotations

SAYING_CORE = frozenset({"say", "tell", "add"})
REPORTING_VERBS = SAYING_CORE | {"announce", "declare", "state"}
