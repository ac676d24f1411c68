import Foundation

/// The parts of the plan in the order of the written plan (`Prompts/sections.yaml`): the one list that
/// `/plan`, the next-step advice and the written plan are built from.
public struct PlanStructure: Equatable, Sendable {
    /// The sections in order.
    public var sections: [PlanSection]

    /// Where the list is kept.
    public static let path = "Prompts/sections.yaml"

    /// The list in `data`: the built-in one made at build time when the organisation does not change
    /// it (`PrebuiltData`), else the file as read; empty when the file is missing.
    public init(data: DataFiles) {
        if let prebuilt = data.prebuilt(for: Self.path) {
            sections = prebuilt.sections
        } else {
            self = PlanStructure(json: data.tree(Self.path))
        }
    }

    /// The list in a parsed `sections.yaml`.
    public init(json: JSONValue?) {
        sections = (json?["sections"]?.arrayValue ?? []).compactMap(PlanSection.init(json:))
    }

    /// The section with `id`.
    public func section(_ id: String) -> PlanSection? {
        sections.first { $0.id == id }
    }

    /// The command that fills the field at `pointer`: that of the listed field that is `pointer` or the
    /// nearest one holding it; `nil` when no listed field holds it or no flow fills it yet.
    public func command(filling pointer: JSONPointer) -> PlanCommand? {
        let fields = sections.flatMap(\.fields).filter { pointer.tokens.starts(with: $0.pointer.tokens) }
        return fields.max { $0.pointer.tokens.count < $1.pointer.tokens.count }?.command
    }

    /// The command that fills the field at `pointer` written as text (`/organisation/goals`).
    public func command(filling pointer: String) -> PlanCommand? {
        JSONPointer(pointer).flatMap { command(filling: $0) }
    }
}
