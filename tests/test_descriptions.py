"""Descriptions ("the Kremlin aide", "the prime minister") linked to the person the article gave
that role, and used to attribute quotes; left unlinked whenever more than one person fits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SHARED, run_cli
from tests.test_quotes import quotes, run


def descriptions(*paragraphs: str) -> dict[str, list[str]]:
    return {e.name: e.descriptions for e in run(*paragraphs).entities if e.descriptions}


def test_seed_kremlin_aide_is_ushakov_and_no_description_goes_to_the_wrong_president() -> None:
    seed: Path = SHARED / "fixtures" / "000_a651404527db1a0e.txt"
    result = run_cli("analyze", str(seed), "--format", "json")
    document = json.loads(result.stdout)
    by_name = {e["name"]: e for e in document["entities"]}
    assert by_name["Yuri Ushakov"]["descriptions"] == ["the Kremlin aide"]
    text = document["text"]
    aide = next(m for m in by_name["Yuri Ushakov"]["mentions"] if text[m["start"] : m["end"]] == "the Kremlin aide")
    assert "did not elaborate" in text[aide["end"] : aide["end"] + 30]
    # Three presidents, none tied to a country by the text: "the Russian leader" is not Trump's
    assert "the Russian leader" not in by_name["Trump"]["descriptions"]
    assert "the Russian leader" not in by_name["Volodymyr Zelensky"]["descriptions"]


def test_a_title_lets_a_later_description_name_the_speaker() -> None:
    assert quotes(
        "Prime Minister Tony Blair met union leaders on Monday.",
        'The prime minister said: "We will not back down."',
    ) == [("We will not back down.", "Tony Blair", "direct")]


def test_an_appositive_role_links_a_synonym() -> None:
    found = quotes(
        "Yuri Ushakov, Mr. Putin's foreign policy adviser, spoke to reporters.",
        "“There is no date yet,” the Kremlin aide said.",
    )
    assert found == [("There is no date yet,", "Yuri Ushakov", "direct")]


def test_a_role_before_the_name_is_a_role() -> None:
    assert descriptions(
        "Carnegie analyst Tatiana Stanovaya has followed the talks.", "The analyst expects no deal."
    ) == {"Tatiana Stanovaya": ["The analyst"]}


def test_nationality_picks_one_of_several_presidents() -> None:
    linked = descriptions(
        "President Bush met French President Jacques Chirac in Brussels.",
        "The French president told reporters the meeting went well.",
    )
    assert linked == {"Jacques Chirac": ["The French president"]}


@pytest.mark.parametrize(("demonym", "name"), [("Vietnamese", "Nguyen Thu Hang"), ("Philippine", "Ramon Dizon")])
def test_nationality_of_countries_beyond_europe_picks_one_of_two_ministers(demonym: str, name: str) -> None:
    linked = descriptions(
        "Vietnamese Foreign Minister Nguyen Thu Hang met Philippine Foreign Minister Ramon Dizon in Hanoi.",
        f"The {demonym} minister told reporters the meeting went well.",
    )
    assert linked == {name: [f"The {demonym} minister"]}


def test_several_people_fitting_leaves_the_description_unlinked() -> None:
    found = quotes(
        "President Anna Berg met President Tomas Weller in Oslo.",
        'The president said: "We agreed on nothing."',
    )
    assert found == [("We agreed on nothing.", None, "direct")]


def test_a_name_in_the_description_picks_the_one_whose_role_it_is_tied_to() -> None:
    found = quotes(
        "Manchester United manager Erik Larsen praised his side after the win over Everton.",
        "“The boys were magnificent,” said Larsen.",
        "Everton boss Sean Dyche was less happy. “We gave away three soft goals,” the Everton manager said.",
    )
    assert found[-1] == ("We gave away three soft goals,", "Sean Dyche", "direct")


def test_the_board_is_the_body_whose_board_the_article_named() -> None:
    found = quotes(
        "The Central Bank of Chile's five-member board, led by Marcela Fuentes, held the rate at 5.5% on Tuesday.",
        "The board said the decision reflected “a more uncertain external scenario”.",
    )
    assert found == [("a more uncertain external scenario", "Central Bank of Chile", "partial")]


@pytest.mark.parametrize(("title", "noun"), [("Sheriff", "sheriff"), ("Gen.", "general"), ("Col.", "colonel"), ("Sgt", "sergeant")])
def test_a_sheriff_a_general_a_colonel_or_a_sergeant_titled_so_is_the_description_after(title: str, noun: str) -> None:
    found = quotes(
        f"Fire Chief Mark Davis and {title} Tom Bell briefed reporters on Monday.",
        f"Bell said 12 people had been arrested. “We will not tolerate it,” the {noun} said.",
    )
    assert found == [("We will not tolerate it,", "Tom Bell", "direct")]


@pytest.mark.parametrize("office", ["NATO Secretary General", "Attorney General"])
def test_a_secretary_general_or_an_attorney_general_is_no_general(office: str) -> None:
    found = quotes(f"{office} Mark Rutte called the attack “appalling”.", "“We stand with Ukraine,” the general said.")
    assert found[-1] == ("We stand with Ukraine,", None, "direct")


def test_a_qualified_role_is_another_role() -> None:
    assert descriptions(
        "Shadow chancellor Oliver Letwin attacked the budget.", "The chancellor defended his plans on Sunday."
    ) == {}


def test_no_link_to_a_person_named_only_later_or_to_another_role() -> None:
    assert descriptions(
        "The minister arrived late.", "Minister Anna Berg spoke first.", "The leader of the opposition left early."
    ) == {}


def test_plurals_are_not_descriptions_but_possessives_are() -> None:
    assert descriptions(
        "Minister Anna Berg spoke first.", "The ministers disagreed.", "The minister's aides left early."
    ) == {"Anna Berg": ["The minister"]}


def test_role_words_in_other_phrases_are_not_descriptions() -> None:
    assert descriptions(
        "Commander Valery Gerasimov spoke. The general election is near.",
        "Prime Minister Boris Johnson visited Leeds. The minister of health stayed away.",
        "Senior fellow Anna Smith flew home. The fellow passengers clapped.",
    ) == {}
    assert descriptions("Prime Minister Boris Johnson visited Leeds.", "The minister said no.") == {}


def test_letters_that_change_length_in_lower_case_do_not_break_the_stage() -> None:
    found = descriptions("Mayor Ekrem Imamoglu spoke on Monday.", "The İzmir mayor said the vote was fair.")
    assert found == {"Ekrem Imamoglu": ["The İzmir mayor"]}


def test_the_same_article_gives_the_same_json_whatever_the_hash_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Other tools diff `briefing analyze` output: descriptions differing only in case ("The
    bank", "the bank") must not come out in an order that changes from run to run."""
    article = tmp_path / "bank.txt"
    article.write_text(
        "Shares in Bank of America fell on Monday.\n\n"
        "The bank said demand had slowed. Analysts expect the bank to cut jobs.\n\n"
        "The bank declined to comment further.\n",
        encoding="utf-8",
    )
    outputs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        result = run_cli("analyze", str(article), "--format", "json")
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
        assert json.loads(result.stdout)["entities"][0]["descriptions"] == ["The bank", "the bank"]
    assert len(outputs) == 1


def test_a_role_written_after_a_preposition_before_the_name_links_its_synonym() -> None:
    found = quotes(
        "The 22-year-old shared a stand of 187 with captain Rory Delaney.",
        "Delaney praised the youngster. “He doesn’t get flustered,” said the skipper.",
    )
    assert found == [("He doesn’t get flustered,", "Rory Delaney", "direct")]


@pytest.mark.parametrize(
    ("named", "called", "body"),
    [
        ("The Banco Central do Brasil kept its rate at 15%.", "The bank", "Banco Central do Brasil"),
        ("Students occupied the Universidad de Chile on Monday.", "The university", "Universidad de Chile"),
        ("The Agence France-Presse reporter was released.", "The agency", "Agence France-Presse"),
    ],
)
def test_a_body_named_in_its_own_language_is_the_english_noun_after_it(named: str, called: str, body: str) -> None:
    analysis = run(named, f"{called} said the decision was “final”.")
    assert {(e.name, e.type) for e in analysis.entities} >= {(body, "organization")}
    assert quotes(named, f"{called} said the decision was “final”.") == [("final", body, "partial")]


@pytest.mark.parametrize(
    ("introduced", "name", "called"),
    [
        ("Ward councillor Sipho Dlamini", "Sipho Dlamini", "the councillor"),
        ("Detective Inspector Ruth Mallory", "Ruth Mallory", "the detective"),
        ("Dr Amara Osei, a surgeon,", "Amara Osei", "the surgeon"),
        ("Justice R. Kalaiselvi", "R. Kalaiselvi", "the judge"),
        ("Sentencing him on Thursday, Lord Kinnaird", "Kinnaird", "the judge"),
        ("Det. Sgt. Amy Ross", "Amy Ross", "the detective"),
        ("Supt. Amy Ross", "Amy Ross", "the superintendent"),
        ("Rep. Nancy Mace", "Nancy Mace", "the congresswoman"),
        ("Cllr Sipho Dlamini", "Sipho Dlamini", "the councillor"),
        ("PC Andrew Shaw", "Andrew Shaw", "the officer"),
        ("DC Ruth Mallory", "Ruth Mallory", "the detective"),
    ],
)
def test_a_councillor_an_officer_or_a_doctor_given_the_role_is_the_description_after(introduced: str, name: str, called: str) -> None:
    found = quotes(f"{introduced} was heckled by the crowd.", f"“I hear you,” {called} told protesters.")
    assert found == [("I hear you,", name, "direct")]


@pytest.mark.parametrize(
    ("named", "called"),
    [("The Bangko Sentral ng Pilipinas kept rates on hold.", "The central bank"), ("Te Rūnanga o Ngāti Tūmanako built the homes.", "The rūnanga")],
)
def test_a_filipino_bank_and_a_maori_runanga_are_the_bank_and_the_runanga_after(named: str, called: str) -> None:
    body = named.removeprefix("The ").split(" kept")[0].split(" built")[0]
    assert quotes(named, f"{called} said that the Monetary Board was “deeply concerned”.") == [("deeply concerned", body, "partial")]


def test_the_sheriffs_office_is_the_sheriffs_office_named_before_and_st_stays_in_the_name() -> None:
    found = quotes(
        "Video was posted by the St. Aurelie Parish Sheriff's Office on Facebook. Flights to St. Louis were cancelled.",
        "“Stay off the roads,” the sheriff's office wrote in the post.",
    )
    assert found == [("Stay off the roads,", "St. Aurelie Parish Sheriff's Office", "direct")]
    assert [e.name for e in run("Flights to St. Louis were cancelled.").entities] == ["St. Louis"]


def test_the_force_is_the_police_named_before() -> None:
    found = quotes("Cleveland Police declared a major incident after the blast.", "In a statement, the force said: ‘There is no wider risk to the public.’")
    assert found == [("There is no wider risk to the public.", "Cleveland Police", "direct")]


def test_a_role_set_off_by_commas_before_a_name_links_the_description_but_a_clause_ending_in_a_role_does_not() -> None:
    found = quotes(
        "Sione Havili will start after the head coach, Declan Fitzwilliam, resisted calls to change the pack.",
        "The coach confirmed that Pemberton had taken the news ‘like a professional’.",
    )
    assert found == [("like a professional", "Declan Fitzwilliam", "partial")]
    assert descriptions("Asked whether he trusted the prime minister, Mr Gordon Brown replied: “Of course.” The prime minister said “nothing”.") == {}


def test_the_advocate_depute_is_the_prosecutor_named_before() -> None:
    found = quotes(
        "Prosecutor Alison Rennie said Dunlop had returned with a kitchen knife.",
        "“Mr McBride was struck four times,” the advocate depute told the court.",
    )
    assert found == [("Mr McBride was struck four times,", "Alison Rennie", "direct")]


def test_the_speaker_is_the_speaker_of_the_house_named_before() -> None:
    found = quotes(
        "The Speaker, Ibrahim Abdullahi, who presided over the sitting, said the committee had four weeks.",
        "“This House will not sit back while funds meant for schools are diverted,” the Speaker said.",
    )
    assert found == [("This House will not sit back while funds meant for schools are diverted,", "Ibrahim Abdullahi", "direct")]


def test_the_chief_is_the_police_chief_named_before_and_the_chief_economist_stays_whole() -> None:
    found = quotes("Police Chief Denise Albright said the gun was bought legally.", "“That is part of the investigation,” the chief replied.")
    assert found == [("That is part of the investigation,", "Denise Albright", "direct")]
    assert descriptions("Phil Levy, the chief economist at Flexport, spoke. The chief economist said “no”.") == {
        "Phil Levy": ["The chief economist", "the chief economist"]
    }


def test_a_companys_chief_is_its_chief_executive() -> None:
    found = quotes(
        "Veridian Semiconductor raised its forecast, citing what CEO Arjun Mehta called “relentless” demand.",
        "“It is a crowded market,” said Vikram Mehta, a portfolio manager.",
        "Asked about export rules, the Veridian chief was blunt.",
        "“We follow the rules as they're written,” he said.",
    )
    assert found[-1] == ("We follow the rules as they're written,", "Arjun Mehta", "direct")


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Polmear Medical Centre", "the practice"), ("Kingsmead Academy", "the school"), ("Skyline Airways", "the airline"),
        ("Johannesburg Water", "the utility"), ("Sydney Trains", "the operator"), ("Leeds City Council", "the authority"),
        ("The Royal Navy", "the navy"), ("Heathrow Airport", "the airport"), ("The National Gallery", "the gallery"),
        ("Pinellas County Schools", "the district"), ("Saguaro Valley Unified School District", "the district"),
        ("The Secretariat of the Pacific Community", "the secretariat"), ("The Diocese of Ferns", "the diocese"),
    ],
)
def test_a_body_is_called_by_the_noun_of_its_kind_and_speaks_under_it(body: str, noun: str) -> None:
    paragraphs = (f"{body}, near Truro, has been in the news.", f"In a letter, {noun} said the decision had been “incredibly difficult”.")
    name = body.removeprefix("The ")
    assert descriptions(*paragraphs) == {name: [noun]}
    assert quotes(*paragraphs) == [("incredibly difficult", name, "partial")]


def test_a_body_whose_name_holds_the_noun_comes_before_one_only_called_by_it() -> None:
    paragraphs = (
        "Leeds City Council approved the runway. The Civil Aviation Authority objected.",
        "The authority said the plan was “unsafe”.",
    )
    assert quotes(*paragraphs) == [("unsafe", "Civil Aviation Authority", "partial")]


@pytest.mark.parametrize("role", ["nurse", "fisherman", "pilot", "pensioner", "landlord", "jockey", "priest", "vet"])
def test_a_trade_or_calling_someone_was_introduced_by_is_the_description_after(role: str) -> None:
    found = quotes("Tom Baker met reporters. Anna Lee, a " + role + " from Leeds, spoke first.", f"The {role} said it had been “a long week”.")
    assert found == [("a long week", "Anna Lee", "partial")]


@pytest.mark.parametrize(("title", "noun"), [("Magistrate", "the magistrate"), ("Coroner", "the coroner"), ("Magistrate", "the judge")])
def test_a_magistrate_or_a_coroner_is_called_so_or_the_judge(title: str, noun: str) -> None:
    paragraphs = (f"{title} Josette Vella Borg turned down the request for bail.", f"“The court cannot ignore the facts,” {noun} said.")
    assert descriptions(*paragraphs) == {"Josette Vella Borg": [noun]}
    assert quotes(*paragraphs)[0][1] == "Josette Vella Borg"


@pytest.mark.parametrize(
    ("introduced", "acronym", "name"),
    [
        ("The Police Public Relations Officer in the state, SP Olufemi Adeyanju, confirmed the attack.", "PPRO", "Olufemi Adeyanju"),
        ("On a call with analysts, Group Managing Director Alhaji Sani Bello-Danmusa described the results.", "GMD", "Sani Bello-Danmusa"),
        ("District Attorney Nicholas Tan said the accused had lied.", "DA", "Nicholas Tan"),
        ("Chief Medical Officer Anna Lee warned of a winter surge.", "CMO", "Anna Lee"),
    ],
)
def test_capitals_spelling_the_role_before_a_name_are_that_person_not_a_body(introduced: str, acronym: str, name: str) -> None:
    analysis = run(introduced, f"The {acronym} urged residents to “remain calm”.")
    assert [e.name for e in analysis.entities if e.name == acronym] == []
    [person] = [e for e in analysis.entities if e.name == name]
    assert acronym in person.descriptions
    assert analysis.quotes[0].speaker_id == person.id
    assert [e.id for e in analysis.entities] == list(range(1, len(analysis.entities) + 1))


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        (("The Apex Fighting Championship crowned a champion.", "AFC president Curtis Vandermolen said it was “a great night”."), "AFC"),
        (("United Nations Secretary General António Guterres arrived in Kyiv.", "The UN said it was “deeply concerned”."), "UN"),
    ],
)
def test_capitals_before_a_role_word_or_of_a_body_before_a_role_stay_a_body(paragraphs: tuple[str, str], body: str) -> None:
    assert body in [e.name for e in run(*paragraphs).entities]
