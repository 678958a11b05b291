"""The occupation and breakaway authorities' speakers (coding.identity_occupation through coding.identity): the
Ukrainian place their own mention names is the territory, not their country."""

from pledgewatch.coding import identity
from pledgewatch.coding.identity_occupation import occupation_identity
from pledgewatch.statements import names


def _row(name, role="", text="", typ="person", country="", official=False, article="a1"):
    return {"article_id": article, "speaker_name": name, "speaker_id": name, "speaker_role": role,
            "speaker_text": text or name, "speaker_type": typ, "speaker_country": country,
            "speaker_is_official": official, "published": "2022-07-10", "text": "The shelling went on.", "cue": "said"}


def test_installed_administration_is_the_occupiers_official():
    # an unnamed spokesman of an authority the occupier installed in a Ukrainian town: Russia, an office
    rows = [_row("spokesman", role="spokesman for the Moscow-installed administration in Melitopol",
                 text="a spokesman for the Moscow-installed administration in Melitopol", country="Ukraine"),
            _row("Russian-controlled authorities", typ="group", text="the Russian-controlled authorities of Kherson",
                 country="Ukraine", article="a2")]
    countries, officials = identity.recompute(rows)
    assert countries == ["Russia", "Russia"]
    assert officials == [True, True]


def test_a_self_proclaimed_republic_named_by_its_place_is_that_republic():
    rows = [_row("Vitaly Kiselev", role="a police chief in Luhansk's self-declared republic", article="b1"),
            _row("Rodion Miroshnik", role="envoy of the self-proclaimed Luhansk republic to Moscow", article="b2",
                 country="Ukraine"),
            _row("an official", role="official", text="a self-proclaimed DPR official", article="b3")]
    countries, officials = identity.recompute(rows)
    assert countries == ["Luhansk People's Republic", "Luhansk People's Republic", "Donetsk People's Republic"]
    assert officials == [True, True, True]


def test_separatists_beside_the_occupier_are_its_side():
    # a fighter or a group of the separatists: the occupier's armed side, an office (CODING.md: armed forces)
    rows = [_row("Russia-backed separatists", typ="group", text="Russia-backed separatists", article="c1"),
            _row("Andrei Marochko", role="an officer of the pro-Russian separatist militia", article="c2")]
    countries, officials = identity.recompute(rows)
    assert countries == ["Russia", "Russia"]
    assert officials == [True, True]


def test_near_misses_keep_their_own_evidence():
    ref = names.reference()
    # another country named: a pro-Russian party abroad is that country's; another conflict's separatists; both
    # republics at once (no one country)
    assert occupation_identity(ref, "pro-Russian Hungarian opposition politicians") is None
    assert occupation_identity(ref, "Russian-backed separatists in Georgia") is None
    assert occupation_identity(ref, "Kurdish separatists") is None
    assert occupation_identity(ref, "Donetsk and Luhansk, both self-declared republics") is None
    # Ukraine's own governor of a region the occupier claims; a company the Kremlin controls is no office
    rows = [_row("Serhiy Haidai", role="Luhansk regional governor", article="d1"),
            _row("Gazprom", typ="organization", text="Gazprom, the Kremlin-controlled energy giant", article="d2")]
    countries, officials = identity.recompute(rows)
    assert countries == ["Ukraine", "Russia"]
    assert officials == [True, False]


def test_the_mark_must_be_on_the_speakers_authority():
    # the occupier's or a breakaway word on a place, on the people the speaker fights or on whoever ousted them marks
    # no authority of the speaker's: their own evidence decides
    ref = names.reference()
    for own in ("a resident of Russian-controlled Melitopol", "a teacher from Russian-controlled Kherson",
                "a Ukrainian soldier who fought separatists in Donetsk",
                "Melitopol's mayor, ousted by Moscow-installed authorities",
                "Ukrainian commander Oleksandr Syrskyi, fighting Russian-backed forces"):
        assert occupation_identity(ref, own) is None, own
    rows = [_row("Olena Marchuk", role="teacher", text="a teacher from Russian-controlled Kherson", article="e1"),
            _row("Ivan Fedorov", role="mayor", text="Melitopol's mayor, ousted by Moscow-installed authorities",
                 article="e2")]
    countries, officials = identity.recompute(rows)
    assert countries == ["Ukraine", "Ukraine"]
    assert officials == [False, True]


def test_the_mark_on_the_head_or_its_body():
    # the mark on the speaker's own title or on the body the title hangs on; the office is the title's
    ref = names.reference()
    assert occupation_identity(ref, "the Kremlin-backed deputy head of the Zaporizhzhia region") == ("Russia", True)
    assert occupation_identity(ref, "an aide to the leader of the self-styled Lugansk republic") == (
        "Luhansk People's Republic", True)
    assert occupation_identity(ref, "Moscow-installed governor Oleksandr Petrenko") == ("Russia", True)
    assert occupation_identity(ref, "a resident of the self-proclaimed Luhansk republic") is None
    assert occupation_identity(ref, "a commander fighting Russian-installed authorities") is None


def test_every_country_a_text_names():
    ref = names.reference()
    assert ref.find_countries("Polish and German officials in Kyiv") == ["Poland", "Germany", "Ukraine"]
    assert ref.find_country("Polish and German officials in Kyiv") == "Poland"
    assert ref.find_countries("a spokesman") == []
