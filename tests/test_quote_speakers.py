"""Who speaks, and how much of the sentence is the statement: titles bound to names, parses
that lose the attribution, partial quotes inside a clause."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from quoting import analysed, mentions_of, parsed, speakers_of
from recoupe.entities import resolve_entities
from recoupe.evaluation.quotes import GoldQuote, Predicted, Tally, match, same_speaker
from recoupe.nlp.speech import speech_lemma
from recoupe.quotes import all_mentions
from recoupe.quotes.trailing import trailing_attribution


def test_a_title_with_a_qualifying_word_is_bound_to_the_person_it_describes() -> None:
    found = mentions_of("Le septuple vainqueur du Tour de France estime que les échantillons "
                        "n'ont pas été conservés correctement.",
                        "L'Américain Lance Armstrong, septuple vainqueur du Tour de France, a "
                        "annoncé son retour à la compétition.")
    assert found[0].speaker == "Lance Armstrong"


def test_a_named_apposition_the_parser_makes_a_second_subject_is_the_speaker() -> None:
    found = speakers_of("Le commandant des forces militaires colombiennes, le général Freddy "
                        "Padilla a pour sa part révélé que seul l'hélicoptère avait à son bord "
                        "deux pilotes.")
    assert found == ["Freddy Padilla"]


def test_an_acronym_right_after_an_inverted_title_is_its_name() -> None:
    found = speakers_of("La Chine « a émis une forte protestation au sujet de cette "
                        "rencontre », a relayé la chaîne de télévision publique CCTV lors de "
                        "son grand journal de 19 heures.")
    assert found == ["CCTV"]


def test_a_title_that_shares_a_modifier_with_a_role_is_that_person() -> None:
    found = speakers_of("Le dalaï lama, chef spirituel des Tibétains, est arrivé à Gdansk.",
                        "Le chef spirituel bouddhiste a salué la ténacité du président "
                        "français. Le chef bouddhiste a ajouté qu'il restait optimiste.")
    assert found == ["dalaï lama", "dalaï lama"]


def test_a_relative_clause_speaks_for_the_noun_right_before_it_when_that_one_can_speak() -> None:
    found = speakers_of("M. Sarkozy ne l'avait finalement pas fait, s'attirant de vives "
                        "critiques de l'opposition qui l'avait accusé de protéger les intérêts "
                        "économiques français en Chine.")
    assert found == ["l'opposition"]


def test_an_attribution_after_doubled_marks_and_adverbials_is_still_read() -> None:
    found = mentions_of("La communauté d'affaires guette désormais les implications de cette "
                        "brouille.\n« \"C'est maintenant que les choses sérieuses "
                        "commencent\" », soufflait, ce week-end, un entrepreneur français de "
                        "Pékin.")
    assert [(m.text, m.speaker) for m in found] == [
        ("C'est maintenant que les choses sérieuses commencent",
         "un entrepreneur français de Pékin")]


def test_the_speaker_after_the_adverbials_is_the_first_part_that_names_someone() -> None:
    text = "« Tout va bien », glissait, hier soir, la ministre de l'Economie."
    doc = parsed(text)
    verb, speaker = trailing_attribution(doc[:], text.index("»") + 1) or (None, None)
    assert (verb.text, speaker.text) == ("glissait", "ministre")


def test_a_quoted_fragment_inside_a_clause_makes_the_clause_the_statement() -> None:
    found = mentions_of("Le procureur a indiqué que l'enquête se poursuivait. Sa mère aurait "
                        "été prévenue par une amie « qui aurait vu la photo de l'enfant dans le "
                        "journal », et elle est rentrée.")
    assert found[-1].text == ("Sa mère aurait été prévenue par une amie « qui aurait vu la "
                              "photo de l'enfant dans le journal »")
    assert found[-1].kind == "mixed"


def test_a_quotation_that_stands_alone_keeps_its_own_span() -> None:
    found = mentions_of("Le procureur a parlé longuement. Sa conclusion tient en une "
                        "phrase : « une enquête minutieuse sera menée jusqu'au bout ».")
    assert found[-1].text == "une enquête minutieuse sera menée jusqu'au bout"


def test_the_evaluation_compares_speakers_without_their_article() -> None:
    assert same_speaker("l'armée colombienne", "armée colombienne")
    assert same_speaker("le parquet", "parquet de Marseille")
    assert not same_speaker("vives critiques de l'opposition", "l'opposition")


def test_a_participle_after_a_quotation_has_its_object_there_not_a_speaker() -> None:
    text = ("Le parti a demandé un débat sur le fichier, « susceptible de ficher les "
            "mineurs », dénonçant un « inacceptable » instrument de fichage.")
    doc = parsed(text)
    assert trailing_attribution(doc[:], text.index("»") + 1) is None


def test_a_shared_nationality_or_a_named_institution_is_no_evidence_for_a_title() -> None:
    found = mentions_of("Jampal Chosang, chef du bureau tibétain de Paris, est arrivé hier. "
                        "Yann Padova, secrétaire général de la Cnil, a été reçu.",
                        "Le chef spirituel tibétain a déclaré qu'il restait optimiste. Le "
                        "secrétaire général de la FSU a estimé que le texte avait vécu.")
    assert not {"Jampal Chosang", "Yann Padova"} & {m.speaker for m in found}


def test_a_quoted_term_inside_a_sentence_stays_a_term() -> None:
    found = mentions_of("Le procureur a indiqué que l'enquête se poursuivait. Le trader a été "
                        "mis en examen le 28 janvier par les juges pour « faux et usage de "
                        "faux ».")
    assert all(not m.text.startswith("Le trader") for m in found)


def test_a_relative_clause_after_a_company_name_speaks_for_the_company() -> None:
    found = speakers_of("De quoi fragiliser la position de la Société générale qui assure "
                        "avoir toujours contrôlé avec prudence ses salles de marché.")
    assert found == ["Société générale"]


def test_verbs_whose_stem_takes_a_grave_accent_are_known_in_every_form() -> None:
    assert [speech_lemma(w) for w in ("relève", "relèvent", "relevé", "martèle")] == [
        "relever", "relever", "relever", "marteler"]
    assert speech_lemma("tweete") == "tweeter"  # a double vowel takes no accent


def test_an_inverted_capital_after_an_adverb_speaks() -> None:
    found = mentions_of("Le porte-parole chinois a critiqué la rencontre. « La Chine estime, à "
                        "tort, que la France a la capacité de maintenir la discipline », relève "
                        "également Paris.")
    assert found[-1].speaker == "Paris"


def test_a_source_that_names_a_document_speaks_with_who_provided_it() -> None:
    found = mentions_of("Selon les éléments fournis par le procureur de la République de "
                        "Marseille, la femme l'avait confié à cette amie, moyennant finances.")
    assert [(m.text, m.speaker) for m in found] == [
        ("la femme l'avait confié à cette amie, moyennant finances",
         "le procureur de la République de Marseille")]


def test_one_of_a_group_of_people_is_a_speaker_described_without_the_clause() -> None:
    found = mentions_of("L'un des deux guérilleros des Farc capturés le 2 juillet lors de "
                        "l'opération a nié hier avoir trahi ses anciens compagnons.")
    assert [(m.text, m.speaker) for m in found] == [
        ("avoir trahi ses anciens compagnons", "L'un des deux guérilleros des Farc")]


def test_family_words_name_speakers() -> None:
    found = speakers_of("La maman de Mohamed a indiqué qu'elle avait confié son fils à une "
                        "amie.")
    assert found == ["La maman de Mohamed"]


def test_a_statement_the_parse_cuts_inside_a_quotation_runs_to_its_closing_mark() -> None:
    # A sentence of the sample story (examples/vostochny-2023/000_…), as scraped.
    found = mentions_of(
        "Faisant rapport sur la réunion jeudi, l’agence de presse officielle nord-coréenne a "
        "déclaré que Kim avait invité Poutine à se rendre en Corée du Nord à un « moment "
        "opportun » et que Poutine avait accepté avec « plaisir et réaffirmé sa volonté de "
        "perpétuer invariablement » l’histoire de l’amitié entre les nations..")
    spans = sorted((m.start, m.end) for m in found)
    assert all(end <= start for (_, end), (start, _) in pairwise(spans))  # no overlap
    assert any("perpétuer invariablement »" in m.text for m in found)


def test_a_claim_followed_by_its_source_ends_before_the_source() -> None:
    found = mentions_of("Elle devait lui verser 200 euros supplémentaires à son retour prévu "
                        "le 25 août, selon le procureur.")
    assert [m.text for m in found] == [
        "Elle devait lui verser 200 euros supplémentaires à son retour prévu le 25 août"]


def test_a_comme_clause_around_a_speech_verb_names_the_source_but_comme_prevu_does_not() -> None:
    said = mentions_of("Rien n'a été communiqué concernant un éventuel accord de livraisons "
                       "d'armes à la Russie, comme évoqué par Washington.")
    planned = mentions_of("Le sommet aura lieu samedi à Gdansk, comme prévu par le protocole "
                          "signé en juin dernier.")
    assert [m.speaker for m in said] == ["Washington"]
    assert said[0].text.endswith("livraisons d'armes à la Russie")
    assert planned == []


def test_a_source_set_off_with_its_affiliation_or_role_is_left_out_of_the_claim() -> None:
    found = mentions_of(
        "Selon Siemon T. Wezeman, du Stockholm International Peace Research Institute, la "
        "Corée du Nord possède probablement d'importants stocks de munitions.",
        "Selon Andreï Lankov, un expert de la Corée du Nord à l'université Kookmin de Séoul, "
        "un sommet Poutine-Kim fait partie d'un aimable chantage diplomatique.",
        "Selon le porte-parole du Kremlin, Dmitri Peskov, la rencontre aura lieu demain.")
    assert [m.text for m in found] == [
        "la Corée du Nord possède probablement d'importants stocks de munitions",
        "un sommet Poutine-Kim fait partie d'un aimable chantage diplomatique",
        "la rencontre aura lieu demain"]


def test_a_participle_describing_a_noun_reports_nothing() -> None:
    found = mentions_of("Kim Jong-dae, ex-député sud-coréen et chercheur invité à l'Institut "
                        "Yonsei pour les études nord-coréennes, a déclaré que ce sommet "
                        "traduisait un immense changement.")
    assert [m.text for m in found] == ["ce sommet traduisait un immense changement"]


def test_a_role_ends_before_the_clitic_of_the_next_verb() -> None:
    # A sentence of the sample story (examples/vostochny-2023/001_…).
    found = mentions_of("Matthew Miller, porte-parole du Département d'Etat américain, s'est "
                        "inquiété de toute coopération dans le domaine des satellites, qui "
                        "serait \"en violation de plusieurs résolutions de l'ONU\".")
    assert [m.role for m in found] == ["porte-parole du Département d'Etat américain"]


def test_a_reported_content_ends_before_the_channel_that_relays_it() -> None:
    found = mentions_of("Signe du renforcement de leurs liens, Moscou a proposé à Pyongyang "
                        "d'envoyer un cosmonaute nord-coréen dans l'espace, selon les agences "
                        "russes.")
    assert [m.text for m in found] == ["envoyer un cosmonaute nord-coréen dans l'espace"]


def test_a_participle_borrows_the_inverted_subject_of_the_speech_verb_it_follows() -> None:
    # A sentence of the sample story (examples/vostochny-2023/004_…), shortened.
    found = mentions_of("Kim Jong Un était parti avec une délégation de hauts responsables du "
                        "Parti des travailleurs, a écrit le média officiel, confirmant une "
                        "information dévoilée mardi à Reuters par une source proche du dossier.")
    assert {m.speaker for m in found} == {"le média officiel"}
    letting = mentions_of("Le régime, qui surveille l'internet, a laissé les internautes "
                          "exprimer librement leur ressentiment antifrançais.")
    assert letting == []


def test_joint_speakers_stay_joint_when_the_parse_splits_them() -> None:
    found = speakers_of("Moscou et Pyongyang ont nié toute transaction d'armes, tout en "
                        "affichant leur volonté de renforcer leurs liens.",
                        "Gerardo Aguilar et Alexander Farfan ont affirmé qu'ils n'avaient pas "
                        "été achetés.")
    assert found == ["Moscou et Pyongyang",
                                          "Gerardo Aguilar et Alexander Farfan"]


def test_a_quoted_legal_phrase_without_a_conjugated_verb_stays_a_term() -> None:
    found = mentions_of("La Ligue a dénoncé le fichier. Le fichier permet de recenser dès 13 "
                        "ans des personnes jugées « susceptibles de porter atteinte à l'ordre "
                        "public » et celles jouant un « rôle institutionnel significatif ».")
    assert all(not m.text.startswith("Le fichier") for m in found)


def test_a_present_tense_ending_in_re_still_inverts_its_speaker() -> None:
    doc = parsed("« Tout va bien », déclare, ce matin, la ministre de l'Economie.")
    verb, speaker = trailing_attribution(doc[:], doc.text.index("»") + 1) or (None, None)
    assert (verb.text, speaker.text) == ("déclare", "ministre")


def test_the_inverted_subject_of_an_inserted_attribution_is_no_content() -> None:
    found = mentions_of("Le film présente un résumé de l'opération. « Voici les images que le "
                        "monde voulait voir », déclare la voix off sur un ton dramatique.")
    assert [m.text for m in found] == ["Voici les images que le monde voulait voir"]


def test_celui_qui_describes_again_the_person_just_named() -> None:
    found = mentions_of(
        "L'ancien champion belge Eddy Merckx se déclare certain qu'Armstrong ne fera pas le "
        "Tour. \"Il y a beaucoup de raisons à cela\", explique celui qui est un ami très "
        "proche du septuple vainqueur.")
    assert [(m.text, m.speaker) for m in found][-1] == (
        "Il y a beaucoup de raisons à cela", "Eddy Merckx")


def test_ce_dernier_is_the_person_named_last() -> None:
    found = mentions_of(
        "Lance Armstrong n'a pas relevé le défi lancé par Pierre Bordry, le président de "
        "l'Agence française de lutte antidopage. Ce dernier avait proposé mercredi l'analyse "
        "complète de ses échantillons.")
    assert [(m.text, m.speaker) for m in found] == [
        ("l'analyse complète de ses échantillons", "Pierre Bordry")]


def test_a_describing_subject_the_parser_splits_still_sets_who_il_is() -> None:
    found = mentions_of(  # "septuple" parsed as the noun, "vainqueur" as its adjective
        "Lance Armstrong, septuple vainqueur du Tour, n'a pas relevé le défi lancé par Pierre "
        "Bordry. Ce dernier avait proposé l'analyse de ses échantillons. Le septuple vainqueur "
        "du Tour a argumenté son "
        "refus. \"Aucune proposition ne permettrait de fournir une preuve\", a-t-il déclaré.")
    assert found[-1].speaker == "Lance Armstrong"


def test_a_prediction_covering_two_gold_quotes_counts_for_the_one_holding_more_of_it() -> None:
    bordry = GoldQuote("a", 0, 70, "Pierre Bordry", None, None)
    lequipe = GoldQuote("a", 75, 110, "L'Equipe", None, None)
    both = Predicted("a", 0, 110, "Pierre Bordry", None, "q1")
    assert match([both], [bordry, lequipe], 0.3) == {0: 0}
    assert match([both], [lequipe, bordry], 0.3) == {1: 0}


def test_merges_are_scored_across_articles_and_pieces_within_one_apart() -> None:
    gold = [GoldQuote("A", 0, 40, "Poutine", None, "venus-ici"),
            GoldQuote("A", 50, 90, "Poutine", None, "venus-ici"),
            GoldQuote("B", 0, 40, "Poutine", None, "venus-ici")]
    predicted = [Predicted("A", 0, 40, "Poutine", None, "q1"),
                 Predicted("A", 50, 90, "Poutine", None, "q2"),
                 Predicted("B", 0, 40, "Poutine", None, "q1")]
    tally = Tally()
    tally.add_story(gold, predicted, [])
    scores = tally.scores()
    assert (scores["merge_precision"], scores["merge_recall"]) == (1.0, 0.5)
    assert (scores["pieces_precision"], scores["pieces_recall"]) == (0.0, 0.0)


def test_celui_ci_opening_a_sentence_is_the_person_named_last_or_the_last_one_written_of() -> None:
    named = mentions_of("L'e-mail est signé de Sébastien Conquet, du service comptabilité. "
                        "Celui-ci écrit qu'il s'agit d'un rachat fictif.")
    described = mentions_of("Le ministre est arrivé. Celui-ci a déclaré que tout allait bien.")
    institution = mentions_of("Le Comité international olympique se met à l'Internet. "
                              "Celui-ci a annoncé que les images seraient en ligne.")
    assert [m.speaker for m in named] == ["Sébastien Conquet"]
    assert [m.speaker for m in described] == ["Le ministre"]
    assert institution == []  # the committee: no person to give its words to


def test_ces_derniers_are_no_single_person_named_last() -> None:
    found = mentions_of("Bernard Kouchner a reçu les socialistes. Ces derniers ont accusé le "
                        "gouvernement de se comporter comme « une carpette ».")
    assert "Bernard Kouchner" not in [m.speaker for m in found]


def test_a_title_after_the_day_is_the_inverted_speaker() -> None:
    found = mentions_of("Le parquet a ouvert une enquête. « Il y a trop d'interrogations dans "
                        "cette affaire », a ainsi reconnu jeudi le procureur de la République "
                        "de Marseille, Jacques Dallest.")
    assert [(m.text, m.speaker) for m in found] == [
        ("Il y a trop d'interrogations dans cette affaire", "Jacques Dallest")]


def test_a_relative_with_a_singular_verb_after_a_list_of_names_is_the_last_ones() -> None:
    found = speakers_of("Parmi les invités, Jack Lang, Robert Badinter et Jean-Louis Bianco qui "
                        "a bruyamment déclaré que \"ce n'est pas en se comportant comme une "
                        "carpette qu'on gagne le respect\".")
    assert found == ["Jean-Louis Bianco"]


def test_an_inverted_pronoun_stands_for_the_titled_person_who_announced_the_quotation() -> None:
    found = speakers_of("Les policiers se sont rendus au siège, selon le parquet de Paris. Alors "
                        "que ses explications ont suscité l'incrédulité, le PDG Daniel Bouton "
                        "s'est défendu hier dans un entretien au Figaro : \"Ce qui est arrivé "
                        "n'a rien à voir avec une catastrophe. Cela s'apparente à un incendie "
                        "volontaire\", a-t-il déclaré.")
    assert found == ["le parquet de Paris", "Daniel Bouton"]


def test_a_name_the_parser_hung_on_the_noun_before_its_comma_is_still_the_subject() -> None:
    found = speakers_of("Nicolas Bonin, l'un des responsables des opérations d'arbitrage, avait "
                        "été alerté. Lors de son premier interrogatoire devant les enquêteurs de "
                        "la brigade financière, Jérôme Kerviel avait déjà évoqué ces prises de "
                        "positions. Il avait alors souligné qu'il s'agissait de « sa première "
                        "expérience en ce sens ».")
    assert found == ["Jérôme Kerviel"]


def test_a_name_after_a_title_the_parser_made_a_second_subject_is_who_speaks() -> None:
    found = speakers_of("Jacques Turck, directeur général de la police nationale, a été entendu. "
                        "Auditionné à son tour mercredi soir, le directeur général de la police "
                        "nationale (DGPN) Frédéric Péchenard a lui soutenu qu'Edvige n'était "
                        "qu'un \"outil rudimentaire, un fichier d'indexation qui se borne à "
                        "indiquer où se trouve tel ou tel dossier\".")
    assert found == ["Frédéric Péchenard"]


def test_a_word_held_at_a_distance_between_marks_is_still_what_the_sentence_is_about() -> None:
    found = speakers_of("Mohamed avait été trouvé seul. Quant aux faits, la « mère » se défend "
                        "en évoquant une adoption. Elle déclare aussi avoir eu peur qu'on lui "
                        "enlève le garçonnet.")
    assert found == ["la « mère »"]


def test_the_subject_of_an_intertitle_is_no_antecedent_for_the_paragraph_under_it() -> None:
    found = speakers_of("Agée de 34 ans, Fatma Benali a affirmé ne pas avoir emmené son fils "
                        "avec elle.\nLa « nounou » ne serait pas en règle\nElle a dit avoir "
                        "confié l'enfant à une amie.")
    assert found == ["Fatma Benali", "Fatma Benali"]


def test_a_paper_named_like_a_demonym_speaks_as_the_paper() -> None:
    analyses = analysed("Dans un communiqué, la Caisse d'Epargne indique que « Bernard Comolet "
                        "dément les allégations parues dans l'article du Parisien ».\nLe Parisien "
                        "avait indiqué dans ses colonnes que les deux sociétés pourraient se "
                        "séparer à l'amiable.")
    index = resolve_entities(analyses)
    # Where the story shows it is a paper ("les informations parues dans Le Parisien"), the
    # resolver types it an organisation; "le Parisien" is no longer "l'Américain".
    index.entities = [replace(e, type="ORG") if e.name == "Parisien" else e
                      for e in index.entities]
    found = all_mentions(analyses, entities=index)
    assert [m.speaker for m in found] == ["Caisse d'Epargne", "Parisien"]


def test_a_relative_after_a_place_complementing_a_person_stands_for_the_person() -> None:
    found = speakers_of("« Il convient donc qu'il assume sa responsabilité », ajoute le député "
                        "de l'Essonne, qui indique s'être appuyé sur les propositions de l'ADMD.")
    assert found == ["le député de l'Essonne", "le député de l'Essonne"]


def test_the_subject_of_a_predicate_before_a_colon_announces_the_quotation() -> None:
    found = speakers_of("Mais la médecine avance et certains records pourraient tomber. Jacques "
                        "Rogge en est conscient et a donc déjà entrepris des mesures pour "
                        "l'avenir: \"Nous avons congelé les échantillons pour huit ans.\"")
    assert found == ["Jacques Rogge"]


def test_a_subject_set_off_by_its_relative_clause_is_no_inverted_attribution() -> None:
    found = mentions_of("Jeudi encore, la Chine, qui considère le dalaï lama comme un "
                        "\"sécessionniste\", avait appelé la France à gérer \"prudemment\" la "
                        "question tibétaine.")
    assert [(m.text, m.speaker) for m in found][-1] == (
        "la France à gérer \"prudemment\" la question tibétaine", "Chine")


def test_an_intertitle_in_other_words_heads_the_section_of_whoever_speaks_next() -> None:
    found = speakers_of("Le patronat a réagi, selon RTL.\n« Pas question de ficher les "
                        "homosexuels »\nLe patron de la CFDT, François Chérèque, a protesté, "
                        "estimant que ce fichier « ne devrait pas exister ».")
    assert found == ["RTL", "François Chérèque", "François Chérèque"]


def test_an_aside_between_the_auxiliary_and_the_verb_is_no_inverted_attribution() -> None:
    found = mentions_of("Lors de ses voeux aux représentants du culte, en janvier dernier, "
                        "Nicolas Sarkozy avait, pour la première fois, invité les représentants "
                        "de la communauté bouddhiste, et annoncé au passage son intention de "
                        "faire entrer les religions au Conseil économique et social.")
    assert [m.speaker for m in found] == ["Nicolas Sarkozy"]


def test_a_plural_demonstrative_describes_a_group_it_does_not_point_back_to_speakers() -> None:
    found = speakers_of("Les députés de la commission ont souhaité une loi. Ces opposants au "
                        "fichier, auditionnés mercredi par la commission des lois, ont plaidé "
                        "une nouvelle fois pour un recours à la loi.")
    assert found == ["Ces opposants"]


def test_a_pronoun_right_after_a_medium_subject_is_the_medium() -> None:
    found = speakers_of("Ingrid Betancourt a été libérée. La télévision colombienne RCN a "
                        "diffusé mardi soir de nouvelles images de l'opération. Elle révèle "
                        "aussi qu'un avion AWACS américain a été utilisé pendant l'opération.")
    assert found == ["La télévision colombienne RCN"]
