/// The outcome of validating one typed hashtag.
public enum HashtagValidation: Sendable, Hashable {
    /// The tag works as typed.
    case valid(ValidHashtag)
    /// The tag would not work as intended, for this reason.
    case invalid(HashtagProblem)

    /// The problem, or `nil` when the tag is valid.
    public var problem: HashtagProblem? {
        if case .invalid(let problem) = self { return problem }
        return nil
    }

    /// The valid tag, or `nil` when there is a problem.
    public var hashtag: ValidHashtag? {
        if case .valid(let tag) = self { return tag }
        return nil
    }
}
