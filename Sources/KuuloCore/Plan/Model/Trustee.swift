import Foundation

/// A trustee of the organisation (`trustees.<id>`, the id a slug of the name they gave).
public struct Trustee: PlanEntity {
    /// The key in `trustees` (`maija-meikalainen`): an id, never a name to show.
    public var id: String
    /// The name as the trustee gave it; `nil` in a plan saved before setup asked for it.
    public var name: String?
    /// The role in the organisation.
    public var role: String?
    /// How the trustee signs posts.
    public var signature: String?
    /// How people in the organisation reach them (shown only in the plan).
    public var contact: String?
    /// Onboarding bookkeeping as the onboarding flow stores it.
    public var onboarding: TrusteeOnboarding?
    /// Members this build does not know.
    public var unknown: [String: JSONValue]

    /// Reads `trustees.<id>`.
    public init(id: String, json: JSONValue) {
        self.id = id
        var members = PlanMembers(json)
        name = members.string("name")
        role = members.string("role")
        signature = members.string("signature")
        contact = members.string("contact")
        onboarding = members.entity("onboarding", TrusteeOnboarding.init(json:))
        unknown = members.rest
    }

    /// Writes `trustees.<id>`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("name", name)
        writer.set("role", role)
        writer.set("signature", signature)
        writer.set("contact", contact)
        writer.set("onboarding", onboarding)
        return writer.json
    }
}

/// The onboarding flow's bookkeeping for one trustee (`trustees.<id>.onboarding`). Which tips are done
/// is read through the flow's own `completeField` (`OnboardingProgress`), not from here.
public struct TrusteeOnboarding: PlanEntity {
    /// When the trustee first started.
    public var startedAt: String?
    /// When every tip was last completed.
    public var completedAt: String?
    /// The tip a later `/tips` resumes at.
    public var resumeAt: Int?
    /// Members this build does not know (including the per-tip records).
    public var unknown: [String: JSONValue]

    /// Reads `trustees.<id>.onboarding`.
    public init(json: JSONValue) {
        var members = PlanMembers(json)
        startedAt = members.string("startedAt")
        completedAt = members.string("completedAt")
        resumeAt = members.int("resumeAt")
        unknown = members.rest
    }

    /// Writes `trustees.<id>.onboarding`.
    public var json: JSONValue {
        var writer = PlanMemberWriter(unknown)
        writer.set("startedAt", startedAt)
        writer.set("completedAt", completedAt)
        writer.set("resumeAt", resumeAt)
        return writer.json
    }
}
