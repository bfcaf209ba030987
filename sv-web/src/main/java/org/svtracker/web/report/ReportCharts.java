package org.svtracker.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import org.svtracker.domain.money.Money;

/**
 * Bar charts drawn on the server as SVG: readable without JavaScript and in print, with a title
 * and description for assistive technology. The same figures always sit in a table beside each
 * chart. Colours are presentation attributes, not style attributes, so the Content Security Policy
 * needs no exception.
 */
final class ReportCharts {

    record Bar(String label, Money value) {}

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 10;

    private ReportCharts() {}

    static String bars(String id, String title, String description, List<Bar> bars) {
        int height = bars.size() * (BAR_HEIGHT + GAP) + GAP;
        BigDecimal max = bars.stream().map(b -> b.value().amount()).reduce(BigDecimal.ZERO, BigDecimal::max);
        int room = WIDTH - LABEL_WIDTH - 110;
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        int y = GAP;
        for (Bar bar : bars) {
            int length = max.signum() == 0
                    ? 0
                    : bar.value()
                            .amount()
                            .multiply(BigDecimal.valueOf(room))
                            .divide(max, 0, RoundingMode.HALF_UP)
                            .intValue();
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 16)
                    .append("\" font-size=\"14\" fill=\"#0b0c0c\">")
                    .append(escape(shorten(bar.label())))
                    .append("</text>")
                    .append("<rect x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(Math.max(length, 1))
                    .append("\" height=\"")
                    .append(BAR_HEIGHT)
                    .append("\" fill=\"#1d70b8\"/>")
                    .append("<text x=\"")
                    .append(LABEL_WIDTH + Math.max(length, 1) + 6)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" font-size=\"14\" fill=\"#0b0c0c\">")
                    .append(escape(bar.value().toString()))
                    .append("</text>");
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() > 36 ? label.substring(0, 35) + "…" : label;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
