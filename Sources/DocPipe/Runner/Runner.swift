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

    /// What happened to one document; `seconds[i]` is `nil` where stage `i` came from the cache.
    enum Outcome: Sendable {
        case done(Document, contributions: [Int: Data], prepared: (any Sendable)? = nil, seconds: [Double?], cpu: [Double], warnings: [String])
        case failed(RunReport.Failure, input: Document?, stageIndex: Int?, seconds: [Double?], cpu: [Double], warnings: [String])
        case setAside(RunReport.SetAside, stageIndex: Int, seconds: [Double?], cpu: [Double], warnings: [String])
        /// Every stage and contribution came from the cache; the document stays there.
        case cached(CachedDocumentReference, contributions: [Int: Data], prepared: (any Sendable)? = nil, stages: Int, warnings: [String])

        /// The same outcome with one more warning.
        func adding(warning: String) -> Outcome {
            switch self {
            case .done(let document, let contributions, let prepared, let seconds, let cpu, let warnings):
                return .done(document, contributions: contributions, prepared: prepared, seconds: seconds, cpu: cpu, warnings: warnings + [warning])
            case .failed(let failure, let input, let stageIndex, let seconds, let cpu, let warnings):
                return .failed(failure, input: input, stageIndex: stageIndex, seconds: seconds, cpu: cpu, warnings: warnings + [warning])
            case .setAside(let entry, let stageIndex, let seconds, let cpu, let warnings):
                return .setAside(entry, stageIndex: stageIndex, seconds: seconds, cpu: cpu, warnings: warnings + [warning])
            case .cached(let reference, let contributions, let prepared, let stages, let warnings):
                return .cached(reference, contributions: contributions, prepared: prepared, stages: stages, warnings: warnings + [warning])
            }
        }
    }

    /// Runs the pipeline and writes `run.json` into the output folder.
    ///
    /// With ``RunOptions/shard`` set, only the documents of that shard go through the
    /// per-document stages, and the results wait in `OUTPUT/shards/` for ``merge()``. When the
    /// output folder already holds this run's outputs (see ``RunFingerprint``), nothing runs: the
    /// report says ``RunReport/upToDate``.
    /// - Returns: the run report; `documentsFailed > 0` means some documents failed.
    /// - Throws: ``RunError`` or ``PipelineError`` when the run cannot start or a corpus step fails.
    public func run() async throws -> RunReport {
        let started = ContinuousClock.now
        FreeMemory.keepLargeBlocksMapped()
        guard let output = options.output ?? definition.output else { throw RunError.noOutput(pipeline: definition.file.path) }
        try prepare(output)
        let leftovers = removeLeftovers(output: output)
        if let shard = options.shard {
            return try await runShard(shard, output: output, started: started, leftovers: leftovers)
        }
        guard !inputs.isEmpty else { throw RunError.noInput(pipeline: definition.file.path) }
        var work = try makeWork(output: output)
        work.spoolsCacheReferences = true
        work.streamed = streamedContributor(work.stages)
        if let last = work.contributors.last, rawContributorIndices.contains(last), last != work.streamed { work.leftInCache = last }
        var collected: InputCollector.Collected? = try collectInputs(output: output)
        let pipelineKey = try RunFingerprint.pipelineKey(definition, inputs: inputs, output: output, records: work.records)
        if let report = try upToDateReport(
            output: output, work: work, collected: collected!, pipelineKey: pipelineKey, leftovers: leftovers, started: started)
        {
            return report
        }
        let readsStandardInput = collected!.readsStandardInput, inputCount = collected!.files.count
        try RunFingerprint.remove(from: output)
        var written: [Int: any ContributionWriter] = [:]
        if let index = work.streamed, let streaming = work.stages[index] as? any StreamingContributor {
            written[index] = try streaming.makeWriter()
        }
        defer { for writer in written.values { writer.discard() } }
        var (report, quarantine, spool, stopError, inputsKey) = try await processDocuments(
            output: output, shard: nil, work: work, collected: collected!, pipelineKey: pipelineKey, writer: written.values.first)
        collected = nil
        report.warnings += leftovers
        defer { spool.remove() }
        try QuarantineEntry.write(quarantine.map(\.entry), to: output)
        if let stopError {
            report.wallSeconds = (ContinuousClock.now - started).seconds
            try writeReport(report, to: output)
            throw stopError
        }
        try finishCorpus(spools: [spool], written: written, report: &report, output: output, started: started)
        if let inputsKey, report.documentsFailed == 0, !readsStandardInput {
            var kept = report
            kept.warnings.removeAll { leftovers.contains($0) }
            writeFingerprint(key: inputsKey, inputs: inputCount, report: kept, output: output)
        }
        return report
    }

    private func runShard(_ shard: Shard, output: URL, started: ContinuousClock.Instant, leftovers: [RunReport.Warning]) async throws -> RunReport {
        let folder = shard.folder(in: output)
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(Shard.doneMarker).path) {
            var report = try JSONCoding.decode(RunReport.self, from: Data(contentsOf: folder.appendingPathComponent("run.json")))
            report.shardSkipped = true
            return report
        }
        guard !inputs.isEmpty else { throw RunError.noInput(pipeline: definition.file.path) }
        let work = try makeWork(output: output)
        var (report, quarantine, spool, stopError, _) = try await processDocuments(
            output: output, shard: shard, work: work, collected: try collectInputs(output: output), pipelineKey: nil, writer: nil)
        defer { spool.remove() }
        report.warnings += leftovers
        report.shard = shard.description
        report.wallSeconds = (ContinuousClock.now - started).seconds
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try writeReport(report, to: folder)
        if let stopError { throw stopError }
        try SequencedLines.writeQuarantine(quarantine, to: folder.appendingPathComponent(Shard.quarantineFile))
        try spool.move(into: folder)
        try AtomicFile.write(Data(shard.description.utf8), to: folder.appendingPathComponent(Shard.doneMarker))
        return report
    }

    /// Runs the corpus-level steps over the results of every shard of a sharded run, then writes
    /// `run.json`, `quarantine.jsonl` and whatever the stages write (exports).
    /// - Returns: the combined report, listing the shards consumed.
    /// - Throws: ``RunError/incompleteShards(missing:count:)`` until every shard is complete.
    public func merge() throws -> RunReport {
        let started = ContinuousClock.now
        FreeMemory.keepLargeBlocksMapped()
        guard let output = options.output ?? definition.output else { throw RunError.noOutput(pipeline: definition.file.path) }
        let shards = try Shard.completed(in: output)
        try RunFingerprint.remove(from: output)
        let leftovers = removeLeftovers(output: output)
        var report = RunReport(
            pipeline: definition.name, pipelineFile: definition.file.path, inputs: options.inputs ?? definition.inputs,
            output: output.path, jobs: options.jobs)
        report.warnings += leftovers
        report.stages = definition.stages.map { RunReport.StageTiming(stage: $0.name) }
        var quarantine: [(sequence: Int, entry: QuarantineEntry)] = []
        for shard in shards {
            let folder = shard.folder(in: output)
            let part = try JSONCoding.decode(RunReport.self, from: Data(contentsOf: folder.appendingPathComponent("run.json")))
            report.absorb(part)
            quarantine += try SequencedLines.readQuarantine(folder.appendingPathComponent(Shard.quarantineFile))
        }
        report.shardsConsumed = shards.map(\.description)
        quarantine.sort { $0.sequence < $1.sequence }
        try QuarantineEntry.write(quarantine.map(\.entry), to: output)
        try finishCorpus(
            spools: shards.map { Spool(inShardFolder: $0.folder(in: output), contributors: contributorIndices, raw: rawContributorIndices) },
            written: [:], report: &report, output: output, started: started)
        return report
    }

    private func makeStages(output: URL) throws -> [any Stage] {
        let context = StageContext(
            pipelineName: definition.name, referenceDate: definition.referenceDate,
            pipelineDirectory: definition.file.deletingLastPathComponent(), outputDirectory: output,
            stageRecords: definition.stages.map(\.record),
            layerTables: definition.stages.flatMap { ($0.type as? any LayerTableProvider.Type)?.layerTables ?? [] },
            jobs: options.jobs)
        return try definition.stages.map { try $0.makeStage(context: context) }
    }

    /// The indices of the stages whose corpus step reads contributions.
    var contributorIndices: [Int] {
        definition.stages.indices.filter { definition.stages[$0].type is any CorpusContributor.Type }
    }

    /// The indices of the contributors whose contributions are stored as raw bytes
    /// (``ByteCodedContribution``).
    var rawContributorIndices: Set<Int> {
        Set(definition.stages.indices.filter { (definition.stages[$0].type as? any CorpusContributor.Type)?.storesRawBytes == true })
    }

    /// The index of the stage that writes its contributions as the documents finish in an
    /// unsharded run: the first ``StreamingContributor`` when every stage before it is a
    /// ``PerDocumentStage`` (so no earlier corpus step changes what it writes); `nil` otherwise.
    func streamedContributor(_ stages: [any Stage]) -> Int? {
        guard let index = stages.firstIndex(where: { $0 is any CorpusContributor }), stages[index] is any StreamingContributor,
            stages[..<index].allSatisfy({ $0 is any PerDocumentStage })
        else { return nil }
        return index
    }

    /// The inputs as given on the command line, or else in the pipeline.
    var inputs: [String] { options.inputs ?? definition.inputs }

    /// The cache folder of a run writing into `output`.
    func cacheFolder(output: URL) -> URL {
        options.cache ?? StageCache.defaultFolder(in: output)
    }

    /// What each document's task needs: the stages (made for `output`), their records, the cache.
    func makeWork(output: URL) throws -> Work {
        let stages = try makeStages(output: output)
        let records = zip(definition.stages, stages).map { configured, stage in
            var record = configured.record
            record.fingerprint = stage.fingerprint
            return record
        }
        return Work(
            stages: stages, contributors: contributorIndices, records: records, keyParts: records.map(StageCache.KeyPart.init),
            referenceDate: definition.referenceDate,
            cache: options.useCache ? StageCache(folder: cacheFolder(output: output)) : nil, limits: definition.limits,
            converters: options.converters)
    }

    /// The run's input files in order (never the output or cache folder).
    func collectInputs(output: URL) throws -> InputCollector.Collected {
        guard !inputs.isEmpty else { throw RunError.noInput(pipeline: definition.file.path) }
        return try InputCollector(
            excluding: [output, cacheFolder(output: output)], extraExtensions: Set(options.converters.flatMap(\.extensions))
        ).collect(inputs)
    }

    /// Processes the documents into a spool. With `pipelineKey`, also returns the run's key for
    /// ``RunFingerprint`` (`nil` when some input could not be read).
    private func processDocuments(
        output: URL, shard: Shard?, work: Work, collected: InputCollector.Collected, pipelineKey: String?, writer: (any ContributionWriter)?
    ) async throws -> (RunReport, [(sequence: Int, entry: QuarantineEntry)], Spool, RunError?, String?) {
        var report = RunReport(
            pipeline: definition.name, pipelineFile: definition.file.path, inputs: inputs, output: output.path, jobs: options.jobs)
        report.stages = definition.stages.map { RunReport.StageTiming(stage: $0.name) }
        report.warnings = collected.warnings.map { RunReport.Warning(subject: "input", message: $0) }

        let workFolder = output.appendingPathComponent(".docpipe")
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        var spool = try Spool(creatingIn: workFolder, contributors: contributorIndices.filter { $0 != work.streamed }, raw: rawContributorIndices)
        var streamedIDs = UniqueIDs()
        let stages = work.stages
        spool.keeps = { document in stages.contains { $0.finishReads(document) } }
        var quarantine: [(sequence: Int, entry: QuarantineEntry)] = []

        var runKey = pipelineKey.map { key -> SHA256 in
            var digest = SHA256()
            digest.update(Array("\(key)\n".utf8))
            return digest
        }
        var everyInputKeyed = true

        let feed = InputFeed(collected: collected, shard: shard)
        let total = collected.readsStandardInput ? nil : shard.map { shard in collected.files.count { shard.contains($0.id) } } ?? collected.files.count
        let progress = ProgressDisplay(enabled: options.progress, total: total)
        let jobs = options.jobs
        let onError = definition.onError
        var stopError: RunError?

        await withTaskGroup(of: (Int, InputItem, [Outcome], String?).self) { group in
            var inFlight = 0
            var dispatched = 0
            var nextToWrite = 0
            var finished: [Int: (InputItem, [Outcome], String?)] = [:]
            var trimmedAt = 0
            func startNext() {
                guard stopError == nil, let item = feed.next() else { return }
                let order = dispatched
                dispatched += 1
                inFlight += 1
                group.addTask {
                    var key: String?
                    let outcomes = Runner.process(item, work: work, itemKey: &key)
                    return (order, item, outcomes, key)
                }
            }
            for _ in 0..<jobs { startNext() }
            while inFlight > 0, let (order, item, outcomes, key) = await group.next() {
                inFlight -= 1
                finished[order] = (item, outcomes, key)
                while let (item, readyOutcomes, key) = finished.removeValue(forKey: nextToWrite) {
                    nextToWrite += 1
                    if let key {
                        runKey?.update(Array(RunFingerprint.inputLine(id: item.id, source: item.source, key: key).utf8))
                    } else {
                        everyInputKeyed = false
                    }
                    for ready in readyOutcomes {
                        if let error = record(
                            ready, sequence: item.sequence, into: &report, spool: spool, work: work, writer: writer, ids: &streamedIDs),
                            stopError == nil
                        {
                            stopError = error
                            group.cancelAll()
                        }
                        if case .failed(let failure, let input, _, _, _, _) = ready {
                            quarantine.append((item.sequence, QuarantineEntry(failure: failure, input: input)))
                            if onError == .fail, stopError == nil {
                                stopError = .failFast(document: failure.id, stage: failure.stage, message: failure.error)
                                group.cancelAll()
                            }
                        }
                    }
                }
                progress.update(done: report.documentsRead, failed: report.documentsFailed)
                if report.documentsRead / 5000 > trimmedAt / 5000 {
                    trimmedAt = report.documentsRead
                    FreeMemory.release()
                    MemoryProbe.note("documents \(report.documentsRead)")
                }
                startNext()
            }
        }
        try spool.close()
        FreeMemory.release()
        progress.finish(done: report.documentsRead, failed: report.documentsFailed)
        if let cache = work.cache {
            let size = cache.size()
            report.cacheEntries = size.entries
            report.cacheBytes = size.bytes
        }
        report.warnings += feed.warnings.map { RunReport.Warning(subject: "stdin", message: $0) }
        let key = everyInputKeyed && stopError == nil ? runKey?.hexDigest() : nil
        return (report, quarantine, spool, stopError, key)
    }

    private func finishCorpus(
        spools: [Spool], written: [Int: any ContributionWriter], report: inout RunReport, output: URL, started: ContinuousClock.Instant
    ) throws {
        let merged = output.appendingPathComponent(".docpipe/" + LeftoverFiles.spoolName("documents"))
        defer { try? FileManager.default.removeItem(at: merged) }
        let (count, ids, idWarnings) = try SequencedLines.merge(spools.map(\.documents), into: merged)
        report.warnings += idWarnings
        var contributionFiles: [Int: [URL]] = [:]
        for index in contributorIndices where written[index] == nil { contributionFiles[index] = spools.compactMap { $0.contributions[index] } }
        let stages = try makeStages(output: output)
        var summary = RunSummary()
        summary.documentsRead = report.documentsRead
        summary.documentsProcessed = report.documentsProcessed
        summary.documentsFailed = report.documentsFailed
        let progress = ProgressDisplay(enabled: options.progress, total: nil)
        var stream = DocumentStream(file: merged, count: count)
        if options.useCache { stream.cache = StageCache(folder: cacheFolder(output: output)) }
        stream.readProgress = { done, total in progress.stepRead(done, of: total) }
        var corpus = Corpus(documents: stream, summary: summary)
        defer { progress.finishPhases() }
        for (index, stage) in stages.enumerated() {
            progress.phase(definition.stages[index].name, step: index + 1, of: stages.count)
            let stageStart = ContinuousClock.now
            MemoryProbe.note("corpus step \(definition.stages[index].name) starts")
            do {
                let parked = try setAside(&corpus, for: stage, output: output)
                if let streaming = stage as? any StreamingContributor, let writer = written[index] {
                    try streaming.finish(&corpus, writtenBy: writer, ids: ids)
                } else if let contributor = stage as? any CorpusContributor, let files = contributionFiles[index] {
                    try contributor.finish(&corpus, storedIn: files, ids: ids)
                } else {
                    try stage.finish(&corpus)
                }
                try parked?.restore(into: &corpus.results)
            } catch {
                report.warnings += corpus.warnings
                report.wallSeconds = (ContinuousClock.now - started).seconds
                try? writeReport(report, to: output)
                if case FileError.writeFailed(let path, let reason) = error { throw RunError.writeFailed(path: path, reason: reason) }
                throw RunError.corpusStep(stage: definition.stages[index].name, message: "\(error)")
            }
            report.stages[index].finishSeconds = (ContinuousClock.now - stageStart).seconds
            FreeMemory.release()
            MemoryProbe.note("corpus step \(definition.stages[index].name) ends")
        }
        report.warnings += corpus.warnings
        if !corpus.dropped.isEmpty {
            report.documentsDropped = corpus.dropped.count
            report.dropped = corpus.dropped
        }
        report.wallSeconds = (ContinuousClock.now - started).seconds
        try writeReport(report, to: output)
    }

    /// Sets aside the results with a compact form that `stage`'s corpus step does not read, when
    /// it names what it reads (``CorpusContributor/corpusResultsRead``); `nil` when it does not.
    private func setAside(_ corpus: inout Corpus, for stage: any Stage, output: URL) throws -> ParkedResults? {
        guard let contributor = stage as? any CorpusContributor, let reads = type(of: contributor).corpusResultsRead else { return nil }
        let parked = try ParkedResults(setAsideFrom: &corpus.results, keeping: reads, outputDirectory: output)
        guard !parked.names.isEmpty else { return nil }
        FreeMemory.release()
        MemoryProbe.note("results set aside: \(parked.names.joined(separator: ", "))")
        return parked
    }

    /// Removes what runs that no longer run left in the output and cache folders (temporary
    /// files and spools after a kill), reported as a warning.
    private func removeLeftovers(output: URL) -> [RunReport.Warning] {
        var removed = LeftoverFiles.removeDead(under: output)
        if let cache = options.cache, !cache.path.hasPrefix(output.path + "/") {
            let more = LeftoverFiles.removeDead(under: cache)
            removed = (removed.files + more.files, removed.bytes + more.bytes)
        }
        guard removed.files > 0 else { return [] }
        return [RunReport.Warning(
            subject: output.path,
            message: "removed \(removed.files) temporary file(s) (\(removed.bytes) bytes) left by runs that no longer run")]
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

    /// Counts an outcome in the report and writes its document to the spool and, when a stage
    /// streams its contributions, to that stage's writer under the document's final id.
    /// - Returns: the error that stops the run when the writer could not write a document.
    private func record(
        _ outcome: Outcome, sequence: Int, into report: inout RunReport, spool: Spool, work: Work, writer: (any ContributionWriter)?,
        ids: inout UniqueIDs
    ) -> RunError? {
        report.documentsRead += 1
        var streamError: RunError?
        func count(_ seconds: [Double?], _ cpu: [Double]) {
            for (index, value) in seconds.enumerated() {
                if let value {
                    report.stages[index].documents += 1
                    report.stages[index].processSeconds += value
                    report.stages[index].processCPUSeconds += index < cpu.count ? cpu[index] : 0
                } else {
                    report.stages[index].cached += 1
                }
            }
        }
        func spooling(id: String, source: String, prepared: (any Sendable)?, _ write: () throws -> Void) {
            do {
                try write()
                report.documentsProcessed += 1
            } catch {
                report.documentsFailed += 1
                report.failures.append(RunReport.Failure(id: id, source: source, stage: "write", error: "the run's spool: \(FileError.reason(of: error))"))
                return
            }
            guard let writer, let stage = work.streamed.map({ definition.stages[$0].name }) else { return }
            let finalID = ids.claim(id)?.id ?? id
            do {
                guard let prepared else { throw FileError.cannotWrite("\(id): no prepared contribution for stage '\(stage)'") }
                try writer.write(id: finalID, prepared: prepared, preparedID: id)
            } catch FileError.writeFailed(let path, let reason) {
                streamError = .writeFailed(path: path, reason: reason)
            } catch {
                streamError = .corpusStep(stage: stage, message: "\(error)")
            }
        }
        switch outcome {
        case .done(let document, let contributions, let prepared, let seconds, let cpu, let warnings):
            count(seconds, cpu)
            if seconds.allSatisfy({ $0 == nil }) { report.documentsCached += 1 }
            report.warnings += warnings.map { RunReport.Warning(subject: document.id, message: $0) }
            spooling(id: document.id, source: document.source, prepared: prepared) {
                try spool.write(sequence: sequence, document: document, contributions: contributions)
            }
        case .cached(let reference, let contributions, let prepared, let stages, let warnings):
            count(Array(repeating: nil, count: stages), [])
            report.documentsCached += 1
            report.warnings += warnings.map { RunReport.Warning(subject: reference.id, message: $0) }
            spooling(id: reference.id, source: reference.source, prepared: prepared) {
                try spool.write(sequence: sequence, reference: reference, contributions: contributions)
            }
        case .failed(let failure, _, let stageIndex, let seconds, let cpu, let warnings):
            count(Array(seconds.prefix(stageIndex.map { $0 + 1 } ?? 0)), cpu)
            if let stageIndex { report.stages[stageIndex].failed += 1 }
            report.warnings += warnings.map { RunReport.Warning(subject: failure.id, message: $0) }
            report.documentsFailed += 1
            report.failures.append(failure)
        case .setAside(let entry, let stageIndex, let seconds, let cpu, let warnings):
            count(Array(seconds.prefix(stageIndex + 1)), cpu)
            report.warnings += warnings.map { RunReport.Warning(subject: entry.id, message: $0) }
            report.noteSetAside(entry)
        }
        return streamError
    }

    func writeReport(_ report: RunReport, to output: URL) throws {
        try AtomicFile.write(JSONCoding.prettyData(report), to: output.appendingPathComponent("run.json"))
    }

    /// What a document needs besides its input: the stages, their records, and the cache.
    struct Work: Sendable {
        var stages: [any Stage]
        var contributors: [Int]
        var records: [StageRecord]
        /// Each stage's part of the cache keys (from `records`), written out once per run.
        var keyParts: [StageCache.KeyPart]
        var referenceDate: String?
        var cache: StageCache?
        var limits: Limits
        var converters: [any DocumentConverter] = []
        /// Whether a document found whole in the cache (every stage and contribution) goes to the
        /// spool as a ``CachedDocumentReference`` instead of being loaded: unsharded runs, whose
        /// corpus phase can read the cache.
        var spoolsCacheReferences = false
        /// The index of the stage whose contributions go to its writer as the documents finish
        /// (``StreamingContributor``), not to the spool; each document's contribution to it is
        /// prepared on the document's thread.
        var streamed: Int?
        /// The contributor whose stored contribution, raw bytes and the last of a resume entry,
        /// stays in the cache for a document found whole there: the spool refers to it
        /// (``StoredPart``) instead of holding a copy. Only with ``spoolsCacheReferences``.
        var leftInCache: Int?
    }

    /// How deep attachments of attachments are read (an e-mail forwarded as an attachment, …).
    static let attachmentDepth = 2

    /// Processes an item, then, as documents of their own, the attachments its conversion found
    /// that a converter recognises or that are text; the others are named in a warning. A
    /// container (a mailbox) yields only its attachments.
    static func process(_ item: InputItem, work: Work, depth: Int = 0) -> [Outcome] {
        var key: String?
        return process(item, work: work, depth: depth, itemKey: &key)
    }

    /// ``process(_:work:depth:)``, also giving the item's last cache key (`nil` when it could not be read).
    static func process(_ item: InputItem, work: Work, depth: Int = 0, itemKey: inout String?) -> [Outcome] {
        var parts = ConvertedParts()
        var outcomes = [processOne(item, work: work, parts: &parts, itemKey: &itemKey)]
        if parts.isContainer, case .done = outcomes[0] { outcomes = [] }
        let attachments = parts.attachments
        guard !attachments.isEmpty else { return outcomes }
        var skipped: [String] = []
        var usedNames: Set<String> = []
        for attachment in attachments {
            let readable = DocumentReader.converter(for: attachment.data, among: work.converters) != nil || !DocumentReader.looksBinary(attachment.data)
            guard readable, depth < attachmentDepth, !attachment.data.isEmpty else {
                skipped.append(attachment.name)
                continue
            }
            var name = attachment.name.isEmpty ? "attachment" : attachment.name
            while !usedNames.insert(name).inserted { name += "~" }
            let child = InputItem(
                sequence: item.sequence, id: "\(item.id)/\(name)", source: "\(item.source)#\(name)",
                origin: .attachment(attachment.data, parent: item.id))
            outcomes += process(child, work: work, depth: depth + 1)
        }
        if !skipped.isEmpty, !outcomes.isEmpty {
            outcomes[0] = outcomes[0].adding(warning: "\(skipped.count) attachment(s) not read (not a readable format): \(skipped.joined(separator: ", "))")
        }
        return outcomes
    }

    /// An item's bytes, the converter that recognises them (if any), its chain of cache keys and
    /// the SHA-256 of its bytes.
    /// - Throws: when the item cannot be read (missing, over the size limit, binary).
    static func keyed(_ item: InputItem, work: Work) throws -> (bytes: Data, converter: (any DocumentConverter)?, keys: [String], contentHash: String) {
        let bytes = try DocumentReader.bytes(of: item, limit: work.limits.maxDocumentBytes, converters: work.converters)
        var converter: (any DocumentConverter)?
        switch item.origin {
        case .file, .attachment: converter = DocumentReader.converter(for: bytes, among: work.converters)
        case .jsonLine: break
        }
        let format = converter.map { "\($0.format)@\($0.version)" } ?? URL(fileURLWithPath: item.source).pathExtension.lowercased()
        let contentHash = SHA256.hex(bytes)
        let keys = StageCache.keys(contentHash: contentHash, id: item.id, format: format, referenceDate: work.referenceDate, stages: work.keyParts)
        return (bytes, converter, keys, contentHash)
    }

    /// Records on a document read from a file the SHA-256 of the file's bytes, and, when its
    /// text is those bytes unchanged, the same hash as its text's.
    static func noteDigests(of document: inout Document, item: InputItem, bytes: Data, contentHash: String) {
        guard case .file = item.origin, document.source == item.source else { return }
        document.inputDigest = InputDigest(path: item.source, sha256: contentHash)
        let same = document.text.utf8.withContiguousStorageIfAvailable { text in
            bytes.withUnsafeBytes { input in
                text.count == input.count && (text.isEmpty || memcmp(text.baseAddress!, input.baseAddress!, text.count) == 0)
            }
        }
        if same == true { document.noteTextSHA256(contentHash) }
    }

    /// The key that stands for an item in the run's key: its last stage-cache key.
    static func lastKey(of keys: [String]) -> String {
        keys.last ?? SHA256.hex("no stages")
    }

    static func processOne(_ item: InputItem, work: Work, parts: inout ConvertedParts) -> Outcome {
        var key: String?
        return processOne(item, work: work, parts: &parts, itemKey: &key)
    }

    static func processOne(_ item: InputItem, work: Work, parts: inout ConvertedParts, itemKey: inout String?) -> Outcome {
        let clock = ContinuousClock()
        var document: Document
        var warnings: [String]
        let keys: [String]
        var fullyCached: Document?
        var converted = false
        do {
            let bytes: Data
            let converter: (any DocumentConverter)?
            let contentHash: String
            (bytes, converter, keys, contentHash) = try keyed(item, work: work)
            itemKey = lastKey(of: keys)
            converted = converter != nil
            if let converter, !converter.yieldsAttachments, let last = keys.last, let cache = work.cache, cache.contains(last), var cached = cache.load(last, id: item.id) {
                // Every stage is cached: the conversion (a PDF's helper programs) is not run again.
                cached.source = item.source
                (document, warnings) = (cached, [])
                fullyCached = cached
            } else {
                (document, warnings) = try DocumentReader.read(item, bytes: bytes, converter: converter, parts: &parts)
                Self.noteDigests(of: &document, item: item, bytes: bytes, contentHash: contentHash)
            }
        } catch {
            let failure = RunReport.Failure(id: item.id, source: item.source, stage: "read", error: "\(error)")
            return .failed(failure, input: nil, stageIndex: nil, seconds: [], cpu: [], warnings: [])
        }
        if parts.isContainer {
            return .done(document, contributions: [:], seconds: [], cpu: [], warnings: warnings)
        }
        if document.text.isEmpty { warnings.append("empty document") }
        if !converted, let outcome = cachedOutcome(item, keys: keys, work: work, warnings: warnings) { return outcome }
        let input = document
        var firstToRun = 0
        var stored: (key: String, document: Document)?
        if let fullyCached, let last = keys.last {
            stored = (last, fullyCached)
            firstToRun = keys.count
        } else if let cache = work.cache {
            for index in stride(from: keys.count - 1, through: 0, by: -1) where cache.contains(keys[index]) {
                if var cached = cache.load(keys[index], id: item.id) {
                    stored = (keys[index], cached)
                    cached.source = document.source
                    document = cached
                    firstToRun = index + 1
                    break
                }
            }
        }
        var seconds: [Double?] = Array(repeating: nil, count: work.stages.count)
        var cpuSeconds: [Double] = Array(repeating: 0, count: work.stages.count)
        for index in firstToRun..<work.stages.count {
            let stage = work.stages[index]
            let start = clock.now
            let cpuStart = Self.threadCPUSeconds()
            do {
                try stage.process(&document)
                cpuSeconds[index] = Self.threadCPUSeconds() - cpuStart
            } catch let signal as DocumentSetAside {
                cpuSeconds[index] = Self.threadCPUSeconds() - cpuStart
                seconds[index] = (clock.now - start).seconds
                let entry = RunReport.SetAside(
                    id: document.id, source: document.source, stage: type(of: stage).name, group: signal.group, reason: signal.reason)
                return .setAside(entry, stageIndex: index, seconds: seconds, cpu: cpuSeconds, warnings: warnings + [signal.reason])
            } catch {
                cpuSeconds[index] = Self.threadCPUSeconds() - cpuStart
                seconds[index] = (clock.now - start).seconds
                let failure = RunReport.Failure(id: document.id, source: document.source, stage: type(of: stage).name, error: "\(error)")
                return .failed(failure, input: input, stageIndex: index, seconds: seconds, cpu: cpuSeconds, warnings: warnings)
            }
            let elapsed = (clock.now - start).seconds
            seconds[index] = elapsed
            if elapsed > work.limits.stageTimeBudget {
                warnings.append(String(format: "stage '%@' took %.1f s, over limits.stage_time_budget (%.0f s)", type(of: stage).name, elapsed, work.limits.stageTimeBudget))
            }
            if let cache = work.cache {
                do {
                    try document.layers.keepEncodings()
                    try cache.store(document, key: keys[index], id: item.id, base: stored)
                    stored = (keys[index], document)
                } catch {
                    stored = nil
                    warnings.append("cache not written: \(error)")
                }
            }
        }
        warnings += languageWarnings(stages: work.stages, document: document)
        if work.cache != nil || work.stages.contains(where: { $0.finishReads(document) }) {
            try? document.layers.keepRecordEncodings()
        }
        var contributions: [Int: Data] = [:]
        var prepared: (any Sendable)?
        let resumeKey = resumeKey(keys: keys, work: work, source: document.source)
        let resumed = firstToRun == work.stages.count ? work.cache?.loadResume(resumeKey, id: item.id) : nil
        var toStore: [Data]? = work.cache != nil && !work.contributors.isEmpty ? [] : nil
        for (position, index) in work.contributors.enumerated() {
            let streaming = index == work.streamed ? work.stages[index] as? any StreamingContributor : nil
            do {
                if let resumed, resumed.contributions.count == work.contributors.count {
                    let cached = resumed.contributions[position]
                    if let streaming {
                        prepared = try streaming.prepared(stored: cached, id: document.id)
                    } else {
                        contributions[index] = cached
                    }
                    toStore = nil
                    continue
                }
                if let streaming {
                    let (stored, made) = try streaming.preparedContribution(of: document, storing: work.cache != nil)
                    prepared = made
                    if let stored { toStore?.append(stored) } else { toStore = nil }
                    continue
                }
                guard let contributor = work.stages[index] as? any CorpusContributor else {
                    toStore = nil
                    continue
                }
                let data = try contributor.encodedContribution(of: document)
                contributions[index] = data
                toStore?.append(data)
            } catch {
                let failure = RunReport.Failure(id: document.id, source: document.source, stage: type(of: work.stages[index]).name, error: "\(error)")
                return .failed(failure, input: input, stageIndex: index, seconds: seconds, cpu: cpuSeconds, warnings: warnings)
            }
        }
        if let toStore, toStore.count == work.contributors.count, let cache = work.cache {
            do {
                try cache.storeResume(ResumeEntry(documentID: document.id, metadata: document.metadata, contributions: toStore), key: resumeKey, id: item.id)
            } catch {
                warnings.append("cache not written: \(error)")
            }
        }
        return .done(document, contributions: contributions, prepared: prepared, seconds: seconds, cpu: cpuSeconds, warnings: warnings)
    }
}

extension Runner {
    /// The cache key of a document's ``ResumeEntry`` (its contributions to every corpus step),
    /// for a document with the chain of stage keys `keys` read from `source`: the last stage key,
    /// each contributor's position and raw storage version, and the source when a contributor's
    /// contribution reads it.
    static func resumeKey(keys: [String], work: Work, source: String) -> String {
        var text = "\(keys.last ?? "")\u{0}resume"
        var readsSource = false
        for index in work.contributors {
            let contributorType = type(of: work.stages[index]) as? any CorpusContributor.Type
            readsSource = readsSource || contributorType?.contributionReadsSource == true
            text += "\u{0}\(index)" + (contributorType?.rawStorageVersion.map { "\u{0}raw\u{0}\($0)" } ?? "")
        }
        if readsSource { text += "\u{0}source\u{0}\(source)" }
        return SHA256.hex(text)
    }

    /// The outcome of a document whose every stage and contribution is in the cache, without
    /// loading it: a ``CachedDocumentReference`` with the stored contributions, read from the
    /// document's one ``ResumeEntry`` (id, metadata and every contribution; the last stage entry
    /// when there is no contributor), `nil` when an entry is missing, or the run does not spool
    /// references. Its stage entries are marked as used (not read).
    static func cachedOutcome(_ item: InputItem, keys: [String], work: Work, warnings: [String]) -> Outcome? {
        guard work.spoolsCacheReferences, let cache = work.cache, let last = keys.last, cache.touch(keys) else { return nil }
        let resumed: ResumeEntry
        var storedParts: [Int: StoredPart] = [:]
        if work.contributors.isEmpty {
            guard let (id, metadata) = cache.peek(last, id: item.id) else { return nil }
            resumed = ResumeEntry(documentID: id, metadata: metadata, contributions: [])
        } else {
            let leaving = work.leftInCache != nil && work.leftInCache == work.contributors.last
            guard let (entry, part) = cache.loadResume(resumeKey(keys: keys, work: work, source: item.source), id: item.id, leavingLast: leaving),
                entry.contributions.count == work.contributors.count
            else { return nil }
            resumed = entry
            if let part, let index = work.leftInCache { storedParts[index] = part }
        }
        var contributions: [Int: Data] = [:]
        var prepared: (any Sendable)?
        for (position, index) in work.contributors.enumerated() {
            let data = resumed.contributions[position]
            if index == work.streamed, let streaming = work.stages[index] as? any StreamingContributor {
                guard let made = try? streaming.prepared(stored: data, id: resumed.documentID) else { return nil }
                prepared = made
            } else {
                contributions[index] = data
            }
        }
        var reference = CachedDocumentReference(key: last, id: resumed.documentID, lookupID: item.id, source: item.source)
        reference.storedParts = storedParts
        return .cached(
            reference, contributions: contributions, prepared: prepared, stages: work.stages.count,
            warnings: warnings + languageWarnings(stages: work.stages, metadata: resumed.metadata))
    }

    /// One warning per stage whose rules are written for other languages than the document's
    /// `language` metadata (left alone when the language is unknown or undetermined).
    static func languageWarnings(stages: [any Stage], document: Document) -> [String] {
        languageWarnings(stages: stages, metadata: document.metadata)
    }

    /// ``languageWarnings(stages:document:)`` for a document's metadata.
    static func languageWarnings(stages: [any Stage], metadata: Metadata) -> [String] {
        guard let language = metadata.extra["language"]?.stringValue, language != "und" else { return [] }
        return stages.compactMap { stage in
            let kind = type(of: stage)
            guard let languages = kind.languages, !languages.contains(language) else { return nil }
            return "stage '\(kind.name)' is written for \(languages.joined(separator: ", ")) text; this document is in '\(language)', so its results may be poor"
        }
    }

    /// CPU time used by the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

extension Duration {
    /// The duration in seconds.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
