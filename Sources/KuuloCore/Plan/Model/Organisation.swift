import Foundation

/// The organisation the plan belongs to (`organisation`): written by the setup flow.
public struct Organisation: PlanEntity {
    /// The full name.
    public var name: String?
    /// The short name or acronym (`KYY`).
    public var shortName: String?
    /// The kind of organisation (`student-union`).
    public var kind: String?
    /// The plan's language codes, in the organisation's order.
    public var languages: [String]?
    /// The values communication serves.
    public var values: [String]?
    /// The core message in one sentence.
    public var coreMessage: String?
    /// The goals of social media.
    public var goals: [String]?
    /// Who the organisation talks to.
    public var audiences: [String]?
    /// The IANA time zone scheduled times are in (`Europe/Helsinki`).
    public var timeZone: String?
    /// Addresses and numbers that may be published.
    public var publicContacts: OrganisationContacts?
    /// The forms of the name the texts use ("LYY:n", "LYY:hyn"), as the trustee confirmed them.
    public var nameForms: NameForms?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `organisation`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        name = members.string("name")
        shortName = members.string("shortName")
        kind = members.string("kind")
        languages = members.strings("languages")
        values = members.strings("values")
        coreMessage = members.string("coreMessage")
        goals = members.strings("goals")
        audiences = members.strings("audiences")
        timeZone = members.string("timeZone")
        publicContacts = members.entity("publicContacts", OrganisationContacts.init(json:))
        nameForms = members.entity("nameForms", NameForms.init(json:))
        unknown = members.rest
    }

    /// Writes `organisation`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("name", name)
        writer.set("shortName", shortName)
        writer.set("kind", kind)
        writer.set("languages", languages)
        writer.set("values", values)
        writer.set("coreMessage", coreMessage)
        writer.set("goals", goals)
        writer.set("audiences", audiences)
        writer.set("timeZone", timeZone)
        writer.set("publicContacts", publicContacts)
        writer.set("nameForms", nameForms)
        return writer.json
    }
}

/// The organisation's public contact details (`organisation.publicContacts`): what may appear in posts.
public struct OrganisationContacts: PlanEntity {
    /// E-mail addresses.
    public var emails: [String]?
    /// Phone numbers.
    public var phones: [String]?
    /// Accounts, such as the IBAN members pay to.
    public var accounts: [String]?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `organisation.publicContacts`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        emails = members.strings("emails")
        phones = members.strings("phones")
        accounts = members.strings("accounts")
        unknown = members.rest
    }

    /// Writes `organisation.publicContacts`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("emails", emails)
        writer.set("phones", phones)
        writer.set("accounts", accounts)
        return writer.json
    }
}
