"""Over-triage of minor presentations (issue 10): resources as the handbook counts them.

Written from the ESI v4 Implementation Handbook (Gilboy et al., AHRQ 2012/2020 ed.)
ch.5 Table 5-1 (PO medications, prescriptions, simple wound care and point-of-care
tests are not resources; labs count once; a simple procedure such as a Foley catheter
or laceration repair is one), its ESI-5 examples (Wuerz RC et al. Acad Emerg Med
2000;7:236: cold symptoms, minor burn, wound recheck, prescription refill) and the
guidelines named in each test, never from rows of the shared data. Each well-patient
case pins the lower level; its sick twin (same complaint, a red flag) pins the level it
must not fall below.
"""

from __future__ import annotations

import pytest

from agents.offline.knowledge import load_knowledge
from agents.schemas import TriageResult
from graph.state import ReasoningOutput
from tests.scenarios.conftest import Reason, make_case

NORMAL = {
    "heart_rate": 82,
    "systolic_bp": 124,
    "diastolic_bp": 78,
    "respiratory_rate": 16,
    "spo2": 99,
    "temperature_c": 36.8,
}


def _triage(out: ReasoningOutput) -> TriageResult:
    rec = next(r for r in out.trace if r.stage == "triage")
    assert isinstance(rec.output, TriageResult)
    return rec.output


def _esi(out: ReasoningOutput) -> int:
    assert out.final.esi is not None
    return out.final.esi


# --- cough / cold: ACP/CDC 2016 pneumonia criteria for a chest film -----------------


@pytest.mark.parametrize("complaint", ["cold symptoms", "COUGH", "URI"])
def test_well_adult_with_a_cold_needs_no_resources(
    reason: Reason, complaint: str
) -> None:
    """Harris AM et al. ACP/CDC 2016: no chest film or tests unless pneumonia is
    suspected (HR > 100, RR > 24, T > 38 C, focal chest signs); symptomatic care is
    no resource, 'cold symptoms' is the handbook's ESI-5 example. Was 1 resource
    (ESI 4) whatever the vitals, with no pain score recorded."""
    out = reason(make_case(complaint, age=27, sex="F", vitals=NORMAL))
    assert _triage(out).expected_resources == 0
    assert _esi(out) == 5


@pytest.mark.parametrize(
    ("vitals", "age", "worst"),
    [
        # ACP/CDC 2016 pneumonia criteria: fever with tachycardia -> chest film and
        # more; the danger-zone heart rate keeps at least ESI 3.
        ({**NORMAL, "temperature_c": 38.7, "heart_rate": 108}, 30, 3),
        # Older adult: cough is worked up (film + labs; handbook ch.5 older adults).
        (NORMAL, 72, 3),
        # Hypoxia: treatment and imaging, decision point D (handbook ch.6).
        ({**NORMAL, "spo2": 90, "respiratory_rate": 24}, 30, 2),
    ],
)
def test_cough_with_pneumonia_signs_or_age_is_not_downtriaged(
    reason: Reason, vitals: dict[str, float], age: int, worst: int
) -> None:
    """Red flags win: fever with tachycardia, age >= 65 or hypoxia are no 'cold'."""
    out = reason(make_case("COUGH", age=age, sex="M", vitals=vitals))
    assert _triage(out).expected_resources != 0
    assert _esi(out) <= worst


def test_cough_with_stated_unscored_pain_is_not_mild(reason: Reason) -> None:
    """A triage block stating pain without a score does not read as pain-free."""
    case = make_case(
        "COUGH",
        age=30,
        sex="M",
        vitals={**NORMAL, "raw": "Vital Signs: Pain present (score not recorded)"},
    )
    assert _triage(reason(case)).expected_resources != 0


# --- minor burn: simple wound care is not a resource ---------------------------------


def test_minor_burn_with_mild_pain_needs_no_resources(reason: Reason) -> None:
    """ESI handbook Table 5-1 (dressings are simple wound care) and Wuerz 2000
    ('minor burn' is ESI 5). Was 1 resource (ESI 4)."""
    out = reason(
        make_case("BURN", age=34, sex="F", vitals={**NORMAL, "pain": 2}),
    )
    assert _triage(out).expected_resources == 0
    assert _esi(out) == 5


@pytest.mark.parametrize(
    ("complaint", "pain", "worst"),
    [
        ("BURN", 8, 4),  # moderate-severe pain: IM/IV analgesia (1 resource)
        ("BURN, EXTENSIVE BURNS TO CHEST AND BOTH ARMS", 8, 2),  # ABA criteria
    ],
)
def test_painful_or_extensive_burn_is_not_downtriaged(
    reason: Reason, complaint: str, pain: int, worst: int
) -> None:
    """American Burn Association referral criteria 2022 / ATLS: extensive burns are
    high risk; a painful burn needs parenteral analgesia."""
    out = reason(make_case(complaint, age=34, sex="F", vitals={**NORMAL, "pain": pain}))
    assert _esi(out) <= worst


# --- rash and abscess: IDSA SSTI 2014 ------------------------------------------------


def test_well_adult_with_a_rash_needs_no_resources(reason: Reason) -> None:
    """IDSA 2014: mild cellulitis or a rash in a well adult is treated orally or
    topically without cultures or blood tests: ESI 5 (was 1 resource, ESI 4)."""
    out = reason(make_case("RASH", age=29, sex="F", vitals=NORMAL))
    assert _triage(out).expected_resources == 0
    assert _esi(out) == 5


def test_abscess_still_needs_incision_and_drainage(reason: Reason) -> None:
    """Guard (IDSA 2014: a purulent abscess is drained; handbook Table 5-1: a simple
    procedure is 1 resource): moving abscess off the rash complaint keeps ESI 4."""
    out = reason(make_case("ABSCESS", age=29, sex="F", vitals=NORMAL))
    assert _triage(out).expected_resources == 1
    assert _esi(out) == 4


@pytest.mark.parametrize(
    ("complaint", "vitals", "worst"),
    [
        # Meningococcaemia until shown otherwise (NICE NG240 2024): fever with a
        # petechial rash.
        ("RASH, PETECHIAE", {**NORMAL, "temperature_c": 39.2, "heart_rate": 118}, 2),
        # Fever takes the rash out of 'mild': blood tests at least.
        ("RASH", {**NORMAL, "temperature_c": 38.6}, 4),
    ],
)
def test_rash_with_fever_or_petechiae_is_not_downtriaged(
    reason: Reason, complaint: str, vitals: dict[str, float], worst: int
) -> None:
    """Red flags win over the mild rash path."""
    out = reason(make_case(complaint, age=29, sex="F", vitals=vitals))
    assert _esi(out) <= worst


# --- common minor complaints that were unrecognised or matched to the wrong complaint -


def _complaint(text: str) -> str | None:
    spec = load_knowledge().match_complaint(text)
    return spec.id if spec else None


@pytest.mark.parametrize(
    ("text", "sex", "complaint", "resources", "esi"),
    [
        # AGA/ACG 2023, NICE CKS: PO laxatives, no tests for a well adult; was an
        # unrecognised complaint (ESI 3 by default).
        ("CONSTIPATION", "F", "constipation", 0, 5),
        # ASCRS 2018 haemorrhoids: examination and topical care; was GI bleeding
        # (2 resources, ESI 3).
        ("HEMORRHOIDS", "M", "anorectal", 0, 5),
        # CDC STI guidelines 2021: NAAT and urine tests are one lab; "STD exposure"
        # was matched to animal bite, "vaginal discharge" to vaginal bleeding (ESI 3).
        ("STD EXPOSURE", "M", "genital_discharge_sti", 1, 4),
        ("VAGINAL DISCHARGE", "F", "genital_discharge_sti", 1, 4),
        # ESI handbook Table 5-1: a Foley catheter is a simple procedure; was
        # unrecognised (ESI 3).
        ("FOLEY CATHETER CHANGE", "M", "catheter_or_tube_problem", 1, 4),
        ("G TUBE FELL OUT", "F", "catheter_or_tube_problem", 1, 4),
        # NICE CKS shingles / Dworkin 2007: PO antivirals; was unrecognised (ESI 3).
        ("SHINGLES", "F", "shingles", 0, 5),
        # AAO PPP conjunctivitis 2018: clinical diagnosis; was the eye complaint
        # (1 resource, ESI 4).
        ("PINK EYE", "M", "conjunctivitis_complaint", 0, 5),
    ],
)
def test_common_minor_complaint_is_recognised_with_its_resources(
    reason: Reason, text: str, sex: str, complaint: str, resources: int, esi: int
) -> None:
    """A well adult (normal vitals, pain 2/10) with a common minor complaint gets
    that complaint and the handbook's resource count for it."""
    out = reason(make_case(text, age=31, sex=sex, vitals={**NORMAL, "pain": 2}))
    assert _complaint(text) == complaint
    assert _triage(out).expected_resources == resources
    assert _esi(out) == esi


def test_sti_exposure_is_not_worked_up_as_a_bite(reason: Reason) -> None:
    """CDC 2021: an STI exposure is tested and treated as an STI; it was read as an
    animal bite (rabies and wound care)."""
    out = reason(make_case("STD EXPOSURE", age=24, sex="M", vitals=NORMAL))
    assert out.final.summary is not None
    top = [d.diagnosis.lower() for d in out.final.summary.top_diagnoses]
    assert not any("bite" in name for name in top)
    assert "sexually transmitted" in top[0]


@pytest.mark.parametrize(
    ("text", "age", "vitals", "one_liner", "worst"),
    [
        # Obstruction until shown otherwise (ACR/ASCRS): bilious vomiting, guarding.
        ("CONSTIPATION, BILIOUS VOMITING", 45, NORMAL, None, 2),
        # Older adult: labs and imaging for obstruction (handbook ch.5).
        ("CONSTIPATION", 82, NORMAL, None, 3),
        # Perianal sepsis with shock (Fournier gangrene until shown otherwise).
        (
            "RECTAL PAIN",
            58,
            {**NORMAL, "temperature_c": 39.1, "heart_rate": 124, "systolic_bp": 86},
            None,
            2,
        ),
        # Testicular pain with discharge: torsion until shown otherwise (AUA).
        ("PENILE DISCHARGE AND TESTICULAR PAIN", 19, NORMAL, None, 2),
        # Catheter-associated sepsis: fever with qSOFA 2 (SSC 2021).
        (
            "FOLEY PROBLEM",
            78,
            {
                **NORMAL,
                "temperature_c": 38.9,
                "respiratory_rate": 24,
                "systolic_bp": 94,
            },
            None,
            2,
        ),
        # A displaced tracheostomy is an airway emergency (NTSP, McGrath 2012); it
        # was an unrecognised complaint (ESI 3) and must not become a tube change.
        ("TRACH TUBE DISLODGED", 66, NORMAL, None, 2),
        # A chest tube or percutaneous drain is replaced under imaging: >= 2 resources.
        ("CHEST TUBE PROBLEM", 60, NORMAL, None, 3),
        # Herpes zoster ophthalmicus threatens the eye (same-day ophthalmology).
        ("SHINGLES ON FOREHEAD, EYE PAIN AND RED EYE", 70, NORMAL, None, 3),
        # Immunocompromised: disseminated zoster risk (IV aciclovir).
        ("SHINGLES, IMMUNOCOMPROMISED", 50, NORMAL, None, 2),
        # Conjunctivitis red flags (AAO PPP 2018): photophobia, reduced vision.
        ("PINK EYE, PHOTOPHOBIA AND VISION LOSS", 35, NORMAL, None, 3),
    ],
)
def test_minor_complaint_with_a_red_flag_is_not_downtriaged(
    reason: Reason,
    text: str,
    age: int,
    vitals: dict[str, float],
    one_liner: str | None,
    worst: int,
) -> None:
    """Red flags win over the minor-complaint resource count."""
    out = reason(make_case(text, age=age, sex="M", vitals=vitals, one_liner=one_liner))
    assert _esi(out) <= worst


# --- reported fever, afebrile well adult: ACP/CDC 2016 chest-film criteria -----------


def test_reported_fever_in_a_well_afebrile_adult_is_labs_only(reason: Reason) -> None:
    """ACP/CDC 2016: no chest film without HR > 100, RR > 24, T > 38 C or chest
    signs; blood and urine tests are one resource (ESI 4; handbook Table 3-4). Was
    2 resources (ESI 3) for every fever complaint."""
    out = reason(make_case("FEVER", age=35, sex="F", vitals=NORMAL))
    assert _triage(out).expected_resources == 1
    assert _esi(out) == 4


@pytest.mark.parametrize(
    ("text", "age", "vitals", "worst"),
    [
        # Febrile with tachycardia now: chest film and labs (>= 2 resources).
        ("FEVER", 35, {**NORMAL, "temperature_c": 38.9, "heart_rate": 112}, 3),
        # Fever with qSOFA 2 is possible sepsis (Seymour 2016; SSC 2021).
        (
            "FEVER",
            35,
            {
                **NORMAL,
                "temperature_c": 39.0,
                "respiratory_rate": 24,
                "systolic_bp": 98,
            },
            2,
        ),
        # Older adult: full work-up (handbook ch.5).
        ("FEVER", 72, NORMAL, 3),
        # Immunocompromised fever is high risk (handbook ch.4; IDSA neutropenic fever).
        ("FEVER, ON CHEMOTHERAPY, IMMUNOCOMPROMISED", 45, NORMAL, 2),
    ],
)
def test_fever_with_a_red_flag_is_not_downtriaged(
    reason: Reason, text: str, age: int, vitals: dict[str, float], worst: int
) -> None:
    """Red flags win over the mild-fever path."""
    out = reason(make_case(text, age=age, sex="F", vitals=vitals))
    assert _esi(out) <= worst
