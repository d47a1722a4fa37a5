package dev.factcheck.claims;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Word lists shared by the extraction steps. All lower case. */
final class Lexicon {

    /** Words that name people: one of them after a bare figure makes its unit "people". */
    static final Set<String> PEOPLE_HEADS = words("PEOPLE_HEADS",
            "people", "person", "persons", "employees", "employee", "workers", "worker", "jobs", "job", "roles",
            "role", "positions", "position", "staff", "staffers", "staffer", "engineers", "contractors",
            "managers", "recruiters", "members", "posts", "hires", "redundancies", "layoffs", "cuts", "colleagues",
            "associates");

    /** Jobs rather than the people in them: counted by cuts and hiring, never a workforce level. */
    static final Set<String> JOB_NOUNS = words("JOB_NOUNS", "jobs", "job", "roles", "role", "positions", "position",
            "posts");

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    /** Number words and their values; "hundred" and the scales are read by {@link SpelledNumbers}. */
    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    static final Map<String, Integer> WEEKDAYS = Map.of(
            "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    static final Map<String, Integer> ORDINAL_WORDS = Map.of(
            "first", 1, "second", 2, "third", 3, "fourth", 4);

    /** Capitalised words that do not start an organisation's name. */
    static final Set<String> NOT_NAMES = words("NOT_NAMES",
            "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "after", "before", "during", "since",
            "until", "as", "but", "and", "or", "so", "yet", "if", "when", "while", "although", "though",
            "because", "meanwhile", "however", "still", "also", "some", "many", "most", "several", "analysts",
            "investors", "employees", "workers", "staff", "layoffs", "revenue", "sales", "profit", "shares",
            "about", "around", "roughly", "approximately", "nearly", "almost", "over", "under", "more", "fewer",
            "less", "up", "just", "only", "last", "this", "that", "these", "those", "next", "earlier", "later",
            "its", "it", "their", "they", "he", "she", "we", "i", "you", "our", "there", "here", "such", "other",
            "another", "each", "every", "all", "both", "total", "overall", "combined", "together", "according",
            "separately", "elsewhere", "globally", "today", "yesterday", "tomorrow", "q", "h", "fy", "ceo",
            "cfo", "coo", "cto", "hr", "ai", "ipo", "sec", "us", "u", "s", "uk", "eu", "us$", "usd", "eur",
            "gbp", "europe", "asia", "china", "india", "japan", "germany", "france", "canada", "britain",
            "america", "seattle", "california", "washington", "london", "ireland", "brazil", "mexico",
            "reuters", "bloomberg", "wall", "street", "silicon", "valley", "new", "york", "chief", "executive",
            "president", "officer", "mr", "ms", "mrs", "dr", "inc", "corp", "ltd", "plc", "co", "llc",
            "section", "item", "page", "no", "what", "which", "who", "why", "how", "where", "not", "christmas",
            "easter", "thanksgiving",
            "then", "now", "again", "even", "despite", "instead", "among", "between", "through", "across",
            "against", "without", "within", "per", "than", "to", "of", "is", "was", "are", "were", "be", "has",
            "had", "have", "will", "would", "could", "should", "may", "might", "can", "said", "says",
            "quarter", "year", "years", "month", "week", "fiscal", "one", "two", "three", "four", "five",
            "ten", "twelve", "fourteen", "twenty", "hundreds", "thousands", "millions", "billions", "roles",
            "jobs", "positions", "headcount", "investment", "earnings", "income", "net", "operating",
            "cuts", "job", "workforce", "people", "company", "companies", "firm", "firms", "retailer",
            "group", "cloud", "division", "unit", "team", "office", "offices", "read", "note", "update",
            "updated", "contact", "call", "see", "visit", "email", "phone", "tel", "press", "source", "sources",
            "story", "report", "reported", "figures", "data", "first", "second", "third", "fourth", "half",
            "early", "late", "mid", "end", "start", "nobody", "everyone", "neither", "either", "near", "amid",
            "outside", "inside", "beyond", "yes", "correction",
            "suite", "floor", "room", "avenue", "road", "building", "filing", "form", "article", "chapter",
            "pacific", "eastern", "central", "mountain", "gmt", "utc", "et", "pt", "bst", "cet", "texas",
            "virginia", "ohio", "georgia", "arizona", "oregon", "indiana", "pennsylvania", "spain", "italy",
            "australia", "singapore", "korea", "taiwan", "poland", "netherlands", "sweden", "israel", "africa",
            "switzerland", "dublin", "paris", "berlin", "tokyo", "beijing", "bengaluru", "bangalore",
            "hyderabad", "toronto", "austin", "boston", "chicago", "atlanta", "redmond", "irvine", "wales",
            "scotland", "england", "u.s", "usa", "states", "united", "kingdom", "san", "francisco", "los",
            "angeles", "north", "south", "east", "west", "northern", "southern", "western", "internet",
            "xbox", "prime", "alexa", "series",
            // a company's own bodies, its rivals and the modifiers of a measure open sentences and bullets as
            // ordinary words ("Management hired like it was 2021", "The Board expects", "- Average realised price")
            "management", "board", "rivals", "competitors", "peers", "average", "median", "gross", "adjusted",
            "annual", "underlying");

    /** Words after a capitalised name that show it is the subject doing something. */
    static final Set<String> SUBJECT_VERBS = words("SUBJECT_VERBS",
            "cut", "cuts", "said", "says", "will", "would", "is", "was", "has", "had", "have", "plans",
            "planned", "announced", "announces", "laid", "lays", "laying", "employs", "employed", "reported",
            "reports", "posted", "posts", "invested", "invests", "eliminated", "eliminates", "shed", "sheds",
            "slashed", "slashes", "confirmed", "confirms", "expects", "expected", "added", "adds", "hired",
            "hires", "raised", "raises", "earned", "earns", "made", "makes", "booked", "books", "generated",
            "generates", "recorded", "records", "told", "trimmed", "trims", "axed", "axes", "let", "reduced",
            "reduces", "disclosed", "discloses", "unveiled", "agreed", "agrees", "did", "does", "could", "may",
            "might", "also", "then", "now", "recently", "last", "this", "intends", "aims", "wants",
            "put", "puts", "pumped", "poured", "took", "takes", "sold", "sells", "spent", "spends", "grew",
            "grows", "saw", "sees", "lost", "loses", "dismissed", "fired", "are", "were", "got", "gets",
            "began", "begins", "started", "starts", "notified", "informed", "bought", "buys", "acquired",
            "backed", "backs", "committed", "commits", "pledged", "pledges", "owns", "owned", "holds", "held",
            "already", "still", "on", "in", "and", "which", "whose", "itself", "first");

    /** Prepositions after which a name is a place or a counterparty, not the clause's subject. */
    static final Set<String> PREPOSITIONS = words("PREPOSITIONS",
            "in", "into", "at", "to", "from", "with", "for", "of", "by", "on", "across", "throughout", "within",
            "near", "outside", "after", "before", "than", "like", "unlike", "behind", "versus", "vs", "against",
            "including", "about", "over", "among", "via", "toward", "towards", "onto", "rival", "rivals");

    /** Prepositions after which an unknown name is most likely a place. */
    static final Set<String> PLACE_PREPOSITIONS = words("PLACE_PREPOSITIONS",
            "in", "across", "throughout", "within", "near", "outside", "from", "to", "into");

    /** Words before a name that make it a person. */
    static final Set<String> PERSON_TITLES = words("PERSON_TITLES",
            "ceo", "chief", "executive", "officer", "president", "founder", "cofounder", "co", "spokesperson",
            "spokesman", "spokeswoman", "analyst", "mr", "ms", "mrs", "dr", "chairman", "chairwoman", "chair",
            "head", "director", "manager", "boss", "secretary", "senator", "minister", "governor", "economist",
            "professor", "reporter", "engineer", "cfo", "coo", "cto", "vp", "leader", "partner", "investor",
            "author", "writer", "researcher");

    static final Set<String> SPEECH_VERBS = words("SPEECH_VERBS",
            "said", "says", "told", "wrote", "writes", "added", "explained", "noted", "argued", "warned");

    /**
     * The one list of words that say a clause states a plan or an expectation. A figure in such a
     * clause borrows no period from another clause ({@link PeriodStage}), and a month or day written
     * without its year after one of them is the next such month or day ("will cut 500 jobs in
     * February", {@link PeriodFinder}), except after "would": "said it would cut 6,000 jobs on May 13" is
     * reported speech, dated when it was said.
     */
    static final Set<String> FUTURE_CUES = words("FUTURE_CUES",
            "will", "would", "plans", "plan", "planned", "aims", "intends", "expects", "expect", "expected", "wants",
            "scheduled");

    /**
     * Nouns of an outlook: "its full-year forecast" looks ahead, and a figure in a clause that names one
     * is a prediction when its period runs past publication ("narrowed its full-year forecast to
     * between $10.3 billion and $10.6 billion").
     */
    static final Set<String> OUTLOOK_NOUNS = words("OUTLOOK_NOUNS", "forecast", "forecasts", "guidance", "outlook", "target");

    /** Verbs that tell an outlook: "guided for full-year revenue of about $13 billion", "now sees full-year sales". */
    static final Set<String> OUTLOOK_VERBS = words("OUTLOOK_VERBS",
            "forecast", "forecasts", "guided", "guides", "projected", "projects", "predicted", "predicts", "sees");

    /** Whether token {@code i} names an outlook, as a noun or a verb. */
    static boolean outlookAt(Tokens t, int i) {
        return t.isAny(i, OUTLOOK_NOUNS) || t.isAny(i, OUTLOOK_VERBS);
    }

    /**
     * Whether token {@code i} marks the future: a word of {@link #FUTURE_CUES}, or the "to" of a
     * headline's infinitive right after its opening name ("Initech to lay off 1,500 in October").
     */
    static boolean futureAt(Tokens t, int i) {
        if (t.isAny(i, FUTURE_CUES)) {
            return !pastExpectation(t, i);
        }
        if (t.is(i, "on") && t.isAny(i + 1, HEADINGS) && (t.is(i + 2, "for") || t.is(i + 2, "to"))) {
            return true; // "it is on course for a little over $3.1 billion this year": a projection
        }
        if (!t.is(i, "to") || i == 0 || !t.isWord(i + 1) || t.capitalised(i + 1)) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (!t.capitalised(k) && !t.isSymAny(k, ".&'")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "better than expected", "as planned", "a rebound few expected after it cut 1,100": an expectation
     * told of the past, closed by its comparison or by the clause after it, looks ahead of nothing.
     */
    private static boolean pastExpectation(Tokens t, int i) {
        if (!t.is(i, "expected") && !t.is(i, "planned")) {
            return false;
        }
        return t.is(i - 1, "than") || t.is(i - 1, "as") || i + 1 >= t.size || t.isSymAny(i + 1, ",.;")
                || t.isAny(i + 1, EXPECTATION_CLOSERS);
    }

    /** What a company is "on" when a figure lies ahead of it: "on course for", "on track to", "on pace for". */
    private static final Set<String> HEADINGS = Set.of("course", "track", "pace");

    /** Words that open the clause after a past "expected": "few expected after it cut 1,100 jobs". */
    private static final Set<String> EXPECTATION_CLOSERS = Set.of("after", "when", "because", "since", "until", "while");

    /**
     * Nouns for a whole market, many organisations at once: a statistic about one ("the warehouse-robot
     * market will grow 14%") is no organisation's claim, and a figure "across the sector" has no entity.
     */
    static final Set<String> WHOLE_MARKETS = words("WHOLE_MARKETS", "market", "industry", "sector", "economy", "country");

    /**
     * Nouns for the places a chain sells from, which news copy uses one for another: a catalog metric
     * named by one of them ("stores") counts what any of them counts ("runs 312 showrooms", "operates
     * 890 restaurants", "ended September with 2,198 company-run sites").
     */
    static final Set<String> PLACES_OF_SALE = words("PLACES_OF_SALE",
            "stores", "shops", "outlets", "locations", "showrooms", "branches", "restaurants", "sites", "boutiques",
            "dealerships", "supermarkets", "pharmacies", "cafes", "taprooms", "pubs", "salons", "gyms", "clinics",
            "stations", "forecourts");

    /**
     * People a company serves, not employs: counted after a figure ("serves roughly 7,500 shippers", "a
     * loyalty scheme with more than 11 million members"), they are no one's workforce.
     */
    static final Set<String> CUSTOMERS = words("CUSTOMERS",
            "customers", "clients", "users", "subscribers", "shippers", "members", "shoppers", "visitors",
            "passengers", "patients", "students", "readers", "viewers", "listeners", "riders", "guests", "buyers",
            "sellers", "merchants", "advertisers", "followers", "fans", "households", "policyholders", "diners");

    /**
     * People a company serves are counted within {@code within} words from {@code at}, before any people
     * it employs; "members" only right after the figure ("19,400 team members" are staff).
     */
    static boolean customersWithin(Tokens t, int at, int within) {
        for (int k = at; k < t.size && k < at + within && t.isWord(k); k++) {
            if (CUSTOMERS.contains(t.lower(k)) && (k == at || !t.is(k, "members"))) {
                return true;
            }
            if (peopleNoun(t.lower(k))) {
                return false; // "3,000 staff members"
            }
        }
        return false;
    }

    /** Superlatives of size: "its biggest round ever", a "Largest cut" column. */
    static final Set<String> LARGEST = words("LARGEST", "largest", "biggest", "deepest", "highest", "heaviest", "most");

    /** Superlatives of smallness: "its smallest since 2024". */
    static final Set<String> SMALLEST = words("SMALLEST", "smallest", "lowest", "fewest", "least", "shallowest");

    /** Words that mark a comparison around a figure. */
    static final Set<String> COMPARISON_WORDS = words("COMPARISON_WORDS",
            "than", "compared", "versus", "vs", "rose", "risen", "rising", "rises", "fell", "fallen", "falling",
            "falls", "grew", "grown", "growing", "grows", "increased", "increase", "increases", "decreased",
            "decrease", "declined", "decline", "declines", "jumped", "jumps", "dropped", "drops", "doubled",
            "tripled", "climbed", "climbs", "slipped", "slid", "surged", "soared", "plunged", "up", "down",
            "higher", "lower", "shrank", "shrunk", "shrinks", "shrinking");

    private Lexicon() {
    }

    /**
     * An immutable word list. A word listed twice is refused when the class loads: it is a slip of
     * editing (two people adding the same word, or one meant as another) that a set would hide.
     */
    static Set<String> words(String list, String... words) {
        Set<String> set = new HashSet<>();
        for (String word : words) {
            if (!set.add(word)) {
                throw new IllegalArgumentException("Lexicon." + list + " lists \"" + word + "\" twice");
            }
        }
        return Set.copyOf(set);
    }

    /** A word of {@link #PEOPLE_HEADS}, or a compound of "people" or "workers" ("salespeople", "autoworkers"). */
    static boolean peopleNoun(String lower) {
        return PEOPLE_HEADS.contains(lower) || (lower.length() > "people".length() && lower.endsWith("people"))
                || (lower.length() > "workers".length() && lower.endsWith("workers"));
    }

    /** A people noun among the {@code within} word tokens from {@code at}. */
    static boolean peopleNounWithin(Tokens t, int at, int within) {
        int seen = 0;
        for (int k = at; k < t.size && seen < within; k++) {
            if (!t.isWord(k)) {
                if (t.isSym(k, '-')) {
                    continue;
                }
                return false;
            }
            if (peopleNoun(t.lower(k))) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
