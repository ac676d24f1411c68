import KuuloCore

/// A second set by a separate author who had not seen the index, its settings, the articles' example
/// questions or the other question sets; used only to measure generalisation (never tuned on).
enum SearchUnseenQuestions2 {
    static func questions(_ language: Language) -> [LabelledQuestion] {
        language == .fi ? finnish : english
    }

    static let finnish: [LabelledQuestion] = [
        LabelledQuestion("Miten huomaan jos meistä puhutaan jossain somessa vaikka meitä ei tägätä?", "tip-1"),
        LabelledQuestion("onko jotain järkevää tapaa pysyä kärryillä mitä ylkkärin nimellä kirjotellaan jodelissa ja muualla", "tip-1"),
        LabelledQuestion("Saako ainejärjestön tilillä tykkäillä ja kommentoida muiden postauksia vai onks se vähän outoa?", "tip-2"),
        LabelledQuestion("Voinko hallituksen jäsenenä kirjottaa omalla tilillä mielipiteitä edarin päätöksistä?", "tip-3"),
        LabelledQuestion("mitä meiän kannattais sopia yhteisesti ennen ku uudet hallituslaiset saa tunnukset järjestön tileille", "tip-3"),
        LabelledQuestion("Mikä ois hyvä oma tägi meiän kiltalle, jota kaikki käyttäis aina samalla tavalla?", "tip-4"),
        LabelledQuestion("Meillä on ollu joka vuosi eri risuaita vappuun ja fuksiaisiin, pitäiskö vakiinnuttaa jotkut pysyvät?", "tip-4"),
        LabelledQuestion("mistä näkee mitkä meiän postaukset on oikeesti kiinnostanu porukkaa", "tip-5"),
        LabelledQuestion("Miten sais jäsenet jakamaan meiän tapahtumia omissa storyissaan?", "tip-6"),
        LabelledQuestion("Kannattaako jäseniä kannustaa postaamaan omilla tileillään meidän tapahtumista ja toiminnasta?", "tip-6"),
        LabelledQuestion("joku vänkää meiän postauksen kommenteissa samaa asiaa jo kolmatta päivää, pitääkö mun jaksaa vastata", "tip-7"),
        LabelledQuestion("Miten vastata kun joku haukkuu kommenteissa että edustajisto ei tee yhtään mitään?", "tip-7"),
        LabelledQuestion("Kannattaako kommentin loppuun merkata kuka hallituksesta on vastannut?", "tip-8"),
        LabelledQuestion("Joku laitto meiän fb-ryhmään kuvakaappauksen toisen opiskelijan tenttituloksista nimen kanssa, mitä teen?", "privacy"),
        LabelledQuestion("voinko postata kuvan osallistujalistasta jossa näkyy nimet ja opiskelijanumerot", "privacy"),
        LabelledQuestion("Jos meiän sitsit päätyy iltapäivälehteen ja some räjähtää, kuka hallituksesta hoitaa viestinnän?", "crisis-plan"),
        LabelledQuestion("Pitäiskö meillä olla valmiina joku suunnitelma siltä varalta että kaikki menee somessa pieleen?", "crisis-plan"),
        LabelledQuestion("isot vai pienet kirjaimet tägeissä, onko väliä?", "hashtag-guide"),
        LabelledQuestion("Onko #opiskelijaelämä tai #yliopisto liian yleinen tägi, kannattaako niitä laittaa?", "hashtag-guide"),
        LabelledQuestion("Montako kertaa viikossa ois sopiva postailla ettei ala ärsyttää seuraajia?", "posting-rhythm"),
        LabelledQuestion("meillä on kesällä ihan hiljasta, haittaako jos tili on kuukauden tyhjänä", "posting-rhythm"),
        LabelledQuestion("Tarviiko meiän olla tiktokissa vai riittääkö fb ja insta?", "channel-purpose"),
        LabelledQuestion("Mihin me oikeestaan käytetään mitäkin kanavaa, tuntuu et sama juttu menee joka paikkaan", "channel-purpose"),
        LabelledQuestion("Miten kirjotan tapahtumamainoksen niin että ihmiset oikeesti ilmottautuu?", "post-drafting"),
        LabelledQuestion("Miten teen kuvista sellasia että ruudunlukijaa käyttävä näkövammainen jäsenkin saa niistä jotain irti?", "visuals-alt-text"),
        LabelledQuestion("pitääkö videoihin laittaa tekstitykset", "visuals-alt-text"),
        LabelledQuestion("Osa vanhemmista jäsenistä ei oo somessa ollenkaan, miten ne saa tietää vaaleista?", "offline-members"),
        LabelledQuestion("Mun kausi loppuu joulukuussa, miten siirrän somehommat seuraavalle hallitukselle?", "trustee-motivation"),
        LabelledQuestion("Kannattaako meillä olla fb-sivu vai ryhmä vai molemmat?", "platform-facebook"),
        LabelledQuestion("miks linkit ei toimi mun insta-kuvatekstissä", "platform-instagram"),
    ]

    static let english: [LabelledQuestion] = [
        LabelledQuestion("is there a way to notice when students mention our union on reddit or x without tagging us?", "tip-1"),
        LabelledQuestion("should our guild account be commenting on other people's posts or is that cringe", "tip-2"),
        LabelledQuestion("How fast are we expected to reply to DMs and comments?", "tip-2"),
        LabelledQuestion("Can I share my own political opinions on my personal insta while I'm on the board?", "tip-3"),
        LabelledQuestion("who on the board is allowed to post from the union account, do we need some rules for it?", "tip-3"),
        LabelledQuestion("we want one tag that everyone uses for all our events, how do we pick it?", "tip-4"),
        LabelledQuestion("how do I know if anyone actually sees our posts", "tip-5"),
        LabelledQuestion("Where do I find reach and engagement numbers, and what should we do with them?", "tip-5"),
        LabelledQuestion("how do we get members to repost our stuff", "tip-6"),
        LabelledQuestion("Someone keeps leaving nasty comments calling the board corrupt. Do I reply or ignore it?", "tip-7"),
        LabelledQuestion("a guy is arguing with us in the comments and it's just going in circles, what now", "tip-7"),
        LabelledQuestion("should I put my name at the end when I reply as the union?", "tip-8"),
        LabelledQuestion("How can members see which people are actually behind our page?", "tip-8"),
        LabelledQuestion("a member shared another student's sick note in our group chat, who deletes it?", "privacy"),
        LabelledQuestion("Can I mention in a post that a board member resigned because of health reasons?", "privacy"),
        LabelledQuestion("our event went viral for all the wrong reasons, what's the step by step?", "crisis-plan"),
        LabelledQuestion("Who should speak for the union if there's a shitstorm?", "crisis-plan"),
        LabelledQuestion("should hashtags be capitalised like #TurkuStudents", "hashtag-guide"),
        LabelledQuestion("are really long hashtags a bad idea?", "hashtag-guide"),
        LabelledQuestion("how often should we post?", "posting-rhythm"),
        LabelledQuestion("We post like 5 times a day during orientation week, is that overkill?", "posting-rhythm"),
        LabelledQuestion("do we really need to be on linkedin too", "channel-purpose"),
        LabelledQuestion("what should go in the first line of a post?", "post-drafting"),
        LabelledQuestion("How do I write an announcement that people read to the end and actually act on?", "post-drafting"),
        LabelledQuestion("alt text?", "visuals-alt-text"),
        LabelledQuestion("some exchange students don't have facebook or insta at all, how do they get our info?", "offline-members"),
        LabelledQuestion("Does it still make sense to put posters up on the notice boards?", "offline-members"),
        LabelledQuestion("our board members are burned out and nobody posts anymore, help", "trustee-motivation"),
        LabelledQuestion("does facebook even show our page's posts to all the people who follow it?", "platform-facebook"),
        LabelledQuestion("stories or reels, what's the difference for us?", "platform-instagram"),
    ]
}
