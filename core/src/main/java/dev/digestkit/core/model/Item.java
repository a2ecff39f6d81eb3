package dev.digestkit.core.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Anything a source yields and a digest section holds: a {@link Paper}, an {@link Announcement}
 * or a {@link Leaderboard}. Sealed so renderers can switch over every kind exhaustively.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Paper.class, name = "paper"),
  @JsonSubTypes.Type(value = Announcement.class, name = "announcement"),
  @JsonSubTypes.Type(value = Leaderboard.class, name = "leaderboard")
})
public sealed interface Item permits Paper, Announcement, Leaderboard {}
