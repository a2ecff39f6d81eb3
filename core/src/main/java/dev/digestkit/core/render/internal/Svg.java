package dev.digestkit.core.render.internal;

import dev.digestkit.core.model.Leaderboard;
import dev.digestkit.core.model.LeaderboardEntry;
import dev.digestkit.core.model.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Inline SVG charts of a leaderboard, drawn with presentation attributes only (no style
 * attributes, no script), so a strict Content-Security-Policy holds. Not public API.
 */
public final class Svg {
  private static final int WIDTH = 640;
  private static final int LABEL = 200;
  private static final int BAR = 22;
  private static final int GAP = 8;

  private Svg() {}

  /** A horizontal bar chart of the board's headline metric, or empty when nothing is measured. */
  public static Optional<String> bars(Leaderboard board) {
    Optional<Metric> metric = Formats.primaryMetric(board);
    if (metric.isEmpty()) {
      return Optional.empty();
    }
    Metric m = metric.get();
    List<LeaderboardEntry> rows = board.entries().stream().filter(e -> e.value(m.key()).isPresent()).toList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    double max = rows.stream().mapToDouble(e -> e.value(m.key()).get().value()).max().orElse(1);
    double scale = max <= 0 ? 0 : (WIDTH - LABEL - 70) / max;
    int height = rows.size() * (BAR + GAP) + GAP;
    StringBuilder s = open("bars", height, board.name() + ": " + m.label() + " by model");
    int y = GAP;
    for (LeaderboardEntry e : rows) {
      double v = e.value(m.key()).get().value();
      double w = Math.max(1, v * scale);
      s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#222\">")
          .append(Html.escape(Formats.shorten(e.model().displayName(), 28))).append("</text>");
      s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(num(w))
          .append("\" height=\"").append(BAR).append("\" fill=\"#3b6ea8\"><title>")
          .append(Html.escape(e.model().displayName() + ": " + Formats.value(m, v))).append("</title></rect>");
      s.append("<text x=\"").append(num(LABEL + w + 6)).append("\" y=\"").append(y + 15)
          .append("\" font-size=\"12\" fill=\"#222\">").append(Html.escape(Formats.value(m, v))).append("</text>");
      y += BAR + GAP;
    }
    return Optional.of(s.append("</svg>").toString());
  }

  /**
   * A scatter of the headline metric against price (dollars per million tokens), or empty when
   * the board has no price column or fewer than two models have both values.
   */
  public static Optional<String> scatter(Leaderboard board) {
    Optional<Metric> score = Formats.primaryMetric(board);
    Optional<Metric> price = Formats.priceMetric(board);
    if (score.isEmpty() || price.isEmpty() || score.get().equals(price.get())) {
      return Optional.empty();
    }
    Metric ms = score.get();
    Metric mp = price.get();
    List<double[]> pts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (LeaderboardEntry e : board.entries()) {
      if (e.value(ms.key()).isPresent() && e.value(mp.key()).isPresent()) {
        pts.add(new double[] {e.value(mp.key()).get().value(), e.value(ms.key()).get().value()});
        names.add(e.model().displayName());
      }
    }
    if (pts.size() < 2) {
      return Optional.empty();
    }
    int height = 300;
    int left = 60;
    int right = WIDTH - 30;
    int top = 20;
    int bottom = height - 40;
    double xmin = 0;
    double xmax = pts.stream().mapToDouble(p -> p[0]).max().getAsDouble() * 1.1;
    double ymin = pts.stream().mapToDouble(p -> p[1]).min().getAsDouble();
    double ymax = pts.stream().mapToDouble(p -> p[1]).max().getAsDouble();
    double pad = Math.max(1, (ymax - ymin) * 0.15);
    ymin -= pad;
    ymax += pad;
    double xr = xmax - xmin <= 0 ? 1 : xmax - xmin;
    double yr = ymax - ymin;
    StringBuilder s = open("scatter", height, board.name() + ": " + ms.label() + " against " + mp.label());
    s.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"").append(right)
        .append("\" y2=\"").append(bottom).append("\" stroke=\"#888\"/>");
    s.append("<line x1=\"").append(left).append("\" y1=\"").append(top).append("\" x2=\"").append(left)
        .append("\" y2=\"").append(bottom).append("\" stroke=\"#888\"/>");
    s.append(text(right, bottom + 30, "end", mp.label() + " →"));
    s.append(text(left - 8, top + 4, "end", Formats.value(ms, ymax)));
    s.append(text(left - 8, bottom, "end", Formats.value(ms, ymin)));
    s.append(text(left, bottom + 16, "middle", Formats.value(mp, xmin)));
    s.append(text(right, bottom + 16, "end", Formats.value(mp, xmax)));
    s.append(text(left + 6, top + 4, "start", "↑ " + ms.label()));
    for (int i = 0; i < pts.size(); i++) {
      double x = left + (pts.get(i)[0] - xmin) / xr * (right - left);
      double y = bottom - (pts.get(i)[1] - ymin) / yr * (bottom - top);
      s.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
          .append("\" r=\"5\" fill=\"#c0504d\"><title>")
          .append(Html.escape(names.get(i) + ": " + Formats.value(ms, pts.get(i)[1]) + " at " + Formats.value(mp, pts.get(i)[0])))
          .append("</title></circle>");
      // Labels of points near the right edge go to their left, so they are not cut off.
      boolean nearRight = x > left + 0.65 * (right - left);
      s.append(text(nearRight ? x - 8 : x + 8, y + 4, nearRight ? "end" : "start", Formats.shorten(names.get(i), 24)));
    }
    return Optional.of(s.append("</svg>").toString());
  }

  private static StringBuilder open(String kind, int height, String label) {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart " + kind + "\" role=\"img\" width=\"")
        .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" aria-label=\"").append(Html.escape(label)).append("\"><title>")
        .append(Html.escape(label)).append("</title>");
  }

  private static String text(double x, double y, String anchor, String content) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor
        + "\" font-size=\"11\" fill=\"#444\">" + Html.escape(content) + "</text>";
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
