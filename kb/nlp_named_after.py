"""A leader's name that heads the name of a place or body is no person: the spaCy component that
gives such a name back to the recogniser (imported once spaCy is loaded, like kb.nlp_blank)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# The words that make a leader's name the name of a place or body named after him: "Jomo Kenyatta
# International Airport", "Kim Il Sung Square", "Jawaharlal Nehru University", "the Sultan Hassan Mosque".
NAMED_AFTER_WORDS = frozenset({"airport", "international", "university", "square", "stadium", "bay", "avenue",
                               "street", "road", "bridge", "hospital", "centre", "center", "foundation", "dam",
                               "boulevard", "park", "hall", "institute", "college", "school", "port", "barracks",
                               "prize", "memorial", "mausoleum", "highway", "station", "library", "museum",
                               "mosque", "church", "cathedral", "temple", "palace", "hotel", "building", "canal",
                               "award"})


@Language.component("dkb_named_after")
def named_after(doc: Doc) -> Doc:
    """Give back to the recogniser a marked name that heads the name of a place or body ("Jomo
    Kenyatta International Airport"): the place is no person."""
    unmarked = [ent for ent in doc.ents
                if ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].lower_ in NAMED_AFTER_WORDS]
    if unmarked:
        doc.set_ents([], missing=unmarked, default="unmodified")
    return doc
