import Foundation
import Testing
@testable import KuuloCore

/// `String.containsText`, the byte-wise search the intent matcher uses for cue phrases instead of
/// Foundation's: the same answers on composed text.
@Suite("Support: text in text")
struct ContainsTextTests {
    @Test("finds what Foundation's search finds in composed text, and nothing for an empty needle")
    func sameAsFoundation() {
        let haystacks = [" voisitko auttaa minua ", " mitä pitäisi tehdä ", " what should we post ", "", " ä ", " öö ää "]
        let needles = [" auttaa ", " pitäisi tehdä ", " what should we ", " we post ", " ä ", "ä", " ", " x ", "öö ää", "mitä pitäisi tehdä  "]
        for haystack in haystacks {
            for needle in needles {
                #expect(haystack.containsText(needle) == haystack.contains(needle), "\(haystack) / \(needle)")
            }
        }
        #expect(!" a ".containsText(""))
        #expect(" on huono ".containsText(" huono "))
        #expect(!" on huono".containsText(" huono "))
    }
}
