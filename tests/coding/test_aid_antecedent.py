"""The aid relation a plural pro-form takes from its antecedent (statements/frame_antecedent.py,
coding/aid_antecedent.py): the content opens with "they", "them", "these" or "these <noun>" and the nearest plural
noun before it is aid in a sentence about aid. Short passages of our own wording, each shaped on a statement of a
different article of the corpus (a recipient's appeal, a donor official's aside, the adversary's threat), run through
the real pipeline (parse, extract, code); negatives for the adversary's own weapons and for people as antecedent."""

from __future__ import annotations

import pytest

from pledgewatch.coding import aid_antecedent
from support import coded_row, extract_rows, row_of


@pytest.mark.parametrize("body, words", [
    # the recipient asks for vehicles, the content says what they would do
    ("Addressing the parliament in Ottawa, Denys Shmyhal asked Canada to send more Roshel armoured vehicles to the "
     "Ukrainian army, saying they \"would serve our common security far better than standing in a depot\".",
     "would serve our common security"),
    # a donor official on missiles sent in earlier packages
    ("Lloyd Austin said the anti-radiation missiles had gone to Kyiv in earlier packages. He then described the "
     "missiles, saying they \"can blind Russian radars along the whole front\".", "can blind Russian radars"),
    # the adversary threatens weapons its enemy receives from donors
    ("Kyiv says the strikes aim to stop deliveries of Western weapons to its forces. \"These weapons will be targets "
     "for our army wherever they are stored,\" Sergei Shoigu said.", "These weapons will be targets"),
])
def test_a_plural_proform_whose_antecedent_is_aid_is_aid_related(nlp, body, words):
    assert coded_row(nlp, body, words)["aid_related"]


@pytest.mark.parametrize("body, words", [
    # the adversary's own missiles: the antecedent's sentence is no aid
    ("Russia fired forty cruise missiles at Kharkiv on Sunday night. Ihor Terekhov, the mayor, said they \"hit "
     "two power plants and a school\".", "hit"),
    # people as the antecedent
    ("Western defence ministers met at Ramstein to discuss air defence for Ukraine. Oleksii Reznikov said they "
     "\"listened carefully and took notes\".", "listened carefully"),
])
def test_no_aid_from_an_antecedent_that_is_no_aid(nlp, body, words):
    assert not coded_row(nlp, body, words)["aid_related"]


def test_the_antecedent_lies_before_the_content(nlp):
    body = ("Ukraine has received howitzers from Poland this month. Volodymyr Zelensky said the guns arrived and "
            "they \"are already firing at the front\".")
    rows = extract_rows(nlp, body)
    assert "ante" not in row_of(rows, "the guns arrived")["_clause_frame"]  # its own plural noun comes first


@pytest.mark.parametrize("body, words", [
    # a donor's howitzers named again with the definite article
    ("Norway will give Ukraine twenty-two self-propelled howitzers this spring. Bjorn Arild Gram said the howitzers "
     "\"will change the picture around Bakhmut\".", "will change the picture"),
    # a recipient on tanks its partners sent
    ("Spain delivered six more Leopard tanks to the Ukrainian army in June. Oleksandr Syrskyi said the tanks \"have "
     "held the southern line for weeks\".", "have held the southern line"),
    # a border guard spokesman on drones a neighbour handed over
    ("Lithuania handed over a batch of reconnaissance drones to Ukrainian border guards. Andriy Demchenko said the "
     "drones spotted small enemy groups every single night.", "spotted small enemy groups"),
])
def test_a_definite_plural_noun_named_before_as_aid_is_aid_related(nlp, body, words):
    assert coded_row(nlp, body, words)["aid_related"]


def test_a_definite_plural_noun_takes_no_other_noun_as_antecedent(nlp):
    # "the talks" is no tank: the definite article looks only for the same noun before
    body = ("Britain sent Challenger tanks to Ukraine in March. Dmytro Kuleba said the talks \"went better than "
            "anyone expected\".")
    rows = extract_rows(nlp, body)
    assert "ante" not in row_of(rows, "the talks")["_clause_frame"]


def test_the_antecedent_named_again_keeps_the_sentence_that_said_it_was_sent(nlp):
    # the missiles' transfer three sentences before the content's own sentence, the noun named again in it
    body = ("Lloyd Austin said the anti-radiation missiles had gone to Kyiv in earlier packages. \"We have done a lot "
            "in the short term,\" he added. Spare parts for old fighter jets followed in May. Pilots trained in "
            "Arizona over the summer. He then described the missiles, saying they \"can blind Russian radars along "
            "the whole front\".")
    assert coded_row(nlp, body, "can blind Russian radars")["aid_related"]


def test_a_proform_with_a_relative_clause_has_no_antecedent(nlp):
    body = ("Britain will send more Storm Shadow missiles to Ukraine. Dmitry Medvedev said those who arm Kyiv \"will "
            "regret it bitterly\".")
    rows = extract_rows(nlp, body)
    assert "ante" not in row_of(rows, "those who arm Kyiv")["_clause_frame"]


def test_the_construction_reads_the_frame():
    frame = {"ante": {"head": "tanks", "sents": ["They saw the tanks.", "Germany will send Leopard tanks to Ukraine."]}}
    assert aid_antecedent.antecedent_aid(frame)
    assert not aid_antecedent.antecedent_aid(frame, ["who", "will", "drive", "them", "?"])  # a question asks
    assert aid_antecedent.antecedent_aid(frame, ["they", "will", "be", "targets", ".", "why", "not", "?"])
    assert not aid_antecedent.antecedent_aid({"ante": {"head": "tanks", "sents": ["Russia lost many tanks near Avdiivka."]}})
    assert not aid_antecedent.antecedent_aid({"ante": {"head": "ministers", "sents": ["Ministers met to discuss aid."]}})
    assert not aid_antecedent.antecedent_aid({"ctx": ["tanks"]})
