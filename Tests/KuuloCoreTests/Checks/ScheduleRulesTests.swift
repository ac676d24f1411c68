import KuuloData
import Testing
@testable import KuuloCore

/// A plan with an Instagram channel (`ig`) and a Facebook page (`fb`), and drafts by key: (time, channels).
func schedulePlan(cadence: JSONValue = ["min": 0, "max": 0], drafts: [String: (String, [String])] = [:],
                  extra: [String: JSONValue] = [:], calendar: [String: JSONValue] = [:]) -> JSONValue {
    var draftsJSON: [String: JSONValue] = [:]
    for (key, (time, channels)) in drafts {
        draftsJSON[key] = .object(["scheduledAt": .string(time), "channels": .array(channels.map(JSONValue.string))])
    }
    for (key, value) in extra { draftsJSON[key] = value }
    var calendarJSON = calendar
    calendarJSON["drafts"] = .object(draftsJSON)
    return .object([
        "organisation": ["name": "TYY"],
        "channels": ["ig": ["kind": "instagram-feed", "cadence": cadence], "fb": ["kind": "facebook-page", "name": "Facebook-sivu", "cadence": cadence]],
        "calendar": .object(calendarJSON),
    ])
}

@Suite("Schedule rules: quiet hours")
struct QuietHoursRuleTests {
    let catalog = CheckCatalog(data: DataFiles(embedded: EmbeddedFiles.all))

    func quiet(_ time: String, plan: JSONValue? = nil, rules: ScheduleRuleData = .defaults) -> [Finding] {
        ScheduleRules.check(DraftSchedule(scheduledAt: time, rules: rules), plan: plan).filter { $0.rule == "schedule.quiet-hours" }
    }

    @Test("22:00–07:00 is quiet: the start is, the end is not; messages in Finnish and English")
    func night() throws {
        let late = try #require(quiet("2026-12-01T23:30").first)
        #expect(late.severity == .warning)
        #expect(late.start == 0 && late.end == 0)
        #expect(catalog.text(late, .fi) == "Julkaisu osuu hiljaiseen aikaan (klo 23.30; hiljainen aika 22.00–7.00). Moni näkee sen vasta aamulla – harkitse aamua tai iltapäivää.")
        #expect(catalog.text(late, .en) == "The post goes out in the quiet hours (23:30; quiet from 22:00 to 07:00). Many will only see it in the morning — consider the morning or the afternoon.")
        #expect(!quiet("2026-12-01T22:00").isEmpty)
        #expect(!quiet("2026-12-02T06:59").isEmpty)
        #expect(!quiet("2026-12-02T00:00").isEmpty)
        #expect(quiet("2026-12-02T07:00").isEmpty)
        #expect(quiet("2026-12-01T18:00").isEmpty)
        #expect(quiet("2026-12-01T21:59").isEmpty)
    }

    @Test("the plan's calendar.quietHours overrides the data; a half-given override keeps the other end")
    func planOverride() {
        let plan = schedulePlan(calendar: ["quietHours": ["start": "21:00", "end": "08:00"]])
        #expect(!quiet("2026-12-01T21:30", plan: plan).isEmpty)
        #expect(!quiet("2026-12-02T07:30", plan: plan).isEmpty)
        #expect(quiet("2026-12-01T21:30").isEmpty)
        let startOnly = schedulePlan(calendar: ["quietHours": ["start": "23:00"]])
        #expect(quiet("2026-12-01T22:30", plan: startOnly).isEmpty)
        #expect(!quiet("2026-12-02T06:30", plan: startOnly).isEmpty)
        let daytime = schedulePlan(calendar: ["quietHours": ["start": "12:00", "end": "13:00"]])
        #expect(!quiet("2026-12-01T12:15", plan: daytime).isEmpty)
        #expect(quiet("2026-12-01T23:15", plan: daytime).isEmpty)
        let none = schedulePlan(calendar: ["quietHours": ["start": "00:00", "end": "00:00"]])
        #expect(quiet("2026-12-01T03:00", plan: none).isEmpty, "equal start and end: no quiet hours")
    }

    @Test("the shipped data file gives 3 hours and 22:00–07:00; its values override the defaults")
    func data() {
        let shipped = ScheduleRuleData(data: DataFiles(embedded: EmbeddedFiles.all))
        #expect(shipped.minHoursBetweenPosts == ScheduleRuleData.defaults.minHoursBetweenPosts && shipped.quietHours == ScheduleRuleData.defaults.quietHours)
        #expect(shipped.altTextMinimumWords == 3 && shipped.altTextPlaceholders.contains("kuva"), "alt-text.weak's thresholds come from Knowledge/data/alt-text.yaml")
        #expect(shipped.minHoursBetweenPosts == 3 && shipped.quietHours == QuietHours(start: 22 * 60, end: 7 * 60))
        let custom = ScheduleRuleData(json: ["rules": [["key": "quiet-hours.start", "value": "20:30"], ["key": "interval.min-hours", "value": 6],
                                                       ["key": "quiet-hours.end", "value": "not a time"]]])
        #expect(custom.quietHours == QuietHours(start: 20 * 60 + 30, end: 7 * 60))
        #expect(custom.minHoursBetweenPosts == 6)
        #expect(!quiet("2026-12-01T20:45", rules: custom).isEmpty)
    }

    @Test("no time, or an unreadable one, gives no schedule findings")
    func unscheduled() {
        #expect(ScheduleRules.check(DraftSchedule(channels: ["ig"]), plan: schedulePlan()).isEmpty)
        #expect(ScheduleRules.check(DraftSchedule(channels: ["ig"], scheduledAt: "huomenna"), plan: schedulePlan()).isEmpty)
    }
}

@Suite("Schedule rules: too frequent")
struct TooFrequentRuleTests {
    let catalog = CheckCatalog(data: DataFiles(embedded: EmbeddedFiles.all))

    func frequent(_ time: String, channels: [String] = ["ig"], plan: JSONValue, excluding: String? = nil) -> [Finding] {
        ScheduleRules.check(DraftSchedule(channels: channels, scheduledAt: time, excludingDraft: excluding), plan: plan)
            .filter { $0.rule == "schedule.too-frequent" }
    }

    @Test("over cadence.max in the ISO week (Monday to Sunday, local time) is a warning; the next week is not")
    func week() throws {
        let plan = schedulePlan(cadence: ["min": 1, "max": 2], drafts: ["1": ("2026-11-30T10:00", ["ig"]), "2": ("2026-12-03T12:00", ["ig", "fb"])])
        let sunday = try #require(frequent("2026-12-06T18:00", plan: plan).first)
        #expect(sunday.severity == .warning)
        #expect(sunday.message == "schedule.too-frequent.week")
        #expect(sunday.arguments["count"] == "3" && sunday.arguments["week"] == "49")
        #expect(catalog.text(sunday, .fi).hasPrefix("ig: viikolla 49 (30.11.–6.12.2026) olisi tämän kanssa 3 julkaisua, vaikka olette sopineet julkaisevanne enintään 2 kertaa viikossa."))
        #expect(catalog.text(sunday, .en).hasPrefix("ig: week 49 (2026-11-30 – 2026-12-06) would have 3 posts with this one, but you agreed to post at most twice a week."))
        #expect(frequent("2026-12-07T00:30", plan: plan).isEmpty, "Monday starts a new week")
        #expect(frequent("2026-11-29T23:30", plan: plan).isEmpty, "the Sunday before is the week before")
        #expect(frequent("2026-12-06T18:00", channels: ["fb"], plan: plan).isEmpty, "one other post on the Facebook page")
    }

    @Test("the checked draft is not counted against itself; max 0 means as needed")
    func excludingAndAsNeeded() {
        let plan = schedulePlan(cadence: ["min": 0, "max": 1], drafts: ["1": ("2026-11-30T10:00", ["ig"]), "2": ("2026-12-03T12:00", ["fb"])])
        #expect(frequent("2026-11-30T10:00", plan: plan, excluding: "1").isEmpty)
        #expect(frequent("2026-12-02T10:00", plan: plan).map(\.message) == ["schedule.too-frequent.week"])
        let asNeeded = schedulePlan(cadence: ["min": 0, "max": 0], drafts: ["1": ("2026-11-30T10:00", ["ig"]), "2": ("2026-12-01T10:00", ["ig"])])
        #expect(frequent("2026-12-02T10:00", plan: asNeeded).isEmpty)
    }

    @Test("a draft in another zone is counted in the week of its local Helsinki date")
    func otherZone() {
        let utc: JSONValue = ["scheduledAt": "2026-11-29T22:30", "timeZone": "UTC", "channels": ["ig"]]
        let plan = schedulePlan(cadence: ["min": 0, "max": 1], extra: ["1": utc])
        #expect(!frequent("2026-12-04T12:00", plan: plan).isEmpty, "22:30 UTC on Sunday is 00:30 on Monday in Helsinki")
        #expect(frequent("2026-11-28T12:00", plan: plan).isEmpty)
    }

    @Test("week 53 and week 1 across New Year")
    func yearBoundary() {
        #expect(ScheduleRules.isoWeek(CivilDate(year: 2026, month: 12, day: 28) ?? CivilDate(dayNumber: 0)) == 53)
        #expect(ScheduleRules.isoWeek(CivilDate(year: 2027, month: 1, day: 4) ?? CivilDate(dayNumber: 0)) == 1)
        #expect(ScheduleRules.isoWeek(CivilDate(year: 2025, month: 12, day: 29) ?? CivilDate(dayNumber: 0)) == 1)
    }

    @Test("another post on the channel under 3 hours away, before or after; exactly 3 hours is fine")
    func interval() throws {
        let plan = schedulePlan(drafts: ["1": ("2026-12-01T16:30", ["ig"])])
        let close = try #require(frequent("2026-12-01T18:00", plan: plan).first)
        #expect(close.message == "schedule.too-frequent.interval")
        #expect(catalog.text(close, .fi) == "ig: samaan kanavaan on ajastettu toinen julkaisu 1.12.2026 klo 16.30 (luonnos 1), alle 3 tunnin päähän tästä. Anna edellisen julkaisun näkyä rauhassa ennen seuraavaa.")
        #expect(catalog.text(close, .en) == "ig: another post on this channel is scheduled for 2026-12-01 16:30 (draft 1), less than 3 hours from this one. Give each post time to be seen before the next.")
        #expect(!frequent("2026-12-01T15:00", plan: plan).isEmpty, "before it, too")
        #expect(frequent("2026-12-01T19:30", plan: plan).isEmpty)
        #expect(frequent("2026-12-01T18:00", channels: ["fb"], plan: plan).isEmpty, "another channel")
    }

    @Test("DST: the interval is elapsed time — short on the last Sunday of March, long on the last Sunday of October")
    func daylightSaving() {
        let march = schedulePlan(drafts: ["1": ("2026-03-29T02:30", ["ig"])])
        #expect(!frequent("2026-03-29T05:45", plan: march).isEmpty, "3 h 15 min on the clock, 2 h 15 min elapsed")
        let october = schedulePlan(drafts: ["1": ("2026-10-25T01:30", ["ig"])])
        #expect(frequent("2026-10-25T04:00", plan: october).isEmpty, "2 h 30 min on the clock, 3 h 30 min elapsed")
        #expect(!frequent("2026-10-25T03:00", plan: october).isEmpty)
    }

    @Test("DST weeks still run Monday to Sunday by local date")
    func daylightSavingWeek() {
        let plan = schedulePlan(cadence: ["min": 0, "max": 1], drafts: ["1": ("2026-03-23T00:30", ["ig"])])
        #expect(!frequent("2026-03-29T23:30", plan: plan).isEmpty, "the Sunday the clocks go forward is in the same week")
        #expect(frequent("2026-03-30T00:15", plan: plan).isEmpty)
        let autumn = schedulePlan(cadence: ["min": 0, "max": 1], drafts: ["1": ("2026-10-25T23:59", ["ig"])])
        #expect(!frequent("2026-10-19T00:00", plan: autumn).isEmpty)
        #expect(frequent("2026-10-26T12:00", plan: autumn).isEmpty)
    }
}

@Suite("Schedule rules: gaps")
struct GapRuleTests {
    let catalog = CheckCatalog(data: DataFiles(embedded: EmbeddedFiles.all))

    func gaps(_ time: String, min: Int, drafts: [String: (String, [String])]) -> [Finding] {
        ScheduleRules.check(DraftSchedule(channels: ["fb"], scheduledAt: time), plan: schedulePlan(cadence: ["min": .int(min), "max": 0], drafts: drafts))
            .filter { $0.rule == "schedule.gap" }
    }

    @Test("once a week: the previous post 8 days earlier is a gap (info), 7 days is not")
    func weekly() throws {
        let since = try #require(gaps("2026-12-01T12:00", min: 1, drafts: ["1": ("2026-11-23T12:00", ["fb"])]).first)
        #expect(since.severity == .info && since.message == "schedule.gap.since")
        #expect(catalog.text(since, .fi) == "Facebook-sivu on ollut ennen tätä julkaisua hiljaa 8 päivää: edellinen on 23.11.2026 (luonnos 1). Olette sopineet julkaisevanne kanavaan vähintään kerran viikossa – väliin sopisi vaikka kysymys jäsenille.")
        #expect(catalog.text(since, .en) == "Facebook-sivu: nothing goes out for 8 days before this post; the previous one is on 2026-11-23 (draft 1). You agreed to post there at least once a week — a question to members would fit in between.")
        #expect(gaps("2026-12-01T12:00", min: 1, drafts: ["1": ("2026-11-24T08:00", ["fb"])]).isEmpty)
        #expect(gaps("2026-12-01T12:00", min: 1, drafts: ["1": ("2026-11-23T12:00", ["ig"])]).isEmpty, "a post on another channel does not count")
    }

    @Test("twice a week allows 4 days; a long wait until the next post is a gap too; the first post is none")
    func twiceAndUntil() throws {
        #expect(!gaps("2026-12-01T12:00", min: 2, drafts: ["1": ("2026-11-26T12:00", ["fb"])]).isEmpty)
        #expect(gaps("2026-12-01T12:00", min: 2, drafts: ["1": ("2026-11-27T12:00", ["fb"])]).isEmpty)
        let until = try #require(gaps("2026-12-01T12:00", min: 1, drafts: ["1": ("2026-12-10T09:00", ["fb"])]).first)
        #expect(until.message == "schedule.gap.until" && until.arguments["days"] == "9")
        #expect(catalog.text(until, .fi).hasPrefix("Tämän julkaisun jälkeen Facebook-sivu on hiljaa 9 päivää: seuraava on 10.12.2026 (luonnos 1)."))
        #expect(gaps("2026-12-01T12:00", min: 1, drafts: [:]).isEmpty)
        #expect(gaps("2026-12-01T12:00", min: 0, drafts: ["1": ("2026-10-01T12:00", ["fb"])]).isEmpty, "no minimum, no gap")
    }

    @Test("gaps count calendar days, so a DST change does not shift them")
    func daylightSaving() {
        #expect(!gaps("2026-10-25T00:30", min: 1, drafts: ["1": ("2026-10-17T23:30", ["fb"])]).isEmpty)
        #expect(gaps("2026-10-25T00:30", min: 1, drafts: ["1": ("2026-10-18T23:30", ["fb"])]).isEmpty)
        #expect(gaps("2026-03-29T12:00", min: 1, drafts: ["1": ("2026-03-22T00:01", ["fb"])]).isEmpty)
    }
}

@Suite("alt-text.missing and the schedule in the draft checker")
struct AltTextAndScheduleCheckTests {
    let data = DataFiles(embedded: EmbeddedFiles.all)

    @Test("an image or video without alt text is an error; with alt text, or no media, nothing")
    func altText() {
        let catalog = CheckCatalog(data: data)
        let image = AltTextRule.check(media: "image", altText: nil)
        #expect(image.map(\.severity) == [.error] && image.first?.rule == "alt-text.missing")
        #expect(image.first.map { catalog.text($0, .fi) } == "Kuvalta puuttuu vaihtoehtoinen teksti. Kuvaile lyhyesti, mitä kuvassa näkyy: ruudunlukija lukee kuvauksen niille, jotka eivät näe kuvaa.")
        #expect(image.first.map { catalog.text($0, .en) } == "The image has no alt text. Describe briefly what it shows: screen readers read the description to people who cannot see the image.")
        #expect(AltTextRule.check(media: "video", altText: "  \n").map(\.message) == ["alt-text.missing.video"])
        #expect(AltTextRule.check(media: "image", altText: "Tanssiva väkijoukko juhlasalissa.").isEmpty)
        #expect(AltTextRule.check(media: "none", altText: nil).isEmpty)
        #expect(AltTextRule.check(media: nil, altText: nil).isEmpty)
    }

    @Test("a plan draft is read with its channels, time, zone and media; a media list reports the item without alt text")
    func fromDraft() {
        let draft: JSONValue = ["channels": ["ig"], "scheduledAt": "2026-12-01T18:00", "timeZone": "Europe/Helsinki", "media": "image", "altText": "Kuva"]
        #expect(DraftSchedule(draft: draft, number: "4") == DraftSchedule(channels: ["ig"], scheduledAt: "2026-12-01T18:00", timeZone: "Europe/Helsinki",
                                                                          media: "image", altText: "Kuva", excludingDraft: "4"))
        let list: JSONValue = ["texts": ["fb": ["fi": "Hei"]], "media": [["kind": "image", "altText": "Kuva"], ["kind": "video"]]]
        let schedule = DraftSchedule(draft: list, number: "5")
        #expect(schedule.channels == ["fb"])
        #expect(schedule.media == "video" && schedule.altText == nil)
    }

    @Test("--channel names match a plan channel by key, then kind, then platform; removed channels are skipped")
    func channelMatching() {
        let plan: JSONValue = ["channels": ["ig": ["kind": "instagram-feed"], "instagram-stories": [:], "vanha": ["kind": "x", "removed": true]]]
        let platform: (String) -> String? = { $0.hasPrefix("instagram") ? "instagram" : ($0 == "x" ? "x" : nil) }
        #expect(DraftSchedule.planChannels(matching: "IG", in: plan, platformOf: platform) == ["ig"])
        #expect(DraftSchedule.planChannels(matching: "instagram-feed", in: plan, platformOf: platform) == ["ig"])
        #expect(DraftSchedule.planChannels(matching: "instagram", in: plan, platformOf: platform) == ["ig", "instagram-stories"])
        #expect(DraftSchedule.planChannels(matching: "x", in: plan, platformOf: platform).isEmpty)
        #expect(DraftSchedule.planChannels(matching: "ig", in: nil, platformOf: platform).isEmpty)
    }

    @Test("with a schedule the checker adds the whole-post findings at 0–0 with an empty excerpt; without one it does not")
    func checker() throws {
        let plan = schedulePlan(drafts: ["1": ("2026-12-01T22:00", ["ig"])])
        let schedule = DraftSchedule(channels: ["ig"], scheduledAt: "2026-12-01T23:30", media: "image")
        let context = CheckContext(platforms: [], plan: plan, genericTags: [], segmenter: nil, schedule: schedule)
        let text = "Syysjuhla tänään!"
        let report = DraftChecker().check(text, context: context)
        #expect(Set(report.findings.map(\.rule)) == ["alt-text.missing", "schedule.quiet-hours", "schedule.too-frequent"])
        #expect(report.hasErrors)
        let json = report.json(text: text, catalog: CheckCatalog(data: data), language: .en)
        let first = try #require(json["findings"]?.arrayValue?.first)
        #expect(first["start"] == 0 && first["end"] == 0 && first["excerpt"] == "")
        let plain = DraftChecker().check(text, context: CheckContext(platforms: [], plan: plan, genericTags: [], segmenter: nil))
        #expect(plain.findings.isEmpty)
    }

    @Test("every schedule and alt-text message exists in Finnish and English, and none is unused")
    func messages() {
        let catalog = CheckCatalog(data: data)
        for id in DraftChecker.scheduleMessageIDs.sorted() {
            for language in Language.allCases {
                #expect(catalog.has(id, in: language), "\(id) has no text in \(language.rawValue)")
            }
        }
        for language in Language.allCases {
            let unused = catalog.ids(in: language).filter { $0.hasPrefix("schedule.") || $0.hasPrefix("alt-text.") }.subtracting(DraftChecker.scheduleMessageIDs)
            #expect(unused.isEmpty, "texts no rule gives: \(unused.sorted())")
        }
        #expect(Set(DraftChecker.scheduleRuleIDs) == ["alt-text.missing", "alt-text.weak", "schedule.past", "schedule.too-frequent", "schedule.gap", "schedule.quiet-hours"])
    }
}

@Suite("Plan schema: calendar.quietHours")
struct QuietHoursSchemaTests {
    @Test("the optional calendar.quietHours takes start and end as strings")
    func schema() throws {
        let schema = try #require(DataFiles(embedded: EmbeddedFiles.all).tree("Schema/plan.schema.json"))
        let validator = SchemaValidator(schema: schema)
        var plan = PlanDocument()
        plan.content = ["calendar": ["quietHours": ["start": "21:00", "end": "08:00"], "drafts": [:]]]
        #expect(validator.validate(plan.json).isEmpty)
        plan.content = ["calendar": ["quietHours": ["start": 21]]]
        #expect(validator.validate(plan.json) == [SchemaViolation(path: "$.plan.calendar.quietHours.start", expected: "string", found: "integer")])
    }
}
