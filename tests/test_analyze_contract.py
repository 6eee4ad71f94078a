"""`briefing analyze` on the seed article: the contract, exact offsets, and the gold annotation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli

CONTRACT_KEYS = {"schema", "path", "title", "byline", "published", "url", "text", "sections", "quotes", "entities", "figures", "summary"}
QUOTE_KINDS = {"direct", "partial", "indirect", "scare"}
ENTITY_TYPES = {"person", "organization", "place", "other"}
FIGURE_KINDS = {"count", "money", "percent", "area", "distance", "weight", "duration", "date", "ordinal", "other"}


@pytest.fixture(scope="module")
def seed_analysis(seed_path: Path) -> dict[str, Any]:
    result = run_cli("analyze", str(seed_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_valid_contract(document: dict[str, Any]) -> None:
    assert set(document) >= CONTRACT_KEYS
    assert document["schema"] == "briefing.analysis/1"
    text = document["text"]
    for section in document["sections"]:
        assert 0 <= section["start"] <= section["end"] <= len(text)
        for paragraph in section["paragraphs"]:
            assert section["start"] <= paragraph["start"] < paragraph["end"] <= section["end"]
    entity_names = {e["id"]: e["name"] for e in document["entities"]}
    for entity in document["entities"]:
        assert entity["type"] in ENTITY_TYPES
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] in [entity["name"], *entity["aliases"], *entity["descriptions"]]
    for quote in document["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["kind"] in QUOTE_KINDS
        assert isinstance(quote["utterance"], int)
        if quote["speaker"] is not None:
            assert entity_names[quote["speaker_id"]] == quote["speaker"]
    for figure in document["figures"]:
        assert text[figure["start"] : figure["end"]] == figure["text"]
        assert figure["kind"] in FIGURE_KINDS
        assert figure["text"] in figure["context"]
    starts = [s["start"] for s in document["summary"]]
    assert starts == sorted(starts)
    for sentence in document["summary"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_contract_holds_with_exact_offsets(seed_analysis: dict[str, Any]) -> None:
    assert_valid_contract(seed_analysis)


def test_headline_kept_once_and_boilerplate_dropped(seed_analysis: dict[str, Any], seed_gold: dict[str, Any]) -> None:
    assert seed_analysis["title"] == seed_gold["title"]
    assert not seed_analysis["text"].startswith(seed_gold["title"])
    for furniture in seed_gold["boilerplate"]:
        assert furniture not in seed_analysis["text"]
    assert seed_analysis["text"].endswith("“Naturally, they would prefer not to.”")
    assert "\n\n\n" not in seed_analysis["text"]


def test_every_gold_quote_found_with_kind_and_speaker(
    seed_analysis: dict[str, Any], seed_gold: dict[str, Any], seed_path: Path
) -> None:
    found = {(q["text"], q["start"]): q for q in seed_analysis["quotes"]}
    # gold offsets index the raw file; the stored text starts after the repeated headline
    body_start = "President Vladimir V. Putin"
    offset = seed_analysis["text"].index(body_start) - seed_path.read_text(encoding="utf-8").index(body_start)
    for gold in seed_gold["quotes"]:
        quote = found.get((gold["quote"], gold["start"] + offset))
        assert quote is not None, gold["quote"]
        assert quote["kind"] == gold["kind"], gold["quote"]
        if not gold.get("ambiguous"):
            assert quote["speaker"] == gold["speaker"], gold["quote"]
    assert len(seed_analysis["quotes"]) == len(seed_gold["quotes"])


def test_split_quote_shares_one_utterance(seed_analysis: dict[str, Any]) -> None:
    by_text = {q["text"]: q for q in seed_analysis["quotes"]}
    first = by_text["It would probably be more beneficial for us to meet,"]
    second = by_text[next(t for t in by_text if t.startswith("and, considering the current realities"))]
    assert first["utterance"] == second["utterance"]
    utterances = [q["utterance"] for q in seed_analysis["quotes"]]
    assert len(set(utterances)) == len(utterances) - 1


def test_speaker_quote_counts_match_gold(seed_analysis: dict[str, Any], seed_gold: dict[str, Any]) -> None:
    counts: dict[str, int] = {}
    for quote in seed_analysis["quotes"]:
        if quote["speaker"]:
            counts[quote["speaker"]] = counts.get(quote["speaker"], 0) + 1
    assert counts == seed_gold["speaker_quote_counts"]


def test_gold_entities_found_typed_and_merged(seed_analysis: dict[str, Any], seed_gold: dict[str, Any]) -> None:
    entities = {e["name"]: e for e in seed_analysis["entities"]}
    for gold in seed_gold["entities"]:
        entity = entities.get(gold["name"])
        assert entity is not None, gold["name"]
        assert entity["type"] == gold["type"], gold["name"]
        assert set(gold["aliases"]) <= set(entity["aliases"]), gold["name"]
    gold_people = {g["name"] for g in seed_gold["entities"] if g["type"] == "person"}
    assert {e["name"] for e in seed_analysis["entities"] if e["type"] == "person"} == gold_people


def test_required_figures(seed_analysis: dict[str, Any], seed_gold: dict[str, Any]) -> None:
    figures = {f["text"]: f for f in seed_analysis["figures"]}
    for gold in seed_gold["figures"]:
        if gold["required"]:
            assert gold["text"] in figures, gold["text"]
            assert figures[gold["text"]]["kind"] == gold["kind"]
    assert figures["1,719 square kilometers"]["value"] == 1719
    assert figures["1,719 square kilometers"]["unit"] == "square kilometer"
    assert figures["660 square miles"]["unit"] == "square mile"
    assert figures["four regions"]["value"] == 4
    assert figures["660 square miles"]["approximate"] is True
    assert seed_analysis["figures"][figures["660 square miles"]["equivalent_to"]]["text"] == "1,719 square kilometers"
    assert figures["1,719 square kilometers"]["counts"] == figures["660 square miles"]["counts"] == "Ukrainian territory"


def test_roles_in_the_speaker_index(seed_analysis: dict[str, Any]) -> None:
    roles = {e["name"]: e["role"] for e in seed_analysis["entities"]}
    assert roles["Tatiana Stanovaya"] == "a senior fellow at the Carnegie Moscow Eurasia Center"
    assert roles["Sergei Markov"] == "a pro-Kremlin political analyst in Moscow"
    assert roles["Yuri Ushakov"] == "Mr. Putin’s foreign policy advisor"


def test_analyze_stores_nothing_and_reports_bad_inputs(seed_path: Path, tmp_path: Path, db_path: Path) -> None:
    result = run_cli("analyze", str(seed_path), str(tmp_path / "missing.txt"), "--format", "jsonl", db=db_path)
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["title"].startswith("Putin Sees Trump")
    assert result.stderr.strip().endswith("missing.txt: no such file")
    assert not db_path.exists()


def test_json_of_several_inputs_is_a_list_whichever_fail(seed_path: Path, tmp_path: Path) -> None:
    missing, empty = tmp_path / "missing.txt", tmp_path / "empty.txt"
    empty.write_text("")
    one_failed = run_cli("analyze", str(seed_path), str(missing), "--format", "json")
    assert one_failed.returncode == 1 and [d["title"][:17] for d in json.loads(one_failed.stdout)] == ["Putin Sees Trump "]
    all_failed = run_cli("analyze", str(empty), str(missing), "--format", "json")
    assert all_failed.returncode == 1 and json.loads(all_failed.stdout) == []
    single = run_cli("analyze", str(seed_path), "--format", "json")
    assert single.returncode == 0 and json.loads(single.stdout)["title"].startswith("Putin Sees Trump")
