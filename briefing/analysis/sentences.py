"""Sentence splitting with character offsets, aware of abbreviations, initials and quotes."""

from __future__ import annotations

import re

from briefing.analysis.lexicon import CAPITAL_LETTERS
from briefing.analysis.model import Paragraph, Sentence

# Words whose trailing full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj st jr sr rev fr hon pres
    inc co corp ltd llc plc bros dept univ assn est approx vs etc no nos vol fig al op cit ca
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    mt ft ave blvd rd e.g i.e a.m p.m u.s u.k u.n e.u d.c ald det insp supt assoc asst atty coun cllr cpl pte cst const msgr
    engr revd""".split()
)
# Those that close a name or a time, so that a quoted sentence opening after them opens a sentence:
# "... from the Michigan Economic Development Corp. “If taxpayers helped pay ...”" (one closed by a
# full stop, a question or exclamation mark, or by a comma and its speech verb; not a title:
# "Martin Luther King Jr. “I Have a Dream” was played", "at 10 a.m. “Wicked,” which opened ...")
_CLOSING_ABBREVIATIONS = frozenset("inc co corp ltd llc plc bros jr sr etc a.m p.m".split())
_QUOTED_SENTENCE_AFTER = re.compile(r"\s+[“\"][^”\"]*(?:[.!?…][”\"]|,[”\"] (?:\w+ ){0,3}?(?:said|says|told|added|asked)\b)")
_CANDIDATE_END = re.compile(r"[.!?…]+[”\"’')\]]*(?=\s+)")
_NEXT_START = re.compile(rf"\s+[“\"‘'(\[]*[0-9{CAPITAL_LETTERS}]")
_BULLET = re.compile(r"[•·▪◦‣*–-][ \t]+")
MAX_SENTENCE_LENGTH = 2000
_LONGEST_ABBREVIATION = 12  # characters looked at before a full stop
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*[”\"’')\]]*$")


def split_sentences(text: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    """Every sentence of every paragraph, in order; a paragraph always holds at least one."""
    sentences: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        bullet = _BULLET.match(text, paragraph.start, paragraph.end)  # "• “We want payroll to be boring.”": no word of the sentence
        for start, end in sentence_spans(text, bullet.end() if bullet else paragraph.start, paragraph.end):
            sentences.append(Sentence(start=start, end=end, paragraph=index))
    return sentences


MAX_BRACKETS = 300  # characters after a full stop within which brackets opened before it must close


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _CANDIDATE_END.finditer(text, start, end):
        if not _NEXT_START.match(text, match.end(), end) or _is_abbreviation(text, sentence_start, match):
            continue
        if inside_brackets(text, sentence_start, match.start(), end):
            continue  # a translation's sentences in brackets: “Wala na kaming bahay” (We have no house. Only mud is left), she said
        spans.append((sentence_start, match.end()))
        sentence_start = match.end()
        while sentence_start < end and text[sentence_start].isspace():
            sentence_start += 1
    if sentence_start < end:
        spans.append((sentence_start, end))
    return [piece for s, e in spans if text[s:e].strip() for piece in _bounded(text, s, e)]


def inside_brackets(text: str, sentence_start: int, offset: int, end: int) -> bool:
    """Whether `offset` stands inside brackets opened since `sentence_start` and closed soon after,
    in the same paragraph."""
    opened = text.rfind("(", sentence_start, offset)
    if opened < 0 or text.rfind(")", opened, offset) >= 0:
        return False
    closed = text.find(")", offset, min(end, offset + MAX_BRACKETS))
    return closed >= 0 and "\n" not in text[offset:closed]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run-on "sentence" (a page without full stops) cut at spaces into pieces of at most
    MAX_SENTENCE_LENGTH characters, so that no later stage works on megabytes at a time."""
    pieces = []
    while end - start > MAX_SENTENCE_LENGTH:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_LENGTH)
        cut = cut if cut > start else start + MAX_SENTENCE_LENGTH
        pieces.append((start, cut))
        start = cut + 1 if text[cut] == " " else cut
    pieces.append((start, end))
    return pieces


def _is_abbreviation(text: str, sentence_start: int, match: re.Match[str]) -> bool:
    if not match.group().startswith("."):
        return False
    word = _WORD_BEFORE.search(text, max(sentence_start, match.start() - _LONGEST_ABBREVIATION), match.start() + 1)
    if not word:
        return False
    token = word.group(1).rstrip(".").lower()
    is_initial = len(token) == 1 and token.isalpha()
    if token in _CLOSING_ABBREVIATIONS and _QUOTED_SENTENCE_AFTER.match(text, match.end()):
        return False
    return is_initial or token in ABBREVIATIONS
