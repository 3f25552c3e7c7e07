"""peds23 (issue 10): paediatric emergencies, third review pass.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- NASPGHAN 2021 button battery ingestion (Mubarak A et al. JPGN 2021;73:129) and the
  NCPC 2018 guideline: a battery in the oesophagus, or not yet located, is removed
  emergently, within 2 hours, whatever the symptoms; drooling does not make it a food
  bolus with a 6 h window (ESGE 2016 is a food-bolus guideline);
- Canadian Paediatric Society croup statement 2017 (Ortiz-Alvarez O, Mikrogianakis A),
  RCH Melbourne croup guideline and NICE CKS croup: every child gets dexamethasone;
  nebulised adrenaline is for stridor at rest (moderate or severe croup), not for
  stridor heard only when the child cries (Westley <= 2, mild croup).

Each scenario asserts safety properties and failed on main before this change.
"""

from __future__ import annotations

import re

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_drooling_child_after_a_battery_keeps_the_two_hour_removal(
    reason: Reason,
) -> None:
    """A 3-year-old who swallowed a hearing-aid battery 40 minutes ago and now drools
    and will not swallow: the endoscopy is within 2 hours, never the food-bolus 6 h
    (NASPGHAN 2021)."""
    out = reason(
        make_case(
            "swallowed battery",
            age=3,
            sex="M",
            vitals=vitals(118, 98, 60, 24, 99, 36.7),
            one_liner="3 yo boy found chewing his grandmother's hearing-aid battery "
            "card, one disc battery missing",
            ed_note="3 year old boy, grandmother found him with the open card of "
            "hearing-aid batteries 40 minutes ago, one disc battery unaccounted for; "
            "he says he swallowed it. Now gagging, spitting out saliva and will not "
            "swallow water. Settled breathing, no stridor, chest clear, soft abdomen. "
            "Weight 15 kg.",
        )
    )
    scopes = [o.name for o in O.orders(out) if re.search(r"(?i)endoscop", o.name)]
    assert scopes, [o.name for o in O.orders(out)]
    assert not any(re.search(r"(?i)within 6 ?h", s) for s in scopes), scopes
    assert any(re.search(r"(?i)2 ?h(?:ours?)?\b", s) for s in scopes), scopes


def test_mild_croup_stridor_only_with_crying_gets_no_nebulised_adrenaline(
    reason: Reason,
) -> None:
    """A 3-year-old with a barky cough whose stridor is heard only when she cries,
    no recession: dexamethasone, no nebulised adrenaline (CPS 2017; RCH croup)."""
    out = reason(
        make_case(
            "barky cough",
            age=3,
            sex="F",
            vitals={
                "heart_rate": 112,
                "respiratory_rate": 26,
                "spo2": 97,
                "temperature_c": 38.0,
            },
            one_liner="3 yo girl with a barky cough overnight, hoarse, otherwise well",
            ed_note="3 year old girl, coryza for a day, woke with a seal-like barky "
            "cough and a hoarse voice. Soft inspiratory stridor heard only when she "
            "cries during the examination; settled on mother's lap there is no "
            "stridor and no chest wall recession. Alert, drinking. Weight 14 kg.",
        )
    )
    assert O.medication_ordered(out, "dexamethasone")
    assert not O.medication_ordered(
        out, "nebuli[sz]ed (?:l-)?epinephrine", "nebuli[sz]ed adrenaline", "racemic"
    )
