import Foundation

extension Runner {
    /// The report of a run whose outputs are already in `output` (see ``RunFingerprint``), after
    /// writing it as `run.json`; `nil` when the run must run: `--force`, `--no-cache`, standard
    /// input, no or another fingerprint, another key, or an output missing or changed.
    ///
    /// The check reads and hashes every input (for its cache key; no document is decoded) and
    /// every output, on up to `--jobs` threads.
    func upToDateReport(
        output: URL, work: Work, collected: InputCollector.Collected, pipelineKey: String,
        leftovers: [RunReport.Warning], started: ContinuousClock.Instant
    ) throws -> RunReport? {
        guard options.useCache, !options.force, !collected.readsStandardInput,
            let stored = RunFingerprint.read(from: output), stored.inputs == collected.files.count,
            OutputFile.sizesMatch(stored.outputs, in: output),
            inputsKey(collected, work: work, pipelineKey: pipelineKey) == stored.key,
            OutputFile.hashesMatch(stored.outputs, in: output, threads: options.jobs)
        else { return nil }
        var report = stored.report
        report.upToDate = true
        report.pipelineFile = definition.file.path
        report.jobs = options.jobs
        report.documentsCached = report.documentsProcessed
        for index in report.stages.indices {
            report.stages[index].cached += report.stages[index].documents
            report.stages[index].documents = 0
            report.stages[index].processSeconds = 0
            report.stages[index].processCPUSeconds = 0
            report.stages[index].finishSeconds = 0
        }
        report.cacheEntries = nil
        report.cacheBytes = nil
        report.warnings += leftovers
        report.wallSeconds = (ContinuousClock.now - started).seconds
        try writeReport(report, to: output)
        return report
    }

    /// The run's key over the pipeline key and every input's id, source and last cache key, as a
    /// run would compute it; `nil` when an input cannot be read.
    func inputsKey(_ collected: InputCollector.Collected, work: Work, pipelineKey: String) -> String? {
        let feed = InputFeed(collected: collected)
        let items = Array(sequence(state: feed) { $0.next() })
        let keys = ConcurrentResults<String?>(count: items.count)
        keys.fill(threads: options.jobs) { index in
            (try? Runner.keyed(items[index], work: work)).map { Runner.lastKey(of: $0.keys) }
        }
        var digest = SHA256()
        digest.update(Array("\(pipelineKey)\n".utf8))
        for (index, item) in items.enumerated() {
            guard let key = keys[index] ?? nil else { return nil }
            digest.update(Array(RunFingerprint.inputLine(id: item.id, source: item.source, key: key).utf8))
        }
        return digest.hexDigest()
    }

    /// Leaves the fingerprint of a finished run in `output`, listing and hashing its outputs;
    /// when that fails, the next run is simply a full one.
    func writeFingerprint(key: String, inputs: Int, report: RunReport, output: URL) {
        do {
            let outputs = try OutputFile.list(in: output, skipping: cacheFolder(output: output), threads: options.jobs)
            try RunFingerprint(key: key, inputs: inputs, outputs: outputs, report: report).write(to: output)
        } catch {
            try? RunFingerprint.remove(from: output)
        }
    }
}
