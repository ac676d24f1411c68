/// Pure operations on the text of a file path (`/`-separated), used instead of Foundation's `NSString`
/// path methods, which trap on some inputs a trustee can type (`/vie markdown .` crashed the chat).
public enum PathName {
    private static let slash = UInt8(ascii: "/")

    /// The folder part of `path`, or `""` when it has none: `a/b` → `a`, `/a` → `/`, `b` → `""`,
    /// `a/b/` → `a`, `a//b` → `a`.
    public static func folder(of path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == slash { bytes.removeLast() }
        guard let last = bytes.lastIndex(of: slash) else { return "" }
        var end = last
        while end > 0, bytes[end - 1] == slash { end -= 1 }
        return end == 0 ? "/" : String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// The last component of `path`: `a/b` → `b`, `a/b/` → `b`, `/` → `/`, `""` → `""`.
    public static func lastComponent(of path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == slash { bytes.removeLast() }
        guard bytes != [slash], let last = bytes.lastIndex(of: slash) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes[(last + 1)...], as: UTF8.self)
    }

    /// Whether `path` names a folder by its text alone: it ends with `/`, or its last component is `.` or `..`.
    public static func namesFolder(_ path: String) -> Bool {
        path.hasSuffix("/") || [".", ".."].contains(lastComponent(of: path))
    }
}
