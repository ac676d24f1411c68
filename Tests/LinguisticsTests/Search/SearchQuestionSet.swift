import KuuloCore

/// A question a trustee might type, with the Knowledge article that should answer it.
struct LabelledQuestion: Sendable, CustomStringConvertible {
    let text: String
    let expected: String

    init(_ text: String, _ expected: String) {
        self.text = text
        self.expected = expected
    }

    var description: String { "\"\(text)\" → \(expected)" }
}

/// The measured question set.
///
/// - `finnish` and `english` were written once, before the index existed, and split by position:
///   even positions are the tuning half (looked at while adjusting weights, stop words and synonyms);
///   odd positions were held out until the settings were frozen. Their first measurement (Finnish
///   top-1 0.667, English 0.958) showed overfitting in Finnish, and from then on they were looked at
///   too: after that they are tuning data as well ("second round").
/// - `finnishFresh` and `englishFresh` were written at that point, before any further change, and
///   held out until round 2 was frozen (Finnish top-1 0.741, English 0.667). Round 3 then tuned on
///   them too.
/// - `finnishFinal` and `englishFinal` were written before round 3 and not tuned on in round 3: the test
///   prints their accuracy but does not assert it. After round 3 they scored top-1 0.533 (8/15) in
///   Finnish and 0.600 (9/15) in English against 0.93 and 0.91 on the tuned questions: the ranking had
///   learnt the tuned phrasings, not how trustees ask.
/// - Round 4 changed mechanisms rather than single questions: each article got example questions
///   (`asks` in its front matter, 7–9 a language, written from the article's content and indexed as a
///   weighted field), question words found nowhere are matched to what they were probably misspelt as,
///   channel names count less than the topic, compounds the articles use are matched whole, synonyms
///   for how trustees talk, more question cues for intents, and a close-call signal (`choices`) for
///   asking back. `finnishRound4` and `englishRound4` (24 each) were written at the start of round 4,
///   before the example questions, and tuned on during it (one Finnish question that rightly starts the
///   hashtag flow was replaced). Honesty notes: the same person wrote the round-4 set and the example
///   questions, so the round-4 set is not independent of them; and the final set's misses are printed
///   by this test, so they were seen during round 4 (no question of it was copied into `asks`). Round
///   4 ended with the final set at top-1 0.867 (13/15) Finnish and 0.800 (12/15) English.
/// - The independent check is `SearchUnseenQuestions` (30 a language, written by another author and
///   not opened until round 4 was committed); the test prints it, does not assert it, and nothing was
///   tuned on it. Measured once after the freeze: Finnish top-1 0.833 (25/30), top-3 0.933; English
///   top-1 0.667 (20/30), top-3 0.867. The code before round 4 scored 0.667 (20/30) and 0.633 (19/30)
///   on it, so round 4 generalised in Finnish and barely in English, and neither reaches the 0.9
///   target on unseen phrasings. Four of the misses are between `tip-4` and `hashtag-guide`, which
///   overlap (capital letters, generic tags); the rest are mostly questions whose key words the
///   articles do not use (student numbers, sick leave, burning out, a post cut off after a few lines)
///   or use in another sense (a personal account against personal data).
/// - Round 5 tuned on the unseen set too, by article metadata and one mechanism rather than per
///   question. The boundary between `tip-4` and `hashtag-guide` was drawn by scope: `tip-4` (the tip
///   list's item 4) is which tags are ours and using them consistently; `hashtag-guide` is how to write
///   them (capitals and CamelCase, screen readers, length, hyphens and digits, counts per platform,
///   generic tags). Their tags, example questions and bodies were moved accordingly (the hashtag guide
///   got a title that says so; `tip-4` kept its title and summary, which the plan export prints), and
///   the eight tuned questions about capitals or counts that were labelled `tip-4` were relabelled
///   `hashtag-guide`, the article whose scope they are. Articles now say in their own words what
///   trustees ask about without the articles' vocabulary: student numbers and student cards,
///   screenshots of private chats and being ill or on sick leave (`privacy`), burning out under the
///   workload (`trustee-motivation`), a post cut off after its first lines (`platform-facebook`), a
///   trustee's own opinions on their own account (`tip-3`), putting one's name at the end of a post
///   (`tip-8`, the tip list's own words), asking members to post on their own accounts (`tip-6`); with
///   synonyms for illness, burnout, screenshots and "max". The mechanism: a hashtag typed in a question
///   (`QuestionHashtags`) stands for the word hashtag, and a CamelCase or digit tag is left out
///   instead of counting as an unknown, rarest word. The unseen set went from top-1 0.833 (25/30),
///   top-3 0.933 (28/30) to 1.000 (30/30), 1.000 in Finnish and from 0.667 (20/30), 0.867 (26/30) to
///   0.967 (29/30), 1.000 (30/30) in English; since it was tuned on, these show the gaps were closed,
///   not how the search generalises. The tuned questions ended at top-1 0.949 (94/99), top-3 1.000
///   Finnish and 0.940 (94/100), top-3 0.980 English (0.929 and 0.960 before, on the old labels).
/// - The independent check after round 5 is `SearchUnseenQuestions2` (30 a language, by another
///   author, not opened until round 5 was committed; printed, not asserted, never tuned on). Measured
///   once after the freeze: Finnish top-1 0.867 (26/30), top-3 0.900 (27/30); English top-1 0.767
///   (23/30), top-3 0.933 (28/30), with the expected article among the choices of 5 of its 6 close
///   calls (right or asked back 25/30). Against unseen set 1 before round 5 (0.833 and 0.667) that is
///   a real step in English and a small one in Finnish, and still short of the 0.9 target on unseen
///   phrasings. The misses are again mostly words the articles do not use (Jodel, "went viral",
///   "cringe", "vänkää", a resignation for health reasons, an evening paper), crisis questions that
///   lose to tip 7 or channel articles, and one `tip-4`/`hashtag-guide` case ("are really long
///   hashtags a bad idea?") that goes to tip 4 through "idea" (its "hashtag ideas") and its many
///   mentions of hashtags, although only the guide speaks of length.
enum SearchQuestionSet {
    /// Every tuned question in `language` (the set the accuracy targets are asserted on).
    static func questions(_ language: Language) -> [LabelledQuestion] {
        language == .fi ? finnish + finnishFresh + finnishRound4 : english + englishFresh + englishRound4
    }

    /// The round-4 set, written before the articles got example questions (`asks`).
    static func round4(_ language: Language) -> [LabelledQuestion] {
        language == .fi ? finnishRound4 : englishRound4
    }

    /// The final unseen check, printed only.
    static func final(_ language: Language) -> [LabelledQuestion] {
        language == .fi ? finnishFinal : englishFinal
    }

    /// The first tuning half (even positions of the first set).
    static func tuning(_ language: Language) -> [LabelledQuestion] {
        first(language).enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    }

    /// The first held-out half (odd positions of the first set), used for tuning in the second round.
    static func heldOut(_ language: Language) -> [LabelledQuestion] {
        first(language).enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    }

    /// The fresh held-out set, written after the first held-out measurement.
    static func fresh(_ language: Language) -> [LabelledQuestion] {
        language == .fi ? finnishFresh : englishFresh
    }

    private static func first(_ language: Language) -> [LabelledQuestion] {
        language == .fi ? finnish : english
    }

    static let finnish: [LabelledQuestion] = [
        LabelledQuestion("miten seurataan mitä meistä puhutaan somessa", "tip-1"),
        LabelledQuestion("mistä näen jos joku mainitsee meidän järjestön", "tip-1"),
        LabelledQuestion("kuka hoitaa somen seurannan ja kuinka usein", "tip-1"),
        LabelledQuestion("pitäiskö järjestön tililtä tykätä ja kommentoida muiden postauksia", "tip-2"),
        LabelledQuestion("miten saadaan jäsenet vastaamaan kysymyksiin", "tip-2"),
        LabelledQuestion("kuinka nopeasti kommentteihin pitää vastata", "tip-2"),
        LabelledQuestion("mitä pelisääntöjä kannattaa sopia hallituksen kesken", "tip-3"),
        LabelledQuestion("saako hallituksen jäsen kirjoittaa järjestön asioista omalla tilillään", "tip-3"),
        LabelledQuestion("kenellä pitäis olla tunnukset ja salasana someen", "tip-3"),
        LabelledQuestion("miten valitaan hyvä hashtag järjestölle", "tip-4"),
        LabelledQuestion("montako hashtagia voi käyttää instagramissa", "hashtag-guide"),
        LabelledQuestion("miten tapahtuman hashtag kannattaa muodostaa, laitetaanko vuosiluku mukaan", "hashtag-guide"),
        LabelledQuestion("miksi väliviiva katkaisee hashtagin", "hashtag-guide"),
        LabelledQuestion("mistä näkee miten meidän postaukset on tavoittaneet ihmisiä", "tip-5"),
        LabelledQuestion("mitä tilastoja kannattaa seurata", "tip-5"),
        LabelledQuestion("miten saadaan jäsenet jakamaan meidän juttuja", "tip-6"),
        LabelledQuestion("voiko tilin antaa jollekin viikoksi haltuun", "tip-6"),
        LabelledQuestion("miten vastaan kun joku haukkuu meitä", "tip-7"),
        LabelledQuestion("joku trollaa meidän kommenteissa, mitä teen", "tip-7"),
        LabelledQuestion("saako asiattoman kritiikin poistaa", "tip-7"),
        LabelledQuestion("pitääkö postaukset allekirjoittaa omalla nimellä", "tip-8"),
        LabelledQuestion("miten ylläpitäjät esitellään sivun tiedoissa", "tip-8"),
        LabelledQuestion("mihin meidän kannattaa käyttää mitäkin kanavaa", "channel-purpose"),
        LabelledQuestion("pitäiskö meidän lopettaa joku kanava kun kukaan ei ehdi päivittää sitä", "channel-purpose"),
        LabelledQuestion("mitä tehdään ensimmäisenä jos tulee somekriisi", "crisis-plan"),
        LabelledQuestion("millainen on hyvä ensitiedote", "crisis-plan"),
        LabelledQuestion("mitä jos meidän tili kaapataan", "crisis-plan"),
        LabelledQuestion("mitä jos joku ei oo facessa", "offline-members"),
        LabelledQuestion("miten tavoitetaan jäsenet jotka ei käytä somea", "offline-members"),
        LabelledQuestion("kannattaako uutiskirjettä tehdä", "offline-members"),
        LabelledQuestion("tarvitaanko facebook-ryhmä vai riittääkö sivu", "platform-facebook"),
        LabelledQuestion("kuinka pitkä facebook-päivitys voi olla", "platform-facebook"),
        LabelledQuestion("mitä kannattaa laittaa storyihin ja mitä feediin", "platform-instagram"),
        LabelledQuestion("miksi linkki ei toimi instan kuvatekstissä", "platform-instagram"),
        LabelledQuestion("miten kirjoitan hyvän postauksen", "post-drafting"),
        LabelledQuestion("mitä kaikkea julkaisuun pitää muistaa laittaa", "post-drafting"),
        LabelledQuestion("missä järjestyksessä kieliversiot kannattaa julkaista", "post-drafting"),
        LabelledQuestion("kuinka usein pitäis postata", "posting-rhythm"),
        LabelledQuestion("pitääkö kesällä julkaista mitään", "posting-rhythm"),
        LabelledQuestion("miten tehdään sisältökalenteri", "posting-rhythm"),
        LabelledQuestion("mitä ei saa laittaa someen", "privacy"),
        LabelledQuestion("jäsen kertoi terveysasioistaan kommentissa, mitä teen", "privacy"),
        LabelledQuestion("mitä jos julkaistiin vahingossa jonkun henkilötietoja", "privacy"),
        LabelledQuestion("miten saan hallituksen tyypit postaamaan", "trustee-motivation"),
        LabelledQuestion("kannattaako tehdä vuorolista someen", "trustee-motivation"),
        LabelledQuestion("miten alt-teksti lisätään kuvaan", "visuals-alt-text"),
        LabelledQuestion("pitääkö videoihin laittaa tekstitys", "visuals-alt-text"),
        LabelledQuestion("montako emojia voi käyttää", "visuals-alt-text"),
    ]

    static let english: [LabelledQuestion] = [
        LabelledQuestion("how do we keep track of what people say about us online", "tip-1"),
        LabelledQuestion("how can I see when someone mentions our union", "tip-1"),
        LabelledQuestion("who should do the weekly monitoring check", "tip-1"),
        LabelledQuestion("should our account like and comment on other people's posts", "tip-2"),
        LabelledQuestion("how fast do we need to reply to comments", "tip-2"),
        LabelledQuestion("how do we get members to actually answer our questions", "tip-2"),
        LabelledQuestion("what ground rules should the board agree on for social media", "tip-3"),
        LabelledQuestion("can a board member talk about union stuff on their personal account", "tip-3"),
        LabelledQuestion("should we share the account password with everyone", "tip-3"),
        LabelledQuestion("how do we pick a good hashtag for our organisation", "tip-4"),
        LabelledQuestion("why should hashtags be written in CamelCase", "hashtag-guide"),
        LabelledQuestion("should event hashtags include the year", "hashtag-guide"),
        LabelledQuestion("why does a hyphen break my hashtag", "hashtag-guide"),
        LabelledQuestion("is #student a good tag to use", "hashtag-guide"),
        LabelledQuestion("which statistics should we look at", "tip-5"),
        LabelledQuestion("how do we know which posts reach people", "tip-5"),
        LabelledQuestion("how can we get members to share our posts", "tip-6"),
        LabelledQuestion("what is an account takeover", "tip-6"),
        LabelledQuestion("how should I respond when someone trashes us in the comments", "tip-7"),
        LabelledQuestion("someone is trolling our posts, what do I do", "tip-7"),
        LabelledQuestion("can we delete negative comments", "tip-7"),
        LabelledQuestion("should I sign my posts with my name", "tip-8"),
        LabelledQuestion("where do we introduce the page admins", "tip-8"),
        LabelledQuestion("what should each of our channels be used for", "channel-purpose"),
        LabelledQuestion("should we close a channel nobody has time for", "channel-purpose"),
        LabelledQuestion("what do we do first if a social media crisis hits", "crisis-plan"),
        LabelledQuestion("what should a holding statement say", "crisis-plan"),
        LabelledQuestion("our instagram account got hacked, what now", "crisis-plan"),
        LabelledQuestion("what about members who aren't on facebook", "offline-members"),
        LabelledQuestion("how do we reach people who don't use social media", "offline-members"),
        LabelledQuestion("is a newsletter still worth doing", "offline-members"),
        LabelledQuestion("do we need a facebook group or is a page enough", "platform-facebook"),
        LabelledQuestion("how long can a facebook post be", "platform-facebook"),
        LabelledQuestion("what should go in stories versus the feed", "platform-instagram"),
        LabelledQuestion("why can't people click the link in my instagram caption", "platform-instagram"),
        LabelledQuestion("how do I write a good post", "post-drafting"),
        LabelledQuestion("what should every post include", "post-drafting"),
        LabelledQuestion("should the finnish and english versions be in the same post", "post-drafting"),
        LabelledQuestion("how often should we post", "posting-rhythm"),
        LabelledQuestion("should we post during the summer break", "posting-rhythm"),
        LabelledQuestion("how do I make a content calendar", "posting-rhythm"),
        LabelledQuestion("what must never be posted on our channels", "privacy"),
        LabelledQuestion("a member shared their health problems in a comment, what should we do", "privacy"),
        LabelledQuestion("we accidentally published someone's personal data", "privacy"),
        LabelledQuestion("how do I get the board to post on the union account", "trustee-motivation"),
        LabelledQuestion("should we have a posting rota for trustees", "trustee-motivation"),
        LabelledQuestion("how do I add alt text to a picture", "visuals-alt-text"),
        LabelledQuestion("do our videos need captions", "visuals-alt-text"),
        LabelledQuestion("how many emojis is too many", "visuals-alt-text"),
    ]

    static let finnishFresh: [LabelledQuestion] = [
        LabelledQuestion("miten huomaan jos joku puhuu meistä instassa", "tip-1"),
        LabelledQuestion("mitä hakusanoja kannattaa seurata", "tip-1"),
        LabelledQuestion("kannattaako järjestön kommentoida jäsenten julkaisuja", "tip-2"),
        LabelledQuestion("miten saadaan enemmän keskustelua aikaan", "tip-2"),
        LabelledQuestion("mitä saa kirjoittaa omalla tilillä kun on hallituksessa", "tip-3"),
        LabelledQuestion("tarviiko meidän tehdä someohjeet", "tip-3"),
        LabelledQuestion("millainen hashtag meidän järjestölle kannattaa ottaa", "tip-4"),
        LabelledQuestion("miten kampanjahashtagi kannattaa nimetä", "hashtag-guide"),
        LabelledQuestion("voiko hashtagissa olla numeroita", "hashtag-guide"),
        LabelledQuestion("mistä tietää mikä postaus toimi parhaiten", "tip-5"),
        LabelledQuestion("kannattaako seuraajamäärää tuijottaa", "tip-5"),
        LabelledQuestion("miten jäsenet saatais jakamaan tapahtumakuvia", "tip-6"),
        LabelledQuestion("joku kirjoitti ilkeän kommentin meidän julkaisuun", "tip-7"),
        LabelledQuestion("saako kriittisen kommentin poistaa", "tip-7"),
        LabelledQuestion("pitääkö vastauksiin laittaa oma nimi", "tip-8"),
        LabelledQuestion("mitä varten meillä on sekä facebook että insta", "channel-purpose"),
        LabelledQuestion("kuka hoitaa viestinnän jos sattuu jotain vakavaa", "crisis-plan"),
        LabelledQuestion("miten toimitaan jos tapahtumassa sattuu onnettomuus", "crisis-plan"),
        LabelledQuestion("miten tavoitetaan ne jäsenet jotka ei seuraa meitä missään", "offline-members"),
        LabelledQuestion("kannattaako facebookiin tehdä tapahtuma", "platform-facebook"),
        LabelledQuestion("mitä storyihin kannattaa laittaa", "platform-instagram"),
        LabelledQuestion("mitä kaikkea pitää muistaa kun kirjoittaa somepostausta", "post-drafting"),
        LabelledQuestion("saako myöhään illalla postata", "posting-rhythm"),
        LabelledQuestion("voiko jäsenen puhelinnumeron laittaa kommenttiin", "privacy"),
        LabelledQuestion("miten saadaan hallitus innostumaan somesta", "trustee-motivation"),
        LabelledQuestion("mikä on alt-teksti", "visuals-alt-text"),
        LabelledQuestion("pitääkö kuville kirjoittaa kuvaus", "visuals-alt-text"),
    ]

    static let englishFresh: [LabelledQuestion] = [
        LabelledQuestion("how do we notice when someone talks about us on instagram", "tip-1"),
        LabelledQuestion("which keywords should we monitor", "tip-1"),
        LabelledQuestion("should the union comment on members' posts", "tip-2"),
        LabelledQuestion("how do we get more conversation going", "tip-2"),
        LabelledQuestion("what can I post on my own account while I'm on the board", "tip-3"),
        LabelledQuestion("do we need social media guidelines", "tip-3"),
        LabelledQuestion("what kind of hashtag should our organisation use", "tip-4"),
        LabelledQuestion("how should we name a campaign hashtag", "hashtag-guide"),
        LabelledQuestion("can a hashtag contain numbers", "hashtag-guide"),
        LabelledQuestion("how can we tell which post did best", "tip-5"),
        LabelledQuestion("does follower count matter", "tip-5"),
        LabelledQuestion("how do we get members to share their event photos", "tip-6"),
        LabelledQuestion("someone wrote a nasty comment on our post", "tip-7"),
        LabelledQuestion("are we allowed to delete a critical comment", "tip-7"),
        LabelledQuestion("should replies be signed with my own name", "tip-8"),
        LabelledQuestion("why do we have both facebook and instagram", "channel-purpose"),
        LabelledQuestion("who speaks for us if something serious happens", "crisis-plan"),
        LabelledQuestion("what do we do if there's an accident at our event", "crisis-plan"),
        LabelledQuestion("how do we reach members who don't follow us anywhere", "offline-members"),
        LabelledQuestion("should we make a facebook event", "platform-facebook"),
        LabelledQuestion("what should we put in our stories", "platform-instagram"),
        LabelledQuestion("what do I need to remember when writing a post", "post-drafting"),
        LabelledQuestion("is it ok to post late at night", "posting-rhythm"),
        LabelledQuestion("can I put a member's phone number in a comment", "privacy"),
        LabelledQuestion("how do we get the board excited about social media", "trustee-motivation"),
        LabelledQuestion("what is alt text", "visuals-alt-text"),
        LabelledQuestion("do images need a description", "visuals-alt-text"),
    ]

    static let finnishFinal: [LabelledQuestion] = [
        LabelledQuestion("pitääkö meidän seurata ainejärjestöjen tilejä", "tip-1"),
        LabelledQuestion("miten kysytään jäsenten mielipidettä storyssa", "platform-instagram"),
        LabelledQuestion("kuka saa päivittää järjestön instaa", "tip-3"),
        LabelledQuestion("kirjoitetaanko hashtagit isoilla vai pienillä kirjaimilla", "hashtag-guide"),
        LabelledQuestion("mitä tilastoista pitäisi katsoa", "tip-5"),
        LabelledQuestion("miten pyydän lupaa jakaa jäsenen kuvan", "tip-6"),
        LabelledQuestion("mitä tehdään jos meistä nousee kohu", "crisis-plan"),
        LabelledQuestion("miten me esitellään ylläpitäjät facebookissa", "tip-8"),
        LabelledQuestion("tarvitaanko meille kanavakartta", "channel-purpose"),
        LabelledQuestion("mihin linkki laitetaan instassa", "platform-instagram"),
        LabelledQuestion("kuinka pitkä voi instan kuvateksti olla", "platform-instagram"),
        LabelledQuestion("onko ok pitää somessa taukoa tenttiviikolla", "posting-rhythm"),
        LabelledQuestion("saako hallituksen pöytäkirjan kuvan laittaa instaan", "privacy"),
        LabelledQuestion("miten videot tekstitetään", "visuals-alt-text"),
        LabelledQuestion("miten saan ihmiset kommentoimaan", "tip-2"),
    ]

    static let englishFinal: [LabelledQuestion] = [
        LabelledQuestion("should we follow the subject associations' accounts", "tip-1"),
        LabelledQuestion("how do I ask members' opinions in a story", "platform-instagram"),
        LabelledQuestion("who is allowed to update our instagram", "tip-3"),
        LabelledQuestion("should hashtags be in upper or lower case", "hashtag-guide"),
        LabelledQuestion("what should we look at in the statistics", "tip-5"),
        LabelledQuestion("how do I ask permission to share a member's photo", "tip-6"),
        LabelledQuestion("what do we do if a scandal blows up about us", "crisis-plan"),
        LabelledQuestion("how do we introduce our admins on facebook", "tip-8"),
        LabelledQuestion("do we need a channel map", "channel-purpose"),
        LabelledQuestion("where do I put the link on instagram", "platform-instagram"),
        LabelledQuestion("how long can an instagram caption be", "platform-instagram"),
        LabelledQuestion("is it ok to take a break from social media during exam week", "posting-rhythm"),
        LabelledQuestion("can we post a photo of the board's minutes", "privacy"),
        LabelledQuestion("how do we caption our videos", "visuals-alt-text"),
        LabelledQuestion("how do I get people to comment", "tip-2"),
    ]

    static let finnishRound4: [LabelledQuestion] = [
        LabelledQuestion("kenen vastuulla on seurata mainintoja", "tip-1"),
        LabelledQuestion("pitäiskö meidän vastata jokaiseen kommenttiin", "tip-2"),
        LabelledQuestion("kuinka aktivoida jäseniä kommentoimaan", "tip-2"),
        LabelledQuestion("voiko puheenjohtaja kritisoida liittoa omassa twitterissään", "tip-3"),
        LabelledQuestion("kenellä kaikilla pitäis olla admin-oikeudet", "tip-3"),
        LabelledQuestion("pitääkö hallituksen vaihtuessa vaihtaa salasanat", "tip-3"),
        LabelledQuestion("kuinka monta hästägiä saa laittaa", "hashtag-guide"),
        LabelledQuestion("miksi hashtagin sanat kirjoitetaan isolla alkukirjaimella", "hashtag-guide"),
        LabelledQuestion("miksi #opiskelija on huono tägi", "hashtag-guide"),
        LabelledQuestion("mistä näkee paljonko postaus keräsi tykkäyksiä", "tip-5"),
        LabelledQuestion("kannattaako jäsenelle antaa insta päiväksi", "tip-6"),
        LabelledQuestion("joku jäsen kommentoi tosi asiattomasti, poistetaanko", "tip-7"),
        LabelledQuestion("kuka päättää mitä sanotaan jos tulee paskamyrsky", "crisis-plan"),
        LabelledQuestion("kuka meistä kirjoittaa nimensä postauksen loppuun", "tip-8"),
        LabelledQuestion("tarvitaanko meille tiktok", "channel-purpose"),
        LabelledQuestion("miten tiedotetaan jäsenille jotka ei oo instassa", "offline-members"),
        LabelledQuestion("kannattaako facebookissa olla ryhmä", "platform-facebook"),
        LabelledQuestion("mitä reelsiin kannattaa tehdä", "platform-instagram"),
        LabelledQuestion("miten kirjoitan tapahtumailmoituksen", "post-drafting"),
        LabelledQuestion("montako kertaa viikossa pitäis julkaista", "posting-rhythm"),
        LabelledQuestion("milloin kannattaa pitää taukoa somesta", "posting-rhythm"),
        LabelledQuestion("saako jäsenen nimen ja osoitteen julkaista", "privacy"),
        LabelledQuestion("hallituslaiset ei jaksa postailla, mitä teen", "trustee-motivation"),
        LabelledQuestion("miten kuvaan kirjoitetaan vaihtoehtoinen teksti", "visuals-alt-text"),
    ]

    static let englishRound4: [LabelledQuestion] = [
        LabelledQuestion("who is responsible for checking mentions", "tip-1"),
        LabelledQuestion("should we reply to every comment", "tip-2"),
        LabelledQuestion("how can we get members to comment more", "tip-2"),
        LabelledQuestion("can our chair criticise the national union on twitter", "tip-3"),
        LabelledQuestion("who should have admin rights", "tip-3"),
        LabelledQuestion("should we change passwords when the board changes", "tip-3"),
        LabelledQuestion("how many hashtags can I use", "hashtag-guide"),
        LabelledQuestion("why capitalise the words in a hashtag", "hashtag-guide"),
        LabelledQuestion("what tag should we use for our may day campaign", "hashtag-guide"),
        LabelledQuestion("where can I see how many likes a post got", "tip-5"),
        LabelledQuestion("should we let a member run our instagram for a day", "tip-6"),
        LabelledQuestion("someone posted an abusive comment, should we remove it", "tip-7"),
        LabelledQuestion("who decides what we say during a shitstorm", "crisis-plan"),
        LabelledQuestion("who writes their name under our posts", "tip-8"),
        LabelledQuestion("do we need tiktok", "channel-purpose"),
        LabelledQuestion("how do we inform members who aren't on instagram", "offline-members"),
        LabelledQuestion("is a facebook group worth having", "platform-facebook"),
        LabelledQuestion("what kind of reels should we make", "platform-instagram"),
        LabelledQuestion("how do I write an event announcement", "post-drafting"),
        LabelledQuestion("how many times a week should we post", "posting-rhythm"),
        LabelledQuestion("when is it fine to take a break from posting", "posting-rhythm"),
        LabelledQuestion("can we publish a member's name and address", "privacy"),
        LabelledQuestion("the board members can't be bothered to post, what do I do", "trustee-motivation"),
        LabelledQuestion("how do I write a description for an image", "visuals-alt-text"),
    ]
}
