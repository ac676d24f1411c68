import Foundation

/// Converts between UTC and wall-clock time in a plan's time zone. Europe/Helsinki follows the EU rule
/// exactly as the exported VTIMEZONE states it (EET +02:00; EEST +03:00 from the last Sunday of March
/// 01:00 UTC to the last Sunday of October 01:00 UTC), computed without the system's zone database;
/// any other zone is looked up in the system's database.
struct ExportTimeZone: Sendable {
    /// The IANA name of Finland's zone, the default for every plan.
    static let helsinkiID = "Europe/Helsinki"
    /// Europe/Helsinki.
    static let helsinki = ExportTimeZone(identifier: helsinkiID)

    /// The IANA name.
    let identifier: String
    private let system: TimeZone?

    /// A zone by IANA name; `nil` when the name is unknown.
    init?(known identifier: String) {
        if identifier == Self.helsinkiID {
            self = .helsinki
            return
        }
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.system = zone
    }

    private init(identifier: String) {
        self.identifier = identifier
        self.system = nil
    }

    /// Whether this is Europe/Helsinki, the zone the exported VTIMEZONE describes.
    var isHelsinki: Bool { identifier == Self.helsinkiID }

    /// The offset from UTC in seconds at an instant.
    func offset(at instant: UTCInstant) -> Int {
        if let system { return system.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.seconds))) }
        let year = LocalDateTime(secondsAsUTC: instant.seconds).date.year
        let start = CivilDate.lastSunday(year: year, month: 3).dayNumber * 86_400 + 3_600
        let end = CivilDate.lastSunday(year: year, month: 10).dayNumber * 86_400 + 3_600
        return instant.seconds >= start && instant.seconds < end ? 10_800 : 7_200
    }

    /// The wall-clock reading of an instant.
    func local(_ instant: UTCInstant) -> LocalDateTime {
        LocalDateTime(secondsAsUTC: instant.seconds + offset(at: instant))
    }

    /// The instant of a wall-clock reading (for a reading that occurs twice, the first).
    func instant(_ local: LocalDateTime) -> UTCInstant {
        let guess = UTCInstant(seconds: local.secondsAsUTC - offset(at: UTCInstant(seconds: local.secondsAsUTC)))
        let corrected = UTCInstant(seconds: local.secondsAsUTC - offset(at: guess))
        return corrected
    }
}
