import DocPipeCLI

await DocPipeCommand.main(adding: [])
