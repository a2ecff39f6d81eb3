package dev.digestkit.arxiv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Json;
import dev.digestkit.core.ParseException;
import dev.digestkit.core.internal.AtomicFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * A harvest written to a JSON Lines file (one {@link HarvestedRecord} per line) whose checkpoint
 * lives beside it, so that a harvest killed at <em>any</em> point — even with {@code kill -9}
 * between a record and the next checkpoint — resumes with no record lost and none duplicated.
 *
 * <p>It is both the {@link ArxivHarvester.Sink} and the {@link HarvestCheckpoint} of one
 * harvest. Each checkpoint save first forces the records written so far to disk, then stores the
 * harvest state together with the output's length, atomically. On {@link #load()} the output is
 * cut back to that length: records written after the last save are dropped from the file, and
 * because the saved state does not count them either, the harvester hands them out again.
 *
 * <pre>{@code
 * try (JsonLinesHarvestFile out = new JsonLinesHarvestFile(Path.of("cs.jsonl"))) {
 *   ArxivHarvester.builder().set("cs").checkpoint(out).build().harvest(out);
 * }
 * }</pre>
 *
 * <p>One harvest per file, driven by one thread.
 */
public final class JsonLinesHarvestFile implements ArxivHarvester.Sink, HarvestCheckpoint, Closeable {
  private static final ObjectMapper JSON = Json.newMapper();

  private final Path output;
  private final Path checkpointFile;
  private FileChannel channel;

  /** Writes to {@code output}, with the checkpoint in {@code output + ".checkpoint"}. */
  public JsonLinesHarvestFile(Path output) {
    this(output, output.resolveSibling(output.getFileName() + ".checkpoint"));
  }

  /** Writes to {@code output}, with the checkpoint in {@code checkpointFile}. */
  public JsonLinesHarvestFile(Path output, Path checkpointFile) {
    this.output = Objects.requireNonNull(output, "output").toAbsolutePath();
    this.checkpointFile = Objects.requireNonNull(checkpointFile, "checkpointFile").toAbsolutePath();
  }

  /** The JSON Lines file records are appended to. */
  public Path output() {
    return output;
  }

  /**
   * Reads the saved state and cuts the output back to the length saved with it (to nothing when
   * no state was saved), so the file holds exactly the records the state counts.
   *
   * @throws ParseException when the checkpoint file is not one of ours
   */
  @Override
  public synchronized Optional<HarvestState> load() {
    Optional<JsonNode> saved = readCheckpoint();
    long keep = saved.map(n -> n.path("outputBytes").asLong(-1)).orElse(0L);
    try {
      FileChannel ch = channel();
      if (keep < 0 || keep > ch.size()) {
        throw new ParseException(checkpointFile.toString(), "checkpoint says the output had " + keep
            + " bytes but " + output + " has " + ch.size() + "; the two files do not belong together");
      }
      ch.truncate(keep);
      ch.position(keep);
      ch.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare harvest output " + output, e);
    }
    if (saved.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.treeToValue(saved.get().get("state"), HarvestState.class));
    } catch (IOException | IllegalArgumentException e) {
      throw new ParseException(checkpointFile.toString(), "unreadable harvest checkpoint: " + e.getMessage(), e);
    }
  }

  /** Appends the record as one JSON line (made durable by the next {@link #save}). */
  @Override
  public synchronized void accept(HarvestedRecord record) {
    try {
      byte[] line = JSON.writeValueAsBytes(record);
      ByteBuffer buf = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
      FileChannel ch = channel();
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to harvest output " + output, e);
    }
  }

  /** Forces the output to disk, then stores {@code state} with the output's length, atomically. */
  @Override
  public synchronized void save(HarvestState state) {
    Objects.requireNonNull(state, "state");
    try {
      FileChannel ch = channel();
      ch.force(true);
      ObjectNode node = JSON.createObjectNode();
      node.put("outputBytes", ch.size());
      node.set("state", JSON.valueToTree(state));
      AtomicFiles.write(checkpointFile, JSON.writeValueAsBytes(node));
    } catch (IOException e) {
      throw new ConfigurationException("cannot write harvest checkpoint " + checkpointFile + ": " + e.getMessage(), e);
    }
  }

  /** Forgets the harvest: deletes the checkpoint and empties the output. */
  @Override
  public synchronized void clear() {
    try {
      Files.deleteIfExists(checkpointFile);
      FileChannel ch = channel();
      ch.truncate(0);
      ch.position(0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear harvest " + output, e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }

  private FileChannel channel() throws IOException {
    if (channel == null) {
      Path dir = output.getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      channel = FileChannel.open(output, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      channel.position(channel.size());
    }
    return channel;
  }

  private Optional<JsonNode> readCheckpoint() {
    try {
      JsonNode node = JSON.readTree(Files.readAllBytes(checkpointFile));
      if (node == null || !node.has("outputBytes") || !node.has("state")) {
        throw new ParseException(checkpointFile.toString(), "not a JSON Lines harvest checkpoint");
      }
      return Optional.of(node);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new ParseException(checkpointFile.toString(), "unreadable harvest checkpoint: " + e.getMessage(), e);
    }
  }
}
