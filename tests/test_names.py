"""Two spellings of one person's name (lexicon.same_name): roles compare holders with it."""
import pytest

from reconcile.lexicon import name_key, same_name


@pytest.mark.parametrize("a,b", [
    ("Mohammed al-Halboosi", "Mohamed al-Halbousi"),
    ("Abdul Mahdi", "Adel Abdul Mahdi"),
    ("Sawarmi Khalid", "Sawarmi Khaled Saad"),   # words of the shorter in the longer, spelt otherwise
    ("Khaled Saad", "Al-Sawarmi Khaled Saad"),
    ("Marta Kopec", "Marta Kopek"),                # a family name one letter apart
    ("Oskar Lisek", "Oskar J. Lysek"),
    ("Ray Kellan", "Raymond Kellan"),              # a given name and its short form
    ("Dan Ostrowski", "Daniel Ostrowski"),
    ("Bill Ingram", "William Ingram"),              # a nickname that is no prefix of its name
    ("Peggy Olsen", "Margaret Olsen"),
    ("Bill Hayes", "William R. Hayes"),             # a nickname with a middle initial in one only
    ("Maggie Olsen", "Margaret A. Olsen"),
    ("W. Mark Felt Sr.", "Mr Felt"),                # a generation after the family name
    ("Tom Lacey III", "Tom Lacey"),
    ("J.R. Ortega", "James R. Ortega"),           # initials written together, one for each name
    ("J.R. Ortega", "Jim Ortega"),
    ("K. Abara", "Kemi Abara"),                    # a given name by its initial
])
def test_one_person(a, b):
    assert same_name(a, b) and same_name(b, a)


@pytest.mark.parametrize("a,b", [
    ("Ana Ruiz", "Ana Torres"),
    ("Khalid", "Sawarmi Khaled Saad"),            # one word alone is no name
    ("John Carter", "Jane Carter Smith"),
    ("Jan Kopec", "Marta Kopek"),                  # the given names differ too
    ("Anna Lee", "Anna Lea"),                      # three letters: one apart is another name
    ("Tom Brown", "Tom Braun"),                    # two letters apart
    ("Dan Ostrowski", "Denise Ostrowski"),         # a given name that is no short form of the other
    ("Tom Lacey Jr.", "Tom Jones Jr."),             # the family names differ, not the generation
    ("Bill Hayes", "Wanda R. Hayes"),               # a middle initial does not make any given name one
    ("K. Abara", "Tunde Abara"),                   # an initial of another given name
])
def test_two_people(a, b):
    assert not same_name(a, b) and not same_name(b, a)


def test_a_generation_is_no_family_name():
    """A role's key names its holder by the family name: "Sr." or "III" is none."""
    assert name_key("W. Mark Felt Sr.").split()[-1] == "felt"
    assert name_key("Anthony LaCalamita III") == "anthony lacalamita"
    assert name_key("J.R. Ortega") == "j r ortega"  # initials, not a generation
    assert name_key("Jr.") == "jr"  # a lone word stays


def test_a_peoples_plural_in_is_has_its_singular_for_dictionary_form():
    # simplemma lists "yemenis" as a word of its own: "11 Yemenis" and "11 Yemeni pirates" count
    # one people; words in -is that are singular ("crisis", "tennis") and short ones ("his") stay
    from reconcile.lexicon import lemma
    assert lemma("Yemenis") == "yemeni" and lemma("somalis") == "somali"
    assert [lemma(w) for w in ("crisis", "tennis", "his", "this", "analysis")] == \
        ["crisis", "tennis", "his", "this", "analysis"]
    assert lemma("guards") == "guard"


def test_a_british_doubled_l_has_the_dictionary_form_of_one_l():
    from reconcile.lexicon import lemma
    assert [lemma(w) for w in ("cancelled", "cancelling", "labelled", "signalled")] == \
        ["cancel", "cancel", "label", "signal"]
    assert [lemma(w) for w in ("called", "killed", "filled", "rolled")] == ["call", "kill", "fill", "roll"]
    from reconcile.extract.dates import event_class
    assert event_class("cancelled") == event_class("canceled") == "cancel"
