/// One Finnish Voikko handle for the whole process.
extension Voikko {
    /// The result of opening Finnish Voikko, once, on first use (Swift initialises a static `let`
    /// lazily and exactly once, even from several threads).
    private static let finnishResult = Result<Voikko, VoikkoError> { () throws(VoikkoError) in try Voikko(language: "fi") }

    /// The process's Finnish Voikko handle, opened on the first call. Search, hashtag splitting and
    /// draft checks all use it: opening Voikko loads its dictionary, which is slow, and a handle can
    /// serve them all, since every call on it goes through its lock.
    /// - Throws: the `VoikkoError` of the first attempt, every time (nothing is installed meanwhile).
    public static func sharedFinnish() throws(VoikkoError) -> Voikko {
        try finnishResult.get()
    }
}
