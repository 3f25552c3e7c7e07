"""A mammal's bite of the hand, and a bite worded as infected.

An infected bite of the hand (a cat's teeth into a tendon sheath or a joint, a dog's
crush) is admitted for an intravenous antibiotic, elevation, an x-ray and a hand
surgeon's review (Tintinalli 9th ed. ch. 46, mammalian bites; Stevens DL et al. IDSA
SSTI 2014: intravenous therapy for a severe or deep bite infection; NICE NG184 2020:
specialist advice for a bite that may reach a joint, tendon or bone, and for a bite
with signs of serious infection). ``bite_hand``: a bite of the hand, finger, thumb,
knuckle or wrist ("his cat bit the back of his right hand", "dog bite to the left
thumb", "bitten on the finger"). ``bite_infected``: a bite worded as infected or gone
red, swollen or discharging pus after the first day ("the bite is now red and
swollen", "infected cat bite"). Private to ``agents.offline.rules.findings`` (the
caller reads each span's ConText status). Research software, not for clinical use.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["BITE_HAND", "BITE_INFECTED", "bite_spans"]

BITE_HAND: Final = "bite_hand"
"""The finding: a mammal's bite of the hand, a finger, a thumb, a knuckle or a wrist."""
BITE_INFECTED: Final = "bite_infected"
"""The finding: a bite worded as infected (red, swollen, hot or purulent later on)."""

_ANIMAL: Final = (
    r"(?:cat|kitten|dog|puppy|ferret|rat|hamster|rabbit|horse|monkey|fox|animal)"
)
_BITE: Final = (
    rf"(?:{_ANIMAL}(?:'s)? (?:bite|bites|bit|teeth)|bitten|bite wounds?|bite marks?"
    r"|(?:the|a|her|his|this) bite)"
)
_HAND: Final = r"(?:hands?|fingers?|thumbs?|knuckles?|wrists?|palms?|fingertips?)"
_BITE_HAND: Final = re.compile(
    rf"(?i)(?<![A-Za-z]){_BITE}(?: [\w'-]+){{0,9}}? {_HAND}(?![A-Za-z])"
    rf"|(?<![A-Za-z]){_HAND} (?:(?:was|were|is) )?(?:{_ANIMAL} )?(?:bite|bitten)"
    r"(?![A-Za-z])"
)
_INFECTED_WORDS: Final = (
    r"(?:infected|infection|red|redness|swollen|swelling|hot|warm|throbbing|pus|purulent"
    r"|discharg\w*|oozing pus|weeping|cellulitis|streak\w*|lymphangitis|abscess)"
)
_LATER: Final = (
    r"(?:now|since|today|this morning|overnight|has become|have become|become|became"
    r"|getting|increasingly|yesterday|days? ago|last night)"
)
_SENTENCE: Final = re.compile(r"[^.;\n]+")
_BITE_WORD: Final = re.compile(rf"(?i)(?<![A-Za-z]){_BITE}(?![A-Za-z])")
_INFECTED: Final = re.compile(rf"(?i)(?<![A-Za-z]){_INFECTED_WORDS}(?![A-Za-z])")
_LATER_RX: Final = re.compile(rf"(?i)(?<![A-Za-z]){_LATER}(?![A-Za-z])")
_NAMED_INFECTED: Final = re.compile(
    rf"(?i)(?<![A-Za-z])infected (?:{_ANIMAL} )?bite|bite (?:\w+ )?(?:is|has|looks|got"
    r"|became|has become) (?:now )?infected|(?:cellulitis|abscess|lymphangitis|pus)"
    r" (?:around|at|from|of|in) the (?:\w+ )?bite"
)


def bite_spans(text: str) -> list[tuple[str, int, int]]:
    """``(bite_hand | bite_infected, start, end)`` of each such bite worded.

    A bite is infected when named so, or when a sentence naming the bite (or the one
    after it) words redness, swelling, heat or pus as come on later ("yesterday",
    "now", "since"): swelling at a fresh bite is the injury itself.
    """
    out: list[tuple[str, int, int]] = [
        (BITE_HAND, *m.span()) for m in _BITE_HAND.finditer(text)
    ]
    out.extend((BITE_INFECTED, *m.span()) for m in _NAMED_INFECTED.finditer(text))
    bitten = False
    for sentence in _SENTENCE.finditer(text):
        s = sentence.group(0)
        here = _BITE_WORD.search(s) is not None
        if (here or bitten) and _LATER_RX.search(s) is not None:
            base = sentence.start()
            out.extend(
                (BITE_INFECTED, base + m.start(), base + m.end())
                for m in _INFECTED.finditer(s)
            )
        bitten = here
    return out
