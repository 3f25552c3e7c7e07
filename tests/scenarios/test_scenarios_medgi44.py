"""medgi44 (issue 10): black stool on iron or bismuth, and the leftovers of session 43.

Written from the guidelines named in each docstring, never from rows of the shared
data or copies of the review cases:

- Srygley FD et al. JAMA 2012;307:1072 (melaena is black, tarry stool); Laine L et al.
  ACG 2021 and NICE CG141 2012 (melaena or haematemesis is an upper GI bleed); BNF
  ferrous sulfate (faeces discoloured) and 21 CFR 335 bismuth subsalicylate labelling
  (a harmless darkening of the stool); ICD-10-CM FY2024 R19.5.

Each target failed on main 1ed59164 before its fix; the guards (named so) hold on both.
"""

from __future__ import annotations

from graph.state import ReasoningOutput
from tests.scenarios import _orders as O
from tests.scenarios.conftest import Reason, make_case, vitals

_PPI = r"pantoprazole|omeprazole|esomeprazole"


def _code(out: ReasoningOutput) -> str:
    return out.final.icd10 or ""


# ---- black stool that is not melaena ------------------------------------------------


def test_formed_black_stool_on_oral_iron_is_no_upper_gi_bleed(reason: Reason) -> None:
    """Srygley FD et al. JAMA 2012 (melaena is tarry); BNF ferrous sulfate: iron
    darkens a formed stool. Black formed stool a week into ferrous fumarate, with a
    normal pulse and pressure and no haemoglobin fall, is no melaena: no IV acid
    suppression, no admission, no GI-bleed code."""
    out = reason(
        make_case(
            "black stools",
            age=62,
            sex="F",
            vitals=vitals(78, 132, 80, 14, 99, 36.6),
            one_liner="62F black stools for a week",
            ed_note="62-year-old woman started ferrous fumarate 210 mg daily a week "
            "ago for iron deficiency. Since then her stools are black but formed and "
            "not sticky. No vomiting, no light-headedness. Haemoglobin 11.4 g/dL, the "
            "same as last week. Urea normal.",
        )
    )
    assert not O.medication_ordered(out, _PPI), O.orders(out)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
    assert not _code(out).startswith("K92"), (_code(out), out.final.diagnosis_name)


def test_black_stool_after_bismuth_is_no_upper_gi_bleed(reason: Reason) -> None:
    """21 CFR 335: bismuth subsalicylate darkens the stool harmlessly; melaena is
    tarry (Srygley FD et al. JAMA 2012). Black formed stools after Pepto-Bismol for
    diarrhoea, no tarry stool, observations normal: no GI bleed, home."""
    out = reason(
        make_case(
            "black stools",
            age=36,
            sex="M",
            vitals=vitals(72, 128, 78, 14, 99, 36.8),
            one_liner="36M black stools",
            ed_note="Took Pepto-Bismol for three days for diarrhoea; today his stool "
            "is black. Formed, no tarry stool. No vomiting, no dizziness. Haemoglobin "
            "14.6 g/dL.",
        )
    )
    assert not O.medication_ordered(out, _PPI), O.orders(out)
    assert not _code(out).startswith("K92"), (_code(out), out.final.diagnosis_name)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)


def test_tarry_black_stool_on_iron_is_still_melaena_guard(reason: Reason) -> None:
    """Guard. NICE CG141 / Laine L et al. ACG 2021: tarry, offensive black stool with
    a faint is melaena whatever else blackens stools: the bleed is treated."""
    out = reason(
        make_case(
            "black stools",
            age=70,
            sex="M",
            vitals=vitals(98, 112, 68, 18, 97, 36.7),
            one_liner="70M black stools on iron",
            ed_note="On ferrous sulfate for a year. Since yesterday sticky, tarry, "
            "foul smelling black stools, nearly fainted on the toilet. Haemoglobin "
            "9.2 g/dL.",
        )
    )
    assert O.medication_ordered(out, _PPI), O.orders(out)
    assert O.ordered(out, r"gastroenterolog|endoscop"), O.orders(out)


def test_formed_black_stool_on_iron_with_a_haemoglobin_fall_stays_a_bleed_guard(
    reason: Reason,
) -> None:
    """Guard. Blatchford O et al. Lancet 2000 / NICE CG141: a haemoglobin fall beside
    black stool is blood loss until shown otherwise, even on iron: the GI bleed stays
    (blood count and crossmatch or PPI asked), no discharge."""
    out = reason(
        make_case(
            "black stools",
            age=74,
            sex="F",
            vitals=vitals(92, 118, 70, 16, 98, 36.7),
            one_liner="74F black stools on iron, haemoglobin falling",
            ed_note="On ferrous sulfate for anaemia. Black formed stools for two days. "
            "Haemoglobin 8.1 g/dL, was 11.0 g/dL last week.",
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)
    assert _code(out).startswith("K92"), (_code(out), out.final.diagnosis_name)


# ---- hypoglycaemia corrected in the ED -----------------------------------------------


def test_insulin_hypoglycaemia_that_recovered_fully_is_no_icu_admission(
    reason: Reason,
) -> None:
    """ADA Standards of Care 2024 section 6 and SCCM 2016 (Nates JL et al.): severe
    hypoglycaemia reversed by IV glucose is observed for recurrence; the ICU is for
    organ support. "Recovered fully after IV glucose" is the documented resolution
    (the words in either order)."""
    out = reason(
        make_case(
            "confusion",
            age=31,
            sex="F",
            vitals=vitals(104, 124, 76, 16, 99, 36.6),
            one_liner="31F type 1 diabetes found confused, glucose 1.8",
            ed_note="Type 1 diabetes on insulin glargine and aspart, missed lunch "
            "after her usual insulin. Found confused and clammy, capillary glucose 1.8 "
            "mmol/L. Recovered fully after IV 10% glucose; glucose 7.1 mmol/L, eating "
            "a sandwich.",
        )
    )
    assert O.disposition(out).admit_level != "icu", O.disposition(out)
    assert _code(out).startswith("E10.64"), (_code(out), out.final.diagnosis_name)


def test_hypoglycaemia_recurring_despite_dextrose_is_not_sent_home_guard(
    reason: Reason,
) -> None:
    """Guard. Goldfrank's 11th ed. ch. 47 / ADA 2024: hypoglycaemia that recurs after
    correction (a sulfonylurea) needs a dextrose infusion and admission, never home."""
    out = reason(
        make_case(
            "confusion",
            age=77,
            sex="M",
            vitals=vitals(96, 142, 80, 16, 97, 36.5),
            one_liner="77M on gliclazide, glucose 2.0, confused",
            ed_note="Type 2 diabetes on gliclazide, poor intake. Confused, glucose 2.0 "
            "mmol/L, woke after IV dextrose but glucose recurred to 2.6 mmol/L an hour "
            "later despite eating.",
        )
    )
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


# ---- biliary colic, a pain that settles ----------------------------------------------


def test_a_settled_biliary_colic_with_gallstones_is_named(reason: Reason) -> None:
    """NICE CG188 2014 / Yokoe M et al. TG18: biliary colic is an episode of right
    upper quadrant pain that settles; with gallstones on ultrasound and no sign of
    cholecystitis it is the diagnosis (K80.20), managed at home with a surgical
    referral, no antibiotics."""
    out = reason(
        make_case(
            "abdominal pain",
            age=49,
            sex="F",
            vitals=vitals(80, 126, 78, 16, 99, 36.7),
            one_liner="49F right upper quadrant pain after supper, now gone",
            ed_note="Four hours of right upper quadrant pain after a fried supper, "
            "resolved by the time she arrived. Temperature normal, Murphy's sign "
            "negative. White cell count normal, LFTs normal. Ultrasound: several "
            "gallstones, gallbladder wall 2 mm, bile duct normal.",
        )
    )
    assert _code(out).startswith("K80.2"), (_code(out), out.final.diagnosis_name)
    assert O.disposition(out).disposition == "Discharge", O.disposition(out)
    assert not O.medication_ordered(out, r"ceftriaxone|piperacillin|antibiotic")


def test_gallstones_with_fever_and_murphy_sign_stay_a_cholecystitis_guard(
    reason: Reason,
) -> None:
    """Guard. TG18: right upper quadrant pain with fever, Murphy's sign and a raised
    white count is an acute cholecystitis: antibiotics and admission, not colic."""
    out = reason(
        make_case(
            "abdominal pain",
            age=57,
            sex="F",
            vitals=vitals(104, 128, 76, 18, 98, 38.4),
            one_liner="57F right upper quadrant pain for 2 days with fever",
            ed_note="Two days of constant right upper quadrant pain and fever. "
            "Murphy's sign positive. White cell count 16.2. Ultrasound: gallstones "
            "with a thickened gallbladder wall and pericholecystic fluid.",
        )
    )
    assert not _code(out).startswith("K80.2"), (_code(out), out.final.diagnosis_name)
    assert O.disposition(out).disposition != "Discharge", O.disposition(out)


# ---- codes ---------------------------------------------------------------------------


def test_ethylene_glycol_is_coded_as_a_glycol(reason: Reason) -> None:
    """ICD-10-CM FY2024 Table of Drugs and Chemicals: ethylene glycol is T52.3- (toxic
    effect of glycols), not T51.8- (other alcohols); intent unstated is accidental
    (I.C.19.e.5.b). Fomepizole is given (Barceloux DG et al. AACT 1999)."""
    out = reason(
        make_case(
            "altered mental status",
            age=52,
            sex="M",
            vitals=vitals(100, 134, 80, 26, 98, 36.8),
            one_liner="52M drank from a bottle of antifreeze by mistake",
            ed_note="Drank a mouthful of antifreeze from an unlabelled bottle in his "
            "garage three hours ago thinking it was water. Drowsy. Venous pH 7.18, "
            "osmolar gap 30, anion gap 26.",
        )
    )
    assert _code(out).startswith("T52.3X"), (_code(out), out.final.diagnosis_name)
    assert O.medication_ordered(out, r"fomepizole"), O.orders(out)


def test_fresh_rectal_blood_with_shock_is_not_labelled_upper(reason: Reason) -> None:
    """Oakland K et al. BSG 2019 LGIB: haematochezia with shock is localised by CT
    angiography (an upper source in ~15 %); without haematemesis or melaena the
    unspecified code K92.2 does not call the bleed 'upper'."""
    out = reason(
        make_case(
            "rectal bleeding",
            age=81,
            sex="M",
            vitals=vitals(118, 94, 58, 20, 97, 36.5),
            one_liner="81M large fresh and maroon rectal bleeding, dizzy",
            ed_note="Three large maroon and bright red bloody stools since this "
            "morning, dizzy when standing. On rivaroxaban. Abdomen soft. Haemoglobin "
            "8.9 g/dL.",
        )
    )
    assert "upper" not in (out.final.diagnosis_name or "").lower(), (
        out.final.diagnosis_name
    )
    assert O.ordered(out, r"ct angiograph"), O.orders(out)
