"""vasc41: limb words of venous and chronic arterial disease as written.

ESVS 2021 venous thrombosis (phlegmasia); ESC/ESVS 2017 PAD (claudication); GVG 2019
(rest pain); the arm's lost perfusion (ICD-10-CM I74.2); the mesenteric pathway's
atherosclerotic source (ESVS 2017)."""

from __future__ import annotations

import pytest

from agents.offline.rules.findings import sign_findings
from agents.pathways_surgical import mesenteric_ischaemia
from cases.population import view_population
from cases.views import build_treatment_view
from tests.scenarios.conftest import make_case


def _signs(text: str) -> dict[str, str]:
    return {f.concept: f.status for f in sign_findings(text)}


@pytest.mark.parametrize(
    "text",
    [
        "massive swelling of the whole left leg",
        "Whole right leg massively swollen",
        "entire leg tensely swollen",
        "leg swollen from the groin to the foot",
        "grossly swollen left lower limb",
    ],
)
def test_a_whole_leg_massively_swollen_is_read(text: str) -> None:
    assert _signs(text).get("massive_leg_swelling") == "present"


@pytest.mark.parametrize(
    "text",
    ["swollen left ankle", "mildly swollen calf", "massive swelling of both legs"],
)
def test_an_ankle_calf_or_both_legs_are_not_a_whole_leg(text: str) -> None:
    assert "massive_leg_swelling" not in _signs(text)


@pytest.mark.parametrize(
    "text",
    ["left leg dusky blue", "purple discolouration of the right leg", "cyanosed foot"],
)
def test_a_blue_limb_is_read(text: str) -> None:
    assert _signs(text).get("limb_cyanosis") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "calf bruised and purple after a kick",
        "blue varicose veins on the leg",
        "blue toe syndrome of the left foot",
        "leg not blue",
    ],
)
def test_a_bruise_a_vein_or_a_negation_is_no_blue_limb(text: str) -> None:
    assert _signs(text).get("limb_cyanosis") != "present"


@pytest.mark.parametrize(
    "text",
    [
        "cramping calf pain after walking 200 metres, relieved by rest",
        "aching calf pain when walking uphill, eases after a few minutes of rest",
        "pain in both calves after walking 100 yards, has to stop and rest",
    ],
)
def test_claudication_as_written(text: str) -> None:
    assert _signs(text).get("claudication_pain") == "present"


def test_a_chest_pain_on_exertion_is_no_claudication() -> None:
    signs = _signs("chest pain on walking, relieved by rest")
    assert "claudication_pain" not in signs


@pytest.mark.parametrize(
    "text",
    [
        "pain at night relieved by hanging the foot out of bed",
        "ischaemic rest pain of the right foot",
        "hangs his foot over the side of the bed",
    ],
)
def test_rest_pain_as_written(text: str) -> None:
    assert _signs(text).get("ischaemic_rest_pain") == "present"


def test_chest_pain_at_rest_is_no_limb_rest_pain() -> None:
    assert "ischaemic_rest_pain" not in _signs("chest pain at rest, relieved by GTN")


def test_the_arms_lost_perfusion_is_upper_limb_ischaemia() -> None:
    signs = _signs("Left hand cold and white, no left radial or brachial pulse.")
    assert signs.get("upper_limb_ischemia") == "present"
    assert "upper_limb_ischemia" not in _signs("right foot cold and white")


def _mesenteric(age: int, note: str) -> bool:
    case = make_case("abdominal pain", age=age, sex="M", ed_note=note)
    view = build_treatment_view(case)
    return bool(mesenteric_ischaemia(view, view_population(view)))


def test_mesenteric_pathway_reads_an_atherosclerotic_source() -> None:
    note = (
        "Sudden severe abdominal pain, pain out of proportion to a soft abdomen. "
        "Known peripheral arterial disease."
    )
    assert _mesenteric(74, note)
    assert not _mesenteric(40, note)  # under 50: the thrombotic path does not fire


def test_mesenteric_atherosclerotic_path_needs_the_written_disproportion() -> None:
    note = "Writhing with abdominal pain. Coronary artery disease. Lactate 3.0."
    assert not _mesenteric(70, note)
