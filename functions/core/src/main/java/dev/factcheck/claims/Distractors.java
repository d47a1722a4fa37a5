package dev.factcheck.claims;

import dev.factcheck.catalog.Dimension;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Figures that were read but are still no claim, for what they count or whose they are: counts and
 * measures of things no record holds, ranked groups, round numbers said for "many", the writer's own
 * doings, statistics of a market, an economy or a population, pay and prices of things, studies,
 * ratios and examples. {@link NonClaims} marks the tokens that never become figures (dates, phone
 * numbers, ages, addresses); these rules need the figure and its sentence.
 *
 * <p>Longer than 300 lines on purpose: one small rule per kind of distractor, each a few lines with
 * its word list, and the one place that says which figures read are still no claim.
 */
final class Distractors {

    /**
     * Things a bare count may count that no reference record holds: places (countries, states,
     * offices), languages, and parts of a building or a document (floors, rows, pages).
     */
    private static final Set<String> UNRECORDED_THINGS = Set.of(
            "countries", "states", "continents", "cities", "regions", "provinces", "territories", "languages",
            "offices", "floors", "storeys", "rows", "pages", "columns", "chapters", "markets", "zones", "depots", "hubs",
            "plants", "factories", "mills", "beds", "seats", "rooms", "bedrooms", "classrooms");

    /**
     * Parts of a document, a plan or a show that a number joined by a hyphen describes: "a 10-part
     * series", "a 12-page report", "a 5-point plan".
     */
    private static final Set<String> PARTS_OF_A_WHOLE = Set.of(
            "part", "page", "point", "step", "chapter", "episode", "volume", "stage", "phase", "storey", "floor");

    /** Prices under this many units of a currency, unscaled, are prices of things, not an organisation's money. */
    private static final BigDecimal PRICE_LIMIT = BigDecimal.valueOf(1000);

    /**
     * Words that make a small sum of money a share price or an offer for shares: "shares fell 2.3% to
     * $41.17", "the stock, at $97.40", "Initech closed at $41.17", "priced its IPO at $17".
     */
    private static final Set<String> STOCK_WORDS = Set.of("shares", "share", "stock", "stocks", "adrs", "ipo");

    /**
     * Verbs of a market that make a small sum a share price when they stand in its clause before it: "Initech
     * closed at $41.17", "it opened at $38". Elsewhere in the sentence they mean something else ("opened its
     * first café in 1994; a flat white there now costs $5.75").
     */
    private static final Set<String> TRADING_VERBS = Set.of("closed", "closing", "traded", "trading", "trades",
            "opened", "bid");

    /** Words after "a" or "per" that make a sum a price of one unit: "$2.79 a gallon", "€1.10 per share". */
    private static final Set<String> PER_WORDS = Set.of("a", "an", "per", "each");

    /** What a bare number is the value of, not a quantity: "converted at the average rate of 1.17". */
    private static final Set<String> RATE_WORDS = Set.of("rate", "rates", "ratio", "ratios", "multiple");

    /** How many words may open a sentence before its study: "A 2024 industry survey". */
    private static final int OPENING_PHRASE_WORDS = 5;

    /** Studies whose sample and findings are no organisation's: "a survey of 312 stories found 41 that ...". */
    private static final Set<String> STUDY_WORDS = Set.of("survey", "study", "poll", "census", "sample");

    /** What a writer counts with: "Our tally of disclosed rounds fell to 41". */
    private static final Set<String> COUNTING_NOUNS = Set.of(
            "tally", "count", "tracker", "database", "analysis", "reckoning", "survey", "list", "data");

    /** How many tokens after "into" may name the organisations in general it went into: "into health-technology start-ups". */
    private static final int MARKET_TARGET_TOKENS = 8;
    /**
     * Plural nouns for organisations: as a bare subject ("Freight-technology companies have shed more
     * than 4,000 jobs") they mean a whole market, not organisations the text named.
     */
    private static final Set<String> ORGANISATION_PLURALS = Set.of(
            "companies", "firms", "businesses", "employers", "startups", "retailers", "banks", "lenders", "insurers",
            "carmakers", "automakers", "chipmakers", "drugmakers", "airlines", "manufacturers", "suppliers",
            "carriers", "brands", "chains", "platforms", "providers", "operators", "producers", "makers", "developers",
            "builders", "housebuilders", "studios", "miners");

    /**
     * Units of length, area, weight, temperature and energy: no record holds "10 miles", "30 acres", "1.2
     * million square feet" or "40 degrees".
     */
    private static final Set<String> MEASURES = Set.of(
            "mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km", "metre", "metres", "meter",
            "meters", "feet", "foot", "ft", "inch", "inches", "yards", "acre", "acres", "hectare", "hectares",
            "square", "sq", "degrees", "degree", "tonnes", "tons", "pounds", "lbs", "kg", "kilograms", "litres",
            "liters", "gallons", "megawatts", "mw", "gigawatts", "gw", "kwh", "barrels", "kb", "mb", "gb", "tb",
            "mbps", "gbps", "hz", "khz", "mhz", "ghz", "mph", "kph", "mah", "watts", "kw", "megapixels", "mp", "mm", "cm",
            "nm", "micron", "microns", "millimetres", "millimeters", "centimetres", "centimeters", "ounces", "oz",
            "gigabyte", "gigabytes", "terabyte", "terabytes", "petabyte", "petabytes", "megabytes");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Words of a rating: "rated 4.5 out of 5 stars", "a score of 82", "a 4.9 rating". */
    private static final Set<String> RATING_WORDS = Set.of("rated", "rating", "scored", "score", "stars", "star");

    /**
     * Statistics of a whole economy: "Inflation rose to 3.2%", "unemployment fell to 4.1%", "The 10-year
     * Treasury yield climbed to 4.6%", "The corporate tax rate is 21%".
     */
    private static final Set<String> ECONOMY_WORDS = Set.of("inflation", "unemployment", "gdp", "cpi", "jobless", "payrolls");

    /**
     * Commodities and currencies whose price or move a market story quotes: "Brent crude was down 1.2%",
     * "Pulp prices have climbed 18%", "sterling fetched $1.312".
     */
    private static final Set<String> TRADED_THINGS = Set.of(
            "crude", "oil", "brent", "wti", "gold", "silver", "copper", "aluminium", "aluminum", "nickel", "bitcoin",
            "ether", "wheat", "corn", "soybeans", "pulp", "lumber", "diesel", "gasoline", "petrol", "coal", "cocoa",
            "coffee", "sterling", "bullion", "mortgage", "mortgages");

    /** Verbs that move a statistic or a price, right after its subject: "unemployment rose to 5.8%", "gold traded at". */
    private static final Set<String> MOVES = Set.of(
            "rose", "fell", "climbed", "dropped", "eased", "held", "jumped", "slipped", "edged", "ticked", "hit", "stood",
            "was", "is", "were", "are", "has", "have", "had", "traded", "fetched", "gained", "lost", "slid", "surged",
            "tumbled", "rallied", "settled", "increased", "decreased", "declined", "grew", "shrank", "remained", "came",
            "closed", "ended", "finished", "opened", "averaged");

    /** Names of stock indexes: "the Dow fell 0.4%", "the FTSE 250 lost 31 points". */
    static final Set<String> STOCK_INDEXES = Set.of(
            "dow", "ftse", "nasdaq", "russell", "stoxx", "dax", "nikkei", "cac", "kospi", "nifty", "sensex", "topix");

    /** Prices as the subject of a statistic: "Pulp prices have climbed 18%", "The average price of a new car rose". */
    private static final Set<String> PRICE_NOUNS = Set.of("prices", "price");

    /** Words that make a subject the whole world's: "global smartphone shipments fell 3.2%". */
    private static final Set<String> WHOLE_WORLD = Set.of("global", "worldwide", "nationwide", "industry-wide");

    /** How far before a figure the subject of a statistic may stand: "unemployment rose to 5.8% in July from 4.9%". */
    private static final int STATISTIC_WINDOW = 12;

    /** A statistic, not a quantity of an organisation: "the county's median household income of $52,300". */
    private static final Set<String> STATISTIC_WORDS = Set.of("median");

    /** Rates and yields, a whole economy's only after one of {@link #ECONOMY_RATES}: "the corporate tax rate". */
    private static final Set<String> RATES = Set.of("rate", "rates", "yield", "yields");

    /** What makes a rate an economy's: "interest rates", "The Fed raised rates", "the 10-year Treasury yield". */
    private static final Set<String> ECONOMY_RATES = Set.of(
            "interest", "mortgage", "tax", "exchange", "treasury", "bond", "policy", "benchmark", "lending", "fed",
            "inflation", "unemployment", "jobless", "gilt", "bund", "bank", "base", "repo", "national", "nationwide");

    /** Currencies as subjects of an exchange rate: "The euro traded at $1.08". */
    private static final Set<String> CURRENCIES = Set.of(
            "euro", "dollar", "pound", "sterling", "yen", "yuan", "franc", "rupee", "peso", "won");

    /** People in general whose share a survey counts: "About 60% of Americans shop at Amazon". */
    private static final Set<String> POPULATIONS = Set.of(
            "americans", "britons", "europeans", "germans", "consumers", "adults", "shoppers", "households",
            "respondents", "voters", "teenagers", "parents", "citizens", "residents", "taxpayers");

    /**
     * People counted at an event, not by an organisation: "1,900 exhibitors, 68,000 visitors", "in front of
     * 300 spectators".
     */
    private static final Set<String> CROWDS = Set.of(
            "exhibitors", "visitors", "attendees", "spectators", "delegates", "fans", "onlookers", "protesters");

    /** People at an event, whoever holds it: "Microsoft's Ignite drew 14,000 attendees". */
    private static final Set<String> ATTENDEES = Set.of("exhibitors", "attendees", "spectators", "delegates");

    /** Groups that watch: "in front of maybe 300 people", "a crowd of 2,000". */
    private static final Set<String> AUDIENCES = Set.of("crowd", "audience", "gathering");

    /** What a percentage of a product's performance describes: "99.99% uptime", "30% faster". */
    private static final Set<String> PERFORMANCE_WORDS = Set.of(
            "uptime", "availability", "accuracy", "efficiency", "faster", "slower", "cheaper", "lighter", "smaller",
            "quieter", "brighter", "thinner", "stronger");

    /** Taxes and duties whose rate is a law's, not a company's: "10.25% Chicago sales tax", "a 25% tariff". */
    private static final Set<String> TAXES = Set.of("tax", "taxes", "vat", "tariff", "tariffs", "duty", "duties", "levy");

    /** Verbs that state the price of a thing: "A good welding robot costs $85,000", "retails at $1,299". */
    private static final Set<String> PRICE_VERBS = Set.of(
            "costs", "cost", "retails", "retail", "sells", "sell", "priced", "starts", "starting");

    /** Small words between a price verb and its sum: "costs about $85,000", "sells for $8.49", "starts at". */
    private static final Set<String> PRICE_LINKS = Set.of(
            "at", "for", "about", "around", "roughly", "from", "just", "only", "under", "over");

    /** Nouns for a figure itself: "if the true figure is 8,600", "that total" ({@link Discourse} reads them too). */
    static final Set<String> FIGURE_NOUNS = Set.of("figure", "number", "total", "sum", "tally", "count");

    /** Nouns for an organisation in general after "a": "A company that ...", "A listed firm which ...". */
    private static final Set<String> GENERIC_ORGANISATIONS = Set.of(
            "company", "firm", "employer", "business", "retailer", "bank", "group", "chain", "manufacturer", "maker",
            "startup", "lender", "insurer", "carrier", "airline", "brand");

    /** Pronouns that open a relative clause: "a company that cut", "an employer which". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");

    /** Words after a quoted figure that talk about the words, not the company: '"6% of staff" really means'. */
    private static final Set<String> WORDS_ABOUT_WORDS = Set.of("is", "was", "means", "meant", "really", "sounds");
    /** Words after a list of quoted wordings that talk about them: '"up to 2,000" and "as many as 2,000" are ceilings'. */
    private static final Set<String> LIST_VERBS = Set.of("are", "were", "all", "both", "mean", "sound", "say");
    /** The most tokens a quoted wording may take: "as many as 2,000". */
    private static final int QUOTED_WORDING = 8;

    /** Words that may open a clause before its subject: "while tech firms cut", "as retailers closed". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "as", "whereas", "though",
            "although", "when", "since", "because", "so", "yet");

    /** Words that make a plural noun the organisations the text named: "the companies", "both firms". */
    private static final Set<String> DEFINITE_BEFORE_PLURAL = Set.of(
            "the", "these", "those", "both", "its", "their", "our", "his", "her", "such", "two", "three", "four",
            "five", "six", "all");

    /** Superlatives that rank a group: "the 20 largest retailers", "the 10 best-performing stocks". */
    private static final Set<String> RANKING_WORDS = Set.of(
            "largest", "biggest", "smallest", "best", "worst", "fastest", "slowest", "richest", "oldest", "newest",
            "highest", "lowest", "most", "least", "top");

    /** Round numbers that prose uses for "many": "copied into a hundred stories". */
    private static final Set<String> ROUND_SCALES = Set.of("hundred", "thousand", "million");

    /** What the subject of a person's pay names: "the starting salary for a chip designer is $185,000". */
    private static final Set<String> PAY_WORDS = Set.of("salary", "salaries", "wage", "wages");

    /**
     * The noun at {@code k} ends a phrase after "of", past the words that describe it: "Amazon's share of
     * the US e-commerce market is 38%" is Amazon's, not the market's.
     */
    private static boolean ofSomething(Tokens t, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
            if (t.isAny(j, Lexicon.PREPOSITIONS)) {
                return t.is(j, "of"); // "imports across the industry rose 12%" stays the industry's
            }
            if (!(t.isWord(j) || (t.isSym(j, '-') && t.attached(j)))) {
                return false;
            }
        }
        return false;
    }

    /** Kinds of work as a whole, whose statistics no organisation owns: "expect the occupation to grow 9%". */
    private static final Set<String> OCCUPATIONS = Set.of("occupation", "occupations", "profession", "professions");

    /** Verbs of a forecast after "to": "the market to grow 14%". */
    private static final Set<String> GROWING = Set.of("grow", "rise", "expand", "shrink", "fall", "decline", "reach");

    /** Verbs by which a whole market counts its people: "the paper industry employs roughly 21,000 people". */
    private static final Set<String> EMPLOYING = Set.of("employs", "employed", "supports", "supported", "counts");

    /** Verbs that follow the subject of a statistic: "the market will grow", "the salary is". */
    private static final Set<String> STATISTIC_VERBS = Set.of(
            "will", "would", "could", "may", "is", "was", "are", "were", "has", "had", "have", "grew", "grows",
            "shrank", "shrinks", "expanded", "expands", "stood", "stands", "reached", "reaches", "hit");

    private Distractors() {
    }

    /**
     * Whether a figure that was read is still no claim, for what it counts or whose it is: a count of
     * things no record holds, a ranked group, a round number said for "many", the writer's own
     * doings, or a market-wide statistic. Each rule looks at a few tokens around the figure.
     */
    static boolean any(SentenceContext sentence, Figure f) {
        return countOfUnrecordedThings(sentence, f) || rankedGroup(sentence, f) || roundNumberForMany(sentence, f)
                || writersOwnCount(sentence, f) || marketOrPayFigure(sentence, f) || priceOfAThing(sentence, f)
                || valueOfARate(sentence, f) || studySampleOrFinding(sentence, f) || numberedItems(sentence, f)
                || example(sentence, f) || measureOfSpaceOrARating(sentence, f) || topOfARanking(sentence, f)
                || economyFigure(sentence, f) || shareOfAPopulation(sentence, f) || partOfARatio(sentence, f)
                || rangeOfAges(sentence, f) || probability(sentence, f) || crowdAtAnEvent(sentence, f)
                || productPerformance(sentence, f) || statistic(sentence, f) || sampleOfAStudy(sentence, f)
                || priceTarget(sentence.tokens(), f)
                || launchPrice(sentence, f) || personsPay(sentence, f) || populationOfAPlace(sentence, f)
                || threshold(sentence, f) || capSetOnOthers(sentence, f) || analystsConsensus(sentence.tokens(), f)
                || payPerPerson(sentence.tokens(), f);
    }

    private static final Set<String> CAPPING = Set.of("capped", "pegged");
    private static final Set<String> AT_OR_TO = Set.of("at", "to");

    /**
     * A cap set in the passive, with no organisation named before it in its clause and no people counted:
     * "Rail fares, meanwhile, are capped by regulators at 2.5% annual increases", "the rouble was pegged at
     * 90 to the dollar" (a rule, no organisation's figure). "Initech capped its spending at $2 billion" is
     * Initech's, and "cuts were capped at 500 roles" counts people.
     */
    private static boolean capSetOnOthers(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        if (!t.isAny(f.startTok - 1, AT_OR_TO)) {
            return false;
        }
        for (int k = f.startTok - 2; k >= Math.max(1, f.startTok - 6); k--) {
            if (t.isAny(k, CAPPING) && t.isAny(k - 1, FORMS_OF_BE)) {
                return !organisationInClauseBefore(sentence, f) && !Lexicon.peopleNounWithin(t, f.endTok, 2);
            }
        }
        return false;
    }

    /** Who makes a consensus or an estimate: "the $2.7 billion analysts had pencilled in". */
    private static final Set<String> FORECASTERS = Set.of("analysts", "economists", "forecasters");

    /**
     * What analysts expected, not what the company did: "topped the $4.7 billion consensus", "a consensus of
     * $4.7 billion", "trailed the $2.7 billion analysts had pencilled in". The company's own forecast is a
     * prediction and stays a claim ("narrowed its forecast to $10.3 billion").
     */
    private static boolean analystsConsensus(Tokens t, Figure f) {
        if (f.unit == null || f.unit.dimension() != Dimension.CURRENCY) {
            return false;
        }
        boolean after = t.is(f.endTok, "consensus") || (t.isAny(f.endTok, FORECASTERS) && t.is(f.startTok - 1, "the"));
        int of = f.startTok - 1;
        boolean before = t.is(of, "of") && (t.is(of - 1, "consensus") || t.is(of - 2, "consensus"));
        return after || before;
    }

    /** Pay of one person, in the plural after its sum: "$1.5 million retention packages", "$400,000 salaries". */
    private static final Set<String> PAY_PER_PERSON = Set.of("packages", "salaries", "bonuses", "pay-packets");

    /** A sum followed, past one word at most, by pay in the plural: each person's pay, no organisation's money. */
    private static boolean payPerPerson(Tokens t, Figure f) {
        if (f.unit == null || f.unit.dimension() != Dimension.CURRENCY) {
            return false;
        }
        return t.isAny(f.endTok, PAY_PER_PERSON) || (t.isWord(f.endTok) && !t.isAny(f.endTok, Lexicon.PREPOSITIONS)
                && t.isAny(f.endTok + 1, PAY_PER_PERSON)); // "paid $40 million in bonuses" is the company's
    }

    /** Words that bound a threshold before its figure: "companies with more than 1,000 employees". */
    private static final Set<String> BOUND_WORDS = Set.of(
            "more", "than", "fewer", "less", "at", "least", "over", "under", "above", "below", "no", "just", "up", "to");

    /** Prepositions that set a threshold right before its figure: "every acquisition under $50 million". */
    private static final Set<String> THRESHOLD_PREPOSITIONS = Set.of(
            "above", "under", "over", "below", "exceeding", "beyond");

    /** Words that quantify over cases: "every acquisition", "any deal", "only rounds", "anything above 10%". */
    private static final Set<String> EVERY = Set.of("every", "any", "each", "all", "only");
    private static final Set<String> ANYTHING = Set.of("anything", "anyone", "everything", "any");

    /** Nouns that make the sum before them a threshold: "our $300 million cut-off", "a $50 million threshold". */
    private static final Set<String> THRESHOLD_NOUNS = Set.of("threshold", "thresholds", "cutoff", "hurdle");

    private static final Set<String> INDEFINITE_OR_EVERY = Set.of("a", "an", "any", "every", "each");

    /**
     * A threshold, no organisation's figure: a bound on organisations in general ("we track companies with
     * more than 1,000 employees", "at a US company with more than 10,000 employees", "firms with 50 or more
     * staff"), a sum before a noun of a threshold ("just under our $300 million cut-off", "a $50 million
     * threshold"), or a bound over every case ("every acquisition under $50 million", "Anything above 10%
     * means a shutdown"). "Initech, a company with more than 37,000 employees," names its organisation and
     * stays a claim.
     */
    private static boolean threshold(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int after = f.endTok;
        if (t.isAny(after, THRESHOLD_NOUNS) || (t.is(after, "cut") && t.isSym(after + 1, '-') && t.is(after + 2, "off"))) {
            return true;
        }
        if (t.isAny(f.startTok - 1, THRESHOLD_PREPOSITIONS)) {
            int k = f.startTok - 2;
            if (t.isAny(k, ANYTHING)) {
                return true; // "Anything above 10%"
            }
            for (int q = k - 1; q >= Math.max(0, k - 2); q--) {
                if (t.isAny(q, EVERY)) {
                    return true; // "every acquisition under $50 million"
                }
                if (!t.isWord(q)) {
                    break;
                }
            }
        }
        return boundOnOrganisationsInGeneral(sentence, f) || sizeOfAGroupInGeneral(t, f);
    }

    private static final Set<String> OPEN_ENDS = Set.of("more", "fewer", "less", "above", "over", "up");

    /**
     * The least or most size of groups in general: "$49 per seat for teams of 10 or more", "orders of 500 or
     * fewer". "cut 500 or more jobs" and "layoffs of 500 or more" count people.
     */
    private static boolean sizeOfAGroupInGeneral(Tokens t, Figure f) {
        int of = f.startTok - 1;
        boolean plural = t.isWord(of - 1) && !t.capitalised(of - 1) && t.lower(of - 1).endsWith("s")
                && !t.isAny(of - 1, Lexicon.PEOPLE_HEADS); // "layoffs of 500 or more" are cuts
        return f.unit == null && t.is(of, "of") && plural && (t.is(f.endTok, "or") || t.is(f.endTok, "and"))
                && t.isAny(f.endTok + 1, OPEN_ENDS);
    }

    /** "companies with more than 1,000 employees", "a US company with at least 10,000 staff", "firms with 50 or more staff". */
    private static boolean boundOnOrganisationsInGeneral(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int k = f.startTok - 1;
        boolean bound = false;
        while (k >= f.startTok - 3 && t.isAny(k, BOUND_WORDS)) {
            bound = true;
            k--;
        }
        int afterFigure = Lexicon.peopleNounWithin(t, f.endTok, 1) ? f.endTok + 1 : f.endTok;
        bound |= t.is(f.endTok, "or") && t.isAny(f.endTok + 1, BOUND_WORDS)
                || t.is(afterFigure, "or") && t.isAny(afterFigure + 1, BOUND_WORDS);
        if (!bound || !t.is(k, "with")) {
            return false;
        }
        int noun = k - 1;
        boolean plural = t.isAny(noun, ORGANISATION_PLURALS) || (t.is(noun, "ups") && t.isSym(noun - 1, '-'));
        boolean general = plural;
        if (!plural && t.isAny(noun, GENERIC_ORGANISATIONS)) {
            for (int q = noun - 1; q >= Math.max(0, noun - 5) && (t.isWord(q) || t.isSym(q, '-')); q--) { // "a typical mid-sized retailer"
                if (t.isAny(q, INDEFINITE_OR_EVERY)) {
                    general = true;
                    break;
                }
            }
        }
        return general && !(t.capitalised(noun) && noun > 0) && !organisationBetween(sentence, -1, noun);
    }

    /** "The mill town of Millbrook, population 6,200", "a city with a population of about 90,000": no organisation's figure. */
    private static boolean populationOfAPlace(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int k = f.startTok - 1;
        if (t.isAny(k, HEDGES_BEFORE_A_POPULATION)) {
            k--;
        }
        if (t.is(k, "of")) {
            k--;
        }
        return f.unit == null && t.is(k, "population");
    }

    /** Hedges between "population of" and its figure. */
    private static final Set<String> HEDGES_BEFORE_A_POPULATION = Set.of("about", "around", "roughly", "some", "nearly",
            "almost", "just", "over", "under");

    /**
     * A bare count of places, languages or parts of a building or a document ("sells in 90
     * countries", "its 41 floors of laboratories", "a spreadsheet with 212 rows"), unless a metric of
     * the catalog names them.
     */
    private static boolean countOfUnrecordedThings(SentenceContext sentence, Figure f) {
        if (f.unit != null || f.scaled) {
            return false;
        }
        Tokens t = sentence.tokens();
        if (t.isSym(f.endTok, '-') && t.attached(f.endTok) && t.attached(f.endTok + 1)
                && t.isAny(f.endTok + 1, PARTS_OF_A_WHOLE)) {
            return true; // "our 10-part series"
        }
        for (int k = f.endTok; k < Math.min(t.size, f.endTok + 2) && t.isWord(k); k++) {
            if (Lexicon.PEOPLE_HEADS.contains(t.lower(k)) || cueAt(sentence, k)) {
                return false;
            }
            if (UNRECORDED_THINGS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A small sum of money, under 1,000 units and written without a scale, is the price of a thing
     * ("Regular unleaded averaged $2.79 a gallon", "I once paid $19 for a T-shirt"), not an organisation's
     * money, unless the sentence speaks of the company's shares (a share price, "Shares fell 2.3% to
     * $41.17", or an amount per share, "a dividend of 20 cents a share", a claim in claims.txt) or a known
     * organisation acts before it in its clause ("Amazon paid $500 for it"). Table cells keep their
     * column's meaning.
     */
    private static boolean priceOfAThing(SentenceContext sentence, Figure f) {
        if (f.unit == null || f.unit.dimension() != Dimension.CURRENCY || f.scaled) {
            return false;
        }
        Tokens t = sentence.tokens();
        if (sentence.row() != null) {
            return unitPriceRow(t, f);
        }
        if (t.isAny(f.endTok, PER_WORDS) && t.isWord(f.endTok + 1) && !t.is(f.endTok + 1, "share")) {
            return true; // "$2.79 a gallon", "$1,140 a tonne", "$4,065 an ounce", whatever the sum
        }
        for (int k = 0; k < t.size; k++) {
            if (t.isAny(k, STOCK_WORDS)) {
                return false; // a share price, or an amount per share ("a dividend of 20 cents a share")
            }
        }
        int clause = sentence.clauses().at(f.startTok);
        for (int k = f.startTok - 1; k >= 0 && sentence.clauses().at(k) == clause; k--) {
            if (t.isAny(k, TRADING_VERBS)) {
                return false; // "Initech closed at $41.17"
            }
        }
        if (t.isAny(f.startTok - 1, PRICE_PREPOSITIONS) && t.isAny(f.startTok - 2, ADMISSIONS)) {
            return true; // "with passes at $1,295", "tickets for $89"
        }
        if (unitPriceBefore(t, f.startTok - 1)) {
            return true; // "sold its homes at an average price of £338,000", whatever the sum
        }
        if (pricedByAVerb(t, f)) {
            return true; // "A good welding robot costs $85,000 to $120,000", "retails at $1,299"
        }
        return f.value.abs().compareTo(PRICE_LIMIT) < 0
                && !organisationActsBefore(sentence, f); // "Acme paid $500 for it" is Acme's spending
    }

    /** What a visitor buys to get in, whose sum is a price: "with passes at $1,295". */
    private static final Set<String> ADMISSIONS = Set.of(
            "passes", "pass", "tickets", "ticket", "admission", "entry", "seats", "memberships", "subscriptions");

    /** Words before "price" that make it the price of one thing: "an average selling price", "the asking price". */
    private static final Set<String> UNIT_PRICE_WORDS = Set.of(
            "average", "selling", "asking", "list", "retail", "ticket", "sticker", "median", "typical", "unit", "mean");

    /** Hedges between "price of" and its sum: "an average price of about £338,000". */
    private static final Set<String> PRICE_HEDGES = Set.of("about", "around", "roughly", "some", "nearly", "almost", "just");

    /**
     * "an average price of £338,000", "its average selling price rose to $48,500", "a typical asking price of":
     * the price of one thing, whatever the sum and whoever sells it. "A price of $310 million" for a company bought names no unit and stays a
     * claim without a metric.
     */
    private static boolean unitPriceBefore(Tokens t, int k) {
        for (int j = k; j >= Math.max(1, k - UNIT_PRICE_REACH) && t.isWord(j); j--) {
            if (t.isAny(j, PRICE_NOUNS)) {
                return t.isAny(j - 1, UNIT_PRICE_WORDS);
            }
        }
        return false;
    }

    /** How many words may stand between the price of one thing and its sum: "average selling price rose to about". */
    private static final int UNIT_PRICE_REACH = 4;

    /** A table row labelled with the price of one thing, before its first figure: `Average selling price | £331,000`. */
    private static boolean unitPriceRow(Tokens t, Figure f) {
        for (int k = 1; k < f.startTok; k++) {
            if (t.isNum(k)) {
                return false;
            }
            if (t.isAny(k, PRICE_NOUNS) && t.isAny(k - 1, UNIT_PRICE_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that bring a product out: "unveiled the Kindle Scribe 2 for $399", "launched it at $49 a month". */
    // Small word sets of single rules, built once rather than at every call on the per-figure path.
    private static final Set<String> PRICE_PREPOSITIONS = Set.of("for", "at");
    private static final Set<String> STARTING = Set.of("starts", "starting");
    private static final Set<String> INDEFINITE_OPENINGS = Set.of("a", "an", "any");
    private static final Set<String> FAVOUR = Set.of("favour", "favor");
    private static final Set<String> VOTING = Set.of("voted", "vote");
    private static final Set<String> OWNERS_AND_THE = Set.of("its", "their", "our", "the");
    private static final Set<String> PAYING = Set.of("paid", "pays", "pay");
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("of", "in", "for", "across");

    private static final Set<String> LAUNCHING = Set.of("unveiled", "unveils", "launched", "launches", "released",
            "releases", "introduced", "introduces", "debuted", "debuts");

    /** An unscaled sum after "for" or "at" in a clause that brings a product out: its price. */
    private static boolean launchPrice(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        if (f.unit == null || f.unit.dimension() != Dimension.CURRENCY || f.scaled || !t.isAny(f.startTok - 1, PRICE_PREPOSITIONS)) {
            return false;
        }
        int clause = sentence.clauses().at(f.startTok);
        for (int k = f.startTok - 2; k >= 0 && sentence.clauses().at(k) == clause; k--) {
            if (t.isAny(k, LAUNCHING)) {
                return true;
            }
        }
        return false;
    }

    /** A verb of pricing right before the sum, past a preposition or a hedge: "costs about $85,000", "sells for $8.49". */
    private static boolean pricedByAVerb(Tokens t, Figure f) {
        int k = f.startTok - 1;
        while (k >= f.startTok - 3 && t.isAny(k, PRICE_LINKS)) {
            k--;
        }
        return t.isAny(k, PRICE_VERBS) && !(t.isAny(k, STARTING) && !t.is(k + 1, "at"));
    }

    /**
     * A known organisation (or "it", "the company" standing for one) is named before the figure in its
     * clause, other than by "its". A capitalised word the catalog does not know may be no organisation at
     * all ("Unleaded averaged $2.79"), and its figure could not be checked anyway.
     */
    private static boolean organisationActsBefore(SentenceContext sentence, Figure f) {
        int clause = sentence.clauses().at(f.startTok);
        for (Mention m : sentence.mentions()) {
            if (m.end <= f.startTok && sentence.clauses().at(m.start) == clause && m.entity != null
                    && !sentence.tokens().is(m.start, "its")) {
                return true;
            }
        }
        return false;
    }

    /** A bare number that is the value of a rate or a ratio: "converted at the average rate of 1.17". */
    private static boolean valueOfARate(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        return f.unit == null && !f.scaled && t.isAny(f.startTok - 1, Set.of("of", "at"))
                && t.isAny(f.startTok - 2, RATE_WORDS) && !countsPeopleOrAMetric(sentence, f.endTok, 3);
    }

    /**
     * The sample of a study that opens the sentence and what it found, counted or in percent, when no
     * organisation is named before the figure: "A 2024 survey of 312 business stories by a journalism
     * school found 41 that confused a valuation with an investment". An organisation's own study ("its
     * survey of 300 stores", "Initech said in a survey ...") keeps its figures.
     */
    private static boolean studySampleOrFinding(SentenceContext sentence, Figure f) {
        if (f.unit != null && f.unit.dimension() == Dimension.CURRENCY || f.scaled) {
            return false;
        }
        Tokens t = sentence.tokens();
        int study = -1;
        for (int k = 0; k < Math.min(f.startTok, OPENING_PHRASE_WORDS); k++) {
            if (t.isAny(k, STUDY_WORDS)) {
                study = k;
                break;
            }
            if (!t.isNum(k) && !(t.isWord(k) && !t.isAny(k, Lexicon.SUBJECT_VERBS) && !t.isAny(k, Lexicon.PREPOSITIONS)
                    && !t.isAny(k, Set.of("its", "their", "our", "s")))) {
                return false; // the study must open the sentence: "A 2024 survey of ...", not "Initech's survey"
            }
        }
        return study >= 0 && !organisationBetween(sentence, -1, f.startTok);
    }

    /** The size of a study's sample right after it, whoever ran it: "ranked 2nd in the survey of 500 brands". */
    private static boolean sampleOfAStudy(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        return f.unit == null && t.is(f.startTok - 1, "of") && t.isAny(f.startTok - 2, STUDY_WORDS)
                && !Lexicon.peopleNounWithin(t, f.endTok, 1);
    }

    /** An analyst's price target: "cut their price target to $21 from $26", "a target price of $850". */
    private static boolean priceTarget(Tokens t, Figure f) {
        if (f.unit == null || f.unit.dimension() != Dimension.CURRENCY || f.scaled) {
            return false;
        }
        for (int k = f.startTok - 1; k >= Math.max(1, f.startTok - 8); k--) {
            if ((t.is(k, "target") && t.is(k - 1, "price")) || (t.is(k, "price") && t.is(k - 1, "target"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure made up to explain, not reported: the value of a figure in a condition ("is wrong if the
     * true figure is 8,600"), or a quoted figure the sentence talks about as words ('"More than 9,000" is
     * wrong', 'What "6% of staff" really means'). A figure said of "a company that ..." is left a claim:
     * "grew from a start-up that employed 12 people to a company that employs 4,000" is the company's.
     */
    private static boolean example(SentenceContext sentence, Figure f) {
        return conditionalFigure(sentence.tokens(), f) || quotedAsWords(sentence, f) || listOfQuotedWordings(sentence, f)
                || comparedWithQuotedWords(sentence, f) || genericCase(sentence, f) || restatedExample(sentence, f)
                || sizedCompanyInGeneral(sentence, f) || figureThatMeansNothingMore(sentence, f)
                || shareOfAFigure(sentence.tokens(), f) || hypotheticalOrganisation(sentence)
                || quotedFromAnyStory(sentence.tokens(), f);
    }

    /** Pieces of copy in general, whose quoted wording a reader is told how to read: "When a story tells you". */
    private static final Set<String> STORIES = Set.of(
            "story", "report", "headline", "article", "release", "post", "profile", "piece", "outlet");
    private static final Set<String> WHENEVER = Set.of("when", "whenever", "if");

    /** How far before its quotation a story in general may stand: "When a story tells you a cut was". */
    private static final int STORY_REACH = 16;

    /**
     * A quoted wording of any story, told in a condition: 'When a story tells you a cut was "about 5% of
     * staff", check which headcount the reporter used'. A named source's quotation is reported, not supposed.
     */
    private static boolean quotedFromAnyStory(Tokens t, Figure f) {
        int open = openingQuote(t, f.startTok - 1);
        if (open < 0) {
            return false;
        }
        for (int k = open - 1; k >= Math.max(2, open - STORY_REACH); k--) {
            if (t.isAny(k, STORIES) && t.isAny(k - 1, INDEFINITE_OPENINGS) && t.isAny(k - 2, WHENEVER)) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a case made up to explain: "Suppose a start-up raises ...", "Take a firm with ...". */
    private static final Set<String> HYPOTHESES = Set.of(
            "suppose", "imagine", "say", "take", "consider", "if", "example", "instance", "picture", "assume");

    /** What a supposed case may be instead of a company: "For example, a round of $20 million at ...". */
    private static final Set<String> SUPPOSED_EVENTS = Set.of("round", "deal", "cut", "layoff", "valuation");

    /** Prepositions that may open a sentence before a company in general: "In a company of 1,000 people". */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("in", "at", "for", "to");

    /** How many tokens may open a sentence before its company in general: "For example, a round of ...". */
    private static final int HYPOTHESIS_OPENING = 4;

    /**
     * A case made up to explain, about a company in general and no organisation the text names: the
     * sentence opens with a company in general sized or described ("A company of 9,500 that cuts 500 roles has
     * cut about 5%", "In a company of 1,000 people, a 10% cut means 100 jobs") or with a word of supposing
     * before one ("Suppose a start-up raises $50 million at a $500 million valuation", "Take a firm with
     * 20,000 staff that lays off 1,000"). Every figure of the sentence belongs to the case. A sentence that
     * names an organisation, or points at one with "it" or "the company" before the case, is a report
     * ("Initech, a company of 9,500, cut 500 roles").
     */
    private static boolean hypotheticalOrganisation(SentenceContext sentence) {
        Tokens t = sentence.tokens();
        int company = -1;
        boolean supposed = false;
        for (int k = 0; k < Math.min(t.size, HYPOTHESIS_OPENING + 1); k++) {
            supposed |= t.isAny(k, HYPOTHESES) && (k == 0 || (k == 1 && t.is(0, "for"))); // "Suppose", "For example,"
            if (t.isAny(k, INDEFINITE_OPENINGS)) {
                company = genericOrganisationAfter(t, k, supposed);
                if (company > 0) {
                    boolean opening = k == 0 || (k == 1 && t.isAny(0, OPENING_PREPOSITIONS));
                    boolean described = t.is(company + 1, "of") || t.is(company + 1, "with") || t.isAny(company + 1, RELATIVE_PRONOUNS);
                    if (!(supposed || (opening && described))) {
                        return false;
                    }
                    break;
                }
            }
        }
        if (company < 0) {
            return false;
        }
        for (Mention m : sentence.mentions()) {
            if (!m.placeLike && (m.kind != Mention.Kind.COREF || m.start < company)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The company in general after the article at {@code k}, past a few words that describe it ("a mid-sized
     * retailer", "a start-up"), or a round or a cut when the sentence supposes one; -1 when there is none.
     */
    private static int genericOrganisationAfter(Tokens t, int k, boolean supposed) {
        for (int j = k + 1; j <= k + 4 && j < t.size && (t.isWord(j) || t.isSym(j, '-')); j++) {
            if (t.isAny(j, GENERIC_ORGANISATIONS) || (t.is(j, "up") && t.isSym(j - 1, '-') && t.is(j - 2, "start"))
                    || (supposed && t.isAny(j, SUPPOSED_EVENTS))) {
                return j;
            }
            if (t.capitalised(j)) {
                return -1; // "a Texas company", "a Globex unit": a real one, or a name
            }
        }
        return -1;
    }

    /**
     * "the 9,500" restating a figure of an example quotation earlier in its sentence: '"Cut 500 roles,
     * bringing headcount to about 9,500" gives you a level and a change; it is the 9,500 you should check,
     * not the 500'.
     */
    private static boolean restatedExample(SentenceContext sentence, Figure f) {
        if (!sentence.tokens().is(f.startTok - 1, "the")) {
            return false;
        }
        for (Figure earlier : sentence.figures()) {
            if (earlier.endTok <= f.startTok && earlier.value.compareTo(f.value) == 0 && quotedAsWords(sentence, earlier)) {
                return true;
            }
        }
        return false;
    }

    /** What a figure joined to a company in general by a hyphen counts: "a 12,000-person company". */
    private static final Set<String> SIZE_NOUNS = Set.of(
            "person", "people", "employee", "worker", "staff", "strong", "member", "store", "branch");

    /**
     * A company in general sized by a hyphened figure ("at a 12,000-person company", "an 800-employee
     * firm"), in a sentence that names no organisation, not even by "it" or "the company": the figures of
     * its clause make a case up to explain ('"About a tenth of the workforce" at a 12,000-person company is
     * 1,200 people'). "Initech, a 37,000-person company, cut 500 jobs" is Initech's.
     */
    private static boolean sizedCompanyInGeneral(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int clause = sentence.clauses().at(f.startTok);
        if (!sentence.mentions().isEmpty() && !onlyPlaces(sentence)) {
            return false;
        }
        for (int k = 1; k + 3 < t.size; k++) {
            if (sentence.clauses().at(k) == clause && t.isAny(k - 1, INDEFINITE_OPENINGS) && t.isNum(k)) {
                int hyphen = NonClaims.numberRunEnd(t, k);
                if (t.isSym(hyphen, '-') && t.isAny(hyphen + 1, SIZE_NOUNS) && t.isAny(hyphen + 2, GENERIC_ORGANISATIONS)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onlyPlaces(SentenceContext sentence) {
        for (Mention m : sentence.mentions()) {
            if (!m.placeLike) {
                return false;
            }
        }
        return true;
    }

    /**
     * A figure opening its sentence that the sentence says does not mean what it seems to: "$900 million
     * raised does not mean the company is worth $900 million". Both figures explain a distinction.
     */
    private static boolean figureThatMeansNothingMore(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        for (Figure first : sentence.figures()) {
            if (first.startTok > f.startTok) {
                return false;
            }
            // The sentence opens with the figure, or a full stop before a sum ends the sentence before it
            // ("... is not a valuation. $900 million raised does not mean").
            if (first.startTok > 0 && !t.isSym(first.startTok - 1, '.')) {
                continue;
            }
            for (int k = first.endTok; k < Math.min(t.size, first.endTok + 4); k++) {
                if (t.is(k, "not") && t.isAny(k - 1, DOES) && t.is(k + 1, "mean")) {
                    return f.startTok == first.startTok || f.startTok > k;
                }
            }
        }
        return false;
    }

    private static final Set<String> DOES = Set.of("does", "do", "need", "did");

    /** Nouns that name a figure as a whole of a share: "6% of the smaller figure". */
    private static final Set<String> NUMBER_NOUNS = Set.of("figure", "number", "figures", "numbers");

    /**
     * A percentage of a figure rather than of something counted ("not 6% of the smaller figure afterwards,
     * which would be a different ratio"): arithmetic about numbers. "5% of the number of staff" counts staff
     * and stays a share.
     */
    private static boolean shareOfAFigure(Tokens t, Figure f) {
        if (f.unit == null || f.unit.dimension() != Dimension.PERCENT || !t.is(f.endTok, "of")) {
            return false;
        }
        for (int k = f.endTok + 1; k <= f.endTok + 4 && t.isWord(k); k++) {
            if (t.isAny(k, NUMBER_NOUNS)) {
                return !t.is(k + 1, "of");
            }
        }
        return false;
    }

    /**
     * A figure in a relative clause of an organisation in general, one the sentence opens with ("A company
     * that cut 1,000 jobs out of 40,000 has done something very different from one that cut 1,000 out of
     * 4,000"), or "one that" after it: a case made up to explain. "grew from a start-up that employed 12
     * people to a company that employs 4,000" describes a company the text is about, and stays a claim.
     */
    private static boolean genericCase(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        for (int k = f.startTok - 1; k >= Math.max(1, f.startTok - 8); k--) {
            if (!t.isAny(k, RELATIVE_PRONOUNS)) {
                continue;
            }
            boolean opening = genericOpening(t) && (k == 2 || k == 3);
            boolean one = t.is(k - 1, "one") && (t.is(k - 2, "from") || t.is(k - 2, "than")) && genericOpening(t);
            return (opening || one) && !organisationBetween(sentence, -1, f.startTok);
        }
        return false;
    }

    /** The sentence opens with an organisation in general: "A company that ...", "An employer which ...". */
    private static boolean genericOpening(Tokens t) {
        return t.isAny(0, INDEFINITE_OPENINGS) && ((t.isAny(1, GENERIC_ORGANISATIONS) && t.isAny(2, RELATIVE_PRONOUNS))
                || (t.isWord(1) && t.isAny(2, GENERIC_ORGANISATIONS) && t.isAny(3, RELATIVE_PRONOUNS)));
    }

    /**
     * A clause that opens with a list of quotations and talks about them as words: '"Some 2,000",
     * "roughly 2,000" and "about 2,000" all allow a little either way; "up to 2,000" and "as many as
     * 2,000" are ceilings'. The figures are wordings under discussion, no organisation's.
     */
    private static boolean listOfQuotedWordings(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int first = openingQuote(t, f.startTok - 1);
        if (first < 0) {
            return false;
        }
        int quotations = 1;
        for (int k = first - 1; k > 0; ) { // back over the quotations listed before: '"Some 2,000", "roughly 2,000" and'
            k -= t.is(k, "and") || t.is(k, "or") ? 1 : 0;
            k -= t.isSym(k, ',') ? 1 : 0;
            int open = t.isSymAny(k, "\"\u201d") ? openingQuote(t, k - 1) : -1;
            if (open < 0) {
                break;
            }
            first = open;
            quotations++;
            k = open - 1;
        }
        if (first > 0 && t.isWord(first - 1)) {
            return false; // 'calling it "nearly 7%"': what someone called a figure, not a list of wordings
        }
        int k = openingQuote(t, f.startTok - 1);
        quotations--; // the figure's own quotation is counted again below
        while (k >= 0 && k < t.size && t.isSymAny(k, "\"\u201c")) { // on over the quotations after it
            int close = k + 1;
            while (close < t.size && close <= k + QUOTED_WORDING && !t.isSymAny(close, "\"\u201d")) {
                close++;
            }
            if (close >= t.size || !t.isSymAny(close, "\"\u201d") || organisationBetween(sentence, k, close)) {
                return false;
            }
            quotations++;
            k = close + 1;
            k += t.isSym(k, ',') ? 1 : 0;
            k += t.is(k, "and") || t.is(k, "or") ? 1 : 0;
        }
        return quotations >= 2 && (t.isAny(k, WORDS_ABOUT_WORDS) || t.isAny(k, LIST_VERBS));
    }

    /** The opening quotation mark at most {@value #QUOTED_WORDING} words before token {@code k} (inclusive), or -1. */
    private static int openingQuote(Tokens t, int k) {
        for (int i = k; i >= 0 && i >= k - QUOTED_WORDING; i--) {
            if (t.isSymAny(i, "\"\u201c")) {
                return i;
            }
            if (!t.isWord(i) && !t.isNum(i) && !t.isSymAny(i, ",.%$\u20ac\u00a3'\u2019")) {
                return -1; // "Last year's 2,100" may hold an apostrophe
            }
        }
        return -1;
    }

    /**
     * The figure a quotation opening its sentence, discussed as words, is set against, in a sentence that
     * names no organisation: '"A third of the staff" sounds more vivid than 33.3%'.
     */
    private static boolean comparedWithQuotedWords(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        if (!t.is(f.startTok - 1, "than") || !t.isSymAny(0, "\"\u201c")) {
            return false;
        }
        int close = 1;
        while (close < f.startTok && !t.isSymAny(close, "\"\u201d")) {
            close++;
        }
        return close < f.startTok && t.isAny(close + 1, WORDS_ABOUT_WORDS) && !organisationBetween(sentence, 0, t.size);
    }

    private static final Set<String> FORMS_OF_BE = Set.of("is", "was", "were", "are");

    /** "if the true figure is 8,600", "only if the 12,000 is current": the value a condition supposes. */
    private static boolean conditionalFigure(Tokens t, Figure f) {
        if (t.is(f.startTok - 1, "the") && t.is(f.startTok - 2, "if") && t.isAny(f.endTok, FORMS_OF_BE)) {
            return true; // "but only if the 12,000 is current"
        }
        int verb = f.startTok - 1;
        if (!t.isAny(verb, FORMS_OF_BE) || t.is(verb, "are") || !t.isAny(verb - 1, FIGURE_NOUNS)) {
            return false;
        }
        for (int k = verb - 2; k >= Math.max(0, verb - 5); k--) {
            if (t.is(k, "if")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation opening its sentence (or after "What") whose figure the sentence discusses as words,
     * naming no organisation inside it: '"More than 9,000" is wrong', 'What "6% of staff" really means'.
     * 'calling it "nearly 7%" is generous' reports what someone claimed, and stays a claim.
     */
    private static boolean quotedAsWords(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int open = -1;
        for (int k = f.startTok - 1; k >= 0 && k >= f.startTok - QUOTED_SENTENCE; k--) {
            if (t.isSymAny(k, "\"\u201c")) {
                open = k;
                break;
            }
            if (!t.isWord(k) && !t.isNum(k) && !t.isSymAny(k, ",%$\u20ac\u00a3")) {
                return false;
            }
        }
        if (open < 0 || !(open == 0 || (open == 1 && t.is(0, "what")))) {
            return false;
        }
        int close = f.endTok;
        while (close < t.size && close <= f.endTok + QUOTED_SENTENCE && !t.isSymAny(close, "\"\u201d")) {
            close++;
        }
        if (close >= t.size || !t.isSymAny(close, "\"\u201d") || !wordsAboutTheQuotation(t, close + 1)) {
            return false;
        }
        return !organisationBetween(sentence, open, close);
    }

    /** The most tokens a quotation discussed as words may take on either side of its figure. */
    private static final int QUOTED_SENTENCE = 16;

    /**
     * Verbs of a quotation that is the subject of its sentence and is discussed as words: '"Cut 500 roles,
     * bringing headcount to about 9,500" gives you a level and a change', '"Raised $80 million" hides the
     * valuation'. A quotation that reports ('"We will cut 500 jobs" says the memo') takes none of them.
     */
    private static final Set<String> DISCUSSING_VERBS = Set.of(
            "gives", "tells", "suggests", "implies", "conveys", "hides", "mixes", "conflates", "confuses", "blurs",
            "misleads", "describes", "captures", "overstates", "understates", "combines", "packs", "leaves", "hands");

    /**
     * What follows a quotation that opens its sentence when the sentence discusses its wording: a verb of
     * {@link #WORDS_ABOUT_WORDS} or of {@link #DISCUSSING_VERBS}.
     */
    private static boolean wordsAboutTheQuotation(Tokens t, int k) {
        return t.isAny(k, WORDS_ABOUT_WORDS) || t.isAny(k, DISCUSSING_VERBS);
    }

    /**
     * A measure of length, area, weight, temperature or energy ("10 miles from Seattle", "30 acres", "1.2
     * million square feet", "40 degrees"), or a rating ("rated 4.5 out of 5 stars"), unless a metric of
     * the catalog names it.
     */
    private static boolean measureOfSpaceOrARating(SentenceContext sentence, Figure f) {
        if (f.unit != null) {
            return false;
        }
        Tokens t = sentence.tokens();
        int after = t.isSym(f.endTok, '-') && t.attached(f.endTok) ? f.endTok + 1 : f.endTok;
        if (t.isAny(after, MEASURES) && !cueAt(sentence, after)) {
            return true;
        }
        if (t.is(f.startTok - 1, "of") && t.is(f.startTok - 2, "out") && t.isNum(f.startTok - 3)
                && t.isAny(f.startTok - 4, RATING_WORDS)) {
            return true; // "scored 72 out of 100"
        }
        if (t.is(f.startTok - 1, "of") && t.is(f.startTok - 2, "size")) {
            return true; // "the size of 14 football pitches"
        }
        if (t.isAny(f.endTok, RATING_WORDS) && f.value.compareTo(HUNDRED) <= 0) {
            return true; // "a 4.9 rating on Glassdoor", "4.5 stars"
        }
        return t.isAny(f.startTok - 1, RATING_WORDS) || (t.is(f.startTok - 1, "of") && t.isAny(f.startTok - 2, RATING_WORDS))
                || (t.is(f.endTok, "out") && t.is(f.endTok + 1, "of") && t.isAny(NonClaims.numberRunEnd(t, f.endTok + 2),
                RATING_WORDS));
    }

    /**
     * "the top 10", "Fortune 500 top 10 list": the size of the top of a ranking, unless it counts people
     * ("cut its top 50 managers").
     */
    private static boolean topOfARanking(SentenceContext sentence, Figure f) {
        return f.unit == null && sentence.tokens().is(f.startTok - 1, "top")
                && !countsPeopleOrAMetric(sentence, f.endTok, 2);
    }

    /**
     * A statistic of a whole economy, named in the figure's clause before it with no known organisation
     * before the figure ("Inflation rose to 3.2% in September", "The Fed raised rates by 0.25 percentage
     * points", "The corporate tax rate is 21%"), or an exchange rate ("The euro traded at $1.08").
     * "Amazon's shipping rates rose 5%", "its tax rate" and "run-rate savings of $120 million" are the
     * company's.
     */
    private static boolean economyFigure(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int clause = sentence.clauses().at(f.startTok);
        for (int k = f.startTok - 1; k >= 0 && sentence.clauses().at(k) == clause; k--) {
            boolean economy = t.isAny(k, ECONOMY_WORDS) || (t.isAny(k, RATES) && economyBefore(t, k));
            boolean exchange = f.unit != null && t.isAny(k, CURRENCIES) && t.is(k - 1, "the");
            if ((economy || exchange) && !ownedBefore(t, k)) {
                return !knownOrganisationBefore(sentence, f);
            }
        }
        return false;
    }

    /** An economy's word in the four words before the rate at {@code k}: "The Fed raised rates", "tax rate". */
    private static boolean economyBefore(Tokens t, int k) {
        for (int b = k - 1; b >= Math.max(0, k - 4); b--) { // "The Bank of England held rates"
            if (t.isAny(b, ECONOMY_RATES)) {
                return true;
            }
        }
        return false;
    }

    /** "its", "their" or a possessive in the three words before {@code k}: "Amazon's shipping rates". */
    private static boolean ownedBefore(Tokens t, int k) {
        for (int b = k - 1; b >= Math.max(0, k - 3); b--) {
            if (t.isAny(b, Set.of("its", "their", "our")) || (t.is(b, "s") && t.isSymAny(b - 1, "'\u2019"))) {
                return true;
            }
        }
        return false;
    }

    /** A catalog organisation (or a word standing for one) named before the figure in its clause. */
    private static boolean knownOrganisationBefore(SentenceContext sentence, Figure f) {
        int clause = sentence.clauses().at(f.startTok);
        for (Mention m : sentence.mentions()) {
            if (m.end <= f.startTok && sentence.clauses().at(m.start) == clause && m.entity != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "About 60% of Americans shop at Amazon", "62% of 1,140 respondents said": a share of people in
     * general, not of a company.
     */
    private static boolean shareOfAPopulation(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int population = t.isNum(f.endTok + 1) ? NonClaims.numberRunEnd(t, f.endTok + 1) : f.endTok + 1;
        if ((countryCode(t, population) || t.capitalised(population)) && !t.isAny(population, POPULATIONS)) {
            population++; // "30% of US adults", "40% of British shoppers"
        }
        return f.unit != null && f.unit.dimension() == Dimension.PERCENT && t.is(f.endTok, "of")
                && t.isAny(population, POPULATIONS); // "62% of 1,140 respondents"
    }

    /**
     * "12 in 20 of them": the first part of a ratio that {@link FractionWords} does not read as one fraction
     * (the second is left by the number stage); "a ratio of 250 to 1": its second part.
     */
    private static boolean partOfARatio(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        if (f.unit == null && t.is(f.startTok - 1, "to") && t.isNum(f.startTok - 2)
                && t.is(f.startTok - 3, "of") && t.isAny(f.startTok - 4, RATE_WORDS)) {
            return true;
        }
        if (f.unit != null || f.scaled || !t.is(f.endTok, "in") || !t.isNum(f.endTok + 1) || t.length(f.endTok + 1) > 2
                || (t.isSymAny(f.endTok + 2, ",.") && t.isNum(f.endTok + 3) && t.attached(f.endTok + 3))) {
            return false;
        }
        return f.value.compareTo(BigDecimal.valueOf(t.intValue(f.endTok + 1))) < 0;
    }

    /** Words after a percentage that make it a probability: "a 70% chance that Meta cuts jobs". */
    private static final Set<String> CHANCES = Set.of("chance", "chances", "probability", "likelihood", "odds", "risk");

    /**
     * "Analysts see a 70% chance that Meta cuts jobs": a probability someone gives, no quantity of a
     * company; and a vote's share, "members voted 64% in favour of the deal".
     */
    private static boolean probability(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        boolean vote = t.is(f.endTok, "in") && t.isAny(f.endTok + 1, FAVOUR) || t.is(f.endTok, "against")
                && t.isAny(f.startTok - 1, VOTING);
        return f.unit != null && f.unit.dimension() == Dimension.PERCENT && (t.isAny(f.endTok, CHANCES) || vote);
    }

    /** Verbs of a person's pay after a title: "Microsoft's CEO earned $79.1 million in 2025". */
    private static final Set<String> EARNING = Set.of("earned", "earns", "received", "receives", "paid", "pocketed",
            "collected");

    /** A person's pay, money after a title and a verb of earning: "Microsoft's chief executive earned $79.1 million". */
    private static boolean personsPay(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        if (f.unit == null || f.unit.dimension() != Dimension.CURRENCY) {
            return false;
        }
        int verb = t.is(f.startTok - 1, "was") || t.is(f.startTok - 1, "been") ? f.startTok - 2 : f.startTok - 1;
        verb = t.isAny(verb, EARNING) ? verb : t.isAny(verb - 1, EARNING) && t.isWord(verb) ? verb - 1 : -1;
        if (verb < 0) {
            return false;
        }
        int subject = t.is(verb - 1, "was") || t.is(verb - 1, "is") ? verb - 2 : verb - 1;
        return t.isAny(subject, Lexicon.PERSON_TITLES) || t.is(subject, "ceo") || t.is(subject, "executive");
    }

    /**
     * A bare count of people at an event, with no organisation named before it in its clause: "1,900
     * exhibitors, 68,000 visitors and, by my count, at least 40 humanoid prototypes", "in front of maybe
     * 300 people".
     */
    private static boolean crowdAtAnEvent(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int of = t.isWord(f.startTok - 1) && !t.is(f.startTok - 1, "of") ? f.startTok - 2 : f.startTok - 1; // "of maybe 300"
        boolean watched = t.is(of, "of") && (t.is(of - 1, "front") || t.isAny(of - 1, AUDIENCES));
        return f.unit == null && (watched || t.isAny(f.endTok, ATTENDEES)
                || (t.isAny(f.endTok, CROWDS) && !organisationActsBefore(sentence, f)));
    }

    /**
     * "99.99% uptime", "runs 30% faster", "shaves 30% off cycle times": a percentage of how a product
     * performs, no quantity of its maker ("cut 30% off its costs" stays the company's); and the rate of a
     * tax or a tariff ("prices include 10.25% Chicago sales tax", "a 25% tariff on imports").
     */
    private static boolean productPerformance(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        if (f.unit == null || f.unit.dimension() != Dimension.PERCENT || f.high != null) {
            return false;
        }
        boolean offSomething = t.is(f.endTok, "off") && t.isWord(f.endTok + 1)
                && !t.isAny(f.endTok + 1, OWNERS_AND_THE) && !cueAt(sentence, f.endTok + 1);
        boolean onTime = t.is(f.endTok, "on") && t.is(f.endTok + 1, "time")
                || t.is(f.endTok, "on") && t.isSym(f.endTok + 1, '-') && t.is(f.endTok + 2, "time");
        boolean unrecordedRate = t.isAny(f.endTok, UNRECORDED_RATES) && t.isAny(f.endTok + 1, RATE_WORDS)
                || t.isWord(f.endTok) && t.isAny(f.endTok + 1, UNRECORDED_RATES) && t.isAny(f.endTok + 2, RATE_WORDS); // "customer satisfaction rate"
        return t.isAny(f.endTok, PERFORMANCE_WORDS) || offSomething || taxRate(t, f) || onTime || unrecordedRate;
    }

    /**
     * Rates of how an organisation or a thing behaves that no record holds, written before "rate": "a 98%
     * retention rate", "a 91% occupancy rate" ("a 12% growth rate" is a change of a metric and stays).
     */
    private static final Set<String> UNRECORDED_RATES = Set.of(
            "retention", "occupancy", "vacancy", "approval", "satisfaction", "attrition", "churn", "conversion",
            "response", "completion", "punctuality", "utilisation", "utilization", "default", "survival", "success",
            "failure", "error", "renewal", "adoption", "participation", "engagement", "delinquency");

    /** A percentage with a tax or a tariff within three words after it, paid by no one the clause names before. */
    private static boolean taxRate(Tokens t, Figure f) {
        for (int k = f.endTok; k < f.endTok + 3 && t.isWord(k); k++) {
            if (t.isAny(k, TAXES)) {
                return !t.isAny(f.startTok - 1, PAYING);
            }
        }
        return false;
    }

    /**
     * A statistic of a place, a market or a traded thing, whoever is named before it:
     * a subject the figure's clause names and moves right before it ("a county where unemployment rose
     * to 5.8% in July from 4.9%", "Pulp prices have climbed 18%", "Brent crude was down 1.2%", "sterling
     * fetched $1.312", "the S&P 500 was little changed at 6,512.6", "UK retail sales fell 0.4%"), or a median ("the county's median household income of $52,300"). An organisation
     * named between the subject and the figure makes it its own ("unemployment rose, and Initech cut 5%").
     */
    private static boolean statistic(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int clause = sentence.clauses().at(f.startTok);
        if (changeOfAnIndex(t, f) || countryAggregate(sentence, f) || (f.unit != null && medianOpensTheClause(sentence, f))) {
            return true;
        }
        for (int k = f.startTok - 1; k >= 0 && k >= f.startTok - STATISTIC_WINDOW && sentence.clauses().at(k) == clause; k--) {
            if (t.isAny(k, STATISTIC_WORDS) && f.unit != null) {
                return !organisationBetween(sentence, k, f.startTok);
            }
            int verb = t.isAny(k, PRICE_NOUNS) ? verbAfterAPhrase(t, k + 1)
                    : t.is(k + 1, "prices") || t.is(k + 1, "price") ? k + 2
                    : stockIndexAt(t, k) ? afterAnIndexName(t, k + 1) : k + 1; // "the S&P 500 index rose", "the Dow Jones Industrial Average fell"
            if (stockIndexAt(t, k) && t.isSymAny(verb, "'\u2019") && t.is(verb + 1, "s") && verb + 2 == f.startTok) {
                return true; // "outperforming the S&P 500's 14% rise"
            }
            // "global smartphone shipments fell 3.2%": the world's, one or two words after "global"
            boolean global = t.isAny(k, WHOLE_WORLD) && t.isWord(k + 1) && (t.isAny(k + 2, MOVES)
                    || (t.isWord(k + 2) && t.isAny(k + 3, MOVES)));
            if (global) {
                verb = t.isAny(k + 2, MOVES) ? k + 2 : k + 3;
            }
            boolean subject = t.isAny(k, ECONOMY_WORDS) || t.isAny(k, PRICE_NOUNS) || stockIndexAt(t, k) || global
                    || t.isAny(k, INDEX_NOUNS) // "The broader telecom index was down 0.6%"
                    || (t.is(k, "sales") && t.is(k - 1, "retail") && countryCode(t, k - 2)) // "UK retail sales fell 0.4%"
                    || (t.isAny(k, TRADED_THINGS) && (k == 0 || !t.capitalised(k))); // not "Saltmarsh Coffee has"
            if (subject && t.isAny(verb, MOVES) && !ownedBefore(t, k)) {
                return !organisationBetween(sentence, k, f.startTok);
            }
        }
        return false;
    }

    /** Indexes named by their kind, not their name: "the broader telecom index", "regional bank indices". */
    private static final Set<String> INDEX_NOUNS = Set.of("index", "indices", "indexes");

    /** Nouns of a move that a percentage before them sizes: "a 9% rise in the Nasdaq". */
    private static final Set<String> CHANGE_NOUNS = Set.of(
            "rise", "fall", "gain", "drop", "decline", "increase", "jump", "slide", "advance", "climb", "loss");

    /** "against a 9% rise in the Nasdaq", "a 2% gain for the S&P 500": the move of a stock index named after it. */
    private static boolean changeOfAnIndex(Tokens t, Figure f) {
        if (!t.isAny(f.endTok, CHANGE_NOUNS) || !t.isAny(f.endTok + 1, INDEX_PREPOSITIONS)) {
            return false;
        }
        for (int j = f.endTok + 2; j <= f.endTok + 6 && (t.isWord(j) || t.isSym(j, '&')); j++) {
            if (stockIndexAt(t, j) || t.isAny(j, INDEX_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INDEX_PREPOSITIONS = Set.of("in", "for", "on", "of");

    /** Countries written as their codes in aggregate statistics: "US store closures", "UK job cuts". */
    private static final Set<String> COUNTRY_CODES = Set.of("us", "uk", "eu");

    /** Verbs by which a country's aggregate states its sum: "US store closures ... total about 7,300". */
    private static final Set<String> TOTALLING = Set.of("total", "totals", "totalled", "totaled", "topped", "reached");

    /** How many words a country's aggregate may take before its verb: "UK job cuts announced in the first half rose". */
    private static final int AGGREGATE_SUBJECT = 10;

    /** An organisation, known or not, named in the figure's clause before it: "Stark Industries' US sales fell 4%". */
    private static boolean organisationInClauseBefore(SentenceContext sentence, Figure f) {
        int clause = sentence.clauses().at(f.startTok);
        for (Mention m : sentence.mentions()) {
            if (m.start < f.startTok && sentence.clauses().at(m.start) == clause && m.kind != Mention.Kind.COREF && !m.placeLike) {
                return true;
            }
        }
        return false;
    }

    /** How far before a figure a country's aggregate may open its clause: "US store closures announced this year total". */
    private static final int AGGREGATE_WINDOW = 24;

    /**
     * A country's aggregate, its code before a lower-case plural and a verb of moving or totalling, and the
     * figures of its clause after it: "US store closures announced this year total about 7,300, according to
     * one consultancy, against 5,900 openings", "UK job cuts rose to 42,000 in May". "Initech's US sales
     * fell 3%" is owned: an organisation named before the figure in its clause makes the figure its own.
     */
    private static boolean countryAggregate(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int clause = sentence.clauses().at(f.startTok);
        for (int k = f.startTok - 2; k >= 0 && k >= f.startTok - AGGREGATE_WINDOW && sentence.clauses().at(k) == clause; k--) {
            if (!t.isAny(k, COUNTRY_CODES) || !countryCode(t, k) || ownedBefore(t, k)) {
                continue;
            }
            for (int j = k + 2; j < Math.min(f.startTok, k + AGGREGATE_SUBJECT) && t.isWord(j)
                    && (!t.capitalised(j) || Lexicon.MONTHS.containsKey(t.lower(j))); j++) { // "announced in October"
                if (t.isAny(j, MOVES) || t.isAny(j, TOTALLING)) {
                    return !organisationInClauseBefore(sentence, f);
                }
            }
            return false;
        }
        return false;
    }

    /**
     * A clause whose subject is a median, however long the phrase before its verb: "the median layoff round at
     * a US company with more than 10,000 employees is between 2% and 4% of staff".
     */
    private static boolean medianOpensTheClause(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int clause = sentence.clauses().at(f.startTok);
        int first = f.startTok;
        while (first > 0 && sentence.clauses().at(first - 1) == clause) {
            first--;
        }
        if (t.isSymAny(first, ":;,")) {
            first++;
        }
        int median = t.is(first, "the") || t.is(first, "a") ? first + 1 : first;
        return median < f.startTok && t.isAny(median, STATISTIC_WORDS) && !organisationBetween(sentence, median, f.startTok);
    }

    /** The last word of a stock index's name before its number: "the S&P 500", "the Dow", "the FTSE 250". */
    private static boolean stockIndexAt(Tokens t, int k) {
        return (t.is(k, "p") && t.isSym(k - 1, '&') && t.is(k - 2, "s")) || t.isAny(k, STOCK_INDEXES);
    }

    /** The end of an index's name after its first word: its number, "index" and capitalised words ("Jones Industrial Average"). */
    private static int afterAnIndexName(Tokens t, int k) {
        int j = k;
        while (j < k + 4 && ((t.isNum(j) && !t.attached(j)) || t.is(j, "index") || t.capitalised(j))) {
            j = t.isNum(j) ? NonClaims.numberRunEnd(t, j) : j + 1;
        }
        return j;
    }

    /**
     * The verb after a price and the phrase that says of what or where: "House prices in London fell",
     * "The average price of a new car rose"; the token after the phrase when no verb ends it.
     */
    private static int verbAfterAPhrase(Tokens t, int from) {
        if (!t.isAny(from, PHRASE_PREPOSITIONS)) {
            return from;
        }
        for (int j = from + 1; j <= from + 4 && t.isWord(j); j++) {
            if (t.isAny(j, MOVES)) {
                return j;
            }
        }
        return from;
    }

    /** "UK", "US", "EU": a country or union written as its code. */
    private static boolean countryCode(Tokens t, int k) {
        return t.isWord(k) && t.length(k) == 2 && t.text(k).equals(t.text(k).toUpperCase(java.util.Locale.ROOT));
    }

    /** "People aged 18 to 24", "between the ages of 25 and 34": a range of ages. */
    private static boolean rangeOfAges(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        int from = t.is(f.startTok - 1, "and") && t.isNum(f.startTok - 2) ? f.startTok - 2 : f.startTok; // "of 18 and 24"
        return f.unit == null && (t.is(from - 1, "aged") || (t.is(from - 1, "of") && t.is(from - 2, "ages")));
    }

    /** "the full list of stops, numbered 1 to 27": the numbers of a list's items. */
    private static boolean numberedItems(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        return f.high != null && f.unit == null && f.value.compareTo(BigDecimal.ONE) <= 0
                && t.is(f.startTok - 1, "numbered");
    }

    private static boolean cueAt(SentenceContext sentence, int token) {
        for (MetricCues.Cue cue : sentence.cues()) {
            if (cue.start() <= token && token < cue.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The size of a ranked group and a count of its members: "the 20 largest US retailers", "8 of the
     * 10 best-performing stocks". A ranking is no quantity of an organisation, unless the group is of
     * people or of something a metric counts ("laid off the 1,000 highest-paid managers").
     */
    private static boolean rankedGroup(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        if (f.unit != null) {
            return false;
        }
        int ranking = -1;
        if (t.is(f.startTok - 1, "the") && t.isAny(f.endTok, RANKING_WORDS)) {
            ranking = f.endTok;
        } else if (t.is(f.endTok, "of") && t.is(f.endTok + 1, "the") && t.isNum(f.endTok + 2)
                && t.isAny(NonClaims.numberRunEnd(t, f.endTok + 2), RANKING_WORDS)) {
            ranking = NonClaims.numberRunEnd(t, f.endTok + 2);
        }
        return ranking >= 0 && !countsPeopleOrAMetric(sentence, ranking + 1, 4);
    }

    /** A people noun or a metric cue among the {@code n} tokens from {@code from}. */
    private static boolean countsPeopleOrAMetric(SentenceContext sentence, int from, int n) {
        Tokens t = sentence.tokens();
        for (int k = from; k < Math.min(t.size, from + n); k++) {
            if (t.isAny(k, Lexicon.PEOPLE_HEADS) || cueAt(sentence, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A hundred", "a thousand" with nothing counted that a claim could be about ("copied into a
     * hundred stories"): a way of saying "many", not a figure.
     */
    private static boolean roundNumberForMany(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        return f.unit == null && (t.is(f.startTok, "a") || t.is(f.startTok, "an")) && f.endTok == f.startTok + 2
                && t.isAny(f.startTok + 1, ROUND_SCALES) && MetricStage.nearestCue(sentence, f) == null
                && !Lexicon.peopleNounWithin(t, f.endTok, 3);
    }

    /**
     * A bare count in a clause the writer speaks of themself in ("I asked 6 former managers", "I
     * counted 23 such errors", "I have been saying this to roughly 3 people", "the 4 closed sites I
     * found"), outside any quotation:
     * the writer's own doings, not an organisation's. Money and percentages stay claims.
     */
    private static boolean writersOwnCount(SentenceContext sentence, Figure f) {
        if (f.unit != null) {
            return false;
        }
        Tokens t = sentence.tokens();
        int clause = sentence.clauses().at(f.startTok);
        for (int k = f.startTok - 1; k >= 0 && sentence.clauses().at(k) == clause; k--) {
            if (writerAt(t, k)) {
                return true;
            }
        }
        // "The 4 closed sites I found": the writer's own count in a relative clause right after its noun.
        for (int k = f.endTok; k <= f.endTok + 3 && t.isWord(k); k++) {
            if (writerAt(t, k)) {
                return true;
            }
        }
        // "and, by my count, at least 40 humanoid prototypes": the writer's own count, a few words before.
        for (int k = f.startTok - 2; k >= Math.max(0, f.startTok - 6); k--) {
            if (t.is(k, "my") && t.isAny(k + 1, COUNTING_NOUNS) && !quoted(t, k)) {
                return true;
            }
        }
        // "Our tally of disclosed rounds fell to 41 in the first half, from 58": the writer's own count.
        for (int k = f.startTok - 1; k >= 1 && !organisationBetween(sentence, k, f.startTok); k--) {
            int noun = t.is(k, "own") ? k + 1 : k;
            if (t.is(k - 1, "our") && t.isAny(noun, COUNTING_NOUNS) && t.is(noun + 1, "of") && !quoted(t, k)
                    && !countsPeopleOrAMetric(sentence, f.endTok, 3)) {
                return true;
            }
            if (t.is(k - 1, "our") && t.isAny(k, COUNTING_NOUNS) && verbOfCountingTo(t, k + 1, f) && !quoted(t, k)
                    && !Lexicon.peopleNounWithin(t, f.endTok, 3) && !organisationBetween(sentence, -1, t.size)) {
                return true; // "In 2025 our tracker logged 1,184 rounds"
            }
        }
        return false;
    }

    /** "our tracker logged 1,184 rounds", "our database counts about 300": a verb of the writer's count right before the figure. */
    private static boolean verbOfCountingTo(Tokens t, int verb, Figure f) {
        return t.isAny(verb, COUNTING_VERBS) && (verb + 1 == f.startTok || (verb + 2 == f.startTok && t.isWord(verb + 1)));
    }

    private static final Set<String> COUNTING_VERBS = Set.of(
            "logged", "logs", "counted", "counts", "recorded", "records", "found", "finds", "lists", "listed", "shows",
            "showed", "tracked", "tracks");

    /**
     * The pronoun "I", not a numeral after a name ("Phase I", "World War I"), outside a quotation: a verb
     * follows it ("in November I drove": a month is no name).
     */
    private static boolean writerAt(Tokens t, int k) {
        return t.isWord(k) && t.text(k).equals("I") && (!t.capitalised(k - 1) || Lexicon.MONTHS.containsKey(t.lower(k - 1)))
                && t.isWord(k + 1) && !t.capitalised(k + 1) && !quoted(t, k);
    }

    /** An organisation named between the two tokens: "as the market fell, Initech cut 1,500 jobs" is Initech's. */
    private static boolean organisationBetween(SentenceContext sentence, int from, int to) {
        for (Mention m : sentence.mentions()) {
            if (m.start > from && m.start < to && m.kind != Mention.Kind.COREF && !m.placeLike) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} stands inside a quotation opened earlier in its sentence. */
    private static boolean quoted(Tokens t, int k) {
        boolean open = false;
        for (int i = 0; i < k; i++) {
            if (t.isSymAny(i, "\"\u201c\u201d")) {
                open = t.isSym(i, '\u201c') || (!t.isSym(i, '\u201d') && !open);
            }
        }
        return open;
    }

    /**
     * A figure whose clause is about a market or a person's pay, not an organisation: "the
     * warehouse-robot market will grow 14% a year", "the starting salary for a chip designer is about
     * $185,000, up 9%". The subject word stands before the figure and is followed by its verb or a
     * preposition; "its share of the market" and "a wage bill" are an organisation's.
     */
    private static boolean marketOrPayFigure(SentenceContext sentence, Figure f) {
        if (moneyIntoOrganisationsInGeneral(sentence, f)) {
            return true;
        }
        Tokens t = sentence.tokens();
        int clause = sentence.clauses().at(f.startTok);
        boolean moneyOrPercent = f.unit != null;
        for (int k = f.startTok - 1; k >= 0 && sentence.clauses().at(k) == clause; k--) {
            boolean verbAfter = t.isAny(k + 1, STATISTIC_VERBS) || t.isAny(k + 1, Lexicon.COMPARISON_WORDS);
            boolean expected = t.is(k + 1, "to") && t.isAny(k + 2, GROWING); // "expect the occupation to grow 9%"
            boolean market = (t.isAny(k, Lexicon.WHOLE_MARKETS) || t.isAny(k, OCCUPATIONS)) && !ofSomething(t, k)
                    && (verbAfter || expected || t.isAny(k + 1, EMPLOYING)); // "The state's paper industry employs roughly 21,000"
            market |= wholeMarket(t, k) || marketOfAThing(t, k) || (moneyOrPercent && fundingOfOrganisationsInGeneral(t, k))
                    || genericOrganisations(t, sentence.clauses(), k);
            boolean pay = moneyOrPercent && t.isAny(k, PAY_WORDS) && (verbAfter || t.is(k + 1, "for"));
            if (market || pay) {
                return !organisationBetween(sentence, k, f.startTok);
            }
        }
        return stockIndexMove(sentence, f);
    }

    /**
     * A market, an industry or a sector said to be taken whole, whatever verb follows: "The industry as a
     * whole cut roughly 14,000 jobs", "the whole sector built about 210,000 homes", "Across the sector,
     * hospitals added 160,000 jobs". "Across the industry, Initech cut 500" names its organisation (see
     * the caller), and a figure before "across the sector" ("another 50,000 across the sector") is no
     * market's.
     */
    private static boolean wholeMarket(Tokens t, int k) {
        if (!t.isAny(k, Lexicon.WHOLE_MARKETS) || ofSomething(t, k) || ownedBefore(t, k)) {
            return false;
        }
        boolean asAWhole = t.is(k + 1, "as") && t.is(k + 2, "a") && t.is(k + 3, "whole");
        boolean fronted = t.is(k - 1, "the") && t.isAny(k - 2, ACROSS) && t.isSym(k + 1, ',');
        return asAWhole || t.isAny(k - 1, WHOLE) || fronted;
    }

    /** How many words may tell what or where a market is before its verb: "The market for copy paper in North America has". */
    private static final int MARKET_PHRASE = 8;

    private static final Set<String> FOR_OR_IN = Set.of("for", "in");

    /**
     * A market told by what it sells or where, then its verb: "The market for copy paper in North America has
     * been shrinking by 3% a year". "Its market in Europe grew 5%" is owned.
     */
    private static boolean marketOfAThing(Tokens t, int k) {
        if (!t.is(k, "market") || !t.isAny(k + 1, FOR_OR_IN) || ofSomething(t, k) || ownedBefore(t, k)) {
            return false;
        }
        for (int j = k + 2; j < k + 2 + MARKET_PHRASE && t.isWord(j); j++) {
            if (t.isAny(j, STATISTIC_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /** Words that take a market whole: "the whole sector", "the entire industry". */
    private static final Set<String> WHOLE = Set.of("whole", "entire");
    private static final Set<String> ACROSS = Set.of("across", "throughout");

    /**
     * Money put into organisations in general by no organisation the sentence names: "Venture investors
     * put $42 billion into health-technology start-ups last year" ("Investors put $250 million into Hooli"
     * and "Globex has put $2 billion into robotics start-ups" stay claims).
     */
    private static boolean moneyIntoOrganisationsInGeneral(SentenceContext sentence, Figure f) {
        Tokens t = sentence.tokens();
        if (f.unit == null || f.unit.dimension() != Dimension.CURRENCY || !(t.is(f.endTok, "into") || t.is(f.endTok, "in"))) {
            return false;
        }
        return organisationsInGeneralFrom(t, f.endTok + 1) && !organisationBetween(sentence, -1, f.startTok);
    }

    /**
     * Whether the words from {@code from} name organisations in general, past words and acronyms that
     * describe them: "health-technology start-ups", "AI start-ups" ("Hooli", "the round," name none).
     */
    private static boolean organisationsInGeneralFrom(Tokens t, int from) {
        for (int j = from; j < Math.min(t.size, from + MARKET_TARGET_TOKENS); j++) {
            boolean startUps = t.is(j, "ups") && t.isSym(j - 1, '-') && t.is(j - 2, "start");
            if (t.isAny(j, ORGANISATION_PLURALS) || startUps) {
                return true;
            }
            boolean acronym = t.isWord(j) && t.length(j) <= 3 && allCapitals(t, j); // "AI", "EV"
            if ((t.isWord(j) && t.capitalised(j) && !acronym) || (!t.isWord(j) && !(t.isSym(j, '-') && t.attached(j)))) {
                return false; // "into Hooli", "into the round,"
            }
        }
        return false;
    }

    private static boolean allCapitals(Tokens t, int k) {
        return t.text(k).equals(t.text(k).toUpperCase(java.util.Locale.ROOT));
    }

    /** Money that flows to organisations in general, named as its subject: "Venture funding for robotics start-ups". */
    private static final Set<String> FUNDING_NOUNS = Set.of("funding", "investment", "financing", "capital");
    private static final Set<String> FUNDING_LINKS = Set.of("for", "into", "to", "in");

    /** "Venture funding for robotics start-ups reached $7.5 billion": the subject funds organisations in general. */
    private static boolean fundingOfOrganisationsInGeneral(Tokens t, int k) {
        return t.isAny(k, FUNDING_NOUNS) && t.isAny(k + 1, FUNDING_LINKS) && !ownedBefore(t, k)
                && organisationsInGeneralFrom(t, k + 2);
    }

    /**
     * A bare plural noun for organisations as the subject of its verb, "Freight-technology companies
     * have shed", "Tech firms cut": organisations in general. "The companies", "both firms", "its
     * suppliers" and "Initech's suppliers" are organisations the text named.
     */
    private static boolean genericOrganisations(Tokens t, Clauses clauses, int k) {
        int head;
        if (t.capitalised(k) && k > 0) {
            return false; // "Meta Platforms said": part of a name
        }
        if (t.isAny(k, ORGANISATION_PLURALS)) {
            head = k;
        } else if (t.is(k, "ups") && t.isSym(k - 1, '-') && t.is(k - 2, "start")) {
            head = k - 2;
        } else {
            return false;
        }
        boolean verbAfter = t.isAny(k + 1, STATISTIC_VERBS) || t.isAny(k + 1, Lexicon.SUBJECT_VERBS)
                || (t.isWord(k + 1) && t.lower(k + 1).endsWith("ed"));
        if (!verbAfter) {
            return false;
        }
        // The noun phrase must open its clause: "as tech firms cut", not "Initech said suppliers were told".
        for (int b = head - 1; b >= head - 4; b--) {
            if (b < 0 || clauses.at(b) != clauses.at(head) || t.isSymAny(b, ",;:(") || t.isAny(b, CLAUSE_OPENERS)) {
                return true;
            }
            boolean modifier = (t.isWord(b) && !t.isAny(b, DEFINITE_BEFORE_PLURAL) && !t.isAny(b, Lexicon.SUBJECT_VERBS)
                    && !t.isAny(b, Lexicon.PREPOSITIONS) && !t.is(b, "s")) || (t.isSym(b, '-') && t.attached(b));
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /** "while the FTSE 100 rose 0.3%": the move of a stock index named just before the figure in its clause. */
    private static boolean stockIndexMove(SentenceContext sentence, Figure f) {
        Mention nearest = null;
        int clause = sentence.clauses().at(f.startTok);
        for (Mention m : sentence.mentions()) {
            if (m.end <= f.startTok && sentence.clauses().at(m.start) == clause) {
                nearest = m;
            }
        }
        Tokens t = sentence.tokens();
        return nearest != null && nearest.thirdParty && t.isNum(nearest.end) && !t.attached(nearest.end)
                && nearest.end + 1 < f.startTok;
    }
}
