import DocPipeCLI
import ReadabilityStage

await DocPipeCommand.main(adding: [ReadabilityStage.self])
