import ArgumentParser
import Chronicle

/// `chronicle`: documents in, briefing timelines out. With no arguments it builds every
/// `timelines/*.yml` into `output/`.
@main
struct ChronicleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turn documents into briefing timelines that cite their sources.",
        discussion: """
            Exit status: 0 when everything worked, 1 when some input failed (the rest is still \
            processed and written), 64 for bad usage.
            """,
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, ExtractCommand.self, ReadCommand.self, RenderCommand.self, TagCommand.self,
            EvalCommand.self,
        ],
        defaultSubcommand: BuildCommand.self)
}
