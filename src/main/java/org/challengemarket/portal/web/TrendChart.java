package org.challengemarket.portal.web;

import io.quarkus.qute.TemplateData;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.challengemarket.payment.dto.PaymentDtos.MonthDto;

/**
 * The geometry of the finance dashboard's inline SVG bar chart: one bar per month, its height the
 * share of that month's invoices paid on time. Computed here so the template only draws.
 */
@TemplateData
public record TrendChart(int width, int height, int plotTop, int plotBottom, int axisX, List<Bar> bars) {

    static final int SLOT = 44;
    static final int BAR = 26;
    static final int LEFT = 44;
    static final int TOP = 12;
    static final int PLOT = 150;

    /** One month's bar; {@code empty} when no invoice was due that month. */
    @TemplateData
    public record Bar(
            int x, int y, int barWidth, int barHeight, int labelX, String month, String monthLabel, boolean empty) {}

    public static TrendChart of(List<MonthDto> months) {
        List<Bar> bars = new ArrayList<>();
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
        for (int i = 0; i < months.size(); i++) {
            MonthDto month = months.get(i);
            int x = LEFT + i * SLOT + (SLOT - BAR) / 2;
            int height = month.onTimeRate() == null
                    ? 0
                    : month.onTimeRate()
                            .multiply(java.math.BigDecimal.valueOf(PLOT))
                            .divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP)
                            .intValue();
            bars.add(new Bar(
                    x,
                    TOP + PLOT - height,
                    BAR,
                    height,
                    x + BAR / 2,
                    month.month(),
                    YearMonth.parse(month.month()).format(label),
                    month.onTimeRate() == null));
        }
        return new TrendChart(LEFT + months.size() * SLOT + 8, TOP + PLOT + 30, TOP, TOP + PLOT, LEFT - 6, bars);
    }

    /** The y coordinate of a percentage on the axis. */
    public int yOf(int percent) {
        return TOP + PLOT - PLOT * percent / 100;
    }
}
