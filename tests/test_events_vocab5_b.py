"""Vocabulary round 5 for roots 06-12: how news writes cooperation, aid, yielding, inquiries, demands,
disapproval and rejection, beyond the head verbs ("sent humanitarian aid", "softened its stance",
"questioned the legitimacy", "threw out the lawsuit", "evaded sanctions")."""

from __future__ import annotations


def _codes(found: list[tuple]) -> set[str]:
    return {event[2] for event in found}


# --- 06 material cooperation ----------------------------------------------------------------------------
def test_joint_drills_and_training_are_military_cooperation(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("INDMIL", "JPNMIL", "062", False) in coded(
        "The Indian and Japanese navies held joint exercises in the Bay of Bengal."
    )
    assert "062" in _codes(coded("Russian forces have begun joint patrols with Turkish forces along the border."))


def test_handing_over_suspects_and_helping_an_inquiry_is_judicial_cooperation(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("TUR", "DEU", "063", False) in coded("Turkey handed over the suspects to Germany on Friday.")
    assert ("ITAGOV", "FRA", "063", False) in coded("The Italian government cooperated with the French investigation.")


def test_turning_over_records_shares_information(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USAMIL", "USALEG", "064", False) in coded("The Pentagon turned over the documents to Congress.")


# --- 07 aid: the kind of aid decides the code -------------------------------------------------------------
def test_named_kind_of_aid_decides_the_code(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("JPN", "TUR", "073", False) in coded("Japan sent humanitarian aid to Turkey after the earthquake.")
    assert ("IGOEUREEC", "GRC", "071", False) in coded("The European Union approved financial assistance for Greece.")
    assert ("USAGOV", "UKRGOV", "072", False) in coded("Washington announced new military assistance for Kyiv.")
    assert ("USAGOV", "TWN", "072", False) in coded("The State Department approved an arms sale to Taiwan.")


def test_military_aid_worth_money_stays_military_aid(coded) -> None:  # type: ignore[no-untyped-def]
    assert "072" in _codes(coded("NATO allies gave Ukraine military aid worth at least 40 billion euros a year."))


def test_tranches_rescuers_escorts_and_refugee_status(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("IGOUNOIMF", "PAK", "071", False) in coded("The IMF released a $1 billion tranche to Pakistan.")
    assert ("CHN", "NPL", "073", False) in coded("China dispatched rescuers to Nepal after the quake.")
    assert "074" in _codes(coded("French warships escorted tankers through the Strait of Hormuz."))
    assert "075" in _codes(coded("Kenya granted refugee status to the Somali activists."))


# --- 08 yield --------------------------------------------------------------------------------------------
def test_softening_and_backing_away_is_yielding(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("IRN", "USA", "080", False) in coded(
        "Iran softened its stance on the nuclear talks with the United States."
    )
    assert "080" in _codes(coded("The Greek government backtracked on its pledge to the creditors."))
    assert ("ISR", "SAU", "080", False) in coded("Israel dropped its objections to the Saudi plan.")


def test_easing_measures_internet_and_asset_freezes(coded) -> None:  # type: ignore[no-untyped-def]
    assert "081" in _codes(coded("Beijing lifted the lockdown in Wuhan."))
    assert "0811" in _codes(coded("The junta restored internet access after weeks of protests."))
    assert ("USAGOV", "IRNBUS", "085", False) in coded("Washington lifted the asset freeze on Iranian banks.")
    assert ("USAGOV", "IRQ", "085", False) in coded("The Treasury granted sanctions waivers to Iraq.")


def test_resignation_tendered_and_orders_rescinded(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("IRQGOV", "IRQLEG", "0831", False) in coded("The Iraqi president tendered his resignation to parliament.")
    assert ("GOV", "MED", "0832", False) in coded(
        "The government rescinded the order against the opposition newspaper."
    )


def test_letting_aid_in_is_humanitarian_access(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("ISR", "PSE", "0863", False) in coded("Israel allowed aid into Gaza.")
    assert ("IGOUNO", "PSE", "0863", False) in coded("The UN allowed humanitarian access to Gaza.")


def test_pausing_operations_and_abandoning_towns_de_escalate(coded) -> None:  # type: ignore[no-untyped-def]
    assert "087" in _codes(coded("Russian forces paused the offensive near Kyiv."))
    assert ("RUS", "UKR", "087", False) in coded("Russia scaled down its operations near Kyiv.")
    assert "0874" in _codes(coded("The rebels abandoned the town of Kobani."))
    assert ("EGY", "QAT", "0872", False) in coded("Egypt reopened its airspace to Qatari flights.")


# --- 09 investigate --------------------------------------------------------------------------------------
def test_reviewing_widening_and_documenting_are_inquiries(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USACOP", "USALEG", "090", False) in coded("The FBI reviewed the allegations against the senator.")
    assert "090" in _codes(coded("Prosecutors widened the investigation into the Trump campaign."))
    assert "090" in _codes(coded("Ukrainian police interviewed witnesses of the shooting."))
    assert ("NGOHRW", "MMRMIL", "092", False) in coded("Human Rights Watch documented abuses by Myanmar soldiers.")


# --- 10 demand -------------------------------------------------------------------------------------------
def test_demand_objects_and_insist_on(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("OPP", "GOV", "1041", False) in coded("The opposition demanded the impeachment of the president.")
    assert ("UKRGOV", "RUSGOV", "1011", False) in coded("Kyiv demanded reparations from Moscow.")
    assert ("CVL", "GOV", "1041", False) in coded("Protesters insisted on the resignation of the prime minister.")


# --- 11 disapprove ---------------------------------------------------------------------------------------
def test_questioning_legitimacy_is_disapproval_not_inquiry(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("LEG", "VENGOV", "110", False) in coded(
        "The senator questioned the legitimacy of the Venezuelan government."
    )
    assert "090" in _codes(coded("Police questioned the suspect about the attack."))


def test_criticism_verbs_and_name_calling(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USAGOV", "USAPTYDEM", "111", False) in coded("Trump railed against the Democrats at the rally.")
    assert ("TURGOV", "NLDGOV", "111", False) in coded("Erdogan insulted the Dutch prime minister.")
    assert ("PHLGOV", "USAELI", "111", False) in coded("Duterte branded Obama a liar.")
    assert "111" in _codes(coded("The two leaders traded barbs over the border dispute."))


def test_accusations_of_named_wrongs(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("CHNGOV", "USAGOV", "1123", False) in coded("Beijing accused Washington of hacking.")
    assert ("RUSGOV", "UKRGOV", "1123", False) in coded("Moscow accused Kyiv of shelling the plant.")


def test_protest_notes_legal_action_and_sentences(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("DEU", "RUSGOV", "114", False) in coded("Germany lodged a protest note with the Russian embassy.")
    assert ("UKR", "RUSBUS", "115", False) in coded("Ukraine took legal action against Gazprom.")
    assert ("PAK", "INDSPY", "116", False) in coded("Pakistan handed down a death sentence to the Indian spy.")
    assert ("JUD", "OPP", "116", False) in coded("The court upheld the conviction of the opposition leader.")


# --- 12 reject -------------------------------------------------------------------------------------------
def test_courts_throwing_out_and_striking_down(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("JUD", "USAGOV", "120", False) in coded("The Supreme Court threw out the lawsuit against Trump.")
    assert "120" in _codes(coded("A federal judge struck down the Texas law."))


def test_refusing_extradition_and_withholding_documents(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("SRB", "BIHCRM", "1213", False) in coded("Serbia refused the extradition of the Bosnian suspect.")
    assert ("USAGOV", "USALEG", "1214", False) in coded("The White House withheld documents from Congress.")
    assert ("ISR", "PSE", "1244", False) in coded("Israel maintained sanctions on Gaza despite Egyptian appeals.")


def test_rebuffing_plans_and_offers(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("PSEINSHMS", "EGY", "127", False) in coded("Hamas rebuffed the Egyptian ceasefire proposal.")
    assert ("AFGINSTAL", "AFGGOV", "125", False) in coded("The Taliban spurned the Afghan government's offer of talks.")


def test_evading_sanctions_defies_the_norm(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("IRN", "VEN", "128", False) in coded("Iran violated the sanctions on Venezuela.")
    assert ("PRK", None, "128", False) in coded("North Korea evaded sanctions with ship-to-ship transfers.")
    assert ("USAGOV", "USALEG", "128", False) in coded("The defence minister ignored the subpoena from Congress.")
    assert "128" not in _codes(coded("The mayor ignored the law."))


def test_blocking_a_nomination_is_a_veto(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USAPTYREP", "USAJUD", "129", False) in coded("Republicans blocked the nomination of the Democratic judge.")


# --- second pass: joint work, named inquiries, monitors and aid workers ---------------------------------
def test_doing_something_jointly_is_cooperation(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("RUS", "IRN", "060", False) in coded("Russia and Iran jointly built a nuclear power plant in Bushehr.")
    assert ("DEU", "RUS", "061", False) in coded("Germany bought Russian gas.")
    assert ("USA", "ISRSPY", "064", False) in coded("The US gave Israel intelligence about Iranian plans.")


def test_a_named_crime_names_the_inquiry(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("IGOUNO", "SRBMIL", "094", False) in coded(
        "UN investigators investigated war crimes committed by Serb forces."
    )
    assert ("COP", None, "091", False) in coded("Police investigated crimes committed by the gang.")
    assert ("JUD", "GOV", "091", False) in coded("Prosecutors opened a corruption probe into the ruling party.")
    assert ("COP", "GOV", "091", False) in coded("Police are investigating the minister for corruption.")


def test_letting_monitors_and_aid_workers_in(coded) -> None:  # type: ignore[no-untyped-def]
    found = coded("Sudan allowed the African Union to monitor the ceasefire in Darfur.")
    assert ("SDN", "IGOAFRAFU", "0862", False) in found
    assert "0863" in _codes(coded("Myanmar allowed foreign aid workers into the delta."))


def test_more_kinds_of_aid_and_refusing_a_loan(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USA", "COL", "072", False) in coded("The United States provided Colombia with helicopters.")
    assert "073" in _codes(coded("Britain airlifted tents and blankets to earthquake victims in Pakistan."))
    assert ("GOV", "IGOUNOIMF", "121", False) in coded("The government turned down the IMF loan.")


def test_nixing_overruling_contesting_and_obstructing(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USALEG", "USAGOV", "120", False) in coded("The Senate nixed the president's budget proposal.")
    assert ("OPP", None, "110", False) in coded("The opposition contested the election results.")
    assert ("GOV", "IGOUNO", "128", False) in coded("The government obstructed the UN investigation.")


def test_challenging_a_measure_in_court_is_a_lawsuit(coded) -> None:  # type: ignore[no-untyped-def]
    assert ("USANGO", "USAJUD", "115", False) in coded("The ACLU challenged the travel ban in federal court.")
    assert ("OPP", None, "110", False) in coded("The opposition challenged the decision of the election commission.")
