"""Who speaks, named once for the story: passive agents, relative pronouns, texts and
relays, titles with a name or an acronym, first names and spellings across outlets."""

from __future__ import annotations

from quoting import hand_parsed, mentions_of, speakers_of
from recoupe.entities import EntityIndex
from recoupe.quotes import QuoteMention
from recoupe.quotes.firstnames import first_name_gender
from recoupe.quotes.names import story_names
from recoupe.quotes.resolve import title_key
from recoupe.quotes.speakers import speaker_token
from recoupe.records import Entity, EntityType


def test_the_agent_of_a_passive_speech_verb_speaks_not_its_subject() -> None:
    found = mentions_of("L'annonce de la rencontre a été critiquée par le Parti socialiste, qui "
                        "l'a qualifiée de « séance de rattrapage après un échec total ».")
    assert [(m.text, m.speaker) for m in found] == [
        ("séance de rattrapage après un échec total", "Parti socialiste")]


def test_the_agent_of_a_passive_relaying_verb_is_a_channel() -> None:
    found = speakers_of("Poutine a été cité par les médias russes comme ayant répondu : « Nous "
                        "sommes venus ici pour cela. »")
    assert found == ["Poutine"]


def test_a_passive_agent_that_names_no_speaker_speaks_for_nobody() -> None:
    found = mentions_of("Les sommes déposées sur les livrets sont garanties par une cagnotte "
                        "de 70 000 euros par client.")
    assert found == []


def test_a_speaker_name_ends_where_a_quotation_the_parser_hung_on_it_begins() -> None:
    found = mentions_of("Cette offre a été qualifiée par les syndicats d'« injure faite aux "
                        "salariés ».")
    assert [(m.text, m.speaker) for m in found] == [
        ("injure faite aux salariés", "les syndicats")]


def test_a_relative_pronoun_stands_for_the_name_before_it_when_the_parse_gives_a_thing() -> None:
    found = speakers_of("Les deux guérilleros ont fait l'objet de demandes d'extradition par "
                        "les Etats-Unis, qui les accusent de l'enlèvement de trois citoyens "
                        "américains.")
    assert found == ["Etats-Unis"]


def test_a_place_inside_a_title_is_not_what_a_relative_pronoun_stands_for() -> None:
    found = mentions_of("Lance Armstrong court encore. Le septuple vainqueur du Tour de France, "
                        "qui a annoncé en septembre son retour à la compétition, a écrit.")
    assert "France" not in [m.speaker for m in found]


def test_nobody_says_anything() -> None:
    assert mentions_of("Personne n'était venu réclamer Mohamed, retrouvé seul le 5 août.") == []


def test_a_text_speaks_for_whoever_published_it() -> None:
    found = mentions_of(
        "Après un discours à Strasbourg, l'agence officielle Chine Nouvelle a rendu publics "
        "jeudi deux commentaires défendant le régime communiste dans la région et accusant le "
        "dalaï lama de comploter en vue de rétablir la théocratie bouddhiste au Tibet.")
    assert [(m.text, m.speaker) for m in found] == [
        ("le dalaï lama de comploter en vue de rétablir la théocratie bouddhiste au Tibet",
         "Chine Nouvelle")]


def test_the_source_of_a_selon_phrase_is_who_presented_what_it_names() -> None:
    found = speakers_of("Selon le déroulement de cette opération présenté par le ministre "
                        "colombien de la Défense Juan Manuel Santos, l'armée avait infiltré des "
                        "hommes parmi les guérilleros.")
    assert found == ["Juan Manuel Santos"]
    found = speakers_of("Selon les enquêteurs chargés par le juge d'instruction, l'homme aurait "
                        "fui vers l'Espagne après le vol de la banque.")
    assert found == ["les enquêteurs"]


def test_a_statement_a_relaying_verb_carries_is_its_own_speaker_s() -> None:
    found = mentions_of("Le président russe a trinqué à la coopération. Le dirigeant "
                        "nord-coréen s'est dit prêt à élaborer avec M. Poutine un \"plan pour "
                        "les 100 prochaines années\", a rapporté jeudi KCNA.")
    assert (found[-1].text, found[-1].speaker) == (
        "prêt à élaborer avec M. Poutine un \"plan pour les 100 prochaines années\"",
        "Le dirigeant nord-coréen")


def test_an_acronym_in_brackets_after_a_title_is_the_organisation_not_the_speaker() -> None:
    found = mentions_of("À l'issue de la rencontre, le président en exercice de la Fédération "
                        "bancaire française (FBF) Georges Pauget, également directeur général du "
                        "Crédit agricole, s'est déclaré satisfait : \"Les mesures répondent "
                        "parfaitement aux besoins de l'économie.\"")
    assert {m.speaker for m in found} == {"Georges Pauget"}
    assert "satisfait" in [m.text for m in found]  # the mark it announces is not its content


def test_activists_chanting_after_a_colon_speak_their_slogans() -> None:
    found = mentions_of("A Washington, des militants manifestent devant l'ambassade de Chine, "
                        "aux cris de: \"Jeux Olympiques de Pékin, jeux Olympiques du "
                        "génocide\", \"la Chine ment, les gens meurent\".")
    assert {m.speaker for m in found} == {"des militants"}


def test_a_first_name_alone_takes_the_one_full_name_the_story_gives_it() -> None:
    def person(entity: str, name: str, kind: EntityType = "PER") -> Entity:
        return Entity(entity, name, kind, [], [], [])

    index = EntityIndex(entities=[
        person("khaldia", "Khaldia"), person("khaldia-dussourt", "Khaldia Dussourt", "MISC"),
        person("kim-jong-un", "Kim Jong Un"), person("kim-jong-dae", "Kim Jong-dae"),
        person("kim", "Kim"), person("washington", "Washington", "LOC"),
        person("washington-post", "Washington Post", "ORG")])
    said = [("Khaldia Dussourt", "khaldia-dussourt"), ("Khaldia", "khaldia"),
            ("Kim Jong Un", "kim-jong-un"), ("Kim Jong-dae", "kim-jong-dae"), ("Kim", "kim"),
            ("Washington Post", "washington-post"), ("Washington", "washington")]
    mentions = [QuoteMention("a", 0, 5, "indirect", name, entity, None, 0, 0, "texte")
                for name, entity in said]
    named = [(m.speaker, m.entity) for m in story_names(mentions, index)]
    assert named[1] == ("Khaldia Dussourt", "khaldia-dussourt")
    assert named[4] == ("Kim", "kim")  # two persons called Kim: "Kim" takes neither name
    assert named[6] == ("Washington", "washington")  # a place is nobody's first name

def test_a_title_is_spelt_as_most_mentions_spell_it() -> None:
    found = mentions_of("Les enquêteurs ont indiqué que l'enfant allait bien.",
                        "Selon les enquêteurs, la mère est rentrée d'Algérie.",
                        "Les policiers pensent que les enquêteurs ont affirmé que tout allait "
                        "bien. Les enquêteurs ont ajouté que la nounou avait menti.")
    assert len({m.speaker.lower() for m in found if m.speaker and "enquêteurs" in m.speaker}) == 1
    assert len({m.speaker for m in found if m.speaker and "enquêteurs" in m.speaker}) == 1


def test_she_is_not_the_man_named_last_when_a_first_name_says_so() -> None:
    found = speakers_of("« Nous nous opposons à la demande », a expliqué Ulrika Weiss, "
                        "porte-parole du parquet général. Jérôme Kerviel est incarcéré depuis "
                        "le 8 février. « Il faut veiller à préserver toutes les preuves », "
                        "a-t-elle ajouté.")
    assert found == ["Ulrika Weiss", "Ulrika Weiss"]


def test_a_first_name_tells_a_gender_only_when_it_leaves_no_doubt() -> None:
    assert first_name_gender("Ulrika Weiss") == "Fem"
    assert first_name_gender("Jean-Marie Le Pen") == "Masc"  # the first part decides
    assert first_name_gender("Dominique Strauss-Kahn") is None  # given to both
    assert first_name_gender("Weiss") is None  # a surname alone


def test_the_prime_minister_is_not_any_minister() -> None:
    found = mentions_of("Le ministre des Affaires étrangères, Bernard Kouchner, a plaidé mercredi "
                        "pour que la malade ait droit à l'euthanasie. Le premier ministre a "
                        "demandé à Jean Leonetti « de faire des propositions ».")
    assert found[-1].speaker == "Le premier ministre"


def test_a_relative_clause_the_parser_hangs_on_a_speech_verb_is_not_its_content() -> None:
    found = mentions_of("Daniel Cohn-Bendit s'est interrogé, regrettant que Nicolas Sarkozy "
                        "n'ait pas osé le geste de son homologue américain, qui a plaidé "
                        "vendredi en faveur de la libre expression.")
    assert [(m.text, m.speaker) for m in found] == [
        ("Nicolas Sarkozy n'ait pas osé le geste de son homologue américain",
         "Daniel Cohn-Bendit")]


def test_a_name_opening_a_que_clause_is_no_apposition_of_the_noun_before() -> None:
    found = speakers_of("Dans ses réquisitions écrites, le parquet général note que Jérôme "
                        "Kerviel a affirmé aux magistrats avoir « demandé à son assistant de "
                        "saisir des transactions fictives ». Le parquet général justifie sa "
                        "position par les « nécessités de l'instruction ».")
    assert found == ["Jérôme Kerviel", "Le parquet général"]


def test_a_speaker_s_name_stops_at_the_clause_the_parser_hangs_on_it() -> None:
    found = mentions_of("Elles ont servi, pour partie, au parquet général à justifier son "
                        "opposition à cette libération afin d'\"empêcher toute pression sur "
                        "les témoins\".")
    assert {m.speaker for m in found} == {"parquet général"}


def test_a_participle_hung_on_a_thing_speaks_for_the_subject_of_the_sentence() -> None:
    found = speakers_of("Le dalaï lama n'a pas manqué lors de sa visite de réaffirmer que la "
                        "répression chinoise continuait au Tibet malgré les Jeux.")
    assert found == ["Le dalaï lama"]
    found = mentions_of("François Fillon appelle au calme. « Dans cette affaire, j'agis sous "
                        "le contrôle du juge », explique-t-il, assurant que « ces fichiers "
                        "existent depuis toujours » et que la mise en place d'Edvige a fait "
                        "l'objet de débats à la Cnil.")
    assert {m.speaker for m in found} == {"François Fillon"}


def test_an_inverted_speaker_after_circumstances_is_the_name_that_ends_them() -> None:
    found = speakers_of("\"L'assistance peut tourner à la provocation, à l'incitation "
                        "déguisée\", remarquait d'ailleurs lors de son audition la Garde des "
                        "Sceaux Rachida Dati.")
    assert found == ["Rachida Dati"]


def test_a_name_set_off_right_before_the_verb_speaks_whatever_noun_the_parser_hangs_it_on(
) -> None:
    found = speakers_of("Le président de l'Association pour le droit de mourir dans la dignité "
                        "(ADMD), Jean-Luc Romero, a estimé que le cas de Mme Sébire faisait "
                        "« clairement avancer les choses ».")
    assert found == ["Jean-Luc Romero"]


def test_a_speaker_named_after_circumstances_is_the_person_who_ends_the_attribution() -> None:
    found = mentions_of("Le président d'Axa, Henri de Castries, était présent. « Le système "
                        "financier français est stable », a renchéri sur le même ton rassurant "
                        "M. de Castries.")
    assert found[-1].speaker == "Henri de Castries"
    found = mentions_of("Marie de Hennezel a publié un livre. « La loi Leonetti est "
                        "insuffisamment connue », remarque avec sévérité l'auteur du best-seller "
                        "la Mort intime (Robert Laffont).")
    assert found[-1].speaker != "Robert Laffont"  # the publisher, in brackets
    found = mentions_of("Nicolas Sarkozy a parlé vendredi. « On ne boycotte pas un quart de "
                        "l'humanité », a-t-il ajouté, avant de rencontrer le président Hu Jintao "
                        "et le Premier ministre Wen Jiabao.")
    assert found[-1].speaker == "Nicolas Sarkozy"  # the clitic speaks, not a later name


def test_a_person_named_right_before_a_colon_speaks_the_quotation_after_it() -> None:
    found = speakers_of("Une idée partagée aussi par le député PS de la Vienne, Gaëtan Gorce : "
                        "« Le malade incurable pourrait saisir une haute autorité morale. »")
    assert found == ["Gaëtan Gorce"]
    found = mentions_of("Le cycliste a parlé. Frédéric Belaubre prend, timidement, la défense de "
                        "Lance Armstrong : « Il était quand même un athlète hors normes. »")
    assert "Lance Armstrong" not in [m.speaker for m in found]  # a complement, not a speaker


def test_a_title_in_common_words_is_not_the_entity_spelt_with_capitals() -> None:
    found = mentions_of("Le quotidien L'Equipe a révélé l'affaire. « Lance Armstrong annonce sa "
                        "participation au Tour de France 2009 », affirme l'équipe sur son site.")
    assert found[-1].speaker == "l'équipe"  # Astana's team, not the newspaper


def test_a_speaker_s_name_leaves_out_relative_clauses_and_keeps_a_noun_in_marks() -> None:
    found = speakers_of("Selon un rapport de la Commission bancaire dont Le Monde fait état, les "
                        "contrôles internes de la Caisse d'épargne ont fait preuve de graves "
                        "défaillances.")
    assert found == ["un rapport de la Commission bancaire"]
    found = speakers_of("La \"mère\" de Mohamed que la justice soupçonne d'aide au séjour "
                        "irrégulier, assure qu'elle ignorait la clandestinité de Naïma.")
    assert found == ['La "mère" de Mohamed']


def test_an_inverted_clitic_is_the_subject_whatever_the_parser_calls_it() -> None:
    # "…», déclarait-il ainsi il y a quelques semaines.": "semaines" read as the subject.
    doc = hand_parsed([
        ("«", 2, "punct", "PUNCT"), ("Oui", 2, "obj", "INTJ"), ("»", 2, "punct", "PUNCT"),
        (",", 4, "punct", "PUNCT"), ("déclarait", 2, "parataxis", "VERB"),
        ("-il", 4, "dep", "PRON"), ("il", 8, "expl:subj", "PRON"), ("y", 8, "expl:comp", "PRON"),
        ("a", 4, "advcl", "VERB"), ("quelques", 10, "det", "DET"),
        ("semaines", 4, "nsubj", "NOUN"), (".", 2, "punct", "PUNCT")])
    assert speaker_token(doc[4]).text == "-il"


def test_a_pronoun_may_stand_for_the_subject_named_earlier_in_its_sentence() -> None:
    found = mentions_of("Le chef spirituel tibétain lui-même a choisi de ne pas en rajouter : en "
                        "plein jeux Olympiques, il n'a pas demandé d'audience à Nicolas Sarkozy "
                        "et assure que sa visite n'a qu'un caractère strictement religieux.")
    assert found[-1].speaker == "Le chef spirituel tibétain"  # not "… lui-même", not Sarkozy


def test_a_source_s_comma_then_a_name_opens_the_clause() -> None:
    found = speakers_of("Selon la banque, Kerviel « interprète abusivement des imprécisions de "
                        "vocabulaire ».")
    assert found == ["la banque"]


def test_a_title_s_name_hung_on_its_complement_is_the_speaker_unless_one_of_several() -> None:
    found = speakers_of("Le procureur de la République de Marseille Jacques Dallest avait estimé "
                        "jeudi que la piste de l'adoption n'était pas possible.")
    assert found == ["Jacques Dallest"]
    found = speakers_of("Une plainte a été déposée, a indiqué jeudi le cabinet d'avocats Weiss et "
                        "Lurie.")
    assert found == ["le cabinet d'avocats Weiss et Lurie"]


def test_a_title_s_head_comes_before_its_complement() -> None:
    assert title_key("trader de la banque")[0] != title_key("la banque")[0]
    assert title_key("le porte-parole du Kremlin")[0] == title_key("porte-parole")[0]


def test_what_on_says_within_an_institution_is_the_institution_s() -> None:
    found = speakers_of("Le Conseil d'Etat va d'abord instruire les différents recours, a-t-on "
                        "indiqué au sein du Conseil.")
    assert found == ["Conseil"]


def test_the_head_of_state_is_not_the_president_of_an_association() -> None:
    found = mentions_of("Jean-Pierre Dubois, président de la Ligue des droits de l'Homme, a "
                        "déclaré que la loi était nécessaire. Le président de la République lui "
                        "avait demandé de lancer au plus vite une concertation.")
    assert found[-1].speaker != "Jean-Pierre Dubois"


def test_a_name_after_any_describing_noun_is_who_speaks() -> None:
    found = mentions_of("Dimanche, dans Le Parisien, la socialiste Martine Aubry affirmait de son "
                        "côté \"deviner déjà les dérives\" du fichier.")
    assert [(m.speaker, m.role) for m in found] == [("Martine Aubry", "socialiste")]


def test_an_occasion_is_not_what_someone_calls_for() -> None:
    found = mentions_of("M. Uribe avait appelé à plusieurs reprises ces derniers mois les "
                        "guérilleros à libérer leurs otages.")
    assert "plusieurs reprises" not in [m.text for m in found]


def test_an_interrupting_speaker_described_after_words_of_manner_splits_the_quotation() -> None:
    found = mentions_of("Marie de Hennezel a publié un livre. «La loi Leonetti est insuffisamment "
                        "connue, remarque avec sévérité l'auteur du best-seller la Mort intime "
                        "(Robert Laffont). Beaucoup ignorent encore ce que la loi leur permet.»")
    assert [(m.text, m.speaker) for m in found] == [
        ("La loi Leonetti est insuffisamment connue", "l'auteur du best-seller la Mort intime"),
        ("Beaucoup ignorent encore ce que la loi leur permet.",
         "l'auteur du best-seller la Mort intime")]
    found = speakers_of("Le ministre est venu. « Nous ne céderons pas », dit-il à la presse.")
    assert found == ["Le ministre"]  # not whom it was said to


def test_a_pull_quote_is_the_words_of_whoever_says_them_just_after() -> None:
    found = speakers_of("« Le pape a souvent parlé des otages », a expliqué Ingrid Betancourt.\n"
                        "\"Ces appels ont du poids\"\n"
                        "« Dans un pays comme la Colombie, où le catholicisme joue encore un "
                        "grand rôle, ces appels ont du poids », juge un ambassadeur européen.")
    assert found == [
        "Ingrid Betancourt", "un ambassadeur européen", "un ambassadeur européen"]


def test_a_party_after_a_persons_noun_is_their_affiliation_not_the_speaker() -> None:
    found = speakers_of("Le député UMP a déclaré que la loi était mauvaise. Le député PS Jean "
                        "Glavany a estimé que la loi était bonne.")
    assert found == ["Le député UMP", "Jean Glavany"]


def test_a_name_ends_where_an_aside_between_dashes_begins() -> None:
    found = speakers_of("Le député Leonetti - député-maire UMP d'Antibes - a répliqué en se "
                        "disant « très irrité par (sa) réponse simpliste ».")
    assert found == ["Leonetti"]
