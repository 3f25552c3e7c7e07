"""orders19 (issue 10): the treatment plan read as a whole, one intervention once.

Each scenario is written from the guideline named in its docstring (never from rows of
the shared data) and asserts a safety property of the plan:

- ISMP 2020 targeted medication safety best practices (duplicate therapy) and ESC 2023
  endocarditis (Delgado V et al. Eur Heart J 2023;44:3948): a septic patient with
  suspected endocarditis has one blood-culture order (the three sets endocarditis
  needs, not two sets beside them) and one antibiotic order (the named empirical
  regimen, Surviving Sepsis Campaign 2021: within 1 h); splinter haemorrhages are a
  vascular sign, not blood loss, so septic shock gets no emergency-release blood
  (ATLS 10th ed.);
- the same blood drawn twice (a CBC inside two panels) or one vasoactive drug ordered
  twice (octreotide, Baveno VII 2022) is one order.

Every scenario failed on main before the change that made it pass, except the guards
named as such.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

CULTURES = r"blood cultures?"
ANTIBIOTIC = (
    r"antibiotic",
    r"cillin",
    r"mycin",
    r"\bcef",
    r"ceph",
    r"penem",
    r"floxacin",
    r"metronidazole",
)
BLOOD_NOW = (
    r"emergency-release",
    r"massive transfusion",
    r"o-negative",
    r"uncrossmatched",
)


def _count(out: object, *words: str) -> int:
    return sum(1 for o in O.orders(out) if O.mentions(o, words))  # type: ignore[arg-type]


def test_prosthetic_valve_endocarditis_in_septic_shock_one_culture_one_antibiotic(
    reason: Reason,
) -> None:
    """ESC 2023 IE and SSC 2021: three culture sets once, one named IV regimen with
    the 1-h clock, and no blood products for a shock with no bleeding (ATLS)."""
    out = reason(
        make_case(
            "fever and rigors",
            age=67,
            sex="F",
            vitals=vitals(118, 84, 46, 26, 94, 39.1),
            one_liner="67 y.o. woman with a mechanical aortic valve replacement, a week"
            " of fevers, now hypotensive and drowsy",
            ed_note="New early diastolic murmur. Painless red macules on both palms"
            " (Janeway lesions) and splinter haemorrhages under several nails."
            " Lactate 4.4 mmol/L.",
            case_id="o19-pve-shock",
        )
    )
    tests = [o for o in O.orders(out) if o.kind == "diagnostic"]
    assert sum(1 for o in tests if O.mentions(o, (CULTURES,))) == 1
    assert O.ordered(out, r"three sets|3 sets|x ?3")
    antibiotics = [o for o in O.medications(out) if O.mentions(o, ANTIBIOTIC)]
    assert len(antibiotics) == 1
    assert not O.ordered(out, *BLOOD_NOW)


def _now(order_name: str, *words: str) -> bool:
    """Whether the order gives one of ``words`` now, not only under an 'if'."""
    m = re.search("|".join(words), order_name, re.IGNORECASE)
    return m is not None and not re.search(r"(?i)\bif\b", order_name[: m.start()])


REVERSAL_AGENT = (r"\bpcc\b", r"prothrombin complex", r"andexanet", r"idarucizumab")


def test_stable_rectal_bleed_on_warfarin_holds_and_does_not_reverse(
    reason: Reason,
) -> None:
    """ACC 2020 ECDP (Tomaselli 2020, figure 2): a bleed with stable haemodynamics,
    a normal haemoglobin and no critical site is not major: hold the anticoagulant,
    no prothrombin complex concentrate now; ISMP 2020: the blood count drawn once."""
    out = reason(
        make_case(
            "blood per rectum",
            age=81,
            sex="M",
            vitals=vitals(82, 134, 76, 16, 98),
            one_liner="81 y.o. man anticoagulated with warfarin for atrial"
            " fibrillation, fresh red blood mixed with stool since yesterday",
            ed_note="Obs stable, abdomen soft and non-tender. INR 3.9. Haemoglobin"
            " 124 g/L.",
            case_id="o19-lgib-warfarin",
        )
    )
    assert not any(_now(o.name, *REVERSAL_AGENT) for o in O.medications(out))
    assert O.ordered(out, r"hold\b.*warfarin|hold further doses|hold the anticoag")
    tests = [o for o in O.orders(out) if o.kind == "diagnostic"]
    assert sum(1 for o in tests if re.search(r"(?i)\bcbc\b", o.name)) <= 1


def test_melaena_on_warfarin_with_a_haemoglobin_fall_is_reversed_now(
    reason: Reason,
) -> None:
    """Guard (passes on main): ACC 2020 ECDP: a haemoglobin fall >= 2 g/dL on
    warfarin is major bleeding: 4-factor PCC and IV vitamin K now."""
    out = reason(
        make_case(
            "dark tarry stools",
            age=71,
            sex="F",
            vitals=vitals(96, 118, 70, 18, 97),
            one_liner="71 y.o. woman on warfarin after a pulmonary embolism, three days"
            " of melaena",
            ed_note="Pale. Hb 8.6 g/dL, baseline 12.1 in clinic last month. INR 4.4.",
            case_id="o19-melaena-fall",
        )
    )
    assert any(_now(o.name, *REVERSAL_AGENT) for o in O.medications(out))


def test_cirrhotic_haematemesis_gets_octreotide_once(reason: Reason) -> None:
    """Baveno VII 2022: one vasoactive drug order (octreotide bolus and infusion)
    with antibiotic prophylaxis, not the same infusion written twice."""
    out = reason(
        make_case(
            "vomiting blood",
            age=54,
            sex="M",
            vitals=vitals(112, 96, 58, 20, 96),
            one_liner="54 y.o. man with alcohol-related liver cirrhosis and known"
            " oesophageal varices, two large haematemeses of bright red blood",
            ed_note="Ascites, spider naevi. Hb 8.4 g/dL, platelets 70, INR 1.7.",
            case_id="o19-varices",
        )
    )
    assert _count(out, r"octreotide|terlipressin|somatostatin") == 1
