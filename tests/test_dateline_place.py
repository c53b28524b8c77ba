"""Wire place lines at the head of the body, and lines that are not place lines."""

from __future__ import annotations

import pytest

from articlex import extract

PLACES = [
    ("SEOUL, March 25 (Yonhap) -- South Korea said on Monday it would", "SEOUL"),
    ("NEW DELHI (Reuters) - India's government said on Tuesday that it", "NEW DELHI"),
    ("WASHINGTON — NASA announced Nov. 18 that it was adding five firms", "WASHINGTON"),
    ("LONDON, 5 May: The British government announced new measures", "LONDON"),
    ("TOKYO/SEOUL (Reuters) - Japan and South Korea agreed on Friday", "TOKYO/SEOUL"),
    ("BUFFALO, N.Y. — Hours before the game, the coach expressed hope", "BUFFALO, N.Y."),
    ("HAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a train", "HAYWARD, Calif."),
    (
        "DUBAI, United Arab Emirates — The airline finalized a deal today",
        "DUBAI, United Arab Emirates",
    ),
    ("BERLIN -- The European Space Agency says putting astronauts to sleep", "BERLIN"),
    ("MOSCOW, November 19. /TASS/. Russia's foreign ministry said today", "MOSCOW"),
    (
        "Washington, DC, United States: Getting to the Moon has been done",
        "Washington, DC, United States",
    ),
    ("Hong Kong (CNN Business)A muddled view of trade talks weighs on markets", "Hong Kong"),
]
NOT_PLACES = [
    "The government said on Monday that it would raise taxes on fuel again.",
    "Washington is bracing for another shutdown as talks stall in Congress.",
    "DEAR ABBY: My husband of more than 20 years just purchased a boat.",
    "UPDATE: The road has been reopened after the crash earlier today.",
    "NASA said the five companies had been selected to join the program.",
    "However, Officials said: the plan is off for now, the council said.",
    "Politics: The vote is set for Tuesday after weeks of debate in the house.",
]


def _page(first: str) -> str:
    rest = " ".join(["The story goes on with more words about the events of the day."] * 8)
    return (
        "<html><head><title>Story</title></head><body><article><h1>A headline for the story</h1>"
        f"<p>{first}</p><p>{rest}</p><p>{rest}</p></article></body></html>"
    )


@pytest.mark.parametrize(("first", "place"), PLACES, ids=[p[1] for p in PLACES])
def test_place_line(first: str, place: str) -> None:
    dateline = extract(_page(first)).dateline
    assert dateline.place == place
    assert dateline.text is not None and first.startswith(dateline.text)


@pytest.mark.parametrize("first", NOT_PLACES, ids=[t[:12] for t in NOT_PLACES])
def test_not_a_place_line(first: str) -> None:
    assert extract(_page(first)).dateline.place is None


def test_jsonld_dateline_when_the_body_has_none() -> None:
    html = _page("The council met on Monday.").replace(
        "</head>",
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A headline '
        'for the story","dateline":"PARIS"}</script></head>',
    )
    assert extract(html).dateline.place == "PARIS"
