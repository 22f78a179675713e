"""Property: whatever the text, every citation the pipeline produces is exact."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoupe.pipeline import BriefOptions, build_brief
from recoupe.records import Article
from recoupe.verify import verify_brief

WORDS = ["Le", "président", "a", "déclaré", "que", "la", "Russie", "«", "»", "Kim", "Jong-un",
         "mercredi", "sommet", "Pyongyang", ".", ",", "\n", "\n\n", "l’accord", "“", "”", '"',
         "é", "œuvre", "12", "%", "<b>", "&", "  ", "\t", "\r\n", "?", "!", "(AFP)", "-"]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join).filter(
    lambda t: bool(t.strip()))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=3))
def test_every_citation_verifies_on_random_texts(bodies: list[str]) -> None:
    articles = [Article(id=f"a{n}", text=body) for n, body in enumerate(bodies)]
    brief = build_brief(articles, BriefOptions(semantic=False))
    report = verify_brief(brief.to_dict())
    assert report.ok, report.mismatches[:1]
    for article in brief.articles:
        assert article.text == bodies[int(article.id[1:])]
