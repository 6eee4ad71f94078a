"""Quote finding, kinds and speaker attribution, one rule per case, in news styles (NYT, BBC)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.analysis.model import Analysis
from briefing.analysis.pipeline import analyze
from briefing.reading.document import RawSection, SourceDocument
from briefing.reading.normalize import normalize
from tests.conftest import run_cli


def run(*paragraphs: str) -> Analysis:
    return analyze(normalize(SourceDocument("case", [RawSection(None, list(paragraphs))])))


def quotes(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    analysis = run(*paragraphs)
    names = {e.id: e.name for e in analysis.entities}
    return [(q.text, names.get(q.speaker_id) if q.speaker_id else None, q.kind) for q in analysis.quotes]


@pytest.mark.parametrize(
    "verb",
    ["said", "says", "told reporters", "remarked", "stated", "noted", "explained", "pointed out", "added",
     "argued", "wrote", "mentioned", "replied", "insisted", "warned", "has said", "had insisted", "will say",
     "quipped", "retorted", "laughed", "emailed", "countered", "reiterated", "shot back", "fired back", "hit back", "laughs", "smiled",
     "repeated", "sighed", "snapped", "fumed", "assured them", "reassured fans",
     "snaps", "sighs", "yells", "begs", "chuckles", "deadpans", "muses", "enthuses", "pleads", "reflects", "opines", "exclaims"],
)
def test_speech_verbs_after_the_quote(verb: str) -> None:
    assert quotes(f"“The harbour will reopen next week,” Anna Berg {verb}.") == [
        ("The harbour will reopen next week,", "Anna Berg", "direct")
    ]


@pytest.mark.parametrize(
    "verb",
    ["reflected", "affirmed", "elaborated", "begged", "yelled", "screamed", "enthused", "bragged", "moaned",
     "objected", "hinted", "underlined", "underscored", "opined", "ventured", "deadpanned", "teased", "chuckled", "cabled", "radioed"],
)
def test_speech_verbs_after_the_quote_in_a_paragraph_of_its_own(verb: str) -> None:
    found = quotes("Tom Baker met reporters. Anna Lee spoke later.", f"“It has been a long week,” Lee {verb}.")
    assert found == [("It has been a long week,", "Anna Lee", "direct")]


@pytest.mark.parametrize("verb", ["warned", "advised", "pledged", "urged", "cautioned", "countered", "concluded"])
def test_a_verb_taking_an_object_right_after_its_quote_is_inverted_before_the_speaker(verb: str) -> None:
    found = quotes("Tom Baker met reporters. Anna Lee spoke later.", f"“It has been a long week,” {verb} Lee.")
    assert found == [("It has been a long week,", "Anna Lee", "direct")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Kemi Badenoch was scathing. “This is a tax raid,” accusing Rachel Reeves of breaking promises.", None),
        ("“Vote Leave, take control,” described by Dominic Cummings as the best slogan, won.", "Dominic Cummings"),
    ],
)
def test_no_inverted_speaker_after_a_participle_or_a_passive(sentence: str, speaker: str | None) -> None:
    assert quotes(sentence)[0][1] == speaker


def test_told_right_after_a_quote_still_names_the_listener() -> None:
    found = quotes("Anna Lee met Tom Baker on Monday.", "“It has been a long week,” she told Baker.")
    assert found == [("It has been a long week,", "Anna Lee", "direct")]


@pytest.mark.parametrize("title", ["Revd", "Mx", "Major", "Supervisor", "Principal", "Headteacher", "Nurse", "Engr."])
def test_a_title_before_a_surname_alone_is_the_person_titled_so(title: str) -> None:
    found = quotes(f"Tom Baker met reporters. {title} Anna Lee spoke later.", f"“It has been a long week,” {title} Lee said.")
    assert found == [("It has been a long week,", "Anna Lee", "direct")]


@pytest.mark.parametrize(
    "verb", ["highlighted", "speculated", "surmised", "reasoned", "reckoned", "disclosed", "divulged", "signalled", "signaled", "implied", "clarified"]
)
def test_speech_verbs_before_a_clause_with_a_fragment(verb: str) -> None:
    found = quotes("Tom Baker met reporters. Anna Lee spoke later.", f"Lee {verb} that the week had been “long and hard”.")
    assert found == [("long and hard", "Anna Lee", "partial")]


@pytest.mark.parametrize(
    ("company", "kind"),
    [("Ryanair", "the airline"), ("Boeing", "the planemaker"), ("Pfizer", "the drugmaker"), ("Nvidia", "the chipmaker"), ("Toyota", "the automaker")],
)
def test_a_company_speaks_as_its_kind_after_its_name(company: str, kind: str) -> None:
    found = quotes("Tom Baker, a local resident, complained about the noise.", f"{company} has faced criticism for months. “We will appeal,” {kind} said.")
    assert found == [("We will appeal,", company, "direct")]


@pytest.mark.parametrize("interrupting", ["cut in", "broke in", "chimed in", "interrupted", "interjected"])
def test_who_cut_in_is_the_he_of_the_next_quote(interrupting: str) -> None:
    """The one who cut in after another spoke is who speaks next, not the one cut off."""
    found = quotes(
        "Justice Samuel Okafor questioned Grant Lowery.",
        f"When Lowery said it would “depend on the facts,” Okafor {interrupting}.",
        "“Everything depends on the facts, counsel,” he said.",
    )
    assert found[-1] == ("Everything depends on the facts, counsel,", "Samuel Okafor", "direct")


@pytest.mark.parametrize("verb", ["said", "added", "explained", "remarked", "insisted"])
def test_inverted_attribution(verb: str) -> None:
    assert quotes(f"“Prices will fall,” {verb} Mr. Tomas Weller, an economist.") == [
        ("Prices will fall,", "Tomas Weller", "direct")
    ]


def test_bbc_colon_introduction_with_title_without_full_stop() -> None:
    assert quotes('Talks went on all night. Ms Hewitt told the BBC: "We are close to a deal."') == [
        ("We are close to a deal.", "Hewitt", "direct")
    ]


def test_speaker_before_an_appositive() -> None:
    assert quotes('Kirsty Williams, for the Liberal Democrats, added: "This is a shambles."') == [
        ("This is a shambles.", "Kirsty Williams", "direct")
    ]


def test_the_listener_of_told_is_not_the_speaker() -> None:
    assert quotes('Agent Marco Rinaldi told BBC Sport from Rio de Janeiro: "Nobody has called me."')[0][1] == "Marco Rinaldi"


def test_role_between_organisation_and_person_after_said() -> None:
    assert quotes('"Broadband will keep growing," said Jupiter Research analyst Olivier Duval.') == [
        ("Broadband will keep growing,", "Olivier Duval", "direct")
    ]


@pytest.mark.parametrize(
    "paragraph",
    ["“We tried,” said Chen Wei, “and we failed.”", "“We tried”, said Chen Wei, “and we failed”.", "‘We tried’, Chen Wei said, ‘and we failed’."],
)
def test_split_quote_is_one_utterance_and_one_speaker(paragraph: str) -> None:
    """British style too, the punctuation outside the marks."""
    analysis = run(paragraph)
    first, second = analysis.quotes
    assert first.utterance == second.utterance and first.speaker_id == second.speaker_id is not None
    assert first.kind == second.kind == "direct"


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "Lena Ortiz"), ("he", "Paul Novak")])
def test_pronouns_take_the_antecedent_of_their_gender(pronoun: str, speaker: str) -> None:
    found = quotes(
        "Mr. Paul Novak met Ms. Lena Ortiz in Prague on Monday.",
        f"“The talks were useful,” {pronoun} said.",
    )
    assert found == [("The talks were useful,", speaker, "direct")]


def test_pronoun_prefers_the_last_speaker_over_a_person_mentioned_since() -> None:
    found = quotes(
        "“No deal yet,” said Yuri Ostrov, an adviser to President Ivan Petrenko, on Monday.",
        "He remarked that the capital had “no comments” on the plan.",
    )
    assert found[1] == ("no comments", "Yuri Ostrov", "partial")


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("Tickets for the four-week run sold out in three days, a fact that Ms. Ferrer still seems to find slightly baffling.", "Marisol Ferrer"),
        # two women named there: no telling which, so the last speaker keeps it
        ("Tickets for the four-week run sold out in three days, a fact that Ms. Ferrer and Ms. Ortiz still find slightly baffling.", "Lucía Báez"),
    ],
)
def test_she_is_the_one_woman_named_in_the_paragraph_between_her_and_the_last_speaker(between: str, speaker: str) -> None:
    found = quotes(
        "Marisol Ferrer found the play in a footnote. Her friend Ana Ortiz helped.",
        "Lucía Báez, who plays the founder, read it first. “Amparo is not a saint,” Ms. Báez said.",
        between,
        "“I keep thinking somebody made a mistake,” she said.",
    )
    assert found[-1] == ("I keep thinking somebody made a mistake,", speaker, "direct")


@pytest.mark.parametrize(
    ("relative", "speaker"),
    [
        ("His wife", "Margaret Howlett"),  # the one woman of his surname
        ("His daughter", "Margaret Howlett"),
        ("His mother", "Lucy Bramble"),  # none of his surname: the one named before as his mother
        ("His grandmother", "Margaret Howlett"),
    ],
)
def test_a_relative_opening_a_sentence_by_no_name_is_the_one_of_that_surname_for_she_said(relative: str, speaker: str) -> None:
    found = quotes(
        "Margaret Howlett, 81, has lived in the bungalow for 52 years. Brian Howlett's mother, Lucy Bramble, lives nearby.",
        "“Our priority is that nobody is at risk,” said Cllr Ann Fowler.",
        "Brian Howlett, 84, was less diplomatic. “Modest is one word for it,” he said.",
        f"{relative} put a hand on his arm. “He’s angry. We both are,” she said.",
    )
    assert found[-1] == ("He’s angry. We both are,", speaker, "direct")


@pytest.mark.parametrize(
    ("sister", "speaker"),
    [
        # the sister named as hers, "Her sister" set off by a comma
        ("Giselle is danced by Léa Tremblay, and Myrtha by her older sister, Émilie Tremblay.", "Émilie Tremblay"),
        # the one who spoke last was named as the sister: the other of her surname named before
        ("With 90 seconds left, Léa Tremblay's twin sister, Émilie Tremblay, scored.", "Léa Tremblay"),
    ],
)
def test_her_sister_opening_a_sentence_is_the_last_speakers_sister_never_the_speaker(sister: str, speaker: str) -> None:
    last_speaker = "Émilie Tremblay" if speaker == "Léa Tremblay" else "Léa Tremblay"
    found = quotes(
        sister,
        f"“She has been bossing me around since I was four,” {last_speaker} said, laughing.",
        "Her sister, speaking in French, was more diplomatic. “We know each other’s breathing,” she said.",
        "Their mother, Josée Tremblay, watched from the stalls.",
    )
    assert found[-1] == ("We know each other’s breathing,", speaker, "direct")


def test_a_person_who_said_in_a_relative_clause_is_shown_speaking_for_he_said_next() -> None:
    found = quotes(
        "“This fire is moving faster,” Rob Kearney said.",
        "Kearney was followed at the lectern by Deputy Commissioner Michael Tran, who said 72 fire crews were working on the blaze.",
        "“We’ve got gusts up to 80km/h,” he said.",
    )
    assert found[-1] == ("We’ve got gusts up to 80km/h,", "Michael Tran", "direct")


@pytest.mark.parametrize(
    ("ending", "speaker"),
    [
        ("The meeting ended with a round of applause and a request from board president Ray Dunlap.", "Ray Dunlap"),
        # spoken about, not speaking: the last speaker keeps it
        ("The meeting ended with questions about Ray Dunlap's plan.", "Pete Yoder"),
        ("Asked about Ray Dunlap, the board was silent.", "Pete Yoder"),
    ],
)
def test_he_is_the_one_man_named_before_him_in_his_paragraph_when_the_last_speaker_is_further_back(ending: str, speaker: str) -> None:
    found = quotes(
        "Ray Dunlap chaired the meeting. Board member Pete Yoder voted against postponing. “Every month we wait, it costs us,” Yoder said.",
        f"{ending} “Next time,” he said, “maybe we book the gym.”",
    )
    assert [found_speaker for text, found_speaker, _kind in found if text == "Next time,"] == [speaker]


def test_the_writers_own_question_after_a_quote_is_nobodys() -> None:
    found = quotes(
        "Mick Brosnan, who managed Cork, says his former full-back had “the heart of a lion”.",
        "“What was the lowest point?” I ask.",
    )
    assert found[-1] == ("What was the lowest point?", None, "direct")


@pytest.mark.parametrize(
    "introduction", ["Mayor Jane Hill often says,", "As Mayor Jane Hill likes to say,", "Mayor Jane Hill used to say,", "She always says,"]
)
def test_a_habit_of_saying_introduces_the_speakers_quote(introduction: str) -> None:
    found = quotes("Mayor Jane Hill opened the bus lane on Monday.", f"{introduction} “Buses are freedom.”")
    assert found == [("Buses are freedom.", "Jane Hill", "direct")]


def test_she_after_the_answerers_own_grandmother_is_the_grandmothers_unnamed() -> None:
    found = quotes(
        "Carolina de Ruyter: Where does the title come from?",
        "Naomi Whitehorse-Bégin: My grandmother used to sing to me in Cree, and she always said, “The ice is an elder.” "
        "I think the whole book is me trying to listen.",
    )
    assert found == [("The ice is an elder.", None, "direct")]


def test_the_answer_to_the_writers_question_is_the_one_the_profile_is_about() -> None:
    found = quotes(
        "Seán Barry is sitting in a café in Midleton. Barry, 31, retired in January. Barry played 11 seasons. Barry won an All Star.",
        "Mick Brosnan, who managed Cork, says his former full-back had “the heart of a lion”.",
        "“What was the lowest point?” I ask.",
        "He is quiet for a while. “The third one,” he says.",
    )
    assert found[-1] == ("The third one,", "Seán Barry", "direct")


@pytest.mark.parametrize(
    "cited",
    [
        "Five brokerages now rate it a buy, according to LSEG data.",
        "Analysts at Morley & Finch cut their price target to $18.",
        "Crestline Research analyst Tom Becker cut his price target to $18.",
    ],
)
def test_the_company_is_the_storys_not_one_cited_for_data_or_for_its_analysts(cited: str) -> None:
    found = quotes(
        "Brightwell Home Inc cut its sales forecast on Tuesday and its shares fell 9%.",
        cited,
        "The company said in a statement it expected “continued pressure” on margins.",
    )
    assert found == [("continued pressure", "Brightwell Home Inc", "partial")]


@pytest.mark.parametrize(
    ("intro", "inner_speaker"),
    [("Mum kept saying", "Mere Tautahi"), ("My mother would say", "Mere Tautahi"), ("Dad kept saying", None)],
)
def test_a_parent_quoted_inside_a_quote_is_the_one_of_that_gender_bearing_the_speakers_surname(intro: str, inner_speaker: str | None) -> None:
    found = quotes(
        "Mere Tautahi, 67, spent 19 hours on a trolley. She had chest pains.",
        "Aroha Tautahi sat beside her all night.",
        f"“{intro}, ‘Go home, bub, you’ve got work in the morning,’ but I stayed,” Aroha Tautahi said.",
    )
    assert ("Go home, bub, you’ve got work in the morning,", inner_speaker, "direct") in found


@pytest.mark.parametrize(("relative", "inner_speaker"), [("My husband", "Roy Tackett"), ("My son", None)])
def test_my_husband_quoted_inside_a_quote_is_the_one_named_her_husband(relative: str, inner_speaker: str | None) -> None:
    found = quotes(
        "Darlene Tackett, 61, told CNN she and her husband, Roy Tackett, climbed into their attic as the water rose.",
        f"“The water came up so fast,” Tackett said. “{relative} kept saying, ‘We’re going to be fine,’ and I kept thinking, how does he know that?”",
    )
    assert ("We’re going to be fine,", inner_speaker, "direct") in found


@pytest.mark.parametrize(
    ("paragraph", "quoted", "speaker", "kind"),
    [
        ("Lim said the officer asked for duit kopi, the Malay term for a bribe, which translates as “coffee money”.", "coffee money", None, "scare"),
        ("Dr Kavitha Ramanathan said the crew nicknamed it Kutti, Tamil for “little one”.", "little one", None, "scare"),
        ("Villareal would tell fighters “Isa pa, anak” – Filipino for “one more, son.”", "one more, son.", None, "scare"),
        # a whole sentence translated is the speaker's words
        ("“Mae hwn yn ddiwrnod da,” Osian Griffiths said, which translates as “This is a good day for young people.”",
         "This is a good day for young people.", "Osian Griffiths", "partial"),
    ],
)
def test_a_short_translation_of_a_word_is_a_gloss_nobody_said(paragraph: str, quoted: str, speaker: str | None, kind: str) -> None:
    assert [(text, found_speaker, found_kind) for text, found_speaker, found_kind in quotes(paragraph) if text == quoted] == [(quoted, speaker, kind)]


def test_one_of_several_unnamed_after_an_opening_phrase_speaks_unnamed_and_so_does_she_after() -> None:
    found = quotes(
        "Judge Úna Ní Raghallaigh rejected that argument. “The accused cannot be expected to defend himself,” she said.",
        "Outside court, one of the complainants, a retired teacher who asked not to be named, said she was “devastated”. "
        "“He took our savings and now he walks away,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Úna Ní Raghallaigh", None, None]


def test_bare_paragraphs_after_a_question_and_its_answer_alternate_between_the_two() -> None:
    found = quotes(
        "Kate Papadopoulos, for the inquiry, questioned Dr Marcus Chen.",
        "“Did the board ever see this document?” she asked.",
        "“Not in that form, no,” Dr Chen replied.",
        "“In any form?”",
        "“I believe it was summarised in a risk register.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Kate Papadopoulos", "Marcus Chen", "Kate Papadopoulos", "Marcus Chen"]


def test_an_answer_in_two_quotes_is_one_turn_of_the_exchange() -> None:
    found = quotes(
        "Correspondent Naomi Castellanos sat down with Raymond Tillis, the hospital's chief executive.",
        "“Was there anything that could have kept it open?” Castellanos asked.",
        "“More Medicaid reimbursement, honestly,” he said. “That math doesn't change by working harder.”",
        "“Do you worry someone will die on the way?”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Naomi Castellanos", "Raymond Tillis", "Raymond Tillis", "Naomi Castellanos"]


def test_a_rhetorical_question_ending_a_narrative_starts_no_exchange() -> None:
    found = quotes(
        "Claire Bennett said passengers were kept on board for four hours. “People were laughing,” she said. “What else can you do?”",
        "“Motorists must use low-beam headlights,” said Brigadier Obaid Al Hattawi.",
        "“Hazard lights confuse other drivers.”",
    )
    assert found[-1][1] == "Obaid Al Hattawi"


def test_she_replied_after_a_question_is_not_the_one_who_asked_it() -> None:
    found = quotes(
        "“I was fired,” Denise Harwell said.",
        "Margaret Sullivan-Reyes pressed Harwell on why she waited. “You were fired from that diner, weren't you?” she asked.",
        "“I was let go,” she replied.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Denise Harwell", "Margaret Sullivan-Reyes", "Denise Harwell"]


def test_the_witness_who_replied_after_a_question_is_not_the_one_who_asked_it() -> None:
    found = quotes(
        "Nicole Grant, 27, told the High Court she had gone outside with Mr Bell. Advocate depute Shona Rennie KC asked her what happened next.",
        "Ms Grant said: “He came right up to Ryan’s face.”",
        "Ms Rennie asked: “Did you see anything in the man’s hand?”",
        "The witness replied: “Not at first.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Nicole Grant", "Shona Rennie", "Nicole Grant"]


def test_the_one_pressed_with_a_question_answers_but_does_not_ask_next() -> None:
    found = quotes(
        "“I was fired,” Denise Harwell said.",
        "Margaret Sullivan-Reyes pressed Harwell on why she waited. “You were fired from that diner, weren't you?” she asked.",
        "“I was let go,” Harwell replied.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Denise Harwell", "Margaret Sullivan-Reyes", "Denise Harwell"]


@pytest.mark.parametrize(
    "later",
    ["The report says the crew had assumed “good” braking action.", "“The approach was not stabilised,” the inquiry states."],
)
def test_its_report_opening_a_sentence_and_the_inquiry_speak_for_the_body_that_wrote_it(later: str) -> None:
    found = quotes("In its final report, the Air Accidents Investigation Branch says the aircraft landed too fast.", later)
    assert [speaker for _text, speaker, _kind in found] == ["Air Accidents Investigation Branch"]


def test_a_body_named_after_a_dated_report_opening_a_sentence_is_what_it_means() -> None:
    found = quotes(
        "The Nigeria Union of Teachers called a strike.",
        "A 2024 report by EduWatch Nasarawa, a civic group, identified 37 projects, including Keffi, which it described as “ghost projects”.",
    )
    assert found == [("ghost projects", "EduWatch Nasarawa", "partial")]


def test_continuation_quotes_take_the_previous_speaker() -> None:
    found = quotes(
        "“We will appeal,” said Sara Lind, the club's lawyer. “The ban is unfair.”",
        "“We have the evidence.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Sara Lind"] * 3


def test_an_unnamed_speaker_stays_unnamed_and_so_does_he() -> None:
    found = quotes(
        "Adrian Mutu trained alone on Monday.",
        '"Mutu will watch the match," said a club official, who declined to be named. "Then he will meet the coach," he added.',
    )
    assert [speaker for _text, speaker, _kind in found] == [None, None]


@pytest.mark.parametrize("someone", ["One guide", "One expert", "A pundit", "One player"])
def test_one_unnamed_past_a_parenthetical_speaker_stays_unnamed(someone: str) -> None:
    found = quotes(
        "Tobias Reindl, who led the radar surveys, said the ice was thin.",
        f"{someone}, he recalled, had looked at the survey maps and said simply: “That is not a glacier any more.”",
    )
    assert found == [("That is not a glacier any more.", None, "direct")]


@pytest.mark.parametrize("aide", ["a Moreno aide", "a Moreno spokesperson", "one Moreno adviser"])
def test_a_persons_aide_is_not_the_person(aide: str) -> None:
    found = quotes("Sen. Alicia Moreno introduced the bill on Monday.", f"“We’d like to see a markup before the August recess,” {aide} said.")
    assert found == [("We’d like to see a markup before the August recess,", None, "direct")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A spokeswoman for the Wayne County Prosecutor's Office declined to comment “while the trial is ongoing.”", "Wayne County Prosecutor's Office"),
        ("An F.T.C. spokesman, Daniel Ruiz, declined to comment on “any nonpublic investigation.”", "Daniel Ruiz"),
        ("Mayor Jane Ruiz refused to say “until the review is finished”.", "Jane Ruiz"),
        # declining to comment is not the words a letter gave next
        ("The head teacher, Mrs Eleri Vaughan, declined to comment, but a letter said staff were “saddened but determined”.", None),
    ],
)
def test_who_declined_to_comment_gives_the_words_quoted_with_it(sentence: str, speaker: str | None) -> None:
    assert quotes(sentence)[-1][1] == speaker


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I read with some amusement the remark from City Councilor Dennis Fahey that the bus lane is “a solution in search of a problem.”",
         ("a solution in search of a problem.", "Dennis Fahey", "partial")),
        ("The minister rejected claims by Labour that the Government has “given up” on housing.", ("given up", "Labour", "partial")),
    ],
)
def test_a_fragment_in_the_that_clause_of_a_claim_by_someone_is_theirs(sentence: str, expected: tuple[str, str, str]) -> None:
    assert quotes(sentence) == [expected]


def test_a_sentence_opening_with_the_age_of_someone_has_them_for_subject() -> None:
    found = quotes(
        "Rhys Pritchard says he still cannot quite believe he is a semi-finalist.",
        "The 29-year-old from Merthyr Tydfil, a plasterer until two years ago, beat the Netherlands' Joost van der Berg 5-3 on Thursday.",
        "“Eighteen months ago I was throwing at my dad's dartboard,” he told BBC Wales.",
    )
    assert found == [("Eighteen months ago I was throwing at my dad's dartboard,", "Rhys Pritchard", "direct")]


def test_a_name_in_a_clause_after_while_or_when_is_no_sentence_subject_for_he() -> None:
    found = quotes(
        "“We were the better side,” Darren Kilbride said.",
        "Kilbride was also unhappy with the sin-binning of prop Mason Fairclough for a high tackle. Leeds scored twice while Fairclough was off the field.",
        "“I've watched it back on the monitor twice,” he added.",
    )
    assert found[-1] == ("I've watched it back on the monitor twice,", "Darren Kilbride", "direct")


def test_a_participle_takes_the_sentence_subject() -> None:
    found = quotes("Ms Jane Hutt defended her record, saying waiting lists were “coming down”.")
    assert found == [("coming down", "Jane Hutt", "partial")]


def test_partial_and_scare_quotes() -> None:
    assert quotes(
        "Jon Berg said the plan was “deeply flawed” and would fail.",
        "The so-called “reform” bill passed. Critics call the “reform” a tax rise.",
    ) == [("deeply flawed", "Jon Berg", "partial"), ("reform", None, "scare"), ("reform", None, "scare")]


def test_multi_paragraph_quote_with_the_opening_mark_repeated() -> None:
    analysis = run(
        "“The first part of the statement goes on,",
        "“and the second part ends here,” said Rita Vos.",
    )
    first, second = analysis.quotes
    assert first.text == "The first part of the statement goes on,"
    assert first.utterance == second.utterance
    assert analysis.entity(second.speaker_id).name == "Rita Vos"


def test_paragraphs_run_together_keep_their_quotes_apart() -> None:
    found = quotes('Rinaldi said: "I can assure you of that. "Parma are interested. That is known." Adriano scored again.')
    assert [text for text, _speaker, _kind in found] == ["I can assure you of that.", "Parma are interested. That is known."]


def test_a_wording_quoted_again_is_the_first_speakers_where_a_speech_verb_governs_it() -> None:
    found = quotes(
        "Hospitals are full.",
        "The health minister, Andrew Penhaligon, said last week that corridor care was ‘never acceptable’ but warned that it would take years.",
        "Lorna Begum said that was cold comfort. ‘When ministers say it is “never acceptable”, patients want answers,’ she said.",
        "Nurses say the “never acceptable” line is now a joke.",
    )
    assert found[0] == ("never acceptable", "Andrew Penhaligon", "partial")
    assert found[-1] == ("never acceptable", None, "scare")


def test_a_long_name_in_title_case_after_called_is_a_name_given() -> None:
    found = quotes(
        "On a private Facebook group called “Carver Rank and File,” which has about 2,000 members, one worker wrote that the deal was bad."
    )
    assert found == [("Carver Rank and File,", None, "scare")]


def test_a_word_or_a_slogan_after_a_colon_is_a_term_but_a_word_of_warning_is_speech() -> None:
    found = quotes(
        "“The question is whether the region is ready,” said Johanna Weiss, an energy economist.",
        "In German, the whole debate is summed up in a single word: “Kohleausstieg,” or coal exit.",
        "She had a word of warning: “Do not wait for Berlin.”",
    )
    assert [(speaker, kind) for _text, speaker, kind in found] == [("Johanna Weiss", "direct"), (None, "scare"), ("Johanna Weiss", "direct")]


def test_a_title_set_off_by_dashes_after_the_word_title_is_a_term() -> None:
    found = quotes(
        "Ana Paula Ribeiro acknowledges the limitation but says the direction is clear. "
        "The paper’s title — “Drought-driven ratcheting of tree mortality in Amazonian forests” — was chosen deliberately, she says."
    )
    assert found == [("Drought-driven ratcheting of tree mortality in Amazonian forests", None, "scare")]


@pytest.mark.parametrize("work", ["work", "painting", "sculpture"])
def test_the_title_of_a_work_of_art_is_a_term(work: str) -> None:
    found = quotes(
        f"The lawsuit says the executive, Andrew Kessler, bought the {work}, “Untitled (Blue Harbor),” in 2021 after Voss Fine Art vouched for it."
    )
    assert found == [("Untitled (Blue Harbor),", None, "scare")]


def test_what_it_calls_in_lower_case_is_its_words_but_a_name_in_title_case_is_a_name() -> None:
    assert quotes("Zoomi, a ride-hailing company, introduced what it calls “dynamic incentives” this year.") == [
        ("dynamic incentives", "Zoomi", "partial")
    ]
    assert quotes("Apple unveiled what it calls “Vision Pro” on Monday.") == [("Vision Pro", None, "scare")]


def test_it_in_a_sentence_opened_by_the_company_is_the_company_named_paragraphs_before() -> None:
    found = quotes(
        "Fintech firm PaisaSetu narrowed its net loss by 62% in FY24.",
        "Its chief executive, Ritika Venkataraman, told Mint the company would be profitable by December.",
        "The company has begun preparing for a listing, according to two people aware of the matter.",
        "“We don’t comment on market speculation,” said chief financial officer Anirudh Malhotra.",
        "The company cut 180 jobs last year in what it called a “right-sizing exercise”.",
    )
    assert found[-1] == ("right-sizing exercise", "PaisaSetu", "partial")


def test_a_term_quoted_again_before_its_noun_stays_a_term() -> None:
    found = quotes(
        "The Kremlin said the four “annexed” regions would vote.",
        "Kyiv rejects the “annexed” label.",
    )
    assert [(text, kind) for text, _speaker, kind in found] == [("annexed", "scare"), ("annexed", "scare")]


def test_a_quote_inside_a_quote_is_a_quote_of_its_own() -> None:
    found = quotes("“He told me ‘never again’ and left,” said Ada Moss.")
    assert found == [("He told me ‘never again’ and left,", "Ada Moss", "direct"), ("never again", None, "partial")]


def test_quotes_inside_a_quote_take_the_speaker_of_their_own_verb() -> None:
    found = quotes(
        "“My people had $20 billion done,” Mr. Tom Reyes recounted. “And I said, ‘I want more.’ They said, "
        "‘The farmers can’t handle it.’ I said, ‘Buy larger tractors.’”",
        "“I then heard Ms. Lena Ortiz ask, quote, ‘So he’s going to do it?’” Holmes testified.",
        "“Lena Ortiz replied that ‘he’s going to do it,’ and left,” he said.",
    )
    nested = [(text, speaker, kind) for text, speaker, kind in found if not text.startswith(("My", "And", "I then", "Lena"))]
    assert nested == [
        ("I want more.", "Tom Reyes", "direct"),  # "I" is whoever speaks the outer quote
        ("The farmers can’t handle it.", None, "direct"),  # "they": nobody named
        ("Buy larger tractors.", "Tom Reyes", "direct"),
        ("So he’s going to do it?", "Lena Ortiz", "direct"),
        ("he’s going to do it,", "Lena Ortiz", "partial"),
    ]
    analysis = run("“And I said, ‘I want more.’ They said, ‘No.’” Tom Reyes said.")
    assert len({q.utterance for q in analysis.quotes}) == 3  # each its own utterance
    assert all(analysis.article.text[q.start : q.end] == q.text for q in analysis.quotes)


def test_he_inside_a_quote_after_someone_unnamed_the_speaker_tells_of_is_them() -> None:
    found = quotes(
        "Marcus Fonrose scored late.",
        "“I asked the fourth official and he said, ‘The referee has the watch.’ That’s not an answer,” Anil Boodram said.",
    )
    assert found[1] == ("The referee has the watch.", None, "direct")


def test_she_inside_a_quote_after_one_of_his_students_is_that_student_unnamed() -> None:
    found = quotes(
        "District CEO Angela Whitfield said the schools would close. Tom Delaney, who has taught at Hollis for 19 years,"
        " read from a letter that one of his students had written to the board.",
        "“She wrote, ‘My school is the only place where nobody yells,’” Delaney said.",
    )
    assert found[-1] == ("My school is the only place where nobody yells,", None, "direct")


@pytest.mark.parametrize(
    ("outer", "nested"),
    [
        ("“I remember sitting in the car thinking, ‘What on earth have I done?’” Ana Ruiz said.", ("What on earth have I done?", "Ana Ruiz", "direct")),
        ("“I always ask them, ‘How sure are you?’ and they never know,” Ana Ruiz said.", ("How sure are you?", "Ana Ruiz", "direct")),
        ("“Honestly, I thought ‘Glass House’ was too weird to be a single,” Ana Ruiz said.", ("Glass House", None, "scare")),
        ("“People ask me whether I’m British or Spanish, and I always say ‘yes’,” Ana Ruiz said.", ("yes", "Ana Ruiz", "partial")),
        ("“I’d send them home and say, ‘Eat something, sleep,’” Ana Ruiz said.", ("Eat something, sleep,", "Ana Ruiz", "direct")),
        ("“At 5-4 down, I genuinely thought, ‘That’s been a nice run,’” Ana Ruiz said.", ("That’s been a nice run,", "Ana Ruiz", "direct")),
        ("“I honestly told them, ‘Go home,’” Ana Ruiz said.", ("Go home,", "Ana Ruiz", "direct")),
        ("“I said to them, ‘Go home,’” Ana Ruiz said.", ("Go home,", "Ana Ruiz", "direct")),
        ("“And I keep saying, ‘Then why is it on my steps?’” Ana Ruiz said.", ("Then why is it on my steps?", "Ana Ruiz", "direct")),
    ],
)
def test_a_thought_or_question_of_the_speaker_quoted_inside_the_quote_is_theirs(outer: str, nested: tuple[str, str | None, str]) -> None:
    assert quotes(outer)[1] == nested


@pytest.mark.parametrize(
    "outer",
    [
        "“We had one gentleman tell us, ‘I’ve been here 40 years, I’m staying,’” Luis Delgado said.",
        "“We had a woman say, ‘I’ve been here 40 years, I’m staying,’” Luis Delgado said.",
        "“I had residents tell me, ‘I’ve been here 40 years, I’m staying,’” Luis Delgado said.",
        "“I had a fitter say to me last week, ‘I’ve been here 40 years, I’m staying,’” Luis Delgado said.",
    ],
)
def test_what_someone_unnamed_was_made_or_heard_to_say_inside_a_quote_is_nobodys(outer: str) -> None:
    assert quotes(outer)[1] == ("I’ve been here 40 years, I’m staying,", None, "direct")


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The poll-tested ‘quid-pro-quo’ and ‘bribery’ narratives are in shambles,” Ana Ruiz said.",
        "“Nothing he has done or said amounts to ‘bribery’,” Ana Ruiz said.",
        '"I don\'t think the players\' union can wait," Ana Ruiz said.',
        '"It was rock \'n\' roll, the \'90s," Ana Ruiz said.',
    ],
)
def test_a_term_in_single_marks_inside_a_quote_is_a_scare_quote_and_apostrophes_are_none(paragraph: str) -> None:
    found = quotes(paragraph)
    assert found[0][1] == "Ana Ruiz"
    assert all(kind == "scare" and speaker is None for _text, speaker, kind in found[1:])
    assert [text for text, _speaker, _kind in found[1:]] == [t for t in ("quid-pro-quo", "bribery") if t in paragraph]


def test_apostrophes_and_marks_inside_words_are_not_quotes() -> None:
    found = quotes("The players’ union didn’t object; the 6'2\" striker's agent said it's fine.")
    assert found == []


def test_an_unbalanced_mark_runs_to_the_end_of_its_paragraph() -> None:
    found = quotes("Ola Nilsen said: “We will not give up", "The vote is on Friday.")
    assert found == [("We will not give up", "Ola Nilsen", "direct")]


def test_straight_and_curly_marks_alike() -> None:
    curly = quotes("“Rain is coming,” said Ruth Moll.")
    straight = quotes('"Rain is coming," said Ruth Moll.')
    assert curly == straight == [("Rain is coming,", "Ruth Moll", "direct")]


def test_no_speaker_where_the_article_gives_none() -> None:
    assert quotes("“Nobody knows what happens next.”") == [("Nobody knows what happens next.", None, "direct")]


def test_he_means_the_person_the_text_turned_to_not_the_last_speaker() -> None:
    found = quotes(
        '"We are not there yet," said coach Mike Ruddock.',
        "None more so than Gavin Henson, who kicked the winning goal. "
        '"I like pressure on me," he said.',
    )
    assert found[-1] == ("I like pressure on me,", "Gavin Henson", "direct")


def test_a_speaker_named_after_the_verb_is_an_antecedent() -> None:
    found = quotes(
        "Not least, said Paul King, a consultant at Cisco, because defences are common.",
        '"Most of us have firewalls now," he said.',
    )
    assert found == [("Most of us have firewalls now,", "Paul King", "direct")]


def test_an_organisation_speaks_through_its_spokesman_and_as_it() -> None:
    found = quotes(
        "A Labour Party spokesman told the BBC the party followed the rules.",
        '"It is not marketing," he said.',
        'Growth will return, the OECD said. "Investment should continue," it added.',
    )
    assert found == [
        ("It is not marketing,", "Labour Party", "direct"),
        ("Investment should continue,", "OECD", "direct"),
    ]


def test_the_organisations_spokesperson_names_the_organisation() -> None:
    found = quotes(
        "The UK Film Council said the drop was expected.",
        '"The drop was expected," the council\'s spokesperson said.',
    )
    assert found == [("The drop was expected,", "UK Film Council", "direct")]


def test_a_municipality_is_a_body_that_speaks_and_the_municipality_is_that_body() -> None:
    analysis = run(
        "Thabo Mokoena, the former manager of the Sekhukhune Highlands Local Municipality, faces charges of fraud.",
        "Witnesses still work at the municipality. In a statement, the municipality said it had “fully cooperated” with the Hawks.",
    )
    assert ("Sekhukhune Highlands Local Municipality", "organization") in [(e.name, e.type) for e in analysis.entities]
    assert [(q.text, analysis.entity(q.speaker_id).name) for q in analysis.quotes] == [("fully cooperated", "Sekhukhune Highlands Local Municipality")]


def test_a_fragment_in_a_sentence_closed_by_its_attribution_is_partial() -> None:
    found = quotes("A “spectacular comeback” in Japan would help the recovery, the OECD said.")
    assert found == [("spectacular comeback", "OECD", "partial")]


def test_a_quote_reopened_before_it_closed_takes_the_speaker_named_at_its_end() -> None:
    found = quotes(
        "“Podcasting is huge,” Adam Curry said.",
        "But Dave Winer is doubtful.",
        "“We're the sources. “Nobody will make money,” he says.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Adam Curry", "Dave Winer", "Dave Winer"]


def test_a_quote_left_unclosed_does_not_lend_its_speaker_to_a_quote_attributed_to_another() -> None:
    found = quotes(
        "Ahmed Hossam said: “I came to apologise for my mistakes. Meanwhile, FA spokesman Methat Shalaby"
        " welcomed the apology. “The apology makes him a bigger star,” Shalaby said.",
    )
    assert [(speaker, kind) for _text, speaker, kind in found] == [("Ahmed Hossam", "direct"), ("Methat Shalaby", "direct")]


@pytest.mark.parametrize(
    "sentence",
    [
        "But Michael Ancram accused the government of mixing what were “two separate issues”.",
        "Michael Ancram welcomed the minister's “courage in keeping his word” on the vote.",
        "Michael Ancram criticised the plan as a “cheap gesture” to the lobby.",
        "Michael Ancram mocked the minister as the man who “single-handedly ruined the party”.",
        "Michael Ancram blamed “continuing uncertainties such as oil prices” for the fall.",
        "Michael Ancram rejected these accusations as “patently false,” on Monday.",
        "Secretary of State Michael Ancram said the release “gives us hope” for the talks.",
        "Michael Ancram has since said that the signing would take place in “farm country,” after all.",
        "Michael Ancram assailed the witness as part of the “Never Trumpers” on Sunday.",
        "Michael Ancram pledged to take “decisive corrective action” against such tactics.",
        "Michael Ancram attributed the queues to “logistics challenges” in the movement of products.",
        "Michael Ancram introduced the singer, citing his hit as “one of the best performances I've ever heard”.",
        "Michael Ancram is alleged to have said that the money should be “made available to members”.",
    ],
)
def test_a_fragment_quoted_by_a_verb_of_judgement_is_attributed_to_the_judge(sentence: str) -> None:
    [(_text, speaker, kind)] = quotes(sentence)
    assert (speaker, kind) == ("Michael Ancram", "partial")


def test_a_label_pinned_on_something_is_the_labellers_words() -> None:
    found = quotes("Ray Mallon provoked fury by branding the official No campaign “two-bit Tories” on Monday.")
    assert found == [("two-bit Tories", "Ray Mallon", "partial")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Bjorn said groups dubbed “pioneers” and “materialists” were most interested in new things.",
        "Dr Bjorn said the so-called “pioneers” were most interested in new things.",
        "Dr Bjorn said he would back a “yes” vote in the referendum.",
        "Dr Bjorn said there will be almost 2.5 million “entertainment and leisure” robots in homes.",
    ],
)
def test_a_name_given_or_a_modifier_in_marks_is_a_term_nobody_said(sentence: str) -> None:
    found = quotes(sentence)
    assert found and all(speaker is None and kind == "scare" for _text, speaker, kind in found)


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Mr Putin stressed that “certain conditions” need to be fulfilled.", "certain conditions"),
        ("Despite this “underhand trick,” the bill stood no chance, Mr Ancram added.", "underhand trick,"),
        ("Mr Ancram called the plan “a cheap gesture” to the lobby.", "a cheap gesture"),
    ],
)
def test_a_fragment_before_a_word_is_still_reported_speech(sentence: str, fragment: str) -> None:
    [(text, speaker, kind)] = quotes(sentence)
    assert (text, kind) == (fragment, "partial") and speaker is not None


@pytest.mark.parametrize(
    ("sentences", "fragment"),
    [
        (("Alan Greenspan has warned about the deficit.", "While the economy is growing at a “reasonably good pace” he warned that costs were rising."), "reasonably good pace"),
        (("Tony Blair is urging European leaders to wake up from their “state of denial” over the vote.",), "state of denial"),
        (("That long trough “might be contributing to risk-taking”, said the Federal Open Markets Committee.",), "might be contributing to risk-taking"),
    ],
)
def test_a_fragment_before_the_clause_that_reports_it_or_before_a_preposition_is_partial(sentences: tuple[str, ...], fragment: str) -> None:
    found = {text: (speaker, kind) for text, speaker, kind in quotes(*sentences)}
    assert found[fragment][1] == "partial" and found[fragment][0] is not None


def test_a_verb_of_judgement_does_not_make_a_name_a_person() -> None:
    types = {e.name: e.type for e in run("Vodafone welcomed the ruling on Monday.").entities}
    assert types.get("Vodafone") != "person"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In an interview with the Financial Times, Tony Blair refused to be pinned down, saying"
         " Britain would hold a poll “some time in 2006”.", "Tony Blair"),
        ("Talking to the Financial Times on Monday, Tony Blair hedged, saying the vote would come “in time”.", "Tony Blair"),
        ("Sir John Bourn, Tony Blair's adviser, said the plan was “a cheap gesture” to voters.", "John Bourn"),
    ],
)
def test_the_subject_of_a_clause_is_neither_a_prepositions_object_nor_a_name_before_the_clause(sentence: str, speaker: str) -> None:
    [(_text, found, _kind)] = quotes(sentence)
    assert found == speaker


def test_a_quote_with_no_attribution_goes_on_with_whoever_was_last_shown_speaking() -> None:
    found = quotes(
        "Fertility expert Lord Winston said it was “rather good” that ministers held views.",
        "Anne Weyman, chief executive of the Family Planning Association, said teaching pupils"
        " about contraception was key. “Young people must be informed about all the issues.”",
        "In a statement, the Cabinet Office said it was reviewing the scheme. “Unions will of course be consulted.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Winston", "Anne Weyman", "Cabinet Office"]


def test_a_name_after_an_organisation_and_a_comma_is_the_one_speaking() -> None:
    found = quotes(
        "Medical Research Council Professor Nancy Rothwell said the views mattered.",
        "Head of genetics at the National Institute of Medical Research, Professor Robin Lovell-Badge,"
        " said he had seen the confusion in the US. He said: “It is very worrying.”",
    )
    assert found == [("It is very worrying.", "Robin Lovell-Badge", "direct")]


def test_a_name_in_the_attribution_of_a_quote_does_not_take_over_the_next() -> None:
    found = quotes(
        "“The shock can be absorbed,” Vincent Koen, a senior economist with the OECD, told the BBC."
        " “The recovery would then regain momentum.”"
    )
    assert [speaker for _text, speaker, _kind in found] == ["Vincent Koen", "Vincent Koen"]


@pytest.mark.parametrize(("opening", "closing"), [("''", "''"), ("‘‘", "’’"), ("“", "’’")])
def test_two_single_marks_standing_for_a_double_mark_are_one(opening: str, closing: str) -> None:
    found = quotes(
        f"{opening}A law firm will act for us,{closing} said Newry boss Roy McCreadie."
        f" {opening}We want an explanation.{closing}"
    )
    assert found == [
        ("A law firm will act for us,", "Roy McCreadie", "direct"),
        ("We want an explanation.", "Roy McCreadie", "direct"),
    ]


def test_they_and_an_age_stand_for_the_organisation_or_person_last_named() -> None:
    found = quotes(
        "Big Machine Label Group have twice denied doing anything wrong. “At no point did we block her,” they said.",
        "Jose Mourinho was appointed on Wednesday. The 56-year-old said: “I am excited to be joining.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Big Machine Label Group", "Jose Mourinho"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Omar Lamrani, a senior military analyst at Stratfor, the Texas-based intelligence organization,"
         " told Business Insider that MaT was “fairly secular by regional standards”.", "Omar Lamrani"),
        ("“What is fun to think about is the ocean,” JPL scientist Michael Malaska said.", "Michael Malaska"),
        ("Prime Minister Scott Morrison said in a statement, “We are profoundly pleased and relieved” at the"
         " release, adding that the family had asked to convey its relief.", "Scott Morrison"),
    ],
)
def test_the_speaker_is_the_verbs_subject_not_a_name_in_its_description(paragraph: str, speaker: str) -> None:
    [(_text, found, _kind)] = quotes(paragraph)
    assert found == speaker


def test_a_spokeswoman_speaks_for_the_organisation_that_opened_the_sentence_before() -> None:
    found = quotes(
        "The Department for Education and Skills would not comment on the concerns.",
        "A spokeswoman said: “It is not news that the minister is a Catholic.”",
        "The council approved the plan. A spokesman for the protesters said: “We will fight on.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Department for Education and Skills", None]


def test_names_behind_an_inner_title_and_after_an_honorific_title() -> None:
    found = quotes(
        '"I\'m not pleased," Jefferson Parish Sheriff Harry Lee said.',
        "“They do what works,” said Mr King, a consultant.",
    )
    assert found == [("I'm not pleased,", "Harry Lee", "direct"), ("They do what works,", "King", "direct")]


def test_an_acronym_and_a_first_word_are_the_organisation() -> None:
    analysis = run(
        "The UK Independence Party met on Monday. UKIP said it would stand.",
        "Merrill Lynch, the US firm, lost the case. Merrill said in a statement it would appeal.",
    )
    names = {e.name: e.aliases for e in analysis.entities if e.type == "organization"}
    assert names["UK Independence Party"] == ["Independence Party", "UKIP"]
    assert names["Merrill Lynch"] == ["Merrill"]


@pytest.mark.parametrize(
    "introduction",
    [
        "Liu Xiaming, China's ambassador, spoke in London on Monday.",
        "China's ambassador to Britain Liu Xiaming has said that China has the power to act.",
    ],
)
def test_a_surname_written_first_is_the_person(introduction: str) -> None:
    found = quotes(introduction, "“They are already there,” Liu said.")
    assert found == [("They are already there,", "Liu Xiaming", "direct")]


def test_an_auxiliary_before_a_verb_that_is_not_only_speech_makes_no_person() -> None:
    types = {e.name: e.type for e in run("Ask Jeeves has added the ability to save websites.").entities}
    assert types.get("Ask Jeeves") != "person"


def test_a_place_before_a_name_is_no_part_of_it() -> None:
    analysis = run("The special envoy to Ukraine Kurt Volker said: “I rejected the theory.”")
    assert {e.name: e.type for e in analysis.entities} == {"Ukraine": "place", "Kurt Volker": "person"}


def test_an_organisation_in_its_own_right_is_no_short_form() -> None:
    analysis = run("Profits fell at AOL Europe this year. AOL said it had fewer users.")
    assert {e.name: e.aliases for e in analysis.entities}["AOL Europe"] == []


def test_a_name_of_no_sure_type_whose_first_word_speaks_is_an_organisation() -> None:
    found = quotes(
        "A former executive of Merrill Lynch lost her case.",
        "“This case was about performance,” Merrill said in a statement.",
    )
    assert found == [("This case was about performance,", "Merrill Lynch", "direct")]


@pytest.mark.parametrize("marks", ["''", "‘’", '""', "“”"])
def test_a_nickname_between_first_name_and_surname_is_the_same_person(marks: str) -> None:
    opening, closing = marks
    analysis = run(
        f"Ahmed {opening}Mido{closing} Hossam has apologised to the Egyptian people.",
        "Mido said: “I came from England to apologise.” Hossam joined Tottenham in January.",
    )
    people = {e.name: e.aliases for e in analysis.entities if e.type == "person"}
    assert people == {"Ahmed Hossam": sorted([f"Ahmed {opening}Mido{closing} Hossam", "Hossam", "Mido"])}  # named without it
    said = [(q.text, q.speaker_id) for q in analysis.quotes if q.kind == "direct"]
    assert said == [("I came from England to apologise.", analysis.entities[0].id)]
    # the nickname in marks is a scare quote, where the marks are read as quote marks at all
    # (a straight single mark is taken for an apostrophe outside a headline)
    assert all(q.kind == "scare" and q.speaker_id is None for q in analysis.quotes if q.text == "Mido")


def test_an_acronym_the_text_defines_is_the_organisation() -> None:
    found = quotes(
        "Michelle Collins was banned by the North American Court of Arbitration for Sport (CAS).",
        "“Collins used these substances,” the CAS said.",
    )
    assert found == [("Collins used these substances,", "North American Court of Arbitration for Sport", "direct")]


@pytest.mark.parametrize(
    ("paragraph", "person", "organisation"),
    [
        ("“The markets fear the Fed,” said Richard Yamarone of Argus Research.", "Richard Yamarone", "Argus Research"),
        ("Medical Research Council Professor Nancy Rothwell said: “The views matter.”", "Nancy Rothwell", None),
        ("Bank of England Governor Mervyn King said: “Rates will rise.”", "Mervyn King", None),
    ],
)
def test_a_person_named_beside_an_organisation_is_a_person(paragraph: str, person: str, organisation: str | None) -> None:
    analysis = run(paragraph)
    types = {e.name: e.type for e in analysis.entities}
    assert quotes(paragraph)[0][1] == person and types[person] == "person"
    assert organisation is None or types[organisation] == "organization"


def indirect(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    analysis = analyze(normalize(SourceDocument("case", [RawSection(None, list(paragraphs))])), indirect=True)
    names = {e.id: e.name for e in analysis.entities}
    return [(q.text, names.get(q.speaker_id) if q.speaker_id else None, q.kind) for q in analysis.quotes]


def test_reported_speech_only_when_asked_for() -> None:
    paragraph = "Tatiana Stanovaya, an analyst, noted that some of these demands might be negotiable."
    assert quotes(paragraph) == []
    assert indirect(paragraph) == [("some of these demands might be negotiable", "Tatiana Stanovaya", "indirect")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Mr. Ushakov told reporters on Wednesday that no date had been set.", ("no date had been set", "Ushakov")),
        ("According to Anna Berg, the director of the Oslo Institute, a think tank, the deal is dead.",
         ("the deal is dead", "Anna Berg")),
        ("The harbour will reopen next week, Anna Berg said.", ("The harbour will reopen next week", "Anna Berg")),
        ("A Kremlin official stated on Thursday that Russia had not consented.", ("Russia had not consented", "Kremlin")),
        ("An official stated on Thursday that Russia had not consented.", ("Russia had not consented", None)),
    ],
)
def test_reported_speech_forms(paragraph: str, expected: tuple[str, str | None]) -> None:
    assert [(text, speaker) for text, speaker, kind in indirect(paragraph) if kind == "indirect"] == [expected]


def test_reported_speech_is_not_found_in_quoted_sentences_or_from_a_buried_subject() -> None:
    assert indirect('Anna Berg said that "the harbour" would reopen.')[0][2] != "indirect"
    assert indirect("People close to the Kremlin indicate that the talks stalled.") == []


def test_indirect_quotes_are_numbered_with_the_others_in_article_order() -> None:
    found = analyze(
        normalize(SourceDocument("case", [RawSection(None, [
            "“We will win,” said Anna Berg.", "Ola Nilsen said that the vote was lost.", "“Not yet,” Berg added.",
        ])])),
        indirect=True,
    ).quotes
    assert [(q.kind, q.utterance) for q in found] == [("direct", 1), ("indirect", 2), ("direct", 3)]


def test_seed_reported_speech_with_indirect(seed_path: Path) -> None:
    result = run_cli("analyze", "--indirect", str(seed_path), "--format", "json")
    document = json.loads(result.stdout)
    reported = [(q["speaker"], q["text"]) for q in document["quotes"] if q["kind"] == "indirect"]
    assert ("Tatiana Stanovaya", "some of these demands might be subject to negotiation") in reported
    assert len([q for q in document["quotes"] if q["kind"] != "indirect"]) == 28
    for quote in document["quotes"]:
        assert document["text"][quote["start"] : quote["end"]] == quote["text"]


def test_a_person_spoken_of_after_said_is_not_the_next_speaker() -> None:
    found = quotes(
        "“We will appeal,” David Jones said on Monday.",
        "He said Peter Smith had lied to investigators. “I have nothing to hide,” he added.",
    )
    assert found[-1] == ("I have nothing to hide,", "David Jones", "direct")


def test_a_plural_possessive_spokesman_speaks_for_the_organisation() -> None:
    assert quotes("“We stand by the story,” Reuters’ spokesman said.") == [
        ("We stand by the story,", "Reuters", "direct")
    ]


def test_an_impersonal_report_has_no_speaker() -> None:
    found = indirect("Apple Inc unveiled a phone. It is said that the battery is larger.")
    assert [kind for _text, _speaker, kind in found if kind == "indirect"] == []


# --- cases a review found ----------------------------------------------------------------------


def test_a_paragraph_closed_by_two_apostrophes_does_not_run_on_into_the_next() -> None:
    found = quotes("Tom Reyes said: ''We will win.''", "“Nobody believes that,” Jane Smith said.")
    assert [(text, speaker) for text, speaker, _kind in found] == [
        ("We will win.", "Tom Reyes"),
        ("Nobody believes that,", "Jane Smith"),
    ]


@pytest.mark.parametrize("inches", ["12''", "12’’"])
def test_inch_marks_close_no_quote(inches: str) -> None:
    found = quotes(f"“I ordered a {inches} pizza and it was cold,” Jane Smith said.")
    assert found == [(f"I ordered a {inches} pizza and it was cold,", "Jane Smith", "direct")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Sales are slowing,” Richard Yamarone of Argus Research said.", "Richard Yamarone"),
        ("“The economy is strong,” an analyst at Stratfor, Jane Doe, said.", "Jane Doe"),
    ],
)
def test_the_organisation_a_person_works_for_is_not_the_speaker(paragraph: str, speaker: str) -> None:
    assert quotes(paragraph)[0][1] == speaker


def test_they_means_no_organisation_named_long_before() -> None:
    found = quotes("Apple sued Samsung last year.", "The two brothers were upset. “We lost everything,” they said.")
    assert found == [("We lost everything,", None, "direct")]


def test_an_unclosed_fragment_is_not_attributed_from_the_next_paragraph() -> None:
    found = quotes("The plan was a “reasonable compromise", "John Smith said the vote would pass.")
    assert found == [("reasonable compromise", None, "scare")]


@pytest.mark.parametrize(
    "paragraph",
    ["He said 'No' Smith left early.", "Voters answered “Yes” Sunday in the poll.", "Jones’ Brexit plan fell back on Plan B"],
)
def test_only_a_nickname_between_names_joins_them(paragraph: str) -> None:
    names = [e.name for e in run(paragraph).entities]
    assert not any(mark in name for name in names for mark in "'’“”")


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [("Real Madrid have claimed the title.", "Real Madrid"), ("Big Machine Records pledged to fight the ruling.", "Big Machine Records")],
)
def test_claiming_or_pledging_makes_no_person(paragraph: str, name: str) -> None:
    assert {e.name: e.type for e in run(paragraph).entities}.get(name) != "person"


def test_a_place_opening_a_persons_name_stays_in_it() -> None:
    analysis = run("Yesterday Georgia May Jagger said she would walk for the label.")
    assert "Georgia May Jagger" in {e.name for e in analysis.entities}


def test_a_name_after_a_possessive_appositive_still_speaks() -> None:
    found = quotes("Jane Doe, Tony Blair's adviser, said the plan was dead. “It is over.”")
    assert found == [("It is over.", "Jane Doe", "direct")]


@pytest.mark.parametrize("sentence", ["It was an election pledge “to cut taxes” last year.", "There was a warm welcome “for the new members”."])
def test_a_noun_of_judgement_quotes_nobody(sentence: str) -> None:
    assert all(speaker is None for _text, speaker, _kind in quotes(sentence))


def test_what_someone_called_a_thing_is_their_word() -> None:
    found = quotes("Jane Smith said the deal was what she called “a betrayal” of workers.")
    assert found == [("a betrayal", "Jane Smith", "partial")]


def test_a_fragment_left_open_ends_with_its_sentence() -> None:
    found = quotes(
        "Ms Hutt defended her record, saying waiting lists were “only 10% of the health agenda."
        " Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, before becoming AM for"
        " Aberavon, said staff wanted a rest after “tremendous change and reform”."
    )
    assert found == [("only 10% of the health agenda", "Hutt", "partial"), ("tremendous change and reform", "Gibbons", "partial")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Responding, shadow chief secretary to the Treasury, George Osborne, said: “This was more talk.”", "George Osborne"),
        ("Age Concern disagreed. Its director general, Gordon Lishman, said: “Direct payments will not work.”", "Gordon Lishman"),
        ("Neil O'Brien, director of anti-constitution group Vote No, said: “The reality is plain.”", "Neil O'Brien"),
        ("Kirsty Williams, for the Liberal Democrats, added: “This is a shambles.”", "Kirsty Williams"),
    ],
)
def test_a_name_set_off_by_commas_before_the_verb_is_the_speaker(paragraph: str, speaker: str) -> None:
    assert quotes(paragraph)[0][1] == speaker


def test_a_name_before_a_noun_like_report_does_not_speak() -> None:
    paragraphs = (
        "Her comments did not impress shadow education secretary Tim Collins.",
        "“Ruth Kelly wants to ditch the Tomlinson report on exams,” he said.",
    )
    assert {e.name: e.type for e in run(*paragraphs).entities}.get("Tomlinson") != "person"
    assert quotes(*paragraphs)[0][1] == "Tim Collins"


def test_a_name_right_before_the_colon_that_introduces_a_quote_is_the_speaker() -> None:
    found = quotes("Imagine the question posed by Brighton nurse Marion Brown: “Would you wipe somebody's backside for £5?”")
    assert found == [("Would you wipe somebody's backside for £5?", "Marion Brown", "direct")]


def test_advice_is_the_advisers_words() -> None:
    found = quotes("Tony Blair recalls how Bill Clinton once advised him: “Always remember what people see of you.”")
    assert found[0][1] == "Bill Clinton"


def test_a_body_of_no_sure_type_speaks_through_its_official() -> None:
    found = quotes("“Mutu will be in our main stand to watch the match,” said a Juventus official, who declined to be named.")
    assert found[0][1] == "Juventus"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Mary Jones, the minister, spoke on Monday.", "“We reject it,” Acme Corp said in an official statement.", "“It is wrong,” she said."),
         ["Acme Corp", "Mary Jones"]),
        (("Asked about Boris Johnson, said Ms Jane Smith: “He is finished.”",), ["Jane Smith"]),
        (("Tributes were paid to Jane Doe: “She was a wonderful woman.”",), [None]),
        (("Jane Smith was advised by Acme Corp lawyers: “Stay quiet.”",), [None]),
        (("The deal with “the U.S. Army was signed. “Good,” said Tom Brown.",), [None, "Tom Brown"]),
    ],
)
def test_cases_a_second_review_found(paragraphs: tuple[str, ...], expected: list[str | None]) -> None:
    assert [speaker for _text, speaker, _kind in quotes(*paragraphs)] == expected


def test_an_unclosed_fragment_ends_with_its_sentence_at_the_paragraph_end_too() -> None:
    found = quotes("Ms Hutt said lists were “only 10% of the health agenda. Dr Gibbons said staff wanted a rest.")
    assert found == [("only 10% of the health agenda", "Hutt", "partial")]


def test_a_name_set_after_an_organisation_noun_is_an_organisation_that_speaks() -> None:
    paragraphs = (
        "The group that owns most of her music, Big Machine, says she will be allowed to play.",
        "“At no point did we say she could not perform,” they said.",
        "The charity's director, Barbara Stocking, said: “2005 offers the chance for a breakthrough.”",
    )
    types = {e.name: e.type for e in run(*paragraphs).entities}
    assert types["Big Machine"] == "organization" and types["Barbara Stocking"] == "person"
    assert [speaker for _text, speaker, _kind in quotes(*paragraphs)] == ["Big Machine", "Barbara Stocking"]
    # nor is a person's name set off after a role "for the company"
    organiser = "The GMB’s organiser for the company, Nadia Khan, said morale was low."
    assert [(e.name, e.type) for e in run(organiser).entities if e.name == "Nadia Khan"] == [("Nadia Khan", "person")]
    # but a group of people is no body
    found = quotes(
        "Outside Leinster House, where a small group of renters had gathered with placards, Orla Keane (27), a nurse, said she had given up.",
        "“I have a good job,” she said.",
    )
    assert found == [("I have a good job,", "Orla Keane", "direct")]


def test_they_after_a_quote_of_several_sentences_looks_before_the_quote() -> None:
    """The organisation is named in the sentence before the quote, not before "they": the
    quote's own sentences are passed over, and a name set off by commas speaks ("denies")."""
    found = quotes(
        "The company that runs the awards, Dick Clark Productions, denies that anything has been sorted.",
        "“Any final agreement needs to be made with her management. We have no further comment,” they said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Dick Clark Productions"]
    found = quotes("Big Machine Records denied blocking her.", "“We did not block her. She is free to play,” they said.")
    assert [speaker for _text, speaker, _kind in found] == ["Big Machine Records"]
    found = quotes(
        "Big Machine Records denied blocking her. Her fans were not convinced.",
        "“Any final agreement needs to be made with her management. We have no further comment,” they said.",
    )
    assert [speaker for _text, speaker, _kind in found] == [None]  # named two sentences before the quote


def test_a_name_after_said_and_a_lowercase_role_is_a_person_who_speaks() -> None:
    found = quotes("“We are open again,” said harbour master Ines Duarte.")
    assert found == [("We are open again,", "Ines Duarte", "direct")]
    for text, name in (
        ("Oil exports fell by a third in May, said the Iraq Index.", "Iraq Index"),
        ("The union said that Royal Mail, which delivers letters, would strike.", "Royal Mail"),
        ("The court was told how Goldman Sachs, the bank, lost money.", "Goldman Sachs"),
    ):
        assert {e.name: e.type for e in run(text).entities}.get(name) != "person", text


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The EU Chamber of Commerce in China said member companies faced "unprecedented uncertainty".', "EU Chamber of Commerce"),
        ('Kessler Antriebstechnik GmbH said the plan was "unworkable".', "Kessler Antriebstechnik GmbH"),
        ('Dr Gibbons, who was a GP in Blaengwynfi, before becoming AM, said staff wanted "a period of consolidation".', "Gibbons"),
    ],
)
def test_a_body_in_a_place_or_with_its_legal_form_speaks(sentence: str, speaker: str) -> None:
    analysis = run(sentence)
    [quote] = analysis.quotes
    [entity] = [e for e in analysis.entities if e.id == quote.speaker_id]
    assert (entity.name, entity.type) == (speaker, "person" if speaker == "Gibbons" else "organization")


@pytest.mark.parametrize(
    "sentence",
    [
        "His lawyer, Monica Shears of the Pacific Liberty Foundation, called the ruling “a win for every family farm”.",
        "Sen. Monica Shears (D-N.M.) on Wednesday blasted the deal as “a press release dressed up as a law”.",
        "Monica Shears late on Monday derided the plan as “a gift to landlords”.",
        "Monica Shears thanked voters for their “trust and patience”.",
        "Monica Shears, whose debut “Paper Tide” won the Caméra d’Or, has described her film as “a ghost story without ghosts”.",
        'Monica Shears, known to her constituents as "Digoy," wrote on Facebook early Tuesday that it was "a fair fight".',
    ],
)
def test_a_judgement_with_its_speaker_set_off_or_dated_before_the_verb(sentence: str) -> None:
    assert [(name, kind) for _text, name, kind in quotes(sentence) if kind != "scare"] == [("Monica Shears", "partial")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('A Government Accountability Office review of vehicle accidents found that many were "preventable".', "Government Accountability Office"),
        ('A report by the Warsaw-based Centre for Migration Economics found that firms "contribute to activity".', "Centre for Migration Economics"),
        ('A divided panel of the U.S. Court of Appeals for the Eighth Circuit said the court “improperly weighed the evidence”.', "U.S. Court of Appeals for the Eighth Circuit"),
    ],
)
def test_a_bodys_review_report_or_panel_speaks_for_it(sentence: str, speaker: str) -> None:
    assert [name for _text, name, _kind in quotes(sentence)] == [speaker]


@pytest.mark.parametrize("letters", ["SAN", "QC", "MBE"])
def test_letters_after_a_name_set_off_by_commas_are_no_speaker(letters: str) -> None:
    found = quotes(f'Counsel to the defendant, Ibrahim Ladan, {letters}, described the charges as "a political witch-hunt".')
    assert found == [("a political witch-hunt", "Ibrahim Ladan", "partial")]


@pytest.mark.parametrize("title", ["Elder", "Pastor", "Imam", "Marshal", "Sheriff"])
def test_a_title_before_a_name_standing_alone_later_is_its_bearer(title: str) -> None:
    found = quotes("“We won,” said Marcus Fonrose.", f'{title} Florence Anishinabie, 81, remembers the lake. "We never got sick from it," the {title.lower()} said.')
    assert [speaker for _text, speaker, _kind in found] == ["Marcus Fonrose", "Florence Anishinabie"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We will appeal,” according to a statement from Acme Holdings.", "Acme Holdings"),
        ("“We will appeal,” a statement from Acme Holdings read.", "Acme Holdings"),
        ("John Smith's spokesman, Tom Jones, said: “We will appeal.”", "Tom Jones"),
        ("“We will appeal” — John Smith", "John Smith"),
        ("A statement from Rose Dale read: “We will appeal.”", "Rose Dale"),
        ("The victim’s mother, Rose Dale, said in a statement read outside court: “We will appeal.”", "Rose Dale"),
        ("First-home buyer Sarah O'Donnell said in a victim impact statement read to the court: “We lost our deposit.”", "Sarah O'Donnell"),
        ("Rose Dale said in a statement read by her lawyer: “We will appeal.”", "Rose Dale"),
        ("A spokesman for Rose Dale said: “She will appeal.”", None),
    ],
)
def test_wire_style_attributions_of_a_whole_quote(paragraph: str, speaker: str | None) -> None:
    assert [name for _text, name, _kind in quotes(paragraph)] == [speaker]


def test_a_role_of_a_body_in_an_appositive_makes_a_person_not_a_body() -> None:
    found = quotes(
        "“We will strike,” said Mary Jones, the union's leader.",
        "Tom Brown, the firm's chief executive, said talks would continue.",
        "“Our door is open,” he said.",
        "Jones met Brown on Monday. “We are far apart,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Mary Jones", "Tom Brown", "Mary Jones"]


def test_a_team_or_person_before_a_role_and_a_name_is_not_the_speaker() -> None:
    found = quotes(
        "Arima Warriors lost 2-1, and the Warriors sit third. Warriors coach Damian Ng-Wai admitted his side had been poor but praised the “character” of his players.",
        "“We were poor for 60 minutes,” he said.",
        "Trump adviser Kellyanne Conway told reporters Trump was “fine”.",
    )
    assert [name for _text, name, _kind in found] == ["Damian Ng-Wai", "Damian Ng-Wai", "Kellyanne Conway"]


def test_a_guild_is_an_organisation_that_speaks() -> None:
    analysis = run("The Screen Voice Artists Guild called the deal “a fair framework”.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Screen Voice Artists Guild", "organization")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_a_name_after_a_word_like_group_is_the_organisation_alone() -> None:
    analysis = run("Group Menatep owns 60% of Yukos. Menatep said it would sue for “virtually nothing” less than $28bn.")
    [menatep] = [e for e in analysis.entities if "Menatep" in e.name]
    assert (menatep.name, menatep.type, menatep.aliases) == ("Group Menatep", "organization", ["Menatep"])


@pytest.mark.parametrize("full_name", ["Grant Whitfield", "Hunter Biden", "Mason Rudolph", "Hope Okafor", "Susannah Clay", "Barnaby Quist"])
def test_a_first_name_that_is_also_an_english_word_opens_a_persons_name(full_name: str) -> None:
    found = quotes(f"Olympic champion {full_name} called the finish “cruel, brilliant sport” on Friday.")
    assert found == [("cruel, brilliant sport", full_name, "partial")]


@pytest.mark.parametrize(
    ("titled", "name"),
    [
        ("Fr Declan O’Hagan", "Declan O’Hagan"),
        ("Don Félix Jacinto", "Félix Jacinto"),
        ("Regent Dedi Kurniawan", "Dedi Kurniawan"),
        ("Kaumātua Hone Rāwiri", "Hone Rāwiri"),
        ("Don Johnson", "Don Johnson"),  # his first name
        ("Principal Dana Whitlock", "Dana Whitlock"),
        ("Retiree Tan Wei Jie", "Tan Wei Jie"),
        ("Con Kwame Asante", "Kwame Asante"),
        ("Counsel Ibrahim Ladan", "Ibrahim Ladan"),
        ("CFO Lee Jae-won", "Lee Jae-won"),
        ("Cde Tinashe Mavhunga", "Tinashe Mavhunga"),
    ],
)
def test_a_priests_an_elders_or_a_courtesy_title_is_no_part_of_the_name(titled: str, name: str) -> None:
    analysis = run(f"{titled} spoke to the crowd. “The lake reached the church steps,” he said.")
    assert [(e.name, e.type) for e in analysis.entities] == [(name, "person")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize("demonym", ["Queenslander", "Islander", "Londoner"])
def test_someone_from_a_place_before_a_full_name_is_no_part_of_it(demonym: str) -> None:
    found = quotes(
        f"Tran touched behind 17-year-old {demonym} Matilda O’Rourke on Thursday.",
        "O’Rourke said she had not looked. “Jess hugged me first,” the teenager said.",
    )
    assert found == [("Jess hugged me first,", "Matilda O’Rourke", "direct")]


def test_a_name_given_to_men_and_women_lets_he_mean_its_bearer() -> None:
    found = quotes(
        "“This is the second cut,” said Tomasz Wielgosz, a mining analyst.",
        "Chanda Mwelwa, general secretary of the Copperbelt Mine Workers’ Union, said members had been “kept in the dark”.",
        "“They tell the investors first,” he said.",
    )
    assert [name for _text, name, _kind in found] == ["Tomasz Wielgosz", "Chanda Mwelwa", "Chanda Mwelwa"]


def test_a_bare_surname_is_not_the_relative_named_as_theirs_unless_told_apart_by_age() -> None:
    found = quotes(
        "Zofia Wierzbicka writes novels. Her book grew out of stories told by Wierzbicka’s grandmother, Wanda Wierzbicka, who died in 1990.",
        "Wierzbicka shrugs when I mention it. “It is a book about glass,” she says.",
    )
    assert [name for _text, name, _kind in found] == ["Zofia Wierzbicka"]
    # nor when only the relative's first name tells her gender: "Maddison" does not
    found = quotes(
        "Maddison Kaczmarek reached the quarter-finals. “I’ve stopped apologising,” Kaczmarek said.",
        "The coach in question is her mother, Ewa Kaczmarek, who moved to Melbourne in 1998.",
        "Asked whether she belonged among the elite, Kaczmarek paused. “I don’t know if anyone belongs,” she said.",
    )
    assert [name for _text, name, _kind in found] == ["Maddison Kaczmarek", "Maddison Kaczmarek"]
    found = quotes(
        "“He is an employee,” said Nabil Kassem, 52. The video was posted by Mr. Kassem’s son, Omar Kassem, 24.",
        "“My father thinks TikTok is a cheese,” the younger Mr. Kassem said.",
    )
    assert [name for _text, name, _kind in found] == ["Nabil Kassem", "Omar Kassem"]
    # nor the relative first named by the first name alone, the full name given only later
    found = quotes(
        "Kathy Lindqvist, 67, said she and her husband, Ron, have spent $38,000 gutting their home.",
        "“It hands our streets to investors,” Lindqvist told commissioners.",
        "Ron Lindqvist, 70, did not speak at the meeting.",
    )
    assert [name for _text, name, _kind in found] == ["Kathy Lindqvist"]
    # nor a relative named after the relation with no comma
    found = quotes(
        "Perth’s Jarrod Whitby has won the WA Open. Whitby, 26, finished two ahead of his younger brother Lucas Whitby.",
        "With his father Greg Whitby carrying the bag, Whitby started the final round one shot back.",
        "“I’ve watched this tournament since I was eight,” Whitby said.",
    )
    assert [name for _text, name, _kind in found] == ["Jarrod Whitby"]
    # "senior" after the surname is the parent named as such, "junior" the other
    found = quotes(
        "“I am ready,” said Dion Okafor, 26. Okafor is trained by his father, Emmanuel Okafor, a former champion.",
        "“Tommy talks a lot,” Okafor senior said. “He will win,” Okafor junior said.",
    )
    assert [name for _text, name, _kind in found] == ["Dion Okafor", "Emmanuel Okafor", "Dion Okafor"]
    # "the younger" is the one introduced as a nephew, past his role, though the other's first name came since
    found = quotes(
        "“I’ve aged about ten years,” Lee Valley head coach Dave Hegarty said.",
        "His nephew, Lee Valley captain Conor Hegarty, was named player of the match.",
        "‘Dave said to us at half-time, “Don’t leave anything in the dressing room,” and we did that,’ the younger Hegarty said.",
    )
    assert [name for _text, name, _kind in found] == ["Dave Hegarty", "Conor Hegarty", "Dave Hegarty"]
    # "the elder" is the one not introduced as the other's child
    found = quotes(
        "Italian director Paola Ferrante's new film drew an ovation. The film stars Ferrante's daughter, Giulia Ferrante, as a young woman.",
        "Asked whether she hoped to win, the elder Ferrante shrugged. “Prizes are for the producers,” she said.",
    )
    assert [name for _text, name, _kind in found] == ["Paola Ferrante"]


def test_a_titled_surname_is_the_one_whose_pronoun_showed_their_gender_before_one_titled_later() -> None:
    found = quotes(
        "Owner Lim Teck Hwa, 74, said he decided to retire after a fall.",
        "“My hands are not what they used to be,” Mr Lim told The Straits Times.",
        "The stall was started in 1962 by his father, the late Mr Lim Ah Seng.",
    )
    assert found == [("My hands are not what they used to be,", "Lim Teck Hwa", "direct")]


def test_a_titled_surname_is_the_one_called_so_or_given_that_title_before() -> None:
    found = quotes(
        "A former commissioner, Alhaji Rasheed Adeyemi, and a businessman, Chief Olumide Adeyemi, both alleged fraud.",
        "Speaking on Sunday, Alhaji Adeyemi said, “It was a coronation.”",
        "Chief Adeyemi said, “We want answers.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Rasheed Adeyemi", "Olumide Adeyemi"]
    found = quotes(
        "The study was led by herpetologist Anjali Menon. “It was only when we compared their calls,” Dr. Menon told The Hindu.",
        "Rahul Menon, a doctoral student and a co-author, said fieldwork had stretched across four seasons.",
        "Dr. Menon said rainfall was a bigger concern. “The streams dry up earlier,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Anjali Menon", "Anjali Menon"]


@pytest.mark.parametrize("age", ["15-year-old", "Fifteen-year-old", "Twenty-two-year-old"])
def test_a_first_name_after_an_age_in_words_or_digits_is_a_person(age: str) -> None:
    found = quotes(
        "Prof Sarah Lindqvist, who led the study, said screens were not the only problem.",
        f"{age} Maya, from Nottingham, who took part in the study, said she had been “shocked” by her results.",
        "“I thought I was going to sleep around half ten,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Maya", "Maya"]


def test_a_given_name_that_is_also_a_city_opens_a_persons_name() -> None:
    found = quotes("Santiago Álvarez won from pole position.", "“My father brought me here when I was six,” said Álvarez. “I wish he could have seen it.”")
    assert [speaker for _text, speaker, _kind in found] == ["Santiago Álvarez", "Santiago Álvarez"]
    assert [(e.name, e.type) for e in run("Protests spread in Santiago on Monday.").entities] == [("Santiago", "place")]


def test_a_bare_surname_is_the_one_of_the_gender_that_attributes_the_next_quote() -> None:
    found = quotes(
        "“I cried,” Chief Marlene Kakegamic told CBC News.",
        "Jordan Kakegamic, the chief's nephew, is one of three operators who will run the new plant.",
        "“It tastes like nothing!” said Keira, 11, to laughter from her classmates.",
        "Kakegamic said the community would keep a close eye on the plant.",
        "“We've been promised things before,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Marlene Kakegamic", "Keira", "Marlene Kakegamic"]


def test_a_bare_surname_is_not_the_relative_named_in_a_sentence_about_someone_else() -> None:
    found = quotes(
        "Chidi Okonkwo says he will win when he faces Mateo Ruiz on Saturday.",
        "Okonkwo dedicated the fight to his late father, Emeka Okonkwo, a bus driver who took him to the club at 11.",
        "Asked about Ruiz’s power, Okonkwo laughed. “Everyone’s got power at heavyweight,” he said.",
    )
    assert [name for _text, name, _kind in found] == ["Chidi Okonkwo"]
    found = quotes(  # the sentence that opens with the relative is about them
        "Teresa Villaseñor-Kaplan, a chemist, died on Saturday. Her son, Daniel Kaplan, confirmed the death.",
        "“My mother never retired,” Kaplan said.",
    )
    assert [name for _text, name, _kind in found] == ["Daniel Kaplan"]
    found = quotes(  # nor someone named only after it
        "Teresa Villaseñor-Kaplan, a chemist, died on Saturday, according to her son, Daniel Kaplan.",
        "“My mother never retired,” Kaplan said.",
        "Her husband, physicist Martin Kaplan, died in 2011.",
    )
    assert [name for _text, name, _kind in found] == ["Daniel Kaplan"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Ko Thura Aung", "Thura Aung"),  # a Burmese courtesy title
        ("Ko Eun-ji", "Ko Eun-ji"),  # a Korean family name
        ("Do Thi Lan Anh", "Do Thi Lan Anh"),  # a Vietnamese family name opening the sentence
    ],
)
def test_a_burmese_title_and_a_vietnamese_family_name_opening_a_sentence(written: str, name: str) -> None:
    found = quotes(f"{written}, 34, said the village had burned. “There was no military target,” the 34-year-old said.")
    assert found == [("There was no military target,", name, "direct")]


def test_a_first_name_of_one_gender_tells_whom_she_means() -> None:
    found = quotes("Rachel Ward met the press on Monday. John Braun also came. “It was a difficult meeting,” she said.")
    assert [speaker for _text, speaker, _kind in found] == ["Rachel Ward"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Profits at Larkspur Holdings rose by 4%.", "“Demand was strong,” the company said."), "Larkspur Holdings"),
        (("The OECD published its outlook on Monday.", "However, the report warned: “Growth will slow.”"), "OECD"),
        (("The Electoral Commission rejected a cap.", "“A cap would not be sensible,” says its report."), "Electoral Commission"),
        (("The Making Decisions Alliance backs the bill.", "“It will not change the law,” the alliance said."), "Making Decisions Alliance"),
        (("Larkspur Holdings sold the unit.", "Prices rose.", "Sales fell.", "“We are sorry,” the company said."), "Larkspur Holdings"),
        (("The Water Services Regulation Authority met.", "Prices rose.", "Sales fell.", "“We are sorry,” the regulator said."), None),  # too far back
        (("Larkspur Holdings sold the unit.", "The Unite union is angry.", "Sales fell.", "“We are sorry,” the company said."), "Larkspur Holdings"),
    ],
)
def test_the_company_and_its_report_speak_for_the_organisation_named_before(paragraphs: tuple[str, ...], speaker: str | None) -> None:
    assert quotes(*paragraphs)[0][1] == speaker


def test_a_surname_that_is_also_a_place_word_and_a_place_guess_from_one_mention_keep_a_person() -> None:
    analysis = run(
        "Former adviser Fiona Hill spoke first. “I asked, on whose authority?” said Hill.",
        "Adam Schiff opened the hearing. To win attention back from Schiff, rivals must speak up.",
    )
    types = {e.name: e.type for e in analysis.entities}
    assert types["Fiona Hill"] == "person" and types["Adam Schiff"] == "person"
    assert "Hill" not in types  # one person, named in full and by surname
    assert quotes("Former adviser Fiona Hill spoke first. “I asked, on whose authority?” said Hill.")[0][1] == "Fiona Hill"
    assert {e.name: e.type for e in run("Crowds filled Notting Hill and Hyde Park.").entities} == {"Notting Hill": "place", "Hyde Park": "place"}


def test_a_report_concludes() -> None:
    found = quotes("The study was paid for by Telco Group.", "The idea is “wishful thinking”, the report concludes.")
    assert found == [("wishful thinking", "Telco Group", "partial")]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Eric Roberge and his wife Kali explained on an episode of their podcast "Beyond Finances." Saving is hard.',
        "Mara Quist said her new book “Financial Freedom: A Proven Path to All the Money You Will Ever Need” sold out.",
        "When it occurs in bird keepers, the term often used is “bird fancier’s lung.” Doctors agree.",
        "The band, said Tom Reyes, opened with the song “Takin’ It To the Streets” on Friday.",
        "Wren Callahan fronted the Low Country Saints. Her first solo album, “Kindling,” out Friday, is her best.",
    ],
)
def test_titles_of_works_and_terms_are_scare_quotes_however_long(paragraph: str) -> None:
    [(_text, speaker, kind)] = quotes(paragraph)
    assert (speaker, kind) == (None, "scare")


def test_a_role_the_article_never_tied_to_anyone_means_whom_the_article_is_about() -> None:
    found = quotes(
        "Tony Blair is urging European leaders to wake up.",
        "“America has spoken. The rest of the world should listen,” the prime minister said.",
    )
    assert found == [("America has spoken. The rest of the world should listen,", "Tony Blair", "direct")]
    tied = quotes(
        "Tony Blair met Chancellor Gordon Brown on Monday.",
        "“The economy is strong,” the chancellor said.",
    )
    assert tied[0][1] == "Gordon Brown"  # the role the article gave someone wins
    secretary = quotes("Yvette Cooper said the attack was “sickening”.", "The home secretary added: “This must stop.”")
    assert [speaker for _text, speaker, _kind in secretary] == ["Yvette Cooper", "Yvette Cooper"]


@pytest.mark.parametrize(
    ("opening", "speaker", "role"),
    [
        ("Steve Halloran walked into the press room on Saturday evening, sat down, and exhaled.", "Steve Halloran", "the home manager"),
        ("Olumide Danjuma, 33, who now lives in Houston, barely looked up from his phone.", "Olumide Danjuma", "the champion"),
        ("The traditional ruler, Oba Joseph Adegbite, urged politicians to keep the peace.", "Joseph Adegbite", "the monarch"),
        ("Dwayne Pettiford did not wait for the first question.", "Dwayne Pettiford", "the coach"),
        ("Lim Chee Keong told the court he paid the officer in cash.", "Lim Chee Keong", "the witness"),
    ],
)
def test_a_coach_a_manager_a_champion_or_a_monarch_never_tied_to_anyone_means_whom_the_article_is_about(opening: str, speaker: str, role: str) -> None:
    found = quotes(opening, f"“We were not good enough,” {role} said.")
    assert found == [("We were not good enough,", speaker, "direct")]


@pytest.mark.parametrize("given", ["Josua Vakacegu, 28, scored two tries.", "Josua Vakacegu (28) scored two tries.", "The 28-year-old Josua Vakacegu scored two tries."])
def test_the_n_year_old_is_the_one_person_given_that_age_not_the_last_named(given: str) -> None:
    found = quotes(given, "His mother, Litia Vakacegu, 61, had flown in from Fiji.", "'I enjoyed it,' said the 28-year-old wing.")
    assert found == [("I enjoyed it,", "Josua Vakacegu", "direct")]


def test_a_body_and_its_members_are_one_entity() -> None:
    analysis = run("The Conservatives called a vote. A Conservative spokeswoman said the party had kept the rules.")
    assert [e.name for e in analysis.entities if e.name.startswith("Conservative")] == ["Conservatives"]
    found = quotes(
        "The Conservatives called a vote.",
        'A Conservative spokeswoman said the party kept the rules. She said: "We apply the law."',
    )
    assert found == [("We apply the law.", "Conservatives", "direct")]


def test_he_after_a_clubs_official_is_the_club() -> None:
    found = quotes(
        'Adrian Mutu flew to Turin. "Mutu will watch the match," said a Juventus official. "Then he will meet the board," he added.'
    )
    assert [speaker for _text, speaker, _kind in found] == ["Juventus", "Juventus"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mary Jones said the data show “a clear and worrying decline in public trust across the country”.",
        "The new programme “will transform thousands of lives across the region,” Mary Jones said.",
        "Mary Jones said the party would not play “political games with the lives of ordinary working people”.",
        "Mary Jones said the series “should never have been commissioned in the first place”.",
    ],
)
def test_a_verb_or_subject_that_names_a_kind_of_work_does_not_make_a_title(paragraph: str) -> None:
    [(_text, speaker, kind)] = quotes(paragraph)
    assert (speaker, kind) == ("Mary Jones", "partial")


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Mary Jones met Tom Lee.", "“We will win,” the club's president said."), None),
        (("Mary Jones met Tom Lee.", "“We will win,” the bank’s chairman said."), None),
        (("Acme Corp grew.", "“Prices will rise,” said the president of the company, Tom Lee."), "Tom Lee"),
        (("Acme Corp grew.", "“Prices will rise,” the study by Mary Jones said."), None),
        (("Globex Inc makes widgets. “We will sue Acme Corp over this,” the company said.",), "Globex Inc"),
        (("Globex Inc bought a stake in the Labour Party. “We are pleased,” the company said.",), "Globex Inc"),
    ],
)
def test_a_role_or_body_word_stands_for_a_speaker_only_as_a_description_of_its_own(paragraphs: tuple[str, ...], speaker: str | None) -> None:
    assert quotes(*paragraphs)[0][1] == speaker


def test_a_park_named_after_someone_stays_a_place() -> None:
    analysis = run("Protesters marched through Victoria Park in London. Police at Victoria Park said: “It was peaceful.”")
    assert {e.name: e.type for e in analysis.entities}["Victoria Park"] == "place"


def test_a_doubled_opening_mark_still_opens_an_utterance() -> None:
    assert [q.utterance for q in run("““We will win,” said Mary Jones.").quotes] == [1]


def test_a_quote_inside_a_quote_spoken_by_the_verb_after_it_and_no_quote_from_an_elision() -> None:
    assert quotes("“‘Hello,’ I said, and left,” Mary Jones recalled.")[1] == ("Hello,", "Mary Jones", "direct")
    assert quotes("“‘Go home,’ said Tom Lee, and we did,” Mary Jones recalled.")[1] == ("Go home,", "Tom Lee", "direct")
    assert [text for text, _s, _k in quotes("“In the '60s and 'the best years' we sang,” Mary Jones said.")][1:] == ["the best years"]


def test_the_object_of_a_preposition_after_the_verb_is_no_inverted_subject() -> None:
    found = quotes(
        "Volodymyr Zelenskiy spoke.",
        "It follows the testimony of four officials, including an officer who described the call with Zelenskiy as “improper.”",
    )
    assert found == [("improper.", None, "partial")]
    assert quotes("“Prices will rise,” said Tom Lee of Acme Corp.")[0][1] == "Tom Lee"


def test_he_after_an_office_said_is_that_office_not_the_man_who_spoke_before() -> None:
    found = quotes(
        "The accusation came from Sinn Féin's housing spokesperson Eoin Ó Murchú during Leaders' Questions.",
        "\"Telling them it's working is gaslighting,\" Deputy Ó Murchú said.",
        "The Taoiseach said he would not accept the term and accused Sinn Féin of \"talking down\" the efforts of builders.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Eoin Ó Murchú", None]


def test_a_role_is_the_one_titled_so_in_the_next_sentence_not_the_last_speaker() -> None:
    found = quotes(
        "“Everybody was screaming,” Ava Kowalczyk said.",
        "The Eagles' coach had warned her players at halftime that “nobody remembers the semifinal.” Coach Brenda Ostrowski said afterward that they had listened.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Ava Kowalczyk", "Brenda Ostrowski"]


def test_thats_how_someone_summed_it_up_after_a_quote_names_its_speaker() -> None:
    found = quotes(
        "“We paid every bill,” Luis Reyes said.",
        "“The science is not in dispute. The timeline is.” That’s how Henrik Dahl, the official leading the talks, summed up the standoff.",
        "“The goal was volume.” That is how a former employee in the hospital’s billing office described the effort.",
        "“We always knew this day would come.”",
        "Those were the words of 81-year-old Margaret Howlett, who has lived in the village all her life.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Luis Reyes", "Henrik Dahl", None, "Margaret Howlett"]


def test_a_name_after_a_quote_speaks_past_a_long_role_set_off_by_commas() -> None:
    found = quotes(
        "“Mangroves are doing a lot of quiet work for us,” Dr Fatima Al Hammadi, a marine ecologist at the institute and the study’s lead author, "
        "told The National. “They store carbon.”"
    )
    assert [speaker for _text, speaker, _kind in found] == ["Fatima Al Hammadi", "Fatima Al Hammadi"]


def test_a_short_quote_that_is_the_subject_of_its_sentence_is_a_term() -> None:
    found = quotes("Mold is the culprit, Dr Ann Lee said. “Humidifier lung” may result from fungus in humidifiers.")
    assert found == [("Humidifier lung", None, "scare")]
    assert quotes("Ann Lee was asked. “Never” she replied.")[0][2] == "direct"  # a pronoun follows: speech


def test_a_name_and_its_verb_after_an_exclamation_attribute_it_but_not_a_new_sentence() -> None:
    assert quotes("“Governor Bevin has done a wonderful job!” Donald Trump tweeted before Election Day.")[0][1] == "Donald Trump"
    assert quotes("“We will win!” Donald Trump said.")[0][1] == "Donald Trump"
    assert quotes("“What is the incentive?” Anna Berg, the former executive director, said in an interview.")[0][1] == "Anna Berg"
    found = quotes("“Desal is expensive,” Melissa Hardy told the committee. “So what’s the alternative?” Dale Whitcomb asked her.")
    assert [speaker for _text, speaker, _kind in found] == ["Melissa Hardy", "Dale Whitcomb"]
    found = quotes("Senator Ana Villarosa showed photos.", "“Nasaan ang pader?” Villarosa asked DPWH regional director Ramon Dizon Jr. “Where is the wall?”")
    assert [speaker for _text, speaker, _kind in found] == ["Ana Villarosa", "Ana Villarosa"]
    found = quotes("Sen. Ana Villarosa spoke first.", "“We will stop the waste.” Labour praised Home Secretary James Cleverly.")
    assert [speaker for _text, speaker, _kind in found] == [None]  # a judgement of someone, no answer to a question
    found = quotes('The document said: "We want an empire. "The problems can only be dealt with globally." Mark Croucher said the main issue was the views.')
    assert [speaker for _text, speaker, _kind in found] == [None, None]


def test_a_name_with_a_verb_of_its_own_after_the_speech_verb_is_no_inverted_subject() -> None:
    found = quotes('Jack McConnell spoke. The ministry has insisted Mr McConnell was speaking about adults and his comments were "a recognition that people will get drunk".')
    assert found[0][1] is None  # what the ministry insisted, not McConnell's words
    assert quotes('Bob Geldof spoke in July. Bob Geldof in July said he was sick of hearing "guff" about it.')[0][1] == "Bob Geldof"


def test_he_after_a_persons_spokesman_is_the_spokesman_not_the_person() -> None:
    found = quotes(
        "Tony Blair wants the pension age to rise.",
        'On Monday, Tony Blair\'s official spokesman declined to say whether the prime minister backed the plans. He said: "Let\'s wait for the process."',
    )
    assert found == [("Let's wait for the process.", None, "direct")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“It is over.” Boris Johnson said on Twitter that he would resign.", None),
        ("“It is over.” John Smith said at least 20 people were hurt.", None),
        ("“It is over.” Nicola Sturgeon, the first minister, said this was a turning point.", None),
        ("“It is over.” John Smith said, however, that talks would go on.", None),
        ("“It is over.” John Smith is said to be furious.", None),
        ("“We will win!” Donald Trump said, adding that it was close.", "Donald Trump"),
        ("“We object,” said a spokeswoman for the Foreign Office.", "Foreign Office"),
        ("“Growth will slow,” said a report by the OECD.", "OECD"),
        ("Donald Trump spoke. Mr Trump's aides say he is fine. “I feel great,” he said.", "Donald Trump"),
        ("Boris Johnson spoke. Mr Johnson's spokesman was sacked last week. “I regret it,” he said.", "Boris Johnson"),
        ("Theresa May spoke. Theresa May's spokesman declined to comment. She said on Monday: “We will act.”", "Theresa May"),
    ],
)
def test_cases_a_review_of_the_attribution_rules_found(paragraph: str, speaker: str | None) -> None:
    assert quotes(paragraph)[0][1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    ["Anna Berg was asked. “Yes” was all she said.", "“Absolutely not” came the reply.", "“Help” cried the woman.", "“Enough” is enough, said Maria Lopez."],
)
def test_a_sentence_opening_quote_its_sentence_reports_is_speech(paragraph: str) -> None:
    assert quotes(paragraph)[0][2] == "direct"


@pytest.mark.parametrize(
    "attribution",
    ["Gordon Brown will say as he sets out UK goals", "Gordon Brown said on Monday as he set out UK goals",
     "Gordon Brown told MPs as he set out UK goals", "Gordon Brown said ahead of the summit"],
)
def test_a_closing_attribution_may_carry_an_adjunct(attribution: str) -> None:
    found = quotes(f"Next year will be “make or break” for poorer countries, {attribution}.")
    assert found == [("make or break", "Gordon Brown", "partial")]


def test_a_closing_speech_verb_with_a_clause_of_its_own_attributes_nothing() -> None:
    found = quotes("An entity Ann Dale controlled sold the right to use the word “We” for $5.9 million, though she later asked the company to unwind it.")
    assert found == [("We", None, "scare")]


def test_a_single_word_that_speaks_is_an_organisation_unless_the_article_says_a_person() -> None:
    analysis = run(
        "Unilever said sales fell. Revenue grew “despite disappointing sales in Slimfast”, the company said.",
        "Roberge said costs rose, and his wife Kali explained the plan.",
        "C-Murder, a former member of rap group Tru, said he was innocent.",
    )
    types = {e.name: e.type for e in analysis.entities}
    assert (types["Unilever"], types["Kali"], types["C-Murder"]) == ("organization", "person", "person")
    names = {e.id: e.name for e in analysis.entities}
    assert [(q.text, names.get(q.speaker_id)) for q in analysis.quotes] == [("despite disappointing sales in Slimfast", "Unilever")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Richard Thomas “totally condemned” the deletion of e-mails.", ("totally condemned", "Richard Thomas", "partial")),
        ("Tony Blair “is wrong” about Iraq, according to critics.", ("is wrong", None, "scare")),
        ("Tony Blair “is wrong”, critics say.", ("is wrong", None, "scare")),
        ("Richard Thomas “The Hammer” Jones won.", ("The Hammer", None, "scare")),
    ],
)
def test_a_quoted_verb_right_after_its_subject_is_the_subjects(sentence: str, expected: tuple[str, str | None, str]) -> None:
    assert quotes(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tariq Haddadin dedicated the award to “every camel herder who let a stranger film his life”.",
         ("every camel herder who let a stranger film his life", "Tariq Haddadin", "partial")),
        ("Dr Fatuma Roba runs the clinic. She wants the national government to release “the money promised in March”.",
         ("the money promised in March", "Fatuma Roba", "partial")),
        # a speech verb's subject takes it over
        ("Tariq Haddadin said the prize went to “every camel herder in the valley”.", ("every camel herder in the valley", "Tariq Haddadin", "partial")),
    ],
)
def test_a_fragment_in_the_sentence_of_its_only_subject_is_theirs(sentence: str, expected: tuple[str, str | None, str]) -> None:
    assert quotes(sentence) == [expected]


def test_the_office_named_is_not_a_person_given_another_office() -> None:
    found = quotes(
        "Tony Blair flew to Brussels on Monday. Health Secretary John Reid said the talks would fail.",
        "The prime minister said the claims were a “load of nonsense”.",
    )
    assert found == [("load of nonsense", "Tony Blair", "partial")]


def test_she_is_the_woman_the_article_described_not_the_speaker_before() -> None:
    found = quotes(
        "The question posed by nurse Marion Brown was “Would you do it for £5?”",
        "James Humphreys says the strategy shows frustration. The prime minister knows the hazards.",
        "He must remember his confrontation with Sharron Storer, the Birmingham woman who harangued him.",
        "“All you do is walk around,” she told Mr Blair.",
    )
    assert found[-1] == ("All you do is walk around,", "Sharron Storer", "direct")


def test_the_articles_own_pronouns_give_a_person_a_gender() -> None:
    analysis = run(
        "A row involving singer Taylor Swift, her former record label and two politicians is ending.",
        "Swift got support last week. Her albums were released through Big Machine, which was bought by a company owned by talent manager Scooter Braun.",
        "In a post at the time she described this as the “worst case scenario”.",
    )
    genders = {e.name: e.gender for e in analysis.entities if e.type == "person"}
    assert genders == {"Taylor Swift": "f", "Scooter Braun": None}
    names = {e.id: e.name for e in analysis.entities}
    assert [(q.text, names.get(q.speaker_id)) for q in analysis.quotes] == [("worst case scenario", "Taylor Swift")]


def test_a_pronoun_of_someone_else_described_gives_no_gender() -> None:
    analysis = run("Alex Dunmore's wife said she would sue.", "Robin Hale arrived. He said he would stay.")
    genders = {e.name: e.gender for e in analysis.entities if e.type == "person"}
    assert genders == {"Alex Dunmore": None, "Robin Hale": "m"}


def test_a_pronoun_inside_a_quote_gives_the_speaker_no_gender() -> None:
    found = quotes(
        "Prosecutor Amira Hodžić said the court had heard from 40 witnesses. “He chose the victims,” Hodžić said.",
        "Sabaheta Mujić, who heads the Association of Former Camp Detainees, said the sentence was “too low for what he did,” but welcomed it.",
        "“Nine years. Some of us spent nine years just learning to sleep again,” she told BIRN outside the courthouse.",
    )
    assert found[-1] == ("Nine years. Some of us spent nine years just learning to sleep again,", "Sabaheta Mujić", "direct")


def test_relatives_who_share_a_surname_are_two_people() -> None:
    analysis = run(
        "Margaret Ellery died on Sunday. Charles Saumarez Smith led the tributes.",
        "Her son, Daniel Ellery, said: “She was a wonderful mother.” Mr Ellery added: “We will miss her.”",
        "“She was unique,” Mr Saumarez Smith said.",
    )
    names = {e.id: e.name for e in analysis.entities}
    assert [names.get(q.speaker_id) for q in analysis.quotes] == ["Daniel Ellery", "Daniel Ellery", "Charles Saumarez Smith"]
    assert {e.name for e in analysis.entities if e.type == "person"} == {"Margaret Ellery", "Daniel Ellery", "Charles Saumarez Smith"}


def test_a_speech_verb_opening_the_sentence_is_no_part_of_the_name() -> None:
    found = quotes("Bath need back-up to Nick Walshe. Andy Williams joined on Monday.", "Said Williams: “I did not think twice.”")
    assert found == [("I did not think twice.", "Andy Williams", "direct")]


def test_an_article_quoting_in_straight_single_marks() -> None:
    found = quotes(
        "Sean O'Driscoll restored the chapel in the '60s style. 'It's been a labour of love,' he said.",
        "'The villagers never gave up on the place and neither did I.'",
        "His crew played rock 'n' roll at the builders' party, which the mayor called 'a fine night'.",
    )
    assert found == [
        ("It's been a labour of love,", "Sean O'Driscoll", "direct"),
        ("The villagers never gave up on the place and neither did I.", "Sean O'Driscoll", "direct"),
        ("a fine night", None, "scare"),
    ]


def test_straight_single_marks_stay_apostrophes_where_double_marks_quote_except_around_words() -> None:
    found = quotes("“We won,” said Anna Berg. The players' union called it 'historic' in the '90s sense.")
    assert [text for text, _speaker, _kind in found] == ["We won,", "historic"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ian Lyngen of BMO Capital Markets said the move reflected “a reassessment of the inflation path.”", "Ian Lyngen"),
        ("Sen. Rand Paul of Kentucky called the package “a monument to waste,” and voted no.", "Rand Paul"),
        ("Analyst Maria Lopez at the Bank of England said growth was “fragile”.", "Maria Lopez"),
    ],
)
def test_a_speaker_named_with_where_they_are_from(sentence: str, speaker: str) -> None:
    [(_text, found, kind)] = quotes(sentence)
    assert (found, kind) == (speaker, "partial")


def test_a_newspaper_named_like_a_nations_people_and_a_given_name_like_a_citys_stay_names() -> None:
    found = quotes("Premier Roger Cook visited the site. The West Australian said the cost had “blown out”.", "“It was brilliant,” said Geordie Greig.")
    assert [speaker for _text, speaker, _kind in found] == ["West Australian", "Geordie Greig"]


@pytest.mark.parametrize("people", ["South African", "New Zealander", "Sri Lankan", "Glaswegian", "Texan", "Namibian"])
def test_a_nations_or_a_citys_person_of_any_name_stands_for_the_one_named_before(people: str) -> None:
    analysis = run("The race was held on Sunday. Anna Lee won it by a second.", f"“It has been a long week,” the {people} said.")
    assert [e.name for e in analysis.entities] == ["Anna Lee"]
    assert [q.speaker_id for q in analysis.quotes] == [analysis.entities[0].id]


def test_a_nations_person_stands_for_someone_named_before_and_is_no_entity() -> None:
    analysis = run(
        "Spaniard Carlos Alcaraz beat Daniel Evans on Sunday.",
        "“It is a dream to play on this court,” the Spaniard said. The Spanish federation called it “historic”.",
        "Transport Minister Helen Marsden resigned. In her letter, the Derby North MP said: “I have made an error.”",
    )
    assert {e.name for e in analysis.entities if e.type == "person"} == {"Carlos Alcaraz", "Daniel Evans", "Helen Marsden"}
    assert not any(e.name in ("Spaniard", "Derby North MP") for e in analysis.entities)
    names = {e.id: e.name for e in analysis.entities}
    assert [(q.text, names.get(q.speaker_id)) for q in analysis.quotes][0] == ("It is a dream to play on this court,", "Carlos Alcaraz")


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Budget carrier SkyBridge cancelled 40 flights.", "In a statement, the airline said: “We are deeply sorry.”"), "SkyBridge"),
        (("Shares in retailer Nextco fell 5% on Monday.", "“Trading was tough,” the retailer said."), "Nextco"),
        (("Struggling football club Borussia Dortmund agreed a rescue plan.", "The club, which has debts, said it was in “a life-threatening situation”."), "Borussia Dortmund"),
    ],
)
def test_the_kind_of_body_named_before_it_speaks_for_it(paragraphs: tuple[str, str], speaker: str) -> None:
    analysis = run(*paragraphs)
    names = {e.id: e.name for e in analysis.entities}
    assert next(e.type for e in analysis.entities if e.name == speaker) == "organization"
    assert [names.get(q.speaker_id) for q in analysis.quotes] == [speaker]


def test_the_minister_bare_is_any_officeholder_named_before() -> None:
    found = quotes("Environment Secretary Steve Reed met the farmers. “I understand the anger,” the minister said.")
    assert found == [("I understand the anger,", "Steve Reed", "direct")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Democratic candidate Angela Washington accused her rival, state Senator Mark Lincoln, of “walking away from families”.", "Angela Washington"),
        ("PARIS, May 2 (Reuters) - French President Emmanuel Macron called for a stronger Europe, warning that it “could die” if idle.", "Emmanuel Macron"),
    ],
)
def test_the_subject_speaks_not_a_title_word_nor_a_dateline(sentence: str, speaker: str) -> None:
    [(_text, found, _kind)] = quotes(sentence)
    assert found == speaker


def test_a_colon_after_a_name_and_a_verb_of_no_list_introduces_their_words() -> None:
    found = quotes("David Brennan said the council had approved the plan.", "Ms. Rachel Okafor shot back: “Approved is not built, David.”")
    assert found == [("Approved is not built, David.", "Rachel Okafor", "direct")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("For Ann Lee, the answer is simple: “Not yet.”", "Ann Lee"),
        ("Ann Lee’s verdict on the deal was blunt: “Not yet.”", "Ann Lee"),
        ("Ann Lee had a simple message for the board: “Not yet.”", "Ann Lee"),
        ("Ann Lee received a letter from the council: “You must leave.”", None),
        ("Ann Lee met Tom Hill at the depot on Monday morning: “It went well.”", None),
    ],
)
def test_a_colon_after_a_sentence_about_one_person_introduces_their_words(paragraph: str, speaker: str | None) -> None:
    found = quotes("Tom Hill backed the deal on Friday.", paragraph)
    assert found[-1][1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "One woman, who gave only her first name, Teresa, said she had “lost everything”.",
        "“I lost everything,” said Teresa, a volunteer.",
    ],
)
def test_a_first_name_alone_set_off_by_commas_is_a_person_who_speaks(paragraph: str) -> None:
    [(_text, speaker, _kind)] = quotes(paragraph)
    assert speaker == "Teresa"


def test_she_after_a_neighbour_who_did_not_want_to_be_named_is_nobody_named() -> None:
    found = quotes(
        "Lismore Mayor Sharon Doyle told ABC North Coast the evacuation centre was “at about half capacity” by lunchtime.",
        "His neighbour, who did not want to be named, was lifting her fridge and washing machine onto stacks of bricks.",
        "“You just put everything up as high as you can and hope,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Sharon Doyle", None]


def test_she_who_asked_not_to_be_named_in_a_sentence_of_her_own_is_nobody_named() -> None:
    found = quotes(
        "“We paid every bill,” Donna Reyes said.",
        "That is how a former employee in the billing office described the effort. She asked not to be named because she fears retaliation. "
        "“Nobody looked at whether someone qualified for charity care,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Donna Reyes", None]


def test_someone_who_wanted_to_be_known_only_as_a_name_is_named_and_he_is_him() -> None:
    found = quotes(
        "Another victim, who wanted to be known only as Mr Lim, said he and his wife had used their savings for the $29,000 deposit.",
        '"We trusted him because he had good reviews online. Looking back, all the reviews were posted at once," he said.',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Lim"]


def test_he_after_someone_spoken_of_at_the_start_of_the_sentence_is_someone_else() -> None:
    found = quotes(
        "Manager Stevie McAteer said: “The boys showed what they are about.”",
        "Of striker Callum Dunmore, who fans call “The Lighthouse”, he added: “People keep writing him off.”",
    )
    assert [speaker for _text, speaker, kind in found if kind != "scare"] == ["Stevie McAteer", "Stevie McAteer"]


@pytest.mark.parametrize(
    "introduced",
    [
        "Millions cannot see a dentist, according to a report by the All-Party Parliamentary Group on Oral Health.",
        "The All-Party Parliamentary Group on Oral Health’s report was published today.",
    ],
)
def test_the_report_speaks_for_the_body_named_as_its_author_not_the_body_named_last(introduced: str) -> None:
    found = quotes(introduced, "The NHS said it was investing more.", "‘We heard from people who pulled out their own teeth,’ the report says.")
    assert found[-1][1] == "All-Party Parliamentary Group on Oral Health"


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the regulars on Sunday was Darnell Hughes, 58, a retired bus driver who said he had eaten there “at least twice a week.”",
        "The study was led by Darnell Hughes, a surgeon who said the results were “remarkable”.",
    ],
)
def test_a_relative_clause_after_an_appositive_speaks_for_the_name_before_it(sentence: str) -> None:
    found = quotes("“We came here,” Mr. Tran Van Hieu said.", sentence)
    assert found[-1][1] == "Darnell Hughes"


def test_mr_with_a_surname_two_people_share_is_the_one_known_to_be_a_man() -> None:
    """A Vietnamese middle name tells the gender: "Van" a man's, "Thi" a woman's."""
    found = quotes(
        "Nguyen Thi Mai Linh and Tran Van Hieu ran the shop for 31 years.",
        "The couple’s daughter, Kim Tran, 38, took orders. “They never took a vacation,” she said.",
        "“It’s just soup,” Mr. Tran said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Kim Tran", "Tran Van Hieu"]


@pytest.mark.parametrize("bullet", ["•", "-", "*"])
def test_a_quote_after_a_bullet_is_a_whole_utterance_that_goes_on_with_the_speaker(bullet: str) -> None:
    found = quotes(
        "CEO Aditi Venkataraman says payroll is broken.",
        f"{bullet} “We want payroll to be the most boring part of running a business.”",
        f"{bullet} “Churn in this category is brutal,” Venkataraman says.",
    )
    assert [(speaker, kind) for _text, speaker, kind in found] == [("Aditi Venkataraman", "direct")] * 2


def test_she_inside_a_quote_after_my_mother_is_the_mother_and_nobody_named() -> None:
    found = quotes(
        "Ama Mensah-Larbi came here in 1990. Carol Ostrander, 78, joined her choir.",
        "“My mother has given up,” Mensah-Larbi says. “Now she says, ‘You belong to those people.’”",
    )
    assert found[-1] == ("You belong to those people.", None, "direct")


def test_a_first_name_alone_opening_the_clause_before_and_said_is_the_one_person_of_that_first_name() -> None:
    found = quotes(
        "Sam Leota and Tavita Fa'alogo both scored.",
        "“Sam came up to me and said, ‘Next one’s yours, brother,’ and he was right,” Fa'alogo said.",
        "“Only last week Sam walked over and said, ‘Keep going,’” Fa'alogo added.",
    )
    assert [found[1], found[-1]] == [("Next one’s yours, brother,", "Sam Leota", "direct"), ("Keep going,", "Sam Leota", "direct")]
    found = quotes(
        "Dale Koch stayed behind to hose down the roof. The RCMP had ordered an evacuation.",
        "“The RCMP came by around midnight and said, ‘Sir, you need to go now,’” he said.",
    )
    assert found[-1] == ("Sir, you need to go now,", "RCMP", "direct")


def test_called_right_after_a_persons_name_is_their_judgement_not_a_name_given() -> None:
    found = quotes(
        "The tourism minister, Andrés Palou, has defended the sector.",
        "Protesters sprayed tourists with water pistols, a tactic Palou has called “unacceptable”. It is a town residents called “Little Hope”.",
    )
    assert found == [("unacceptable", "Andrés Palou", "partial"), ("Little Hope", None, "scare")]
    institute = quotes(
        "A study by the National Institute for Glacier Research found the ice had shrunk, a pace the institute called “alarming and accelerating”."
    )
    assert institute == [("alarming and accelerating", "National Institute for Glacier Research", "partial")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council's consultation document, released last month, says the stream is “the most cost-effective option”.",
        "According to a draft of the council's final communique seen by Al Jazeera, member states “commit to contributing”.",
    ],
)
def test_a_bodys_document_speaks_for_the_body_past_a_modifier_or_after_according_to(sentence: str) -> None:
    found = quotes("The Kaiwhenua District Council met on Monday.", sentence)
    assert [speaker for _text, speaker, _kind in found] == ["Kaiwhenua District Council"]


def test_a_participle_opening_a_sentence_and_a_press_secretarys_title_are_no_names() -> None:
    analysis = run(
        "Reacting, the Chief Press Secretary to the governor, Kingsley Adeyemi-Ojo, said in a statement that it was “a stunt”.",
        "“The people are not deceived,” the statement read.",
    )
    assert [e.name for e in analysis.entities] == ["Kingsley Adeyemi-Ojo"]
    assert [q.speaker_id for q in analysis.quotes] == [analysis.entities[0].id] * 2


def test_a_person_whose_role_is_someones_operator_stays_a_person() -> None:
    found = quotes(
        "Minister Paul Arsenault approved the plan. Terrence Meekis, the community's water operator, tests samples every morning.",
        "“Some mornings it's fine,” he said. Stagecoach, a bus operator, said it was “reviewing” routes.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Terrence Meekis", "Stagecoach"]


def test_a_team_named_with_a_first_name_is_a_team_and_its_coach_named_after_it_the_subject() -> None:
    analysis = run(
        "Shannon Wolves lost 24-20 at the Pittsburgh Steelers' old ground. The Steelers were not playing.",
        "Captain Rhys Pugh-Ellis described the win as “massive”.",
        "Shannon head coach Declan Furlong was left to rue his side's indiscipline. “We gave away 14 penalties,” he said.",
    )
    types = {e.name: e.type for e in analysis.entities}
    assert types["Shannon Wolves"] == types["Pittsburgh Steelers"] == "organization" and "Steelers" not in types
    names = {e.id: e.name for e in analysis.entities}
    assert [names.get(q.speaker_id) for q in analysis.quotes] == ["Rhys Pugh-Ellis", "Declan Furlong"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The letter from Pacific Crest Mutual, which she shared with The Times, said it was “no longer able” to help.", "Pacific Crest Mutual"),
        ("The Estate Agents Regulator of Victoria said it had “strengthened audit requirements”.", "Estate Agents Regulator of Victoria"),
    ],
)
def test_a_letter_from_a_body_and_a_regulator_of_a_place_speak_for_the_body(sentence: str, speaker: str) -> None:
    found = quotes("Maria Montoya-Ruiz lost her cover.", sentence)
    assert [name for _text, name, _kind in found] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The candidate of the PPA, Alhaji Ibrahim Tanko Olawoyin, has said his party will “neither rig nor allow anybody to rig”.", "Ibrahim Tanko Olawoyin"),
        ("Opposition MPA Shaista Durrani branded the response “too little, too late”.", "Shaista Durrani"),
        ("It is a sweeping story that her publisher, Harcastle Press, has called “the novel of the year”.", "Harcastle Press"),
    ],
)
def test_a_name_set_off_before_has_said_and_a_pakistani_mpa_speak(sentence: str, speaker: str) -> None:
    assert [name for _text, name, _kind in quotes(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Another speaker, who identified himself as Ray Dunaway of Marietta, said: “I want to see the ballots.”", "Ray Dunaway"),
        ("One woman, who gave her name only as Maria, said: “We are scared.”", "Maria"),
        ("A bus driver at the park, who identified himself simply as Kunle, said drivers were not to blame. “We buy fuel at N1,150.”", "Kunle"),
        ("Back at Ojota, a woman selling groundnuts, who gave her name only as Mama Tobi, shook her head. “We are only managing,” she said.", "Tobi"),
        ("Shanice Williams, a nurse, spoke first. Among the onlookers was a woman whose father waited 14 hours. “Nobody there was lazy,” she said, declining to give her name.", None),
    ],
)
def test_someone_unnamed_who_gives_a_name_speaks_under_it_and_one_who_gives_none_under_none(paragraph: str, speaker: str | None) -> None:
    assert quotes(paragraph)[-1][1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("On Tuesday evening, the Cedar Island Ferry Riders group posted on Facebook: “5:20 cancelled AGAIN.”", "Cedar Island Ferry Riders"),
        ("The Craven Young Farmers club, which has lost members, said in a post that farmers were ‘being priced out’.", "Craven Young Farmers"),
        ("A spokesperson for the regional gas distributor, Kharkivgaz-Skhid, said repairs were “impossible” for now.", "Kharkivgaz-Skhid"),
        ("According to a forensic report by Mokoena Naidoo Forensics, seen by Daily Maverick, the contract was “irregular from inception”.", "Mokoena Naidoo Forensics"),
    ],
)
def test_a_name_before_group_and_a_forensics_firm_are_bodies_that_speak(paragraph: str, speaker: str) -> None:
    assert [name for _text, name, _kind in quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rachel Oyelaran, the MP for Leeds North East, has urged the government to ‘act now’.",
        "Dr Helen Achterberg, the MP for Wexcombe who chairs the group, told i: ‘This is not about a lack of dentists.’",
    ],
)
def test_a_name_then_its_role_with_a_place_set_off_is_the_subject(sentence: str) -> None:
    [(_text, speaker, _kind)] = quotes(sentence)
    assert speaker is not None and speaker.endswith(("Oyelaran", "Achterberg"))


def test_a_nickname_introduced_by_a_colon_is_a_scare_quote_and_a_quote_after_a_name_and_colon_is_not() -> None:
    found = quotes(
        "Coun. Ravi Chandrasekar wrote on X: “Another delay.”",
        "Along the route, the line has earned a nickname among residents: “the Never-Ending Line.” Its name: “Line 5”.",
    )
    assert found == [("Another delay.", "Ravi Chandrasekar", "direct"), ("the Never-Ending Line.", None, "scare"), ("Line 5", None, "scare")]


def test_a_who_clause_of_someone_unnamed_is_nobodys() -> None:
    found = quotes(
        "Aoife Ní Mhurchú spoke first.",
        "Ní Mhurchú read from a letter she said she had received from a mother in Ballymorris, who wrote that her son “thinks a hotel corridor is home”.",
    )
    assert found == [("thinks a hotel corridor is home", None, "partial")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("An AFC scout described Delane as “a rare athlete with a one-move problem.”", None),
        ("The film was described by jury president Dalia Mostafa Fahmy as “a tender, fearless portrait”.", "Dalia Mostafa Fahmy"),
    ],
)
def test_the_name_after_described_is_its_object_but_after_described_by_its_judge(sentence: str, speaker: str | None) -> None:
    found = quotes("Jordan Delane, 21, had 14 sacks.", sentence)
    assert found[-1][1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The lead negotiator on the file, Spanish Socialist MEP María José Sánchez Ortega, accused governments of “hiding behind lobbies.”", "María José Sánchez Ortega"),
        ("The head of the Tajik delegation, Deputy Energy and Water Resources Minister Rustam Nazarov, accused Bishkek of “holding farmers hostage”.", "Rustam Nazarov"),
        ("The strike was called by the CGT-Cheminots union, which describes the reform as “an attack on the profession,” and has widened.", "CGT-Cheminots"),
    ],
)
def test_a_name_set_off_after_its_title_and_a_union_before_which_speak(sentence: str, speaker: str) -> None:
    assert [name for _text, name, _kind in quotes(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The European Commission’s trade directorate has concluded that makers sold at prices “significantly below” value.", "European Commission"),
        ("The National Weather Service’s Oxnard office said that rainfall was “more than enough to trigger debris flows”.", "National Weather Service"),
        ("Calabria's regional president, Giorgio Rinaldi – no relation to the minister – said the south would “not accept” it.", "Giorgio Rinaldi"),
    ],
)
def test_a_bodys_directorate_and_a_name_before_an_aside_between_dashes_speak(sentence: str, speaker: str) -> None:
    assert [name for _text, name, _kind in quotes(sentence)] == [speaker]


def test_a_minority_leader_is_a_role_and_no_person() -> None:
    analysis = run(
        "Addressing journalists, the Minority Leader, Alhaji Abdul-Rahman Issahaku, described the levy as “daylight robbery” and said his side would “resist it”."
    )
    assert [e.name for e in analysis.entities] == ["Abdul-Rahman Issahaku"]
    assert [q.speaker_id for q in analysis.quotes] == [analysis.entities[0].id] * 2


def test_a_name_shown_speaking_is_read_within_its_sentence_and_a_place_before_who_is_no_speaker() -> None:
    found = quotes(
        "The council leader, Jonathan Hale, who championed the scheme when it launched, abstained.",
        "Priya Raghunathan, the cabinet member for transport, said the decision was hard. ‘We set out to make these streets safer, and we did.’",
        "A nurse waiting for a bus at Euston, who did not want to be named, said she would leave at 5am. ‘Nobody can do a blood test over Zoom.’",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Priya Raghunathan", None]


def test_notified_reports_what_the_body_said() -> None:
    found = quotes("Last month, the Ostrander Foundation, which provides a third of the budget, notified project leaders that it was “pausing all new disbursements”.")
    assert found == [("pausing all new disbursements", "Ostrander Foundation", "partial")]


def test_a_name_after_said_and_an_unnamed_she_is_in_her_clause_and_no_speaker() -> None:
    found = quotes(
        "Lamar Dubose spoke at the rally.",
        "Another attendee, who declined to give her name, said she was backing Dubose “because he answers his phone.”",
    )
    assert found == [("because he answers his phone.", None, "partial")]


def test_a_generations_suffix_is_no_surname() -> None:
    found = quotes("James R. Knight Jr., the mayor, opened the plant. “It is the biggest thing to happen here,” said Mr. Knight.")
    assert found == [("It is the biggest thing to happen here,", "James R. Knight Jr.", "direct")]


def test_an_object_pronoun_gives_no_gender_and_chief_executive_is_a_title() -> None:
    found = quotes(
        "Aoife Brennan described him as ‘the heart of the harbour’. ‘Des would do anything for anyone,’ she said.",
        "“We are disciplined,” Chief Executive Helena Strand said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Aoife Brennan", "Aoife Brennan", "Helena Strand"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The foreign minister, Péter Szijjártó, said the deal was “a mistake”.", "Péter Szijjártó"),
        ("Her colleague, the anesthesiologist Dmytro Koval, said the unit was full. “She sleeps here,” he said.", "Dmytro Koval"),
        ("Jack Law, chief executive of Alcohol Focus Scotland, said it was “ill-advised”.", "Jack Law"),
    ],
)
def test_a_person_named_in_an_appositive_or_with_accents_speaks(paragraph: str, speaker: str) -> None:
    assert [found for _text, found, _kind in quotes(paragraph)] == [speaker]


@pytest.mark.parametrize("first_name", ["José", "Zoë", "Chloé"])
def test_a_first_name_with_accents_said_alone_is_a_person(first_name: str) -> None:
    """Called by the first name alone, as sports and family stories do: a person, not a body
    such as "Unilever said"."""
    analysis = run(f"“We won the cup,” {first_name} said after the match.")
    [entity] = analysis.entities
    assert (entity.name, entity.type) == (first_name, "person")
    assert analysis.quotes[0].speaker_id == entity.id


def test_an_honorific_surname_two_relatives_share_is_the_one_named_last() -> None:
    found = quotes(
        "Margaret Finch, from Kettlewell, was taken to hospital in January. Her daughter, Sarah Finch, said her mother had been “treated like a parcel”.",
        "“Mum was left on a trolley for two nights,” Ms Finch said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Sarah Finch", "Sarah Finch"]


def test_an_office_before_a_surname_two_people_share_is_the_one_first_named_in_full() -> None:
    found = quotes(
        "Mr Trump asked Ukraine to investigate Joe Biden. Hunter Biden had a seat on the board.",
        "“There was no wrongdoing,” Vice President Biden said at the time.",
    )
    assert found == [("There was no wrongdoing,", "Joe Biden", "direct")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her book, “Rooms for Reading”, published in 1989, remains a set text.",
        "His latest album, “Night Trains,” is out now.",
        "The team’s paper, “Persistence of a presumed-extinct torrent frog in the Wet Tropics”, was published on Tuesday.",
    ],
)
def test_a_title_set_off_by_commas_after_a_word_for_a_work_is_no_speech(sentence: str) -> None:
    found = quotes("Dr Lily Tran found the frog. “I swore,” she said.", sentence)
    assert [kind for _text, _speaker, kind in found[1:]] == ["scare"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Margaret Lowe, 74, told the paper, “I haven’t seen my sister in months.”", "Margaret Lowe"),
        ("Toni Morrison said in an essay, “The function of freedom is to free someone else.”", "Toni Morrison"),
        ("Jo Hart told the podcast, “We never planned any of it.”", "Jo Hart"),
    ],
)
def test_a_work_that_carries_someones_words_is_no_title_of_them(sentence: str, speaker: str) -> None:
    assert quotes(sentence)[0][1:] == (speaker, "direct")


def test_a_title_with_its_year_after_it_is_a_work_not_the_writers_words() -> None:
    found = quotes(
        "“He was right,” Derek Harwood recalled.",
        "Fennimore-Blake also wrote “The Wicketkeeper’s Art” (1974) and “Grace Under Pressure” (1985), a life of Walter Pennington.",
    )
    assert found[1:] == [("The Wicketkeeper’s Art", None, "scare"), ("Grace Under Pressure", None, "scare")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("A spokesman for Parcelink, which runs the branch, said the decision was “commercial, not personal”.", "Parcelink"),
        ("A spokeswoman for the Foreign Office said the talks were “constructive”.", "Foreign Office"),
        ("A spokesman for Tony Blair said the claims were “nonsense”.", None),  # a person's spokesman is not the person
    ],
)
def test_a_body_speaks_through_its_spokesperson_named_before_the_verb(paragraph: str, speaker: str | None) -> None:
    assert [found for _text, found, _kind in quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("Demand in China has been “softer than anyone hoped”, according to a note from consultancy Petrolink Asia.",),
            [("softer than anyone hoped", "Petrolink Asia", "partial")],
        ),
        (
            ("The sequel is “in early development”, according to Variety.",),
            [("in early development", "Variety", "partial")],
        ),
        (
            ("The Kansas Library Association praised the decision.", "“Librarians are trained professionals,” the group said in a statement."),
            [("Librarians are trained professionals,", "Kansas Library Association", "direct")],
        ),
    ],
)
def test_a_source_named_after_according_to_or_as_the_group(paragraphs: tuple[str, ...], expected: list[tuple[str, str, str]]) -> None:
    assert quotes(*paragraphs) == expected


@pytest.mark.parametrize("dateline", ["ACCRA (Reuters) -", "TOPEKA, Kan. (AP) —", "ACCRA —"])
def test_a_wire_storys_dateline_is_a_place_and_no_speaker(dateline: str) -> None:
    analysis = run(f"{dateline} The Bank of Ghana held its rate on Monday, saying the fight against inflation was “not over”.")
    names = {e.id: (e.name, e.type) for e in analysis.entities}
    assert names[analysis.entities[0].id][1] == "place"
    assert [names.get(q.speaker_id) for q in analysis.quotes] == [("Bank of Ghana", "organization")]


@pytest.mark.parametrize(
    ("full_name", "called"),
    [("Han Seung-min", "Mr. Han"), ("Xi Jinping", "Mr Xi"), ("Nguyen Van An", "Mr Nguyen"), ("Lee Anderson", "Mr Anderson")],
)
def test_a_family_name_written_first_is_the_one_a_title_takes(full_name: str, called: str) -> None:
    found = quotes(f"Prosecutors questioned {full_name} on Thursday.", f"“It is a hunt,” {called} said.")
    assert found == [("It is a hunt,", full_name, "direct")]


def test_a_family_name_between_an_english_and_a_chinese_given_name_is_the_one_a_surname_alone_means() -> None:
    found = quotes(
        "Chan Mei-ling, 46, lives with her two children. “Where do we go?” Chan said.",
        "Secretary for Housing Ada Chan Wing-see rejected suggestions that the government had been caught off guard.",
        "Asked about the evictions, Chan said: “I don’t accept that.”",
    )
    assert [name for _text, name, _kind in found] == ["Chan Mei-ling", "Ada Chan Wing-see"]


@pytest.mark.parametrize("given_name", ["Sammy", "Ada"])
def test_the_family_name_between_two_given_names_needs_no_known_english_given_name(given_name: str) -> None:
    found = quotes(
        f"{given_name} Lau Chi-keung, a sales director at Homeway Property, said his branch had 400 inquiries.",
        "“The phones have not stopped,” Lau said.",
    )
    assert found == [("The phones have not stopped,", f"{given_name} Lau Chi-keung", "direct")]


def test_a_nickname_given_to_it_or_him_is_no_speech_but_called_it_is() -> None:
    assert quotes(
        "Kestrel Logistics said the scheme would create 900 jobs. But residents, who nicknamed it “the monster”, said it would tower over homes.",
        "Fans dubbed him “the Wall” after the final.",
        "Ms Berg called it “an insult”.",
    ) == [("the monster", None, "scare"), ("the Wall", None, "scare"), ("an insult", "Berg", "partial")]


def test_the_first_of_two_surnames_alone_is_the_person() -> None:
    found = quotes(
        "Congress censured Interior Minister Gustavo Quispe Huamán on Thursday.",
        "Quispe, who had been in the post for five months, called the vote “political theatre”.",
    )
    assert found == [("political theatre", "Gustavo Quispe Huamán", "partial")]


@pytest.mark.parametrize("full_name", ["Lucas Ferreira da Costa", "Alex de Minaur", "Fritz Eckart von Weizsäcker"])
def test_a_name_with_a_particle_inside_is_a_persons(full_name: str) -> None:
    analysis = run(f"{full_name} finished fifth.", f"{full_name.split(' ', 1)[1]} called the decision “a disaster”.")
    assert [(e.name, e.type) for e in analysis.entities] == [(full_name, "person")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_the_first_surname_of_a_titled_person_whose_first_name_is_not_a_known_one_is_the_person() -> None:
    found = quotes(
        "Interior Minister Carolina Echeverría Soto said the fire spread fast.",
        "“We are facing a tragedy,” Echeverría told reporters.",
    )
    assert found == [("We are facing a tragedy,", "Carolina Echeverría Soto", "direct")]


@pytest.mark.parametrize(
    ("full_name", "called"),
    [("Andrés Felipe Gaviria Restrepo", "Gaviria"), ("Jordi Puigvert i Serra", "Puigvert"), ("José Ortega y Gasset", "Ortega")],
)
def test_the_first_surname_of_two_given_names_or_joined_surnames_is_the_person(full_name: str, called: str) -> None:
    found = quotes(f"The plan was announced by {full_name} on Tuesday.", f"{called} said the country faced “a real risk of shortages”.")
    assert found == [("a real risk of shortages", full_name, "partial")]
    assert [e.name for e in run(f"The plan was announced by {full_name} on Tuesday.").entities] == [full_name]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Health and Social Care Secretary Wes Streeting said the plan was “bold”.", "Wes Streeting", "Health and Social Care Secretary"),
        ("Mines and Energy Minister Ana Pérez said the plan was “bold”.", "Ana Pérez", "Mines and Energy Minister"),
        ("Tesco Chief Executive Ken Murphy said the plan was “bold”.", "Ken Murphy", "Tesco Chief Executive"),
        ("Chief Whip Alan Campbell said the plan was “bold”.", "Alan Campbell", "Chief Whip"),
    ],
)
def test_an_office_of_two_words_or_two_portfolios_is_the_role_of_the_person_after_it(sentence: str, name: str, role: str) -> None:
    analysis = run(sentence)
    assert [(e.name, e.type, e.role) for e in analysis.entities] == [(name, "person", role)]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize(
    ("sentence", "role", "body"),
    [
        ("“It works,” said Omar Al Mazrouei, Chief Executive Officer of Sahra Logistics.", "Chief Executive Officer of Sahra Logistics", "Sahra Logistics"),
        ("Omar Al Mazrouei, Managing Director of Acme Holdings, said it was “a new chapter”.", "Managing Director of Acme Holdings", "Acme Holdings"),
        ("Omar Al Mazrouei, Chief Operating Officer, said the drones were “safe”.", "Chief Operating Officer", None),
        ("Omar Al Mazrouei, CEO, said the drones were “safe”.", "CEO", None),
        ("Priya Menon, Senior Analyst, Kochi Commodity Research, said demand had been “resilient”.", "Senior Analyst", "Kochi Commodity Research"),
    ],
)
def test_a_job_title_capitalised_after_a_name_is_the_persons_role_and_no_entity(sentence: str, role: str, body: str | None) -> None:
    analysis = run(sentence)
    person = analysis.entities[0].name
    assert [(e.name, e.type, e.role) for e in analysis.entities if e.type != "organization"] == [(person, "person", role)]
    assert [e.name for e in analysis.entities if e.type == "organization"] == ([body] if body else [])
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_an_office_of_two_portfolios_named_alone_is_no_entity_but_a_person_before_and_is_one() -> None:
    assert [e.name for e in run("The Mines and Energy Minister, Ana Pérez, said it was “bold”.").entities] == ["Ana Pérez"]
    assert [(e.name, e.role) for e in run("Angela Rayner and Housing Minister Matthew Pennycook spoke.").entities] == [
        ("Angela Rayner", None),
        ("Matthew Pennycook", "Housing Minister"),
    ]


def test_a_live_blog_entry_opens_a_sentence_after_its_time() -> None:
    analysis = run("09:41 The Hellenic Seismological Institute says aftershocks are “highly likely” over the coming days.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Hellenic Seismological Institute", "organization")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_a_quote_an_unnamed_reader_emails_is_nobodys() -> None:
    found = quotes(
        "13.40 GMT The Institute for Fiscal Policy has reacted. “No savings were explained,” its director, Gemma Holt, said.",
        "13.52 GMT A reader emails: “Will the freeze apply to red diesel too?” We are checking.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Gemma Holt", None]


@pytest.mark.parametrize(
    ("name", "pronoun"),
    [("Sergio Paredes", "he"), ("Johanna Wieczorek", "she"), ("Cécile Arnaud", "she"), ("Kwame Mensah", "he"),
     ("Naoko Fujisawa", "she"), ("Jalen Brooks", "he"), ("Anastasia Volkova", "she"), ("Hamza Iqbal", "he")],
)
def test_people_with_first_names_from_many_languages_speak_through_pronouns(name: str, pronoun: str) -> None:
    """News names people of every origin: their first names make them people, and tell "she"
    from "he", without a title."""
    found = quotes(
        f"Daniel Ross opened the meeting. Later, {name}, who led the talks, spoke to reporters.",
        f"“We are close to a deal,” {pronoun} said.",
    )
    assert found == [("We are close to a deal,", name, "direct")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The plan was described as “reckless” by opposition leader Tom Hill.", "Tom Hill"),
        ("The plan, branded “a disaster” by Tom Hill, was dropped.", "Tom Hill"),
        ("The plan was hailed as “a great step forward” by the mayor, Sadiq Khan.", "Sadiq Khan"),
        ("The plan was described as “reckless” by critics of the mayor, Sadiq Khan.", None),
        ("In the words of Tom Hill, it was “a victory for common sense”.", "Tom Hill"),
        ("It was, in the words of Tom Hill, “a victory for common sense”.", "Tom Hill"),
    ],
)
def test_a_fragment_judged_in_the_passive_or_in_someones_words_is_theirs(sentence: str, speaker: str | None) -> None:
    [(_text, found, kind)] = quotes(sentence)
    assert (found, kind) == (speaker, "partial")


def test_a_fragment_in_a_sentence_opening_with_according_to_is_the_sources() -> None:
    found = quotes(
        "Mariners manager Dan Okafor kept the rookie out of the eighth.",
        "According to Okafor, the rookie has been “the best pitcher in camp” since February.",
        "According to Live Nation, the band will play “Listen To The Music” and “China Grove.”",
    )
    assert found == [
        ("the best pitcher in camp", "Dan Okafor", "partial"),
        ("Listen To The Music", None, "scare"),
        ("China Grove.", None, "scare"),
    ]


def test_a_full_name_with_an_age_set_off_after_it_is_a_persons() -> None:
    """"Eirlys Pugh, 79,": a person, though no list knows the first name, and "she" stands for her."""
    found = quotes("Eirlys Pugh, 79, has used the bus twice a week for 30 years.", "“I don’t drive, I never have,” she said.")
    assert found == [("I don’t drive, I never have,", "Eirlys Pugh", "direct")]


def test_he_after_someone_unnamed_shown_speaking_in_the_paragraph_is_nobody() -> None:
    found = quotes(
        "Governor Bambang Purnomo said the bank had “ample room” to support growth.",
        "One currency trader at a Jakarta bank, who asked not to be identified, said lenders had been selling dollars. "
        "“It’s a soft defense, not a wall,” he said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Bambang Purnomo", None]


@pytest.mark.parametrize("someone", ["One tenant", "A patient", "One motorist", "A homeowner"])
def test_she_after_a_tenant_or_a_patient_shown_speaking_unnamed_is_nobody(someone: str) -> None:
    found = quotes(
        "District Judge Miriam Bamidele fined him.",
        f"{someone}, a mother of two who asked not to be named, told the Guardian she had complained “at least 30 times”.",
        "“Nobody ever came,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == [None, None]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Speaking on the show, “We are going to win this,” said Maria Lopez, the team captain.", "Maria Lopez"),
        ("Asked about the film, “Nobody expected it,” director Tom Hardy said.", "Tom Hardy"),
    ],
)
def test_a_quote_after_a_word_for_a_work_and_a_comma_is_speech_when_a_verb_follows(paragraph: str, speaker: str) -> None:
    assert [(found, kind) for _text, found, kind in quotes(paragraph)] == [(speaker, "direct")]


def test_a_bare_surname_is_its_bearers_before_someone_whose_middle_name_it_is() -> None:
    found = quotes("Ellen Johnson Sirleaf met Prime Minister Boris Johnson in London.", "“We agreed on trade,” Johnson said.")
    assert found == [("We agreed on trade,", "Boris Johnson", "direct")]


def test_an_organisation_opening_a_paragraph_before_a_dash_is_no_dateline() -> None:
    analysis = run("UNICEF - the UN children's agency - said 300 children had died. “It is a catastrophe,” UNICEF said.")
    assert [(e.name, e.type) for e in analysis.entities][0] == ("UNICEF", "organization")


def test_a_speaker_described_then_who_speaks() -> None:
    found = quotes("Officials objected, including Bruce Blakeman, the county executive, who called it “an assault on home rule.”")
    assert found == [("an assault on home rule.", "Bruce Blakeman", "partial")]


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "Arran Ferry Action Group"), ("he", None)])
def test_she_after_a_spokeswoman_for_a_body_said_is_the_body_not_the_woman_named_before(pronoun: str, speaker: str | None) -> None:
    found = quotes(
        "Labour leader Kirsty Douglas said islanders had been ‘abandoned’.",
        "Outside the chamber, a spokeswoman for the Arran Ferry Action Group said the community had lost faith.",
        f"‘Every delay costs businesses here thousands of pounds,’ {pronoun} said.",
    )
    assert found[-1] == ("Every delay costs businesses here thousands of pounds,", speaker, "direct")


def test_she_after_a_spokesperson_of_no_gender_is_not_the_body_past_a_sentence_opening_with_she() -> None:
    found = quotes(
        "Graciela Montoya, 71, has painted murals in Boyle Heights for five decades.",
        "Montoya said she hears that worry. “I’m not painting for the people who are coming,” she said.",
        "The project is funded by the city’s Department of Cultural Affairs. A department spokesperson said the agency was “proud to support a living legend.”",
        "She expects to finish by the end of the month, weather and knees permitting.",
        "“The knees are the real client,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Graciela Montoya", "Department of Cultural Affairs", "Graciela Montoya"]


@pytest.mark.parametrize("between", [[], ["The group has received more than 200 complaints about the timetable."]])
def test_she_after_a_spokesperson_of_no_gender_is_the_body(between: list[str]) -> None:
    found = quotes(
        "Labour leader Kirsty Douglas said islanders had been ‘abandoned’.",
        "Outside the chamber, a spokesperson for the Arran Ferry Action Group said the community had lost faith.",
        *between,
        "‘Every delay costs businesses here thousands of pounds,’ she said.",
    )
    assert found[-1] == ("Every delay costs businesses here thousands of pounds,", "Arran Ferry Action Group", "direct")


def test_a_bare_surname_two_people_bear_is_the_one_named_last_before_it() -> None:
    found = quotes(
        "Darragh Fitzgerald hit the winning point.",
        "Cian Fitzgerald, who was named man of the match, said his brother had been ‘giving out’ to him. "
        "‘He told me I was hurling like a man with a sore back,’ the elder Fitzgerald said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Cian Fitzgerald", "Cian Fitzgerald"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("A Bench of Justices Meenakshi Raghavan and Arvind Deshpande issued notice.", "Justice Raghavan was not persuaded. “It is not notice,” she remarked."),
            [("It is not notice,", "Meenakshi Raghavan", "direct")],
        ),
        (("“We will not raise our hands,” party leader MK Shmuel Gafni-Rothstein said.",), [("We will not raise our hands,", "Shmuel Gafni-Rothstein", "direct")]),
        (("Parent Jennifer Reyes spoke last. “You're asking a lot,” she said.",), [("You're asking a lot,", "Jennifer Reyes", "direct")]),
        (("Anchor Rebecca Sloane pressed him. “Why discount?” she asked.",), [("Why discount?", "Rebecca Sloane", "direct")]),
    ],
)
def test_titles_of_benches_parliaments_and_parents_before_a_name(paragraphs: tuple[str, ...], expected: list[tuple[str, str, str]]) -> None:
    assert quotes(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The bank’s Monetary Policy Committee (Copom) said the outlook required “greater caution”.",
            [("greater caution", "Monetary Policy Committee", "partial")],
        ),
        ("“It is unworkable,” Gov. Lauren Whitfield (D-Ore.) said.", [("It is unworkable,", "Lauren Whitfield", "direct")]),
        (
            "Economist João Pedro Ferraz of the Instituto Paulista de Economia said higher rates would “hit families first”.",
            [("hit families first", "João Pedro Ferraz", "partial")],
        ),
    ],
)
def test_a_bracket_or_a_body_in_its_own_language_between_speaker_and_verb(paragraph: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes(paragraph) == expected


def test_according_to_a_statement_issued_by_a_body_names_the_body() -> None:
    found = quotes("The disinflation is “impressive but still fragile”, according to a statement issued last week by the IMF, which is negotiating.")
    assert found == [("impressive but still fragile", "IMF", "partial")]


@pytest.mark.parametrize(
    ("full_name", "called"),
    [
        ("Siti Rahmah Osman", "Madam Siti"), ("Anthony O'Reilly", "Sir Anthony"), ("Nur Aisyah Rahman", "Ms Nur Aisyah"),
        ("Muhammad Haziq Rahman", "Mr Haziq"), ("Mohd Faizal Hamid", "Mr Faizal"),
    ],
)
def test_a_title_before_a_given_name_alone_is_the_one_person_of_that_given_name(full_name: str, called: str) -> None:
    found = quotes(f"{full_name}, 52, who runs a stall, was upbeat.", f"“We cannot stay the same forever,” said {called}.")
    assert found == [("We cannot stay the same forever,", full_name, "direct")]


@pytest.mark.parametrize(
    ("full_name", "called"),
    [
        ("Che Minah Ismail", "Che Minah"), ("Kenny Wong Kah Leong", "Kenny Wong"), ("Ana Lucía Ferreyra Quintana", "Ana Lucía"),
        ("Mohd Rizal Abdul Hamid", "Mohd Rizal"),
    ],
)
def test_the_first_words_of_one_persons_longer_name_are_that_person(full_name: str, called: str) -> None:
    found = quotes(f"{full_name}, 67, said the water came at night.", f"“It is the speed that frightens me,” said {called}.")
    assert found == [("It is the speed that frightens me,", full_name, "direct")]
    places = run("The Abu Dhabi Securities Exchange said it would open later. Shares fell in Abu Dhabi.").entities
    assert len(places) == 2


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Councilmembers Dean Pruett and Lorraine Esparza voted against it. Pruett said he backed conservation.", "“Agriculture built this town,” he said."], "Dean Pruett"),
        (["Det Garda Siobhán Collery told the court about the thefts.", "“He told gardaí he was ashamed,” Det Garda Collery said."], "Siobhán Collery"),
        (["Defence barrister Niamh Costigan BL said her client had repaid it all.", "“He has lost his good name,” Ms Costigan said."], "Niamh Costigan"),
        (["In Owo’s main market, trader Mama Folake Akinwumi said many people dried cassava on open ground.", "“Where we go put am?” she said."], "Folake Akinwumi"),
    ],
)
def test_titles_of_several_ranks_letters_and_honorifics_are_no_part_of_a_name(paragraphs: list[str], speaker: str) -> None:
    assert quotes(*paragraphs)[-1][1] == speaker


def test_the_given_name_after_muhammad_needs_a_title() -> None:
    found = quotes("Mohammed Ali Khan, 41, fled the city. His son Ali, 12, sat beside him.", "“I want to go to school,” Ali said.")
    assert found == [("I want to go to school,", "Ali", "direct")]


@pytest.mark.parametrize("description", ["the centre-back", "the forward", "the veteran", "the goalkeeper", "the pacer", "the fly-half"])
def test_a_players_position_or_a_description_stands_for_the_one_person_named_before(description: str) -> None:
    found = quotes(
        "Club captain Ben Thornhill, asked whether the squad needed reinforcements, chose his words carefully.",
        f"“The gaffer knows what he wants,” {description} said.",
    )
    assert found == [("The gaffer knows what he wants,", "Ben Thornhill", "direct")]


@pytest.mark.parametrize("description", ["the former Scotland international", "the Scotland international", "the ex-Celtic striker"])
def test_a_player_described_by_country_or_club_is_the_one_named_before(description: str) -> None:
    found = quotes("Callum Dunmore scored late.", f"Dunmore was understated. “It was just a good ball from Jamie,” said {description}.")
    assert [speaker for _text, speaker, _kind in found] == ["Callum Dunmore"]


def test_the_spokesperson_is_the_body_named_before_the_quote_not_one_named_inside_it() -> None:
    found = quotes(
        "A Department of Homeland Security spokesperson pushed back, saying the department “continues to enforce the law”.",
        "“If Republicans want more detention beds, they can vote for the funding,” the spokesperson added.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Department of Homeland Security"] * 2


def test_the_spokesperson_is_the_body_the_last_spokesperson_spoke_for_not_a_newspaper_asking() -> None:
    found = quotes(
        "Harrow Vale Housing Group has apologised to the family.",
        "A spokesperson said: “We are very sorry.”",
        "When The Star asked why the mould kept returning, the spokesperson said surveyors had found “a defect in the insulation”.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Harrow Vale Housing Group"] * 2


def test_a_relation_set_off_before_a_name_makes_a_person_with_its_gender() -> None:
    found = quotes(
        "Rami al-Khatib is still waiting. His wife, Hanan al-Khatib, received her license last year.",
        "“It is harder than the exam I took in Damascus,” she said.",
        "Her partner, Dean, said their dog had ‘not stopped shaking since’.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Hanan al-Khatib", "Dean"]


@pytest.mark.parametrize(
    ("woman", "man"),
    [("Sapna Kulkarni", "Pranav Deshpande"), ("Teresita Magbanua", "Arief Wibowo"), ("Thandiwe Ncube", "Wiremu Tane"), ("Siobhan Walsh", "Séamus Ó Conghaile")],
)
def test_first_names_of_many_languages_make_people_and_tell_she_from_he(woman: str, man: str) -> None:
    found = quotes(f"{woman} met {man} at the depot.", "“The buses are late again,” she said.", "“We will fix it,” he said.")
    assert found == [("The buses are late again,", woman, "direct"), ("We will fix it,", man, "direct")]


def test_a_label_before_a_colon_that_names_nobody_leaves_the_quote_to_the_name_after_it() -> None:
    found = quotes(
        "Gov. Lauren Whitfield is leading the effort.",
        "What they’re saying: “Innovation doesn’t stop at the state line,” Whitfield told Axios.",
        "A spokesman said: “We will appeal.”",
        "Gov. Travis Coombs, in a statement: “Utah will not wait for Washington.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Lauren Whitfield", None, "Travis Coombs"]


def test_he_said_opening_the_paragraph_after_an_unnamed_speaker_is_nobodys() -> None:
    found = quotes(
        "Her husband, Petro Moroz, ran outside with a fire extinguisher.",
        "A drone operator with the 92nd Brigade, who goes by the call sign “Shaman” and could not be named, said the drones came every night.",
        "“They come in low along the river, every night, same route,” he said.",
    )
    assert found == [("Shaman", None, "scare"), ("They come in low along the river, every night, same route,", None, "direct")]


def test_a_quote_in_single_curly_marks_left_open_at_a_paragraphs_end_runs_on_into_the_next() -> None:
    found = quotes(
        "‘These are not people looking for a label,’ Dr Priya Raman said. ‘They are people who have struggled for decades.",
        "‘When they finally get a diagnosis, the difference can be enormous.’",
    )
    assert found == [
        ("These are not people looking for a label,", "Priya Raman", "direct"),
        ("They are people who have struggled for decades.", "Priya Raman", "direct"),
        ("When they finally get a diagnosis, the difference can be enormous.", "Priya Raman", "direct"),
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("“Stay away from the fire,” said Butte Ridge County Supervisor Alicia Fernández.", "Alicia Fernández", "Butte Ridge County Supervisor"),
        ("Water Resources Agency Deputy Director-General Lin Wen-hsiung said: “We will ration.”", "Lin Wen-hsiung", "Water Resources Agency Deputy Director-General"),
        ("NATO Secretary-General Mark Rutte said it was “fine”.", "Mark Rutte", "NATO Secretary-General"),
    ],
)
def test_hyphenated_offices_and_supervisors_are_titles_before_a_name(sentence: str, name: str, role: str) -> None:
    analysis = run(sentence)
    people = [(e.name, e.role) for e in analysis.entities if e.type == "person"]
    assert people == [(name, role)]
    assert analysis.entity(analysis.quotes[0].speaker_id).name == name


def test_a_body_spokesperson_named_in_an_appositive_speaks_by_name() -> None:
    found = quotes("A White House spokesperson, Jared Okonkwo, said in a statement that the president “has full confidence in his team”.")
    assert found == [("has full confidence in his team", "Jared Okonkwo", "partial")]


def test_a_role_set_off_by_a_description_and_a_name_is_the_one_named_not_the_last_speaker() -> None:
    found = quotes(
        "Maialen Etxeberria won the Golden Shell. “It is for all of them,” she said.",
        "The jury president, the Danish actor Mads Kjeldsen, called the film “patient, furious and very funny”.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Maialen Etxeberria", "Mads Kjeldsen"]


def test_the_minister_is_the_one_named_before_though_another_minister_is_named_later() -> None:
    found = quotes(
        "Caoimhe Ní Bhriain said the settlement was “simply not enough”.",
        "Speaking to BBC News NI, the minister said: “Every department has been asked to look at what it can stop doing.”",
        "She added that health would be “protected as far as possible”.",
        "Health Minister Robin Gilmore said he had not been told.",
    )
    assert {speaker for _text, speaker, _kind in found} == {"Caoimhe Ní Bhriain"}


def test_the_senator_after_an_unnamed_senator_spoke_is_nobody_named() -> None:
    found = quotes(
        "A White House spokesperson, Jared Okonkwo, said the talks were “going well”.",
        "One Democratic senator involved in the talks said the episode had “not helped”. “Every White House has its factions,” the senator said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Jared Okonkwo", None, None]


def test_he_is_the_subject_after_an_opening_phrase_set_off_by_a_comma() -> None:
    found = quotes(
        "Civil Protection Minister Petros Vlachogiannis urged residents to comply “without delay”.",
        "In the village of Agia Anna, Kostas Lymberis, 73, refused to leave his home. “I have been here for 73 years,” he told Kathimerini.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Petros Vlachogiannis", "Kostas Lymberis"]


def test_a_legislator_of_a_party_is_a_person_whose_given_name_after_the_family_name_gives_her_gender() -> None:
    analysis = run(
        "Chinese Nationalist Party Legislator Chen Kuo-hua said the plan had “failed”.",
        "Democratic Progressive Party Legislator Tsai Yi-ting defended it. “We are not waiting for the rain,” she said.",
    )
    people = {e.name: (e.role, e.gender) for e in analysis.entities if e.type == "person"}
    assert people == {"Chen Kuo-hua": ("Chinese Nationalist Party Legislator", None), "Tsai Yi-ting": ("Democratic Progressive Party Legislator", "f")}
    assert [analysis.entity(q.speaker_id).name for q in analysis.quotes] == ["Chen Kuo-hua", "Tsai Yi-ting"]


def test_an_unnamed_speaker_before_a_colon_is_nobodys_not_the_last_speakers() -> None:
    found = quotes(
        "Elena Fabbri wrote on X that the coalition had become “a condominium”.",
        "One minister, speaking on condition of anonymity, was blunter: “Everyone is positioning for the elections.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Elena Fabbri", None]


def test_a_verb_without_its_own_subject_after_a_body_spokeswoman_named_is_hers_else_the_bodys() -> None:
    found = quotes(
        "Government spokeswoman Aurélie Mancel said the result would be “studied carefully”, but insisted that “a by-election is a by-election”.",
        "A Kremlin spokesman said the talks were “useful”, but insisted that “nothing is agreed”.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Aurélie Mancel", "Aurélie Mancel", "Kremlin", "Kremlin"]


def test_a_quote_in_double_marks_inside_one_in_single_marks_is_nested_and_its_speaker_the_one_its_verb_names() -> None:
    found = quotes(
        "Sione Havili admitted there had been hard days. ‘Claire Donnelly, our physio, said to me, “You’ll be back, but be patient,”’ he said.",
        "Ms Fiona Drummond told members: ‘My grandfather used to say to me, “Never trust a man who says he alone can fix it.” I think of that.’",
    )
    assert [(text[:20], speaker) for text, speaker, _kind in found] == [
        ("Claire Donnelly, our", "Sione Havili"),
        ("You’ll be back, but ", "Claire Donnelly"),
        ("My grandfather used ", "Fiona Drummond"),
        ("Never trust a man wh", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We are not against heat pumps,” said one senior EU diplomat.", None),
        ("“We object,” said a Juventus spokesman.", "Juventus"),
        ("“We object,” said a spokeswoman for the Foreign Office.", "Foreign Office"),
        ("“Collins used these substances,” said a CAS statement.", "CAS"),
    ],
)
def test_said_someone_unnamed_of_a_body_is_nobodys_but_its_spokesman_or_statement_is_the_bodys(sentence: str, speaker: str | None) -> None:
    assert [found_speaker for _text, found_speaker, _kind in quotes(sentence)] == [speaker]


def test_said_the_mayor_then_a_name_is_the_named_person_not_whom_the_mayor_seemed() -> None:
    found = quotes(
        "His wife, Sofia Lymberi, had already left. “I begged him to come,” she said.",
        "“We have been asking for years for more resources,” said the mayor, Georgios Tsoukalas.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Sofia Lymberi", "Georgios Tsoukalas"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Justice Harold Whitcomb said the Corps had stretched the meaning of “navigable waters” too far.",
        "The Istanbul Metropolitan Municipality runs a scheme under the slogan “Istanbul Renews,” which it says has worked.",
        "The café’s name, “Rajaton”, was chosen as a joke, Aino Lindholm said.",
        "The recall covers cookers with model numbers beginning with “HM6”, the agency said.",
        "Veridian has been marketing a product it calls “Veridian Pilot” that helps customers.",
        "Oakmere Partners invested. Its newest feature, which the company calls “Plate Cost,” reads invoices.",
        "The foundation says it has tried to answer that with what staff call “bridge grants,” final awards.",
        "Many pupils described what the study calls “revenge bedtime procrastination”, staying up late.",
        "According to the INDEC report, prices rose under the spending cuts known as the “chainsaw plan.”",
        "Rhodri Evans told the inquest the call had initially been categorised as “amber one”, meaning he was seriously unwell.",
        "Faith Chebet said she had been classified as “vulnerable” but still had to pay.",
    ],
)
def test_a_term_whose_meaning_a_slogan_a_name_or_a_code_in_marks_is_a_scare_quote(sentence: str) -> None:
    assert [(kind, speaker) for _text, speaker, kind in quotes(sentence)] == [("scare", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He was known to generations of pupils as “the teacher who made chemistry make sense,” said former student Aoife Nolan.",
        "Aoife Nolan said he was known to generations of pupils as “the teacher who made chemistry make sense”.",
    ],
)
def test_a_long_name_someone_says_another_is_known_by_is_their_words(sentence: str) -> None:
    assert quotes(sentence)[0][1:] == ("Aoife Nolan", "partial")


def test_a_name_it_is_known_by_is_a_scare_quote_however_long() -> None:
    found = quotes("The Ministry of Mines said it was “confident”. It has long been known as “the mine that’s always 10 years away.”")
    assert found[-1] == ("the mine that’s always 10 years away.", None, "scare")


def test_what_the_company_or_a_judge_calls_something_is_their_words_not_a_term() -> None:
    found = quotes(
        "Lumen Phones makes e-ink devices. It sells a phone with what the company calls “intentional friction.”",
        "Marlow Lettings was fined after what a judge called “a sustained and cynical disregard” for the law.",
        "Judge Miriam Bamidele said the firm had misled tenants.",
    )
    assert [(speaker, kind) for _text, speaker, kind in found] == [("Lumen Phones", "partial"), ("Miriam Bamidele", "partial")]


@pytest.mark.parametrize("tag", ["Lee shrugged.", "grinned Lee.", "Lee thought wryly.", "Anna Lee beamed.", "she grinned, “and it is not over.”"])
def test_a_bare_tag_after_a_quote_ending_with_a_comma_names_its_speaker_whatever_the_verb(tag: str) -> None:
    found = quotes("Tom Baker met reporters. Anna Lee spoke later.", f"“It has been a long week,” {tag}")
    assert {name for _text, name, _kind in found} == {"Anna Lee"}


@pytest.mark.parametrize("tag", ["Anna Lee was crowned.", "Lee’s mother sobbed."])
def test_a_verb_in_the_past_after_more_than_a_name_is_no_bare_tag(tag: str) -> None:
    found = quotes("Anna Lee spoke later. Tom Baker presented the trophy.", f"“Ladies and gentlemen, your new champion,” {tag}")
    assert [name for _text, name, _kind in found] != ["Anna Lee"]


@pytest.mark.parametrize("noun", ["veteran", "witness", "sprinter", "pensioner", "rookie"])
def test_a_role_word_the_article_gave_one_person_is_them(noun: str) -> None:
    found = quotes(f"Tom Baker met reporters. Anna Lee, a {noun} from Leeds, spoke first.", f"“It has been a long week,” the {noun} said.")
    assert [name for _text, name, _kind in found] == ["Anna Lee"]


@pytest.mark.parametrize("noun", ["resident", "publican", "referee", "diver", "carer", "academic"])
def test_the_noun_for_a_person_that_ends_like_no_agent_is_the_one_person_the_article_gave_it(noun: str) -> None:
    found = quotes(
        f"Tom Baker met reporters. Anna Lee, a {noun} from Leeds, spoke first.",
        f"“It has been a long week,” the {noun} said. The {noun} said the week had been “the worst yet”.",
    )
    assert [name for _text, name, _kind in found] == ["Anna Lee", "Anna Lee"]


@pytest.mark.parametrize("noun", ["leader", "novelist"])
def test_the_noun_after_someone_unnamed_introduced_by_it_is_them_not_the_one_named_before(noun: str) -> None:
    found = quotes(
        f"PMM {noun} Dr Tan Siew Ling quit on Monday. “I am done,” she said.",
        f"A senior PMM {noun}, who declined to be named, told The Straits Times that more would quit. “This is a split,” the {noun} said.",
    )
    assert [name for _text, name, _kind in found] == ["Tan Siew Ling", None]


@pytest.mark.parametrize(
    "unnamed",
    [
        "One Athens-based shipowner, who declined to be named,",
        "A waiter at a café near the port, who declined to give his name,",
        "Yes, but: An administration official, who spoke on condition of anonymity,",
    ],
)
def test_he_said_opening_the_next_paragraph_after_anyone_unnamed_set_off_by_who_is_nobodys(unnamed: str) -> None:
    found = quotes(
        "Captain Nikos Papadakis said the route was “still open”.",
        f"{unnamed} told Reuters his company had paid “well above the odds” for cover.",
        "“It is a calculation: the premium against the fuel,” he said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Nikos Papadakis", None, None]


def test_a_paragraph_opening_quote_after_a_paragraph_of_one_sentence_saying_who_addresses_the_crowd() -> None:
    found = quotes("“We won,” said Anna Berg.", "Back on stage, Rafael Nunes addresses the crowd directly.", "“I know some of you are waiting for the water.”")
    assert [speaker for _text, speaker, _kind in found] == ["Anna Berg", "Rafael Nunes"]


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Nomvula Dlamini, 63, a retired teacher, is near the front of the queue.", "Nomvula Dlamini"),
        ("The novel owes a great deal to her grandmother, Nneka Okonkwo, who raised her.", None),
        ("Her late mother, Nneka Okonkwo, had made her feelings clear.", None),
        ("Police arrested Daniel Price, 34, at the scene.", None),
        ("The victim has been named as Sarah Brown, 24.", None),
    ],
)
def test_a_quote_that_is_its_paragraph_is_the_person_opening_the_paragraph_before_but_not_kin_nor_an_object(
    introduction: str, speaker: str | None
) -> None:
    found = quotes("The water was cut off in March.", introduction, "“We queue at the tanker at five. If you come at seven, it’s finished.”")
    assert found[-1][1] == speaker


def test_he_after_the_one_testimony_came_from_is_him() -> None:
    found = quotes(
        'Gov. Wade Hollister said only that Texas would "keep the lights on".',
        "The most pointed testimony came from Hector Galindo, a rancher who drove six hours to speak.",
        '"At night my ranch looks like the sun," he told the committee.',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Wade Hollister", "Hector Galindo"]


def test_a_quote_with_no_attribution_after_he_says_is_his() -> None:
    found = quotes(
        "“We won,” said Anna Berg.",
        "Rafael Dimaculangan, 34, was injured in 2017. For two years afterward, he says, he rarely left his apartment.",
        "“I couldn't read more than a page without losing the thread.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Anna Berg", "Rafael Dimaculangan"]


@pytest.mark.parametrize("verb", ["urged", "warns", "stressed", "laughs", "later told Stuff", "has also said"])
def test_a_quote_with_no_attribution_after_he_and_any_speech_verb_is_his(verb: str) -> None:
    found = quotes(
        "“We won,” said Anna Berg.",
        f"Tom Lindquist, an agronomist, visited the farm on Monday. He {verb} that farmers should wait a week.",
        "“Don't make any decisions in the first 48 hours.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Anna Berg", "Tom Lindquist"]


def test_someone_unnamed_before_a_colon_speaks_even_where_the_opening_looks_like_a_label() -> None:
    found = quotes(
        "“Russia is not waiting for our procedures,” Estonian Foreign Minister Kadri Tamm said.",
        "Another diplomat was blunter: “Some capitals still think this is a budget debate.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Kadri Tamm", None]


@pytest.mark.parametrize(
    "unnamed",
    [
        "One long-standing season-ticket holder, leaving the ground, was blunter: “I’ve not seen anything like it.”",
        "After the final whistle, one elderly supporter danced onto the touchline shouting, “I’ve not seen anything like it.”",
    ],
)
def test_anyone_unnamed_by_an_agent_noun_speaks_before_a_colon_or_shouting(unnamed: str) -> None:
    found = quotes("“We will respond in due course,” a spokesperson for Harcastle Supporters' Trust said.", unnamed)
    assert found[-1] == ("I’ve not seen anything like it.", None, "direct")


def test_he_after_a_long_asked_opening_is_the_one_asked() -> None:
    found = quotes(
        "Fire chief Luis Herrera said 40 homes had burned.",
        "A spokesperson for Pacific Cascade Power, the region's electric utility, said the company had shut off power to some lines.",
        "Asked at the briefing whether power lines could have played a role, Herrera was blunt. "
        '"I\'m not going to speculate on that tonight," he said.',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Luis Herrera"]


def test_she_after_a_sentence_opening_with_a_phrase_that_names_someone_else_is_its_subject() -> None:
    found = quotes(
        "The jury heard from Susan Price, whose father lived at Elmfield House.",
        "Under cross-examination by Naomi Fenwick, defending, Mrs Price accepted that her father had asked staff to buy things.",
        '"He liked his newspapers and his sweets, yes," she said.',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Susan Price"]


@pytest.mark.parametrize(
    ("asked", "speaker"),
    [
        ("Asked by the family’s barrister, John Sharpe, whether the junction was a priority, he replied:", "Stephen Lowe"),
        ("Asked by a reporter whether the junction was a priority, John Sharpe paused. He replied:", "John Sharpe"),
    ],
)
def test_the_one_who_asked_is_not_the_he_who_replies(asked: str, speaker: str) -> None:
    found = quotes(
        "Stephen Lowe, highways manager at the council, told the inquest the redesign had been held up.",
        "“We had a list of 40 junctions,” he said.",
        f"{asked} “It was on the list.”",
    )
    assert found[-1] == ("It was on the list.", speaker, "direct")


def test_it_after_a_wire_services_credit_is_the_company_the_sentence_is_about() -> None:
    found = quotes(
        "(Bloomberg) -- Altavera Systems Inc. shares tumbled after the chip-equipment maker cut its forecast, "
        'citing what it called "digestion" among memory makers.',
        "Revenue will be about $6.1 billion, the company said. Analysts had estimated $6.7 billion, according to data compiled by Bloomberg.",
        '"The guide-down is bigger than the Street feared," Bloomberg Intelligence analyst Jake Ortiz wrote in a note.',
    )
    assert found[0] == ("digestion", "Altavera Systems Inc.", "partial")


def test_saying_after_a_company_named_for_its_industry_is_the_companys() -> None:
    found = quotes(
        "Marlowe Precision has rejected a £2.1bn takeover approach from US private equity group Crestline Partners, "
        "saying the offer “significantly undervalues” the aerospace components maker.",
    )
    assert found == [("significantly undervalues", "Marlowe Precision", "partial")]


def test_the_company_is_never_a_markets_index() -> None:
    found = quotes(
        "Marlowe Precision has rejected an approach from private equity group Crestline Partners, saying it undervalues the FTSE 250 components maker.",
        "The Sheffield-based company said on Monday that its board had “unanimously” rejected three proposals.",
    )
    assert found == [("unanimously", "Marlowe Precision", "partial")]


def test_the_company_is_not_the_firm_of_analysts_cited_for_an_estimate() -> None:
    found = quotes(
        "Carver Industries Inc. reached a tentative deal with the union on Sunday.",
        "The strike has cost Carver $40 million a week, according to estimates from analysts at Redfield Capital Markets. "
        "Last week, the company had described the union’s demands as “unsustainable.”",
    )
    assert found == [("unsustainable.", "Carver Industries Inc.", "partial")]


def test_a_club_before_its_managers_title_is_not_the_speaker() -> None:
    found = quotes(
        "Steve Halloran walked into the press room at Ashgate Park and sat down.",
        "“I’m not going to pretend that was acceptable,” the Carlton Athletic manager said.",
        "A Carlton Athletic spokesperson said the board backed him.",
    )
    assert found[0][1] != "Carlton Athletic"


def test_a_role_after_a_place_or_a_teams_name_stands_for_the_one_named_before() -> None:
    found = quotes(
        "SAN ANTONIO — Dwayne Pettiford didn't wait for the first question.",
        "\"That's on me,\" the Carolina Coast coach said as he sat down at the podium, minutes after his Mariners fell 71-58.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Dwayne Pettiford"]


def test_a_report_owned_by_a_body_describes_in_its_words_after_a_judge_notes_it() -> None:
    found = quotes(
        "Justice R. Kalaiselvi quashed the eviction notices on Monday.",
        "The judge, however, noted that the Revenue Department’s own survey report of 2019 described the tank as “defunct for over three decades”.",
    )
    assert found == [("defunct for over three decades", "Revenue Department", "partial")]


@pytest.mark.parametrize(
    "paragraph",
    ["A Treasury source said: “Every department has had to find savings.”", "“Every department has had to find savings,” Treasury sources said."],
)
def test_a_source_of_a_body_is_nobody_named(paragraph: str) -> None:
    found = quotes("The Treasury cut the rail budget on Monday.", paragraph)
    assert [speaker for _text, speaker, _kind in found] == [None]


@pytest.mark.parametrize(("who", "speaker"), [("A Labour source close to the rebels", None), ("A Labour spokesperson", "Labour")])
def test_they_after_a_source_of_a_body_is_the_source_and_after_its_spokesperson_the_body(who: str, speaker: str | None) -> None:
    found = quotes(f"{who} said their numbers were growing. “This is not a handful of the usual suspects,” they said.")
    assert [name for _text, name, _kind in found] == [speaker]


def test_a_body_that_sources_something_is_no_source_of_it() -> None:
    found = quotes("Ryanair said flights were cancelled. Ryanair sources its aircraft from Boeing. “We apologise to passengers,” they said.")
    assert [name for _text, name, _kind in found] == ["Ryanair"]


def test_a_body_someone_founded_inside_their_appositive_is_not_the_speaker() -> None:
    found = quotes(
        "Jo Whitfield, 41, a nurse from Chester-le-Street who founded the Link Us Up campaign, which has 12,000 members, "
        "said: “I spend two hours a day on buses to get to a job 14 miles away.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Jo Whitfield"]


def test_she_after_someone_unnamed_by_an_office_of_something_is_nobodys() -> None:
    found = quotes(
        "“It’s the foxes,” said a woman who gave her name only as Pat.",
        "The city’s director of public health has warned residents not to burn rubbish. “Burning household waste releases toxic fumes,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Pat", None]


def test_a_lede_describing_someone_is_the_person_named_after_a_participle_phrase_next() -> None:
    found = quotes(
        "A former hospital chief executive has told a parliamentary inquiry he only “skimmed” an internal report.",
        "Appearing before the Legislative Council’s legal and social issues committee on Tuesday, Dr Marcus Chen, "
        "who led Western Bays Health until last year, said he had received the report in February.",
    )
    assert found == [("skimmed", "Marcus Chen", "partial")]


def test_he_for_a_role_inside_the_opening_sentence_is_the_person_named_next() -> None:
    found = quotes(
        "A bipartisan agreement collapsed Wednesday, hours before a vote, after a key Republican withdrew his support "
        "over what he called “last-minute poison pills” added to the legislation.",
        "Sen. Craig Holloway (R-Ohio), who wrote the bill, said in a floor speech that the changes had gone too far.",
    )
    assert found == [("last-minute poison pills", "Craig Holloway", "partial")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harjit Singh, national representative for the Financial Services Workers Union, which represents some employees in Quebec, called the cuts “a betrayal”.",
        "The launch was attended by Harjit Singh, Chairman of the Financial Services Workers Union, who described the cuts as “a betrayal”.",
    ],
)
def test_a_clause_after_the_body_someone_holds_a_role_in_leaves_them_the_speaker(sentence: str) -> None:
    assert quotes(sentence) == [("a betrayal", "Harjit Singh", "partial")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Chan Wai-ling did not speak to the media. A statement issued on her behalf by her solicitors, Lam & Partners, said she was “deeply saddened”.",
        "Lam & Partners, acting on behalf of Chan Wai-ling, said she was “deeply saddened”.",
    ],
)
def test_a_bodys_statement_on_someones_behalf_is_theirs(paragraph: str) -> None:
    assert quotes(paragraph) == [("deeply saddened", "Chan Wai-ling", "partial")]


def test_he_after_a_subject_with_a_role_in_lower_case_after_an_opening_phrase_is_theirs() -> None:
    found = quotes(
        "Tellier, a Belgian businessman who bought the club in 2022, is understood to be frustrated.",
        "Outside the ground, season-ticket holder Gary Nolan, 58, summed up the feeling among supporters. "
        "“I’ve been coming here 40 years,” he said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Gary Nolan"]


def test_a_second_verb_after_and_is_the_persons_who_did_the_first() -> None:
    found = quotes(
        "Parti Maju Malaysia (PMM) was thrown into disarray on Wednesday after its deputy president, "
        "Datuk Seri Rahimah Yusof, resigned and accused the party leadership of “silencing dissent”.",
    )
    assert found == [("silencing dissent", "Rahimah Yusof", "partial")]


def test_with_someone_set_off_by_a_participle_phrase_observing_is_theirs() -> None:
    found = quotes(
        "The high court on Monday pulled up the Aurangpur Municipal Corporation (AMC) over the state of city roads, "
        "with Justice Meera Deshpande, heading a division bench, observing that several stretches were “not fit even for bullock carts”.",
    )
    assert found == [("not fit even for bullock carts", "Meera Deshpande", "partial")]


def test_a_rank_set_off_like_a_bodys_name_after_a_person_leaves_them_the_speaker() -> None:
    found = quotes(
        "The trial-within-trial was ordered after Mr Obi’s lawyer, Chike Nwosu, a Senior Advocate of Nigeria (SAN), "
        "objected to the statement, claiming his client was “threatened” by investigators.",
        "Mr Nwosu later told reporters he would appeal.",
    )
    assert found == [("threatened", "Chike Nwosu", "partial")]


def test_she_after_a_passive_ending_with_its_agent_is_the_agent() -> None:
    found = quotes(
        "Lucy Farrant, who swims at the beach daily, fell ill on Sunday.",
        "Wyvern Water said a pump had failed. “We are deeply sorry,” a spokesperson said.",
        "That explanation was rejected by Farrant. “It’s insulting, frankly,” she told the Guardian.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Wyvern Water", "Lucy Farrant"]


def test_a_body_in_an_opening_phrase_before_a_role_and_a_name_is_not_the_subject() -> None:
    found = quotes(
        "“I’ll get him back next season,” Kevon Ramdial said, laughing.",
        "For the Strikers, teenage leg-spinner Nikhil Persad returned figures of three for 24, including the wicket of Kevon Ramdial.",
        "“The pitch was gripping a little bit, so I just tried to bowl stump to stump,” he said.",
        "The Strikers said they were delighted.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Kevon Ramdial", "Nikhil Persad"]


def test_someone_unnamed_who_spoke_on_condition_of_anonymity_is_nobody_whatever_the_noun() -> None:
    found = quotes(
        "“This is not a problem we can solve overnight,” said Peter Koros, the park's warden.",
        "A ranger who spoke on condition of anonymity because he is not authorised to speak to the media admitted "
        "that the station was understaffed. “We are eight rangers covering 40 villages.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Peter Koros", None]


def test_he_said_right_after_a_sentence_about_an_unnamed_man_is_nobodys() -> None:
    found = quotes(
        "“The house is gone,” said Ray Bustamante.",
        "A man clearing branches outside the store shook his head. “It sounded like a freight train,” he said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Ray Bustamante", None]


def test_she_after_the_unnamed_mother_of_someone_named_is_nobodys() -> None:
    found = quotes(
        "His wife, Fatima Saleh, said she had begged him to close early. “No money is worth your life,” she said.",
        "Pruitt's mother, reached by phone, insisted her son was innocent. “They've got the wrong guy,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Fatima Saleh", None]


def test_continue_before_an_object_is_no_speech_verb_but_he_continued_is() -> None:
    found = quotes(
        "“The guide is conservative,” said Keiko Matsuda, an analyst at Harbor Ridge Capital.",
        "Tomasz Wierzbicki said the company would continue its buyback and expects margins to expand “modestly” this year.",
        "“We will win,” he continued.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Keiko Matsuda", "Tomasz Wierzbicki", "Tomasz Wierzbicki"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("“It is bad,” said Bethan Howells MS.", "Bethan Howells", "person"),
        ("Det Insp Ruairí Quigley said it was “reckless”.", "Ruairí Quigley", "person"),
        ("The Welsh Bus Operators Forum said it wanted “long-term certainty”.", "Welsh Bus Operators Forum", "organization"),
    ],
)
def test_police_ranks_in_short_a_senedd_members_letters_and_a_forum(sentence: str, speaker: str, kind: str) -> None:
    analysis = run(sentence)
    assert [(e.name, e.type) for e in analysis.entities] == [(speaker, kind)]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_singapore_names_family_first_an_associate_professor_and_a_nickname_inside_a_name() -> None:
    found = quotes(
        "Assoc Prof Chua Mei Xuan of the Singapore University of Technology and Design said the line was old.",
        "“It is now more than 15 years old,” said Assoc Prof Chua. Mr Tan Boon Kiat, 61, said announcements were “not clear”.",
        "The Titans drafted Ohio State edge rusher Marcus “Tank” Delane.",
    )
    assert found == [
        ("It is now more than 15 years old,", "Chua Mei Xuan", "direct"),
        ("not clear", "Tan Boon Kiat", "partial"),
        ("Tank", None, "scare"),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Elena Ramirez declared victory. “Pennsylvania didn’t buy it,” she told the crowd.",
                "The state Democratic Party chair, Nadia Okonjo, was more succinct. Later, she wrote on X: “Pennsylvania, you showed up.”",
            ),
            "Nadia Okonjo",
        ),
        (
            ("Prof Kieran Walsh said the problem was supply. Nguyen’s son, Minh Nguyen, 24, works nights.", "“Mum won’t say it, but she’s scared,” he said."),
            "Minh Nguyen",
        ),
        (
            (
                "Harry Coleman finished unbeaten on 138. “I’ve dreamt about that since I was a kid,” Coleman said.",
                "Coleman did not offer a chance until he was 121, when Victorian wicketkeeper Josh Pearce put down an edge off the bowling of Tom Rankin.",
                "NSW captain Sam Lockyer, who added 128 with Coleman, said the young opener’s temperament had been obvious.",
                "“He’s got a beautiful temperament. You can’t teach that,” Lockyer said.",
                "There were a few words exchanged between Coleman and the Victorian fielders during a spell from Rankin, and Coleman was happy to share his side of it.",
                "“One of them told me I looked about 12,” he said.",
            ),
            "Harry Coleman",
        ),
        (
            (
                "“We were unlucky,” said Rovers manager Tom Hale.",
                "Rovers fell behind when Andy Kerr scored from the spot after a foul by Joe Bell, and Kerr was later sent off for a second booking.",
                "“I thought we deserved something from the game,” he said.",
            ),
            "Tom Hale",
        ),
    ],
)
def test_the_person_named_after_a_role_a_relation_or_opening_the_last_clause_is_the_pronouns(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert quotes(*paragraphs)[-1][1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        (
            "European Commissioner for Internal Affairs and Migration Karolina Wiśniewska said returns would be “credible again”.",
            ["Karolina Wiśniewska"],
        ),
        ("Secretary of State Antony Blinken and Defense Secretary Lloyd Austin said it was “final”.", ["Lloyd Austin"]),
        ("The Conservatives’ transport spokeswoman, Bethan Howells MS, said: “There is no point having a bus pass if there is no bus.”", ["Bethan Howells"]),
    ],
)
def test_an_office_of_two_portfolios_after_for_and_a_name_with_letters_after_it_are_the_speaker(paragraph: str, speakers: list[str]) -> None:
    assert [speaker for _text, speaker, _kind in quotes(paragraph)] == speakers


def test_a_judge_found_or_a_court_ruled_that_is_speech() -> None:
    found = quotes(
        "In a 64-page judgment, Judge Nomvula Mokoena found that the committee had acted in a manner that was “shocking in its brazenness”.",
        "The Constitutional Court ruled that the contract was “unlawful and invalid”.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Nomvula Mokoena", "Constitutional Court"]


def test_a_fragment_after_a_before_a_conjunction_is_no_modifier_of_a_noun() -> None:
    found = quotes("In its statement, the Central Bank said it would maintain a “tight monetary stance” until inflation fell.")
    assert found == [("tight monetary stance", "Central Bank", "partial")]


def test_with_someone_saying_makes_them_the_speaker_not_the_sentences_subject() -> None:
    found = quotes(
        "Fast bowler Bilal Qureshi has been recalled, with the Pakistan Cricket Board saying he had “earned his place”.",
        "Mr Tony Blair defended the plan, saying it was “right”.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Pakistan Cricket Board", "Tony Blair"]


def test_a_bare_surname_two_people_bear_is_the_one_whose_gender_the_pronoun_after_it_gives() -> None:
    found = quotes(
        "“We are retired,” said Zeynep Yıldırım, 61. Mustafa Yıldırım (no relation), deputy head of the department, said officials understood.",
        "Yıldırım, the retiree, said she would consider signing up. “Give me the same home, and I will sign tomorrow,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Zeynep Yıldırım", "Zeynep Yıldırım"]
    analysis = run("Zeynep Yıldırım, 61, is retired. Mustafa Yıldırım, deputy head of the department, spoke.", "Yıldırım, the retiree, said she would sign.")
    assert {e.name: [m.text for m in e.mentions] for e in analysis.entities} == {
        "Zeynep Yıldırım": ["Zeynep Yıldırım", "Yıldırım"],
        "Mustafa Yıldırım": ["Mustafa Yıldırım"],
    }


def test_her_husband_is_the_man_named_before_as_her_husband_and_an_unknown_mother_nobody() -> None:
    found = quotes(
        "Emma Clarke, 38, and her husband, Daniel Clarke, 41, bought an apartment last year.",
        "“We were renting for eight years,” Emma Clarke said. Her husband added: “The payment plan made it possible.”",
        "His mother said it was “a relief”.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Emma Clarke", "Daniel Clarke", None]


@pytest.mark.parametrize(
    ("lede", "named", "speaker"),
    [
        ("A senior surgeon at a struggling NHS trust says she was “frozen out” by managers.",
         "Dr Helen Marsh, a consultant colorectal surgeon at North Wessex Hospitals NHS Trust, raised concerns.", "Helen Marsh"),
        ("A grieving mum has told an inquest her son was “crying in pain” when he was sent home.",
         "Callum Doyle, 24, was taken to hospital by his mother, Karen Doyle, in March.", "Karen Doyle"),
        ("Negotiators walked out, with Tonga's lead negotiator accusing rich countries of trying to “rewrite the rules”.",
         "“We did not fly halfway across the world to be lectured,” said Losaline Tupou-Fifita, Tonga's lead negotiator.", "Losaline Tupou-Fifita"),
        ("The Taoiseach has been accused of “gaslighting” renters.", "Taoiseach Conor Brennan told the Dáil rents were stable.", None),
        ("Residents of the flood-ravaged town of Kooraban are returning, with the state's Premier warning the clean-up could take “many months”.",
         "Premier Nathan Castellano toured the town on Sunday.", "Nathan Castellano"),
        ("A firm is to close, in what one local politician called a “hammer blow” for the area.",
         "Kernan Precision, the firm, said it would wind down production.", None),
    ],
)
def test_a_description_speaking_in_the_opening_paragraph_is_the_one_named_with_its_noun_next(lede: str, named: str, speaker: str | None) -> None:
    assert quotes(lede, named)[0][1] == speaker


def test_a_name_ending_a_sentence_is_not_shown_speaking_by_the_next_sentences_first_word() -> None:
    found = quotes(
        "Energy Secretary Graham Whitlock unveiled the bill. Senators Ray Tolliver and Brent Sorensen objected.",
        "Whitlock said he had spoken by phone with Tolliver and Sorensen. Asked whether the bill could pass, he paused.",
        "“Ask me in two weeks,” he said.",
    )
    assert found == [("Ask me in two weeks,", "Graham Whitlock", "direct")]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (("“It’s been chaos,” one shopper said, declining to give her name.", "The shop opened at 9am.", "Another shopper, Jane Fox, said she waited."), [None]),
        (("A government official, who asked not to be named, said talks were “close to collapse”.", "Talks resume today.",
          "Tom Reed, a senior government official, declined to comment."), [None]),
        (("A witness told the court she heard a “loud bang”.", "The trial continues.", "A second witness, Jane Fox, said she saw nothing."), [None]),
        (("A lawyer for the family says the officer acted “recklessly”.", "The inquiry continues.", "The officer's lawyer, Tom Reed, said it was false."), [None]),
        (("A spokesman for the family, Peter Walsh, said they were “devastated”.",), ["Peter Walsh"]),
        (("Jane Smith lives with her husband, Tom Smith. “Tom was watching Boris Johnson on the news. He turned to me and said, ‘That man is lying,’” Mrs Smith said.",),
         ["Jane Smith", "Tom Smith"]),
        (("Prosecutors said Smith had fled, but defence lawyer Jane Doe will argue he was “acting in self-defence”.",), ["Jane Doe"]),
        (("The project was funded by Alphabet Inc, IBM, among others. IBM said the tool was “open”.",), ["IBM"]),
        (("The recruitment agency, Hays, said hiring slowed. The company said demand was “weak”.",), ["Hays"]),
        (("Greenfield Council inspected the building last year and found no faults.", "Fire investigators said the blaze was started “deliberately”."), [None]),
        (("Sir John Major spoke on Monday.", "Major said the deal was “a historic mistake”."), ["John Major"]),
    ],
)
def test_cases_the_review_of_this_sessions_rules_found(paragraphs: tuple[str, ...], speakers: list[str | None]) -> None:
    assert [speaker for _text, speaker, _kind in quotes(*paragraphs)] == speakers


def test_the_agency_is_no_association_but_the_public_agency_named_before() -> None:
    found = quotes(
        "A House panel pressed the Federal Aviation Administration on hiring.",
        "“You can’t buy your way out of a five-year training cycle,” said Renee Gallardo of the National Air Traffic Controllers Association.",
        "The agency said in a statement that safety “remains the FAA’s top priority”.",
    )
    assert found[-1] == ("remains the FAA’s top priority", "Federal Aviation Administration", "partial")
    found = quotes(
        "Washington State Ferries cancelled sailings for several hours.",
        "“Sailings are cancelled until further notice,” the agency said.",
    )
    assert found[-1][1] == "Washington State Ferries"


def test_inspectors_speak_for_the_body_that_judged_or_reported() -> None:
    found = quotes(
        "Ofsted rated Thornbury Park Academy inadequate. The school was previously rated good.",
        "In their report, inspectors said that leaders had “lost sight” of safeguarding.",
    )
    assert found == [("lost sight", "Ofsted", "partial")]
    found = quotes(
        "Patients wait 14 hours for a bed, according to a report by the Clinical Standards Agency (CSA).",
        "The report found patients were treated in corridors. “Staff were working beyond their capacity,” inspectors wrote.",
    )
    assert found == [("Staff were working beyond their capacity,", "Clinical Standards Agency", "direct")]
    found = quotes("Loretta Simms, 84, fell in her room. State inspectors later cited the home for “failure to provide sufficient nursing staff”.")
    assert found[0][1] is None


def test_a_quote_inside_a_quote_that_fills_it_is_direct_and_nobodys() -> None:
    found = quotes(
        "Rep. Dana Whitcomb read aloud from an anonymous letter.",
        "“‘We are working six-day weeks, and people are falling asleep,’” Whitcomb read. “Nobody ‘listens’ to us.”",
    )
    assert found[1] == ("We are working six-day weeks, and people are falling asleep,", None, "direct")
    assert found[-1] == ("listens", None, "scare")


def test_his_brother_is_not_himself_but_the_one_he_was_introduced_as_the_brother_of() -> None:
    found = quotes(
        "Kyle Docherty, 34, denies murdering Ryan Bell, 29.",
        "The court also heard from Mr Bell’s brother, Scott Bell, 32, who said the pair had argued over money.",
        "He said his brother had told him the week before: “If anything happens to me, you know who it was.”",
    )
    assert found == [("If anything happens to me, you know who it was.", "Ryan Bell", "direct")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We are spending more on care,” Cllr Bev Ashworth said. “It is half of every pound,” Cllr Ashworth added.", "Bev Ashworth"),
        ("Tan Sri Ridzuan Kamaruddin said he was “saddened but not surprised”.", "Ridzuan Kamaruddin"),
        ("Datuk Seri Rahimah Yusof said: “Give me time.”", "Rahimah Yusof"),
        ("New Zealand Rugby said his recovery was “progressing well”.", "New Zealand Rugby"),
    ],
)
def test_councillors_malaysian_honorifics_and_a_body_named_after_a_country_of_two_words(sentence: str, speaker: str) -> None:
    assert {found_speaker for _text, found_speaker, _kind in quotes(sentence)} == {speaker}


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        (
            "In the Dáil, Sinn Féin’s housing spokeswoman Aoife Ní Chonaill put the figures to the Taoiseach. “How many more reports?” she asked.",
            ["Aoife Ní Chonaill"],
        ),
        ("Taoiseach Declan Furlong replied that the plan was “working, but not quickly enough”.", ["Declan Furlong"]),
        ("In a statement released through the Metropolitan Police, his mother, Abena Asante, said: “Kwame was a gentle boy.”", ["Abena Asante"]),
        ("“Can Ravenna really fight for the title?” one journalist asked.", [None]),
        (
            "The Scottish National Party's Holyrood leader Nicola Sturgeon wrote to him, calling for an apology for his “ill-judged comment”.",
            ["Nicola Sturgeon"],
        ),
    ],
)
def test_parliaments_the_taoiseach_a_statement_through_the_police_and_questions(paragraph: str, speakers: list[str | None]) -> None:
    assert [speaker for _text, speaker, _kind in quotes(paragraph)] == speakers


def test_he_said_is_not_a_man_shown_speaking_inside_the_quote_itself() -> None:
    found = quotes("Luis Ortega, 16, said he worried about getting lost. “Here, if I miss a day, Mr. Baptiste calls my house,” he said.")
    assert [speaker for _text, speaker, _kind in found] == ["Luis Ortega"]


def test_a_company_spokeswoman_is_the_company_that_opened_the_sentence_before() -> None:
    found = quotes(
        "The Federal Trade Commission sued Lumora Inc. on Thursday.",
        "Lumora said it would fight the lawsuit. “This complaint is wrong on the facts,” a company spokeswoman said.",
    )
    assert found == [("This complaint is wrong on the facts,", "Lumora Inc.", "direct")]


def test_a_quote_opening_the_paragraph_after_one_that_ends_with_a_colon_is_its_subjects() -> None:
    found = quotes(
        "The fund was founded by Rebecca Aldous in 2009. “It’s brutal out there,” said Priya Raghunathan, an analyst.",
        "In the letter, Aldous thanked investors who had stayed through the firm’s 15-year run:",
        "“We had extraordinary years and painful ones.",
        "“To our team: none of this is a reflection on your talent.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Priya Raghunathan", "Rebecca Aldous", "Rebecca Aldous"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            ("Darya Sokolova was unmoved.", "Speaking to BBC Sport, Sokolova’s trainer, Oleksandr Hrytsenko, said she had “improved in every department”."),
            ["Oleksandr Hrytsenko"],
        ),
        (
            ("Speaking at a rally outside Glasgow City Chambers, the union’s branch secretary, Elaine Hosie, told members it was “the biggest mandate”.",),
            ["Elaine Hosie"],
        ),
        (("Analysts at Bernhardt & Cie described the results as “a tale of two halves”.",), ["Bernhardt & Cie"]),
        (("Promoter Vince Harcourt said it was “the biggest fight this country has staged”.",), ["Vince Harcourt"]),
        (("“We felt the value was too good to pass up,” Cardinals GM Devon Askew said.",), ["Devon Askew"]),
        (("Ashcombe County Prosecutor Gregory Ames spoke. Ames called the shooting “a calculated act”.",), ["Gregory Ames"]),
    ],
)
def test_a_body_after_speaking_to_is_the_listener_and_a_promoter_a_title(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert [speaker for _text, speaker, _kind in quotes(*paragraphs)] == speakers


def test_calling_it_a_quoted_description_of_a_noun_is_the_speakers_partial_not_a_modifier() -> None:
    found = quotes(
        "Prime Minister Bertrand Lacombe defended the plan, calling it a “painful but necessary” measure.",
        "Voters backed a “yes” vote.",
    )
    assert found == [("painful but necessary", "Bertrand Lacombe", "partial"), ("yes", None, "scare")]
    assert quotes("The Karachi Traders Alliance termed the decision “disappointing”.") == [("disappointing", "Karachi Traders Alliance", "partial")]


def test_the_spokesperson_after_a_bodys_spokesperson_is_the_body() -> None:
    analysis = run(
        "An Agriculture Victoria spokesperson said staff would be in the area for the rest of the week.",
        "“We know this is an incredibly distressing time,” the spokesperson said.",
    )
    [body] = analysis.entities
    assert (body.name, body.type) == ("Agriculture Victoria", "organization")
    assert [q.speaker_id for q in analysis.quotes] == [body.id]


def test_the_spokesperson_after_a_spokesperson_of_a_kind_of_body_is_the_body_of_that_kind_named_last() -> None:
    found = quotes(
        "The Rakaia Plains District Council has proposed closing the reserve to campers.",
        "A council spokesperson said consultation would open on March 3.",
        "“Submissions from both residents and visitors will be considered,” the spokesperson said.",
    )
    assert found == [("Submissions from both residents and visitors will be considered,", "Rakaia Plains District Council", "direct")]


def test_a_spokesperson_for_the_body_of_a_word_is_the_body_named_last_whose_name_holds_it() -> None:
    found = quotes(
        "Figures from the Irish Nurses and Midwives Organisation show 41 patients were on trolleys at St Kevin’s University Hospital.",
        "A spokeswoman for the organisation said: “Our members have been warning about this for years.”",
        "Valuers from Rift Advisory met farmers whose land the Lake Basin Pipeline Company Ltd needs.",
        "A spokesperson for the pipeline company said it “remains fully committed to fair and prompt compensation”.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Irish Nurses and Midwives Organisation", "Lake Basin Pipeline Company Ltd"]
    found = quotes(
        "Mrs Ellison waited 14 hours for an ambulance from the Midlands Regional Ambulance Service NHS Trust.",
        "In a statement, a spokesman for the ambulance trust said: “We accept the coroner’s findings in full.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Midlands Regional Ambulance Service NHS Trust"]
    found = quotes(  # else the body just shown speaking
        "The union Unison, which represents many of the library staff, said 23 posts would be lost.",
        "“Our members have kept these services going,” a spokesperson for the union said.",
    )
    assert found == [("Our members have kept these services going,", "Unison", "direct")]


def test_a_body_whose_spokesperson_or_analysts_go_on_saying_speaks_unless_the_spokesperson_is_named() -> None:
    found = quotes(
        "A spokesperson for the House Appropriations Committee declined to comment on the Senate talks, saying only that the House would “do its job”.",
        "A spokeswoman for the Corps, Tanya Bledsoe, declined to comment beyond saying the agency “will follow the law”.",
        "Analysts at Morley & Finch were blunter, calling the quarter “a mess” and cutting their price target.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["House Appropriations Committee", "Tanya Bledsoe", "Morley & Finch"]


def test_appealing_to_someone_reports_the_appeal_but_appealing_a_ruling_does_not() -> None:
    found = quotes(
        "“We have waited patiently,” Nana Agyeman said. He appealed to the assembly to provide quarters “to attract and retain teachers”.",
        "The firm appealed the “unfair” ruling.",
    )
    assert found == [
        ("We have waited patiently,", "Agyeman", "direct"),  # (Nana: a chief's title)
        ("to attract and retain teachers", "Agyeman", "partial"),
        ("unfair", None, "scare"),
    ]


@pytest.mark.parametrize(
    "unnamed",
    [
        "At the Umlazi rank, a woman waiting for a taxi to town said she had lost two days of pay.",
        "On Bridge Street, where water was still lapping at doorsteps at lunchtime, one elderly resident told RTÉ News she was worried.",
        "The principal of a primary school, who asked not to be named because she was not authorised to speak to the media, said the school had closed.",
    ],
)
def test_someone_unnamed_after_where_or_a_reason_for_anonymity_speaks_next(unnamed: str) -> None:
    found = quotes("Captain Thembeka Ndlovu said the rank would reopen.", unnamed, "“We cannot go on like this,” she said.")
    assert found == [("We cannot go on like this,", None, "direct")]


@pytest.mark.parametrize(
    "unnamed",
    [
        "A dog walker who was on the cliff path on Saturday evening told Sky News she had seen a paddleboarder far out.",
        "A former care assistant who worked at the home until last autumn, and who spoke to ITV News on condition of anonymity, said staff were few.",
    ],
)
def test_an_unnamed_walker_or_assistant_speaks_next(unnamed: str) -> None:
    found = quotes("Captain Thembeka Ndlovu said the rank would reopen.", unnamed, "“We cannot go on like this,” she said.")
    assert found == [("We cannot go on like this,", None, "direct")]


def test_a_datuk_may_be_a_woman() -> None:
    found = quotes(
        "The plaintiff, Datin Grace Wong, 56, filed the suit in 2022. High Court judge Datuk Noraini Hashim ruled in her favour.",
        "In her judgment, Justice Noraini said the specks were burnt poppy seeds. “The defendant made no attempt to verify his allegation,” she said.",
    )
    assert found == [("The defendant made no attempt to verify his allegation,", "Noraini Hashim", "direct")]


def test_a_speech_verb_after_a_clause_ending_in_her_is_no_noun() -> None:
    found = quotes("R. Thevarajan, who is seen as close to her, said he would decide his own future “after consulting the grassroots”.")
    assert found == [("after consulting the grassroots", "R. Thevarajan", "partial")]


def test_the_last_of_a_list_before_a_participle_is_not_its_subject() -> None:
    found = quotes("SP Folake Adegbite gave the names of the suspects as Kazeem Lawal, 29; Sunday Okon, 33; and Ibrahim Musa, 26, describing them as “notorious”.")
    assert found == [("notorious", "Folake Adegbite", "partial")]


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("Parent Hone Walker moved his family from Auckland last year to get a place.", "Hone Walker"),
        ("When laughter broke out in the gallery, U.S. District Judge Harriet Lindqvist cut it short.", "Harriet Lindqvist"),
        ("In the press conference, he credited his race engineer Gianluca Berti.", "Aroha Te Whata"),
        ("The move was welcomed on Radio Ngāti Porou.", "Aroha Te Whata"),
    ],
)
def test_an_unattributed_quote_after_a_sentence_introducing_one_person_is_theirs(introduction: str, speaker: str) -> None:
    found = quotes(
        "“Te reo is the heart of this school,” said principal Aroha Te Whata.",
        f"{introduction} “Best decision we’ve made.”",
    )
    assert found[-1] == ("Best decision we’ve made.", speaker, "direct")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The chair of the judging panel, broadcaster Femi Adeyemi-Clarke, described the album as “an astonishing piece of work”.", "Femi Adeyemi-Clarke"),
        ("Whelan’s record label, the Scarborough-based independent Wrack Line Records, said the win was “a huge moment”.", "Wrack Line Records"),
        ("The Senate sponsor, Democratic state Sen. Maria Delgado of Dayton, said the bill had “broad support”.", "Maria Delgado"),
    ],
)
def test_a_name_set_off_after_a_role_in_lower_case_is_the_subject(sentence: str, speaker: str | None) -> None:
    assert quotes(sentence)[-1][1] == speaker


def test_what_a_judge_found_without_that_is_the_judges_partial() -> None:
    found = quotes(
        "Dismissing the claim, Mr Justice Pryor said the evidence was thin.",
        "The judge accepted that such remarks had been made, but found they were “the sort of thing fathers say in pubs”.",
    )
    assert found == [("the sort of thing fathers say in pubs", "Pryor", "partial")]


def test_what_a_report_found_is_its_authors_partial() -> None:
    found = quotes("A report published by the Care Quality Commission (CQC) on Tuesday found residents were “at risk of avoidable harm”.")
    assert found == [("at risk of avoidable harm", "Care Quality Commission", "partial")]
    assert quotes("Police found the van “badly damaged”.")[0][2] == "scare"


def test_a_detective_constable_by_surname_is_the_one_named_in_full() -> None:
    found = quotes("Det Con Rachel Kerr said officers had followed the van.", "“It was reckless,” Det Con Kerr told the court.")
    assert found == [("It was reckless,", "Rachel Kerr", "direct")]


def test_responding_to_an_event_is_no_speech_but_responding_to_criticism_is() -> None:
    found = quotes(
        "Tan Wei Jie responded to an advertisement on Telegram offering “easy side income” to anyone.",
        "Officers responded to a report of a “suspicious” man near the school.",
        "Jane Doe responded to the criticism, calling it “nonsense”.",
    )
    assert [(speaker, kind) for _text, speaker, kind in found] == [(None, "scare"), (None, "scare"), ("Jane Doe", "partial")]


def test_a_thing_reported_stolen_is_not_shown_speaking() -> None:
    found = quotes(
        "Det Con Rachel Kerr said officers had been following a white Ford Transit reported stolen from a builders’ yard.",
        "She said the van had stopped at a junction before reversing “at speed” into the police car.",
    )
    assert found == [("at speed", "Rachel Kerr", "partial")]


def test_what_someone_called_a_quoted_modifier_is_their_partial() -> None:
    found = quotes(
        "Sen. Luisa Tabuena said she would seek an inquiry into what she called the “slow and uncoordinated” relief effort.",
        "Redgum Minerals said it would close the mine, blaming what it called a “brutal” slump in prices.",
        "The units will hold what the Army calls a “safety stand-down” period.",
    )
    assert found == [
        ("slow and uncoordinated", "Luisa Tabuena", "partial"),
        ("brutal", "Redgum Minerals", "partial"),
        ("safety stand-down", None, "scare"),
    ]


def test_a_storys_opening_that_describes_the_speaker_before_naming_her_is_the_person_named_next() -> None:
    found = quotes(
        "Northern Ireland’s finance minister has warned that departments face “hard choices” after the budget.",
        "Caoimhe Ní Bhriain said the settlement was “simply not enough”.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Caoimhe Ní Bhriain", "Caoimhe Ní Bhriain"]
    found = quotes(
        "The two countries agreed to hold joint patrols, a move Manila's top diplomat described as “a practical step, not a provocation.”",
        "Foreign Secretary Teresita Magbanua-Reyes signed the memorandum on Friday.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Teresita Magbanua-Reyes"]


@pytest.mark.parametrize("judge", ["Justice Rebecca Lang", "Judge Rebecca Lang", "District judge Rebecca Lang"])
def test_a_judge_in_the_opening_is_the_one_person_the_article_titles_a_judge(judge: str) -> None:
    found = quotes(
        "A man who punched a stranger has been jailed, with a judge describing the attack as “cowardly and senseless”.",
        "Jayden Harris, 29, pleaded guilty to assault.",
        f"{judge} said the footage was difficult to watch.",
    )
    assert found == [("cowardly and senseless", "Rebecca Lang", "partial")]


@pytest.mark.parametrize("role", ["The Prime Minister", "The Taoiseach", "The Foreign Secretary"])
def test_an_opening_describes_its_speaker_by_a_capitalised_office_too(role: str) -> None:
    found = quotes(
        f"{role} has said the Government will “keep a close eye” on rents.",
        "Speaking in the Dáil, Declan Moriarty said the reforms were working.",
    )
    assert found == [("keep a close eye", "Declan Moriarty", "partial")]


def test_a_place_before_the_description_and_a_relation_to_nobody_leave_the_opening_the_person_named_next() -> None:
    found = quotes(
        "A Northland grandmother who spent 19 hours on a trolley says she was left feeling “like a parcel nobody wanted to sign for”.",
        "Mere Tautahi, 67, was taken to the emergency department by her daughter.",
    )
    assert found == [("like a parcel nobody wanted to sign for", "Mere Tautahi", "partial")]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (("Cho Min-ah of Hanseong University calls the handouts “a sticking plaster on a broken leg”.",), ["Cho Min-ah"]),
        (
            (
                'Ricardo Salgado, the utility\'s director, said the cuts would last "months."',
                'Hydrologist Jorge Emilio Navarrete Solís of the National Autonomous University of Mexico (UNAM) called the rationing "a painkiller, not a cure."',
                '"Until the city fixes its pipes, we will be having this conversation," he said.',
            ),
            ["Ricardo Salgado", "Jorge Emilio Navarrete Solís", "Jorge Emilio Navarrete Solís"],
        ),
    ],
)
def test_a_person_of_a_body_is_the_speaker_whatever_their_names_origin_title_or_the_bodys_initials(
    paragraphs: tuple[str, ...], speakers: list[str]
) -> None:
    assert [speaker for _text, speaker, _kind in quotes(*paragraphs)] == speakers


@pytest.mark.parametrize(
    ("introduction", "quote"),
    [
        ("María de los Ángeles Torres Juárez, 58, who runs a laundry, said she had cut her hours.", '"The water comes at 3 in the morning," Torres said.'),
        ("Luz Dary Pechené Ulcué, a leader of the Nasa community, said families had fled.", '"The armed groups come at night," Pechené told Reuters.'),
    ],
)
def test_a_spanish_name_is_called_by_its_first_surname_however_many_given_names_and_particles(introduction: str, quote: str) -> None:
    analysis = run(introduction, quote)
    assert [e.type for e in analysis.entities if e.name == introduction.split(",")[0]] == ["person"]
    assert [speaker for _text, speaker, _kind in quotes(introduction, quote)] == [introduction.split(",")[0]]


def test_an_aldermans_abbreviated_title_does_not_end_the_sentence() -> None:
    found = quotes('"You knew in May. We found out in October," Ald. Patrick Feeney, 19th, told budget director Jasmine Tran.')
    assert [speaker for _text, speaker, _kind in found] == ["Patrick Feeney"]


def test_someone_unnamed_set_off_by_who_and_shown_speaking_before_a_colon_is_nobody() -> None:
    found = quotes(
        'Kevin Marsh, a spokesperson for the mayor, said she "has been clear from day one" about it.',
        "One alderman, who spoke on condition of anonymity, offered a blunt assessment: \"Right now the votes aren't there.\"",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Kevin Marsh", None]


@pytest.mark.parametrize(
    "announcement",
    ["Late Tuesday, the mayor's office released a lengthy statement from Carla Whitfield-Moore.", "Late Tuesday, Carla Whitfield-Moore issued a statement."],
)
def test_a_quote_opening_the_paragraph_after_one_announcing_a_statement_is_its_authors(announcement: str) -> None:
    found = quotes(
        "Jasmine Tran defended her office.",
        announcement,
        '"I will never apologize for keeping Chicagoans safe.',
        '"But I also hear the frustration of the council."',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Carla Whitfield-Moore", "Carla Whitfield-Moore"]
    assert "Late Tuesday" not in [e.name for e in run(announcement).entities]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (("Kazakhstan's energy minister, Yerlan Bekturov, told state news agency Kazinform that his country would \"do its utmost\" to comply.",), ["Yerlan Bekturov"]),
        (("A spokeswoman for Tri-Valley Electric said power was cut but that it was \"too early to speculate\" on the cause.",), ["Tri-Valley Electric"]),
        (("The blaze was moving \"at a dangerous rate of spread\" toward the southwest, according to the Ventura County Fire Department.",), ["Ventura County Fire Department"]),
        (
            ("Patients are treated in corridors “as a matter of routine”, according to a survey of more than 8,000 nurses by the Royal College of Nursing.",),
            ["Royal College of Nursing"],
        ),
        (
            (
                "“The intention is fine,” said Minh-Tuan Nguyen, president of the Montreal Merchants’ Association.",
                "Liberal MNA Sarah Goldberg, whose riding includes the West Island, accused the government of picking fights.",
                "“Once again, this government is picking a fight,” she said in English.",
            ),
            ["Minh-Tuan Nguyen", "Sarah Goldberg"],
        ),
    ],
)
def test_state_as_a_noun_a_body_spoken_for_according_to_closing_the_sentence_and_a_quebec_member(
    paragraphs: tuple[str, ...], speakers: list[str]
) -> None:
    assert [speaker for _text, speaker, _kind in quotes(*paragraphs)] == speakers


def test_a_title_in_quotes_before_according_to_is_still_no_ones() -> None:
    found = quotes('The band will play "Hey Jude" tonight, according to the promoter, Live Nation.')
    assert found == [("Hey Jude", None, "scare")]


def test_an_article_quoting_in_straight_single_marks_keeps_them_when_it_nests_double_ones() -> None:
    found = quotes(
        "Branch president Dr Ewan Kilbride said the cuts were 'brutal, rushed and entirely avoidable'.",
        "'We have been told there's a hole in the budget,' he said. 'Staff have given this place their careers.'",
        "Student president Ruairidh MacLeod said: 'Languages isn't just a department. As one lecturer put it, \"Close the door to languages and you close the door to the world.\"'",
    )
    assert [(text[:20], speaker) for text, speaker, _kind in found] == [
        ("brutal, rushed and e", "Ewan Kilbride"),
        ("We have been told th", "Ewan Kilbride"),
        ("Staff have given thi", "Ewan Kilbride"),
        ("Languages isn't just", "Ruairidh MacLeod"),
        ("Close the door to la", None),
    ]


def test_a_fragment_closed_by_its_own_inverted_tag_is_the_tags_not_the_earlier_speakers() -> None:
    found = quotes('The committee said spending rose by 4%, and "we will review it," said Anna Berg.')
    assert [(text, speaker) for text, speaker, _kind in found] == [("we will review it,", "Anna Berg")]
    found = quotes('He said the question sounded "balanced," adding it would be fair.')
    assert [(text, speaker) for text, speaker, _kind in found] == [("balanced,", None)]
    found = quotes('Anna Berg called the plan "reckless," reported Reuters.')  # the outlet reports her words
    assert [(text, speaker) for text, speaker, _kind in found] == [("reckless,", "Anna Berg")]
    found = quotes('Tom Jones defended the policy, but it is "a disgrace," wrote Anna Berg, a columnist.')
    assert [(text, speaker) for text, speaker, _kind in found] == [("a disgrace,", "Anna Berg")]


def test_a_title_in_title_case_after_a_names_possessive_is_a_work_not_words() -> None:
    assert quotes("She told CNBC's \"Squawk Box\" on Monday that the round was closed.") == [("Squawk Box", None, "scare")]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (("Pieter Vandermolen said in a statement that he would travel to Ostrel. \"The window is narrowing,\" the statement said.",), ["Pieter Vandermolen"]),
        (("In a letter smuggled out of prison, Karim Mansour wrote: ‘I am not doing this to die.’", "The letter continues: ‘Tell my daughter her father is stubborn.’"), ["Karim Mansour", "Karim Mansour"]),
        (("Wong Ka-ho pleaded guilty. His lawyer, Natalie Fung, read out a letter from Wong to the court. “I was angry and I was online too much,” the letter read.",), ["Wong Ka-ho"]),
        (("A memo from the Raleigh Department of Transportation counted 1,912 complaints. The memo described enforcement as “largely complaint-driven.”",),
         ["Raleigh Department of Transportation"]),
        (("The station’s owner, the community company Cyfryngau Bro, said in a statement it had no funds. ‘We are proud of our volunteers,’ the statement said.",), ["Cyfryngau Bro"]),
        (("The Health Service Executive said hospitals were under pressure.", "“Patients who are not seriously ill are asked to stay away,” the statement said."),
         ["Health Service Executive"]),
        (("Her family paid tribute in a statement on Sunday.", "Anna Lee, 19, was a student.", "She loved horses.", "Humberside Police said officers were still at the scene.",
          "“Anna lit up every room,” the statement said."), [None]),
        (("In an affidavit read into the record by his advocate, Johan Pretorius, Sipho Mahlangu said: \"I was on leave in Durban.\"",
          "\"I have lived in Rietvlei my whole life,\" the affidavit continued."), ["Sipho Mahlangu", "Sipho Mahlangu"]),
        (("The Harbour Council released a letter on Monday, a day after Tom Jones said \"the port is finished.\"",
          "\"The port has a future,\" the letter said."), ["Tom Jones", "Harbour Council"]),
        (("Digital Affairs Commissioner Lauri Mäkinen said the text was fine. “Europe has set the standard,” the commissioner said.",), ["Lauri Mäkinen"]),
        (("Blue Jays starter Kyle Bannerman took the loss. \"I left a couple of changeups up,\" the left-hander said.",), ["Kyle Bannerman"]),
        (("Marine biologist Ousmane Sarr of the Coastal Research Institute in Thies said the picture was \"more complicated than either side admits\".",), ["Ousmane Sarr"]),
    ],
)
def test_a_statement_or_letter_speaks_for_its_author_and_roles_stand_for_the_one_named(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert [speaker for _text, speaker, _kind in quotes(*paragraphs)] == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Altiplano Lithium has secured a water permit, clearing what managing director João Pedro Cardoso described as ‘the last hurdle’.",
                "In a release to the market, the company said the permit ‘reflects more than two years of technical dialogue’.",
            ),
            ["João Pedro Cardoso", "Altiplano Lithium"],
        ),
        (
            (
                "In its decision, published yesterday, the DPC said the settings had made accounts ‘public by design’.",
                "‘Children are entitled to a higher standard of protection,’ the decision states.",
            ),
            ["DPC", "DPC"],
        ),
        (("\"Hindi ko ito panalo,\" Mayor-elect Angge Tolentino told Rappler. (\"This is not my win.\")",), ["Angge Tolentino", "Angge Tolentino"]),
    ],
)
def test_the_company_of_no_known_kind_a_decision_that_states_and_a_translation_in_brackets(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    found = quotes(*paragraphs)
    assert [speaker for _text, speaker, _kind in found] == speakers
    assert found[-1][2] in ("direct", "partial")


@pytest.mark.parametrize(
    "sentence",
    [
        "Her big number, ‘Yellow Bus Blues’, was written for the show.",
        "Her 2015 debut, “Ash Wednesday in Nowa Huta”, was a modest success.",
        "What is he reading? A biography of a chess player, “The Quiet Game”. Chess is fun.",
    ],
)
def test_a_title_set_off_by_commas_is_a_work_even_when_written_follows(sentence: str) -> None:
    assert [(speaker, kind) for _text, speaker, kind in quotes(sentence)] == [(None, "scare")]


def test_a_short_sentence_said_after_a_comma_stays_direct() -> None:
    assert quotes("Someone in the back said, “Leave one on.” He did.")[0][2] == "direct"


@pytest.mark.parametrize(
    "sentence",
    [
        'Police said the kingpin, Rohit Malhotra, 29, known to his associates as "Bunty", had worked at a bank.',
        '"Small groups," said Oleksandr, the unit\'s commander, who goes by the call sign "Bison." He smiled.',
        'Meena said the gang\'s leader, Sameer alias "Bablu" Ansari, ran the racket.',
        "Employment minister Harjit Sandhu said the government’s ‘First Rung’ scheme would help.",
        "Staff at Harrowfield General say the practice, known within the health service as ‘corridor care’, is routine.",
        "Hannah Leckie asked whether the minister would visit a crater that locals had taken to calling “the Leckie Memorial”.",
    ],
)
def test_nicknames_call_signs_aliases_and_named_schemes_are_no_ones_words(sentence: str) -> None:
    found = quotes(sentence)
    assert [(speaker, kind) for _text, speaker, kind in found if kind != "direct"] == [(None, "scare")]


def test_he_inside_a_quote_is_the_man_named_before_not_the_woman_quoting_him() -> None:
    found = quotes(
        "“I signed what I was told to sign,” Nomvula Dlamini told Judge Pieter Steenkamp.",
        "She described a meeting in Sipho Mthembu’s office. “He looked at me and said, ‘Nomvula, you are either with us or not,’” she said.",
    )
    assert [(text[:12], speaker) for text, speaker, _kind in found] == [
        ("I signed wha", "Nomvula Dlamini"), ("He looked at", "Nomvula Dlamini"), ("Nomvula, you", "Sipho Mthembu")
    ]


def test_he_inside_a_quote_is_the_man_the_quote_named_before_it() -> None:
    found = quotes(
        "Jalen Whitfield, 19, was shot in 2022. His mother, Denise Whitfield, spoke as Terrence Booker, 27, was sentenced.",
        "“Jalen called me every night. Even with his friends, he’d say, ‘Mama, I’m good.’ Now my phone just sits there,” she said.",
    )
    assert found[-1] == ("Mama, I’m good.", "Jalen Whitfield", "direct")


def test_he_after_dad_as_a_name_inside_a_quote_is_the_father_by_the_surname() -> None:
    found = quotes(
        "Bruce Kingi, whose farm runs along the river, was pulling fences out of the silt.",
        "His daughter Aroha Kingi, who drove up from Gisborne, said she had to talk him into leaving.",
        "\"Dad wouldn't leave. He kept saying, 'I'm not leaving the dogs,' so we put the dogs on the ute,\" she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Aroha Kingi", "Bruce Kingi"]


def test_what_a_banner_or_a_script_read_is_nobodys_though_someone_spoke_before() -> None:
    found = quotes(
        "“When we entered, most of them were on calls,” Inspector Rajesh Deshmukh told reporters.",
        "Police said the callers worked from printed scripts. One of them read: “You have an outstanding tax liability. Do not disconnect this call.”",
        "A banner hanging from a footbridge read: “Water is a right, not a business.”",
        "“I was angry,” Wong Ka-ho told the court. One post, accompanied by a lit candle, read: “Never forget, never forgive.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Rajesh Deshmukh", None, None, "Wong Ka-ho", "Wong Ka-ho"]


def test_a_surname_with_sir_after_it_inside_a_quote_is_the_one_named_so() -> None:
    found = quotes(
        "Aditya Kolte said he had spoken to his coach on the eve of the final day. “Bhise sir told me, ‘Tomorrow is your day,’ and I slept,” he said.",
        "Vidarbha coach Prakash Bhise praised the team.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Aditya Kolte", "Prakash Bhise"]


def test_words_told_to_the_speaker_or_thought_by_people_inside_their_quote_are_not_theirs() -> None:
    found = quotes(
        "Mrs Jenny Pike, 58, who runs the village shop, said opinion was divided.",
        "“I’ve had people come up to the counter and tell me, ‘Jenny, I’m all for it, but don’t put my name down.’”",
        "“When I saw the finish line, I just said, ‘Jenny, go.’”",
        "“I know people are looking at that river and thinking, ‘Not again.’”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Jenny Pike", None, "Jenny Pike", "Jenny Pike", "Jenny Pike", None]


def test_her_doing_the_verb_inside_a_quote_is_the_woman_named_before() -> None:
    found = quotes(
        "Wilhelmina Crane quit music in 1989. “I stopped because it got easy,” Crane said.",
        "Sam Whitlow produced four of her albums. “I remember her saying, ‘If I can’t mean it, I won’t sing it,’ and then walking out,” Whitlow said.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Wilhelmina Crane", "Sam Whitlow", "Wilhelmina Crane"]


def test_he_joining_the_clause_before_the_verb_inside_a_quote_speaks_the_inner_quote() -> None:
    found = quotes(
        "Wendell Ray Coombs died on Tuesday. He was 81.",
        "Fellow songwriter Dale Mercer, who wrote 60 songs with Coombs, called him “the most honest writer in this town.”",
        "“You'd bring him something clever and he'd look at you over his glasses and say, ‘That's clever. Is it true?’” Mercer said.",
    )
    assert ("That's clever. Is it true?", "Wendell Ray Coombs", "direct") in found


@pytest.mark.parametrize(
    ("about_him", "inner_speaker"),
    [
        # an obituary's subject, named four times, twice as often as any other man
        ("Clarence Abernathy played for 60 years. Abernathy led the house band. Abernathy recorded 14 albums. Abernathy taught.", "Clarence Abernathy"),
        # named as often as another man: nobody can tell which
        ("Clarence Abernathy played for 60 years. Abernathy led the band with Desmond Achterberg. Achterberg said Abernathy loved Achterberg's songs.", None),
    ],
)
def test_he_inside_a_quote_with_nobody_named_near_is_the_man_the_article_is_about(about_him: str, inner_speaker: str | None) -> None:
    found = quotes(
        about_him,
        "The Canadian Jazz Heritage Society called the loss immense.",
        "His daughter said he kept playing until the end. “He used to say, ‘Play it like nobody’s listening,’” Ruth Abernathy-Fox recalled.",
    )
    assert ("Play it like nobody’s listening,", inner_speaker, "direct") in found


def test_an_honourable_members_title_is_no_part_of_the_name() -> None:
    found = quotes('The Minority spokesperson, Hon. Kojo Amankwah-Ansah, wrote on Facebook that "the economy is not working".')
    assert [speaker for _text, speaker, _kind in found] == ["Kojo Amankwah-Ansah"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (("Atlantica Energy rejects any link. In a statement sent to AFP, the company said it had done \"rigorous assessments\".",), ["Atlantica Energy"]),
        (
            (
                "Payroll start-up Paydrift raised $140 million, its chief told CNBC on Tuesday.",
                'The company said it had reached "cash-flow breakeven" in its core business.',
            ),
            ["Paydrift"],
        ),
        (("PaisaSetu raised money in May. The company cut 180 jobs last year in what it called a “right-sizing exercise”.",), ["PaisaSetu"]),
        (("Coral cover has fallen, according to a report from the Coral Sea Research Institute, which warns the reef is entering “uncharted territory”.",), ["Coral Sea Research Institute"]),
    ],
)
def test_a_listener_is_not_the_company_what_it_called_is_its_words_and_which_opens_a_bodys_clause(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert [speaker for _text, speaker, _kind in quotes(*paragraphs)] == speakers


def test_a_special_agent_in_charge_is_the_person_after_the_title() -> None:
    found = quotes('"Health care fraud is not a victimless crime," said Special Agent in Charge Monica Delgado of the FBI Tampa Field Office.')
    assert [speaker for _text, speaker, _kind in found] == ["Monica Delgado"]


def test_the_noun_for_what_someone_does_is_the_one_person_so_described_and_nobody_else() -> None:
    found = quotes(
        'Catcher Hideo Matsuda said the slider was "as nasty as ever." Coach Ben Ortiz agreed.',
        '"He shakes me off maybe once a game," the catcher said.',
        '"We will be back," the whistleblower said.',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Hideo Matsuda", "Hideo Matsuda", None]


def test_the_president_of_a_body_named_in_apposition_is_the_speaker_and_the_body_keeps_its_own_name() -> None:
    analysis = run('The President of the Association of Ghana Industries (AGI), Mrs Efua Boateng-Quaye, said members were "bleeding".')
    assert [(e.name, e.type) for e in analysis.entities] == [("Association of Ghana Industries", "organization"), ("Efua Boateng-Quaye", "person")]
    assert quotes('The President of the Association of Ghana Industries (AGI), Mrs Efua Boateng-Quaye, said members were "bleeding".')[0][1] == "Efua Boateng-Quaye"


def test_the_company_is_not_a_body_introduced_as_a_group_and_a_railway_named_in_german_is_a_body() -> None:
    found = quotes(
        "Tidewater Labs unveiled its home robot on Tuesday.",
        "In a statement, the Seattle-based group Digital Rights Northwest said consumers should “think very carefully.”",
        "The company said in a statement that “no footage leaves the home unless the owner opts in.”",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Digital Rights Northwest", "Tidewater Labs"]
    found = quotes(
        "Severn Vale Water said it was “disappointed” by the vote.",
        "The company has been under pressure from the regulator, Ofwat, over sewage spills.",
        "The company has previously said the bonus was “linked to stretching operational targets”.",
    )
    assert found[-1] == ("linked to stretching operational targets", "Severn Vale Water", "partial")
    analysis = run("The GDL union began a strike. Deutsche Bahn said few trains ran. The company called it \"disproportionate\".")
    assert ("Deutsche Bahn", "organization") in [(e.name, e.type) for e in analysis.entities]
    assert "Seattle-based" not in [e.name for e in run("The Seattle-based group met.").entities]


def test_she_in_a_lede_that_describes_her_is_the_person_named_next_with_that_role() -> None:
    found = quotes(
        "Quebec’s language minister tabled a bill on Wednesday, a move she says is needed to stop what she called the “erosion” of French.",
        "“French is not a decoration,” Language Minister Geneviève Tremblay-Roy told reporters.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Geneviève Tremblay-Roy", "Geneviève Tremblay-Roy"]


def test_a_capitalised_role_in_a_lede_is_the_person_named_next_with_it() -> None:
    found = quotes(
        "House lawmakers on Thursday pressed aviation officials over delays, with one Republican accusing the agency of “managing decline.”",
        "Delays doubled this summer. That Republican, Rep. Carl Emerson (R-Ind.), chairman of the aviation subcommittee, opened the hearing.",
    )
    assert found == [("managing decline.", "Carl Emerson", "partial")]


def test_a_lede_describing_someone_is_the_one_titled_so_paragraphs_later() -> None:
    found = quotes(
        "A mother and her children escaped uninjured after a petrol bomb was thrown through the window of their home in Larne, "
        "in what a senior detective has described as a “reckless and cowardly” attack.",
        "It happened shortly after 01:30 BST on Sunday.",
        "The woman, who is in her 30s, and her children were asleep upstairs.",
        "A neighbour raised the alarm and the family escaped through a back door.",
        "Det Insp Claire McAllister said the family were “extremely lucky to be alive”.",
        "Supt Mark McAllister, who is not related to the detective, said extra patrols would be in place.",
    )
    assert [(speaker, kind) for _text, speaker, kind in found][0] == ("Claire McAllister", "partial")


def test_with_someone_described_warning_is_not_the_sentences_subject_but_the_person_named_next() -> None:
    found = quotes(
        'OPEC+ agreed on Sunday to extend output cuts, with Saudi Arabia\'s energy minister warning that demand remained "fragile".',
        '"We are not targeting a price," Saudi Energy Minister Faisal al-Rumaihi told reporters.',
        'Minera Cordillera said in a filing with the regulator, adding that it was "working closely with authorities."',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Faisal al-Rumaihi", "Faisal al-Rumaihi", "Minera Cordillera"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Attorney Danielle Whitford, who represents him, said the delays cut both ways.", '"For some of my clients, time helps," Whitford said.'), "Danielle Whitford"),
        (("Liam Quinlivan took five wickets.", "“I wasn’t sure I’d play again this summer,” said the left-armer."), "Liam Quinlivan"),
    ],
)
def test_a_title_that_also_qualifies_offices_before_a_first_name_and_a_bowlers_arm(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [name for _text, name, _kind in quotes(*paragraphs)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "He said the last programme would end, as it always had, with ‘Calon Lân’.",
        "Fairbairn confirmed the team would perform \"Ka Mate\" before the first test.",
        "The ministry said troops were deployed as part of \"Operation Bajío Seguro\" and would stay.",
    ],
)
def test_a_name_in_title_case_in_running_text_is_a_scare_quote_even_in_reported_speech(sentence: str) -> None:
    assert [(speaker, kind) for _text, speaker, kind in quotes(sentence)] == [(None, "scare")]


@pytest.mark.parametrize(
    "sentence", ['He said: "Help Me Now."', 'Anna Berg told the crowd "Never Again" and left.']
)
def test_words_in_capitals_that_are_introduced_as_speech_stay_someones_words(sentence: str) -> None:
    assert quotes(sentence)[0][2] != "scare"


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (("Sen. Dale Prewitt walked away.", '"We do not support a blank check," Prewitt\'s statement said.'), ["Dale Prewitt"]),
        (
            ('Minister for Housing Séamus Ó Conghaile said it would bring "certainty". The measure was, according to the Minister, "long overdue".',),
            ["Séamus Ó Conghaile", "Séamus Ó Conghaile"],
        ),
    ],
)
def test_someones_statement_speaks_for_them_and_the_capitalised_minister_set_off_by_according_to(paragraphs: tuple[str, ...], speakers: list[str]) -> None:
    assert [speaker for _text, speaker, _kind in quotes(*paragraphs)] == speakers


def test_someone_from_a_city_stands_for_the_one_person_named_before_but_a_paper_stays_a_paper() -> None:
    found = quotes(
        "Cian O’Rourke, 31, was unmoved by the shove.",
        "‘He pushed me because he’s nervous,’ the Dubliner said.",
        'The Guardian said it was "fine".',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Cian O’Rourke", "Guardian"]


def test_the_company_is_not_the_newspaper_that_reported_the_story() -> None:
    found = quotes(
        "The allegations were first reported by The Washington Post.",
        'In a written statement, the company said it "takes these allegations seriously".',
    )
    assert [speaker for _text, speaker, _kind in found] == [None]


def test_a_short_quote_between_a_possessive_and_its_noun_is_a_term() -> None:
    found = quotes('Housing Minister Karen Liddell said the government\'s "build to rent" reforms would deliver homes.')
    assert found == [("build to rent", None, "scare")]


def test_a_forecast_reports_its_makers_words_but_a_name_that_says_forecasting_is_no_verb() -> None:
    found = quotes(
        'The Tanzania Meteorological Authority (TMA) has forecast "below normal" short rains.',
        'According to the National Center for Hydro-Meteorological Forecasting, the storm will bring "very heavy rain".',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Tanzania Meteorological Authority", "National Center for Hydro-Meteorological Forecasting"]


def test_a_nationality_that_smiled_and_said_is_the_one_person_named_before() -> None:
    found = quotes("Bartosz Zielinski was giving nothing away. Asked about the Brazilian, the Pole smiled and said: ‘I cannot talk about players from other clubs.’")
    assert [speaker for _text, speaker, _kind in found] == ["Bartosz Zielinski"]


def test_a_name_described_as_a_scientist_by_the_words_ending_is_a_person_who_speaks() -> None:
    found = quotes("Qelani Voskuijlen, a microbiologist who was not involved, calls the result “genuinely exciting”.")
    assert found == [("genuinely exciting", "Qelani Voskuijlen", "partial")]


def test_she_answering_an_unnamed_reporters_question_is_the_woman_named_before() -> None:
    found = quotes(
        "Sakura Hoshino won the final in three sets.",
        "One reporter asked: “Did the crowd get to you at the end?”",
        "“A little,” she said. “They wanted the story.”",
    )
    assert [speaker for _text, speaker, _kind in found] == [None, "Sakura Hoshino", "Sakura Hoshino"]


def test_a_name_before_an_analysts_role_and_name_is_the_employer_not_the_woman_who_answers() -> None:
    found = quotes(
        "Finance chief Claire Obuya-Fenwick was more guarded. Morgan Halden analyst Piotr Zieliński asked: \"How much more can the consumer take?\"",
        "She replied: \"We are watching volumes very closely.\"",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Piotr Zieliński", "Claire Obuya-Fenwick"]


def test_atty_is_a_title_and_reminded_that_reports_speech() -> None:
    found = quotes('Comelec spokesperson Atty. Marites Dalisay-Uy reminded all candidates that posters were "subject to removal without notice."')
    assert [speaker for _text, speaker, _kind in found] == ["Marites Dalisay-Uy"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Members of Keep Hazelwood Livable, which gathered 4,000 signatures, said they were “deeply disappointed”.", "Keep Hazelwood Livable"),
        ('Rahul Khandelwal, auto analyst at Mehra Securities, estimated the strike could cost "around 9,000 units" this month.', "Rahul Khandelwal"),
    ],
)
def test_a_bodys_members_speak_for_it_and_an_estimate_is_its_makers(paragraph: str, speaker: str) -> None:
    assert [name for _text, name, _kind in quotes(paragraph)] == [speaker]
    assert not any(e.name.startswith(("Members", "of ")) for e in run(paragraph, "Members of the Higher Education Staff Union backed action.").entities)


def test_a_review_by_a_body_which_warned_is_the_bodys_speech_and_rather_is_no_noun() -> None:
    found = quotes("This echoes a 2021 review by the World Health Organization, which warned that plans treat older adults as a “homogeneous, passive group” rather than people.")
    assert found == [("homogeneous, passive group", "World Health Organization", "partial")]


def test_a_reporters_question_is_nobodys_and_the_answer_is_the_one_asked() -> None:
    found = quotes(
        'County Supervisor Gary Nakamura-Bell said the board would vote. "We\'ve heard loud and clear," he said.',
        'A reporter pressed him on staffing. "Are you going to be able to find the people?"',
        '"We will," he said.',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Gary Nakamura-Bell", None, "Gary Nakamura-Bell"]


@pytest.mark.parametrize(
    "question",
    [
        'When a reporter asked Curtis Van Oosten on Tuesday afternoon, "Will you take a stopgap?" he paused.',
        "A reporter asked Curtis Van Oosten whether he would take a stopgap.",
        '"Will you take a stopgap?" a reporter asked Curtis Van Oosten.',
    ],
)
def test_the_one_asked_answers_after_someone_else_spoke_and_the_question_is_nobodys(question: str) -> None:
    found = quotes(
        'Sen. Luis Ortega-Marsh said both sides had dug in. "He didn\'t say yes," Ortega-Marsh said.',
        question,
        '"If it\'s clean, we\'ll look at it," he said.',
    )
    assert [speaker for _text, speaker, kind in found if kind == "direct"] == ["Luis Ortega-Marsh", *([None] if "?" in question else []), "Curtis Van Oosten"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Asked whether Kulkarni had spoken to him about retirement, Rathore was blunt.", "Vikram Rathore"),
        ("Rathore, whose side lost by nine wickets, was unrepentant.", "Vikram Rathore"),
        ("Rathore shrugged.", "Vikram Rathore"),
        ("Rathore, who had not batted, jumped in.", "Vikram Rathore"),
        ("Rathore was replaced as captain on Monday.", "Sudhir Kulkarni"),  # no answer: the latest speaker goes on
        ("Another fan, a banker who did not want to be named, was less sympathetic.", None),
    ],
)
def test_an_unattributed_quote_after_a_short_sentence_of_how_someone_answered_is_theirs(sentence: str, speaker: str | None) -> None:
    found = quotes(
        "“We batted badly,” captain Vikram Rathore said. Sudhir Kulkarni was out for 71. “I was angry,” Kulkarni said.",
        f"{sentence} “He hasn’t, and I haven’t asked.”",
    )
    assert [name for _text, name, _kind in found] == ["Vikram Rathore", "Sudhir Kulkarni", speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the tracker PumpWatch, the average could climb to “$3.80 or higher by Memorial Day.”",
        "The average could climb to “$3.80 or higher”, according to PumpWatch.",
    ],
)
def test_a_fragment_that_opens_with_a_figure_is_the_words_of_whoever_it_is_according_to(sentence: str) -> None:
    found = quotes("Prices rose on Monday.", sentence)
    assert [(speaker, kind) for _text, speaker, kind in found] == [("PumpWatch", "partial")]


def test_a_question_is_asked_by_the_name_after_asked_right_after_it() -> None:
    found = quotes(
        "Opposition corporator Rekha Patil called the claims “a complete eyewash”.",
        "“Why is Shivaji Chowk under three feet of water?” asked Patil, who represents Ward 14.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Rekha Patil", "Rekha Patil"]


def test_a_question_a_presenter_pressed_is_the_presenters() -> None:
    found = quotes("Ashdown said: “My door is always open.”", "“Would you meet them today?” presenter Lucy Marwood pressed.")
    assert [speaker for _text, speaker, _kind in found] == ["Ashdown", "Lucy Marwood"]


def test_a_question_ending_its_sentence_is_asked_by_the_titled_name_after_it() -> None:
    found = quotes(
        "Denise Harwell, 48, told jurors she saw the envelope.",
        "“What did you see on the last occasion?” Assistant U.S. Attorney Samuel Adeyemi asked.",
    )
    assert found == [("What did you see on the last occasion?", "Samuel Adeyemi", "direct")]


@pytest.mark.parametrize(
    ("asking", "asker"),
    [
        ("A reporter asked whether Priya Venkataraman had reported threats.", None),
        ("At his press conference, Rathore was asked the obvious question.", None),
        ("At his press conference, Rathore was later asked the obvious question.", None),
        ("Anchor Julia Okafor asked whether the firm made money.", "Julia Okafor"),
    ],
)
def test_a_question_with_no_attribution_is_whoever_the_sentence_before_says_asked_it(asking: str, asker: str | None) -> None:
    found = quotes("“We batted badly,” captain Vikram Rathore said.", f"{asking} “Is this the best you can do?”")
    assert [name for _text, name, _kind in found] == ["Vikram Rathore", asker]


def test_someone_who_was_asked_a_question_did_not_ask_it_but_someone_alleging_speaks() -> None:
    found = quotes(
        "Anna Volkova lost in three sets. At her own news conference, Volkova was asked: “Did the atmosphere on the court affect you?”",
        "“A little,” she said.",
    )
    assert [speaker for _text, speaker, _kind in found] == [None, "Anna Volkova"]


def test_the_name_after_said_whose_quoted_clause_follows_is_its_subject_not_the_speaker() -> None:
    found = quotes(
        "Jamal Pritchett ran into the fire.",
        'A woman who lives across the street, who did not want to be identified, said Pritchett "has always looked out for everybody."',
    )
    assert [speaker for _text, speaker, _kind in found] == [None]


def test_the_person_who_opens_a_sentence_after_asked_whether_is_the_one_who_answers() -> None:
    found = quotes(
        "Miriam Feldstein, who runs the shelter, said beds were full.",
        "Asked whether she would go back to Kyiv, Ms. Savchuk-Moreno stopped pinching for the first time all morning.",
        '"When it is over," she said.',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Savchuk-Moreno"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('An Interior Ministry official, speaking on condition of anonymity, said authorities would "not allow Rungis to be blocked."', None),
        ('A senior BGMEA official, requesting anonymity, said it was "trying to resolve the matter".', None),
        ('A Commission official, who was not authorized to speak on the record, said it was "likely to be watered down".', None),
        ("An actor at the Tochka Theater, who asked not to be named, said that “everyone is looking over their shoulder.”", None),
        ('An official of the Spices Board, who did not wish to be named, told businessline: "We are monitoring the data closely."', None),
        ('"The complaint has been examined," a senior Election Commission official said, requesting anonymity.', None),
        ('An Interior Ministry spokesperson said authorities would "not allow Rungis to be blocked."', "Interior Ministry"),
    ],
)
def test_an_official_speaking_on_condition_of_anonymity_speaks_for_no_body(sentence: str, speaker: str | None) -> None:
    found = quotes(sentence)
    assert [name for _text, name, _kind in found] == [speaker]


def test_said_one_unnamed_executive_is_nobody_even_when_he_follows() -> None:
    found = quotes(
        "Rahul Mehta-Sen, an analyst at Skyward Analytics, called the order “aggressive but rational”, he told AeroWeek.",
        "Not everyone is convinced. “Their balance sheet was on life support,” said one Jakarta-based lessor executive, who asked not to be named because he was not authorised to speak.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Rahul Mehta-Sen", None]


def test_adding_after_someone_unnamed_said_is_still_nobodys() -> None:
    found = quotes(
        "The IMF had urged the central bank to act.",
        "One London-based fund manager, who asked not to be named, said the bank had “finally got ahead of the curve”, adding: “It’s the first time in a while.”",
    )
    assert [speaker for _text, speaker, _kind in found] == [None, None]


def test_a_quote_inside_a_quote_said_by_the_one_remembered_doing_so() -> None:
    found = quotes(
        "Folk singer Elin Haf Morgan said she was devastated.",
        "‘I remember Dafydd ringing me the night it went out and saying, “The phones haven’t stopped, girl.” I cried for an hour,’ she told BBC Wales.",
        "Presenter Dafydd Llywelyn-Jones, 72, hosted the show.",
    )
    assert [speaker for _text, speaker, _kind in found] == ["Elin Haf Morgan", "Dafydd Llywelyn-Jones"]


@pytest.mark.parametrize(
    ("paragraphs", "inner"),
    [
        (("Okonkwo dedicated the fight to his late father, Emeka Okonkwo, a bus driver.", "‘My dad used to say, “You get the fight you trained for.” I’ve trained,’ Chidi Okonkwo said."), "Emeka Okonkwo"),
        (("Cian O’Rourke, who was trained by his late amateur coach Paddy Brennan, was unmoved.", "‘My old coach used to say, “The loudest man is the one who’s scared.”’ O’Rourke said."), "Paddy Brennan"),
        (("Ms Drummond spoke last.", "She told members: ‘My grandfather was a miner, and he used to say to me, “Never trust a man who says he alone can fix it.”’"), None),
    ],
)
def test_my_father_or_coach_used_to_say_is_the_one_named_so_before_and_nobody_when_unnamed(paragraphs: tuple[str, ...], inner: str | None) -> None:
    assert quotes(*paragraphs)[-1][1] == inner


def test_i_said_in_an_interviews_answer_is_the_person_the_answer_is_by() -> None:
    found = quotes(
        "WIRED spoke with Nomvula Dlamini-Chen, a professor of computer science.",
        "WIRED: Do you use chatbots yourself?",
        'Dlamini-Chen: Every day. I said to them, "How sure are you?"',
    )
    assert [speaker for _text, speaker, _kind in found] == ["Nomvula Dlamini-Chen"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The Sudanese delegation was led by Dr Awad Osman el-Tayeb, who described the talks as "frank".', "Awad Osman el-Tayeb"),
        ('The application was brought by Amanzi Metering Solutions, an unsuccessful bidder, which argued it was "rigged".', "Amanzi Metering Solutions"),
    ],
)
def test_a_speaker_governed_by_a_preposition_still_speaks_in_its_own_who_clause(sentence: str, speaker: str) -> None:
    assert [name for _text, name, _kind in quotes(sentence)] == [speaker]


def test_a_bodys_whose_bulletin_describes_clause_is_its_speech_even_after_its_initials() -> None:
    found = quotes('Some 400,000 people face shortages, according to the Arid Lands Resilience Authority (ALRA), whose latest bulletin describes the situation as "critical and worsening".')
    assert [speaker for _text, speaker, _kind in found] == ["Arid Lands Resilience Authority"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Emre Yildirim, who runs a dairy farm, rents land to the cooperative but says he still has doubts. “Nobody has given me a good answer.”", "Emre Yildirim"),
        ("Ruth Abara, a nurse, moved back in May and says the clinic is busier. “We never stop.”", "Ruth Abara"),
        ("Ruth Abara, a nurse, moved back in May and met Tom Rees. “We never stop.”", None),
    ],
)
def test_a_quote_goes_on_with_a_subject_whose_second_verb_is_speech(paragraph: str, speaker: str | None) -> None:
    assert quotes(paragraph)[-1][1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The Irish delegation said it shared "many of the concerns".', None),
        ('The minister has said it was "a mess".', None),
        ('The bureau said it would "closely monitor" rents.', "Housing Bureau"),
    ],
)
def test_it_after_said_is_the_unnamed_subject_before_the_verb_not_the_last_body(sentence: str, speaker: str | None) -> None:
    assert quotes("The Housing Bureau has a plan.", sentence)[-1][1] == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The ministers set out their objections in a letter to Agriculture Commissioner Ilse Vandermeulen.", None),
        ("The unions set out their objections in a letter to Health Minister Rhys Owen.", None),
        ("Ilse Vandermeulen set out her objections in a letter to Agriculture Commissioner Tom Reyes.", "Ilse Vandermeulen"),
    ],
)
def test_the_letter_is_not_written_by_the_one_it_was_sent_to_behind_a_title(opening: str, speaker: str | None) -> None:
    assert quotes(opening, "“Farmers need predictability,” the letter says.")[-1][1] == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Minutes later, a man who said he had been living in his car took the microphone.", None),
        ("Later, a woman in a red coat stood up.", None),
        ("Sam Okonkwo, a senior energy trader, told reporters that complacency had set in.", "Sam Okonkwo"),
    ],
)
def test_someone_unnamed_after_a_short_opening_speaks_the_quote_after(opening: str, speaker: str | None) -> None:
    found = quotes("Mayor Ruth Abara said the ban would hold. “It is the law.”", f"{opening} “You keep calling us a problem.”")
    assert found[-1][1] == speaker


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Chief Arturo Benavides said officers would lead under what the department is calling “Operation Safe Routes”.", "scare"),
        ("Arturo Benavides launched what he called “Operation Safe Routes”.", "scare"),
        ("Arturo Benavides condemned what he called “a betrayal of the city”.", "partial"),
    ],
)
def test_a_name_in_capitals_after_what_someone_calls_is_a_scare_quote(sentence: str, kind: str) -> None:
    assert quotes(sentence)[-1][2] == kind


def test_a_quoted_noun_phrase_before_a_preposition_is_the_speakers_words_not_a_modifier() -> None:
    found = quotes('In a statement, MetroLink said the fault was traced to a "damaged power cable" near Lavender station.')
    assert found == [("damaged power cable", "MetroLink", "partial")]


@pytest.mark.parametrize("following", ["including", "via", "even", "just"])
def test_a_quoted_noun_phrase_before_a_word_that_is_no_noun_is_the_speakers_words_not_a_modifier(following: str) -> None:
    found = quotes(f'Kessler Antriebstechnik will close the plant. A Kessler spokeswoman said the company had offered a "generous social plan" {following} retraining.')
    assert found == [("generous social plan", "Kessler Antriebstechnik", "partial")]


@pytest.mark.parametrize(
    ("name", "short"), [("MetroLink Singapore", "MetroLink"), ("Northlink Singapore", "Northlink"), ("National Rail Ireland", "National Rail Ireland")]
)
def test_a_company_named_with_its_country_speaks_as_a_body_under_its_short_name_too(name: str, short: str) -> None:
    analysis = run(f"Trains stopped at 7.10am, operator {name} said.", f"“We apologise,” {short} said.")
    speakers = {e.name: e for e in analysis.entities}
    assert speakers[name].type == "organization"
    assert speakers[name].id == analysis.quotes[0].speaker_id


@pytest.mark.parametrize("title", ["Recorder", "Coroner"])
def test_a_judicial_title_is_no_part_of_the_name(title: str) -> None:
    assert quotes(f"Sentencing, {title} Helen Mayhew told Garside: “You chose to look at a video.”")[0][1] == "Helen Mayhew"


def test_straight_single_marks_quote_fragments_beside_double_ones_as_tabloids_write() -> None:
    found = quotes(
        "Joan Critchley, 81, said she was left 'shaking like a leaf' by the encounter. Officers fined her for 'littering'.",
        'She told MailOnline: "I\'ve been feeding those ducks for years. It\'s the 1960s\' rules."',
        "Her daughter's rock 'n' roll band played the '60s hits.",
    )
    assert [(text, kind) for text, _speaker, kind in found] == [
        ("shaking like a leaf", "partial"),
        ("littering", "scare"),
        ("I've been feeding those ducks for years. It's the 1960s' rules.", "direct"),
    ]
    assert found[0][1] == "Joan Critchley"


def test_a_bodys_website_speaks_for_it() -> None:
    found = quotes(
        'A spokesman for Hallowell Borough Council said: "Our officers are trained to use their discretion."',
        "The council's own website says feeding wildlife is 'not encouraged' in its parks.",
    )
    assert found[-1] == ("not encouraged", "Hallowell Borough Council", "partial")


def test_someone_unnamed_described_with_listed_modifiers_speaks_unnamed() -> None:
    found = quotes(
        "Mayor Trish Delaney said the news was “a kick in the guts”.",
        "One fly-in, fly-out worker, who did not want to be named, told The West Australian he found out from his phone.",
        "“Not even an email first,” he said.",
    )
    assert found[-1][1] is None


def test_a_speaker_named_after_a_question_keeps_it_whatever_the_length_of_the_setting_after_the_verb() -> None:
    found = quotes(
        'The COA report said the projects "could not be located" during inspection.',
        '"Where are they? Did the river swallow them?" Sen. Ramon Dizon asked during the hearing of the Senate blue ribbon committee.',
    )
    assert found[-1][1] == "Ramon Dizon"


def test_a_speech_verb_right_after_a_possessive_name_is_an_adjective() -> None:
    found = quotes("Senthil’s repeated refrain — “Amma, the sea does not keep accounts” — begins to grate.")
    assert found == [("Amma, the sea does not keep accounts", None, "scare")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ('She added that detectives were keen to trace the driver of a "dark-coloured hatchback" seen in the area.', "partial"),
        ('She added that detectives were keen to trace a "dark-coloured hatchback" parked outside the shop.', "partial"),
        ('She added that the "reset" proved to be appeasement.', "scare"),
        ('She said ministers recognised the “enormous frustration” felt by island communities.', "partial"),
    ],
)
def test_a_quote_before_a_participle_phrase_is_no_modifier(sentence: str, kind: str) -> None:
    assert quotes("Det Supt Lisa Farrow said two men had been arrested.", sentence)[-1][2] == kind


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The Singapore Police Force said it had investigated 6,000 suspected money mules.", "Singapore Police Force"),
        ("At least 38 garages were broken into, according to the Chicago Police Department.", "Chicago Police Department"),
        ("At least 38 garages were broken into this summer.", None),
        ("Greater Manchester Police and the Metropolitan Police Service are both investigating.", None),
    ],
)
def test_police_speak_for_the_one_force_the_article_named(opening: str, speaker: str | None) -> None:
    found = quotes(opening, "“Members of the public are reminded never to share their accounts,” the police said.", "Police said detectives were “actively investigating”.")
    assert [name for _text, name, _kind in found] == [speaker, speaker]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("A Metropolitan Police spokesperson said snatches were reported every night.", "Metropolitan Police"),
        ("Greater Manchester Police and the Metropolitan Police Service are both investigating.", None),
        ("Police said more officers would patrol the area.", None),
    ],
)
def test_police_before_any_force_is_named_speak_for_the_one_force_named_after(after: str, speaker: str | None) -> None:
    found = quotes("Phone snatches have risen in the West End. Police urged people to “step back from the kerb” when using their phones.", after)
    assert found[0] == ("step back from the kerb", speaker, "partial")


@pytest.mark.parametrize("part", ["secretariat", "leadership", "management"])
def test_a_bodys_secretariat_or_leadership_speaks_for_it(part: str) -> None:
    found = quotes(f'In a closing statement, the {part} of the UN Framework Convention on Climate Change (UNFCCC) said progress had been "uneven".')
    assert found == [("uneven", "UN Framework Convention on Climate Change", "partial")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Her barrister, Alistair Quan, told the court his client had developed a “catastrophic” gambling problem.", "partial"),
        ("Nerovance said the trial showed a “clinically meaningful” benefit.", "partial"),
        ("The chancellor said the poll would give a “clear and fundamental” choice.", "partial"),
        ("Campaigners want a “yes” vote in the referendum.", "scare"),
        ("Alistair Quan said the union backed a “stay close” accommodation.", "scare"),
        ("Manager Stevie McAteer said his side’s “magnificent” character won the game.", "partial"),
        ("Karen Liddell said the plans favoured a “build to rent” scheme.", "scare"),
        ("The British Retail Consortium warned that the sector faced a “difficult” first half.", "partial"),
        ("Karen Whitfield said Marchetti was part of a “really exciting” crop of young swimmers.", "partial"),
    ],
)
def test_a_quoted_judgement_before_a_noun_is_the_speakers_word_but_a_term_is_no_ones(sentence: str, kind: str) -> None:
    assert quotes(sentence)[-1][2] == kind


def test_a_relative_clause_with_a_quote_and_an_adverb_leaves_the_speaker_the_subject() -> None:
    found = quotes(
        "Ministers defended the figures.",
        "But the shadow housing secretary, Claire Pendleton, who has previously accused the government of “moving the goalposts” "
        "by counting shared ownership homes, said families on waiting lists “cannot live in a pipeline”.",
    )
    assert found == [("moving the goalposts", "Claire Pendleton", "partial"), ("cannot live in a pipeline", "Claire Pendleton", "partial")]


def test_a_name_set_off_after_an_unnamed_subject_speaks_the_quote_its_colon_introduces() -> None:
    found = quotes(
        "The club is celebrating its grant.",
        'One long-standing member, 88-year-old Dai Bevan, put it more simply: "Best thing that has happened here since we beat Pontypridd."',
    )
    assert found == [("Best thing that has happened here since we beat Pontypridd.", "Dai Bevan", "direct")]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("A tramper who spent four nights lost in the Tararua Range says “a lot of swearing” kept him alive.", "Aaron Whitcombe, 38, from Palmerston North, was found on Sunday."), "Aaron Whitcombe"),
        (("A man who stole a collection box from a hospice shop told gardaí he “needed it more than they did”, a court has heard.", "Jason Hegarty (34), of no fixed abode, pleaded guilty."), "Jason Hegarty"),
        (
            ("The mother of a teenager stabbed to death in Salford has described him as a “kind and gentle boy”.", "Kieran Mwale, 17, was found on Langworthy Road.", "His mum, Grace Mwale, said she was heartbroken."),
            "Grace Mwale",
        ),
        (("A man accused of leaving a pipe bomb outside a house was trying to ‘scare’ a neighbour, a court has heard.", "Darren Mulholland (34) appeared in court."), None),
        # a participle whose subject opens the story, past a dateline
        (
            (
                "JEFFERSON CITY, Mo. (AP) — A federal judge on Tuesday blocked a Missouri law, saying it was likely to “burden the right to vote.”",
                "U.S. District Judge Harriet Okafor-Lind's 38-page order bars officials from enforcing it.",
            ),
            "Harriet Okafor-Lind",
        ),
    ],
)
def test_a_story_opening_that_describes_its_speaker_is_the_person_named_next(paragraphs: tuple[str, ...], speaker: str | None) -> None:
    assert quotes(*paragraphs)[0][1] == speaker


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("That did little to reassure Jenny Marsden, chairwoman of the local branch of the National Farmers’ Union.", "Jenny Marsden"),
        ("The rider dedicated the win to her former teammate Maria Lopez, who died in February.", "Helen Oduya"),
    ],
)
def test_he_or_she_is_the_person_the_sentence_before_introduces_with_a_role(introduction: str, speaker: str) -> None:
    found = quotes(
        "Its flood risk manager, Helen Oduya, told the meeting the designs were not final.",
        "Mrs Oduya said a similar scheme had flooded farmland only twice in eight years.",
        f"{introduction} “Twice is two harvests,” she said.",
    )
    assert found[-1][1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Whitlow then handed over to the vice president of engineering, Priya Nandakumar, who walked through what she called a “preliminary” reconstruction.",
            "Priya Nandakumar",
        ),
        # the clause closed before the pronoun: the one who spoke before
        ("Of Nandakumar, who staff call “The Lighthouse” because of her calm, she added: “People keep writing her off.”", "Karen Whitlow"),
    ],
)
def test_he_or_she_inside_a_who_clause_is_the_person_the_clause_is_about(paragraph: str, speaker: str) -> None:
    found = quotes("“It did exactly what we told it to do,” chief executive Karen Whitlow said of her deputy, Priya Nandakumar.", paragraph)
    assert found[-1][1] == speaker


@pytest.mark.parametrize(
    ("outer", "named", "inner"),
    [
        (
            "“When the lights came up, my producer turned to me and said, ‘Go down to the front.’ I didn’t move,” Aoife Brennan said.",
            "Producer Fergal Doyle said the applause lasted eleven minutes.",
            "Fergal Doyle",
        ),
        (
            "“My guru always says, ‘Sing to the deity, not to the audience.’ Today I understood,” Ms. Venkatraman said.",
            "Her guru, veteran vocalist K.R. Srinivasan, said she had great promise.",
            "K.R. Srinivasan",
        ),
        (
            "“Our producer would say, ‘It’s perfect. Now do it sadder.’ We laughed about it,” Kim Seo-yeon said.",
            "The producer in question, Jang Min-ho, co-wrote seven of the album’s 11 tracks.",
            "Jang Min-ho",
        ),
        (
            "“My guru always says, ‘Sing to the deity, not to the audience.’ Today I understood,” Ms. Venkatraman said.",
            "The hall, built in 1911, was full.",
            None,
        ),
    ],
)
def test_my_producer_or_my_guru_quoted_in_a_quote_is_the_one_named_so_just_after(outer: str, named: str, inner: str | None) -> None:
    assert quotes("The concert drew applause.", outer, named)[1][1] == inner


def test_cases_the_review_of_the_session_after_2024ed3_found() -> None:
    # a question closing a turn of several quotes is rhetorical: the bare question after it is the same speaker's
    found = quotes(
        "“It's a disgrace,” said resident Ann Cole. “Nobody listens to us.”",
        "“We have heard the concerns,” said councillor Tom Reid. “But what are the alternatives?”",
        "“Where else would we put the houses?”",
    )
    assert found[-1] == ("Where else would we put the houses?", "Tom Reid", "direct")
    # the clause's first "he", not the "she" of a clause inside it
    found = quotes(
        "Helen Ward said her neighbour, Mark Jones, had been abusive towards her and her daughter, Chloe Ward.",
        "“One day he saw she had parked in his space and shouted, ‘Move it!’” Ms Ward said.",
    )
    assert found[-1] == ("Move it!", "Mark Jones", "direct")
    found = quotes(
        "Gemma Hart said her son, Liam Hart, had been stopped by police on his way home.",
        "“The officer saw he was frightened and said, ‘You're not in trouble,’” Ms Hart said.",
    )
    assert found[-1] == ("You're not in trouble,", None, "direct")
    # nor a bare question in the first person after an answer of several quotes
    found = quotes(
        "“Will you resign?” Laura Kuenssberg asked.",
        "“No,” said Prime Minister Boris Johnson. “I have a mandate.”",
        "“Why would I walk away now?”",
    )
    assert found[-1] == ("Why would I walk away now?", "Boris Johnson", "direct")
    # "the spokeswoman" after another body's spokeswoman, with no quote of hers before
    found = quotes(
        "A spokeswoman for the Metropolitan Police said: “Officers were called at 9pm.”",
        "The London Ambulance Service also attended, and its spokeswoman said a man had been taken to hospital. "
        "The spokeswoman added: “He is in a stable condition.”",
    )
    assert found[-1][1] != "Metropolitan Police"
    # a mentor of the other gender is not "she"
    found = quotes(
        "Katie Boulter said her coach, Tom Reed, had been with her all week.",
        "“I went to see my coach after the match, and the physio was already there. She said, ‘It's a tear,’” Boulter said.",
    )
    assert found[-1] == ("It's a tear,", None, "direct")


def test_a_capitalised_state_in_a_teams_name_is_no_speech_verb_keeping_the_coach_from_being_the_subject() -> None:
    found = quotes("Lakeshore State coach Rick Halvorsen was furious with referee Tom Vance.", "“We were robbed,” he said.")
    assert found == [("We were robbed,", "Rick Halvorsen", "direct")]


def test_he_after_my_coach_in_the_quote_before_is_the_coach_named_after() -> None:
    found = quotes(
        "Sarmad Ali won the final in five games.",
        "“At 2-0 down I looked at my corner and my coach just pointed at his legs,” Sarmad said. “He was telling me, ‘Make him run, he is tired.’ He was right.”",
        "His coach, Nasir Khan, a former national champion, said Sarmad had “the lungs of a mountain goat”.",
    )
    assert ("Make him run, he is tired.", "Nasir Khan", "direct") in found


def test_what_the_speaker_said_to_mum_inside_a_quote_is_the_speakers_not_mums() -> None:
    found = quotes(
        "Margaret Doyle, 84, gave evidence on Tuesday. Her daughter, Karen Doyle, 52, told the court she found the payments.",
        "“I rang Mum and said, ‘What on earth is going on?’ And she just cried,” she said.",
    )
    assert found[-1] == ("What on earth is going on?", "Karen Doyle", "direct")
    found = quotes(
        "Conor Walsh led until the last. Seán Kiely, 24, was winning his first Grade One.",
        "“I was looking at Conor’s back and thinking, ‘Fair play, he’s gone,’” Kiely said.",
    )
    assert found[-1] == ("Fair play, he’s gone,", "Seán Kiely", "direct")


@pytest.mark.parametrize(
    ("outer", "named", "inner"),
    [
        ("“At 35 kilometers, coach told me, ‘Go now or never,’ so I went,” Hoshino said.", "Her coach, Tetsuya Morioka, was in tears.", "Tetsuya Morioka"),
        ("“Coach just told me, ‘Go now or never,’ so I went,” Hoshino said.", "Her coach, Tetsuya Morioka, was in tears.", "Tetsuya Morioka"),
        ("“On lap 40, my engineer told me, ‘Go now or never,’ so I went,” Hoshino said.", "Her race engineer Kenji Oda was in tears.", "Kenji Oda"),
        ("“At 35 kilometers, my coach told me, ‘Go now or never,’ so I went,” Hoshino said.", "That coach, Kenji Oda, was in tears.", "Kenji Oda"),
        ("“When I walked in, skipper told me, ‘Go now or never,’ so I went,” Hoshino said.", "The team's captain Kenji Oda was in tears.", "Kenji Oda"),
        # someone else's coach, unnamed
        ("“At 35 kilometers, a coach told me, ‘Go now or never,’ so I went,” Hoshino said.", "Her coach, Tetsuya Morioka, was in tears.", None),
        # named before the role: past the appositive, as before
        ("“Kenji Oda, our physio, told me, ‘Go now or never,’ so I went,” Hoshino said.", "Her coach, Tetsuya Morioka, was in tears.", "Kenji Oda"),
    ],
)
def test_a_coach_or_engineer_quoted_by_role_in_a_quote_is_the_one_named_so(outer: str, named: str, inner: str | None) -> None:
    found = quotes("Aya Hoshino won on Sunday.", outer, named)
    assert ("Go now or never,", inner, "direct") in found


def test_the_role_before_a_name_counts_only_in_the_names_own_sentence() -> None:
    found = quotes(
        "A cyclist died after hitting a pothole first reported years ago, a coroner has concluded.",
        "Dr Richard Ashworth, 61, was thrown over his handlebars.",
        "Recording a narrative conclusion, the area coroner said the defect had been “obvious, significant and known”.",
    )
    assert found == [("obvious, significant and known", None, "partial")]


@pytest.mark.parametrize("opening", ["However, an official of the utility", "But one official of the utility"])
def test_someone_unnamed_after_however_or_but_speaks_unnamed(opening: str) -> None:
    found = quotes(
        "Repairs were in their final stages, Asif Memon told Dawn.",
        f"{opening}, speaking on condition of anonymity, admitted that theft remained a problem. “Everyone knows where the illegal hydrants are.”",
    )
    assert found[-1][1] is None


@pytest.mark.parametrize("adverb", ["allegedly", "reportedly", "apparently"])
def test_an_adverb_of_hearsay_between_the_speaker_and_the_verb(adverb: str) -> None:
    found = quotes("The court heard the painting was a fake.", f"When confronted, Mr Julian Pemberton-Hale {adverb} wrote to the buyer: “I am as shocked as you are.”")
    assert found == [("I am as shocked as you are.", "Julian Pemberton-Hale", "direct")]


def test_a_plurals_apostrophe_in_single_quotes_gives_way_to_the_close_after_punctuation() -> None:
    found = quotes("The minister, Eilidh Ross-Campbell, replied: ‘I understand islanders’ frustration – I share it. But we are building.’ The players’ union agreed.")
    assert [text for text, _speaker, _kind in found] == ["I understand islanders’ frustration – I share it. But we are building."]


def test_a_year_cut_short_in_single_quotes_does_not_close_them() -> None:
    found = quotes("‘There are lads in that clubhouse who were there in ’97 and never thought they’d see it again,’ Dave Hegarty said.")
    assert found == [("There are lads in that clubhouse who were there in ’97 and never thought they’d see it again,", "Dave Hegarty", "direct")]


@pytest.mark.parametrize(
    ("description", "speaker"),
    [("the former Black Stars defender", "Kofi Asamoah-Darko"), ("the former Ghana defender", "Kofi Asamoah-Darko"), ("the Craven Young Farmers club", "Craven Young Farmers")],
)
def test_the_former_team_player_is_the_one_person_named_before_whatever_the_teams_length(description: str, speaker: str | None) -> None:
    found = quotes(
        "Speaking after the game, Diamond Stars head coach Kofi Asamoah-Darko praised his side's \"never-say-die spirit\".",
        f'"We didn\'t start well," {description} said.',
    )
    assert found[-1][1] == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Brian Tumusiime, a bursar at the school, was charged with theft on Monday.", "Brian Tumusiime"),
        ("Brian Tumusiime and Sarah Okello were charged with theft on Monday. Okello pleaded not guilty.", None),
    ],
)
def test_the_accused_is_the_one_person_the_article_showed_charged(opening: str, speaker: str | None) -> None:
    assert quotes(opening, "When the charges were read, the accused said: “I am not guilty, Your Worship.”")[-1][1] == speaker


def test_an_affidavit_speaks_for_its_author() -> None:
    found = quotes(
        "In an affidavit read out by his lawyer, Xolani Dyantyi denied the charges.",
        "“I have at all material times acted in accordance with the Act,” the affidavit stated.",
    )
    assert found[-1][1] == "Xolani Dyantyi"


@pytest.mark.parametrize(
    ("spokesperson", "speaker"),
    [("a ministry spokesperson", "Environmental Protection Ministry"), ("a university spokeswoman", "Caledon University"), ("a council spokesman", None)],
)
def test_a_ministry_spokesperson_speaks_for_the_ministry_named_last(spokesperson: str, speaker: str | None) -> None:
    found = quotes(
        "The Environmental Protection Ministry and Caledon University said the plan was under review.",
        f"“We will not approve the facility unless it is safe,” {spokesperson} said.",
    )
    assert found[-1][1] == speaker


@pytest.mark.parametrize("part", ["Kogi State chapter", "Lagos branch", "youth wing"])
def test_a_bodys_chapter_branch_or_wing_speaks_for_the_body(part: str) -> None:
    found = quotes(f"The {part} of the Christian Association of Nigeria described the attack as “barbaric and ungodly”.")
    assert found == [("barbaric and ungodly", "Christian Association of Nigeria", "partial")]


def test_continued_before_an_infinitive_shows_nobody_speaking_for_she_said_next() -> None:
    found = quotes(
        "Renovation contractor Tay Boon Huat, 45, pleaded guilty to cheating home owners.",
        "Deputy Public Prosecutor Nicole Lim said Tay had continued to take on new clients after the company was insolvent.",
        "“The accused was, in effect, using new deposits to plug holes,” she said.",
    )
    assert found == [("The accused was, in effect, using new deposits to plug holes,", "Nicole Lim", "direct")]


def test_words_quoted_in_a_question_about_what_someone_agreed_are_the_askers() -> None:
    found = quotes(
        "Dominic Leckie, the minister for local roads, rose to announce a £500m pothole fund.",
        "A government loyalist, Raj Mistry, attempted a rescue, asking whether the minister agreed that “drivers can finally see light”.",
        "Asked whether the fund would last, the minister replied: “It will.”",
    )
    assert found == [("drivers can finally see light", "Raj Mistry", "partial"), ("It will.", "Dominic Leckie", "direct")]


def test_what_a_body_would_announce_in_a_clause_someone_reports_is_in_the_reporters_words() -> None:
    found = quotes(
        "Workers at Severn Vale Water voted to strike. Declan Moss, Unite’s regional officer, said: “They’ve had enough.”",
        "He said the union would announce dates “within days” unless the company returned with an improved offer.",
        "“I would always say, ‘Keep going,’” Moss said.",
    )
    assert found[1] == ("within days", "Declan Moss", "partial")


def test_someone_muttering_from_the_benches_is_nobody_not_the_member_who_asked_before() -> None:
    found = quotes(
        "A government loyalist, Raj Mistry, asked whether the minister agreed that “drivers can finally see light at the end of the tunnel”.",
        "“Or at the bottom of the pothole,” someone muttered from the opposition benches.",
    )
    assert found[-1] == ("Or at the bottom of the pothole,", None, "direct")


def test_a_force_spokesperson_speaks_for_the_one_police_force_named() -> None:
    found = quotes(
        "Lancashire Police say a woman has been taken to hospital after a tree fell on her car.",
        "A force spokesperson said: “The woman was freed by firefighters.”",
    )
    assert found == [("The woman was freed by firefighters.", "Lancashire Police", "direct")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('In a note to clients, analysts at Whitcombe Securities said the results showed "the era of easy pricing is over".', "Whitcombe Securities"),
        ('Omar Lamrani, a senior military analyst at Stratfor, said the country was "fairly secular".', "Omar Lamrani"),
    ],
)
def test_analysts_at_a_firm_speak_for_it_but_a_named_analyst_for_himself(sentence: str, speaker: str) -> None:
    assert quotes(sentence)[-1][1] == speaker


def test_a_judge_ruled_after_a_quote_attributes_it() -> None:
    found = quotes(
        "Joseph Odhiambo appeared before Chief Magistrate Lucy Achieng Wafula on Monday.",
        '"The accused persons are presumed innocent. However, the court will impose conditions," Wafula ruled.',
    )
    assert found[-1][1] == "Lucy Achieng Wafula"


@pytest.mark.parametrize(
    "unnamed",
    [
        "The headmistress of the school, who did not wish to be named, said 210 students were enrolled.",
        "Another resident, who requested anonymity, claimed that the tanker mafia was benefiting.",
    ],
)
def test_someone_described_who_asks_not_to_be_named_speaks_unnamed(unnamed: str) -> None:
    found = quotes("M. Selvaraj, a mill worker, said residents had collected signatures.", f"{unnamed} “We have already received complaints,” she said.")
    assert found[-1][1] is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Khanyisile Nxumalo of the civil society group Accountability Now SA, which has attended every day of the trial, said roads were “never built”.", "Khanyisile Nxumalo"),
        ("Accountability Now SA, which has attended every day of the trial, said roads were “never built”.", "Accountability Now SA"),
        ("Prof. Tamar Levin of the Hebrew University’s Institute of Archaeology, who was not involved, described it as “a beautiful example”.", "Tamar Levin"),
        ("Outside court, Insp Graham Lyttle of the PSNI's Roads Policing Unit said: “This case is a devastating reminder.”", "Graham Lyttle"),
    ],
)
def test_a_which_clause_after_a_persons_body_leaves_the_person_the_speaker(sentence: str, speaker: str) -> None:
    assert quotes("The trial resumed on Monday.", sentence)[-1][1] == speaker


def test_an_acronym_in_brackets_is_governed_like_the_name_it_follows() -> None:
    found = quotes(
        "Residents' association chairman Datuk Dr Ahmad Fauzi Ismail said cracks had appeared on the walls.",
        'He said residents had written to the Penang Island City Council (MBPP) three times but had yet to receive "a proper answer".',
    )
    assert found == [("a proper answer", "Ahmad Fauzi Ismail", "partial")]


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        ("Counsel Riaan Pretorius put it to the witness that she had “invented” the meeting.", "invented", "Riaan Pretorius"),
        ("She completed the swim, finishing – as Aisha Al Mazrouei puts it – “last, but not drowned”.", "last, but not drowned", "Aisha Al Mazrouei"),
    ],
)
def test_put_it_reports_speech(sentence: str, quote: str, speaker: str) -> None:
    assert (quote, speaker) in [(text, name) for text, name, _kind in quotes(sentence)]


def test_she_inside_a_quote_after_someone_unnamed_by_role_is_nobody() -> None:
    found = quotes(
        "Mr Julius Ssemakula, a parent in Kira Municipality, said he had been asked to pay more.",
        "“I went to pay fees and the bursar gave me a new circular. When I asked what it was for, she told me, ‘Those are instructions from the directors.’ Nobody consulted us,” Mr Ssemakula said.",
    )
    assert found[-1] == ("Those are instructions from the directors.", None, "direct")


@pytest.mark.parametrize(
    ("echo", "speaker"),
    [
        ("“They say ‘around the clock’, but we don’t see anyone working,” said Nomvula Mahlangu.", "Johannesburg Water"),
        ("“They say ‘around the corner’, but we don’t see anyone working,” said Nomvula Mahlangu.", None),
    ],
)
def test_a_quote_inside_a_quote_echoing_an_earlier_speakers_words_is_theirs(echo: str, speaker: str | None) -> None:
    found = quotes(
        "Johannesburg Water said the outage was caused by a power failure.",
        "“Our teams are working around the clock to restore supply,” the utility said.",
        echo,
    )
    assert found[-1][0].startswith("around the") and found[-1][1] == speaker


def test_a_quote_inside_a_quote_repeating_words_quoted_as_someones_before_is_theirs() -> None:
    found = quotes(
        "Peter Vance, an analyst at Halstead Securities, asked whether management had been “too slow” to respond.",
        "“I’d push back a little on ‘too slow,’” Claire Dunmore replied. “We saw this coming.”",
    )
    assert found[0] == ("too slow", "Peter Vance", "partial")
    assert ("too slow,", "Peter Vance", "partial") in found


def test_a_person_spoken_of_in_relation_to_something_is_still_named_last() -> None:
    found = quotes(
        "Councilmember Angela Bell voted no on the plan.",
        "Police questioned a man in relation to Marcus Bell, a resident who spoke at the meeting and was threatened after it.",
        "“I was frightened for my family,” Bell said.",
    )
    assert found[-1][1] == "Marcus Bell"


def test_whom_a_namesake_is_not_related_to_is_not_named_last() -> None:
    found = quotes(
        "“She can’t afford to live in the city she grew up in,” said Marcus Bell, a Westview resident.",
        "Councilmember Angela Bell, whose district includes the site and who is not related to Marcus Bell, voted no.",
        "“Eighty percent of area median income is not affordable to anybody on my street,” Bell said.",
    )
    assert found[-1] == ("Eighty percent of area median income is not affordable to anybody on my street,", "Angela Bell", "direct")


@pytest.mark.parametrize(("gap", "speaker"), [(2, "Craig Munro"), (1, "Jamie Munro")])
def test_a_namesake_set_off_as_no_relation_is_not_the_bare_surname_paragraphs_later(gap: int, speaker: str) -> None:
    found = quotes(
        "Craig Munro blasted a “scandalous” VAR decision after Aberdeen snatched a late equaliser.",
        "Dons substitute Jamie Munro - no relation to the Hearts gaffer - bundled in from close range.",
        *["Referee Iain Baird was advised by VAR to let the goal stand."] * (gap - 1),
        "Munro said: “I’ve watched it back four times and I still can’t believe it.”",
    )
    assert found[-1] == ("I’ve watched it back four times and I still can’t believe it.", speaker, "direct")


def test_a_name_before_herself_or_himself_is_a_person_who_speaks_next() -> None:
    found = quotes(
        "“It didn’t look great,” Lisa Whitby said of a call against wing defence Bree Mitchell.",
        "“I’m not going there,” she said.",
        "Mitchell herself was less diplomatic. “I didn’t touch her,” she told reporters.",
    )
    assert [name for _text, name, _kind in found] == ["Lisa Whitby", "Lisa Whitby", "Bree Mitchell"]


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        ("“We cannot wait,” Tokai President Hiroshi Sato said.", "Hiroshi Sato"),
        ("“We cannot wait,” said Hiroshi Sato, the president of Tokai.", "Hiroshi Sato"),
    ],
)
def test_a_bodys_possessive_before_a_shared_surname_is_the_bearer_tied_to_that_body(introduction: str, speaker: str) -> None:
    found = quotes(
        introduction,
        "“The headline is big,” said Yuki Sato, a semiconductor analyst at Kaneda Securities.",
        "Asked about the customer, Tokai’s Sato declined to name any company but said talks were “well advanced”.",
    )
    assert found[-1][1] == speaker


def test_the_people_of_an_opening_when_asked_clause_are_not_who_stood_up_and_said() -> None:
    found = quotes(
        "Lim Wei Jie, 34, a former bank officer, pleaded guilty to 12 charges.",
        "In sentencing, District Judge Ong Hui Min said the case called for a deterrent. “The sentence must deter others,” she added.",
        "When asked by the judge if he had anything to say, Lim, dressed in a white shirt, stood up and said: “I am very sorry to all the victims.”",
    )
    assert [name for _text, name, _kind in found] == ["Ong Hui Min", "Lim Wei Jie"]


def test_a_pronoun_of_an_opening_asked_clause_is_not_who_said_and_added() -> None:
    found = quotes(
        "Housing Secretary Sian Pryce defended the plan. Cllr Brenda Hoyle, who chairs the housing board, said councils lacked staff: "
        "“You can’t ask us to review every boundary.”",
        "Asked on BBC Radio 4’s Today programme whether she would compromise, Pryce said she was “always listening”, but added: "
        "“The answer to a housing crisis cannot be fewer houses.”",
    )
    assert [name for _text, name, _kind in found] == ["Brenda Hoyle", "Sian Pryce", "Sian Pryce"]


@pytest.mark.parametrize("someone", ["someone at the back", "a man at the back"])
def test_someone_unnamed_shouting_after_an_opening_clause_is_nobody_not_the_clauses_speaker(someone: str) -> None:
    found = quotes(
        "Councillor Dean Whitworth defended the plan. When Cllr Whitworth told the meeting that the scheme would be reviewed after a year, "
        f"{someone} shouted “You said that about the bins!”, to loud applause."
    )
    assert [name for _text, name, _kind in found] == [None]


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Outside court, residents sang and held placards, one of which read: “No water, no bail!”", [None]),
        ("Outside court, a banner read: “No water, no bail!”", [None]),
        ("Isla, holding a cardboard sign she had painted herself, said: “Trees are homes for birds.”", ["Isla Hale"]),
    ],
)
def test_what_a_sign_reads_is_nobodys_words(sentence: str, speakers: list[str | None]) -> None:
    found = quotes("Isla Hale, 9, joined the march. “This sends a clear message,” Tsakani Baloyi said.", sentence)
    assert [name for _text, name, _kind in found[1:]] == speakers


def test_reminding_someone_before_a_colon_quotes_the_subject() -> None:
    found = quotes(
        "“Supply is coming,” Taoiseach Conor Brennan said.",
        "The Ceann Comhairle, Seán Ó Dálaigh, was forced to intervene twice, at one point reminding TDs: “This is not a football match.”",
    )
    assert [name for _text, name, _kind in found] == ["Conor Brennan", "Seán Ó Dálaigh"]


@pytest.mark.parametrize("verb", ["quipping", "lamenting", "reiterating", "retorting", "musing", "countering", "muttering"])
def test_a_speech_verbs_participle_after_a_comma_quotes_the_subject(verb: str) -> None:
    found = quotes("Marcus Lee, the captain, said little.", f"Coach Dana Whitlock shrugged off the defeat, {verb} that the team had “been here before”.")
    assert found == [("been here before", "Dana Whitlock", "partial")]


def test_frets_reports_speech_so_an_unnamed_owner_who_frets_is_nobody_named() -> None:
    found = quotes(
        "MLB, for its part, insists the reorganisation was about better facilities. A spokesman said the league had invested heavily.",
        "Whether the boom lasts will depend on the novelty. “Every team has a taco night now,” frets one independent-league owner.",
    )
    assert found == [("Every team has a taco night now,", None, "direct")]


def test_my_coach_quoted_in_a_quote_is_the_one_named_so_a_few_paragraphs_on() -> None:
    found = quotes(
        "“My coach told me in the warm-up, ‘Just run your race.’ I listened for once,” Johanna Amutenya said.",
        "Her sister, Selma Amutenya, finished second. “She has been beating me in training,” Selma said.",
        "“At home now I have to call her the record holder,” she added.",
        "Their coach, Paulus Haufiku, has trained both sisters since school. “Her top speed was always there,” Haufiku said.",
    )
    assert found[1] == ("Just run your race.", "Paulus Haufiku", "direct")


def test_said_someone_unnamed_who_gave_a_first_name_is_the_one_so_named() -> None:
    found = quotes(
        "Near the 50-yard line, a group of seventh-graders held up a bedsheet.",
        "“We heard like three pops,” said one girl, who was standing with her mother and gave only her first name, Ava. “I kept thinking it was a drill.”",
    )
    assert [name for _text, name, _kind in found] == ["Ava", "Ava"]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Jonas Rasmussen said his brother had “always dreamed” of it.", None),
        # the role given to someone named before: that one
        ("Brighton head coach Fabian Hollis said his brother had “always dreamed” of it.", "Fabian Hollis"),
    ],
)
def test_a_teams_coach_no_name_gives_is_nobody_named_unless_the_article_named_one(before: str, speaker: str | None) -> None:
    found = quotes(
        "Premier League side Brighton are closing in on a deal for the Danish winger.",
        before,
        "Brighton’s head coach, asked about Rasmussen on Monday, refused to be drawn. “I don’t talk about players from other clubs,” he said.",
    )
    assert found[-1] == ("I don’t talk about players from other clubs,", speaker, "direct")


def test_her_daughter_is_the_one_whose_mother_the_speaker_was_named_as() -> None:
    found = quotes(
        "Olivia Pennock, 19, died of sepsis.",
        "Olivia’s mother, Sarah Pennock, told the inquest that her daughter had turned to her and said: “Mum, I think something is really wrong this time.”",
    )
    assert found == [("Mum, I think something is really wrong this time.", "Olivia Pennock", "direct")]


@pytest.mark.parametrize("document", ["report", "statement"])
def test_a_kind_of_bodys_report_or_statement_is_the_body_of_that_kind_named_last(document: str) -> None:
    found = quotes(
        "Powys County Council's cabinet has proposed closing the school.",
        f"A council {document} said keeping the school open was “not sustainable” given falling pupil numbers.",
    )
    assert found == [("not sustainable", "Powys County Council", "partial")]


def test_told_by_a_judge_is_the_one_judge_the_article_names() -> None:
    found = quotes(
        "A Dublin man who stole from his neighbour has been told by a judge that he “betrayed the one person who trusted him”.",
        "Kyle Dempsey, 31, pleaded guilty. Judge Bríd Kennedy said the offence was “a grave breach of trust”.",
    )
    assert [name for _text, name, _kind in found] == ["Bríd Kennedy", "Bríd Kennedy"]


def test_the_relation_someone_is_introduced_as_tells_their_gender_before_a_list_of_first_names() -> None:
    found = quotes(
        "Ravi Sandhu, 58, told The Sun: “My wife says I’m an idiot.”",
        "His son Amrit Sandhu, 27, said: “I heard the shouting.”",
        "Ravi’s wife Harjit Sandhu, 55, was less impressed by her husband’s heroics.",
        "“I’ve told him — never again,” she said.",
    )
    assert [name for _text, name, _kind in found] == ["Ravi Sandhu", "Amrit Sandhu", "Harjit Sandhu"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("one Premier League scout, who has watched him several times, told The Athletic.", None),
        # but its spokesperson speaks for it
        ("one Premier League spokesperson said.", "Premier League"),
    ],
)
def test_one_bodys_scout_is_someone_unnamed_but_its_spokesperson_speaks_for_it(attribution: str, speaker: str | None) -> None:
    found = quotes("Rasmussen has never played in the Premier League.", f"“He’s a lovely footballer,” {attribution}")
    assert found == [("He’s a lovely footballer,", speaker, "direct")]
