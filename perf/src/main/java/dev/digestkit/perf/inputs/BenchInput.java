package dev.digestkit.perf.inputs;

import dev.digestkit.perf.parsers.BareStax;
import java.util.List;

/**
 * One benchmark input: the documents one operation parses, with their size and entry count for
 * turning operations per second into MB/s and allocation per entry.
 *
 * @param label what the input is, for reports
 * @param documents the documents one operation reads, in order
 */
public record BenchInput(String label, List<Document> documents) {
  /** The size of the scaled arXiv API page. */
  public static final int ARXIV_API_ENTRIES = 2000;
  /** Records in the benchmarked OAI-PMH page (arXiv serves 1,000 per ListRecords page). */
  public static final int OAI_RECORDS = 1000;

  /** Copies the list. */
  public BenchInput {
    documents = List.copyOf(documents);
  }

  /** The real arXiv API page scaled to {@value #ARXIV_API_ENTRIES} entries. */
  public static BenchInput arxivApi() {
    return new BenchInput("arXiv API page, " + ARXIV_API_ENTRIES + " entries",
        List.of(ArxivApiPage.document(ARXIV_API_ENTRIES)));
  }

  /** The real lab feeds every contender reads. */
  public static BenchInput labFeeds() {
    List<Document> docs = LabFeeds.comparable();
    return new BenchInput(docs.size() + " real lab feeds (RSS 2.0)", docs);
  }

  /** An OAI-PMH ListRecords page of {@value #OAI_RECORDS} records. */
  public static BenchInput oaiPage() {
    return new BenchInput("OAI-PMH ListRecords page, " + OAI_RECORDS + " records",
        List.of(OaiPages.load().document(OAI_RECORDS)));
  }

  /** Total bytes one operation reads. */
  public long bytes() {
    return documents.stream().mapToLong(d -> d.bytes().length).sum();
  }

  /** Total entries one operation yields, as the bare StAX pass counts them. */
  public int entries() {
    BareStax stax = new BareStax();
    return documents.stream().mapToInt(stax::count).sum();
  }
}
