"""The analysis pipeline: small pure stages over the normalised text, run in order."""

from __future__ import annotations

from briefing.analysis.descriptions import link_descriptions
from briefing.analysis.entities import extract_entities
from briefing.analysis.figures import extract_figures
from briefing.analysis.model import Analysis, Article
from briefing.analysis.quotes import extract_quotes
from briefing.analysis.sections import topical_sections
from briefing.analysis.sentences import split_sentences
from briefing.analysis.summary import summarize


def analyze(article: Article, summary_sentences: int | None = None, indirect: bool = False) -> Analysis:
    """Run every stage; `summary_sentences` overrides the summary's length-based size, and
    `indirect` adds reported speech without quote marks to the quotes."""
    text = article.text
    paragraphs = article.paragraphs
    sentences = split_sentences(text, paragraphs)
    entities = link_descriptions(text, extract_entities(text, sentences))
    sections = article.sections
    if len(sections) == 1 and sections[0].heading is None:
        sections = topical_sections(text, paragraphs, entities)
    quotes = extract_quotes(text, paragraphs, sentences, entities, indirect)
    figures = extract_figures(text, sentences, article.published)
    summary = summarize(text, sentences, entities, figures, summary_sentences)
    return Analysis(article, sections, sentences, entities, quotes, figures, summary)
