"""The press inside the news: outlets and journalists named as its channel are no actors; acted
upon, they are. Sentences are our own, each class tried both ways."""
from __future__ import annotations

from datetime import datetime

import pytest

from kb.model import Article, CleanArticle


def _names(nlp, text: str) -> set[str]:
    from kb.extract.actors import extract_actors
    published = datetime(2019, 5, 1)
    article = Article(id="t", raw_text=text, source="test", published=published)
    clean = CleanArticle(article=article, text=text, headline=None, published=published)
    return {a.name for a in extract_actors(nlp(text), clean)}


@pytest.mark.parametrize("text, outlet", [
    ("Foreign Minister Ana Lima told Der Spiegel that the talks had stalled.", "Der Spiegel"),
    ("Foreign Minister Ana Lima told the Belgrade daily Politika that the plan was dead.", "Politika"),
    ("Ana Lima said in an interview with the newspaper Koha Ditore that Serbia must act.", "Koha Ditore"),
    ("The Daily Meridian reported that the talks had stalled in Geneva.", "Daily Meridian"),
    ("Prime Minister Ana Lima said on Channel 4 News that the embassies would reopen.", "Channel 4 News"),
    ("Anadolu Agency reported that Turkey had recalled its ambassador.", "Anadolu Agency"),
    ("Iran's foreign ministry spokesman told state television IRIB that the seizure was illegal.", "IRIB"),
    ("The state-run Global Times said in an editorial that Washington was meddling.", "Global Times"),
    ("According to the Meridian Herald, the envoy left Kabul on Friday.", "Meridian Herald"),
    # the word for a newspaper in the paper's own language
    ("Foreign Minister Ana Velde told the Tokai Shimbun that Iran had recalled its envoy.", "Tokai Shimbun"),
    ("In an interview with Nordische Zeitung, Ana Velde said the talks had failed.", "Nordische Zeitung"),
    ("Gazeta Morska reported that Iran had recalled its ambassador.", "Gazeta Morska"),
    ("Foreign Minister Ana Velde told the Lantern Review that the talks had failed.", "Lantern Review"),
    ("According to Asia Weekly, the envoy left Kabul on Friday.", "Asia Weekly"),
])
def test_an_outlet_that_carries_the_news_is_no_actor(nlp, text, outlet):
    assert not {n for n in _names(nlp, text) if outlet in n or n in outlet}


@pytest.mark.parametrize("text, outlet", [
    ("Russia banned the BBC from broadcasting in the country on Friday.", "BBC"),
    ("China expelled three Wall Street Journal reporters on Wednesday.", "Wall Street Journal"),
    ("India accused Al Jazeera of distorting its map.", "Al Jazeera"),
    ("The European Union imposed sanctions against RT over its coverage of the war.", "RT"),
])
def test_an_outlet_acted_upon_is_an_actor(nlp, text, outlet):
    assert outlet in _names(nlp, text)


@pytest.mark.parametrize("text, journalist", [
    ('"We welcome this," Foreign Minister Ana Lima told CNN\'s Lena Morrow. Morrow asked whether '
     "Warsaw would lift its sanctions.", "Morrow"),
    ("The Meridian Herald's editor, Jonas Pell, said the paper stood by its report on the talks.", "Pell"),
    ("Journalist Ada Quell wrote that the court in Minsk had heard no evidence.", "Quell"),
])
def test_a_journalist_telling_the_news_is_no_actor(nlp, text, journalist):
    assert not {n for n in _names(nlp, text) if journalist in n}


@pytest.mark.parametrize("text, journalist", [
    ("Journalist Ada Quell was arrested in Minsk on Friday.", "Ada Quell"),
    ("North Korea pardoned the American journalists Ada Quell and Jonas Pell on Tuesday.", "Jonas Pell"),
    ("Ruritania denied any role in the disappearance of the journalist Ada Quell in Vienna.", "Ada Quell"),
])
def test_a_journalist_the_news_is_about_is_an_actor(nlp, text, journalist):
    assert journalist in _names(nlp, text)


@pytest.mark.parametrize("text, party", [
    # an institution reports and cites in its own right
    ("The Russian Foreign Ministry cited security concerns for the closure.", "Russia"),
    ("Hamas carried out the attack on Sunday, the army said.", "Hamas"),
    # a person is told things, and a surname with its particle is no foreign paper
    ("French Foreign Minister Jean-Yves Le Drian arrived in Rome, and Prime Minister Giuseppe Conte "
     "told Le Drian that Italy would not yield.", "Jean-Yves Le Drian"),
    ("President Emmanuel Macron told Chancellor Olaf Scholz that France would not yield.", "Olaf Scholz"),
    # a former journalist who holds office now speaks for it
    ("Ada Quell, a former editor who now leads Ruritania's delegation, said the talks had failed.", "Ada Quell"),
    ("Russian President Vladimir Putin said in the State Duma that the treaty was dead.", "Vladimir Putin"),
])
def test_the_parties_of_look_alike_frames_stay(nlp, text, party):
    assert party in _names(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("The United States sanctioned El Mencho and two of his lieutenants.", "El Mencho"),
    ("The general met De Villiers in Paris on Monday.", "De Villiers"),
])
def test_a_name_opening_on_a_foreign_article_is_no_paper_outside_a_press_frame(nlp, text, name):
    from kb.extract.press import outlet
    (ent,) = [e for e in nlp(text).ents if e.text == name]
    assert not outlet(ent)


def test_a_note_at_the_foot_about_someone_in_the_story_stays():
    from kb.cleaning import clean
    raw = ("Talks in Vienna\n\nTwo ministers met in Vienna on Friday to discuss the detention of Ada Quell, "
           "officials said.\n\nAda Quell is a reporter for the Harbour Post who was detained in March.")
    cleaned = clean(Article(id="t", raw_text=raw, source="test.txt"))
    assert cleaned.authors == [] and cleaned.text.endswith("who was detained in March.")
