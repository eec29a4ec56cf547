#!/usr/bin/env python3
"""datatrove's MinHash deduplication over a JSON Lines corpus, as its example pipeline runs it
(signatures -> buckets -> clusters -> filter, writing the kept documents), for scripts/bench_dedup.sh.
usage: bench_dedup.py CORPUS_DIR WORK_DIR [WORKERS]
The configuration matches DocPipe's dedup stage where datatrove allows: word 5-grams, 256 hashes
(32 buckets of 8), one worker per task unless WORKERS says otherwise.
"""
import sys

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.dedup import MinhashDedupBuckets, MinhashDedupCluster, MinhashDedupFilter, MinhashDedupSignature
from datatrove.pipeline.dedup.minhash import MinhashConfig
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter


def main():
    corpus, work = sys.argv[1], sys.argv[2]
    workers = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    config = MinhashConfig(n_grams=5, num_buckets=32, hashes_per_bucket=8)
    reader = lambda: JsonlReader(corpus, id_key="id", text_key="text")
    signatures = LocalPipelineExecutor(
        pipeline=[reader(), MinhashDedupSignature(output_folder=f"{work}/signatures", config=config)],
        tasks=workers, workers=workers, logging_dir=f"{work}/logs/signatures")
    buckets = LocalPipelineExecutor(
        pipeline=[MinhashDedupBuckets(input_folder=f"{work}/signatures", output_folder=f"{work}/buckets", config=config)],
        tasks=config.num_buckets, workers=workers, logging_dir=f"{work}/logs/buckets", depends=signatures)
    clusters = LocalPipelineExecutor(
        pipeline=[MinhashDedupCluster(input_folder=f"{work}/buckets", output_folder=f"{work}/remove_ids", config=config)],
        tasks=1, workers=1, logging_dir=f"{work}/logs/clusters", depends=buckets)
    filtered = LocalPipelineExecutor(
        pipeline=[reader(), MinhashDedupFilter(input_folder=f"{work}/remove_ids",
                                               exclusion_writer=JsonlWriter(f"{work}/removed")),
                  JsonlWriter(f"{work}/output")],
        tasks=workers, workers=workers, logging_dir=f"{work}/logs/filter", depends=clusters)
    filtered.run()


if __name__ == "__main__":
    main()
