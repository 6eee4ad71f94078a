"""The analysis stages on short cases, and properties that hold for any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.model import Analysis
from briefing.analysis.pipeline import analyze
from briefing.analysis.sentences import sentence_spans
from briefing.reading.document import RawSection, SourceDocument
from briefing.reading.normalize import normalize


def run(*paragraphs: str) -> Analysis:
    return analyze(normalize(SourceDocument("case", [RawSection(None, list(paragraphs))])))


def speakers(analysis: Analysis) -> list[tuple[str, str | None, str]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(q.text, names.get(q.speaker_id) if q.speaker_id else None, q.kind) for q in analysis.quotes]


def test_sentences_respect_titles_initials_and_abbreviations() -> None:
    text = "Mr. Putin met Vladimir V. Putin at 3 p.m. in the U.S. capital. “It went well.” Then he left!"
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text))] == [
        "Mr. Putin met Vladimir V. Putin at 3 p.m. in the U.S. capital.",
        "“It went well.”",
        "Then he left!",
    ]


def test_full_stops_inside_brackets_end_no_sentence_and_open_no_name() -> None:
    analysis = run(
        "Remedios Abante, 63, sat beside the few belongings she had carried out.",
        "“Wala na kaming bahay. Putik na lang ang natira” (We have no house anymore. Only mud is left), she told the Inquirer.",
    )
    text = analysis.article.text
    assert [text[s.start : s.end] for s in analysis.sentences][-1].endswith("she told the Inquirer.")
    assert [e.name for e in analysis.entities] == ["Remedios Abante", "Inquirer"]
    assert speakers(analysis) == [("Wala na kaming bahay. Putik na lang ang natira", "Remedios Abante", "direct")]


def test_a_quote_opening_after_a_companys_abbreviation_opens_a_sentence_and_is_direct() -> None:
    text = "She called for a review of the grants from Acme Corp. “If taxpayers paid for those jobs, they deserve to know.” Acme Corp. Vice President Jo Hart left."
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text))] == [
        "She called for a review of the grants from Acme Corp.",
        "“If taxpayers paid for those jobs, they deserve to know.”",
        "Acme Corp. Vice President Jo Hart left.",
    ]
    assert run("Commuters were asked to arrive by 7 a.m. “Where is the bus? We paid for a bus,” said Ana Reyes.").quotes[0].kind == "direct"
    # but not a title after one, nor after "U.S."
    titles = run(
        "A recording of Martin Luther King Jr. “I Have a Dream” was played. Officials defended the U.S. “Remain in Mexico” policy. "
        "Tickets go on sale at 10 a.m. “Wicked,” which opened in 2003, is sold out."
    )
    assert [(q.text, q.kind, q.speaker_id) for q in titles.quotes] == [
        ("I Have a Dream", "scare", None), ("Remain in Mexico", "scare", None), ("Wicked,", "scare", None)
    ]


def test_bbc_style_colon_quote_with_title_without_full_stop() -> None:
    analysis = run('Ms Hewitt said: "We will not accept this proposal."')
    assert speakers(analysis) == [("We will not accept this proposal.", "Hewitt", "direct")]


def test_inverted_attribution_and_role() -> None:
    analysis = run("“Prices will rise,” said Amal Haddad, an economist at the Gulf Bank.")
    assert speakers(analysis) == [("Prices will rise,", "Amal Haddad", "direct")]
    person = next(e for e in analysis.entities if e.name == "Amal Haddad")
    assert person.role == "an economist at the Gulf Bank"
    assert next(e for e in analysis.entities if e.name == "Gulf Bank").type == "organization"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [("Health Secretary John Reid said it was wrong.", "Health Secretary"),
     ("Australian Prime Minister Scott Morrison said it was wrong.", "Australian Prime Minister"),
     ("Mr John Reid said it was wrong.", None),
     ("Owner Frank Harlow said he was gutted.", "Owner"),
     ("FAA Deputy Administrator Linda Sorensen said it was wrong.", "FAA Deputy Administrator"),
     ("Police spokesperson Major Frank Harlow said it was wrong.", "Major")],
)
def test_a_title_before_the_name_is_the_role_in_full(sentence: str, role: str | None) -> None:
    person = next(e for e in run(sentence).entities if e.type == "person")
    assert person.role == role
    assert person.name in ("John Reid", "Scott Morrison", "Frank Harlow", "Linda Sorensen")


def test_pronoun_takes_the_matching_gender() -> None:
    analysis = run(
        "Mr. Novak met Ms. Reed in Prague on Monday.",
        "“The talks were useful,” she said. “We will meet again.”",
    )
    assert speakers(analysis) == [
        ("The talks were useful,", "Reed", "direct"),
        ("We will meet again.", "Reed", "direct"),
    ]


def test_split_quote_is_one_utterance() -> None:
    analysis = run("“We tried,” Chen Wei said, “and we failed.”")
    first, second = analysis.quotes
    assert first.utterance == second.utterance
    assert speakers(analysis) == [("We tried,", "Chen Wei", "direct"), ("and we failed.", "Chen Wei", "direct")]


def test_partial_and_scare_quotes() -> None:
    analysis = run(
        "Jon Berg said the plan was “deeply flawed” and would fail.",
        "The so-called “reform” bill passed. Critics call the “reform” a tax rise.",
    )
    assert speakers(analysis) == [
        ("deeply flawed", "Jon Berg", "partial"),
        ("reform", None, "scare"),
        ("reform", None, "scare"),
    ]


def test_unquoted_speaker_gets_no_speaker() -> None:
    analysis = run("“Nobody knows what happens next,” a spokesman said.")
    assert speakers(analysis) == [("Nobody knows what happens next,", None, "direct")]


def test_apostrophes_are_not_quotes() -> None:
    analysis = run("The team’s coach didn’t comment on the players’ ‘crisis’ this week.")
    assert [q.text for q in analysis.quotes] == ["crisis"]


def test_no_entities_from_sentence_initial_words_months_or_weekdays() -> None:
    analysis = run("However, officials met on Thursday in January. Experts say more talks are needed in Oslo.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Oslo", "place")]


def test_the_city_of_a_place_is_one_name_its_council_when_it_speaks_and_the_place_otherwise() -> None:
    analysis = run(
        "The City of Toronto has said staff were “reviewing the application.” The bridge was shut, according to the Township of Laurel Lake.",
        "He lives in the City of Westminster. The City of Johannesburg and Johannesburg Water blamed each other.",
    )
    assert [(e.name, e.type) for e in analysis.entities][:3] == [
        ("City of Toronto", "organization"), ("Township of Laurel Lake", "organization"), ("City of Westminster", "place"),
    ]
    assert ("Johannesburg Water", "organization") in [(e.name, e.type) for e in analysis.entities]  # (two bodies, not one name)
    assert speakers(analysis)[0][1] == "City of Toronto"


def test_a_currencys_prefix_is_no_entity_and_the_company_is_the_one_named() -> None:
    analysis = run("Harbourline Holdings owes HK$18 billion (US$2.3 billion) and NZ$2m. The company said it was in “constructive discussions”.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Harbourline Holdings", "organization")]
    assert speakers(analysis)[0][1] == "Harbourline Holdings"


def test_an_imperative_opening_quoted_speech_is_no_part_of_the_name_after_it() -> None:
    analysis = run(
        "Maureen Pratt, 84, was fined for feeding ducks.",
        "Her MP said: “Leave Maureen alone.”",
        "Maureen told The Sun: “I thought they were joking.”",
    )
    assert [e.name for e in analysis.entities if e.type == "person"] == ["Maureen Pratt"]
    assert speakers(analysis)[-1] == ("I thought they were joking.", "Maureen Pratt", "direct")


def test_no_entities_from_contracted_pronouns_or_a_titled_road() -> None:
    analysis = run(
        "“They’re telling our mothers to leave,” Rangimārie Heke said. “We’ve had enough. What’s next?”",
        "Traffic on State Highway 1 was stopped.",
    )
    assert [(e.name, e.type) for e in analysis.entities if e.type == "person"] == [("Rangimārie Heke", "person")]
    assert not [e for e in analysis.entities if "’" in e.name]


def test_members_of_a_party_by_their_initials_are_no_name_and_the_party_says_nothing_for_them() -> None:
    analysis = run(
        "Labour MPs have warned of a rebellion, amid claims that the reforms will “concrete over the countryside”.",
        "SNP MSPs agreed. MPs vote on Tuesday.",
    )
    assert [e.name for e in analysis.entities] == ["Labour", "SNP"]
    assert speakers(analysis) == [("concrete over the countryside", None, "partial")]


def test_a_word_ending_in_a_digit_after_in_or_from_is_no_place() -> None:
    analysis = run("The target is a 45 percent cut in CO2 emissions from FY24 levels, officials in Brussels said.")
    assert [(e.name, e.type) for e in analysis.entities if e.type == "place"] == [("Brussels", "place")]


def test_an_acronym_set_off_by_commas_after_a_bodys_name_is_its_alias_but_not_one_in_a_list() -> None:
    analysis = run(
        "The European Automobile Manufacturers’ Association, ACEA, welcomed the paper. In a statement, it said the fines ran into “billions of euros”.",
        "Officials of the European Commission, NATO, the UN and Greenpeace met.",
    )
    names = {e.name: e.aliases for e in analysis.entities}
    assert names["European Automobile Manufacturers’ Association"] == ["ACEA"]
    assert "NATO" in names and names["European Commission"] == []
    assert speakers(analysis) == [("billions of euros", "European Automobile Manufacturers’ Association", "partial")]


def test_a_first_word_alone_is_the_company_not_the_association_of_its_members() -> None:
    analysis = run(
        "Pilots at Meridian Air voted to strike, the Meridian Pilots Association said.",
        "Meridian said it “remains committed” to talks.",
    )
    assert [(e.name, e.aliases) for e in analysis.entities] == [("Meridian Air", ["Meridian"]), ("Meridian Pilots Association", [])]
    assert speakers(analysis) == [("remains committed", "Meridian Air", "partial")]


def test_a_unit_or_a_division_is_a_body() -> None:
    analysis = run("Detectives from the Homicide Unit and the Serious Collision Investigation Unit met officers of the Fraud Division.")
    assert {(e.name, e.type) for e in analysis.entities} == {
        ("Homicide Unit", "organization"), ("Serious Collision Investigation Unit", "organization"), ("Fraud Division", "organization")
    }


def test_a_number_opening_a_sentence_stays_in_a_name_the_text_writes_whole_inside_a_sentence() -> None:
    analysis = run(
        "The flat in Parson Cross is managed by Five Weirs Housing Group.",
        "Five Weirs Housing Group, which manages around 9,000 homes, said it was sorry. Five Labour councillors agreed.",
    )
    assert [e.name for e in analysis.entities if e.type == "organization"] == ["Five Weirs Housing Group", "Labour"]


@pytest.mark.parametrize("role", ["a Kurdish lawmaker", "parish priest of St Brigid’s", "chief scientist at 2d3", "an activist"])
def test_an_appositive_naming_a_persons_work_makes_a_person_with_that_role(role: str) -> None:
    [person] = [e for e in run(f"Sozan Mahmoud, {role}, rejected that argument.").entities if e.name == "Sozan Mahmoud"]
    assert (person.type, person.role) == ("person", role)


def test_major_is_a_rank_before_a_name_but_a_surname_after_an_honorific_and_mr_speaker_no_one() -> None:
    analysis = run("John Major spoke first. Mr Major said: “We won.” Then Mr Speaker called Major Ann Lee, who spoke briefly.")
    assert [(e.name, e.aliases) for e in analysis.entities if e.type == "person"] == [("John Major", ["Mr Major"]), ("Ann Lee", ["Major Ann Lee"])]


def test_a_bare_surname_without_its_arabic_article_is_the_one_named_with_it() -> None:
    analysis = run("Ali al-Saadi, a member of the finance committee, spoke. “Nobody wants that,” Saadi said.")
    assert [(e.name, e.aliases) for e in analysis.entities if e.type == "person"] == [("Ali al-Saadi", ["Saadi"])]
    assert speakers(analysis) == [("Nobody wants that,", "Ali al-Saadi", "direct")]


def test_the_health_and_safety_executive_is_one_body() -> None:
    analysis = run("A spokesperson for the Health and Safety Executive said its investigation was “ongoing”.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Health and Safety Executive", "organization")]


def test_no_person_is_named_with_the_or_a_lane() -> None:
    analysis = run("“We will ship it in May,” Anna Berg told The Verge. The shop is on Rye Lane.")
    assert [(e.name, e.type) for e in analysis.entities if e.type == "person"] == [("Anna Berg", "person")]


def test_an_abbreviated_given_name_and_a_saints_town() -> None:
    analysis = run("Ma. Angelica Tolentino, a councillor, won in San Isidro. Turnout in MD. The count was slow.")
    assert [(e.name, e.type) for e in analysis.entities if e.type in ("person", "place")] == [
        ("Ma. Angelica Tolentino", "person"), ("San Isidro", "place")
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Hengyuan Real Estate Group Co. Ltd.", "Hanseong Motor Co.", "St Paul’s Bay Local Council", "Prosecutor’s Office of Bosnia and Herzegovina",
        "Washington Attorney General's Office", "Auditor-General’s Office",
    ],
)
def test_a_bodys_name_runs_through_its_legal_form_and_a_possessive_of_a_place_or_an_office(name: str) -> None:
    analysis = run(f"The {name} said it was “satisfied”.")
    assert [(e.name, e.type) for e in analysis.entities] == [(name, "organization")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_a_korean_given_name_before_park_is_a_person_and_a_stadium_a_place() -> None:
    analysis = run("Its chief executive, Sun-hee Park, testified at the Millennium Stadium. “We laid off half our people,” she said.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Sun-hee Park", "person"), ("Millennium Stadium", "place")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize(
    "paragraph",
    [
        "Prosecutor Ellen Park told the jury: “He planned it.”",
        "Ellen Park, prosecuting, told the jury: “He planned it.”",
        "“He planned it,” said Ellen Park, the prosecutor.",
    ],
)
def test_a_first_name_before_park_is_a_person_where_a_title_or_speech_tells_one(paragraph: str) -> None:
    analysis = run(paragraph)
    assert [(e.name, e.type) for e in analysis.entities] == [("Ellen Park", "person")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize(
    "paragraph",
    ["Thousands gathered in Victoria Park on Saturday.", "The festival returns to Albert Park next year.", "Stanley Park was closed after the storm."],
)
def test_a_first_name_before_park_is_a_place_where_nothing_tells_a_person(paragraph: str) -> None:
    assert [e.type for e in run(paragraph).entities] == ["place"]


@pytest.mark.parametrize("dateline", ["SINGAPORE –", "LONDON (Reuters) –"])
def test_a_word_opening_the_sentence_after_a_datelines_dash_is_no_name(dateline: str) -> None:
    analysis = run(f"{dateline} Lower-income families will pay less, the Ministry of Family said.")
    assert "Lower-income" not in [e.name for e in analysis.entities]


@pytest.mark.parametrize("dateline", ["KOTA BARU:", "GEORGE TOWN, Penang:"])
def test_a_dateline_before_a_colon_is_a_place_and_the_word_after_it_opens_a_sentence(dateline: str) -> None:
    analysis = run(f"{dateline} Floodwaters rose overnight, said Che Minah Ismail, who called it “frightening”.")
    types = {e.name: e.type for e in analysis.entities}
    assert types[dateline.split(",")[0].rstrip(":")] == "place" and "Floodwaters" not in types
    assert analysis.quotes[0].speaker_id == next(e.id for e in analysis.entities if e.name == "Che Minah Ismail")


@pytest.mark.parametrize("town", ["Hicksville, N.Y.", "Fresno, Calif.", "Springfield, Mo."])
def test_a_us_state_abbreviated_after_a_town_is_a_place_and_does_not_speak(town: str) -> None:
    analysis = run(f"A man who answered the phone at the firm's office in {town}, said, “We are aware of it,” and hung up.")
    assert {e.type for e in analysis.entities} == {"place"}
    assert analysis.quotes[0].speaker_id is None


@pytest.mark.parametrize("before", ["", "KANSAS CITY, Mo. (AP) — "])
def test_a_state_abbreviation_that_is_also_a_name_is_a_person_away_from_a_town(before: str) -> None:
    analysis = run(f"{before}Mo Farah won the race. “I felt strong,” Mo said.")
    assert [(e.name, e.type) for e in analysis.entities if e.type == "person"] == [("Mo Farah", "person")]
    assert speakers(analysis) == [("I felt strong,", "Mo Farah", "direct")]


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("Kinosao Cree Nation said the road was “a betrayal”.", "Kinosao Cree Nation", "organization"),
    ("Jordan Nation, 24, was patient. “I just tried to stay patient,” Nation said.", "Jordan Nation", "person"),
])
def test_a_nation_is_a_body_unless_a_first_name_opens_it(sentence: str, name: str, kind: str) -> None:
    analysis = run(sentence)
    assert [(e.name, e.type) for e in analysis.entities] == [(name, kind)]
    assert speakers(analysis)[0][1] == name


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("According to a report by Audit Scotland, the project suffered from “significant weaknesses”.", "Audit Scotland", "organization"),
    ("The figures come from Statistics Finland, which called them “worrying”.", "Statistics Finland", "organization"),
    ("Fiona Ireland called the plan “worrying”.", "Fiona Ireland", "person"),
    ("Winds battered Inner Mongolia, a region that is “used to storms”.", "Inner Mongolia", "other"),
    ("Farmers in Mid Wales said the rules were “unworkable”.", "Mid Wales", "place"),
    ("Fighting in Russian-occupied Ukraine went on, “day and night”.", "Russian-occupied Ukraine", "other"),
    ("He was baptised in the River Jordan, a “holy” place.", "River Jordan", "place"),
])
def test_a_body_named_for_its_country_is_an_organisation_unless_a_first_name_or_a_part_opens_it(sentence: str, name: str, kind: str) -> None:
    assert [(e.name, e.type) for e in run(sentence).entities] == [(name, kind)]


def test_a_name_in_capitals_before_a_colon_later_is_a_transcripts_speaker_not_a_dateline() -> None:
    analysis = run("Daniel Ocampo has run the farm for 30 years.", "DANIEL OCAMPO: Well, we never expected the rain.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Daniel Ocampo", "person")]


def test_names_listed_after_dashes_stay_names() -> None:
    analysis = run("The calendar:\n– Curitiba\n– Londrina\n\nThe season starts in Curitiba.")
    assert "Curitiba" in [e.name for e in analysis.entities]


def test_a_korean_given_name_opening_a_sentence_is_no_compound_adjective() -> None:
    analysis = run("Min-jun Park, 52, said he drove away. “The sky was orange,” Park said. Well-known critics agreed.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Min-jun Park", "person")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_a_plural_opening_a_sentence_whose_singular_the_text_writes_in_lower_case_is_no_name() -> None:
    analysis = run("Passengers described scenes of “total chaos” at the station.", "“It is a meltdown,” one passenger wrote.")
    assert analysis.entities == []
    assert analysis.quotes[0].speaker_id is None


@pytest.mark.parametrize(
    "name", ["Noni Cartwright", "Paddy Hennessy", "Gord Lindquist", "Kat Villareal", "Alec Mowat", "Fraser Reid", "Jayden Curtis", "Godfrey Ssali"]
)
def test_a_name_opened_by_a_common_short_form_of_a_first_name_is_a_persons(name: str) -> None:
    analysis = run(
        f"The Salt House is played with flinty brilliance by {name}.",
        f"{name.split()[1]}, who told Spectrum this month that the part was “the hardest I have played”, is extraordinary.",
    )
    assert [(e.name, e.type) for e in analysis.entities if e.name == name] == [(name, "person")]
    assert speakers(analysis) == [("the hardest I have played", name, "partial")]


@pytest.mark.parametrize("street", ["Exchange Street", "Airport Road", "University Boulevard", "Tottenham Court Road"])
def test_a_bodys_word_before_a_streets_makes_a_street_not_a_body(street: str) -> None:
    assert [(e.name, e.type) for e in run(f"Crowds gathered on {street} on Monday night.").entities] == [(street, "place")]


@pytest.mark.parametrize("first_name", ["Louisa", "Maxine", "Octavia", "Humphrey", "Percival", "Loveness", "Kiprop", "Vivaan", "Nii", "Otabek", "Munira"])
def test_a_person_of_a_body_is_not_merged_into_it(first_name: str) -> None:
    analysis = run(
        f"{first_name} Harrington-Day of the Deep Sea Conservation Coalition said the findings should end the debate. "
        "“The science has been heading in one direction for years,” Harrington-Day said."
    )
    assert [(e.name, e.type) for e in analysis.entities] == [
        (f"{first_name} Harrington-Day", "person"), ("Deep Sea Conservation Coalition", "organization")
    ]


def test_a_name_written_with_and_without_its_accents_is_one_person() -> None:
    analysis = run(
        "“We will not give up,” said José Álvarez, the union leader.",
        "Jose Alvarez told reporters: “The talks failed.”",
        "“It is over,” Alvarez said.",
    )
    [person] = analysis.entities
    assert (person.name, person.type, person.role) == ("José Álvarez", "person", "the union leader")
    assert sorted(person.aliases) == ["Alvarez", "Jose Alvarez"]
    assert [quote.speaker_id for quote in analysis.quotes] == [person.id] * 3


@pytest.mark.parametrize("region", ["Queensland", "Kerala", "Ontario", "Sichuan", "Gauteng", "Sindh"])
def test_a_regions_government_in_lower_case_is_a_body_that_speaks(region: str) -> None:
    analysis = run(f"A {region} government spokesman said the state would “have more to say” later this year.")
    assert [(e.name, e.type) for e in analysis.entities] == [(f"{region} government", "organization")]
    assert speakers(analysis) == [("have more to say", f"{region} government", "partial")]


def test_a_bodys_short_form_without_its_place_opens_with_no_link_word() -> None:
    analysis = run("The Yorkshire and Humberside Brass Band Association said the contest was “a triumph”.")
    assert [(e.name, e.aliases) for e in analysis.entities] == [("Yorkshire and Humberside Brass Band Association", [])]


@pytest.mark.parametrize("name", ["Nur Aisyah binti Rahman", "Nurul Huda bte Salleh", "Ahmad bin Ibrahim"])
def test_a_malay_name_keeps_its_bin_or_binti(name: str) -> None:
    analysis = run(f"{name}, 41, a shopkeeper, said the plan was “deeply flawed”.")
    assert [(e.name, e.type) for e in analysis.entities] == [(name, "person")]


def test_broadcasters_named_with_a_number_keep_it() -> None:
    analysis = run("Jon Snow told Channel 4 News the report was “damning”. Channel 5 said it would air it, and BBC Radio 4 said it was “shocking”.")
    assert [(e.name, e.type) for e in analysis.entities] == [
        ("Jon Snow", "person"), ("Channel 4 News", "organization"), ("Channel 5", "organization"), ("BBC Radio 4", "organization")
    ]


@pytest.mark.parametrize(
    "company", ["Ryanair", "Tesco", "Barclays", "Unilever", "Toyota", "Nvidia", "Glencore", "Airbnb", "Frontex", "Eurostat", "Mencap", "Samaritans"]
)
def test_a_well_known_company_opening_a_sentence_is_a_body(company: str) -> None:
    analysis = run(f"{company} has faced criticism for months. “We will appeal,” a spokesperson said.")
    assert [(e.name, e.type) for e in analysis.entities] == [(company, "organization")]
    assert speakers(analysis) == [("We will appeal,", company, "direct")]


def test_a_companys_short_form_keeps_its_own_name_whole() -> None:
    analysis = run("Samsung Electronics Co. said profits were “robust”.")
    assert [(e.name, e.aliases) for e in analysis.entities] == [("Samsung Electronics Co.", ["Samsung Electronics"])]


def test_a_first_name_after_from_is_no_place_but_a_town_is() -> None:
    analysis = run("It was a good ball from Jamie, and a good run from Taranaki.")
    assert [(e.name, e.type) for e in analysis.entities if e.type == "place"] == [("Taranaki", "place")]


def test_a_full_stop_after_a_word_of_an_office_ends_the_name_but_one_after_a_titles_abbreviation_does_not() -> None:
    analysis = run("It was the Department of Health. The NHS said so. Gen. Mark Milley and Det. Sgt. Amy Ross agreed.")
    assert [e.name for e in analysis.entities] == ["Department of Health", "NHS", "Mark Milley", "Amy Ross"]


@pytest.mark.parametrize("title", ["Coun.", "Cllr.", "Cpl.", "Cst."])
def test_a_canadian_or_military_titles_abbreviation_ends_no_sentence_and_the_name_after_it_speaks(title: str) -> None:
    analysis = run(f"\"This is not a war on cars,\" said {title} Marcus Tran, whose ward includes the lanes.")
    assert [(e.name, e.aliases) for e in analysis.entities] == [("Marcus Tran", [f"{title} Marcus Tran"])]
    assert speakers(analysis) == [("This is not a war on cars,", "Marcus Tran", "direct")]


@pytest.mark.parametrize("body", ["Save the Children", "Friends of the Earth", "Transport for London", "Number 10", "easyJet", "eBay"])
def test_a_known_body_with_small_words_or_a_number_in_its_name_and_a_brand_in_lower_camel_case_speak(body: str) -> None:
    analysis = run(f"A spokesperson for {body} said it was “reviewing” the case. Its battery stores 40 kWh.")
    assert [(e.name, e.type) for e in analysis.entities] == [(body, "organization")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize("body", ["No 10", "No. 10", "Amnesty International", "Human Rights Watch", "The Federal Reserve"])
def test_downing_street_by_its_number_and_bodies_by_the_last_word_of_their_name_speak(body: str) -> None:
    analysis = run(f"{body} said it had “full confidence” in the minister. He wore the No 10 shirt. “Watch it,” she said.")
    [entity] = analysis.entities
    assert (entity.name, entity.type) == (body.removeprefix("The "), "organization")
    assert analysis.quotes[0].speaker_id == entity.id


def test_a_legislators_party_and_home_set_off_after_the_name_are_no_entity() -> None:
    analysis = run(
        "Rep. Carl Emerson, R-Ind., said it was “fine”.",
        "State Rep. Ana Lucía Garza, D-Brownsville, who is carrying a similar bill, told reporters the region had been “an afterthought”.",
    )
    assert [e.name for e in analysis.entities] == ["Carl Emerson", "Ana Lucía Garza"]
    assert [speaker for _text, speaker, _kind in speakers(analysis)] == ["Carl Emerson", "Ana Lucía Garza"]


def test_a_word_for_a_kind_of_body_opening_a_sentence_before_a_role_names_no_body() -> None:
    analysis = run(
        "Press secretary Karoline Leavitt said it was “fake news”. Council leader Jane Doe agreed.",
        "Government sources said so. Court papers showed it. Police said nothing more.",
    )
    assert [(e.name, e.type) for e in analysis.entities] == [
        ("Karoline Leavitt", "person"), ("Jane Doe", "person"), ("Police", "organization")
    ]


def test_a_month_that_names_a_person_of_the_article_speaks_as_them() -> None:
    analysis = run(
        "Prime Minister Theresa May met EU leaders in May. May said the deal was “the best available”.",
        "Her sister, June Crane, agreed. “She was always the serious one,” June said. “Quite right,” said May.",
        "In June, the hospital closed.",
    )
    assert [(e.name, e.aliases) for e in analysis.entities if e.type == "person"] == [
        ("Theresa May", ["May", "Prime Minister Theresa May"]), ("June Crane", ["June"])
    ]
    assert [speaker for _text, speaker, _kind in speakers(analysis)] == ["Theresa May", "June Crane", "Theresa May"]


@pytest.mark.parametrize("body", ["Red Cross", "Red Crescent", "Oxfam", "Red Cross Utah Region"])
def test_a_known_body_and_its_branch_are_bodies(body: str) -> None:
    analysis = run(f"Volunteers from the {body} handed out water. “We have cots for 150,” a spokeswoman for the {body} said.")
    assert [(e.name, e.type) for e in analysis.entities] == [(body, "organization")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize("body", ["Tochka Theater", "Wharf Theatre", "Hallé Orchestra", "Washington State Ferries"])
def test_a_theatre_an_orchestra_or_a_ferry_operator_is_a_body(body: str) -> None:
    assert [(e.name, e.type) for e in run(f"The {body} cancelled the season.").entities] == [(body, "organization")]


def test_a_name_ending_in_band_is_a_body_whose_chief_speaks_for_himself() -> None:
    analysis = run(
        "Chief Raymond Paul of the Skeena Flats Indian Band, whose reserve lies east of the fire, said 300 members had left.",
        "“Our people have lived on this land for thousands of years,” he said.",
    )
    assert [(e.name, e.type) for e in analysis.entities] == [("Raymond Paul", "person"), ("Skeena Flats Indian Band", "organization")]
    assert speakers(analysis) == [("Our people have lived on this land for thousands of years,", "Raymond Paul", "direct")]


@pytest.mark.parametrize("rank", ["SP", "DSP", "ACP"])
def test_a_police_rank_of_nigeria_or_india_is_a_title_and_a_public_relations_officer_a_role(rank: str) -> None:
    analysis = run(f"The state Police Public Relations Officer, {rank} Williams Ayuba, warned politicians. “We are ready,” Mr Ayuba said.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Williams Ayuba", "person")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_radio_opening_a_stations_name_stays_in_it_though_the_text_writes_radio_in_lower_case() -> None:
    analysis = run("A community radio station is to close. Radio Cwm said it had “no realistic way forward”. Radio stations are struggling.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Radio Cwm", "organization")]


def test_a_body_named_after_its_country_is_the_same_body_without_it() -> None:
    analysis = run("The New Zealand Geographic Board received it. The Geographic Board said it would decide “in due course”.")
    assert [(e.name, e.aliases) for e in analysis.entities] == [("New Zealand Geographic Board", ["Geographic Board"])]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id
    office = run("The White House Office of Management and Budget told agencies to prepare.")
    assert [(e.name, e.aliases) for e in office.entities] == [("White House Office of Management and Budget", ["Office of Management and Budget"])]


@pytest.mark.parametrize(
    ("paragraph", "entities"),
    [
        ("Chris Lane and Bruce Arena spoke.", [("Chris Lane", "person"), ("Bruce Arena", "person")]),
        ("Uganda's Lake Victoria is shrinking.", [("Uganda", "place"), ("Lake Victoria", "place")]),
        ("South Korea’s Park Seo-yeon finished third.", [("South Korea", "place"), ("Park Seo-yeon", "person")]),
        ("It was founded by Jack Ma. Tencent shares fell.", [("Jack Ma", "person"), ("Tencent", "organization")]),
        ("The Board of Trustees of Stanford University met.", [("Board of Trustees of Stanford University", "organization")]),
        ("The PSC met. The U.S. Consumer Product Safety Commission met.", [("PSC", "organization"), ("U.S. Consumer Product Safety Commission", "organization")]),
    ],
)
def test_surnames_that_are_place_words_and_names_that_only_look_joined_stay_apart(paragraph: str, entities: list[tuple[str, str]]) -> None:
    assert [(e.name, e.type) for e in run(paragraph).entities] == entities


def test_a_company_is_also_called_without_its_legal_form_but_a_corporation_keeps_it() -> None:
    analysis = run("Northshore Financial Group Inc. cut jobs. The Kalyanpur Municipal Corporation said it was “fine”.")
    assert [(e.name, e.aliases) for e in analysis.entities] == [
        ("Northshore Financial Group Inc.", ["Northshore Financial Group"]),
        ("Kalyanpur Municipal Corporation", []),
    ]


def test_the_apostrophe_ending_a_luo_name_is_part_of_it_and_no_quote_mark() -> None:
    analysis = run(
        "Union secretary-general Dr Omondi Ochieng' said the doctors had not been paid.",
        "Dr Ochieng' said the union would not call off the strike “until every shilling is paid”.",
    )
    [person] = [e for e in analysis.entities if e.type == "person"]
    assert (person.name, person.aliases) == ("Omondi Ochieng'", ["Dr Ochieng'", "Dr Omondi Ochieng'"])
    assert analysis.quotes[0].speaker_id == person.id


def test_a_company_called_without_its_legal_form_later_is_the_same_company() -> None:
    analysis = run("The plans were submitted by developer Cabot Living Ltd.", "Cabot Living said in a statement it was “delighted” with the decision.")
    [company] = analysis.entities
    assert (company.type, company.aliases) == ("organization", ["Cabot Living"])
    assert analysis.quotes[0].speaker_id == company.id


def test_a_body_named_at_the_start_of_a_sentence_keeps_its_first_word() -> None:
    """"the bank" elsewhere makes "Bank" a common word, yet "Bank of America" opening a sentence
    is the bank's name, not "America" the place."""
    analysis = run("Bank of America cut its forecast. The bank said demand had slowed.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Bank of America", "organization")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "“It is a rare find,” said Dr Ravi Menon of the University of Leeds.",
            [("Ravi Menon", "person"), ("University of Leeds", "organization")],
        ),
        (
            "Prof Amelia Stone of Imperial College London called it “genuinely exciting”.",
            [("Amelia Stone", "person"), ("Imperial College London", "organization")],
        ),
        (
            "The study was led by Patrick Liu of Victoria Hospital and Chris RuiWen Kuo, who said it “took years”.",
            [("Patrick Liu", "person"), ("Victoria Hospital", "organization"), ("Chris RuiWen Kuo", "person")],
        ),
        (
            "A row between Mlimani Governor Esther Wanjiru Kamau and Members of the County Assembly grew. Governor Kamau called it “blackmail”.",
            [("Esther Wanjiru Kamau", "person"), ("County Assembly", "organization")],
        ),
        (
            "Police Commissioner Dana Hill and Mayor Lisa Grant spoke on Monday. “We have made three arrests,” Hill said.",
            [("Dana Hill", "person"), ("Lisa Grant", "person")],
        ),
    ],
)
def test_a_person_of_a_body_is_two_entities(sentence: str, expected: list[tuple[str, str]]) -> None:
    """"Dr X of the University of Y": the person speaks, the university is a body of its own."""
    analysis = run(sentence)
    assert [(e.name, e.type) for e in analysis.entities] == expected
    assert analysis.quotes[0].speaker_id == analysis.entities[-1 if "Kuo" in sentence else 0].id


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("“We are watching,” Minister of State for Europe Leo Docherty told reporters.", "Leo Docherty", "Minister of State for Europe"),
        ("“Waiting lists are falling,” Secretary of State for Health Jane Doe said.", "Jane Doe", "Secretary of State for Health"),
        ("“It is our duty,” Speaker of the House Mike Johnson said.", "Mike Johnson", "Speaker of the House"),
        ("“How can we tell a grandmother that?” Councilman Ed Rourke said.", "Ed Rourke", "Councilman"),
        ("“We will fix it,” Senior Minister of State for Transport Lim Wei Ling wrote.", "Lim Wei Ling", "Senior Minister of State for Transport"),
        (
            "“We understand the anxiety,” Senior Minister of State for National Development Ong Chee Wee said.",
            "Ong Chee Wee",
            "Senior Minister of State for National Development",
        ),
        ("“It is an industrial race,” Minister of Science and ICT Park Dong-hyuk said.", "Park Dong-hyuk", "Minister of Science and ICT"),
        ("“Our neighbours bring tea,” KH Abdul Rozak said.", "Abdul Rozak", "KH"),
        # a surname that is a plural of a body's word ("banks")
        ("“This is a courtroom,” Common Pleas Court Judge Rochelle Banks said.", "Rochelle Banks", "Common Pleas Court Judge"),
        # the Irish parliament's chair
        ("“This is not a football match,” Ceann Comhairle Seán Ó Dálaigh said.", "Seán Ó Dálaigh", "Ceann Comhairle"),
        # a hyphenated office; an honorific after the office is no part of the role
        ("“No. Plain and simple, no,” Breathitt County Judge-Executive Wendell Combs said.", "Wendell Combs", "Breathitt County Judge-Executive"),
        ("“Revenue grew,” Governor Dr Kwabena Asante-Mensah said.", "Kwabena Asante-Mensah", "Governor"),
        ("“Revenue grew,” Vice-President Amina Yusuf said.", "Amina Yusuf", "Vice-President"),
        ("“Enrolment grew,” Associate Professor Ruth Ellery said.", "Ruth Ellery", "Associate Professor"),
        # an honorific between the office and an unknown given name
        (
            "“Farmers are paid,” Deputy Minister of Lands, Agriculture, Fisheries, Water and Rural Development Cde Loice Chidzikwe said.",
            "Loice Chidzikwe",
            "Deputy Minister of Lands, Agriculture, Fisheries, Water and Rural Development",
        ),
    ],
)
def test_an_office_with_its_portfolio_before_a_name_is_the_persons_role(sentence: str, name: str, role: str) -> None:
    analysis = run(sentence)
    [person] = [e for e in analysis.entities if e.type == "person"]
    assert (person.name, person.role) == (name, role)
    assert analysis.quotes[0].speaker_id == person.id


@pytest.mark.parametrize("later", ["Mahmoud said.", "Sherzad Mahmoud said."])
def test_an_office_before_an_unknown_name_ends_where_the_text_names_the_holder_alone(later: str) -> None:
    analysis = run("Minister of Planning Sherzad Mahmoud said salaries were a right.", f"“The salary is not a favour,” {later}")
    [person] = analysis.entities
    assert (person.name, person.role) == ("Sherzad Mahmoud", "Minister of Planning")
    assert analysis.quotes[0].speaker_id == person.id


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Ibis House publisher Gerrit van Wyk said the book had been a leap of faith.", "Gerrit van Wyk", "person"),
        ("Veteran broadcaster David Dimbleby said the programme had run its course.", "David Dimbleby", "person"),
        ("The publisher Penguin Random House said the book had been a leap of faith.", "Penguin Random House", "organization"),
        ("The broadcaster Channel Four said the programme had run its course.", "Channel Four", "organization"),
    ],
)
def test_a_word_for_a_kind_of_body_and_a_job_names_a_person_before_a_personal_name(sentence: str, name: str, kind: str) -> None:
    entities = {e.name: e.type for e in run(sentence).entities}
    assert entities[name] == kind


def test_a_bodys_initials_inside_an_appositive_leave_it_the_persons_role() -> None:
    analysis = run('"They are not natural," said Suryadi, head of the Riau Disaster Mitigation Agency (BPBD), who goes by one name.')
    [person] = [e for e in analysis.entities if e.type == "person"]
    assert (person.name, person.role) == ("Suryadi", "head of the Riau Disaster Mitigation Agency")
    assert analysis.quotes[0].speaker_id == person.id


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Now its owner, the Stuttgart-based supplier Kessler Antriebstechnik, wants to close the plant.", "Kessler Antriebstechnik"),
        ("Regional power distributor Pivnichenergo cut supplies on Monday.", "Pivnichenergo"),
        ("Staff at UK-based payroll software provider Tallyworks lost 2.1 million records.", "Tallyworks"),
        ("Prices rose. Orvane Brisk's chief executive, Dana Hill, did not comment.", "Orvane Brisk"),
        ("Workers at Karoo Greenway were told on Monday. Karoo Greenway's shareholders must approve the sale.", "Karoo Greenway"),
    ],
)
def test_a_kind_of_business_before_a_name_or_what_only_a_company_has_after_it_makes_an_organisation(sentence: str, name: str) -> None:
    entities = {e.name: e.type for e in run(sentence).entities}
    assert entities[name] == "organization"


def test_a_personal_name_before_what_a_company_has_stays_a_person() -> None:
    entities = {e.name: e.type for e in run("Warren Buffett's shareholders flocked to Omaha on Saturday.").entities}
    assert entities["Warren Buffett"] == "person"


@pytest.mark.parametrize("job", ["Postmaster", "Pianist", "Publisher", "Historian", "Forecaster", "Accountant", "Driver", "Parliamentarian", "Diplomat", "Academic"])
def test_a_job_written_as_a_title_before_a_full_name_is_no_part_of_it(job: str) -> None:
    analysis = run(f"{job} Gordon Bell, 67, said he had been given eight weeks' notice. “I found out in a letter,” he said.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Gordon Bell", "person")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("“It was clear,” Assistant U.S. Attorney Rachel Okonkwo said.", "Rachel Okonkwo"),
        ("“We are not abandoning it,” Energy Minister Andrés Felipe Gaviria Restrepo said.", "Andrés Felipe Gaviria Restrepo"),
        ("“We have one water point,” said Mohamed Osman el-Tayeb, a camp official.", "Mohamed Osman el-Tayeb"),
        ("“It is complex,” said Orla Fitzgibbon SC, for the bank.", "Orla Fitzgibbon"),
        ("“It will rip the heart out,” Coun Ray Holt said.", "Ray Holt"),
    ],
)
def test_a_speakers_name_without_titles_or_letters_after_it(sentence: str, name: str) -> None:
    """Titles before the name ("Assistant U.S. Attorney", "Coun"), post-nominal letters after it
    ("SC", "MP"), four-word Spanish names and Arabic articles ("el-Tayeb"): the name is the person's."""
    analysis = run(sentence)
    [person] = [e for e in analysis.entities if e.type == "person"]
    assert person.name == name
    assert analysis.quotes[0].speaker_id == person.id


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Secretary of State Antony Blinken and Defense Secretary Lloyd Austin arrived in Seoul.", ["Antony Blinken", "Lloyd Austin"]),
        ("“It is fine,” said Hunter James Smith.", ["Hunter James Smith"]),
        ("Amber Rose Tamblyn said she would stay.", ["Amber Rose Tamblyn"]),
    ],
)
def test_people_joined_by_and_or_with_uncommon_first_names_keep_their_names(sentence: str, people: list[str]) -> None:
    assert [e.name for e in run(sentence).entities if e.type == "person"] == people


def test_a_live_blogs_times_are_no_part_of_a_name() -> None:
    analysis = run(
        "13.02 GMT Chancellor Priya Raman has begun her budget statement.",
        "13.15 GMT Raman confirms that fuel duty will be frozen. “Drivers have been squeezed enough,” she says.",
    )
    assert [(e.name, e.type) for e in analysis.entities] == [("Priya Raman", "person")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The European Commission on Monday opened an investigation.", [("European Commission", "organization")]),
        ("The Intergovernmental Panel on Climate Change published a report.", [("Intergovernmental Panel on Climate Change", "organization")]),
        ("The Air Accidents Investigation Branch says the aircraft landed too fast.", [("Air Accidents Investigation Branch", "organization")]),
        ("Shares in LG Electronics and Samsung fell.", [("LG Electronics", "organization"), ("Samsung", "organization")]),
        (
            "In a statement, the National Confederation of Rural Producers rejected the criticism.",
            [("National Confederation of Rural Producers", "organization")],
        ),
        ("Developers' group App Fairness Europe welcomed the move.", [("App Fairness Europe", "organization")]),
    ],
)
def test_bodies_are_named_whole_and_alone(sentence: str, expected: list[tuple[str, str]]) -> None:
    """A weekday after "on" ends a name; a body's name ends before "and"; the kind of body
    written before a name makes it one."""
    assert [(e.name, e.type) for e in run(sentence).entities] == expected


def test_an_ampersand_joins_one_organisation() -> None:
    analysis = run("Rivals such as Procter & Gamble and Marks & Spencer cut prices, said Ernst & Young.")
    assert [(e.name, e.type) for e in analysis.entities] == [
        ("Procter & Gamble", "organization"), ("Marks & Spencer", "organization"), ("Ernst & Young", "organization")
    ]


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (("Any council member may delay a vote.", "Council Member Tiffany Nwosu said she was “kept in the dark”."), "Tiffany Nwosu"),
        (("At-large Council Member Andrea Lyle said it was “overdue”.",), "Andrea Lyle"),
        (("The money came from a reserve that County Executive Lydia Sorensen had said was “not to be touched”.",), "Lydia Sorensen"),
        (("The counsel, Barrister Saad Qureshi, spoke.", "Barrister Qureshi said they were “encroachers”."), "Saad Qureshi"),
        (("“Against Josh Rennie with the new ball, that is not easy,” Tharindu said.", "Rennie said it was “fine”."), "Josh Rennie"),
    ],
)
def test_a_council_member_a_barrister_or_a_preposition_opening_a_quote_is_no_part_of_a_name(paragraphs: tuple[str, ...], name: str) -> None:
    analysis = run(*paragraphs)
    [person] = [e for e in analysis.entities if name.split()[-1] in e.name]
    assert person.name == name
    assert analysis.quotes[-1].speaker_id == person.id


def test_a_plural_of_a_bodys_word_alone_is_no_body() -> None:
    analysis = run("Judge Rochelle Banks warned spectators. “This is a courtroom,” Banks said.", "Schools will close on Friday, officials said.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Rochelle Banks", "person")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_no_entities_from_function_words_whose_full_stop_was_lost() -> None:
    analysis = run("Sales of ice cream dipped by 3.4% In the US revenue grew Meanwhile Unilever cut jobs in Oslo.")
    assert [(e.name, e.type) for e in analysis.entities] == [("US", "place"), ("Unilever", "organization"), ("Oslo", "place")]


def test_summary_is_verbatim_ordered_and_bounded() -> None:
    paragraphs = [
        "The Elmtown council approved a plan for 400 new homes on the old railway land on Monday.",
        "Builders expect the first residents to move in within two years of construction starting.",
        "Local shops welcomed the decision, saying more families would bring more trade to the high street.",
        "A group of residents opposed the scheme because of traffic fears along the narrow Mill Road.",
        "Engineers proposed a new roundabout and a cycle lane to ease congestion near the primary school.",
        "The county's transport office will review those proposals before the summer recess.",
        "Rents in the town have risen by 12% over the past year, according to a letting agency.",
        "Younger workers have been leaving for nearby cities where wages are higher.",
        "The mayor hopes the homes will persuade some of them to stay and raise families locally.",
        "A public exhibition of the designs opens at the town hall next week.",
    ]
    analysis = run(*paragraphs)
    starts = [s.start for s in analysis.summary]
    assert starts == sorted(starts)
    assert 3 <= len(analysis.summary) <= 5
    assert all(analysis.article.text[s.start : s.end] == s.text for s in analysis.summary)
    assert len({s.text for s in analysis.summary}) == len(analysis.summary)


MARKUPISH = st.sampled_from(["[bold]", "[/]", "[TODO]", "“", "”", '"', "‘", "’", "Mr. ", "said ", "\n\n", "42%", "$3.5 billion", "\x1b[31m", "\u202e", "According to ", " that ", ", she noted. ", "the prime minister "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(min_size=1, max_size=40), MARKUPISH), min_size=1, max_size=30))
def test_any_text_analyses_with_exact_offsets(pieces: list[str]) -> None:
    raw = "".join(pieces)
    document = SourceDocument("fuzz", [RawSection(None, raw.split("\n\n"))])
    try:
        article = normalize(document)
    except Exception as error:  # only "no article text" is an acceptable failure
        assert "no article text" in str(error)
        return
    analysis = analyze(article, indirect=True)
    text = article.text
    assert not any(ord(c) < 32 and c not in "\n\t" for c in text)
    entity_ids = {e.id for e in analysis.entities}
    for quote in analysis.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.speaker_id is None or quote.speaker_id in entity_ids
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    for figure in analysis.figures:
        assert text[figure.start : figure.end] == figure.text
    for sentence in analysis.summary:
        assert text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize(
    ("paragraph", "name", "kind"),
    [
        ("He served in World War I and came home.", "World War I", "other"),
        ("Manchester United beat Arsenal on Sunday. Fans said United were brilliant.", "Manchester United", "organization"),  # a club, as "Shannon Wolves" is
        ("The Royal College of General Practitioners said it would act.", "Royal College of General Practitioners", "organization"),
        ("Dr King told the meeting it was over.", "King", "person"),
    ],
)
def test_entity_rules_do_not_overreach(paragraph: str, name: str, kind: str) -> None:
    entities = {e.name: e.type for e in run(paragraph).entities}
    assert entities.get(name) == kind


@pytest.mark.parametrize(
    ("paragraph", "name", "kind"),
    [
        ("Former Liverpool manager Gerard Houllier praised the club.", "Liverpool", "place"),
        ("Mr Houston said he was sorry.", "Houston", "person"),
        ("The San Francisco Chronicle reported the deal on Monday.", "San Francisco Chronicle", "organization"),
        ("SBC Communications said it would buy AT&T.", "SBC Communications", "organization"),
        ("Boston Bruins said the game was off.", "Boston Bruins", "organization"),
        ("Jordan Spira said the game was off.", "Jordan Spira", "person"),
        # well-known bodies whose words tell nothing
        ("Médecins Sans Frontières said the clinic was full.", "Médecins Sans Frontières", "organization"),
        ("Doctors Without Borders said the clinic was full.", "Doctors Without Borders", "organization"),
        ("Boko Haram said it carried out the attack.", "Boko Haram", "organization"),
        # a first name before a word that ends places' names
        ("She played her first gig, at a seafood restaurant in Myrtle Beach, at 17.", "Myrtle Beach", "place"),
        ("The fire in Merrill Falls, a man said, was out.", "Merrill Falls", "place"),
        ("Residents of Willow Creek said the road was shut.", "Willow Creek", "place"),
    ],
)
def test_places_and_bodies_are_no_people(paragraph: str, name: str, kind: str) -> None:
    assert {e.name: e.type for e in run(paragraph).entities}.get(name) == kind


@pytest.mark.parametrize(
    ("paragraph", "name", "kind", "role"),
    [
        ("Shares of Home Depot fell as its boss Anna Berg said no.", "Home Depot", "other", None),
        ("The trial of former Worldcom boss Bernie Ebbers began.", "Worldcom", "other", None),
        ("Home Secretary John Reid said no.", "John Reid", "person", "Home Secretary"),
        ("Home Office Minister Tony McNulty did not.", "Tony McNulty", "person", "Home Office Minister"),
        ("He met Former President Bill Clinton on Monday.", "Bill Clinton", "person", "Former President"),
        ("Student Aaron Patel, 19, was less sentimental.", "Aaron Patel", "person", "Student"),
        ("Fans of Resident Evil cheered the film.", "Resident Evil", "other", None),
        ("Celtic backed goalkeeper Kasper Schmeichel on Monday.", "Kasper Schmeichel", "person", None),
        ("The Prince of Wales opened the ward.", "Prince of Wales", "person", None),
    ],
)
def test_a_word_that_qualifies_an_office_is_no_title_alone(paragraph: str, name: str, kind: str, role: str | None) -> None:
    entity = next(e for e in run(paragraph).entities if e.name == name)
    assert (entity.type, entity.role) == (kind, role)



def test_particles_stay_inside_a_name() -> None:
    analysis = run(
        "Commission President Ursula von der Leyen met Brazilian President Luiz Inácio Lula da Silva in Rio de Janeiro.",
        "Charles de Gaulle said “non”, and Mr van Persie, Robin van Persie's father, agreed. Bank of America said no.",
    )
    names = {e.name: e.type for e in analysis.entities}
    for name in ("Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Charles de Gaulle", "Robin van Persie"):
        assert names.get(name) == "person", name
    assert names.get("Rio de Janeiro") == "place" and names.get("Bank of America") == "organization"


def test_east_african_particles_stay_inside_a_name_and_one_opening_it_is_the_same_person() -> None:
    analysis = run(
        "“We were told this was the end,” said Joseph ole Sankale, a village elder. Ole Sankale said the land was given “in good faith”.",
        "The novelist Ngugi wa Thiongo called it “a scandal”. Daniel arap Moi ruled for 24 years.",
    )
    names = {e.name: e.type for e in analysis.entities}
    assert names == {"Joseph ole Sankale": "person", "Ngugi wa Thiongo": "person", "Daniel arap Moi": "person"}
    assert {analysis.entity(q.speaker_id).name for q in analysis.quotes[:2]} == {"Joseph ole Sankale"}



def test_a_plurals_apostrophe_stays_inside_a_bodys_name() -> None:
    names = {e.name: e.type for e in run("The National Farmers' Union said the changes were a betrayal.").entities}
    assert names == {"National Farmers' Union": "organization"}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("A Welsh government spokesperson said the plan would “put the public first”.", "Welsh government"),
        ("The Israeli military said the strike hit “a command centre”.", "Israeli military"),
        ("The UK government has called the ruling “disappointing”.", "UK government"),
        ("China’s commerce ministry said it “firmly opposes” the investigation.", "China’s commerce ministry"),
        ("Japan's central bank said it was “vigilant”.", "Japan's central bank"),
    ],
)
def test_a_countrys_government_or_forces_in_lower_case_is_an_organisation_that_speaks(sentence: str, body: str) -> None:
    analysis = run(sentence)
    assert [(e.name, e.type) for e in analysis.entities] == [(body, "organization")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Bradford council said it had made a “fair and reasonable offer”.", "Bradford council"),
        ("The Amathole Bay municipality said in a statement that repairs were “at an advanced stage”.", "Amathole Bay municipality"),
        ("The Almaty regional prosecutor's office said his posts had “discredited state bodies”.", "Almaty regional prosecutor's office"),
        ("Kothrud police said the jeweller had “knowingly bought stolen property”.", "Kothrud police"),
        ("A Westmarsh borough council spokesperson said: “We respect the court’s decision.”", "Westmarsh borough council"),
        ("The Queens District Attorney's office said the case was “built on far more than video”.", "Queens District Attorney's office"),
        ("The Ridgeway County district attorney's office, which did not oppose his release, said it “regrets the harm caused”.",
         "Ridgeway County district attorney's office"),
    ],
)
def test_a_towns_council_police_or_prosecutors_in_lower_case_is_an_organisation_that_speaks(sentence: str, body: str) -> None:
    analysis = run(sentence)
    assert [(e.name, e.type) for e in analysis.entities] == [(body, "organization")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize(
    "sentence",
    ["Bradford council tax will rise by “at least” 5%.", "Then police said it was “a tragedy”.", "Ayesha Khan police said it was “a tragedy”."],
)
def test_a_name_before_council_or_police_not_speaking_or_no_place_makes_no_body(sentence: str) -> None:
    assert not any(e.type == "organization" for e in run(sentence).entities)


def test_a_countrys_name_qualifying_another_noun_makes_no_body() -> None:
    assert [(e.name, e.type) for e in run("Congress approved US military aid for the region.").entities] == [
        ("Congress", "organization"),
        ("US", "place"),
    ]


@pytest.mark.parametrize("party", ["Sinn Féin", "Fianna Fáil", "Fine Gael", "DUP", "ANC", "BJP"])
def test_a_political_party_is_an_organisation(party: str) -> None:
    assert [(e.name, e.type) for e in run(f"The motion was tabled by {party} on Tuesday.").entities] == [(party, "organization")]


@pytest.mark.parametrize(("name", "gender"), [("Jess Donnelly", "f"), ("Meg Hartley", "f"), ("Izzy Moran", "f"), ("Gus Whitby", "m")])
def test_a_short_form_of_a_given_name_makes_a_person_of_that_gender(name: str, gender: str) -> None:
    [entity] = run(f"{name}, sitting at the press conference, rolled her eyes at the question.").entities
    assert (entity.name, entity.type, entity.gender) == (name, "person", gender)


def test_garda_before_a_full_name_is_a_rank_but_stays_in_the_names_of_bodies() -> None:
    analysis = run(
        "Detective Garda Niamh Brophy told the court the car was found at Castlebar Garda Station.",
        "An Garda Síochána said it was “investigating”.",
    )
    assert [(e.name, e.role) for e in analysis.entities] == [
        ("Niamh Brophy", "Detective Garda"), ("Castlebar Garda Station", None), ("Garda Síochána", None)
    ]


def test_a_title_no_list_knows_before_a_full_name_makes_the_titled_surname_that_person() -> None:
    analysis = run(
        "Garda Aoife Brennan told the court the accused made 23 withdrawals.",
        "“When I spoke to him, he made full admissions,” Garda Brennan said.",
        "Defence solicitor Eoin Brennan — no relation to the garda — said his client was ashamed.",
    )
    names = {e.id: e.name for e in analysis.entities}
    assert "Garda Brennan" not in names.values()
    assert names[analysis.quotes[0].speaker_id] == "Aoife Brennan"


@pytest.mark.parametrize("storm", ["Storm Bronwen", "Hurricane Harvey", "Typhoon Hiraya", "Tropical Storm Alberto"])
def test_a_storm_with_a_persons_name_is_no_person_and_never_speaks(storm: str) -> None:
    name = storm.split()[-1]
    analysis = run(
        f"Forecasters warned that {storm} would bring 80mph gusts.",
        f"The Met Office said {name} was the fourth named storm of the season and forecast “a much calmer but chilly” start to the week.",
    )
    entities = {e.name: e for e in analysis.entities}
    assert entities[storm].type == "other" and name in entities[storm].aliases
    assert analysis.quotes[0].speaker_id == entities["Met Office"].id


def test_a_person_whose_first_name_is_storm_stays_a_person() -> None:
    analysis = run("On Monday, actress Storm Reid presented the award.", "“It was a gift,” Reid said.")
    assert [(e.name, e.type, e.aliases) for e in analysis.entities] == [("Storm Reid", "person", ["Reid"])]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize("fellow", ["Fellow Islander", "Fellow striker", "Fellow Democrat"])
def test_fellow_opening_a_sentence_is_no_part_of_the_name_after_it(fellow: str) -> None:
    assert [e.name for e in run(f"Fans flooded the comments. {fellow} Jasmine Qureshi wrote that she was thrilled.").entities] == ["Jasmine Qureshi"]


@pytest.mark.parametrize("adverb", ["Nearby", "Afterwards", "Eventually", "Sadly", "Maybe"])
def test_an_adverb_opening_a_sentence_is_no_name_though_a_description_follows(adverb: str) -> None:
    analysis = run(f"{adverb}, a woman who asked not to be named said smoke had been visible. “Nobody called,” she said.")
    assert analysis.entities == []
    assert analysis.quotes[0].speaker_id is None


def test_a_word_opening_a_quote_in_single_marks_opens_a_sentence_and_i_before_a_verb_is_no_name() -> None:
    analysis = run(
        "Rear Admiral Fiona Macintyre said retention had ‘collapsed’.",
        "‘When I wrote that book, people told me I was being alarmist,’ she said. ‘Then I started counting ships.’",
    )
    assert [e.name for e in analysis.entities] == ["Fiona Macintyre"]
    assert {q.speaker_id for q in analysis.quotes if q.kind == "direct"} == {analysis.entities[0].id}


def test_a_persons_surname_that_names_a_country_is_the_person_unless_after_a_preposition() -> None:
    analysis = run(
        "The film stars Valeria Montenegro as a widowed farmer. Montenegro, speaking at the premiere, said she had worked on a farm.",
        "“I lost my city hands,” she said. She flew to Montenegro the next day.",
    )
    mentions = {e.name: (e.type, [m.text for m in e.mentions]) for e in analysis.entities}
    assert mentions == {
        "Valeria Montenegro": ("person", ["Valeria Montenegro", "Montenegro"]),
        "Montenegro": ("place", ["Montenegro"]),
    }
    assert {q.speaker_id for q in analysis.quotes} == {analysis.entities[0].id}


def test_a_name_ending_in_an_abbreviation_keeps_its_full_stop_as_written() -> None:
    analysis = run("Northbrook Mining Corp. rejected the offer. Its adviser, Ramon Dizon Jr., agreed. Acme Inc. said nothing.")
    assert [(e.name, e.type) for e in analysis.entities] == [
        ("Northbrook Mining Corp.", "organization"),
        ("Ramon Dizon Jr.", "person"),
        ("Acme Inc.", "organization"),
    ]


def test_an_article_after_a_colon_is_no_part_of_a_name_but_a_name_alone_there_is_one() -> None:
    assert [e.name for e in run("EXCLUSIVE: A House Republican is demanding answers from Congress.").entities] == ["House Republican", "Congress"]
    assert [e.name for e in run("Q: What do you listen on?", "A: Sonos, for the music.").entities] == ["Sonos"]


def test_a_lowercase_role_right_before_an_unknown_two_word_name_makes_a_person() -> None:
    analysis = run("Local entrepreneur Lama Al-Shehri runs a guesthouse. “Now they call me for advice,” she said.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Lama Al-Shehri", "person")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The Department for Environment, Food and Rural Affairs said it backed farmers.", ["Department for Environment, Food and Rural Affairs"]),
        ("The Ministry of Trade, Industry and Energy (MOTIE) said exports rose.", ["Ministry of Trade, Industry and Energy"]),
        ("The Department of Agriculture, Food and the Marine said it backed farmers.", ["Department of Agriculture, Food and the Marine"]),
        ("Officials from the Department of Health, Britain and the Netherlands met.", ["Department of Health", "Britain", "Netherlands"]),
        ("Ministers from the Department of Health, Britain and France met.", ["Department of Health", "Britain", "France"]),
        # a list opening the name, made a body's by its last word
        ("The Rail, Tram and Bus Union said drivers were blameless.", ["Rail, Tram and Bus Union"]),
        ("Indonesia's Meteorology, Climatology and Geophysics Agency issued a warning.", ["Indonesia", "Meteorology, Climatology and Geophysics Agency"]),
        ("Leaders of Britain, France and Germany met.", ["Britain", "France", "Germany"]),
        # but an acronym after "and" is another body's
        ("The Department of Health, Tusla and the HSE said the report was welcome.", ["Department of Health", "Tusla", "HSE"]),
        # an office with its portfolios is nobody's name, and names no body either
        ("The Minister for Tourism, Arts and Culture, Mrs Abena Sarpong, spoke.", ["Abena Sarpong"]),
        ("The Secretary of State for Environment, Food and Rural Affairs, Steve Reed, spoke.", ["Steve Reed"]),
        ("The Minister of Lands, Jane Njoroge, spoke.", ["Jane Njoroge"]),
        # its last portfolio after "and the", with no comma list before it
        ("Senior Minister of State for Sustainability and the Environment Jasmine Koh spoke.", ["Jasmine Koh"]),
        ("The Minister for Culture and the Arts, Joan Kelly, spoke.", ["Joan Kelly"]),
        # but not another office after "and the"
        ("The Minister for Finance and the Governor of the Central Bank met.", ["Central Bank"]),
        # a deputy's office too, the name right after it
        ("Deputy Minister of Environment, Urbanization and Climate Change Mehmet Ali Karaca spoke.", ["Mehmet Ali Karaca"]),
        # the comma closes a name when another word follows it
        ("Anumita Rao, of the Centre for Clean Air Policy, said stubble burning in Punjab and Haryana was to blame.",
         ["Anumita Rao", "Centre for Clean Air Policy", "Punjab", "Haryana"]),
    ],
)
def test_a_body_whose_name_lists_its_portfolios_is_one_name(sentence: str, names: list[str]) -> None:
    assert [e.name for e in run(sentence).entities] == names


@pytest.mark.parametrize(
    ("paragraph", "name", "short"),
    [
        ("Seabreeze Holdings Ltd lodged the plans. Seabreeze Holdings said they were “fine”.", "Seabreeze Holdings Ltd", "Seabreeze Holdings"),
        ("Banque Mercier & Cie was fined. Banque Mercier said it “takes note”.", "Banque Mercier & Cie", "Banque Mercier"),
        ("The U.S. Consumer Product Safety Commission issued a recall. CPSC said it was “urgent”.", "U.S. Consumer Product Safety Commission", "CPSC"),
        # an acronym written as a word, as British styles write it
        (
            "The Department for Environment, Food and Rural Affairs brought in controls. A Defra spokesperson said they were “proportionate”.",
            "Department for Environment, Food and Rural Affairs",
            "Defra",
        ),
        ("The North Atlantic Treaty Organization met. Nato said it was “ready”.", "North Atlantic Treaty Organization", "Nato"),
        ("The Department for Environment, Food and Rural Affairs acted. Defra said the controls were “proportionate”.",
         "Department for Environment, Food and Rural Affairs", "Defra"),
    ],
)
def test_a_company_without_its_legal_suffix_or_a_body_by_its_initials_is_one_entity(paragraph: str, name: str, short: str) -> None:
    analysis = run(paragraph)
    [entity] = analysis.entities
    assert entity.name == name and short in entity.aliases
    assert analysis.quotes[0].speaker_id == entity.id


def test_a_company_written_in_camel_case_is_an_organisation_but_a_mc_or_de_surname_is_no_company() -> None:
    analysis = run("She bought HearthMate cookers from SoftBank, as Ron DeSantis and Ann McDonald did.")
    assert [(e.name, e.type) for e in analysis.entities] == [
        ("HearthMate", "organization"), ("SoftBank", "organization"), ("Ron DeSantis", "person"), ("Ann McDonald", "person")
    ]


@pytest.mark.parametrize(
    ("paragraph", "name", "aliases"),
    [
        ("Transport for London said services would be “extremely busy”. TfL advised people to work from home.", "Transport for London", ["TfL"]),
        ("The Campaign for Nuclear Disarmament (CND) said it was “alarmed”.", "Campaign for Nuclear Disarmament", ["CND"]),
        ("The Joint Chiefs of Staff said it was “ready”. The JCS gave no details.", "Joint Chiefs of Staff", ["JCS"]),
        ("The Superintendency of the Environment (SMA) called it “serious”.", "Superintendency of the Environment", ["SMA"]),
        ("The far-right Alternative for Germany (AfD) called it an “eco-dictatorship”.", "Alternative for Germany", ["AfD"]),
        ("The opposition Law and Justice (PiS) called the plan “unacceptable”.", "Law and Justice", ["PiS"]),
        ("The White House Office of Management and Budget called it “serious”. The OMB gave no date.", "White House Office of Management and Budget", ["OMB", "Office of Management and Budget"]),
    ],
)
def test_a_body_joined_by_for_that_the_article_calls_by_its_initials_is_one_organisation(paragraph: str, name: str, aliases: list[str]) -> None:
    analysis = run(paragraph)
    assert [(e.name, e.type, e.aliases) for e in analysis.entities] == [(name, "organization", aliases)]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_capitals_made_of_the_starts_of_a_bodys_words_are_that_body() -> None:
    analysis = run(
        "Tokyo Electric Power Company Holdings Inc. said no abnormalities had been detected.",
        "“There has been no change in readings,” a TEPCO spokesperson said.",
    )
    [company] = [e for e in analysis.entities if e.type == "organization"]
    assert company.name == "Tokyo Electric Power Company Holdings Inc." and "TEPCO" in company.aliases
    assert analysis.quotes[0].speaker_id == company.id


def test_a_bare_surname_goes_on_meaning_whom_it_meant_after_a_relative_is_named_in_full() -> None:
    analysis = run(
        "Dennis Flaherty has been yelling the same thing at the same rink for four decades.",
        "“Pass the puck,” Flaherty said on a recent Tuesday night.",
        "At 74, Flaherty is retiring at the end of this season.",
        "Maureen Flaherty, his wife of 48 years, has kept a scrapbook of every season.",
        "Asked what he would do with his evenings, Flaherty shrugged. “Probably come down here and yell at the new guy.”",
    )
    dennis = next(e for e in analysis.entities if e.name == "Dennis Flaherty")
    assert [q.speaker_id for q in analysis.quotes] == [dennis.id, dennis.id]


def test_a_plural_of_people_of_a_kind_opening_sentences_is_no_entity() -> None:
    analysis = run(
        "Farmers said the rain came too late. Forecasters expect more heat.",
        "Campaigners want the Rangers stadium closed. Rangers said it would stay open.",
    )
    assert [e.name for e in analysis.entities] == ["Rangers"]


@pytest.mark.parametrize("title", ["Opanin", "Nana", "Mallam", "Encik", "Shri", "Prophet", "Kuya"])
def test_an_honorific_of_africa_or_asia_is_no_part_of_the_name(title: str) -> None:
    analysis = run(f"“When they come, they come with money,” said {title} Kwaku Boateng, a cocoa farmer.")
    [person] = analysis.entities
    assert person.name == "Kwaku Boateng"
    assert analysis.quotes[0].speaker_id == person.id


def test_eze_and_tuan_stay_names() -> None:
    assert [e.name for e in run("Nkechi Eze, a professor, spoke first. Then Eze left with Tuan.").entities] == ["Nkechi Eze", "Tuan"]


def test_a_hyphenated_given_name_opening_a_sentence_is_the_person_it_closes_the_name_of() -> None:
    analysis = run(
        "Chan Wai-ling and her brother Chan Ka-ming are at odds over the will.",
        "Wai-ling, who arrived separately, did not speak to the media. Well-known lawyers gathered outside.",
    )
    assert [(e.name, e.aliases) for e in analysis.entities] == [("Chan Wai-ling", ["Wai-ling"]), ("Chan Ka-ming", [])]


def test_a_word_for_a_job_in_or_opening_a_sentence_is_no_part_of_the_name() -> None:
    analysis = run("Proprietor Jane Okafor said the shop would “stay the course”. Victor Hugo Lima agreed.")
    assert [e.name for e in analysis.entities] == ["Jane Okafor", "Victor Hugo Lima"]


@pytest.mark.parametrize("name", ["Junta Electoral", "Fiscalía General", "Tribunal Supremo", "Asamblea de Pueblos"])
def test_a_body_named_in_spanish_is_an_organisation(name: str) -> None:
    analysis = run(f"A spokesman for the board, the {name}, said turnout was high. “We have opened 40 tables,” the spokesman said.")
    [body] = analysis.entities
    assert (body.name, body.type) == (name, "organization")


def test_a_point_of_the_compass_opening_a_places_name_stays_in_it() -> None:
    analysis = run(
        "The DSWD regional office in Eastern Visayas said distribution was “ongoing”.",
        "Western leader Ann Lee agreed. Floods also hit the Western Cape.",
    )
    names = [e.name for e in analysis.entities]
    assert "Eastern Visayas" in names and "Western Cape" in names and "Ann Lee" in names
    assert analysis.quotes[0].speaker_id != next(e.id for e in analysis.entities if e.name == "Eastern Visayas")


def test_a_body_named_for_a_region_keeps_its_point_of_the_compass_and_a_title_after_one_does_not() -> None:
    analysis = run(
        "Southern California Edison said it had “de-energized lines”.",
        "Northern Ireland First Minister Michelle O'Neill called it “bad”.",
    )
    assert [(e.name, e.type) for e in analysis.entities] == [("Southern California Edison", "organization"), ("Michelle O'Neill", "person")]


@pytest.mark.parametrize("rank", ["PC", "DC", "DS", "Cpl", "Pte", "Trooper", "Commodore", "Brigadier", "DCOP"])
def test_a_police_or_army_rank_is_no_part_of_the_name(rank: str) -> None:
    analysis = run(f"{rank} Jane Hart told the court the man ran. “He was fast,” {rank} Hart said.")
    [person] = analysis.entities
    assert (person.name, person.type) == ("Jane Hart", "person")
    assert analysis.quotes[0].speaker_id == person.id


def test_private_before_a_full_name_is_a_rank_but_pc_before_no_first_name_and_private_eye_are_none() -> None:
    assert [e.name for e in run("The family of Private Tom Reid said he was “a hero”.").entities] == ["Tom Reid"]
    names = [e.name for e in run("Mobile PC Extended Battery Life was launched, Private Eye reported.").entities]
    assert "Extended Battery Life" not in names and "Private Eye" in names


@pytest.mark.parametrize(("kind", "name"), [("Utility", "Pacific Crest Power"), ("Retailer", "Northgate Stores")])
def test_a_utility_or_a_retailer_opening_a_sentence_is_no_part_of_the_companys_name(kind: str, name: str) -> None:
    analysis = run(f"The fire spread. {kind} {name} said it had found “an outage event”.")
    assert [(e.name, e.type) for e in analysis.entities] == [(name, "organization")]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Amira’s parents, Tariq and Samira Hassan, described their daughter as “funny, fierce and kind”.", ["Tariq and Samira Hassan"]),
        # not after any other word: two people
        ("The witnesses, Tariq and Samira Hassan, described the scene as “chaotic”.", ["Tariq", "Samira Hassan"]),
    ],
)
def test_a_couple_named_after_parents_is_one_speaker(sentence: str, names: list[str]) -> None:
    analysis = run(sentence)
    assert [e.name for e in analysis.entities if e.name != "Amira"] == names
    assert [e.gender for e in analysis.entities if " and " in e.name] in ([], [None])


def test_a_boulevard_or_a_terrace_is_a_place_not_the_person_who_declined_to_give_her_name() -> None:
    analysis = run(
        "A woman loading photo albums into a kayak on South Braeswood Boulevard, who declined to give her name, "
        "said she had been through this “too many times to cry about it.”"
    )
    assert [(e.name, e.type) for e in analysis.entities] == [("South Braeswood Boulevard", "place")]
    assert analysis.quotes[0].speaker_id is None


@pytest.mark.parametrize("kind", ["Developer", "Publisher", "Broadcaster"])
def test_a_kind_of_business_opening_a_sentence_is_no_part_of_the_companys_name(kind: str) -> None:
    analysis = run(f"{kind} Kestrel Logistics Parks had appealed. A Kestrel spokesperson said it was “disappointed”.")
    assert [(e.name, e.type, e.aliases) for e in analysis.entities] == [("Kestrel Logistics Parks", "organization", ["Kestrel"])]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id
    assert [e.type for e in run("Her neighbour, retired builder Graeme Tuhoe, spoke.").entities] == ["person"]


def test_an_adjective_opening_a_sentence_before_a_bodys_word_stays_in_its_name() -> None:
    analysis = run("The council said it was local work.", "Local Government New Zealand said in a statement it was “deeply concerned”.")
    assert [e.name for e in analysis.entities] == ["Local Government New Zealand"]
    assert analysis.quotes[0].speaker_id == analysis.entities[0].id


def test_a_body_described_as_one_of_several_operators_is_an_organisation_but_a_broadcaster_may_be_a_person() -> None:
    found = run(
        "Whirl Mobility, the largest of the city’s three scooter operators, said it was “disappointed”.",
        "Harriet Oyelaran-Finch, the broadcaster who chaired the panel, said the vote was “unanimous”.",
    )
    assert [(e.name, e.type) for e in found.entities] == [("Whirl Mobility", "organization"), ("Harriet Oyelaran-Finch", "person")]


def test_a_chinese_name_written_family_name_first_is_a_person_but_an_island_named_so_a_place() -> None:
    analysis = run("Liu He, China’s top trade negotiator, met officials. Tourists were on the Thai island of Koh Phi Phi.")
    assert [(e.name, e.type) for e in analysis.entities if e.name in ("Liu He", "Koh Phi Phi")] == [("Liu He", "person"), ("Koh Phi Phi", "place")]


def test_a_river_or_an_electoral_area_is_a_place_and_a_chief_with_a_regnal_number_a_person() -> None:
    analysis = run(
        "The Omanhene, Nana Kwaku Agyeman Darko III, met Madam Akosua Serwaa Owusu, the member for the Asuokyene Central Electoral Area.",
        "Turbidity in the River Birim rose.",
    )
    assert {e.name: e.type for e in analysis.entities if e.type != "other"} == {
        "Kwaku Agyeman Darko III": "person", "Akosua Serwaa Owusu": "person", "Asuokyene Central Electoral Area": "place", "River Birim": "place"
    }


def test_names_and_sentences_may_open_with_any_latin_capital() -> None:
    analysis = run('Hatay Governor Necati Şahin said the homes would be finished "by the end of the year". Łukasz Nowak agreed.')
    assert [(e.name, e.type) for e in analysis.entities] == [("Necati Şahin", "person"), ("Łukasz Nowak", "person")]
    assert [analysis.article.text[s.start : s.end] for s in analysis.sentences][-1] == "Łukasz Nowak agreed."
    assert speakers(analysis) == [("by the end of the year", "Necati Şahin", "partial")]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ('Alhaji Abdulrasheed Olayiwola-Bello said he was leaving "a cabal of strangers".', "Abdulrasheed Olayiwola-Bello", "person"),
        ('Advocate Sanjeev Khurana said his client was "falsely implicated".', "Sanjeev Khurana", "person"),
        ('Monsignor Kevin Doyle said the parish was "grieving".', "Kevin Doyle", "person"),
        ('Frau Helga Weber said the rent was "too high".', "Helga Weber", "person"),
        ('DI Claire Farrow said the search was "ongoing".', "Claire Farrow", "person"),
        ('Maj. Sarah Kendrick said the wound was "clean".', "Sarah Kendrick", "person"),
        ('Opposition TD Cathal Brennan said it had taken "far too long".', "Cathal Brennan", "person"),
        ('The profits were "flattered by one-off gains", said Lagos-based Cardinal Point Research.', "Cardinal Point Research", "organization"),
        ('The profits were "flattered by one-off gains", said Hong Kong-based Kowloon Harbour Holdings.', "Kowloon Harbour Holdings", "organization"),
        ('Nordvik Energy said prices were "high".', "Nordvik Energy", "organization"),
        ('In a statement, Golden Delta Builders denied wrongdoing and said it was "ready to open its books".', "Golden Delta Builders", "organization"),
        ('Her publisher, Bomnal Books, calls the novel "a love letter to stubbornness".', "Bomnal Books", "organization"),
        ('The co-operative, Umoja Growers, said prices were "too low".', "Umoja Growers", "organization"),
        ('Sky Sports said the fixture was "under review".', "Sky Sports", "organization"),
        ('Southline Rail, which commuters call unreliable, apologised for the "disruption".', "Southline Rail", "organization"),
        ('Thames Water said the leak was "being fixed".', "Thames Water", "organization"),
        ('Te Rūnanga o Ngāti Hokia said it was "prepared to go to court".', "Te Rūnanga o Ngāti Hokia", "organization"),
        ('A spokesperson for British Gas said bills were "under review".', "British Gas", "organization"),
        ('Northern Vale Rail said disruption was "likely to continue".', "Northern Vale Rail", "organization"),
        ('The British Antarctic Survey said the ice was "thinning fast".', "British Antarctic Survey", "organization"),
        ('The Tokyo Stock Exchange said trading was "orderly".', "Tokyo Stock Exchange", "organization"),
        ('Harlan Valley Elementary said classes were "cancelled".', "Harlan Valley Elementary", "organization"),
        ('Meridian Transport Advisors said fares were "too high".', "Meridian Transport Advisors", "organization"),
        ('Cascade Regional Transit said the line was "closed".', "Cascade Regional Transit", "organization"),
        ('Valkyr Racing said the car was "quick".', "Valkyr Racing", "organization"),
        ('Golden Crust Bakery said flour was "scarce".', "Golden Crust Bakery", "organization"),
        ('Stallard Dynamics said the drones were "safe".', "Stallard Dynamics", "organization"),
        ('Altiplano Lithium said the brine was "plentiful".', "Altiplano Lithium", "organization"),
        ('Ysgol Cwmhedyn said the school would stay "open".', "Ysgol Cwmhedyn", "organization"),
        ('Defra said the rules were "clear".', "Defra", "organization"),
        ('Acas said talks were "constructive".', "Acas", "organization"),
        ('The Diocese of Westminster said the parish was "grieving".', "Diocese of Westminster", "organization"),
        ('The Grenfell Tower Inquiry said the failures were "systematic".', "Grenfell Tower Inquiry", "organization"),
        ('HM Coastguard said the search was "ongoing".', "HM Coastguard", "organization"),
        ('Tarrant Financial said the deal was "off".', "Tarrant Financial", "organization"),
        ('Kestrel Outfitters said sales were "flat".', "Kestrel Outfitters", "organization"),
        ('Harwood Literary Quarterly said the prize was "deserved".', "Harwood Literary Quarterly", "organization"),
        ('NNPC Limited said supply was "stable".', "NNPC Limited", "organization"),
        ('Goldman Sachs said rates were "too high".', "Goldman Sachs", "organization"),
        ('Deliveroo called the ruling "disappointing".', "Deliveroo", "organization"),
        ('Mid Glen Mountain Rescue said the climbers were "lucky".', "Mid Glen Mountain Rescue", "organization"),
    ],
)
def test_honorifics_titles_and_industries_around_a_name(sentence: str, name: str, kind: str) -> None:
    analysis = run(sentence)
    assert [(e.name, e.type) for e in analysis.entities] == [(name, kind)]
    assert speakers(analysis)[0][1] == name


@pytest.mark.parametrize(
    "last_word",
    ["Partnership", "Hub", "Initiative", "Library", "Zoo", "Winery", "Pharmacy", "Homes", "Housing", "Associates", "Realty", "Haulage",
     "Tours", "Seafood", "Vets", "Dental", "Medical", "Echo", "Mirror", "Express", "Observer", "Guardian", "Independent", "Standard"],
)
def test_a_kind_of_business_or_paper_ending_a_name_makes_a_body(last_word: str) -> None:
    analysis = run(f"The plan was announced on Monday. Tarrant {last_word} said the plan was “deeply flawed”.")
    assert [(e.name, e.type) for e in analysis.entities] == [(f"Tarrant {last_word}", "organization")]


def test_an_industry_alone_or_inside_a_bodys_name_or_a_song_makes_no_company() -> None:
    analysis = run("The Securities and Exchange Commission fined it. Mining is the biggest employer, and mining towns grew.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Securities and Exchange Commission", "organization")]
    assert [e.type for e in run("The band played Listen To The Music twice.").entities] != ["organization"]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("Le Thi Thu Ha, a vendor, said sales fell. De Gaulle was quoted. Do Americans care?", ["Le Thi Thu Ha", "De Gaulle", "Americans"]),
        ('Conradh na Gaeilge said the delay was "deeply disappointing".', ["Conradh na Gaeilge"]),
        ('DSWD Undersecretary Edgardo Salonga said "the list must be clean".', ["Edgardo Salonga"]),
    ],
)
def test_a_particle_opening_a_sentence_opens_a_name_and_irish_na_links_one(paragraph: str, names: list[str]) -> None:
    assert [e.name for e in run(paragraph).entities] == names


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Saxophonist Desmond Achterberg, who played alongside him, said he was unique.", '"He never played a song the same way twice," Achterberg added.'), "Desmond Achterberg"),
        (("Leader of the Opposition R. Ashwathnarayana Gowda alleged that the party had \"misused the official machinery\".", '"We kept our seats," Mr. Gowda said.'), "R. Ashwathnarayana Gowda"),
        (("Wales captain Rhys ap Dafydd has retired.", '"It’s the hardest decision I’ve ever had to make," Dafydd said.'), "Rhys ap Dafydd"),
        (("Grazier Tom Kerslake, who runs 3,000 merinos, sold half his flock.", '"It breaks your heart," Mr Kerslake said.'), "Tom Kerslake"),
        (("Fisherman Dan Ruddock lost two nets.", '"Every year it gets worse," Ruddock said.'), "Dan Ruddock"),
        (("Goalscorer Ross McLaren missed the second half.", '"It\'s a sore one," McLaren said.'), "Ross McLaren"),
        (("Coxswain Martin Rowe led the crew out.", '"We were lucky," Rowe said.'), "Martin Rowe"),
    ],
)
def test_a_job_an_office_of_a_house_or_a_welsh_ap_around_a_name_leave_one_person(paragraphs: tuple[str, ...], speaker: str) -> None:
    analysis = run(*paragraphs)
    assert [e.name for e in analysis.entities if e.type == "person"] == [speaker]
    assert {name for _text, name, _kind in speakers(analysis)} == {speaker}


def test_a_body_named_after_its_countrys_possessive_keeps_that_form_as_an_alias() -> None:
    analysis = run("Tanzania’s Ministry of Industry and Trade said the levy was “a standard measure”. The Smiths’ Bakery Ltd agreed.")
    ministry = next(e for e in analysis.entities if e.name == "Ministry of Industry and Trade")
    assert ministry.aliases == ["Tanzania’s Ministry of Industry and Trade"]
    assert all("’s" not in alias for e in analysis.entities if e.name != ministry.name for alias in e.aliases)


def test_a_role_without_an_article_set_off_after_a_name_is_its_role_and_makes_a_person() -> None:
    analysis = run(
        'Shahida Parvin, president of the Garment Workers Forum, called the closure "a textbook case".',
        "Jack Law, chief executive of Alcohol Focus Scotland, agreed.",
    )
    assert [(e.name, e.type, e.role) for e in analysis.entities if e.type == "person"] == [
        ("Shahida Parvin", "person", "president of the Garment Workers Forum"),
        ("Jack Law", "person", "chief executive of Alcohol Focus Scotland"),
    ]
    assert speakers(analysis)[0][1] == "Shahida Parvin"


@pytest.mark.parametrize(
    "name",
    ["UN Office for the Coordination of Humanitarian Affairs", "American Association for the Advancement of Science", "Campaign for the Protection of Rural England"],
)
def test_a_body_whose_name_runs_on_through_for_the_is_one_name(name: str) -> None:
    assert [(e.name, e.type) for e in run(f"The {name} warned of \"an alarming deterioration\".").entities] == [(name, "organization")]


def test_a_bodys_head_word_alone_is_that_body_when_only_one_body_has_it() -> None:
    analysis = run('The European Commission said growth was "below" target. Asked again, a Commission spokesperson said: "We do not comment."')
    assert [(e.name, e.aliases) for e in analysis.entities] == [("European Commission", ["Commission"])]
    assert len({q.speaker_id for q in analysis.quotes}) == 1


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Her counterpart, Portuguese Socialist Inês Valadares, disagreed.", "Inês Valadares"),
        ("Conservative Michael Howard spoke.", "Michael Howard"),
        ("Local Member of the Senedd Llinos Pryce-Evans described the closure as a blow.", "Llinos Pryce-Evans"),
        ("Art historian Tran Thi Lan Huong of the Hanoi Institute of Visual Culture spoke.", "Tran Thi Lan Huong"),
        ("Substitute Tadhg Moran kicked the winning point.", "Tadhg Moran"),
    ],
)
def test_a_partys_member_a_member_of_a_house_and_a_vietnamese_name_of_four_words(sentence: str, name: str) -> None:
    assert [e.name for e in run(sentence).entities if e.type == "person"] == [name]


def test_an_embassy_and_a_treasury_are_bodies_that_speak() -> None:
    analysis = run('The British Embassy said it was "aware". The US Treasury declined to comment.')
    assert [(e.name, e.type) for e in analysis.entities] == [("British Embassy", "organization"), ("US Treasury", "organization")]
    assert speakers(analysis) == [("aware", "British Embassy", "partial")]


def test_a_body_named_for_whom_it_serves_keeps_its_possessive_but_a_countrys_ministry_does_not() -> None:
    analysis = run("The State Attorney's Office said it was late. The People's Party and Russia's Foreign Ministry agreed.")
    assert [(e.name, e.type) for e in analysis.entities] == [
        ("State Attorney's Office", "organization"), ("People's Party", "organization"), ("Russia", "place"), ("Foreign Ministry", "organization")
    ]
    analysis = run("Washington State's Attorney General Bob Ferguson spoke.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Washington State", "other"), ("Bob Ferguson", "person")]
    analysis = run("The Baltimore City State’s Attorney’s Office said it was “grave”. Ohio State's Marvin Harrison scored.")
    assert [(e.name, e.type) for e in analysis.entities] == [
        ("Baltimore City State’s Attorney’s Office", "organization"), ("Ohio State", "other"), ("Marvin Harrison", "person")
    ]
    analysis = run("However, the Lake George Fishermen’s Cooperative said closing the market would “starve families”.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Lake George Fishermen’s Cooperative", "organization")]
    analysis = run("The Information Commissioner's Office (ICO) said it was “making enquiries”. The Prime Minister’s Office agreed.")
    assert [(e.name, e.type) for e in analysis.entities] == [
        ("Information Commissioner's Office", "organization"), ("Prime Minister’s Office", "organization")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kwame’s school, St Aidan’s Academy, said in a statement that he was “a much-loved member of our community”.",
        "St. Jude’s Hospital said in a statement that he was “a much-loved member of our community”.",
        "A spokesman for King’s College London said in a statement that he was “a much-loved member of our community”.",
    ],
)
def test_a_body_named_for_a_saint_or_a_monarch_keeps_its_possessive(sentence: str) -> None:
    analysis = run(sentence)
    [body] = analysis.entities
    assert body.type == "organization" and body.name in sentence and body.name.startswith(("St", "King"))
    assert analysis.quotes[0].speaker_id == body.id


@pytest.mark.parametrize("company", ["Sainsbury’s", "Moody's", "McDonald’s"])
def test_a_company_whose_name_ends_in_a_possessive_speaks_under_it(company: str) -> None:
    analysis = run(f"Shares rose after {company} said profits were “robust”. “We are pleased,” {company} said.")
    [body] = analysis.entities
    assert (body.name, body.type) == (company, "organization")
    assert [q.speaker_id for q in analysis.quotes] == [body.id, body.id]
    assert [e.name for e in run("Dmitry Peskov said Vladimir Putin’s remarks were “clear”.").entities] == ["Dmitry Peskov", "Vladimir Putin"]


def test_a_short_name_in_brackets_after_a_body_is_its_alias() -> None:
    analysis = run(
        "The Consumers Association of Singapore (Case) said it had received 87 complaints.",
        "“Consumers should avoid paying large deposits upfront,” a Case spokesman said.",
    )
    [body] = analysis.entities
    assert (body.name, body.aliases) == ("Consumers Association of Singapore", ["Case"])
    assert analysis.quotes[0].speaker_id == body.id


def test_a_body_whose_initials_follow_it_is_one_though_its_words_could_name_two() -> None:
    analysis = run("The Games and Amusements Board (GAB) said in a statement that boxing had lost “one of its greatest teachers”.")
    [body] = analysis.entities
    assert (body.name, body.type, body.aliases) == ("Games and Amusements Board", "organization", ["GAB"])
    assert analysis.quotes[0].speaker_id == body.id


def test_a_quoted_nickname_with_someones_surname_is_no_other_person() -> None:
    analysis = run(
        "Dr Warwick Hale, who is known to generations of patients simply as “Doc Hale”, says the decision “broke my heart”.",
        "“I’m 71,” Hale says.",
        "The band, known as “El Colibrí”, played on.",
    )
    assert [(e.name, e.type) for e in analysis.entities] == [("Warwick Hale", "person"), ("El Colibrí", "other")]
    assert {q.speaker_id for q in analysis.quotes if q.kind != "scare"} == {analysis.entities[0].id}


@pytest.mark.parametrize(("listener", "kind"), [("Sky Sport Italia", "organization"), ("Al Jazeera", "organization"), ("Maria Rossi", "person")])
def test_whom_someone_told_is_an_outlet_unless_a_personal_name(listener: str, kind: str) -> None:
    analysis = run(f"“I didn’t celebrate much,” the striker Davide Russo told {listener}.")
    assert {e.name: e.type for e in analysis.entities}[listener] == kind


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Kestrel Home said it would contact all affected customers.", "“We take privacy extremely seriously,” a spokesperson said."),
        ("HM Coastguard said the search had covered 40 square miles.", "“Conditions have been challenging,” a spokesperson said."),
        ("Meridian Living said surveys had found defects.", "In a statement, the company said: “The safety of our residents is our priority.”"),
    ],
)
def test_a_name_of_no_person_that_speaks_through_a_spokesperson_or_as_it_is_a_body(paragraphs: tuple[str, ...]) -> None:
    analysis = run(*paragraphs)
    [body] = analysis.entities
    assert body.type == "organization"
    assert analysis.quotes[0].speaker_id == body.id


def test_a_person_with_a_role_before_the_name_stays_a_person_though_a_company_speaks_next() -> None:
    analysis = run("“We have concerns,” EU competition commissioner Margarethe Lindholm told a news conference. The company said it would “cooperate”.")
    assert ("Margarethe Lindholm", "person") in [(e.name, e.type) for e in analysis.entities]


def test_demonyms_of_many_countries_make_national_bodies_and_titles() -> None:
    analysis = run("The Malian army said its forces had “heroically repelled” the attack. Nigerian President Bola Tinubu agreed.")
    assert [(e.name, e.type) for e in analysis.entities] == [("Malian army", "organization"), ("Bola Tinubu", "person")]
    assert speakers(analysis) == [("heroically repelled", "Malian army", "partial")]


@pytest.mark.parametrize(
    ("paragraphs", "names", "speaker"),
    [
        (
            ("Chairman of the commune People's Committee Đinh Văn Thạch said forces worked.", '"The water rose so fast," Thạch said.'),
            ["People's Committee", "Đinh Văn Thạch"],
            "Đinh Văn Thạch",
        ),
        (("Paleoclimatologist Kenji Morimoto of Sapporo Polar University called it \"an archive.\"",), ["Kenji Morimoto", "Sapporo Polar University"], "Kenji Morimoto"),
        (
            ("Associate Professor Lim Hui Min of the Singapore Institute of Urban Mobility called it \"an archive.\"",),
            ["Lim Hui Min", "Singapore Institute of Urban Mobility"],
            "Lim Hui Min",
        ),
        (("Backup Chase McAllister said: \"I've taken every rep.\"",), ["Chase McAllister"], "Chase McAllister"),
        (
            ('Head of the Egyptian Antiquities Sector Ayman Hafez called it "one of the most important of the decade".',),
            ["Egyptian Antiquities Sector", "Ayman Hafez"],
            "Ayman Hafez",
        ),
        (
            ("Group Commander Stephen McCann of the Northern Ireland Fire and Rescue Service was giving evidence.", '"Without question," Mr McCann said.'),
            ["Stephen McCann", "Northern Ireland Fire and Rescue Service"],
            "Stephen McCann",
        ),
        (("Undersheriff Tom Kessel said: \"They train for this.\"",), ["Tom Kessel"], "Tom Kessel"),
        # (no rank before a single word: a cup's name)
        (("The Police Commissioner Cup of Kenya said the final was “sold out”.",), ["Police Commissioner Cup of Kenya"], "Police Commissioner Cup of Kenya"),
        (("Harbourmaster Jory Tremayne said: \"The sea came over the wall.\"",), ["Jory Tremayne"], "Jory Tremayne"),
    ],
)
def test_a_body_then_a_name_a_scientist_of_a_university_a_backup_and_ranks_before_a_name(paragraphs: tuple[str, ...], names: list[str], speaker: str) -> None:
    analysis = run(*paragraphs)
    assert [e.name for e in analysis.entities] == names
    assert [name for _text, name, _kind in speakers(analysis)] == [speaker]


def test_mr_of_a_shared_surname_is_the_man_not_the_sister_named_last() -> None:
    analysis = run(
        "Karim Mansour, 36, was arrested in Cairo.",
        "His sister, Nour Mansour, said he had lost 14 kilos.",
        "The Foreign Office said it was supporting Mr Mansour’s family.",
    )
    genders = {e.name: e.gender for e in analysis.entities if e.type == "person"}
    assert genders == {"Karim Mansour": "m", "Nour Mansour": "f"}


def test_dpp_is_a_title_before_a_family_name_written_first() -> None:
    analysis = run("Deputy Public Prosecutor Lim Jia Hui said 47 victims had paid.", "“He was told explicitly,” said DPP Lim.")
    assert [(e.name, sorted(e.aliases)) for e in analysis.entities if e.type == "person"] == [("Lim Jia Hui", ["DPP Lim", "Prosecutor Lim Jia Hui"])]


@pytest.mark.parametrize("name", ["Kernan Precision", "Kestrel Propulsion"])
def test_a_name_speaking_after_a_which_clause_is_a_body(name: str) -> None:
    analysis = run(f"{name}, which makes components for the aerospace industry, said it would close.", 'The company blamed "sustained increases in costs".')
    assert [(e.name, e.type) for e in analysis.entities] == [(name, "organization")]
    assert speakers(analysis) == [("sustained increases in costs", name, "partial")]


@pytest.mark.parametrize("name", ["Lee Valley Hospice", "Grace Street Clinic", "Rose Infirmary"])
def test_a_hospice_or_a_clinic_is_a_body_though_a_first_name_opens_it(name: str) -> None:
    analysis = run(f"A spokeswoman for {name} said the charity was “grateful to the gardaí”.")
    assert [(e.name, e.type) for e in analysis.entities] == [(name, "organization")]
    assert speakers(analysis) == [("grateful to the gardaí", name, "partial")]


def test_a_first_name_alone_with_an_age_is_a_person_who_speaks_in_a_quote_quoted() -> None:
    analysis = run(
        "At the Guerrero house, the cleanup had begun. Her grandson Mateo, 14, was hauling soaked carpet to the curb.",
        "“He’s been working since noon,” Dolores Guerrero said. “He told me, ‘Abuela, sit down, I got it.’ So I sat down.”",
    )
    assert ("Mateo", "person") in [(e.name, e.type) for e in analysis.entities]
    assert speakers(analysis)[-1] == ("Abuela, sit down, I got it.", "Mateo", "direct")


def test_cr_is_a_councillors_title_and_terminals_end_a_companys_name() -> None:
    analysis = run(
        "Hunter Bulk Terminals said it would cut a quarter of its staff. Mayor Elena Vasquez called it “a wake-up call”.",
        "“We’ve known for years this day was coming,” Cr Vasquez said.",
    )
    assert [(e.name, e.type) for e in analysis.entities] == [("Hunter Bulk Terminals", "organization"), ("Elena Vasquez", "person")]
    assert speakers(analysis)[-1][1] == "Elena Vasquez"


@pytest.mark.parametrize("body", ["Colorado Division of Fire Prevention and Control", "Western Division Graziers Association"])
def test_a_division_is_a_body_word_that_keeps_a_long_name_whole(body: str) -> None:
    analysis = run("The fire is spreading.", f'The {body} said the state was "throwing everything we have" at it.')
    assert [(e.name, e.type) for e in analysis.entities] == [(body, "organization")]


def test_a_place_after_in_the_is_no_person_though_an_appositive_and_a_verb_follow() -> None:
    analysis = run(
        "Nurses are leaving the profession.",
        "One A&E nurse in the West Midlands, who asked not to be named, told the Guardian she had spent a shift on trolleys. “I went home and cried in the car,” she said.",
    )
    assert ("West Midlands", "place") in [(e.name, e.type) for e in analysis.entities]
    assert speakers(analysis) == [("I went home and cried in the car,", None, "direct")]


def test_ocpd_is_a_kenyan_police_commanders_title() -> None:
    analysis = run("Nakuru Central OCPD Michael Otieno said four students had been arrested. “We allowed them to demonstrate,” he said.")
    assert [e.name for e in analysis.entities if e.type == "person"] == ["Michael Otieno"]
    assert speakers(analysis)[0][1] == "Michael Otieno"


def test_a_based_maker_set_off_after_a_name_is_a_company() -> None:
    analysis = run(
        "Cascadence, the Bellevue-based maker of scheduling software for hospitals, will cut 600 jobs.",
        "The company described the move as a “strategic reset” in its filing.",
    )
    assert [(e.name, e.type) for e in analysis.entities] == [("Cascadence", "organization")]
    assert speakers(analysis) == [("strategic reset", "Cascadence", "partial")]


@pytest.mark.parametrize("name", ["Jess", "Alexis"])
def test_a_first_name_given_alone_after_gave_only_her_first_name_is_a_person_who_speaks(name: str) -> None:
    analysis = run(
        "Fires burned through the night.",
        f"Another evacuee, who gave only her first name, {name}, said she had no idea whether her home was standing. “A neighbor texted me a picture,” she said.",
    )
    assert [(e.name, e.type) for e in analysis.entities] == [(name, "person")]
    assert speakers(analysis) == [("A neighbor texted me a picture,", name, "direct")]


def test_a_name_given_as_the_only_surname_is_a_person_who_speaks_on() -> None:
    analysis = run("Tai O flooded overnight.", "A fisherman who gave only his surname, Lau, said he lost two nets. “Every year it gets worse.”")
    assert [(e.name, e.type) for e in analysis.entities if e.name == "Lau"] == [("Lau", "person")]
    assert speakers(analysis) == [("Every year it gets worse.", "Lau", "direct")]


def test_a_name_after_surnamed_is_a_person_who_speaks_on() -> None:
    analysis = run(
        "Rents rose again this year.",
        "A 71-year-old tenant surnamed Wong, who lives alone in a cubicle, said she slept on the floor “because it is the only place with a little air”.",
        "“At night I wake up three or four times,” she said.",
    )
    assert [(e.name, e.type) for e in analysis.entities] == [("Wong", "person")]
    assert [speaker for _text, speaker, _kind in speakers(analysis)] == ["Wong", "Wong"]


@pytest.mark.parametrize(
    ("paragraphs", "person"),
    [
        (("Nanyuki Township MCA Peter Mwangi tabled the motion.", "“Show me one machine,” Mr Mwangi told the assembly."), "Peter Mwangi"),
        (("Additional Advocate-General R. Sundaram said the State would act.", "“We are not shying away,” Mr. Sundaram said."), "R. Sundaram"),
        (("Sinn Féin's housing spokesperson Eoin Brady said the plan had failed.", '"Does the Taoiseach have an answer for her?" Deputy Brady said.'), "Eoin Brady"),
        (("Sinn Féin's housing spokesperson Eoin Ó Murchú said it had failed.", '"It is not working," Deputy Ó Murchú said.'), "Eoin Ó Murchú"),
    ],
)
def test_mca_advocate_general_and_an_irish_deputy_are_titles(paragraphs: tuple[str, str], person: str) -> None:
    analysis = run(*paragraphs)
    assert [e.name for e in analysis.entities if e.type == "person"] == [person]
    assert speakers(analysis)[-1][1] == person


@pytest.mark.parametrize(
    ("paragraphs", "person"),
    [
        (("He spent hours in the nets with former national player Clint Boodram.", "“Coach Boodram told me to watch the ball,” he said. Boodram agreed."), "Clint Boodram"),
        (("Tsavo East Senior Warden Peter Koros said rangers were deployed.", "“We are working with the community,” Mr Koros said."), "Peter Koros"),
        (("Ratu Isikeli Nawalu called it “pure Fijian magic”.", "“Nobody gave us a chance,” Ratu Isikeli said."), "Isikeli Nawalu"),
        (("City engineer Eng Tendai Moyo said the pumps were old.", "“We have one pump running,” Eng Moyo said."), "Tendai Moyo"),
        (("BWDB Kurigram Executive Engineer Md Shafiqul Islam said funds were ready.", "“We have allocation for emergency work,” he said."), "Md Shafiqul Islam"),
    ],
)
def test_coach_warden_ratu_and_eng_are_titles_before_a_surname(paragraphs: tuple[str, str], person: str) -> None:
    analysis = run(*paragraphs)
    assert [e.name for e in analysis.entities if e.type == "person"] == [person]
    assert {speaker for _text, speaker, _kind in speakers(analysis)} == {person}


@pytest.mark.parametrize("name", ["Eagle Eye Promotions", "Palmiste Strikers", "Highveld United", "Crystal Stars"])
def test_promotions_strikers_united_and_stars_end_a_bodys_name(name: str) -> None:
    analysis = run(f"{name} said the event had drawn more than 2,000 fans.")
    assert [(e.name, e.type) for e in analysis.entities] == [(name, "organization")]


def test_a_promoter_of_a_company_is_she_not_the_company() -> None:
    analysis = run("Promoter Selma Haufiku of Eagle Eye Promotions said the event drew fans.", "“Windhoek showed up tonight,” she said.")
    assert speakers(analysis) == [("Windhoek showed up tonight,", "Selma Haufiku", "direct")]


def test_a_name_after_in_is_a_place_though_a_verb_follows_its_appositive() -> None:
    analysis = run("Desmond Kavanagh, 58, who owns 11 properties in Brackley Green, north-west London, pleaded guilty.")
    assert ("Brackley Green", "place") in [(e.name, e.type) for e in analysis.entities]


def test_a_counsels_rank_after_a_name_makes_a_person_and_a_company_is_called_without_its_industry() -> None:
    analysis = run(
        "The residents’ case, made by Eilis Fahy SC, was that the board relied on a letter. Counsel for the board, Rory Fahy SC, disagreed.",
        "Ms Fahy told the court the board had “outsourced its judgment”.",
        "The permission was granted to Lismore Digital Infrastructure Ltd for the site. A spokesman for Lismore Digital said the company welcomed “the clarity”.",
    )
    people = {e.name: sorted(e.aliases) for e in analysis.entities if e.type == "person"}
    assert people == {"Eilis Fahy": ["Eilis Fahy SC", "Ms Fahy"], "Rory Fahy": ["Rory Fahy SC"]}
    assert [speaker for _text, speaker, _kind in speakers(analysis)] == ["Eilis Fahy", "Lismore Digital Infrastructure Ltd"]


def test_a_shared_surname_speaking_is_the_bearer_named_last_outside_a_possessive() -> None:
    analysis = run(
        "Winger Josaia Waqa scored the winning try.",
        "Semi Waqa, who is Josaia's uncle, took the defeat in good spirits.",
        "“He’s my nephew, so I can’t be too angry,” Waqa said.",
    )
    assert speakers(analysis)[-1][1] == "Semi Waqa"

