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
    En neemt de zorgaanbieder van het zorgtraject de regie, in afstemming met het gebiedsteam

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
