"""cardresp20: adult cardiovascular and respiratory emergencies, from the guidelines.

Each scenario asserts a safety property written from the source in its docstring
(never from rows of the shared data):

- O'Gara PT et al. ACCF/AHA 2013 STEMI guideline (Circulation 2013;127:e362) and
  Byrne RA et al. ESC 2023 ACS (Eur Heart J 2023;44:3720): no nitrate with
  right-ventricular infarction (preload dependent) or marked bradycardia (< 50/min);
- Byrne RA et al. ESC 2023 ACS, 3.2.1: ST elevation in the posterior leads V7-V9
  is a STEMI equivalent: primary PCI and a cardiac care bed, not a ward;
- Rogers AM et al. Circulation 2011;123:2213 (ADD-RS) and Isselbacher EM et al.
  ACC/AHA 2022 aortic disease: the high-risk features are features of the pain; a
  sudden severe breathlessness is none, so a high-risk PE in shock is anticoagulated
  and reperfused (Konstantinides SV et al. ESC 2019 acute PE).

Every scenario failed on main (76c0674) before the change that made it pass, except
the guards named as such.
"""

from __future__ import annotations

from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals


def test_no_nitrate_when_v4r_shows_right_ventricular_infarction(
    reason: Reason,
) -> None:
    """ACCF/AHA 2013 STEMI; ESC 2023 ACS: RV infarction is preload dependent, so
    no nitrate is ordered, whatever the blood pressure."""
    out = reason(
        make_case(
            "chest pain",
            age=70,
            sex="F",
            vitals=vitals(64, 108, 66, 18, 96),
            one_liner="70 yo F heavy chest pain 40 min, clammy",
            ed_note="70F, pressure-like central chest pain for 40 minutes spreading"
            " to the left arm, diaphoretic, nauseated. 12-lead: inferior ST-segment"
            " elevation (II, III, aVF 2 mm) with reciprocal ST depression in aVL."
            " V4R: ST-segment elevation 1 mm, consistent with RV infarct. Lungs"
            " clear.",
            case_id="cr20-rv-nitrate",
        )
    )
    assert not O.medication_ordered(out, *O.NITRATE)


def test_high_risk_pe_with_abrupt_dyspnoea_is_not_held_for_dissection(
    reason: Reason,
) -> None:
    """ADD-RS scores the pain: an abrupt severe breathlessness with syncope and shock
    is no aortic syndrome without high-risk pain, so the PE in shock with a dilated RV
    gets heparin and reperfusion (ESC 2019 acute PE, class I)."""
    out = reason(
        make_case(
            "syncope",
            age=62,
            sex="M",
            vitals=vitals(124, 82, 54, 28, 88),
            one_liner="62 yo M collapsed at home, abruptly became severely short of"
            " breath",
            ed_note="62M with metastatic colon cancer, collapsed at home after he"
            " abruptly became severely short of breath. Grey and sweaty, neck veins"
            " distended, left leg swollen. POCUS: RV dilated, larger than the LV,"
            " septal flattening. No chest pain, no back pain.",
            case_id="cr20-pe-addrs",
        )
    )
    assert O.medication_ordered(out, "heparin")
    assert O.medication_ordered(out, *O.LYTIC, "embolectomy")


def test_aortic_pain_with_abrupt_onset_still_holds_antithrombotics(
    reason: Reason,
) -> None:
    """Guard (ADD-RS 2: abrupt severe pain and a pulse deficit): no antithrombotic
    before aortic imaging (ACC/AHA 2022 aortic disease)."""
    out = reason(
        make_case(
            "back pain",
            age=66,
            sex="M",
            vitals=vitals(98, 168, 92, 20, 97),
            one_liner="66 yo M back pain",
            ed_note="66M, pain between the shoulder blades, abrupt in onset an hour"
            " ago, severe. Left radial pulse absent. ECG: no ST elevation.",
            case_id="cr20-aas-guard",
        )
    )
    assert not O.medication_ordered(out, *O.ANTITHROMBOTIC)


def test_high_risk_pe_a_week_after_surgery_gets_embolectomy_not_lysis(
    reason: Reason,
) -> None:
    """ESC 2019 acute PE, table 9: major surgery in the previous 3 weeks is an
    absolute contraindication to systemic thrombolysis; surgical embolectomy or
    catheter-directed treatment instead, with heparin."""
    out = reason(
        make_case(
            "short of breath",
            age=69,
            sex="F",
            vitals=vitals(132, 74, 48, 30, 85),
            one_liner="69 yo F post-op day 8 after a right hemicolectomy, sudden"
            " dyspnoea",
            ed_note="69F, post-op day 8 after a right hemicolectomy for caecal"
            " cancer, discharged home yesterday. Sudden breathlessness and near"
            " collapse this morning. Cold peripheries. Bedside echo: severely"
            " dilated right ventricle, septal flattening.",
            case_id="cr20-pe-postop",
        )
    )
    assert not O.medication_ordered(out, *O.LYTIC)
    assert O.ordered(out, "embolectomy", "catheter-directed")
    assert O.medication_ordered(out, "heparin")


def test_posterior_leads_st_elevation_activates_the_cath_lab(reason: Reason) -> None:
    """ESC 2023 ACS 3.2.1: ST depression in V1-V3 with ST elevation >= 0.5 mm in
    V7-V9 is a posterior STEMI equivalent: primary PCI, not a ward admission for
    serial troponins."""
    out = reason(
        make_case(
            "chest pain",
            age=61,
            sex="M",
            vitals=vitals(88, 142, 86, 18, 96),
            one_liner="61 yo M tight band across the chest for an hour, sweaty",
            ed_note="61M, smoker, tight band-like chest pressure for an hour with"
            " sweating. 12-lead: ST depression V1-V4 with a dominant R wave in V2."
            " Leads V7-V9 added: ST elevation 0.5-1 mm. hs-troponin I at 0 h 140"
            " ng/L.",
            case_id="cr20-posterior",
        )
    )
    assert O.ordered(out, "cath lab", "catheter lab", "primary pci")
    assert O.disposition(out).admit_level != "ward"


def test_pericarditis_st_elevation_does_not_activate_the_cath_lab(
    reason: Reason,
) -> None:
    """Guard (ESC 2015 pericardial diseases): diffuse concave ST elevation with PR
    depression and pleuritic, positional pain is pericarditis, not a STEMI."""
    out = reason(
        make_case(
            "chest pain",
            age=27,
            sex="M",
            vitals=vitals(96, 124, 74, 18, 98, 37.9),
            one_liner="27 yo M sharp chest pain after a cold, better sitting forward",
            ed_note="27M, viral illness last week, sharp central chest pain worse"
            " lying flat and on inspiration, eased leaning forward. Pericardial"
            " friction rub. ECG: diffuse concave ST elevation with PR depression.",
            case_id="cr20-pericarditis",
        )
    )
    unconditional = [
        o.name
        for o in O.orders(out)
        if not o.name.lower().startswith("only if")
        and O.mentions(o, ("cath lab", "catheter lab", "primary pci"))
    ]
    assert not unconditional
    assert O.disposition(out).admit_level != "icu"
