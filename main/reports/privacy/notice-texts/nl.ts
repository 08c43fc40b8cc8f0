import { APD_CONTACT_LINES, CPAS_ADDRESS, RETENTION_PLACEHOLDER, type NoticeText } from './types';

/**
 * De informatiekennisgeving in het Nederlands, vertaald uit de Franse referentietekst. Te laten nalezen door
 * een Nederlandstalige vóór gebruik (README, « Notice d'information »).
 */
export const NOTICE_NL: NoticeText = {
  title: 'Informatie over uw persoonsgegevens',
  subtitle: 'Woonbegeleiding door het OCMW van Luik (CPAS de Liège) — AVG, artikelen 13 en 14',
  fileName: 'informatie-persoonsgegevens-nl',
  intro:
    'Het OCMW van Luik helpt u een woning te vinden of te behouden (burgeropvang, transitwoning, glijdende huur, referentieadres). Daarvoor registreert het gegevens over u en uw gezin. Deze kennisgeving legt uit welke gegevens, waarom, wie ze ziet, hoelang ze bewaard worden en welke rechten u hebt.',
  sections: [
    {
      heading: '1. Wie is verantwoordelijk voor uw gegevens?',
      blocks: [
        { kind: 'paragraph', text: 'Het Openbaar Centrum voor Maatschappelijk Welzijn (OCMW) van Luik is de verwerkingsverantwoordelijke:' },
        { kind: 'lines', lines: CPAS_ADDRESS },
      ],
    },
    {
      heading: '2. Welke gegevens?',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'een dossiercode voor uw gezin en voor elke persoon (bijvoorbeeld M-7K3Q), die u aanduidt in onze lijsten en statistieken;',
            'als u ze geeft: uw voornaam en naam, uw geboortejaar, de talen die u spreekt, een manier om u te bereiken en uw verblijfssituatie (gekozen uit een korte lijst);',
            'de grootte van uw gezin;',
            'uw verblijven (woning, data, reden van vertrek), uw plaats op de wachtlijst, uw adresinschrijvingen (referentieadres, voorlopige inschrijving) en hun termijnen;',
            'de notities van de maatschappelijk werkers die nuttig zijn voor uw begeleiding.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Sommige gegevens kunnen gevoelig zijn (uw verblijfssituatie, een gezondheidsgegeven in een notitie). Namen, contactgegevens, verblijfssituatie en notities worden versleuteld bewaard. Deze gegevens komen van u of, met uw medeweten, van de dienst die u naar het OCMW heeft doorverwezen, van uw opvanggever en van de dienst Bevolking van de stad Luik.',
        },
      ],
    },
    {
      heading: '3. Waarom?',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'uw opvang of huisvesting organiseren en opvolgen;',
            'de wachtlijst eerlijk bijhouden;',
            'de adresformaliteiten vervullen (referentieadres bij het OCMW, voorlopige inschrijving) binnen de wettelijke termijnen;',
            'statistieken opstellen voor de Raad voor Maatschappelijk Welzijn en het plan „Luik, gastvrije stad”: ze bevatten alleen aantallen, niemand is erin herkenbaar.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Uw gegevens worden voor niets anders gebruikt. Ze worden nooit verkocht en er wordt geen enkele beslissing automatisch over u genomen.',
        },
      ],
    },
    {
      heading: '4. Op welke rechtsgrond?',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Het OCMW verwerkt uw gegevens om zijn wettelijke opdracht van maatschappelijke dienstverlening te vervullen: een taak van algemeen belang en een wettelijke verplichting (AVG, artikel 6.1.e en 6.1.c), vastgelegd in de organieke wet betreffende de OCMW’s van 8 juli 1976 (artikelen 1, 57 en 60: sociaal onderzoek en sociaal dossier) en, voor het referentieadres, in de wet van 19 juli 1991 betreffende de bevolkingsregisters. Gevoelige gegevens worden verwerkt omdat de maatschappelijke dienstverlening ze nodig heeft (AVG, artikel 9.2.b en 9.2.h).',
        },
        {
          kind: 'paragraph',
          text: 'U hoeft niet alles te vertellen: het OCMW helpt u toch. Alleen de formaliteiten die de gegevens nodig hebben, kunnen zonder die gegevens niet gebeuren (een referentieadres vraagt bijvoorbeeld uw identiteit).',
        },
      ],
    },
    {
      heading: '5. Wie ziet uw gegevens?',
      blocks: [
        {
          kind: 'bullets',
          items: [
            'de medewerkers van de huisvestingsdienst van het OCMW van Luik, en alleen zij; elke raadpleging van uw dossier wordt geregistreerd;',
            'de dienst Bevolking van de stad Luik en de lokale politie, voor de adresformaliteiten die de wet voorschrijft (inschrijving, woonstcontrole);',
            'uw opvanggever of de eigenaar van de woning, alleen wat uw verblijf vereist;',
            'de overheden die het op grond van een wet kunnen eisen (bijvoorbeeld de toezichthoudende overheden van het OCMW).',
          ],
        },
        { kind: 'paragraph', text: 'Uw gegevens blijven in de Europese Unie.' },
      ],
    },
    {
      heading: '6. Hoelang?',
      blocks: [{ kind: 'paragraph', text: RETENTION_PLACEHOLDER }],
    },
    {
      heading: '7. Uw rechten',
      blocks: [
        { kind: 'paragraph', text: 'U kunt kosteloos:' },
        {
          kind: 'bullets',
          items: [
            'weten welke gegevens het OCMW over u heeft en er een kopie van krijgen, op papier of als bestand (AVG, artikel 15);',
            'onjuiste of onvolledige gegevens laten verbeteren (artikel 16);',
            'uw gegevens laten wissen wanneer ze niet meer nodig zijn of onrechtmatig verwerkt werden (artikel 17);',
            'vragen dat het gebruik ervan beperkt wordt (artikel 18), en bezwaar maken tegen de verwerking om redenen die verband houden met uw specifieke situatie (artikel 21).',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Spreek daarvoor met uw maatschappelijk werker of schrijf naar de functionaris voor gegevensbescherming van het OCMW (punt 8). U krijgt binnen een maand een antwoord.',
        },
      ],
    },
    {
      heading: '8. De functionaris voor gegevensbescherming',
      blocks: [
        { kind: 'paragraph', text: 'Voor elke vraag over uw gegevens kunt u contact opnemen met de functionaris voor gegevensbescherming van het OCMW van Luik:' },
        { kind: 'dpo' },
      ],
    },
    {
      heading: '9. Een klacht indienen',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Als u vindt dat uw gegevens niet correct worden verwerkt, kunt u een klacht indienen bij de Gegevensbeschermingsautoriteit (GBA):',
        },
        { kind: 'lines', lines: ['Gegevensbeschermingsautoriteit', 'Drukpersstraat 35, 1000 Brussel', ...APD_CONTACT_LINES.slice(1).map((line) => line.replace('www.autoriteprotectiondonnees.be', 'www.gegevensbeschermingsautoriteit.be'))] },
      ],
    },
  ],
  retention: (years) =>
    `Uw dossier wordt ${years === 1 ? 'één jaar' : `${years} jaar`} bewaard na het einde van uw laatste verblijf of uw laatste adresinschrijving, en daarna gewist. Zolang een verblijf, een adresinschrijving of een aanvraag op de wachtlijst loopt, wordt het bewaard. De statistieken bewaren alleen aantallen, zonder namen.`,
  dpoFallback: ['Functionaris voor gegevensbescherming', ...CPAS_ADDRESS],
  page: (page, pages) => `pagina ${page} / ${pages}`,
};
