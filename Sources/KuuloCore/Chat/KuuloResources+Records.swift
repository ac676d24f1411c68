import Foundation

extension KuuloResources {
    /// The numbered collections new records go into (the flows' `record:`), where a record a session
    /// created under a number another session took meanwhile is moved to the next free one. Read from
    /// the flows' structure only when a merge needs it.
    public var recordCollections: [JSONPointer] {
        recordFlows.map(\.collection).sorted()
    }

    /// Each flow that creates numbered records, with its collection.
    var recordFlows: [(collection: JSONPointer, flowID: String)] {
        data.paths(under: "Prompts/flows/").compactMap { path in
            let structure = data.builtInStructure(path) ?? data.tree(path)
            guard let id = structure?["id"]?.stringValue, let record = structure?["record"]?.stringValue.flatMap(JSONPointer.init) else { return nil }
            return (record, id)
        }
    }
}
