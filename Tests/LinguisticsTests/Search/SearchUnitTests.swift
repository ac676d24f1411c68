@testable import KuuloCore
import Linguistics
import Testing

/// The building blocks: tokenizer, Snowball stemmers, Finnish fallbacks, compound splitting.
@Suite("Search: building blocks")
struct SearchUnitTests {
    @Test("the tokenizer lower-cases, keeps Finnish letters, splits on punctuation and hyphens")
    func tokenizer() {
        let tokenizer = SearchTokenizer()
        #expect(tokenizer.words(in: "Mitä ei saa laittaa SOMEEN?!") == ["mitä", "ei", "saa", "laittaa", "someen"])
        #expect(tokenizer.words(in: "Facebook-sivu ja #Vappu2026 @kuulo") == ["facebook", "sivu", "ja", "vappu2026", "kuulo"])
        #expect(tokenizer.words(in: "who hasn't done it, organisation’s") == ["who", "hasn't", "done", "it", "organisation's"])
        #expect(tokenizer.words(in: "va\u{0308}lilyo\u{0308}nti") == ["välilyönti"])
        #expect(tokenizer.words(in: "'quoted' 🎉 …") == ["quoted"])
        #expect(tokenizer.words(in: String(repeating: "a", count: 41)).isEmpty)
        // Letters stretched for feeling are one letter; digits and doubled letters stay.
        #expect(tokenizer.words(in: "hiii pleaseee MOIII 1000 tuuli") == ["hi", "please", "moi", "1000", "tuuli"])
        #expect(tokenizer.words(in: "kiitoksiaaa äää") == ["kiitoksia", "ä"])
    }

    @Test("ASCII text, read byte by byte, gives the words the loop over characters gives", arguments: [
        "Who HASN'T done it, organisation's?", "'quoted' ''a b'' c'd'e x'", "Facebook-sivu #Vappu2026 @kuulo_bot",
        "line\r\nbreak\ttab", "ABC123def 42", String(repeating: "b", count: 40) + " " + String(repeating: "c", count: 41), "", "!!",
    ])
    func asciiTokenizer(text: String) {
        let tokenizer = SearchTokenizer()
        // A non-ASCII word at the end sends the same text through the loop over characters.
        #expect(tokenizer.words(in: text) + ["é"] == tokenizer.words(in: text + " é"))
    }

    @Test("libstemmer's English stemmer is Porter2", arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("cats", "cat"), ("hopping", "hop"),
        ("hoped", "hope"), ("running", "run"), ("hashtags", "hashtag"), ("publishing", "publish"),
        ("organisation", "organis"), ("generously", "generous"), ("consistently", "consist"), ("happy", "happi"),
        ("agreed", "agre"), ("dying", "die"), ("visibility", "visibl"), ("news", "news"),
    ])
    func englishStemmer(word: String, stem: String) throws {
        #expect(try SnowballStemmer("english").stem(word) == stem)
    }

    @Test("libstemmer's Finnish stemmer cuts the endings of words Voikko does not know", arguments: [
        ("storyssa", "story"), ("storyissa", "story"), ("facessa", "face"), ("hashtageja", "hashtag"),
        ("hashtagissa", "hashtag"), ("twitterissä", "twitter"), ("tiktokissa", "tiktok"), ("julkaisuissa", "julkaisu"),
    ])
    func finnishStemmer(word: String, stem: String) throws {
        #expect(try SnowballStemmer(language: .fi).stem(word) == stem)
    }

    @Test("an algorithm libstemmer does not have is a typed error")
    func unknownAlgorithm() {
        #expect(throws: LanguageLibraryError.noAlgorithm(library: "libstemmer", name: "klingon")) {
            _ = try SnowballStemmer("klingon")
        }
    }

    @Test("English contractions and American spellings are normalised")
    func englishNormalisation() throws {
        let normalizer = TermNormalizer(language: .en, lemmatizer: nil, stemmer: try SnowballStemmer(language: .en),
                                        vocabulary: SearchVocabulary())
        #expect(normalizer.analyze("organization").map(\.forms) == [["organis"]])
        #expect(normalizer.analyze("hasn't").map(\.forms) == [["has"], ["not"]])
        #expect(normalizer.analyze("can't").map(\.forms) == [["can"], ["not"]])
    }

    @Test("spoken and stem endings are read from the synonym file")
    func endingRewrites() {
        let spoken = SearchFixture.vocabulary.spokenEndings[.fi] ?? EndingRewrites()
        #expect(spoken.rewrites(of: "kirjottaa").first == "kirjoittaa")
        #expect(spoken.rewrites(of: "haluun").contains("haluan"))
        #expect(spoken.rewrites(of: "kirja").isEmpty)
        #expect(SearchFixture.vocabulary.stemEndings[.fi]?.rewrites(of: "postauks") == ["postaus"])
    }

    @Test("an unknown Finnish word is found through its written form or its stem")
    func unknownFinnishWords() throws {
        let voikko = try #require(SearchFixture.voikko)
        let normalizer = TermNormalizer(language: .fi, lemmatizer: voikko, stemmer: try SnowballStemmer(language: .fi),
                                        vocabulary: SearchFixture.vocabulary)
        #expect(normalizer.analyze("kirjottaa", addsSynonyms: false).first?.forms == ["kirjoittaa"])
        #expect(normalizer.analyze("storyissa", addsSynonyms: false).first?.forms == ["story"])
        #expect(normalizer.analyze("storyissa", lexicon: ["story"], addsSynonyms: false).first?.isRecognized == true)
        #expect(normalizer.analyze("postauksia", addsSynonyms: false).first?.forms == normalizer.analyze("postaus", addsSynonyms: false).first?.forms)
        #expect(normalizer.analyze("reelsejä", lexicon: ["reels"], addsSynonyms: false).first?.forms == ["reels"], "a known beginning")
        #expect(normalizer.analyze("instas", addsSynonyms: false).first?.forms == ["insta"], "the spoken inessive without its vowel")
        #expect(normalizer.analyze("postaa", addsSynonyms: false).first?.isRecognized == true, "the guessed stem of 'postata' is a synonym key")
    }

    @Test("everyday words and the asker's own organisation are general, the topic words and their Voikko readings are not")
    func generalWords() throws {
        let voikko = try #require(SearchFixture.voikko)
        let finnish = TermNormalizer(language: .fi, lemmatizer: voikko, stemmer: SearchFixture.stemmers[.fi],
                                     vocabulary: SearchFixture.vocabulary)
        func general(_ normalizer: TermNormalizer, _ text: String) -> [Bool] {
            normalizer.analyze(text).map(normalizer.isGeneral)
        }
        #expect(general(finnish, "jutuista yhdistyksen") == [true, true])
        // "usein" is read as "usea", which a general "useampi" would also be.
        #expect(general(finnish, "usein julkaista kritiikki") == [false, false, false])
        let english = TermNormalizer(language: .en, lemmatizer: nil, stemmer: SearchFixture.stemmers[.en],
                                     vocabulary: SearchFixture.vocabulary)
        #expect(general(english, "told guild yesterday") == [true, true, true])
        #expect(general(english, "often hashtags criticism") == [false, false, false])
        #expect(!SearchFixture.vocabulary.generalWords.isEmpty && SearchFixture.index.settings.generalWordWeight < 1)
    }

    @Test("a compound whose first part no article uses is read by its head, its last part")
    func compoundHead() {
        let known: Set<String> = ["hashtag", "aihetunniste"]
        #expect(LanguageIndex.head(of: "vakiohashtag", where: known.contains) == "hashtag")
        #expect(LanguageIndex.head(of: "hashtag", where: known.contains) == nil)
        #expect(LanguageIndex.head(of: "xyzaihetunniste", where: known.contains) == "aihetunniste")
        #expect(LanguageIndex.head(of: "abcdefgh", where: known.contains) == nil)
        let index = SearchFixture.index
        #expect(index.search("Kannattaako järjestöllä olla omat vakiohashtagit?", language: .fi).best?.id == "tip-4")
    }

    @Test("compounds split into the fewest lexicon words")
    func compounds() {
        let splitter = CompoundSplitter(lexicon: ["kriisi", "viestintä", "some", "kalenteri", "sisältö", "kanava"])
        #expect(splitter.parts(of: "kriisiviestintä") == ["kriisi", "viestintä"])
        #expect(splitter.parts(of: "somekriisi") == ["some", "kriisi"])
        #expect(splitter.parts(of: "sisältökalenteri") == ["sisältö", "kalenteri"])
        #expect(splitter.parts(of: "kanava").isEmpty)
        #expect(splitter.parts(of: "kanavaxyz").isEmpty)
    }

    @Test("Finnish words are matched on all their base forms, with Voikko")
    func finnishBaseForms() throws {
        let voikko = try #require(SearchFixture.voikko)
        let normalizer = TermNormalizer(language: .fi, lemmatizer: voikko, stemmer: SearchFixture.stemmers[.fi],
                                        vocabulary: SearchFixture.vocabulary)
        let words = normalizer.analyze("miten vastaan kun joku haukkuu meitä")
        #expect(words.map(\.forms).contains(["haukkua"]))
        #expect(!words.contains { $0.forms.contains("me") }, "stop words are dropped")
        let kriisi = normalizer.analyze("kriisiviestintään")
        #expect(kriisi.first?.forms.contains("kriisiviestintä") == true)
        let colloquial = normalizer.analyze("mitä jos joku ei oo facessa")
        #expect(colloquial.last?.forms == ["someton"], "a negation gives 'not on facebook' its meaning")
        #expect(colloquial.last?.negatedForms.contains("facebook") == true)
    }

    @Test("every article has example questions in both languages", arguments: Language.allCases)
    func asks(language: Language) {
        for id in SearchFixture.knowledge.ids {
            let asks = SearchFixture.knowledge.articles[id]?[language]?.asks ?? []
            #expect(asks.count >= 5, "\(id)/\(language.rawValue) has \(asks.count) example questions")
        }
    }

    @Test("a misspelt word is matched to the word it was meant as")
    func misspellings() {
        let english = SearchFixture.index.search("how many hashtgas can one post have", language: .en)
        #expect(english.isAnswered && english.answers.prefix(3).contains { $0.id == "hashtag-guide" })
        let finnish = SearchFixture.index.search("montako hästägiä yhteen julkaisuun", language: .fi)
        #expect(finnish.isAnswered && finnish.answers.prefix(3).contains { $0.id == "hashtag-guide" })
    }

    @Test("a hashtag typed in a question stands for the word hashtag, however long or unknown it is")
    func hashtagsInQuestions() {
        let english = SearchFixture.index.search("is #StudentUnionAnnualMeetingAutumn too long", language: .en)
        #expect(english.isAnswered && english.answers.first?.id == "hashtag-guide")
        let finnish = SearchFixture.index.search("onko #OpiskelijakunnanSyyskokousJaVaalit liian pitkä", language: .fi)
        #expect(finnish.isAnswered && finnish.answers.first?.id == "hashtag-guide")
        let lone = SearchFixture.index.search("# how often should we post", language: .en)
        #expect(lone.answers.first?.id == "posting-rhythm")
    }

    @Test("choices, when there are any, are the two or three best answers within the close-call ratio")
    func closeCalls() {
        for language in Language.allCases {
            for question in SearchQuestionSet.questions(language) {
                let result = SearchFixture.index.search(question.text, language: language)
                guard let top = result.answers.first, !result.choices.isEmpty else { continue }
                #expect((2...3).contains(result.choices.count))
                #expect(result.choices.map(\.id) == result.answers.prefix(result.choices.count).map(\.id))
                #expect(result.choices.allSatisfy { $0.score >= top.score * SearchFixture.index.settings.closeCallRatio })
            }
        }
    }
}
