"""orders18b (issue 10): results already known; bleeding on an over-anticoagulated VKA.

Each scenario is written from the guideline named in its docstring (never from rows of
the shared data) and asserts a safety property:

- ACR Appropriateness Criteria (head trauma 2021) and NICE NG232 2023: a head CT whose
  findings are on the chart is read, not repeated without a new question; a one-off
  laboratory test (the ESR) already reported this visit is not re-ordered;
- ACC 2020 Expert Consensus Decision Pathway on bleeding in patients on oral
  anticoagulants (Tomaselli GF et al. JACC 2020;76:594) and NICE CKS Epistaxis (2024):
  a bleed with an INR above the target range on warfarin needs the warfarin held and
  the INR managed; blood passing into the pharynx points to a posterior source, which
  needs ENT and admission (AAO-HNS 2020 epistaxis, Tunkel DE et al.);
- Duke-ISCVID 2023 (Fowler VG et al. Clin Infect Dis 2023;77:518) and ESC 2023
  endocarditis (Delgado V et al. Eur Heart J 2023;44:3948): fever with a prosthetic
  valve, prior endocarditis or injection drug use and a murmur or embolic or
  immunological phenomena is suspected endocarditis: three blood culture sets before
  antibiotics and echocardiography; AHA/ASA 2019 acute ischaemic stroke: no alteplase
  with symptoms consistent with infective endocarditis.

Every scenario failed on main before the change that made it pass, except the guards
named as such.
"""

from __future__ import annotations

import pytest

from cases.models import Case
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CT_HEAD = (r"^(?:non-?contrast )?ct (?:of the )?head(?! with)", r"^head ct")

# --- A. a result already on the chart (ACR; NICE NG232) ---

SUBDURAL_SHOWN = [
    make_case(
        "headache after fall",
        age=83,
        sex="F",
        vitals=vitals(80, 156, 88, 16, 97),
        one_liner="83 y.o. woman who fell at home 3 days ago, now headache and drowsy",
        ed_note="CT head: acute-on-chronic right subdural haematoma with 6 mm midline"
        " shift.",
        case_id="o18b-sdh-ct",
    ),
    make_case(
        "confusion",
        age=76,
        sex="M",
        vitals=vitals(72, 148, 84, 16, 96),
        one_liner="76 y.o. man, heavy drinker, two weeks of worsening confusion after a"
        " fall",
        ed_note="Non-contrast CT head shows a large left chronic subdural collection.",
        case_id="o18b-sdh-ct-shows",
    ),
]


@pytest.mark.parametrize("case", SUBDURAL_SHOWN, ids=["colon", "shows"])
def test_head_ct_that_showed_the_subdural_is_not_reordered(
    reason: Reason, case: Case
) -> None:
    """ACR head trauma 2021: a head CT already read this visit is not repeated
    without a new question (a deliberate repeat is written as such)."""
    out = reason(case)
    assert not O.ordered(out, *CT_HEAD)


def test_reported_esr_and_crp_are_not_reordered(reason: Reason) -> None:
    """One-off laboratory values reported this visit (the ESR and CRP that ACR 2021
    and BSR 2020 giant cell arteritis ask for) are read, not re-ordered."""
    out = reason(
        make_case(
            "headache",
            age=74,
            sex="F",
            vitals=vitals(84, 142, 80, 16, 98),
            one_liner="74 y.o. woman with 2 weeks of new right temporal headache and"
            " jaw pain on chewing",
            ed_note="Tender, thickened right temporal artery. ESR 92 mm/h, CRP 48"
            " mg/L. Vision normal.",
            case_id="o18b-esr",
        )
    )
    assert not O.ordered(out, r"^esr\b", r"^erythrocyte sed", r"^crp and esr")


def test_head_ct_not_yet_done_is_still_ordered_guard(reason: Reason) -> None:
    """Guard (NICE NG232): an anticoagulated head injury with no CT yet gets one."""
    out = reason(
        make_case(
            "head injury",
            age=80,
            sex="M",
            vitals=vitals(78, 150, 86, 16, 97),
            one_liner="80 y.o. man on apixaban who hit his head falling from standing",
            ed_note="Small occipital haematoma. GCS 15. CT head pending.",
            case_id="o18b-ct-pending",
        )
    )
    assert O.ordered(out, r"ct (?:of the )?head", r"head ct")


# --- B. bleeding with a supratherapeutic INR on warfarin (ACC 2020 ECDP; NICE CKS) ---

HOLD_OR_REVERSE = (r"hold (?:the )?(?:warfarin|anticoag)", r"vitamin k", r"revers")

OVER_ANTICOAGULATED_EPISTAXIS = [
    make_case(
        "nosebleed",
        age=79,
        sex="M",
        vitals=vitals(96, 148, 82, 18, 98),
        one_liner="79 y.o. man on warfarin for atrial fibrillation, nose bleeding for"
        " two hours",
        ed_note="Blood running down the throat despite 20 minutes of pressure."
        " INR 4.6. Hb 121 g/L.",
        case_id="o18b-epistaxis-throat",
    ),
    make_case(
        "epistaxis",
        age=70,
        sex="F",
        vitals=vitals(90, 160, 90, 18, 99),
        one_liner="70 y.o. woman taking warfarin for a previous DVT with a nosebleed",
        ed_note="Left anterior nasal bleeding, slowing with pressure. INR 5.2.",
        case_id="o18b-epistaxis-anterior",
    ),
]


@pytest.mark.parametrize(
    "case", OVER_ANTICOAGULATED_EPISTAXIS, ids=["throat", "anterior"]
)
def test_bleed_with_high_inr_gets_warfarin_held(reason: Reason, case: Case) -> None:
    """ACC 2020 ECDP and NICE CKS epistaxis: a bleed on warfarin with an INR above
    its range has the warfarin held and the INR managed, whatever the bleed's size."""
    out = reason(case)
    assert any(O.mentions(o, HOLD_OR_REVERSE) for o in O.medications(out))


def test_epistaxis_down_the_throat_is_posterior(reason: Reason) -> None:
    """AAO-HNS 2020: blood running down the throat despite pressure is a posterior
    bleed: ENT, and the patient is not sent home."""
    out = reason(OVER_ANTICOAGULATED_EPISTAXIS[0])
    assert O.ordered(out, r"\bent\b", r"otolaryngolog")
    assert "discharge" not in O.disposition(out).disposition.lower()


# --- C. suspected infective endocarditis (Duke-ISCVID 2023; ESC 2023; AHA/ASA 2019) ---

THREE_CULTURES = (r"(?:three|3) (?:sets of )?blood cultures", r"blood cultures? x ?3")
ECHO = (r"echocardiog", r"\btte\b", r"\btoe\b", r"\btee\b")

SUSPECTED_ENDOCARDITIS = [
    make_case(
        "fever, weakness",
        age=52,
        sex="M",
        vitals=vitals(108, 126, 64, 20, 96, 38.7),
        one_liner="52 y.o. man with a mechanical aortic valve, two weeks of fevers and"
        " sweats, sudden right arm and leg weakness this morning",
        ed_note="Soft early diastolic murmur. Splinter haemorrhages on two nails."
        " Right hemiparesis. INR 1.7.",
        case_id="o18b-ie-pve-stroke",
    ),
    make_case(
        "fever",
        age=31,
        sex="F",
        vitals=vitals(116, 104, 60, 22, 95, 39.1),
        one_liner="31 y.o. woman who injects heroin, 5 days of fever and rigors",
        ed_note="Pansystolic murmur at the left sternal edge. Janeway lesions on both"
        " palms.",
        case_id="o18b-ie-pwid",
    ),
]


@pytest.mark.parametrize("case", SUSPECTED_ENDOCARDITIS, ids=["valve-stroke", "pwid"])
def test_suspected_endocarditis_gets_three_cultures_and_echo(
    reason: Reason, case: Case
) -> None:
    """ESC 2023 endocarditis and Duke-ISCVID 2023: fever with a predisposition and a
    murmur or embolic/immunological phenomena: three blood culture sets before
    antibiotics, and echocardiography."""
    out = reason(case)
    assert O.ordered(out, *THREE_CULTURES)
    assert O.ordered(out, *ECHO)


def test_no_lytic_for_a_stroke_with_suspected_endocarditis(reason: Reason) -> None:
    """AHA/ASA 2019: alteplase is not given when the stroke may come from infective
    endocarditis (septic emboli bleed): the lytic gate names endocarditis, whatever
    else (the time window, a bleed not yet excluded) also withholds it."""
    out = reason(
        make_case(
            "weakness",
            age=44,
            sex="M",
            vitals=vitals(104, 150, 80, 18, 97, 38.5),
            one_liner="44 y.o. man with prior endocarditis, febrile for a week, left"
            " face and arm weakness that began 1 hour ago",
            ed_note="New holosystolic murmur. Roth spots. Left hemiparesis, NIHSS 8."
            " CT head: no haemorrhage. Glucose 6.1.",
            case_id="o18b-ie-lytic",
        )
    )
    assert not any(O.mentions(o, O.LYTIC) for o in O.medications(out))
    result = O.treatment(out)
    assert result is not None
    assert any(
        O.mentions(b.order, O.LYTIC) and "endocarditis" in b.reason.lower()
        for b in result.blocked
    )


def test_afebrile_stroke_with_a_valve_keeps_its_lytic_guard(reason: Reason) -> None:
    """Guard (AHA/ASA 2019): a prosthetic valve alone, without fever, a murmur or
    immunological signs, is not suspected endocarditis; the lytic is not withheld for
    it."""
    out = reason(
        make_case(
            "weakness",
            age=70,
            sex="M",
            vitals=vitals(84, 165, 90, 16, 97, 36.9),
            one_liner="70 y.o. man with a bioprosthetic aortic valve, sudden right arm"
            " weakness and aphasia since 1 hour ago",
            ed_note="NIHSS 7. CT head: no haemorrhage. Glucose 6.0. Afebrile.",
            case_id="o18b-valve-stroke-afebrile",
        )
    )
    result = O.treatment(out)
    assert result is not None
    assert not any("endocarditis" in b.reason.lower() for b in result.blocked)
    assert not O.ordered(out, *THREE_CULTURES)
