"""`recoupe eval summaries`: the RPM2 protocol, recoupe beside the classic baselines.

Each system's summary (sentences in output order) is cut to 100 words and scored with
ROUGE-1/2/L F1 against the 4 human summaries, averaged over references then clusters.
For the update slice (C2), recoupe is told what C1 already said.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from recoupe.clean import clean_article
from recoupe.embeddings import Encoder, MultilingualEncoder
from recoupe.evaluation import EvalPaths, EvalResult
from recoupe.evaluation.rouge import Rouge, cut_words, score
from recoupe.evaluation.rpm2 import Cluster, load_clusters
from recoupe.nlp import Analysis, Sentence, analyse
from recoupe.records import Brief, StoryInfo
from recoupe.summary import SummaryOptions, summarise
from recoupe.summary.baselines import centroid, first_sentences, lexrank
from recoupe.verify import verify_brief

WORDS = 100
Baseline = Callable[[Sequence[Sentence], int], list[Sentence]]
BASELINES: dict[str, Baseline] = {"first sentences": first_sentences, "centroid": centroid,
                                  "lexrank": lexrank}


@dataclass(slots=True)
class _Run:
    scores: dict[str, list[Rouge]]
    citations: int = 0
    exact: int = 0


def _recoupe(cluster: Cluster, analyses: list[Analysis], known: list[Analysis],
             encoder: Encoder, run: _Run) -> str:
    summary = summarise(analyses, options=SummaryOptions(words=WORDS), encoder=encoder,
                        known=[s for a in known for s in a.sentences])
    brief = Brief(StoryInfo(None, "fr"), [a.article for a in analyses], summary=summary)
    report = verify_brief(brief.to_dict())
    run.citations += report.citations
    run.exact += report.citations - len(report.mismatches)
    return cut_words([s.text for s in summary], WORDS)


def _table(run: _Run) -> tuple[dict[str, float], str]:
    lines = [f"{'system':<18} {'R-1':>6} {'R-2':>6} {'R-L':>6}"]
    scores: dict[str, float] = {}
    for system, per_cluster in run.scores.items():
        mean = Rouge.mean(per_cluster)
        key = system.replace(" ", "_")
        scores |= {f"{key}_r1": round(100 * mean.r1, 2), f"{key}_r2": round(100 * mean.r2, 2),
                   f"{key}_rl": round(100 * mean.rl, 2)}
        lines.append(f"{system:<18} {100 * mean.r1:6.2f} {100 * mean.r2:6.2f} "
                     f"{100 * mean.rl:6.2f}")
    scores["citations_exact"] = run.exact / max(1, run.citations)
    lines.append(f"recoupe citations exact: {run.exact}/{run.citations}")
    return scores, "\n".join(lines)


def evaluate(paths: EvalPaths) -> EvalResult:
    encoder = MultilingualEncoder()
    run = _Run({"recoupe": [], **{name: [] for name in BASELINES}})
    analysed: dict[str, list[Analysis]] = {}
    for cluster in load_clusters(paths.data):
        analyses = analyse([clean_article(a) for a in cluster.articles])
        analysed[cluster.id] = analyses
        known = analysed.get(f"{cluster.topic}_C1", []) if cluster.slice == "C2" else []
        sentences = [s for a in analyses for s in a.sentences]
        run.scores["recoupe"].append(score(_recoupe(cluster, analyses, known, encoder, run),
                                           cluster.references))
        for name, baseline in BASELINES.items():
            chosen = baseline(sentences, WORDS)
            run.scores[name].append(score(cut_words([s.text for s in chosen], WORDS),
                                          cluster.references))
    scores, report = _table(run)
    return EvalResult("summaries", scores, report)
