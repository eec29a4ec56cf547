import Foundation

/// Runs a pipeline: streams documents through the per-document stages with bounded parallelism,
/// then runs the corpus-level steps over the processed documents.
///
/// Output order and bytes do not depend on `jobs`: documents are written in input order whatever
/// order they finish in.
public struct Runner: Sendable {
    /// The pipeline to run.
    public var definition: PipelineDefinition
    /// Command-line overrides.
    public var options: RunOptions

    /// Creates a runner.
    public init(definition: PipelineDefinition, options: RunOptions = RunOptions()) {
        self.definition = definition
        self.options = options
    }

    enum Outcome: Sendable {
        case done(Document, seconds: [Double], warnings: [String])
        case failed(RunReport.Failure, stageIndex: Int?, seconds: [Double], warnings: [String])
    }

    /// Runs the pipeline and writes `run.json` into the output folder.
    /// - Returns: the run report; `documentsFailed > 0` means some documents failed.
    /// - Throws: ``RunError`` or ``PipelineError`` when the run cannot start or a corpus step fails.
    public func run() async throws -> RunReport {
        let clock = ContinuousClock()
        let started = clock.now
        let inputs = options.inputs ?? definition.inputs
        guard !inputs.isEmpty else { throw RunError.noInput(pipeline: definition.file.path) }
        guard let output = options.output ?? definition.output else { throw RunError.noOutput(pipeline: definition.file.path) }
        try prepare(output)

        let context = StageContext(
            pipelineName: definition.name, referenceDate: definition.referenceDate,
            pipelineDirectory: definition.file.deletingLastPathComponent(), outputDirectory: output,
            stageRecords: definition.stages.map(\.record))
        let stages = try definition.stages.map { try $0.makeStage(context: context) }
        let collected = try InputCollector().collect(inputs)

        var report = RunReport(
            pipeline: definition.name, pipelineFile: definition.file.path, inputs: inputs, output: output.path, jobs: options.jobs)
        report.stages = definition.stages.map { RunReport.StageTiming(stage: $0.name, documents: 0, failed: 0, processSeconds: 0, finishSeconds: 0) }
        report.warnings = collected.warnings.map { RunReport.Warning(subject: "input", message: $0) }

        let work = output.appendingPathComponent(".docpipe")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let spoolURL = work.appendingPathComponent("documents.spool.jsonl")
        _ = FileManager.default.createFile(atPath: spoolURL.path, contents: nil)
        let spool = try FileHandle(forWritingTo: spoolURL)
        defer {
            try? FileManager.default.removeItem(at: spoolURL)
            try? FileManager.default.removeItem(at: work)
        }

        let feed = InputFeed(collected: collected)
        let progress = ProgressDisplay(enabled: options.progress, total: collected.readsStandardInput ? nil : collected.files.count)
        let jobs = options.jobs
        let onError = definition.onError
        var stopError: RunError?

        await withTaskGroup(of: (Int, Outcome).self) { group in
            var inFlight = 0
            var nextToWrite = 0
            var finished: [Int: Outcome] = [:]
            func startNext() {
                guard stopError == nil, let item = feed.next() else { return }
                inFlight += 1
                group.addTask { (item.sequence, Runner.process(item, stages: stages)) }
            }
            for _ in 0..<jobs { startNext() }
            while inFlight > 0, let (sequence, outcome) = await group.next() {
                inFlight -= 1
                finished[sequence] = outcome
                while let ready = finished.removeValue(forKey: nextToWrite) {
                    nextToWrite += 1
                    record(ready, into: &report, spool: spool)
                    if case .failed(let failure, _, _, _) = ready, onError == .fail, stopError == nil {
                        stopError = .failFast(document: failure.id, stage: failure.stage, message: failure.error)
                        group.cancelAll()
                    }
                }
                progress.update(done: report.documentsRead, failed: report.documentsFailed)
                startNext()
            }
        }
        try spool.close()
        progress.finish(done: report.documentsRead, failed: report.documentsFailed)
        report.warnings += feed.warnings.map { RunReport.Warning(subject: "stdin", message: $0) }

        if let stopError {
            report.wallSeconds = (clock.now - started).seconds
            try writeReport(report, to: output)
            throw stopError
        }

        var summary = RunSummary()
        summary.documentsRead = report.documentsRead
        summary.documentsProcessed = report.documentsProcessed
        summary.documentsFailed = report.documentsFailed
        var corpus = Corpus(documents: DocumentStream(file: spoolURL, count: report.documentsProcessed), summary: summary)
        for (index, stage) in stages.enumerated() {
            let stageStart = clock.now
            do {
                try stage.finish(&corpus)
            } catch {
                report.wallSeconds = (clock.now - started).seconds
                try writeReport(report, to: output)
                throw RunError.corpusStep(stage: definition.stages[index].name, message: "\(error)")
            }
            report.stages[index].finishSeconds = (clock.now - stageStart).seconds
        }
        report.wallSeconds = (clock.now - started).seconds
        try writeReport(report, to: output)
        return report
    }

    private func prepare(_ output: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw RunError.outputIsFile(output.path)
        }
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        } catch {
            throw RunError.outputNotWritable(output.path)
        }
        guard FileManager.default.isWritableFile(atPath: output.path) else { throw RunError.outputNotWritable(output.path) }
    }

    private func record(_ outcome: Outcome, into report: inout RunReport, spool: FileHandle) {
        report.documentsRead += 1
        switch outcome {
        case .done(let document, let seconds, let warnings):
            for (index, value) in seconds.enumerated() {
                report.stages[index].documents += 1
                report.stages[index].processSeconds += value
            }
            report.warnings += warnings.map { RunReport.Warning(subject: document.id, message: $0) }
            do {
                var line = try JSONCoding.data(document)
                line.append(0x0A)
                try spool.write(contentsOf: line)
                report.documentsProcessed += 1
            } catch {
                report.documentsFailed += 1
                report.failures.append(RunReport.Failure(id: document.id, source: document.source, stage: "write", error: "\(error)"))
            }
        case .failed(let failure, let stageIndex, let seconds, let warnings):
            for (index, value) in seconds.enumerated() {
                report.stages[index].documents += 1
                report.stages[index].processSeconds += value
            }
            if let stageIndex { report.stages[stageIndex].failed += 1 }
            report.warnings += warnings.map { RunReport.Warning(subject: failure.id, message: $0) }
            report.documentsFailed += 1
            report.failures.append(failure)
        }
    }

    private func writeReport(_ report: RunReport, to output: URL) throws {
        try AtomicFile.write(JSONCoding.prettyData(report), to: output.appendingPathComponent("run.json"))
    }

    static func process(_ item: InputItem, stages: [any Stage]) -> Outcome {
        let clock = ContinuousClock()
        var document: Document
        var warnings: [String]
        do {
            (document, warnings) = try DocumentReader.read(item)
        } catch {
            return .failed(RunReport.Failure(id: item.id, source: item.source, stage: "read", error: "\(error)"), stageIndex: nil, seconds: [], warnings: [])
        }
        var seconds: [Double] = []
        seconds.reserveCapacity(stages.count)
        for (index, stage) in stages.enumerated() {
            let start = clock.now
            do {
                try stage.process(&document)
            } catch {
                seconds.append((clock.now - start).seconds)
                let failure = RunReport.Failure(id: document.id, source: document.source, stage: type(of: stage).name, error: "\(error)")
                return .failed(failure, stageIndex: index, seconds: seconds, warnings: warnings)
            }
            seconds.append((clock.now - start).seconds)
        }
        return .done(document, seconds: seconds, warnings: warnings)
    }
}

extension Duration {
    /// The duration in seconds.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
