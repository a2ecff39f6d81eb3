/**
 * The immutable records a digest is made of: {@link dev.digestkit.core.model.Paper}s,
 * {@link dev.digestkit.core.model.Announcement}s from a {@link dev.digestkit.core.model.Publisher}, and
 * {@link dev.digestkit.core.model.Leaderboard}s of {@link dev.digestkit.core.model.Model}s measured
 * on {@link dev.digestkit.core.model.Metric}s, all three sealed under
 * {@link dev.digestkit.core.model.Item}.
 *
 * <p>Conventions every record here keeps: components are validated in the compact constructor
 * (blank ids, ranks below one and non-finite numbers are rejected with
 * {@link java.lang.IllegalArgumentException}); nothing is null (an absent value is an empty
 * {@link java.util.Optional}, none is an empty list, and a null passed for either is read as
 * absent); lists and maps are unmodifiable copies; times are {@link java.time.Instant}s in UTC and
 * dates {@link java.time.LocalDate}s. Text keeps the source's raw form beside the normalised one
 * ({@link dev.digestkit.core.model.Text}). Every record round-trips through the mapper of
 * {@link dev.digestkit.core.Json#newMapper()}; an {@code Item} carries its kind in a {@code type}
 * property ({@code paper}, {@code announcement}, {@code leaderboard}).
 */
package dev.digestkit.core.model;
