"""Named entities: capitalised name groups found, typed, and merged with their aliases.

Rule based and deterministic: names are runs of capitalised words (with "of", "and" ... inside
organisation names), typed by titles, organisation words, a place list and context, then merged
per article so that "President Vladimir V. Putin", "Mr. Putin" and "Putin" are one person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.analysis.descriptions import given_as_a_name
from briefing.analysis.lexicon import (
    CAPITAL_LETTERS,
    COLLECTIVE_NOUNS,
    DEMONYM_COUNTRIES,
    DEMONYMS,
    FEMALE_FIRST_NAMES,
    FIRST_NAMES,
    HONORIFICS,
    INDUSTRY_WORDS,
    KNOWN_ORGANIZATIONS,
    KNOWN_ORGANIZATIONS_AS_WRITTEN,
    MALE_FIRST_NAMES,
    MONTHS,
    NATIONALITY_NOUNS,
    NOUN_LIKE_SPEECH_VERBS,
    OFFICE_TITLES,
    ORGANIZATION_WORDS,
    PLACE_WORDS,
    PLACE_WORDS_BEFORE,
    PLACES,
    POSSESSIVE_ENDINGS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    TEAM_WORDS,
    US_STATE_ABBREVIATIONS,
    VERBS_NO_POSSESSIVE_PRECEDES,
    WEEKDAYS,
    of_a_place,
    people_of_a_nation,
)
from briefing.analysis.model import Entity, Mention, Sentence
from briefing.analysis.sentences import ABBREVIATIONS, MAX_BRACKETS, inside_brackets
from briefing.text import fold_accents

# Capitalised words and dotted acronyms ("U.S."), each whole, not inside a word ("pro-U.S." is
# not read). The capital comes first and the look-behind after it: the regex then tries only
# positions that hold a capital.
# (and the apostrophe that ends Luo names: "Omondi Ochieng'", no closing mark)
_CAPITALISED = re.compile(rf"[{CAPITAL_LETTERS}](?<![\w’'-].)(?:\.(?:[A-Z]\.)+|\w*(?:[-’'&]\w+)*(?:(?<=ieng)['’](?![\w'’]))?)")
# the nouns first (rare), then the capitalised word before them: "Welsh government"
_NATIONAL_BODY = re.compile(r" (government|military|army|navy|police|coastguard|ministry|central bank)(?!\w)")
# the country, possessive or not, and perhaps a word of the body's ("China’s commerce ministry")
_COUNTRY_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w.]*?)(?:[’']s)?(?: ([a-z]+))?$")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")  # a lowercase word after a name
# A town's or district's own body, in lower case after its name: "Bradford council said", "the
# Almaty regional prosecutor's office said", "Kothrud police said", "The Queens District Attorney's office said"
_LOCAL_BODY_WORDS = (" council", " municipality", " police", "’s office", "'s office")  # (looked for by str.find: most texts have few)
_OFFICE_HOLDER = re.compile(r" (?:prosecutor|[Aa]ttorney|sheriff)$")
_WHICH_AFTER = re.compile(r", (which)\b")
_LOCAL_BODY_PLACE = re.compile(r"(?<![\w.’'-])([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)(?: (?:regional|city|county|borough|district|municipal|provincial|state))? $")
# Lowercase words after a national body that leave it a noun ("the Israeli military said", "the
# Welsh government spokesperson", "the UK government has"), unlike "US military aid"
_AFTER_A_BODY = frozenset(
    """spokesman spokeswoman spokesperson spokespeople has had have is was are were will would could
    should may might must can cannot did does do and or of in on at for to from with that which who
    whose also not never now then""".split()
)
# A relation of someone's set off before a name: "His wife, Hanan al-Khatib,", "Her partner, Dean,"
_RELATIVES = frozenset(
    """wife husband partner son daughter mother father brother sister grandmother grandfather niece nephew
    cousin uncle aunt fiancé fiancée fiance fiancee girlfriend boyfriend widow widower friend colleague neighbour neighbor""".split()
)
_A_RELATIVES_ROLE = r"(?:[A-Z][\w’'-]*\s+){0,3}(?:captain|coach|manager|chairman|chairwoman|director|doctor|nurse|lawyer)\s+"
_RELATION_BEFORE = re.compile(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|(?P<owner>[A-Z][\w-]*)[’']s)\s+(?:(?:elder|younger|older|eldest|youngest|late|former|twin)\s+)?"
    rf"(?P<relation>{'|'.join(sorted(_RELATIVES, key=len, reverse=True))})(?:,\s*|\s+)"
    rf"(?:{_A_RELATIVES_ROLE})?$"
)  # (past a role: "His nephew, Lee Valley captain Conor Hegarty"; without a comma: "his father Greg Whitby")
_ROLE_BEFORE_A_RELATIVE = re.compile(_A_RELATIVES_ROLE)
# the rest of a list of a body's portfolios, up to its last one after "and", no acronym ("Food and
# Rural Affairs", "Water Resources and Irrigation"; not "Tusla and the HSE")
_LISTED_PORTFOLIOS = re.compile(r"(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}, ){0,4}[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3},? and (?:the )?[A-Z](?![A-Z])")
# ... or the list a body's name opens with, up to the word that makes it a body ("Rail, Tram and Bus Union")
_PORTFOLIOS_OPENING = re.compile(r"(?:[A-Z][\w’'-]*, ){0,3}[A-Z][\w’'-]*,? and [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}? (?P<body>[A-Z][\w-]*)\b")
_LEGAL_SUFFIX_WORDS = frozenset("Co Co. Cie Cie. Ltd Ltd. Limited Inc Inc. Corp Corp. Corporation PLC plc LLC AG SA S.A. GmbH N.V.".split())
_LEGAL_SUFFIX = re.compile(r",?\s+(?:&\s+(?:Co|Cie)\.?|Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|PLC|plc|LLC|AG|SA|S\.A\.|GmbH|N\.V\.)$")
_ENDINGS_TO_STRIP = frozenset(".’'s")
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,3}")  # "TfL", "DfE"
_COMPANY_CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|Du|Da|La|Le|Van|Von)[A-Z][a-z]{2,}[A-Z][a-z]+")
# a nickname in quote marks between a first name and a surname: Ahmed 'Mido' Hossam
_NICKNAME = re.compile(r"""['‘"“](\w+(?:[-’']\w+)*)['’"”]""")
_NICKNAME_IN_NAME = re.compile(r"""['‘"“][A-Z]\w*['’"”] [A-Z]""")  # then checked by _nickname_tokens
_MATCHING_MARKS = {"'": "'", "‘": "’", '"': '"', "“": "”"}
# Lowercase words that may join the capitalised words of one name ("Institute of World Economy",
# "Bank of the West"); "the" only after "of".
# Particles inside a personal name: "Charles de Gaulle", "Ursula von der Leyen", "Lula da Silva"
# "i" and "y" join a Catalan or Spanish person's two surnames ("Jordi Puigvert i Serra")
_PARTICLES = frozenset(
    "de van von der den da du la le los las al bin ibn bint binti bte ap ole arap wa ter af zu del della di dos das do i y".split()
)
_SPLITTERS = frozenset("of and for on the".split())  # words that join two names into one run, or a body's words
_PARTICLES_OPENING_A_NAME = _PARTICLES - {"do", "i", "y", "den"}  # (not "Do Americans care?")
# Lowercase words inside one name: "Institute of World Economy", "Bank of the West", the particles
# (two of them too: "María de los Ángeles"), the Māori "o", the Filipino "ng" and "na"
_LINK_GAP = re.compile(
    r" (?:(of|for)(?: (the))?|(and|&|on|o|ng|na|(?:%s)(?: (?:der|den|la|le|los|las))?)) " % "|".join(sorted(_PARTICLES))
)
_LINKS = _PARTICLES | (_SPLITTERS - {"the"})
_CONNECTORS = _LINKS | {"the"}
_FIRST_PERSON = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll", "I'd", "I’d"})
# "I" as a pronoun, before a verb ("when we played Italy I wasn't"); not "World War I and"
_FIRST_PERSON_I = re.compile(
    r" (?:am|was|wasn[’']t|have|had|haven[’']t|hadn[’']t|do|did|don[’']t|didn[’']t|will|would|can|could|"
    r"can[’']t|couldn[’']t|should|must|think|thought|know|knew|feel|felt|believe|want|wanted|like|love|hope|"
    r"said|say|told|tell|got|get|went|go|see|saw|just|really|also|never|always|still|need|needed|mean|"
    r"made|make|took|take|came|come|played|play|remember|guess|suppose|agree|hate|wish|wrote|write|began|"
    r"met|heard|gave|found|lost|won|grew|left|kept|spent|became|[a-z]+ed)\b"
)
_DAYS_AND_MONTHS = WEEKDAYS | MONTHS
_AGE_BEFORE = re.compile(
    r"\b(?:\d{1,3}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?)?(?:one|two|three|four|five|six|seven|eight|nine)"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"-year-old\s+$",
    re.IGNORECASE,
)  # "14-year-old Maya", "Fifteen-year-old Maya"
_AGE_AFTER = re.compile(r", (?:aged )?\d{1,3},| \(\d{1,3}\)")  # a person's age set off after the name, or in brackets
# Letters after a person's name: counsel's rank, a parliament's seat, honours, degrees
_COUNSELS_RANKS = frozenset("SC QC KC SAN BL".split())  # after a name, always a lawyer's: "Eilis Fahy SC", "Niamh Costigan BL"
_POST_NOMINALS = frozenset("SC QC KC SAN BL MP MEP MSP MS AM MLA TD OBE MBE CBE KBE DBE PhD".split())
_ARTICLE_NAME = re.compile(r"(?<![\w-])(?:[ae]l|a[dnrstz]|ash)-[A-Z]\w*(?:[-’']\w+)*")  # "el-Tayeb", "al-Sharafi"
_HYPHEN_THEN_CAPITAL = re.compile(r"-[A-Z]")
_NEVER_IN_A_PERSONS_NAME = frozenset("is are was were be with me my you your we our it its to in on for and or the an not".split())
# A capital after a lower-case letter, the hump of "easyJet" or "eBay" (a class first: the regex
# skips quickly to the capitals; the word around it is checked in Python)
_CAMEL_HUMP = re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z]{2,}")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# (no look-behind first, which would be tried at every offset: the boundary before is checked in Python)
# Words that end a body's name, never a person's, but no body alone ("Watch it", "Reserves:")
_LAST_WORDS_OF_BODIES = frozenset({"International", "Watch", "Reserve", "Band"})  # ("Skeena Flats Indian Band", not "Band D")
_BODIES_AS_WRITTEN = re.compile("|".join(re.escape(name) for name in KNOWN_ORGANIZATIONS_AS_WRITTEN))
# Downing Street by its number, when it speaks or has a spokesman (not "the No 10 shirt"); apart
# from the names above, whose regex of plain words is found fast
_NUMBER_TEN = re.compile(r"No\.? 10(?= (?:said|says|insisted|denied|declined|added|spokes\w+|sources?|official|officials|has|had|is|was|will|would)\b)")
_PLATFORMS = frozenset("facebook twitter x instagram tiktok youtube linkedin telegram whatsapp threads bluesky weibo wechat".split())
_MEDIA_BEFORE_A_NAME = frozenset({"radio", "television"})  # "Radio Cwm said", though "radio" is a word of the text
_UNION_AFTER = re.compile(r" union\b")  # "the CGT-Cheminots union", "the Unite union", a single word too
_COLLECTIVE_AFTER = re.compile(r" (?:%s)\b" % "|".join(sorted(COLLECTIVE_NOUNS)))
_DATELINE_BEFORE_A_DASH = re.compile(r"(?:\b[A-Z]{2,}|\))\s*$")
_AFTER_A_TIMESTAMP = re.compile(r"(?:^|\n)\d{1,2}[:.]\d{2} $")  # a live blog's entry: "09:41 The Institute says"
# Family names written first in Chinese and Vietnamese names, none an English name or word
_FAMILY_NAMES_FIRST = frozenset(
    """wang zhang liu chen yang huang zhao zhou xu sun zhu hu guo lin gao luo zheng liang xie tang
    feng deng cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei su ding ren shen yao xi
    qin jia fu fang zou xiong bai meng qiu hou shi hao kong nguyen tran pham hoang phan vu vo dang
    bui ngo duong dinh truong trinh doan luong vuong quach""".split()
)
_VIETNAMESE_MIDDLE_NAMES = frozenset({"Thi", "Thị", "Van", "Văn"})  # after the family name (not the Dutch "van")
# Family names that Singapore and Malaysia write first, before a given name of two syllables
_SOUTHERN_CHINESE_FAMILY_NAMES = frozenset(
    "tan lim lee ng ong goh koh teo yeo tay low wee sim toh chan teh lau ho foo quek seah heng chia chua chong yap".split()
)
# Korean, Taiwanese and Hong Kong family names, taken as such before a hyphenated given name
# ("Moon Jae-in", "Tsai Yi-ting", "Leung Chun-ying")
_KOREAN_FAMILY_NAMES = frozenset(
    """kim lee park choi jung jeong kang cho yoon jang lim shin yoo oh seo kwon hwang ahn song jeon hong
    moon han ko bae baek nam tsai hsu hsieh chiu chang kuo lai yeh tseng hung chan cheung leung wong lam
    tsang yip kwok chow""".split()
)
# ", Kan. (AP) —", "(Reuters) -", or a bare em dash before the story's first word: "BERLIN — A dispute"
_DATELINE_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*)?\s*(?:\([A-Z][\w ]{0,30}\)\s*[—–-]|[—–])\s+[A-Z“\"]")
_A_TOWN_BEFORE = re.compile(rf"[{CAPITAL_LETTERS}][\w’'.-]*, $")  # "Hicksville, " before a state: "Hicksville, N.Y."
# A dateline before a colon opens the story only ("KOTA BARU:", "GEORGE TOWN, Penang:"); later, a
# name in capitals before a colon is a speaker's in a transcript ("DANIEL OCAMPO: Well, ...")
_DATELINE_COLON_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*)?:\s+[A-Z“\"]")
_CAPITALS_OF_A_LABEL = r"[A-Z][A-Z .’'-]*[A-Z](?:, [A-Z][\w.]*)?$"
_DATELINE_BEFORE_A_COLON = re.compile(r"^(?!(?:EXCLUSIVE|BREAKING|UPDATE|WATCH|LIVE|ANALYSIS|OPINION)\b)" + _CAPITALS_OF_A_LABEL)
# Capitals before a colon opening a paragraph, after which a sentence opens: a dateline, a
# transcript's speaker, a label ("EXCLUSIVE:")
_CAPITALS_BEFORE_A_COLON = re.compile(r"(?:^|\n)" + _CAPITALS_OF_A_LABEL)
_TIME_ZONES = frozenset("GMT BST UTC CET CEST EET EEST WET MSK IST JST KST HKT SGT AEST AEDT ET EST EDT CT CST CDT MT MST MDT PT PST PDT".split())
_AFTER_A_TIME = re.compile(r"(?:\d|[ap]\.?m\.?)\s?$", re.IGNORECASE)  # "13.02 GMT", "9am BST", "10 p.m. ET"
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|in|from|of|for|at)\s$")
# a comma, then at most a few lowercase words that are no preposition: where an appositive opens
_OPENS_AN_APPOSITIVE = re.compile(r",\s(?:(?!(?:of|at|for|from|in|with|to|by|and|or)\s)[a-z][a-z-]*\s){0,4}$")
_PLACE_PREPOSITIONS = frozenset("in from to near across outside throughout inside into toward towards".split())
# and those before a place only, which a name that is often a place's is one after: "at Victoria Park"
_BEFORE_A_PLACE = _PLACE_PREPOSITIONS | {"at", "through", "around", "past", "behind", "beside"}
_A_SPOKESPERSON_WORD = r"spokes(?:man|woman|person)"
_SPOKESPERSON_FOR_SOMETHING = re.compile(rf"\b{_A_SPOKESPERSON_WORD}\s+for\s+(?:the|a|an|its)\s+(?:[a-z-]+\s+){{0,3}}[a-z-]+,\s$")
_SPOKESPERSON_FOR_BEFORE = re.compile(rf"\b{_A_SPOKESPERSON_WORD}\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_COUNTRY_POSSESSIVE_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)[’']s $")  # "Ukraine's "
# "the Thai island of Koh Phi Phi": a place, whatever its name looks like
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:island|islands|city|town|village|province|region|county|district|port) of $")
_PLACE_NOUNS = re.compile(r"\s+(?:and\s+\w+\s+)?(?:regions?|provinces?|oblasts?|city|cities|state|county|district|capital|border|area)\b")
_SPEECH_VERB_BEFORE = re.compile(
    r"\b(?:said|says|told|added|explained|remarked|noted|argued|insisted|warned|stated|wrote)\s+"
    # "said harbour master Ines Duarte", not "said the Iraq Index"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|(?:(?!(?:the|a|an|its|their|his|her|our|by|of|in|on|at|to|that|how|why|when|where|what|"
    r"whether|if|because|as|while|after|before|and|but|or|so|then|also|now|yesterday|today)\s)[a-z][\w-]*\s+){1,3})?$"
)
# What may stand between a name and its verb ("X has also said"), and the verbs that, past them,
# can only mean speaking ("has said", not "has claimed the title" or "has added the ability")
_BEFORE_VERB = frozenset("has had have also then later will would".split())
_ONLY_SPEECH = frozenset("said told stated".split())
_CLAUSE_VERBS = SPEECH_VERBS | frozenset("is was are were has have had will would can could".split())
_APPOSITIVE_THEN_VERB = re.compile(r",[^,.;:“”\"]{2,120},\s")
# Words for what a person is: "an analyst", "the spokeswoman", "coach Mike Ruddock"
_PERSON_ROLE_WORDS = frozenset(
    """analyst spokesman spokeswoman spokesperson minister secretary director fellow leader chief
    executive official coach manager player striker captain professor author writer president founder
    chairman chairwoman head editor correspondent lawyer economist researcher expert adviser advisor
    aide member mayor governor senator candidate campaigner actor actress singer star boss owner
    partner mother father son daughter wife husband resident student teacher doctor officer commander
    ambassador envoy organiser organizer consultant commissioner sheriff councillor inspector
    detective judge nurse woman man girl boy sister brother widow pensioner businessman businesswoman
    grandmother grandfather goalkeeper keeper defender midfielder winger batsman bowler jockey cyclist
    golfer boxer sprinter swimmer athlete driver rider critic lawmaker legislator politician activist
    farmer worker scientist surgeon pastor priest deputy representative""".split()
)
_PERSON_ROLE = re.compile(r"\b(?:%s|\w+(?:ologist|ician|ographer))s?\b" % "|".join(sorted(_PERSON_ROLE_WORDS)), re.I)  # ("a microbiologist")
# A body whose members are named before it: "Members of Keep Hazelwood Livable said"
_MEMBERS_OF_BEFORE = re.compile(r"\b[Mm]embers\s+of\s+(?:the\s+)?$")
# A body's name before one of its people's roles and their name: "Morgan Halden analyst Piotr Zieliński"
_SAID_IT = re.compile(r" (?:said|says|added|confirmed|announced|insisted|warned) it\b")
_A_SPOKESPERSON = re.compile(rf"\b(?:[Aa]n?\s+{_A_SPOKESPERSON_WORD}|[Tt]he\s+(?:company|firm))\s+(?:said|says|added)\b")
_SPOKESPERSON_AFTER = re.compile(rf"\s+(?:{_A_SPOKESPERSON_WORD}|spokes(?:men|women|people))\b")
_EMPLOYER_BEFORE_A_ROLE = re.compile(r"\s+(?:chief\s+|senior\s+)?(?:analyst|economist|strategist)\s+[A-Z]")
# What only a company has: "Kessler's chief executive", "Karoo's shareholders" (not "Putin's chief of staff")
_COMPANYS_AFTER = re.compile(r"['’]s\s+(?:chief\s+executive|CEO|chief\s+financial\s+officer|CFO|shareholders|share\s+price|board\s+of\s+directors)\b")
# The words of a job's title as companies and institutions write it, capitalised after a name
# ("X, Chief Operating Officer of Y,"): a run of them that ends with an office is no name.
_JOB_OFFICES = frozenset(
    """officer director manager executive president chairman chairwoman chairperson head secretary
    treasurer editor counsel dean rector registrar engineer controller comptroller coordinator
    administrator adviser advisor founder co-founder partner principal superintendent commissioner leader whip
    analyst economist strategist""".split()
)
_OFFICES = OFFICE_TITLES | _JOB_OFFICES
_JOB_TITLE_WORDS = _OFFICES | frozenset(
    """operating financial technology technical information marketing commercial investment operations
    managing senior general assistant associate regional country executive non-executive programme
    program project communications strategy sales product research medical clinical scientific legal
    public affairs corporate board press media policy digital relations police minority majority opposition
    deputy chief""".split()
)
def _as_capitalised(words: frozenset[str]) -> str:
    """An alternation of the words as a title writes them: "Chief|Executive|CEO" (a short word in
    capitals too, as an acronym)."""
    return "|".join(sorted({w.capitalize() for w in words} | {w.upper() for w in words if len(w) <= 3}))


# A description set off after a name: "X, a senior fellow at Y,", "X, Russia's envoy,", a role
# without an article before what it is of: "X, president of the Garment Workers Forum,", and a
# job's title as companies write it: "X, Chief Operating Officer (of Y),"
_ROLE_APPOSITIVE = re.compile(
    r"^,\s+((?:an?|the)\s+[^,.;:“”\"()]{3,120}?|(?:[A-Z][\w.]*\s+)*[A-Z][\w]*[’']s\s+[^,.;:“”\"()]{3,100}?"
    r"|(?:[a-z-]+\s+)?(?:%s)\s+(?:of|at|for|with|in)\s+[^,.;:“”\"()]{2,100}?"
    r"|(?:(?:%s)\s+){0,3}(?:%s)(?:\s+(?:of|at|for|with|in)\s+[^,.;:“”\"()]{2,100}?)?)"
    r"(?:\s+\([A-Z][\w.&-]{1,12}\))?"  # a body's initials after it: "head of the Riau Disaster Mitigation Agency (BPBD),"
    r"(?=[,.;:)]|$|\s+(?:who|which|that)\b)"
    % ("|".join(sorted(_PERSON_ROLE_WORDS)), _as_capitalised(_JOB_TITLE_WORDS), _as_capitalised(_OFFICES))
)
# Speech verbs that open a sentence before their speaker: "Said Williams: ..." names Williams
_INVERTED_SPEECH = frozenset("said says added adds asked asks explained insisted warned wrote recalled noted continued".split())
_GENERATIONS = frozenset("jr sr ii iii iv".split())
_ELDER_OR_YOUNGER_BEFORE = re.compile(r"\b(elder|younger|older)\s+$")
_BODY_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][\w-]+)[’']s\s+$")  # "Tokai's Sato"
_SENIOR_OR_JUNIOR_AFTER = re.compile(r" (senior|junior)\b")  # "Okafor senior said"
_ELDER_KIN = frozenset("father mother uncle aunt grandfather grandmother".split())
_YOUNGER_KIN = frozenset("son daughter nephew niece".split())
# Given names written short, with a full stop, before the rest of the name: "Ma. Angelica
# Tolentino" (María), "Mohd. Rizal", "Wm. Bradford"
_ABBREVIATED_GIVEN_NAMES = frozenset("Ma Md Mohd Muhd Wm Chas Jas Thos Geo".split())  # (not "MD. The")
_ABBREVIATED_ENDINGS = frozenset("jr sr corp inc ltd co bros".split())  # a name's last word, with its full stop
_TITLES_OF_A_PLACE = frozenset("prince princess duke duchess earl countess king queen archbishop bishop emperor sultan emir".split())
# Words that are never a name on their own, besides SENTENCE_OPENERS
_FUNCTION_WORDS = frozenset("no not how why what who whom which me my us yes".split())
_OPENING_MARKS = frozenset("“\"‘'")
_CLOSING_MARKS = frozenset("”\"’'")
_KNOWN_AS_BEFORE = re.compile(r"\b(?:known|referred\s+to)\b[^.;:“”\"]{0,40}?\bas\s*$|\b(?:nicknamed|dubbed)\s*$")
_CAPITALISED_FUNCTION_WORDS = frozenset("The To Of In On At By For With And A An".split())  # inside a title of a work
_CONTRACTION = re.compile(r"(\w+)[’'](?:re|s|ll|ve|d|m)\b")  # the word before: "they" of "They’re"
_NEVER_OPENS_A_NAME = frozenset(
    """it its he she they we i you his her their our meanwhile however but and or so yet also still
    then yesterday tomorrow tonight earlier later although though while when where whether if as
    at by for from in into on onto despite since until unless upon according even thus instead against
    indeed unfortunately fortunately naturally shortly nevertheless moreover furthermore overall
    elsewhere separately similarly likewise finally""".split()
)
# The word that heads a body's name and, capitalised alone, stands for it ("the Commission")
_BODY_HEADS = frozenset(
    """commission council court committee ministry department agency authority party union bank
    society board bureau institute foundation association federation league corporation fund
    trust tribunal""".split()
)
_UNDECOMPOSED = str.maketrans("đłøıħ", "dloih")  # lower-case letters with a stroke, whose accent Unicode does not split off
# Whose name a body bears, before a possessive: "King’s College", "Queen’s University"
_PATRONS = frozenset({"King", "Queen", "Prince", "Princess"})
_SAINT_BEFORE = re.compile(r"\b(?:St|Saint|Ste)\.? $")  # "St Mary’s Hospital"
# Who a body's name says it serves, before a possessive: "People's Party", "Children's Hospital"
_SERVED = frozenset(
    """people children women men workers farmers teachers veterans attorney attorneys consumers citizens fishermen
    tradesmen craftsmen firefighters policemen seafarers miners growers traders drivers pilots
    nurses doctors patients parents students pensioners taxpayers prosecutor prosecutors ombudsman
    auditor mayor governor sheriff coroner marshal commissioner president minister chancellor registrar
    treasurer controller comptroller general""".split()
)  # (and offices: "Prosecutor’s Office of Bosnia and Herzegovina", "the Mayor's Office", "Information Commissioner's Office")
# A party's member before a full name, like a title: "Portuguese Socialist Inês Valadares"
_PARTY_MEMBERS = frozenset("socialist conservative liberal democrat republican tory communist labour green independent".split())
# Endings of words for what people do, none a given name's ("-er" is: Hunter, Tyler, Parker)
_PLURAL_AGENT_ENDINGS = ("ers", "ists", "ians", "ents", "ants", "ors")  # "Farmers", "Economists", "Residents"
# (those of them that end no name of anyone's, before a given name of any language: "Harbourmaster Jory Tremayne")
_SURE_JOB_ENDINGS = ("master", "mistress", "keeper", "sheriff", "teacher")
_AGENT_ENDINGS = ("ist", "eer", "ier", "grapher", "maker", "writer", "ician", "man", "woman", "scorer", "player", "rider", "driver", "trainer", "owner", "farmer", "worker", "runner", "swain") + _SURE_JOB_ENDINGS
# Endings of a word that says where a body is or who runs it, before its name: "Lagos-based", "state-owned"
_SAYS_WHERE_FROM = ("-based", "-born", "-led", "-owned", "-backed", "-run", "-funded", "-listed", "-headquartered")
# A kind of body named right before the name: "budget carrier SkyBridge", "the retailer Next"
_BODY_WORDS = frozenset(
    """company firm airline carrier bank lender insurer retailer supermarket broadcaster publisher
    carmaker automaker giant chain startup start-up conglomerate consultancy brewer miner regulator
    watchdog charity club label network website group body organisation organization association
    campaign coalition alliance union outlet agency manufacturer supplier distributor exporter utility provider""".split()
)
# Kinds of business that open a sentence before a company's name of two words or more, no part
# of it ("Developer Kestrel Logistics Parks had appealed"); those that are people's jobs too
# ("builder Graeme Tuhoe", "developer", "producer") are no _BODY_WORDS, which make the name after
# them a body
_KINDS_OF_BUSINESS = frozenset(
    """developer builder manufacturer supplier contractor distributor exporter producer utility retailer carmaker lender insurer
    airline publisher broadcaster operator miner chipmaker drugmaker automaker streamer""".split()
)
# What people are, written before their name like a title ("Student Aaron Patel", "Critic Mark
# Kermode", "Cllr Louise Gittins"): no word of the name
_ROLE_TITLES = frozenset(
    """executive headteacher prosecutor commuter neighbour neighbor private major
    student critic pensioner resident teacher nurse scientist researcher farmer worker fan
    voter campaigner activist lawyer barrister solicitor expert consultant economist editor
    correspondent reporter journalist photographer historian novelist poet composer comedian
    broadcaster entrepreneur investor trader banker engineer architect surgeon owner landlord landlady
    shopkeeper publican publisher homeowner postmaster postmistress pianist violinist cellist guitarist drummer
    opener batter pitcher quarterback paramedic firefighter midwife pharmacist supervisor trustee delegate
    parent mum mom dad anchor co-anchor promoter trainer referee umpire hydrologist geologist
    seismologist volcanologist meteorologist climatologist epidemiologist virologist biologist
    ecologist cardiologist oncologist neurologist psychologist psychiatrist sociologist criminologist
    physicist chemist statistician physician technician electrician mathematician paediatrician
    pediatrician dietitian clinician advocate substitute backup regent kaumātua kaumatua principal retiree
    counsel elder garda forecaster accountant plumber mechanic builder baker butcher cleaner carer caregiver
    driver pilot dentist vet veterinarian lecturer tutor librarian chef waiter waitress cashier clerk
    labourer laborer miner fisherman fisher rancher grower vendor retailer shopper motorist cyclist
    runner swimmer rower jockey coach manager analyst organiser organizer volunteer survivor tenant
    patient parliamentarian politician diplomat academic businessman businesswoman filmmaker sculptor curator""".split()
)
_PARTY_AND_PLACE = re.compile(r"[DRI]-[A-Z][\w.]*")  # "D-Brownsville", "R-Ind"
# What a kind of body has, after a word for it opening a sentence: "Government sources", "Court papers"
_WHAT_A_BODY_HAS = frozenset("sources officials insiders papers documents records figures data bosses chiefs staff".split())
_POINTS_OF_THE_COMPASS = frozenset("eastern western northern southern".split())
_WHERE_BEFORE = frozenset("in across throughout inside outside near around".split())  # before where something is, never whom
# Areas whose councils are named for them: "the City of Toronto said", "the Town of Oakville"
_LOCAL_AREAS = frozenset("city town borough county district village township municipality shire".split())
# Words before a country's name that make a part of it: "Inner Mongolia", "Peninsular Malaysia", "Mid Wales", "North-east Nigeria"
_PARTS_OF_A_COUNTRY = _POINTS_OF_THE_COMPASS | frozenset(
    """north south east west northeast northwest southeast southwest central mid middle upper lower greater new inner outer
    peninsular mainland rural""".split()
)
# Countries of one word, which end the names of many bodies of theirs ("Audit Scotland")
_COUNTRIES = frozenset(country for countries in DEMONYM_COUNTRIES.values() for country in countries if " " not in country and "." not in country)
_POLICE_RANKS = frozenset("pc dc ds pcso".split())  # abbreviations that name other things too: "PC", "Washington DC"
_HAVE_MEMBERS = frozenset("council assembly board committee".split())  # "Council Member Tiffany Nwosu"
_HAVE_EXECUTIVES = frozenset("county city borough district".split())  # US local offices: "County Executive Lydia Sorensen"
# roles that are also a form of address: "Coach Boodram", "Garda Collery", "Principal Ortiz", "Major Okafor"
_TITLES_BEFORE_A_SURNAME = frozenset("coach warden barrister garda supervisor principal headteacher nurse major".split())
# A kind of body that is also someone's job: the name after it tells which ("broadcaster ITV",
# "broadcaster David Dimbleby", "Ibis House publisher Gerrit van Wyk")
_BODIES_OR_JOBS = _BODY_WORDS & _ROLE_TITLES
_TITLES_OF_ROLES = OFFICE_TITLES | _ROLE_TITLES  # the words of a title that give a person a role
_ROLES_BEFORE_A_PERSON = _PERSON_ROLE_WORDS | _ROLE_TITLES  # "local entrepreneur Lama Al-Shehri"
# Offices that close a description of where they are ("the Derby North MP"), never a name
_OFFICES_NAMED_BY_PLACE = frozenset(
    """mp mep senator governor mayor minister secretary president chancellor premier ambassador envoy
    spokesman spokeswoman spokesperson manager coach captain chairman chairwoman ceo director
    commissioner councillor congressman congresswoman sheriff judge""".split()
)
# Office words that only qualify another ("Home Secretary", "Former President"): no title alone
_AFTER_CHIEF = frozenset({"executive", "whip", "scientist", "negotiator", "strategist", "economist"})  # of a title
_COUPLE_BEFORE = re.compile(r"\b(?:parents|couple|grandparents|owners),\s+$")  # "Her parents, " before a couple's names
_IRISH_SURNAME_PARTICLES = frozenset("ó ní nic mac uí ua".split())  # "Ó Murchú", "Ní Bhriain", "Mac Giolla"
_TITLE_MODIFIERS = frozenset("vice prime deputy acting former foreign defence defense interior finance health home attorney".split())
_PRONOUN_GENDERS = {**dict.fromkeys(("he", "his", "himself"), "m"), **dict.fromkeys(("she", "her", "hers", "herself"), "f")}
# a namesake set off after a name: "Jamie Munro - no relation to the Hearts gaffer -", "Lukas
# Brunner – no relation –", ", who is no relation to the mayor,", " (no relation)"
_NO_RELATION = re.compile(r"[^.;:“”\"\n]{0,60}?\b(?:no relation|not related)\b")
# and the words before the one a namesake is no relation of: "who is not related to Marcus Bell"
_NOT_RELATED_TO_BEFORE = ("no relation to ", "not related to ", "no relation of ")
# The words before a storm's given name: "Storm Bronwen", "Hurricane Harvey"
_STORMS = frozenset("storm hurricane typhoon cyclone".split())
_A_STORM = re.compile(r"\b(?:the|a|named) storm\b")  # an article about the weather
# ("him" left out: an object, mostly someone else: "Aoife Brennan described him as ...")
# the pronoun of the clause right after a name: "Yıldırım, the retiree, said she would"
_PRONOUN_AFTER = re.compile(r"[^.;:“”\"]{0,60}?\b(?:said|says|told|added)\s+(he|she)\b")
# or the pronoun that attributes the quote opening the next sentence or paragraph: "Kakegamic said
# the community would keep watch. ¶ “We've been promised things before,” she said."
_PRONOUN_OF_THE_NEXT_QUOTE = re.compile(r"[^\n“”\"]{0,200}?(?:\n\n|[.!?]\s+)[“\"][^“”\"\n]{1,300}?[”\"]\s+(he|she)\s+(?:said|says|added)\b")
_PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")  # words in double quote marks, someone else's pronouns
# Words of a description that tell whom "she" or "he" can stand for: "the Birmingham woman who".
_GENDERED_NOUNS = {
    **dict.fromkeys("woman women girl mother daughter wife sister widow actress spokeswoman chairwoman businesswoman grandmother".split(), "f"),
    **dict.fromkeys("man men boy father son husband brother actor spokesman chairman businessman grandfather".split(), "m"),
}
_OPENED_BEFORE = re.compile(r"[“\"‘(]\s*$")  # a name right after an opening mark or bracket
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
_DEFINED_ACRONYM = re.compile(rf" \(({_ACRONYM.pattern}|{_MIXED_ACRONYM.pattern})\)")  # (and "Alliance for Germany (AfD)")
# an acronym set off by commas after a body's name, the sentence going on: "The Nigeria Medical
# Association, NMA, in a statement", "The European Automobile Manufacturers’ Association, ACEA, welcomed" (not a list)
_SET_OFF_ACRONYM = re.compile(rf", ({_ACRONYM.pattern}), (?!(?:and|or|the|a|an)\b)[a-z]")
_TITLES_THAT_ARE_SURNAMES = frozenset("judge bishop marshal".split())  # "Mr Judge", "Ms Bishop"
_MEMBERS_BODIES = frozenset("association federation guild society league".split())  # named for their members
_MEMBERS_BY_INITIALS = re.compile(r"[A-Z]{2,4}s")  # "MPs", "MSPs", "TDs": members of a body
# a short name in brackets after a body's, as some styles write acronyms: "the Consumers Association of Singapore (Case)"
_DEFINED_SHORT_NAME = re.compile(r" \(([A-Z][a-z]{2,7})\)")
_HEAD_END = re.compile(r"\s(?:of|at|in|for|on|with|from|that|which|who)\s")
_POSSESSIVE_IN_A_HEAD = re.compile(r"[’']s\s")  # "the union's leader": the leader
_NAMED_AFTER_ORGANIZATION = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}(?:group|company|firm|agency|organi[sz]ation|charity|label|broadcaster|publisher|network)\b(?![’']s|\s+of\b)[^,.;:’']{0,60},\s$"
)
# Place words that are also common surnames ("Fiona Hill"); not "park" (Victoria Park) or "lake".
_SURNAME_PLACE_WORDS = frozenset("hill hills wood woods ford brook lane arena park".split())
# Of those, the words that after a first name name a place more often than a person ("Victoria
# Park", "Albert Park"; but "Ellen Park said"): the person needs a title or a cue around a mention.
_MOSTLY_PLACES_AFTER_A_FIRST_NAME = frozenset({"park"})
_STREET_WORDS = frozenset("street road avenue square lane boulevard terrace parkway".split())
_OFFICES_OF_SEVERAL = frozenset("councillor councilor councilmember senator commissioner supervisor representative".split())
_MUHAMMAD = frozenset("muhammad muhamad muhammed mohammad mohammed mohamad mohamed mohd".split())
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Sun-hee", "Jae-won", written first in Western order
_ORGANIZATION_HINT = re.compile(
    r"\b(?:group|organi[sz]ation|company|firm|agency|institute|party|network|outlet|charity|union|operators?|"
    r"providers?|manufacturers?|retailers?|carriers?|lenders?|insurers?|start-?ups?|platforms?|regulators?|"
    r"watchdogs?|chains?|airlines?|brands?|(?<=-based )makers?)\b",  # (not "broadcaster" or "producer": people too)
    re.I,
)
# a description whose head is one of several: "the largest of the city’s three scooter operators"
_ONE_OF_SEVERAL = re.compile(r"(?:the\s+)?(?:largest|biggest|smallest|oldest|newest|one|another|first|second|third|last)\b", re.I)


class _LowercaseWords:
    """Whether a word also appears in lower case in the text, as a whole word ("experts" makes
    a sentence-initial "Experts" a common word). Looked up on demand: few words are asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if word not in self.known:
            self.known[word] = self._occurs(word)
        return self.known[word]

    def _occurs(self, word: str) -> bool:
        text, position = self.text, self.text.find(word)
        while position >= 0:
            end = position + len(word)
            before = text[position - 1] if position else " "
            after = text[end : end + 2]
            whole_after = not after[:1].isalnum() and after[:1] != "_" and not (after[:1] in "-’'&" and after[1:2].isalnum())
            if not (before.isalnum() or before in "_’'-") and whole_after:
                return True
            position = text.find(word, position + 1)
        return False


class _Token(NamedTuple):
    start: int
    end: int
    word: str


@dataclass(slots=True)
class _Name:
    """One mention of a name as found: the surface text with its title, and the bare name."""

    start: int
    end: int
    surface: str
    name: str
    title: str | None
    at_sentence_start: bool
    gender: str | None = None
    type: str | None = None


@dataclass(slots=True)
class _Group:
    names: list[_Name] = field(default_factory=list)
    type: str = "other"
    _canonical: tuple[int, str] = (0, "")  # (number of names it was found from, the name)

    @property
    def canonical(self) -> str:
        """The fullest name; names are only ever added, so their number tells when to look again."""
        if self._canonical[0] != len(self.names):
            best = max(self.names, key=lambda n: (len(n.name.split()), len(n.name), -n.start)).name
            self._canonical = (len(self.names), best)
        return self._canonical[1]


def extract_entities(text: str, sentences: list[Sentence]) -> list[Entity]:
    """Entities in order of first mention, each with its aliases, role and mentions."""
    sentence_starts = {s.start for s in sentences}
    # (a currency's prefix names no one: "HK$18 billion", "US$2.3 billion")
    capitalised = [_Token(m.start(), m.end(), m.group()) for m in _CAPITALISED.finditer(text) if not text.startswith("$", m.end())]
    nicknames = _nickname_tokens(text)
    extra = nicknames + _particle_tokens(text) + _lower_camel_case_tokens(text)
    if extra:  # a capital after a quote mark or a hyphen is no word of a name, but for these (and "easyJet", "eBay")
        capitalised = sorted(set(capitalised + extra))
    lowercase_words = _LowercaseWords(text)
    names = _find_names(text, capitalised, sentence_starts, lowercase_words, frozenset(t.start for t in nicknames))
    names = [n for n in names if not (n.start and text[n.start - 1] in _OPENING_MARKS and _quoted_nickname(text, n))]
    names = _with_bodies_as_written(text, _with_local_bodies(text, _with_national_bodies(text, names)))
    groups = _merge(names, text)
    entities: list[Entity] = []
    for group in sorted(groups, key=lambda g: g.names[0].start):
        canonical = _without_nickname(group.canonical)
        possessive_forms = _country_possessive_forms(text, group) if group.type == "organization" else set()
        # a company is called without its legal form too: "Northshore Financial Group" of "... Inc.", and
        # a body without the place or body its name opens with: "Office of Management and Budget" of "White House ..."
        bare = {_without_legal_form(canonical), *_without_whose_it_is(canonical)} if group.type == "organization" else set()
        aliases = sorted(({n.surface for n in group.names} | possessive_forms | bare) - {canonical})
        gender = _known_gender(group, text) if group.type == "person" else next((n.gender for n in group.names if n.gender), None)
        entities.append(
            Entity(
                id=len(entities) + 1,
                name=canonical,
                type=group.type,
                aliases=aliases,
                role=_role(text, group) if group.type == "person" else None,
                mentions=[Mention(start=n.start, end=n.end, text=n.surface) for n in group.names],
                gender=gender,
            )
        )
    for entity_id, gender in _pronoun_genders(text, sentences, entities).items():
        entities[entity_id - 1].gender = gender
    return entities


def _country_possessive_forms(text: str, group: _Group) -> set[str]:
    """A body named after its country's possessive, as the article writes it: "Ukraine's Energy
    Ministry", "Tanzania’s Ministry of Industry and Trade" (the country is no part of the name,
    but the phrase is one way the article calls the body)."""
    forms = set()
    for name in group.names:
        if not text.startswith(("’s ", "'s "), name.start - 3):
            continue  # (most names: no possessive before them)
        country = _COUNTRY_POSSESSIVE_BEFORE.search(text, max(0, name.start - 30), name.start)
        if country is not None and country.group(1).lower() in PLACES:
            forms.add(text[country.start() : name.end])
    return forms


def _pronoun_genders(text: str, sentences: list[Sentence], entities: list[Entity]) -> dict[int, str]:
    """Genders the article's own pronouns give people that neither a title nor a first name
    gave: "A row involving Taylor Swift, her former label ..." makes Taylor Swift "she". Only a
    sentence naming one person and nobody described ("his wife", "a woman") counts, with the
    pronouns after the name and those opening the next sentence; a person gets a gender when
    every pronoun counted agrees."""
    people = sorted(((m.start, e) for e in entities if e.type == "person" for m in e.mentions), key=lambda pair: pair[0])
    if not any(e.gender is None for _start, e in people):
        return {}
    starts = [start for start, _e in people]
    votes: dict[int, set[str]] = {}  # by entity id
    for index, sentence in enumerate(sentences):
        named = people[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        if not named or len({e.id for _s, e in named}) > 1 or named[0][1].gender is not None:
            continue
        first, person = named[0]
        words = _PRONOUN_WORD.findall(_QUOTED.sub(_blank, text[first : sentence.end]))  # (not "said it was “too low for what he did”")
        if index + 1 < len(sentences) and (opening := _PRONOUN_WORD.match(text, sentences[index + 1].start)):
            words.append(opening.group())
        sentence_words = text[sentence.start : sentence.end].lower().split()
        if words and not any(word.strip(",.;:") in _GENDERED_NOUNS for word in sentence_words):
            votes.setdefault(person.id, set()).update(_PRONOUN_GENDERS[word.lower()] for word in words)
    return {person: genders.pop() for person, genders in votes.items() if len(genders) == 1}


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _described_gender(text: str, group: _Group) -> str | None:
    """The gender a description set off after the name gives ("Sharron Storer, the Birmingham
    woman who ..."), or a relation before it ("His wife, Hanan al-Khatib,"), when it gives one."""
    for name in group.names:
        relation = _relation_before(text, name.start)
        if relation and relation.group("relation").lower() in _GENDERED_NOUNS:
            return _GENDERED_NOUNS[relation.group("relation").lower()]
        if appositive := _appositive(text, name.end):
            genders = {_GENDERED_NOUNS.get(word) for word in _head_of(appositive.group(1)).lower().split()} - {None}
            if len(genders) == 1:
                return genders.pop()
    return None


def _relation_before(text: str, offset: int) -> re.Match[str] | None:
    """A relation of someone's set off right before the name at `offset`: "His wife, " of "His
    wife, Hanan al-Khatib,", "His nephew, Lee Valley captain Conor Hegarty" (looked for only after a
    comma: most names have none)."""
    if text.startswith(", ", offset - 2) or text[text.rfind(" ", max(0, offset - 13), offset - 1) + 1 : offset - 1] in _RELATIVES:
        return _RELATION_BEFORE.search(text, max(0, offset - 40), offset)
    comma = text.rfind(", ", max(0, offset - 40), offset)
    if comma < 0 or _ROLE_BEFORE_A_RELATIVE.fullmatch(text, comma + 2, offset) is None:
        return None
    return _RELATION_BEFORE.search(text, max(0, comma - 40), offset)


def _first_name_gender(name: str) -> str | None:
    """"f" or "m" when the name opens with a first name used for one gender only ("Tatiana
    Stanovaya"), else None (no first name, or one like "Alex" given to both)."""
    words = name.split()
    if "and" in words:
        return None  # a couple: "Tariq and Samira Hassan"
    if len(words) >= 3 and words[1] in _VIETNAMESE_MIDDLE_NAMES:
        return "f" if words[1] in ("Thi", "Thị") else "m"  # "Nguyen Thi Mai Linh" is a woman, "Tran Van Hieu" a man
    # the given name after a Chinese, Korean or Vietnamese family name: "Tsai Yi-ting" is a woman
    first = _unaccented(words[-1] if len(words) > 1 and _family_name_first(name) else words[0])
    return "f" if first in FEMALE_FIRST_NAMES else "m" if first in MALE_FIRST_NAMES else None


def _with_national_bodies(text: str, names: list[_Name]) -> list[_Name]:
    """A country's government, forces or police, written in lower case after its demonym or its
    name ("a Welsh government spokesperson", "the Israeli military said", "the UK government"):
    an organisation, in place of the bare place or nothing that the capitals alone give."""
    bodies = []
    for match in _NATIONAL_BODY.finditer(text):
        country = _COUNTRY_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if country is None or (country.group(1).lower() not in DEMONYMS and country.group(1).lower() not in PLACES):
            continue
        if country.group(2) and (country.group(2) in _LINKS or country.group(2) in _AFTER_A_BODY):
            continue  # not "Britain and government", "Kenya has government"
        start, end = country.start(), match.end()
        before = text[max(0, start - 30) : start].split()[-1:]
        if before and before[0][:1].isupper() and before[0].lower() not in ("the", "a", "an"):
            continue  # not "Northern Ireland government": the capital before is the place's too
        following = _NEXT_WORD.match(text, end)
        if following and following.group(1) not in _AFTER_A_BODY and following.group(1) not in SPEECH_VERBS:
            continue  # the words qualify another noun: "US military aid", "government forces"
        bodies.append(_Name(start, end, text[start:end], text[start:end], None, False, None, "organization"))
    return _in_place_of_their_pieces(names, bodies)


def _in_place_of_their_pieces(names: list[_Name], bodies: list[_Name]) -> list[_Name]:
    """`names` with `bodies` added, less the names that lie within one of them ("UK" of "the UK
    government", "Bradford" of "Bradford council")."""
    if not bodies:
        return names
    return [n for n in names if not any(b.start <= n.start and n.end <= b.end for b in bodies)] + bodies


def _with_local_bodies(text: str, names: list[_Name]) -> list[_Name]:
    """A town's or district's council, municipality, police or prosecutor's (attorney's, sheriff's)
    office after its name, speaking ("Bradford council said", "The Amathole Bay municipality said in
    a statement", "The Queens District Attorney's office, which ..."): an organisation, in place of
    the bare name."""
    bodies = []
    for body_start, body_end in _local_body_words(text):
        following = _NEXT_WORD.match(text, body_end) or _WHICH_AFTER.match(text, body_end)  # (or ", which did not oppose")
        if following is None or (following.group(1) not in SPEECH_VERBS and following.group(1) not in _AFTER_A_BODY):
            continue  # (not "Bradford council tax", "Kothrud police station")
        place = _LOCAL_BODY_PLACE.search(text, max(0, body_start - 50), body_start + 1)
        if place is None:
            continue
        start = place.start()
        words = place.group(1).split()
        if len(words) == 2 and words[0].lower() in SENTENCE_OPENERS:
            start += len(words[0]) + 1  # "The Almaty regional prosecutor's office": from "Almaty"
            words = words[1:]
        word_before = text[max(0, start - 30) : start].split()[-1:]
        if words[0].lower() in SENTENCE_OPENERS or _unaccented(words[0]) in FIRST_NAMES or (word_before and word_before[0][:1].isupper() and word_before[0] not in ("The", "A")):
            continue  # not "Then police said", "Ayesha Khan police said", nor part of a longer name
        bodies.append(_Name(start, body_end, text[start:body_end], text[start:body_end], None, False, None, "organization"))
    return _in_place_of_their_pieces(names, bodies)


def _local_body_words(text: str) -> Iterator[tuple[int, int]]:
    """Where a local body's word is (from its space: " council", " district attorney's office")."""
    for word in _LOCAL_BODY_WORDS:
        end = 0
        while (start := text.find(word, end)) >= 0:
            end = start + len(word)
            if end < len(text) and text[end].isalnum():
                continue  # "councillor", "policeman"
            if word.endswith("office"):
                holder = _OFFICE_HOLDER.search(text, max(0, start - 12), start)
                if holder is None:
                    continue  # (someone's office: "the Taoiseach's office")
                start = holder.start()
            yield start, end


def _with_bodies_as_written(text: str, names: list[_Name]) -> list[_Name]:
    """Known bodies whose names the capitals alone cut ("Save the Children", "Number 10"), as
    organisations in place of the pieces."""
    bodies = [
        _Name(m.start(), m.end(), m.group(), m.group(), None, False, None, "organization")
        for pattern in (_BODIES_AS_WRITTEN, _NUMBER_TEN) for m in pattern.finditer(text)
        if not _inside_a_word(text, m.start(), m.end())
    ]
    if not bodies:
        return names
    return [n for n in names if not any(b.start < n.end and n.start < b.end for b in bodies)] + bodies


def _lower_camel_case_tokens(text: str) -> list[_Token]:
    """Brands written in lower case first, "easyJet", "eBay": one to four letters before the hump."""
    tokens = []
    for hump in _CAMEL_HUMP.finditer(text):
        start = hump.start() - 1
        while start > 0 and text[start - 1] in _ASCII_LOWER:
            start -= 1
        if hump.start() - start <= 4 and not _inside_a_word(text, start, hump.end()):
            tokens.append(_Token(start, hump.end(), text[start : hump.end()]))
    return tokens


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] runs on from or into a longer word ("Jet" of "JetBlue")."""
    return any(c.isalnum() or c in ("_", "’", "'", "-") for c in (text[start - 1 : start], text[end : end + 1]))


def _particle_tokens(text: str) -> list[_Token]:
    """Arabic names' article joined to the name ("Mohamed Osman el-Tayeb", "al-Sharafi"), which
    the capitalised words leave out (a capital after a hyphen is inside a word)."""
    tokens = []
    for hyphen in _HYPHEN_THEN_CAPITAL.finditer(text):  # rare: "al-Assad", "pro-Kremlin", "Anglo-French"
        start = hyphen.start()  # the article before it: three letters ("ash-") or two ("al-")
        match = _ARTICLE_NAME.match(text, max(0, start - 3)) or _ARTICLE_NAME.match(text, max(0, start - 2))
        if match is not None:
            tokens.append(_Token(match.start(), match.end(), match.group()))
    return tokens


def _quoted_nickname(text: str, name: _Name) -> bool:
    """A name in quote marks (the opening one checked by the caller) after what someone is known
    as, ending in a surname the text gives elsewhere: "Dr Warwick Hale ... known to generations of
    patients simply as “Doc Hale”" is no other Hale (while "known as “El Colibrí”" stays a name)."""
    if text[name.end : name.end + 1] not in _CLOSING_MARKS:
        return False
    if _KNOWN_AS_BEFORE.search(text, max(0, name.start - 60), name.start - 1) is None:
        return False
    surname = re.compile(rf"\b{re.escape(name.name.split()[-1])}\b")
    return surname.search(text, 0, name.start - 1) is not None or surname.search(text, name.end + 1) is not None


def _nickname_tokens(text: str) -> list[_Token]:
    """Nicknames in matching marks between two capitalised words: 'Mido' in Ahmed 'Mido' Hossam."""
    tokens = []
    for match in _NICKNAME_IN_NAME.finditer(text):
        start, close = match.start(), match.end() - 3
        before = text[max(0, start - 40) : start].split()
        after_name = text[start - 1 : start] == " " and bool(before) and before[-1][:1].isupper() and before[-1][-1:].isalpha()
        if after_name and _MATCHING_MARKS[text[start]] == text[close]:
            tokens.append(_Token(start + 1, close, text[start + 1 : close]))
    return tokens


def _find_names(
    text: str, capitalised: list[_Token], sentence_starts: set[int], lowercase_words: _LowercaseWords, nicknames: frozenset[int]
) -> list[_Name]:
    """Names from runs of capitalised words, joined by single spaces, by ". " after an initial or
    a title ("Vladimir V. Putin", "Mr. Putin"), by lowercase links ("Bank of the West") or by the
    marks around a nickname (at the offsets in `nicknames`)."""
    names: list[_Name] = []
    run: list[_Token] = []
    listing = False  # whether the run lists a body's portfolios past a comma
    for token in capitalised:
        if token.word in _TIME_ZONES and _AFTER_A_TIME.search(text, max(0, token.start - 8), token.start):
            if run:  # "13.02 GMT Chancellor Priya Raman has begun": a live blog's time, no name
                names.extend(_names_in_run(text, run, sentence_starts, lowercase_words))
            run, listing = [], False
            continue
        if token.word in _FIRST_PERSON and (token.word != "I" or _FIRST_PERSON_I.match(text, token.end)):
            if run:
                names.extend(_names_in_run(text, run, sentence_starts, lowercase_words))
            run, listing = [], False
            continue
        if run:
            links = _links_between(text, run[-1], token, nicknames)
            if links is None and text.startswith(", ", run[-1].end) and _lists_portfolios(text, run, token):
                links = []
                listing = True
            elif links is None and text.startswith(" and the ", run[-1].end) and (
                listing or (_an_office_for(run) and token.word.lower() not in OFFICE_TITLES)
            ):
                # the last portfolio: "Department of Agriculture, Food and the Marine", "Minister of
                # State for Sustainability and the Environment Jasmine Koh" (not another office:
                # "the Minister for Finance and the Governor of the Central Bank")
                and_start = run[-1].end + 1
                links = [_Token(and_start, and_start + 3, "and"), _Token(and_start + 4, and_start + 7, "the")]
            if links is None:
                listing = False
                names.extend(_names_in_run(text, run, sentence_starts, lowercase_words))
                run = []
            else:
                run.extend(links)
        run.append(token)
    if run:
        names.extend(_names_in_run(text, run, sentence_starts, lowercase_words))
    return names


def _an_office_for(run: list[_Token]) -> bool:
    """Whether the run so far names an office by what it is for: "Minister for Culture", "Senior
    Minister of State for Sustainability"."""
    return any(
        current.word.lower() in _PORTFOLIO_TITLES and following.word in ("for", "of") for current, following in zip(run, run[1:])
    )


def _named_by_its_initials(text: str, run: list[_Token]) -> bool:
    """Whether the article calls a run of words joined by "for", "of" or "and" by its initials,
    making it one body's name: "Transport for London" and "TfL", "Campaign for Nuclear
    Disarmament (CND)"."""
    if run[0].word in ("The", "the") or len(run) < 3:
        return False
    mixed = "".join(t.word[0] for t in run)  # "TfL"
    capitals = "".join(t.word[0] for t in run if t.word[0].isupper())  # "CND"
    if _DEFINED_ACRONYM.match(text, run[-1].end) is not None:
        return True  # its initials or its name's in another language: "the Superintendency of the Environment (SMA)"
    written = [mixed] if any(c.islower() for c in mixed) else []  # "TfL"
    if len(capitals) >= 3:
        written.append(capitals)  # "Joint Chiefs of Staff" ... "the JCS"
    # (most runs: a plain search first, no regex compiled)
    return any(initials in text and re.search(rf"\b{re.escape(initials)}\b", text) is not None for initials in written)


def _its_initials_follow(text: str, run: list[_Token]) -> bool:
    """Whether the initials of a run's capitalised words follow it in brackets, which makes it one
    body's name though words of it could name two: "The Games and Amusements Board (GAB)"."""
    defined = _DEFINED_ACRONYM.match(text, run[-1].end)
    capitals = "".join(t.word[0] for t in run if t.word[0].isupper() and t.word not in ("The", "the"))
    return defined is not None and len(capitals) >= 3 and defined.group(1) == capitals


def _lists_portfolios(text: str, run: list[_Token], following: _Token) -> bool:
    """Whether a body's name goes on past a comma, listing what it is for: "Department for
    Environment, Food and Rural Affairs", "Ministry of Housing, Communities and Local Government",
    "Rail, Tram and Bus Union"."""
    words = [t.word for t in run]
    if words[0] in ("The", "the"):
        words = words[1:]
    while len(words) > 1 and words[0].lower() in _TITLE_MODIFIERS:  # "Deputy Minister of Environment, ..."
        words = words[1:]
    if following.start != run[-1].end + 2:
        return False  # (the next capitalised word is not the next word: "Qwest, meanwhile, had to pay the SEC")
    if len(words) == 1:  # the list opens the name, and the word after it makes it a body's
        listed = _PORTFOLIOS_OPENING.match(text, following.start)
        if listed is None or listed.group("body").lower() not in ORGANIZATION_WORDS:
            return False
    elif len(words) >= 3 and (words[0].lower() in ORGANIZATION_WORDS or words[0].lower() in _PORTFOLIO_TITLES) and words[1] in ("of", "for"):
        listed = _LISTED_PORTFOLIOS.match(text, following.start)
    else:
        return False
    # (not "the Department of Health, Britain and France": places and people are no portfolios)
    return listed is not None and not any(
        w.lower() in PLACES or w.lower() in DEMONYMS or _unaccented(w) in FIRST_NAMES
        for w in words[:1] + _CAPITALISED.findall(listed.group())
    )


def _names_a_place_ending_at(text: str, start: int, word: str) -> bool:
    """Whether `word` (lower case, starting at `start`) is a known place, alone or after the word
    before it ("Uganda", "South Korea")."""
    if word in PLACES:
        return True
    before = text[max(0, start - 20) : start].split()
    return bool(before) and f"{before[-1].lower()} {word}" in PLACES


def _links_between(text: str, current: _Token, following: _Token, nicknames: frozenset[int]) -> list[_Token] | None:
    """The lowercase link words joining two capitalised words of one name (often none), or None
    when the two do not belong to one name."""
    gap = text[current.end : following.start]
    word = current.word
    if word.endswith(POSSESSIVE_ENDINGS):
        # a body named for whom it serves or for its patron: "People's Party", "State Attorney's
        # Office", "Children's Hospital"; "St Aidan’s Academy", "King’s College London"
        served = gap == " " and following.word.lower() in ORGANIZATION_WORDS and (
            word[:-2].lower().rsplit("-", 1)[-1] in _SERVED or word[:-2] in _PATRONS or _SAINT_BEFORE.search(text, max(0, current.start - 6), current.start) is not None
        )
        # (and a US county's prosecutor: "Baltimore City State’s Attorney’s Office", "Cook County State's Attorney Kim Foxx")
        served = served or (gap == " " and word[:-2] == "State" and following.word[:8] == "Attorney" and not text.startswith(" General", following.end))
        # a place named for someone: "St Paul’s Bay" (not "Uganda's Lake Victoria", "Boston's City Council",
        # "South Korea’s Park Seo-yeon")
        place = (
            gap == " " and following.word.lower() in PLACE_WORDS and following.word.lower() not in PLACE_WORDS_BEFORE
            and not _names_a_place_ending_at(text, current.start, word[:-2].lower())
        )
        return [] if served or place else None
    if gap in (" ", "\u00a0"):
        return []
    if gap in ("' ", "’ ") and word.endswith("s") and following.word.lower() in ORGANIZATION_WORDS:
        return []  # a plural's apostrophe inside a body's name: "National Farmers' Union"
    if (following.start in nicknames or current.start in nicknames) and len(gap) == 2:
        return []  # Ahmed 'Mido' Hossam: the marks of the nickname
    if gap == ". " and word in ("Co", "Corp") and following.word.rstrip(".") in _LEGAL_SUFFIX_WORDS:
        return []  # "Hengyuan Real Estate Group Co. Ltd."
    if gap == ". ":
        lowered = word.lower()
        abbreviated_given_name = word in _ABBREVIATED_GIVEN_NAMES and _unaccented(following.word) in FIRST_NAMES  # (not "Jack Ma. Tencent")
        # a title's abbreviation ("Gen. Smith", "Det. Sgt. Ross"), not a full word that ends a sentence ("of Health. The")
        title = (lowered in HONORIFICS or lowered in OFFICE_TITLES) and lowered in ABBREVIATIONS
        saint_or_mount = lowered in ("st", "ste", "mt", "ft")  # "St. Aurelie Parish", "Mt. Kenya"
        return [] if len(word) == 1 or title or saint_or_mount or abbreviated_given_name else None
    link = _LINK_GAP.fullmatch(gap)
    if link is None or (link.group(3) == "on" and (following.word.lower() in _DAYS_AND_MONTHS or following.word.lower() in _PLATFORMS)):
        return None  # not "the European Commission on Monday", "the Sheriff's Office on Facebook"
    start = current.end + 1
    links = []
    for word in (link.group(1) or link.group(3)).split() + ([link.group(2)] if link.group(2) else []):
        links.append(_Token(start, start + len(word), word))  # "von der": two
        start += len(word) + 1
    return links


def _names_in_run(
    text: str, run: list[_Token], sentence_starts: set[int], lowercase_words: _LowercaseWords
) -> list[_Name]:
    """Split a run of capitalised words into names: titles, connectors and stray words removed."""
    words = [t.word for t in run]
    first_is_sentence_start = _starts_sentence(text, run[0].start, sentence_starts)
    # a sentence-initial common word is not part of a name: "However", "Experts", "Since"; but a
    # body's word before "of" is ("Bank of America cut ...", though "the bank" is also written)
    opens_a_body = (len(words) > 1 and words[0].lower() in _MEDIA_BEFORE_A_NAME) or len(words) > 2 and (
        (words[1] == "of" and words[0].lower() in ORGANIZATION_WORDS)
        # "Local Government New Zealand said": an adjective of the body's name, though "local" is a word
        or (words[1].lower() in ORGANIZATION_WORDS and words[0].lower() not in SENTENCE_OPENERS and words[0].lower() not in _CONNECTORS)
    )
    # after a colon too ("EXCLUSIVE: A House Republican"), though a name alone there stays one ("A: Sonos")
    after_colon = text.startswith(": ", run[0].start - 2)
    opens_a_place = len(words) > 1 and f"{words[0]} {words[1]}".lower() in PLACES  # "New Zealand Rugby said"
    # (but a particle opens a name there: "De Gaulle said", "Le Thi Thu Ha, a vendor,")
    opens_with_a_particle = len(words) > 1 and words[0].lower() in _PARTICLES_OPENING_A_NAME
    # (nor a Vietnamese family name before its middle name: "Do Thi Lan Anh")
    opens_with_a_particle = opens_with_a_particle or (len(words) > 2 and words[1] in _VIETNAMESE_MIDDLE_NAMES)
    while words and (first_is_sentence_start or after_colon) and not opens_a_body and not opens_a_place and not opens_with_a_particle and (
        _is_common_word(words[0], lowercase_words)
        or (_is_compound_adjective(words[0]) and not _korean_given_and_family_name(words) and not _given_name_of_someone(text, words[0]))
        or (len(words) == 1 and _is_plural_of_a_common_word(words[0], lowercase_words))
    ) and not (
        # (nor of a name the text writes whole inside a sentence too: "Five Weirs Housing Group, which manages")
        len(words) > 2 and first_is_sentence_start and _written_inside_a_sentence(text, text[run[0].start : run[-1].end])
    ):
        run, words = run[1:], words[1:]
        first_is_sentence_start = after_colon = False
    # nor, anywhere, a word that never opens a name: "Meanwhile" or "In" after a lost full stop
    # (but a title quoted keeps its words: “My City Was Gone”)
    if len(words) > 1 and words[0].lower() in _NEVER_OPENS_A_NAME and not (
        text[run[0].start - 1 : run[0].start] in _OPENING_MARKS and text[run[-1].end : run[-1].end + 1] in _CLOSING_MARKS
    ):
        while len(words) > 1 and not words[0].isupper() and words[0].lower() in _NEVER_OPENS_A_NAME:
            run, words = run[1:], words[1:]
    where_from = None
    for index, word in enumerate(words):
        if word in _CONNECTORS:
            break  # (not "X of the Goa-based Y")
        if "-" in word and word.lower().endswith(_SAYS_WHERE_FROM):
            where_from = index
            break
    if where_from is not None:
        run, words = run[where_from + 1 :], words[where_from + 1 :]  # "Lagos-based Cardinal Point Research", "San Francisco-based Balco"
    if len(words) > 2 and first_is_sentence_start and words[0].lower() in _KINDS_OF_BUSINESS:
        run, words = run[1:], words[1:]  # "Developer Kestrel Logistics Parks had appealed" (but "Group Menatep")
    while words and words[0] in _CONNECTORS:
        run, words = run[1:], words[1:]  # what an opener dropped left: "(Members) of the X Union"
    if not run:
        return []
    if (
        len(words) in (3, 4)
        and words[0].lower() in PLACES
        and _PREPOSITION_BEFORE.search(text, max(0, run[0].start - 12), run[0].start)
        and _looks_like_name_after_place(words[1:])
        and _looks_like_personal_name(words[1:])  # (not "from Pacific Crest Mutual")
    ):
        # "envoy to Ukraine Kurt Volker", "ambassador to Britain Liu Xiaming": a place, then a
        # person (not "Georgia May Jagger")
        return _names_in_run(text, run[:1], sentence_starts, lowercase_words) + _names_in_run(text, run[1:], sentence_starts, lowercase_words)
    if len(words) in (3, 4) and words[0].lower() in _TITLES_OF_A_PLACE and words[1] == "of":
        # "the Prince of Wales", "the Archbishop of Canterbury": one person, not a place
        end = run[-1].end
        return [_Name(run[0].start, end, text[run[0].start : end], text[run[0].start : end], None, first_is_sentence_start, None, "person")]
    if len(words) > 2 and words[0].lower() in _LOCAL_AREAS and words[1] == "of" and not any(w in _CONNECTORS for w in words[2:]):
        # "the City of Toronto", "the Town of Oakville": one name, a council when it speaks
        return [n for n in [_make_name(text, run, first_is_sentence_start)] if n]
    if any(w in _SPLITTERS for w in words):
        if _a_couple(text, run, words):  # "Amira’s parents, Tariq and Samira Hassan, said": one speaker
            return [_Name(run[0].start, run[-1].end, text[run[0].start : run[-1].end], text[run[0].start : run[-1].end], None, first_is_sentence_start, None, "person")]
        if (holder := _office_holder(text, run, first_is_sentence_start)) is not None:
            return [holder]
        office_end = next((i for i, w in enumerate(words) if w.lower() not in _JOB_TITLE_WORDS), len(words))
        body_start = office_end + (2 if words[office_end + 1 : office_end + 2] in (["the"], ["The"]) else 1)
        if 0 < office_end and len(words) > body_start and words[office_end] == "of" and _has_organization_word(words[body_start:]) and (
            words[0].lower() in _OFFICES if office_end == 1 else _is_a_job_title(words[:office_end])
        ):  # (not "Board of Trustees of Stanford University")
            # "the President of the Association of Ghana Industries", "Chief Executive Officer of
            # Sahra Logistics": an office of the body, which is the name
            return _names_in_run(text, run[body_start:], sentence_starts, lowercase_words)
        if (office := _office_of_two_portfolios(text, run, first_is_sentence_start)) is not None:
            return office
        if _only_an_office(words):
            return []  # "the Minister for Tourism, Arts and Culture, Mrs Abena Sarpong,": no name in the office
        cut = next(index for index, word in enumerate(words) if word in _SPLITTERS)
        person_of_a_body = _person_of_organization(words)
        if person_of_a_body and words[cut] == "of":
            # "Dr Ravi Menon of the University of Leeds": the person, then the body as a name of its own
            body = run[cut + 1 :]
            while body and body[0].word in _CONNECTORS:
                body = body[1:]
            person = [n for n in [_make_name(text, run[:cut], first_is_sentence_start)] if n]
            return person + (_names_in_run(text, body, sentence_starts, lowercase_words) if body else [])
        if (not _has_organization_word(words) and _named_by_its_initials(text, run)) or _its_initials_follow(text, run):
            end = _end_before_possessive(text, run[-1])  # "Transport for London" ... "TfL"
            return [_Name(run[0].start, end, text[run[0].start : end], text[run[0].start : end], None, first_is_sentence_start, None, "organization")]
        if not _has_organization_word(words) or _joins_two_organizations(words) or person_of_a_body or _joins_a_person(words):
            return _split_at_connectors(text, run, first_is_sentence_start)
    last_body_word = max((i for i, w in enumerate(words) if w.lower() in ORGANIZATION_WORDS), default=-1) if len(words) > 2 else -1
    after_body = words[last_body_word + 1 :]
    if 0 <= last_body_word < len(words) - 2 and (
        _family_name_first(_unaccented(" ".join(after_body))) is not None or (len(after_body) <= 3 and _unaccented(after_body[0]) in FIRST_NAMES)
    ):
        # a body, then a person: "People's Committee Đinh Văn Thạch" (family name first), "Head of
        # the Egyptian Antiquities Sector Ayman Hafez"
        body, person = run[: last_body_word + 1], run[last_body_word + 1 :]
        return [n for n in (_make_name(text, body, first_is_sentence_start), _make_name(text, person, False)) if n]
    return [n for n in [_make_name(text, run, first_is_sentence_start)] if n]


def _written_inside_a_sentence(text: str, words: str) -> bool:
    """Whether the text writes `words`, whole, after a word in lower case or a comma: inside a sentence."""
    found = text.find(f" {words}")
    while found > 0:
        previous = text[text.rfind(" ", 0, found) + 1 : found]
        if ((previous.isalpha() and previous.islower()) or previous.endswith(",")) and not text[found + 1 + len(words) : found + 2 + len(words)].isalnum():
            return True
        found = text.find(f" {words}", found + 1)
    return False


def _a_surname(lowered: list[str]) -> bool:
    """Whether the words are a surname alone: one word, or an Irish one of two ("Ó Murchú", "Ní Bhriain", "Mac Giolla")."""
    return len(lowered) == 1 or (len(lowered) == 2 and lowered[0] in _IRISH_SURNAME_PARTICLES)


def _a_couple(text: str, run: list[_Token], words: list[str]) -> bool:
    """Two first names and a surname set off after "parents", "couple" or "owners", who speak as one:
    "Amira’s parents, Tariq and Samira Hassan, described their daughter as ..."."""
    return (
        len(words) == 4 and words[1] == "and"
        and _unaccented(words[0]) in FIRST_NAMES and _unaccented(words[2]) in FIRST_NAMES and words[3][:1].isupper()
        and _COUPLE_BEFORE.search(text, max(0, run[0].start - 30), run[0].start) is not None
        and text.startswith(",", run[-1].end)
    )


def _looks_like_name_after_place(words: list[str]) -> bool:
    """Two or three capitalised words that name no organisation or place: a person's name."""
    return (
        all(w[:1].isupper() for w in words)
        and not _has_organization_word(words)
        and not any(w.lower() in PLACES or w.lower() in PLACE_WORDS or w.lower() in OFFICE_TITLES or w.lower() in _CONNECTORS for w in words)
    )


def _is_common_word(word: str, lowercase_words: _LowercaseWords) -> bool:
    lowered = word.lower()
    if lowered in HONORIFICS or lowered in OFFICE_TITLES or (lowered in _PARTICLES and len(word) > 1 and word.isupper()):
        return False  # (nor a particle in capitals: "AP" is the Associated Press)
    return lowered in _CONNECTORS or lowered in SENTENCE_OPENERS or lowered in _INVERTED_SPEECH or lowered in lowercase_words


def _is_plural_of_a_common_word(word: str, lowercase_words: _LowercaseWords) -> bool:
    """"Passengers described ..." where the text writes "one passenger" in lower case."""
    lowered = word.lower()
    return len(lowered) > 4 and lowered.endswith("s") and not lowered.endswith("ss") and lowered[:-1] in lowercase_words


def _korean_given_and_family_name(words: list[str]) -> bool:
    """"Min-jun Park", "Seung-hee Kim": a Korean given name (not a compound adjective) before a family name."""
    return len(words) > 1 and words[1].lower() in _KOREAN_FAMILY_NAMES and _KOREAN_GIVEN_NAME.fullmatch(words[0]) is not None


def _is_compound_adjective(word: str) -> bool:
    """"Coffee-loving", "Well-known": capitalised only because it opens the sentence."""
    head, _, tail = word.partition("-")
    return bool(tail) and tail[:1].islower()


def _given_name_of_someone(text: str, word: str) -> bool:
    """Whether a hyphenated word closes a full name elsewhere in the text, as a Chinese or Korean
    given name does ("Chan Wai-ling" ... "Wai-ling, who arrived separately,"): no adjective then."""
    return f" {word}" in text and re.search(rf"[A-Z][\w’'-]* {re.escape(word)}\b", text) is not None  # (a plain search first)


def _split_at_connectors(text: str, run: list[_Token], at_start: bool) -> list[_Name]:
    parts: list[list[_Token]] = [[]]
    for match in run:
        if match.word in _SPLITTERS:
            parts.append([])
        else:
            parts[-1].append(match)
    names = []
    for index, part in enumerate(p for p in parts if p):
        name = _make_name(text, part, at_start and index == 0)
        if name:
            names.append(name)
    return names


def _starts_sentence(text: str, offset: int, sentence_starts: set[int]) -> bool:
    if offset in sentence_starts:
        return True
    before = text[max(0, offset - 3) : offset]
    if offset == 0 or before.endswith(("\n", "— ", "- ")) or _OPENED_BEFORE.search(before):
        return True
    if before.endswith(": ") and _CAPITALS_BEFORE_A_COLON.search(text, max(0, offset - 40), offset - 2):
        return True  # "KOTA BARU: Floodwaters rose", "DANIEL OCAMPO: Well, ..."
    if before.endswith((". ", "? ", "! ")) and inside_brackets(text, max(0, offset - MAX_BRACKETS), offset, len(text)):
        return True  # a sentence inside brackets, which ends none: "(We have no house anymore. Only mud is left)"
    if before.endswith("– ") and _DATELINE_BEFORE_A_DASH.search(text, max(0, offset - 40), offset - 2):
        return True  # "SINGAPORE – Lower-income families", "LONDON (Reuters) – " (but not a list's "– Curitiba")
    return offset > 4 and text[offset - 2].isdigit() and _AFTER_A_TIMESTAMP.search(text, max(0, offset - 12), offset) is not None


def _end_before_possessive(text: str, token: _Token) -> int:
    """Where the name a token holds ends: before a possessive's "’s" ("Putin’s"), but not before
    the "’s" of a name that a verb follows, which no possessive is ("Sainsbury’s said")."""
    if len(token.word) <= 2 or token.word[-2:] not in POSSESSIVE_ENDINGS:
        return token.end
    following = _NEXT_WORD.match(text, token.end)
    return token.end if following is not None and following.group(1) in VERBS_NO_POSSESSIVE_PRECEDES else token.end - 2


def _make_name(text: str, run: list[_Token], at_sentence_start: bool) -> _Name | None:
    if run[-1].word.endswith("s") and _MEMBERS_BY_INITIALS.fullmatch(run[-1].word) and run[-1].word[:-1].lower() in OFFICE_TITLES:
        run = run[:-1]  # "Labour MPs", "SNP MSPs": the party; its members, unnamed, are no name
        if not run:
            return None
    if len(run) == 1:  # most runs: one word, without a title
        token = run[0]
        end = _end_before_possessive(text, token)
        name = text[token.start : end]
        if name in _POST_NOMINALS and text.endswith(", ", 0, token.start) and text.startswith(",", end):
            return None  # a person's letters set off after the name: "Ibrahim Ladan, SAN, described"
        if _PARTY_AND_PLACE.fullmatch(name):
            return None  # a legislator's party and home set off after the name: "Rep. Ana Garza, D-Brownsville,"
        if at_sentence_start and name.lower() in ORGANIZATION_WORDS and (following := _NEXT_WORD.match(text, end)) and (
            following.group(1) in _ROLES_BEFORE_A_PERSON or following.group(1) in _WHAT_A_BODY_HAS
        ):
            return None  # "Press secretary Karoline Leavitt", "Council leader Jane Doe", "Government sources said": no body named
        if _is_plausible_name(name) or _a_month_named_speaking(text, token):
            return _Name(token.start, end, name, name, None, at_sentence_start)
        return None
    words = [t.word for t in run]
    if _is_a_job_title(words):
        return None  # "Chief Operating Officer", "Managing Director": an office, nobody's name
    lowered = [w.lower() for w in words]
    if people_of_a_nation(lowered):
        return None  # "the South African said", "the New Zealander": someone named before, as "the Spaniard"
    title_count = 0
    gender = None
    # (a demonym before an industry is a company's name: "British Gas", "Northern Vale Rail")
    is_organization = _has_organization_word(words, plurals=False) or lowered[-1] in INDUSTRY_WORDS
    while not is_organization and title_count < len(words) - 1 and (
        (lowered[title_count] in HONORIFICS and (lowered[title_count] != "mama" or _unaccented(lowered[title_count + 1]) in FIRST_NAMES))  # not "Mama Africa"
        or lowered[title_count] in OFFICE_TITLES
        or (lowered[title_count] in DEMONYMS and not _names_a_region(lowered[title_count:]))
        or lowered[title_count] in NATIONALITY_NOUNS or lowered[title_count] in _ROLE_TITLES
        or _names_a_job_before_a_name(lowered[title_count:], opens_a_sentence=at_sentence_start and not title_count)
        or (title_count and lowered[title_count - 1] == "chief" and lowered[title_count] in _AFTER_CHIEF)
        or (title_count and lowered[title_count - 1] == "det" and lowered[title_count] == "con")  # "Det Con Kerr", a detective constable
        or (lowered[title_count][-1:] == "s" and lowered[title_count][:-1] in _OFFICES_OF_SEVERAL)  # "Councilmembers Dean Pruett and ..."
        or (lowered[title_count] == "tan" and lowered[title_count + 1] == "sri")  # Malaysia's "Tan Sri", not Mr Tan
        or _a_bodys_member(text, run[title_count])
        or _courtesy_title(lowered[title_count:])
    ):
        if lowered[title_count] in _ROLE_TITLES and lowered[title_count] not in _TITLES_BEFORE_A_SURNAME and len(words) - title_count < 3:
            break  # before a full name only: "Student Aaron Patel", not "Resident Evil" (but "Coach Boodram")
        if lowered[title_count] in _TITLE_MODIFIERS and lowered[title_count + 1] not in OFFICE_TITLES and not (
            lowered[title_count] not in ("former", "acting") and _unaccented(lowered[title_count + 1]) in FIRST_NAMES
        ) and not (lowered[title_count] == "deputy" and _a_surname(lowered[title_count + 1 :])):
            # (but "Attorney Danielle Whitford": a title before a first name; and "Deputy Brady" or
            # "Deputy Ó Murchú", an Irish TD)
            # a word that qualifies a title, before no title: part of the name ("Home Depot"), or
            # of none ("Former Worldcom boss")
            if lowered[title_count] in ("former", "acting"):
                run, words, lowered = run[title_count + 1 :], words[title_count + 1 :], lowered[title_count + 1 :]
                title_count = 0
            break
        gender = gender or HONORIFICS.get(lowered[title_count])
        title_count += 1
    office: str | None = None
    inner_title = _inner_title(lowered)
    if inner_title is not None and is_organization and lowered[inner_title - 1] in _CONNECTORS:
        inner_title = None  # the title is part of the organisation's name: "College of General Practitioners"
    if inner_title is not None and inner_title >= title_count:
        # "Jefferson Parish Sheriff Harry Lee", "Home Office Minister Tony McNulty": the name is
        # what follows the title; what precedes it says where the office is
        office = " ".join(words[: inner_title + 1])  # the role in full: "Secretary of State"
        run, words, lowered = run[inner_title:], words[inner_title:], lowered[inner_title:]
        title_count = 1
        gender = HONORIFICS.get(lowered[0])
    name_tokens = run[title_count:]
    letters_end = None  # the end of letters after the name, which the mention covers: "Bethan Howells MS"
    if len(name_tokens) > 2 and name_tokens[-1].word in _POST_NOMINALS and (
        _looks_like_personal_name(words[title_count:-1]) or name_tokens[-1].word in _COUNSELS_RANKS
    ):
        letters_end = name_tokens[-1].end
        name_tokens, words, lowered = name_tokens[:-1], words[:-1], lowered[:-1]  # "Orla Fitzgibbon SC"
    if len(name_tokens) > 1 and not is_organization and lowered[-1] in _OFFICES_NAMED_BY_PLACE:
        return None  # "the Derby North MP", "the Bank of England Governor": an office, named by where it is
    has_title = any(lowered[k] in HONORIFICS or lowered[k] in _TITLES_OF_ROLES for k in range(title_count))
    end = _end_before_possessive(text, name_tokens[-1])
    if text.startswith(".", end) and lowered[-1] in _ABBREVIATED_ENDINGS:
        end += 1  # "Ramon Dizon Jr.", "Northbrook Mining Corp." as written
    name = text[name_tokens[0].start : end]
    after_honorific = title_count > 0 and lowered[title_count - 1] in HONORIFICS
    if not _is_plausible_name(name) and not (after_honorific and (name.lower() in HONORIFICS or name.lower() in _TITLES_THAT_ARE_SURNAMES)):
        return None  # "Mr King" and "Mr Judge" are names, "King" alone a title (and "Mr Speaker" a form of address)
    start = run[0].start if has_title else name_tokens[0].start
    # "Former Liverpool manager": an office before a place makes no person ("Mr Houston" does)
    honorific = any(lowered[k] in HONORIFICS for k in range(title_count))
    kind = "person" if has_title and not _has_organization_word(name.split(), plurals=False) and (
        honorific or (name.lower() not in PLACES and lowered[-1] not in PLACE_WORDS)  # not "State Highway"
    ) else None
    title = (office or " ".join(words[:title_count])) if has_title else None  # "Health Secretary", "Mr"
    end = letters_end or end
    return _Name(start, end, text[start:end], name, title, at_sentence_start, gender, kind)


def _a_bodys_member(text: str, token: _Token) -> bool:
    """Whether "Member" at `token` is a title after a body's word left out of the run: "Council
    Member Tiffany Nwosu" where the text also writes "council member"."""
    before = text[max(0, token.start - 12) : token.start].split()
    return token.word == "Member" and bool(before) and before[-1].lower() in _HAVE_MEMBERS


def _names_a_region(lowered: list[str]) -> bool:
    """A point of the compass opening a place's name, not a title's demonym: "Eastern Visayas",
    "Western Cape", and a body's name of a region, "Southern California Edison" (but "Western
    leader Ann Lee" and "Northern Ireland Secretary X" go on)."""
    if lowered[0] not in _POINTS_OF_THE_COMPASS or len(lowered) < 2:
        return False
    if len(lowered) == 2:
        return lowered[1] not in OFFICE_TITLES and lowered[1] not in HONORIFICS
    return lowered[1] in PLACES and _unaccented(lowered[2]) not in FIRST_NAMES and not any(
        w in OFFICE_TITLES or w in HONORIFICS or w in _TITLE_MODIFIERS for w in lowered[2:]
    )


def _courtesy_title(lowered: list[str]) -> bool:
    """"Don", "Doña" or "Con" before a full name that opens with a first name: "Don Félix Jacinto"
    (not "Don Johnson", whose first name it is); Burmese "Ko" before a name of two words or more, none
    hyphenated like a Korean given name ("Ko Thura Aung", not "Ko Eun-ji")."""
    if lowered[0] in ("don", "doña", "dona", "con"):  # (and a police constable: "Con Kwame Asante")
        return len(lowered) >= 3 and _unaccented(lowered[1]) in FIRST_NAMES
    return lowered[0] == "ko" and len(lowered) >= 3 and not any("-" in w for w in lowered[1:])


def _is_a_job_title(words: list[str]) -> bool:
    """Whether capitalised words are only a job's title, ending with its office: "Chief Operating
    Officer", "Managing Director", "Senior Vice President"."""
    return len(words) > 1 and words[-1].lower() in _JOB_OFFICES and all(w.lower() in _JOB_TITLE_WORDS for w in words)


def _names_a_job_before_a_name(lowered: list[str], opens_a_sentence: bool = False) -> bool:
    """Whether a run opens with a word for a job or a party before a full name that opens with a
    known first name: "Saxophonist Desmond Achterberg", "Socialist Inês Valadares" (the word has an
    agent's ending, or names a party's member, and is no first name); an "-or" word opening a
    sentence too, where it is capitalised anyway: "Proprietor Jane Okafor"; and a word that ends
    no one's name before any given name: "Harbourmaster Jory Tremayne"."""
    return (
        len(lowered) >= 3
        and (
            lowered[0].endswith(_AGENT_ENDINGS) or lowered[0] in _PARTY_MEMBERS or of_a_place(lowered[0])
            or (opens_a_sentence and lowered[0].endswith("or"))
        )
        and _unaccented(lowered[0]) not in FIRST_NAMES
        and (_unaccented(lowered[1]) in FIRST_NAMES or lowered[0].endswith(_SURE_JOB_ENDINGS))
    )


def _inner_title(lowered: list[str]) -> int | None:
    """Where a title stands inside a run, before one to three words of a personal name (four
    after a known first name: "Andrés Felipe Gaviria Restrepo")."""
    for index in range(len(lowered) - 2, 0, -1):
        if lowered[index] in _TITLE_MODIFIERS and (lowered[index] != "attorney" or lowered[index + 1] in OFFICE_TITLES):
            continue  # "One Home Depot": no title without the office it qualifies; but "U.S. Attorney X"
        if lowered[index] in _POLICE_RANKS and _unaccented(lowered[index + 1]) not in FIRST_NAMES:
            continue  # "Mobile PC Extended Battery Life": a computer, no constable
        if lowered[index] in HONORIFICS or lowered[index] in OFFICE_TITLES or (
            (lowered[index] == "member" and lowered[index - 1] in _HAVE_MEMBERS)
            or (lowered[index] == "executive" and lowered[index - 1] in _HAVE_EXECUTIVES)  # "County Executive Lydia Sorensen"
        ):
            if lowered[index + 1] in _AFTER_CHIEF and lowered[index] == "chief" and index + 2 < len(lowered):
                index += 1  # "Tesco Chief Executive Ken Murphy": the title's last word
            following = lowered[index + 1 :]
            named = [w for w in following if w not in _PARTICLES]  # "Ursula von der Leyen": two names
            longest = 4 if _unaccented(following[0]) in FIRST_NAMES else 3
            if len(named) <= longest and not _has_organization_word(following, plurals=False) and not any(
                w in OFFICE_TITLES or w in _SPLITTERS for w in following
            ):
                return index
            return None
    return None


def _a_month_named_speaking(text: str, token: _Token) -> bool:
    """Whether a month's name stands for a person the article names with it, speaking: "May said"
    or "said May" of Theresa May, "“...,” June said" of June Crane (not "In June, the hospital closed")."""
    if token.word.lower() not in MONTHS or token.word.isupper():
        return False
    following = _NEXT_WORD.match(text, token.end)
    inverted = text.endswith(("said ", "says ", "added "), 0, token.start)  # "“...,” said May."
    if not inverted and (following is None or following.group(1) not in SPEECH_VERBS):
        return False
    named = re.compile(rf"\b{token.word} [A-Z][a-z]|\b[A-Z][a-z]+ {token.word}\b(?! \d)")
    return named.search(text) is not None


def _is_plausible_name(name: str) -> bool:
    lowered = name.lower()
    if len(name) < 2 and name not in ("X",):
        return False
    if lowered in MONTHS or lowered in WEEKDAYS or lowered in DEMONYMS or lowered in NATIONALITY_NOUNS:
        return False
    if lowered in HONORIFICS or lowered in OFFICE_TITLES:
        return False
    if not name.isupper() and (lowered in SENTENCE_OPENERS or lowered in _FUNCTION_WORDS):
        return False  # "In" of "fell 3.4% In the US", "Meanwhile" after a lost full stop
    contracted = _CONTRACTION.match(lowered)
    if contracted is not None and (contracted.group(1) in SENTENCE_OPENERS or contracted.group(1) in _FUNCTION_WORDS):
        return False  # "They’re", "That’s", "What’s" opening a quote
    return not name.isdigit()


def _joins_two_organizations(words: list[str]) -> bool:
    """"the Foreign Ministry and Security Council", "LG Electronics and Samsung" name two bodies (a
    body's name ends before "and"); "Institute of X and Y", "Research and Development Centre" one."""
    if "and" not in words:
        return False
    cut = words.index("and")
    return _has_organization_word(words[cut - 1 : cut]) and (
        _has_organization_word(words[-1:]) or not _has_organization_word(words[cut + 1 :])
    )


def _joins_a_person(words: list[str]) -> bool:
    """"Victoria Hospital and Chris RuiWen Kuo", "Governor Esther Wanjiru Kamau and Members of the
    County Assembly": a body and a person are two names."""
    if "and" not in words:
        return False
    after = words[len(words) - words[::-1].index("and") :]
    while len(after) > 2 and (after[0].lower() in OFFICE_TITLES or after[0].lower() in HONORIFICS):
        after = after[1:]  # (a title first: "Police Commissioner Dana Hill and Mayor Lisa Grant")
    if 2 <= len(after) <= 3 and _looks_like_personal_name(after) and not _has_organization_word(after):
        return True
    before = words[: words.index("and")]
    return len(before) >= 3 and not _has_organization_word(before) and _inner_title([w.lower() for w in before]) is not None


def _a_rank_named_by_a_unit(lowered: list[str]) -> bool:
    """Whether a run opens with a body's word that makes a rank with the title after it, before a
    name: "Group Commander Stephen McCann" (a fire officer), "Police Commissioner Jane Doe"."""
    return len(lowered) >= 4 and lowered[0] in ORGANIZATION_WORDS and lowered[1] in OFFICE_TITLES  # (a full name after: not "Police Commissioner Cup")


def _person_of_organization(words: list[str]) -> bool:
    """"Richard Yamarone of Argus Research", "Prof Amelia Stone of Imperial College London": a
    personal name (a title makes any one to three words one, a rank of a body's word too: "Group
    Commander Stephen McCann of the Northern Ireland Fire and Rescue Service"; "Cho Min-ah", "Jorge
    Emilio Navarrete Solís" are one without), with no body's word, then where the person works."""
    cut = next((index for index, word in enumerate(words) if word in _SPLITTERS), len(words))
    if cut == len(words):
        return False
    lowered = [w.lower() for w in words[:cut]]
    titles = 0
    while titles < cut and (
        lowered[titles] in HONORIFICS or lowered[titles] in _TITLES_OF_ROLES or _names_a_job_before_a_name(lowered[titles:])
        or _a_rank_named_by_a_unit(lowered[titles:])
    ):  # ("Paleoclimatologist Kenji Morimoto of Sapporo Polar University")
        titles += 1
    name = words[titles:cut]
    if _has_organization_word(name):
        return False
    if titles and 1 <= len(name) <= 3 and all(word[:1].isupper() for word in name):
        return True
    return 2 <= len(name) <= 4 and _looks_like_personal_name(name)


_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson"})


def _office_of_two_portfolios(text: str, run: list[_Token], at_start: bool) -> list[_Name] | None:
    """An office of two portfolios, with its holder one person ("Health and Social Care Secretary
    Wes Streeting", "Mines and Energy Minister Andrés Felipe Gaviria Restrepo"), alone no name
    ("the Mines and Energy Minister, ..."); None for other runs, such as "Angela Rayner and
    Housing Minister Matthew Pennycook" (a person before "and") or "Marks and Spencer Chief
    Executive Stuart Machin" (no government office)."""
    lowered = [t.word.lower() for t in run]
    if lowered.count("and") != 1 or any(w in _SPLITTERS for w in lowered if w != "and"):
        return None
    portfolio = lowered[: lowered.index("and")]
    if not 1 <= len(portfolio) <= 2 or any(
        w in HONORIFICS or (w in OFFICE_TITLES and w not in _TITLE_MODIFIERS) or _unaccented(w) in FIRST_NAMES for w in portfolio
    ):
        return None  # ("Health" qualifies a title, as in "Health Secretary")
    title = next((k for k in range(len(portfolio) + 2, len(lowered)) if lowered[k] in _PORTFOLIO_TITLES), None)
    if title is None or _has_organization_word(lowered[:title]):
        return None
    if title == len(lowered) - 1:
        return []
    holder = _make_name(text, run, at_start)
    return [holder] if holder is not None and holder.type == "person" else None


def _only_an_office(words: list[str]) -> bool:
    """Whether a run is a minister's or a secretary's office with its portfolios and no holder:
    "Minister for Tourism", "Minister for Tourism, Arts and Culture" (its commas left out)."""
    words = words[1:] if words[0] in ("The", "the") else words
    links = [index for index, word in enumerate(words) if word in ("for", "of")]
    link = links[-1] if links else 0  # (the last: "Secretary of State for Environment, Food and Rural Affairs")
    if not link or not any(w.lower() in _PORTFOLIO_TITLES for w in words[:link]) or not all(w.lower() in OFFICE_TITLES or w in ("for", "of") for w in words[:link]):
        return False
    portfolios = [w for w in words[link + 1 :] if w not in ("and", "the")]
    listed = "and" in words[link + 1 :]
    return (
        0 < len(portfolios) <= (4 if listed else 2) and not _has_organization_word(portfolios)
        and not any(_unaccented(w) in FIRST_NAMES or w.lower() in OFFICE_TITLES for w in portfolios)
    )


def _office_holder(text: str, run: list[_Token], at_start: bool) -> _Name | None:
    """An office with its portfolio, then its holder, as one person: "Secretary of State for
    Health Jane Doe", "Vice Finance Minister for International Affairs Hiroshi Tanabe". The
    holder's name opens with a known first name or an initial and ends the run; the office is the role."""
    words = [t.word for t in run]
    first_link = next(index for index, word in enumerate(words) if word in _SPLITTERS)
    if first_link == 0 or (words[first_link - 1].lower() not in OFFICE_TITLES and words[first_link - 1] != "Member"):
        return None  # ("Local Member of the Senedd Llinos Pryce-Evans" too)
    if "and" in words and any(w.lower() in OFFICE_TITLES for w in words[words.index("and") :]):
        return None  # not "Secretary of State Antony Blinken and Defense Secretary Lloyd Austin"
    last_link = max(index for index, word in enumerate(words) if word in _SPLITTERS)
    tail = words[last_link + 1 :]
    holder = next(
        (
            k for k in range(1, len(tail) - 1)
            if (_unaccented(tail[k]) in FIRST_NAMES or len(tail[k].rstrip(".")) == 1)  # or an initial: "R. Ashwathnarayana Gowda"
            and len([w for w in tail[k:] if w not in _PARTICLES]) <= 3
        ),
        None,
    )
    if holder is None:  # the family name written first, no given name known: "... for National Development Ong Chee Wee",
        # "... of Science and ICT Park Dong-hyuk"
        holder = next((k for k in range(1, len(tail) - 1) if len(tail) - k <= 3 and _family_name_first(" ".join(tail[k:])) is not None), None)
    elif holder > 1 and _family_name_first(" ".join(tail[holder - 1 :])) is not None:
        holder -= 1  # the family name written first: "Senior Minister of State for Transport Lim Wei Ling"
    if holder is None:  # a name after an honorific: "... and Rural Development Cde Loice Chidzikwe"
        holder = next((k + 1 for k in range(1, len(tail) - 2) if tail[k].lower().rstrip(".") in HONORIFICS and len(tail) - k <= 4), None)
    if holder is None:  # the text names the holder later without the office: "Minister of Planning Sherzad Mahmoud",
        # then "Sherzad Mahmoud said" or "Mahmoud said"
        holder = next((k for k in range(1, len(tail) - 1) if len(tail) - k <= 3 and _used_without(text, " ".join(tail[k:]), tail[k - 1], run[-1].end)), None)
        if holder is None and len(tail) >= 3 and _used_without(text, tail[-1], tail[-2], run[-1].end):
            holder = len(tail) - 2
    if holder is None or _has_organization_word(tail[holder:]):
        return None
    start_token = run[last_link + 1 + holder]
    end = _end_before_possessive(text, run[-1])
    office_end = last_link + holder - (tail[holder - 1].lower().rstrip(".") in HONORIFICS)  # (the honorific is no part of the office)
    office = text[run[0].start : run[office_end].end]
    return _Name(run[0].start, end, text[run[0].start : end], text[start_token.start : end], office, at_start, None, "person")


def _used_without(text: str, name: str, word_before: str, after: int) -> bool:
    """Whether `name` appears after offset `after` as a name of its own, not after `word_before`."""
    return any(
        not text[max(0, match.start() - len(word_before) - 1) : match.start()].rstrip().endswith(word_before)
        for match in re.compile(rf"\b{re.escape(name)}\b").finditer(text, after)
    )


def _has_organization_word(words: list[str], plurals: bool = True) -> bool:
    """Whether a word of a run makes it a body's name; with `plurals` False, a plural without an
    apostrophe does not ("Banks" of "Judge Rochelle Banks", a surname)."""
    if len(words) > 1 and words[-1] in _LAST_WORDS_OF_BODIES:
        return True
    for word in words:
        if word in ("Co.", "Cie."):
            return True  # "Hanseong Motor Co." (but "Co Clare" is a county)
        lowered = word.lower()
        if lowered in ORGANIZATION_WORDS:
            return True
        if lowered[-1:] in _ENDINGS_TO_STRIP and (plurals or not lowered.endswith("s") or lowered.endswith(("’s", "'s"))) and (
            lowered.rstrip(".").rstrip("’'s") in ORGANIZATION_WORDS
        ):
            return True  # "Corp.", "Democrats’", "the council's"
    return False


def _merge(names: list[_Name], text: str) -> list[_Group]:
    """Group mentions of the same entity; persons by surname, others by exact name.

    Only sure types (titles, organisation words, known places) decide merging; guesses from
    context ("to Putin" looks like a place) only type a group that nothing surer typed.
    """
    for name in names:
        named_as_a_place = _is_dateline(text, name) or _is_state_after_a_town(text, name) or (
            text.endswith(" of ", 0, name.start) and _PLACE_NOUN_BEFORE.search(text, max(0, name.start - 24), name.start)
        )
        name.type = name.type or ("place" if named_as_a_place else _sure_type(name, text))
    surnames: dict[str, list[_Group]] = {}  # the people of each surname, fullest names first
    first_surnames: dict[str, list[_Group]] = {}  # of the first of two surnames ("Quispe"), asked after surnames
    given_names: dict[str, list[_Group]] = {}  # the people of each first word ("Madam Siti"), asked last
    titled_given_names: dict[str, list[_Group]] = {}  # the word after "Muhammad" ("Mr Haziq"), with a title only
    by_name: dict[str, _Group] = {}
    groups: list[_Group] = []
    for name in sorted(names, key=lambda n: -len(n.name.split())):
        key = _unaccented(name.name)  # "Jose Alvarez" is "José Álvarez", whom a story writes both ways
        if name.type == "place" and _is_state_after_a_town(text, name):
            key = "place " + key  # "Wilmington, Del.": the state, apart from "Del" the man named later
        surname = _unaccented(_surname(name.name))
        if name.type == "place" and any(_looks_like_personal_name(g.canonical.split()) for g in surnames.get(key, [])):
            # "Montenegro" after "Valeria Montenegro" (not "Bucharest" after "Dinamo Bucharest")
            if _after_place_preposition(text, name.start):
                key = "place " + key  # "she flew to Montenegro": the country, apart from her
            else:
                name.type = None  # "Montenegro, speaking to Variety, said": her
        # a bare surname that several people bear ("Ms Finch": Margaret or her daughter Sarah)
        # is read mention by mention; any other name is who it was the first time
        bearers = surnames.get(surname) or first_surnames.get(surname, [])  # "Johnson": Boris, before Ellen Johnson Sirleaf
        shared = " " not in key and name.type in (None, "person") and len(bearers) > 1
        group = None if shared else by_name.get(key)
        if group is None and name.type in (None, "person") and bearers:
            group = _same_person(name, bearers, text)
        # (untitled, a known first name alone: "Sam came up to me" of "Sam Leota", the one Sam)
        named_by_first_name = name.title is not None or (" " not in key and name.type is None and _unaccented(key) in FIRST_NAMES)
        given = given_names.get(key.split()[0]) or (titled_given_names.get(key, []) if name.title is not None else [])
        if group is None and not bearers and len(given) == 1 and (
            (named_by_first_name and " " not in key)
            or (" " in key and name.type in (None, "person") and _unaccented(given[0].canonical).startswith(key + " ") and _a_person(given[0], text))
        ):
            # "Madam Siti" of "Siti Rahmah Osman", "Ms Nur Aisyah" of "Nur Aisyah Rahman", "Che Minah" of
            # "Che Minah Ismail", "Kenny Wong" of "Kenny Wong Kah Leong": the first words of one longer name
            group = given[0]
        if group is None:
            group = _Group()
            groups.append(group)
        if not shared:
            by_name.setdefault(key, group)
            if name.name.rsplit(None, 1)[-1] in _LEGAL_SUFFIX_WORDS and (bare := _without_legal_form(name.name)) != name.name:
                by_name.setdefault(_unaccented(bare), group)  # "Cabot Living said" after "Cabot Living Ltd."
        for nickname in _NICKNAME.findall(name.name):
            by_name.setdefault(_unaccented(nickname), group)  # "Mido" alone is Ahmed 'Mido' Hossam
        group.names.append(name)
        if name.type == "person" or (name.type is None and len(name.name.split()) >= 2):
            _add_bearer(surnames, surname, group)
            if " " in key:  # "Mr. Han" of "Han Seung-min"; "Quispe" of "Gustavo Quispe Huamán"
                _add_bearer(surnames, _family_name_first(name.name) or _family_name_between(name.name), group)
                _add_bearer(first_surnames, _first_surname(name.name, titled=name.title is not None), group)
                _add_bearer(given_names, key.split()[0], group)
                _add_bearer(titled_given_names, _given_name_after_muhammad(key), group)
    for group in groups:
        group.names.sort(key=lambda n: n.start)
        group.type = _group_type(group, text)
        if group.type == "person" and group.canonical.startswith("The "):
            group.type = "organization"  # "told The Verge", "The Local reported": no person's name opens with "The"
    merged = _merge_short_forms([g for g in groups if g.type != "drop"], text)
    for group in merged:
        if group.type == "person" and _speaks_under_one_word(group, text):
            group.type = "organization"

    return _merge_plurals(merged)


def _without_legal_form(name: str) -> str:
    """A company's name without its legal form: "Hanbit Energy Solutions" of "Hanbit Energy
    Solutions Co.", "Hengyuan Real Estate Group" of "... Co. Ltd." (the name itself if it has none)."""
    if name.endswith("Corporation"):
        return name  # (a public body may be one: "Kalyanpur Municipal Corporation")
    bare = _LEGAL_SUFFIX.sub("", _LEGAL_SUFFIX.sub("", name))
    return bare if " " in bare else name


def _without_whose_it_is(name: str) -> set[str]:
    """A body's name without the place or the body that opens it, when a body's name is left: "Office of
    Management and Budget" of "White House Office of Management and Budget", "Supreme Court" of "US Supreme Court"."""
    words = name.split()
    return {
        " ".join(words[start:]) for start in (1, 2)
        if len(words) - start >= 2 and words[start][:1].isupper() and _has_organization_word(words[start:])
        and words[-1] not in _LEGAL_SUFFIX_WORDS - {"Corporation", "Limited"}  # (not "Electronics Co." of "Samsung Electronics Co.")
        and (" ".join(words[:start]).lower() in PLACES or " ".join(words[:start]).lower() in KNOWN_ORGANIZATIONS)
    }


def _without_nickname(name: str) -> str:
    """A name without the nickname in marks inside it: "Marcus Delane" of "Marcus “Tank” Delane"
    (which stays an alias)."""
    if _OPENING_MARKS.isdisjoint(name):
        return name
    bare = " ".join(_NICKNAME.sub(" ", name).split())
    return bare if " " in bare else name


def _after_place_preposition(text: str, offset: int, prepositions: frozenset[str] = _PLACE_PREPOSITIONS) -> bool:
    before = text[max(0, offset - 12) : offset].split()
    return bool(before) and before[-1].lower() in prepositions


def _a_person(group: _Group, text: str) -> bool:
    """Whether a group's name, as merged so far, is surely a person's: typed so, a personal name,
    or given an age ("Che Minah Ismail, 67,")."""
    return (
        any(n.type == "person" or _AGE_AFTER.match(text, n.end) for n in group.names)
        or _looks_like_personal_name(group.canonical.split())
    )


def _add_bearer(table: dict[str, list[_Group]], family_name: str | None, group: _Group) -> None:
    """Note that the person of `group` bears `family_name` (if any), once, under the name without
    its accents ("Álvarez" and "Alvarez" are one)."""
    if family_name is not None:
        people = table.setdefault(_unaccented(family_name), [])
        if not any(g is group for g in people):
            people.append(group)


def _speaks_under_one_word(group: _Group, text: str) -> bool:
    """A single word shown speaking ("Unilever said", "Kan reported") and nothing else telling a
    person: news names a person in full, or with a title, before calling them by the surname."""
    name = group.canonical
    if " " in name or _unaccented(name) in FIRST_NAMES or any(n.title or n.gender for n in group.names):
        return False
    return not any(
        _appositive(text, n.end) or _named_right_before(_PERSON_ROLE_WORDS, text, n.start, any_spaces=True, any_case=True)
        or given_as_a_name(text, n.start)  # "who gave only her first name, Jess,"
        or _AGE_AFTER.match(text, n.end)  # "said Keira, 11,"
        for n in group.names
    )


def _surname(name: str) -> str:
    """The word a person is called by alone: the last, but for a generation's suffix ("James R.
    Knight Jr" is "Mr. Knight")."""
    words = name.lower().split()
    surname = words[-2] if len(words) > 1 and words[-1].rstrip(".") in _GENERATIONS else words[-1]
    return surname[3:] if surname.startswith(("al-", "el-")) and len(surname) > 4 else surname  # "Saadi" of "Ali al-Saadi"


def _first_surname(name: str, titled: bool = False) -> str | None:
    """The first of two surnames, which Spanish, Portuguese and Catalan usage calls a person by
    alone: "Quispe" of "Gustavo Quispe Huamán", "Gaviria" of "Andrés Felipe Gaviria Restrepo",
    "Puigvert" of "Jordi Puigvert i Serra", "Torres" of "María de los Ángeles Torres Juárez" (not
    "Elvira" of "Rosa Elvira Chumpitaz", a first name). The name opens with a known first name,
    or a title tells a person ("Interior Minister Carolina Echeverría Soto")."""
    words = [w for w in name.split() if w.lower() not in _PARTICLES]
    if not 3 <= len(words) <= 4 or not (titled or _unaccented(words[0]) in FIRST_NAMES):
        return None
    first_surname = words[-2].rstrip(".")
    if len(first_surname) < 2 or _unaccented(first_surname) in FIRST_NAMES:
        return None
    return first_surname.lower()


def _family_name_first(name: str) -> str | None:
    """The family name of a Chinese, Korean or Vietnamese name written family name first, which
    "Mr. Han" or "Mr Xi" uses: "Han Seung-min", "Xi Jinping", "Nguyen Van An"; else None."""
    words = name.split()
    if not 2 <= len(words) <= 4 or (len(words) == 4 and words[0].lower() not in _FAMILY_NAMES_FIRST):
        return None  # (four words: Vietnamese only, "Tran Thi Lan Huong")
    family = words[0].lower()
    korean_given_name = "-" in words[-1] and words[-1].split("-")[-1][:1].islower()  # "Seung-min", "Jae-in"
    if family in _FAMILY_NAMES_FIRST or (korean_given_name and family in _KOREAN_FAMILY_NAMES):
        return family
    if len(words) >= 3 and words[1] in _VIETNAMESE_MIDDLE_NAMES:
        return family  # any Vietnamese family name before "Thi" or "Van": "Do Thi Lan Anh"
    if len(words) == 3 and family in _SOUTHERN_CHINESE_FAMILY_NAMES and all(len(w) <= 5 for w in words[1:]):
        return family  # Singapore and Malaysia: "Chua Mei Xuan", "Tan Boon Kiat"
    return None


def _given_name_after_muhammad(lowered_name: str) -> str | None:
    """The given name a title takes in a Malay name opened by "Muhammad": "Mr Haziq" of "Muhammad
    Haziq Rahman", as Malaysian and Singaporean papers write it (a title is needed: "His son Ali"
    is not Mohammed Ali Khan)."""
    words = lowered_name.split()
    return words[1] if len(words) >= 3 and words[0] in _MUHAMMAD else None


def _family_name_between(name: str) -> str | None:
    """The family name between an English given name and a Chinese one, as Hong Kong writes
    names: "Chan" of "Ada Chan Wing-see", whom "Ms Chan" or "Chan said" means, and "Lau" of "Sammy
    Lau Chi-keung" (the given name need not be a known one: the hyphenated one tells); else None."""
    words = name.split()
    if len(words) == 3 and _KOREAN_GIVEN_NAME.fullmatch(words[2]):
        return words[1].lower()
    return None


def _same_person(name: _Name, people: list[_Group], text: str) -> _Group | None:
    """Which of the people with this name's surname it names: a full name, the one with the same
    first name or its initial ("Vladimir V. Putin", "V. Putin"; a relative, "Daniel Ellery" beside
    "Margaret Ellery", is another); a bare surname, among those its title's gender fits, the one
    named last before it ("Ms Ellery", "the elder Fitzgerald"), or after an office ("Vice
    President Biden") the first named in full."""
    words = name.name.split()
    if len(words) > 1:
        first = words[0].rstrip(".").lower()
        for group in people:
            known_words = group.canonical.split()
            known = known_words[0].rstrip(".").lower()
            if first == known or (len(first) == 1 and known.startswith(first)) or (len(known) == 1 and first.startswith(known)):
                return group
            if len(known_words) > len(words) and [w.lower() for w in known_words[-len(words):]] == [w.lower() for w in words]:
                return group  # a surname of two words: "Mr Saumarez Smith" of "Charles Saumarez Smith"
        if len(words) == 2:  # a word written before one bearer's full name, as a title: "Sister Mary Kelly" ... "Sister Kelly"
            before = words[0] + " "
            titled = [g for g in people if any(text.endswith(before, 0, n.start) for n in g.names)]
            if len(titled) == 1:
                return titled[0]
        return None
    gender = name.gender
    if gender is None and len(people) > 1:  # "Yıldırım, the retiree, said she would": the woman
        pronoun = _PRONOUN_AFTER.match(text, name.end) or (
            None if text.startswith(POSSESSIVE_ENDINGS, name.end) else _PRONOUN_OF_THE_NEXT_QUOTE.match(text, name.end)
        )
        gender = _PRONOUN_GENDERS.get(pronoun.group(1).lower()) if pronoun else None
    fitting = [g for g in people if _known_gender(g, text) in (gender, None)] if gender else people
    if gender:  # the one known to be of that gender first: "Mr. Tran" is Tran Van Hieu, not Kim Tran named since
        known = [g for g in fitting if _known_gender(g, text) == gender]
        # (but not only relatives named as such: "her mother, Ewa Kaczmarek" is no "Kaczmarek paused ... she said")
        if not all(_relative_of(name.surface.split()[-1], g, text) for g in known):
            fitting = known or fitting
    fitting = fitting or people
    elder_or_younger = _ELDER_OR_YOUNGER_BEFORE.search(text, max(0, name.start - 12), name.start)
    age = elder_or_younger or _SENIOR_OR_JUNIOR_AFTER.match(text, name.end)
    if len(fitting) > 1 and age is not None:
        # "Okafor senior said" or "the elder Okafor" of "his father, Emmanuel Okafor": the parent;
        # "junior" or "the younger Hegarty" the child ("His nephew, ... Conor Hegarty"), else the other
        # (else the one not introduced as the other's child: "stars Ferrante's daughter, Giulia
        # Ferrante" ... "the elder Ferrante" is the director Paola Ferrante)
        elders = [g for g in fitting if _introduced_as(g, text, _ELDER_KIN)]
        youngers = [g for g in fitting if _introduced_as(g, text, _YOUNGER_KIN)]
        chosen = (elders or [g for g in fitting if g not in youngers]) if age.group(1) in ("senior", "elder", "older") else (
            youngers or [g for g in fitting if g not in elders]
        )
        if len(chosen) == 1:
            return chosen[0]
    if len(fitting) > 1 and (owner := _BODY_POSSESSIVE_BEFORE.search(text, max(0, name.start - 40), name.start)):
        # "Tokai's Sato" of "Tokai President Hiroshi Sato", not "Yuki Sato, an analyst at Kaneda Securities"
        of_the_body = [g for g in fitting if any(_tied_to(owner.group(1), n, text) for n in g.names)]
        if len(of_the_body) == 1:
            return of_the_body[0]
    told_apart_by_age = elder_or_younger is not None
    if name.title and not told_apart_by_age:
        # the one called so before, else the one given that title before: "Mr Lim" who "Mr Lim" was
        # (though "the late Mr Lim Ah Seng" was named since); "Alhaji Adeyemi" is "Alhaji Rasheed
        # Adeyemi", not "Chief Olumide Adeyemi"; "Dr. Menon" who "Dr. Menon" was, not Rahul Menon
        for same_name in (True, False):
            titled_so = [g for g in fitting if _called_so_before(g, name, same_name)]
            if len(titled_so) == 1:
                return titled_so[0]
    if len(fitting) > 1 and not told_apart_by_age:
        # not the relative named as theirs ("Wierzbicka’s grandmother, Wanda Wierzbicka," ...
        # "Wierzbicka shrugs"), unless told apart by age ("the younger Mr. Kassem"), among those
        # named before it
        named_before = [g for g in fitting if min(n.start for n in g.names) < name.start] or fitting
        fitting = [g for g in named_before if not _relative_of(name.surface.split()[-1], g, text)] or named_before
        called_so = [g for g in fitting if _called_so_before(g, name, same_name=True) >= 2]
        if not name.title and len(called_so) == 1:
            return called_so[0]  # who the bare surname meant so far: "Ferrer" of a profile, not "newcomer Camila Ferrer — no relation"
        # nor a namesake set off as "no relation" and not spoken of in the paragraph before:
        # "Dons substitute Jamie Munro - no relation to the Hearts gaffer - bundled in" ... two
        # paragraphs on, "Munro said:" is the gaffer
        fitting = [g for g in fitting if not _a_namesake_left_behind(g, name, text)] or fitting
    if len(fitting) == 1 or (name.title and name.title.lower().rstrip(".") not in HONORIFICS):
        return fitting[0]  # an office ("Vice President Biden") is the one first named in full
    # the one named last before it, and for a name that is no possessive, not in a possessive
    # ("Semi Waqa, who is Josaia's uncle, ... Waqa said" is Semi); max keeps the first of
    # equals: none named before, the first
    # (nor one named only as whom another is no relation of: "Angela Bell, who is not related to
    # Marcus Bell, voted no. ... “...,” Bell said" is Angela)
    name_is_possessive = text.startswith(POSSESSIVE_ENDINGS, name.end)
    return max(fitting, key=lambda g: max(
        (
            n.start for n in g.names
            if n.start < name.start and (name_is_possessive or not text.startswith(POSSESSIVE_ENDINGS, n.end))
            and not text.endswith(_NOT_RELATED_TO_BEFORE, 0, n.start)
        ),
        default=-1,
    ))


def _a_namesake_left_behind(group: _Group, name: _Name, text: str) -> bool:
    """Whether the person of `group` was introduced as "no relation" to another of the surname,
    and last named more than a paragraph before `name`."""
    first = group.names[0]
    if not _NO_RELATION.match(text, first.end):
        return False
    last = max((n.end for n in group.names if n.end <= name.start), default=first.end)
    return text.count("\n\n", last, name.start) >= 2


def _called_so_before(group: _Group, name: _Name, same_name: bool) -> int:
    """How often the person of `group` was called with the title of `name` (or with none, for an
    untitled name) before it, with the same name after it if asked: "Mr Lim" again, not "Mr Lim
    Ah Seng"; "Flaherty" again."""
    title = _title_key(name.title)
    return sum(n.start < name.start and _title_key(n.title) == title and (not same_name or n.name == name.name) for n in group.names)


def _title_key(title: str | None) -> str | None:
    return title.lower().rstrip(".") if title else None


def _tied_to(body: str, name: _Name, text: str) -> bool:
    """Whether a mention's own words, the two words before it ("Tokai President Hiroshi Sato") or
    the description set off after it hold the body's name."""
    appositive = _appositive(text, name.end)
    return (
        body in name.surface.split() or body in text[max(0, name.start - 40) : name.start].split()[-2:]
        or (appositive is not None and body in appositive.group(1).split())
    )


def _introduction(group: _Group, text: str) -> re.Match[str] | None:
    """The relation set off before the person's first mention, if any: "her husband, Ron,"."""
    return _relation_before(text, min(n.start for n in group.names))


def _introduced_as(group: _Group, text: str, relations: frozenset[str]) -> bool:
    """Whether the person of `group` was first named as one of these relations ("his father, Emmanuel Okafor")."""
    relation = _introduction(group, text)
    return relation is not None and relation.group("relation") in relations


def _relative_of(surname: str, group: _Group, text: str) -> bool:
    """Whether the person of `group` was introduced as the relative of someone of that surname,
    or of whom the sentence is about: "Wierzbicka’s grandmother, Wanda Wierzbicka", "Okonkwo
    dedicated the fight to his late father, Emeka Okonkwo" (but a sentence that opens with "Her
    daughter, Sarah Finch, said" is about the daughter)."""
    relation = _introduction(group, text)
    if relation is None:
        return False
    pronoun = relation.group("pronoun")
    return pronoun.islower() if pronoun else relation.group("owner") == surname


def _known_gender(group: _Group, text: str) -> str | None:
    """A person's gender as far as their names so far tell: a title ("Mr"), the relation they were
    introduced as ("Ravi’s wife Harjit Sandhu", though lists give Harjit to men), a first name
    given to one gender, a relation or a description set off by another mention ("His sister,
    Nour Mansour,"), or the pronoun of what they said ("Owner Lim Teck Hwa, 74, said he")."""
    introduction = _introduction(group, text)
    return (
        next((n.gender for n in group.names if n.gender), None)
        or (_GENDERED_NOUNS.get(introduction.group("relation").lower()) if introduction else None)
        or _first_name_gender(group.canonical) or _described_gender(text, group)
        or next((
            _PRONOUN_GENDERS[said.group(1).lower()] for n in group.names
            if not text.startswith(POSSESSIVE_ENDINGS, n.end) and (said := _PRONOUN_AFTER.match(text, n.end))  # (not "X's wife said she")
        ), None)
    )


def _merge_plurals(groups: list[_Group]) -> list[_Group]:
    """A body and its members are one entity: "a Conservative spokeswoman" speaks for the
    Conservatives (single words, neither of them a person)."""
    plurals = {g.canonical: g for g in groups if g.type != "person" and " " not in g.canonical and g.canonical.endswith("s")}
    if not plurals:
        return groups
    merged = []
    for group in groups:
        plural = plurals.get(group.canonical + "s") if group.type != "person" else None
        if plural is None:
            merged.append(group)
            continue
        plural.names = sorted(plural.names + group.names, key=lambda n: n.start)
        if plural.type == "other":
            plural.type = group.type
    return merged


def _merge_short_forms(groups: list[_Group], text: str) -> list[_Group]:
    """An organisation's acronym ("UKIP" for "UK Independence Party", or any the text defines:
    "the Court of Arbitration for Sport (CAS)"), first word alone ("Merrill" for "Merrill
    Lynch") or body's word alone ("the Commission") is that organisation, when it can be no
    other; likewise the first word of a person's name, said alone, is that person ("Liu
    Xiaming" ... "Liu said": the surname comes first).

    A name of no sure type whose first word alone is said to speak ("Merrill said") is an
    organisation too: news calls a person by the surname, not by the first word of the name."""
    owners: dict[str, list[_Group]] = {}
    acronyms: dict[str, list[_Group]] = {}  # the initials of bodies' names (also among `owners`)
    defined: dict[str, list[_Group]] = {}  # "the Court of Arbitration for Sport (CAS)"
    # "Seabreeze Holdings Ltd" under "Seabreeze Holdings", "New Zealand Geographic Board" under "Geographic Board"
    incorporated: dict[str, list[_Group]] = {}
    # the body's word alone: "the Commission" for "European Commission" ("Bank" is
    # both "World Bank"'s and "Bank of England"'s: then neither's)
    heads: dict[str, list[_Group]] = {}
    for group in groups:
        name = group.canonical
        if group.type in ("organization", "other") and " " in name:
            words = name.split()
            initials = {_acronym(name)}
            for start in range(1, min(3, len(words) - 1)):  # the name proper, past a place or a body before it:
                before, proper = " ".join(words[:start]).lower(), " ".join(words[start:])
                if before in PLACES or before in KNOWN_ORGANIZATIONS:  # "CPSC" for "U.S. Consumer Product Safety
                    initials.add(_acronym(proper))  # Commission", "OMB" for "White House Office of Management and Budget"
                if before in PLACES:  # "the Geographic Board" of "New Zealand Geographic Board"
                    incorporated.setdefault(proper, []).append(group)
            for acronym in initials:
                acronyms.setdefault(acronym, []).append(group)
            shorts = initials | {words[0], "".join(w[0] for w in words)}  # "TfL" too
            bare = _LEGAL_SUFFIX.sub("", name)
            if words[-1] in _LEGAL_SUFFIX_WORDS and bare != name:
                incorporated.setdefault(bare, []).append(group)
            bare_words = bare.split()
            if len(bare_words) >= 3 and bare_words[-1].lower() in INDUSTRY_WORDS:
                incorporated.setdefault(" ".join(bare_words[:-1]), []).append(group)  # "Lismore Digital" of "Lismore Digital Infrastructure Ltd"
            if len(words) == 2 and words[0].lower() in ORGANIZATION_WORDS:
                shorts.add(words[1])  # "Menatep" for "Group Menatep"
            if words[-1].lower() in TEAM_WORDS:
                shorts.add(words[-1])  # "the Steelers" for "Pittsburgh Steelers"
            if storm := _storm_words(words, text):
                shorts.add(" ".join(words[storm:]))  # "Harvey" for "Hurricane Harvey"
            for head in {w for w in (words[0], words[-1]) if w.lower() in _BODY_HEADS and w[:1].isupper()}:
                heads.setdefault(head, []).append(group)
            for short in shorts:
                owners.setdefault(short, []).append(group)
            for mention in group.names:
                set_off = _SET_OFF_ACRONYM.match(text, mention.end)
                if set_off is not None and not _initials_of(set_off.group(1), name):
                    set_off = None  # a list: "funded by Alphabet Inc, IBM, among others"
                if definition := _DEFINED_ACRONYM.match(text, mention.end) or _DEFINED_SHORT_NAME.match(text, mention.end) or set_off:
                    defined.setdefault(definition.group(1), []).append(group)
        elif group.type == "person" and " " in name:
            owners.setdefault(name.split()[0], []).append(group)
    merged: list[_Group] = []
    for group in groups:
        short = group.names[0].name
        candidates = defined.get(short) or owners.get(short)
        if not candidates and (group.type in ("organization", "other") or not any(n.title for n in group.names)) and len(short) >= 4 and short.isalpha() and short[1:].islower():
            candidates = acronyms.get(short.upper())  # an acronym written as a word, as British styles do: "Defra", "Nato"
        if not candidates and group.type in ("organization", "other") and len(short) >= 3 and short.isalpha() and short.isupper():
            candidates = [  # "TEPCO" (a body whose name starts as the capitals do)
                g for g in groups if g.type == "organization" and g.canonical[:1] == short[0] and _abbreviates(short, g.canonical)
            ]
        if not candidates and short in heads and not any(text.endswith(("’s ", "'s "), 0, n.start) for n in group.names):
            candidates = heads[short]  # (not the "Society" of "the Alzheimer's Society")
        if candidates and len(candidates) > 1:
            # "Meridian" of "Meridian Air", not of its pilots' "Meridian Pilots Association"
            others = [g for g in candidates if g.canonical.rsplit(None, 1)[-1].lower() not in _MEMBERS_BODIES]
            if len(others) == 1 and others[0].type == "organization" and short.lower() not in PLACES:
                candidates = others
        owner = _short_form_owner(group, candidates or [], short in defined)
        if owner is None and group.type in ("organization", "other") and len(full := incorporated.get(group.canonical, [])) == 1:
            owner = full[0]  # "Banque Mercier" of "Banque Mercier & Cie"
        if owner is None:
            merged.append(group)
            continue
        owner.names = sorted(owner.names + group.names, key=lambda n: n.start)
        if owner.type == "other" and group.type != "other":
            owner.type = "organization"
    return merged


def _initials_of(acronym: str, name: str) -> bool:
    """Whether an acronym's letters are, but for one at most, initials of the name's capitalised
    words (in any order, as a name in another language gives them: "ACEA" of "European Automobile
    Manufacturers’ Association"), which a list's next name's are not ("IBM" after "Alphabet Inc")."""
    initials = {word[0] for word in name.split() if word[:1].isupper()}
    return sum(letter not in initials for letter in acronym.replace(".", "")) <= 1


def _abbreviates(short: str, name: str) -> bool:
    """Whether capitals are made of the starts of a body's words, in order, as some bodies shorten
    their names: "TEPCO" for "Tokyo Electric Power Company Holdings Inc.". Each capitalised word
    gives at least its first letter, up to the last one used (two at least); a word in lower case
    ("for", "of") may give none; the words after that are left ("Holdings Inc.")."""
    words = name.split()
    letters = short.lower()

    def from_word(letter: int, word: int) -> bool:
        if letter == len(letters):
            return word >= 2
        if word == len(words):
            return False
        if words[word][0].islower() and from_word(letter, word + 1):
            return True
        lowered = words[word].lower()
        taken = 0
        while taken < len(lowered) and letter + taken < len(letters) and lowered[taken] == letters[letter + taken]:
            taken += 1
            if from_word(letter + taken, word + 1):
                return True
        return False

    return len(words) >= 2 and from_word(0, 0)


def _short_form_owner(group: _Group, candidates: list[_Group], defined: bool) -> _Group | None:
    """The one group that `group`, a single word, is the short form of; None if it is no short form."""
    if len(candidates) != 1 or candidates[0] is group or " " in group.canonical:
        return None
    owner = candidates[0]
    untitled = group.type == "person" and not any(n.title for n in group.names)
    if group.type not in ("organization", "other") and not untitled:
        return None
    if owner.type == "person" and group.type == "organization":
        return None
    if owner.type == "other" and group.type == "organization" and not defined:
        return None  # an organisation in its own right ("AOL") is no short form of "AOL Europe"
    return owner


def _acronym(name: str) -> str:
    """Initials of a name's words, all the letters of a word in capitals: "UK Independence Party" is "UKIP"."""
    return "".join(w if w.isupper() else w[0] for w in name.split() if w[0].isupper())


def _group_type(group: _Group, text: str) -> str:
    sure = [n.type for n in group.names if n.type]
    for preferred in ("person", "organization", "place"):
        if preferred in sure:
            return preferred
    words = group.canonical.split()
    named_for_someone = words[-1].lower() in _MOSTLY_PLACES_AFTER_A_FIRST_NAME
    if named_for_someone and any(_after_place_preposition(text, n.start, _BEFORE_A_PLACE) for n in group.names):
        return "place"  # "Police at Victoria Park said": the place, whatever follows
    if len(words) == 1 and words[0].endswith(_PLURAL_AGENT_ENDINGS) and words[0][1:].islower() and all(n.at_sentence_start for n in group.names):
        return "drop"  # "Farmers said", "Drivers described": people of a kind, not a body's name
    guessed: list[str | None] = []
    for name in group.names:
        guess = _context_type(name, text)
        if guess == "person":
            return guess  # the first choice: no need to read the other mentions
        guessed.append(guess)
    if "organization" in guessed:
        return "organization"
    if guessed.count("place") > 1:
        return "place"
    if named_for_someone and not any(n.title for n in group.names) and not _called_by_surname(group):
        return "place"  # "in Victoria Park" (no mention told a person)
    capitalised = [w.lstrip("‘'“\"")[:1].isupper() or (0 < i and w in _PARTICLES) for i, w in enumerate(words)]  # (Marcus “Tank” Delane)
    if len(words) >= 2 and all(capitalised) and (  # particles inside: "Lucas Ferreira da Costa"
        _looks_like_personal_name(words) or _called_by_surname(group)
    ):
        return "person"  # before a place guessed from one mention: "attention back from Schiff"
    if "place" in guessed:
        return "place"
    if all(n.at_sentence_start for n in group.names) and len(words) == 1:
        return "drop"  # a capitalised word only ever seen at the start of a sentence
    return "other"


def _called_by_surname(group: _Group) -> bool:
    """"Gavin Henson" ... "Henson": a full name later shortened to its last word is a person's."""
    words = group.canonical.split()
    if words[0].lower() in PLACES:
        return False  # "Manchester United" ... "United" is a club
    return any(n.name == words[-1] and not n.at_sentence_start for n in group.names)


def _looks_like_personal_name(words: list[str]) -> bool:
    """A known first name, or an initial ("J Robinson", "Vladimir V. Putin"), opens the name, or a
    family name written first ("Cho Min-ah"), of at most four words and none a function word (not
    the song "Jesus Is Just Alright With Me")."""
    if len(words) > 2 and words[-1].lower().rstrip(".") in _GENERATIONS:
        words = words[:-1]  # "Nana Kwaku Agyeman Darko III"
    if len(words) > 4 or any(w.lower() in _NEVER_IN_A_PERSONS_NAME for w in words):
        return False
    first = words[0].rstrip(".")
    return (
        _unaccented(first) in FIRST_NAMES
        or len(first) == 1
        or any(len(w.rstrip(".")) == 1 for w in words[1:-1])
        or _family_name_first(" ".join(words)) is not None
    )


def _unaccented(word: str) -> str:
    """A word in lower case without its accents, as the lists of first names hold it: "Péter" is
    "peter", "Đinh" "dinh", "Łukasz" "lukasz" (letters that no accent can be taken off)."""
    folded = fold_accents(word.lower())
    return folded if folded.isascii() else folded.translate(_UNDECOMPOSED)


def _is_dateline(text: str, name: _Name) -> bool:
    """A wire story's dateline, in capitals at the start of a paragraph: "ACCRA (Reuters) -",
    "TOPEKA, Kan. (AP) —", "RIO DE JANEIRO —" (a place, though it looks like an acronym)."""
    if not name.name.isupper():
        return False
    if name.start == 0 and _DATELINE_COLON_AFTER.match(text, name.end):
        return _DATELINE_BEFORE_A_COLON.match(text, 0, text.index(":", name.end)) is not None
    return (name.start == 0 or text[name.start - 1] == "\n") and _DATELINE_AFTER.match(text, name.end) is not None


def _is_state_after_a_town(text: str, name: _Name) -> bool:
    """A US state as AP style writes it after a town: "Hicksville, N.Y.", "Fresno, Calif." (not an
    acronym's organisation, nor "Mo" or "Del" the people)."""
    written = name.name if name.name.endswith(".") else text[name.start : name.end + 1]
    return written in US_STATE_ABBREVIATIONS and _A_TOWN_BEFORE.search(text, max(0, name.start - 40), name.start) is not None


def _sure_type(name: _Name, text: str) -> str | None:
    lowered = name.name.lower()
    words = lowered.split()
    if len(words) > 2 and words[0] in _LOCAL_AREAS and words[1] == "of":
        # the council when it speaks ("The City of Toronto said", "according to the Township of Laurel
        # Lake"), else the place ("in the City of Westminster")
        speaks = _followed_by_speech_verb(text, name.end, past_auxiliary=True) or text.endswith(("according to ", "according to the "), 0, name.start)
        return "organization" if speaks or _has_organization_word(name.name.split()[2:]) else "place"
    if len(words) > 1 and words[-1] in _STREET_WORDS and lowered not in KNOWN_ORGANIZATIONS and _unaccented(words[0]) not in FIRST_NAMES:
        return "place"  # "Exchange Street", "Bank Square", "Council Road": a body's word before a street's is the street's name
    if (
        lowered in KNOWN_ORGANIZATIONS or _has_organization_word(name.name.split(), plurals=len(words) > 1) or words[0] in KNOWN_ORGANIZATIONS or "&" in words
        or " ".join(words[:2]) in KNOWN_ORGANIZATIONS  # a branch: "Red Cross Utah Region"
    ):
        return "organization"  # "Procter & Gamble", "Marks & Spencer"
    if len(words) > 1 and (words[-1] in INDUSTRY_WORDS or words[-1] in TEAM_WORDS) and _CAPITALISED_FUNCTION_WORDS.isdisjoint(name.name.split()[1:]):
        return "organization"  # "Nordvik Energy", "Shannon Wolves" (not the song "Listen To The Music", in title case)
    if len(words) > 1 and words[-1] == "nation" and _unaccented(words[0]) not in FIRST_NAMES:
        return "organization"  # "Kinosao Cree Nation", "One Nation" (not "Terry Nation", a surname)
    if lowered in PLACES or (len(words) > 1 and (words[-1] in PLACE_WORDS or words[0] in PLACE_WORDS_BEFORE) and not _first_name_and_surname(name.name.split())):
        return "place"
    if len(words) == 2 and words[1] in _COUNTRIES and _unaccented(words[0]) not in FIRST_NAMES and not (
        # (the first word, or its first part: "the Uganda-DR Congo border", "North-east Nigeria", "Russian-occupied Ukraine")
        any(word in PLACES or word in DEMONYMS or word in _PARTS_OF_A_COUNTRY for word in {words[0], words[0].partition("-")[0]})
        or _after_place_preposition(text, name.start, _WHERE_BEFORE)
    ):  # (nor where something is: "Farmers in Mid Wales said", "across Corporate America")
        return "organization"  # a body named for its country: "Audit Scotland", "Historic England", "Cricket Australia"
    if _ACRONYM.fullmatch(name.name) or (len(words) == 1 and (_COMPANY_CAMEL_CASE.fullmatch(name.name) or _MIXED_ACRONYM.fullmatch(name.name))):
        return "organization"  # "NATO"; "HearthMate", "DoorDash" (not "McDonald", "DeSantis", "LeBron")
    if _storm_words(words, text):
        return "other"  # a storm given a person's name: "Storm Bronwen", "Hurricane Milton", "Tropical Storm Alberto"
    return None


def _storm_words(words: list[str], text: str) -> int:
    """How many words open a storm's name before its given name ("Hurricane Harvey": 1, "Tropical
    Storm Alberto": 2), or 0. "Storm" alone is also a person's first name: a storm's only before
    a given name or in an article that speaks of a storm ("Storm Bronwen", not the actor "Storm Reid")."""
    if len(words) not in (2, 3) or (first := words[0].lower()) not in _STORMS and first != "tropical":
        return 0  # (most names, at the cost of one lower())
    lowered = [w.lower() for w in words]
    count = 2 if lowered[:2] == ["tropical", "storm"] else int(lowered[0] in _STORMS)
    if not count or len(words) != count + 1:
        return 0
    weather = lowered[0] != "storm" or _unaccented(lowered[count]) in FIRST_NAMES or _A_STORM.search(text) is not None
    return count if weather else 0


def _first_name_and_surname(words: list[str]) -> bool:
    """"Fiona Hill", "Ann Wood": a first name, then a surname that is also a place word; or a
    Korean given name before the family name, whatever it is ("Sun-hee Park")."""
    if len(words) != 2:
        return False
    korean_given_name = _KOREAN_GIVEN_NAME.fullmatch(words[0]) is not None
    return korean_given_name or (_unaccented(words[0]) in FIRST_NAMES and words[1].lower() in _SURNAME_PLACE_WORDS)


def _context_type(name: _Name, text: str) -> str | None:
    """A guess from the words around one mention: "the Kharkiv region", "in Kyiv", "X, a group"."""
    following = text[name.end : name.end + 40]
    if _PLACE_NOUNS.match(following):
        return "place"
    if text.endswith(("of ", "of the "), 0, name.start) and _MEMBERS_OF_BEFORE.search(text, max(0, name.start - 16), name.start):
        return "organization"  # "Members of Keep Hazelwood Livable said"
    collective = _COLLECTIVE_AFTER.match(following) is not None and " " in name.name and not _looks_like_personal_name(name.name.split())
    collective = collective or (_UNION_AFTER.match(following) is not None and not _looks_like_personal_name(name.name.split()))
    # (and "An Agriculture Victoria spokesperson said": a body's, unless a person's name, "a Donald
    # Trump spokesman"; one word may be an adjective, "a Presidential spokesperson", or the short
    # form of a body's name, "a Kessler spokeswoman")
    speaks_through = " " in name.name and _SPOKESPERSON_AFTER.match(following) is not None and not _looks_like_personal_name(name.name.split())
    companys = following.startswith(("'s", "’s")) and _COMPANYS_AFTER.match(following) is not None and not _looks_like_personal_name(name.name.split())
    # (or set off after whom a spokesperson speaks for: "A spokesperson for the regional gas distributor, Kharkivgaz-Skhid,")
    spoken_for = text[name.start - 2 : name.start] == ", " and _SPOKESPERSON_FOR_SOMETHING.search(text, max(0, name.start - 70), name.start) is not None and not (
        _looks_like_personal_name(name.name.split()) and " " in name.name
    )  # (not "A spokesman for the family, Peter Walsh,")
    if _EMPLOYER_BEFORE_A_ROLE.match(following) or collective or speaks_through or companys or spoken_for:
        # "Morgan Halden analyst Piotr Zieliński", "Jefferies chief economist Aditya Rao", "the Cedar Island Ferry Riders group"
        return "organization"
    if _relation_before(text, name.start) or following.startswith((" herself", " himself")):
        return "person"  # "Her partner, Dean, said"; "Mitchell herself was less diplomatic"
    if given_as_a_name(text, name.start):
        return "person"  # "One woman, who gave her name only as Maria, said", "who gave only her first name, Jess,"
    appositive = _appositive(text, name.end)
    head = _head_of(appositive.group(1)) if appositive else ""
    if appositive and _ORGANIZATION_HINT.search(appositive.group(1) if _ONE_OF_SEVERAL.match(head) else head) and not (
        _POSSESSIVE_IN_A_HEAD.search(appositive.group(1)) and _looks_like_personal_name(name.name.split())
    ):  # (but someone's role: "Terrence Meekis, the community's water operator,")
        return "organization"
    if text[name.start - 2 : name.start] == ", " and _NAMED_AFTER_ORGANIZATION.search(text, max(0, name.start - 80), name.start) and not (
        _looks_like_personal_name(name.name.split()) and " " in name.name
    ):  # (not "a group of renters ..., Orla Keane", "The GMB’s organiser for the company, Nadia Khan,")
        return "organization"  # "The group that owns most of her music, Big Machine, says"
    words = name.name.split()
    if _named_right_before(_BODY_WORDS, text, name.start) and not (
        _named_right_before(_BODIES_OR_JOBS, text, name.start) and len(words) >= 2 and _looks_like_personal_name(words)
    ):
        return "organization"  # "budget carrier SkyBridge", "tech giant Apple"
    if text.endswith(("according to ", "according to the "), max(0, name.start - 20), name.start):
        return "person" if len(words) >= 2 and _looks_like_personal_name(words) else "organization"
    if len(words) == 1 and _after_place_preposition(text, name.start) and _unaccented(words[0]) not in FIRST_NAMES and not (
        words[0][-1].isdigit()
    ):
        return "place"  # (not "a good ball from Jamie", nor "a 45 percent cut in CO2 emissions")
    # (or a first name alone, set off: "One woman, who gave only her first name, Teresa, said")
    named_fully = len(words) >= 2 or (text.startswith(",", name.end) and _unaccented(words[0]) in FIRST_NAMES)
    verb_before = _SPEECH_VERB_BEFORE.search(text, max(0, name.start - 50), name.start) if named_fully else None
    said_by = verb_before is not None and text[name.end : name.end + 1] in (",", ".", ";", "")
    if said_by and verb_before.group().startswith("told") and not _looks_like_personal_name(words):
        return "organization"  # whom someone told, by no personal name, is an outlet: "told Sky Sport Italia."
    # past an auxiliary ("X has said") only a full name: "the Executive has insisted" is a body's
    full_name = len(words) >= 2 and not any(w.lower() in SENTENCE_OPENERS for w in words)
    # the name that is itself an appositive, the verb after it: "Her colleague, the anesthesiologist Dmytro Koval, said"
    named_appositive = named_fully and text.startswith(", ", name.end) and _OPENS_AN_APPOSITIVE.search(text, max(0, name.start - 60), name.start)
    if named_appositive and _followed_by_speech_verb(text, name.end + 1):
        return "person"
    if _followed_by_speech_verb(text, name.end, past_auxiliary=full_name) or said_by:
        if text.endswith(" in ", 0, name.start) or (text.endswith(" the ", 0, name.start) and _after_place_preposition(text, name.start - 4)):
            # "One A&E nurse in the West Midlands, who asked not to be named, told": the nurse;
            # "the DSWD regional office in Eastern Visayas said": the office
            return "place"
        if text.startswith((", which ", ", that "), name.end) and not _looks_like_personal_name(words):
            return "organization"  # "Kernan Precision, which makes components, said": no one's "which"
        # "Pittsburgh Steelers said", "San Francisco Chronicle reported": a body of a place;
        # "A spokeswoman for Tri-Valley Electric said": a body (not "a spokesman for Boris Johnson")
        spoken_for = _SPOKESPERSON_FOR_BEFORE.search(text, max(0, name.start - 30), name.start) and not _looks_like_personal_name(words)
        # (and "Kestrel Home said ... ¶ “...,” a spokesperson said": no person's name, a body with a spokesperson)
        # and "Kestrel Home said it would", "Meridian Living said ... the company said", no person's name
        # and "it" or "the company" (one word may be a body's short form)
        spokesperson_next = len(words) >= 2 and not _looks_like_personal_name(words) and not _named_right_before(
            _PERSON_ROLE_WORDS, text, name.start, any_spaces=True, any_case=True  # (not "competition commissioner Margarethe Lindholm")
        ) and (
            _A_SPOKESPERSON.search(text, name.end, name.end + 300) is not None or _SAID_IT.match(text, name.end) is not None
        )
        return "organization" if _opens_with_place(words) or _a_brand_of_a_place(words) or spoken_for or spokesperson_next else "person"
    if appositive and _PERSON_ROLE.search(_head_of(appositive.group(1))) and not (
        len(words) == 1 and _after_place_preposition(text, name.start, _BEFORE_A_PLACE) and _unaccented(words[0]) not in FIRST_NAMES
    ):  # (not where someone new is met: "Back at Ojota, a woman selling groundnuts, ...")
        return "person"
    if _AGE_AFTER.match(text, name.end) and (
        len(words) >= 2 or _unaccented(words[0]) in FIRST_NAMES or text.endswith(("said ", "says "), 0, name.start)
    ):
        return "person"  # "Eirlys Pugh, 79, has used the bus", "Her grandson Mateo, 14, was hauling", "said Keira, 11,"
    if text.endswith("year-old ", 0, name.start) and _AGE_BEFORE.search(text, max(0, name.start - 30), name.start):
        return "person"  # "88-year-old Dai Bevan"
    if len(words) >= 2 and _named_right_before(_ROLES_BEFORE_A_PERSON, text, name.start):
        return "person"  # "Cebit organiser Gabriele Dorries", "coach Mike Ruddock"
    return None


def _opens_with_place(words: list[str]) -> bool:
    """A name whose first word or two name a place, and no first name ("Jordan Spira" is a person)."""
    if len(words) < 2 or _unaccented(words[0]) in FIRST_NAMES:
        return False
    first_two = [w.lower() for w in words[:2]]  # (or a region of one: "Southern California Edison")
    return first_two[0] in PLACES or " ".join(first_two) in PLACES or (_names_a_region(first_two) and first_two[1] in PLACES)


def _a_brand_of_a_place(words: list[str]) -> bool:
    """A brand written in lower camel case or a company's arm in a country, which speak as bodies:
    "MetroLink Singapore", "Northlink Singapore" (not "Whitney Houston", a first name first)."""
    if len(words) < 2 or _looks_like_personal_name(words):
        return False
    return _COMPANY_CAMEL_CASE.fullmatch(words[0]) is not None or words[-1].lower() in PLACES


def _named_right_before(words: frozenset[str], text: str, offset: int, any_spaces: bool = False, any_case: bool = False) -> bool:
    """Whether one of `words` ends one whitespace character (or, if asked, any run of them)
    before `offset`: "coach" in "coach Mike Ruddock", also the last part
    of a hyphenated word ("ex-coach") or the word whole ("start-up")."""
    end = offset - 1
    if end < 1 or not text[end].isspace():
        return False
    while any_spaces and end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    word = text[start:end]
    if any_case:
        word = word.lower()
    return word in words or word.rpartition("-")[2] in words


def _appositive(text: str, offset: int) -> re.Match[str] | None:
    """The description set off by commas after a name ("X, a senior fellow at Y,"); not a clause
    that follows a comma ("Rice, the prime minister said ..."), which has a verb of its own."""
    if not text.startswith(",", offset):
        return None
    match = _ROLE_APPOSITIVE.match(text[offset : offset + 200])
    if match is None or any(w.lower() in _CLAUSE_VERBS for w in match.group(1).split()):
        return None
    return match


def _head_of(description: str) -> str:
    """The words of a description before its first preposition, past a possessive: "the director"
    of "the director of X", "leader" of "the union's leader" (a person, not the union)."""
    head = _HEAD_END.split(description, maxsplit=1)[0]
    return _POSSESSIVE_IN_A_HEAD.split(head)[-1] if "s " in head else head


def _followed_by_speech_verb(text: str, offset: int, past_auxiliary: bool = False) -> bool:
    """"X said", also past an appositive ("X, for the Lib Dems, added") and, if asked, an
    auxiliary ("X has said", "X had also told")."""
    following = text[offset : offset + 160]
    appositive = _APPOSITIVE_THEN_VERB.match(following)
    if appositive:
        following = following[appositive.end() :]
    words = following[:40].split()
    if not words:
        return False
    first = words[0].strip(",.:").lower()
    if past_auxiliary and first in _BEFORE_VERB:
        # "has said", not "has added the ability": only verbs that mean speaking and nothing else
        return any(w.strip(",.:").lower() in _ONLY_SPEECH for w in words[1:3])
    return first in SPEECH_VERBS and first not in NOUN_LIKE_SPEECH_VERBS


def _role(text: str, group: _Group) -> str | None:
    """The description the article gives: "Sergei Markov, a pro-Kremlin political analyst"."""
    for name in group.names:
        match = _appositive(text, name.end)
        if match:
            return match.group(1).strip()
    title = next(
        (n.title for n in group.names if n.title and not _TITLES_OF_ROLES.isdisjoint(n.title.lower().split())), None
    )
    # "Vice-Chancellor", not "Vice-Chancellor Prof" (though "Associate Professor" is one title)
    while title and " " in title and title.rsplit(None, 1)[-1].lower().rstrip(".") in HONORIFICS and not title.lower().startswith(("assoc", "assistant")):
        title = title.rsplit(None, 1)[0]
    return title
