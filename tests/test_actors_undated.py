"""Undated texts, titles as evidence of an office, former states and historic office holders."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tacitus.actors import load_actor_dictionary, resolve_actors
from tacitus.actors.lookup import parse_date
from tacitus.actors.resolve import article_date
from tacitus.cli import app
from tacitus.record import ActorMention, Article


@pytest.fixture(scope="module")
def dictionary():  # type: ignore[no-untyped-def]
    return load_actor_dictionary()


def codes(nlp, dictionary, text: str, date: str | None = None) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    mentions: list[ActorMention] = list(resolve_actors(nlp(text), Article(id="t", text=text, date=date),
                                                       dictionary))
    return {m.text: m.code for m in mentions}


def test_an_unknown_date_is_unknown_not_today() -> None:
    assert article_date(Article(id="t", text="x", date=None)) is None
    assert article_date(Article(id="t", text="x", date="sometime in May")) is None
    assert str(article_date(Article(id="t", text="x", date="1995-06-01T10:00:00"))) == "1995-06-01"
    assert parse_date(None) is None and parse_date("last week") is None
    assert parse_date("10 May 1995") == "1995-05-10"


def test_undated_person_gets_the_principal_office(nlp, dictionary):  # type: ignore[no-untyped-def]
    # no title, no date: head of state or government first, whatever came before or after
    found = codes(nlp, dictionary, "Boris Yeltsin said the talks with Mikhail Gorbachev would go on.")
    assert found["Boris Yeltsin"] == "RUSGOV"
    assert found["Mikhail Gorbachev"] == "SUNGOV"
    assert codes(nlp, dictionary, "Hillary Clinton spoke to reporters.")["Hillary Clinton"] == "USAGOV"


def test_principal_office_ranks_head_then_government_then_longest(dictionary):  # type: ignore[no-untyped-def]
    assert dictionary.principal_office("Yevgeny Primakov").title == "Prime Minister"  # head over FM and SPY
    assert dictionary.principal_office("Hillary Clinton").title == "Secretary of State"  # GOV over LEG
    assert dictionary.principal_office("Colin Powell").role == "GOV"  # Secretary of State over JCS chairman


def test_shared_surname_is_the_head_of_government_when_undated(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "Clinton met Arafat at the White House.")
    assert found["Clinton"] == "USAGOV"
    assert found["Arafat"] in ("PSEGOV", "PSEGOVPLO")
    # dated: the namesake in office on the day
    assert codes(nlp, dictionary, "Clinton met Abbas in Washington.", "2010-05-01")["Clinton"] == "USAGOV"


def test_title_names_the_office_in_undated_text(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "President Clinton met Prime Minister Barak at Camp David.")
    assert found["President Clinton"] == "USAGOV"
    assert found["Prime Minister Barak"] == "ISRGOV"
    assert codes(nlp, dictionary, "Senator Clinton voted against the bill.")["Senator Clinton"] == "USALEG"
    assert codes(nlp, dictionary, "President-elect Trump met donors.")["President-elect Trump"] == "USAELI"


def test_title_overrides_the_date_unless_former(nlp, dictionary):  # type: ignore[no-untyped-def]
    # in 2022 Netanyahu led the opposition; a text calling him prime minister speaks of that office
    assert codes(nlp, dictionary, "Netanyahu rejected the plan.", "2022-03-01")["Netanyahu"] == "ISROPP"
    assert codes(nlp, dictionary, "Prime Minister Netanyahu rejected the plan.",
                 "2022-03-01")["Prime Minister Netanyahu"] == "ISRGOV"
    assert codes(nlp, dictionary, "Former President Obama spoke.", "2018-03-01")["Former President Obama"] == "USAELI"
    assert codes(nlp, dictionary, "Former President Obama spoke.")["Former President Obama"] == "USAELI"
    # a title matching the dated office keeps it
    assert codes(nlp, dictionary, "President Trump spoke.", "2017-03-01")["President Trump"] == "USAGOV"


def test_dissolved_states_keep_their_iso_3166_3_codes(nlp, dictionary):  # type: ignore[no-untyped-def]
    found = codes(nlp, dictionary, "The Soviet Union and Czechoslovakia signed a treaty. The Yugoslav army "
                                   "shelled the town, and East German border guards watched.")
    assert found["Soviet Union"] == "SUN"
    assert found["Czechoslovakia"] == "CSK"
    assert found["Yugoslav army"] == "YUGMIL"
    assert found["East German border guards"] == "DDRCOP"
    assert codes(nlp, dictionary, "Soviet troops left Afghanistan.")["Soviet troops"] == "SUNMIL"


def test_renamed_states_keep_their_current_code(nlp, dictionary):  # type: ignore[no-untyped-def]
    assert codes(nlp, dictionary, "Burma freed the prisoners.")["Burma"] == "MMR"
    assert codes(nlp, dictionary, "Zaire closed the border.")["Zaire"] == "COD"
    assert codes(nlp, dictionary, "Russia closed the border.")["Russia"] == "RUS"


@pytest.mark.parametrize(("name", "day", "code"), [
    ("Boris Yeltsin", "1995-01-01", "RUSGOV"),
    ("Yitzhak Rabin", "1994-01-01", "ISRGOV"),
    ("Helmut Kohl", "1990-10-03", "DEUGOV"),
    ("Eduard Shevardnadze", "1988-01-01", "SUNGOV"),
    ("Eduard Shevardnadze", "1998-01-01", "GEOGOV"),
    ("Slobodan Milosevic", "1999-04-01", "YUGGOV"),
    ("Nelson Mandela", "1996-01-01", "ZAFGOV"),
    ("Boutros Boutros-Ghali", "1994-01-01", "IGOUNO"),
    ("Yasser Arafat", "1990-01-01", "PSEGOVPLO"),
])
def test_historic_office_holders_on_a_date(dictionary, name: str, day: str, code: str):  # type: ignore[no-untyped-def]
    from datetime import date
    office = dictionary.office_on(name, date.fromisoformat(day))
    assert office is not None and office.code() == code


def test_lookup_shows_an_unknown_date() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["actors", "lookup", "Boris Yeltsin", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[-1])["code"] == "RUSGOV"
    table = runner.invoke(app, ["actors", "lookup", "Yeltsin"])
    assert "unknown" in table.output
