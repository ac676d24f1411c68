import KuuloData
import Testing
@testable import KuuloCore

@Suite("Onboarding layout")
struct OnboardingLayoutTests {
    @Test("the layout read from the built-in flow's structure alone is the one read from the whole flow")
    func fromTheStructure() throws {
        let data = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML, embeddedStructureJSON: EmbeddedFiles.structureJSON)
        let structure = try #require(data.builtInStructure("Prompts/flows/onboarding.yaml"))
        let flow = try #require(KuuloResources(data: data).flow("onboarding"))
        #expect(OnboardingLayout(structure: structure) == OnboardingLayout(flow: flow))
        #expect(KuuloResources(data: data).onboardingLayout?.count == 8)
        // An organisation's onboarding text file makes the flow be read as it stands.
        let overridden = DataFiles(embedded: EmbeddedFiles.all, embeddedJSON: EmbeddedFiles.parsedYAML, embeddedStructureJSON: EmbeddedFiles.structureJSON,
                                   overrides: ["Prompts/flows/onboarding.fi.yaml": "intro: \"Tervetuloa\"\n"])
        #expect(overridden.builtInStructure("Prompts/flows/onboarding.yaml") == nil)
        #expect(KuuloResources(data: overridden).onboardingLayout == OnboardingLayout(flow: flow))
    }

    @Test("the tip count and where progress is kept come from the onboarding flow")
    func fromTheFlow() throws {
        let layout = try #require(OnboardingLayout(data: DataFiles(embedded: EmbeddedFiles.all)))
        #expect(layout.count == 8)
        let content: JSONValue = ["trustees": ["aino": ["onboarding": [
            "startedAt": "2026-01-01T00:00:00Z", "tips": ["1": ["completedAt": "2026-01-01T00:05:00Z"], "3": ["completedAt": "2026-01-01T00:09:00Z"]],
        ]]]]
        let progress = layout.progress(of: "aino", in: content)
        #expect(progress.completed == [1, 3])
        #expect(progress.open.first == 2)
        #expect(progress.startedAt == "2026-01-01T00:00:00Z")
        #expect(!progress.isComplete)
    }

    @Test("a flow that keeps progress elsewhere is read there")
    func followsTheFlow() throws {
        let flow = try Flow(json: [
            "id": "onboarding",
            "groups": [["id": "a", "number": 1, "completeField": "/people/{user}/done/{number}"], ["id": "b", "number": 2, "completeField": "/people/{user}/done/{number}"]],
            "steps": [["id": "x", "kind": "text", "field": "/x", "group": "a", "question": ["en": "?"]]],
        ], path: "test")
        let layout = try #require(OnboardingLayout(flow: flow))
        let progress = layout.progress(of: "aino", in: ["people": ["aino": ["done": ["2": "2026-01-01T00:00:00Z"]]]])
        #expect(progress.total == 2)
        #expect(progress.completed == [2])
    }
}
