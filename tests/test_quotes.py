"""Who said what: statements, their spans and speakers, on small French sentences."""

from __future__ import annotations

from quoting import hand_parsed, mentions_of, parsed, speakers_of
from recoupe.quotes.content import verb_pieces
from recoupe.quotes.speakers import read_mention


def test_a_nationality_with_an_article_is_the_person_named_before() -> None:
    found = mentions_of("Lance Armstrong a annoncé son retour à la compétition. L'Américain a "
                        "précisé qu'il prendrait le départ du Giro au printemps.")
    assert [m.speaker for m in found] == ["Lance Armstrong", "Lance Armstrong"]
    assert found[1].role is None  # a nationality is no role


def test_a_country_with_an_article_is_no_nationality() -> None:
    found = mentions_of("Ingrid Betancourt a remercié Paris. La France a affirmé qu'elle "
                        "n'avait versé aucune rançon aux Farc.")
    assert (found[-1].speaker or "").endswith("France")


def test_a_describing_noun_refers_back_to_the_person_named_before() -> None:
    found = mentions_of("Lance Armstrong a refusé la proposition de l'agence. Le coureur texan "
                        "considère que les échantillons n'ont pas été conservés correctement.")
    assert found[-1].speaker == "Lance Armstrong"
    assert found[-1].role == "coureur texan"


def test_clauses_one_quotation_holds_whole_are_one_direct_quote() -> None:
    found = mentions_of("Interrogé sur la coopération militaire, Vladimir Poutine a répondu "
                        "qu’« il existe certaines restrictions et que la Russie les respecte "
                        "toutes ».")
    assert [(m.kind, m.text) for m in found] == [
        ("direct", "il existe certaines restrictions et que la Russie les respecte toutes")]


def test_an_infinitive_content_runs_to_the_end_of_its_clause() -> None:
    found = mentions_of("Ingrid Betancourt a déclaré avoir lu de la \"terreur\" dans les yeux "
                        "de son geôlier, lorsque celui-ci a été neutralisé dans l'hélicoptère.")
    assert found[0].text.endswith("neutralisé dans l'hélicoptère")


def test_the_role_is_the_first_the_article_gives_and_never_the_name() -> None:
    found = mentions_of("Le porte-parole du Kremlin, Dmitri Peskov, est arrivé mardi. Peskov a "
                        "déclaré que les deux dirigeants discuteraient de sujets sensibles.")
    assert [(m.speaker, m.role) for m in found] == [("Dmitri Peskov", "porte-parole du Kremlin")]


def test_a_quotation_inside_the_reported_speech_that_carries_it_is_one_statement() -> None:
    text = ("Le député Jean Martin a déploré la visite du ministre à Moscou : « fallait-il "
            "vraiment serrer la main de ce dirigeant ? », s'est-il interrogé, regrettant que "
            "le gouvernement n'ait rien dit.")
    found = mentions_of(text)
    starts = [(m.start, m.end) for m in found]
    assert not any(a <= c and d <= b and (a, b) != (c, d) for a, b in starts for c, d in starts)
    assert any(m.text.startswith("la visite du ministre") and m.text.endswith("? »")
               for m in found)
    assert {m.speaker for m in found} == {"Jean Martin"}


def test_a_pronoun_in_a_subordinate_clause_does_not_give_the_last_speaker_its_gender() -> None:
    # "elle" is Moscow here; taken for Durand, it would make him a woman for the rest of
    # the article and hand his "Il a conclu" to the minister
    found = speakers_of("« La Russie manque d'obus », a déclaré Durand, chercheur à "
                        "l'Institut Montaigne. Les munitions pourraient aider Moscou alors "
                        "qu'elle tente d'augmenter sa production. Le ministre Paul Martin a "
                        "démenti ces chiffres lundi soir à Paris. Selon Durand, le conflit "
                        "sera long. Il a conclu que l'Europe devait se préparer.")
    assert found == ["Durand", "Durand", "Durand"]


def test_hopes_plans_and_consent_with_an_infinitive_are_no_statements() -> None:
    found = mentions_of("Les pays membres espéraient pouvoir progresser sur le climat. Le "
                        "président a accepté de se rendre à Pyongyang. Le ministre espère que "
                        "les négociations reprendront en janvier.")
    assert [m.text for m in found] == ["les négociations reprendront en janvier"]


def test_an_inverted_attribution_may_carry_the_addressee_clitic() -> None:
    found = mentions_of("Le président a reçu le chef du gouvernement. \"C'est notre "
                        "tradition\", lui a dit le président en anglais.")
    assert [m.text for m in found] == ["C'est notre tradition"]


def test_the_subject_of_a_passive_speech_verb_is_not_its_speaker() -> None:
    found = mentions_of("Lance Armstrong est soupçonné d'avoir utilisé de l'EPO en 1999. Il a "
                        "été expliqué à l'ambassadeur que la rencontre avait mis à mal les "
                        "relations.")
    assert [m.text for m in found] == ["la rencontre avait mis à mal les relations"]


def test_a_source_opening_the_sentence_holds_the_reports_inside_it() -> None:
    found = mentions_of("Le procureur Jean Martin a tenu une conférence de presse. Selon le "
                        "procureur, la voisine aurait alors avoué au père avoir perdu l'enfant.")
    assert [(m.text, m.speaker) for m in found] == [
        ("la voisine aurait alors avoué au père avoir perdu l'enfant", "Jean Martin")]


def test_for_his_part_is_no_opinion_source() -> None:
    found = mentions_of("Pour sa part, le dalaï lama a félicité le président pour sa "
                        "position.")
    assert [m.text for m in found] == ["le président pour sa position"]


def test_a_name_set_off_by_a_comma_after_a_speaker_noun_is_its_name() -> None:
    # The parse the French model gives "Selon une cousine, Khaldia Dussourt, …" at times:
    # the name as a plain nmod, with no entity label.
    doc = hand_parsed([("Selon", 2, "case", "ADP"), ("une", 2, "det", "DET"),
                       ("cousine", 9, "obl:mod", "NOUN"), (",", 2, "punct", "PUNCT"),
                       ("Karima", 2, "nmod", "PROPN"), ("Benali", 4, "flat:name", "PROPN"),
                       (",", 9, "punct", "PUNCT"), ("elle", 9, "nsubj", "PRON"),
                       ("a", 9, "aux:tense", "AUX"), ("menti", 9, "ROOT", "VERB")])
    mention = read_mention(doc[2])
    assert (mention.kind, mention.text) == ("name", "Karima Benali")


def test_an_inverted_subject_read_as_a_complement_is_still_the_speaker() -> None:
    found = speakers_of("Le pays pourrait disposer de millions d'obus anciens, qui pourraient "
                        "renforcer les forces russes en Ukraine, affirment des analystes.")
    assert found == ["des analystes"]


def test_a_subject_after_a_fronted_adverbial_is_the_speaker_not_a_later_name() -> None:
    found = speakers_of("Le 3 mars, après une longue absence, Dupont avait annoncé qu'il "
                        "revenait à la compétition sous les couleurs de l'équipe Astana (dont "
                        "le leader est l'Espagnol Alberto Contador).")
    assert found == ["Dupont"]


def test_a_pronominal_speech_verb_without_its_clitic_reports_nothing() -> None:
    found = mentions_of("Le dirigeant aurait pu leur ordonner de montrer qu'il contrôle les "
                        "activités militaires même à l'extérieur du pays, a déclaré Jean Dupont.")
    assert [m.speaker for m in found] == ["Jean Dupont"]
    assert found[0].text.startswith("Le dirigeant aurait pu")


def test_holding_an_office_is_no_statement() -> None:
    doc = parsed("La France assure la présidence tournante de l'Union européenne. Le ministre "
                 "assure son « soutien total » aux victimes.")
    holds, supports = [t for t in doc if t.text == "assure"]
    assert verb_pieces(holds, "assurer") == []
    assert verb_pieces(supports, "assurer") != []


def test_the_speaker_may_follow_the_addressee_and_a_relative_selon_is_no_source() -> None:
    found = mentions_of("\"Rien ne prouve un accord secret. La thèse selon laquelle l'armée a "
                        "trompé les rebelles est très plausible\", assure à la presse Pierre "
                        "Durand, l'ex-mari de la militante.")
    assert [(m.speaker, m.role) for m in found] == [("Pierre Durand",
                                                     "ex-mari de la militante")]
    assert found[0].text.startswith("Rien ne prouve")


def test_one_of_them_followed_by_a_name_is_that_name_past_the_nationality() -> None:
    doc = hand_parsed([("selon", 2, "case", "ADP"), ("l'", 2, "det", "DET"),
                       ("un", 2, "ROOT", "PRON"), ("d'", 4, "case", "ADP"),
                       ("eux", 2, "nmod", "PRON"), (",", 7, "punct", "PUNCT"),
                       ("le", 7, "det", "DET"), ("Suisse", 2, "appos", "PROPN"),
                       ("Jean", 7, "appos", "PROPN"), ("Ziegler", 8, "flat:name", "PROPN")])
    mention = read_mention(doc[2])
    assert (mention.kind, mention.text) == ("name", "Jean Ziegler")


def test_a_concessive_clause_is_not_part_of_the_content_it_follows() -> None:
    found = mentions_of("Le ministre a démenti toute participation étrangère à l'opération "
                        "bien qu'il ait reconnu que les Américains en avaient été informés.")
    assert [m.text for m in found] == ["toute participation étrangère à l'opération",
                                       "les Américains en avaient été informés"]


def test_a_definite_title_going_on_with_a_statement_is_the_last_speaker() -> None:
    found = mentions_of("Le vice-ministre Wang Yi a déclaré que la Chine protestait "
                        "vivement. « Cette rencontre est une ingérence grave », a ajouté le "
                        "responsable.")
    assert [m.speaker for m in found][-1] == "Wang Yi"


def test_a_describing_noun_far_from_any_name_is_the_person_the_article_is_about() -> None:
    found = mentions_of(
        "Paul Dupont ne veut pas revenir. Paul Dupont n'a pas relevé le défi du juge. "
        "Ce dernier avait proposé une nouvelle analyse en mars. Le refus était attendu. "
        "La fédération n'a pas commenté. Le débat reste ouvert. Le coureur lyonnais "
        "considère que les échantillons n'ont pas été conservés correctement.")
    assert [m.speaker for m in found][-1] == "Paul Dupont"


def test_a_describing_noun_may_refer_back_to_an_unnamed_person() -> None:
    found = speakers_of("La mère a raconté être partie en Algérie au chevet de sa mère "
                        "malade. Agée de 34 ans, la jeune femme a affirmé ne pas avoir emmené "
                        "son fils avec elle.")
    assert found == ["La mère", "La mère"]


def test_the_head_of_state_is_the_president_not_a_spiritual_chief() -> None:
    found = mentions_of(
        "Le président de la République, Emmanuel Macron, a reçu le dalaï lama, chef "
        "spirituel des Tibétains. « Je suis libre de mon agenda », a déclaré le chef de "
        "l'Etat au cours d'une conférence de presse.")
    assert [m.speaker for m in found][-1] == "Emmanuel Macron"


def test_a_title_with_a_name_after_its_comma_is_one_person_for_the_next_pronoun() -> None:
    found = mentions_of(
        "Le dalaï lama a déclaré que la paix viendrait. Le président du PE, Hans-Gert Müller, "
        "a assuré le lauréat que le Parlement allait le soutenir. « Si nous arrêtions de "
        "nous battre, nous renoncerions à nous-mêmes », a-t-il souligné.")
    assert [m.speaker for m in found][-1] == "Hans-Gert Müller"


def test_a_quoted_title_of_a_work_is_nobody_s_words() -> None:
    found = mentions_of("Le ministre a déclaré que tout était prêt. C'est le réalisateur Jean "
                        "Dupont, connu pour son film « Le secret des poignards volants », qui a "
                        "supervisé la cérémonie.")
    assert [m.text for m in found] == ["tout était prêt"]


def test_a_speaker_name_holds_neither_the_day_nor_the_minister_s_portfolio() -> None:
    found = speakers_of("Selon la ministre de l'Économie Christine Lagarde, la banque a perdu "
                        "600 millions. « Je suis frustrée », a déclaré Christine Lagarde "
                        "vendredi.")
    assert found == ["Christine Lagarde", "Christine Lagarde"]


def test_thanks_insistence_exclusion_and_quoted_topics_are_statements() -> None:
    found = mentions_of(
        "Marie Dupont a remercié le président français et son prédécesseur. Le ministre a "
        "insisté sur sa volonté de dialogue avec les rebelles. Le gouvernement a exclu "
        "toute concession sur le territoire. Le général a parlé d'une « heureuse "
        "coïncidence ». Le président a parlé du soutien de l'Union soviétique.")
    assert [m.text for m in found] == [
        "le président français et son prédécesseur",
        "sa volonté de dialogue avec les rebelles",
        "toute concession sur le territoire",
        "une « heureuse coïncidence »"]


def test_a_pronoun_with_nobody_before_it_is_the_person_the_article_is_about() -> None:
    found = mentions_of(
        "Paul Dupont refuse l'analyse. Paul Dupont n'a pas relevé le défi. La fédération "
        "n'a pas commenté. Le débat reste ouvert. La décision tarde. Le flou demeure. "
        "« Aucune proposition ne permettrait de fournir une preuve », a-t-il déclaré.")
    assert (found[-1].text, found[-1].speaker) == (
        "Aucune proposition ne permettrait de fournir une preuve", "Paul Dupont")


def test_a_function_is_preferred_to_a_description_as_the_role() -> None:
    found = mentions_of(
        "L'ex-otage Marie Dupont a déclaré qu'elle était heureuse. Marie Dupont, ancienne "
        "candidate présidentielle des verts, a affirmé que la France avait tout fait.")
    assert {m.role for m in found} == {"ancienne candidate présidentielle des verts"}


def test_the_speaker_may_follow_the_day_of_the_statement() -> None:
    found = speakers_of("Paul Dupont a une chance sur deux de participer au prochain Tour de "
                        "France, a déclaré mercredi Johan Bruyneel, en marge de la "
                        "présentation du tracé.")
    assert found == ["Johan Bruyneel"]


def test_a_definite_title_right_after_a_named_speaker_is_that_speaker() -> None:
    found = mentions_of(
        "Paul Dupont a une chance sur deux de courir le Tour, a déclaré Johan Bruyneel. "
        "« Pour l'instant je dirais que c'est du 50-50 », a dit le manager d'Astana.")
    assert [(m.speaker, m.role) for m in found][-1] == ("Johan Bruyneel", "manager d'Astana")


def test_coordinated_infinitives_are_one_statement_each() -> None:
    found = mentions_of("Paris a affirmé n'avoir été informé de l'opération qu'après la "
                        "libération des otages et n'avoir versé aucune rançon.")
    assert [m.text for m in found] == [
        "n'avoir été informé de l'opération qu'après la libération des otages",
        "n'avoir versé aucune rançon"]


def test_revelations_and_denials_with_a_copula_are_statements() -> None:
    found = mentions_of(
        "Le 23 août 2005, le journal L'Equipe avait révélé que le cycliste avait utilisé de "
        "l'EPO. Paul Dupont, qui a survécu à un cancer, a toujours nié s'être dopé, se "
        "déclarant victime d'une \"chasse aux sorcières\" à la parution de l'enquête.")
    assert [m.text for m in found][:2] == ["le cycliste avait utilisé de l'EPO", "s'être dopé"]


def test_a_named_attribution_inside_the_marks_interrupts_the_quotation() -> None:
    found = mentions_of(
        "« Encore aujourd'hui avec le Tour, il y a des doutes, a déclaré Armstrong. Tous "
        "connaissent son importance, mais je pourrais être détourné de ma mission. »")
    assert [(m.text, m.speaker) for m in found] == [
        ("Encore aujourd'hui avec le Tour, il y a des doutes", "Armstrong"),
        ("Tous connaissent son importance, mais je pourrais être détourné de ma mission.",
         "Armstrong")]


def test_a_described_speaker_inside_the_marks_interrupts_the_quotation() -> None:
    found = mentions_of(  # the parser reads "le ministre" as the object of "explique"
        "Le ministre est arrivé hier à Marseille. « Nous ne céderons pas, explique le ministre "
        "de l'Intérieur. Les casseurs seront punis. »")
    assert [(m.text, m.speaker) for m in found] == [
        ("Nous ne céderons pas", "le ministre de l'Intérieur"),
        ("Les casseurs seront punis.", "le ministre de l'Intérieur")]


def test_a_newspaper_relaying_the_words_inside_the_marks_is_not_their_speaker() -> None:
    found = mentions_of(
        "Lance Armstrong émet des doutes sur sa présence au départ du Tour. « Il est possible "
        "que le Tour d'Italie soit ma seule course de trois semaines, rapporte l'édition "
        "d'hier de La Gazzetta dello Sport. Encore aujourd'hui, il y a des doutes. »")
    assert [(m.text, m.speaker) for m in found][-2:] == [
        ("Il est possible que le Tour d'Italie soit ma seule course de trois semaines",
         "Lance Armstrong"),
        ("Encore aujourd'hui, il y a des doutes.", "Lance Armstrong")]


def test_what_follows_an_inside_attribution_is_quoted_only_when_it_states_something() -> None:
    found = mentions_of(
        "Les banques ont été recapitalisées. « C'est une logique de prévention qui a fait ses "
        "preuves, analyse Nicolas Bouzou, économiste au cabinet Astérès. » Il ajoute que "
        "l'État n'y perdra rien.")
    assert [m.text for m in found] == [
        "C'est une logique de prévention qui a fait ses preuves", "l'État n'y perdra rien"]


def test_a_name_the_parse_hangs_on_the_content_is_the_next_clause_speaker() -> None:
    found = mentions_of(  # the parse makes "déclaré" a relative clause of "résultats"
        "Poutine a quitté le cosmodrome. Notant ce qu'il a qualifié de présentation "
        "officielle « laconique » des résultats du sommet, Alexandre Vorontsov, de l'Institut "
        "d'études asiatiques de l'Académie russe des sciences, aurait déclaré, selon l'agence "
        "de presse Tass, que « la plupart des accords conclus resteront secrets ».")
    assert [(m.text, m.speaker) for m in found] == [
        ("présentation officielle « laconique » des résultats du sommet",
         "Alexandre Vorontsov"),
        ("la plupart des accords conclus resteront secrets", "Alexandre Vorontsov")]


def test_a_name_in_apposition_inside_the_content_stays_in_it() -> None:
    found = mentions_of("Christine Lagarde a réagi. Dans un communiqué, elle a indiqué qu'elle "
                        "s'était assurée, de "
                        "concert avec le gouverneur de la Banque de France, Christian Noyer, "
                        "que la banque était solide.")
    assert "Christian Noyer" in found[0].text


def test_an_object_pointing_at_words_said_quotes_none_of_them() -> None:
    found = mentions_of("Le ministre a répété ce qu'il avait dit la veille aux syndicats.")
    assert found == []


def test_a_concession_after_the_content_is_a_statement_of_its_own() -> None:
    found = mentions_of("Le leader tibétain a assuré n'avoir \"aucun agenda politique\", même "
                        "s'il a salué \"l'intérêt sincère de beaucoup de Français\".")
    assert [m.text for m in found] == ['n\'avoir "aucun agenda politique"',
                                       "l'intérêt sincère de beaucoup de Français"]


def test_words_before_an_inserted_attribution_quote_only_a_statement() -> None:
    found = mentions_of("Lance Armstrong est revenu au cyclisme. En France, avait-il dit, "
                        "\"je ressens de l'agressivité, de la colère\".")
    assert [m.text for m in found] == ["je ressens de l'agressivité, de la colère"]


def test_the_clause_before_a_colon_names_the_speaker_whatever_its_verb() -> None:
    found = mentions_of(
        "La mère de Mohamed est rentrée d'Algérie. Dès qu'elle a reconnu Mohamed, Khaldia a "
        "alerté sa cousine : « Elle m'a dit qu'elle avait appelé tous les jours. La nounou lui "
        "a menti. » A cent mètres de là, Mireille, une voisine, donne des précisions : « Les "
        "vêtements n'ont pas bougé depuis une semaine. »")
    assert [(m.text, m.speaker) for m in found][-2:] == [
        ("Elle m'a dit qu'elle avait appelé tous les jours. La nounou lui a menti.", "Khaldia"),
        ("Les vêtements n'ont pas bougé depuis une semaine.", "Mireille")]


def test_an_institution_before_a_colon_does_not_speak_the_quotation() -> None:
    found = speakers_of(
        "Jean-Luc Romero, président de l'ADMD, ne mâche pas ses mots : « On s'est bien moqués "
        "de nous. » La commission Leonetti, créée après l'affaire Sébire, ne trouve pas "
        "grâce aux yeux de Jean-Luc Romero : « Pendant six mois, ils ont soi-disant travaillé "
        "pour ne rien nous annoncer. »")
    assert found == ["Jean-Luc Romero", "Jean-Luc Romero"]


def test_a_quotation_announced_runs_past_the_sentence_the_parse_gives_the_verb() -> None:
    found = mentions_of("À l'Assemblée nationale, Jean-Marc Ayrault a dénoncé : « On finance "
                        "les banques sans contrepartie. En ce qui concerne les PME, rien. »")
    assert [m.text for m in found] == [
        "On finance les banques sans contrepartie. En ce qui concerne les PME, rien."]


def test_voicing_doubts_or_reservations_is_a_statement_issuing_bonds_is_not() -> None:
    found = mentions_of(
        "Lance Armstrong a changé d'avis. L'Américain émet des doutes sur sa présence au "
        "départ du Tour 2009. La Cnil a émis des réserves sur le décret. La banque a émis "
        "des obligations à dix ans.")
    assert [(m.text, m.speaker) for m in found] == [
        ("des doutes sur sa présence au départ du Tour 2009", "Lance Armstrong"),
        ("des réserves sur le décret", "Cnil")]


def test_a_quoted_term_qualifying_a_noun_is_no_statement() -> None:
    found = mentions_of(
        "Le Parti communiste a demandé l'abandon du fichier Edvige. Le fichier permet de "
        "recenser dès 13 ans des personnes jugées « susceptibles de porter atteinte à l'ordre "
        "public ». La banque a déposé une plainte pour « faux et usage de faux ».")
    assert [m.text for m in found] == ["l'abandon du fichier Edvige"]


def test_quoted_words_that_state_something_stay_quotes() -> None:
    found = mentions_of(
        "Frédéric Lefebvre défend le fichier Edvige. Les conditions d'accès au fichier sont "
        "« renforcées, à la demande de la Cnil ». Jérôme Kerviel conteste la décision du "
        "parquet, qui est selon lui « dans l'intérêt exclusif de l'accusation ».")
    assert [m.text for m in found if m.kind == "direct"] == [
        "renforcées, à la demande de la Cnil", "dans l'intérêt exclusif de l'accusation"]


def test_a_name_after_the_source_s_comma_is_the_claim_s_subject_unless_set_off() -> None:
    found = mentions_of(
        "Vladimir Poutine a reçu son hôte. Selon M. Poutine, Kim Jong Un va assister à une "
        "démonstration de la marine russe. Mais la rencontre doit avoir lieu dans un autre "
        "cadre, selon le porte-parole du Kremlin, Dmitri Peskov.")
    assert [(m.text, m.speaker) for m in found] == [
        ("Kim Jong Un va assister à une démonstration de la marine russe", "Vladimir Poutine"),
        ("Mais la rencontre doit avoir lieu dans un autre cadre", "Dmitri Peskov")]


def test_greeting_a_guest_is_no_statement_but_praise_is() -> None:
    found = mentions_of("Le président a accueilli la délégation, saluant son invité avec une "
                        "poignée de main d'environ 40 secondes. Le dalaï lama a salué la "
                        "ténacité du président français.")
    assert [m.text for m in found] == ["la ténacité du président français"]


def test_an_infinitive_after_the_inverted_speaker_belongs_to_the_role() -> None:
    found = mentions_of("« Ils sont très concentrés sur les obus », a déclaré John Park, "
                        "directeur du projet Corée au Belfer Center de la Harvard Kennedy "
                        "School.")
    assert [m.text for m in found] == ["Ils sont très concentrés sur les obus"]


def test_recognising_someone_and_a_relative_que_are_no_statements() -> None:
    found = mentions_of("En lisant le journal, elle a reconnu le fils de sa cousine qu'elle a "
                        "immédiatement alertée. La femme a reconnu les cheveux bouclés du petit "
                        "garçon.")
    assert found == []


def test_after_an_inverted_speaker_comes_their_role_not_a_content() -> None:
    found = mentions_of("« Il y aura une réunion avec les dirigeants du Tour », a annoncé "
                        "Bruyneel, son directeur sportif lors de ses sept victoires.")
    assert [m.text for m in found] == ["Il y aura une réunion avec les dirigeants du Tour"]


def test_stances_and_commitments_are_no_statements() -> None:
    found = mentions_of("L'Américain s'est montré moins affirmatif quant à sa participation. "
                        "Il vient de s'engager à disputer le Tour d'Italie. Les organisateurs "
                        "ne se sont pas opposés à un éventuel retour du coureur.")
    assert found == []


def test_a_prospective_sequel_coordinated_with_the_speech_verb_is_reported_too() -> None:
    # A sentence of the sample story (examples/vostochny-2023/000_…), as scraped.
    found = mentions_of(
        "Poutine a déclaré à la télévision d’État russe que Kim visiterait seul deux autres "
        "villes d’Extrême-Orient après le sommet, s’envolant pour Komsomolsk-sur-l’Amour, où "
        "il visitera une usine aéronautique, puis se rendra à Vladivostok pour voir la flotte "
        "russe du Pacifique. une université et d’autres installations.")
    assert found[0].text.endswith("puis se rendra à Vladivostok pour voir la flotte russe du "
                                  "Pacifique")
