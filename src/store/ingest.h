// store/ingest.h — code documents and store them: the one ingest path shared
// by `detente ingest` and POST /api/documents.
//
// Contract: `ingest` reads every document from `reader`, codes it with
// `pipeline` on `threads` workers and adds it, with its events, to `store`
// in input order, then commits. A document the pipeline cannot code goes to
// `on_error` (with the reason) and counts as rejected; documents the reader
// rejects went to the reader's own reject sink. The result reconciles:
// read == coded + rejected. Store errors (disk full, a locked database)
// throw Error(kBadDatabase) after the store's transaction is rolled back.
// The Store is used from the calling thread only.
#pragma once
#include <cstdint>

#include "pipeline/pipeline.h"
#include "readers/reader.h"
#include "store/store.h"

namespace detente {

struct IngestResult {
  uint64_t read = 0;      // documents read (reader's count, rejects included)
  uint64_t coded = 0;     // coded and handed to the store
  uint64_t rejected = 0;  // rejected by the reader or by a pipeline stage
  uint64_t events = 0;    // events the pipeline coded (stored or already stored)
  IngestCounts stored;    // what this call added to the store (documents, duplicates, events, clustered)
};

IngestResult ingest(DocumentReader& reader, const Pipeline& pipeline, Store& store, int threads,
                    const ErrorSink& on_error);

}  // namespace detente
