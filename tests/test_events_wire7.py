"""Rules from probing wire-style sentences of our own (session 7): ethnic groups the tagger calls persons,
passive intent ("is expected to meet"), "let" as permission, approvals that make a nominal act happen, and
"the release of" naming who is freed."""

from __future__ import annotations


def test_an_ethnic_word_before_a_role_names_the_group(resources) -> None:  # type: ignore[no-untyped-def]
    from tacitus.actors import resolve_actors
    from tacitus.record import Article

    text = "Tamil rebels attacked an army camp in Sri Lanka."
    actors = resolve_actors(resources.nlp(text), Article(id="t", text=text), resources.actors)
    assert "LKAREB" in {a.code for a in actors}


def test_a_surname_that_is_an_ethnic_word_stays_a_person(resources) -> None:  # type: ignore[no-untyped-def]
    from tacitus.actors import resolve_actors
    from tacitus.record import Article

    text = "Police arrested the brother of Qandeel Baloch in Multan."
    actors = resolve_actors(resources.nlp(text), Article(id="t", text=text), resources.actors)
    assert not any(a.code and a.code.startswith("PAKREB") for a in actors)


def test_the_tamil_tigers_in_the_singular(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("LKAMIL", "LKAREBLTT", "1823") in dyads("Sri Lankan troops killed 25 Tamil Tiger rebels in the north.")


def test_one_expected_to_act_is_the_doer(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("RUSGOV", "UKRGOV", "036", False) in coded(
        "The Russian president is expected to meet his Ukrainian counterpart in Moscow."
    )


def test_what_others_expect_of_a_state_is_a_forecast(coded) -> None:  # type: ignore[no-untyped-def]
    assert not any(e[0] == "PRK" for e in coded("North Korea is expected to launch a missile this week."))


def test_one_who_was_urged_is_still_no_doer(coded) -> None:  # type: ignore[no-untyped-def]
    assert not any(e[0] == "ISR" for e in coded("Israel was urged to halt settlement construction."))


def test_let_is_a_permission(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Iraq let the U.N. inspectors return to Baghdad.")
    assert any(e[0] == "IRQ" and e[1] == "IGOUNO" and e[2].startswith("08") for e in found)


def test_an_approved_release_is_the_approvers_and_of_names_the_freed(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("ISRGOV", "PSE", "0841", False) in coded(
        "The Israeli cabinet approved the release of 500 Palestinian prisoners."
    )
    assert ("ISR", "PSE", "0841", False) in coded("Israel ordered the release of 500 Palestinian prisoners.")


def test_a_plan_the_tagger_calls_a_noun_is_still_intent(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Russia and Turkey plan to meet.")
    assert ("RUS", "TUR", "036", False) in found
    assert ("TUR", "RUS", "036", False) in found


def test_two_who_will_meet_meet_each_other(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("The foreign ministers of Greece and Turkey will meet next week in New York.")
    assert {(e[0], e[1]) for e in found if e[2] == "036"} == {("GRCGOV", "TUR"), ("TUR", "GRCGOV")}


def test_what_talks_are_on_is_their_topic(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Russia and Turkey held talks on Syria.")
    assert ("RUS", "TUR", "040", False) in found
    assert not any(e[1] == "SYR" for e in found)
    assert ("RUSGOV", "TURGOV", "040", False) in coded("Putin held talks with Erdogan about Syria.")


def test_a_summit_keeps_its_host_body(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Russian President Vladimir Putin attended a NATO summit in Bucharest.")
    assert ("RUSGOV", "IGOWSTNAT") in {(e[0], e[1]) for e in found}


def test_more_ethnic_and_armed_groups_of_wire_news(resources) -> None:  # type: ignore[no-untyped-def]
    from tacitus.actors import resolve_actors
    from tacitus.record import Article

    expected = {
        "Kashmiri militants killed six villagers.": "INDINS",
        "Abkhaz separatists shelled Georgian positions.": "GEOREB",
        "The Zapatista rebels accused the Mexican army of violating the ceasefire.": "MEXREBZAP",
        "The government accused the Serbs of genocide.": "SRB",
        "The Bosnian Serbs freed 100 prisoners.": "BIH",
        "Bosnian Croat forces shelled Mostar.": "BIHMIL",
        "The Croats signed a truce.": "HRV",
        "The Organization of the Islamic Conference called for sanctions.": "IGOOIC",
        "The Khmer Rouge attacked government troops.": "KHMREBKRG",
        "The Iraqi National Congress called for elections.": "IRQOPPINC",
    }
    for text, code in expected.items():
        actors = resolve_actors(resources.nlp(text), Article(id="t", text=text), resources.actors)
        assert code in {a.code for a in actors}, text


def test_an_object_pronoun_is_not_the_subject_its_verb_borrows(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Mubarak met Arafat in Cairo and urged him to resume talks with Israel.")
    assert any(e[0][:3] == "EGY" and (e[1] or "")[:3] == "PSE" and e[2].startswith("02") for e in found)


def test_a_counted_crowd_is_civilians_only_as_a_doer(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("EGYCVL", "EGYGOV", "140", False) in coded("Thousands protested in Cairo on Friday.")
    found = coded("Thousands of Israeli troops entered Gaza.")
    assert not any(e[0] == "CVL" or (e[0] or "").endswith("CVL") for e in found)


def test_retaliating_for_an_attack_is_not_that_attack(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Israel says it will retaliate for rocket attacks.")
    assert [e[2][:2] for e in found] == ["13"]


def test_a_subject_the_parser_joined_to_the_previous_object(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Hamas fired rockets at Jerusalem and Israel responded with air strikes on Gaza.")
    assert ("ISR", "PSE", "195", False) in found
    found = coded("Russia attacked Ukraine and Poland condemned the attack.")
    assert ("RUS", "UKR", "190", False) in found and ("POL", None, "111", False) in found
    assert not any(e[1] == "POL" or e[0] == "UKR" for e in found)


def test_the_speaker_after_a_quotation_is_no_object(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded('"The Serbs will pay for this," warned the Bosnian prime minister.')
    assert [e[:3] for e in found] == [("BIHGOV", "SRB", "130")]


def test_a_commander_visiting_troops_invades_nothing(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Israel's army chief of staff visited troops on the Lebanese border.")
    assert not any(e[2].startswith("19") for e in found)
    assert ("TURMIL", "IRQ", "190", False) in coded("Turkish troops crossed into northern Iraq.")


def test_frame_nouns_the_doer_announces_or_makes(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("RUS", "SYR", "0334", False) in coded("Russia announced plans to send troops to Syria.")
    assert ("CHN", "LTU", "1312", False) in coded("China issued a threat to impose sanctions on Lithuania.")
    assert ("ISRGOV", "PSE", "0356", False) in coded(
        "The Israeli government approved a plan to withdraw troops from the West Bank."
    )
    found = coded("Turkey made an offer to mediate between Russia and Ukraine.")
    assert {e[1] for e in found if e[2] == "039"} == {"RUS", "UKR"}


def test_no_plans_is_a_negated_intent(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("The Greek government had no plans to meet with the negotiators.")
    assert [(e[2], e[3]) for e in found] == [("036", True)]


def test_a_rejected_proposal_is_the_rejection(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Iran rejected a proposal to ship its uranium abroad.")
    assert [e[2][:2] for e in found] == ["12"]


def test_stopping_force_is_de_escalation(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("SRBMIL", None, "087", False) in coded("The Serbian army stopped shelling the villages on Tuesday.")
    assert ("ISRMIL", None, "087", False) in coded("Israeli forces ceased firing on the town after midnight.")
    found = coded("The government stopped funding the newspaper.")
    assert all(e[3] for e in found if e[2].startswith("07"))  # other acts stopped stay negated


def test_air_strikes_halted_are_no_labour_strike(coded) -> None:  # type: ignore[no-untyped-def]
    assert [e[2] for e in coded("Turkey halted its air strikes on Kurdish positions.")] == ["087"]
    assert [e[2] for e in coded("The miners' union halted the strike after talks.")] == ["082"]


def test_organisations_of_the_1990s_wire(resources) -> None:  # type: ignore[no-untyped-def]
    from tacitus.actors import resolve_actors
    from tacitus.record import Article

    expected = {
        "The ICTY indicted two Bosnian Serb commanders.": "IGOUNOICT",
        "KFOR troops detained three men near Mitrovica.": "IGOWSTNATKFR",
        "The Northern Alliance captured Taloqan.": "AFGREBNAL",
        "The RUF released the peacekeepers.": "SLEREBRUF",
        "The South Lebanon Army shelled the village.": "LBNREBSLA",
        "The Warsaw Pact held exercises.": "IGOWAP",
    }
    for text, code in expected.items():
        actors = resolve_actors(resources.nlp(text), Article(id="t", text=text, date="1998-06-01"), resources.actors)
        assert code in {a.code for a in actors}, text


def test_forces_moving_up_to_a_border(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("IRQMIL", "KWT", "154", False) in coded("Iraqi troops moved toward the Kuwaiti border, officials said.")
    assert coded("Thousands of refugees moved toward the border with Macedonia.") == []
    assert [e[2] for e in coded("China intensified naval activities near Taiwan.")] == ["150"]


def test_crushing_an_armed_party_is_force(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Indonesia's army chief vowed to crush the separatist rebels in Aceh.")
    assert ("IDNMIL", "IDNREB", "138", False) in found
    assert [e[2] for e in coded("The army crushed the protests in the capital.")] == ["175"]  # repression
