# language: nl
Functionaliteit: De partners in de regio
  Als professional in Voorne-Putten, Goeree-Overflakkee of de Drechtsteden
  wil ik in het advies de namen lezen van de partners in mijn eigen regio
  zodat ik meteen weet wie ik moet bellen.

  @REGIO-DS-01 @REGIO-DS-SCHOOL-01
  Abstract Scenario: In de Drechtsteden zijn de school met haar ondersteuningsteam en het CJG de scharnierpunten
    Gegeven een kind van <leeftijd> jaar <plek>
    En het kind woont in de Drechtsteden
    En er zijn zorgen over <zorgen>
    En de ondersteuning van school <volstaat>
    Als de professional om advies vraagt
    Dan ligt de regie bij <regiehouder>
    En neemt <wie> de regie

    Voorbeelden:
      | leeftijd | plek                        | zorgen               | volstaat      | regiehouder | wie                                              |
      | 8        | op de basisschool           | leren                | volstaat      | de school   | het ondersteuningsteam van de school             |
      | 14       | in het voortgezet onderwijs | psychische problemen | volstaat niet | de gemeente | het Centrum voor Jeugd en Gezin (CJG)            |

  @REGIO-GO-01 @REGIO-GO-SCHOOL-01
  Abstract Scenario: Op Goeree-Overflakkee werken school, samenwerkingsverband en gebiedsteam samen
    Gegeven een kind van <leeftijd> jaar <plek>
    En het kind woont op Goeree-Overflakkee
    En er zijn zorgen over <zorgen>
    Als de professional om advies vraagt
    Dan ligt de regie bij <regiehouder>
    En neemt <wie> de regie

    Voorbeelden:
      | leeftijd | plek                     | zorgen                          | regiehouder | wie                                                      |
      | 8        | op de basisschool        | leren                           | de school   | Samenwerkingsverband Passend Onderwijs Goeree-Overflakkee |
      | 8        | op de basisschool        | meerdere problemen in het gezin | de gemeente | het gebiedsteam van de gemeente Goeree-Overflakkee       |

  @REGIO-VP-BASIS-01
  Scenario: Vanaf de PACT Kinderogen van 9 september 2021 noemt het advies Kindkracht
    De PACT is op 9 september 2021 in Hellevoetsluis getekend. Vanaf die dag gelden de afspraken van de regio.

    Gegeven de datum is 9 september 2021
    En een kind van 8 jaar op de basisschool
    En het kind woont op Voorne-Putten
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan neemt de intern begeleider van de school de regie, samen met samenwerkingsverband Kindkracht

  @REGIE-ONDERWIJS-01
  Scenario: Op 8 september 2021, voor de PACT, gold de algemene afspraak voor Voorne-Putten
    Gegeven de datum is 8 september 2021
    En een kind van 8 jaar op de basisschool
    En het kind woont op Voorne-Putten
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan neemt de intern begeleider of zorgcoördinator van de school de regie, samen met het samenwerkingsverband
    En rust het advies niet op de afspraak "Op Voorne-Putten werkt de basisschool samen met Kindkracht"

  @REGIO-VP-BASIS-01
  Abstract Scenario: Op Voorne-Putten werkt de basisschool samen met Kindkracht
    Gegeven een kind van 8 jaar <plek>
    En het kind woont op Voorne-Putten
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan ligt de regie bij de school
    En neemt de intern begeleider van de school de regie, samen met samenwerkingsverband Kindkracht

    Voorbeelden:
      | plek                           |
      | op de basisschool              |
      | in het speciaal basisonderwijs |
      | in het speciaal onderwijs      |

  @REGIO-VP-VO-01
  Scenario: Op Voorne-Putten werkt de school voor voortgezet onderwijs samen met het Onderwijscollectief
    Gegeven een kind van 14 jaar in het voortgezet onderwijs
    En het kind woont op Voorne-Putten
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan ligt de regie bij de school
    En neemt de zorgcoördinator van de school de regie, samen met het Onderwijscollectief Voorne-Putten Rozenburg

  @REGIO-VP-GEMEENTE-01
  Abstract Scenario: Op Voorne-Putten neemt het gebiedsteam of het jeugdondersteuningsteam de regie van de gemeente
    Gegeven een kind van 14 jaar in het voortgezet onderwijs
    En het kind woont op Voorne-Putten
    En er zijn zorgen over <zorgen>
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het gebiedsteam of jeugdondersteuningsteam (JOT) van de gemeente de regie

    Voorbeelden:
      | zorgen                          |
      | psychische problemen            |
      | meerdere problemen in het gezin |

  @REGIO-VP-GEMEENTE-01 @REGIE-ZORGPARTNER-01
  Scenario: Op Voorne-Putten stemt de zorgaanbieder af met het gebiedsteam
    Gegeven een kind van 12 jaar in het speciaal onderwijs
    En het kind woont op Voorne-Putten
    En er zijn zorgen over psychische problemen
    En de ondersteuning van school volstaat niet
    En het kind krijgt al specialistische jeugdhulp
    Als de professional om advies vraagt
    Dan ligt de regie bij de zorgpartner
    En neemt de zorgaanbieder van het zorgtraject de regie, samen met het gebiedsteam

  @REGIO-VP-DYSLEXIE-01 @DYSLEXIE-EED-01
  Scenario: Op Voorne-Putten is nu de gemeente de poortwachter voor dyslexiezorg; Kindkracht is het doel, nog zonder datum
    Gegeven een kind van 8 jaar op de basisschool
    En het kind woont op Voorne-Putten
    En er zijn zorgen over dyslexie
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan wordt dyslexiezorg overwogen
    En blijft de regie bij de school
    En staat het CJG aan tafel
    En rust het advies op de afspraak "Op Voorne-Putten beoordelen het jeugdondersteuningsteam en de gebiedsteams de aanvraag voor dyslexiezorg"

  @REGIO-VP-DYSLEXIE-01
  Scenario: Buiten Voorne-Putten geldt die afspraak niet
    Gegeven een kind van 8 jaar op de basisschool
    En het kind woont in de Drechtsteden
    En er zijn zorgen over dyslexie
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan wordt dyslexiezorg overwogen
    En rust het advies niet op de afspraak "Op Voorne-Putten beoordelen het jeugdondersteuningsteam en de gebiedsteams de aanvraag voor dyslexiezorg"

  @REGIO-DS-01 @REGIO-GO-01 @REGIO-VP-GEMEENTE-01
  Scenario: In een andere regio noemt het advies de algemene woorden
    Gegeven een kind van 14 jaar in het voortgezet onderwijs
    En het kind woont in een andere regio
    En er zijn zorgen over psychische problemen
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan neemt het CJG of wijkteam van de gemeente de regie

  @REGIO-DS-SCHOOL-01 @REGIO-GO-SCHOOL-01 @REGIE-MBO-01
  Abstract Scenario: Voor een student in het mbo noemt de regio niet het ondersteuningsteam en het samenwerkingsverband van de scholen
    De samenwerkingsverbanden in de Drechtsteden en op Goeree-Overflakkee zijn er voor het basisonderwijs en het voortgezet onderwijs
    (kadernotitie §1.3.2; PACT Kinderogen, ondertekening). In het mbo coördineert de eigen opleiding.

    Gegeven een jongere van 17 jaar op het mbo
    En de jongere woont <regio>
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan ligt de regie bij de school
    En neemt de studentbegeleider of het zorgteam van de mbo-school de regie

    Voorbeelden:
      | regio                 |
      | in de Drechtsteden    |
      | op Goeree-Overflakkee |

  @REGIO-DS-01 @REGIO-GO-01 @REGIO-VP-GEMEENTE-01 @RMC-01
  Abstract Scenario: Voor een jongvolwassene zonder startkwalificatie en zonder school noemt geen regio een eigen partij
    De RMC-functie is van de gemeente (kadernotitie §2.4). De kadernotitie zet voortijdig schoolverlaten op de
    gezamenlijke agenda (Schema 2) en noemt daar geen eigen partij voor; de PACT Kinderogen heeft geen partner voor
    het RMC. Daarom blijft de trajectbegeleider van het RMC de regie nemen, ook in deze regio's.

    Gegeven een jongere van 20 jaar zonder school of opvang
    En de jongere woont <regio>
    En de jongere heeft geen startkwalificatie
    Als de professional om advies vraagt
    Dan neemt de RMC-trajectbegeleider van de gemeente de regie
    En neemt <regionaal> de regie niet

    Voorbeelden:
      | regio                 | regionaal                             |
      | in de Drechtsteden    | het Centrum voor Jeugd en Gezin (CJG) |
      | op Goeree-Overflakkee | het gebiedsteam                       |
      | op Voorne-Putten      | het gebiedsteam                       |

  @REGIO-DS-01 @REGIO-GO-01 @REGIO-VP-GEMEENTE-01 @THUISZITTER-01
  Abstract Scenario: Bij een thuiszitter noemt geen regio een eigen partij
    Thuiszitters aanpakken doen gemeenten en schoolbesturen samen (kadernotitie, Schema 2); de gemeente organiseert
    de regie (implementatieplan, Bijlage 1, Kamerbrief thuiszitters). De kadernotitie noemt daar geen CJG bij, en de
    PACT Kinderogen heeft geen partner voor leerplicht. Daarom blijft de algemene afspraak gelden.

    Gegeven een jongere van 14 jaar in het voortgezet onderwijs
    En de jongere woont <regio>
    En er zijn zorgen over psychische problemen
    En de jongere zit 8 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt de gemeente de regie, die leerplicht en het onderwijs samen aan tafel brengt
    En neemt <regionaal> de regie niet

    Voorbeelden:
      | regio                 | regionaal                             |
      | in de Drechtsteden    | het Centrum voor Jeugd en Gezin (CJG) |
      | op Goeree-Overflakkee | het gebiedsteam                       |
      | op Voorne-Putten      | het gebiedsteam                       |

  @REGIO-GO-01 @REGIO-VP-GEMEENTE-01 @REGIE-GEMEENTE-01 @REGIE-THUIS-02
  Abstract Scenario: Voor een student in het mbo noemen Voorne-Putten en Goeree-Overflakkee niet hun gebiedsteam
    De PACT Kinderogen gaat over onderwijs, kinderopvang en jeugdhulp; voor het onderwijs tekenen de
    samenwerkingsverbanden voor het basisonderwijs en het voortgezet onderwijs (Aanleiding; ondertekening). Het mbo
    tekent niet en staat in geen programmalijn. Voor een mbo-student geldt daarom de algemene afspraak.

    Gegeven een jongere van 17 jaar op het mbo
    En de jongere woont <regio>
    En er zijn zorgen over <zorgen>
    En de problemen spelen <waar>
    En de ondersteuning van school <volstaat>
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het CJG of wijkteam van de gemeente de regie
    En neemt het gebiedsteam de regie niet

    Voorbeelden:
      | regio                 | zorgen               | waar                      | volstaat      |
      | op Goeree-Overflakkee | psychische problemen | zowel op school als thuis | volstaat niet |
      | op Voorne-Putten      | psychische problemen | zowel op school als thuis | volstaat niet |
      | op Voorne-Putten      | de opvoeding         | alleen thuis              | volstaat      |

  @REGIO-DS-01 @REGIE-GEMEENTE-01
  Scenario: In de Drechtsteden is het CJG er ook voor een student in het mbo
    De kadernotitie gaat over jeugdigen van 0 tot en met 23 jaar (§3.3, §3.4), en het CJG wordt de voordeur voor alle
    jeugdhulp (§3.2). Alleen de samenwerkingsverbanden zijn er voor het basisonderwijs en het voortgezet onderwijs
    (§1.3.2). Daarom noemt de Drechtsteden het CJG ook voor een mbo-student.

    Gegeven een jongere van 17 jaar op het mbo
    En de jongere woont in de Drechtsteden
    En er zijn zorgen over psychische problemen
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het Centrum voor Jeugd en Gezin (CJG) de regie

  @REGIO-GO-01 @REGIO-VP-GEMEENTE-01 @REGIE-GEEN-01
  Abstract Scenario: Zonder school noemen Voorne-Putten en Goeree-Overflakkee hun gebiedsteam voor een kind, niet voor een volwassene
    De PACT Kinderogen gaat over kinderen en jongeren in de opvang en op school, met de gebiedsteams en de
    jeugdondersteuningsteams van de gemeenten (Aanleiding; Programmalijn 1 en 2). Een volwassene met een
    startkwalificatie die niet naar school gaat, valt daar niet onder.

    Gegeven een jongere van <leeftijd> jaar zonder school of opvang
    En de jongere woont <regio>
    En de jongere heeft <startkwalificatie> startkwalificatie
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt <wie> de regie

    Voorbeelden:
      | leeftijd | startkwalificatie | regio                 | wie                                                |
      | 12       | geen              | op Voorne-Putten      | het gebiedsteam of jeugdondersteuningsteam (JOT)   |
      | 12       | geen              | op Goeree-Overflakkee | het gebiedsteam van de gemeente Goeree-Overflakkee |
      | 20       | een               | op Voorne-Putten      | de gemeente, via het CJG of wijkteam               |
      | 20       | een               | op Goeree-Overflakkee | de gemeente, via het CJG of wijkteam               |

  @REGIO-GO-01 @REGIO-VP-GEMEENTE-01 @REGIE-OPVANG-01
  Abstract Scenario: Bij een peuter in de opvang noemen Voorne-Putten en Goeree-Overflakkee CJG Rijnmond, de Drechtsteden het CJG
    PACT Kinderogen: de kinderopvang en CJG Rijnmond tekenen de PACT (ondertekening); Programmalijn 2 zet een doorgaande
    lijn voor kinderen van 0 tot 6 jaar op, met de opvang en het CJG. De kadernotitie noemt voor de opvang geen eigen
    partij; daar geldt de algemene afspraak.

    Gegeven een kind van 2 jaar in de kinderopvang
    En het kind woont <regio>
    En er zijn zorgen over gedrag
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt <wie> de regie, samen met de kinderopvang

    Voorbeelden:
      | regio                 | wie                          |
      | op Voorne-Putten      | CJG Rijnmond                 |
      | op Goeree-Overflakkee | CJG Rijnmond                 |
      | in de Drechtsteden    | het CJG (jeugdgezondheidszorg) |

  @REGIO-DS-01 @REGIO-GO-01 @REGIO-VP-GEMEENTE-01 @REGIE-GEMEENTE-01
  Abstract Scenario: Ook met de woorden van de regio coördineert de gemeente samen met de school
    Kadernotitie §3.2 (regie bij de gemeente): de gemeente heeft de regie in samenwerking met het onderwijs. De
    algemene afspraak zegt daarom "samen met de school". De regio noemt haar eigen team, maar de school blijft erbij.

    Gegeven een jongere van 14 jaar in het voortgezet onderwijs
    En de jongere woont <regio>
    En er zijn zorgen over psychische problemen
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt <wie> de regie, samen met de school

    Voorbeelden:
      | regio                 | wie                                                |
      | in de Drechtsteden    | het Centrum voor Jeugd en Gezin (CJG)              |
      | op Goeree-Overflakkee | het gebiedsteam van de gemeente Goeree-Overflakkee |
      | op Voorne-Putten      | het gebiedsteam of jeugdondersteuningsteam (JOT)   |
