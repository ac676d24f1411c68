import KuuloData
import Testing
@testable import KuuloCore

@Suite("Draft checker: hashtag and length rules")
struct DraftCheckerTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)
    var limits: PlatformLimits { PlatformLimits(data: data) }

    func check(_ text: String, channels: [String] = [], plan: JSONValue? = nil,
               segmenter: (any WordSegmenter)? = WordListSegmenter(words: ["tampereen", "ylioppilaskunta", "student", "union"])) -> CheckReport {
        let platforms = channels.compactMap { limits.platform(for: $0) }
        let generic = data.tree("Knowledge/data/generic-hashtags.yaml")?["generic"]?.stringArray ?? []
        return DraftChecker().check(text, context: CheckContext(platforms: platforms, plan: plan, genericTags: generic, segmenter: segmenter))
    }

    func rules(_ report: CheckReport) -> [RuleID] { report.findings.map(\.rule) }

    @Test("Instagram: more than five hashtags is an error; five is fine")
    func instagramCount() {
        let six = check("Ilta! #a1 #b2 #c3 #d4 #e5 #f6", channels: ["instagram"])
        #expect(six.hasErrors)
        #expect(six.findings.first { $0.rule == "hashtag.count" }?.arguments["max"] == "5")
        let five = check("Ilta! #a1 #b2 #c3 #d4 #e5", channels: ["instagram-feed"])
        #expect(!rules(five).contains("hashtag.count"))
    }

    @Test("Facebook: over three hashtags is advice, not an error")
    func facebookRecommended() {
        let report = check("Tule! #a1 #b2 #c3 #d4", channels: ["facebook"])
        let finding = report.findings.first { $0.rule == "hashtag.count" }
        #expect(finding?.severity == .warning)
        #expect(!report.hasErrors)
    }

    @Test("duplicates regardless of case, and near-duplicates, are flagged at the repeat")
    func duplicates() {
        let report = check("#Vappu2026 ja #vappu2026 ja #vappu26")
        let duplicate = report.findings.filter { $0.rule == "hashtag.duplicate" }
        #expect(duplicate.count == 2)
        #expect(duplicate.first { $0.message == "hashtag.duplicate" }?.start == 14)
        #expect(duplicate.first { $0.message == "hashtag.near-duplicate" }?.start == 28)
    }

    @Test("a generic tag alone is flagged; paired with a specific one it is not")
    func generic() {
        #expect(rules(check("Hei #opiskelija")).contains("hashtag.generic"))
        #expect(!rules(check("Hei #opiskelija #TYYvappu")).contains("hashtag.generic"))
    }

    @Test("CamelCase advice at real word boundaries")
    func camelCase() {
        let report = check("#tampereenylioppilaskunta #studentunion #Vappu")
        let advice = report.findings.filter { $0.rule == "hashtag.camelcase" }.compactMap { $0.arguments["suggestion"] }
        #expect(advice == ["#TampereenYlioppilaskunta", "#StudentUnion"])
    }

    @Test("tags a platform would not make, or would cut short, are invalid with the reason")
    func invalid() {
        let report = check("Juhla #2026 ja #vappu-juhla ja # yksin ja &#39; ja https://tyy.fi/a#b")
        let invalid = report.findings.filter { $0.rule == "hashtag.invalid" }
        #expect(invalid.map(\.message) == ["hashtag.invalid.digits", "hashtag.invalid.cut"])
        #expect(invalid.last?.arguments["kept"] == "#vappu")
    }

    @Test("tags not in the plan are noted only when there is a plan")
    func unplanned() {
        let plan: JSONValue = ["hashtags": ["ideas": ["#TYY"], "tags": ["vappu2026": ["tag": "Vappu2026"]]]]
        let withPlan = check("#TYY #Vappu2026 #Uusi", plan: plan)
        #expect(withPlan.findings.filter { $0.rule == "hashtag.unplanned" }.map { $0.arguments["tag"] } == ["#Uusi"])
        #expect(!rules(check("#TYY #Uusi")).contains("hashtag.unplanned"))
        let noTagsYet: JSONValue = ["organisation": ["name": "Oulun yliopiston ylioppilaskunta", "shortName": "OYY"]]
        #expect(!rules(check("#OYY #OulunYliopistonYlioppilaskunta", plan: noTagsYet)).contains("hashtag.unplanned"),
                "a plan that has chosen no tag yet does not call the tags Kuulo suggested from its name unplanned")
    }

    @Test("length: over the limit is an error from the point where it passes; X counts links as 23")
    func length() {
        let long = String(repeating: "a", count: 2_300)
        let report = check(long, channels: ["instagram"])
        let finding = report.findings.first { $0.rule == "length.limit" }
        #expect(finding?.severity == .error)
        #expect(finding?.start == 2_200)
        let withLink = "Katso " + "https://example.com/" + String(repeating: "x", count: 300) + " " + String(repeating: "b", count: 240)
        let onX = check(withLink, channels: ["x"])
        #expect(!rules(onX).contains("length.limit"), "a long link counts 23 on X")
        #expect(rules(check(String(repeating: "ü", count: 281), channels: ["x"])).contains("length.limit"))
        #expect(rules(check(String(repeating: "字", count: 141), channels: ["x"])).contains("length.limit"))
        #expect(!rules(check(String(repeating: "字", count: 140), channels: ["x"])).contains("length.limit"))
    }

    @Test("Facebook's See more fold is marked")
    func fold() {
        let report = check(String(repeating: "sana ", count: 40), channels: ["facebook"])
        let fold = report.findings.first { $0.rule == "length.fold" }
        #expect(fold?.start == 125)
        #expect(fold?.severity == .info)
    }

    @Test("the JSON report has the documented shape, offsets in code points and the excerpt between them")
    func json() {
        let text = "😀 Hei #vappu-juhla @tyy https://tyy.fi"
        let report = check(text, channels: ["instagram"])
        let json = report.json(text: text, catalog: CheckCatalog(data: data), language: .fi)
        #expect(json["hashtags"] == ["vappu"])
        #expect(json["mentions"] == ["tyy"])
        #expect(json["urls"] == ["https://tyy.fi"])
        #expect(json["length"] == ["graphemes": 38, "utf16": 39])
        let finding = json["findings"]?.arrayValue?.first
        #expect(finding?["rule"] == "hashtag.invalid")
        #expect(finding?["start"] == 6)
        #expect(finding?["excerpt"] == "#vappu-juhla")
        #expect(finding?["message"]?.stringValue?.contains("lyhenee muotoon #vappu") == true)
    }

    @Test("every check message exists in Finnish and English")
    func messages() {
        let catalog = CheckCatalog(data: data)
        #expect(catalog.ids(in: .fi) == catalog.ids(in: .en))
        for id in ["hashtag.invalid.cut", "hashtag.count.max", "hashtag.camelcase", "hashtag.unplanned", "length.limit", "length.fold"] {
            #expect(catalog.has(id, in: .fi) && catalog.has(id, in: .en), "\(id)")
        }
    }

    @Test("the platform data agrees with the limits in the platform articles")
    func limitsAgree() throws {
        let knowledge = KnowledgeBase(data: data)
        let instagram = try #require(limits.platform(for: "instagram"))
        let article = try #require(knowledge.article("platform-instagram", language: .en))
        #expect(article.limit("caption.length")?.value == instagram.limit("text.length")?.value)
        #expect(article.limit("hashtags.max")?.value == instagram.limit("hashtags.max")?.value)
        let facebook = try #require(limits.platform(for: "facebook"))
        let fbArticle = try #require(knowledge.article("platform-facebook", language: .fi))
        #expect(fbArticle.limit("post.length")?.value == facebook.limit("text.length")?.value)
        #expect(fbArticle.limit("post.fold.mobile")?.value == facebook.limit("text.fold.mobile")?.value)
    }

    @Test("a link in an Instagram caption is flagged; on Facebook it is not")
    func instagramLink() {
        let text = "Sign up: https://tyy.fi/party"
        #expect(check(text, channels: ["instagram"]).findings.contains { $0.rule == "link.instagram-caption" && $0.start == 9 })
        #expect(!rules(check(text, channels: ["facebook"])).contains("link.instagram-caption"))
    }

    @Test("an unsigned post is flagged when the plan has signatures; a signed one is not")
    func signature() {
        let plan: JSONValue = ["signatures": ["adminsListed": true], "trustees": ["maija": ["name": "Maija Meikäläinen", "signature": "– Maija, TYY"]]]
        #expect(rules(check("Tervetuloa!", plan: plan)).contains("signature.missing"))
        #expect(!rules(check("Tervetuloa!\n\n– Maija, TYY", plan: plan)).contains("signature.missing"))
        #expect(!rules(check("Tervetuloa!\nTerveisin Maija", plan: plan)).contains("signature.missing"))
        #expect(!rules(check("Tervetuloa!")).contains("signature.missing"), "no plan, no signature rule")
    }
}
