package dev.factcheck.claims;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks numbers that are not claims: inside URLs, e-mail addresses and identifiers, phone numbers,
 * clock times, dates written with a slash, numbers of times, spans of time, ages, street addresses,
 * section and list numbers, product names. Each check looks at a bounded neighbourhood, so the whole
 * pass is linear. Figures that are read but still no claim are {@link Distractors}'.
 *
 * <p>Longer than 300 lines on purpose: it is one pass of small token rules, each a few lines, and the
 * one place that says which written numbers are never figures.
 */
final class NonClaims {

    /** Bounded quantifiers only: each attempt costs a constant, so find() is linear. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.,])(?:\\+\\d{1,3}[ .\\-]?|1[ .\\-])?(?:\\(\\d{2,4}\\)[ .\\-]?|\\d{3}[ .\\-])\\d{3}[ .\\-]\\d{4}(?!\\w|,\\d)"
                    + "|(?<![\\w.,])\\+\\d{1,3}[ .\\-]\\d{1,6}(?:[ .\\-]\\d{2,6}){1,4}(?!\\w|,\\d)"
                    + "|(?<![\\w.,])(?<!\\d )0\\d{2,4}[ .\\-]\\d{3,4}[ .\\-]\\d{3,4}(?!\\w|,\\d| \\d)"
                    + "|(?<![\\w.,\\-])\\d{3}-\\d{4}(?![\\w,\\-])");

    private static final Set<String> LABELS = Set.of(
            "section", "sections", "article", "chapter", "item", "items", "part", "clause", "rule", "paragraph",
            "page", "pages", "figure", "fig", "table", "step", "no", "number", "version", "v", "form",
            "schedule", "exhibit", "appendix", "route", "highway", "interstate", "flight", "gate", "suite",
            "floor", "room", "unit", "building", "season", "episode", "level", "tier", "phase", "stage", "grade",
            "ticket", "case", "order", "model", "id", "code", "patent", "bill", "round", "row", "lot", "platform",
            "pier", "hall", "box", "apt", "apartment", "district", "ward", "zone", "slide", "generation", "gen",
            "category", "question", "exit", "channel", "lane", "passcode", "pin", "extension", "ext", "requisition",
            "req", "ref", "reference", "invoice", "serial", "iso", "booth", "fortune", "ftse", "russell", "nasdaq", "stoxx",
            "dax", "nikkei", "cac", "kospi", "nifty", "sensex");

    /** Labels written short with a full stop before their number: "vol. 612", "pp. 44-51", "fig. 3". */
    private static final Set<String> ABBREVIATED_LABELS = Set.of("vol", "pp", "fig", "ext", "ref", "req", "apt", "art", "sec");

    /** A page's furniture whose count follows in brackets: "Comments (14)", "Replies (3)". */
    private static final Set<String> PAGE_COUNTERS = Set.of(
            "comments", "comment", "replies", "reply", "likes", "reactions", "views", "reviews", "photos", "responses");

    /** Capitalised words before the number of a union's branch: "Local 1104 of the United Steelworkers". */
    private static final Set<String> BRANCH_LABELS = Set.of("Local", "Lodge");

    private static final Set<String> STREET_TYPES = Set.of(
            "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane", "ln", "way",
            "parkway", "pkwy", "place", "pl", "court", "ct", "terrace", "square", "plaza", "highway", "hwy",
            "alley", "circle", "crescent", "camino", "calle", "via", "rue", "strasse", "platz");

    private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "sec", "secs",
            "min", "mins", "hr", "hrs");

    /** What a resolution or a race written with "K" describes: "4K video", "a 5K run" ("raised 5K" is money). */
    private static final Set<String> SCREENS_AND_RACES = Set.of(
            "video", "videos", "resolution", "display", "displays", "screen", "screens", "tv", "tvs", "monitor",
            "monitors", "footage", "camera", "cameras", "streaming", "content", "run", "race", "races");

    /** Scale words between a number and what it counts: "3.5 million times". */
    private static final Set<String> SCALE_WORDS = Set.of("hundred", "thousand", "million", "billion");

    /** A word between a number and its time unit that keeps it a span of time: "48 consecutive years". */
    private static final Set<String> DURATION_MODIFIERS = Set.of("consecutive", "straight", "successive", "full");

    /** Verbs before a bare number that state a person's age: "the founder is 71". */
    private static final Set<String> AGE_VERBS = Set.of("is", "was", "turned", "turns", "aged");

    private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "its", "our", "their", "his", "her", "a");

    /** Words after a person's age that end its phrase: "is 71 and still comes in every day". */
    private static final Set<String> AFTER_AN_AGE = Set.of("and", "but", "when", "yet", "now", "this", "last");

    /**
     * Words before "N months" that make it a period the period finder reads ("the past 12 months"), not
     * a duration; "the next 90 years" and "its first 2 years" are spans of time no figure is about.
     */
    private static final Set<String> PERIOD_OPENERS = Set.of("past", "last");

    /** Street words that open a street's name: "2121 Avenue of the Stars", "5 Rue de Rivoli". */
    private static final Set<String> LEADING_STREET_WORDS = Set.of(
            "avenue", "boulevard", "place", "plaza", "rue", "via", "calle", "camino", "piazza", "avenida");

    /** Lower-case words inside a street's name: "Avenue of the Stars", "Rue de la Paix". */
    private static final Set<String> STREET_NAME_LINKS = Set.of(
            "of", "the", "de", "la", "le", "du", "des", "del", "della", "di", "do", "da");

    /**
     * Endings of street names written before the house number: "Prins Bernhardplein 200",
     * "Friedrichstraße 43", "Keizersgracht 123", "Storgatan 12".
     */
    private static final Set<String> STREET_SUFFIXES = Set.of(
            "straat", "plein", "weg", "laan", "gracht", "kade", "strasse", "straße", "gasse", "platz", "allee",
            "vej", "gade", "gatan", "vägen", "torget");

    private NonClaims() {
    }

    /** Marks characters of URLs, e-mail addresses and phone numbers in the whole text. */
    static boolean[] maskText(String text) {
        boolean[] masked = new boolean[text.length()];
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            boolean at = false;
            boolean slash = false;
            boolean dot = false;
            boolean colonSlash = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '@') {
                    at = true;
                } else if (c == '/') {
                    slash = true;
                    if (i > s && text.charAt(i - 1) == ':') {
                        colonSlash = true;
                    }
                } else if (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    dot = true;
                }
                i++;
            }
            boolean www = i - s > 4 && text.regionMatches(true, s, "www.", 0, 4);
            if (colonSlash || www || (at && dot) || (slash && dot && hasLetterDotLetter(text, s, i))) {
                for (int k = s; k < i; k++) {
                    masked[k] = true;
                }
            }
        }
        // The phone pattern runs only over stretches of digits, spaces and phone punctuation that hold
        // at least seven digits: each character is looked at a bounded number of times.
        Matcher m = PHONE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int k = 0;
        while (k < n) {
            if (!phoneChar(text.charAt(k)) || text.charAt(k) == ' ') {
                k++;
                continue;
            }
            int start = k;
            int digits = 0;
            while (k < n && phoneChar(text.charAt(k))) {
                if (text.charAt(k) >= '0' && text.charAt(k) <= '9') {
                    digits++;
                }
                k++;
            }
            if (digits >= 7) {
                m.region(start, k);
                while (m.find()) {
                    for (int c = m.start(); c < m.end(); c++) {
                        masked[c] = true;
                    }
                }
            }
        }
        return masked;
    }

    private static boolean phoneChar(char c) {
        return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '(' || c == ')' || c == '-' || c == '.';
    }

    private static boolean hasLetterDotLetter(String text, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (text.charAt(k) == '.' && Character.isLetter(text.charAt(k - 1)) && Character.isLetter(text.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Marks the tokens of one sentence that must not become claims. */
    static void mark(Tokens t, boolean[] masked, boolean[] taken) {
        for (int i = 0; i < t.size; i++) {
            if (masked[t.start[i]]) {
                taken[i] = true;
            }
        }
        // A list marker: "1." or "2)" opening the sentence, or a sentence that is only a number.
        if (t.isNum(0) && ((t.isSymAny(1, ".)") && t.attached(1) && (t.size == 2 || !t.attached(2)))
                || t.size == 1)) {
            taken[0] = true;
        }
        if (t.isSym(0, '(') && t.isNum(1) && t.isSym(2, ')')) {
            taken[1] = true;
        }
        for (int i = 1; i + 2 < t.size; i++) {
            if (t.isSym(i, '(') && t.isNum(i + 1) && t.isSym(i + 2, ')') && t.isAny(i - 1, PAGE_COUNTERS)) {
                taken[i + 1] = true; // "Comments (14)": the page's furniture
            }
        }
        for (int i = 0; i + 1 < t.size; i++) {
            int counted = NonClaims.numberRunEnd(t, i);
            counted += t.is(counted, "k") && t.attached(counted) ? 1 : 0; // "1.2K views"
            if (t.isNum(i) && t.isAny(counted, PAGE_COUNTERS)) {
                markNumberRun(t, i, taken); // "November 10, 2025 · 11 comments", "1,204 views"
            }
        }
        markListItemNumbers(t, taken);
        markDateline(t, taken);
        markTickers(t, taken);
        markAges(t, taken);
        for (int i = 0; i < t.size; i++) {
            if (!t.isNum(i) || taken[i]) {
                continue;
            }
            // A number of times is a frequency or a multiple, never a quantity: "shared 12,000 times".
            int afterNumber = numberRunEnd(t, i);
            if (t.isAny(afterNumber, SCALE_WORDS)) {
                afterNumber++;
            }
            if (t.is(afterNumber, "times")) {
                NumberReader.markTaken(taken, i, afterNumber);
                continue;
            }
            if (slashDate(t, i)) {
                NumberReader.markTaken(taken, i, i + 5);
                continue;
            }
            if (secondDayOfAMonth(t, i) || firstOfTwoDaysBeforeTheirMonth(t, i)) {
                taken[i] = true; // "on July 18 and 19", "March 3 or 4", "on 14 and 15 November"
                continue;
            }
            if (dayAndMonth(t, i)) {
                NumberReader.markTaken(taken, i, i + 3);
                continue;
            }
            // Clock time 9:30, 10 a.m., 3pm.
            if (t.isSym(i + 1, ':') && t.attached(i + 1) && t.isNum(i + 2) && t.attached(i + 2) && t.length(i + 2) == 2) {
                NumberReader.markTaken(taken, i, i + 3);
                continue;
            }
            if (t.length(i) <= 2 && (t.is(i + 1, "am") || t.is(i + 1, "pm")
                    || ((t.is(i + 1, "a") || t.is(i + 1, "p")) && t.isSym(i + 2, '.') && t.is(i + 3, "m")))) {
                taken[i] = true;
                continue;
            }
            // Identifiers: letters glued before the digits (A320, COVID-19, Q3 is handled by periods).
            if (t.attached(i) && (t.isWord(i - 1) || t.isSymAny(i - 1, "#_/\\"))) {
                if (!(t.isWord(i - 1) && t.lower(i - 1).equals("us"))) {
                    taken[i] = true;
                    continue;
                }
            }
            if (t.attached(i) && t.isSym(i - 1, '-') && t.attached(i - 1) && t.isWord(i - 2)
                    && Character.isUpperCase(t.text.charAt(t.start[i - 2]))) {
                taken[i] = true;
                continue;
            }
            // 401(k), 501(c)(3): digits glued to a bracketed letter name a plan or a section of a code.
            if (t.isSym(i + 1, '(') && t.attached(i + 1) && t.isWord(i + 2) && t.length(i + 2) == 1
                    && t.isSym(i + 3, ')')) {
                NumberReader.markTaken(taken, i, i + 4);
                continue;
            }
            // 10-K, 8-K: digits glued to a hyphen and a capital letter.
            if (t.isSym(i + 1, '-') && t.attached(i + 1) && t.isWord(i + 2) && t.attached(i + 2)
                    && t.length(i + 2) <= 2 && Character.isUpperCase(t.text.charAt(t.start[i + 2]))) {
                NumberReader.markTaken(taken, i, i + 3);
                continue;
            }
            // Section 4.2, page 12, item No. 5, flight 22.
            int before = i - 1;
            if (t.isSym(before, '.') && t.is(before - 1, "no")) {
                taken[i] = true;
                continue;
            }
            if ((t.isSym(before, '.') && t.attached(before) && t.isAny(before - 1, ABBREVIATED_LABELS))
                    || (i == 0 && abbreviatedLabelBeforeTheSentence(t))) {
                markNumberRun(t, i, taken); // "vol. 612, pp. 44-51", "fig. 3", "ext. 4410"
                continue;
            }
            if (t.isWord(before) && LABELS.contains(t.lower(before)) && !t.isSymAny(i - 1, "$")
                    && !followedByUnit(t, i)) {
                markNumberRun(t, i, taken);
                continue;
            }
            if (t.isWord(before) && BRANCH_LABELS.contains(t.text(before)) && !followedByUnit(t, i)) {
                taken[i] = true;
                continue;
            }
            // A span of time: 90 days to find a role, a 30-day notice. "The past 12 months" is a
            // period and left to the period finder.
            if (durationAt(t, i) && !(t.isWord(before) && PERIOD_OPENERS.contains(t.lower(before)))) {
                taken[i] = true;
                continue;
            }
            // Street address: 410 Terry Avenue North, 1 Microsoft Way, 2121 Avenue of the Stars.
            int street = t.length(i) <= 5 && !t.isSym(i + 1, ',') ? addressEnd(t, i) : -1;
            if (street < 0 && t.length(i) <= 5) {
                street = streetFirstAddressEnd(t, i);
            }
            if (street > 0) {
                NumberReader.markTaken(taken, i, street);
                continue;
            }
            int house = houseNumberAfterStreet(t, i);
            if (house > 0) {
                NumberReader.markTaken(taken, i, house);
                continue;
            }
            // ZIP code after a state abbreviation (WA 98109) or after a city and its state (Houston, Texas 77002).
            if (t.length(i) == 5 && t.isWord(before) && ((t.length(before) == 2
                    && t.text(before).equals(t.text(before).toUpperCase(java.util.Locale.ROOT)))
                    || (t.capitalised(before) && t.isSym(before - 1, ',') && endsAPhrase(t, i + 1)))) {
                taken[i] = true;
                continue;
            }
            // A score, "beat Denver 27-20", "a 4-3 vote": the second number is smaller, so it is no range.
            if (t.length(i) <= 3 && t.isSymAny(i + 1, "-\u2013") && t.attached(i + 1) && t.isNum(i + 2) && t.attached(i + 2)
                    && t.length(i + 2) <= 3 && t.intValue(i + 2) < t.intValue(i) && !t.isSymAny(before, "$\u20ac\u00a3")
                    && !(t.attached(i) && t.isSymAny(before, ",.")) && !t.isSym(i + 3, '%')
                    && !(t.isSymAny(i + 3, ",.") && t.isNum(i + 4) && t.attached(i + 4))) {
                NumberReader.markTaken(taken, i, i + 3);
                continue;
            }
            // The last day of a span of days after its month: "July 8-11".
            if (t.length(i) <= 2 && t.isSymAny(i - 1, "-\u2013") && t.attached(i) && t.isNum(i - 2) && t.length(i - 2) <= 2
                    && Lexicon.MONTHS.containsKey(t.lower(i - 3))) {
                taken[i] = true;
                continue;
            }
            // A display resolution or a race: "4K video", "a 5K run" (a sum in thousands has its currency: "$4K").
            if (t.length(i) == 1 && !t.attached(i) && t.attached(i + 1) && t.text(i + 1).equals("K")
                    && (t.isAny(i + 2, SCREENS_AND_RACES) || (t.is(i + 2, "and") && t.isNum(i + 3) && t.text(i + 4).equals("K")))) {
                NumberReader.markTaken(taken, i, i + 2);
                continue;
            }
            // A version or model after a product's name: "iPhone 16", "macOS 15", "SkyOS 4.2", "Middle-Out 3.0".
            int version = versionAfterProduct(t, i);
            if (version > 0) {
                NumberReader.markTaken(taken, i, version);
                continue;
            }
            // Product names: Windows 11, Microsoft 365, Pixel 9.
            if (t.capitalised(before) && !t.isSym(before - 1, '.')
                    && !Lexicon.NOT_NAMES.contains(t.lower(before)) && !Lexicon.MONTHS.containsKey(t.lower(before))
                    && !Lexicon.WEEKDAYS.containsKey(t.lower(before)) && t.length(i) <= 3
                    && !t.isSymAny(i + 1, ",%") && !(t.isSym(i + 1, '.') && i + 2 < t.size) && !followedByUnit(t, i)) {
                taken[i] = true;
            }
        }
    }

    /**
     * The end of a version or model number after a product's name, or -1: a name written in mixed case
     * ("iPhone 16", "macOS 15", "SkyOS 4.2") before a number without thousands separators, or a capitalised
     * name before a decimal version ("Middle-Out 3.0, Cutting ..."). Neither is followed by a percent sign, a
     * scale word or a people noun ("Initech 4.2%" and "Globex 3.5 billion" stay figures).
     */
    private static int versionAfterProduct(Tokens t, int i) {
        int before = i - 1;
        if (!t.isWord(before) || t.attached(i) || t.length(i) > 4 || (t.isSym(i + 1, ',') && t.isNum(i + 2) && t.attached(i + 2))) {
            return -1;
        }
        boolean decimal = t.isSym(i + 1, '.') && t.attached(i + 1) && t.isNum(i + 2) && t.attached(i + 2) && t.length(i + 2) <= 2;
        int end = decimal ? i + 3 : i + 1;
        if (t.isSym(end, '%') || followedByUnit(t, end - 1) || t.isAny(end, SCALE_WORDS)) {
            return -1;
        }
        boolean product = mixedCase(t, before) || (decimal && t.capitalised(before) && !t.isSym(before - 1, '.')
                && !Lexicon.NOT_NAMES.contains(t.lower(before)) && !Lexicon.MONTHS.containsKey(t.lower(before)));
        return product ? end : -1;
    }

    /** A word with a capital after its first letter and a small letter somewhere: "iPhone", "macOS", "SkyOS". */
    private static boolean mixedCase(Tokens t, int i) {
        boolean lower = false;
        boolean innerUpper = false;
        for (int c = t.start[i]; c < t.end[i]; c++) {
            char ch = t.text.charAt(c);
            lower |= Character.isLowerCase(ch);
            innerUpper |= c > t.start[i] && Character.isUpperCase(ch);
        }
        return lower && innerUpper;
    }

    /**
     * A dateline opening a wire story or press release ("AUSTIN, Texas, Oct 21 (Newswire) -",
     * "SUNNYVALE, Calif., October 23, 2025 /PRNewswire/ --"): a place in capitals up to the first
     * dash. Its place and wire service are no organisations and its date dates no figure.
     */
    private static void markDateline(Tokens t, boolean[] taken) {
        int place = 0;
        while (place < 3 && allCaps(t, place)) {
            place++; // SEATTLE, NEW YORK, SAN LUIS OBISPO
        }
        if (place == 0 || !(t.isSym(place, ',') || t.isSym(place, '('))) {
            return;
        }
        for (int i = 2; i < Math.min(t.size, 24); i++) {
            if (t.isSymAny(i, "-\u2013\u2014") && !t.attached(i) || (t.isSym(i, '-') && t.isSym(i + 1, '-'))) {
                int end = i;
                while (t.isSymAny(end, "-\u2013\u2014")) {
                    end++;
                }
                NumberReader.markTaken(taken, 0, end);
                return;
            }
        }
    }

    /**
     * A person's age: between commas after a name or a title ("Chief executive Bill Lumbergh, 58,
     * wrote", "The chairman, 74, will stand"), or after "is", "was", "turned" or "aged" when the clause
     * names a person by a title and nothing counted follows ("Art Vandelay, the founder, is 71 and").
     */
    private static void markAges(Tokens t, boolean[] taken) {
        for (int i = 1; i < t.size; i++) {
            if (!t.isNum(i) || t.length(i) != 2 || t.intValue(i) < 16 || (t.isSym(i + 1, '.') && t.isNum(i + 2))) {
                continue;
            }
            int comma = t.is(i - 1, "then") ? i - 2 : i - 1; // "Bill Gates, then 19, and Paul Allen, 22."
            boolean closed = t.isSymAny(i + 1, ",)") || (t.isSym(i + 1, '.') && i + 2 >= t.size);
            boolean betweenCommas = t.isSym(comma, ',') && closed
                    && (t.capitalised(comma - 1) || t.isAny(comma - 1, Lexicon.PERSON_TITLES));
            boolean stated = t.isAny(i - 1, AGE_VERBS) && (i + 1 >= t.size || t.isSymAny(i + 1, ",.;)")
                    || t.isAny(i + 1, AFTER_AN_AGE)) && (t.is(i - 1, "aged") || personTitleBefore(t, i - 1));
            if (betweenCommas || stated) {
                taken[i] = true;
            }
        }
    }

    /**
     * A stock ticker in parentheses after its exchange, "(NYSE: SOY)", "(NASDAQ: INTC2)", "(Euronext:
     * WYC)", "(TSE: 8031)": neither an organisation nor a clause of its own, nor a figure.
     */
    private static void markTickers(Tokens t, boolean[] taken) {
        for (int i = 0; i + 4 < t.size; i++) {
            if (instrumentCode(t, i)) {
                NumberReader.markTaken(taken, i + 1, i + 4); // "Wayne Enterprises Inc (WAYN.N)", "<7203.T>"
                continue;
            }
            if (!(t.isSym(i, '(') && t.isWord(i + 1) && t.capitalised(i + 1) && t.isSym(i + 2, ':')
                    && (allCaps(t, i + 3) || t.isNum(i + 3)))) {
                continue;
            }
            if (t.isNum(i + 3)) {
                if (t.isSym(i + 4, ')')) {
                    NumberReader.markTaken(taken, i + 1, i + 4);
                }
                continue;
            }
            int close = t.isNum(i + 4) && t.attached(i + 4) ? i + 5 : i + 4;
            if (t.isSym(close, ')')) {
                NumberReader.markTaken(taken, i + 1, close);
            }
        }
    }

    /**
     * A wire's instrument code in brackets, a ticker and the exchange's letters after a dot: "(WAYN.N)",
     * "(INTC.O)", "<7203.T>", "(VOD.L)".
     */
    private static boolean instrumentCode(Tokens t, int i) {
        return t.isSymAny(i, "(<") && (allCaps(t, i + 1) || t.isNum(i + 1)) && t.isSym(i + 2, '.') && t.attached(i + 2)
                && t.attached(i + 3) && allCapsOrLetter(t, i + 3) && t.length(i + 3) <= 2 && t.isSymAny(i + 4, ")>");
    }

    private static boolean allCapsOrLetter(Tokens t, int i) {
        return t.isWord(i) && t.text(i).equals(t.text(i).toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean allCaps(Tokens t, int i) {
        return t.isWord(i) && t.length(i) >= 2 && t.text(i).equals(t.text(i).toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean durationAt(Tokens t, int i) {
        int j = t.isSym(i + 1, '-') && t.attached(i + 1) ? i + 2 : i + 1;
        if (t.isAny(j, DURATION_MODIFIERS)) {
            j++;
        }
        return t.isWord(j) && TIME_UNITS.contains(t.lower(j));
    }

    private static boolean followedByUnit(Tokens t, int i) {
        int j = i + 1;
        if (t.isSym(j, ',') && t.isNum(j + 1) && t.attached(j + 1)) {
            return true;
        }
        if (t.isSym(j, '%')) {
            return true;
        }
        return t.isWord(j) && (Lexicon.PEOPLE_HEADS.contains(t.lower(j)) || t.is(j, "percent")
                || t.is(j, "million") || t.is(j, "billion") || t.is(j, "thousand"));
    }

    private static void markNumberRun(Tokens t, int i, boolean[] taken) {
        int j = i;
        while (j < t.size && (t.isNum(j) || (t.isSymAny(j, ".-") && t.attached(j) && t.isNum(j + 1)))) {
            taken[j] = true;
            j++;
        }
    }

    /** An ordinal written in digits, "81st", "2nd", starting at token {@code i}. */
    private static boolean ordinalAt(Tokens t, int i) {
        return t.isNum(i) && t.attached(i + 1) && t.isAny(i + 1, Set.of("st", "nd", "rd", "th"));
    }

    /** The end of a street address starting with the number at {@code i}, or -1. */
    private static int addressEnd(Tokens t, int i) {
        int j = i + 1;
        int words = 0;
        while (words < 4 && !t.attached(j) && (t.capitalised(j) || ordinalAt(t, j))) {
            if (ordinalAt(t, j)) {
                j += 2; // "81st" in "129 West 81st Street"
                words++;
                continue;
            }
            if (STREET_TYPES.contains(t.lower(j)) && words > 0) {
                int end = j + 1;
                while (t.capitalised(end) && Set.of("north", "south", "east", "west", "ne", "nw", "se", "sw")
                        .contains(t.lower(end))) {
                    end++;
                }
                return end;
            }
            words++;
            j++;
            if (t.isSym(j, '.') && t.attached(j)) {
                j++;
            }
        }
        return -1;
    }

    /**
     * Whether the subject right before the verb at {@code verb} is a person named by a title ("the
     * founder", "Art Vandelay, its chairman,"): only names, commas and determiners may stand between.
     */
    private static boolean personTitleBefore(Tokens t, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 6); k--) {
            if (t.isAny(k, Lexicon.PERSON_TITLES)) {
                return true;
            }
            if (!(t.isSym(k, ',') || t.isAny(k, SUBJECT_DETERMINERS) || t.capitalised(k))) {
                return false;
            }
        }
        return false;
    }

    /** Words that join a second day to a month's first: "July 18 and 19", "March 3 or 4". */
    private static final Set<String> DAY_LINKS = Set.of("and", "or", "&");

    /**
     * The second day of a month written once: "on July 18 and 19", "on March 3 or 4", unless something counted
     * follows ("cut 300 on March 3 and 12 more later" keeps the 12, as does "12 staff").
     */
    private static boolean secondDayOfAMonth(Tokens t, int i) {
        if (i < 3 || t.length(i) > 2 || t.intValue(i) < 1 || t.intValue(i) > 31 || !t.isAny(i - 1, DAY_LINKS)
                || !t.isNum(i - 2) || t.length(i - 2) > 2 || !Lexicon.MONTHS.containsKey(t.lower(i - 3))) {
            return false;
        }
        return i + 1 >= t.size || !t.isWord(i + 1) || Lexicon.MONTHS.containsKey(t.lower(i + 1));
    }

    /** The first of two days written before their month: "on 14 and 15 November" (the month's date reads the 15). */
    private static boolean firstOfTwoDaysBeforeTheirMonth(Tokens t, int i) {
        return t.length(i) <= 2 && t.intValue(i) >= 1 && t.intValue(i) <= 31 && t.isAny(i + 1, DAY_LINKS)
                && t.isNum(i + 2) && t.length(i + 2) <= 2 && t.intValue(i + 2) <= 31
                && t.isWord(i + 3) && Lexicon.MONTHS.containsKey(t.lower(i + 3));
    }

    /**
     * A day and a month written with a slash, "27/10" or "10/27": one part is a day after the 12th,
     * the other a month, so it is no fraction ("1/3 of its staff" stays a figure).
     */
    private static boolean dayAndMonth(Tokens t, int i) {
        if (!(t.isSym(i + 1, '/') && t.attached(i + 1) && t.isNum(i + 2) && t.attached(i + 2))
                || t.length(i) > 2 || t.length(i + 2) > 2 || (t.isSym(i + 3, '/') && t.attached(i + 3))
                || (t.isSym(i - 1, '/') && t.attached(i))) {
            return false;
        }
        int a = t.intValue(i);
        int b = t.intValue(i + 2);
        return (a > 12 && a <= 31 && b >= 1 && b <= 12) || (b > 12 && b <= 31 && a >= 1 && a <= 12);
    }

    /**
     * A number closed by a full stop or a bracket that opens a line after nothing but markup, or comes
     * right after the tag that opens an item: a list item's number ("<p><strong>3. Vandelay
     * Industries.</strong>", "**5. Fewer, larger cheques.**", "... is simply wrong.</p><p><strong>4.
     * Krusty Burger.</strong>"), even where the sentence runs on from the line or the item before.
     */
    private static void markListItemNumbers(Tokens t, boolean[] taken) {
        for (int i = 0; i < t.size; i++) {
            if (t.isNum(i) && t.isSymAny(i + 1, ".)") && t.attached(i + 1) && !t.isNum(i + 2)
                    && (i + 2 >= t.size || !t.attached(i + 2) || t.isSymAny(i + 2, "<*"))
                    && (t.isSym(i - 1, '>') || opensALine(t, i))) {
                taken[i] = true;
            }
        }
    }

    /**
     * The sentence splitter ends a sentence at "vol." or "pp.": a sentence that opens with a number right
     * after such a label ("(vol. 612, pp. 44-51)") opens with the label's number.
     */
    private static boolean abbreviatedLabelBeforeTheSentence(Tokens t) {
        int c = t.start[0] - 1;
        while (c >= 0 && t.text.charAt(c) == ' ') {
            c--;
        }
        if (c < 1 || t.text.charAt(c) != '.') {
            return false;
        }
        int end = c;
        while (c > 0 && Character.isLetter(t.text.charAt(c - 1))) {
            c--;
        }
        return c < end && ABBREVIATED_LABELS.contains(t.text.substring(c, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** Only markup (tags, emphasis, heading marks) stands between the start of the line and token {@code i}. */
    private static boolean opensALine(Tokens t, int i) {
        int c = t.start[i] - 1;
        while (c >= 0) {
            char ch = t.text.charAt(c);
            if (ch == '\n') {
                return true;
            }
            if (ch == '>') {
                int open = t.text.lastIndexOf('<', c);
                if (open < 0 || t.text.lastIndexOf('\n', c) > open) {
                    return false;
                }
                c = open - 1;
            } else if (ch == '*' || ch == '#' || ch == '_' || ch == ' ' || ch == '\t') {
                c--;
            } else {
                return false;
            }
        }
        return true;
    }

    /** A date with slashes and a year, "25/11/2025" or "11/25/25": day, month and year, no fraction. */
    private static boolean slashDate(Tokens t, int i) {
        return t.length(i) <= 2 && t.isSym(i + 1, '/') && t.attached(i + 1) && t.isNum(i + 2) && t.attached(i + 2)
                && t.length(i + 2) <= 2 && t.isSym(i + 3, '/') && t.attached(i + 3) && t.isNum(i + 4)
                && t.attached(i + 4) && (t.length(i + 4) == 4 || t.length(i + 4) == 2)
                && t.intValue(i) >= 1 && t.intValue(i) <= 31 && t.intValue(i + 2) >= 1 && t.intValue(i + 2) <= 31;
    }

    /** Token {@code i} ends what came before: the end of the sentence, a line break, or closing punctuation. */
    private static boolean endsAPhrase(Tokens t, int i) {
        return i >= t.size || t.isSymAny(i, ".,;)") || t.text.lastIndexOf('\n', t.start[i]) > t.end[i - 1] - 1;
    }

    /**
     * The end of an address whose street word comes first, "2121 Avenue of the Stars", "5 Rue de la
     * Paix": the street word, then names and the small words inside them; -1 when there is none.
     */
    private static int streetFirstAddressEnd(Tokens t, int i) {
        int j = i + 1;
        if (t.attached(j) || !t.capitalised(j) || !LEADING_STREET_WORDS.contains(t.lower(j))
                || !(t.capitalised(j + 1) || t.isAny(j + 1, STREET_NAME_LINKS))) {
            return -1;
        }
        j++;
        int end = -1;
        for (int words = 0; words < 5 && j < t.size; words++, j++) {
            if (t.capitalised(j)) {
                end = j + 1;
            } else if (!t.isAny(j, STREET_NAME_LINKS)) {
                break;
            }
        }
        return end;
    }

    /**
     * A house number after its street ("Prins Bernhardplein 200, 1097 JB Amsterdam", "Friedrichstraße
     * 43, 10117 Berlin"), with the postal code after its comma: the end of both, or -1.
     */
    private static int houseNumberAfterStreet(Tokens t, int i) {
        if (!t.capitalised(i - 1) || t.attached(i) || t.length(i) > 4 || !streetSuffixed(t.lower(i - 1))) {
            return -1;
        }
        int end = i + 1;
        if (t.isSym(end, ',') && t.isNum(end + 1) && (t.length(end + 1) == 4 || t.length(end + 1) == 5)
                && t.capitalised(end + 2)) {
            end += 2;
        }
        return end;
    }

    private static boolean streetSuffixed(String word) {
        for (String suffix : STREET_SUFFIXES) {
            if (word.endsWith(suffix) && word.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /** The token after a number written with thousands separators or decimals ("12,000", "2.5"). */
    static int numberRunEnd(Tokens t, int i) {
        int j = i + 1;
        while (t.isSymAny(j, ",.") && t.attached(j) && t.isNum(j + 1) && t.attached(j + 1)) {
            j += 2;
        }
        return j;
    }
}
