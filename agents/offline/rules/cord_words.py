"""A cervical cord that may be injured, in the words people use: one source.

A neck mechanism (neck pain or tenderness, diving, landing on the head, whiplash) and
cord symptoms (weakness, numbness or tingling of both arms, both legs or all four
limbs; a transient quadriparesis; burning hands) read together: the cord is injured
until MRI says otherwise, whatever the radiographs show (Pang D, Wilberger JE.
J Neurosurg 1982;57:114; ATLS 10th ed. ch. 7; NICE NG41 2016). The spinal-cord
pathway orders from them (``agents.pathways_surgical``) and the disposition keeps
such a patient in (``agents.offline.disposition_paths.cord_symptoms_after_injury``).
Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

from cases.rx import word_start

__all__ = ["ANY_INJURY", "CORD_SYMPTOM", "NECK_MECHANISM", "SCUBA_DIVE"]

NECK_MECHANISM: Final = word_start(
    r"neck (?:pain|injur\w*|tender\w*|hurts|is sore)|"
    r"cervical (?:\w+ ){0,2}tender\w*|midline (?:cervical|neck|c-?spine) "
    r"(?:\w+ )?tender\w*|midline tender\w* (?:\w+ ){0,3}(?:neck|cervical|c-?spine|"
    r"c[1-7]\b)|"
    r"(?:landed|fell|dived|dove) (?:\w+ ){0,5}(?:on|onto) (?:his|her|the) head|"
    r"head[- ]first|(?<!scuba )(?<!scuba-)diving(?! (?:trip|computer|medicine))|"
    r"whiplash|hyperextension|hyperflexion|axial load\w*|"
    r"c-?spine|cervical spine"
)
"""A neck mechanism: neck pain or tenderness, diving (into water: scuba diving is no
neck mechanism, lead47), landing on the head, whiplash."""
SCUBA_DIVE: Final = word_start(
    r"scuba|compressed air|decompression (?:illness|sickness)|the bends\b|\bbends\b|"
    r"(?:rapid|fast|uncontrolled) ascent|ascended (?:rapidly|too fast|quickly)|"
    r"\d+ ?(?:m|metres?|meters?|ft|feet) dive|dive to \d+|dived to \d+"
)
"""A compressed-gas dive (lead51): "DIVING" beside it is no neck mechanism; a cord
deficit after a dive is decompression illness until shown otherwise (UHMS 2018,
recompression first; no fall or neck injury to immobilise)."""
CORD_SYMPTOM: Final = word_start(
    r"(?:both|all four|all 4) (?:arms|legs|hands|limbs) (?:\w+ ){0,6}(?:weak\w*|"
    r"numb\w*|tingl\w*|fizzy|floppy|flaccid|dead|paralys\w*|could not move|"
    r"couldn't move|not moving|pins and needles|burning|heavy)|"
    r"(?:not moving|cannot move|can't move|unable to move|won't move) (?:\w+ ){0,2}"
    r"(?:(?:both|all four|all 4) (?:arms|legs|limbs)|arms (?:or|and) legs)|"
    r"numb (?:below|from) (?:the |his |her )?(?:neck|shoulders|chest|nipples)|"
    r"(?:tingl\w*|numb\w*|weak\w*|paraesthesi\w*|paresthesi\w*|burning|pins and "
    r"needles) (?:\w+ ){0,3}(?:in |of )?(?:both|all four|all 4) (?:arms|legs|hands|"
    r"limbs|feet)|"
    r"(?:transient|brief) (?:\w+ ){0,2}(?:quadripar\w*|tetrapar\w*|paralys\w*|"
    r"weakness|paraesthesi\w*|paresthesi\w*)|quadripar\w*|tetrapar\w*|parapar\w*|"
    r"burning hands|central cord|cord (?:injur\w*|contusion)|"
    # trauma48: "cannot move or feel pain in either leg" (an anterior cord syndrome:
    # both legs, in other words), and a dissociated sensory loss, pain and
    # temperature lost with touch or position kept, one side (Brown-Sequard) or
    # both (anterior cord): the spinothalamic tract is in the cord (ASIA 2019
    # ISNCSCI; McKinley W et al. J Spinal Cord Med 2007;30:215 cord syndromes)
    r"(?:not moving|cannot move|can't move|unable to move|could not move|couldn't "
    r"move|cannot feel|can't feel|unable to feel)(?: or (?:move|feel))?(?: \w+){0,2}"
    r" (?:in |of )?(?:either|both) (?:legs?|arms?|lower limbs?)|"
    # trauma50: legs that can neither move nor feel (a limb not moved for pain alone is
    # guarding, paeds26)
    r"(?:cannot|can't|unable to|could not|couldn't) (?:move or feel|feel or move) "
    r"(?:his|her|their) (?:legs|arms|lower limbs)|"
    r"(?:loss of|lost|no|reduced|absent|cannot feel|can't feel|unable to feel) "
    r"(?:\w+ )?pain (?:and|or) temperature"
)
"""Weakness, numbness or tingling of both arms, both legs or all four limbs (arms and
legs that cannot be moved; numb below the neck or shoulders: a sensory level); a
transient quadriparesis; burning hands; a named cord injury; either leg that cannot
be moved or felt ("cannot move or feel his legs": trauma50), and pain and temperature
lost (a dissociated sensory loss)."""

ANY_INJURY: Final = word_start(
    r"fell|(?:a|the|after|from) fall\b|fall (?:from|off|onto|down)|injured|"
    r"(?:head|neck|back|spinal|sports?|diving) injur\w*|trauma\b|"
    r"(?:road|traffic|car|motor|vehicle|bike|bicycle|cycling|diving|sports?) "
    r"accident|collision|mvc\b|rta\b|(?:hit|struck) by|thrown from|injury: yes|"
    # trauma48: a penetrating injury is an injury (ATLS 10th ed. ch. 7: a deficit
    # after a stab or a gunshot is a cord injury until imaged)
    r"stabbed|stab wound|knife wound|shot (?:in|through)|gunshot|gsw\b"
)
"""An injury or a fall as an event ('a fall', 'fell'; not 'frequent falls', which weak
legs cause, a 'cerebrovascular accident' or an organ's 'injury'), or the triage
record's structured injury field ("Injury: yes", as in ``agents.pathways_trauma``):
with weakness or numbness of both arms, both legs or all four limbs (paraparesis,
quadriparesis), the cord is injured until imaged (ATLS 10th ed. ch. 7: a neurological
deficit after trauma)."""
