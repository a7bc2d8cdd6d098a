/**
 * Phrase banks for the sample meeting, in the register of real minutes: facts in the indicative,
 * the discussion in reported speech (Konjunktiv I). Placeholders: {place}, {year}, {amount}, {paper}.
 */
export interface SampleTopic {
  title: string;
  facts: string[];
  explanations: string[];
  statements: string[];
  answers: string[];
  resolution: string[];
}

export const SAMPLE_TOPICS: SampleTopic[] = [
  {
    title: 'Bebauungsplan „{place}“ – Aufstellungsbeschluss und frühzeitige Beteiligung',
    facts: [
      'Beratungsunterlage ist die Vorlage des Stadtplanungsamts vom 21.10.2026, GRDrs {paper}. Im Gebiet {place} sollen auf einer Fläche von rund 4,8 Hektar Wohnbauflächen für etwa 180 Wohneinheiten entstehen, davon ein Drittel im geförderten Mietwohnungsbau. Die Fläche ist im Flächennutzungsplan bereits als Wohnbaufläche dargestellt.',
      'Das Verfahren soll im Regelverfahren mit Umweltprüfung durchgeführt werden. Artenschutzrechtliche Untersuchungen für Zauneidechsen und Fledermäuse wurden im Frühjahr beauftragt; erste Ergebnisse liegen vor und stehen einer Bebauung nach derzeitigem Stand nicht entgegen. Die äußere Erschließung erfolgt über die Kreisstraße, ein Lärmgutachten wird im weiteren Verfahren erstellt.',
      'Die frühzeitige Beteiligung der Öffentlichkeit soll in Form einer Bürgerinformationsveranstaltung und einer einmonatigen Auslegung erfolgen. Die Behörden und sonstigen Träger öffentlicher Belange werden parallel beteiligt.',
    ],
    explanations: [
      'Die Planung greife die Ergebnisse der Bürgerwerkstatt vom Frühjahr auf; insbesondere werde ein zentraler Quartiersplatz vorgesehen.',
      'Das Plangebiet werde in drei Bauabschnitten entwickelt, der erste Abschnitt könne frühestens {year} bezogen werden.',
    ],
    statements: [
      'der Bedarf an bezahlbarem Wohnraum sei unbestritten und die Planung deshalb zu begrüßen.',
      'die Verkehrsbelastung der angrenzenden Wohnstraßen müsse im weiteren Verfahren sorgfältig untersucht werden.',
      'der Anteil geförderter Wohnungen solle auf mindestens 40 Prozent erhöht werden.',
      'die Versiegelung landwirtschaftlicher Flächen sei kritisch zu sehen, zumal innerstädtische Potenziale nicht ausgeschöpft seien.',
      'man erwarte eine frühzeitige Darstellung der Folgekosten für Kinderbetreuung und Schulen.',
      'die Anbindung an den öffentlichen Nahverkehr müsse von Anfang an mitgedacht werden.',
      'die Fraktion werde der Vorlage zustimmen, behalte sich aber Änderungsanträge im weiteren Verfahren vor.',
    ],
    answers: [
      'die Verwaltung werde das Verkehrsgutachten rechtzeitig vor dem Auslegungsbeschluss vorlegen.',
      'die Quote geförderter Wohnungen werde im städtebaulichen Vertrag verbindlich geregelt.',
      'der Kinderbetreuungsbedarf sei in der Bedarfsplanung {year} bereits berücksichtigt.',
    ],
    resolution: [
      'Für das Gebiet „{place}“ wird gemäß § 2 Abs. 1 BauGB die Aufstellung eines Bebauungsplans beschlossen.',
      'Die Verwaltung wird beauftragt, die frühzeitige Beteiligung der Öffentlichkeit sowie der Behörden und sonstigen Träger öffentlicher Belange durchzuführen.',
      'Der Aufstellungsbeschluss ist ortsüblich bekannt zu machen.',
    ],
  },
  {
    title: 'Sanierung der Grundschule {place} – Vergabe von Bauleistungen',
    facts: [
      'Beratungsunterlage ist die Vorlage des Hochbauamts vom 14.10.2026, GRDrs {paper}. Für die Generalsanierung der Grundschule {place} wurden die Gewerke Fenster, Dach und Haustechnik öffentlich ausgeschrieben. Insgesamt gingen 17 Angebote ein, die nach Prüfung und Wertung in der Anlage dargestellt sind.',
      'Die Kostenberechnung vom Juni weist für die vergebenen Gewerke {amount}.000 € aus. Die wirtschaftlichsten Angebote liegen rund 4 Prozent über der Kostenberechnung; die Mehrkosten können aus der Projektreserve gedeckt werden. Die Mittel stehen im Teilhaushalt Schulen bereit.',
      'Die Bauarbeiten sollen während des laufenden Schulbetriebs in Abschnitten erfolgen. Lärmintensive Arbeiten werden in die Ferien gelegt; die Schulleitung und der Elternbeirat wurden über den Bauablauf informiert.',
    ],
    explanations: [
      'Die Preissteigerungen im Bausektor hätten sich zuletzt abgeschwächt, gleichwohl seien die Angebote höher als vor zwei Jahren.',
      'Mit der Sanierung werde der Energiebedarf des Gebäudes um rund 60 Prozent gesenkt.',
    ],
    statements: [
      'die Sanierung sei überfällig und dürfe nicht weiter verschoben werden.',
      'die Belastung des Schulbetriebs durch die Bauarbeiten müsse so gering wie möglich gehalten werden.',
      'man bitte um regelmäßige Berichte über den Stand der Kosten im Ausschuss für Umwelt und Technik.',
      'es sei erfreulich, dass mehrere örtliche Handwerksbetriebe zum Zuge kämen.',
      'die Photovoltaikanlage auf dem Dach solle gleich mit ausgeschrieben werden.',
      'die Fraktion trage die Vergabe mit, erwarte aber eine strikte Kostenkontrolle.',
    ],
    answers: [
      'über den Kostenstand werde vierteljährlich berichtet.',
      'die Photovoltaikanlage sei Teil des Loses Dach und in den Angebotssummen enthalten.',
      'die Arbeiten in den Klassenzimmern würden ausschließlich in den Sommerferien ausgeführt.',
    ],
    resolution: [
      'Die Bauleistungen für die Gewerke Fenster, Dach und Haustechnik werden an die in der Anlage genannten wirtschaftlichsten Bieter vergeben.',
      'Die Gesamtauftragssumme von {amount}.000 € wird aus dem Teilhaushalt Schulen finanziert.',
    ],
  },
  {
    title: 'Haushaltsplan {year} – Einbringung des Entwurfs',
    facts: [
      'Beratungsunterlage ist die Vorlage der Kämmerei vom 28.10.2026, GRDrs {paper}. Der Entwurf des Haushaltsplans weist im Ergebnishaushalt ordentliche Erträge von 212,4 Mio. € und ordentliche Aufwendungen von 215,1 Mio. € aus. Das veranschlagte ordentliche Ergebnis ist damit um 2,7 Mio. € negativ.',
      'Im Finanzhaushalt sind Investitionen von {amount} Mio. € vorgesehen, Schwerpunkte sind Schulen, Kinderbetreuung und die Sanierung von Brücken. Zur Finanzierung ist eine Kreditaufnahme von 18 Mio. € geplant; der Schuldenstand steigt zum Jahresende voraussichtlich auf 96 Mio. €.',
      'Die Hebesätze der Grund- und Gewerbesteuer bleiben unverändert. Die Gebühren für die Kinderbetreuung werden entsprechend den Empfehlungen der kommunalen Landesverbände um 5,5 Prozent angepasst.',
    ],
    explanations: [
      'Die Aufwendungen für Personal stiegen vor allem tarifbedingt um 6,2 Prozent.',
      'Die Umlagen an den Landkreis lägen wegen der gestiegenen Steuerkraft deutlich über dem Vorjahr.',
    ],
    statements: [
      'die Haushaltslage sei angespannt, und man müsse die Ausgaben strikt priorisieren.',
      'die steigende Verschuldung bereite große Sorge und belaste künftige Generationen.',
      'Investitionen in Bildung und Klimaschutz dürften trotz knapper Mittel nicht gekürzt werden.',
      'die Anhebung der Betreuungsgebühren sei für viele Familien eine spürbare Belastung.',
      'man werde zu den Haushaltsberatungen eigene Anträge einbringen.',
      'die Verwaltung solle eine Liste freiwilliger Leistungen mit Einsparpotenzial vorlegen.',
    ],
    answers: [
      'die Liste der freiwilligen Leistungen werde zur ersten Lesung vorgelegt.',
      'die Kreditaufnahme werde nur in dem Umfang erfolgen, in dem Investitionen tatsächlich abfließen.',
      'die Gebührenanpassung bleibe unter der Kostensteigerung im Betreuungsbereich.',
    ],
    resolution: [
      'Der Entwurf des Haushaltsplans {year} wird zur Beratung in die Fraktionen verwiesen.',
      'Die Haushaltsberatungen finden in der Sitzung am 10.12.2026 statt.',
    ],
  },
  {
    title: 'Satzung zur Änderung der Gebührensatzung für die Benutzung der Stadtbücherei',
    facts: [
      'Beratungsunterlage ist die Vorlage des Kulturamts vom 07.10.2026, GRDrs {paper}. Die Gebühren der Stadtbücherei wurden zuletzt im Jahr 2019 angepasst. Die Kostendeckung liegt derzeit bei 8 Prozent; die Gemeindeprüfungsanstalt hat eine regelmäßige Überprüfung der Gebühren angemahnt.',
      'Vorgesehen ist eine Anhebung der Jahresgebühr für Erwachsene von 18 € auf 22 €. Kinder und Jugendliche bis 18 Jahre, Schülerinnen und Schüler sowie Inhaberinnen und Inhaber des Sozialpasses bleiben gebührenfrei. Neu eingeführt wird eine Familienkarte zu 30 € jährlich.',
    ],
    explanations: [
      'Mit der Änderung würden Mehrerträge von rund 24.000 € jährlich erwartet.',
      'Die Gebühren lägen auch nach der Anpassung unter dem Durchschnitt vergleichbarer Städte.',
    ],
    statements: [
      'die Bücherei sei ein wichtiger Ort der Bildung und Begegnung und müsse niedrigschwellig bleiben.',
      'die moderate Anhebung sei vertretbar, zumal Kinder und Jugendliche weiterhin gebührenfrei blieben.',
      'die neue Familienkarte sei ein gutes Angebot.',
      'man hätte sich eine Verknüpfung mit der digitalen Ausleihe gewünscht.',
      'die Öffnungszeiten am Samstag sollten ausgeweitet werden.',
    ],
    answers: [
      'die digitale Ausleihe sei in der Jahresgebühr bereits enthalten.',
      'eine Ausweitung der Samstagsöffnung werde im Rahmen der Stellenplanung geprüft.',
    ],
    resolution: [
      'Die Satzung zur Änderung der Gebührensatzung für die Benutzung der Stadtbücherei wird in der Fassung der Anlage 1 beschlossen.',
    ],
  },
  {
    title: 'Radverkehrskonzept – Umsetzungsbericht {year} und Maßnahmen im Bereich {place}',
    facts: [
      'Beratungsunterlage ist die Mitteilungsvorlage des Tiefbauamts vom 30.09.2026, GRDrs {paper}. Seit Beschluss des Radverkehrskonzepts wurden 14 von 38 Maßnahmen umgesetzt, darunter der Lückenschluss des Radwegs entlang der Bundesstraße und zwei Fahrradabstellanlagen an den Bahnhaltepunkten.',
      'Für den Bereich {place} schlägt die Verwaltung eine Fahrradstraße vor. Die Kosten für Markierung und Beschilderung betragen rund {amount}.000 €; ein Förderantrag beim Land wurde gestellt. Die Anliegerinnen und Anlieger wurden in einer Versammlung informiert.',
    ],
    explanations: [
      'Die Zählstellen zeigten gegenüber dem Vorjahr eine Zunahme des Radverkehrs um 11 Prozent.',
      'Für die Fahrradstraße sei eine Förderquote von 50 Prozent in Aussicht gestellt.',
    ],
    statements: [
      'die Umsetzung gehe zu langsam voran, das Konzept müsse mit mehr Personal hinterlegt werden.',
      'die Fahrradstraße sei ein sichtbares Zeichen für die Verkehrswende.',
      'die Interessen des Lieferverkehrs und der Anwohnerschaft müssten berücksichtigt werden.',
      'Parkplätze dürften nicht ersatzlos entfallen.',
      'die Sicherheit der Schulwege habe höchste Priorität.',
    ],
    answers: [
      'es entfielen lediglich vier Stellplätze, für die Ersatz im nahen Parkhaus angeboten werde.',
      'eine zusätzliche Stelle für die Radverkehrsplanung sei im Haushaltsentwurf enthalten.',
    ],
    resolution: [
      'Der Umsetzungsbericht wird zur Kenntnis genommen.',
      'Die Einrichtung einer Fahrradstraße im Bereich {place} wird beschlossen.',
    ],
  },
  {
    title: 'Anfragen und Anträge aus der Mitte des Gemeinderats',
    facts: [
      'Zu dem Antrag der Fraktionen vom 02.10.2026 auf Einrichtung eines Jugendgemeinderats berichtet die Verwaltung über Modelle in vergleichbaren Städten. Ein Jugendgemeinderat könnte nach § 41a GemO mit Rede- und Antragsrecht in den Ausschüssen ausgestattet werden.',
      'Zur Anfrage zum Stand des Breitbandausbaus teilt die Verwaltung mit, dass im Gebiet {place} die Tiefbauarbeiten im ersten Quartal {year} abgeschlossen werden sollen.',
    ],
    explanations: [
      'Die Kosten eines Jugendgemeinderats lägen nach Erfahrungen anderer Städte bei rund 15.000 € jährlich.',
    ],
    statements: [
      'die Beteiligung junger Menschen sei ein Gewinn für die Stadt.',
      'der Breitbandausbau müsse schneller vorankommen, die Betriebe warteten dringend darauf.',
      'man bitte um eine schriftliche Beantwortung bis zur nächsten Sitzung.',
      'die Wahl zum Jugendgemeinderat solle gemeinsam mit den Schulen organisiert werden.',
    ],
    answers: ['eine schriftliche Antwort werde bis zur nächsten Sitzung vorgelegt.'],
    resolution: [
      'Die Verwaltung wird beauftragt, eine Satzung über die Einrichtung eines Jugendgemeinderats vorzubereiten.',
    ],
  },
];
