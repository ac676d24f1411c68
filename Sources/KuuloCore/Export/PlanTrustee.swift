import Foundation

/// A trustee as the written plan shows them, with their onboarding progress read where the onboarding
/// flow keeps it.
struct PlanTrustee {
    let id: String
    /// The name the trustee gave; `nil` for a trustee saved without one (never the id in its place).
    let name: String?
    let role: String?
    let signature: String?
    /// How people in the organisation reach them.
    let contact: String?
    /// Onboarding progress; `nil` when Kuulo has no onboarding flow to read it by.
    let progress: OnboardingProgress?

    init(_ trustee: Trustee, progress: OnboardingProgress?) {
        id = trustee.id
        name = trustee.name?.nonBlank
        role = trustee.role?.nonBlank
        signature = trustee.signature?.nonBlank
        contact = trustee.contact?.nonBlank
        self.progress = progress
    }

    /// Named trustees by name, then those without a name by id.
    static func order(_ lhs: PlanTrustee, _ rhs: PlanTrustee) -> Bool {
        ((lhs.name == nil ? 1 : 0), lhs.name?.lowercased() ?? "", lhs.id) < ((rhs.name == nil ? 1 : 0), rhs.name?.lowercased() ?? "", rhs.id)
    }
}
