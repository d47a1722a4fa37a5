package dev.factcheck.claims;

import dev.factcheck.time.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Expressions relative to the publication date: today, yesterday, "the past 12 months", "over the
 * past year", "in less than a year", "earlier this year", this/last/next week, month, quarter, year or
 * season. What lies ahead is marked
 * so ({@link PeriodMatch#future()}): a forward-looking claim is judged against the records of its period.
 */
final class RelativePeriods {

    private RelativePeriods() {
    }

    /** The relative expression at token {@code i}, or null. */
    static PeriodMatch at(Tokens t, int i, LocalDate pub) {
        String w = t.lower(i);
        if (w.equals("today")) {
            return PeriodMatch.relative(i + 1, Period.day(pub));
        }
        if (w.equals("yesterday")) {
            return PeriodMatch.relative(i + 1, Period.day(pub.minusDays(1)));
        }
        if (w.equals("tomorrow")) {
            return PeriodMatch.ahead(i + 1, Period.day(pub.plusDays(1)));
        }
        PeriodMatch ago = ago(t, i, pub);
        if (ago != null) {
            return ago;
        }
        int count = t.isNum(i + 1) && t.length(i + 1) <= 3 ? t.intValue(i + 1) : Lexicon.NUMBER_WORDS.getOrDefault(t.lower(i + 1), 0);
        if ((w.equals("past") || w.equals("last")) && count > 0) {
            // the past 12 months, the last three years: the stretch of time up to publication, from the same day
            // that long before, like "over the past year"
            int n = count;
            String unit = t.lower(i + 2);
            LocalDate from = switch (unit) {
                case "days" -> pub.minusDays(n);
                case "weeks" -> pub.minusWeeks(n);
                case "months" -> pub.minusMonths(n);
                case "years" -> pub.minusYears(n);
                default -> null;
            };
            return from == null ? null : PeriodMatch.relative(i + 3, new Period(from, pub));
        }
        if (w.equals("the") && t.is(i + 1, "year") && t.isSymAny(i + 2, "'\u2019") && t.is(i + 3, "s") && !t.is(i - 1, "of")) {
            // "bring the year's total to 2,100", "the year's cuts": this year's, like "this year's" ("the end of
            // the year's first quarter" is no such time)
            return PeriodMatch.relative(i + 2, CalendarDates.years(pub.getYear(), pub.getYear()));
        }
        if (w.equals("the") && t.is(i + 1, "year") && (t.is(i + 2, "so") && t.is(i + 3, "far")
                || t.is(i + 2, "to") && t.is(i + 3, "date"))
                || w.equals("year") && t.is(i + 1, "to") && t.is(i + 2, "date")) {
            // "the year so far", "the year to date", "year to date": January 1 to publication
            int end = w.equals("the") ? i + 4 : i + 3;
            return PeriodMatch.relative(end, new Period(LocalDate.of(pub.getYear(), 1, 1), pub));
        }
        if (w.equals("the") && SEASONS.contains(t.lower(i + 1)) && t.is(i + 2, "of") && t.isNum(i + 3)
                && t.length(i + 3) == 4) {
            // "in the spring of 2024": that year's
            LocalDate day = LocalDate.of(t.intValue(i + 3), 12, 31);
            return PeriodMatch.explicit(i + 4, season(t.lower(i + 1), day, 0, true));
        }
        if (w.equals("the") && SEASONS.contains(t.lower(i + 1)) && !t.is(i + 2, "of")
                && (t.is(i - 1, "in") || t.is(i - 1, "during") || t.is(i - 1, "over") || t.is(i - 1, "since"))) {
            // "had about 2,100 staff in the summer": the latest one begun by publication
            return PeriodMatch.relative(i + 2, season(t.lower(i + 1), pub, 0, true));
        }
        if (w.equals("earlier") && t.is(i + 1, "this") || w.equals("so") && t.is(i + 1, "far") && t.is(i + 2, "this")) {
            // "earlier this year", "so far this year": from the start of the unit to publication
            int unitAt = w.equals("so") ? i + 3 : i + 2;
            Period unit = unit(t.lower(unitAt), pub, 0);
            return unit == null ? null : PeriodMatch.relative(unitAt + 1, new Period(unit.from(), pub));
        }
        int lessThan = w.equals("less") && t.is(i + 1, "than") ? Lexicon.NUMBER_WORDS.getOrDefault(t.lower(i + 2), 0) : 0;
        if (lessThan > 1 && (t.is(i + 3, "years") || t.is(i + 3, "months"))) {
            // "its third round in less than two years": the stretch of time up to publication
            LocalDate from = t.is(i + 3, "years") ? pub.minusYears(lessThan) : pub.minusMonths(lessThan);
            return PeriodMatch.relative(i + 4, new Period(from, pub));
        }
        if (((w.equals("past") || w.equals("last")) && t.is(i - 1, "the") && t.is(i + 1, "year"))
                || (w.equals("less") && t.is(i + 1, "than") && t.is(i + 2, "a") && t.is(i + 3, "year"))) {
            // "over the past year", "in less than a year": the twelve months up to publication
            return PeriodMatch.relative(w.equals("less") ? i + 4 : i + 2, new Period(pub.minusYears(1), pub));
        }
        // "under a year": the twelve months up to publication, like "in less than a year".
        if (w.equals("under") && t.is(i + 1, "a") && t.is(i + 2, "year")) {
            return PeriodMatch.relative(i + 3, new Period(pub.minusYears(1), pub));
        }
        if ((t.is(i + 1, "financial") || t.is(i + 1, "fiscal")) && t.is(i + 2, "year")
                && (w.equals("last") || w.equals("previous") || w.equals("latest") || w.equals("this") || w.equals("current"))) {
            // "its last financial year", "the current fiscal year": a company's year, read as the calendar's
            // like "fiscal 2024"; the last one over, or the one under way.
            int year = w.equals("this") || w.equals("current") ? pub.getYear() : pub.getYear() - 1;
            return PeriodMatch.relative(i + 3, CalendarDates.years(year, year));
        }
        int shift;
        if (w.equals("this") || w.equals("current")) {
            shift = 0;
        } else if (w.equals("last") || w.equals("previous") || w.equals("past")) {
            shift = -1;
        } else if (w.equals("next") || w.equals("coming")) {
            shift = 1;
        } else {
            return null;
        }
        if (shift != 0 && t.is(i - 1, "the")) {
            return null; // "in the next year", "the last month": no calendar unit
        }
        Period unit = unit(t.lower(i + 1), pub, shift);
        if (unit == null) {
            return null;
        }
        return shift > 0 ? PeriodMatch.ahead(i + 2, unit) : PeriodMatch.relative(i + 2, unit);
    }

    /**
     * The months of "the nine months" or "nine-month" (not "the nine months to June", which names its
     * own end), or 0.
     */
    private static int lengthInMonths(Tokens t, int i) {
        int n;
        if (t.is(i, "the") && t.is(i + 2, "months")) {
            n = t.isNum(i + 1) && t.length(i + 1) <= 2 ? t.intValue(i + 1) : Lexicon.NUMBER_WORDS.getOrDefault(t.lower(i + 1), 0);
            if (t.is(i + 3, "to") || t.is(i + 3, "ended") || t.is(i + 3, "ending") || t.is(i + 3, "through")) {
                return 0;
            }
        } else if (t.isSym(i + 1, '-') && t.attached(i + 1) && t.is(i + 2, "month") && t.attached(i + 2)) {
            n = Lexicon.NUMBER_WORDS.getOrDefault(t.lower(i), 0);
        } else {
            return 0;
        }
        return n >= 2 && n <= 12 ? n : 0;
    }

    /**
     * Months forward (later) or back (earlier, before) of "twelve months earlier", "18 months before",
     * "one year later", "two years earlier" at token {@code i}; 0 when none ("a year earlier" has its own rule).
     */
    private static int monthsBetween(Tokens t, int i) {
        int n = t.is(i, "one") ? 1
                : t.isNum(i) && t.length(i) <= 2 && !t.attached(i + 1) ? t.intValue(i)
                : Lexicon.NUMBER_WORDS.getOrDefault(t.lower(i), 0);
        int perUnit = t.is(i + 1, "months") ? 1 : t.is(i + 1, "years") || t.is(i + 1, "year") && n == 1 ? 12 : 0;
        if (n <= 0 || perUnit == 0) {
            return 0;
        }
        int sign = t.is(i + 2, "earlier") || t.is(i + 2, "before") ? -1 : t.is(i + 2, "later") ? 1 : 0;
        return sign * n * perUnit;
    }

    /** Verbs that close a span with a level: "ended the quarter with 53,800 employees". */
    private static final java.util.Set<String> CLOSING_VERBS = java.util.Set.of(
            "ended", "finished", "closed", "exited", "end", "finish", "close", "exit");

    /**
     * "ended the quarter with 53,800 employees", "finished the year with 1,185 stores": the latest such span
     * over by publication; "aims to end the year with roughly 56,000 staff" (after a future cue): the one
     * under way. Null when the words are not a closing verb, "the", a span and "with".
     */
    static PeriodMatch closedWith(Tokens t, int i, LocalDate pub, boolean ahead) {
        if (!t.is(i, "the") || !t.isAny(i - 1, CLOSING_VERBS) || !t.is(i + 2, "with")) {
            return null;
        }
        int months = switch (t.lower(i + 1)) {
            case "quarter" -> 3;
            case "half" -> 6;
            case "year" -> 12;
            default -> 0;
        };
        return months == 0 ? null : latestSpan(months, i + 2, pub, ahead);
    }

    /** The calendar span of that many months over by publication, or the one under way when {@code ahead}. */
    private static PeriodMatch latestSpan(int months, int end, LocalDate pub, boolean ahead) {
        LocalDate current = LocalDate.of(pub.getYear(), (pub.getMonthValue() - 1) / months * months + 1, 1);
        LocalDate from = ahead ? current : current.minusMonths(months);
        Period span = new Period(from, from.plusMonths(months).minusDays(1));
        return ahead ? PeriodMatch.ahead(end, span) : PeriodMatch.relative(end, span);
    }

    /**
     * "a workforce of 11,200 at year end", "17,200 staff at quarter-end", "at the half-year end": the latest
     * such span over by publication, or after a future cue the one under way ("expects 500 stores at year
     * end"), read like "at the end of 2024" (the span, not its last day). Null when a year follows ("at
     * year-end 2024" is that year's) or the words are not "at", a span and "end".
     */
    static PeriodMatch spanEnd(Tokens t, int i, LocalDate pub, boolean ahead) {
        if (!t.is(i - 1, "at") && !(t.is(i - 1, "the") && t.is(i - 2, "at"))) {
            return null;
        }
        int k = i;
        int months = t.is(k, "year") ? 12 : t.is(k, "quarter") ? 3 : 0;
        if (t.is(k, "half") && t.isSym(k + 1, '-') && t.attached(k + 1) && t.is(k + 2, "year")) {
            months = 6;
            k += 2;
        }
        int end = t.isSym(k + 1, '-') && t.attached(k + 1) ? k + 2 : k + 1;
        if (months == 0 || !t.is(end, "end") || t.isNum(end + 1)) {
            return null;
        }
        return latestSpan(months, end + 1, pub, ahead);
    }

    /** Words that open the base of a comparison: "up from", "compared with", "against", "versus". */
    private static final java.util.Set<String> BASE_OPENERS = java.util.Set.of("from", "with", "against", "versus", "than");
    /** Words that may end a figure: its scale or its percent. */
    private static final java.util.Set<String> FIGURE_ENDS = java.util.Set.of(
            "thousand", "million", "billion", "trillion", "bn", "m", "mn", "percent");

    /**
     * Whether the words right before token {@code i} are a figure that a comparison opened: "up from
     * $4.5 billion", "compared with 9,800" (the opener at most four tokens before the figure's end).
     */
    private static boolean baseOfAComparisonBefore(Tokens t, int i) {
        int last = i - 1;
        if (!(t.isNum(last) || t.isAny(last, FIGURE_ENDS) || t.isSym(last, '%'))) {
            return false;
        }
        for (int k = last - 1; k >= 0 && k >= last - 5; k--) {
            if (t.isAny(k, BASE_OPENERS)) {
                return true;
            }
        }
        return false;
    }

    /** "a year ago", "two months ago", "3 weeks ago": the day that long before publication. */
    private static PeriodMatch ago(Tokens t, int i, LocalDate pub) {
        int n = t.is(i, "a") || t.is(i, "an") || t.is(i, "one") ? 1
                : t.isNum(i) && t.length(i) <= 2 && !t.isSym(i + 1, '%') ? t.intValue(i)
                : Lexicon.NUMBER_WORDS.getOrDefault(t.lower(i), 0);
        if (n <= 0 || !t.is(i + 2, "ago")) {
            return null;
        }
        LocalDate day = switch (t.lower(i + 1)) {
            case "day", "days" -> pub.minusDays(n);
            case "week", "weeks" -> pub.minusWeeks(n);
            case "month", "months" -> pub.minusMonths(n);
            case "year", "years" -> pub.minusYears(n);
            default -> null;
        };
        return day == null ? null : PeriodMatch.relative(i + 3, Period.day(day));
    }

    /**
     * A period that points back at the latest one the text named ({@code previous}): "that year" and
     * "the same year" are its calendar year, "that month" its month, "the same period" and "that
     * quarter" the period itself (and "the quarter" when it was a quarter), "a year earlier", "the year
     * before", "the year-earlier quarter" and "the same period last year" the same span a year before, "a year later" and "the year
     * after" the same span a year after.
     */
    static PeriodMatch anaphoric(Tokens t, int i, Period previous, Period previousSpan) {
        if (previous == null) {
            return null;
        }
        if (t.is(i, "it") && t.isAny(i - 1, CLOSING_VERBS) && t.is(i + 1, "with")) {
            // "2024 was a year of discipline. We ended it with 33,500 colleagues": the span named before.
            return PeriodMatch.explicit(i + 1, previous);
        }
        // "the year after 640 in March": "after" with an object is a preposition, not "a year later".
        boolean object = t.isNum(i + 3) || t.isAny(i + 3, OBJECT_OPENERS);
        if (t.is(i, "a") && t.is(i + 1, "year") && (t.is(i + 2, "earlier") || t.is(i + 2, "before"))
                || t.is(i, "the") && t.is(i + 1, "year") && t.is(i + 2, "before") && !object) {
            return PeriodMatch.explicit(i + 3, new Period(previous.from().minusYears(1), previous.to().minusYears(1)));
        }
        if (t.is(i, "a") && t.is(i + 1, "year") && t.is(i + 2, "ago") && baseOfAComparisonBefore(t, i)
                && !previous.from().plusMonths(3).isAfter(previous.to().plusDays(1))) {
            // "revenue of $4.9 billion for the three months to June 30, up from $4.5 billion a year ago": the
            // base of a comparison with a quarter or a longer span of results is the same span a year
            // before, not the day a year before publication (a month named before dates a filing, "up
            // from $1 billion a year ago" after "a filing made in August", and stays a day).
            return PeriodMatch.explicit(i + 3, new Period(previous.from().minusYears(1), previous.to().minusYears(1)));
        }
        if (t.is(i, "a") && t.is(i + 1, "year") && t.is(i + 2, "later")
                || t.is(i, "the") && t.is(i + 1, "year") && t.is(i + 2, "after") && !object) {
            return PeriodMatch.explicit(i + 3, new Period(previous.from().plusYears(1), previous.to().plusYears(1)));
        }
        int moved = monthsBetween(t, i);
        if (moved != 0 && !(t.is(i + 2, "before") && object)) {
            // "12,400 twelve months before", "18 months earlier", "two years later": the span named last, moved
            LocalDate to = previous.to().plusMonths(moved);
            if (previous.to().equals(YearMonth.from(previous.to()).atEndOfMonth())) {
                to = YearMonth.from(to).atEndOfMonth();
            }
            return PeriodMatch.explicit(i + 3, new Period(previous.from().plusMonths(moved), to));
        }
        if (t.is(i, "the") && (t.is(i + 1, "year") && t.isSym(i + 2, '-') && (t.is(i + 3, "earlier") || t.is(i + 3, "ago"))
                && t.isAny(i + 4, SPAN_NOUNS))) {
            // "the year-earlier quarter", "the year-ago period": the same span a year before
            return PeriodMatch.explicit(i + 5, new Period(previous.from().minusYears(1), previous.to().minusYears(1)));
        }
        if (t.is(i, "the") && t.is(i + 1, "quarter") && !t.isAny(i + 2, SPAN_ENDS)
                && previousSpan.from().plusMonths(3).minusDays(1).equals(previousSpan.to())) {
            // "Stores remodeled during the quarter", after a quarter was named: that quarter
            return PeriodMatch.explicit(i + 2, previousSpan);
        }
        if (t.is(i - 1, "for") && t.is(i, "the") && t.is(i + 1, "year") && !t.isAny(i + 2, SPAN_ENDS)
                && !t.is(i + 2, "so") && !t.isSymAny(i + 2, "'\u2019-")) {
            // "$2 billion in the fourth quarter and $7.5 billion for the year", "a total of 3,900 for the year":
            // the calendar year of the period named last
            return PeriodMatch.explicit(i + 2, CalendarDates.years(previous.to().getYear(), previous.to().getYear()));
        }
        PeriodMatch elided = elidedSpan(t, i, previousSpan);
        if (elided != null) {
            return elided;
        }
        int months = lengthInMonths(t, i);
        if (months > 0) {
            // "Revenue of $24.1 billion for the nine months", "Nine-month highlights" after "the nine months
            // ended September 30": the span of that length the text named last.
            boolean same = previous.from().plusMonths(months).minusDays(1).equals(previous.to());
            return same ? PeriodMatch.explicit(i + 3, previous) : null;
        }
        boolean pointing = t.is(i, "that") || t.is(i, "the") && t.is(i + 1, "same");
        if (!pointing) {
            return null;
        }
        int k = t.is(i, "that") ? i + 1 : i + 2;
        LocalDate from = previous.from();
        PeriodMatch same = switch (t.lower(k)) {
            case "year" -> PeriodMatch.explicit(k + 1, CalendarDates.years(from.getYear(), from.getYear()));
            case "month" -> PeriodMatch.explicit(k + 1,
                    new Period(from.withDayOfMonth(1), YearMonth.from(from).atEndOfMonth()));
            case "period", "quarter", "span", "stretch" -> PeriodMatch.explicit(k + 1, previousSpan);
            default -> null;
        };
        int named = same == null || !t.is(i + 1, "same") || !t.isAny(same.end(), OF_OR_IN) ? -1 : namedYear(t, same.end() + 1);
        if (named > 0) {
            // "$4.5 billion in the same quarter of 2024": that span, in the year named
            Period p = same.period();
            int shift = named - p.to().getYear();
            return PeriodMatch.explicit(same.end() + 2, new Period(p.from().plusYears(shift), p.to().plusYears(shift)));
        }
        int yearBefore = same == null || t.is(i, "that") ? -1 : yearBefore(t, same.end());
        if (yearBefore > 0) {
            // "$3.3 billion in the same period last year", "the same quarter a year earlier": a year before
            Period p = same.period();
            return PeriodMatch.explicit(yearBefore, new Period(p.from().minusYears(1), p.to().minusYears(1)));
        }
        return same;
    }

    private static final java.util.Set<String> OF_OR_IN = java.util.Set.of("of", "in");
    /** Prepositions before an ordinal whose span is left out: "in the second", "for the third". */
    private static final java.util.Set<String> SPAN_PREPOSITIONS = java.util.Set.of("in", "for", "during", "over");
    /** Words that may follow an ordinal whose span is left out: "in the second and ...", "in the second, when". */
    private static final java.util.Set<String> AFTER_AN_ELIDED_SPAN = java.util.Set.of("and", "but", "while", "when", "as");

    /**
     * "€2.6 billion in the third quarter, up from €2.5 billion in the second", "€2.3 billion in the first
     * half and €2.5 billion in the second": an ordinal whose noun is left out names the quarter or half of
     * the same year as the span named last; null unless the span named last is a calendar quarter or half.
     */
    private static PeriodMatch elidedSpan(Tokens t, int i, Period previousSpan) {
        Integer ordinal = t.is(i, "the") && t.isAny(i - 1, SPAN_PREPOSITIONS) ? Lexicon.ORDINAL_WORDS.get(t.lower(i + 1)) : null;
        if (ordinal == null || previousSpan == null || t.isWord(i + 2) && !t.isAny(i + 2, AFTER_AN_ELIDED_SPAN)) {
            return null;
        }
        LocalDate from = previousSpan.from();
        int months = from.getDayOfMonth() != 1 || !previousSpan.to().equals(from.plusMonths(3).minusDays(1))
                ? from.getDayOfMonth() == 1 && previousSpan.to().equals(from.plusMonths(6).minusDays(1)) ? 6 : 0 : 3;
        if (months == 0 || (from.getMonthValue() - 1) % months != 0 || ordinal * months > 12) {
            return null;
        }
        LocalDate start = LocalDate.of(from.getYear(), 1 + (ordinal - 1) * months, 1);
        return PeriodMatch.explicit(i + 2, new Period(start, start.plusMonths(months).minusDays(1)));
    }

    /** The four-digit year at token {@code k}, or -1. */
    private static int namedYear(Tokens t, int k) {
        int y = t.isNum(k) && t.length(k) == 4 ? t.intValue(k) : -1;
        return y >= 1900 && y <= 2100 ? y : -1;
    }

    /**
     * "last year", "of last year", "a year earlier", "a year ago", "the previous year", "the year before"
     * at token {@code k}: the token after it, or -1.
     */
    private static int yearBefore(Tokens t, int k) {
        int at = t.is(k, "of") ? k + 1 : k;
        if ((t.is(at, "last") || t.is(at, "previous") || t.is(at, "prior")) && t.is(at + 1, "year")) {
            return at + 2;
        }
        if (t.is(at, "the") && (t.is(at + 1, "previous") || t.is(at + 1, "prior")) && t.is(at + 2, "year")
                || t.is(at, "the") && t.is(at + 1, "year") && t.is(at + 2, "before")) {
            return at + 3;
        }
        if (t.is(at, "a") && t.is(at + 1, "year") && (t.is(at + 2, "earlier") || t.is(at + 2, "ago") || t.is(at + 2, "before"))) {
            return at + 3;
        }
        return -1;
    }

    /** Words after "the quarter" that name its end itself: "the quarter ended June 30". */
    private static final java.util.Set<String> SPAN_ENDS = java.util.Set.of("ended", "ending", "to", "through", "of");
    private static final java.util.Set<String> SPAN_NOUNS = java.util.Set.of("quarter", "period", "month", "year", "half");
    /** Words that open the object of "after" or "before": "the year after its first round". */
    private static final java.util.Set<String> OBJECT_OPENERS = java.util.Set.of(
            "the", "its", "their", "a", "an", "his", "her", "this", "that");
    private static final java.util.Set<String> SEASONS = java.util.Set.of("spring", "summer", "autumn", "fall");

    /**
     * "this summer": June to August of the year; "last autumn": the latest one over by publication;
     * "next spring": the first one still to begin; {@code begun}: the latest one begun by publication.
     */
    private static Period season(String word, LocalDate pub, int shift, boolean begun) {
        int firstMonth = word.equals("spring") ? 3 : word.equals("summer") ? 6 : 9;
        LocalDate from = LocalDate.of(pub.getYear(), firstMonth, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        if (shift < 0 && !to.isBefore(pub) || begun && from.isAfter(pub)) {
            from = from.minusYears(1);
        } else if (shift > 0 && !from.isAfter(pub)) {
            from = from.plusYears(1);
        }
        return new Period(from, from.plusMonths(3).minusDays(1));
    }

    private static Period unit(String word, LocalDate pub, int shift) {
        switch (word) {
            case "week" -> {
                LocalDate monday = CalendarDates.onOrBefore(pub, DayOfWeek.MONDAY).plusWeeks(shift);
                return new Period(monday, monday.plusDays(6));
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(pub).plusMonths(shift);
                return new Period(ym.atDay(1), ym.atEndOfMonth());
            }
            case "quarter" -> {
                LocalDate first = LocalDate.of(pub.getYear(), ((pub.getMonthValue() - 1) / 3) * 3 + 1, 1)
                        .plusMonths(3L * shift);
                return new Period(first, first.plusMonths(3).minusDays(1));
            }
            case "year" -> {
                int year = pub.getYear() + shift;
                return CalendarDates.years(year, year);
            }
            case "spring", "summer", "autumn", "fall" -> {
                return season(word, pub, shift, false);
            }
            default -> {
                return null;
            }
        }
    }
}
