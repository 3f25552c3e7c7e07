"""ktas32: complaint aliases matched by their words only, never by meaning.

CEDIS (Grafstein CJEM 2008) files a socket bleeding after a tooth extraction under
'Dental / gum problem' and a post-partum bleed under 'Post partum' (the KB's vaginal
bleeding complaint). As embedded aliases these phrases pulled other "post ...
bleeding" texts to themselves, so they are matched by their words only.
"""

from __future__ import annotations

from agents.offline.knowledge.loader import load_knowledge

KB = load_knowledge()


def _id(text: str) -> str | None:
    found = KB.match_complaint(text)
    return found.id if found else None


def test_every_exact_alias_resolves_to_its_own_complaint() -> None:
    wrong = {
        (alias, spec.id, _id(alias))
        for spec in KB.complaints.values()
        for alias in spec.exact_aliases
        if _id(alias) != spec.id
    }
    assert not wrong, sorted(wrong)


def test_socket_and_post_partum_bleeding_find_their_complaints() -> None:
    assert _id("post extraction bleeding") == "dental_pain"
    assert _id("Post-extraction bleeding") == "dental_pain"
    assert _id("post partum bleeding") == "vaginal_bleeding"


def test_other_post_procedure_bleeding_is_not_drawn_to_them() -> None:
    for text in (
        "post op bleeding",
        "post operative bleeding",
        "bleeding after surgery",
    ):
        assert _id(text) not in ("dental_pain", "vaginal_bleeding"), text
    assert _id("bleeding post delivery") != "dental_pain"
