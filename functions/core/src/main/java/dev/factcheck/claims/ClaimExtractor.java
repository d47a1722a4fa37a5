package dev.factcheck.claims;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.catalog.Entity;
import dev.factcheck.catalog.Metric;
import dev.factcheck.catalog.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numeric claims in article text. Thread-safe; build one per catalog and reuse it.
 */
public final class ClaimExtractor {

    private static final Pattern FIGURE = Pattern.compile(
            "(?<approx>(?:about|approximately|around|roughly) )?(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)");

    private final Catalog catalog;
    private final ExtractionSettings settings;

    public ClaimExtractor(Catalog catalog, ExtractionSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    public List<Claim> extract(String text, LocalDate publishedAt) {
        List<Claim> claims = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String digits = m.group("num");
            if (!digits.contains(",") && digits.length() == 4) {
                continue; // a year
            }
            BigDecimal value = new BigDecimal(digits.replace(",", ""));
            BigDecimal half = halfUnitOfLastSignificantDigit(digits.replace(",", ""));
            boolean approximate = m.group("approx") != null;
            BigDecimal width = approximate ? half.max(value.multiply(settings.hedgeFraction())) : half;
            String sentence = sentenceAround(text, m.start());
            String lower = sentence.toLowerCase(Locale.ROOT);
            claims.add(new Claim("c" + (claims.size() + 1), m.group(), new Span(m.start(), m.end()), sentence,
                    value, Unit.PEOPLE, approximate ? Qualifier.APPROXIMATELY : null,
                    new Bounds(value.subtract(width).max(BigDecimal.ZERO), value.add(width)),
                    entityIn(lower), null, metricIn(lower), null, PeriodSource.NONE, ClaimType.STATISTICAL));
        }
        return claims;
    }

    private String entityIn(String lowerSentence) {
        for (Entity entity : catalog.entities()) {
            if (lowerSentence.contains(entity.name().toLowerCase(Locale.ROOT))) {
                return entity.name();
            }
        }
        return null;
    }

    private String metricIn(String lowerSentence) {
        for (Metric metric : catalog.metrics()) {
            for (String term : metric.terms()) {
                if (lowerSentence.contains(term)) {
                    return metric.name();
                }
            }
        }
        return null;
    }

    private static BigDecimal halfUnitOfLastSignificantDigit(String digits) {
        int trailingZeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            trailingZeros++;
        }
        return BigDecimal.valueOf(5).scaleByPowerOfTen(trailingZeros - 1);
    }

    private static String sentenceAround(String text, int at) {
        int previousStop = text.lastIndexOf(". ", at);
        int start = previousStop < 0 ? 0 : previousStop + 2;
        int end = text.indexOf(". ", at);
        return text.substring(start, end < 0 ? text.length() : end + 1).strip();
    }
}
