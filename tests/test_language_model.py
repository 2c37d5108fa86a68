"""The worker's unpacked copy of py3langid's model reads like the library's own, and a broken copy is not fatal."""

from __future__ import annotations

from pathlib import Path

from intake.understand import langid_model, lexicon

TEXTS = ["Bitte löschen Sie meine Daten.", "Please send me a copy of my data.", "Usuń moje dane osobowe, proszę."]


def test_the_unpacked_model_classifies_exactly_as_the_library_loads_it(tmp_path: Path) -> None:
    library = langid_model.identifier(None)
    first = langid_model.identifier(tmp_path)  # unpacks into the folder
    kept = list(tmp_path.iterdir())
    again = langid_model.identifier(tmp_path)  # reads the unpacked copy
    assert [p.suffix for p in kept] == [".npz"] and "py3langid-" in kept[0].name
    for text in TEXTS:
        assert first.classify(text) == again.classify(text) == library.classify(text)


def test_a_damaged_copy_falls_back_to_the_library(tmp_path: Path) -> None:
    langid_model.identifier(tmp_path)
    [kept] = tmp_path.iterdir()
    kept.write_bytes(b"not an npz")
    assert langid_model.identifier(tmp_path).classify(TEXTS[0])[0] == "de"
    assert not kept.exists()  # set aside, so the next start unpacks a good copy
    assert langid_model.identifier(tmp_path).classify(TEXTS[0])[0] == "de" and kept.stat().st_size > 1_000_000


def test_every_phrase_table_compiles_whole() -> None:
    """Tables compile when first used: a bad pattern must fail here, not in the middle of someone's message."""
    for lex in lexicon.all_loaded():
        assert lex.compile_all().rights, lex.language
