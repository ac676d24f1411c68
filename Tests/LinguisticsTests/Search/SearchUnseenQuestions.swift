import KuuloCore

/// Questions written by a separate author who had not seen the index, its settings or the other
/// question sets; used only to measure how well the search generalises (never tuned on).
enum SearchUnseenQuestions {
    static func questions(_ language: Language) -> [LabelledQuestion] {
        language == .fi ? finnish : english
    }

    static let finnish: [LabelledQuestion] = [
        LabelledQuestion("miten saadaan selville mitä opiskelijat puhuu meistä somessa", "tip-1"),
        LabelledQuestion("pitäiskö meidän seurata jotain hakusanoja tai tilejä ettei mee ohi kun meidät mainitaan jossain", "tip-1"),
        LabelledQuestion("voiko järjestön tililtä tykkäillä ja kommentoida muiden postauksia", "tip-2"),
        LabelledQuestion("kuinka nopeesti kommentteihin ja viesteihin pitäis vastata", "tip-2"),
        LabelledQuestion("saako hallituksen jäsen kirjoittaa omalla tilillään mielipiteitään järjestön asioista", "tip-3"),
        LabelledQuestion("pitäiskö meillä olla jotkut yhteiset säännöt siitä miten somessa toimitaan järjestön nimissä", "tip-3"),
        LabelledQuestion("keksitäänkö meille oma hashtag ja kannattaako sitä käyttää joka postauksessa", "tip-4"),
        LabelledQuestion("mistä näkee mitkä postaukset kiinnostaa jäseniä eniten", "tip-5"),
        LabelledQuestion("kannattaako tuijottaa tykkäysmääriä vai mitä lukuja pitäis oikeesti seurata", "tip-5"),
        LabelledQuestion("miten saisin jäsenet jakamaan meidän tapahtumia omilla tileillään", "tip-6"),
        LabelledQuestion("joku trollaa meidän postausten alla koko ajan, pitäiskö vastata vai antaa olla", "tip-7"),
        LabelledQuestion("yks jäsen on tosi vihainen meidän edunvalvonnasta ja kirjottaa asiattomia kommentteja, miten vastaan ilman että tilanne kärjistyy", "tip-7"),
        LabelledQuestion("pitääkö postauksen loppuun laittaa oma nimi", "tip-8"),
        LabelledQuestion("pitäiskö meidän olla tiktokissa vai riittääkö nykyiset kanavat", "channel-purpose"),
        LabelledQuestion("kirjoitetaanko aihetunniste isoilla alkukirjaimilla vai kaikki pienellä", "hashtag-guide"),
        LabelledQuestion("onko #opiskelu liian yleinen tägi", "hashtag-guide"),
        LabelledQuestion("miten kirjotan hyvän tapahtumamainoksen, mitä siihen pitää laittaa ensimmäiseksi", "post-drafting"),
        LabelledQuestion("voiko julkaista kuvan opiskelijakortista jos siinä näkyy opiskelijanumero", "privacy"),
        LabelledQuestion("joku kommentoi meidän sivulle toisen opiskelijan puhelinnumeron, kuka sen poistaa", "privacy"),
        LabelledQuestion("voiko somessa kertoa että hallituksen jäsen on sairauslomalla", "privacy"),
        LabelledQuestion("mitä tehdään jos meistä nousee paskamyrsky", "crisis-plan"),
        LabelledQuestion("kuka meillä päättää ja vastaa jos somessa alkaa iso kohu järjestön toiminnasta", "crisis-plan"),
        LabelledQuestion("montako postausta viikossa on sopiva määrä", "posting-rhythm"),
        LabelledQuestion("kannattaako postaukset ajastaa etukäteen", "posting-rhythm"),
        LabelledQuestion("alt-teksti?", "visuals-alt-text"),
        LabelledQuestion("miten tavoitetaan ne opiskelijat jotka ei käytä somea ollenkaan", "offline-members"),
        LabelledQuestion("miten somen hoito siirretään seuraavalle hallitukselle ettei kaikki ala alusta", "trustee-motivation"),
        LabelledQuestion("onko parempi tehdä facebookiin sivu vai ryhmä", "platform-facebook"),
        LabelledQuestion("miksei linkit toimi instan kuvateksteissä", "platform-instagram"),
        LabelledQuestion("kannattaako meidän tehdä reelsejä", "platform-instagram"),
    ]

    static let english: [LabelledQuestion] = [
        LabelledQuestion("how do we keep track of what students are saying about us online", "tip-1"),
        LabelledQuestion("should someone check mentions of the union every week or so? what's a good routine for that", "tip-1"),
        LabelledQuestion("is it ok to like other people's posts from the union account", "tip-2"),
        LabelledQuestion("how do we get members talking with us instead of just broadcasting announcements at them", "tip-2"),
        LabelledQuestion("can I share my own opinions about union decisions on my personal account", "tip-3"),
        LabelledQuestion("we need some rules for who posts what on our accounts, what should we agree on", "tip-3"),
        LabelledQuestion("which hashtag should our union use", "tip-4"),
        LabelledQuestion("everyone on the board uses a different tag for the same events, is that a problem", "tip-4"),
        LabelledQuestion("how can I tell if our posts are actually reaching anyone", "tip-5"),
        LabelledQuestion("how to get members to repost our stuff", "tip-6"),
        LabelledQuestion("should we ask students to post about our events themselves", "tip-6"),
        LabelledQuestion("someone is trolling in our comments, do I reply?", "tip-7"),
        LabelledQuestion("a member keeps arguing with us under every post and it's going nowhere", "tip-7"),
        LabelledQuestion("should I sign my comments when I answer as the union", "tip-8"),
        LabelledQuestion("which channels should a small student union actually be on", "channel-purpose"),
        LabelledQuestion("camelcase in hashtags?", "hashtag-guide"),
        LabelledQuestion("is there a max length for a hashtag or is #StudentUnionAnnualMeetingAutumn fine", "hashtag-guide"),
        LabelledQuestion("what's the best way to structure an announcement so people actually read it and sign up", "post-drafting"),
        LabelledQuestion("can we post the list of newly elected reps with their student numbers", "privacy"),
        LabelledQuestion("someone shared a screenshot of a private chat with people's names in our group, who should delete it", "privacy"),
        LabelledQuestion("is it ok to mention in a post that a member is away because of illness", "privacy"),
        LabelledQuestion("we're getting a shitstorm, who does what", "crisis-plan"),
        LabelledQuestion("what should be in our plan for when things blow up on social media", "crisis-plan"),
        LabelledQuestion("how often should we post", "posting-rhythm"),
        LabelledQuestion("we post like five times a day during orientation week, is that too much", "posting-rhythm"),
        LabelledQuestion("do our videos need subtitles", "visuals-alt-text"),
        LabelledQuestion("not everyone follows us on social media, how do we reach the rest", "offline-members"),
        LabelledQuestion("our comms person is doing everything alone and burning out, how do we share the workload", "trustee-motivation"),
        LabelledQuestion("why does facebook cut off my post after a couple of lines", "platform-facebook"),
        LabelledQuestion("where do I put the link if it can't be clicked in the instagram caption", "platform-instagram"),
    ]
}
