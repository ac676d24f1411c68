import Testing
@testable import KuuloCore

@Suite("Path names without Foundation")
struct PathNameTests {
    @Test("the folder of a path, as the export and the file store need it", arguments: [
        ("a/b", "a"), ("/a", "/"), ("b", ""), ("a/b/", "a"), ("a//b", "a"), (".", ""), ("./x", "."), ("/", "/"), ("", ""),
        ("/tmp/ux/kuulo-plan.json", "/tmp/ux"),
    ])
    func folder(path: String, expected: String) {
        #expect(PathName.folder(of: path) == expected, "\(path)")
    }

    @Test("the last component of a path", arguments: [
        ("a/b", "b"), ("a/b/", "b"), ("/", "/"), ("", ""), (".", "."), ("x", "x"), ("/tmp/kuulo-plan.json", "kuulo-plan.json"),
    ])
    func lastComponent(path: String, expected: String) {
        #expect(PathName.lastComponent(of: path) == expected, "\(path)")
    }

    @Test("a path names a folder by its text when it ends in a slash, '.' or '..'")
    func namesFolder() {
        #expect(PathName.namesFolder("."))
        #expect(PathName.namesFolder("exports/"))
        #expect(PathName.namesFolder("a/.."))
        #expect(!PathName.namesFolder("plan.md"))
        #expect(!PathName.namesFolder("a/.hidden"))
    }
}
