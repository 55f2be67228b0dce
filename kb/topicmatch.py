"""Whether two names of a dispute name one matter: the content words of a topic and their match.

Shared by the evaluator and the agreement script, the same for the gold and the extractor's side.
"""
from __future__ import annotations

import re

from kb import gazetteer
from kb.iris import slugify

# Words that frame a quarrel without saying what it is about ("the US-Iran confrontation", "a
# diplomatic rupture between A and B"): a topic made of them and its sides names only the sides.
FRAMING_WORDS = {"dispute", "row", "conflict", "issue", "confrontation", "tension", "rift",
                 "estrangement", "rupture", "standoff", "stand", "off", "feud", "quarrel", "hostility",
                 "hostilitie", "diplomatic", "relation", "tie", "spat", "crisi"}
# Words that carry no matter of their own, whichever topic they stand in ("the dispute about X",
# "the row after X", "the rebels who seized Y").
FUNCTION_WORDS = {"the", "of", "over", "a", "an", "and", "s", "in", "on", "between", "with", "against",
                  "for", "from", "to", "by", "at", "among", "about", "after", "before", "into", "under",
                  "within", "across", "through", "toward", "towards", "during", "since", "amid", "than",
                  "its", "their", "his", "her", "our", "they", "this", "that", "who", "whose", "which",
                  "whether", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "as",
                  "not", "or", "but"}
# Words that are a country's name only together with others ("the United States", "the Soviet Union").
_NAME_PARTS = {"States", "Union", "Republic", "Kingdom", "Emirates", "Islands"}


def topic_words(topic: str) -> set[str]:
    """Content words of a topic; a country however named ("Colombian", "Colombia") is one word."""
    words: set[str] = set()
    for token in _country_tokens(topic):
        words |= {token} if token.startswith("=") else \
            {w.rstrip("s") for w in slugify(token).split("-") if w and w not in FUNCTION_WORDS} - FRAMING_WORDS
    return words


def _country_tokens(topic: str) -> list[str]:
    """The topic's tokens, each run of capitalised tokens naming a country by its name or demonym
    replaced by "=" + its code. A capital is not folded: "the division of Berlin" is not the
    division of Germany, nor is "the status of Jerusalem" Israel's."""
    tokens = [re.sub(r"(?:'s|’s|')$", "", t.strip(",;:()\"")) for t in re.split(r"[\s\-–]+", topic)]
    out, i = [], 0
    while i < len(tokens):
        for n in range(min(4, len(tokens) - i), 0, -1):
            span = tokens[i:i + n]
            if not span[0][:1].isupper() or (n == 1 and span[0] in _NAME_PARTS):
                continue
            hit = gazetteer.gazetteer().country_match(" ".join(span))
            if hit is not None and hit[1] != "metonym":
                out.append("=" + hit[0].alpha3.lower())
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def topics_match(gold: set[str], pred: set[str]) -> bool:
    """More than a third of the content words shared (the bound has been 0.34 since the scorer was
    first written, so exactly a third, 2 of 6, is not enough), and among them a word that is not a
    country, unless both topics name only their sides: two topics about the same countries are not
    thereby one matter."""
    shared = gold & pred
    if not shared or len(shared) / len(gold | pred) < 0.34:
        return False
    sides_only = all(w.startswith("=") for w in gold | pred)
    return sides_only or any(not w.startswith("=") for w in shared)
