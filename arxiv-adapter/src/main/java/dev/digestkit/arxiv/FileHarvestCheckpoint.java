package dev.digestkit.arxiv;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digestkit.core.ConfigurationException;
import dev.digestkit.core.Json;
import dev.digestkit.core.internal.AtomicFiles;
import dev.digestkit.core.ParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link HarvestCheckpoint} in one JSON file. Each save writes a temporary file beside it,
 * forces it to disk, then renames it over the old one atomically, so a crash leaves either the
 * old or the new state. Thread-safe; one harvest per file.
 */
public final class FileHarvestCheckpoint implements HarvestCheckpoint {
  private static final ObjectMapper JSON = Json.newMapper();

  private final Path file;

  /**
   * @param file the checkpoint file; its directory is created when missing
   */
  public FileHarvestCheckpoint(Path file) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
  }

  /** The checkpoint file. */
  public Path file() {
    return file;
  }

  /**
   * {@inheritDoc}
   *
   * @throws ParseException when the file exists but is not a checkpoint
   */
  @Override
  public synchronized Optional<HarvestState> load() {
    try {
      return Optional.of(JSON.readValue(Files.readAllBytes(file), HarvestState.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new ParseException(file.toString(), "unreadable harvest checkpoint: " + e.getMessage(), e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigurationException when the file cannot be written
   */
  @Override
  public synchronized void save(HarvestState state) {
    Objects.requireNonNull(state, "state");
    try {
      AtomicFiles.write(file, JSON.writeValueAsBytes(state));
    } catch (IOException e) {
      throw new ConfigurationException("cannot write harvest checkpoint " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConfigurationException when the file cannot be deleted
   */
  @Override
  public synchronized void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new ConfigurationException("cannot delete harvest checkpoint " + file + ": " + e.getMessage(), e);
    }
  }
}
