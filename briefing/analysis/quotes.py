"""Quotes: quoted spans found, classified (direct, partial, scare) and attributed to speakers.

Attribution follows news style: a speech verb after the quote ("...," Mr. X said / said Mr. X),
before it (Ms Y said: "..."), pronouns resolved to the most recent compatible speaker, split
quotes sharing one utterance, and continuation quotes taking the previous speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, takewhile

from briefing.analysis.lexicon import (
    COLLECTIVE_NOUNS,
    DEMONYMS,
    JUDGEMENT_VERBS,
    NATIONALITY_NOUNS,
    NOUN_LIKE_SPEECH_VERBS,
    OBJECT_SPEECH_VERBS,
    OFFICE_TITLES,
    ORGANIZATION_WORDS,
    POSSESSIVE_ENDINGS,
    SENTENCE_OPENERS,
    SPEECH_PARTICLES,
    SPEECH_VERBS,
    TITLE_NOUNS,
    VERBS_NO_POSSESSIVE_PRECEDES,
    of_a_place,
    people_of_a_nation,
)
from briefing.analysis.descriptions import given_as_a_name, introduces_someone_unnamed
from briefing.analysis.model import Entity, Paragraph, Quote, Sentence

_WORD = re.compile(r"\w+(?:[-’']\w+)*")
_TWO_WORDS = re.compile(r"\W*(\w+(?:[-’']\w+)*)(?:\W+(\w+(?:[-’']\w+)*))?")  # the next two words, as _WORD reads them
_DOUBLE_MARK = re.compile(r'[“„«”»"]')
_DOUBLED_SINGLE_MARK = re.compile(r"''|‘‘|’’")  # two single marks standing for a double one
_STRAIGHT_SINGLE = re.compile(r"'")
# (the mark first, so that the regex skips to it; the look-behind asks for no character before it but a
# space, a bracket or a dash: "'We" opening a line or a quote)
_SINGLE_OPENING = re.compile(r"'(?<![^\s(—–-]')[A-Z]")
_SINGLE_CLOSING = re.compile(r"[,.!?]'(?:\s|$)", re.MULTILINE)
_AS_SUBJECT = {"him": "he", "her": "she"}  # an object pronoun that does the verb after it: "I heard him say"
_PRONOUN_GENDER = {"he": "m", "she": "f", "it": "n"}  # "n": an organisation ("..., it added")
_AGE = re.compile(r"\d{1,3}-year-old")  # "the 56-year-old said": a person, like "he" or "she"
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|me|us|my|My|our|Our)\b")
_OPENS_A_QUOTE = ("“", '"', "‘", "'")  # the marks a quote's paragraph may open with
_TELLING_ONES_SIDE = frozenset("share shared sharing talk talked talking speak spoke speaking".split())  # no speech verbs, but telling of one
# a verb right after a name that opens a clause: "Coleman was happy to", "Lee insisted"
_A_CLAUSE_VERB = re.compile(r" (?:was|were|is|had|has|did|would|could|will|[a-z]+ed)\b")
_AGE_OPENING = re.compile(r"The (\d{1,3})-year-old\b")  # a sentence about someone, by age
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# who speaks for an organisation; and, right after its name, its official ("a Juventus official
# said"; not "an official statement")
_SPEAKS_FOR_A_BODY = _SPOKESPEOPLE | {"representative"}
_NAMED_SPEAKS_FOR_A_BODY = _SPEAKS_FOR_A_BODY | {"official"}
_SPOKES = "|".join(sorted(_SPEAKS_FOR_A_BODY))
_SPOKESPERSON = re.compile(rf"\b(?:{_SPOKES})s?\b", re.IGNORECASE)
_NAMED_SPOKES = "|".join(sorted(_NAMED_SPEAKS_FOR_A_BODY))
# "a spokesman for the protesters", "the president of X", "the study by X": someone else's
_OF_SOMEONE = re.compile(r"\s+(?:for|of|at|by)\b")
# What an organisation publishes, or calls itself, speaks for it: "the company said", "the report
# warned", "says its report".
_BODY_WORDS = frozenset(
    """company firm report study survey paper newspaper airline carrier bank lender insurer retailer
    supermarket broadcaster publisher carmaker club charity regulator watchdog group association
    organisation organization union agency institute foundation federation coalition alliance inquiry trust
    planemaker drugmaker chipmaker automaker brewer grocer conglomerate""".split()
)
# A role the article never tied to anyone ("the prime minister said", "the chancellor told") means
# whoever the article is talking about, as "he" or "she" would.
_ROLE_WORDS = frozenset(
    """minister president chancellor premier governor mayor senator chairman chairwoman secretary striker
    forward midfielder defender centre-back center-back full-back fullback goalkeeper keeper winger playmaker
    skipper veteran youngster teenager rookie retiree pensioner lawmaker legislator pacer paceman coach manager champion monarch cleric witness
    spinner batter batsman bowler opener all-rounder wicketkeeper quarterback pitcher fly-half
    scrum-half flanker sprinter swimmer cyclist golfer boxer jockey commissioner left-hander
    right-hander southpaw left-armer right-armer seamer international""".split()
)  # "the centre-back said": one person named before, as "he said" would be
# a relative named once as such ("her husband, Daniel Clarke,"), then by the relation alone ("Her husband added:")
_RELATIONS = frozenset("husband wife partner son daughter mother father brother sister".split())
_MUTUAL_RELATIONS = frozenset("brother sister".split())  # relations that go both ways within one gender
# "the statement said", "the decision states": its author's words
_DOCUMENTS = frozenset(
    "statement letter email e-mail note message decision ruling judgment judgement document communique communiqué website guidance notice affidavit memo memorandum filing submission".split()
)
# What a sign says is nobody's words: "held placards, one of which read: “No water, no bail!”",
# "Banners on the tractors read “No farmers, no food”"
_A_SIGN_READS = re.compile(
    r"\b(?:signs?|placards?|banners?|posters?|billboards?|graffiti|t-shirts?)\b[^.;“”\"]{0,40}?\b(?:read|reads|reading)\s*[:,]?$",
    re.IGNORECASE,
)
# Titles written before a name that also stand alone for its bearer: "Elder Florence Anishinabie" ... "the elder said"
_TITLES_FOR_THEIR_BEARER = frozenset("elder pastor imam rabbi bishop sheikh chief marshal sheriff warden".split())
_CHARGES = re.compile(r"\b(?:charged\s+with|accused\s+of|pleaded|arraigned|denied\s+(?:the\s+)?charges?|on\s+trial|convicted\s+of)\b")
_KINDS_OF_BODY = frozenset("ministry department council government agency police embassy court university hospital".split())  # "a ministry spokesperson"
_SPOKESPERSON_FOR_THE = re.compile(rf"\b(?:{_SPOKES})\s+(?:for|of)\s+the\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_KIND_OF_BODY_SPOKESPERSON = re.compile(rf"\b[Aa]n? ({'|'.join(sorted(_KINDS_OF_BODY))}) (?:{'|'.join(sorted(_SPOKESPEOPLE))})\b")
_POLICE_WORDS = frozenset("police constabulary garda gardaí".split())
_INSPECTORS = frozenset("inspectors investigators auditors examiners".split())  # a body's staff, who speak for it
_SOME_OF_THEM = frozenset("a an one two three four some several many other both".split())
_STANDS_FOR_A_SPEAKER = (
    frozenset(_PRONOUN_GENDER) | {"they", "police", "accused", "defendant"} | _INSPECTORS | _SPOKESPEOPLE | _BODY_WORDS | _ROLE_WORDS | _RELATIONS | _DOCUMENTS | _TITLES_FOR_THEIR_BEARER
)  # see _referent
# before a person spoken about or to, not speaking: "Asked about Smith", "asked by Mr Nwosu", "to his former teammate X",
# "He said Peter Smith had lied"
_SPOKEN_ABOUT_BEFORE = re.compile(
    r"\b(?:about|of|on|over|asked|by|to|with|against|said|says|told|that)\s+(?:the\s+)?(?:[a-z-]+\s+)?$|\b(?:his|her|their)\s+(?:[a-z-]+\s+){1,2}$"
    r"|\b(?:asked|questioned|pressed)\s+by\s+[^,.;:“”\"]{1,40},\s+$",  # "Asked by the family’s barrister, Nicola Sharpe, whether"
    re.IGNORECASE,
)
_RELATION_GENDER = {
    **dict.fromkeys("wife mother daughter sister grandmother granddaughter".split(), "f"),
    **dict.fromkeys("husband father son brother grandfather grandson".split(), "m"),
}
# a relative opening a sentence, by no name: "His wife put a hand on his arm."
_RELATIVE_OPENS = re.compile(rf"(His|Her)\s+({'|'.join(sorted(_RELATION_GENDER))}),?\s+(?![A-Z])")  # (and "Her sister, speaking in French,")
_CHILDREN = frozenset("son daughter".split())
_NAMED_AS_A_RELATION = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*[’']s)\s+(?:[a-z-]+\s+)?({'|'.join(sorted(_RELATIONS))}),\s*$"
)  # before a name: "her husband, " of "her husband, Daniel Clarke, 41,"
_SPEECH_NOUNS = frozenset("reply answer response retort words verdict comment came cried chanted yelled screamed".split())
_BODY_PARAGRAPHS = 2  # how many paragraphs back "the company" looks for the organisation it means
_COMPANY_WORDS = frozenset(
    "company firm airline carrier bank lender insurer retailer supermarket broadcaster publisher carmaker planemaker drugmaker chipmaker automaker brewer grocer conglomerate".split()
)
_NO_COMPANY_BEFORE = re.compile(
    r"\b(?:group|union|party|charity|campaign|coalition|association|organi[sz]ation|body|watchdog|regulator|ministry|agency|non-?profit|think[- ]tank)\s+$"
    r"|\b(?:watchdog|regulator),\s+$"  # (set off too: "the regulator, Ofwat"; not "The recruitment agency, Hays,")
)
_INDEX_NUMBER_AFTER = re.compile(r" \d")
# a company cited for its numbers, not the one the story is about: "according to LSEG data", "FactSet estimates"
_DATA_SOURCE_AFTER = re.compile(r" (?:data|figures|estimates|numbers|statistics)\b")
_ANALYSTS = r"(?:analyst|economist|strategist|researcher)"  # who work at a firm the text names after them
_ANALYSTS_AFTER = re.compile(rf" (?:chief |senior )?{_ANALYSTS}s?\b")  # "Crestline Research analyst Tom Becker": the analyst's firm
_ANALYSTS_AT_BEFORE = re.compile(rf"\b(?i:{_ANALYSTS})s?\s+(?:at|from|with)\s+$")  # (opening a sentence too: "Analysts at X")
_NOT_COMPANIES = frozenset(
    """party union council ministry government department committee commission parliament assembly
    police army court university school church league federation association post times journal
    herald gazette tribune telegraph chronicle""".split()
)  # (newspapers too: "the company" is rarely the paper that reports it)
_DESCRIPTION_DETERMINERS = frozenset({"the", "its", "their"})
_NAMED_THEMSELVES = re.compile(
    r"\b(?:identified\s+(?:him|her|them)sel(?:f|ves)|gave\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name|"
    r"(?:asked|wished|wanted)\s+to\s+be\s+(?:identified|named|called))\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+first\s+name,?)\s+"
)
# Someone saying, right after their words, that they give no name: "..., she said, declining to give her name."
_NAMELESS_AFTER = re.compile(
    r"\b(?:declin(?:ing|ed)|refus(?:ing|ed))\s+to\s+(?:give|provide|share)\s+(?:his|her|their)\s+(?:full\s+|last\s+|sur)?name"
    r"|\bwho\s+(?:declined|asked\s+not|did\s+not\s+want)\s+to\s+be\s+(?:named|identified)"
)
# Who someone is, after the comma that sets their name off: a title's capitalised words, or a role
# in lower case ("The chair, broadcaster Femi Adeyemi-Clarke,", "the independent Wrack Line
# Records,", "Democratic state Sen. Maria Delgado"), no verb ("-ed" or "-s": "coach praised X,")
_TITLE_AFTER_A_COMMA = re.compile(r",\s+(?:the\s+|an?\s+)?(?:(?![a-z]+(?:ed|s)\s)[\w’'.-]+\s+){1,6}$")
_AGENT_ENDS = re.compile(r"\s+as\b|\s*[,.:;]")
_HABITUAL = frozenset("used to would always often usually never sometimes just keep keeps kept".split())  # "I always say “yes”", "Mum kept saying"
_BEFORE_STATES_AS_A_NOUN = frozenset(
    "member nation island gulf baltic arab african coastal small other rogue nuclear sovereign several many some all both most two".split()
)
_OWNS_A_DOCUMENT = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|email|note|message|decision|ruling|judge?ment|document|communiqu[eé]|report|study|survey|paper)\b"
)
_PUBLICATIONS = frozenset("report study survey paper inquiry".split())  # "the report says": its author's words
_FINDINGS = _PUBLICATIONS | {"review", "audit", "investigation", "inspection", "analysis", "probe"}  # what "found"
# What someone "responded to" by acting, not speaking: "Officers responded to a report of a fire"
_EVENTS_RESPONDED_TO = frozenset("advertisement advert ad call calls report reports incident emergency fire blaze crash collision alarm scene job".split())
_FORMER = frozenset("former ex veteran retired".split())  # before a country or a team in a description
_PERSON_OF_A_BODY_AFTER = re.compile(r" (?!spokes)[a-z]+(?:,|\s+(?:said|says|told|added))")  # "one Premier League scout, who"
# the subject of a clause, nobody named: "someone at the back shouted", "a woman in the crowd yelled"
_SOMEONE_UNNAMED = re.compile(r"(?:someone|somebody|(?:a|an|one|another)\s+(?:man|woman|person|voice|heckler|member))\b", re.IGNORECASE)
_OPENING_CONJUNCTIONS = frozenset("when while after before as if although though once because since until unless".split())
_PREPOSITIONS = frozenset("of for at by with from to in on about against through via outside inside near into across behind beside among".split())
# Adverbs and auxiliaries that may stand between a speaker and the verb ("X has also said").
_GAP_ADVERBS = tuple(
    """also then later again once previously earlier recently meanwhile however now today yesterday
    himself herself itself too repeatedly publicly separately further has had have was is would will
    since who allegedly reportedly apparently often always usually sometimes""".split()
)
_REPORTING_VERBS = SPEECH_VERBS | JUDGEMENT_VERBS
_DETERMINERS = frozenset("a an the his her their its our my your this that these those pool".split())
_MAX_SCARE_WORDS = 3
# what may follow a quote that ends a clause: punctuation, or "and"/"but" starting the next one
_CLOSES_A_CLAUSE = re.compile(r"[.,;:!?)]|$| (?:and|but)\b")
_MAX_INTRO_WORDS = 4  # words allowed between a speech verb and the quote it introduces
# words of a fragment that no speech verb introduces, taken as the words of the one subject its
# sentence has: "He dedicated the award to “every camel herder ...”" (not "Police found the van “badly damaged”")
_MIN_WORDS_OF_AN_UNINTRODUCED_FRAGMENT = 3
_MAX_WORDS_OF_A_TITLE_BEFORE = 3  # capitalised words of a title before a name that opens a sentence
# a claim and its claimant, then "that" and the clause holding a fragment (no other quote on the way)
_CLAIM_BY = re.compile(
    r"\b(?:remarks?|comments?|claims?|suggestions?|assertions?|warnings?|promises?|pledges?|accusations?|allegations?|insistence)"
    r"\s+(?:from|by)\s+(?:(?:the\s+)?[a-z-]+\s+)?"
)
_SENT_FROM = re.compile(r" from (?:the )?")  # after a document: "a memo from the Raleigh Department of Transportation"
# a claimant's title before the name ("from City Councilor Dennis Fahey"), then the claim's "that"
# clause up to the fragment ("that the bus lane is “...”"), past an aside in commas
_TITLE_WORDS_BETWEEN = re.compile(rf"(?:[A-Z][\w.-]*\s+){{0,{_MAX_WORDS_OF_A_TITLE_BEFORE}}}")
_THAT_CLAUSE_AFTER = re.compile(r"(?:,[^,“”\"]{1,60},)?\s+that\s+[^“”\"]*$")
# what someone named after "Asked by" asked: "Asked by the family’s barrister, Nicola Sharpe, whether"
_WHAT_WAS_ASKED = re.compile(r",?\s+(?:whether|if|about|why|how|what|when|where)\b")
# How someone took a question or a moment, in a short sentence before their unattributed quote:
# "Rathore was blunt. “He hasn't ...”", "Ní Bhriain was unrepentant.", "Okafor shrugged."
_STANCE_WORDS = frozenset(
    """blunt blunter unrepentant defiant adamant emphatic unapologetic candid frank philosophical
    upbeat optimistic pessimistic cautious scathing dismissive unmoved unimpressed unconvinced furious
    emotional tearful sceptical skeptical confident bullish gloomy sanguine measured forthright
    outspoken direct terse categorical firm resolute combative conciliatory contrite apologetic
    gracious relieved delighted thrilled elated proud disappointed frustrated dejected downbeat
    sympathetic impressed convinced scornful incredulous bemused baffled guarded cagey defensive unequivocal succinct
    smiled shrugged sighed laughed nodded paused scoffed bristled agreed disagreed demurred objected
    interjected interrupted chimed jumped addresses addressed""".split()
)
_MAX_STANCE_WORDS = 6  # words after the person in such a sentence
_SIGNED = re.compile(r"[ \t]*[—–][ \t]*")  # '“...” — John Smith
# "he says", "she later told", "he has also said"
_PRONOUN_REPORTS = re.compile(r"\b([Hh]e|[Ss]he)\s+(?:(?:later|also|then|again|earlier|once|previously|repeatedly|has|had|would)\s+){0,2}([a-z]+)\b")
# who asked a question quoted next: "A reporter asked whether", "X was (later) asked", "X was pressed"
_ASKED = re.compile(r"\b(?:(?:was|were|is|are|been|being)\s+(?:(?:later|then|also|again|\w+ly)\s+)?(asked|questioned|pressed)|asked)\b")
# An unnamed source who speaks for no body: "An Interior Ministry official, speaking on condition
# of anonymity, said", "A senior BGMEA official, requesting anonymity,", "who was not authorized to speak"
_ANONYMOUS_SOURCE = re.compile(
    r"(?:\b(?:officials?|aides?|sources?|officers?|diplomats?|staffers?|executives?|employees?|insiders?)|\b(?:[Aa]n?|[Oo]ne)\s+(?!spokes)[a-z][\w-]*)\b[^.;:“”\"]{0,60}?"
    r"\b(?:(?:on\s+(?:the\s+)?condition\s+of|requesting|requested|granted)\s+anonymity|not\s+authori[sz]ed\s+to\s+(?:speak|comment)"
    r"|asked\s+not\s+to\s+be\s+(?:named|identified)|declined\s+to\s+be\s+(?:named|identified)"
    r"|(?:did|does|do)\s+not\s+(?:want|wish)\s+to\s+be\s+(?:named|identified))"
)
_ON_BEHALF = re.compile(r"\bon\s+(?:(his|her)\s+behalf|behalf\s+of\s+)")
_WHO_DOES_BEFORE = re.compile(r"\bwho\s+(?:[a-z]+\s+){1,2}$")  # "who founded the " before a body's name
# "a Treasury source" (not the verb: "Ryanair sources its aircraft from Boeing")
_SOURCE_AFTER = re.compile(r"\s+(?:sources?|insiders?)\b(?!\s+(?:its|their|his|her|the|a|an|from|some|most|all|much)\b)")
# A short label opening a paragraph, as Axios writes: "Yes, but:", "Why it matters:", "Zoom in:"
_LABEL = re.compile(r"[A-Z][\w’']*(?:,?\s+[\w’']+){0,3}:\s+")
_UNNAMED_OPENING = re.compile(r"(?:One|A|An|Another)\s+[a-z]")  # "Another commuter", not "A. Smith"
_UNNAMED_OPENING_WORDS = 3  # "A City banker"
_ASKING = frozenset({"asked", "asks"})
# Verbs whose object is always whom the words were for, even right after the quote they report
# (“...,” told X is no English); any other verb of _OBJECT_SPEECH_VERBS takes the quote as its object
# there, and the name after it is the speaker: “...,” warned Lee, “...?” asked Patil
_TELLING = frozenset("tell tells told telling inform informs informed notify notifies notified".split())
_ANSWERING = frozenset({"replied", "replies", "answered", "answers", "responded", "responds"})
_MAX_ASKED_WORDS = 8  # after "asked": whom, and when or where ("asked Van Oosten on Tuesday afternoon, “...?”")
_MAX_SET_OFF_WORDS = 8  # words of an opening phrase set off by a comma before a sentence's subject
# a name inside an opening phrase, and what sets the phrase off before the subject
_ENDS_WITH_A_PREPOSITION = re.compile(r"\b(?:by|with|from|for|against|of|about|on|under|after|like|than|between)\s+(?:the\s+)?$", re.IGNORECASE)
_SET_OFF_AFTER_A_NAME = re.compile(r",(?:\s+[a-z]+){0,2},\s+|,(?:\s+[a-z][\w-]*){0,3}\s+")  # (", defending, ", ", teenage leg-spinner ")
_PASSIVE_BY_END = re.compile(r"\b(?:was|were|been|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+by\s+$")  # "was rejected by "
_SET_OFF_PARTICIPLE = re.compile(r"[^,]+,\s+[a-z]+ing\b[^,]*,\s*")  # " Justice X, heading a division bench, "
_VERB_BEFORE_AND = re.compile(r",?\s+(?:had\s+|has\s+)?[a-z]+ed(?:\s+[a-z]+){0,3}\s+")  # "X, resigned and", "X stepped down and", "X had turned to her and"
_LOWER_CASE_ROLE_BEFORE = re.compile(r"(?<=, )(?:[a-z][\w-]*\s+){1,3}$")  # "Outside the ground, season-ticket holder "
_PARTICIPLE_PHRASE = re.compile(r"(?:Asked|[A-Z][a-z]+ing)\s[^,.;:“”\"]{0,200}?,\s+")  # "Appearing before the committee, "
# words of an opening that asks or opens with a participle: "Asked at the briefing whether power
# lines could have played a role,"
_MAX_PARTICIPLE_OPENING_WORDS = 20
_MAX_COLON_VERB_WORDS = 3  # "X shot back:", "X hit back angrily:" (no speech verb known)
_SAID_TO_ME = re.compile(r"\b(?:tells?|told|telling|asks?|asked|asking|(?:say|says|said|saying)\s+to)\s+me\s*[,:]?\s*$")  # inner words said to "I"
_HONORIFICS_AFTER_A_NAME = frozenset("sir madam ji saab sahib sahab".split())  # South Asian: "Bhise sir", "Gupta ji"
# “...” That’s how X summed it up. / “...” Those were the words of 81-year-old X
_THATS_HOW = re.compile(r"\s*(?:(?:That|This)(?:[’']s|\s+is|\s+was)\s+how|(?:Those|These|Such)\s+(?:were|are|was)\s+the\s+words\s+of)\s+")
_WRITINGS = frozenset("post posts tweet tweets message messages letter letters email emails note notes statement text texts diary".split())
_READS_BEFORE_COLON = re.compile(r"\b(?:read|reads)\s*:\s*$")  # what a sign, a banner or a script reads
_RECEIVED = frozenset("read reads received receives got gets".split())  # words someone else wrote
_MAX_SUBJECT_INTRO_WORDS = 12  # "For Ann Lee, the answer to the council is simple:": a sentence about one person
_MAX_COLON_INTRO_WORDS = 10  # ... when a colon introduces it: "X told BBC Sport from Rio:"
_MAX_SUBJECT_WORDS = 14  # words between a quote and its speech verb ("X, a role ..., said")
_MAX_APPOSITIVE_WORDS = 24  # ... when a name opens them, set off by a comma
# Where a speaker is from or works, named right after them: "Ian Lyngen of BMO Capital Markets said".
_OF_A_BODY = (
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:(?:of|and|for|the|&|de|des|du|da|do|dos|das|del|della|di|la|le)\s+)?[A-Z][\w&.’'-]*){0,5}"
    r"(?:,?\s+in\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?)"  # "of Superior Court in Hollis County"
)
# When, between a speaker and the verb: "Sen. X on Wednesday blasted", "X late on Monday said"
_WHEN = (
    r"(?:(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning))"
)
# in an appositive: "Morimoto, whose debut “Paper Tide” won ..., has described", "X, known as "Digoy," wrote",
# "X, who has accused the government of “moving the goalposts” by ..., said"
_TITLE_IN_MARKS = r"[“\"][A-Za-z][^“”\",.\n]{0,40},?[”\"]"
# What a body publishes, after its name as the subject: "A Government Accountability Office review
# (of tactical vehicle accidents) found that", "The Ofwat report said"
_ITS_PAPERS = r"(?:statement|report|study|survey|review|audit|analysis|assessment|poll)"
_CLAUSE_SUBJECT_PRONOUNS = frozenset("she he they we i it".split())
_PERSONAL_SUBJECT_PRONOUNS = _CLAUSE_SUBJECT_PRONOUNS - {"it"}
_WHO_AFTER = re.compile(r",\s+who\b")
_PARTS_OF_A_BODY = r"(?:directorate|department|office|division|unit|team|secretariat|ministry)"  # "X's trade directorate"
_COLLECTIVES = "(?:%s)" % "|".join(sorted(COLLECTIVE_NOUNS))  # "the X Riders group posted"
_DECLINING = frozenset("declined declines refused refuses".split())
_DECLINED_TO = rf"(?:(?:{'|'.join(sorted(_DECLINING))})\s+to\s+)?"  # "declined to comment “while the trial is ongoing”"
# What may stand between a speaker and the speech verb: a bracket ("(Copom)", "(D-Ore.)"), a
# spokesperson or a paper ("A GAO review of ... found"), where the speaker works ("of the National
# Autonomous University of Mexico (UNAM)") or is ("The EU Chamber of Commerce in China said"), an
# appositive of one to three parts, a few adverbs or auxiliaries, when, and "alleged to have" ("Mr.
# X, a senior fellow at Y, the Texas institute, has also said"; "X is alleged to have said").
_SUBJECT_GAP = re.compile(
    rf"(?:\s*\([^()“”\"]{{1,40}}\))?(?:(?:[’']s?)?\s+(?:{_NAMED_SPOKES}|{_ITS_PAPERS}s?(?:\s+(?:of|on|into)(?:\s+[a-z][\w-]*){{1,4}})?|{_COLLECTIVES})"
    rf"|[’']s\s+(?:[a-z-]+\s+|(?:[A-Z][a-z]+\s+){{1,2}})?{_PARTS_OF_A_BODY})?(?:{_OF_A_BODY}(?:\s*\([^()“”\"]{{1,20}}\))?)?"  # "The European Commission’s trade directorate", "the Weather Service’s Oxnard office"
    rf"(?:\s+in\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}}(?!\w|,))?(?:\s+[–—]\s+[^–—“”\"]{{1,80}}?\s+[–—])?\s*(?:,\s*[^,;:“”\"\s](?:[^,;:“”\"]|,(?=\d)|{_TITLE_IN_MARKS}){{0,159}}?(?:,|(?<=,[”\"]))\s*(?:[^,;:“”\"\s](?:[^,;:“”\"]|,(?=\d)){{0,99}}?,\s*){{0,2}})?"
    rf"(?:(?:{'|'.join(_GAP_ADVERBS)})\s+)*(?:{_WHEN}\s+)?(?:(?:alleged|reported|understood|believed|thought)\s+to\s+have\s+)?"
    r"(?:(?:used|likes?|liked|loves?|loved)\s+to\s+)?"  # "as she likes to say", "Dolores ... used to say"
    + _DECLINED_TO
)


# The end of a name set off by commas, with the body it is of: "His lawyer, Monica Shears of the
# Pacific Liberty Foundation, called"
_SET_OFF_END = re.compile(rf"(?:\s+{_COLLECTIVES})?(?:{_OF_A_BODY})?\s*,\s*(?:(?:has|had|have|also)\s+)*{_DECLINED_TO}")  # (", has said")
_ACCORDING_TO_INSIDE = re.compile(r",\s+(?:according\s+to|in\s+the\s+words\s+of)\s+([^,.;:“”\"]{2,80}),\s*[“\"‘]?$")
_ACCORDING_TO_CLOSING = re.compile(r",\s+according\s+to\s+(?:the\s+)?((?:[^,.;:“”\"]|(?<=\d)[,.](?=\d)){2,80}?)[.!?]?[”\"’']?\s*$")  # (a number in it: "8,000")
_ACCORDING_TO = re.compile(r"\s*(?:[Aa]ccording to|[Ii]n the words of) ([^,]{2,80}),\s*")
# A judgement in the passive, its judge named after the quote: 'was described as “reckless” by X'
_JUDGED_IN_THE_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?|,\s*)(?:described|branded|labell?ed|hailed|critici[sz]ed|condemned|denounced"
    r"|slammed|derided|dismissed|characteri[sz]ed|praised|welcomed)\s+(?:as\s+)?(?:(?:an?|the)\s+)?$",
    re.IGNORECASE,
)
_BY_AFTER = re.compile(r",?\s+by\s+")
_NOT_THE_JUDGE = frozenset("of for from with at in among".split())  # "by critics of the mayor, Sadiq Khan"
# A comma-separated description with no verb of its own: "the director of Y," "a research body,"
_APPOSITIVE_SEGMENT = re.compile(
    r"(?:an?|the) (?:(?!\b(?:is|was|are|were|will|would|should|could|can|may|might|must|has|have|had|does|did)\b)[^,;:\d])+,\s*"
)
_UNNAMED_SPEAKER = re.compile(r"\b(?:official|spokes(?:man|woman|person)|source|aide|diplomat)s?\b[^,.;]*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?]")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_NATIONS_PEOPLE = NATIONALITY_NOUNS | DEMONYMS  # "the Spaniard", "the Australian" (see _nationality_alone)
# A noun for what someone does ("the novelist says", "the Japanese driver replied"), not one of
# the things that end so and may "say" (documents, signs)
_AGENT_NOUN_ENDINGS = ("ist", "er", "or", "ian")
_NOT_AGENTS = frozenset("other order number matter letter paper poster banner flyer register filing water power".split())
# Nouns for people that end like no agent noun, or are too short to trust the ending of ("the
# resident said", "the diver said")
_PEOPLE_NOUNS = frozenset(
    """resident tenant patient client parent migrant refugee athlete referee umpire chaplain monk astronaut
    neighbour neighbor academic publican landlady shepherd carer rower skier diver hiker""".split()
)
# speech verbs that are nouns before a name or title: "state Senator Mark Lincoln", "report Author X"
_BEFORE_A_BARE_VERB = frozenset("to i we you they will would could should can may might must did do does not".split())
_ASKING_OR_TELLING = frozenset("ask asks asked tell tells told".split())
_KIN_AND_MENTORS = frozenset(
    """father dad mother mum mom grandmother grandfather gran granny grandad uncle aunt brother sister son daughter husband wife
    youngest eldest coach teacher mentor
    guru producer manager agent editor trainer caddie caddy engineer skipper captain boss physio""".split()
)  # whom a speaker quotes as "my X used to say", or bare as a name: "coach told me"
# someone's kin or mentor set off before their name: "her grandmother, Nneka Okonkwo,"
_KIN_SET_OFF_BEFORE = re.compile(
    rf"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y)\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(_KIN_AND_MENTORS | _RELATIONS))}),"
    r"|(?:family|widow|widower|parents|children)\s+of)\s+$"
)  # ("her late mother, Ngozi Okonkwo,", "the family of Ngozi Okonkwo")
_THE_WRITER_ASKS = re.compile(r",?\s+I\s+(?:ask|asked)\b")  # “...?” I ask.
_MAIN_PERSON_MENTIONS = 4  # how often an article names the person it is about, at least
# the words one says for them, and the words a story writes ("my dad" is "his late father", "skipper" "captain")
_SAID_FOR = {
    "dad": "father", "mum": "mother", "mom": "mother", "gran": "grandmother", "granny": "grandmother", "grandad": "grandfather",
    "skipper": "captain", "boss": "manager",
}
# "My mother has given up", and a parent called so as a name: "Dad wouldn't leave"
_MY_KIN = re.compile(rf"\b(?:(?:[Mm]y|[Oo]ur)\s+({'|'.join(sorted(_KIN_AND_MENTORS))})|(Dad|Mum|Mom|Gran|Granny|Grandad))\b")
_PARENTS_AND_SIBLINGS = frozenset("father dad mother mum mom brother sister".split())  # who bear one's surname, mostly
_KIN_GENDERS = {  # (p: a child of either: "My youngest thinks the hotel is our house. He tells people")
    **_RELATION_GENDER,
    **dict.fromkeys("dad grandad uncle".split(), "m"),
    **dict.fromkeys("mum mom gran granny aunt".split(), "f"),
    **dict.fromkeys("youngest eldest".split(), "p"),
}
_CONTRACTED_PRONOUN = re.compile(r"[’'](?:s|d|ll|m|ve|re)$")
_DOING_AFTER = re.compile(r" [a-z]+ing\b")  # a name's gerund: "Dafydd ringing me"
_VERB_AND_SPEECH = re.compile(r" [a-z]+ed and (\w+)")
_ENDS_A_PHRASE = re.compile(r"[’']?\s*[,.;:!?)—–]")  # punctuation right after a word: "the Spaniard, who"
_IMPERSONAL = re.compile(r"\b(?:[Ii]t|[Tt]his)\s+(?:is|was|has\s+been|had\s+been)\s+$")
_PASSIVE = frozenset("was were is are been being".split())
_NOT_REPORTING = frozenset("ask asks asked continue continues continued post posts posted report reports reported".split())
_OBJECT_ADVERBS = frozenset("today yesterday tonight recently earlier later".split())
# The words _SUBJECT_GAP lets stand between a speaker and the verb, beside an appositive.
_GAP_WORDS = frozenset(_GAP_ADVERBS) | _NAMED_SPEAKS_FOR_A_BODY
_IRREGULAR_PARTICIPLES = frozenset(
    """seen known found given taken made held left built shown driven stolen thrown worn sold bought heard
    kept sent brought caught written spoken felt met paid put set spent lost won told""".split()
)
_ADJECTIVE_ENDINGS = ("ic", "ous", "ful", "ive", "able", "ible", "less", "ary", "al")  # "catastrophic", "obvious", "painful"
# judgements with no adjective's ending, quoted before their noun: "warned of a “difficult” first half"
_PLAIN_ADJECTIVES = frozenset("difficult tough hard huge great bad good strong serious severe grave dire unfair fair".split())
_LONG_ADJECTIVE_ENDINGS = ("ent", "ant")  # in words of seven letters or more: "magnificent", "significant" (not "rent")
_INTENSIFIERS = frozenset("really very extremely incredibly hugely deeply truly so quite pretty absolutely genuinely".split())  # "a “really exciting” crop"
_PARTICIPLE_PREPOSITIONS = frozenset("by in at on near outside from during with".split())
_ROLE_SET_OFF = re.compile(r",\s+(?!who\b|which\b|whose\b)[a-z]")  # "Jenny Marsden, chairwoman of the NFU branch"
_CLAUSE_BREAK_BEFORE = re.compile(r"[.!?;:\n]")  # (the words right before a name, in its own sentence)
_LOWER_WORD_NEXT = re.compile(r" [a-z]")
_MAX_TEAM_WORDS = 3
_OF_A_BODY_BETWEEN = re.compile(  # "X of the civil society group Y", "X, national representative for the Y"
    r"\s+(?:of|from|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}|,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,4}?(?:of|for|at|with)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}"
)
_CONTRACTED_SUBJECTS = _CLAUSE_SUBJECT_PRONOUNS | frozenset("that who there what".split())  # "he's said", "that's said"
_NOT_A_SUBJECT = _CLAUSE_SUBJECT_PRONOUNS | frozenset("and but who which that".split())
_JOINED_VERB = re.compile(r"\b(?:and|but)\s+(?:also\s+|later\s+|then\s+|now\s+)?([a-z]+)\b")  # "..., but says he"
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")  # a body a role belongs to: "the President of the X"
_RELATIVE_GAP = re.compile(
    rf"(?:\s+(?:{_COLLECTIVES}|union))?"  # "the CGT-Cheminots union, which describes"
    r"(?:\s*\([^()“”\"]{1,20}\))?(?:,\s+\d{1,3})?"  # (an age: "X, 58, a retired bus driver who said")
    r"(?:(?:,\s+(?:an?|the)\s+[^,;:.“”\"()]{2,60})?"  # "X, an unsuccessful bidder, which argued"
    r",\s+(?:who|which|whose\s+(?:[\w-]+\s+){0,2}?(?:bulletin|report|statement|study|survey|review|note|letter))"
    r"|,\s+(?:an?|the)\s+[^,;:.“”\"()]{2,60}?\s+who)\s+"
    r"(?:(?:also|has|had|have|later|then|previously|repeatedly|publicly|often|long|once|already)\s+)*"
)  # "Jack Straw, who argues", "X Institute, which warns", "the Authority (ALRA), whose latest bulletin describes"
_SPOKEN_TO_BEFORE = re.compile(r"(?:(?<!according )\bto|\btold)\s+(?:the\s+)?$", re.IGNORECASE)  # "sent to AFP", "he told ET"
_SPOKESPERSON_AFTER = re.compile(rf"(?:[’']s?)?\s+(?:{_NAMED_SPOKES})s?\b", re.IGNORECASE)
# "Tony Blair's official spokesman said / declined to": someone the article does not name speaks
_PERSONAL_SPOKESPERSON = re.compile(
    r"[’']s\s+(?:official\s+)?(spokes(?:man|woman|person))\s+(?:(?:also|later|then|has|had)\s+)?(\w+)", re.IGNORECASE
)
_SPOKESPERSON_GENDER = {"spokesman": "m", "spokeswoman": "f"}
# "a spokeswoman for the Arran Ferry Action Group said": the body speaks through her
_SPOKESPERSON_FOR = re.compile(rf"\b({_SPOKES})\s+(?:for|of|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "One currency trader ..., who asked not to be named, said", "A woman who lives nearby told":
# someone speaking whom the article does not name, opening the sentence
_ONE_UNNAMED = (
    r"(?:One|A|An|Another|(?:(?!(?:A|An|One|Another|The)\s)[A-Z][a-z’'-]*(?:\s+[a-z’'-]+){1,3}|Later|Earlier|Then|Meanwhile|Afterwards|Outside|Nearby|Elsewhere|However|Still),\s+(?:one|a|an|another)"
    # (after where: "At the Umlazi rank, a woman waiting for a taxi said"; "On Bridge Street, where
    # water was still lapping at doorsteps, one elderly resident told")
    r"|(?:At|In|On|Inside|Outside|Near|Along|Across|Behind|Beside|Opposite)\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+,"
    r"(?:\s+(?:where|when)\s[^,.;:“”\"]{1,80},)?\s+(?:one|a|an|another)"
    r"|(?:But|And|Yet)\s+(?:one|a|an|another))"
    r"\s+(?:[\w&-]+,?\s+){0,3}?"
)
_UNNAMED_PERSON_SPEAKS = re.compile(
    _ONE_UNNAMED + r"(trader|resident|man|woman|witness|neighbou?r|driver|farmer|"
    r"worker|teacher|nurse|doctor|student|voter|shopper|passenger|fan|juror|employee|protester|parent|"
    r"mother|father|villager|local|customer|commuter|survivor|official|source|diplomat|analyst|investor|"
    r"operator|soldier|officer|medic|volunteer|pensioner|retiree|vendor|shopkeeper|fisherman|miner|activist|"
    r"member|supporter|onlooker|bystander|guard|pilot|teenager|relative|friend|colleague|aide|staffer|insider|"
    r"senator|lawmaker|legislator|congressman|congresswoman|minister|executive|adviser|advisor|negotiator|"
    r"lawyer|banker|strategist|manager|director|reporter|journalist|tenant|landlord|homeowner|householder|patient|"
    r"victim|mourner|caller|pupil|spectator|motorist|cyclist|travell?er|tourist|visitor|refugee|migrant|evacuee|"
    r"owner|businessman|businesswoman|user|mum|mom|dad|carer|caregiver|rider|diner|guest|clerk|cleaner|attendee|participant|"
    r"demonstrator|marcher|worshipper|delegate|walker|swimmer|surfer|hiker|runner|jogger|climber|angler|assistant|"
    r"labourer|laborer|builder|mechanic|chef|waiter|waitress|cashier|bartender|barista|porter|caretaker|paramedic|"
    r"firefighter|midwife|receptionist|technician|contractor|electrician|plumber|guide|expert|pundit|scientist|coach|player|athlete)\b"
    r"(?:[^.;:“”\"]|“[^”]{1,30}”){0,160}?(?:\b(?:said|says|told|added|explained|complained|asked|pressed|claimed|insisted|admitted)\b|(?=[:.]\s*[“\"‘]))"
)  # (a nickname in marks on the way: 'who goes by the call sign “Shaman”'; or a colon before the
# quote: "One minister, speaking on condition of anonymity, was blunter: “...”"; or a sentence that
# ends right before it: "A man clearing branches shook his head. “It sounded like a train,” he said.";
# after a short opening too: "Minutes later, a man who said he lived in his car took the microphone.")
# ... or anyone of an agent noun, shown speaking or before a colon: "One long-standing season-ticket
# holder, leaving the ground, was blunter: “...”", "one elderly supporter ... danced onto the touchline shouting"
_UNNAMED_AGENT_SPEAKS = re.compile(
    _ONE_UNNAMED + rf"((?!(?:{'|'.join(sorted(_NOT_AGENTS))})\b)[a-z-]{{3,}}(?:{'|'.join(_AGENT_NOUN_ENDINGS)}))\b"
    r"[^.;:“”\"]{0,160}?(?:\b(?:said|says|told|added|explained|complained|insisted|admitted|shouting|shouted)\b|(?=:\s*[“\"‘]))"
)
_GENDERED_PERSON = {"man": "m", "father": "m", "woman": "f", "mother": "f", "he": "m", "she": "f"}
_ROLE_BEFORE_A_NAME = re.compile(r"(?:\s+[a-z-]+){1,2}\s+(?=[A-Z])")  # "Holyrood leader Nicola Sturgeon"
# Roles someone holds for a team, a body or a person, written between the two names
_ROLES_OF_SOMEONES = _ROLE_WORDS | _SPOKESPEOPLE | frozenset(
    "coach manager adviser advisor aide lawyer attorney chief boss captain director executive analyst economist leader".split()
)
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_ROLE_THEN_NAME = re.compile(r"(?:[’']s)?(?:\s+[a-z-]+){1,3},\s+")  # "X chair, " before the person's name
_SPEECH_BEFORE_THAT = frozenset("found finds ruled rules held holds".split())  # a court's or judge's words
_AUXILIARIES = frozenset("was were had has have is are would could should did must might".split())
_MAX_QUESTION_WORDS = 8  # words from "whether" to the speech verb it holds: "whether the minister agreed"
_ASKING_WHETHER = frozenset("ask asks asked asking wonder wonders wondered wondering questioned".split())
# Verbs in the past without "-ed", and particles after them, of a bare tag after a quote: "“...,”
# Lee thought.", "“...,” she shot back."
_PAST_TAGS = frozenset("thought began spoke went shot hit cut put".split())
_TAG_PARTICLES = frozenset("back in on up out off".split())
_SPEECH_ONLY_ALONE = frozenset("continue continues continued continuing".split())  # not before an object
_AFTER_CONTINUE = frozenset("to its his her their the a an with".split())  # "continued to take on", "continues its work"
# a relative of someone named, not named: "Pruitt's mother, reached by phone, insisted ..." (not
# "Pruitt's wife, Fatima Saleh, said"; nor "Her husband", whom the article may have named before)
_UNNAMED_RELATIVE_SPEAKS = re.compile(
    r"[A-Z][\w-]*[’']s\s+(?:[a-z-]+\s+)?(mother|father|wife|husband|partner|sister|brother|son|"
    r"daughter|grandmother|grandfather|aunt|uncle|cousin|friend|neighbou?r|lawyer|attorney)\b(?!,?\s+[A-Z])"
    r"[^.;:“”\"]{0,120}?\b(?:said|says|told|added|insisted|explained)\b"
)
# anyone described and set off by "who": "One Athens-based shipowner, who declined to be named,
# told Reuters", "One alderman, who spoke on condition of anonymity, offered a blunt assessment: “...”"
_SOMEONE_DESCRIBED = r"\s+(?:[\w-]+\s+){0,3}?([a-z][a-z-]+)(?:\s+(?:at|in|from|of|with|near|on)\s+[^,.;:“”\"]{2,60}?)?"  # ("A waiter at a café")
_SAYS = r"(?:said|says|told|added|explained|claimed|insisted|admitted)\b"
_UNNAMED_SOMEONE_SPEAKS = re.compile(
    rf"(?:One|A|An|Another){_SOMEONE_DESCRIBED},\s+who\b[^.;:“”\"]{{0,160}}?,\s+(?:{_SAYS}|[^.;:“”\"]{{0,80}}(?=:\s*[“\"‘]))"
    # or anyone definite who asks not to be named: "The headmistress of the school, who did not wish to be named, said"
    rf"|(?:The){_SOMEONE_DESCRIBED}"
    r",\s+who\s+(?:did\s+not\s+(?:wish|want)\s+to\s+be\s+(?:named|identified)|asked\s+not\s+to\s+be\s+(?:named|identified)"
    r"|declined\s+to\s+be\s+(?:named|identified)|requested\s+anonymity|spoke\s+on\s+condition\s+of\s+anonymity)"
    rf"(?:\s+because\s+[^,.;:“”\"]{{0,80}})?,\s+{_SAYS}"  # ("... named because she was not authorised to speak, said")
)
# someone unnamed by an office of something: "The city’s director of public health has warned"
_UNNAMED_OFFICE_SPEAKS = re.compile(
    r"[Tt]he\s+(?:[\w’'-]+[’']s\s+)?(?:[a-z-]+\s+){0,2}((?:director|head|chief|chair|chairman|chairwoman|secretary|"
    r"president|officer|manager|leader|commissioner|superintendent|coordinator)\s+(?:of|for|at)\s+(?:[\w’'&-]+\s+){1,5}?)"
    r"(?:has\s+|had\s+|also\s+)*(?:said|says|warned|warns|told|tells|added|urged|urges|insisted|explained|stressed)\b"
)
# a team's or a body's office holder the article never names, set off or not: "Brighton’s head
# coach, asked about Rasmussen, refused to be drawn. “...,” he said."
_UNNAMED_ROLE_OF_A_BODY_SPEAKS = re.compile(
    r"[A-Z][\w-]*[’']s\s+(?:[a-z-]+\s+){0,2}(coach|manager|captain|boss|chairman|chairwoman|chief\s+executive)\b(?!\s+[A-Z])"
    r"[^.;:“”\"]{0,120}?\b(?:said|says|told|added|insisted|refused\s+to\s+be\s+drawn|declined\s+to\s+comment)\b"
)
# anyone unnamed who asks not to be: "A ranger who spoke on condition of anonymity because he is
# not authorised to speak to the media admitted that ... “...”"
# Someone just described, unnamed on purpose: "... a former employee in the billing office described it. She
# asked not to be named because ..." (the group names their gender, as _described reads it)
_ANONYMOUS_PRONOUN = re.compile(
    r"(?i:(he|she))\s+(?:(?:asked|requested)\s+not\s+to\s+be|(?:did\s+not|didn[’']t)\s+(?:want|wish)\s+to\s+be|declined\s+to\s+be)\s+(?:named|identified)\b"
)
_UNNAMED_BY_ANONYMITY = re.compile(
    # (after a short opening, and one of several: "Outside court, one of the complainants, a retired teacher who asked not to be named, said")
    r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+)?(?:One|A|An|Another|His|Her|Their|(?<=,\s)(?:one|a|an|another))\s+(?:of\s+the\s+[a-z]+,\s+(?:an?\s+)?)?"
    r"(?:[\w-]+\s+){0,2}?([a-z]+),?\s+who\s+[^.;:“”\"]{0,60}?\b(?:anonymity|not\s+(?:(?:want|wish)\s+)?to\s+be\s+(?:named|identified))\b"
    r"[^.;:“”\"]{0,160}?(?:\b(?:said|says|told|added|admitted|explained|insisted|claimed)\b|(?=[:.]\s*[“\"‘]))"
)
_SPOKESPERSON_VERBS = SPEECH_VERBS | {"declined", "refused"}
_POSSESSIVE_SPOKESPERSON = re.compile(rf"[’']s?\s+(?:{_SPOKES})s?\b", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(
    rf"\b(?:{'|'.join(sorted(_PREPOSITIONS))})\s+(?:the\s+)?(?:[\w-]+-based\s+)?(?-i:(?P<title>(?:[A-Z][a-z]+\s+){{1,2}}))?$", re.IGNORECASE
)  # ("of Seoul-based X", "to Agriculture Commissioner X": a title's words before the name)
# Quote marks right after these give a name, not someone's words: "groups dubbed “pioneers”",
# and so do the names listed after it: "dubbed “pioneers” and “materialists”". Not after a
# subject, who is then the speaker: "what she called “a betrayal”".
_NAMING = (
    r"(?:(?<!\bhe )(?<!\bshe )(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\bwho )(?<!\bwhat it )\b(?:dubbed|called|named|nicknamed|termed|so-called)"
    r"|\b(?:alias|(?:known|billed)(?:\s+[\w-]+){0,4}?\s+as(?:\s+the)?|(?:categori[sz]ed|classified|classed|graded)\s+as|goes\s+by(?:\s+the(?:\s+[\w-]+){1,2})?|taken\s+to\s+calling(?:\s+(?:it|the))?))"  # "known within the service as", "known as the", "goes by the call sign"
)
# What people unnamed call something: "what staff call", "what residents have called" (not "what
# the company calls", "what a judge called": the words of the company or the judge the article names)
_WHAT_UNNAMED_PEOPLE_CALL = re.compile(
    r"\bwhat\s+(?!(?:he|she|it|they|we|i|you|the\s+(?:company|firm)|an?\s+judge)\b)(?:[a-z][\w-]*\s+){1,2}(?:(?:have|has)\s+)?(?:calls?|called|dubs?|dubbed|terms?|termed)\s*$"
)
# What anyone calls something, before a name in capitals: "what the department is calling
# “Operation Safe Routes”" names an operation (but "what she called “a betrayal”" is her words)
_WHAT_ANYONE_CALLS = re.compile(
    r"\bwhat\s+(?:[\w-]+\s+){1,3}?(?:(?:is|are|was|were|has|have|had)\s+)?(?:calls?|called|calling|dubs?|dubbed|terms?|termed)(?:\s+(?:an?|the))?\s*$"
)
# "called X", and "nicknamed it X" (but "called it X" is speech: "Smith called it “a disgrace”")
_NAMING_BEFORE = re.compile(
    rf"(?:{_NAMING}|\b(?:dubbed|nicknamed|named|termed)\s+(?:it|them|him|her)|(?<!\bwhat )\b(?:it|which|that)\s+(?:the\s+[a-z]+\s+)?(?:calls|dubs|names|brands))\s*$",
    re.IGNORECASE,
)  # ("a product it calls “Veridian Pilot”", "a feature which the company calls “Plate Cost”")
_AUXILIARIES_BEFORE = re.compile(r"(?:\s+(?:has|had|have|also|once|repeatedly|previously))*\s*$")
_NAMES_NOBODY_GIVES = ("known", "billed", "alias", "goes by")  # words of _NAMING for a name, however long, not someone's judgement
_NAMING_STEMS = ("dubbed", "called", "named", "termed", "known", "billed", "calls", "dubs", "names", "brands", "alias", "goes by", "calling", "categori", "classed", "classified", "graded")  # one is in each word of _NAMING_BEFORE
_NAMED_BEFORE = re.compile(
    rf"{_NAMING}\s*[“\"][^”\"]{{1,40}}[”\"](?:\s*,\s*[“\"][^”\"]{{1,40}}[”\"])*\s*(?:,|and|or)$", re.IGNORECASE
)
# Titles of works ("their podcast “Beyond Finances.”", capitalised, after a determiner: not "the
# data show “a clear decline”") and terms ("the term often used is “bird fancier’s lung”") name
# something: scare quotes, however long.
_TITLE_BEFORE = re.compile(
    r"\b(?:(?:the|an?|his|her|their|its|our|my|new|latest|debut|hit)\s+(?:[\w’'-]+\s+){0,2}"  # ("Her first solo album, “Kindling,”", "the team’s paper")
    r"(?:book|novel|film|movie|album|song|single|show|series|podcast|programme|program|play|"
    r"documentary|episode|poem|musical|exhibition|memoir|newsletter|debut|track|anthem|biography|"
    r"work|painting|portrait|sculpture|artwork|mural|canvas|opera|symphony|installation|paper|essay|thesis),?|titled|entitled)\s*$",  # "Her book, “X”,"
    re.IGNORECASE,
)
_CLAUSE_JOINED = re.compile(r",\s+(?:and|but)\s")  # a clause of its own after a comma: ", and it has long been known as"
_GLOSS_IN_BRACKETS = re.compile(r"\s*\([^()\n]{1,300}\)")
_MEDIUM_BEFORE = re.compile(r"\b(?:told|tells|telling|to|in|on|for)\s+$", re.IGNORECASE)  # "told the paper, “...”"
_YEAR_OF_A_WORK = re.compile(r",?\s*\((?:19|20)\d\d\)")
# What introduces words quoted even in capitals: a speech verb, a colon or comma ("said: “Help”")
_INTRODUCES_WORDS = re.compile(
    r"(?:[:,]|\b(?:said|says|told|added|asked|replied|shouted|chanted|wrote|tweeted|posted|saying|telling|called|calls|calling"
    r"|described\s+\w+\s+as|as))\s*$",
    re.IGNORECASE,
)
# Opening words of a quoted sentence, not of a name
_SENTENCE_WORDS = frozenset("i we you he she it they this that yes no not never thank please my our your we're i'm it's".split())
# Nouns that a capitalised quote before them names: the government’s ‘First Rung’ scheme
_NAMED_THINGS = frozenset(
    """programme program scheme initiative campaign policy plan project operation strategy bill act fund
    app platform slogan movement doctrine agenda package""".split()
)
_POSSESSIVE_OF_A_NAME = re.compile(r"\b[A-Z][\w.&-]*[’']s$")
_NICKNAME_BEFORE_COLON = re.compile(
    r"\b(?:a|the|its|their)\s+(?:(?:nick)?name|(?:single\s+|one\s+)?word(?!\s+of\b)|slogan|motto)\b[^.;:“”\"]{0,40}:$", re.IGNORECASE
)  # (and a word or a slogan: "the whole debate is summed up in a single word: “Kohleausstieg,”")
# languages that are no nation's demonym (see DEMONYMS), for a translation's gloss
_LANGUAGES = frozenset(
    """mandarin cantonese tamil hindi urdu bengali punjabi arabic malay tagalog swahili latin sanskrit maori māori
    gaelic yiddish hebrew zulu xhosa yoruba igbo hausa amharic creole""".split()
)
_TERM_BEFORE = re.compile(
    r"\bthe\s+(?:term|phrase|word|expression|slogan|motto|name)\b[^.;:“”\"]{0,30}\b(?:is|was)\s*$"
    # "the meaning of “navigable waters”", "under the slogan “Istanbul Renews”", "The café’s name,
    # “Rajaton”", "The paper’s title — “...” —", "model numbers beginning with “HM6”"
    r"|\b(?:meaning|definition|sense)\s+of\s*$|\b(?:slogan|motto|hashtag|banner|codename|name|title)s?(?:,|\s+[—–])?\s*$"
    r"|\b(?:beginning|starting|ending)\s+with\s*$",
    re.IGNORECASE,
)
# A short translation, a gloss of a word: "Filipino for “one more, son”", "from the Mandarin for
# “little hunter”", "the Malay term for a bribe, which translates as “coffee money”" (not a whole
# sentence translated: 'he said, which translates as “This is a good day for young people.”')
_GLOSS_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(DEMONYMS | _LANGUAGES))})\s+(?:word\s+|term\s+|phrase\s+)?for\s*$|\btranslates?\s+(?:as|to)\s*$|\bliterally\s*$",
    re.IGNORECASE,
)
_MAX_TITLE_WORDS = 15
# a role phrase opening a story's sentence, with no name: "Northern Ireland’s finance minister has warned"
_DESCRIBED_ROLE = (
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*[’']s|[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+|[A-Z][\w-]*\s+){0,3}(?P<role>(?i:minister|secretary|president|"
    r"chief|head|leader|diplomat|envoy|governor|mayor|chairman|chairwoman|director|executive|commissioner|"
    r"ambassador|coach|manager|captain|premier|chancellor|taoiseach|politician|lawmaker|senator|councillor|detective|"
    r"(?P<judicial>judge|magistrate|coroner))|Republican|Democrat|Tory|MP|"
    r"(?P<relative>mother|father|wife|husband|son|daughter|grandmother|grandfather|sister|brother)|"
    r"man|woman|tramper|hiker|climber|walker|resident|survivor|pensioner)"
    # (and what the role is of, or who: "The mother of a teenager stabbed to death in Salford has described")
    r"(?:\s+(?:of|who|from)\s+[^,.;:“”\"]{1,120}?)?\s+(?:(?:has|had|also|on\s+\w+)\s+)*"
)
_DESCRIBED_SPEAKER = re.compile(_DESCRIBED_ROLE + "$")
_TITLED_LATER_PARAGRAPHS = 5  # how far on an opening's "a senior detective" may be named by a title
_JUDICIAL_TITLE = re.compile(r"\b(?:[Jj]udge|[Jj]ustice|[Mm]agistrate|[Cc]oroner|[Rr]ecorder)\s+[A-Z]")
_SAME_RELATION = {"mother": ("mother", "mum", "mom"), "father": ("father", "dad")}  # "The mother of ..." ... "his mum, Grace Mwale"
_CHARGED = re.compile(r"(?:accused|charged|suspected|alleged|convicted)\b")
# The same, opening the sentence before its verb: "Quebec’s language minister tabled a bill"
_DESCRIBED_SPEAKER_OPENING = re.compile(_DESCRIBED_ROLE + "[a-z]")
_DATELINE = re.compile(  # "JEFFERSON CITY, Mo. (AP) — ", or its "(AP) — " after a full stop read as a sentence's end
    r"(?:[A-Z]{2,}[A-Z .'’-]*(?:,\s+[A-Z][a-z]+\.?)?\s*(?:\([A-Za-z ]+\)\s*)?|\([A-Za-z ]+\)\s*)[—–-]{1,2}\s+"
)
_DESCRIBED_SPEAKER_INSIDE = re.compile(r"(?<=\s)(?=[a-z])" + _DESCRIBED_ROLE + "[a-z]")
# A paragraph announcing a statement that the next one quotes: "released a statement from X.", "X issued a statement."
_DOCUMENT_ANNOUNCED = re.compile(
    r"\b(?:released|issued|published|posted|sent|shared|read\s+out)\s+(?:an?|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|letter|message|note|email|post)\b(?:[^.:;“”\"]*?\b(from)\s+)?"
)
_SET_OFF_MEDIUM = re.compile(r",\s+(?:in|on|via)\s+(?:a|an|his|her|their|its)\s+[a-z-]+(?:\s+[a-z-]+)?")  # ", in a statement"
_JUDGED_AS_BEFORE = re.compile(
    r"\b(?:calling|called|calls|describing|described|describes|branding|branded|labelling|labelled|labeling|labeled)\s+"
    r"(?:it|them|this|that|the\s+[\w-]+)\s+(?:as\s+)?(?:an?|the)\s*$"
    # "what she called the “slow and uncoordinated” relief effort", "what Venkataraman calls a “...”"
    r"|\bwhat\s+(?:he|she|it|they|we|(?-i:[A-Z][\w’'-]+))\s+(?:(?:has|had|have)\s+)?(?:calls|called|describes\s+as|described\s+as)\s+(?:an?|the)\s*$"
    # "in what a senior detective has described as a “reckless and cowardly” attack"
    r"|\bwhat\s+(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:(?:has|had|have)\s+)?(?:describes|described)\s+as\s+(?:an?|the)\s*$",
    re.IGNORECASE,
)
# A determiner or number right before a quote that a noun follows: the quote modifies the noun.
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:an?|the|its|their|\d[\d.,]*|hundreds?|thousands?|millions?|billions?)|\w[’']s)\s*$", re.IGNORECASE)
# What a thing or someone named is "reported", no speech: "a white Ford Transit reported stolen"
_REPORTED_AS = frozenset("stolen missing dead killed injured wounded lost safe found abandoned damaged".split())
_NOT_NOUNS = frozenset(
    """of to in and or but is was were are be been has have had will would could should can may might
    that which who as at for on by with from than then so if when where while because also not
    a an the this these those his her its their our he she it they we you i over about into after
    before against between under during since through towards toward across among upon within
    without like per until unless though although once whether despite rather instead near outside
    inside beside behind beyond along around off up down amid amongst including excluding following
    according regarding concerning plus via whose whom what how why there here now yet even just only
    still already again too very being do does did must shall""".split()
)
_MAX_NESTED_INTRO_WORDS = 6  # "I said to Gareth (Thomas, the Wales captain) 'This is touch and go.'"
# What may stand between such a verb and a short quote: "told me ‘never again’", "replied that ‘...’"
_NESTED_LINKS = frozenset("that quote me us him her them to".split())  # (and "said to them")
# Verbs that introduce a quote inside a quote ("I asked, ‘Why?’", "he replied that ‘...’").
# Someone unnamed the speaker of a quote tells of, whom "he said" inside it then means
_SOMEONE_UNNAMED_IN_A_QUOTE = re.compile(
    r"\b(?:the|a|an|this|one)\s+(?:[\w-]+\s+){0,2}(?:official|referee|umpire|officer|doctor|nurse|judge|guard|driver|man|woman|guy|"
    r"boss|teacher|policeman|policewoman|soldier|clerk|waiter|landlord|neighbou?r|stranger|lady|gentleman|bursar|receptionist|"
    r"cashier|manager|inspector|agent|secretary|principal|headteacher|headmaster|headmistress|supervisor|conductor|pharmacist)\b"
)
_ONE_OF_SOMEONES = re.compile(r"\b[Oo]ne\s+of\s+(?:his|her|their|my|our|the)\s+(?:[a-z-]+\s+)?[a-z]+s\b")  # "one of his students"
_THINKING = frozenset("think thinks thinking thought".split())  # a thought quoted inside a quote: "I remember thinking, ‘...’"
_NESTED_SPEECH_VERBS = _REPORTING_VERBS | _THINKING | frozenset(
    "ask asks asked asking wonder wondered wondering reply replied replying say saying adding".split()
)
# "said a spokeswoman for the Foreign Office", "said a statement from the White House": the body
_PUBLISHED_AFTER = re.compile(r"\s+(?:statement|report|study|survey|filing|release|letter|notice)\b")  # "said a CAS statement"
_THROUGH_BEFORE = re.compile(
    rf"\b(?:{_NAMED_SPOKES}|statement|letter|email|memo|note|report|study|survey|review|audit|analysis|assessment|inquiry|poll|member|panel"
    rf"|secretariat|leadership|management|chapter|branch|wing|{_ANALYSTS}s(?=\s))s?"  # ("analysts at X said", not one named)
    r"\s+(?:(?:published|issued|commissioned|released|carried\s+out|conducted)\s+)?(?:for|from|by|of|at)\s+(?:the\s+)?(?:[\w-]+-based\s+)?$",
    re.IGNORECASE,
)  # (and "a report published by the CQC", "the Kogi State chapter of the Christian Association of Nigeria")
# A name followed by a verb of its own is the subject of the reported clause, not the speaker
# of an inverted attribution: "has insisted Mr McConnell was speaking about adults".
_CLAUSE_AFTER_NAME = re.compile(r"\s+[“\"‘']?(?:was|were|is|are|had|has|have|would|will|could|should|did|does|do|can|may|might|must)\b")  # (or quoted: 'said Pritchett "has always ...')
_CLAUSE_END = re.compile(r"[.;:!?\n]|,(?!\s*(?:adding|saying)\b)")
# People unnamed who may do the verb after "and" in a speaker's clause: "I've had people come up and tell me"
_PEOPLE_DOING = frozenset("people they everyone everybody others folks residents fans customers voters parents kids".split())
_PEOPLE_UNNAMED = _PEOPLE_DOING - {"they"}  # the subject of what someone was made to say: "I had residents tell me"
_HAD_SOMEONE_BEFORE = re.compile(r"\b(?:had|have|has)\s+(?:a|an|one|some)\s+(?:[a-z-]+\s+){0,2}$")  # "I had a fitter say to me"
_JUDGES_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:rated|judged|graded)\b")  # as an inspectorate judges: "Ofsted rated the academy inadequate"
_AGENCY_HEADS = frozenset("agency administration authority service bureau commission inspectorate directorate".split())
_NO_AGENCY_HEADS = frozenset("association union party federation league club society alliance coalition".split())
_LATER_PARAGRAPHS = 3  # how far past the opening paragraph a description there may be named
_ENDS_A_DESCRIPTION = frozenset(  # the word after a description's noun: "A senior surgeon at", "A grieving mum has"
    "at of in on for from with by who which that whose has have had is was are were will would says said tells told and or".split()
)
_PREPOSITIONS_BEFORE_A_BODY = frozenset("at of in for from by on".split())  # "A senior surgeon at a struggling NHS trust says"
# words of a description that tell nobody apart: "A senior surgeon", "the former minister"
_NOT_DESCRIBING = frozenset("senior junior former chief deputy acting local young older elderly leading top new".split())
# a speaker kept unnamed on purpose, whom no later name may fill in
_KEPT_ANONYMOUS = re.compile(r"\b(?:anonymity|anonymous|not\s+(?:(?:want|wish)\s+)?to\s+be\s+(?:named|identified)|declin\w*\s+to\s+give)\b")
# another of the description, or someone's: "Another shopper, Jane Fox,", "The officer's lawyer, Tom Reed"
_ANOTHER_OR_SOMEONES = re.compile(r"\b(?:[Aa]nother|[Ss]econd|[Oo]ther)\b|\w[’']s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s*$")
_SENTENCE_ENDS = (". ", "? ", "! ", ".\n")
_CLAUSE_BREAKS = frozenset("but while whereas although though".split())
_MODALS = frozenset("would will could might may should shall can".split())
# Those who speak for a person, after the person's name: "a Moreno aide said", "a Moreno spokesperson"
_SOMEONES_AIDE_AFTER = re.compile(rf"[’']?s?\s+(?:aides?|{_SPOKES}|advis[eo]rs?|staffers?|allies|ally)\b")
_OBJECT_PRONOUNS = frozenset("her him them me us".split())
# Words that may follow "X said" when it closes a quote: "Trump tweeted before Election Day".
_AFTER_ATTRIBUTION = frozenset(
    "on in at before after during yesterday today tonight earlier later last this to afterwards recently".split()
)
# Words that open an adjunct after a closing attribution: "..., Gordon Brown will say as he sets out".
_WHERE_OR_WHEN = frozenset("during at in on after before outside inside".split())
_MAX_SETTING_WORDS = 10
_ADJUNCT_OPENERS = (_AFTER_ATTRIBUTION - {"to"}) | frozenset("as when while ahead following amid".split())
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|explained|argued|insisted|warned|noted|wrote)\s+$")
# A person asked a question ("asked Van Oosten on Tuesday, “Will you ...?”", "pressed her about",
# "asked X whether", "“...?” a reporter asked Blackwood."), who answers next; not "asked X to resign", a request
_ASKED_BEFORE = re.compile(r"\b(?:asked|asks|questioned|pressed)\s+$")
_ASKED_WHAT = re.compile(
    r"(?:\s+(?:on|at|in|during|after|later|again)(?:\s+[\w-]+){0,3}?)?(?:,?\s+(?:whether|if|about|what|why|how|when|where|who|which)\b|,?\s*[“\"]|\.)"
)


_MarkFinder = Callable[[str, int, int], list[tuple[int, bool, int]]]  # (position, opens, width) of quote marks


def _kin_word(found: re.Match[str]) -> str:
    """The relative a match of `_MY_KIN` speaks of: "mother" of "my mother", "dad" of "Dad"."""
    return (found.group(1) or found.group(2)).lower()


@dataclass(slots=True)
class _Span:
    """A quoted span as found: inner offsets, and whether its closing mark was missing."""

    start: int
    end: int
    open_mark: int
    close_mark: int  # just after the closing mark; for an unclosed quote, where it was taken to end
    paragraph: int
    continues_previous: bool = False  # a quote reopened at the start of the next paragraph
    closed: bool = True  # False: no closing mark before the next opening one or the paragraph end


def _first_subject_pronoun(words: list[re.Match[str]]) -> re.Match[str] | None:
    """The first "he" or "she" (or "he'd", "she's") among words, when no noun before it can be the
    clause's subject (no article or possessive, no capital but the first word: not "The officer
    saw he was frightened and said") and no capital comes after it."""
    found = next((word for word in words if _CONTRACTED_PRONOUN.sub("", word.group()).lower() in ("he", "she")), None)
    if found is None or any(word.group()[0].isupper() for word in words if word.start() > found.start()):
        return None
    before = [word.group() for word in words if word.start() < found.start()]
    if any(word.lower() in _DETERMINERS or (k and word[0].isupper()) for k, word in enumerate(before)):
        return None
    return found


@dataclass(slots=True)
class _Event:
    """Someone the article shows speaking, at an offset: antecedents for "he said"."""

    offset: int
    paragraph: int
    entity: Entity | None  # None: someone the article does not name ("a spokesman said")
    spokesperson: bool = False  # an organisation speaking through someone: "he" may mean it
    gender: str | None = None  # of an unnamed speaker, when the article says: "spokeswoman"
    reach: int = 1  # of an unnamed speaker: the paragraphs after its own where "he" may mean it
    asks: bool = False  # an unnamed reporter asking: someone else answers, so no "he" means them
    asked: bool = False  # someone asked ("pressed Harwell on why"), who answers next but asks no question


def extract_quotes(
    text: str,
    paragraphs: list[Paragraph],
    sentences: list[Sentence],
    entities: list[Entity],
    indirect: bool = False,
) -> list[Quote]:
    """Quoted spans with their kinds and speakers; with `indirect`, reported speech without
    quote marks too ("She noted that ...", "According to X, ...")."""
    spans = _find_spans(text, paragraphs, [s.end for s in sentences])
    attributor = _Attributor(text, paragraphs, sentences, entities, spans)
    quotes = attributor.run()
    added = attributor.nested_quotes(quotes)
    if indirect:
        added += attributor.reported_speech()
    if not added:
        return quotes
    quotes = sorted(quotes + added, key=lambda q: q.start)
    numbers: dict[tuple[str, int], int] = {}  # utterances renumbered in article order
    for quote in quotes:
        key = ("quoted", quote.utterance) if quote.utterance else ("own", quote.start)
        quote.utterance = numbers.setdefault(key, len(numbers) + 1)
    return quotes


def _find_spans(text: str, paragraphs: list[Paragraph], sentence_ends: list[int]) -> list[_Span]:
    spans: list[_Span] = []
    open_ended = False
    in_single_marks = _quotes_in_single_marks(text)
    for index, paragraph in enumerate(paragraphs):
        if in_single_marks:  # and "double" ones inside them: 'As she put it, "Close the door."'
            found = _spans_in_paragraph(text, paragraph, index, sentence_ends, _single_marks)
            found = sorted(found + _spans_in_paragraph(text, paragraph, index, sentence_ends, _double_marks), key=lambda s: s.open_mark)
        else:
            found = _with_single_quotes(text, paragraph, index, _spans_in_paragraph(text, paragraph, index, sentence_ends, _double_marks))
        if found and open_ended and found[0].open_mark == paragraph.start:
            found[0].continues_previous = True
        open_ended = bool(found) and not found[-1].closed and found[-1].close_mark == paragraph.end
        spans.extend(found)
    return spans


def _spans_in_paragraph(
    text: str, paragraph: Paragraph, index: int, sentence_ends: list[int], marks: _MarkFinder
) -> list[_Span]:
    """The spans between the marks `marks` finds (double ones, or single ones in an article
    quoting in single marks), each mark read as opening or closing from the characters around it.
    An opening mark inside an open quote starts a new quote that continues it: a multi-paragraph
    quote whose paragraphs were run together."""
    spans: list[_Span] = []
    open_at: int | None = None
    unclosed = False
    open_width = 1
    for position, opening, width in marks(text, paragraph.start, paragraph.end):
        if width == 2 and not opening and open_at is not None and text[position] == "'" and open_width != 2:
            continue  # '' closes only a quote that '' opened
        if opening:
            if open_at is not None:
                fragment_end = _fragment_end(text, open_at, position, sentence_ends)
                if fragment_end is not None:  # a fragment left open ends with its sentence
                    _add_span(spans, text, open_at, open_width, fragment_end, fragment_end, index, unclosed)
                    open_at = None
                else:  # the open quote ends here, unclosed, and this one continues it
                    _add_span(spans, text, open_at, open_width, position, position, index, unclosed)
            unclosed = open_at is not None
            open_at, open_width = position, width
        elif open_at is not None:
            _add_span(spans, text, open_at, open_width, position, position + width, index, unclosed)
            open_at, unclosed = None, False
    if open_at is not None:
        end = _fragment_end(text, open_at, paragraph.end, sentence_ends) or paragraph.end
        _add_span(spans, text, open_at, open_width, end, end, index, unclosed)
    return spans


def _fragment_end(text: str, open_mark: int, limit: int, sentence_ends: list[int]) -> int | None:
    """Where a fragment opened inside a sentence and never closed ends ('lists were "only 10% of
    the agenda. Dr Gibbons said'): at the end of its sentence, before its full stop, when that
    comes before `limit` (the next mark or the paragraph's end). A quote that opens with a capital
    ('Anna Berg said "We will win. Then ...') may run on for sentences: None."""
    before = text[max(0, open_mark - 2) : open_mark]
    if not before[-1:].isspace() or not before[:1].islower() or not text[open_mark + 1 : open_mark + 2].islower():
        return None
    index = bisect_right(sentence_ends, open_mark + 1)
    if index == len(sentence_ends) or sentence_ends[index] >= limit:
        return None
    end = sentence_ends[index]
    while end > open_mark and text[end - 1] in " .!?":
        end -= 1
    return end


def _add_span(
    spans: list[_Span], text: str, open_mark: int, width: int, inner_end: int, close_mark: int, index: int, continues: bool
) -> None:
    start, end = _trim(text, open_mark + width, inner_end)
    if end > start and any(c.isalnum() for c in text[start:end]):
        spans.append(_Span(start, end, open_mark, close_mark, index, continues_previous=continues, closed=close_mark > inner_end))


def _opens_here(text: str, position: int, start: int) -> bool:
    """Whether a straight mark at `position` stands where a quote opens: at the start of
    text[start:], after a space, or after an opening bracket, dash or slash."""
    return position == start or text[position - 1].isspace() or text[position - 1] in "([{—–-/"


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, bool, int]]:
    """Positions of double quote marks with whether each opens, and their width: curly marks (and
    two curly single marks standing for one) say so themselves, a straight one (or two apostrophes
    standing for one: ''A,'' he said) opens after a space (or at the start) when a word follows it."""
    marks = []
    found = list(_DOUBLE_MARK.finditer(text, start, end))
    if _DOUBLED_SINGLE_MARK.search(text, start, end):  # rare: looked for again only then
        found = sorted(found + list(_DOUBLED_SINGLE_MARK.finditer(text, start, end)), key=lambda m: m.start())
    for match in found:
        position, mark = match.start(), match.group()
        if len(mark) == 2 and position > start and text[position - 1].isdigit():
            continue  # inches: a 12'' pizza
        if mark == "‘‘" or mark == "’’":
            marks.append((position, mark == "‘‘", 2))
        elif mark in ('"', "''"):
            after = match.end()
            before_word = after < end and not text[after].isspace()
            marks.append((position, _opens_here(text, position, start) and before_word, len(mark)))
        else:
            marks.append((position, mark in "“„«", 1))
    return marks


def _quotes_in_single_marks(text: str) -> bool:
    """Whether the article quotes in straight single marks ('We will win,' she said), as some
    papers do: marks that open before a capital and one that closes after a sentence's
    punctuation, more of them than double marks (which then quote inside the quotes)."""
    openings = len(_SINGLE_OPENING.findall(text))
    return openings > 0 and openings > len(_DOUBLE_MARK.findall(text)) and bool(_SINGLE_CLOSING.search(text))


def _single_marks(text: str, start: int, end: int) -> list[tuple[int, bool, int]]:
    """The straight single marks of text[start:end] that open or close a quote, as _double_marks
    gives double ones. One opens at the start of a word before a letter (not the '60s); one
    closes after a word, before no letter or digit (not It's, O'Brien). A close after a bare word
    and before a space may be a plural's apostrophe ("the players' union"): it closes only when
    no close after punctuation follows before the next opening."""
    marks: list[tuple[int, bool, int]] = []
    for match in _STRAIGHT_SINGLE.finditer(text, start, end):
        position = match.start()
        before = text[position - 1] if position > start else " "
        after = text[position + 1] if position + 1 < end else " "
        if _opens_here(text, position, start) and after.isalpha():
            marks.append((position, True, 1))
        elif not before.isspace() and not after.isalnum():
            marks.append((position, False, 1))
    single_letters = {m[0] for i, m in enumerate(marks[:-1]) if m[1] and not marks[i + 1][1] and marks[i + 1][0] == m[0] + 2}
    marks = [m for m in marks if m[0] not in single_letters and m[0] - 2 not in single_letters]  # rock 'n' roll
    kept: list[tuple[int, bool, int]] = []
    for number, (position, opening, width) in enumerate(marks):
        weak = not opening and text[position - 1].isalnum() and (position + 1 >= end or text[position + 1].isspace())
        if weak:
            following = next((m for m in marks[number + 1 :] if m[1] or text[m[0] - 1] in ",.!?;:…"), None)
            if following is not None and not following[1]:
                continue  # a plural's apostrophe: the quote closes after punctuation further on
        kept.append((position, opening, width))
    return kept


def _with_single_quotes(text: str, paragraph: Paragraph, index: int, doubles: list[_Span]) -> list[_Span]:
    """Add ‘single-quoted’ spans that lie outside the double-quoted ones; a closing ’ is not
    followed by a letter (so "doesn’t" and "players’" are apostrophes, not marks)."""
    found = list(doubles)
    position = paragraph.start
    while (opening := text.find("‘", position, paragraph.end)) >= 0:
        closing = _single_close(text, opening, paragraph.end)
        inside_double = any(s.open_mark <= opening < s.close_mark for s in doubles)
        at_word_start = opening == 0 or not text[opening - 1].isalnum()
        if closing > 0 and at_word_start and not inside_double:
            _add_span(found, text, opening, 1, closing, closing + 1, index, False)
            position = closing + 1
        elif (
            closing < 0 and at_word_start and not inside_double and text[opening + 1 : opening + 2].isupper()
            and text.find("‘", opening + 1, paragraph.end) < 0  # (not ‘The Medium is the Message ‘, mistyped)
        ):
            # a quote of sentences left open at the paragraph's end: it runs on into the next
            _add_span(found, text, opening, 1, paragraph.end, paragraph.end, index, False)
            break
        else:
            position = opening + 1
    found.extend(_straight_single_quotes(text, paragraph, index, doubles))
    return sorted(found, key=lambda s: s.open_mark)


def _single_close(text: str, opening: int, end: int) -> int:
    """The ’ that closes the ‘ at `opening` (-1 if none): the first not followed by a letter, but
    a plural's apostrophe before a lower-case word ("‘I understand islanders’ frustration. ...’")
    gives way to a close after punctuation further on, before the next ‘."""
    closing = _next_single_close(text, opening, end)
    while closing > 0 and text[closing - 1] == "s" and _LOWER_WORD_NEXT.match(text, closing + 1):
        later = _next_single_close(text, closing, min(end, _find_or(text, "‘", closing, end)))
        if later < 0 or text[later - 1] not in ".,!?;:…":
            break
        closing = later
    return closing


def _next_single_close(text: str, start: int, end: int) -> int:
    """The next ’ after `start` that can close a quote: not one inside a word ("doesn’t") nor one
    opening a year cut short ("there in ’97")."""
    closing = start
    while True:
        closing = text.find("’", closing + 1, end)
        if closing < 0 or closing + 1 >= end:
            return closing
        follower = text[closing + 1]
        if not follower.isalpha() and not (follower.isdigit() and text[closing - 1].isspace()):
            return closing


def _find_or(text: str, mark: str, start: int, end: int) -> int:
    """Where `mark` is next found in text[start:end], else `end`."""
    found = text.find(mark, start, end)
    return end if found < 0 else found


def _straight_single_quotes(text: str, paragraph: Paragraph, index: int, doubles: list[_Span]) -> list[_Span]:
    """'Straight single' quotes beside "double" ones, as British tabloids mark partial quotes
    (was left 'shaking like a leaf' by): a mark opens at the start of a word before a letter and
    closes after a non-space before no letter or digit (not "'em", "It's", "the '60s")."""
    found: list[_Span] = []
    position = paragraph.start
    while (opening := text.find("'", position, paragraph.end)) >= 0:
        position = opening + 1
        if not (_opens_here(text, opening, paragraph.start) and text[opening + 1 : opening + 2].isalpha()):
            continue  # (most straight marks: apostrophes)
        if any(s.open_mark <= opening < s.close_mark for s in doubles):
            continue  # 'inside' "double" marks: a quote in the quote, found with it
        closing = opening
        while (closing := text.find("'", closing + 1, paragraph.end)) >= 0:
            if not text[closing - 1].isspace() and not text[closing + 1 : closing + 2].isalnum():
                break
        if closing < 0 or closing - opening < 4 or any(opening < s.open_mark < closing for s in doubles):
            continue  # (rock 'n' roll)
        _add_span(found, text, opening, 1, closing, closing + 1, index, False)
        position = closing + 1
    return found


def _single_quoted(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Spans in single marks within text[start:end] (a quote's words): (start, end, opening
    mark). A mark opens at the start of a word, before a letter; it closes after a non-space,
    before no letter ("‘I want more.’", 'not "wasn't", "players' union" or "the '60s"')."""
    found = []
    position = start
    while True:
        opening = min((i for i in (text.find("‘", position, end), text.find("'", position, end)) if i >= 0), default=-1)
        if opening < 0:
            return found
        position = opening + 1
        closing_mark = "’" if text[opening] == "‘" else "'"
        at_word_start = opening == start or not (text[opening - 1].isalnum() or text[opening - 1] in "’'")
        if not at_word_start or opening + 1 >= end or not text[opening + 1].isalpha():
            continue  # a mark before a digit elides: the '60s
        closing = opening
        while (closing := text.find(closing_mark, closing + 1, end)) >= 0:
            after = text[closing + 1 : closing + 2]
            if not text[closing - 1].isspace() and not after.isalpha():
                break
        if closing < 0:
            continue
        inner_start, inner_end = _trim(text, opening + 1, closing)
        if inner_end - inner_start > 1 and any(c.isalpha() for c in text[inner_start:inner_end]):  # not rock 'n' roll
            found.append((inner_start, inner_end, opening))
            position = closing + 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _may_name(text: str) -> bool:
    """Whether `text` holds a word of _NAMING at all: a quick test before the regexes, which
    would try every offset of it."""
    lowered = text.lower()
    return any(stem in lowered for stem in _NAMING_STEMS)


def _is_agent_noun(token: str) -> bool:
    """Whether a word names someone by what they do or are: "novelist", "resident"."""
    if token in _PEOPLE_NOUNS:
        return True
    return len(token) > 5 and token.endswith(_AGENT_NOUN_ENDINGS) and token.isalpha() and token.islower() and token not in _NOT_AGENTS


@cache
def _publication_by(noun: str) -> re.Pattern[str]:
    """"report by (the) X", X right after the match (the noun first: the regex skips to it)."""
    return re.compile(rf"{noun}\s+(?:by|from|of)\s+(?:the\s+)?(?=[A-Z])")


@cache
def _publication_of(noun: str) -> re.Pattern[str]:
    """"X's (survey) report", X right before the match."""
    return re.compile(rf"[’']s\s+(?:[\w-]+\s+)?{noun}\b")


@cache
def _publication_its(noun: str) -> re.Pattern[str]:
    """"In its final report, (the) X", X right after the match."""
    return re.compile(rf"\b[Ii]n\s+its\s+(?:[\w-]+\s+){{0,2}}{noun},\s+(?:the\s+)?(?=[A-Z])")


@cache
def _document_introduced(document: str) -> re.Pattern[str]:
    """"a statement", "his letter", "a brief written note": where a document is introduced."""
    return re.compile(rf"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){{0,2}}?{document}\b")  # (opening a sentence too)


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of `pattern` in text[start:end], if any."""
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


def _asking_before_whether(text: str, words: list[tuple[int, int, str]], verb_index: int) -> int | None:
    """The index of "asked" (or "asking", "wondered") right before a "whether" or "if" clause
    that holds the speech verb at `verb_index` with no comma between: a question about what
    someone would say ("asking whether the minister agreed that “...”"; not "Asked whether
    taxes would rise, she replied:")."""
    for index in range(verb_index - 1, max(0, verb_index - _MAX_QUESTION_WORDS) - 1, -1):
        if words[index][2].lower() in ("whether", "if"):
            if "," in text[words[index][1] : words[verb_index][0]]:
                return None
            return next((k for k in range(index - 1, max(-1, index - 4), -1) if words[k][2].lower() in _ASKING_WHETHER), None)
    return None


def _title_nouns(person: Entity) -> set[str]:
    """The words of a person's role with what its abbreviations stand for: "Det Insp" gives
    "det", "detective", "insp" and "inspector"."""
    words = {word.strip(".,").lower() for word in (person.role or "").split()}
    return words | {TITLE_NOUNS[word] for word in words if word in TITLE_NOUNS}


def _the_only(found: dict[int, Entity]) -> Entity | None:
    """The one entity found, by id, when exactly one was: nobody when none or several."""
    return next(iter(found.values())) if len(found) == 1 else None


def _first_two_words(text: str, offset: int) -> list[str]:
    """The first two words (or one, or none) within 30 characters from `offset`."""
    match = _TWO_WORDS.match(text, offset, offset + 30)
    return [word for word in match.groups() if word] if match else []


def _described(match: re.Match[str]) -> str:
    """The noun describing someone unnamed that a pattern of them matched: "waiter" of "A waiter
    at a café, who ..., said" (the first group that matched)."""
    return next(group for group in match.groups() if group is not None)


def _an_adverb_after_a_pronoun(words: list[re.Match[str]], index: int) -> bool:
    """Whether word `index` is an adverb in -ly right after a subject pronoun: "I genuinely
    thought" (not "my family said")."""
    word = words[index].group()
    return index > 0 and word.endswith("ly") and word.islower() and words[index - 1].group().lower() in _CLAUSE_SUBJECT_PRONOUNS


def _echoed(words: str, outer: Quote, quotes: list[Quote]) -> int | None:
    """The speaker of an earlier quote that holds `words` (two words or more), which a quote
    inside a later one echoes: "The safety of our staff is our highest priority," the company
    said ... “Every time, it's ‘our highest priority’,” said a resident; or of the same words
    quoted as someone's before: X asked whether management had been “too slow” ... “I’d push
    back a little on ‘too slow,’” the chief executive replied."""
    echo = words.strip(" ,.;:!?").casefold()
    if len(echo.split()) < 2:
        return None
    return next(
        (quote.speaker_id for quote in reversed(quotes)
         if quote.end <= outer.start and quote.speaker_id is not None and quote.speaker_id != outer.speaker_id and (
             # (a fragment of a longer utterance, not the same fragment, which may be a term)
             (quote.kind == "direct" and len(quote.text) > 2 * len(echo) and echo in quote.text.casefold())
             or (quote.kind == "partial" and quote.text.strip(" ,.;:!?").casefold() == echo)
         )),
        None,
    )


def _looks_like_an_adjective(word: str) -> bool:
    return word.endswith(_ADJECTIVE_ENDINGS) or word in _PLAIN_ADJECTIVES or (len(word) >= 7 and word.endswith(_LONG_ADJECTIVE_ENDINGS))


def _is_a_proper_name(quoted: str) -> bool:
    """Words in title case, as a name is written ("Operation Safe Routes", "Catch Up and Protect"),
    with no sentence inside."""
    words = quoted.strip(" ,.").split()
    return (
        0 < len(words) <= 6 and not any(mark in quoted.strip(" ,.") for mark in ".!?;:")
        and all(word[:1].isupper() for word in words if len(word) > 3 or word is words[0])
    )


def _reports(words: list[str], after_gap: bool) -> bool:
    """Whether the words after a name show it speaking: a reporting verb ("said", "denies") or
    a particle verb ("went on"). Right after a name, "report" is a noun ("the Tomlinson report");
    after an appositive, a verb ("X and Y, two economists, note that")."""
    if not words:
        return False
    first = words[0].lower()
    if first == "reported" and words[1:2] and words[1].lower() in _REPORTED_AS:
        return False  # "a white Ford Transit reported stolen": a state, nobody speaking
    if first in _SPEECH_ONLY_ALONE and words[1:2] and words[1] in _AFTER_CONTINUE:
        return False  # "Tay had continued to take on new clients": no speech
    if first in _REPORTING_VERBS:
        return after_gap or first not in NOUN_LIKE_SPEECH_VERBS
    return first in SPEECH_PARTICLES and words[1:2] == [SPEECH_PARTICLES[first]]


class _Attributor:
    """Walks the quotes in order, keeping who spoke last for pronouns and continuations."""

    def __init__(
        self,
        text: str,
        paragraphs: list[Paragraph],
        sentences: list[Sentence],
        entities: list[Entity],
        spans: list[_Span],
    ) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.paragraph_starts = [p.start for p in paragraphs]
        self.verbs_before: dict[int, tuple[list[tuple[int, int, str]], int] | None] = {}  # by opening mark
        self.closing_speakers: dict[int, Entity | None] = {}  # by opening mark
        self.words_after: dict[int, list[tuple[int, int, str]]] = {}  # by opening mark
        self.spans = spans
        self.entities = entities
        self.roles: list[tuple[int, set[str]]] | None = None  # see _given_roles
        self.enclosed: list[tuple[_Span, Quote]] = []  # “double” quotes inside a ‘single’ one, for nested_quotes
        self.quote_opens = [s.open_mark for s in spans]
        self.closed_by = list(accumulate((s.close_mark for s in spans), max))  # the last close mark up to each quote
        # people and organisations; and a name of no sure type that has a spokesperson ("a
        # Juventus official said"), which makes it a body that speaks
        self.mentions = sorted(
            (m.start, m.end, e)
            for e in entities
            for m in e.mentions
            if e.type in ("person", "organization") or (e.type == "other" and _SPOKESPERSON_AFTER.match(text, m.end))
        )
        self.mention_starts = [m[0] for m in self.mentions]
        self.persons = [(m.start, e) for e in entities if e.type == "person" for m in e.mentions]
        self.persons.sort(key=lambda item: item[0])
        self.subjects = self._subjects()
        self.events = sorted(self._speech_events() + self._unnamed_speakers(), key=lambda event: event.offset)
        counts: dict[str, int] = {}
        self.first_quoted: dict[str, int] = {}  # where each wording is first quoted
        for span in spans:
            key = text[span.start : span.end].strip(" ,.").casefold()
            counts[key] = counts.get(key, 0) + 1
            self.first_quoted.setdefault(key, span.start)
        self.repeated_terms = {k for k, n in counts.items() if n > 1 and len(k.split()) <= _MAX_SCARE_WORDS}

    def run(self) -> list[Quote]:
        quotes: list[Quote] = []
        utterance = 0
        previous: Quote | None = None
        for position, span in enumerate(self.spans):
            if quotes and quotes[-1].start < span.start and span.end <= quotes[-1].end:
                self.enclosed.append((span, quotes[-1]))  # ‘He used to say, “Never trust ...”’
                continue
            kind, joins_previous = self._kind(span, previous)
            speaker: Entity | None = None
            if span.continues_previous and previous is not None and previous.speaker_id is not None:
                own = self._speaker_after(self._words_after(span))
                if own is not None and own[0] is not None and own[0].id != previous.speaker_id:
                    joins_previous = False  # the earlier quote was left unclosed: this one is another's
            if kind == "scare":
                joins_previous = False
            elif joins_previous and previous is not None:
                speaker = self._entity(previous.speaker_id)
                if speaker is None:  # “A, ... / “B,” said X: the last part names the speaker of all
                    speaker, _attributed = self._attribute(span, kind)
                    for earlier in quotes:
                        if earlier.utterance == utterance and speaker is not None:
                            earlier.speaker_id = speaker.id
            else:
                speaker, attributed = self._attribute(span, kind)
                if speaker is not None and speaker.type == "organization" and (
                    self._from_an_anonymous_source(span) or self._through_a_source(span.open_mark, speaker)
                ):
                    speaker = None  # "An Interior Ministry official, speaking on condition of anonymity, said": not the ministry's word
                if speaker is not None and speaker.type == "organization" and (client := self._on_behalf_of(span)) is not None:
                    speaker = client  # "A statement issued on her behalf by her solicitors, Lam & Partners, said she was “...”": hers
                if speaker is not None and self._gives_no_name_after(span):
                    speaker = None  # "“...,” she said, declining to give her name."
                if not attributed and kind == "direct":
                    speaker, attributed = self._attribute_run_after(position)
                if speaker is None and span.paragraph == 0 and kind != "scare":
                    speaker = self._description_named_later(span)
                    attributed = attributed or speaker is not None
                if attributed and speaker is None and kind == "direct" and not self._is_question(span):
                    # someone unnamed speaks, and "he said" after it is nobody's; but an unnamed
                    # reporter's question is answered by someone else ("A little," she said)
                    self._add_event(_Event(span.open_mark, span.paragraph, None))
                if not attributed and kind == "direct":
                    speaker, attributed = self._asked_right_before(span)
                if not attributed and kind == "direct":
                    speaker, attributed = self._taking_a_stance_before(span)
                if not attributed and kind == "direct":
                    speaker, attributed = self._person_introduced_right_before(span)
                if not attributed and kind == "direct":
                    speaker = self._turn_in_an_exchange(span, quotes) or self._latest_speaker(span, previous)
            if not joins_previous or previous is None:
                utterance += 1
            quote = Quote(
                start=span.start,
                end=span.end,
                text=self.text[span.start : span.end],
                kind=kind,
                speaker_id=speaker.id if speaker else None,
                utterance=utterance,
            )
            if speaker is not None:
                sentence = self.sentences[max(0, self._sentence_index(span.open_mark))]
                through = speaker.type != "person" and (
                    _SPOKESPERSON.search(self.text, sentence.start, sentence.end) is not None
                    or any(  # "said a Juventus official"; not "in an official statement"
                        sentence.start <= m.start < sentence.end and _SPOKESPERSON_AFTER.match(self.text, m.end)
                        for m in speaker.mentions
                    )
                )
                self._add_event(_Event(span.open_mark, span.paragraph, speaker, spokesperson=bool(through)))
            quotes.append(quote)
            if kind != "scare":
                previous = quote
        return quotes

    def reported_speech(self) -> list[Quote]:
        """Reported clauses of sentences without quote marks: "X said (that) CLAUSE", "According
        to X, CLAUSE", "CLAUSE, X said." The span is the clause, the speaker the verb's subject."""
        found = []
        for sentence in self.sentences:
            if any(sentence.start <= s.open_mark < sentence.end for s in self.spans):
                continue
            reported = self._reported_clause(sentence)
            if reported is not None:
                start, end, speaker = reported
                found.append(Quote(start, end, self.text[start:end], "indirect", speaker.id if speaker else None, 0))
        return found

    def nested_quotes(self, quotes: list[Quote]) -> list[Quote]:
        """Quotes inside quotes, in single marks: “And I said, ‘I want more.’ They said, ‘The
        farmers can’t handle it.’” A speech verb just before one makes it direct (or partial, after
        "that"), its speaker the verb's subject: "I" or "we" the outer quote's speaker, a name
        its entity, anyone else nobody; without a verb it is a scare quote ("the ‘bribery’
        narrative"). Each gets an utterance of its own (0 here: numbered by the caller)."""
        inner = [
            (start, end, open_mark, outer)
            for outer in quotes
            if outer.kind != "scare"
            for start, end, open_mark in _single_quoted(self.text, outer.start, outer.end)
        ]
        # and the same in double marks inside a quote in single ones
        inner += [(span.start, span.end, span.open_mark, outer) for span, outer in self.enclosed]
        nested = []
        for start, end, open_mark, outer in inner:
            kind, speaker = self._nested_speaker(outer, open_mark, end - start)
            if kind == "scare" and (attributed := self._nested_speaker_after(outer, end)) is not None:
                kind, speaker = "direct", attributed[0]
            elif kind == "scare" and open_mark == outer.start and not self.text[end + 1 : outer.end].strip(" ,."):
                kind = "direct"  # the whole quote someone reads out: “‘We are working six-day weeks ...,’” Whitcomb read.
            if kind != "direct" and speaker is None and (echoed := _echoed(self.text[start:end], outer, quotes)) is not None:
                kind, speaker = "partial", echoed  # “They say ‘around the clock’, but ...”: the words the utility was quoted saying
            if speaker is not None and speaker == outer.speaker_id and _SAID_TO_ME.search(self.text, max(outer.start, open_mark - 30), open_mark):
                speaker = None  # “I’ve had people come up and tell me, ‘Jenny, I’m all for it’”: said to Jenny Pike, not by her
            nested.append(Quote(start, end, self.text[start:end], kind, speaker, 0))
        return nested

    def _summed_up_by(self, start: int) -> Entity | None:
        """Who the words from `start` name after a quote and "That’s how" (or "Those were the words
        of"): "“...” That’s how Henrik Dahl, the Commission official leading the negotiations, summed
        up the standoff" is his; nobody named after "That is how a former employee ... described it"."""
        words = self._words(start, self._sentence_end(start))[:_MAX_SUBJECT_WORDS]
        named = self._candidates(words)
        unnamed = bool(words) and words[0][2].lower() in ("a", "an", "one", "another", "some")
        return named[0][2] if named and not unnamed else None

    def _of_a_writing(self, span: _Span) -> bool:
        """Whether the quote's sentence or the one before speaks of something someone wrote ("One
        post, accompanied by an image of a lit candle, read:"), not of a banner or a sign."""
        sentence = self._sentence_index(span.open_mark)
        start = self.sentences[max(0, sentence - 1)].start
        return any(word.lower() in _WRITINGS for word in _WORD.findall(self.text, start, span.open_mark))

    def _nested_speaker_after(self, outer: Quote, end: int) -> tuple[int | None] | None:
        """The speaker id of a speech verb right after a quote inside a quote (“‘Hello,’ I said,”
        Ann recalled), in a tuple; None without such a verb."""
        words = list(_WORD.finditer(self.text, end, outer.end))[:2]
        if len(words) < 2 or any(c.isalpha() for c in self.text[end : words[0].start()]):
            return None
        first, second = (w.group().lower() for w in words)
        if second in _NESTED_SPEECH_VERBS and first not in _NESTED_SPEECH_VERBS:
            return (self._nested_subject(outer, words[:1]),)  # ‘...,’ I said
        if first in _NESTED_SPEECH_VERBS:
            return (self._nested_subject(outer, words[1:]),)  # ‘...,’ said Tom
        return None

    def _nested_speaker(self, outer: Quote, open_mark: int, length: int) -> tuple[str, int | None]:
        """The kind and speaker id of a quote opening at `open_mark` inside `outer`."""
        text = self.text
        clause_start = max(outer.start, *(text.rfind(mark, outer.start, open_mark) + 1 for mark in ".!?;"))
        words = list(_WORD.finditer(text, clause_start, open_mark))
        for back in range(1, min(len(words), _MAX_NESTED_INTRO_WORDS + 1) + 1):
            index = len(words) - back
            verb = words[index].group().lower()
            if verb not in _NESTED_SPEECH_VERBS or verb in NOUN_LIKE_SPEECH_VERBS:
                continue
            between = {w.group().lower() for w in words[index + 1 :]}
            if not between <= _NESTED_LINKS and len(text[open_mark : open_mark + length + 1].split()) <= _MAX_SCARE_WORDS:
                break  # "what he has said amounts to ‘bribery’": a term, not the words said
            introduced = text[clause_start:open_mark].rstrip().endswith((":", ","))  # "they wonder: 'why ...?'"
            if verb in _THINKING and not introduced:
                continue  # "I thought ‘Glass House’ was too weird": a title thought of, no thought quoted
            fragment = "that" in between or (text[open_mark + 1 : open_mark + 2].islower() and not introduced)
            return ("partial" if fragment else "direct"), self._nested_subject(outer, words[:index])
        return "scare", None

    def _opens_clause_bare(self, words: list[re.Match[str]], k: int) -> bool:
        """Whether word `k` opens its clause with no article or possessive, as a name does: "coach
        told me", "At 35 kilometers, skipper said"."""
        return k == 0 or "," in self.text[words[k - 1].end() : words[k].start()]

    @staticmethod
    def _kin_does(words: list[re.Match[str]], kin: str) -> bool:
        """Whether "my `kin`" is the subject of the clause that `words` end with "and": nobody else,
        no pronoun, between them ("my producer turned to me and"), nor a pronoun before it, whose
        object the relative is ("I rang Mum and said")."""
        at = max(k for k, w in enumerate(words) if w.group().lower() == kin)
        return not any(w.group()[0].isupper() or w.group().lower() in _CLAUSE_SUBJECT_PRONOUNS - {"i"} for w in words[at + 1 : -1]) and not any(
            w.group().lower() in _CLAUSE_SUBJECT_PRONOUNS for w in words[:at]
        )

    def _named_as_kin(self, outer: Quote, noun: str) -> int | None:
        """The person named as the quote's speaker's `noun` ("Wierzbicka’s grandmother, Wanda
        Wierzbicka", "his late amateur coach Paddy Brennan", "Producer Fergal Doyle", "That coach,
        Marcos Tavares"), if exactly one: before the quote, else in the rest of its paragraph or the
        next ("My guru always says, ‘...’” ¶ Her guru, veteran vocalist K.R. Srinivasan, ...")."""
        nouns = "|".join({noun, _SAID_FOR.get(noun, noun)})  # "my dad" is "his late father, Emeka Okonkwo"
        before_name = re.compile(
            rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]hat|[A-Z][\w-]*[’']s)\s+(?:[a-z-]+\s+){{0,3}}(?:{nouns})\s*,?\s+(?:[a-z-]+\s+){{0,2}}|\b(?i:{nouns})\s+"
            rf"|\b[Tt]he\s+(?:{nouns})(?:\s+in\s+question)?,\s+)$"  # "The producer in question, Jang Min-ho"
        )
        paragraph = self._paragraph_of(outer.start)
        since = self.paragraphs[max(0, paragraph - 3)].start
        until = self.paragraphs[min(len(self.paragraphs) - 1, paragraph + 3)].end
        for first, last in ((since, outer.start), (outer.end, until)):
            named = {
                entity.id for start, entity in self.persons
                if first <= start < last and entity.id != outer.speaker_id and before_name.search(self.text, max(0, start - 60), start)
            }
            if named:
                return named.pop() if len(named) == 1 else None
        return self._kin_by_surname(outer, noun)

    def _kin_by_surname(self, outer: Quote, noun: str) -> int | None:
        """The one other person of the relative's gender who bears the speaker's surname, for a
        relative the article never named as such: Aroha Tautahi's “Mum kept saying, ‘...’” is
        Mere Tautahi's words (not an uncle or an aunt, who may bear another)."""
        speaker = self._entity(outer.speaker_id)
        if noun not in _PARENTS_AND_SIBLINGS or speaker is None or speaker.type != "person" or " " not in speaker.name:
            return None
        kin = self._other_bearer_of_the_surname(speaker, _KIN_GENDERS[noun])
        return kin.id if kin is not None else None

    def _other_bearer_of_the_surname(self, person: Entity, gender: str, before: int | None = None) -> Entity | None:
        """The one other person of `gender`, named in full (`before` an offset, if given), who bears
        the last word of the name of `person`: a relative the article did not name as such."""
        surname = person.name.rsplit(None, 1)[-1]
        bearers = {
            entity.id: entity for start, entity in self.persons
            if entity is not person and entity.gender == gender and " " in entity.name and entity.name.rsplit(None, 1)[-1] == surname
            and (before is None or start < before)
        }
        return _the_only(bearers)

    def _clause_opening_person(self, words: list[re.Match[str]]) -> Entity | None:
        """The person named at the start of a clause, after at most a few words of time, with no
        other capital after the name: "Sam came up to me and", "Only last year Mark Pendry stood at
        the dispatch box and"."""
        for match in words[:_MAX_INTRO_WORDS]:
            mention = self._mention_at(match.start())
            if mention is not None:
                after = [w for w in words if w.start() >= mention[1]]
                if mention[2].type in ("person", "organization") and not self._preposition_before(mention[0]) and not any(
                    w.group()[0].isupper() for w in after
                ):
                    return mention[2]
                return None
            if match.group()[0].isupper() and match is not words[0]:
                return None  # (another capital before any name)
        return None

    def _kin_spoken_of(self, outer: Quote, end: int, gender: str) -> re.Match[str] | None:
        """The relative of the speaker's ("my mother", or a parent called "Dad") that the speaker spoke of last in the
        paragraph before `end`, when of `gender` and nobody but the speaker was named since."""
        found = self._my_kin_last(self.paragraphs[self._paragraph_of(outer.start)].start, end, gender)
        if found is None:
            return None
        since = self._mentions_between(found.end(), end)
        named_since = any(entity.id != outer.speaker_id for _s, _e, entity in since)
        return None if named_since else found

    def _someone_else_named_before(self, outer: Quote, gender: str, pronoun_start: int) -> int | None:
        """Whom "he" or "she" means inside a quote: the latest person of that gender named before
        it, in the quote itself (“Jalen called me every night. ... he’d say, ‘...’”), else in its
        paragraph or the one before, other than the quote's own speaker (“He looked at me and
        said, ‘...’,” she said)."""
        since = self.paragraphs[max(0, self._paragraph_of(outer.start) - 1)].start
        for start, entity in reversed(self.persons):
            if outer.start <= start < pronoun_start and entity.id != outer.speaker_id and entity.gender == gender and (
                start == outer.start or self.text[start - 2 : start] in (". ", "! ", "? ")
            ):
                return entity.id  # (one opening a sentence of the quote: not "Tom was watching Boris Johnson. He said")
            if start >= outer.start or self._inside_quote(start):
                continue
            if start < since:
                break
            if entity.id != outer.speaker_id and entity.gender == gender:
                return entity.id
        return self._main_person(gender, outer.speaker_id)

    def _main_person(self, gender: str, besides: int | None) -> int | None:
        """The person of `gender` the article is about, other than `besides`: named at least
        `_MAIN_PERSON_MENTIONS` times and twice as often as anyone else of that gender. Whom "he"
        means in a quote when nobody else was named near it (an obituary's subject, the accused)."""
        counts = Counter(entity.id for _start, entity in self.persons if entity.gender == gender and entity.id != besides)
        ranked = counts.most_common(2) + [(None, 0)] * 2
        (main, mentions), (_runner_up, runner_up_mentions) = ranked[:2]
        return main if mentions >= _MAIN_PERSON_MENTIONS and mentions >= 2 * runner_up_mentions else None

    def _nested_subject(self, outer: Quote, before_verb: list[re.Match[str]]) -> int | None:
        """Who speaks the verb: the word before it (past adverbs), "I" or "we" being whoever
        speaks the outer quote."""
        index = len(before_verb) - 1
        while index >= 0 and (
            before_verb[index].group().lower() in _GAP_ADVERBS or before_verb[index].group().lower() in _HABITUAL
            or _an_adverb_after_a_pronoun(before_verb, index)
        ):
            index -= 1  # (and "used to say", "I always say", "I genuinely thought")
        if index > 0 and before_verb[index].group().lower() in _HONORIFICS_AFTER_A_NAME and before_verb[index - 1].group()[:1].isupper():
            index -= 1  # "Bhise sir told me, ‘...’": the coach named Bhise
        if index < 0:
            return None
        word = before_verb[index]
        # "My grandmother used to say, ‘...’", "My old coach used to say", "My grandfather was a miner, and he used to say"
        kin = next(
            (w.group().lower() for k, w in enumerate(before_verb[: index + 1]) if w.group().lower() in _KIN_AND_MENTORS
             and (any(v.group().lower() in ("my", "our") for v in before_verb[max(0, k - 2) : k])
                  or (w.group()[0].isupper() and w.group().lower() in _SAID_FOR)  # (or called so, as a name: "Mum kept saying")
                  or self._opens_clause_bare(before_verb, k))),  # (or bare: "At 35 kilometers, coach told me")
            None,
        )
        # (or the subject of the clause: "my producer turned to me and said, ‘...’")
        kin_opens = kin is not None and word.group() == "and" and self._kin_does(before_verb[: index + 1], kin)
        if kin is not None and (word.group().lower() == kin or word.group().lower() in ("he", "she") or kin_opens):
            named = self._named_as_kin(outer, kin)
            if named is not None or not self.text.startswith(",", word.end()):
                return named  # (else named before, as below: "Claire Donnelly, our physio, said to me")
        if word.group() == "and":
            # the one whose doing the clause tells: "I remember Dafydd ringing me ... and saying, “...”"
            doing = [m for m in self.mentions if before_verb[0].start() <= m[0] and m[1] <= word.start() and _DOING_AFTER.match(self.text, m[1])]
            if doing:
                return doing[-1][2].id
        clause_subject = _CONTRACTED_PRONOUN.sub("", before_verb[0].group())  # "I’d send them home and say, ‘...’": I
        if word.group() == "and" and any(w.group().lower() in _PEOPLE_DOING for w in before_verb[1:index]):
            return None  # "I know people are looking at that river and thinking, ‘Not again.’": theirs, unnamed
        if word.group() == "and" and clause_subject.lower() in ("he", "she", "i", "we") and not any(
            w.group()[0].isupper() and w.group().lower() not in _SAID_FOR and not w.group().endswith(POSSESSIVE_ENDINGS)
            for w in before_verb[1:index]
        ):
            # the clause's subject: "He looked at me and said, ‘...’", "I rang Mum and said", "I was
            # looking at Conor’s back and thinking, ‘...’"
            word = before_verb[0]
        if word.group() == "and" and (opening := self._clause_opening_person(before_verb[:index])) is not None:
            return opening.id  # a person named opening the clause: "Sam came up to me and said, ‘...’"
        if word.group() == "and" and (subject := _first_subject_pronoun(before_verb[:index])) is not None:
            word = subject  # the clause's: "You'd bring him something and he'd look at you and say, ‘...’": he (not "she" of "he saw she had parked")
        pronoun = _CONTRACTED_PRONOUN.sub("", word.group()).lower()  # "she’s said to me": she
        pronoun = _AS_SUBJECT.get(pronoun, pronoun)  # "I remember her saying, ‘...’": she
        if pronoun in ("i", "we"):
            return outer.speaker_id
        if pronoun in ("he", "she"):
            if _SOMEONE_UNNAMED_IN_A_QUOTE.search(self.text, outer.start, word.start()) or _ONE_OF_SOMEONES.search(
                self.text, self.sentences[max(0, self._sentence_index(outer.start) - 1)].start, word.start()
            ):
                # "I asked the fourth official and he said, ‘...’": him, unnamed; so "she" after "a
                # letter that one of his students had written ... “She wrote, ‘...’”"
                return None
            if (kin := self._kin_spoken_of(outer, word.start(), _PRONOUN_GENDER[pronoun])) is not None:
                named = self._named_as_kin(outer, _kin_word(kin))  # "My mother has given up. Now she says, ‘...’": the mother
                if named is not None and (entity := self._entity(named)) is not None and entity.gender not in (_PRONOUN_GENDER[pronoun], None):
                    return None  # a mentor of the other gender: "my coach ... the physio was already there. She said": the physio, unnamed
                if named is not None or kin.group(2) is None:
                    return named  # (a parent called "Dad" whom the article named as no one's father: the man named before)
            # (past the people the quote names when it spoke of a parent since: "Edward has always
            # believed ... Dad was also very clear with me. He said, ‘...’" is the father)
            return self._someone_else_named_before(outer, _PRONOUN_GENDER[pronoun], word.start() if kin is None else outer.start)
        mention = self._mention_at(word.start())
        if mention is None and self._someone_unnamed_ends(outer.start, word):
            return None  # "We had one gentleman tell us, ‘...’", "I had residents tell me": theirs, unnamed
        if mention is None and before_verb[0].group() in ("I", "We") and not any(w.group()[0].isupper() for w in before_verb[1 : index + 1]):
            return outer.speaker_id  # "I remember sitting in the car thinking, ‘...’"
        if mention is None and self.text.startswith(",", word.end()):
            # past an appositive: "Claire Donnelly, our physio, said to me"
            opening = self.text.rfind(",", outer.start, word.start())
            mention = self._mention_at(self.text.rfind(" ", outer.start, opening) + 1) if opening > 0 else None
            if mention is not None and mention[1] != opening:
                mention = None
        return mention[2].id if mention is not None else None

    def _someone_unnamed_ends(self, start: int, word: re.Match[str]) -> bool:
        """Whether `word` ends a mention of someone unnamed, from `start` on: "one gentleman",
        "a woman", "residents"."""
        if word.group().lower() in _PEOPLE_UNNAMED:
            return True
        if word.group().islower() and _HAD_SOMEONE_BEFORE.search(self.text, max(start, word.start() - 40), word.start()):
            return True  # whoever was heard to say it, unnamed: "I had a fitter say to me last week, ‘...’"
        return any(m.end() == word.end() for m in _SOMEONE_UNNAMED_IN_A_QUOTE.finditer(self.text, max(start, word.start() - 40), word.end()))

    def _reported_clause(self, sentence: Sentence) -> tuple[int, int, Entity | None] | None:
        text = self.text
        body_end = sentence.end
        while body_end > sentence.start and text[body_end - 1] in ".!? \n":
            body_end -= 1
        according = self._according_to_opening(sentence.start, body_end)
        if according:
            start, speaker = according
            for _segment in range(2):  # "According to X, the director of Y, a research body, ..."
                appositive = _APPOSITIVE_SEGMENT.match(text, start, body_end)
                if appositive is None:
                    break
                start = appositive.end()
            return (start, body_end, speaker) if speaker is not None and start < body_end else None
        words = self._words(sentence.start, body_end)
        for index in range(len(words)):
            if not self._is_speech_verb(words, index) or words[index][2].lower() in _NOT_REPORTING:
                continue
            if _IMPERSONAL.search(text, sentence.start, words[index][0]):
                return None  # "It is said that ...": nobody is reported
            subject = self._subject_before(words, index)
            if subject is None and not _UNNAMED_SPEAKER.search(text, sentence.start, words[index][0]):
                continue
            if index == len(words) - 1 or (index == len(words) - 2 and words[-1][2].lower() in _OBJECT_ADVERBS):
                clause_end = text.rfind(",", sentence.start, words[index - 1][0] if index else sentence.start)
                attribution = text[clause_end + 1 : words[index][0]] if clause_end > 0 else ""
                if clause_end > sentence.start and len(attribution.split()) <= _MAX_INTRO_WORDS:
                    return sentence.start, clause_end, subject  # "CLAUSE, X said."
                return None
            if subject is not None and not self._opens_clause(subject, sentence.start, words[index][0]):
                continue  # "Individuals close to the Kremlin indicate that": not the Kremlin
            that = next((k for k in range(index + 1, min(len(words), index + 6)) if words[k][2].lower() == "that"), None)
            if that is not None and not _CLAUSE_BREAK.search(text, words[index][1], words[that][0]):
                start = words[that + 1][0] if that + 1 < len(words) else body_end
                return (start, body_end, subject) if start < body_end else None
            return None
        return None

    def _opens_clause(self, subject: Entity, sentence_start: int, verb_start: int) -> bool:
        """Whether the subject's mention (or pronoun) opens the sentence, after at most a short
        introduction ("On Thursday, "), or follows "and"/"but"."""
        for start, _end, entity in self._candidates(self._words(sentence_start, verb_start)):
            if entity is subject:
                opening = self.text[sentence_start:start]
                introduction = opening.strip()
                short = len(opening.split()) <= _MAX_INTRO_WORDS and (
                    introduction.lower() in ("", "the", "a", "an") or introduction.endswith(",")
                )
                return short or opening.rstrip().lower().endswith((" and", " but"))
        return False

    def _opens_sentence(self, offset: int) -> bool:
        """Whether a mention opens its sentence, after at most a short introduction."""
        opening = self.text[self._sentence_start(offset) : offset]
        return len(opening.split()) <= _MAX_INTRO_WORDS

    def _add_event(self, event: _Event) -> None:
        insort(self.events, event, key=lambda e: e.offset)

    # --- kinds ---------------------------------------------------------------------------

    def _kind(self, span: _Span, previous: Quote | None) -> tuple[str, bool]:
        """The quote's kind, and whether it continues the previous quote's utterance."""
        if span.continues_previous:
            return "direct", True
        if (mention := self._mention_at(span.open_mark)) is not None and mention[1] >= span.close_mark:
            return "scare", False  # a nickname inside a name: Marcus “Tank” Delane
        before = self._before_in_sentence(span).rstrip()
        first_letter = next((c for c in self.text[span.start : span.end] if c.isalpha()), "")
        if not before and self._is_subject_term(span):
            return "scare", False  # "“Humidifier lung” may result from ..."
        if before.endswith(":") and _NICKNAME_BEFORE_COLON.search(before[-80:]):
            return "scare", False  # "the line has earned a nickname among residents: “the Never-Ending Line”"
        if _A_SIGN_READS.search(before[-60:]):
            return "scare", False
        if not before or before.endswith(":") or (before == "(" and first_letter.isupper()):
            return "direct", False  # (and a sentence quoted in brackets: a translation)
        previous_in_sentence = (
            previous is not None
            and previous.kind == "direct"
            and self._sentence_index(previous.start) == self._sentence_index(span.open_mark)
        )
        if before.endswith(",") and previous_in_sentence and previous is not None and (
            previous.text.endswith(",") or self.text[previous.end : previous.end + 2] in ("”,", "’,", '",', "',")
        ):
            return "direct", True  # the second half of “A,” she said, “B.” (or “A”, she said, “b”.)
        names = self._names_a_work(span, before) or _TERM_BEFORE.search(before[-60:]) is not None  # "The café’s name, “Rajaton”,"
        if before.endswith(",") and first_letter.isupper() and not (names and not self._speech_after(span)):
            return "direct", False  # not “Her book, “Rooms for Reading”,” (but "Asked about the film, “Nobody expected it,” X said")
        term = self.text[span.start : span.end].strip(" ,.").casefold()
        if (
            (term in self.repeated_terms and not self._first_said(span, term)) or self._is_term(span, before) or _WHAT_UNNAMED_PEOPLE_CALL.search(before, max(0, len(before) - 40))
            or (_is_a_proper_name(self.text[span.start : span.end]) and _WHAT_ANYONE_CALLS.search(before, max(0, len(before) - 50)))
        ):
            return "scare", False  # (and "with what staff call “bridge grants”": a name they give it, not anyone's words)
        if (
            self._speech_verb_before(span) is not None
            or self._speaker_closing(span) is not None
        ):
            return "partial", False
        return "scare", False

    def _first_said(self, span: _Span, term: str) -> bool:
        """Whether a wording quoted again later is first quoted as someone's words that close
        a clause: "said corridor care was ‘never acceptable’ but warned" (then echoed: "When
        ministers say it is “never acceptable”"); not a term before its noun ("the four
        “annexed” regions")."""
        return (
            self.first_quoted[term] == span.start
            and _CLOSES_A_CLAUSE.match(self.text, span.close_mark) is not None
            and self._speech_verb_before(span) is not None
        )

    def _is_subject_term(self, span: _Span) -> bool:
        """A short quote opening its sentence as the subject of a verb that is not speech: no
        closing punctuation inside, and a lowercase word (no pronoun) right after."""
        quoted = self.text[span.start : span.end]
        if len(quoted.split()) > _MAX_SCARE_WORDS or not quoted[-1:].isalnum():
            return False
        following = _WORD.match(self.text, span.close_mark + 1) if self.text.startswith(" ", span.close_mark) else None
        word = following.group() if following else ""
        if not word.islower() or word in _STANDS_FOR_A_SPEAKER or word in ("i", "we", "you"):
            return False
        rest = self.text[span.close_mark : self._sentence_end(span.close_mark)].lower()
        # speech after all: "“Yes” was all she said", "“Absolutely not” came the reply"
        return not any(w in _REPORTING_VERBS or w in _SPEECH_NOUNS for w in _WORD.findall(rest))

    def _speech_after(self, span: _Span) -> bool:
        """Whether a speech verb follows the quote closely in its sentence: “...,” said X / X said."""
        after = self._words_after(span)[:4]
        return any(
            self._is_speech_verb(after, index) and not (index and after[index - 1][2].lower() in _PASSIVE)  # not "was written"
            for index in range(len(after))
        )

    def _in_title_case(self, span: _Span) -> bool:
        """A short quote whose words are all capitalised (short function words aside) and that
        ends no sentence: ‘Calon Lân’, "Operation Bajío Seguro" (not "Help!", not "No comment.")."""
        quoted = self.text[span.start : span.end].rstrip(" ,.")
        words = quoted.split()
        return (
            0 < len(words) <= _MAX_TITLE_WORDS
            and quoted[-1:] not in "!?"
            and all(w[:1].isupper() for w in words if len(w) > 3 or w is words[0])
            and words[0].lower() not in _SENTENCE_WORDS
        )

    def _names_a_work(self, span: _Span, before: str) -> bool:
        """A capitalised title after a word for a work ("the film “Up”", "her book, “Rooms for
        Reading”"), or after a name's possessive, in title case ("CNBC's “Squawk Box”", "Dylan's
        “Blowin' in the Wind”")."""
        words = self.text[span.start : span.end].split()
        if not self.text[span.start].isupper() or len(words) > _MAX_TITLE_WORDS:
            return False
        if _YEAR_OF_A_WORK.match(self.text, span.close_mark):
            return True  # "He also wrote “The Wicketkeeper’s Art” (1974)"
        work = _TITLE_BEFORE.search(before[-60:])
        if work is not None and not (work.group().rstrip().endswith(",") and _MEDIUM_BEFORE.search(before[-60:], 0, work.start())):
            return True  # (not the medium of someone's words: "told the paper, “...”", "wrote in an essay, “...”")
        if not self._in_title_case(span):
            return False
        # after a name's possessive, or set off by commas with two capitals or more: "A biography
        # of a chess player, “The Quiet Game”." (not 'said, “Leave one on.”')
        return _POSSESSIVE_OF_A_NAME.search(before[-40:]) is not None or (before.endswith(",") and sum(w[:1].isupper() for w in words) > 1)

    def _reported(self, offset: int, span: _Span) -> bool:
        """Whether a speech verb before the quote reports the clause at `offset`: "Ms Tan said she was
        known as" (not "Governments have promised roads; ... and it has long been known as")."""
        verb = self._speech_verb_before(span)
        if verb is None:
            return False
        between = self.text[verb[0][verb[1]][1] : offset]
        return ";" not in between and _CLAUSE_JOINED.search(between) is None

    def _judged_by_someone(self, verb_start: int, span: _Span) -> bool:
        """Whether a person named right before "called" at `verb_start` is its subject: "a tactic
        Palou has called “unacceptable”" is Palou's judgement, not a name given; a body too, for
        words in lower case after "called" ("a pace the institute called “alarming”"; but "a
        headset the company calls “Vision Pro”" names it)."""
        subject_end = verb_start - len(_AUXILIARIES_BEFORE.search(self.text, max(0, verb_start - 30), verb_start).group())
        mention = self._mention_at(subject_end - 1) if subject_end > 0 else None
        if mention is None or mention[1] != subject_end:
            return False
        body_judges = self.text.startswith("called", verb_start) and self.text[span.start : span.start + 1].islower()
        return mention[2].type == "person" or (mention[2].type == "organization" and body_judges)

    def _is_term(self, span: _Span, before: str) -> bool:
        """A quote that names or qualifies rather than reports: a title ("the film “Up”"), or,
        short, a name given ("groups dubbed “pioneers”", "the so-called “tribes”") or a modifier
        inside a noun phrase ("a “yes” vote", "2.5 million “entertainment and leisure” robots")."""
        words = len(self.text[span.start : span.end].split())
        tail = before[-200:]  # the patterns end the text before the quote: no need to scan it all
        if self._names_a_work(span, tail) or (words <= _MAX_TITLE_WORDS and _TERM_BEFORE.search(tail[-60:])):
            return True
        following = _WORD.match(self.text, span.close_mark + 1) if self.text.startswith(" ", span.close_mark) else None
        if self.text[span.start].isupper() and following is not None and following.group().lower() in _NAMED_THINGS:
            return True  # the name of a scheme: the government’s ‘First Rung’ scheme
        if self._in_title_case(span) and not _INTRODUCES_WORDS.search(tail[-40:]):
            return True  # a name in running text: pitched ‘Harmattan’ to the theatre, "Operation Bajío Seguro"
        naming = _NAMING_BEFORE.search(tail) if _may_name(tail) else None
        tail_start = self._sentence_start(span.open_mark) + len(before) - len(tail)  # (before: the sentence up to the quote)
        if naming is not None and not self._judged_by_someone(tail_start + naming.start(), span) and (
            words <= _MAX_SCARE_WORDS or _is_a_proper_name(self.text[span.start : span.end])  # "a Facebook group called “Carver Rank and File,”"
            # "it has long been known as “the mine that’s always 10 years away”", where nobody speaks
            # (not "He was known as “the teacher who ...,” said Aoife Nolan")
            or (naming.group().lower().startswith(_NAMES_NOBODY_GIVES) and not self._speech_after(span) and not self._reported(tail_start + naming.start(), span))
        ):
            return True
        if words > _MAX_SCARE_WORDS:
            return False
        if naming is None and _may_name(tail) and _NAMED_BEFORE.search(tail):
            return True
        gloss = tail[-40:]
        if ("for" in gloss or "translat" in gloss or "literally" in gloss) and _GLOSS_BEFORE.search(gloss):
            return True  # (the words first: the pattern holds every nation's and language's name)
        return (
            _MODIFIER_BEFORE.search(tail[-30:]) is not None
            and _JUDGED_AS_BEFORE.search(tail[-60:]) is None  # "calling it a “painful but necessary” measure": his words
            and self.text[span.end - 1].isalnum()  # "a “yes” vote", not "the “trick,” the bill"
            and following is not None
            and following.group().islower()
            and following.group() not in _NOT_NOUNS
            and not self._participle_phrase(following)  # "a “dark-coloured hatchback” seen in the area": no modifier
            # a judgement in someone's words: "told the court his client had a “catastrophic” gambling problem"
            and not (self._judgement_in_marks(span) and self._speech_verb_before(span) is not None)
        )

    def _judgement_in_marks(self, span: _Span) -> bool:
        """Whether quoted words before a noun judge it: an adjective by its ending ("a “catastrophic”
        gambling problem") or words after an intensifier ("a “really exciting” crop")."""
        words = self.text[span.start : span.end].lower().split()
        return _looks_like_an_adjective(words[-1]) or (len(words) > 1 and words[0] in _INTENSIFIERS)

    def _participle_phrase(self, word: re.Match[str]) -> bool:
        """Whether a word opens a participle phrase ("seen in the area", "parked outside"), not a
        verb of which the quote is the subject ("the “reset” proved to be")."""
        if word.group() in _IRREGULAR_PARTICIPLES:
            return True
        following = _NEXT_WORD.match(self.text, word.end())
        return word.group().endswith("ed") and following is not None and following.group(1).lower() in _PARTICIPLE_PREPOSITIONS

    # --- attribution ---------------------------------------------------------------------

    def _attribute(self, span: _Span, kind: str) -> tuple[Entity | None, bool]:
        """The speaker, and whether the article attributes the quote at all (to someone it may
        not name: "a spokesman said" attributes the quote to no entity)."""
        quote_text = self.text[span.start : span.end].rstrip()
        ends_sentence = quote_text.endswith((".", "!", "?"))
        introduced = self._before_in_sentence(span).rstrip().endswith(":")
        after_words = self._words_after(span)
        attributed_after = kind == "direct" and bool(after_words) and (
            not ends_sentence or after_words[0][2][0].islower() or self._named_speaker_next(after_words)
            or (after_words[0][2] == "I" and len(after_words) > 1 and self._is_speech_verb(after_words, 1))  # "“...?” I ask."
        )
        if introduced and (verb := self._speech_verb_before(span)) is not None:
            words, verb_index = verb  # Ms Hewitt said: "..." -- the introduction decides
            if len(words) - verb_index - 1 <= _MAX_COLON_INTRO_WORDS:
                speaker = self._subject_before(words, verb_index) or self._inverted_subject(words, verb_index) or self._named_themselves(words, verb_index)
                if speaker is None and words[verb_index][2].lower() not in OBJECT_SPEECH_VERBS:
                    speaker = self._named_before_colon(span)  # "One long-standing member, 88-year-old Dai Bevan, put it more simply:"
                named_after = self._speaker_after(after_words) if speaker is None and attributed_after else None
                # unless it names nobody and a name follows: 'What they're saying: "...," Whitfield told Axios.'
                return (speaker, True) if named_after is None or named_after[0] is None else named_after
        if kind == "direct" and (how := _THATS_HOW.match(self.text, span.close_mark + 1)) is not None:
            return self._summed_up_by(how.end()), True
        if introduced and _READS_BEFORE_COLON.search(self._before_in_sentence(span)) is not None and not self._of_a_writing(span):
            return None, True  # "A banner hanging from a footbridge read: “...”": words on a thing, not someone's writing
        if introduced and (named := self._named_before_colon(span)) is not None:
            return named, True  # "the question posed by Brighton nurse Marion Brown: "...""
        if (introducer := self._introduced_by_the_paragraph_before(span)) is not None:
            return introducer, True  # "In the letter, Aldous thanked investors: ¶ “We had ...”"
        if attributed_after:
            attribution = self._speaker_after(after_words)
            if attribution is not None:
                return attribution
            if not ends_sentence and (tagged := self._tagged_by(span, after_words)) is not None:
                return tagged, True
        if (
            kind == "partial" and quote_text.endswith(",") and len(after_words) > 1 and self._is_speech_verb(after_words, 0)
            and not after_words[0][2].endswith("ing") and self._opens_a_name(after_words[1:])
        ):
            # a fragment closed by its own tag: "The committee said spending rose, and “we will
            # review it,” said Anna Berg." is hers, whoever spoke earlier in the sentence
            attribution = self._speaker_after(after_words)
            if attribution is not None and attribution[0] is not None and attribution[0].type == "person":
                return attribution  # (a person's: 'called the plan "reckless," reported Reuters' is the outlet reporting her words)
        if kind == "partial" and (judge := self._judge_in_the_passive(span)) is not None:
            return judge, True  # "was described as “reckless” by X" (the verb before has no speaker for subject)
        if kind == "partial" and (claimant := self._claimant_before(span)) is not None:
            return claimant, True  # "rejected claims by Sinn Féin that the Government has “given up”"
        verb = self._speech_verb_before(span)
        if verb is None:
            closing = self._speaker_closing(span) if kind == "partial" else (
                self._author_of_a_document_before(span) or self._according_to_right_after(span) or self._signed_after(span)
            )
            return (closing, True) if closing is not None else (None, False)
        words, verb_index = verb
        asked = words[verb_index][2].lower() in _ASKING
        if kind == "direct" and len(words) - verb_index - 1 > (_MAX_ASKED_WORDS if asked else _MAX_INTRO_WORDS):
            return None, False
        speaker = self._subject_before(words, verb_index) or self._inverted_subject(words, verb_index) or self._named_themselves(words, verb_index)
        if speaker is None and verb_index > 0 and words[verb_index - 1][2].lower() in ("which", "who"):
            return None, True  # "she told the crowd, which chanted “six more years”": the crowd's, nobody named
        if speaker is None and kind == "partial" and not self._someone_unnamed_speaks(words, verb_index):
            # "He says evidence suggests there are "many"": he (not "When X told the meeting ..., someone shouted “...”")
            speaker = next(
                (found for index in range(verb_index - 1, -1, -1) if self._is_speech_verb(words, index)
                 and not (index > 1 and words[index - 2][2].lower() in _DECLINING and words[index - 1][2] == "to")  # (not "declined to comment, but a letter ... said")
                 and (found := self._subject_before(words, index)) is not None),
                None,
            ) or self._speaker_closing_sentence(span)  # 'Polls suggest that "...", Ms Alexander says.'
        if speaker is None and span.paragraph < 2:
            # (or a participle, whose subject opens the sentence: "A federal judge ... blocked a law, saying")
            pronoun = verb_index > 0 and words[verb_index - 1][2].lower() in ("he", "she")
            speaker = self._named_after_the_lede(words[verb_index][0], pronoun or words[verb_index][2].endswith("ing"))
        if speaker is None and verb_index > 0 and words[verb_index - 1][2] == "I":
            speaker = self._answering(span)  # "Naomi Whitehorse-Bégin: ... I said, “...”"
        return speaker, True

    def _claimant_before(self, span: _Span) -> Entity | None:
        """Who made the claim (the remark, the warning ...) whose "that" clause holds the fragment:
        "the remark from City Councilor Dennis Fahey that the bus lane is “a solution in search of
        a problem”", "claims by Sinn Féin that the Government has “given up”"."""
        sentence_start = self._sentence_start(span.open_mark)
        if self.text.find(" by ", sentence_start, span.open_mark) < 0 and self.text.find(" from ", sentence_start, span.open_mark) < 0:
            return None  # (most fragments: no pattern tried at every offset)
        claim = _last_match(_CLAIM_BY, self.text, sentence_start, span.open_mark)
        if claim is None:
            return None
        following = bisect_left(self.mention_starts, claim.end())
        if following >= len(self.mentions):
            return None
        start, end, entity = self.mentions[following]  # past a title's words: "from City Councilor Dennis Fahey"
        if not _TITLE_WORDS_BETWEEN.fullmatch(self.text, claim.end(), start) or not _THAT_CLAUSE_AFTER.match(self.text, end, span.open_mark):
            return None
        return entity

    def _person_of(self, candidate: tuple[int, int, Entity], body_start: int) -> Entity | None:
        """The person named right before "of" and the body that starts at `body_start` ("Khanyisile
        Nxumalo of the civil society group Accountability Now SA"), if that candidate is one."""
        _start, end, entity = candidate
        between = self.text[end:body_start]
        return entity if entity.type == "person" and _OF_A_BODY_BETWEEN.fullmatch(between) else None

    def _named_themselves(self, words: list[tuple[int, int, str]], verb_index: int) -> Entity | None:
        """Someone introduced unnamed who then gives a name: "Another speaker, who identified himself
        as Ray Dunaway of Marietta, said:", "One woman, who gave her name only as Maria, said"."""
        start = words[max(0, verb_index - _MAX_SUBJECT_WORDS * 2)][0]
        named = _NAMED_THEMSELVES.search(self.text, start, words[verb_index][0])
        mention = self._mention_at(named.end()) if named else None
        return mention[2] if mention is not None and mention[0] == named.end() and mention[2].type != "organization" else None

    def _answering(self, span: _Span) -> Entity | None:
        """The person whose answer a paragraph of an interview transcript is ("Dlamini-Chen: Every
        day. ..."): a person's name and a colon open the paragraph; they are its "I"."""
        paragraph = self.paragraphs[span.paragraph]
        mention = self._mention_at(paragraph.start)
        if mention is None or mention[2].type != "person" or not self.text.startswith(":", mention[1]):
            return None
        return mention[2]

    def _named_after_the_lede(self, verb_start: int, pronoun: bool = False) -> Entity | None:
        """The person a story's opening describes before naming: "Northern Ireland’s finance
        minister has warned that ... “hard choices”" ... "Caoimhe Ní Bhriain said": the role
        phrase opens the sentence (or stands for the "she" that speaks: "Quebec’s language minister
        tabled a bill ..., what she called the “erosion”"), and the person named next opens a
        sentence of their own."""
        sentence = self._sentence_index(verb_start)
        sentence_start = self.sentences[sentence].start
        described = _DESCRIBED_SPEAKER.search(self.text, max(sentence_start, verb_start - 160), verb_start)
        if described is None and pronoun:  # (or inside it: "after a key Republican withdrew his support over what he called")
            opening = dateline.end() if (dateline := _DATELINE.match(self.text, sentence_start, verb_start)) else sentence_start
            described = _DESCRIBED_SPEAKER_OPENING.match(self.text, opening) or _DESCRIBED_SPEAKER_INSIDE.search(self.text, sentence_start, verb_start)
        if described is None:
            return None  # (or closes a clause: "a move Manila's top diplomat described as “...”")
        if verb_start < len(self.text) and _CHARGED.match(self.text, verb_start) and not described.group().startswith(("The", "the")):
            return None  # "A man accused of leaving a pipe bomb was trying to ‘scare’ a neighbour": not his words
        if described.group("judicial") is not None:
            return self._the_judge()  # "with a judge describing the attack as “...”" ... "Justice Rebecca Lang said"
        # "The mother of a teenager", "Kerr's father": named as someone's relative, not first (but "A Northland grandmother who")
        relative = described.group("relative") is not None and (
            self.text.startswith(" of ", described.end("role")) or described.group().split(None, 1)[0].endswith(POSSESSIVE_ENDINGS)
        )
        described_role = described.group("role").lower()  # ("one Republican accusing" ... "That Republican, Rep. Carl Emerson")
        roles = _SAME_RELATION.get(described_role, (described_role,))
        for later in self.sentences[sentence + 1 : sentence + (5 if relative else 3)]:
            for start, entity in self.subjects:
                if later.start <= start < later.end and entity.type == "person" and not relative:
                    return entity
            # or named with that role: “...,” Language Minister Geneviève Tremblay-Roy told reporters
            for start, end, entity in self.mentions:
                if later.start <= start < later.end and entity.type == "person" and any(
                    role in self.text[max(later.start, start - 40) : end].lower() for role in roles
                ):
                    return entity
        # or titled so further on: "what a senior detective has described as “...”" ... "Det Insp Claire McAllister said"
        paragraph = self.sentences[sentence].paragraph
        titled = {
            entity.id: entity for start, _end, entity in self.mentions
            if entity.type == "person" and start > verb_start and self._paragraph_of(start) <= paragraph + _TITLED_LATER_PARAGRAPHS
            and described_role in _title_nouns(entity)
        }
        return _the_only(titled)

    def _the_judge(self) -> Entity | None:
        """The one person the article titles a judge, a magistrate or a coroner ("Justice Rebecca
        Lang", "Judge Edmond Lo Ka-wai", "District judge Miriam Aduke Bamidele", "Mr Justice Pryor")."""
        judges = {
            entity.id: entity for start, end, entity in self.mentions
            if entity.type == "person" and _JUDICIAL_TITLE.search(self.text, max(0, start - 12), end)
        }
        return _the_only(judges)

    def _named_speaker_next(self, words: list[tuple[int, int, str]]) -> bool:
        """A name and its speech verb right after a quote that ends its sentence: “...!” Trump
        tweeted; “...?” X, a former director, said; “...?” Assistant U.S. Attorney X asked (a title
        the name's mention left out)."""
        mention = None
        for start, _end, word in words[: _MAX_WORDS_OF_A_TITLE_BEFORE + 1]:
            mention = self._mention_at(start)
            if mention is not None or not word[:1].isupper() or word.lower() in SENTENCE_OPENERS:
                break  # the name, or a word no title holds ("He Jianxiong": a pronoun first)
        if mention is None:
            return False
        index = next(
            (i for i, word in enumerate(words[:_MAX_SUBJECT_WORDS]) if word[0] >= mention[1] and self._is_speech_verb(words, i)),
            len(words),
        )
        if index == len(words) or not _SUBJECT_GAP.fullmatch(self.text, mention[1], words[index][0]):
            return False
        # "Trump tweeted." or "Trump tweeted before Election Day.", not a sentence of reported
        # speech of its own ("Mr Croucher said the main issue would be ...", "X said on Twitter
        # that ...", "X is said to be furious") nor one introducing the next quote ("X said:")
        if index > 0 and words[index - 1][2].lower() in _PASSIVE:
            return False
        verb_end = words[index][1]
        clause = _CLAUSE_END.search(self.text, verb_end)
        tail = self.text[verb_end : clause.start() if clause else len(self.text)]
        ending = clause.group() if clause else ""
        tail_words = _WORD.findall(tail.lower())
        if not tail_words:  # "Trump said." but not "Trump said, however, that ..." nor "X said:"
            return ending not in (":", ",")
        if tail.lstrip().startswith(",") and tail_words[0] in ("adding", "saying"):
            return True
        verb = words[index][2].lower()
        listener = verb in OBJECT_SPEECH_VERBS and tail_words[0] in _OBJECT_PRONOUNS  # "“...?” Whitcomb asked her."
        # "“...?” Villarosa asked DPWH regional director Ramon Dizon Jr.": the one asked, by role and name
        named_listener = verb in _ASKING_OR_TELLING and self._only_a_listener(words[index + 1 :], verb_end + len(tail))
        return (
            ending not in (":", ",")
            and (tail_words[0] in _AFTER_ATTRIBUTION or listener or named_listener)
            # (a place or a time, however long: "asked during the hearing of the Senate blue ribbon committee")
            and (len(tail_words) <= _MAX_INTRO_WORDS or named_listener or (tail_words[0] in _WHERE_OR_WHEN and len(tail_words) <= _MAX_SETTING_WORDS))
            and not any(w == "that" or _CLAUSE_AFTER_NAME.match(" " + w) for w in tail_words)
        )

    def _only_a_listener(self, words: list[tuple[int, int, str]], end: int) -> bool:
        """Whether the words up to `end` (no more than _MAX_SUBJECT_WORDS) end with a person's name,
        with only their role before it, a body's name among its words: the one asked or told ("asked
        DPWH regional director Ramon Dizon Jr.")."""
        words = [w for w in words if w[1] <= end]
        found = self._candidates(words)
        return (
            bool(found) and found[-1][2].type == "person" and all(f[2].type == "organization" for f in found[:-1])
            and len(words) <= _MAX_SUBJECT_WORDS and not self.text[found[-1][1] : end].strip(" .")
        )

    def _last_sentence_before(self, span: _Span) -> tuple[int, int] | None:
        """Where the sentence that ends the paragraph before starts and ends, for a quote that
        opens its own paragraph; None for any other quote."""
        if span.paragraph == 0 or span.open_mark != self.paragraphs[span.paragraph].start:
            return None
        end = self.paragraphs[span.paragraph - 1].end
        return self._sentence_start(end - 1), end

    def _introduced_by_the_paragraph_before(self, span: _Span) -> Entity | None:
        """The subject of the sentence that ends the paragraph before with a colon, for a quote
        opening its own paragraph: "In the letter, Aldous thanked investors: ¶ “We had ...”"."""
        sentence = self._last_sentence_before(span)
        if sentence is None or not self.text[sentence[0] : sentence[1]].rstrip().endswith(":"):
            return None
        return self._first_speaker(self._words(*sentence), subjects_only=True)

    def _author_of_a_document_before(self, span: _Span) -> Entity | None:
        """The author of a statement or letter that the paragraph before ends by announcing, for a
        quote that opens its own paragraph: "the mayor's office released a lengthy statement from
        Whitfield-Moore. ¶ “I will never apologize ...”", "Zhou issued a statement on Friday."."""
        sentence = self._last_sentence_before(span)
        if sentence is None:
            return None
        sentence_start, end = sentence
        announced = _DOCUMENT_ANNOUNCED.search(self.text, sentence_start, end)
        if announced is None:
            return None
        words = self._words(sentence_start, end)
        if announced.group(1):  # "a statement from X": X, when the sentence ends with the name
            found = self._candidates([w for w in words if w[0] >= announced.end()])
            return found[0][2] if found and not self.text[found[0][1] : end].strip(" .") else None
        return self._first_speaker([w for w in words if w[0] < announced.start()], subjects_only=True)

    def _named_before_colon(self, span: _Span) -> Entity | None:
        """The person or organisation named right before the colon that introduces a quote, or
        before a few words of a verb no list knows ("Ms. Okafor shot back:")."""
        colon = self.text.rfind(":", 0, span.open_mark)
        words = self._words(max(self._sentence_start(span.open_mark), colon - 80), colon)
        candidates = self._candidates(words)
        if colon < 0 or not candidates:
            return None
        start, end, entity = candidates[-1]
        if _SET_OFF_MEDIUM.fullmatch(self.text, end, colon):
            return entity  # "Coombs, in a statement: “...”"
        between = self.text[end:colon].split()
        # right before the colon, or its subject before a few words of a verb: "X shot back:"
        if len(between) > _MAX_COLON_VERB_WORDS or not all(word.isalpha() and word.islower() for word in between):
            return self._sole_subject_before_colon(words, candidates)
        preposition = self._preposition_before(start)
        if preposition is not None and not preposition.group().lower().startswith("by"):
            return None  # "Tributes were paid to Jane Doe:"; but "posed by nurse Marion Brown:"
        return entity

    def _sole_subject_before_colon(self, words: list[tuple[int, int, str]], candidates: list[tuple[int, int, Entity]]) -> Entity | None:
        """The one person a sentence introducing a quote is about, named first in it and nobody
        else: "Ann Lee’s verdict was blunt:", "For Ann Lee, the answer is simple:"."""
        start, end, entity = candidates[0]
        if entity.type != "person" or any(other is not entity for _s, _e, other in candidates) or len(words) > _MAX_SUBJECT_INTRO_WORDS:
            return None
        opening = [word.lower() for word_start, _e, word in words if word_start < start]
        lowered = [word.lower() for _s, _e, word in words]
        if not _RECEIVED.isdisjoint(lowered) or any(a in _DOCUMENTS and b == "from" for a, b in zip(lowered, lowered[1:])):
            return None  # "Ann Lee received a letter from the council:": the letter's words
        # (or the name set off after the subject it names: "One long-standing member, 88-year-old Dai Bevan, put it:")
        set_off = "," in self.text[words[0][0] : start] and self.text.startswith(",", end)
        return entity if opening in ([], ["for"]) or set_off else None

    def _attribute_run_after(self, position: int) -> tuple[Entity | None, bool]:
        """“A. “B,” he said.: a quote reopened before it was closed (paragraphs run together) is
        one utterance, named after its last part."""
        span = self.spans[position]
        for following in self.spans[position + 1 :]:
            if not following.continues_previous or following.paragraph != span.paragraph:
                break
            speaker, attributed = self._attribute(following, "direct")
            if attributed:
                return speaker, True
            span = following
        return None, False

    def _speaker_after(self, words: list[tuple[int, int, str]]) -> tuple[Entity | None, bool] | None:
        """“...,” Mr. X said / said Mr. X / X, a role, told reporters / a spokesman said; the
        speaker right before the verb first ("JPL scientist Michael Malaska said"). A participle
        with no speaker before it ("“...” at the release, adding that") attributes nothing: it
        belongs to the sentence's own subject."""
        named = self._mention_at(words[0][0]) if words else None
        # (a longer appositive after a name that opens them: "Dr Fatima Al Hammadi, a marine ecologist at the
        # institute and the study’s lead author, told")
        longest = _MAX_APPOSITIVE_WORDS if named is not None and self.text.startswith(",", named[1]) else _MAX_SUBJECT_WORDS
        for index in range(min(len(words), longest + 1)):
            if self._is_speech_verb(words, index):
                if index == 0:
                    return self._inverted_subject(words, index, after_a_quote=True), True
                if words[index][2].lower().endswith("ing") and not self._candidates(words[:index]):
                    return None
                return self._subject_before(words, index) or self._first_speaker(words[:index], subjects_only=True), True
        return None

    def _tagged_by(self, span: _Span, words: list[tuple[int, int, str]]) -> Entity | None:
        """The speaker of a bare tag right after a quote that does not end its sentence, whatever
        its verb in the past: “...,” Lee shrugged. / “...,” mused Lee. / “...,” she grinned, “...” (with a
        particle or an adverb after it: "shot back", "wryly"); nothing else may stand in its clause
        (not “...?” he paused: a question put to him)."""
        if not 2 <= len(words) <= 5 or self.text[span.close_mark + 1 : words[0][0]].strip():
            return None
        verb = next((i for i, (_s, _e, word) in enumerate(words) if word.islower() and (word.endswith("ed") or word in _PAST_TAGS)), None)
        if verb is None:
            return None
        rest = words[verb + 1 :]
        if rest and rest[0][2] in _TAG_PARTICLES:
            rest = rest[1:]
        if verb > 0 and (len(rest) > 1 or (rest and not rest[0][2].endswith("ly"))):
            return None
        named = words[:verb] if verb else rest
        speakers = self._candidates(named)
        if len(speakers) != 1 or (speakers[0][0], speakers[0][1]) != (named[0][0], named[-1][1]):
            return None  # the name, and nothing else, before the verb or after it (not "Lee's mother sobbed", "Lee was crowned")
        return speakers[0][2]

    def _speaker_closing(self, span: _Span) -> Entity | None:
        """The speaker named after a fragment, closing its sentence or opening the next clause (or,
        first, the one whose claim's "that" clause holds it); found once per quote (_kind asks, then
        _attribute)."""
        if span.open_mark not in self.closing_speakers:
            self.closing_speakers[span.open_mark] = (
                self._claimant_before(span)
                or self._speaker_closing_sentence(span)
                or self._speaker_right_after(span)
                or self._according_to_after(span)
                or self._according_to_before(span)
                or self._judge_in_the_passive(span)
                or self._subject_right_before(span)
            )
        return self.closing_speakers[span.open_mark]

    def _judge_in_the_passive(self, span: _Span) -> Entity | None:
        """Who judged, named after the quote in a passive: 'The plan was described as “reckless”
        by opposition leader Tom Hill', 'branded “a disaster” by the mayor, Sadiq Khan'."""
        by = _BY_AFTER.match(self.text, span.close_mark)
        if by is None or not _JUDGED_IN_THE_PASSIVE_BEFORE.search(self.text, max(0, span.open_mark - 60), span.open_mark):
            return None
        words = self._words(by.end(), min(self._clause_end(span), by.end() + 80))[:6]
        for start, _end, entity in self._candidates(words):
            if any(word.lower() in _NOT_THE_JUDGE for word_start, _e, word in words if word_start < start):
                return None
            return entity
        return None

    def _signed_after(self, span: _Span) -> Entity | None:
        """The name a dash sets after a quote, as pull quotes and letters are signed: '“We will
        appeal” — John Smith'."""
        dash = _SIGNED.match(self.text, span.close_mark + 1)
        mention = self._mention_at(dash.end()) if dash else None
        return mention[2] if mention is not None and mention[0] == dash.end() else None

    def _according_to_right_after(self, span: _Span) -> Entity | None:
        """The source named right after a quote that does not end its sentence: 'demand has been
        "softer than anyone hoped", according to a note from consultancy Petrolink Asia', '“We
        will appeal,” according to a statement from Acme Holdings'."""
        if self.text[span.start : span.end].rstrip().endswith((".", "!", "?")):
            return None
        words = self._words(span.close_mark, min(self._sentence_end(span.close_mark), span.close_mark + 120))
        if len(words) < 3 or [w.lower() for _s, _e, w in words[:2]] != ["according", "to"]:
            return None
        if self.text[span.close_mark : words[0][0]].strip() not in ("", ","):
            return None
        return self._first_speaker(words[2:12])  # "according to a statement issued last week by the IMF"

    def _according_to_after(self, span: _Span) -> Entity | None:
        """The source named after a fragment, right after it or closing its sentence ('moving "at
        a dangerous rate of spread" toward the southwest, according to the Ventura County Fire
        Department.')."""
        if (right_after := self._according_to_right_after(span)) is not None:
            return right_after
        sentence_end = self._sentence_end(span.close_mark)
        # or closing the sentence, after a fragment: 'moving "at a dangerous rate of spread"
        # toward the southwest, according to the Ventura County Fire Department.'
        closing = _ACCORDING_TO_CLOSING.search(self.text, span.close_mark, sentence_end)
        if closing is None or self.text[span.start : span.start + 1].isupper():
            return None
        found = self._candidates(self._words(closing.start(1), closing.end(1)))
        return found[0][2] if found and found[0][1] == closing.end(1) else None

    def _according_to_before(self, span: _Span) -> Entity | None:
        """The source a sentence opens with: 'According to Okafor, the rookie has been "the best
        pitcher in camp"' (a fragment in lower case: not the titles of the songs a band will play)."""
        if self.text[span.start : span.start + 1].isupper():
            return None  # (a figure opens a fragment too: "$3.80 or higher")
        sentence_start = self._sentence_start(span.open_mark)
        according = self._according_to_opening(sentence_start, span.open_mark)
        if according is not None:
            return according[1]
        # or set off inside it: 'The measure was, according to the Minister, "long overdue".'
        inside = _ACCORDING_TO_INSIDE.search(self.text, sentence_start, span.open_mark)
        return self._first_speaker(self._words(inside.start(1), inside.end(1))) if inside else None

    def _according_to_opening(self, start: int, end: int) -> tuple[int, Entity | None] | None:
        """An "According to X," opening text[start:end]: where what X says starts, and X."""
        according = _ACCORDING_TO.match(self.text, start, end)
        if according is None:
            return None
        return according.end(), self._first_speaker(self._words(according.start(1), according.end(1)))

    def _subject_right_before(self, span: _Span) -> Entity | None:
        """The subject of a sentence whose verb is quoted: 'Richard Thomas "totally condemned" the
        deletion', 'He "deeply regrets" it'; not a name before a title or nickname ("Smith "The
        Hammer" Jones": it opens in capitals), nor the subject of what others say ('Mr Blair "is
        wrong", critics say')."""
        if not self.text[span.start : span.start + 1].islower():
            return None
        after = self._words(span.close_mark, self._clause_end(span))
        if any(self._is_speech_verb(after, index) or word.lower() == "according" for index, (_s, _e, word) in enumerate(after)):
            return None
        sentence_start = self._sentence_start(span.open_mark)
        words = self._words(sentence_start, span.open_mark)
        candidates = self._candidates(words)
        if not candidates or len(words) > _MAX_INTRO_WORDS + 4:
            return None
        start, end, entity = candidates[-1]
        if len(candidates) == 1 and self._doing_told_by_the_fragment(span, words, start, end):
            return entity  # 'He dedicated the award to “every camel herder who let a stranger film his life”'
        if self.text[end : span.open_mark].strip() or not self._not_possessive(end) or self._preposition_before(start):
            return None
        opening = self.text[sentence_start:start].split()
        return entity if len(opening) <= _MAX_INTRO_WORDS and not any(w.strip(",").lower() == "that" for w in opening) else None

    def _doing_told_by_the_fragment(self, span: _Span, words: list[tuple[int, int, str]], start: int, end: int) -> bool:
        """Whether the speaker mentioned at start:end, opening the sentence before a fragment of a
        few words, is its subject and the fragment their words, no speech verb nor clause of
        another's between: 'She wants the national government to release “the money promised in
        March”' (not 'Police found the van “badly damaged”': two words may be the writer's)."""
        return (
            len(self.text[span.start : span.end].split()) >= _MIN_WORDS_OF_AN_UNINTRODUCED_FRAGMENT
            and not self.text[words[0][0] : start].strip(" \"“‘'")  # the mention opens the sentence
            and self._not_possessive(end)
            and not any(
                word.lower() in ("that", "who", "which") or self._is_speech_verb(words, index) for index, (_s, _e, word) in enumerate(words)
            )
        )

    def _speaker_right_after(self, span: _Span) -> Entity | None:
        """The speaker of a clause that a fragment opens: 'growing at a "reasonably good pace" he
        warned that ...', 'That trough "might be contributing to risk-taking", said the FOMC.'"""
        sentence_end = self._clause_end(span)
        words = self._words(span.close_mark, min(sentence_end, span.close_mark + 40))[:4]
        if words and self._is_speech_verb(words, 0) and self.text[span.close_mark : words[0][0]].strip() in ("", ","):
            return self._inverted_subject(self._words(words[0][0], min(sentence_end, span.close_mark + 160)), 0)
        for index in range(1, len(words)):
            if self._is_speech_verb(words, index):
                candidates = self._candidates(words[:index])
                if candidates and _SUBJECT_GAP.fullmatch(self.text, candidates[-1][1], words[index][0]):
                    return candidates[-1][2]
                return None
        return None

    def _clause_end(self, span: _Span) -> int:
        """Where the sentence of a quote's closing mark ends, within the quote's paragraph (an
        unclosed quote closes at the paragraph's end: the next sentence is another paragraph's)."""
        return min(self._sentence_end(span.close_mark), self.paragraphs[span.paragraph].end)

    def _speaker_closing_sentence(self, span: _Span) -> Entity | None:
        """The speaker of a sentence that ends with its attribution: a fragment quoted in
        '... a "spectacular comeback" in Japan would help, the OECD said.'"""
        end = self._clause_end(span)
        words = self._words(max(span.close_mark, end - 200), end)  # the attribution ends the sentence
        for index in range(len(words) - 1, -1, -1):
            if self._is_speech_verb(words, index):
                if not self._ends_attribution([word for _s, _e, word in words[index:]]):
                    return None
                verb_start = words[index][0]
                for _start, end, entity in reversed(self._candidates(words[:index])):
                    if _SUBJECT_GAP.fullmatch(self.text, end, verb_start):
                        return entity
                return None
        return None

    @staticmethod
    def _ends_attribution(words: list[str]) -> bool:
        """Whether a speech verb and the words after it close a sentence as its attribution:
        "Gordon Brown said", "... said on Monday", "... will say as he sets out UK goals",
        "... told MPs as he ...", but not "... said the plan would fail"."""
        verb, tail = words[0].lower(), [word.lower() for word in words[1:]]
        if len(tail) <= 2:
            return True
        if verb in OBJECT_SPEECH_VERBS:  # the listener first: "told MPs", "told the BBC"
            tail = tail[next((i for i, word in enumerate(tail[:4]) if word in _ADJUNCT_OPENERS), 0):]
        return tail[0] in _ADJUNCT_OPENERS and "that" not in tail

    def _speech_verb_before(self, span: _Span) -> tuple[list[tuple[int, int, str]], int] | None:
        """The sentence's words before the quote, with the index of the last speech verb."""
        if span.open_mark not in self.verbs_before:
            words = self._words(self._sentence_start(span.open_mark), span.open_mark)
            index = next((i for i in range(len(words) - 1, -1, -1) if self._is_speech_verb(words, i)), None)
            if index is not None and index > 1 and words[index - 1][2].lower() in _MODALS:
                # what someone would say is reported by the verb before: "He said the union would
                # announce dates “within days”" (his words), though "He would always say, ‘...’"
                clause = next((i for i in range(index - 2, -1, -1) if words[i][2].lower() in _CLAUSE_BREAKS or ";" in self.text[words[i][1] : words[i + 1][0]]), -1)
                index = next((i for i in range(index - 2, clause, -1) if self._is_speech_verb(words, i)), index)  # (not past "but")
            if index is not None and (asking := _asking_before_whether(self.text, words, index)) is not None:
                index = asking  # "asking whether the minister agreed that “...”": the asker's words, not the minister's
            self.verbs_before[span.open_mark] = (words, index) if index is not None else None
        return self.verbs_before[span.open_mark]

    def _subject_before(self, words: list[tuple[int, int, str]], verb_index: int) -> Entity | None:
        """The verb's subject: the speaker right before it, or before an appositive that ends right
        before it ("X, for the Lib Dems, added"); for a verb without a subject of its own
        ("..., but stressed that"), the sentence's first speaker."""
        verb_start = words[verb_index][0]
        if verb_index > 0 and words[verb_index - 1][2].lower() in _PASSIVE and (
            (verb_index + 1 < len(words) and words[verb_index + 1][2].lower() == "by")
            or (words[verb_index][2].lower() in OBJECT_SPEECH_VERBS and words[verb_index][2].lower().endswith(("ed", "told")))
        ):
            return None  # "X was told by Y", "X was advised by Y", "Volkova was asked:": X did not speak
        later: tuple[int, int] | None = None  # the span of the candidate after this one
        later_entity: Entity | None = None
        # "Its director general, Gordon Lishman, said": a name that is itself the appositive,
        # taken when no speaker stands before a whole appositive ("X, director of Y Group, said")
        # and not before a participle ("introduced Percy Sledge, citing")
        named_in_appositive: Entity | None = None
        participle = words[verb_index][2].lower().endswith("ing")
        candidates = self._candidates(words[:verb_index])
        for position in range(len(candidates) - 1, -1, -1):
            start, end, entity = candidates[position]
            if participle and position > 0 and self.text[max(0, start - 5) : start].endswith((" and ", " or ", "; ")):
                continue  # the last of a list: "Adegbite gave the names as X, 29; and Ibrahim Musa, 26, describing them as"
            if entity.type != "person" and position > 0 and candidates[position - 1][2].type == "person" and (
                _WHO_DOES_BEFORE.search(self.text, max(candidates[position - 1][1], start - 40), start)
                or (self.text.endswith((" a ", " an "), 0, start) and self.text.startswith((",", " ("), end))
            ):  # (or a rank set off like a body's name: "Chike Nwosu, a Senior Advocate of Nigeria (SAN), objected")
                later, later_entity = (start, end), entity
                continue  # "Jo Whitfield, a nurse who founded the Link Us Up campaign, which has 12,000 members, said": hers
            if self._someone_unnamed_of(start, end, entity):
                continue
            relative = _RELATIVE_GAP.fullmatch(self.text, end, verb_start)  # "led by Dr X, who described": X, though "by" governs him
            # (and "who" after a body is the person's before it: "Sheikh X, Chairman of the Y Council, who described")
            which_clause = self.text.startswith((", which ", ", that ", ", who "), end) and entity.type != "person"
            if which_clause and position > 0:
                owner = position - 1  # (past a body's possessive: "Prof. Tamar Levin of the Hebrew University’s Institute of Archaeology, who")
                if owner > 0 and candidates[owner][2].type != "person" and self.text[candidates[owner][1] : start] in ("’s ", "'s "):
                    owner -= 1
                if (person := self._person_of(candidates[owner], candidates[owner + 1][0])) is not None:
                    return person  # "Khanyisile Nxumalo of the civil society group Accountability Now SA, which has attended ..., said"
            subject = _SUBJECT_GAP.fullmatch(self.text, end, verb_start) or relative
            # (past capitalised words of a title after the comma: ", Spanish Socialist MEP María José Sánchez Ortega,")
            set_off = not subject and _SET_OFF_END.fullmatch(self.text, end, verb_start) is not None and (
                self.text[:start].rstrip().endswith(",") or _TITLE_AFTER_A_COMMA.search(self.text, max(0, start - 60), start) is not None
            )
            # (another name set off next opens a clause of its own; a description of the same person does not:
            # "Rachel Oyelaran, the MP for Leeds North East, has urged")
            names_next = later is not None and later_entity is not entity and self._names_next(end, later)
            if (subject or set_off) and not names_next and (relative or self._ungoverned_or_through(start, entity)):
                spokesperson = _SPOKESPERSON_AFTER.match(self.text, end)
                if subject and named_in_appositive is not None and named_in_appositive.type == "person" and (
                    spokesperson or (entity.type != "person" and _OF_BEFORE.search(self.text, max(0, start - 8), start))
                ):
                    # "A White House spokesperson, Jared Okonkwo, said", "John Smith's spokesman, Tom
                    # Jones, said", "the President of the Association of Ghana Industries (AGI), Mrs
                    # Efua Boateng-Quaye, said": the person, by name
                    return named_in_appositive
                if subject and named_in_appositive is not None and named_in_appositive.type == "person" and self._mention_at(start) is None:
                    return named_in_appositive  # "The jury president, the Danish actor Mads Kjeldsen, called": the name tells who the role is
                if subject:
                    return entity
                if named_in_appositive is None and not participle:
                    named_in_appositive = entity
            later, later_entity = (start, end), entity
        if named_in_appositive is not None:
            return named_in_appositive
        if participle:  # "..., with the Pakistan Cricket Board selection committee saying he had ...": the committee
            with_index = next((i for i in range(verb_index - 1, max(-1, verb_index - 11), -1) if words[i][2].lower() == "with"), None)
            # "with X saying", "with Maria Hutchings marching up to him, saying", "with Justice X,
            # heading a division bench, observing"; not "in a filing with the regulator, adding",
            # where the sentence's subject speaks
            with_phrase = with_index is not None and (
                _SET_OFF_PARTICIPLE.fullmatch(between := self.text[words[with_index][1] : words[verb_index][0]]) is not None
                or (verb_index - with_index < 8 and ("," not in between or any(word.endswith("ing") for word in between.split(",")[0].split())))
            )
            if with_phrase:
                attached = self._candidates(words[with_index + 1 : verb_index])
                # (or someone described: "OPEC+ agreed ..., with Saudi Arabia's energy minister warning that ...")
                return attached[0][2] if attached else None
        subjectless = verb_index > 0 and words[verb_index - 1][2].lower() in ("and", "but")
        if subjectless or participle:  # "X defended it, saying ..."
            sentence_start = self._sentence_start(verb_start)
            if _UNNAMED_PERSON_SPEAKS.match(self.text, sentence_start) or _UNNAMED_SOMEONE_SPEAKS.match(self.text, sentence_start):
                return None  # "One London-based fund manager, who asked not to be named, said ..., adding:"
            if subjectless and candidates and candidates[-1][2].type == "person" and _VERB_BEFORE_AND.fullmatch(
                self.text, candidates[-1][1], words[verb_index - 1][0]
            ):
                return candidates[-1][2]  # "after its deputy president, X, resigned and accused the party of “...”": X
            return self._first_speaker(words[:verb_index], subjects_only=True)
        return None

    def _inverted_subject(self, words: list[tuple[int, int, str]], verb_index: int, after_a_quote: bool = False) -> Entity | None:
        """said X: the first person among the next words, else the first organisation
        ("said Jupiter Research analyst Olivier Beauvillian" is Olivier Beauvillian). After a verb
        that takes an object ("told BBC Sport"), what follows is the listener, not the speaker,
        but right after a quote, which is that object, for any verb but telling (“...?” asked Patil,
        “...,” warned Lee); a possessive is no speaker either
        ("described Trump's call as")."""
        verb = words[verb_index][2].lower()
        passive_by = verb_index + 1 < len(words) and words[verb_index + 1][2] == "by" and not self.text[words[verb_index][1] : words[verb_index + 1][0]].strip()
        inverted = after_a_quote and verb not in _TELLING and not verb.endswith("ing") and not passive_by  # (not “...,” accusing X of)
        if verb in OBJECT_SPEECH_VERBS and not inverted:
            if passive_by:  # "was described by jury president X as" (not "branded “Bridge to Home” by the Government")
                agent_words = [w[2].lower() for w in words[verb_index + 2 : verb_index + 4]]
                if agent_words[:1] in (["a"], ["the"]) and agent_words[1:] and agent_words[1] in ("judge", "magistrate", "coroner"):
                    return self._the_judge()  # "has been told by a judge that he “betrayed ...”" ... "Judge Bríd Kennedy said"
                agents = self._candidates(words[verb_index + 2 : verb_index + 2 + _MAX_SUBJECT_WORDS])
                # the agent's whole name, before "as" or a stop (not "advised by Acme Corp lawyers", its people)
                ends_the_agent = bool(agents) and _AGENT_ENDS.match(self.text, agents[0][1]) is not None
                return agents[0][2] if ends_the_agent else None
            return None
        following = self._candidates(words[verb_index + 1 : verb_index + 1 + _MAX_SUBJECT_WORDS])
        pronoun_next = not after_a_quote and verb_index + 1 < len(words) and words[verb_index + 1][2].lower() in _CLAUSE_SUBJECT_PRONOUNS
        if pronoun_next and (not following or following[0][0] != words[verb_index + 1][0]):
            return None  # "said she was backing Dubose “...”", she unnamed: a clause of its own follows, and Dubose is in it
        if pronoun_next and words[verb_index + 1][2].lower() == "it" and self._unnamed_subject_before(words, verb_index):
            return None  # "The Irish delegation said it shared “...”": the delegation, which "it" is, has no name
        if len(following) > 1 and self._mention_at(following[0][0]) is None and following[1][0] == following[0][1] + 2:
            following = following[1:]  # "said the mayor, Georgios Tsoukalas": the name, not whom "the mayor" seemed
        candidates = [
            entity for start, end, entity in following
            if self._not_possessive(end)
            and self._ungoverned_or_through(start, entity)
            and (self.text[start:end].lower() in _PRONOUN_GENDER or not _CLAUSE_AFTER_NAME.match(self.text, end))
        ]  # "said he was sick of it": he, the speaker, says so of himself
        speaker = next((e for e in candidates if e.type == "person"), candidates[0] if candidates else None)
        indefinite = verb_index + 1 < len(words) and words[verb_index + 1][2].lower() in ("a", "an", "one", "another")
        if indefinite and (named := self._name_given_after(words[verb_index][1])) is not None:
            return named  # "said one girl, who ... gave only her first name, Ava."
        if speaker is None or not indefinite:
            return speaker
        start, end = next((s, e) for s, e, entity in following if entity is speaker)
        if speaker.type != "person":
            # "said one senior EU diplomat": someone unnamed; but "said a Juventus spokesman" is the club
            through = (
                _SPOKESPERSON_AFTER.match(self.text, end) or _PUBLISHED_AFTER.match(self.text, end)
                or _THROUGH_BEFORE.search(self.text, max(0, start - 60), start)
            )
            return speaker if through else None
        if self.text[start:end].lower() in _PRONOUN_GENDER:
            return None  # "said one lessor executive, who asked not to be named because he was ...": unnamed
        return speaker

    def _name_given_after(self, offset: int) -> Entity | None:
        """The person whose name someone gave as theirs in the rest of the sentence after `offset`."""
        return next(
            (entity for start, _end, entity in self._mentions_between(offset, self._sentence_end(offset)) if entity.type == "person" and given_as_a_name(self.text, start)),
            None,
        )

    def _someone_unnamed_speaks(self, words: list[tuple[int, int, str]], verb_index: int) -> bool:
        """Whether the clause of the verb at `verb_index` opens with someone unnamed: "..., someone
        at the back shouted", "and a woman in the crowd yelled"."""
        index = verb_index
        while index > 0 and "," not in self.text[words[index - 1][1] : words[index][0]] and words[index - 1][2].lower() not in ("and", "but"):
            index -= 1
        return _SOMEONE_UNNAMED.match(self.text, words[index][0]) is not None

    @staticmethod
    def _unnamed_subject_before(words: list[tuple[int, int, str]], verb_index: int) -> bool:
        """Whether a common noun other than a body's stands right before the verb, past auxiliaries
        and adverbs: the verb's own subject, which no name gives ("The delegation has said"; not
        "The bureau said", which means the bureau named before)."""
        index = verb_index - 1
        while index >= 0 and words[index][2].lower() in _GAP_ADVERBS:
            index -= 1
        if index < 0:
            return False
        word = words[index][2]
        common = word.isalpha() and (word.islower() or (index == 0 and word[1:].islower()))
        lowered = word.lower()
        return common and lowered not in ORGANIZATION_WORDS and lowered not in _BODY_WORDS and lowered not in _NOT_A_SUBJECT

    def _ungoverned_or_through(self, start: int, entity: Entity) -> bool:
        """A name no preposition governs, or a body that speaks through someone or something: "a
        spokeswoman for the Foreign Office", "a statement from Parcelink"; a person through a
        document only ("a statement from Rose Dale": a person's spokesman is not the person)."""
        if not self._governed(start):
            return True
        through = _THROUGH_BEFORE.search(self.text, max(0, start - 60), start)
        return through is not None and (entity.type != "person" or through.group().split()[0].lower().rstrip("s") in _DOCUMENTS)

    def _first_speaker(self, words: list[tuple[int, int, str]], subjects_only: bool = False) -> Entity | None:
        """The first speaker named among `words`, possessives ("Dr Gibbons' comments") excepted;
        `subjects_only` also passes over the objects of prepositions ("In an interview with the
        FT, Mr Blair refused, saying" is Mr Blair's) and an opening clause's people ("When asked
        by the judge if he had anything to say, Lim stood up and said")."""
        candidates = self._candidates(words)
        if subjects_only and len(words) > 1 and (
            words[0][2] == "Asked" or (words[0][2].lower() in _OPENING_CONJUNCTIONS and words[1][2].lower() == "asked")
        ):  # ("Asked on BBC Radio 4 whether she would compromise, Pryce said": Pryce, whom "she" means)
            comma = self.text.find(", ", words[0][0], words[-1][1])
            after_the_clause = [c for c in candidates if comma >= 0 and c[0] > comma]
            candidates = after_the_clause or candidates
        for start, end, entity in candidates:
            if subjects_only and (self._preposition_before(start) or self.text.startswith("(", start - 1)) and not (
                # (but "A spokesperson for X declined ..., saying", "Analysts at X were blunter, calling"; not
                # "A spokeswoman for X, Tanya Bledsoe,": hers)
                (_SPOKESPERSON_FOR.search(self.text, max(0, start - 30), start) or _ANALYSTS_AT_BEFORE.search(self.text, max(0, start - 30), start))
                and not self.text.startswith(",", end)
            ):
                continue  # "In an interview with the FT", a dateline's "(Reuters)"
            if subjects_only and (role := _ROLE_BEFORE_A_NAME.match(self.text, end)) and (
                entity.type != "person" or role.group().split()[-1] in _ROLES_OF_SOMEONES
            ):
                named = self._mention_at(role.end())
                if named is not None and named[2].type == "person":
                    # "Government spokeswoman Aurélie Mancel ... insisted", "Holyrood leader Nicola
                    # Sturgeon", "Warriors coach Damian Ng-Wai" (whatever "Warriors" was taken for)
                    continue
            if subjects_only and self._someone_unnamed_of(start, end, entity):
                continue
            if subjects_only and entity.type != "person" and (role := _WORD_AFTER.match(self.text, end)) and (
                role.group(1) in _ROLES_OF_SOMEONES and role.group(1) not in _NAMED_SPEAKS_FOR_A_BODY
            ):
                continue  # "the Carlton Athletic manager said": the manager, not the club
            if self._not_possessive(end) or _OWNS_A_DOCUMENT.match(self.text, end):
                return entity  # (a possessive too, of a document: "according to a draft of the council's final communique")
        return None

    def _someone_unnamed_of(self, start: int, end: int, entity: Entity) -> bool:
        """Whether a body's name stands in "one <body> <noun>", someone of the body the article
        does not name ("one Premier League scout, who has watched him, told"), not its spokesperson."""
        return entity.type != "person" and self.text.endswith((" one ", "One "), 0, start) and _PERSON_OF_A_BODY_AFTER.match(self.text, end) is not None

    def _not_possessive(self, end: int) -> bool:
        """Whether a name ending at `end` is no possessive ("Dr Gibbons' comments"), or one that
        speaks through a spokesperson ("the council's spokesperson")."""
        return not self.text.startswith(("’", "'"), end) or _POSSESSIVE_SPOKESPERSON.match(self.text, end) is not None

    def _referent(self, words: list[tuple[int, int, str]], index: int) -> tuple[Entity | None, bool]:
        """Whom a word that stands for a speaker means, and whether it is such a word: "he", "she",
        "it", "the 56-year-old"; "they" and "a spokeswoman" for an organisation nearby ("Big
        Machine have denied it. “...,” they said"; "The ministry would not comment. A spokeswoman
        said: ..."; not "a spokesman for the protesters"); "the company" or "its report" for the
        organisation named last; "the prime minister", when the article gave nobody that role,
        as "he" or "she" would."""
        start, end, token = words[index]
        lowered = token.lower()
        before = words[index - 1][2].lower() if index > 0 else ""
        gender = _PRONOUN_GENDER.get(lowered)
        if before == "the" and _AGE.fullmatch(token) and (aged := self._person_aged(token.split("-", 1)[0], start)) is not None:
            return aged, True  # "Josua Vakacegu, 28, ... His mother, Litia, ... “...,” said the 28-year-old wing"
        # (a nation's name of two words before its people's: "the South African", "the New Zealander")
        of_a_nation_of_two_words = index > 1 and words[index - 2][2].lower() == "the" and people_of_a_nation([before, lowered])
        if gender is None and (before == "the" or of_a_nation_of_two_words) and (_AGE.fullmatch(token) or self._nationality_alone(words, index)):
            gender = "p"  # "the 56-year-old said", "the Spaniard said": someone named before
        if gender is not None:
            return self._resolve_pronoun(start, gender), True
        if lowered in _RELATIONS:
            if before not in ("his", "her", "their"):
                return None, False
            relative = self._relative_named_before(lowered, start)
            if relative is not None and before != "their" and relative is self._resolve_pronoun(words[index - 1][0], "m" if before == "his" else "f"):
                # one's own brother is not oneself: "Mr Bell’s brother, Scott Bell" ... "He said his brother had told
                # him" is Mr Bell, whose brother Scott is
                return self._whose_relative(relative, lowered), True
            return relative, True
        if lowered in _SPOKESPEOPLE and before in _BODY_WORDS and index > 1 and words[index - 2][2].lower() in ("a", "an", "the"):
            # "a company spokeswoman said": the company that opened a sentence just before, else the one named last
            return self._organisation_nearby(start) or self._latest_organisation(start, company=before in _COMPANY_WORDS), True
        if lowered in _SPOKESPEOPLE and before == "force" and index > 1 and words[index - 2][2].lower() in ("a", "the"):
            return self._the_police(start), True  # "Lancashire Police say ... A force spokesperson said:"
        if lowered in _SPOKESPEOPLE and before in _KINDS_OF_BODY and index > 1 and words[index - 2][2].lower() in ("a", "an", "the"):
            return self._latest_named_with(before, start), True  # "a ministry spokesperson said": the ministry named last
        if lowered in _SPOKESPEOPLE and before == "the" and (spoken_for := self._body_of_the_last_spokesperson(start)) is not None:
            # "A spokesperson said: “...” ¶ When The Star asked why, the spokesperson said": the body that one spoke for
            return spoken_for, True
        if lowered == "they" or (lowered in _SPOKESPEOPLE and before in ("a", "an", "the") and not _OF_SOMEONE.match(self.text, end)):
            return self._organisation_nearby(start) or (self._kind_of_body_spoken_for(start) if before == "the" else None), True
        if (
            (_is_agent_noun(token) or lowered in _TITLES_FOR_THEIR_BEARER) and lowered not in _ROLE_WORDS and lowered not in _BODY_WORDS
            and self._ends_a_subject(end) and self._stands_alone(words, index)
        ):
            return self._described_as(lowered, start), True  # "the novelist says"
        if lowered in ("accused", "defendant") and before == "the" and self._ends_a_subject(end):
            return self._the_accused(start), True  # "the accused responded: “I am not guilty, Your Worship.”"
        if lowered == "police" and before in ("", "the", "said", "says", "told") and self._ends_a_subject(end):
            return self._the_police(start), True  # "Police said", "the police said": the one force the article named
        if lowered in _INSPECTORS and before not in _SOME_OF_THEM and self._ends_a_subject(end):
            # "inspectors wrote" after "a report by the Clinical Standards Agency", "inspectors said"
            # after "Ofsted rated the academy inadequate": the body that sent them
            return self._inspecting_body(start) or self._author_of_publication("report", start), True
        if lowered in _BODY_WORDS and _SPOKESPERSON_FOR_THE.search(self.text, max(0, start - 60), start):
            # "A spokeswoman for the organisation said", "a spokesperson for the pipeline company": the body of that
            # word named last, else the body just shown speaking ("The union Unison ... said ... a spokesperson for the union said")
            return self._latest_named_with(lowered, start) or self._organisation_nearby(start), True
        if lowered in _DOCUMENTS and (owner := self._owner_before(words, index)) is not None:
            return owner, True  # "Prewitt's statement said", "a Kremlin statement said", "The council's consultation document says"
        if (lowered in _DOCUMENTS or lowered in _PUBLICATIONS) and before in _KINDS_OF_BODY and index > 1 and words[index - 2][2].lower() in ("a", "an", "the"):
            return self._latest_named_with(before, start), True  # "A council report said": the council named last, as its spokesperson would
        if lowered in _DOCUMENTS and self._stands_alone(words, index):
            return self._author_of(lowered, start), True  # "X said in a statement ... “...,” the statement said"
        if (lowered in _ROLE_WORDS or lowered in _BODY_WORDS) and self._stands_alone(words, index):
            mention = self._mention_at(start)  # linked already: "the bank" to Bank of America
            if mention is not None:
                return mention[2], True
            if lowered in _PUBLICATIONS and (author := self._author_of_publication(lowered, start)) is not None:
                return author, True  # "according to a report by the X Group ... the report says": the group
            if lowered == "agency":
                return self._agency_meant(start), True
            if lowered in _BODY_WORDS:
                company = lowered in _COMPANY_WORDS
                return self._latest_organisation(start, company) or (self._unknown_body_opening(start) if company else None), True
            # a role given to several people: which one is meant is unknown
            # "the prime minister" is nobody given another office; "the minister", any officeholder
            qualified = index > 1 and before not in _DESCRIPTION_DETERMINERS
            office = f"{before} {lowered}" if qualified else None
            if (titled := self._titled_in_the_next_sentence(lowered, start)) is not None:
                return titled, True  # "The Eagles' coach had warned ... “...” Coach Brenda Ostrowski said afterward"
            if lowered in self._given_roles(start):
                # the one person given a role that is no office ("Anna Lee, a veteran from Leeds," ... "the veteran said");
                # an office given to several is any of them (the descriptions linked the one it could be)
                return (None if lowered in OFFICE_TITLES else self._described_as(lowered, start)), True
            return self._resolve_pronoun(start, "p", office), True
        return None, False

    def _titled_in_the_next_sentence(self, role: str, offset: int) -> Entity | None:
        """The one person the sentence after the one at `offset` names with `role` as a title right
        before the name: "The Eagles' coach had warned ..." ... "Coach Brenda Ostrowski said"."""
        following = self._sentence_index(offset) + 1
        if following >= len(self.sentences):
            return None
        sentence = self.sentences[following]
        titled = {
            entity.id: entity for start, end, entity in self._mentions_between(sentence.start, sentence.end)
            if entity.type == "person" and (  # the title in the mention, or right before it
                self.text[start:end].lower().startswith(role + " ") or self.text[max(sentence.start, start - len(role) - 1) : start].strip().lower() == role
            )
        }
        return _the_only(titled)

    def _person_aged(self, years: str, offset: int) -> Entity | None:
        """The one person named before `offset` whose age the article gave as `years`: "Josua
        Vakacegu, 28,", "Darren Pollock (28)", "28-year-old Dai Bevan"."""
        given_after = (f", {years},", f", aged {years},", f" ({years})", f", {years}.", f", aged {years}.")
        aged = {
            entity.id: entity for start, end, entity in self.mentions[: bisect_left(self.mention_starts, offset)]
            if entity.type == "person" and (self.text.startswith(given_after, end) or self.text.endswith(f"{years}-year-old ", 0, start))
        }
        return _the_only(aged)

    def _kind_of_body_spoken_for(self, offset: int) -> Entity | None:
        """For "the spokesperson": the body of the kind whose spokesperson the sentence before
        introduced ("A council spokesperson said ... “...,” the spokesperson said"), named last."""
        sentence = self._sentence_index(offset)
        if sentence == 0:
            return None
        previous = self.sentences[sentence - 1]
        introduced = _KIND_OF_BODY_SPOKESPERSON.search(self.text, previous.start, previous.end)
        return self._latest_named_with(introduced.group(1).lower(), introduced.start()) if introduced else None

    def _latest_named_with(self, word: str, offset: int) -> Entity | None:
        """The organisation named last before `offset` whose name holds `word` ("the Environmental
        Protection Ministry" for "a ministry spokesperson"), in its paragraph or the two before."""
        named = (entity for _s, _e, entity in self._organisations_back(offset, self._body_window_start(offset)) if word in entity.name.lower().split())
        return next(named, None)

    def _agency_meant(self, offset: int) -> Entity | None:
        """Which body "the agency" is: the organisation named last nearby ("Washington State Ferries
        ... the agency said"), unless that is named as an association, a union or the like, which
        no agency is; then the public agency named last before, anywhere ("The agency said" of the
        Federal Aviation Administration the story is about, after the controllers' association),
        failing which the body named last after all."""
        latest = self._latest_organisation(offset, company=False)
        if latest is not None and latest.name.rsplit(None, 1)[-1].lower() not in _NO_AGENCY_HEADS:
            return latest
        named = (entity for _s, _e, entity in self._organisations_back(offset, 0) if entity.name.rsplit(None, 1)[-1].lower() in _AGENCY_HEADS)
        return next(named, latest)

    def _body_window_start(self, offset: int) -> int:
        """Where the paragraphs in which a body named before `offset` may still be meant start:
        its own paragraph and the _BODY_PARAGRAPHS before."""
        return self.paragraphs[max(0, self._paragraph_of(offset) - _BODY_PARAGRAPHS)].start

    def _organisations_back(self, offset: int, since: int) -> Iterator[tuple[int, int, Entity]]:
        """The mentions of organisations from `offset` back to `since`, latest first."""
        index = bisect_left(self.mention_starts, offset) - 1
        while index >= 0 and self.mentions[index][0] >= since:
            if self.mentions[index][2].type == "organization":
                yield self.mentions[index]
            index -= 1

    def _the_accused(self, offset: int) -> Entity | None:
        """The one person the article showed charged before `offset` ("Benon Tumusiime, a bursar,
        was charged with theft"): the first person named in each sentence that charges someone."""
        charged: dict[int, Entity] = {}
        for sentence in self.sentences:
            if sentence.start >= offset:
                break
            if _CHARGES.search(self.text, sentence.start, sentence.end):
                first = bisect_left(self.mention_starts, sentence.start)
                named = next((m for m in self.mentions[first:] if m[0] < sentence.end and m[2].type == "person"), None)
                if named is not None and not self._inside_quote(named[0]):
                    charged[named[2].id] = named[2]
        return _the_only(charged)

    def _the_police(self, offset: int) -> Entity | None:
        """The one police force named before `offset` ("Greater Manchester Police", "the Chicago
        Police Department"), else the one the article names after it (a lede's "Police urged ...",
        then "A Metropolitan Police spokesperson said"); nobody when the article named none, or several."""
        forces = [
            (start, entity) for start, _end, entity in self.mentions
            if entity.type == "organization" and not _POLICE_WORDS.isdisjoint(entity.name.lower().split())
        ]
        before = {entity.id: entity for start, entity in forces if start < offset}
        # (after it, a force's full name: not "Police" again, opening another sentence)
        return _the_only(before) if before else _the_only({e.id: e for start, e in forces if start > offset and " " in e.name})

    def _owner_before(self, words: list[tuple[int, int, str]], index: int) -> Entity | None:
        """The name right before a document's noun, or a possessive one or two modifiers before it:
        "a Kremlin statement", "the council's consultation document"."""
        for back in (1, 2, 3):
            if index - back < 0:
                return None
            owner = self._mention_at(words[index - back][0])
            if owner is not None and owner[1] < words[index][0]:
                return owner[2] if back == 1 or self.text.startswith(POSSESSIVE_ENDINGS, owner[1]) else None
        return None

    def _relative_named_before(self, relation: str, offset: int) -> Entity | None:
        """The one person named before as someone's `relation`: "her husband, Daniel Clarke, 41,"."""
        named = {
            entity.id: entity for start, _end, entity in self.mentions
            if start < offset and entity.type == "person" and (found := self._named_as_a_relation(start)) and found.group(1) == relation
        }
        if not named and relation in _CHILDREN:  # the one whose parent was named so: "Olivia’s mother, Sarah Pennock," ... "her daughter"
            for start, _end, _entity in takewhile(lambda mention: mention[0] < offset, self.mentions):
                found = self._named_as_a_relation(start)
                owner = self._mention_at(found.start()) if found is not None and found.group(1) in ("mother", "father") else None
                if owner is not None and owner[2].type == "person" and owner[2].gender in (None, _RELATION_GENDER[relation]):
                    named[owner[2].id] = owner[2]
        return _the_only(named)

    def _named_as_a_relation(self, start: int) -> re.Match[str] | None:
        """The words before the mention at `start` that name it as someone's relative ("her husband, "
        of "her husband, Daniel Clarke,"; "Mr Bell’s brother, " of "Mr Bell’s brother, Scott Bell"):
        the relation in group 1, whose it is at the match's start."""
        return _NAMED_AS_A_RELATION.search(self.text, max(0, start - 40), start)

    def _whose_relative(self, relative: Entity, relation: str) -> Entity | None:
        """For a brother or a sister, the person whose `relation` `relative` was introduced as, who
        is then that relative's own: "Mr Bell’s brother, Scott Bell" gives Mr Bell, Scott's brother."""
        if relation not in _MUTUAL_RELATIONS:
            return None
        for start, _end, entity in self.mentions:
            if entity is relative and (found := self._named_as_a_relation(start)) and found.group(1) == relation:
                owner = self._mention_at(found.start())
                if owner is not None and owner[2].type == "person" and owner[2] is not relative and owner[2].gender in (None, _RELATION_GENDER[relation]):
                    return owner[2]
        return None

    def _nationality_alone(self, words: list[tuple[int, int, str]], index: int) -> bool:
        """A nation's or a city's person standing for someone ("the Spaniard said", "the Australian,
        who ..., added", "said the Londoner"), not a nation's thing ("the Australian government said")."""
        start, end, token = words[index]
        lowered = token.lower()
        if not token[:1].isupper() or not (lowered in _NATIONS_PEOPLE or of_a_place(lowered)):
            return False
        return self._ends_a_subject(end)

    def _ends_a_subject(self, end: int) -> bool:
        """Whether a word ending at `end` closes a phrase or comes right before a reporting verb
        ("the novelist says", "the Spaniard, who"), as a subject does (not "the humanitarian situation")."""
        following = _NEXT_WORD.match(self.text, end)  # in the text: `words` may stop at this one
        word = following.group(1).lower() if following else ""
        if bool(_ENDS_A_PHRASE.match(self.text, end)) or word in _REPORTING_VERBS or word in _GAP_WORDS:
            return True
        # or before another verb and a reporting one: "the Pole smiled and said"
        verbs = _VERB_AND_SPEECH.match(self.text, end)
        return verbs is not None and verbs.group(1).lower() in _REPORTING_VERBS

    def _stands_alone(self, words: list[tuple[int, int, str]], index: int) -> bool:
        """Whether a role or body word is a definite description of its own: "the (prime)
        minister", "its report"; not "the club's president", "the president of X", "the study by
        X", nor the object of a preposition ("said the president of the company")."""
        start, end, token = words[index]
        capitalised_role = token[1:].islower() and token.lower() in _ROLE_WORDS and self._mention_at(start) is None  # "the Minister"
        if not (token.islower() or capitalised_role) or _OF_SOMEONE.match(self.text, end) or self._mention_at(end + 1) is not None:
            return False  # (nor "the community company Cyfryngau’r Fro": the name that follows)
        if self.text.startswith(", ", end) and self.text[end + 2 : end + 3].isupper():
            return False  # "The investor, Bistrica Hydro, said": the name set off after it
        determiner = index - 1
        if determiner > 0 and words[determiner][2].lower() not in _DESCRIPTION_DETERMINERS and "’" not in words[determiner][2] and "'" not in words[determiner][2]:
            determiner -= 1  # one modifier: "the prime minister", "the new report"
            team = determiner
            while team > 0 and words[team][2][:1].isupper() and index - team <= _MAX_TEAM_WORDS:
                team -= 1  # (a team's or a country's name of several words after "former": "the former Black Stars defender")
            body = self._mention_at(words[team + 1][0]) if team < determiner else None
            if words[team][2].lower() in _FORMER or (
                team < determiner and words[team][2].lower() in _DESCRIPTION_DETERMINERS and (
                    (body is not None and body[2].type == "organization")
                    # (or a place's or a team's name with no title in it before a role: "the Carolina Coast coach")
                    or (body is None and token in _ROLE_WORDS and not any(w[2].lower() in OFFICE_TITLES for w in words[team + 1 : determiner + 1]))
                )
            ):
                determiner = team  # (or with no "former", a body's name: "the Carlton Athletic manager")
            if determiner > 0 and words[determiner][2].lower() in _FORMER and words[determiner + 1][2][:1].isupper():
                determiner -= 1  # and "former" before a country or a team: "the former Scotland international"
        if determiner < 0 or words[determiner][2].lower() not in _DESCRIPTION_DETERMINERS:
            return False
        return determiner == 0 or words[determiner - 1][2].lower() not in _PREPOSITIONS

    def _given_roles(self, offset: int) -> set[str]:
        """The role words the article gives people named before `offset`, in a title ("President
        Anna Berg") or a role (a minister named only later does not make "the minister" unknown)."""
        if self.roles is None:
            self.roles = []
            for entity in self.entities:
                if entity.type == "person":
                    described = " ".join([entity.role or "", *(m.text for m in entity.mentions)]).lower()
                    self.roles.append((min(m.start for m in entity.mentions), _ROLE_WORDS & set(_WORD.findall(described))))
        return {role for first_named, roles in self.roles if first_named < offset for role in roles}

    def _latest_organisation(self, offset: int, company: bool) -> Entity | None:
        """The organisation named last before `offset`, outside quotes, in its paragraph or the
        two before; for "the company" or "the firm", not a party, a union or a public body, and
        named anywhere before when none was named that close (the company the story is about)."""
        since = 0 if company else self._body_window_start(offset)
        for start, end, entity in self._organisations_back(offset, since):
            if self._inside_quote(start):
                continue
            if company and (
                not _NOT_COMPANIES.isdisjoint(entity.name.lower().split())
                or self.text.startswith(" union", end)  # "the Unite union"
                or _NO_COMPANY_BEFORE.search(self.text, max(0, start - 30), start)  # "the Seattle-based group Digital Rights Northwest"
                or _INDEX_NUMBER_AFTER.match(self.text, end)  # "the FTSE 250 aerospace components maker": a market's index
                or _DATA_SOURCE_AFTER.match(self.text, end)
                or _ANALYSTS_AFTER.match(self.text, end)
                or _ANALYSTS_AT_BEFORE.search(self.text, max(0, start - 30), start)  # "estimates from analysts at Redfield Capital Markets"
            ):
                continue
            if _SPOKEN_TO_BEFORE.search(self.text, max(0, start - 20), start):
                continue  # "In a statement sent to AFP, the company said": the listener
            return entity
        return None

    def _names_next(self, end: int, following: tuple[int, int]) -> bool:
        """Whether a name ending at `end` is followed by a comma and another name that opens a
        clause ("X, Mr Blair refused ..., saying"), where an appositive would open with a
        description ("X, a fellow at Y," / "X, Mr Blair's adviser,")."""
        return self.text[end : following[0]].strip() == "," and not self.text.startswith(("’", "'"), following[1])

    def _governed(self, start: int) -> bool:
        """Whether the name at `start` is the object of a preposition ("an analyst at Stratfor",
        "Richard Yamarone of Argus Research", "X, for the Lib Dems,"), not a word of a title
        ("Secretary of State X")."""
        if self.text.startswith(" (", start - 2) and (named := self._mention_at(start - 3)) is not None:
            return self._governed(named[0])  # "written to the Penang Island City Council (MBPP)": the acronym as its name
        if self.text[start - 3 : start] in ("’s ", "'s ") and (owner := self._mention_at(start - 4)) is not None and owner[2].type != "person":
            return self._governed(owner[0])  # "Insp Graham Lyttle of the PSNI's Roads Policing Unit said": governed past the body's possessive
        preposition = self._preposition_before(start)
        if preposition is None:
            return False
        before = self.text[max(0, preposition.start() - 30) : preposition.start()].rstrip()
        word = before.rsplit(None, 1)[-1] if before else ""
        if word[:1].islower() or word.endswith(",") or (word.lower() in SENTENCE_OPENERS and not word.endswith("s")):
            return True  # "Speaking to BBC Sport, X's trainer said" (but "Analysts at X described")
        person = self._mention_at(preposition.start() - 2) if preposition.start() >= 2 else None
        return person is not None and person[2].type == "person"

    def _preposition_before(self, start: int) -> re.Match[str] | None:
        """The preposition (and "the") right before a name at `start`: "with the FT", "at Stratfor",
        "to Agriculture Commissioner X", "to Health Minister X" (a title's words between, but not
        "China's ambassador to Britain Liu Xiaming")."""
        preposition = _AFTER_PREPOSITION.search(self.text, max(0, start - 50), start)
        if preposition is None or not preposition.group("title"):
            return preposition
        title = preposition.group("title").split()[-1].lower()
        return preposition if title in OFFICE_TITLES or self.text[start : start + 40].split(None, 1)[0].lower() in OFFICE_TITLES else None

    def _candidates(self, words: list[tuple[int, int, str]]) -> list[tuple[int, int, Entity]]:
        """The speakers among `words`: resolved pronouns and mentions of people and organisations,
        each once, with the span it covers."""
        found: list[tuple[int, int, Entity]] = []
        for index, (start, end, token) in enumerate(words):
            lowered = token.lower()
            if lowered in _PRONOUN_GENDER and index >= 2 and words[index - 1][2].lower() in ("said", "says") and (
                words[index - 2][2].lower() in OFFICE_TITLES and (not found or found[-1][0] != words[index - 2][0])
            ):
                continue  # "The Taoiseach said he would not accept ...": he is the office named, whoever holds it
            if (
                lowered in _STANDS_FOR_A_SPEAKER or lowered[0].isdigit() or lowered in _NATIONS_PEOPLE
                or _is_agent_noun(token) or (lowered.endswith(_AGENT_NOUN_ENDINGS) and of_a_place(lowered))
            ):
                entity, is_reference = self._referent(words, index)
                if entity is None and lowered == "it" and found and found[-1][2].type == "organization":
                    entity = found[-1][2]  # "The company cut 180 jobs in what it called": the body its sentence opened with
                if is_reference:
                    if entity is not None:
                        found.append((start, end, entity))
                    continue
            mention = self._mention_at(start)
            if mention is not None and mention[2].type == "person" and _SOMEONES_AIDE_AFTER.match(self.text, mention[1]):
                continue  # "a Moreno aide said": the aide, unnamed, as a person's spokesperson never is the person
            if mention is not None and (not found or found[-1][0] != mention[0]):
                found.append(mention)
        return found

    def _unknown_body_opening(self, offset: int) -> Entity | None:
        """For "the company" when no organisation was named: the name of no known kind that opened
        a sentence last, in its paragraph or the two before ("Altiplano Lithium has secured a
        permit ... the company said")."""
        since = self._body_window_start(offset)
        opening = [
            (m.start, e) for e in self.entities if e.type == "other" for m in e.mentions
            if since <= m.start < offset and self._sentence_start(m.start) == m.start
        ]
        return max(opening, key=lambda pair: pair[0])[1] if opening else None

    def _inspecting_body(self, offset: int) -> Entity | None:
        """The organisation shown judging something in the paragraph of `offset` or the two before
        ("Ofsted rated Thornbury Park Academy inadequate"), whose inspectors "inspectors said" means."""
        since = self.paragraphs[max(0, self._paragraph_of(offset) - 2)].start
        for start, end, entity in reversed(self._mentions_between(since, offset)):
            if entity.type == "organization" and not self._inside_quote(start) and _JUDGES_AFTER.match(self.text, end):
                return entity
        return None

    def _body_of_the_last_spokesperson(self, offset: int) -> Entity | None:
        """The organisation that the latest spokesperson shown speaking, in this paragraph or the
        two before, spoke for."""
        paragraph = self._paragraph_of(offset)
        for event in reversed(self.events):
            if paragraph - event.paragraph > 2:
                break
            if event.offset < offset and event.spokesperson and event.entity is not None:
                # (none if another spokesperson comes since: "and its spokeswoman said a man had been taken to hospital")
                since = self._sentence_end(event.offset)
                return None if _SPOKESPERSON.search(self.text, since, self._sentence_start(offset)) else event.entity
        return None

    def _organisation_nearby(self, offset: int) -> Entity | None:
        """The organisation that "they" or "a spokeswoman" stands for: the latest one that opened a
        sentence or was shown speaking, in this sentence or the one before (the sentences of
        the quote being attributed passed over); else nobody."""
        before = self._sentence_index(offset) - 1
        while before > 0 and self._inside_quote(self._first_word(self.sentences[before].start)):
            before -= 1  # "X denies it. “A. B,” they said.": the sentence before the quote
        since = self.sentences[before].start if before >= 0 else 0
        found: tuple[int, Entity] | None = None
        for subject_start, entity in reversed(self.subjects):
            if subject_start < since:
                break
            if subject_start < offset and entity.type == "organization" and not self._inside_quote(subject_start):
                found = (subject_start, entity)  # (not "If Republicans want beds," in the quote itself)
                break
        for event in reversed(self.events):
            if event.offset < since or (found is not None and event.offset < found[0]):
                break
            if event.offset < offset and event.entity is not None and event.entity.type == "organization":
                found = (event.offset, event.entity)
                break
        if found is None or self._through_a_source(*found):
            return None  # "A Labour source said .... “...,” they said": the source, whom nobody named
        return found[1]

    def _mention_at(self, offset: int) -> tuple[int, int, Entity] | None:
        index = bisect_right(self.mention_starts, offset) - 1
        if index >= 0:
            m_start, m_end, entity = self.mentions[index]
            if m_start <= offset < m_end:
                return m_start, m_end, entity
        return None

    def _gives_no_name_after(self, span: _Span) -> bool:
        """Whether the attribution after a quote says that its speaker gives no name, with nobody
        named in it: "“...,” she said, declining to give her name"."""
        end = self._clause_end(span)
        nameless = _NAMELESS_AFTER.search(self.text, span.close_mark, end)
        index = bisect_left(self.mention_starts, span.close_mark)
        return nameless is not None and not (index < len(self.mentions) and self.mentions[index][0] < nameless.start())

    def _from_an_anonymous_source(self, span: _Span) -> bool:
        """Whether the sentence of a quote, before it or in the attribution after it, gives its
        source as someone unnamed who spoke on condition of anonymity (or was not authorised to speak)."""
        return (
            _ANONYMOUS_SOURCE.search(self.text, self._sentence_start(span.open_mark), span.open_mark) is not None
            # or after it: "“...,” a senior EC official said, requesting anonymity."
            or _ANONYMOUS_SOURCE.search(self.text, span.close_mark, self._clause_end(span)) is not None
        )

    def _on_behalf_of(self, span: _Span) -> Entity | None:
        """The person a body's words speak for, where the quote's sentence says so before it: "on
        her behalf" (whom "her" means), "on behalf of X"."""
        sentence_start = self._sentence_start(span.open_mark)
        behalf = _ON_BEHALF.search(self.text, sentence_start, span.open_mark)
        if behalf is None:
            return None
        if behalf.group(1):
            return self._resolve_pronoun(behalf.start(), "m" if behalf.group(1) == "his" else "f")
        mention = self._mention_at(behalf.end())
        return mention[2] if mention is not None and mention[0] == behalf.end() and mention[2].type == "person" else None

    def _through_a_source(self, offset: int, body: Entity) -> bool:
        """Whether the sentence at `offset` gives its words to a source of the body, who is nobody
        named and does not speak for it: "A Treasury source said:", "Downing Street sources said"."""
        sentence = self.sentences[max(0, self._sentence_index(offset))]
        return any(sentence.start <= m.start < sentence.end and _SOURCE_AFTER.match(self.text, m.end) for m in body.mentions)

    def _is_question(self, span: _Span | Quote) -> bool:
        return self.text[span.start : span.end].rstrip(" ,").endswith("?")

    def _sentence_before(self, span: _Span) -> Sentence | None:
        """The sentence before a quote that opens its own sentence."""
        index = self._sentence_index(span.open_mark)
        return self.sentences[index - 1] if index >= 1 and self.sentences[index].start == span.open_mark else None

    def _asked_right_before(self, span: _Span) -> tuple[Entity | None, bool]:
        """Who asked a question with no attribution, and whether a sentence right before tells
        that someone did: "A reporter asked whether .... “Had she ever contacted you?”" (someone unnamed),
        "Quinlivan was asked the obvious question. ¶ “Is this the best?”" (not Quinlivan), "Ms
        Okafor asked whether .... “Are you profitable?”" (Ms Okafor)."""
        sentence = self._sentence_before(span)
        if sentence is None or not self._is_question(span):
            return None, False
        if span.paragraph - sentence.paragraph > 1 or (sentence.paragraph != span.paragraph and self.paragraphs[span.paragraph].start != span.open_mark):
            return None, False
        asked = _ASKED.search(self.text, sentence.start, sentence.end)
        if asked is None or self._inside_quote(asked.start()):
            return None, False
        if asked.group(1):
            return None, True  # "X was asked": by someone unnamed
        subject = self._first_speaker(self._words(sentence.start, asked.start()), subjects_only=True)
        return (subject if subject is not None and subject.type == "person" else None), True

    def _taking_a_stance_before(self, span: _Span) -> tuple[Entity | None, bool]:
        """Who speaks a quote that opens its sentence with no attribution, and whether a short
        sentence right before says how someone answered: "Asked whether ..., Rathore was blunt.
        “He ...”" (Rathore); "Another commuter, a banker who did not want to be named, was less
        sympathetic." (someone unnamed)."""
        sentence = self._sentence_before(span)
        if sentence is None:
            return None, False
        # in the quote's paragraph, or the whole paragraph before one the quote opens ("Nunes
        # addresses the crowd directly. ¶ “I know ...”")
        index = self._sentence_index(sentence.start)
        alone_before = index < 1 or self.sentences[index - 1].paragraph != sentence.paragraph
        if sentence.paragraph != span.paragraph and not (alone_before and self.paragraphs[span.paragraph].start == span.open_mark):
            return None, False
        # its subject: the last person named at its start or after a comma (after "Asked whether ...,")
        mention = next(
            (m for m in reversed(self._mentions_between(sentence.start, sentence.end))
             if m[0] == sentence.start or self.text.endswith(", ", 0, m[0])),
            None,
        )
        unnamed = mention is None and _UNNAMED_OPENING.match(self.text, sentence.start) is not None
        if not unnamed and (mention is None or mention[2].type != "person"):
            return None, False
        after = self.text[mention[1] if mention else sentence.start : sentence.end]
        if after.startswith(", ") and (appositive_end := after.find(", ", 2)) > 0:
            after = after[appositive_end + 1 :]  # "Ní Bhriain, whose family runs a farm, was unrepentant."
        opening_words = 0
        if unnamed:  # past who they are: "Another commuter, a banker who ..., " or "A City banker"
            if after.count(",") >= 2:
                after = after.rsplit(", ", 1)[-1]
            else:
                opening_words = _UNNAMED_OPENING_WORDS
        words = [w.strip(".,:;!").lower() for w in after.split()][opening_words:]
        if len(words) > _MAX_STANCE_WORDS or _STANCE_WORDS.isdisjoint(words):
            return None, False
        return (mention[2] if mention else None), True

    def _mentions_between(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """The mentions that start in text[start:end], in order."""
        return self.mentions[bisect_left(self.mention_starts, start) : bisect_left(self.mention_starts, end)]

    def _persons_named_in(self, sentence: Sentence) -> dict[int, tuple[int, int, Entity]]:
        """The people a sentence names outside quotes, each by its last mention there."""
        return {
            entity.id: (start, end, entity)
            for start, end, entity in self._mentions_between(sentence.start, sentence.end)
            if entity.type == "person" and not self._inside_quote(start)
        }

    def _person_introduced_right_before(self, span: _Span) -> tuple[Entity | None, bool]:
        """Who speaks a quote with no attribution that opens a sentence after one, in its
        paragraph, that introduces a single person: "Parent Hone Walker moved his family from
        Auckland last year. “Best decision we’ve made.”", "U.S. District Judge Harriet Lindqvist
        cut it short. “This is not a theater.”" (not whoever spoke before); or that is a paragraph
        of its own after one with no quote that ends so ("Nomvula Dlamini, 63, is near the front. ¶
        “We queue at five.”"; not after someone's kin: "her grandmother, Nneka Okonkwo, raised her.
        ¶ ‘She used to say ...’")."""
        sentence = self._sentence_before(span)
        if sentence is None or self._inside_quote(sentence.end - 1):
            return None, False
        paragraph = self.paragraphs[span.paragraph]
        if sentence.paragraph != span.paragraph and not (
            sentence.paragraph == span.paragraph - 1 and span.open_mark == paragraph.start
            and not self.text[span.close_mark + 1 : paragraph.end].strip(" .,")
            and not any(s.paragraph == sentence.paragraph for s in self.spans)
        ):
            return None, False  # (or the paragraph before, with no quote of its own, for a quote that is its paragraph)
        people = self._persons_named_in(sentence)
        if len(people) != 1:
            return None, False
        [(start, _end, person)] = people.values()
        first = min(m.start for m in person.mentions)
        if first < sentence.start:
            return None, False  # named before: whoever spoke last goes on
        if sentence.paragraph != span.paragraph and (
            _KIN_SET_OFF_BEFORE.search(self.text, max(sentence.start, start - 40), start)
            or not all(w[2][:1].isupper() for w in self._words(sentence.start, start))
        ):
            # the subject opening the sentence, with a title at most, and nobody's kin (not "Police
            # arrested Daniel Price.", "Her mother, Ngozi Okonkwo, had made her feelings clear.")
            return None, False
        words = self._words(sentence.start, sentence.end)
        if any(w[2].lower() in _PERSONAL_SUBJECT_PRONOUNS for w in words if w[0] < first):
            return None, False  # not the subject: "he credited his race engineer Gianluca Berti."
        if any(self._is_speech_verb(words, index) for index in range(len(words))):
            return None, False  # an attribution ("the striker told Sky Sport Italia."): whoever spoke goes on
        return person, True

    def _turn_in_an_exchange(self, span: _Span, quotes: list[Quote]) -> Entity | None:
        """A question and its answer, each a paragraph alone, after an exchange of two people, each
        turn a paragraph of one speaker's quotes: “Did the board see it?” she asked. ¶ “Not in that
        form,” Dr Chen replied. ¶ “In any form?” is hers again, and the answer after it his (turns
        alternate)."""
        paragraph = self.paragraphs[span.paragraph]
        if span.open_mark != paragraph.start or self.text[span.close_mark + 1 : paragraph.end].strip(" .,"):
            return None  # (a paragraph that is the quote alone)
        turns = [self._one_speakers_turn(span.paragraph - 2, quotes), self._one_speakers_turn(span.paragraph - 1, quotes)]
        if turns[0] is None or turns[1] is None or turns[0][0].speaker_id == turns[1][0].speaker_id:
            return None
        # (a question closing a turn of several quotes is the speaker's own, asked of nobody: “We have heard
        # the concerns,” said councillor Tom Reid. “But what are the alternatives?”)
        if len(turns[1]) > 1 and (self._is_question(turns[1][-1]) or _FIRST_PERSON.search(self.text, span.start, span.end)):
            return None  # (nor is “Why would I walk away now?” after “No,” said Johnson. “I have a mandate.” the interviewer's)
        if not any(self._is_question(turn[-1]) for turn in turns) and not self._is_question(span):
            return None
        return self._entity(turns[0][0].speaker_id)

    def _one_speakers_turn(self, paragraph: int, quotes: list[Quote]) -> list[Quote] | None:
        """The direct quotes of a paragraph that is one speaker's turn: it opens with a quote (not a
        narrative that ends with “What else can you do?”), and all its quotes are one person's
        (“More Medicaid reimbursement,” he said. “That math doesn't change.”)."""
        turn = [q for q in quotes if q.kind == "direct" and self._paragraph_of(q.start) == paragraph] if paragraph >= 0 else []
        if not turn or turn[0].start - 1 != self.paragraphs[paragraph].start or turn[0].speaker_id is None:
            return None
        return turn if all(q.speaker_id == turn[0].speaker_id for q in turn) else None

    def _latest_speaker(self, span: _Span, previous: Quote | None) -> Entity | None:
        """Who goes on speaking in a quote with no attribution: whoever the article last showed
        speaking, in a quote or not ("The council said it would review the plan. “Unions will be
        consulted.”"), in the same paragraph or the one before. Names in the attribution of the
        previous quote ("“...,” X, an economist with the OECD, told the BBC.") are passed over."""
        if previous is not None and self.text[span.open_mark - 1 : span.open_mark] == "(" and self._paragraph_of(previous.start) == span.paragraph:
            return self._entity(previous.speaker_id)  # a translation in brackets: “Hindi ko ...,” X said. (“This is not ...”)
        attribution_end = self._sentence_end(previous.end) if previous is not None else -1
        latest = next(
            (event for event in reversed(self.events)
             if event.offset < span.open_mark and not self._inside_quote(event.offset)
             and not (previous is not None and previous.end <= event.offset < attribution_end)),
            None,
        )
        # or someone shown speaking by "he" or "she" since: "For two years afterward, he says, he
        # rarely left his apartment. ¶ “I couldn't read more than a page ...”"
        since = max(self.paragraphs[max(0, span.paragraph - 1)].start, latest.offset if latest is not None else 0)
        pronoun = None
        for found in _PRONOUN_REPORTS.finditer(self.text, since, span.open_mark):
            if found.group(2) in SPEECH_VERBS and not self._inside_quote(found.start()) and not (previous is not None and previous.end <= found.start() < attribution_end):
                pronoun = found
        if pronoun is not None:
            return self._resolve_pronoun(pronoun.start(), _PRONOUN_GENDER[pronoun.group(1).lower()])
        return latest.entity if latest is not None and span.paragraph - latest.paragraph <= 1 else None

    def _described_as(self, noun: str, offset: int) -> Entity | None:
        """Whom "the <noun>" means: the one person named before whose role or title holds the noun,
        or who has it right before a mention ("novelist Zofia Wierzbicka" for "the novelist"); nobody
        when several or none do (not "he" or "she": "the caller", "the whistleblower" are often unnamed)."""
        described = {entity.id: entity for start, entity in self.persons if start < offset and noun in self._description_of(entity, start).lower().split()}
        if len(described) != 1:
            return None
        entity = next(iter(described.values()))
        latest = max((m.start for m in entity.mentions if m.start < offset), default=0)
        # "A senior novelist, who declined to be named, ... “...,” the novelist said": not the one named
        return None if introduces_someone_unnamed(self.text, noun, latest, offset) else entity

    def _description_of(self, entity: Entity, start: int) -> str:
        """What describes a person: their role, their mentions with any title, and the words right
        before the mention at `start` in its sentence ("novelist Zofia Wierzbicka")."""
        before = _CLAUSE_BREAK_BEFORE.split(self.text[max(0, start - 30) : start])[-1]
        return f"{entity.role or ''} {' '.join(m.text for m in entity.mentions)} {before}"

    def _description_named_later(self, span: _Span) -> Entity | None:
        """Whom a description speaking in the story's opening paragraph means, when only the next
        paragraphs name them: the one person first named there with a word of the description as
        role or title ("A senior surgeon at a struggling NHS trust says she was “frozen out”" ...
        "Dr Helen Marsh, a consultant colorectal surgeon, ..."; "A judge has struck out ..., saying
        the delay was “inexcusable”" ... "Judge Úna Ní Raghallaigh")."""
        before = self._speech_verb_before(span)
        if before is not None:
            words, index = before
            if index > 0 and words[index - 1][2].lower() in _PASSIVE:
                return None  # "The Taoiseach has been accused of “...”": not his words
            described = words[:index]
        else:
            after = self._words_after(span)
            index = next((i for i in range(len(after)) if self._is_speech_verb(after, i)), None)
            described = after[:index] if index is not None else []
        noun = self._description_head(described)
        if noun is None or _KEPT_ANONYMOUS.search(self.text, self._sentence_start(span.open_mark), self._sentence_end(span.close_mark)):
            return None  # ("one shopper said, declining to give her name", "who asked not to be named")
        end = self.paragraphs[min(len(self.paragraphs) - 1, _LATER_PARAGRAPHS)].end
        named_later: dict[int, Entity] = {}
        for start, entity in self.persons:
            if start <= span.close_mark or start >= end or self._paragraph_of(min(m.start for m in entity.mentions)) == span.paragraph:
                continue  # (first named in a paragraph after the opening one)
            described_so = self._description_of(entity, start)
            said_so = _WORD.findall(described_so.lower())
            if (noun in said_so or _SAID_FOR.get(noun) in said_so) and noun not in entity.name.lower().split() and not (
                _ANOTHER_OR_SOMEONES.search(described_so)
            ):  # (a title, not "Bill" of a name; not "A second witness, Jane Fox", "The officer's lawyer, Tom Reed")
                named_later[entity.id] = entity  # ("A grieving mum" ... "his mother Karen")
        return _the_only(named_later)

    def _description_head(self, words: list[tuple[int, int, str]]) -> str | None:
        """The noun that heads the description the speech verb after `words` has for subject: the
        one right before it ("in what one local politician called"), else, when that is the object
        of a preposition, the sentence's first ("A senior surgeon at a struggling NHS trust says");
        a determiner or a possessive, then words in lower case ("Tonga's lead negotiator")."""
        last = len(words)
        while last > 0 and words[last - 1][2].lower() in _AUXILIARIES:
            last -= 1  # "A grieving mum has told"
        opening = next((i for i in range(last - 1, -1, -1) if self._opens_a_description(words[i][2])), None)
        if opening is not None and opening > 0 and words[opening - 1][2].lower() in _PREPOSITIONS_BEFORE_A_BODY:
            opening = next((i for i in range(opening) if self._opens_a_description(words[i][2])), None)
        if opening is None:
            return None
        head = None
        start = words[opening][0]
        for next_start, _next_end, following in words[opening + 1 :]:
            lowered = following.lower()
            if lowered in _ENDS_A_DESCRIPTION or "," in self.text[start:next_start] or (head is not None and lowered.endswith(("ed", "ing"))):
                break  # ("A grieving mum has told", "the United Nations mediator saying")
            if following.islower() or lowered in OFFICE_TITLES:
                head = lowered  # (a title too: "the state's Premier warning")
        return head if head is not None and head not in _NOT_DESCRIBING else None

    @staticmethod
    def _opens_a_description(word: str) -> bool:
        return word.lower() in ("a", "an", "the") or (word[:1].isupper() and word.endswith(POSSESSIVE_ENDINGS))

    def _author_of_publication(self, noun: str, offset: int) -> Entity | None:
        """Whose "the report" or "the study" is: the organisation the article last named as the
        author of one ("a report by the All-Party Parliamentary Group on Oral Health", "the
        group's report"), outside quotes; None when it named none."""
        found = [(m.start(), self._mention_at(m.end())) for m in _publication_by(noun).finditer(self.text, 0, offset)]
        found += [(m.start(), self._mention_at(m.start() - 1)) for m in _publication_of(noun).finditer(self.text, 0, offset)]
        found += [(m.start(), self._mention_at(m.end())) for m in _publication_its(noun).finditer(self.text, 0, offset)]
        authors = [(start, named[2]) for start, named in found if named is not None and named[2].type == "organization" and not self._inside_quote(start)]
        return max(authors, key=lambda pair: pair[0])[1] if authors else None

    def _author_of(self, document: str, offset: int) -> Entity | None:
        """Who wrote "the statement" or "the letter" that speaks at `offset`: the one it is "from"
        ("She read out a letter from Wong"), else the subject of the sentence that introduced it
        ("Notebaert sent a letter to MCI's board", "X said in a statement", "In a letter smuggled
        out of prison, Mansour wrote"), in its paragraph or the two before; nobody if none did (but
        a statement the article never introduced is the body's shown speaking just before)."""
        since = self.paragraphs[max(0, self._paragraph_of(offset) - 2)].start
        introduced = _last_match(_document_introduced(document), self.text, since, offset)
        if introduced is None and document == "statement" and _last_match(_document_introduced(document), self.text, 0, offset) is None:
            return self._organisation_nearby(offset)  # "The HSE said hospitals were ... ¶ “...,” the statement said"
        if introduced is None or self._inside_quote(introduced.start()):
            return None
        if (sent_from := _SENT_FROM.match(self.text, introduced.end())) is not None and (sender := self._mention_at(sent_from.end())) is not None:
            # "She read out a letter from Wong to the court. “...,” the letter read.": Wong's; "A memo
            # from the Raleigh Department of Transportation ... The memo described ... as “...”"
            return sender[2]
        start = introduced.start()
        sentence_start, sentence_end = self._sentence_start(start), self._sentence_end(start)
        quoted = [
            e.entity for e in self.events
            if introduced.end() <= e.offset < sentence_end and e.entity is not None and e.offset in self.quote_opens
            and self.text[sentence_start : e.offset].rstrip().endswith(":")  # (not "a day after Tom Jones said “...”")
        ]
        if quoted:
            # the speaker of the quote the sentence introduces after it: "In an affidavit read into
            # the record by his advocate, Johan Pretorius, Sipho Mahlangu said: “...” ¶ “...,” the
            # affidavit continued" is Mahlangu's, not the advocate's named first
            return quoted[0]
        return self._first_speaker(self._words(sentence_start, sentence_end), subjects_only=True)

    @staticmethod
    def _opens_a_name(words: list[tuple[int, int, str]]) -> bool:
        """Whether the words open with a name, "the" before it allowed: "Anna Berg", "the Finance Ministry"."""
        if words and words[0][2] == "the":
            words = words[1:]
        return bool(words) and words[0][2][0].isupper()

    def _resolve_pronoun(self, offset: int, gender: str, role: str | None = None) -> Entity | None:
        """Whom "he", "she", "it" or "the 56-year-old" means (`gender` m, f, n for an organisation,
        p for any person): the latest compatible entity shown speaking or opening a sentence nearby
        (nobody, if the latest speaker nearby went unnamed), else the latest person named."""
        paragraph = self._paragraph_of(offset)
        if gender in ("m", "f") and (introduced := self._introduced_right_before(offset, gender)) is not None:
            return introduced
        if gender in ("m", "f") and (antecedent := self._who_clause_antecedent(offset, gender)) is not None:
            return antecedent
        if gender in ("m", "f") and self._my_kin_before(offset, gender):
            return None  # "My kokum – my grandmother – used to sing to me, and she always said, “...”": hers, unnamed
        if gender in ("m", "f") and self._answers_the_writer(offset) and (interviewed := self._main_person(gender, None)) is not None:
            return self._entity(interviewed)  # “What was the lowest point?” I ask. ¶ “The third one,” he says: whom the profile is about
        latest: tuple[int, Entity | None] | None = None
        verb = "".join(_first_two_words(self.text, offset)[1:2]).lower()  # the word after the pronoun
        asking = verb in _ASKING  # “...?” she asked: not the one asked
        asker = self._asker_answered(offset) if verb in _ANSWERING else None  # “...?” she asked. ¶ “...,” she replied.: not the one who asked
        for event in reversed(self.events):  # in text order: the first that fits is the latest
            if event.offset >= offset or (event.entity is not None and self._inside_quote(event.offset)) or (asking and event.asked):
                continue  # (not "Mr. Baptiste calls my house" inside the quote)
            if asker is not None and event.entity is asker:
                continue
            if paragraph - event.paragraph > 2:
                break
            if event.entity is None:
                if event.gender not in (None, gender) or event.asks:
                    continue  # "the spokesman declined ... She said": not him
                if paragraph - event.paragraph <= event.reach:
                    latest = (event.offset, None)
                    break
            elif self._fits(event.entity, gender, role) or (event.spokesperson and gender != "n" and self._spokesperson_fits(event, gender, offset)):
                latest = (event.offset, event.entity)
                break
        for start, entity in reversed(self.subjects):
            if start >= offset:
                continue
            if latest is not None and start < latest[0] or paragraph - self._paragraph_of(start) > 2:
                break
            if self._fits(entity, gender, role) and not self._inside_quote(start) and entity is not asker:
                latest = (start, entity)
                break
        if latest is not None and latest[1] is not None and gender in ("m", "f"):
            named = self._sole_person_of_the_paragraph_before(paragraph, gender, latest[0])
            if named is None and self._paragraph_of(latest[0]) < paragraph:
                named = self._sole_person_between(self.paragraphs[paragraph].start, offset, gender, spoken_of=True)
            if named is not None:
                return named
        if latest is not None:
            return latest[1]
        # "she": a woman named within the last paragraphs before someone whose gender is unknown
        unknown: Entity | None = None
        for start, entity in reversed(self.persons if gender != "n" else []):
            if unknown is not None and paragraph - self._paragraph_of(start) > 2:
                break
            if start < offset and self._fits(entity, gender, role) and not self._inside_quote(start):
                if entity.gender is not None or gender == "p":
                    return entity
                unknown = unknown or entity
        return unknown

    def _spokesperson_fits(self, event: _Event, gender: str, offset: int) -> bool:
        """Whether "he" or "she" at `offset` can be the body's spokesperson of `event`: one of that
        gender, or one of no stated gender ("a spokesperson") but past a sentence since that opens
        with the same pronoun, someone else's ("A department spokesperson said .... ¶ She expects
        to finish .... ¶ “...,” she said" is the muralist the story is about)."""
        if event.gender is not None:
            return event.gender == gender
        pronoun = "She " if gender == "f" else "He "
        return not any(
            event.offset < sentence.start < offset and self.text.startswith(pronoun, sentence.start)
            for sentence in self.sentences[self._sentence_index(event.offset) + 1 : self._sentence_index(offset) + 1]
        )

    def _my_kin_before(self, offset: int, gender: str) -> bool:
        """Whether the sentence of a pronoun at `offset` speaks of the speaker's own relative of that
        gender before it, outside quote marks ("my grandmother" of an interview's answer), whom the
        pronoun then means."""
        found = self._my_kin_last(self._sentence_start(offset), offset, gender)
        return found is not None and not self._inside_quote(found.start())

    def _my_kin_last(self, start: int, end: int, gender: str) -> re.Match[str] | None:
        """The last "my X" (or "our X") between `start` and `end`, when that relative is of `gender`
        (or of either, as "my youngest" is)."""
        found = _last_match(_MY_KIN, self.text, start, end)
        # (a mentor, of no gender the word tells, is of either: "my coach just pointed at his legs. He was telling me, ‘...’")
        return found if found is not None and _KIN_GENDERS.get(_kin_word(found), "p") in (gender, "p") else None

    def _answers_the_writer(self, offset: int) -> bool:
        """Whether the quote a pronoun at `offset` attributes follows a question the writer asked
        (“...?” I ask.), as an interview's answer does."""
        question = self._quote_before_the_reply(offset)
        return question is not None and self._is_question(question) and _THE_WRITER_ASKS.match(self.text, question.close_mark) is not None

    def _asker_answered(self, offset: int) -> Entity | None:
        """Who asked the question that the quote replying at `offset` answers: the speaker of the
        quote before it, when that ends with a question mark."""
        question = self._quote_before_the_reply(offset)
        if question is None or not self._is_question(question):
            return None
        return next((e.entity for e in reversed(self.events) if e.offset == question.open_mark and e.entity is not None), None)

    def _quote_before_the_reply(self, offset: int) -> _Span | None:
        """The quote before the one that the word at `offset` attributes (“...,” she replied)."""
        index = bisect_left(self.quote_opens, offset) - 1
        while index >= 0 and self.spans[index].close_mark > offset:
            index -= 1  # (the reply itself)
        sentence = self._sentence_index(offset)
        following = index + 1
        if index >= 0 and following < len(self.spans) and self._sentence_index(self.spans[following].open_mark) == sentence != (
            self._sentence_index(self.spans[index].close_mark)
        ):
            return self.spans[index]  # the reply after the word: "The witness replied: “...”"
        return self.spans[index - 1] if index >= 1 else None

    def _sole_person_of_the_paragraph_before(self, paragraph: int, gender: str, latest: int) -> Entity | None:
        """The one person of `gender` named in the paragraph right before the pronoun's, when the
        latest speaker is further back: "Ms. Báez said ... ¶ Tickets sold out, a fact that Ms.
        Ferrer still finds baffling. ¶ “I keep thinking somebody made a mistake,” she said": Ferrer."""
        if paragraph == 0 or self._paragraph_of(latest) >= paragraph - 1:
            return None
        return self._sole_person_between(self.paragraphs[paragraph - 1].start, self.paragraphs[paragraph - 1].end, gender)

    def _sole_person_between(self, start: int, end: int, gender: str, spoken_of: bool = False) -> Entity | None:
        """The one person of `gender` named between `start` and `end`, outside quotes; with
        `spoken_of`, none if someone there is named as spoken about ("Asked about Smith's remarks")."""
        first = bisect_left(self.mention_starts, start)
        named = [
            (at, until, entity) for at, until, entity in takewhile(lambda mention: mention[0] < end, self.mentions[first:])
            if entity.type == "person" and not self._inside_quote(at)
        ]
        if spoken_of and any(  # (of that gender: "Lourdes Valdivia, Hector’s sister, ... she said" is hers)
            _SPOKEN_ABOUT_BEFORE.search(self.text, max(0, at - 60), at) or self.text.startswith(POSSESSIVE_ENDINGS, until)
            for at, until, entity in named if entity.gender in (gender, None)
        ):
            return None
        found = {entity.id: entity for _at, _until, entity in named if entity.gender == gender}
        return _the_only(found)

    def _who_clause_antecedent(self, offset: int, gender: str) -> Entity | None:
        """The person whose "who" clause holds the pronoun at `offset`, nobody named between: "the
        company’s vice president, Priya Nandakumar, who walked through what she called"."""
        who = self.text.rfind(", who ", self._sentence_start(offset), offset)
        if who < 0 or offset - who > 80 or "," in self.text[who + 2 : offset] or self._mentions_between(who, offset):
            return None  # (the clause closed: "Of Dunmore, who fans call “The Lighthouse”, he added")
        named = self._mention_at(who - 1)
        return named[2] if named is not None and named[2].type == "person" and named[2].gender == gender else None

    def _introduced_right_before(self, offset: int, gender: str) -> Entity | None:
        """The one person of `gender` whom the sentence right before, in the same paragraph,
        introduces with a role set off after the name, for "he" or "she" next: "That did little to
        reassure Jenny Marsden, chairwoman of the local NFU branch. “Twice is two harvests,” she said."."""
        sentence = self._sentence_index(offset)
        if sentence == 0 or self.sentences[sentence - 1].paragraph != self.sentences[sentence].paragraph:
            return None
        before = self.sentences[sentence - 1]
        found = {key: named for key, named in self._persons_named_in(before).items() if named[2].gender in (gender, None)}
        if len(found) != 1:
            return None
        start, end, entity = next(iter(found.values()))
        if min(m.start for m in entity.mentions) != start or entity.gender != gender or not _ROLE_SET_OFF.match(self.text, end):
            return None  # (not "his former teammate Mateo Cárdenas, who died in February")
        # and nobody else shown speaking since: "Kirsty Williams, for the Lib Dems, added ... Ms Hutt said ... she said"
        return None if any(start < e.offset < offset and e.entity is not entity for e in self.events) else entity

    @staticmethod
    def _fits(entity: Entity, gender: str, role: str | None = None) -> bool:
        """Whether `entity` may be meant by a pronoun of `gender`, or by "the `role`": not a
        person the article gave another office ("Health Secretary John Reid" is not "the prime
        minister")."""
        if gender == "n":
            return entity.type == "organization"
        if role is not None and entity.role and role not in entity.role.lower() and not OFFICE_TITLES.isdisjoint(entity.role.lower().split()):
            return False
        return entity.type == "person" and (gender == "p" or entity.gender in (gender, None))

    def _subjects(self) -> list[tuple[int, Entity]]:
        """Mentions of people and organisations that open their sentence, after at most a short
        introductory phrase that reports nothing ("He said X had lied" does not make X a subject)."""
        subjects: list[tuple[int, Entity]] = []
        for sentence in self.sentences:
            if self.text.startswith("The ", sentence.start) and (aged := _AGE_OPENING.match(self.text, sentence.start)) is not None:
                # "The 29-year-old from Merthyr Tydfil ... beat X": the one of that age, else the
                # person the sentences before were about
                person = self._person_aged(aged.group(1), sentence.start) or self._last_person_subject(subjects, sentence.paragraph)
                if person is not None:
                    subjects.append((sentence.start, person))
                continue
            index = bisect_right(self.mention_starts, sentence.start - 1)
            if index + 1 < len(self.mentions) and self.text[self.mentions[index][0] - 1 : self.mentions[index][0]] == "(":
                index += 1  # a wire service's credit in brackets: "(Bloomberg) -- Altavera Systems Inc. shares tumbled"
            if index < len(self.mentions):
                start, end, entity = self.mentions[index]
                if start >= sentence.end:
                    continue
                opening = self.text[sentence.start : start]
                participle_opening = self._opens_with_a_participle(sentence)
                if index + 1 < len(self.mentions) and (entity.type != "person" or self.text.startswith(POSSESSIVE_ENDINGS, end)):
                    named = self.mentions[index + 1]  # "The state Democratic Party chair, Nadia Okonjo, was ...": she
                    if named[2].type == "person" and (
                        (self.text.startswith(",", named[1]) and _ROLE_THEN_NAME.fullmatch(self.text, end, named[0]))
                        or ((role := _ROLE_BEFORE_A_NAME.match(self.text, end)) is not None and role.end() == named[0])  # "Shannon head coach Declan Furlong was"
                    ):
                        start, end, entity = named
                in_a_phrase = (
                    index + 1 < len(self.mentions) and self.text.startswith(",", end)
                    and _SET_OFF_AFTER_A_NAME.fullmatch(self.text, end, self.mentions[index + 1][0]) is not None
                    and _ENDS_WITH_A_PREPOSITION.search(opening) is not None
                )
                if in_a_phrase:  # "Under cross-examination by Naomi Fenwick, defending, Mrs Price accepted": she
                    start, end, entity = self.mentions[index + 1]
                    opening = self.text[sentence.start : start]
                elif participle_opening and (phrase := _PARTICIPLE_PHRASE.match(self.text, sentence.start, sentence.end)) is not None and start < phrase.end():
                    # the name right after a participle phrase that names others: "Appearing before the
                    # Legislative Council’s committee on Tuesday, Dr Marcus Chen said": he
                    after = bisect_left(self.mention_starts, phrase.end())
                    if after < len(self.mentions) and self.mentions[after][0] == phrase.end():
                        start, end, entity = self.mentions[after]
                        opening = self.text[sentence.start : start]
                if opening.endswith((" about ", " with ", " against ")) or (
                    opening.startswith(("Asked by ", "Questioned by ", "Pressed by ")) and _WHAT_WAS_ASKED.match(self.text, end)
                ):
                    # "Brighton’s head coach, asked about Rasmussen on Monday, refused": spoken of;
                    # "Asked by the family’s barrister, Nicola Sharpe, whether ..., he replied": the one asking
                    continue
                # a short opening, or a phrase set off by a comma ("In the village of Agia Anna, X"),
                # past a role in lower case before the name ("Outside the ground, season-ticket holder X")
                if (role := _LOWER_CASE_ROLE_BEFORE.search(opening)) is not None and opening.endswith(", ", 0, role.start()):
                    opening = opening[: role.start()]
                set_off = in_a_phrase or (opening.endswith(", ") and "," not in opening[:-2])
                # "Asked whether she would go back, Ms. X stopped": X answers, however long the question;
                # and so after a participle: "Appearing before the Legislative Council’s committee on Tuesday, Dr X said"
                asked = set_off and opening.startswith("Asked ")
                long_phrase = set_off and participle_opening
                if opening.count(" ") > (_MAX_PARTICIPLE_OPENING_WORDS if long_phrase else _MAX_SET_OFF_WORDS if set_off else _MAX_INTRO_WORDS + 1):
                    continue  # a long way into the sentence: not its subject
                opening_as_written = opening.split()
                opening_words = [w.strip(",;:").lower() for w in opening_as_written]
                if opening_words[:1] in (["of"], ["on"], ["about"]) and "," not in opening:
                    continue  # "Of (striker) Dunmore, who fans have christened ..., he added": spoken of, by someone else
                if "," not in opening and not _OPENING_CONJUNCTIONS.isdisjoint(opening_words[1:]) and any(
                    w in _OPENING_CONJUNCTIONS and any(r[:1].islower() for r in opening_as_written[:k]) for k, w in enumerate(opening_words)
                ):
                    continue  # "Leeds scored twice while Fairclough was off the field": in a clause of the sentence's, no subject
                if (
                    len(opening_words) <= (_MAX_PARTICIPLE_OPENING_WORDS if long_phrase else _MAX_SET_OFF_WORDS if set_off else _MAX_INTRO_WORDS)
                    and not self.text.startswith(("’s", "'s", "’ ", "' "), end)  # a possessive
                    and (asked or not any(  # "He said X ..." (but "The state Democratic Party chair ..." is no speech, nor "Lakeshore State coach X")
                        (w in SPEECH_VERBS and opening_as_written[i][:1].islower() and (
                            i == 0 or (opening_words[i - 1] not in ("the", "a", "an") and not opening_words[i - 1].isdigit())
                        )) or w == "that"
                        for i, w in enumerate(opening_words)
                    ))
                ):
                    subjects.append((start, entity))
        for sentence in self.sentences:  # and the person whose doing a passive ends with: "That explanation was rejected by Farrant."
            by = self.text.find(" by ", sentence.start, sentence.end)
            if by >= 0 and (passive := _PASSIVE_BY_END.search(self.text, max(sentence.start, by - 40), by + 4)) is not None:
                agent = self._mention_at(passive.end())
                if agent is not None and agent[0] == passive.end() and agent[2].type == "person" and self.text.startswith(".", agent[1]):
                    insort(subjects, (agent[0], agent[2]), key=lambda subject: subject[0])
        last_sentences = {sentence.paragraph: sentence for sentence in self.sentences}
        for index, following in enumerate(self.paragraphs[1:]):
            # and the person opening a paragraph's last clause, before a quote's paragraph
            if self.text.startswith(_OPENS_A_QUOTE, following.start) and (person := self._last_clause_subject(last_sentences[index])):
                insort(subjects, person, key=lambda subject: subject[0])
        for sentence in self.sentences:  # and a relative by no name: "His wife put a hand on his arm. “He’s angry,” she said."
            if self.text.startswith(("His ", "Her "), sentence.start) and (opening := _RELATIVE_OPENS.match(self.text, sentence.start, sentence.end)):
                relative = self._relative_named_before(opening.group(2), sentence.start) or self._relative_by_surname(opening, sentence.start)
                if relative is not None and opening.group(2) in _MUTUAL_RELATIONS and relative is self._latest_person_named(opening, sentence.start):
                    # one's sister is not oneself: "her twin sister, Aroha Walker" ... “...,” Aroha Walker said. ¶ "Her sister disagreed": Mereana
                    relative = self._other_bearer_of_the_surname(relative, _RELATION_GENDER[opening.group(2)], before=sentence.start)
                if relative is not None:
                    insort(subjects, (sentence.start, relative), key=lambda subject: subject[0])
        return subjects

    def _last_clause_subject(self, sentence: Sentence) -> tuple[int, Entity] | None:
        """The person who opens the last clause of a paragraph's last sentence (one followed by a
        quote's paragraph) that tells of their speaking, as the one the story turns to: "There were
        words between Coleman and the fielders, and Coleman was happy to share his side of it. ¶
        “One of them told me I looked about 12,” he said": Coleman (not "..., and Kerr was later
        sent off", who is no speaker)."""
        joined = self.text.rfind(", and ", sentence.start, sentence.end)
        if joined < 0:
            return None
        mention = self._mention_at(joined + 6)
        if mention is None or mention[0] != joined + 6 or mention[2].type != "person" or not _A_CLAUSE_VERB.match(self.text, mention[1]):
            return None
        clause = _WORD.findall(self.text, mention[1], sentence.end)
        if not any(word.lower() in SPEECH_VERBS or word.lower() in _TELLING_ONES_SIDE for word in clause):
            return None
        return mention[0], mention[2]

    def _relative_by_surname(self, opening: re.Match[str], offset: int) -> Entity | None:
        """The one person of the relation's gender who bears the surname of the latest man ("his")
        or woman ("her") named before: "Her husband, Brian Howlett, ... ¶ His wife put a hand on
        his arm" is Margaret Howlett."""
        owner = self._latest_person_named(opening, offset)
        return self._other_bearer_of_the_surname(owner, _RELATION_GENDER[opening.group(2)]) if owner is not None else None

    def _latest_person_named(self, opening: re.Match[str], offset: int) -> Entity | None:
        """The latest man ("His") or woman ("Her") named before `offset`, outside quotes."""
        owner_gender = "m" if opening.group(1) == "His" else "f"
        return next((e for start, e in reversed(self.persons) if start < offset and e.gender == owner_gender and not self._inside_quote(start)), None)

    def _opens_with_a_participle(self, sentence: Sentence) -> bool:
        """A quick look at the sentence's first word ("Appearing", "Asked") before any regex."""
        first_word = self.text[sentence.start : self.text.find(" ", sentence.start, sentence.start + 24)]
        return first_word.endswith("ing") or first_word == "Asked"

    def _unnamed_speakers(self) -> list[_Event]:
        """People a sentence shows speaking without a name: "One currency trader at a Jakarta
        bank, who asked not to be identified, said ...", so that a "he said" after it, in the same
        paragraph, is nobody's rather than the last man named."""
        events = []
        quoted_paragraphs = {span.paragraph for span in self.spans}
        for sentence in self.sentences:
            if sentence.paragraph not in quoted_paragraphs and sentence.paragraph + 1 not in quoted_paragraphs:
                continue
            match = self._unnamed_speaker_at(sentence.start, sentence)
            if match is None and (label := _LABEL.match(self.text, sentence.start, sentence.end)) is not None:
                match = self._unnamed_speaker_at(label.end(), sentence)  # "Yes, but: An administration official ..."
            following = bisect_right(self.quote_opens, match.end()) if match else len(self.spans)  # spans are in text order
            if following >= len(self.spans):
                continue
            quote = self.spans[following]
            # its quote in the same paragraph, or opening the next: "A drone operator ... said
            # Russian forces ... ¶ “They come in low,” he said."
            opens_next = quote.paragraph == sentence.paragraph + 1 and self.paragraphs[quote.paragraph].start == quote.open_mark
            if quote.paragraph == sentence.paragraph or opens_next:
                gender = _GENDERED_PERSON.get(_described(match).lower())
                reach = int(self._opens_with_a_quote(sentence.paragraph + 1))  # (as its quote does when opens_next)
                asks = _described(match).lower() in ("reporter", "journalist")
                events.append(_Event(sentence.start, sentence.paragraph, None, gender=gender, reach=reach, asks=asks))
        return events

    def _unnamed_speaker_at(self, start: int, sentence: Sentence) -> re.Match[str] | None:
        """Someone unnamed shown speaking from `start` in the sentence: "One trader said",
        "Another diplomat was blunter: “...”", "Pruitt's mother ... insisted"."""
        match = _UNNAMED_PERSON_SPEAKS.match(self.text, start, sentence.end + 3)  # (and the quote mark after it)
        if match is None:
            match = _UNNAMED_AGENT_SPEAKS.match(self.text, start, sentence.end + 3)
        if match is None:
            match = _UNNAMED_RELATIVE_SPEAKS.match(self.text, start, sentence.end)
        if match is None:
            match = _UNNAMED_SOMEONE_SPEAKS.match(self.text, start, sentence.end)
            if match is not None and (_described(match) in _SPEAKS_FOR_A_BODY or _described(match) in _BODY_WORDS):
                match = None  # "A spokesman, who ..., said" speaks for a body
        match = (
            match or _UNNAMED_OFFICE_SPEAKS.match(self.text, start, sentence.end) or _UNNAMED_BY_ANONYMITY.match(self.text, start, sentence.end + 3)
            or self._unnamed_role_of_a_body(start, sentence)
            or _ANONYMOUS_PRONOUN.match(self.text, start, sentence.end)
        )
        if match is not None and any(  # "Another victim, who wanted to be known only as Mr Lim, said": named after all
            entity.type == "person" and self.text.endswith(" as ", 0, m_start)
            for m_start, _end, entity in self._mentions_between(match.start(), match.end())
        ):
            return None
        return match

    def _unnamed_role_of_a_body(self, start: int, sentence: Sentence) -> re.Match[str] | None:
        """"Brighton’s head coach, asked about Rasmussen, refused to be drawn": someone unnamed,
        when the article gave that role to nobody named before."""
        match = _UNNAMED_ROLE_OF_A_BODY_SPEAKS.match(self.text, start, sentence.end)
        if match is None:
            return None
        role = match.group(1).split()[-1]
        # (given to someone named before, in a role or before the name: "head coach Fabian Hollis")
        named_so = role in self._given_roles(start) or re.compile(rf"\b(?i:{role})\s+[A-Z]").search(self.text, 0, start) is not None
        return None if named_so else match

    def _opens_with_a_quote(self, paragraph: int) -> bool:
        index = bisect_left(self.quote_opens, self.paragraphs[paragraph].start) if paragraph < len(self.paragraphs) else len(self.spans)
        return index < len(self.spans) and self.spans[index].open_mark == self.paragraphs[paragraph].start

    def _speech_events(self) -> list[_Event]:
        """Mentions the article shows speaking: "Mr. X said that", "X, a role, said", "said X",
        "according to X"."""
        events = []
        appositive_end = -1  # "X, chief executive of the FPA, said": X speaks, not the FPA
        for index, (start, end, entity) in enumerate(self.mentions):
            if start < appositive_end:
                continue
            gap_text = ""
            # (the words of its own sentence: not "spoken with Tolliver and Sorensen. Asked whether ...")
            following = right_after = [] if self.text.startswith(_SENTENCE_ENDS, end) else _first_two_words(self.text, end)
            # "the Institute, Professor X, said": X speaks, not the Institute
            names_next = self.text.startswith(",", end) and index + 1 < len(self.mentions) and self._names_next(end, self.mentions[index + 1][:2])
            if not names_next and (self.text.startswith((",", "’", "'"), end) or (following and following[0].lower() in _GAP_WORDS)):
                # "X, a role, said", "X also said", "X’s spokesman said", within its sentence (not "Jonathan Hale,
                # who championed it, abstained. Priya Raghunathan, ..., said")
                gap = _SUBJECT_GAP.match(self.text, end, self._sentence_end(end))
                if gap is not None and gap.end() > end:
                    gap_text = gap.group()
                    following = _first_two_words(self.text, gap.end())
            preceding = self.text[max(0, start - 13) : start].lower()
            # a name that is itself the appositive: "The company that runs the AMAs, Dick Clark
            # Productions, denies that ..." (the gap read ", denies ..., " as an appositive)
            set_off = gap_text.startswith(",") and self.text[:start].rstrip().endswith(",")
            if entity.type != "person" and _WHO_AFTER.match(gap_text):
                continue  # "A nurse waiting for a bus at Euston, who did not want to be named, said": the nurse
            speaks = _reports(following, after_gap=bool(gap_text)) or (set_off and _reports(right_after, after_gap=True))
            # "... by Deputy Commissioner Michael Tran, who said 72 crews were working": he speaks
            speaks = speaks or (entity.type == "person" and self.text.startswith(", who ", end) and _reports(_first_two_words(self.text, end + 6), after_gap=True))
            # "said X," closing the clause; not "He said X had lied", where X is spoken of
            said_by = self.text[end : end + 1] in ("", ",", ".", ";", "\n") and _SAID_BEFORE.search(preceding) is not None
            spokesperson = _PERSONAL_SPOKESPERSON.match(self.text, end) if entity.type == "person" else None
            if spokesperson and spokesperson.group(2).lower() in _SPOKESPERSON_VERBS and self._opens_sentence(start):
                # "Tony Blair's official spokesman declined to comment. He said: ...": not Blair
                gender = _SPOKESPERSON_GENDER.get(spokesperson.group(1).lower())
                events.append(_Event(start, self._paragraph_of(start), None, gender=gender))
                continue
            if entity.type == "person" and _ASKED_BEFORE.search(preceding) and _ASKED_WHAT.match(self.text, end):
                events.append(_Event(start, self._paragraph_of(start), entity, asked=True))  # the one asked answers: "he said" next
                continue
            if not (speaks or said_by) and entity.type == "person":
                # "Emre Yıldırım, who runs a dairy farm, rents land to the cooperative but says he
                # still has doubts": the subject's second verb, with nobody named between
                following_mention = self.mentions[index + 1][0] if index + 1 < len(self.mentions) else len(self.text)
                clause_end = min(following_mention, self._sentence_end(end))
                speaks = self._speaks_in_a_second_verb(end + len(gap_text), clause_end) and self._opens_sentence(start)
            # and "The most pointed testimony came from Hector Galindo, a rancher ...": his words next
            if speaks or said_by or preceding.endswith(("according to ", "came from ")):
                spoken_for = _SPOKESPERSON_FOR.search(self.text, max(0, start - 30), start) if entity.type != "person" else None
                through = entity.type != "person" and (_SPOKESPERSON.search(gap_text) is not None or spoken_for is not None)
                gender = _SPOKESPERSON_GENDER.get(spoken_for.group(1).lower()) if spoken_for else None
                events.append(_Event(start, self._paragraph_of(start), entity, spokesperson=through, gender=gender))
                if "," in gap_text:
                    appositive_end = end + len(gap_text)
        return events

    def _last_person_subject(self, subjects: list[tuple[int, Entity]], paragraph: int) -> Entity | None:
        """The person the sentences last told of, in `paragraph` or the one before."""
        for start, entity in reversed(subjects):
            if paragraph - self._paragraph_of(start) > 1:
                return None  # (and all before it are further back)
            if entity.type == "person":
                return entity
        return None

    def _speaks_in_a_second_verb(self, start: int, end: int) -> bool:
        """Whether "and says" or "but said" joins a speech verb to the clause in text[start:end]
        (outside quotes)."""
        if self.text.find(" and ", start, end) < 0 and self.text.find(" but ", start, end) < 0:
            return False  # (most clauses)
        for joined in _JOINED_VERB.finditer(self.text, start, end):
            if joined.group(1).lower() in _REPORTING_VERBS and not self._inside_quote(joined.start()):
                return True
        return False

    # --- text helpers --------------------------------------------------------------------

    def _is_speech_verb(self, words: list[tuple[int, int, str]], index: int) -> bool:
        word = words[index][2].lower()
        if word in ("read", "reads"):  # what a document says: "read a statement from X", "a statement from X read"
            if index > 1 and words[index - 1][2].lower() in _DOCUMENTS and any(w[2] == "in" for w in words[max(0, index - 6) : index - 1]):
                return False  # "said in a (victim impact) statement read outside court": the statement read out, no verb of its own
            return (index + 2 < len(words) and words[index + 2][2].lower() in _DOCUMENTS) or any(
                w[2].lower() in _DOCUMENTS for w in words[max(0, index - 5) : index]
            )
        if word in _SPEECH_BEFORE_THAT:  # "Judge Mokoena found that ...", "the court ruled that ..."; "“...,” Wafula ruled."
            if word in ("found", "finds") and any(w[2].lower() in _FINDINGS for w in words[max(0, index - 10) : index]):
                return True  # what a report found: "A report published by the CQC on Tuesday found residents were “...”"
            if index + 2 < len(words) and words[index + 1][2].lower() in _CLAUSE_SUBJECT_PRONOUNS and words[index + 2][2].lower() in _AUXILIARIES:
                return True  # a clause without "that": "The judge ... found they were “the sort of thing fathers say in pubs”"
            return (index + 1 < len(words) and words[index + 1][2].lower() == "that") or (
                index + 1 == len(words) and self.text[words[index][1] : words[index][1] + 1] in (".", ",", ";")
            )
        if word not in _REPORTING_VERBS and word not in SPEECH_PARTICLES:
            return False  # most words: nothing more to look at
        if index > 0 and words[index - 1][2].lower() in _DETERMINERS and not self.text[words[index - 1][1] : words[index][0]].strip():
            return False  # "a pool report", "his comments": nouns, not verbs (but "X, who is close to her, said")
        if index > 0 and words[index - 1][2][:1].isupper() and words[index - 1][2].lower().endswith(POSSESSIVE_ENDINGS) and (
            words[index - 1][2].lower()[:-2] not in _CONTRACTED_SUBJECTS
            and not self.text[words[index - 1][1] : words[index][0]].strip()  # (not "of St Brigid’s, said")
            and word not in VERBS_NO_POSSESSIVE_PRECEDES  # (not "Sainsbury’s said")
        ):
            return False  # "Senthil’s repeated refrain", "the Fed's stated aim": adjectives (not "he's said")
        if index > 0 and word in NOUN_LIKE_SPEECH_VERBS and words[index - 1][2][:1].isupper():
            return False  # "the Blair report said"
        if word in NOUN_LIKE_SPEECH_VERBS and index + 1 < len(words) and words[index + 1][2][:1].isupper():
            return False  # a noun before a name or title: "report Author X"
        if word == "state" and not (index > 0 and words[index - 1][2].lower() in _BEFORE_A_BARE_VERB):
            return False  # "state Senator Mark Lincoln", "told state news agency Kazinform"; but "we state", "to state"
        if word == "states" and index > 0 and words[index - 1][2].lower() in _BEFORE_STATES_AS_A_NOUN:
            return False  # "member states “commit to ...”", "Gulf states"
        if word in _SPEECH_ONLY_ALONE and index + 1 < len(words) and not self.text[words[index][1] : words[index + 1][0]].strip():
            return False  # "would continue its buyback": speech only as "he continued." or "continued: ..."
        if word.startswith("respond") and index + 3 < len(words) and words[index + 1][2].lower() == "to" and words[index + 3][2].lower() in _EVENTS_RESPONDED_TO:
            return False  # "Tan responded to an advertisement", "Officers responded to a report of": an act, no speech
        if word in _REPORTING_VERBS:
            return True
        particle = SPEECH_PARTICLES.get(word)
        return particle is not None and index + 1 < len(words) and words[index + 1][2].lower() == particle

    def _words(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Words of text[start:end] outside quote marks."""
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.text, start, end)]
        last_opened = bisect_left(self.quote_opens, end) - 1
        if last_opened < 0 or self.closed_by[last_opened] <= start:
            return words  # most stretches: no quote in them at all
        return [word for word in words if not self._inside_quote(word[0])]

    def _first_word(self, offset: int) -> int:
        """Where the first word at or after `offset` starts (past an opening mark)."""
        word = _WORD.search(self.text, offset)
        return word.start() if word else offset

    def _inside_quote(self, offset: int) -> bool:
        index = bisect_right(self.quote_opens, offset - 1) - 1
        return index >= 0 and offset < self.spans[index].close_mark

    def _words_after(self, span: _Span) -> list[tuple[int, int, str]]:
        """The words after a quote, past a translation in brackets right after it, up to the end of
        its sentence, the next quote or the paragraph's end."""
        if span.open_mark not in self.words_after:
            following = bisect_left(self.quote_opens, span.close_mark)  # spans are in text order
            end = self.paragraphs[span.paragraph].end
            if following < len(self.spans) and self.spans[following].paragraph == span.paragraph:
                end = self.spans[following].open_mark
            gloss = _GLOSS_IN_BRACKETS.match(self.text, span.close_mark, end)  # “Nous sommes fatigués” (We are tired), said Diallo
            start = gloss.end() if gloss else span.close_mark
            sentence_end = self._sentence_end(start)
            self.words_after[span.open_mark] = self._words(start, min(end, max(sentence_end, start)))
        return self.words_after[span.open_mark]

    def _before_in_sentence(self, span: _Span) -> str:
        return self.text[self._sentence_start(span.open_mark) : span.open_mark]

    def _sentence_index(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset) - 1

    def _sentence_start(self, offset: int) -> int:
        index = self._sentence_index(offset)
        return self.sentences[index].start if index >= 0 else 0

    def _sentence_end(self, offset: int) -> int:
        """End of the sentence that continues after a closing mark at `offset`."""
        index = self._sentence_index(offset)
        if index < 0:
            return offset
        sentence = self.sentences[index]
        if sentence.end > offset:
            return sentence.end
        following = index + 1
        return self.sentences[following].end if following < len(self.sentences) else offset

    def _paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def _entity(self, entity_id: int | None) -> Entity | None:
        return next((e for _s, _e, e in self.mentions if e.id == entity_id), None)
