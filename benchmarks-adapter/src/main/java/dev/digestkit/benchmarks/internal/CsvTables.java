package dev.digestkit.benchmarks.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.digestkit.core.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a CSV file with a header row (RFC 4180 quoting, multi-line quoted cells) into a {@link RawTable}. */
public final class CsvTables {
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  private CsvTables() {}

  /** Reads the whole file; rows are numbered by the line they start on. */
  public static RawTable read(InputStream in, URI source) {
    // A BOM-less UTF-8 reader: CSV exports are UTF-8 in practice; a BOM is dropped below.
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(reader)) {
      if (!it.hasNextValue()) {
        return RawTable.withHeader(List.of(), List.of(), List.of());
      }
      List<String> header = new ArrayList<>(Arrays.asList(it.nextValue()));
      if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
        header.set(0, header.get(0).substring(1));
      }
      List<List<String>> rows = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      while (true) {
        JsonLocation at = it.getCurrentLocation();
        if (!it.hasNextValue()) {
          break;
        }
        String[] row = it.nextValue();
        if (row.length == 1 && row[0].isBlank()) {
          continue;
        }
        rows.add(Arrays.asList(row));
        numbers.add(Math.max(1, at.getLineNr()));
      }
      return RawTable.withHeader(header, rows, numbers);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new ParseException(source.toString(), loc == null ? -1 : loc.getLineNr(), loc == null ? -1 : loc.getColumnNr(),
          "malformed CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ParseException(source.toString(), "cannot read CSV: " + e.getMessage(), e);
    }
  }
}
