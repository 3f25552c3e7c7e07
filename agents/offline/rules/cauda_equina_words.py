"""The words of the cauda equina red flags: one source for every reader.

GIRFT 2023 national suspected cauda equina syndrome pathway and NICE CKS
(sciatica / low back pain, 2023): back pain with saddle anaesthesia, new bladder
dysfunction (retention, loss of the sensation to void, incontinence) or bowel
dysfunction needs an emergency MRI. Patients state them in lay words ("numb between
the legs", "can't feel the toilet paper when wiping", "wet myself without noticing";
GIRFT 2023 patient cards; Greenhalgh S et al. Musculoskelet Sci Pract 2018 red flags
framework). The triage pattern (``_esi_patterns``) and the spinal pathway
(``agents.pathways_acute._CORD_DEFICIT``) read these same alternations, so the two
readers cannot disagree. Research software, not for clinical use.
"""

from __future__ import annotations

from typing import Final

__all__ = ["BLADDER_BOWEL", "CAUDA_EQUINA_FLAGS", "SADDLE", "SPINE_OR_SCIATICA"]

_BODY = (
    r"(?:the |his |her |my |their )?(?:saddle|back passage|anus|perine\w*|genitals?"
    r"|buttocks|bottom(?! of)|private parts)"
)
SADDLE: Final = (
    r"saddle (?:area |region )?(?:an(?:a)?esthesia|numb\w*|sensory loss|tingling"
    r"|paraesth\w*|paresth\w*)"
    r"|(?:perianal|perineal|genital) (?:numbness|an(?:a)?esthesia|sensory loss"
    r"|sensation (?:is )?(?:reduced|absent|lost))"
    rf"|numb\w*(?: \w+){{0,3}} (?:in |around |of |down )?{_BODY}"
    r"|numb\w* (?:between|down) (?:the |his |her |my |their )?legs"
    r"|(?:can'?t|cannot|unable to|not able to|could not|couldn'?t|does not|doesn'?t"
    r"|did not|didn'?t) feel (?:\w+ ){0,4}(?:wip\w*|toilet paper|bottom(?! of)"
    r"|back passage|genitals)"
    r"|no (?:feeling|sensation) (?:when|on) wiping"
    # trauma48: "numb when wiping after the toilet" (GIRFT 2023 patient card: numb
    # when wiping)
    r"|numb\w* (?:\w+ ){0,2}(?:when|while|on|after) wiping"
)
"""Saddle anaesthesia, in clinical and in lay words."""
BLADDER_BOWEL: Final = (
    r"incontinen\w* of (?:urine|faeces|feces|stool)|(?:urinary|bladder|bowel"
    r"|faecal|fecal) incontinence|incontinent"
    r"|wet (?:himself|herself|themselves|myself)|(?:soiled|pooed|pooped|peed)"
    r" (?:himself|herself|themselves|myself)"
    r"|lost control of (?:his |her |my |their |the )?(?:bladder|bowels?)"
    r"|(?:can'?t|cannot|unable to|not able to|could not|couldn'?t) feel (?:when|the"
    r" need)(?: \w+){0,4} (?:pee|urinate|void|wee|pass urine|open (?:his |her |my )?"
    r"bowels)"
    r"|(?:can'?t|cannot|unable to|not able to|could not|couldn'?t) (?:pass"
    r" (?:urine|water)|pee|urinate|void|wee)"
    r"|urinary retention|retention of urine|not passed urine"
    # trauma48: difficulty starting to pass urine (GIRFT 2023 national suspected CES
    # pathway: new difficulty initiating micturition is a bladder red flag)
    r"|(?:urinary )?hesitancy|difficulty (?:starting|initiating) (?:\w+ ){0,2}"
    r"(?:urine|urinat\w*|stream|micturition|wee|pee)"
)
"""New bladder or bowel dysfunction: retention, a lost sensation to void,
incontinence."""
CAUDA_EQUINA_FLAGS: Final = f"(?:{SADDLE}|{BLADDER_BOWEL})"
"""Either red flag (an alternation, without word boundaries: the readers add them)."""

_NOT_THE_BODY_BEFORE: Final = "".join(
    f"(?<!{w} )"
    for w in (
        "came", "come", "comes", "coming", "went", "go", "goes", "going", "got", "get",
        "gets", "getting", "is", "was", "are", "were", "been", "be", "now", "brought",
        "sent", "called", "put", "turned", "right", "straight", "fully", "quickly",
    )
)  # fmt: skip
SPINE_OR_SCIATICA: Final = (
    rf"{_NOT_THE_BODY_BEFORE}back(?! passage| to\b| home\b| again\b| and forth\b"
    r"| together\b| on (?:his|her|their|my) feet)|lumbar|sciatica|spin(?:e|al)"
)
"""The back (or the lumbar spine, sciatica) that a cauda equina red flag goes with:
the body part, not the adverb (trauma53: "wet himself, now back to normal" after a
first seizure was read as back pain with a bladder red flag: "back to normal", "came
back", "went back home" are no back)."""
