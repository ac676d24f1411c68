import Foundation

/// A trustee of the plan (`trustees.<id>`) with their onboarding progress.
struct PlanTrustee {
    let id: String
    let name: String
    let role: String?
    let signature: String?
    /// When the whole onboarding was completed.
    let completedAt: String?
    /// When it was started.
    let startedAt: String?
    /// How many of the tips are completed.
    let tipsDone: Int

    init(id: String, json: JSONValue) {
        self.id = id
        name = json.exportString("name") ?? id
        role = json.exportString("role")
        signature = json.exportString("signature")
        let onboarding = json["onboarding"] ?? .object([:])
        completedAt = onboarding.exportString("completedAt")
        startedAt = onboarding.exportString("startedAt")
        tipsDone = (onboarding["tips"]?.objectValue ?? [:]).values.filter { $0.exportString("completedAt") != nil }.count
    }
}
