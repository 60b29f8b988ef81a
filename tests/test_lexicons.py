"""Name folding and the gazetteer: the keys every lexicon and place lookup compares."""

from __future__ import annotations

import pytest

from extractor.gazetteer import get_gazetteer
from extractor.lexicons import fold


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Diyarbakır", "Diyarbakir"),
        ("Şırnak", "Sirnak"),
        ("Øresund", "Oresund"),
        ("Łódź", "Lodz"),
        ("Deir ez-Zor", "deir ez zor"),
    ],
)
def test_fold_gives_one_key_for_a_name_with_or_without_its_letters(written: str, plain: str) -> None:
    """Letters NFKD leaves whole (Turkish dotless i, o with stroke, l with stroke) fold like the plain spelling."""
    assert fold(written) == fold(plain)
    assert fold(written).isascii()


def test_the_gazetteer_finds_a_turkish_town_spelt_without_its_dotless_i() -> None:
    """GeoNames spells it "Diyarbakır"; the news writes "Diyarbakir"."""
    place = get_gazetteer().lookup("Diyarbakir")
    assert place is not None and place.country == "Turkey" and place.level == "place"
