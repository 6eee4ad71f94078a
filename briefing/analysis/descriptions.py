"""Descriptions: "the Kremlin aide", "the Russian leader", "the prime minister" linked to a person.

News prose names someone once, then refers to them by what they are. A definite description is
linked only when the article has given exactly one person, among those named before it, a role
that the description's noun covers: by a title ("President Putin", "Prime Minister Tony Blair"),
an appositive ("Yuri Ushakov, Mr. Putin's foreign policy advisor") or a role before the name
("Kremlin aide Yuri Ushakov"). A nationality in the description ("the Russian leader") rules out
people the article ties to another country. When several people still fit, or none, the
description stays unlinked: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from briefing.analysis.lexicon import (
    DEMONYM_COUNTRIES,
    FOREIGN_ORGANIZATION_WORDS,
    HONORIFICS,
    KNOWN_ORGANIZATIONS,
    POSSESSIVE_ENDINGS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    TITLE_NOUNS,
)
from briefing.analysis.model import Entity, Mention

# Role nouns naming one position; each covers the nouns of its own set.
_SYNONYMS: tuple[frozenset[str], ...] = (
    frozenset({"president"}),
    frozenset({"prime minister", "premier"}),
    frozenset({"chancellor"}),
    frozenset({"aide", "adviser", "advisor", "counsellor", "counselor"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
    frozenset({"minister"}),
    frozenset({"secretary"}),
    frozenset({"analyst", "researcher", "scholar"}),
    frozenset({"economist"}),
    frozenset({"coach", "manager", "boss"}),
    frozenset({"chief executive", "ceo"}),
    frozenset({"chairman", "chairwoman"}),
    frozenset({"founder"}),
    frozenset({"director"}),
    frozenset({"professor"}),
    frozenset({"senator"}),
    frozenset({"governor"}),
    frozenset({"mayor"}),
    frozenset({"ambassador", "envoy"}),
    frozenset({"commander"}),
    frozenset({"judge", "magistrate", "coroner"}),
    frozenset({"lawyer", "attorney"}),
    frozenset({"captain", "skipper"}),
    frozenset({"striker", "forward", "midfielder", "defender", "goalkeeper", "winger"}),
    frozenset({"singer", "actor", "actress", "musician", "rapper"}),
    frozenset({"councillor", "councilor", "councilman", "councilwoman", "alderman"}),
    frozenset({"lawmaker", "legislator", "congressman", "congresswoman", "mp"}),
    frozenset({"doctor", "physician", "surgeon"}),
    frozenset({"detective", "inspector", "superintendent", "constable", "officer"}),
    frozenset({"prosecutor", "advocate depute", "fiscal", "procurator fiscal"}),  # Scotland's prosecutors
    frozenset({"commissioner"}),
    frozenset({"teacher", "headteacher", "principal"}),
    frozenset({"speaker"}),  # of a parliament: "The Speaker, Ibrahim Abdullahi," ... "the Speaker said"
    frozenset({"sheriff"}),
    frozenset({"sergeant"}),
    frozenset({"general"}),
    frozenset({"colonel"}),
    # trades and callings a story introduces someone by ("Anna Lee, a nurse from Leeds," ... "the nurse said")
    *(frozenset({noun}) for noun in """nurse midwife paramedic poet fisherman miner pilot chef baker mechanic architect
    entrepreneur accountant consultant jockey boxer swimmer cyclist golfer priest vicar nun landlord tenant pensioner
    widow""".split()),
    frozenset({"vet", "veterinarian"}),
)
# Offices that "General" follows as part of them: "Secretary General", "Attorney General"
_BEFORE_GENERAL = frozenset("secretary attorney director inspector surgeon governor solicitor postmaster consul".split())
# Generic nouns covering several positions: "the leader" may be a president or a prime minister.
_GENERIC = {
    "leader": {"president", "prime minister", "premier", "chancellor"},
    "expert": {"analyst", "researcher", "scholar", "economist", "professor"},
    "boss": {"coach", "manager", "chief executive", "ceo", "chairman", "chairwoman", "founder"},
    "player": {"striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "captain"},
    "diplomat": {"ambassador", "envoy"},
    # a police or fire chief ("Police Chief Denise Albright" ... "the chief replied"), or a
    # company's ("Veridian CEO Arjun Mehta" ... "the Veridian chief was blunt")
    "chief": {"chief executive", "ceo"},
}
_COVERS: dict[str, frozenset[str]] = {noun: group for group in _SYNONYMS for noun in group}
for _noun, _covered in _GENERIC.items():
    _COVERS[_noun] = frozenset(_covered | {_noun})
_MAX_MODIFIERS = 3  # "the former Russian foreign minister"
# "the" and the words after it, up to the next "the" or punctuation ("the Russian leader’s" ends
# at the apostrophe); each word a possible modifier or role noun. (The look-behind for the start
# of a word comes after the "T": the regex then tries only offsets that hold one.)
_THE_PHRASE = re.compile(r"([Tt](?<!\w.)he)((?: (?![Tt]he\b)[\w-]+){1,%d})\b" % (_MAX_MODIFIERS + 2))
_ROLE_WORDS = frozenset(word for noun in _COVERS for word in noun.split())
_PHRASE_WORD = re.compile(r"[\w-]+")
# Words that cannot be a description's modifiers: "the talks with the leader" is no description.
_NOT_MODIFIERS = SENTENCE_OPENERS | SPEECH_VERBS | frozenset("is was are were be been has had have who which".split())
# Words that make a role another one: the shadow chancellor is not the chancellor.
_QUALIFIERS = frozenset("shadow former deputy vice ex acting junior first interim assistant".split())
_ROLE_BEFORE_WINDOW = 40  # characters before a name searched for its role
_DETERMINERS = frozenset("the its their his her our".split())  # before a role set off before a name
# "the council", "the bank": an organisation named by the noun its name ends in.
_ORGANIZATION_NOUNS = frozenset(
    """council bank ministry commission committee company corporation agency institute foundation
    association federation authority tribunal department university alliance party union club
    society trust board league coalition court force rūnanga runanga practice surgery hospital school
    charity museum airline utility operator district municipality secretariat directorate inspectorate diocese archdiocese
    navy airport gallery library festival theatre theater orchestra prison""".split()
)
# Words of a body's name that the noun it is then called by does not repeat: "the force" for
# Cleveland Police; and the English noun for the words of other languages ("the bank" for the
# Banco Central do Brasil)
_CALLED_BY = {**FOREIGN_ORGANIZATION_WORDS, "police": "force", "constabulary": "force"}
# Nouns a body is called by besides the words of its name: "the practice" for Polmear Medical
# Centre, "the school" for Kingsmead Academy
_ALSO_CALLED = {
    "medical": ("practice", "surgery"), "surgery": ("practice",), "clinic": ("practice",), "academy": ("school",),
    "infirmary": ("hospital",), "airways": ("airline", "operator"), "airlines": ("airline", "operator"), "fc": ("club",),
    "water": ("utility",), "power": ("utility",), "electric": ("utility",), "electricity": ("utility",), "gas": ("utility",),
    "trains": ("operator",), "rail": ("operator",), "railway": ("operator",), "railways": ("operator",), "metro": ("operator",),
    "transit": ("operator",), "buses": ("operator",), "ferries": ("operator",),
    "council": ("authority",),  # "the local authority" for a council
    "schools": ("district",),  # a US school system: "Pinellas County Schools" ... "the district said"
}
_ITS_BOARD = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(board|committee)\b")  # a body's board, which "the board" then means
# (the possessive first, which the regex skips to; then "the" and the word before it)
_OFFICE_AFTER_A_POSSESSIVE = re.compile(r"[’']s office\b")
_THE_WORD_BEFORE = re.compile(r"[Tt](?<!\w.)he ([a-z]+)$")
_ORGANIZATION_DESCRIPTION = re.compile(r"[Tt](?<!\w.)he (%s)\b" % "|".join(sorted(_ORGANIZATION_NOUNS)))
_PREPOSITIONS = frozenset("of at in for on with from to".split())  # end a role's head: "director of X"
_CLAUSE_BREAK = re.compile(r"[.,;:!?()“”\"\n]\s*")
_COUNTRY_AFTER = re.compile(r" (?:of|from) (?:the )?([A-Z][\w.]*)")  # "Zelensky of Ukraine"
_ROLE_ACRONYM = re.compile(r"[A-Z]{2,6}")
_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+")  # "Police Public Relations Officer"
# What makes the name after it one someone gave as theirs: "who gave only her first name, Jess,"
_GIVEN_AS_A_NAME_BEFORE = re.compile(
    r"(?:identified\s+(?:him|her|them)sel(?:f|ves)|gave\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name|to\s+be\s+(?:identified|named|called))"
    r"\s+(?:only\s+|simply\s+|just\s+)?as\s+$"
    r"|gave\s+only\s+(?:his|her|their)\s+(?:first\s+name|surname|name),\s+$"  # "who gave only her first name, Jess,", "his surname, Lau,"
    r"|\bsurnamed\s+$"  # "A 71-year-old tenant surnamed Wong"
)
_COUNTRY_OF: dict[str, str] = {c: d for d, countries in DEMONYM_COUNTRIES.items() for c in countries}


def link_descriptions(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities with each definite description the article uses for them added as a mention."""
    people = [e for e in entities if e.type == "person"]
    first_named = {e.id: min(m.start for m in e.mentions) for e in people}
    person_spans = sorted((m.start, m.end) for e in people for m in e.mentions)
    roles: dict[int, set[tuple[str | None, str]]] = {}  # (qualifier, noun) pairs, found when first needed
    nationalities: dict[int, set[str]] = {}  # found when a description names a nationality

    def roles_of(person: Entity) -> set[tuple[str | None, str]]:
        if person.id not in roles:
            roles[person.id] = _roles(text, person)
        return roles[person.id]

    def nationalities_of(person: Entity) -> set[str]:
        if person.id not in nationalities:
            nationalities[person.id] = _nationalities(text, person)
        return nationalities[person.id]

    added: dict[int, list[Mention]] = {}
    for start, noun_start, noun_end, modifiers in _definite_descriptions(text):
        if _names_follow(text, noun_end) or _overlaps(person_spans, noun_start, noun_end):
            continue
        covered = {(_qualifier(modifiers), n) for n in _COVERS[text[noun_start:noun_end].lower()]}
        fitting = [e for e in people if first_named[e.id] < start and roles_of(e) & covered]
        named = [w for w in modifiers if w[:1].isupper() and w.lower() not in DEMONYM_COUNTRIES]
        if named and len(fitting) > 1:  # "the Everton manager": the one whose role is tied to Everton ("Everton boss Sean Dyche")
            fitting = [e for e in fitting if all(w in _words_of_roles(text, e) for w in named)] or fitting
        demonyms = {w.lower() for w in modifiers if w.lower() in DEMONYM_COUNTRIES}
        if demonyms:  # "the French president": not someone the text ties to another country
            fitting = [e for e in fitting if not nationalities_of(e) or demonyms & nationalities_of(e)]
            if len(fitting) > 1:
                fitting = [e for e in fitting if demonyms & nationalities_of(e)]
        if len(fitting) == 1 and not introduces_someone_unnamed(
            text, text[noun_start:noun_end], max([m.start for m in fitting[0].mentions if m.start < start], default=0), start
        ):
            added.setdefault(fitting[0].id, []).append(Mention(start, noun_end, text[start:noun_end]))
    for organization, mention in _organization_descriptions(text, entities, person_spans):
        added.setdefault(organization.id, []).append(mention)
    acronyms = _role_acronyms(text, entities, people)
    for acronym, person in acronyms:
        added.setdefault(person.id, []).extend(acronym.mentions)
    linked = [_with_descriptions(e, added.get(e.id, [])) for e in entities]
    if not acronyms:
        return linked  # (most articles)
    dropped = {acronym.id for acronym, _person in acronyms}
    return [replace(e, id=number) for number, e in enumerate((e for e in linked if e.id not in dropped), 1)]


def _role_acronyms(text: str, entities: list[Entity], people: list[Entity]) -> list[tuple[Entity, Entity]]:
    """Capitals that spell the role written before one person's name, no body of their own:
    "The PPRO urged" after "The Police Public Relations Officer in the state, SP Olufemi
    Adeyanju", "The GMD replied" after "Group Managing Director Alhaji Sani Bello-Danmusa"."""
    found = []
    for entity in entities:
        capitals = entity.type != "person" and not entity.aliases and _ROLE_ACRONYM.fullmatch(entity.name) is not None
        if not capitals or entity.name.lower() in KNOWN_ORGANIZATIONS:
            continue
        if not all(text.endswith(("the ", "The "), 0, m.start) for m in entity.mentions):
            continue  # a role, called "the PPRO" as "the officer" would be (not "AFC president X", "told MEE")
        first = min(m.start for m in entity.mentions)
        holders = {
            person.id: person for person in people for mention in person.mentions
            if mention.start < first and (_spells_a_role_before(text, mention.start, entity.name) or _title_spells(person, entity.name))
        }
        if len(holders) == 1:
            found.append((entity, next(iter(holders.values()))))
    return found


def _spells_a_role_before(text: str, offset: int, acronym: str) -> bool:
    """Whether the last capitalised words ending at most a few words before `offset` (", SP",
    "in the state,"), an honorific after them left out, have `acronym` for initials (not
    "United Nations Secretary General" for "the UN")."""
    for run in _CAPITALISED_RUN.finditer(text, max(0, offset - 100), offset):
        words = run.group().split()
        while words and words[-1].lower() in HONORIFICS:
            words.pop()  # "Group Managing Director Alhaji"
        if run.end() >= offset - 25 and "".join(word[0] for word in words[-len(acronym) :]) == acronym:
            return True
    return False


def _title_spells(person: Entity, acronym: str) -> bool:
    """Whether the title the article gives a person before their name has `acronym` for
    initials: "the DA" for "District Attorney Alvin Bragg"."""
    title = (person.role or "").split()
    return len(title) == len(acronym) and "".join(word[0] for word in title) == acronym


def given_as_a_name(text: str, offset: int) -> bool:
    """Whether the name at `offset` is one someone gave as theirs ("who gave her name only as
    Maria", "who gave only his surname, Lau,", "a tenant surnamed Wong"): a person's, known or not."""
    return text.endswith(("as ", ", ", "surnamed "), 0, offset) and _GIVEN_AS_A_NAME_BEFORE.search(text, max(0, offset - 50), offset) is not None


def introduces_someone_unnamed(text: str, noun: str, start: int, end: int) -> bool:
    """Whether text[start:end] introduces someone unnamed by `noun` ("A senior PMM leader, who
    declined to be named, ..."), whom "the leader" next means rather than anyone named before
    (not an appositive: "Dr Amara Osei, a surgeon,")."""
    return _unnamed_introduction(noun.lower()).search(text, start, end) is not None


@cache
def _unnamed_introduction(noun: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!, )\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b")


def _definite_descriptions(text: str) -> Iterator[tuple[int, int, int, list[str]]]:
    """"the", up to three modifiers and a role noun: (start, noun start, noun end, modifiers as written)."""
    for phrase in _THE_PHRASE.finditer(text):
        if _ROLE_WORDS.isdisjoint(phrase.group(2).lower().split()):
            continue  # most phrases: no role word at all
        words = list(_PHRASE_WORD.finditer(text, phrase.start(2), phrase.end(2)))
        lowered = [word.group().lower() for word in words]  # offsets come from the text itself
        for index, word in enumerate(lowered[: _MAX_MODIFIERS + 1]):
            two_words = " ".join(lowered[index : index + 2]) if index + 1 < len(lowered) else ""
            last = index + 1 if two_words in _COVERS else index
            noun = two_words if last > index else word
            if noun in _COVERS and last == index and index + 1 < len(lowered) and lowered[index + 1] in _COVERS:
                continue  # a role word qualifying the next one: "the chief economist"
            if noun in _COVERS:
                noun_end = words[last].end()
                if not text.startswith(" of ", noun_end):  # "the leader of the opposition": another role
                    yield phrase.start(), words[index].start(), noun_end, [w.group() for w in words[:index]]
                break
            if word in _NOT_MODIFIERS and word not in _QUALIFIERS:
                break  # "the talks with the leader" is no description


def _organization_descriptions(
    text: str, entities: list[Entity], person_spans: list[tuple[int, int]]
) -> list[tuple[Entity, Mention]]:
    """"the council" for the UK Film Council, "the bank" for Bank of America or for the Banco
    Central do Brasil: the one organisation named earlier whose name holds the noun."""
    by_noun: dict[str, list[Entity]] = {}
    also_called: dict[str, list[Entity]] = {}  # (by a noun its name does not hold, which those that hold it come before)
    for entity in entities:
        if entity.type == "organization" and " " in entity.name:
            words = entity.name.lower().split()
            for noun in {_CALLED_BY.get(word, word) for word in words}:
                by_noun.setdefault(noun, []).append(entity)
            for noun in {noun for word in words for noun in _ALSO_CALLED.get(word, ())}:
                also_called.setdefault(noun, []).append(entity)
        if entity.type == "organization":  # "The Central Bank of Chile's five-member board" ... "The board said"
            for noun in {m.group(1) for mention in entity.mentions if (m := _ITS_BOARD.match(text, mention.end))}:
                if entity not in by_noun.setdefault(noun, []):
                    by_noun[noun].append(entity)
    offices = list(_OFFICE_AFTER_A_POSSESSIVE.finditer(text))
    nouns = by_noun.keys() | also_called.keys()
    if not offices and not nouns & _ORGANIZATION_NOUNS:
        return []  # (most articles)
    spans = sorted((m.start, m.end) for e in entities for m in e.mentions)
    found = []
    for possessive in offices:  # "the sheriff's office" for the St. Aurelie Parish Sheriff's Office
        match = _THE_WORD_BEFORE.search(text, max(0, possessive.start() - 30), possessive.start())
        if match is None:
            continue
        office = f"{match.group(1).lower()}'s office"
        owners = [e for e in entities if e.type == "organization" and office in e.name.lower().replace("’", "'") and min(m.start for m in e.mentions) < match.start()]
        if len(owners) == 1 and not _overlaps(spans, match.start(), possessive.end()):
            found.append((owners[0], Mention(match.start(), possessive.end(), text[match.start() : possessive.end()])))
    if not nouns & _ORGANIZATION_NOUNS:
        return found
    for match in _ORGANIZATION_DESCRIPTION.finditer(text):
        noun = match.group(1).lower()
        if noun not in nouns or _overlaps(spans, match.start(), match.end()) or _names_follow(text, match.end()):
            continue
        owners = _named_before(by_noun.get(noun, []), match.start()) or _named_before(also_called.get(noun, []), match.start())
        if len(owners) == 1:
            found.append((owners[0], Mention(match.start(), match.end(), match.group())))
    return found


def _named_before(entities: list[Entity], offset: int) -> list[Entity]:
    return [e for e in entities if min(m.start for m in e.mentions) < offset]


def _roles(text: str, person: Entity) -> set[tuple[str | None, str]]:
    """The roles the article gives a person, from its titles, its appositive and roles written
    before its name, each as (qualifier, role noun): ("shadow", "chancellor"), (None, "president")."""
    appositive = person.role and not any(m.text.startswith(person.role + " ") for m in person.mentions)
    described = [person.role.split()] if appositive else []
    surname = person.name.split()[-1]
    for mention in person.mentions:
        title = mention.text[: max(0, len(mention.text) - len(surname))].split()
        before = _words_before(text, mention.start)[-4:] or _role_set_off_before(text, mention.start, mention.end)
        if not before or before[-1].lower() not in _ROLE_WORDS:
            before = [w for w in before if w.lower() in _QUALIFIERS][-1:] if title else []
        else:  # the role's own words: "captain" of "a stand with captain Rory Delaney"
            before = before[max((i + 1 for i, w in enumerate(before) if w.lower() in _PREPOSITIONS), default=0) :]
        described.append(before + title)
    roles = set()
    for words in described:
        lowered = [TITLE_NOUNS.get(word, word) for word in (w.lower().strip(",.") for w in words)]  # "Justice X": a judge
        head = lowered[: next((i for i, w in enumerate(lowered) if w in _PREPOSITIONS), len(lowered))]
        index = 0
        while index < len(head):
            two_words = " ".join(head[index : index + 2])
            noun = two_words if two_words in _COVERS else head[index]
            # a prime minister is not also a "minister", nor a secretary general or an attorney general a "general"
            if noun in _COVERS and not (noun == "general" and index > 0 and head[index - 1] in _BEFORE_GENERAL):
                roles.add((_qualifier(head[max(0, index - 3) : index]), noun))
            index += len(noun.split())
    return roles


def _words_of_roles(text: str, person: Entity) -> set[str]:
    """The words of the roles the article gives a person, as written: "Everton" and "boss" of
    "Everton boss Sean Dyche", "Labour" of "X, the leader of the Labour Party"."""
    words = set((person.role or "").split())
    for mention in person.mentions:
        words.update(_words_before(text, mention.start)[-4:])
        words.update(mention.text.split())
    return words


def _role_set_off_before(text: str, offset: int, end: int) -> list[str]:
    """A role set off by commas before a name: "head coach" of "after the head coach, Declan
    Fitzwilliam, resisted" (not of "did not trust the prime minister, Mr Brown replied")."""
    if not text.startswith(", ", offset - 2) or not text.startswith(",", end):
        return []
    words = _words_before(text, offset - 2)
    determiner = max((i for i, w in enumerate(words) if w.lower() in _DETERMINERS), default=-1)
    return words[determiner + 1 :] if determiner >= 0 and len(words) - determiner <= 4 else []


def _qualifier(words: list[str]) -> str | None:
    return next((w.lower() for w in words if w.lower() in _QUALIFIERS), None)


def _nationalities(text: str, person: Entity) -> set[str]:
    """Demonyms the article ties a person to: "Russian President X", "Russia's X", "X of Ukraine",
    "X, the Russian president"."""
    words = (person.role or "").split()
    for mention in person.mentions:
        words += _words_before(text, mention.start)[-2:] + mention.text.split()
        after = _COUNTRY_AFTER.match(text, mention.end)
        if after:
            words.append(after.group(1))
    found = set()
    for word in words:
        word = word.lower().rstrip(",")
        if word.endswith(POSSESSIVE_ENDINGS):
            word = word[:-2]
        if word not in _COUNTRY_OF and word not in DEMONYM_COUNTRIES:
            word = word.rstrip(".")
        if word in DEMONYM_COUNTRIES:
            found.add(word)
        elif word in _COUNTRY_OF:
            found.add(_COUNTRY_OF[word])
    return found


def _words_before(text: str, offset: int) -> list[str]:
    """The words right before a name in its own clause: "Kremlin aide" of "Kremlin aide Yuri Ushakov"."""
    window = text[max(0, offset - _ROLE_BEFORE_WINDOW) : offset]
    return _CLAUSE_BREAK.split(window)[-1].split()


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted spans; mentions never nest, so the span
    that starts last before `end` is the only one to check."""
    index = bisect_left(spans, (end, end))
    return index > 0 and spans[index - 1][1] > start


def _names_follow(text: str, offset: int) -> bool:
    """"the prime minister Tony Blair": a title before a name, not a description standing alone."""
    following = text[offset : offset + 3]
    return following[:1] == " " and following[1:2].isupper()


def _with_descriptions(entity: Entity, descriptions: list[Mention]) -> Entity:
    if not descriptions:
        return entity
    mentions = sorted(entity.mentions + descriptions, key=lambda m: m.start)
    names = sorted({m.text for m in descriptions}, key=lambda name: (name.lower(), name))  # the same order every run
    return replace(entity, mentions=mentions, descriptions=names)
