import Foundation
import PackagePlugin

/// Embeds every file under `Prompts/` and `Knowledge/` into the `KuuloData` target as generated Swift,
/// so an installed `kuulo` binary is self-contained.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["Prompts", "Knowledge", "Schema"]
        var inputs: [URL] = []
        for folder in folders {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker {
                let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
                if isFile, !url.lastPathComponent.hasPrefix(".") { inputs.append(url) }
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTable.generated.swift")
        let tool = try context.tool(named: "kuulo-embed")
        return [
            .buildCommand(
                displayName: "Embedding Prompts and Knowledge",
                executable: tool.url,
                arguments: [output.path, root.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
