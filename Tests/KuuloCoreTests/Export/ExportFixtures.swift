import Foundation
@testable import KuuloCore

/// Plans the export tests render: a rich plan that touches every section and the characters each
/// format must escape, and a plan with nothing but the organisation's name.
enum ExportFixtures {
    /// A fictional student union's plan with three revisions.
    static func rich() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": organisation]
        document.recordRevision(author: "Maija Meikäläinen", time: "2026-08-20T09:00:00Z", summary: "Perustiedot: KYY")
        document.content = [
            "organisation": organisation,
            "trustees": trustees,
            "monitoring": monitoring,
            "engagement": engagement,
            "groundRules": groundRules,
        ]
        document.recordRevision(author: "Maija Meikäläinen", time: "2026-09-02T15:04:05Z", summary: "Perehdytys: Maija Meikäläinen")
        document.content = [
            "organisation": organisation,
            "trustees": trustees,
            "monitoring": monitoring,
            "engagement": engagement,
            "groundRules": groundRules,
            "hashtags": hashtags,
            "metrics": ["measures": ["tavoittavuus ja seuraajamäärän kehitys", "kommentit, kysymykset ja yksityisviestit", "verkkosivujen kävijät somesta"],
                        "reviewRhythm": "termly"],
            "sharing": ["encouragement": ["Jaamme jäsenjärjestöjen julkaisuja storyissa.", "Luottamustoimijat jakavat KYY:n julkaisuja omilla tileillään, jos haluavat."]],
            "crisis": crisis,
            "signatures": ["adminsListed": true],
            "channels": channels,
            "calendar": ["drafts": drafts],
            "moderation": moderation,
            "dataProtection": dataProtection,
            "accounts": accounts,
            "annualCalendar": annualCalendar,
            "insights": insights,
            "listening": listening,
            "terms": terms,
        ]
        document.recordRevision(author: "Ville Virtanen", time: "2026-11-25T12:13:42Z", summary: "Kanavat, aihetunnisteet ja sisältökalenteri")
        return document
    }

    /// A plan with nothing but the organisation's name, and no revision.
    static func nameOnly() -> PlanDocument {
        var document = PlanDocument()
        document.content = ["organisation": ["name": "Kuulolan ylioppilaskunta"]]
        return document
    }

    static let organisation: JSONValue = [
        "name": "Kuulolan ylioppilaskunta",
        "shortName": "KYY",
        "kind": "student-union",
        "languages": ["fi", "en"],
        "values": ["kuuntelu", "vuorovaikutus", "opiskelijalähtöisyys"],
        "coreMessage": "KYY on opiskelijoiden ääni – kuuntelemme, keskustelemme ja toimimme yhdessä.",
        "goals": [
            "Jäsenet tietävät, mistä tieto löytyy ja missä heitä kuunnellaan.",
            "Vastaamme jokaiseen kysymykseen vuorokauden sisällä.",
            "Kansainväliset opiskelijat saavat tärkeät tiedot myös englanniksi.",
        ],
        "audiences": ["jäsenet", "uudet opiskelijat", "kansainväliset opiskelijat", "somen ulkopuolella olevat jäsenet", "alumnit"],
        "timeZone": "Europe/Helsinki",
        "publicContacts": ["emails": ["viestinta@kyy.example"], "phones": ["+358 40 123 4567"], "accounts": ["FI21 1234 5600 0007 85"]],
    ]

    static let trustees: JSONValue = [
        "maija-meikalainen": [
            "name": "Maija Meikäläinen", "role": "viestintävastaava", "signature": "– Maija, KYY",
            "onboarding": [
                "startedAt": "2026-09-01T10:00:00Z", "completedAt": "2026-09-02T15:04:05Z",
                "tips": ["1": ["completedAt": "2026-09-01T10:05:00Z"], "2": ["completedAt": "2026-09-01T10:10:00Z"],
                         "3": ["completedAt": "2026-09-01T10:15:00Z"], "4": ["completedAt": "2026-09-01T10:20:00Z"],
                         "5": ["completedAt": "2026-09-02T14:40:00Z"], "6": ["completedAt": "2026-09-02T14:50:00Z"],
                         "7": ["completedAt": "2026-09-02T15:00:00Z"], "8": ["completedAt": "2026-09-02T15:04:05Z"]],
            ],
        ],
        "ville-virtanen": [
            "name": "Ville Virtanen", "role": "hallituksen puheenjohtaja", "signature": "– Ville, KYY:n pj",
            "onboarding": ["startedAt": "2026-09-03T08:00:00Z", "resumeAt": 4,
                           "tips": ["1": ["completedAt": "2026-09-03T08:05:00Z"], "2": ["completedAt": "2026-09-03T08:09:00Z"],
                                    "3": ["completedAt": "2026-09-03T08:15:00Z"]]],
        ],
        "aino-aalto": ["name": "Aino Aalto", "role": "kansainvälisten asioiden vastaava", "contact": "aino.aalto@kyy.example"],
    ]

    static let moderation: JSONValue = [
        "hide": ["roskaposti ja mainokset"],
        "delete": ["henkilöön käyvä tai syrjivä kirjoittelu", "toisen henkilötiedot"],
        "block": ["toistuva häirintä varoituksen jälkeen"],
        "decides": "Kanavan vastuuhenkilö; epäselvissä tapauksissa puheenjohtaja",
        "confidential": "Kommentti piilotetaan, ja kirjoittajaa pyydetään jatkamaan yksityisviestillä.",
    ]

    static let dataProtection: JSONValue = [
        "photoConsent": "Kuvaamisesta kerrotaan ilmoittautuessa ja ovella; lähikuviin kysytään lupa.",
        "photoOptOut": "Kuvan poistoa voi pyytää viestinnältä, ja pyyntö täytetään heti.",
        "planStorage": "KYY:n jaettu kansio <hallitus/some>",
        "planAccess": "Hallitus ja viestintätiimi",
    ]

    static let accounts: JSONValue = [
        "1": ["platform": "instagram-feed", "account": "@kyy_ry", "admins": ["Maija Meikäläinen", "Ville Virtanen"], "twoFactor": true,
              "recovery": "viestinta@kyy.example", "reviewedAt": "tammikuu 2026"],
        "2": ["platform": "facebook-page", "account": "facebook.com/kyy", "admins": ["Maija Meikäläinen"], "twoFactor": false],
    ]

    /// A change of term still under way: its checklist in the written plan, and the notice that it is unfinished.
    static let terms: JSONValue = [
        "1": ["period": "2027", "leaving": ["Ville Virtanen"], "starting": ["Anna Aaltonen"], "startedAt": "2026-11-25T12:00:00Z",
              "accounts": ["1": ["grant": ["Anna Aaltonen"], "revoke": ["Ville Virtanen"], "twoFactorHolder": "Maija Meikäläinen", "recovery": "viestinta@kyy.example"]],
              "channels": ["instagram": ["owners": ["Maija Meikäläinen"], "substitutes": ["Anna Aaltonen"]]],
              "summary": ["from": "2025-12-01", "to": "2026-11-25", "published": 2, "measured": 0, "listened": 0]],
    ]

    static let annualCalendar: JSONValue = [
        "1": ["name": "Vappu", "month": 5, "day": 1, "notes": "Haalarimerkit ja turvallinen juhliminen"],
        "2": ["name": "Orientaatioviikko", "month": 8, "notes": "Uusille opiskelijoille; tärkeimmät tiedot myös englanniksi"],
        "3": ["name": "Edustajistovaalit", "month": 10],
    ]

    static let monitoring: JSONValue = [
        "keywords": ["KYY", "Kuulolan ylioppilaskunta", "ylkkäri"],
        "hashtags": ["#KYY", "KuulolanYlioppilaskunta"],
        "accounts": ["@kuulolan_yliopisto", "@kuulolan_ylioppilaslehti"],
        "owner": "Maija Meikäläinen",
        "frequency": "weekly",
    ]

    static let engagement: JSONValue = [
        "likeAndComment": ["Jäsenjärjestöjen tapahtumat ja onnistumiset", "Kysymykset opiskelusta, asumisesta ja hyvinvoinnista"],
        "responseTime": "1-day",
    ]

    static let groundRules: JSONValue = [
        "organisationAccounts": ["Jokaisella kanavalla on vastuuhenkilö ja varahenkilö.",
                                 "Jäsenten henkilökohtaisista asioista keskustellaan vain yksityisviestein."],
        "personalAccounts": ["Kerromme, milloin puhumme omissa nimissämme ja milloin KYY:n puolesta."],
    ]

    static let hashtags: JSONValue = [
        "ideas": ["#KYY"],
        "tags": [
            "kyy": ["tag": "KYY", "display": "KYY", "role": "brand", "channels": ["instagram", "facebook"]],
            "kuulolanylioppilaskunta": ["tag": "kuulolanylioppilaskunta", "display": "KuulolanYlioppilaskunta", "role": "brand",
                                        "note": "viralliset julkaisut"],
            "kyysyysbileet": ["tag": "kyysyysbileet", "display": "KYYSyysbileet", "role": "event",
                              "note": "joulukuun bileet | ilmoittautuminen *1.12.* alkaen", "channels": ["instagram"]],
        ],
        "sets": ["tapahtumat": ["name": "Tapahtumat", "tags": ["#KYY", "#KYYSyysbileet"]]],
    ]

    static let crisis: JSONValue = [
        "criticism": "Vastaamme asiallisesti ja nopeasti, kiitämme palautteesta ja siirrämme keskustelun tarvittaessa yksityisviesteihin. Emme provosoidu.",
        "decider": "Hallituksen puheenjohtaja; hänen poissa ollessaan varapuheenjohtaja",
        "escalation": ["puheenjohtaja – puhelin", "pääsihteeri – puhelin", "korkeakoulun viestintä"],
    ]

    static let channels: JSONValue = [
        "instagram": [
            "kind": "instagram-feed", "name": "Instagram-syöte (@kyy_ry)",
            "purpose": "Harkitut julkaisut tapahtumista, ihmisistä ja vaikuttamistyön tuloksista.",
            "audiences": ["jäsenet", "uudet opiskelijat", "kansainväliset opiskelijat"],
            "contentTypes": ["tapahtumat", "henkilöesittelyt", "vaikuttamistyön tulokset"],
            "tone": "Lämmin ja innostava", "languages": ["fi", "en"], "cadence": ["min": 2, "max": 3],
            "owners": ["Maija Meikäläinen"], "substitutes": ["Aino Aalto"], "responseTime": "1-day", "metrics": ["tavoittavuus", "tallennukset"],
        ],
        "stories": [
            "kind": "instagram-stories",
            "purpose": "Arjen hetket ja nopeat kysymykset jäsenille.",
            "audiences": ["jäsenet", "uudet opiskelijat"], "contentTypes": ["arjen hetket", "kysymykset ja äänestykset"],
            "tone": "Rento ja leikkisä", "languages": ["fi"], "cadence": ["min": 3, "max": 7],
            "owners": ["Maija Meikäläinen", "Aino Aalto"], "responseTime": "same-day", "metrics": ["vastaukset kysymystarraan"],
        ],
        "facebook": [
            "kind": "facebook-page",
            "purpose": "Tapahtumat ja yhteys alumneihin.",
            "audiences": ["alumnit", "jäsenet"], "contentTypes": ["tapahtumat", "tiedotteet"],
            "tone": "Ystävällinen ja selkeä", "languages": ["fi", "en"], "cadence": ["min": 1, "max": 2],
            "owners": ["Ville Virtanen"], "responseTime": "1-day", "metrics": ["tapahtumien osallistujat"],
        ],
        "website": [
            "kind": "website",
            "purpose": "Virallinen tieto | päätökset <b>ja</b> säännöt *aina* ajan tasalla & helposti löydettävissä",
            "audiences": ["jäsenet", "somen ulkopuolella olevat jäsenet"], "contentTypes": ["uutiset", "tiedotteet"],
            "tone": "Selkeä ja asiallinen", "languages": ["fi", "en"], "cadence": ["min": 1, "max": 1],
            "owners": ["Ville Virtanen"], "responseTime": "2-working-days", "metrics": ["kävijät"],
        ],
        "newsletter": [
            "kind": "newsletter",
            "purpose": "Kuukauden tärkeimmät uutiset koko jäsenistölle.",
            "audiences": ["jäsenet", "somen ulkopuolella olevat jäsenet"], "contentTypes": ["tiedotteet", "tulevat tapahtumat"],
            "languages": ["fi", "en"], "cadence": ["min": 0, "max": 1], "owners": ["Aino Aalto"], "responseTime": "2-working-days",
        ],
        "tiktok": ["kind": "tiktok", "purpose": "Lyhyet videot", "removed": true],
        "kampusradio": ["kind": "campus-radio", "name": "Kampusradio", "purpose": "Haastattelut kerran kuussa"],
    ]

    static let drafts: JSONValue = [
        "1": [
            "title": "Syysbileet 2026", "status": "approved", "channels": ["instagram", "facebook"],
            "purpose": "tapahtumat", "keyMessage": "Syysbileet 1.12. – ilmoittaudu nyt!",
            "link": "https://kyy.example/syysbileet", "language": "fi", "otherLanguages": ["en"], "hashtags": ["#KYY", "#KYYSyysbileet"],
            "media": [["kind": "image", "altText": "Opiskelijoita tanssimassa värivalojen alla."]],
            "scheduledAt": "2026-12-01T18:00", "timeZone": "Europe/Helsinki",
            "texts": [
                "instagram": [
                    "fi": "Syysbileet tulevat! 🎉\nIlmoittaudu 1.12. mennessä, linkki biossa.\n\n– Maija, KYY #KYY #KYYSyysbileet",
                    "en": "The autumn party is coming! 🎉\nSign up by 1 Dec; the link is in our bio, \"first come, first served\".\n\n– Maija, KYY #KYY",
                ],
                "facebook": ["fi": "Syysbileet 1.12. klo 19 alkaen. Ilmoittaudu: https://kyy.example/syysbileet\n– Maija, KYY"],
            ],
            "author": "Maija Meikäläinen", "reviewedBy": "Ville Virtanen", "reviewedAt": "2026-11-24T16:00:00Z",
        ],
        "2": [
            "title": "Edustajistovaalit: äänestä!", "status": "review", "channels": ["website", "newsletter", "stories"],
            "keyMessage": "Äänestä edustajistovaaleissa 3.–5.11.", "language": "fi",
            "media": [["kind": "video"]],
            "scheduledAt": "2026-10-25T03:30", "timeZone": "Europe/Helsinki",
            "texts": ["website": ["fi": "Edustajistovaalien äänestys alkaa; ehdokkaat, vaalikone ja äänestysohjeet löytyvät vaalisivulta."]],
            "author": "Aino Aalto",
        ],
        "3": ["title": "Kysely: mitä kuuluu?", "status": "draft", "channels": ["stories"]],
        "10": [
            "title": "Welcome week in Stockholm", "status": "published", "channels": ["instagram"],
            "scheduledAt": "2027-01-10T12:00", "timeZone": "Europe/Stockholm",
            "texts": ["instagram": ["en": "Exchange students: welcome week starts in Stockholm – ääkköset, emoji 🎉🎉🎉 and a line long enough to be folded more than once in the calendar file, for sure."]],
        ],
    ]

    /// Posts as Meta's exports reported them: two channels, one post matched to draft 1 (its purpose).
    static let insights: JSONValue = [
        "importedAt": "2026-12-04T10:00",
        "posts": [
            "ig-1": ["publishedAt": "2026-12-01T18:00", "platform": "instagram", "channel": "instagram", "draft": "1",
                     "description": "Syysbileet tulevat! 🎉", "reach": 1_200, "likes": 90, "comments": 12, "shares": 4, "saves": 14],
            "ig-2": ["publishedAt": "2026-11-20T12:00", "platform": "instagram", "channel": "instagram",
                     "description": "Tutustu hallitukseen: puheenjohtaja <Maija> & *varapuheenjohtaja*", "reach": 800, "likes": 40, "comments": 2],
            "ig-3": ["publishedAt": "2026-11-10T09:30", "platform": "instagram", "channel": "instagram",
                     "description": "Muistutus: jäsenmaksu", "reach": 500, "likes": 5],
            "fb-1": ["publishedAt": "2026-11-05T16:00", "platform": "facebook", "channel": "facebook",
                     "description": "Edustajiston kokous torstaina", "reach": 300, "reactions": 6, "comments": 3, "shares": 1],
            "fb-2": ["publishedAt": "2026-12-02T10:00", "platform": "facebook", "channel": "facebook",
                     "description": "Alumnien pikkujoulut", "reach": 0, "reactions": 0],
        ],
    ]

    /// What members said: kinds as the classifier left them, one question answered, one entry that needs
    /// privacy action (counted, never quoted) and one with its author recorded (never shown).
    static let listening: JSONValue = [
        "entries": [
            "1": ["text": "Milloin vappu alkaa?", "source": "comment", "at": "2026-11-02T12:00", "kinds": ["question"], "keywords": ["vappu"], "answered": true],
            "2": ["text": "Idea: sauna kampukselle.", "source": "survey", "at": "2026-11-04T09:15", "kinds": ["idea"], "keywords": [], "answered": false],
            "3": ["text": "Kiitos, vappu oli upea!", "source": "story-reply", "at": "2026-11-06T20:00", "kinds": ["praise"], "keywords": ["vappu"],
                  "answered": false, "author": "Essi Esimerkki"],
            "4": ["text": "Sauna on liian täynnä.", "source": "message", "at": "2026-11-10T18:30", "kinds": ["criticism"], "keywords": [], "answered": false],
            "5": ["text": "Onko sauna auki?", "source": "comment", "at": "2026-11-12T08:00", "kinds": ["question"], "keywords": [], "answered": false],
            "6": ["text": "Sauna: soita Matille numeroon 040 1234567.", "source": "message", "at": "2026-11-12T09:00", "kinds": ["privacy"], "keywords": [],
                  "answered": false],
        ],
    ]
}
