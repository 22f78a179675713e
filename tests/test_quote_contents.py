"""What a statement is, and how much of the sentence: contents the parser tears apart or
hangs elsewhere, and uses of speech verbs that state nothing (a report confirmed, a call
back, a refusal to act, a modal after a source)."""

from __future__ import annotations

from quoting import hand_parsed, mentions_of, piece_texts, speakers_of
from recoupe.nlp.speech import speech_lemma
from recoupe.quotes.unsaid import states_nothing


def test_a_que_the_parser_hangs_on_the_speech_verb_still_opens_its_content() -> None:
    found = mentions_of(
        "La mère du garçon de deux ans et demi trouvé seul à Marseille il y a deux semaines, a "
        "expliqué mardi aux enquêteurs, dès son retour à Marseille, que l'amie à qui elle avait "
        "confié son fils avant de partir en Algérie ne lui avait pas dit que le garçon avait "
        "disparu.")
    assert [m.text for m in found] == [
        "l'amie à qui elle avait confié son fils avant de partir en Algérie ne lui avait pas "
        "dit que le garçon avait disparu"]
    assert (found[0].speaker or "").startswith("La mère")


def test_a_second_que_clause_the_parser_marks_loosely_is_a_statement_of_its_own() -> None:
    found = mentions_of("Samedi soir, l'agence de presse Chine Nouvelle (Xinhua) avait estimé que "
                        "la rencontre du président français avec le dalaï lama était "
                        "\"imprudente\", et qu'elle avait blessé le peuple chinois et ébranlé "
                        "les relations bilatérales.")
    assert [m.text for m in found] == [
        "la rencontre du président français avec le dalaï lama était \"imprudente\"",
        "elle avait blessé le peuple chinois et ébranlé les relations bilatérales"]


def test_a_control_complement_hung_inside_the_object_is_still_the_charge() -> None:
    found = mentions_of("La Chine maintient que le Tibet fait partie de son territoire depuis "
                        "plus de sept siècles et accuse le dalaï lama de visées séparatistes.")
    assert [(m.text, m.speaker) for m in found][-1] == (
        "le dalaï lama de visées séparatistes", "La Chine")


def test_a_control_verb_s_object_read_as_a_predicate_and_its_second_complement() -> None:
    found = mentions_of(
        "M. Pöttering a appelé \"instamment\" les dirigeants chinois à \"donner la preuve\" "
        "qu'ils n'avaient pas repris les négociations en août \"uniquement à cause des Jeux "
        "olympiques\", et à faire déboucher ces pourparlers \"sur des résultats\".")
    assert [m.text for m in found] == [
        "les dirigeants chinois à \"donner la preuve\" qu'ils n'avaient pas repris les "
        "négociations en août \"uniquement à cause des Jeux olympiques\", et à faire déboucher "
        "ces pourparlers \"sur des résultats\""]


def test_a_report_confirmed_or_denied_is_no_statement_of_its_own() -> None:
    found = mentions_of("Kim Jong Un est parti dimanche, a écrit le média officiel, confirmant "
                        "une information dévoilée mardi à Reuters par une source proche du "
                        "dossier. Nexity a démenti les informations parues dans Le Parisien.")
    assert [m.text for m in found] == ["Kim Jong Un est parti dimanche"]


def test_a_modal_in_the_conditional_after_a_source_is_no_hearsay_of_it() -> None:
    modal = mentions_of("Selon Siemon Wezeman, la Corée du Nord possède d'importants stocks "
                        "de munitions. En retour, Pyongyang pourrait rechercher des "
                        "technologies avancées pour les satellites.")
    assert [m.text for m in modal] == [
        "la Corée du Nord possède d'importants stocks de munitions"]


def test_a_reporting_participle_inside_a_content_is_a_statement_of_its_own() -> None:
    found = mentions_of("Le dalaï lama était à Gdansk. Le chef bouddhiste a tenu à saluer la "
                        "ténacité de Nicolas Sarkozy, saluant sa \"fidélité\" dimanche 7 "
                        "décembre.")
    assert [m.text for m in found] == [
        "la ténacité de Nicolas Sarkozy", "sa \"fidélité\" dimanche 7 décembre"]
    assert found[0].speaker == found[1].speaker


def test_calling_someone_back_says_nothing() -> None:
    found = mentions_of("Quand la maman de Mohamed a rappelé la nounou, dimanche, elle a fini "
                        "par dire la vérité.")
    assert found == []


def test_refusing_or_forbidding_to_do_something_is_an_act_not_a_statement() -> None:
    assert mentions_of("Le président du Sénat, Christian Poncelet, ayant refusé de lui "
                       "accorder les honneurs réservés aux chefs d'Etat, la visite fut brève. "
                       "Alors que Paris interdit de manifester près de l'ambassade, des "
                       "veillées ont lieu ailleurs.") == []
    found = mentions_of("Lance Armstrong refuse que les échantillons soient de nouveau "
                        "analysés.")
    assert [m.text for m in found] == ["les échantillons soient de nouveau analysés"]


def test_a_que_clause_the_parser_tears_apart_is_one_statement_to_the_end() -> None:
    found = mentions_of(
        "Frédéric Lefebvre, un des porte-parole du parti présidentiel, souligne tout d'abord "
        "régulièrement qu'Edvige n'est que \"l'adaptation d'un fichier créé en 1991 par les "
        "socialistes eux-mêmes\", dont les conditions d'accès sont \"renforcées, et ce, à la "
        "demande de la Cnil\".")
    assert [m.text for m in found] == [
        "Edvige n'est que \"l'adaptation d'un fichier créé en 1991 par les socialistes "
        "eux-mêmes\", dont les conditions d'accès sont \"renforcées, et ce, à la demande de la "
        "Cnil\""]


def test_a_speech_verb_the_parser_makes_subordinate_to_its_content_still_reports_it() -> None:
    # "Yang Uk, expert …, a noté qu'en plus des armements …, la Corée du Nord pourrait …": the
    # model made the content the main clause and "qu'" punctuation of "noté".
    doc = hand_parsed([
        ("Yang", 2, "nsubj", "PROPN"), ("a", 2, "aux:tense", "AUX"),
        ("noté", 9, "advcl", "VERB"), ("qu'", 2, "punct", "SCONJ"), ("outre", 5, "case", "ADP"),
        ("armes", 2, "obl:arg", "NOUN"), (",", 9, "punct", "PUNCT"), ("la", 8, "det", "DET"),
        ("Corée", 9, "nsubj", "PROPN"), ("partagera", 9, "ROOT", "VERB"),
        ("ses", 11, "det", "DET"), ("équipements", 9, "obj", "NOUN"), (".", 9, "punct", "PUNCT")])
    assert piece_texts(doc, 2, "noter") == [
        "outre armes , la Corée partagera ses équipements"]


def test_a_threat_s_de_complement_the_parser_reads_as_a_determiner_is_the_threat() -> None:
    # "ont menacé Paris de représailles économiques": "de" parsed as the noun's determiner.
    doc = hand_parsed([
        ("Pékin", 2, "nsubj", "PROPN"), ("a", 2, "aux:tense", "AUX"),
        ("menacé", 2, "ROOT", "VERB"), ("Paris", 2, "obj", "PROPN"), ("de", 5, "det", "ADP"),
        ("représailles", 2, "obl:arg", "NOUN"), ("économiques", 5, "amod", "ADJ"),
        (".", 2, "punct", "PUNCT")])
    assert piece_texts(doc, 2, "menacer") == [
        "Paris de représailles économiques"]


def test_a_content_ends_before_an_inserted_speech_verb_whatever_hangs_after_it() -> None:
    # "Kim s'est dit prêt à venir, a rapporté KCNA." and the paragraph break the parser
    # hangs on "dit", after the attribution.
    doc = hand_parsed([
        ("Kim", 3, "nsubj", "PROPN"), ("s'", 3, "expl:comp", "PRON"),
        ("est", 3, "aux:tense", "AUX"), ("dit", 3, "ROOT", "VERB"), ("prêt", 3, "advmod", "ADJ"),
        ("à", 6, "mark", "ADP"), ("venir", 4, "xcomp", "VERB"), (",", 9, "punct", "PUNCT"),
        ("a", 9, "aux:tense", "AUX"), ("rapporté", 3, "advcl", "VERB"),
        ("KCNA", 9, "obj", "PROPN"), (".", 3, "punct", "PUNCT"), ("\n\n", 3, "dep", "SPACE")])
    assert piece_texts(doc, 3, "dire") == ["prêt à venir"]


def test_se_voir_and_a_speech_verb_is_a_passive_nobody_speaks_in() -> None:
    assert mentions_of("Ingrid se voit confier les clés d'« une suite, avec toute sa famille "
                       "installée autour ».") == []


def test_a_person_greeted_is_no_statement() -> None:
    assert mentions_of("Les délégations ont été acclamées par le public, qui a également "
                       "bruyamment salué Vladimir Poutine et George W. Bush à leur apparition "
                       "sur les écrans du stade.") == []
    found = mentions_of("Le dalaï lama a salué Nicolas Sarkozy pour sa « fidélité ».")
    assert [m.text for m in found] == ["Nicolas Sarkozy pour sa « fidélité »"]


def test_seeing_something_done_is_no_statement() -> None:
    # "Les trois heures de spectacle ont vu défiler 205 délégations": "voir" reports speech
    # only with an object and its attribute ("voit dans X …", "voir X comme Y").
    doc = hand_parsed([
        ("heures", 2, "nsubj", "NOUN"), ("ont", 2, "aux:tense", "AUX"), ("vu", 2, "ROOT", "VERB"),
        ("défiler", 2, "xcomp", "VERB"), ("délégations", 3, "obj", "NOUN"),
        (".", 2, "punct", "PUNCT")])
    assert states_nothing(doc[2], "voir")


def test_an_attribution_the_parser_hangs_on_a_noun_of_the_quotation_is_no_description() -> None:
    # "« … système … », a renchéri X": the compound tense hung on "système" as a participle.
    doc = hand_parsed([
        ("«", 1, "punct", "PUNCT"), ("système", 1, "ROOT", "NOUN"), ("»", 1, "punct", "PUNCT"),
        (",", 5, "punct", "PUNCT"), ("a", 5, "aux:tense", "AUX"), ("renchéri", 1, "acl", "VERB"),
        ("Castries", 5, "obl:mod", "PROPN"), (".", 1, "punct", "PUNCT")])
    assert not states_nothing(doc[5], "renchérir")
    # "Edvige a prévu de répertorier …": the same tense hung on a noun, no attribution
    doc = hand_parsed([
        ("Edvige", 0, "ROOT", "NOUN"), ("a", 2, "aux:tense", "AUX"), ("prévu", 0, "acl", "VERB"),
        ("cela", 2, "obj", "PRON"), (".", 0, "punct", "PUNCT")])
    assert states_nothing(doc[2], "prévoir")


def test_verbs_of_the_second_and_third_groups_are_conjugated() -> None:
    assert [speech_lemma(w) for w in ("renchéri", "réjouit", "plaint", "enjoint", "dépeint")] == [
        "renchérir", "réjouir", "plaindre", "enjoindre", "dépeindre"]


def test_what_on_learned_from_a_source_is_that_source_s_statement() -> None:
    found = mentions_of("La mère de Mohamed a été placée en garde à vue hier soir, a-t-on appris "
                        "mercredi 20 août de source judiciaire.")
    assert [(m.text, m.speaker) for m in found] == [
        ("La mère de Mohamed a été placée en garde à vue hier soir", "source judiciaire")]
    found = speakers_of("Le trader a été interpellé, a-t-on appris auprès de la police.")
    assert found == ["la police"]
    assert mentions_of("Jean Dupont a déclaré qu'il viendrait. Il a appris que sa mère était "
                       "malade. On a appris mardi que la banque allait fermer.")[1:] == []


def test_words_quoted_as_a_thing_the_sentence_is_about_are_nobody_s_statement() -> None:
    found = mentions_of("Ingrid Betancourt a reçu des cadeaux. La marque a hésité, se demandant "
                        "si ce « geste de femme à femme » n'était pas « un peu futile ».")
    assert "geste de femme à femme" not in [m.text for m in found]
    found = speakers_of("Georges Pauget a expliqué que les banques prêteraient. « Les encours de "
                        "crédit à l'économie française » des six réseaux concernés devront "
                        "progresser de 3 % à 4 % en rythme annuel.")
    assert found == ["Georges Pauget"]  # the first sentence only


def test_an_attribution_after_a_linking_word_introduces_what_follows() -> None:
    found = mentions_of("Et puis, ajoute Georges Pauget, il s'agit d'un plancher.")
    assert [(m.text, m.speaker) for m in found] == [("il s'agit d'un plancher", "Georges Pauget")]


def test_quoted_words_listed_after_a_quoted_term_are_a_term_too() -> None:
    found = speakers_of("Daniel Bouton a parlé. La banque a déposé plainte non pas pour "
                        "\"fraude\", terme flou, mais pour \"faux et usage de faux\" et \"atteinte "
                        "au système de traitement automatisé des données\".")
    assert found == []  # "a parlé" has no content; the rest are terms
    found = mentions_of("Jean Dupont a dénoncé « une honte » et « un scandale d'Etat qui doit "
                        "cesser ».")
    assert [m.text for m in found] == ["une honte", "un scandale d'Etat qui doit cesser"]


def test_a_thing_pointed_at_by_a_demonstrative_says_nothing_even_with_a_verb_of_people() -> None:
    assert mentions_of("Marie Dupont a écrit un livre. Cette décision confirme que la loi "
                       "était mauvaise.") == []
    assert speakers_of("Jean Dupont a écrit un livre. Ce spécialiste de la Colombie a affirmé "
                       "que la loi était mauvaise.") == ["Jean Dupont"]


def test_d_apres_names_a_source_as_selon_does() -> None:
    found = mentions_of("D'après la police, le suspect a pris la fuite vers le sud.")
    assert [(m.text, m.speaker) for m in found] == [
        ("le suspect a pris la fuite vers le sud", "la police")]


def test_a_source_pointing_back_inside_the_quotation_is_part_of_what_is_said() -> None:
    found = mentions_of("« Une rencontre directe se ferait au détriment des intérêts chinois », "
                        "a déclaré John Park. « Donc, d'après ce calcul, un pays qui surveille "
                        "la situation de très, très près est la Chine. »")
    assert [m.text for m in found][1] == ("Donc, d'après ce calcul, un pays qui surveille la "
                                          "situation de très, très près est la Chine.")


def test_words_quoted_in_a_source_s_description_are_no_statement() -> None:
    found = mentions_of("Le Comité international olympique a déclaré qu'il protégerait ses "
                        "images. Dans sa ligne de mire, le site suédois The Pirate Bay, un "
                        "système de partage de fichiers.\nD'après le blog de l'un des fondateurs "
                        "du \"site au bateau pirate\", Peter Sunde, le CIO a exigé du "
                        "gouvernement suédois sa collaboration.")
    assert [m.speaker for m in found] == ["Comité international olympique", "Peter Sunde"]


def test_faire_savoir_and_faire_valoir_report_what_follows_whichever_verb_is_the_head() -> None:
    found = mentions_of("Le ministre a fait savoir qu'il ne démissionnerait pas. Le syndicat a "
                        "fait valoir que les salaires étaient trop bas. « Il faut préserver "
                        "toutes les preuves utiles », a fait valoir Mme Weiss. Avant-hier, la "
                        "société a fait savoir qu'elle avait été victime d'un incident.")
    assert [(m.text, m.speaker) for m in found] == [
        ("il ne démissionnerait pas", "Le ministre"),
        ("les salaires étaient trop bas", "Le syndicat"),
        ("Il faut préserver toutes les preuves utiles", "Weiss"),
        ("elle avait été victime d'un incident", "la société")]


def test_of_two_subjects_the_parser_gives_one_verb_anyone_goes_before_a_thing() -> None:
    found = speakers_of("Benoît XVI a prié pour les otages. La libération d'Ingrid Betancourt "
                        "annoncée, il a déclaré qu'il se réjouissait de cette si belle nouvelle.")
    assert found == ["Benoît XVI"]


def test_a_source_after_a_linking_word_opens_the_sentence_all_the_same() -> None:
    found = mentions_of("Roselyne Bachelot a parlé. Mais, pour les quatre députés de la "
                        "mission, « l'incertitude qui pèse sur son coût justifie une étude "
                        "préalable ». Et, selon l'AFP, le directeur financier devrait "
                        "démissionner.")
    assert [(m.text, m.speaker) for m in found] == [
        ("l'incertitude qui pèse sur son coût justifie une étude préalable",
         "les quatre députés de la mission"),
        ("le directeur financier devrait démissionner", "AFP")]


def test_quoted_words_listed_with_commas_after_a_quoted_term_are_terms_too() -> None:
    found = mentions_of("Son avocat a parlé. Jérôme Kerviel a été mis en examen le 28 janvier "
                        "par les juges pour \"faux et usage de faux\", \"introduction dans des "
                        "systèmes de données informatiques\" et \"abus de confiance\".")
    assert found == []
    assert speakers_of("Son entourage a parlé. \"C'était un vrai besoin, intense et intime\", "
                       "\"quelque chose de fondamental pour elle\", insistent ses proches."
                       ) == ["ses proches"]


def test_a_capitalised_name_in_marks_after_an_article_is_no_statement() -> None:
    found = mentions_of("Jean-Luc Romero a réagi. « On va vous observer mourir », a-t-il "
                        "souligné à propos de l'\"Observatoire des pratiques médicales de la fin "
                        "de vie\" dont la mission a proposé la création.")
    assert [m.text for m in found] == ["On va vous observer mourir"]


def test_imagining_is_no_statement() -> None:
    assert mentions_of("Ingrid Betancourt est rentrée. Elle avait découpé une publicité en "
                       "s'imaginant que son fils pouvait désormais ressembler au mannequin.") == []
