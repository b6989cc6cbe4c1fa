# language: nl
Functionaliteit: Aan tafel: wie, en waarom
  Als professional die een overleg plant
  wil ik bij iedereen die aan tafel komt lezen waarom, en zien dat de jongere zelf meepraat waar de teksten dat zeggen
  zodat ik de juiste mensen uitnodig en de jongere niet over het hoofd zie.

  Implementatieplan, Advies 3: de betrokkenheid van ouders en kind is nodig; staan zij niet achter de aanpak of de
  plek, dan houdt die geen stand. Kadernotitie §3.5.1: ouders en de jeugdige zelf zijn als eersten verantwoordelijk,
  op een manier die past bij leeftijd en ontwikkeling. Kadernotitie, Bijlage 4: M. (15 jaar) praat zelf mee.

  @KIND-01 @OUDERS-02
  Abstract Scenario: De jongere praat zelf mee aan tafel, naast de ouders
    Gegeven een jongere van <leeftijd> jaar <plek>
    En er zijn zorgen over gedrag
    Als de professional om advies vraagt
    Dan praat de jongere zelf mee aan tafel
    En staan de ouders aan tafel
    En vraagt het kort de jongere zelf en de ouders aan tafel

    Voorbeelden:
      | leeftijd | plek                                 |
      | 12       | in het voortgezet onderwijs          |
      | 15       | in het voortgezet onderwijs          |
      | 16       | in het voortgezet speciaal onderwijs |
      | 17       | op het mbo                           |

  @KIND-01 @OUDERS-02
  Scenario: Een volwassen student praat zelf mee, zonder de ouders
    Vanaf 18 jaar is de jongere zelf de eerste partij (kadernotitie §3.5.1).

    Gegeven een jongere van 19 jaar op het mbo
    En er zijn zorgen over leren
    Als de professional om advies vraagt
    Dan praat de jongere zelf mee aan tafel
    En staan de ouders niet aan tafel

  @KIND-01 @OUDERS-02
  Abstract Scenario: Een jong kind praat mee via de ouders
    Kadernotitie §3.5.1: de ouders begeleiden het kind op een manier die past bij leeftijd en ontwikkeling. In de
    casus Levi (8 jaar, opening) praten leerkracht, intern begeleider en ouders over Levi; Levi zit niet zelf aan tafel.

    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over gedrag
    Als de professional om advies vraagt
    Dan praat het kind zelf niet mee aan tafel
    En staan de ouders aan tafel

    Voorbeelden:
      | leeftijd | plek               |
      | 3        | in de kinderopvang |
      | 8        | op de basisschool  |

  @REGIE-GEMEENTE-01 @WACHTTIJD-01 @OJ-SMW-01 @VERZUIM-01 @VEILIGHEID-01 @REGIE-OPVANG-01
  Abstract Scenario: Bij iedereen aan tafel staat waarom die er is
    Issue 19: elke partner aan tafel krijgt een korte reden en de regel die hem aan tafel brengt.

    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over <zorgen>
    En de problemen spelen zowel op school als thuis
    En de ondersteuning van school volstaat niet
    En het kind wacht 9 weken op jeugdhulp
    Als de professional om advies vraagt
    Dan heeft iedereen aan tafel een reden

    Voorbeelden:
      | leeftijd | plek                        | zorgen                          |
      | 15       | in het voortgezet onderwijs | gedrag, verzuim en de opvoeding |
      | 7        | op de basisschool           | de veiligheid van het kind      |
      | 3        | in de kinderopvang          | gedrag                          |
