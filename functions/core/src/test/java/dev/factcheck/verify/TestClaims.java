package dev.factcheck.verify;

import dev.factcheck.catalog.Unit;
import dev.factcheck.claims.Bounds;
import dev.factcheck.claims.Claim;
import dev.factcheck.claims.ClaimType;
import dev.factcheck.claims.PeriodSource;
import dev.factcheck.claims.Qualifier;
import dev.factcheck.claims.Relation;
import dev.factcheck.claims.Span;
import dev.factcheck.facts.Fact;
import dev.factcheck.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Builds claims and facts for tests directly, independent of the extractor.
 */
public final class TestClaims {

    private String id = "c1";
    private String text = "14,000";
    private Span span = new Span(0, 6);
    private String sentence = null;
    private BigDecimal value = new BigDecimal("14000");
    private Unit unit = Unit.PEOPLE;
    private Qualifier qualifier = null;
    private Bounds bounds = new Bounds(new BigDecimal("13500"), new BigDecimal("14500"));
    private String entity = "Amazon";
    private String object = null;
    private String metric = "layoffs";
    private Period period = null;
    private Relation relation = Relation.NONE;
    private boolean prediction = false;
    private String part = null;
    private boolean relativePeriod = false;

    public static TestClaims claim() {
        return new TestClaims();
    }

    public TestClaims id(String id) {
        this.id = id;
        return this;
    }

    public TestClaims text(String text) {
        this.text = text;
        return this;
    }

    /** Places the claim's text at its first occurrence in {@code article} and takes that sentence. */
    public TestClaims in(String article, String figure) {
        int at = article.indexOf(figure);
        if (at < 0) {
            throw new IllegalArgumentException(figure + " not in article");
        }
        this.text = figure;
        this.span = new Span(at, at + figure.length());
        return this;
    }

    public TestClaims span(int start, int end) {
        this.span = new Span(start, end);
        return this;
    }

    public TestClaims sentence(String sentence) {
        this.sentence = sentence;
        return this;
    }

    public TestClaims value(String value) {
        this.value = new BigDecimal(value);
        return this;
    }

    public TestClaims unit(Unit unit) {
        this.unit = unit;
        return this;
    }

    public TestClaims qualifier(Qualifier qualifier) {
        this.qualifier = qualifier;
        return this;
    }

    public TestClaims bounds(String low, String high) {
        this.bounds = new Bounds(new BigDecimal(low), high == null ? null : new BigDecimal(high));
        return this;
    }

    public TestClaims entity(String entity) {
        this.entity = entity;
        return this;
    }

    public TestClaims object(String object) {
        this.object = object;
        return this;
    }

    public TestClaims metric(String metric) {
        this.metric = metric;
        return this;
    }

    public TestClaims period(String from, String to) {
        this.period = new Period(LocalDate.parse(from), LocalDate.parse(to));
        return this;
    }

    /** Marks the period as told against publication ("a year ago", "last week"). */
    public TestClaims toldAgainstPublication() {
        this.relativePeriod = true;
        return this;
    }

    public TestClaims relation(Relation relation) {
        this.relation = relation;
        return this;
    }

    public TestClaims prediction(boolean prediction) {
        this.prediction = prediction;
        return this;
    }

    public TestClaims part(String part) {
        this.part = part;
        return this;
    }

    public Claim build() {
        return new Claim(id, text, span, sentence == null ? text : sentence, value, unit, qualifier, bounds, entity,
                object, metric, period, period == null ? PeriodSource.NONE : relativePeriod ? PeriodSource.RELATIVE : PeriodSource.EXPLICIT,
                ClaimType.STATISTICAL,
                relation, prediction, part);
    }

    public static Fact fact(String entity, String metric, String object, String value, Unit unit, boolean cumulative,
                            String day) {
        return fact(entity, metric, object, value, unit, cumulative, day, day);
    }

    public static Fact fact(String entity, String metric, String object, String value, Unit unit, boolean cumulative,
                            String from, String to) {
        Period period = new Period(LocalDate.parse(from), LocalDate.parse(to));
        String source = "https://example.org/" + entity.toLowerCase() + "/" + metric + "/" + to;
        return new Fact(Fact.identityOf(entity, metric, object, period, source), entity, metric, object,
                new BigDecimal(value), unit, cumulative, period, source, "A report", null);
    }
}
