"""Surgical, trauma, gynaecological, ENT and eye pathways read from their own criteria.

Checked whatever the differential says (like ``agents.pathways_acute``), so a patient
whose complaint does not name the emergency ("eye injury", "groin lump", "swallowed
object") still gets the time-critical orders:

- chemical eye injury: irrigation before anything else (Tintinalli 9th ed. ch. 241;
  Kuckelkorn R et al. Acta Ophthalmol Scand 2002;80:4);
- orbital compartment syndrome (retrobulbar haemorrhage): lateral canthotomy and
  cantholysis before imaging (McCallum E et al. Clin Ophthalmol 2019;13:2189;
  Tintinalli 9th ed. ch. 241);
- button battery in the oesophagus: emergent endoscopic removal, honey on the way
  (Mubarak A et al. NASPGHAN, J Pediatr Gastroenterol Nutr 2021;73:129; National
  Capital Poison Center 2018 guideline);
- several swallowed magnets: located, removed while within endoscopic reach, surgery
  for symptoms, never sent home (Mubarak A et al. NASPGHAN 2021);
- major burns: Parkland fluids, IV opioid, burn centre (ATLS 10th ed. ch. 9; American
  Burn Association 2022 referral criteria; the airway of smoke inhalation is
  ``agents.pathways_tox``'s);
- posterior epistaxis: posterior packing or balloon, ENT, admission (AAO-HNS 2020
  epistaxis guideline, Tunkel DE et al. Otolaryngol Head Neck Surg 2020;162:S1);
- acute mesenteric ischaemia: CT angiography, heparin, vascular surgery (ESVS 2017,
  Björck M et al. Eur J Vasc Endovasc Surg 2017;53:460; WSES 2022, Bala M et al.);
- incarcerated or strangulated groin hernia (WSES 2017, Birindelli A et al. World J
  Emerg Surg 2017;12:37);
- adnexal (ovarian) torsion (ACOG Committee Opinion 783, 2019);
- spinal cord injury with normal radiographs (SCIWORA): immobilisation and MRI (Pang D,
  Wilberger JE. J Neurosurg 1982;57:114; ATLS 10th ed. ch. 7; NICE NG41 2016);
- penetrating neck injury with hard signs: early airway, no probing, operative
  exploration (ATLS 10th ed.; Sperry JL et al. WTA, J Trauma Acute Care Surg
  2013;75:936);
- rib fractures in an older adult: multimodal analgesia, spirometry, admission (EAST
  2016, Galvagno SM et al. J Trauma Acute Care Surg 2016;81:936; Bulger EM et al.
  J Trauma 2000;48:1040);
- septic abortion: evacuation of the uterus as source control (Eschenbach DA. Obstet
  Gynecol 2015;125:1042; WHO 2012 safe abortion).

Research software, not for clinical use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from agents import reversal
from agents._text import each_text, visible_texts
from agents.offline.knowledge.loader import load_knowledge
from agents.offline.rules.burn_extent import stated_tbsa
from agents.offline.rules.cord_words import ANY_INJURY as _ANY_INJURY
from agents.offline.rules.cord_words import CORD_SYMPTOM as _CORD_SYMPTOM
from agents.offline.rules.cord_words import NECK_MECHANISM as _NECK_MECHANISM
from agents.offline.rules.cord_words import SCUBA_DIVE
from agents.offline.rules.disproportion import BENIGN_ABDOMEN, SEVERE_PAIN
from agents.offline.rules.injury_words import STAB
from agents.offline.rules.post_operative import (
    NECK_OPERATION,
    POST_OPERATIVE_BLEEDING,
    SURGICAL_WOUND_INFECTED,
)
from agents.offline.rules.rib_count import ORDINAL_RIBS, rib_count
from agents.offline.rules.tonsil_bleed import RECENT_TONSILLECTOMY, TONSIL_BED_BLEEDING
from agents.offline.stage_facts import present_facts
from agents.pathway_orders import Required
from agents.pathway_orders import child as _child
from agents.pathway_orders import required as _req
from agents.pathways_acute import (
    AIRWAY_THREAT_AFTER_FIRE,
    DEEP_BURN,
    asserted,
    circumferential_deep_burn,
)
from agents.pathways_results import highest
from agents.population import years
from agents.schemas import Order, OrderGate
from cases.population import Population
from cases.rx import may_match, word_start
from cases.views import StageView

__all__ = [
    "BUTTON_BATTERY_OESOPHAGUS",
    "NIL_BY_MOUTH",
    "SURGICAL_PATHWAYS",
    "TRIAGE_HIGH_RISK",
    "estimated_burn_percent",
    "major_burn_percent",
    "major_burn_size",
    "order_gate",
    "swallowed_battery",
]

_rx = word_start


# --- chemical eye injury ---

_EYE: Final = r"(?:eyes?|ocular|cornea\w*|conjunctiva\w*)"
_CHEMICAL: Final = (
    r"(?:chemical|alkali\w*|acid|caustic|corrosive|lye|bleach|ammonia|cement|lime|"
    r"plaster|oven cleaner|drain cleaner|sodium hydroxide|potassium hydroxide|"
    r"hydrofluoric|sulfuric|sulphuric|battery acid|hydrochloric)"
)
_CHEMICAL_EYE: Final = _rx(
    rf"{_CHEMICAL}\w* (?:\w+ ){{0,6}}(?:in|into|to|on) (?:\w+ ){{0,3}}{_EYE}|"
    rf"{_EYE} (?:\w+ ){{0,3}}(?:splash\w*|burn\w*|exposure|injury) (?:\w+ ){{0,3}}"
    rf"(?:with |from |by )?(?:\w+ ){{0,2}}{_CHEMICAL}|"
    rf"(?:chemical|alkali|acid) (?:eye |ocular )?(?:burn|injury|splash|exposure)\w*"
    rf"(?: (?:\w+ ){{0,2}}{_EYE})?|"
    rf"splash\w* (?:\w+ ){{0,4}}{_CHEMICAL}"
)
"""A chemical in the eye (ocular chemical injury: Kuckelkorn 2002)."""
_CHEMICAL_IN_EYE: Final = _rx(
    rf"{_CHEMICAL}\w* (?:\w+ ){{0,6}}(?:in|into|to|on) (?:\w+ ){{0,3}}{_EYE}|"
    rf"{_EYE} (?:\w+ ){{0,3}}(?:splash\w*|burn\w*|exposure|injury) (?:\w+ ){{0,3}}"
    rf"(?:with |from |by )?(?:\w+ ){{0,2}}{_CHEMICAL}|"
    rf"(?:chemical|alkali|acid) (?:eye|ocular) (?:burn|injury|splash|exposure)\w*"
)
"""The chemical written in or onto the eye itself (not a splash elsewhere)."""
_EYE_CONTEXT: Final = _rx(_EYE)
_EYE_SPARED: Final = _rx(
    rf"{_EYE} (?:were |was |are |is )?(?:not (?:involved|affected|splashed|exposed)"
    r"|unaffected|uninvolved|spared)|(?:wearing|wore|had on|with) (?:his |her |their )?"
    r"(?:safety )?(?:goggles|glasses|eye protection|face shield|visor)"
    rf"|no (?:\w+ ){{0,2}}(?:splash\w* )?(?:to |in |into )?(?:the )?{_EYE}"
)
"""peds46: the eye written spared ("eyes not involved", "wearing goggles"): a splash
on the skin is a chemical skin burn (irrigation of the skin, ABLS 2018), not an eye
injury to irrigate and refer (RCEM 2020 chemical eye injury)."""


def chemical_eye(view: StageView, _pop: Population) -> list[Required]:
    """Irrigate a chemical eye injury now, before history, acuity or examination."""
    texts = visible_texts(view)
    if not asserted(_CHEMICAL_IN_EYE, texts) and not (
        asserted(_CHEMICAL_EYE, texts)
        and asserted(_EYE_CONTEXT, texts)
        and not asserted(_EYE_SPARED, texts)
    ):
        return []
    src = "Tintinalli 9th ed. ch. 241; Kuckelkorn R et al. Acta Ophthalmol Scand 2002"
    return [
        _req(
            "procedure",
            "immediate irrigation of the eye with at least 1-2 L of saline or Ringer's "
            "lactate (topical anaesthetic first, lids held open, fornices swept for "
            "particles), before acuity or examination; check the tear pH, continue "
            "until pH 7.0-7.5",
            f"a chemical injury of the eye: every minute of contact deepens the burn "
            f"({src})",
            r"irrigat",
        ),
        _req(
            "consult",
            "ophthalmology emergently after irrigation (grade the limbal ischaemia)",
            f"alkali and acid burns threaten the cornea and limbal stem cells ({src})",
            r"ophthalmolog",
        ),
    ]


# --- orbital compartment syndrome ---

_PROPTOSIS: Final = _rx(
    r"propto\w*|exophthalm\w*|bulging (?:\w+ ){0,2}(?:eye|globe)|"
    r"(?:eye|globe) (?:is |was )?bulging|"
    r"(?:rock|stony)[- ]hard (?:\w+ ){0,3}(?:orbit|globe|eye)|"
    r"(?:eye|globe|orbit\w*) (?:is |was |felt )?(?:rock|stony)[- ]hard|"
    r"tense (?:orbit|globe)\w*|retrobulbar ha?emorrhag\w*|retrobulbar ha?ematoma|"
    r"orbital compartment"
)
_VISION_THREAT: Final = _rx(
    r"relative afferent pupill\w* defect|\brapd\b|marcus gunn|"
    r"(?:reduced|decreased|poor|loss of|lost|blurred) (?:visual acuity|vision|sight)|"
    r"cannot see|can't see|count(?:ing|s)? fingers|hand movements|"
    r"light perception|"
    r"acuity 6/(?:[2-9]\d|\d{3})|visual acuity 6/(?:[2-9]\d|\d{3})|"
    r"(?:restricted|reduced|painful|limited) (?:eye |ocular |extraocular )?"
    r"movements?|ophthalmopleg\w*|"
    r"retrobulbar ha?emorrhag\w*|orbital compartment"
)
_FACIAL_TRAUMA: Final = _rx(
    r"punch\w*|assault\w*|struck|hit (?:in|on) the (?:eye|face)|fall\w*|fell|"
    r"injur\w*|trauma\w*|blow to|kick\w*|orbital fracture|blunt|collision|crash\w*|"
    r"retrobulbar|post-?operative|after (?:eye|orbital|sinus|blepharo\w*) surgery|"
    r"blepharoplast\w*|orbital (?:surgery|decompression)"
)
_ORBITAL_INFLAMMATION: Final = _rx(
    r"(?:peri)?orbital cellulitis|orbital (?:abscess|infection)|subperiosteal abscess|"
    r"chemosis|(?:eye)?lid (?:swelling|o?edema|oedema)|"
    r"(?:swollen|oedematous|edematous) (?:\w+ ){0,2}(?:eye)?lids?"
)
"""A swollen, inflamed orbit: orbital cellulitis or abscess, chemosis, lid oedema."""
ORBIT_IOP_MMHG: Final = 40.0
"""An intraocular pressure above 40 mmHg with proptosis after trauma is an orbital
compartment syndrome (McCallum 2019: canthotomy within 90-120 minutes)."""


def orbital_compartment(view: StageView, _pop: Population) -> list[Required]:
    """A tense orbit threatening the optic nerve: decompress now.

    After trauma or surgery, proptosis with an IOP above 40 mmHg or a threat to vision;
    from any cause (orbital cellulitis or abscess among them: McCallum 2019), a swollen
    orbit with restricted eye movements or reduced vision and an IOP above 40 mmHg.
    """
    texts = visible_texts(view)
    iop = highest(view, "iop")
    very_high = iop is not None and iop > ORBIT_IOP_MMHG
    threat = asserted(_VISION_THREAT, texts)
    traumatic = asserted(_PROPTOSIS, texts) and asserted(_FACIAL_TRAUMA, texts)
    inflamed = asserted(_ORBITAL_INFLAMMATION, texts) and threat and very_high
    if not (traumatic and (very_high or threat)) and not inflamed:
        return []
    src = "McCallum E et al. Clin Ophthalmol 2019;13:2189; Tintinalli 9th ed. ch. 241"
    return [
        _req(
            "procedure",
            "lateral canthotomy and inferior cantholysis now, before CT (vision is "
            "lost after 90-120 min of optic nerve ischaemia)",
            f"orbital compartment syndrome: "
            f"{'proptosis after trauma' if traumatic else 'a swollen orbit'} with "
            f"{'IOP ' + format(iop, 'g') + ' mmHg' if iop else 'a threat to vision'} "
            f"({src})",
            r"canthotomy",
        ),
        _req(
            "consult",
            "ophthalmology emergently; CT orbits after decompression",
            f"retrobulbar haemorrhage ({src})",
            r"ophthalmolog",
        ),
    ]


# --- an injured eye that sees less ---

_REDUCED_VISION: Final = _rx(
    r"(?:reduced|decreased|poor|loss of|lost|blurred|blurry|impaired|diminished|worse) "
    r"(?:visual acuity|vision|sight)|(?:visual acuity|vision|sight) (?:is |was )?"
    r"(?:reduced|decreased|poor|blurred|impaired|diminished|worse)|"
    r"cannot see|can't see|count(?:ing|s)? fingers|hand movements|light perception|"
    r"(?:visual )?acuity 6/(?:[2-9]\d|\d{3})|hyph(?:a|ae|e)ma"
)
"""Vision reduced in words or by a measured acuity worse than 6/18, or blood in the
anterior chamber (a hyphaema blurs and is itself an eye injury's sign)."""
_VISION_COMPLAINT: Final = re.compile(
    r"(?i)\b(?:vision|visual|sight|acuity|blind\w*)\b"
)
"""A presenting complaint about one's sight is a complaint of sight reduced (CEDIS
'visual disturbance'), however the label is worded."""
_EYE_INJURY: Final = _rx(
    r"(?:hit|struck|poked|punched|kicked|elbowed|scratched) (?:\w+ ){0,3}(?:in|on|to) "
    r"(?:the |his |her |my |their )?(?:left |right )?eye|blow to the eye|"
    r"eye injur\w*|ocular (?:injur\w*|trauma)|black eye|"
    r"(?:projectile|metal fragment|hammer\w*|grind\w*|firework\w*|airsoft|bb gun)"
)


def injured_eye_vision(view: StageView, _pop: Population) -> list[Required]:
    """An eye injury with reduced vision: examine for an open globe before anything.

    Reduced acuity after an injury is an open globe, a hyphaema, a lens or retinal
    injury or a traumatic optic neuropathy until the slit lamp says otherwise: acuity
    of each eye, pupils, slit lamp with fluorescein (Seidel); a rigid shield with no
    pressure, tonometry or drops while the globe may be open; CT of the orbits (not MRI)
    for a projectile or a globe that cannot be examined; ophthalmology the same day
    (Tintinalli 9th ed. ch. 241; ACR Appropriateness Criteria orbits, vision and visual
    loss 2017). A chemical injury is irrigated first (``chemical_eye``).
    """
    texts = visible_texts(view)
    cc = view.chief_complaint or ""
    eye = asserted(_EYE_CONTEXT, texts) or bool(_VISION_COMPLAINT.search(cc))
    injured = asserted(_EYE_INJURY, texts) or (eye and asserted(_ANY_INJURY, texts))
    reduced = asserted(_REDUCED_VISION, texts) or bool(_VISION_COMPLAINT.search(cc))
    if not (eye and injured and reduced) or asserted(_CHEMICAL_EYE, texts):
        return []
    src = (
        "Tintinalli 9th ed. ch. 241; ACR Appropriateness Criteria orbits, vision and"
        " visual loss 2017"
    )
    return [
        _req(
            "diagnostic",
            "visual acuity of each eye, pupils (RAPD), slit-lamp examination with"
            " fluorescein and a Seidel test",
            f"reduced vision after an eye injury: open globe, hyphaema, lens or retinal"
            f" injury ({src})",
            r"slit[- ]lamp|seidel",
        ),
        _req(
            "procedure",
            "rigid eye shield resting on the orbital rim until an open globe is"
            " excluded; nothing presses on the eye",
            f"a globe that may be open must not be pressed ({src})",
            r"shield",
        ),
        _req(
            "diagnostic",
            "CT of the orbits (not MRI) if a projectile or metal fragment, or if the"
            " globe cannot be examined",
            f"intraocular foreign body and orbital fracture ({src})",
            r"ct (?:of the )?orbit",
        ),
        _req(
            "consult",
            "ophthalmology review the same day",
            f"reduced acuity after an eye injury ({src})",
            r"ophthalmolog",
        ),
    ]


# --- button battery ---

_BATTERY: Final = _rx(
    r"(?:button|disc|disk|coin|lithium|watch|remote|hearing[- ]aid)[- ](?:cell )?"
    r"batter\w*|coin cell|batter(?:y|ies) (?:\w+ ){0,4}(?:swallow\w*|ingest\w*|in "
    r"(?:her|his|the) mouth)|(?:swallow\w*|ingest\w*) (?:\w+ ){0,4}batter\w*|"
    r"double[- ](?:ring|contour|density)|halo (?:sign|contour)|\(halo\)"
)
BUTTON_BATTERY_OESOPHAGUS: Final = _rx(
    r"(?:o?esophag\w*|oesophag\w*|upper (?:o?esophag\w*|oesophag\w*)|"
    r"cricopharyn\w*|thoracic inlet|(?:in|at) the neck)"
)
"""A radio-opaque disc in the oesophagus (or not yet located below it)."""
_BELOW: Final = _rx(
    r"in the stomach|gastric|small bowel|small intestine|colon|past the (?:o?esophag"
    r"\w*|pylorus)|beyond the (?:o?esophag\w*|pylorus)|distal to the"
)


# --- swallowed magnets ---

_MAGNETS: Final = _rx(
    r"(?:swallow\w*|ingest\w*|in (?:his|her|their) mouth)\W+(?:\w+\W+){0,5}?"
    r"magnet\w*|magnet\w*\W+(?:\w+\W+){0,4}?(?:swallow\w*|ingest\w*)|"
    r"magnet(?:s|ic)? ingestion"
)
_SEVERAL_MAGNETS: Final = _rx(
    r"magnets\b|magnet(?:ic)? (?:balls|beads|spheres|cubes|pieces)|(?:several|"
    r"multiple|many|two|three|four|five|[2-9]|\d{2}|a few|some|handful of|set of)"
    r"\W+(?:\w+\W+){0,3}?magnet\w*|magnet\w* (?:and|with|plus) (?:a |an )?(?:coin|"
    r"metal\w*|battery|key|screw|pin|nail)"
)


def multiple_magnets(texts: Sequence[str]) -> bool:
    """Whether the text asserts more than one swallowed magnet, or a magnet with metal.

    NASPGHAN 2021 (Mubarak A et al.): two magnets, or a magnet and a metal object,
    attract across bowel walls and cause pressure necrosis, perforation and fistulae;
    a single magnet alone behaves as a blunt foreign body.
    """
    return asserted(_MAGNETS, texts) and asserted(_SEVERAL_MAGNETS, texts)


def swallowed_magnets(view: StageView, _pop: Population) -> list[Required]:
    """Several swallowed magnets: located, removed while reachable, kept in."""
    if not multiple_magnets(visible_texts(view)):
        return []
    src = "NASPGHAN 2021 (Mubarak A et al. JPGN 2021;73:129)"
    return [
        _req(
            "consult",
            "paediatric gastroenterology and paediatric surgery emergently: endoscopic "
            "removal of magnets within reach (oesophagus, stomach, duodenum); beyond "
            "reach, serial radiographs every 4-6 h and surgery for pain, vomiting, "
            "peritonism or no progress",
            f"linked magnets perforate and fistulate the bowel ({src})",
            r"gastroenterolog|paediatric surg|pediatric surg",
        ),
        _req(
            "procedure",
            "nil by mouth until the plan is made; no metal near the child (belt "
            "buckles, snaps); not discharged while magnets are in the gut",
            f"endoscopy or surgery is expected ({src})",
            r"nil by mouth|\bnpo\b",
        ),
        _req(
            "diagnostic",
            "radiographs of the chest and abdomen now, AP and lateral (magnets linked "
            "across bowel walls can look like one object)",
            f"magnets are located at once ({src})",
            r"radiograph|x-?ray",
        ),
    ]


_NOSE_EAR: Final = _rx(
    r"nostrils?|nasal (?:cavity|passage|vestibule)|ear canal|external (?:auditory )?"
    r"canal|(?:in|up|into|inside) (?:his |her |their |my |the |a )?(?:left |right )?"
    r"(?:nose|ear)s?\b"
)
_NOSE: Final = _rx(r"nostrils?|nasal|nose")
_SWALLOWED: Final = _rx(r"swallow\w*|ingest\w*|in (?:his|her|the|their|my) mouth")


def battery_in_nose_or_ear(texts: Sequence[str]) -> bool:
    """A button battery put in the nose or ear, with no word of swallowing."""
    return (
        asserted(_BATTERY, texts)
        and asserted(_NOSE_EAR, texts)
        and not asserted(_SWALLOWED, texts)
    )


def swallowed_battery(texts: Sequence[str]) -> bool:
    """Whether the text asserts a swallowed button battery (NASPGHAN 2021)."""
    return asserted(_BATTERY, texts) and not battery_in_nose_or_ear(texts)


def nose_ear_battery(view: StageView, _pop: Population) -> list[Required]:
    """A button battery in the nose or ear: out at once, no drops or irrigation.

    Its current and leaking alkali cause liquefactive necrosis within hours (septal
    perforation, canal stenosis, drum and ossicle destruction); drops or irrigation
    conduct the current (National Capital Poison Center 2018 guideline; Heim SW,
    Maughan KL. Am Fam Physician 2007;76:1185).
    """
    texts = visible_texts(view)
    if not battery_in_nose_or_ear(texts):
        return []
    src = "NCPC 2018 button battery guideline; Heim 2007"
    site = "nose" if asserted(_NOSE, texts) else "ear"
    return [
        _req(
            "consult",
            f"ENT emergently: removal of the button battery from the {site} now "
            "(examine the other nostril and both ears; radiograph the chest and "
            "abdomen if a battery may also have been swallowed); home after "
            "removal unless the mucosa is burnt, with ENT review for a late septal "
            "perforation or canal stenosis",
            f"a battery in the nose or ear burns the mucosa within hours ({src})",
            r"(?:ent|otolaryngolog\w*) emergent\w*|removal of the button battery",
        ),
        _req(
            "procedure",
            "no ear drops, nasal drops or irrigation until the battery is out",
            f"fluid conducts the battery's current ({src})",
            r"no (?:ear |nasal )?drops|no irrigation",
        ),
    ]


def button_battery(view: StageView, pop: Population) -> list[Required]:
    """A swallowed button battery: locate it; in the oesophagus, out within 2 hours."""
    texts = visible_texts(view)
    if not swallowed_battery(texts):
        return []  # none, or one in the nose or ear (``nose_ear_battery``)
    src = "NASPGHAN 2021 (Mubarak A et al. JPGN 2021;73:129); NCPC 2018"
    below = asserted(_BELOW, texts)
    located = below or asserted(BUTTON_BATTERY_OESOPHAGUS, texts)
    out = [
        _req(
            "diagnostic",
            "radiographs of the neck, chest and abdomen now (AP and lateral: a "
            "battery's double ring, its site and the negative pole's side)",
            f"a swallowed battery is located at once ({src})",
            r"radiograph|x-?ray",
        )
    ]
    if below:
        return [
            *out,
            _req(
                "consult",
                "paediatric gastroenterology now: endoscopic removal if under 5 with a "
                "battery >= 20 mm, symptoms, or a magnet also swallowed; otherwise "
                "repeat radiograph in 7-14 days",
                f"a battery in the stomach ({src})",
                r"gastroenterolog",
            ),
        ]
    removal = (
        "emergent endoscopic removal within 2 hours"
        if located
        else "if the radiograph shows it in the oesophagus (or the site is unknown): "
        "emergent endoscopic removal within 2 hours"
    )
    honey = (
        "honey 10 mL by mouth every 10 min up to 6 doses on the way to endoscopy "
        "(age >= 1 year, within 12 h of ingestion, swallowing safely); otherwise nil "
        "by mouth"
        if pop.age_within(years(1), years(130)) is not False
        else "nil by mouth (no honey under 1 year: botulism)"
    )
    return [
        *out,
        _req(
            "consult",
            f"{removal}: gastroenterology / ENT / paediatric surgery emergently, "
            "whatever the symptoms",
            f"a button battery in the oesophagus burns through the wall within hours "
            f"(aorto-oesophageal and tracheo-oesophageal fistula) ({src})",
            r"endoscop",
        ),
        _req(
            "medication",
            honey,
            f"honey coats the battery and lessens the alkaline injury ({src})",
            r"honey|sucralfate",
        ),
    ]


# --- major burns and inhalation injury ---

_BURN: Final = _rx(r"burn\w*|scald\w*|fire|flame\w*")
_INHALATION: Final = _rx(
    r"singed (?:nasal |nose )?(?:hairs?|eyebrows?|vibrissae)|(?:carbonaceous|sooty) "
    r"sputum|soot (?:in|around) (?:the )?(?:mouth|nose|nostrils|oropharynx|airway|"
    r"pharynx)|(?:mouth|nose|nostrils|oropharynx) (?:\w+ ){0,2}soot|"
    r"inhalation injur\w*"
)
"""Signs of an inhalation injury (ATLS 10th ed. ch. 9: singed vibrissae, soot in the
oropharynx, carbonaceous sputum) or the injury named."""
_SMOKE_EXPOSURE: Final = _rx(
    r"smoke inhalation|enclosed[- ]space fire|burning (?:house|building|car)|"
    r"house fire"
)
"""Smoke exposure: confinement in a burning environment suggests an inhalation injury
in a burnt patient (ATLS 10th ed. ch. 9); without a burn or a sign of one it is not
an ABA referral criterion (ABA 2022: burns and inhalation injury are referred; carbon
monoxide is judged by COHb and symptoms, ACEP 2017)."""


def _inhalation_injury(texts: tuple[str, ...]) -> bool:
    """A sign of inhalation injury, or smoke exposure with a burn injury."""
    if not asserted(_BURN, texts):
        return False
    if asserted(_INHALATION, texts):
        return True
    return asserted(_SMOKE_EXPOSURE, texts) and asserted(_BURN_NOUN, texts)


MAJOR_BURN_ADULT: Final = 15.0
MAJOR_BURN_CHILD: Final = 10.0
"""Partial- or full-thickness burns >= 15 % TBSA in adults (>= 10 % in children) need
formal IV fluid resuscitation by formula (British Burn Association / National Network
for Burn Care 2012 referral guidance; RCEM major trauma burns: adults over 15 %,
children over 10 %; ISBI 2016 practice guidelines; ATLS 10th ed. ch. 9 and ABA ABLS
2018 start at 20 % in adults). trauma50: an 18 % scald had oral paracetamol or
ibuprofen and no fluids at the ATLS threshold; the lower threshold of the UK burn
networks is taken, its burn is the one whose resuscitation is late if missed."""


def major_burn_percent(texts: tuple[str, ...]) -> float | None:
    """The documented burnt %TBSA, if a burn and a percentage are both stated."""
    if not asserted(_BURN, texts):
        return None
    # one reading of the stated extent (``rules.burn_extent``)
    found = [p for t in texts if (p := stated_tbsa(t)) is not None]
    return max(found, default=None)


_SENTENCE: Final = re.compile(r"[^.;\n]+")
_Levels = tuple[tuple[re.Pattern[str], float], ...]
_BURNT_PARTS: Final[tuple[tuple[str, _Levels], ...]] = (
    ("legs", (
        (_rx(r"(?:both|two|bilateral) (?:lower )?(?:legs|limbs|extremities)|legs\b|"
             r"lower (?:limbs|extremities)"), 18.0),
        (_rx(r"legs?\b|thighs?|lower (?:limb|extremity)"), 9.0),
    )),
    ("arms", (
        (_rx(r"(?:both|two|bilateral) (?:upper )?(?:arms|limbs)|arms\b|upper "
             r"(?:limbs|extremities)"), 9.0),
        (_rx(r"arms?\b|forearms?|upper (?:limb|extremity)"), 4.5),
    )),
    ("trunk", ((_rx(r"trunk|torso"), 18.0),)),
    ("chest", ((_rx(r"chest|thorax"), 9.0),)),
    ("abdomen", ((_rx(r"abdomen|abdominal wall|belly"), 9.0),)),
    ("back", ((_rx(r"back\b(?! of )|buttocks"), 18.0),)),
    ("head", ((_rx(r"face|facial|head\b|neck"), 4.5),)),
)  # fmt: skip
"""Wallace's rule of nines (ATLS 10th ed. ch. 9), counted low: a limb or the trunk
named as burnt is its front only (each leg 9 %, each arm 4.5 %, the front of the trunk
18 % or its chest and abdomen 9 % each, the back 18 %, the head 4.5 %). triage54: "the
back of his hand" (or of a leg, the neck, the head) is that part's back, not the back
of the trunk (a 2 cm hand scald was an 18 % burn with Parkland fluids and ESI 2)."""


_OTHER_LESION: Final = _rx(
    r"bruis\w*|lacerat\w*|abrasions?|graze[sd]?|cuts?\b|swell\w*|swollen|tender\w*|"
    r"fractur\w*|deform\w*|wounds?|bites?|rash\w*|petechia\w*|purpura"
)
"""Another injury or lesion named in a clause of its own ("bruises on both upper arms
and the inner thighs, a burn mark on the forearm"): its body parts are not burnt."""


def _burn_clauses(sentence: str) -> str:
    """The sentence without its comma-separated clauses naming another lesion only.

    trauma53: "multiple bruises of different colours on both upper arms and the inner
    thighs, a burn mark on the forearm" is a forearm burn, not 22 % of burnt limbs
    (Parkland fluids and ICU for a suspected elder abuse's burn mark); a list of
    burnt parts ("burns to the face, chest and both arms") keeps every part.
    """
    clauses = sentence.split(",")
    if len(clauses) < 2:
        return sentence
    kept = [
        c
        for c in clauses
        if asserted(_BURN_NOUN, [c]) or not asserted(_OTHER_LESION, [c])
    ]
    return ",".join(kept)


_BURN_NOUN: Final = _rx(
    r"(?:flash |flame |thermal |partial[- ]thickness |full[- ]"
    r"thickness )?(?:burns?|scalds?)\b|scalded|burnt (?:skin|area)"
)
"""A burn named as an injury (not "burning rubbish")."""


def estimated_burn_percent(texts: Sequence[str]) -> float | None:
    """A low estimate of the burnt %TBSA from the body parts named as burnt.

    Read only when no percentage is stated; it can only say a burn is at least that
    large (a major burn's fluids, referral and triage), never that a burn is small.
    Each sentence that asserts a burn is read on its own; the largest total counts.
    """
    return max([0.0, *each_text(_burn_percent_in, None, texts)]) or None


def _burn_percent_in(_: None, text: str) -> float:
    """``estimated_burn_percent`` of one text (0.0: none)."""
    best = 0.0
    # A sentence is a part of its text: where the text lacks what every burn
    # word needs (``may_match``), none of its sentences names one (perf28: this
    # asked ~300 sentences a request, nearly all of notes without a burn).
    if not text or not may_match(_BURN_NOUN, text):
        return best
    for whole in _SENTENCE.findall(text):
        if not asserted(_BURN_NOUN, [whole]):
            continue
        sentence = _burn_clauses(whole)
        parts = {
            part: next((pct for rx, pct in levels if rx.search(sentence)), 0.0)
            for part, levels in _BURNT_PARTS
        }
        if parts["trunk"]:
            parts["chest"] = parts["abdomen"] = 0.0
        best = max(best, sum(parts.values()))
    return best


def major_burn_size(texts: tuple[str, ...], child: bool) -> tuple[float, str] | None:
    """A major burn's %TBSA and how it is known ("stated" or "estimated"), or None.

    A stated percentage decides; without one, the rule-of-nines low estimate may
    only show the burn is major (>= 15 % in adults, >= 10 % in children: BBA/NNBC
    2012; ATLS 10th ed. ch. 9; ABA 2022).
    """
    threshold = MAJOR_BURN_CHILD if child else MAJOR_BURN_ADULT
    stated = major_burn_percent(texts)
    if stated is not None:
        return (stated, "stated") if stated >= threshold else None
    estimate = estimated_burn_percent(texts)
    if estimate is not None and estimate >= threshold:
        return estimate, "estimated"
    return None


BURN_REFERRAL_SOURCE: Final = (
    "American Burn Association guidelines for burn patient referral 2022; ATLS 10th "
    "ed. ch. 9"
)


def _escharotomy(texts: tuple[str, ...]) -> list[Required]:
    """A circumferential deep burn: escharotomy, a burn-centre referral."""
    if not circumferential_deep_burn(texts):
        return []
    src = BURN_REFERRAL_SOURCE
    return [
        _req(
            "consult",
            "burn or plastic surgeon emergently for escharotomy of the circumferential "
            "full-thickness burn (fasciotomy only if compartment pressures stay raised "
            "after it); remove rings and watches, elevate the limb, check distal "
            "perfusion hourly",
            f"a circumferential full-thickness burn constricts the limb's circulation "
            f"or the chest's movement as it swells ({src})",
            r"escharotom",
        ),
        _req(
            "consult",
            "burn centre referral",
            f"ABA referral criteria: full-thickness and circumferential burns ({src})",
            r"burns? cent|burns? unit",
        ),
    ]


_BURN_INJURY: Final = r"(?:burns?|burnt|burned|scalds?|scalded)"
_SPECIAL_SITE: Final = (
    r"(?:face|facial|cheeks?|forehead|chin|jaw|lips?|ears?|nose|eyelids?|hands?|"
    r"palms?|fingers?|thumbs?|feet|foot|soles?|genital\w*|"
    r"perine\w*|penis|scrotum|vulva|elbows?|knees?|axillae?|shoulders?|hips?)"
)
_SPECIAL_AREA_BURN: Final = _rx(
    rf"{_BURN_INJURY}\s+(?:[\w,/-]+\s+){{0,10}}?(?:(?:the|her|his|their|both)\s+)?"
    rf"{_SPECIAL_SITE}\b|{_SPECIAL_SITE}\s+(?:and\s+\w+\s+)?{_BURN_INJURY}"
)
"""A burn of a site the ABA refers whatever the size: the face, hands, feet,
genitalia, perineum or a major joint (function and cosmesis)."""
_DERMAL_BURN: Final = _rx(
    r"partial[- ]thickness|blister\w*|second[- ]degree|deep dermal|full[- ]thickness|"
    r"third[- ]degree"
)
"""A burn into the dermis or deeper: superficial (epidermal) burns are neither counted
in the %TBSA nor referred (ABA 2022; ATLS 10th ed. ch. 9)."""
REFERRAL_PARTIAL_TBSA: Final = 10.0
"""ABA 2022: partial-thickness burns over 10 % TBSA are referred to a burn centre."""


def _burn_referral(texts: tuple[str, ...], tbsa: float | None) -> list[Required]:
    """ABA 2022 referral of a burn below the resuscitation size.

    A burn of a special area, of full thickness, or over 10 % partial thickness.
    """
    if not (asserted(_BURN, texts) and asserted(_DERMAL_BURN, texts)):
        return []
    reasons = [
        why
        for why, met in (
            ("a burn of the face, hands, feet, genitalia, perineum or a major joint",
             asserted(_SPECIAL_AREA_BURN, texts)),
            ("a full-thickness burn", asserted(DEEP_BURN, texts)),
            (f"partial thickness over {REFERRAL_PARTIAL_TBSA:g} % TBSA",
             tbsa is not None and tbsa > REFERRAL_PARTIAL_TBSA),
        )
        if met
    ]  # fmt: skip
    if not reasons:
        return []
    return [
        _req(
            "consult",
            "burn centre referral: discuss with the burn service today (dressing and "
            "review in the burn clinic if they accept outpatient care)",
            f"ABA referral criteria: {'; '.join(reasons)} ({BURN_REFERRAL_SOURCE})",
            r"burns? cent|burns? unit|burns? service",
        )
    ]


def burns(view: StageView, pop: Population) -> list[Required]:
    """Major burn: Parkland fluids and a burn centre; inhalation: a burn centre.

    A circumferential full-thickness burn of any size: escharotomy (ABA 2022). A
    smaller burn of a special area, of full thickness or over 10 % partial
    thickness: a burn-centre referral (ABA 2022).
    """
    texts = visible_texts(view)
    sized = major_burn_size(texts, _child(pop))
    tbsa = sized[0] if sized else major_burn_percent(texts)
    inhalation = _inhalation_injury(texts)
    major = sized is not None
    size = (
        f"{sized[0]:g} % TBSA"
        + (" by a rule-of-nines low estimate (measure by Lund-Browder)"
           if sized[1] == "estimated" else "")
        if sized else ""
    )  # fmt: skip
    eschar = _escharotomy(texts)
    if not (major or inhalation):
        return eschar or _burn_referral(texts, tbsa)
    src = "ATLS 10th ed. ch. 9; American Burn Association 2022"
    out: list[Required] = eschar[:1]
    # the airway, oxygen and cyanide orders of smoke inhalation are
    # ``agents.pathways_tox.smoke_inhalation``'s; here inhalation is a referral reason
    if major:
        per_kg = 3 if _child(pop) else 2
        out += [
            _req(
                "medication",
                f"Ringer's lactate {per_kg} mL x kg x %TBSA over 24 h from the time of "
                "the burn, half in the first 8 h (children: add maintenance with "
                "glucose); titrate to urine output 0.5 mL/kg/h (1 mL/kg/h in "
                "children); two large-bore IVs, urinary catheter",
                f"burn shock: {size} ({src})",
                r"ringer|parkland|ml x kg",
            ),
            _req(
                "medication",
                "IV opioid analgesia titrated to effect (morphine or fentanyl)",
                f"pain of a major burn; anti-inflammatory drugs risk kidney injury "
                f"in burn shock ({src})",
                r"iv opioid|morphine|fentanyl",
            ),
            _req(
                "consult",
                "burn centre emergently (transfer); keep the patient warm, cover with "
                "clean dry dressings or cling film",
                f"ABA referral criteria: {size}"
                f"{', inhalation injury' if inhalation else ''} ({src})",
                r"burns? cent|burns? unit",
            ),
        ]
    elif inhalation and asserted(AIRWAY_THREAT_AFTER_FIRE, texts):
        out.append(
            _req(
                "consult",
                "burn centre emergently (inhalation injury)",
                f"ABA referral criteria: inhalation injury ({src})",
                r"burns? cent|burns? unit",
            )
        )
    elif inhalation:
        # orders38: soot or singed hair with a patent airway is a suspicion the airway
        # examination settles (British Burn Association 2018; ABA ABLS 2018); a burn
        # that meets the ABA criteria itself (a hand, the face) is still referred
        out += _burn_referral(texts, tbsa) or [
            _req(
                "consult",
                "burn service: discuss once the airway has been examined "
                "(suspected inhalation injury: soot or singed hair, airway patent)",
                "ABA referral criteria: inhalation injury, if the examination finds "
                f"it ({src})",
                r"burns? cent|burns? unit|burns? service",
            )
        ]
    return out


# --- posterior epistaxis ---

_EPISTAXIS: Final = _rx(r"epistaxis|nose ?bleed\w*|nosebleed\w*|bleeding from the nose")
_POSTERIOR: Final = _rx(
    r"posterior (?:epistaxis|bleed\w*|source|pack\w*)|"
    r"(?:down|running down|into) (?:the )?back of (?:the|his|her) throat|"
    r"(?:running|trickling|dripping|going) down (?:the|his|her) throat|"
    r"posterior (?:pharynx|oropharynx)|from both (?:sides|nostrils)|bilateral\w* "
    r"(?:epistaxis|bleeding)|despite (?:\w+ ){0,3}(?:anterior )?pack\w*|"
    r"(?:pack\w*|tamponade) (?:\w+ ){0,3}(?:failed|not (?:controlled|stopped))|"
    r"spitting (?:blood|clots)|swallowing blood|vomit\w* (?:\w+ ){0,2}blood|"
    r"(?:bleed\w*|soak\w*|oozing|pouring) (?:\w+ ){0,3}(?:through|into) (?:\w+ ){0,3}"
    r"pack\w*|"
    r"(?:bleed\w*|blood|running|runs|trickl\w*|dripping|pouring) (?:\w+ ){0,3}down"
    r" (?:the back of )?(?:the|his|her|my) throat|"
    r"(?:soaked|saturated|blood-?soaked) (?:\w+ ){0,3}(?:pack|packing|tampon|"
    r"rhino ?rocket|merocel)s?\b|"
    r"(?:pack|packing|tampon|rhino ?rocket|merocel)s? (?:is |was |has |had )?"
    r"(?:\w+ ){0,2}(?:soaked|saturated)"
)
"""A posterior source: blood down the pharynx, from both sides, or a bleed that
persists through or despite an anterior pack (Tunkel DE et al. AAO-HNS 2020 nosebleed
guideline; Tintinalli 9th ed. ch.244: suspect a posterior source when anterior
packing fails to control the bleeding)."""


def posterior_epistaxis(view: StageView, _pop: Population) -> list[Required]:
    """Epistaxis from behind the anterior nose, or past anterior packing: ENT now."""
    texts = visible_texts(view)
    if not (asserted(_EPISTAXIS, texts) and asserted(_POSTERIOR, texts)):
        return []
    src = "AAO-HNS 2020 epistaxis (Tunkel DE et al. Otolaryngol Head Neck Surg 2020)"
    out = [
        _req(
            "procedure",
            "posterior nasal packing or a posterior (double) balloon catheter, airway "
            "protected, monitored",
            f"bleeding past an anterior pack or down the pharynx is posterior ({src})",
            r"posterior (?:nasal )?pack|balloon",
        ),
        _req(
            "consult",
            "ENT emergently (endoscopic cautery or sphenopalatine artery ligation); "
            "admit with posterior packing",
            f"posterior packing needs admission and monitoring ({src})",
            r"\bent\b|otolaryngolog",
        ),
        _req(
            "diagnostic",
            "CBC, INR/aPTT, type and crossmatch",
            f"blood loss and coagulopathy ({src})",
            r"crossmatch|cross-match",
        ),
    ]
    if reversal.on_anticoagulant(texts):
        out.append(
            _req(
                "medication",
                "hold the anticoagulant; if bleeding continues despite packing or is "
                "major (Hb fall >= 20 g/L, transfusion, instability): vitamin K IV "
                "with PCC for a vitamin K antagonist, the specific agent for a DOAC "
                "(with a mechanical valve, decide with cardiology)",
                f"bleeding on an anticoagulant (ACC 2020 ECDP; {src})",
                r"hold (?:the )?(?:anticoag|warfarin|apixaban|rivaroxaban)|revers|"
                r"vitamin k\b",
            )
        )
    return out


# --- post-tonsillectomy haemorrhage ---


def tonsillectomy_bleed(view: StageView, pop: Population) -> list[Required]:
    """Bleeding after a recent tonsillectomy: airway, ENT now, blood, tranexamic acid.

    AAO-HNS 2019 (Mitchell RB et al. Otolaryngol Head Neck Surg 2019;160:S1):
    secondary haemorrhage, mostly 5-10 days after surgery, needs emergency
    evaluation by the surgical team; a small bleed may herald a major one. The
    airway comes first: the patient sits up and leans forward to spit, suction at
    hand, an anaesthetist for a bleeding airway (Difficult Airway Society; ENT UK).
    Blood count, coagulation and a crossmatch; tranexamic acid IV, 15 mg/kg in a
    child (max 1 g; CRASH-2 and its use in tonsillar haemorrhage: Chan CC et al.
    Laryngoscope 2013). Vomited blood is swallowed blood: no endoscopy, no
    Glasgow-Blatchford score (``post_tonsillectomy_bleeding`` weighs against the
    GI bleed).
    """
    texts = visible_texts(view)
    if not (
        asserted(RECENT_TONSILLECTOMY, texts) and asserted(TONSIL_BED_BLEEDING, texts)
    ):
        return []
    src = "AAO-HNS 2019 tonsillectomy guideline (Mitchell RB et al.)"
    txa = (
        "tranexamic acid 15 mg/kg IV (max 1 g)"
        if _child(pop)
        else "tranexamic acid 1 g IV over 10 min"
    )
    return [
        _req(
            "procedure",
            "airway first: sit up leaning forward to spit, suction at hand, nil by "
            "mouth; anaesthetist for an active bleed (a bleeding airway)",
            f"blood in the pharynx threatens the airway ({src})",
            r"airway",
        ),
        _req(
            "consult",
            "ENT emergently (examination of the tonsil bed; haemostasis in theatre if "
            "active bleeding or a clot in the fossa)",
            f"secondary haemorrhage can be life-threatening ({src})",
            r"\bent\b|otolaryngolog",
        ),
        _req(
            "diagnostic",
            "IV access, CBC, coagulation screen, type and crossmatch",
            f"blood loss and transfusion ({src})",
            r"crossmatch|cross-match",
        ),
        _req(
            "medication",
            txa,
            f"antifibrinolytic for tonsillar haemorrhage (Chan CC et al. Laryngoscope "
            f"2013; {src})",
            r"tranexamic",
        ),
    ]


# --- bleeding after an operation (CEDIS post-operative complication) ---


def post_operative_bleed(view: StageView, _pop: Population) -> list[Required]:
    """Bleeding after an operation: the site examined, blood and clotting, the surgeon.

    Bailey & Love's Short Practice of Surgery, 28th ed. (2023), postoperative care:
    haemorrhage after an operation is primary, reactionary (within 24 h: a slipped
    ligature, a dislodged clot as the pressure recovers) or secondary (7-14 days, from
    infection eroding a vessel); the wound or drain is inspected, firm pressure
    applied, the blood count, clotting and a group and save taken, and the operating
    team called, who decide on re-exploration. An anticoagulant beside it is graded by
    the bleeding-disorder modifier and reversed by the anticoagulation pathway. The
    knowledge base has no post-operative complication complaint; these orders hold
    whatever complaint the text was matched to.
    """
    if not present_facts(view, load_knowledge()).has(POST_OPERATIVE_BLEEDING):
        return []  # one reader: ``rules.post_operative`` (a recent operation's wound)
    texts = visible_texts(view)
    src = "Bailey & Love's Short Practice of Surgery 28th ed., postoperative care"
    airway = [
        _req(
            "procedure",
            "airway first: a neck haematoma after neck surgery compresses the airway;"
            " sit up, oxygen, the operating surgeon and anaesthetist emergently; with"
            " stridor or distress open the wound at the bedside (SCOOP: skin"
            " exposure, cut sutures, open skin, open muscles, pack)",
            "a haematoma after thyroid or neck surgery (Iliff HA et al. Anaesthesia"
            " 2022;77:82, DAS / BAETS / ENT UK consensus)",
            r"scoop|open the wound",
        )
    ]
    return [
        *(airway if any(NECK_OPERATION.search(t) for t in texts) else []),
        _req(
            "procedure",
            "inspect the wound, drain or port site; firm direct pressure; mark the "
            "edge of any haematoma",
            f"local control and the size of the bleed ({src})",
            r"pressure|inspect",
        ),
        _req(
            "diagnostic",
            "CBC, coagulation screen (PT/INR, aPTT), group and screen",
            f"blood loss, a coagulopathy, transfusion readiness ({src})",
            r"\bcbc\b|blood count|group and (?:screen|save)",
        ),
        _req(
            "consult",
            "the operating surgical team (re-exploration if the bleeding continues or "
            "a haematoma expands)",
            f"the operating team decides on re-exploration ({src})",
            r"surg",
        ),
    ]


# --- a surgical site infection (CEDIS post-operative complication) ---

SSI_FEVER_C: Final = 38.0
"""A fever with a surgical site infection: a deep or organ-space infection (an
abscess, an anastomotic leak) until imaged (Bailey & Love 28th ed.)."""


def surgical_site_infection(view: StageView, _pop: Population) -> list[Required]:
    """An infected wound after an operation: swab, blood tests, the operating team.

    NICE NG125 (2019, updated 2020), surgical site infections: a suspected infection
    is treated with an antibiotic covering the likely organisms, the wound swabbed
    and the operating team involved. With a fever the infection may be deep or in
    the organ space (an abscess, an anastomotic leak days 5-10: Bailey & Love's Short
    Practice of Surgery 28th ed., postoperative complications): the operating team
    is called emergently and the operated region imaged; a septic patient is
    admitted (NICE NG51 sepsis), the emergent consultation keeping him in.
    """
    if not present_facts(view, load_knowledge()).has(SURGICAL_WOUND_INFECTED):
        return []  # one reader: ``rules.post_operative`` (a recent operation's wound)
    src = "NICE NG125 surgical site infections; Bailey & Love 28th ed."
    t = view.vitals.temperature_c
    febrile = t is not None and t >= SSI_FEVER_C
    team = (
        "the operating surgical team emergently (a deep or organ-space infection, "
        "an abscess or an anastomotic leak: imaging of the operated region)"
        if febrile
        else "the operating surgical team (wound review, opening a collection)"
    )
    return [
        _req(
            "diagnostic",
            "wound swab for culture; CBC, CRP",
            f"a surgical site infection: the organism and its extent ({src})",
            r"swab|wound culture",
        ),
        _req("consult", team, f"the operating team manages its wound ({src})", r"surg"),
    ]


# --- acute mesenteric ischaemia ---

_ABDO_PAIN: Final = _rx(
    r"abd\w* pain|abdominal pain|belly pain|stomach pain|tummy (?:pain|ache)|"
    r"(?:central|periumbilical|epigastric|upper|lower) (?:\w+ ){0,2}abdominal pain|"
    r"pain (?:in|of) the (?:abdomen|belly)"
)
_EMBOLIC_SOURCE: Final = _rx(
    r"atrial fibrillation|\baf\b|\bafib\b|a-?fib\b|mural thromb\w*|"
    r"recent (?:myocardial infarction|\bmi\b)|mechanical (?:mitral |aortic )?valve|"
    r"(?:previous|prior|history of) (?:embol\w*|peripheral arterial)|"
    r"stopped (?:his |her )?(?:warfarin|apixaban|rivaroxaban|anticoagula\w*)"
)
_OUT_OF_PROPORTION: Final = _rx(
    r"out of proportion|(?:abdomen|belly) (?:is |was )?soft (?:with |and )?"
    r"(?:only )?(?:mild|minimal)|soft (?:abdomen|belly) (?:with |and )?(?:only )?"
    r"(?:mild|minimal)|writhing|pain (?:is )?(?:severe|excruciating) (?:but|yet) "
    r"(?:the )?(?:abdomen|belly|examination)"
)
_ATHEROSCLEROTIC: Final = _rx(
    r"(?:known |established |diffuse |severe )?(?:peripheral )?"
    r"(?:arterial|vascular) disease|"
    r"peripheral arterial disease|\bpad\b|\bpvd\b|claudication|"
    r"(?:previous|prior|old|past|history of) (?:myocardial infarction|\bmi\b|stroke)|"
    r"coronary (?:artery|heart) disease|\bcad\b|\bihd\b|isch(?:a)?emic heart disease|"
    r"coronary stents?|\bcabg\b|bypass graft\w*|carotid (?:stenosis|endarterectomy)|"
    r"post-?prandial (?:abdominal )?pain|"
    r"(?:pain|fear) (?:after|of) (?:eating|food|meals)"
)
"""Atherosclerosis, the source of an acute thrombotic mesenteric occlusion (about 40 %
of acute mesenteric ischaemia: Björck M et al. ESVS 2017 section 5; Bala M et al.
WSES 2022): known arterial disease elsewhere or a chronic post-prandial pain."""
MESENTERIC_ATHERO_MIN_AGE: Final = 50
"""Thrombotic mesenteric occlusion is a disease of older atherosclerotic adults (ESVS
2017: median age about 70); below 50 the atherosclerotic path does not fire."""
_SUDDEN: Final = _rx(r"sudden\w*|abrupt\w*|acute onset|came on suddenly")
_OUT_OF_PROPORTION_WRITTEN: Final = _rx(
    r"out of proportion|(?:abdomen|belly) (?:is |was )?soft (?:with |and )?"
    r"(?:only )?(?:mild|minimal)|soft (?:abdomen|belly) (?:with |and )?(?:only )?"
    r"(?:mild|minimal)"
)
"""Pain out of proportion in the examiner's words (``_OUT_OF_PROPORTION`` less
"writhing" and a severe-but-soft phrase, which renal colic shares)."""
MESENTERIC_LACTATE: Final = 2.0
"""A raised lactate with pain out of proportion in a patient with an embolic source
(ESVS 2017: a normal lactate does not exclude it; a raised one adds urgency)."""


def mesenteric_ischaemia(view: StageView, pop: Population) -> list[Required]:
    """Sudden abdominal pain out of proportion with an arterial source: CTA, surgeon.

    The source is embolic (AF, a mural thrombus) or, at 50 or over, atherosclerotic
    (known arterial disease: a thrombotic occlusion). For the atherosclerotic source
    the disproportion must be written ("out of proportion", a severe pain with a soft,
    barely tender abdomen): a writhing pain or a raised lactate alone is the renal
    colic or sepsis of an older vascular patient as often (ESVS 2017 recs 7-9).
    """
    texts = visible_texts(view)
    if not asserted(_ABDO_PAIN, texts):
        return []
    written = asserted(_OUT_OF_PROPORTION_WRITTEN, texts) or (
        asserted(SEVERE_PAIN, texts) and asserted(BENIGN_ABDOMEN, texts)
    )
    if not asserted(_EMBOLIC_SOURCE, texts):
        age = pop.age_years
        older = age is not None and age >= MESENTERIC_ATHERO_MIN_AGE
        if not (written and older and asserted(_ATHEROSCLEROTIC, texts)):
            return []
    lactate = highest(view, "lactate")
    raised = lactate is not None and lactate >= MESENTERIC_LACTATE
    disproportion = written or asserted(_OUT_OF_PROPORTION, texts)
    if not (disproportion or (raised and asserted(_SUDDEN, texts))):
        return []
    src = "ESVS 2017 (Björck M et al. Eur J Vasc Endovasc Surg 2017;53:460); WSES 2022"
    return [
        _req(
            "diagnostic",
            "CT angiography of the abdomen now (arterial and portal phases); do not "
            "wait for the lactate or renal function",
            f"suspected acute mesenteric ischaemia: sudden pain out of proportion "
            f"with an embolic source ({src})",
            r"ct angiograph|cta\b",
        ),
        _req(
            "medication",
            "unfractionated heparin IV bolus (80 units/kg) then infusion once "
            "bleeding and aortic dissection are not suspected",
            f"limits thrombus propagation while revascularisation is arranged ({src})",
            r"heparin",
        ),
        _req(
            "consult",
            "vascular surgery and general surgery emergently (revascularisation, "
            "bowel resection); nil by mouth, IV fluids, broad-spectrum IV "
            "antibiotics",
            f"bowel viability falls by the hour ({src})",
            r"vascular surg",
        ),
    ]


# --- colon ischaemia suspected (medgi50) ---

COLON_ISCHAEMIA_MIN_AGE: Final = 60
"""Colon ischaemia is mostly a disease of those over 60 (Brandt LJ et al. ACG 2015:
about 90 % of patients); below it a bloody diarrhoea after cramps is an infectious
colitis or inflammatory bowel disease as often."""
_CRAMPY_OR_SUDDEN: Final = _rx(
    r"sudden\w*|abrupt\w*|acute onset|crampy|cramping|cramps?|colicky"
)
_KNOWN_IBD: Final = _rx(
    r"ulcerative colitis|\buc\b|crohn\w*|inflammatory bowel disease|\bibd\b"
)


def colon_ischaemia(view: StageView, pop: Population) -> list[Required]:
    """Sudden crampy pain then rectal bleeding at 60 or over: colon ischaemia suspected.

    ACG 2015 (Brandt LJ et al. Am J Gastroenterol 2015;110:18): colon ischaemia is
    suspected in an older patient with sudden, mild, crampy (often left-sided)
    abdominal pain followed within 24 h by rectal bleeding or bloody diarrhoea; CT with
    IV contrast first, stool tests for an infectious colitis, supportive care (IV
    fluids, bowel rest, splanchnic vasoconstrictors stopped), a surgeon for peritonism
    and colonoscopy within 48 h. An 81-year-old's left-sided cramps then bloody stools
    were 'abdominal pain' in an Observation bed. Known inflammatory bowel disease has
    its own flare pathway.
    """
    if pop.age_within(years(COLON_ISCHAEMIA_MIN_AGE), None) is not True:
        return []
    texts = visible_texts(view)
    # at 65 or over the older adult's abdominal pain work-up asks the CT
    # (``agents.pathways.older_abdominal_pain``): one CT line, not two
    older = pop.age_within(years(65), None) is True
    if not (asserted(_ABDO_PAIN, texts) and asserted(_CRAMPY_OR_SUDDEN, texts)):
        return []
    has = present_facts(view, load_knowledge()).has
    if not (has("bloody_diarrhea") or has("hematochezia")):
        return []
    # a fever points to an infective colitis as much (ACG 2015: the stool tests);
    # the CT report's own criterion names a colon ischaemia seen (KB entry)
    if asserted(_KNOWN_IBD, texts) or has("fever") or has("ct_colon_ischemia"):
        return []
    src = (
        "Brandt LJ et al. ACG clinical guideline: colon ischemia. Am J Gastroenterol "
        "2015;110:18"
    )
    why = (
        f"sudden crampy pain then rectal bleeding at {COLON_ISCHAEMIA_MIN_AGE} or "
        f"older: colon ischaemia suspected ({src})"
    )
    ct = _req(
        "diagnostic",
        "CT abdomen and pelvis with IV contrast (segmental colonic wall thickening, "
        "pneumatosis, portal venous gas; the mesenteric arteries if the right colon is "
        "involved)",
        why,
        r"ct\b|computed tomograph\w*",
    )
    return [
        *([] if older else [ct]),
        _req(
            "diagnostic",
            "lactate, CBC, electrolytes, creatinine, LDH; stool cultures and "
            "C. difficile toxin",
            f"severity and an infectious colitis ({src})",
            r"stool culture|c\. difficile",
        ),
        _req(
            "procedure",
            "IV fluids and bowel rest; drugs that constrict the splanchnic vessels "
            "(digoxin, triptans, ergots) stopped where possible",
            f"supportive care restores colonic perfusion ({src})",
            r"bowel rest",
        ),
        _req(
            "consult",
            "general surgery review (peritonism, gangrene, pneumatosis); colonoscopy "
            "within 48 h",
            why,
            r"colonoscop",
        ),
    ]


# --- incarcerated / strangulated hernia ---

_HERNIA: Final = _rx(
    r"hernia\w*|(?:groin|inguinal|femoral|umbilical) (?:lump|swelling)"
)
_IRREDUCIBLE: Final = _rx(
    r"irreducible|incarcerat\w*|strangulat\w*|(?:would|will|could|can) ?not (?:go|be "
    r"pushed|be reduced|reduce)(?: back)?|won't go back|cannot be reduced|no longer "
    r"reduc\w*|not reducible"
)
_STRANGULATION: Final = _rx(
    r"strangulat\w*|(?:lump|swelling|hernia) (?:is |looks |has become |became )?"
    r"(?:red|erythematous|discoloured|dusky|purple)|"
    r"(?:red|erythematous|discoloured|dusky|purple|bruised) "
    r"(?:overlying )?skin|(?:overlying )?(?:erythema|skin discolou?ration)|"
    r"peritonism|peritonitis|rebound|guarding|no flatus|not passed (?:wind|flatus)|"
    r"(?:abdomen|abdominal) (?:is )?distend\w*|distended abdomen|vomit\w*|"
    r"bowel obstruction"
)
STRANGULATION_LACTATE: Final = 2.0
STRANGULATION_WBC: Final = 15.0


def incarcerated_hernia(view: StageView, _pop: Population) -> list[Required]:
    """An irreducible hernia: surgeon now; strangulation signs: no reduction attempt."""
    texts = visible_texts(view)
    if not (asserted(_HERNIA, texts) and asserted(_IRREDUCIBLE, texts)):
        return []
    lactate = highest(view, "lactate")
    wbc = highest(view, "wbc")
    strangulated = (
        asserted(_STRANGULATION, texts)
        or (lactate is not None and lactate > STRANGULATION_LACTATE)
        or (wbc is not None and wbc > STRANGULATION_WBC)
    )
    src = "WSES 2017 (Birindelli A et al. World J Emerg Surg 2017;12:37)"
    if not strangulated:
        return [
            _req(
                "consult",
                "general surgery emergently: one gentle reduction attempt with "
                "analgesia (taxis) only without signs of strangulation, then admit",
                f"an incarcerated hernia ({src})",
                r"general surg|surgery",
            )
        ]
    return [
        _req(
            "consult",
            "general surgery emergently for emergency repair; no attempt at manual "
            "reduction (it may return dead bowel to the abdomen)",
            f"incarcerated hernia with signs of strangulation or obstruction ({src})",
            r"general surg\w* emergent|emergency (?:hernia )?repair",
        ),
        _req(
            "procedure",
            "nil by mouth, nasogastric tube if vomiting, IV fluids, IV analgesia, "
            "lactate and CBC",
            f"bowel obstruction and ischaemia ({src})",
            r"nil by mouth|\bnpo\b|nasogastric",
        ),
    ]


# --- adnexal torsion ---

_TORSION_IMAGING: Final = _rx(
    r"(?:ovar\w*|adnex\w*) (?:\w+ ){0,8}(?:(?:reduced|absent|no|diminished|decreased) "
    r"(?:\w+ ){0,2}(?:doppler |arterial |venous |blood )?flow|whirlpool)|"
    r"(?:(?:reduced|absent|no|diminished|decreased) (?:\w+ ){0,2}(?:doppler |arterial "
    r"|venous |blood )?flow) (?:\w+ ){0,4}(?:ovar\w*|adnex\w*)|whirlpool sign|"
    r"(?:ovarian|adnexal) torsion|"
    r"torsion of (?:the )?(?:right |left )?(?:ovary|adnexa)|"
    r"(?:oedematous|edematous|enlarged) ovary (?:\w+ ){0,4}peripheral follicles|"
    r"peripheral(?:ly displaced)? follicles"
)


_TORSION_ONSET: Final = _rx(r"sudden\w*|abrupt\w*|acute[- ]onset")
_ONE_SIDED_PELVIC: Final = _rx(
    r"(?:right|left|one[- ]sided|unilateral)(?: \w+){0,2}? (?:lower abdom\w*|pelvi\w*"
    r"|iliac fossa|lower quadrant|adnex\w*|rlq|llq)"
)
_VOMITING: Final = _rx(r"vomit\w*|retch\w*|threw up|throwing up")


def _torsion_picture(texts: tuple[str, ...]) -> bool:
    """Sudden one-sided lower abdominal or pelvic pain with vomiting.

    ACOG CO 783 (2019): the classic presentation of adnexal torsion, vomiting in
    about 70 % (Houry D, Abbott JT. Emerg Med Clin North Am 2001;19:137); Huchon
    2010's score weighs vomiting (OR 6.5) and one-sided lumbar or abdominal pain.
    """
    return all(
        asserted(rx, texts) for rx in (_TORSION_ONSET, _ONE_SIDED_PELVIC, _VOMITING)
    )


def adnexal_torsion(view: StageView, pop: Population) -> list[Required]:
    """Ovarian torsion suspected on imaging or named: laparoscopy, not observation.

    Before imaging, the clinical picture (``_torsion_picture``) asks for a pelvic
    ultrasound with Doppler and the gynaecologist now: the ovary's salvage depends
    on the time to surgery (ACOG CO 783, 2019).
    """
    if pop.sex == "M":
        return []
    texts = visible_texts(view)
    src = "ACOG Committee Opinion 783 (2019) adnexal torsion in adolescents"
    if not asserted(_TORSION_IMAGING, texts):
        if not _torsion_picture(texts):
            return []
        return [
            _req(
                "diagnostic",
                "pelvic ultrasound with Doppler now (normal flow does not exclude "
                "torsion)",
                f"sudden one-sided pelvic pain with vomiting: adnexal torsion ({src})",
                r"pelvic (?:\w+ )?ultrasound|transvaginal|doppler",
            ),
            _req(
                "consult",
                "gynaecology (paediatric surgery in a child) urgently: torsion is "
                "diagnosed and untwisted at laparoscopy",
                f"ovarian salvage depends on the time to surgery ({src})",
                r"gyn\w*|laparoscop",
            ),
        ]
    return [
        _req(
            "consult",
            "gynaecology (paediatric surgery in a child) emergently for diagnostic "
            "laparoscopy and detorsion, conserving the ovary",
            f"suspected adnexal torsion: Doppler flow can be normal, the diagnosis is "
            f"made at surgery ({src})",
            r"laparoscop|detorsion",
        ),
        _req(
            "medication",
            "IV analgesia (opioid) and antiemetic; nil by mouth",
            f"pain and vomiting of torsion; surgery is expected ({src})",
            r"iv analges|iv opioid|morphine|fentanyl",
        ),
    ]


# --- spinal cord injury without radiographic abnormality ---


def spinal_cord_injury(view: StageView, pop: Population) -> list[Required]:
    """Cord symptoms after a neck injury: normal radiographs do not clear the spine."""
    texts = visible_texts(view)
    if not (asserted(_NECK_MECHANISM, texts) and asserted(_CORD_SYMPTOM, texts)):
        return []
    if asserted(SCUBA_DIVE, texts) and not asserted(_ANY_INJURY, texts):
        return []  # lead51: a scuba dive's cord signs are decompression illness
    return _cord_orders(pop)


def cord_symptoms_after_injury(view: StageView, pop: Population) -> list[Required]:
    """Both arms, both legs or all four limbs weak after any fall or injury.

    The cervical cord is injured until imaged (ATLS 10th ed. ch. 7), whatever the
    neck shows: the same spinal precautions and MRI as after a neck injury, while the
    cord injury stays open on the differential without being named (the mechanism
    alone does not make it the likeliest cause).
    """
    texts = visible_texts(view)
    if asserted(_NECK_MECHANISM, texts) or not (
        asserted(_CORD_SYMPTOM, texts) and asserted(_ANY_INJURY, texts)
    ):
        return []
    return _cord_orders(pop)


def _cord_orders(pop: Population) -> list[Required]:
    """Spinal precautions, MRI and the spinal surgeon for a cord that may be injured."""
    src = (
        "Pang D, Wilberger JE. J Neurosurg 1982;57:114; ATLS 10th ed. ch. 7; "
        "NICE NG41 2016"
    )
    who = "a child" if _child(pop) else "a patient"
    return [
        _req(
            "procedure",
            "keep full spinal motion restriction (collar, log-roll) until MRI clears "
            "the cord",
            f"transient or persisting cord symptoms in {who} after an injury ({src})",
            r"spinal motion restriction|immobilis|immobiliz|collar",
        ),
        _req(
            "diagnostic",
            "MRI of the cervical spine (a normal radiograph or CT does not exclude a "
            "cord injury)",
            f"spinal cord injury without radiographic abnormality ({src})",
            r"\bmri\b",
        ),
        _req(
            "consult",
            "spinal surgery / neurosurgery emergently; admit",
            f"cord injury ({src})",
            r"neurosurg|spin\w* surg",
        ),
    ]


# --- penetrating neck injury ---

_NECK_WOUND: Final = _rx(
    rf"(?:{STAB}|gunshot|shot|penetrating|laceration|wound|knife|glass) "
    r"(?:\w+ ){0,8}"
    r"neck|neck (?:\w+ ){0,3}(?:stab(?:bed|s)?\b|wound|laceration)|"
    r"(?:through|breach\w*|violat\w*|penetrat\w*) (?:the )?platysma"
)
_NECK_HARD_SIGN: Final = _rx(
    r"expanding (?:\w+ ){0,2}ha?ematoma|pulsatile (?:\w+ ){0,2}(?:ha?ematoma|bleed\w*)|"
    r"active (?:arterial )?bleed\w*|hoarse\w*|stridor\w*|ha?emoptysis|blood in the "
    r"saliva|air (?:bubbl\w*|leak\w*)|bubbling|(?:subcutaneous|surgical) emphysema|"
    r"crepitus|bruit|thrill|(?:focal|lateralising) (?:neuro\w* )?deficit"
)
"""Hard signs of vascular or aerodigestive injury (WTA 2013; ATLS 10th ed.)."""
_PLATYSMA: Final = _rx(
    r"through (?:the )?platysma|platysma (?:is |was )?(?:breached|violated|"
    r"penetrated)|(?:breach\w*|violat\w*|penetrat\w*) (?:of )?(?:the )?platysma"
)


def penetrating_neck(view: StageView, _pop: Population) -> list[Required]:
    """A neck wound through platysma or with hard signs: no probing, a surgeon now."""
    texts = visible_texts(view)
    if not asserted(_NECK_WOUND, texts):
        return []
    hard = asserted(_NECK_HARD_SIGN, texts)
    if not (hard or asserted(_PLATYSMA, texts)):
        return []
    src = "ATLS 10th ed.; Sperry JL et al. WTA, J Trauma Acute Care Surg 2013;75:936"
    out = [
        _req(
            "monitoring",
            "no probing or local exploration of the wound in the ED; no nasogastric "
            "tube; head-down if venous air embolism is suspected",
            f"probing dislodges clot ({src})",
            r"no probing",
        )
    ]
    if not hard:
        return [
            *out,
            _req(
                "diagnostic",
                "CT angiography of the neck; trauma surgery review",
                f"platysma breached without hard signs: imaging selects the injured "
                f"({src})",
                r"ct angiograph|cta\b",
            ),
        ]
    return [
        _req(
            "procedure",
            "secure the airway early (RSI by the most experienced operator, surgical "
            "airway set open) while it is still patent; direct pressure on bleeding",
            f"a penetrating neck injury with hard signs of vascular or aerodigestive "
            f"injury ({src})",
            r"airway|intubat|\brsi\b",
        ),
        *out,
        _req(
            "consult",
            "trauma / vascular / ENT surgery emergently: operative exploration (CT "
            "angiography only if the patient is stable and the airway secure)",
            f"hard signs of vascular or aerodigestive injury ({src})",
            r"operative exploration",
        ),
    ]


# --- rib fractures in an older adult ---

_RIB_FRACTURE: Final = _rx(
    r"rib fractures?|fractur\w* (?:\w+ ){0,4}ribs?|fractured ribs?|"
    rf"fractur\w* (?:of )?(?:the )?(?:(?:left|right) )?{ORDINAL_RIBS} "
    r"(?:(?:left|right) )?ribs?|ribs? (?:[\w,-]+ ){0,4}(?:are |were )?fractured"
)
OLDER_RIB_AGE: Final = 65
RIB_FRACTURES_ADMIT: Final = 3
"""Three or more rib fractures at 65 or older: each fracture raises mortality and
pneumonia (Bulger 2000); admission with multimodal analgesia (EAST 2016)."""


_CHRONIC_LUNG: Final = _rx(
    r"copd\b|emphysema\w*|chronic (?:obstructive|lung|respiratory) \w*|chronic "
    r"bronchitis|bronchiectasis|(?:pulmonary|lung) fibrosis|interstitial lung "
    r"disease|\bild\b|home oxygen"
)
"""Chronic lung disease, a STUMBL risk factor (Battle C et al. Crit Care 2014)."""
RIB_SPO2_RISK: Final = 95
"""SpO2 below 95 % on air, a STUMBL risk factor (Battle 2014: weighted by each 5 %)."""


def _rib_risk_factor(view: StageView, texts: tuple[str, ...]) -> str | None:
    """The first STUMBL risk factor beside age documented (Battle C et al. 2014)."""
    spo2 = view.vitals.spo2
    if spo2 is not None and spo2 < RIB_SPO2_RISK:
        return f"SpO2 {spo2:g} % (< {RIB_SPO2_RISK} %)"
    if asserted(_CHRONIC_LUNG, texts):
        return "chronic lung disease"
    if reversal.on_anticoagulant(texts):
        return "pre-injury anticoagulation"
    return None


def rib_fractures_older(view: StageView, pop: Population) -> list[Required]:
    """Three or more rib fractures at 65 or older, or younger with a risk factor.

    The risk factors are STUMBL's beside age (SpO2 < 95 %, chronic lung disease,
    anticoagulation): analgesia, spirometry, admission (Battle C et al. Crit Care
    2014;18:R98; EAST 2016).
    """
    texts = visible_texts(view)
    if not asserted(_RIB_FRACTURE, texts) or rib_count(texts) < RIB_FRACTURES_ADMIT:
        return []
    if pop.age_within(years(OLDER_RIB_AGE), years(130)) is True:
        who = f"at {OLDER_RIB_AGE} or older"
    elif pop.age_within(years(16), years(OLDER_RIB_AGE)) is True and (
        risk := _rib_risk_factor(view, texts)
    ):
        who = f"with {risk}"
    else:
        return []
    src = (
        "EAST 2016 (Galvagno SM et al. J Trauma Acute Care Surg 2016;81:936); "
        "Bulger EM et al. J Trauma 2000;48:1040; STUMBL, Battle C et al. Crit Care "
        "2014;18:R98"
    )
    return [
        _req(
            "medication",
            "multimodal analgesia: regular paracetamol, a regional block (serratus "
            "anterior or erector spinae) or thoracic epidural, small titrated opioid "
            "doses",
            f"pain that stops deep breathing and coughing causes pneumonia ({src})",
            r"regional|epidural|serratus|erector",
        ),
        _req(
            "procedure",
            "incentive spirometry and chest physiotherapy; admit (high-dependency if "
            "SpO2 < 94 % or vital capacity falls)",
            f"three or more rib fractures {who} ({src})",
            r"spirometr",
        ),
        _req(
            "diagnostic",
            "CT chest (pulmonary contusion, haemopneumothorax, further fractures)",
            f"plain films miss injuries in multiple rib fractures ({src})",
            r"ct (?:of the )?chest|ct thorax|chest ct",
        ),
    ]


# --- septic abortion ---

_PREGNANCY_END: Final = r"(?:termination|abortion|miscarriage|\w*evacuation|d ?& ?c\b)"
_ABORTION: Final = _rx(
    rf"(?:after|following|since) (?:\w+ ){{0,3}}{_PREGNANCY_END}|"
    rf"\d+ (?:days?|weeks?) (?:after|since|following) (?:\w+ ){{0,3}}{_PREGNANCY_END}|"
    rf"{_PREGNANCY_END} (?:\w+ ){{0,6}}(?:\d+|a few|two|three|four|five|six|ten) "
    r"(?:days?|weeks?) ago|retained products|products of conception|"
    r"(?:open|dilated) (?:cervical )?os (?:with|and) (?:\w+ ){0,2}tissue|"
    r"(?:septic|incomplete|unsafe|illegal|self-induced) (?:abortion|miscarriage)"
)
"""A recent end of pregnancy (days to weeks), not a miscarriage years ago."""
_UTERINE_INFECTION: Final = _rx(
    r"fever\w*|febrile|pyrexi\w*|sepsis|septic|foul[- ]smelling|offensive "
    r"(?:vaginal )?discharge|purulent (?:vaginal )?discharge|rigors?"
)


_UTERINE_SIGN: Final = _rx(
    r"uter\w* (?:is )?tender\w*|tender uterus|foul[- ]smelling|offensive|purulent|"
    r"(?:vaginal|pv) (?:bleed\w*|discharge)|heavy bleeding|bleeding heavily|"
    r"still bleeding|pelvic pain|lower abdominal pain|"
    r"suprapubic pain|cramp\w*|retained products|products of conception|"
    r"(?:open|dilated) (?:cervical )?os|cervical (?:motion|excitation) tenderness"
)
_OTHER_SOURCE: Final = _rx(
    r"dysuria|loin pain|flank pain|renal angle|costovertebral|nitrites?|"
    r"productive cough|consolidation|cellulitis"
)
"""peds53 (infect53's request): a fever with its own evident source (a urinary one:
dysuria, loin pain, renal angle tenderness, nitrites) and no sign of the uterus
(tenderness, an offensive or bloody discharge, pelvic pain, retained products) is
not an infected uterus (ACOG PB 200 2018; Eschenbach 2015): a pyelonephritis six
weeks after a completed medical abortion got the evacuation protocol."""


def septic_abortion(view: StageView, pop: Population) -> list[Required]:
    """Infection after an abortion or miscarriage: source control by evacuation."""
    if pop.sex == "M":
        return []
    texts = visible_texts(view)
    t = view.vitals.temperature_c
    if not asserted(_ABORTION, texts):
        return []
    if not (asserted(_UTERINE_INFECTION, texts) or (t is not None and t >= 38.0)):
        return []
    if asserted(_OTHER_SOURCE, texts) and not asserted(_UTERINE_SIGN, texts):
        return []
    src = "Eschenbach DA. Obstet Gynecol 2015;125:1042; WHO 2012 safe abortion"
    return [
        _req(
            "consult",
            "gynaecology emergently: uterine evacuation as soon as antibiotics are "
            "running (source control; do not wait for the fever to settle)",
            f"septic abortion: retained infected tissue ({src})",
            r"uterine evacuation|evacuat",
        ),
        _req(
            "medication",
            "broad-spectrum IV antibiotics covering anaerobes and clostridia within "
            "1 h: clindamycin plus gentamicin, or piperacillin-tazobactam; tetanus "
            "prophylaxis after a non-sterile procedure",
            f"polymicrobial infection ({src})",
            r"clindamycin|piperacillin|ampicillin",
        ),
    ]


_PANCREATIC_PAIN: Final = _rx(
    r"(?:epigastri\w*|upper (?:abdominal|abdomen|stomach|belly)) (?:\w+ ){0,3}"
    r"(?:pain|discomfort|ache)\W+(?:\w+\W+){0,4}?(?:radiat\w*|going|goes|spread\w*|"
    r"bor\w*) (?:\w+ ){0,3}(?:to|into|through) (?:the |his |her )?back"
)
"""The typical pain of acute pancreatitis: epigastric, through to the back."""


def pancreatic_type_pain(view: StageView, pop: Population) -> list[Required]:
    """Epigastric pain radiating to the back in an adult: a serum lipase.

    The typical pain is one of the three revised Atlanta criteria of acute
    pancreatitis; a lipase above three times normal is another, so the pain calls
    for the lipase whatever leads (Banks PA et al. revised Atlanta 2012, Gut
    2013;62:102; Tenner S et al. ACG 2024 acute pancreatitis guideline).
    """
    if pop.age_within(years(16), None) is not True:
        return []
    if not asserted(_PANCREATIC_PAIN, visible_texts(view)):
        return []
    return [
        _req(
            "diagnostic",
            "serum lipase (acute pancreatitis if > 3 times the upper limit), LFTs",
            "epigastric pain radiating to the back: the typical pain of acute "
            "pancreatitis (revised Atlanta 2012; ACG 2024)",
            r"lipase",
        )
    ]


# --- peritonism: the surgical abdomen ---

_PERITONISM: Final = _rx(
    r"rigid(?:ity)? (?:\w+ ){0,2}abdom\w*|abdom\w* (?:\w+ ){0,3}(?:is |was )?rigid\w*|"
    r"board[- ]like|peritonism|peritonitic|peritoneal signs|involuntary guarding|"
    r"(?:signs of )?peritoneal (?:irritation|inflammation)|"
    r"(?:generali[sz]ed|diffuse) (?:peritonitis|guarding|rebound)|"
    r"rebound tender\w*|percussion tender\w*"
)
"""Peritonism on examination: rigidity, involuntary or generalised guarding, rebound
or percussion tenderness (McGee S. Evidence-based physical diagnosis: rigidity LR+
about 4 for peritonitis)."""
WIDOW_SPIDER_BITE: Final = "widow_spider_bite"
"""A widow spider's bite named (latrodectism's concept, diagnoses_toxicology.yaml)."""
_SUDDEN_ONSET: Final = _rx(
    r"sudden(?:ly)? (?:\w+ ){0,3}(?:onset|severe|pain|start\w*|began)|"
    r"(?:abrupt|sudden)[- ]onset|came on (?:all of a )?sudden\w*|started suddenly"
)


def peritonism(view: StageView, pop: Population) -> list[Required]:
    """Peritonism in an adult: surgical review now, nil by mouth, CT (WSES).

    A rigid abdomen or rebound is a surgical abdomen whatever its cause: nil by mouth,
    IV access and crystalloid, CT abdomen/pelvis with IV contrast (an erect chest film
    if CT is delayed) and a surgeon now (Tarasconi A et al. WSES 2020 perforated
    peptic ulcer, World J Emerg Surg 2020;15:3; Sartelli M et al. WSES 2017
    intra-abdominal infections). With a sudden onset it is a perforated viscus until
    the CT says otherwise (WSES 2020: sudden severe epigastric pain with peritonism).
    """
    if pop.age_within(years(16), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_PERITONISM, texts):
        return []
    if present_facts(view, load_knowledge()).has(WIDOW_SPIDER_BITE):
        # infect53: a widow spider's venom cramps the abdominal wall, rigid but not
        # tender (latrodectism: Isbister GK, Fan HW. Lancet 2011;378:2039; Clark RF
        # et al. Ann Emerg Med 1992;21:782): analgesia, not a laparotomy or a CT
        return []
    src = "Tarasconi A et al. WSES 2020 perforated peptic ulcer; WSES 2017"
    why = "peritonism on examination: a surgical abdomen"
    if asserted(_SUDDEN_ONSET, texts):
        why = "sudden onset with peritonism: a perforated viscus until imaged"
    return [
        _req(
            "consult",
            "general surgery review now",
            f"{why} ({src})",
            r"general surg|surgery|surgical (?:review|consult)",
        ),
        _req(
            "diagnostic",
            "CT abdomen/pelvis with IV contrast (erect chest radiograph if CT is "
            "delayed); nil by mouth, IV access and crystalloid",
            f"{why} ({src})",
            r"ct (?:of the )?abdom\w*|ct a/?p\b",
        ),
    ]


# --- bowel obstruction with peritonitis or strangulation ---

_OBSTRUCTED: Final = _rx(
    r"(?:small[- ]|large[- ])?(?:bowel|intestinal|colonic) obstruction|\bsbo\b|"
    r"closed[- ]loop obstruction|transition point|air[- ]fluid levels|"
    r"dilated (?:small[- ])?bowel loops|dilated loops of (?:small )?bowel"
)
_STRANGULATED: Final = _rx(
    r"strangulat\w*|(?:bowel|intestinal|mesenteric) isch(?:a)?emi\w*|"
    r"(?:non-?enhancing|poorly enhancing|reduced enhancement of the) (?:bowel|wall)|"
    r"pneumatosis|peritonitis"
)


def obstruction_with_peritonitis(view: StageView, pop: Population) -> list[Required]:
    """A bowel obstruction with peritonism or strangulation: emergency surgery.

    Peritonitis, clinical signs of strangulation or bowel ischaemia on CT in an
    obstruction end the trial of conservative management: emergency laparotomy
    (Ten Broek RPG et al. Bologna guidelines for adhesive SBO 2017, World J Emerg
    Surg 2018;13:24). The peritonism pathway calls a surgeon; this one makes it an
    operation, an admission, not an observation stay.
    """
    if pop.age_within(years(16), None) is not True:
        return []
    texts = visible_texts(view)
    if not asserted(_OBSTRUCTED, texts):
        return []
    if not (asserted(_PERITONISM, texts) or asserted(_STRANGULATED, texts)):
        return []
    src = "Ten Broek RPG et al. Bologna adhesive SBO 2017, World J Emerg Surg 2018"
    return [
        _req(
            "consult",
            "general surgery emergently for emergency laparotomy; nil by mouth, IV "
            "crystalloid, IV antibiotics if perforation or ischaemia is suspected",
            f"bowel obstruction with peritonitis or signs of strangulation: no trial "
            f"of conservative management ({src})",
            r"surg\w* emergent\w*|emergency (?:laparotomy|surgery)|laparotom",
        )
    ]


# --- a vertebral lesion on imaging ---

_SPINE_SITE: Final = (
    r"(?:vertebra\w*|spin(?:e|al)|sacr(?:um|al)|thoracolumbar|[ctl][1-9]\d?\b)"
)
_VERTEBRAL_LESION: Final = _rx(
    rf"(?:osteo)?lytic (?:\w+ ){{0,3}}?{_SPINE_SITE}|"
    rf"{_SPINE_SITE}\W+(?:\w+\W+){{0,3}}?(?:(?:osteo)?lytic|destructive) "
    r"(?:lesion|metastas\w*|deposit)|"
    r"(?:vertebral|spinal|spine) (?:metastas\w*|deposits?|plasmacytoma|myeloma|"
    r"tumou?r)|"
    r"patholog\w* (?:\w+ ){0,2}?(?:vertebral |compression |wedge )?fracture|"
    rf"metastatic (?:\w+ ){{0,2}}?{_SPINE_SITE}"
)
"""A vertebral metastasis or lytic lesion as a CT or MRI report reads it, or a
pathological (vertebral) fracture."""


_SPINAL_METASTASIS_PAIN: Final = _rx(
    r"(?:thoracic|upper back|mid-?back|cervical|neck) (?:\w+ ){0,2}?pain|"
    r"(?:back|spinal|spine) pain (?:\w+ ){0,6}?(?:at night|worse at night|wak\w+ "
    r"(?:her|him|them) (?:up|at night)|lying flat|on straining|when straining|"
    r"on coughing)|band-?like|progressive\w* (?:\w+ ){0,2}(?:back|spinal|spine) pain|"
    r"worsening (?:\w+ ){0,2}(?:back|spinal|spine) pain|(?:spinal|vertebral|midline "
    r"spinal) tenderness"
)
"""Spinal pain suggestive of spinal metastases in a person with cancer (NICE NG234
2023, 1.3: thoracic or cervical pain, progressive or severe unremitting lumbar
pain, pain on straining, at night or lying flat, band-like radicular pain, localised
spinal tenderness)."""


def cancer_spinal_pain(view: StageView, _pop: Population) -> list[Required]:
    """A person with cancer and spinal pain suggestive of metastases: MRI and MSCC.

    NICE NG234 2023 (spinal metastases and metastatic spinal cord compression): the
    MSCC coordinator within 24 h and an MRI of the whole spine within a week
    (immediately with any neurological symptom), with the same safety advice; not
    an NSAID and home as non-specific back pain (NICE NG59 red flags).
    """
    texts = visible_texts(view)
    if not asserted(_SPINAL_METASTASIS_PAIN, texts):
        return []
    facts = present_facts(view, load_knowledge())
    if not facts.has("active_cancer"):
        return []
    return _spinal_metastasis_orders(
        "spinal pain suggestive of metastases in cancer", _deficit(view)
    )


_MSCC_DEFICIT: Final = frozenset(
    {
        "leg_weakness",
        "bilateral_leg_deficit",
        "cord_injury_signs",
        "saddle_anesthesia",
        "urinary_retention",
        "bowel_incontinence",
        "bladder_sensation_loss",
        "sensory_level",
        "paralysis",
    }
)
"""Neurological symptoms or signs of a compressed cord or cauda equina (NICE NG234 2023
1.3.3: limb weakness, sensory change, bladder or bowel dysfunction)."""


def _deficit(view: StageView) -> bool:
    """Whether a cord or cauda equina deficit is documented now (NICE NG234 1.3.3)."""
    facts = present_facts(view, load_knowledge())
    return any(facts.has(c) for c in _MSCC_DEFICIT)


def _spinal_metastasis_orders(why: str, deficit: bool = False) -> list[Required]:
    """NICE NG234's orders for a suspected spinal metastasis (``why``: its reason).

    trauma48: with a neurological deficit the cord is compressed now and the patient
    stays in (NICE NG234 1.3.3, 1.6): the examination is repeated, not a safety-net
    advice for home ("return at once if weak" is for the patient without one).
    """
    src = "NICE NG234 2023; Fisher CG et al. Spine 2010;35:E1221 (SINS)"
    advice = (
        "document the neurological examination (power by MRC grade, sensory level,"
        " sphincters) and repeat it at least every 4 h: report any deterioration at"
        " once"
        if deficit
        else "document the neurological examination; tell the patient that new limb"
        " weakness, numbness or bladder or bowel change means returning at once"
    )
    return [
        _req(
            "consult",
            "acute oncology / MSCC coordinator and spinal surgery today: spinal"
            " stability (SINS), tissue diagnosis and radiotherapy or surgery",
            f"{why} ({src})",
            r"mscc|oncolog\w*|spin\w* surg",
        ),
        _req(
            "diagnostic",
            "MRI of the whole spine (within 1 week; immediately with any neurological"
            " symptom)",
            f"cord compression and other levels ({src})",
            r"\bmri\b",
        ),
        _req(
            "procedure",
            advice,
            f"metastatic spinal cord compression ({src})",
            r"neurolog\w* exam",
        ),
    ]


def vertebral_lesion(view: StageView, _pop: Population) -> list[Required]:
    """Spinal pain with a lytic or metastatic vertebral lesion on imaging.

    A vertebral metastasis (or plasmacytoma) is not nonspecific back pain: the MSCC
    coordinator / acute oncology and the spinal surgeon judge stability (SINS) and
    treatment, an MRI of the whole spine within a week (immediately with any
    neurological symptom) looks for cord compression, and the patient is told that new
    limb weakness, numbness or sphincter change means coming back at once (NICE NG234
    2023 spinal metastases and metastatic spinal cord compression; Fisher CG et al.
    SINS. Spine 2010;35:E1221).
    """
    texts = visible_texts(view)
    if not (asserted(_VERTEBRAL_LESION, texts) and asserted(_BACK_OR_SPINE, texts)):
        return []
    return _spinal_metastasis_orders(
        "a lytic or metastatic vertebral lesion", _deficit(view)
    )


_BACK_OR_SPINE: Final = _rx(
    r"back pain|(?:dorsal|neck|thoracic|lumbar|spinal|spine) pain|backache|"
    r"(?:vertebra\w*|spinal|spine) (?:\w+ ){0,3}?(?:lesion|metastas\w*|fracture|"
    r"compression|plasmacytoma)"
)


# --- intracranial mass on imaging ---

_BRAIN_SITE: Final = (
    r"(?:brain|intracranial|cerebral|cerebellar|temporal|frontal|parietal|occipital|"
    r"intra-?axial|posterior fossa)"
)
_BRAIN_MASS: Final = _rx(
    rf"{_BRAIN_SITE}\W+(?:\w+\W+){{0,2}}?(?:mass|tumou?r|neoplasm|space[- ]occupying "
    r"lesion|(?:ring|rim)[- ]enhancing lesion)|"
    r"(?:enhancing|ring[- ]enhancing|rim[- ]enhancing) (?:\w+ ){0,2}(?:mass|lesion)"
    rf"\W+(?:\w+\W+){{0,4}}?{_BRAIN_SITE}|"
    r"space[- ]occupying lesion|glioblastoma|high[- ]grade glio\w*|"
    r"(?:brain|cerebral) metastas\w*"
)
"""A mass in the brain as a CT or MRI report reads it (enhancing, ring-enhancing)."""
_SELLAR_OR_CYST: Final = _rx(
    r"(?:sellar|suprasellar|parasellar|pituitary)\W+(?:\w+\W+){0,2}?(?:mass|tumou?r|"
    r"lesion|neoplasm)|pituitary (?:macro)?adenoma|macroadenoma|craniopharyngioma|"
    rf"{_BRAIN_SITE}\W+(?:\w+\W+){{0,2}}?cysts?\b"
)
"""A sellar mass (pituitary adenoma, craniopharyngioma) or a cyst in the brain
(hydatid, colloid, epidermoid): a neurosurgical lesion without the vasogenic oedema
that dexamethasone treats (a sellar mass needs its pituitary function tested instead:
Fleseriu M et al. Endocrine Society hypopituitarism guideline 2016)."""
_MASS_EFFECT: Final = _rx(
    r"(?:vasogenic |surrounding |perilesional )?o?edema|oedema|mass effect|"
    r"midline shift|effacement|herniat\w*|hydrocephal\w*|headache|vomit\w*|emesis|"
    r"altered mental\w*|confus\w*|drowsy|seizure\w*|weakness|memory impairment"
)
_FEBRILE: Final = _rx(r"fever\w*|febrile|pyrexi\w*|abscess")


def brain_mass(view: StageView, pop: Population) -> list[Required]:
    """An intracranial mass on imaging: neurosurgery; dexamethasone when symptomatic.

    NICE NG99 (2018) brain tumours and metastases: a mass on imaging goes to the
    neuroscience multidisciplinary team; Ryken TC et al. AANS/CNS 2010 (J Neurooncol
    2010;96:103) and Roth P et al. EANO 2021: dexamethasone for symptomatic vasogenic
    oedema (4-8 mg/day, up to 16 mg/day when severe). Not with a fever, where the
    ring-enhancing lesion may be an abscess (cultures and antibiotics first).
    """
    texts = visible_texts(view)
    solid = asserted(_BRAIN_MASS, texts)
    if not (solid or asserted(_SELLAR_OR_CYST, texts)):
        return []
    adult = pop.age_within(years(16), None) is True
    src = "NICE NG99 2018; Ryken TC et al. AANS/CNS 2010; Roth P et al. EANO 2021"
    orders = [
        _req(
            "consult",
            f"{'' if adult else 'paediatric '}neurosurgery (an intracranial mass: "
            "oedema, hydrocephalus, biopsy or resection); MRI brain with contrast if "
            "only a CT has been done",
            f"a mass in the brain on imaging ({src})",
            r"neurosurg\w*",
        )
    ]
    if not (solid and adult):
        return orders  # the steroid's evidence is adult vasogenic oedema
    if asserted(_MASS_EFFECT, texts) and not asserted(_FEBRILE, texts):
        orders.append(
            _req(
                "medication",
                "dexamethasone 8-16 mg/day IV or PO in divided doses (10 mg IV load "
                "when severe) with gastric protection",
                f"a symptomatic brain mass with vasogenic oedema ({src})",
                r"dexamethasone",
            )
        )
    return orders


SURGICAL_PATHWAYS: Final[
    tuple[Callable[[StageView, Population], list[Required]], ...]
] = (
    chemical_eye,
    orbital_compartment,
    injured_eye_vision,
    button_battery,
    nose_ear_battery,
    swallowed_magnets,
    burns,
    posterior_epistaxis,
    tonsillectomy_bleed,
    post_operative_bleed,
    surgical_site_infection,
    mesenteric_ischaemia,
    colon_ischaemia,
    incarcerated_hernia,
    adnexal_torsion,
    spinal_cord_injury,
    cord_symptoms_after_injury,
    penetrating_neck,
    rib_fractures_older,
    septic_abortion,
    pancreatic_type_pain,
    peritonism,
    obstruction_with_peritonitis,
    vertebral_lesion,
    cancer_spinal_pain,
    brain_mass,
)
"""The pathways of this module, run by ``agents.pathways.required_orders``."""

_EMERGENT: Final = _rx(r"emergent\w*")


def _emergent(
    pathway: Callable[[StageView, Population], list[Required]],
) -> Callable[[StageView, Population], bool]:
    """Whether ``pathway`` asks for an emergent order: a time-critical condition.

    The pathways' own branches decide: a battery already in the stomach, a neck wound
    through platysma without hard signs and rib fractures ask for no emergent order; an
    irreducible hernia does (it may strangulate: WSES 2017).
    """

    def met(view: StageView, pop: Population) -> bool:
        return any(_EMERGENT.search(order.name) for order, _ in pathway(view, pop))

    return met


TRIAGE_HIGH_RISK: Final[
    tuple[tuple[str, Callable[[StageView, Population], bool], str], ...]
] = (
    ("chemical eye injury", _emergent(chemical_eye), "Tintinalli 9th ed. ch. 241"),
    (
        "possible orbital compartment syndrome",
        _emergent(orbital_compartment),
        "McCallum E et al. Clin Ophthalmol 2019",
    ),
    (
        "button battery not known to be past the oesophagus",
        _emergent(button_battery),
        "NASPGHAN 2021 (Mubarak A et al.)",
    ),
    (
        "button battery in the nose or ear",
        _emergent(nose_ear_battery),
        "National Capital Poison Center 2018 button battery guideline",
    ),
    (
        "major burn or inhalation injury",
        _emergent(burns),
        "ATLS 10th ed. ch. 9; ABA 2022",
    ),
    (
        "posterior epistaxis",
        _emergent(posterior_epistaxis),
        "AAO-HNS 2020 epistaxis",
    ),
    (
        "possible acute mesenteric ischaemia",
        _emergent(mesenteric_ischaemia),
        "ESVS 2017 (Björck M et al.)",
    ),
    (
        "possible strangulated hernia",
        _emergent(incarcerated_hernia),
        "WSES 2017 (Birindelli A et al.)",
    ),
    (
        "possible adnexal torsion",
        _emergent(adnexal_torsion),
        "ACOG Committee Opinion 783 (2019)",
    ),
    (
        "possible spinal cord injury",
        _emergent(spinal_cord_injury),
        "ATLS 10th ed. ch. 7; NICE NG41 2016",
    ),
    (
        "weak limbs after an injury: possible spinal cord injury",
        _emergent(cord_symptoms_after_injury),
        "ATLS 10th ed. ch. 7",
    ),
    (
        "penetrating neck injury with hard signs",
        _emergent(penetrating_neck),
        "WTA 2013 (Sperry JL et al.); ATLS 10th ed.",
    ),
    (
        "possible septic abortion",
        _emergent(septic_abortion),
        "Eschenbach DA. Obstet Gynecol 2015",
    ),
)
"""Time-critical conditions of this module, asked at triage by
``agents.triage_pathways`` (ESI v4 handbook ch. 4 high-risk situations): a pathway
that asks for an emergent order."""


# --- order gates that use the same criteria (called by ``agents.order_safety``) ---

NIL_BY_MOUTH: Final = _rx(
    r"(?<!if )(?<!when )(?<!while )(?<!once )(?:nil by mouth|\bnpo\b)"
)
"""A required order that keeps the patient fasting (surgery or endoscopy expected);
not a condition ("if nil by mouth: nasogastric levodopa", NICE NG71 1.5)."""
_ORAL_INTAKE: Final = _rx(
    r"oral rehydration|\bors\b|oral fluids|clear fluids|\bodt\b|"
    r"orally disintegrating"
)
_EXPECTANT: Final = _rx(r"expectant management|await\w* (?:its )?passage")
_NSAID: Final = _rx(
    r"ibuprofen|ketorolac|naproxen|nsaids?\b|diclofenac|indomethacin|celecoxib|"
    r"meloxicam"
)


def order_gate(
    order: Order, texts: tuple[str, ...], pop: Population, nil_by_mouth: bool
) -> tuple[OrderGate, str] | None:
    """The gate this module's criteria put on ``order``, if any.

    - oral fluids or an orally disintegrating drug while a pathway keeps the patient
      nil by mouth (surgery, endoscopy or anaesthesia expected);
    - expectant management of a swallowed battery not documented below the
      oesophagus, or of several swallowed magnets (NASPGHAN 2021: emergent removal
      from the oesophagus; magnets removed while reachable);
    - an NSAID in a major burn (ATLS 10th ed. ch. 9: burn shock and kidney injury).
    """
    name = order.name
    if nil_by_mouth and _ORAL_INTAKE.search(name) and order.kind != "diagnostic":
        return "contraindication", (
            "nil by mouth: surgery, endoscopy or anaesthesia is expected (ASA 2017 "
            "fasting; the pathway's own order)"
        )
    if _EXPECTANT.search(name) and multiple_magnets(texts):
        return "contraindication", (
            "several magnets swallowed: no expectant management; removal while within "
            "endoscopic reach, surgery for symptoms (NASPGHAN 2021, Mubarak A et al. "
            "JPGN 2021;73:129)"
        )
    if (
        _EXPECTANT.search(name)
        and swallowed_battery(texts)
        and not asserted(_BELOW, texts)
    ):
        return "contraindication", (
            "a swallowed button battery not documented below the oesophagus: no "
            "expectant management; emergent removal from the oesophagus within 2 h "
            "(NASPGHAN 2021, Mubarak A et al. JPGN 2021;73:129)"
        )
    if order.kind == "medication" and _NSAID.search(name):
        sized = major_burn_size(texts, _child(pop))
        if sized is not None:
            return "contraindication", (
                f"major burn ({sized[0]:g} % TBSA): no NSAID during burn-shock "
                "resuscitation (kidney injury; ATLS 10th ed. ch. 9)"
            )
    return None
