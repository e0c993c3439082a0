#include "store/ingest.h"

namespace detente {

IngestResult ingest(DocumentReader& reader, const Pipeline& pipeline, Store& store, int threads,
                    const ErrorSink& on_error) {
  const IngestCounts before = store.counts();
  uint64_t failed = 0;
  RunStats stats = run_pipeline(
      reader, pipeline, threads, [&](const Document& doc, const CodedDocument& coded) { store.add(doc, coded.events); },
      [&](const Document& doc, const std::string& reason) {
        ++failed;
        on_error(doc, reason);
      });
  store.commit();
  const IngestCounts& after = store.counts();
  IngestResult r;
  r.read = reader.stats().read;
  r.coded = stats.coded;
  r.rejected = reader.stats().rejected + failed;
  r.events = stats.events;
  r.stored.documents = after.documents - before.documents;
  r.stored.duplicates = after.duplicates - before.duplicates;
  r.stored.events = after.events - before.events;
  r.stored.clustered = after.clustered - before.clustered;
  return r;
}

}  // namespace detente
