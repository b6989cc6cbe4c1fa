# language: nl
Functionaliteit: Jongeren en jongvolwassenen zonder startkwalificatie
  Als RMC-trajectbegeleider
  wil ik dat jongeren zonder startkwalificatie die uitvallen bij mij in beeld komen
  zodat zij weer naar school gaan of werk vinden.

  Het RMC is er voor jongeren tot 23 jaar: tot hun 23e verjaardag, dus tot en met 22 jaar. Een jongere zonder
  startkwalificatie en zonder opleiding hoort bij het RMC, welke zorgen er ook zijn.

  @RMC-01
  Abstract Scenario: Een jongvolwassene zonder startkwalificatie en zonder opleiding krijgt een RMC-traject
    Gegeven een jongere van <leeftijd> jaar zonder school of opvang
    En de jongere heeft <startkwalificatie> startkwalificatie
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En wordt een traject met het RMC <overwogen>

    Voorbeelden:
      | leeftijd | startkwalificatie | overwogen      |
      | 18       | geen              | overwogen      |
      | 22       | geen              | overwogen      |
      | 23       | geen              | niet overwogen |
      | 19       | een               | niet overwogen |

  @RMC-01
  Scenario: Bij een jongvolwassene zonder opleiding neemt de RMC-trajectbegeleider de regie
    Gegeven een jongere van 20 jaar zonder school of opvang
    En de jongere heeft geen startkwalificatie
    Als de professional om advies vraagt
    Dan neemt de RMC-trajectbegeleider van de gemeente de regie
    En staat het RMC aan tafel

  @RMC-02
  Abstract Scenario: Een jongere zonder startkwalificatie die verzuimt of nergens naar school gaat, wordt gemeld bij het RMC
    Gegeven een jongere van <leeftijd> jaar <plek>
    En er zijn zorgen over <zorgen>
    Als de professional om advies vraagt
    Dan wordt een traject met het RMC <overwogen>

    Voorbeelden:
      | leeftijd | plek                        | zorgen  | overwogen      |
      | 15       | op het mbo                  | verzuim | niet overwogen |
      | 16       | op het mbo                  | verzuim | overwogen      |
      | 17       | in het voortgezet onderwijs | verzuim | overwogen      |
      | 17       | in het voortgezet onderwijs | leren   | niet overwogen |
      | 16       | zonder school of opvang     | leren   | overwogen      |
      | 15       | zonder school of opvang     | leren   | niet overwogen |

  @RMC-01 @REGIE-GEZIN-01 @VEILIGHEID-01
  Abstract Scenario: Het RMC blijft betrokken, welke zorg er ook is
    Gegeven een jongere van 20 jaar zonder school of opvang
    En de jongere heeft geen startkwalificatie
    En er zijn zorgen over <zorgen>
    Als de professional om advies vraagt
    Dan wordt een traject met het RMC overwogen
    En staat het RMC aan tafel

    Voorbeelden:
      | zorgen                          |
      | meerdere problemen in het gezin |
      | de veiligheid van het kind      |
      | psychische problemen            |

  @RMC-02
  Scenario: Een jongere van 18 die al weken niet meer op school komt, wordt gemeld bij het RMC
    Gegeven een jongere van 18 jaar in het voortgezet onderwijs
    En er zijn zorgen over psychische problemen
    En de jongere zit 10 weken zonder passend onderwijs
    Als de professional om advies vraagt
    Dan wordt een traject met het RMC overwogen
    En staat het RMC aan tafel

  @OUDERS-01 @OUDERS-02 @OJ-VERBINDEN-01
  Scenario: Een volwassen student regelt het zelf: geen ouders en geen jeugdgezondheidszorg aan tafel
    Gegeven een jongere van 21 jaar op het mbo
    En er zijn zorgen over psychische problemen
    Als de professional om advies vraagt
    Dan staan de ouders niet aan tafel
    En staat de jeugdgezondheidszorg niet aan tafel
    En wijst het advies niet op het betrekken van de ouders

  @DOORZETTEN-ONDERWIJS-01
  Scenario: Voor een volwassene zonder school zet niet het samenwerkingsverband door
    Gegeven een jongere van 19 jaar zonder school of opvang
    En er zijn zorgen over leren
    En de partijen komen er samen niet uit
    Als de professional om advies vraagt
    Dan ligt de doorzettingsmacht niet bij het samenwerkingsverband

  @REGIE-GEMEENTE-01 @REGIE-MBO-01
  Scenario: Neemt de gemeente de regie bij een student in het mbo, dan blijft de opleiding aan tafel en is er geen samenwerkingsverband
    Het mbo valt niet onder een samenwerkingsverband passend onderwijs (kadernotitie §1.3.2).

    Gegeven een jongere van 17 jaar op het mbo
    En er zijn zorgen over psychische problemen
    En de ondersteuning van school volstaat niet
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En staat de school aan tafel
    En is het samenwerkingsverband geen partner in het advies

  @REGIE-THUIS-02
  Scenario: Speelt bij een student in het mbo een vraag over het gezin alleen thuis, dan is het CJG de voordeur en blijft de opleiding op de hoogte
    Gegeven een jongere van 17 jaar op het mbo
    En er zijn zorgen over de opvoeding
    En de problemen spelen alleen thuis
    Als de professional om advies vraagt
    Dan ligt de regie bij de gemeente
    En neemt het CJG of wijkteam van de gemeente de regie, als voordeur voor het gezin
    En blijft de school op de hoogte, maar niet aan tafel
    En is het samenwerkingsverband geen partner in het advies
