"""Parse-shape variants that reach the same dictionary entries: a dative target preposition, a particle
parsed apart from its object, object control, conjoined passives sharing subject and agent, raising
passives, and the hypothetical clause of a nominal inside a prepositional phrase."""

from __future__ import annotations


def _events(resources, text: str):  # type: ignore[no-untyped-def]
    from tacitus.pipeline import code_text

    return code_text(text, date="2020-01-01", resources=resources).events


# --- a target preposition parsed as a dative ------------------------------------------------------
def test_target_preposition_parsed_as_dative(dyads) -> None:  # type: ignore[no-untyped-def]
    # ``pay +compliment to``: "to Germany" is a dative here, not a prep
    assert ("FRA", "DEU", "051") in dyads("France paid compliments to Germany.")


# --- a preposition of the pattern parsed as the verb's particle ---------------------------------
def test_particle_after_the_object_still_names_it(dyads) -> None:  # type: ignore[no-untyped-def]
    # ``call in +ambassador``: "in" is a particle, "the ambassador" the verb's direct object
    found = dyads("Britain called the Russian ambassador in on Monday.")
    assert any(s == "GBR" and (t or "")[:3] == "RUS" and code == "114" for s, t, code in found)


def test_particle_before_the_object_still_names_it(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Britain called in the Russian ambassador.")
    assert any(s == "GBR" and (t or "")[:3] == "RUS" and code == "114" for s, t, code in found)


# --- object control: the object does what the infinitive says -----------------------------------
def test_object_of_forced_is_the_doer_of_the_infinitive(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Russia forced Ukraine to withdraw its troops from the border.")
    withdrawals = [(s, code) for s, _, code in found if code.startswith("087")]
    assert withdrawals and all(s == "UKR" for s, _ in withdrawals)


def test_purpose_of_a_call_keeps_the_caller_as_doer(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Greece called Turkey to offer its condolences.")
    assert ("GRC", "TUR", "018") in found
    assert not any(code == "018" and s == "TUR" for s, _, code in found)


# --- conjoined passives share their subject and their by-phrase ----------------------------------
def test_conjoined_passives_share_the_agent(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Five Palestinians were arrested and later released by Israeli police.")
    assert ("ISRCOP", "PSE", "173") in found  # "arrested" takes the by-phrase of "released"
    assert ("ISRCOP", "PSE", "0841") in found  # "released" takes the passive subject of "arrested"


def test_each_passive_keeps_its_own_agent(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The town was shelled by Syrian troops and bombed by Russian jets.")
    assert {(s, code[:2]) for s, _, code in found if s} >= {("SYRMIL", "19"), ("RUSMIL", "19")}
    assert ("SYRMIL", "195") not in found and ("RUSMIL", "194") not in found


# --- raising passives: the passive subject does what the infinitive says ------------------------
def test_scheduled_visit_is_done_by_the_passive_subject(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("USA", "CHN", "042") in dyads("The United States is scheduled to visit China next week.")


def test_forced_apology_is_made_by_the_passive_subject(dyads) -> None:  # type: ignore[no-untyped-def]
    assert ("JPN", "CHN", "055") in dyads("Japan was forced to apologize to China.")


def test_sanctions_set_to_be_imposed_by_each_subject(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Britain and France are set to impose new sanctions on Iran.")
    assert {s for s, t, code in found if code.startswith("16") and t == "IRN"} == {"GBR", "FRA"}


# --- a nominal event in a conditional clause, inside a prepositional phrase -----------------------
def test_nominal_under_a_preposition_in_an_if_clause_is_hypothetical(resources) -> None:  # type: ignore[no-untyped-def]
    events = _events(resources, "Saudi Arabia will respond if Iran is found to be behind the attack.")
    attacks = [e for e in events if e.root == "19"]
    assert attacks and all(e.hypothetical for e in attacks)


def test_nominal_under_a_preposition_in_a_plain_clause_is_not(resources) -> None:  # type: ignore[no-untyped-def]
    events = _events(resources, "Iran is believed to be behind the attack on the tanker.")
    attacks = [e for e in events if e.root == "19"]
    assert attacks and not any(e.hypothetical for e in attacks)
    assert attacks[0].source is not None and attacks[0].source.code == "IRN"


# --- a frame word's infinitive parsed as an adverbial clause -------------------------------------
def test_frame_infinitive_parsed_as_adverbial_clause_is_its_complement(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Japan's prime minister, speaking in Tokyo, vowed on Friday to strengthen ties with India.")
    assert ("JPNGOV", "IND", "030") in found


# --- coordinated attackers of a named third party are allies ------------------------------------
def test_coordinated_attackers_of_a_named_place_do_not_attack_each_other(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Turkish troops and allied Syrian rebels launched an offensive on the Kurdish enclave of Afrin.")
    assert ("TURMIL", "SYRREB", "190") not in found and ("SYRREB", "TURMIL", "190") not in found
    assert {s for s, _, code in found if code.startswith("19")} == {"TURMIL", "SYRREB"}


def test_coordinated_parties_that_clash_still_fight_each_other(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("Indian and Chinese troops clashed on Monday in the Galwan valley.")
    assert ("INDMIL", "CHNMIL", "190") in found and ("CHNMIL", "INDMIL", "190") in found


# --- the subject the parse gives an infinitive is the verb's object ----------------------------
def test_subject_of_an_infinitive_is_the_object_of_allow(resources) -> None:  # type: ignore[no-untyped-def]
    # "aid convoys" is parsed as the subject of "enter"; ``allow +aid|convoy`` still finds it
    events = _events(resources, "Syria allowed aid convoys to enter Aleppo.")
    assert any(e.cameo == "0863" and e.source is not None and e.source.code == "SYR" for e in events)


def test_infinitive_after_a_frame_words_object_is_a_purpose(dyads) -> None:  # type: ignore[no-untyped-def]
    found = dyads("The United Nations demanded a ceasefire in Aleppo to allow civilians to leave.")
    assert any(code == "107" for _, _, code in found)


# --- a that-clause whose verb the tagger read as a noun -----------------------------------------
def test_demand_that_a_government_resign_is_aimed_at_the_government(dyads) -> None:  # type: ignore[no-untyped-def]
    # "the Serbian government resign" is parsed as a noun compound; the clause is still the complement
    found = dyads("Protesters in Belgrade demanded that the Serbian government resign.")
    assert ("SRBCVL", "SRBGOV", "1041") in found
