# language: nl
Functionaliteit: Jonge kinderen in de opvang en de eerste schooljaren
  Als medewerker van de jeugdgezondheidszorg of pedagogisch medewerker
  wil ik weten wat ik regel bij zorgen over een jong kind
  zodat het kind vroeg hulp krijgt, dicht bij huis, en goed start op school.

  @JONG-JGZ-01
  Abstract Scenario: Bij zorgen over een kind tot en met 6 jaar kijkt de jeugdgezondheidszorg mee
    Gegeven een kind van <leeftijd> jaar op de basisschool
    En er zijn zorgen over taal
    Als de professional om advies vraagt
    Dan wordt een gesprek met de jeugdgezondheidszorg <overwogen>

    Voorbeelden:
      | leeftijd | overwogen      |
      | 5        | overwogen      |
      | 6        | overwogen      |
      | 7        | niet overwogen |

  @JONG-JGZ-01
  Scenario: Zonder zorgen is er geen gesprek met de jeugdgezondheidszorg nodig
    Gegeven een kind van 4 jaar in de kinderopvang
    En er zijn geen zorgen
    Als de professional om advies vraagt
    Dan wordt een gesprek met de jeugdgezondheidszorg niet overwogen

  @JONG-VVE-01
  Abstract Scenario: Een peuter met een achterstand in taal krijgt voor- en vroegschoolse educatie
    Gegeven een kind van <leeftijd> jaar in de kinderopvang
    En er zijn zorgen over <zorgen>
    Als de professional om advies vraagt
    Dan wordt voor- en vroegschoolse educatie <overwogen>
    En staat de kinderopvang aan tafel

    Voorbeelden:
      | leeftijd | zorgen | overwogen      |
      | 1        | taal   | niet overwogen |
      | 2        | taal   | overwogen      |
      | 4        | leren  | overwogen      |
      | 3        | gedrag | niet overwogen |

  @JONG-OPVOEDING-01
  Abstract Scenario: Ouders van een jong kind met opvoedvragen krijgen opvoedondersteuning
    Gegeven een kind van <leeftijd> jaar <plek>
    En er zijn zorgen over <zorgen>
    En de problemen spelen alleen op school
    Als de professional om advies vraagt
    Dan wordt opvoedondersteuning <overwogen>

    Voorbeelden:
      | leeftijd | plek               | zorgen       | overwogen      |
      | 3        | in de kinderopvang | gedrag       | overwogen      |
      | 6        | op de basisschool  | de opvoeding | overwogen      |
      | 7        | op de basisschool  | gedrag       | niet overwogen |

  @JONG-OVERDRACHT-01
  Abstract Scenario: Een kind met zorgen gaat met een warme overdracht van de opvang naar school
    Gegeven een kind van <leeftijd> jaar in de kinderopvang
    En er zijn zorgen over gedrag
    Als de professional om advies vraagt
    Dan wordt een warme overdracht <overwogen>

    Voorbeelden:
      | leeftijd | overwogen      |
      | 2        | niet overwogen |
      | 3        | overwogen      |
      | 4        | overwogen      |

  @JONG-OVERDRACHT-01
  Scenario: Opvang en ouders bereiden de warme overdracht voor; de school komt pas aan tafel als die bekend is
    Programmalijn 2 van de PACT Kinderogen werkt uit wat een warme overdracht is, met de opvang, de ouders en de
    basisscholen. Zolang het kind in de opvang zit, weet het advies niet welke school het wordt. Daarom zit de school
    nog niet aan tafel; de warme overdracht noemt de nieuwe school.

    Gegeven een kind van 3 jaar in de kinderopvang
    En er zijn zorgen over taal
    Als de professional om advies vraagt
    Dan wordt een warme overdracht overwogen
    En staat de kinderopvang aan tafel
    En staan de ouders aan tafel
    En staat de school niet aan tafel

  @JONG-VVE-01
  Abstract Scenario: Het consultatiebureau verwijst een peuter met een dreigende taalachterstand naar VVE, ook als die nog niet naar de opvang gaat
    Het consultatiebureau moet een kind bij wie een taalachterstand dreigt, naar voor- en vroegschoolse educatie
    verwijzen (kadernotitie §2.3). Dat hangt niet af van de vraag of het kind al naar de opvang gaat.

    Gegeven een kind van <leeftijd> jaar zonder school of opvang
    En er zijn zorgen over taal
    Als de professional om advies vraagt
    Dan wordt voor- en vroegschoolse educatie <overwogen>

    Voorbeelden:
      | leeftijd | overwogen      |
      | 1        | niet overwogen |
      | 2        | overwogen      |
      | 4        | overwogen      |
      | 5        | niet overwogen |
