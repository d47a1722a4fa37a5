package dev.factcheck.claims;

import dev.factcheck.catalog.Catalog;
import dev.factcheck.text.NormalizedText;
import dev.factcheck.text.Sentence;
import dev.factcheck.text.SentenceSplitter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the numeric claims in article text. Thread-safe; build one per catalog and reuse it.
 *
 * <p>The text is normalised once ({@link NormalizedText}: NFC, no zero-width characters or bidi
 * controls) and read in that form; every claim's span and words point into the text as given.
 *
 * <p>Per sentence, one pass over its tokens reads what the stages need ({@link SentenceContext}):
 * non-claim numbers (URLs, phone numbers, times, ...) and time expressions are marked first, then
 * organisation names, metric cues, clauses and figures are found. Each checkable figure then goes
 * through the stages in order (see {@link Stage}):
 * <pre>
 *   numbers → qualifiers/bounds → entity → metric → period → table cell → relation → claim
 *   NumberStage  QualifierStage  EntityStage  MetricStage  PeriodStage  TableStage  RelationStage  ClaimStage
 * </pre>
 * Linear in the length of the text; no regular expression can backtrack.
 */
public final class ClaimExtractor {

    /** Longer "sentences" are not prose (tables, dumps); they are cut to keep the work per figure bounded. */
    private static final int MAX_SENTENCE = 2_000;

    private final EntityFinder entities;
    private final MetricCues cues;
    private final List<Stage> stages;

    public ClaimExtractor(Catalog catalog, ExtractionSettings settings) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(settings, "settings");
        this.entities = new EntityFinder(catalog);
        this.cues = new MetricCues(catalog);
        this.stages = List.of(new QualifierStage(settings), new EntityStage(), new MetricStage(), new PeriodStage(),
                new TableStage(), new RelationStage());
    }

    /** The claims of {@code text}, numbered c1, c2, ... in text order. */
    public List<Claim> extract(String text, LocalDate publishedAt) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedAt, "publishedAt");
        List<Claim> claims = new ArrayList<>();
        if (text.isEmpty()) {
            return claims;
        }
        Reading reading = Reading.start(text, publishedAt);
        String normal = reading.source().text();
        int from = 0;
        for (TableReader.Table table : TableReader.find(normal)) {
            readProse(reading, from, table.start(), claims);
            TableLayout layout = TableLayout.of(table, normal, publishedAt, entities, cues);
            for (List<TableReader.Cell> row : table.rows()) {
                int start = row.getFirst().start();
                int end = row.getLast().end();
                if (end - start > MAX_SENTENCE) {
                    readProse(reading, start, end, claims);
                } else if (end > start) {
                    Sentence sentence = new Sentence(reading.nextSentence(), start, end, normal.substring(start, end));
                    extractRow(reading, sentence, layout, row, claims);
                }
            }
            from = table.end();
        }
        readProse(reading, from, normal.length(), claims);
        return claims;
    }

    /** The sentences of the prose in {@code [from, to)} of the normalised text. */
    private void readProse(Reading reading, int from, int to, List<Claim> claims) {
        String normal = reading.source().text();
        for (Sentence split : SentenceSplitter.split(normal.substring(from, to))) {
            Sentence sentence = new Sentence(reading.nextSentence(), split.start() + from, split.end() + from,
                    split.text());
            if (sentence.text().length() <= MAX_SENTENCE) {
                extractSentence(reading, sentence, claims);
                continue;
            }
            // Not prose: cut at white space into pieces, so that the work per piece stays bounded.
            int at = sentence.start();
            while (at < sentence.end()) {
                int end = Math.min(sentence.end(), at + MAX_SENTENCE);
                if (end < sentence.end()) {
                    int cut = end;
                    while (cut > at + MAX_SENTENCE / 2 && !Character.isWhitespace(normal.charAt(cut))) {
                        cut--;
                    }
                    end = cut > at + MAX_SENTENCE / 2 ? cut : endOfNumber(normal, end, sentence.end());
                }
                extractSentence(reading, new Sentence(sentence.index(), at, end, normal.substring(at, end)), claims);
                at = end;
            }
        }
    }

    /**
     * The end of the run of digits and separators around {@code at}, so that a cut never halves a
     * number (whose halves might pass for figures); {@code at} itself when it is not inside one.
     */
    private static int endOfNumber(String text, int at, int limit) {
        int end = at;
        while (end < limit && end > 0 && numberChar(text.charAt(end - 1)) && numberChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean numberChar(char c) {
        return (c >= '0' && c <= '9') || c == ',' || c == '.';
    }

    /**
     * What one extraction carries from sentence to sentence. Sentences, tokens and masks are offsets
     * into the normalised text; {@link ClaimStage} maps claim spans back to the original.
     */
    private record Reading(NormalizedText source, LocalDate publishedAt, boolean[] masked, Set<String> personNames,
                           EntityFinder.WordCases wordCases, Discourse discourse, int[] sentences) {

        static Reading start(String text, LocalDate publishedAt) {
            NormalizedText source = NormalizedText.of(text);
            return new Reading(source, publishedAt, NonClaims.maskText(source.text()), new HashSet<>(),
                    EntityFinder.wordCases(source.text()), new Discourse(), new int[1]);
        }

        int nextSentence() {
            return sentences[0]++;
        }
    }

    private void extractSentence(Reading reading, Sentence sentence, List<Claim> claims) {
        Tokens t = Tokens.of(reading.source().text(), sentence.start(), sentence.end());
        if (t.size == 0) {
            return;
        }
        boolean bullet = reading.discourse().enter(t);
        SentenceContext context = read(reading, sentence, t, null, null);
        List<ClaimDraft> drafts = build(context, reading, claims);
        reading.discourse().measured(drafts);
        if (!bullet) {
            reading.discourse().headed(t, context.cues(), !drafts.isEmpty());
            reading.discourse().leave(t, context.mentions(), context.clauses());
        }
    }

    /** A table row: read like a sentence, but its figures take their meaning from the table; the discourse stays. */
    private void extractRow(Reading reading, Sentence sentence, TableLayout layout, List<TableReader.Cell> row,
                            List<Claim> claims) {
        Tokens t = Tokens.of(reading.source().text(), sentence.start(), sentence.end());
        if (t.size > 0) {
            // "Together that is 16,000 jobs" after a table of job cuts counts what the table counted.
            reading.discourse().measured(build(read(reading, sentence, t, layout, row), reading, claims));
        }
    }

    private List<ClaimDraft> build(SentenceContext context, Reading reading, List<Claim> claims) {
        List<ClaimDraft> drafts = ReportPeriods.carry(drafts(context), context, reading.discourse());
        ClaimDraft before = null;
        for (ClaimDraft draft : drafts) {
            claims.add(ClaimStage.build(draft, "c" + (claims.size() + 1)));
            reading.discourse().claimed(draft.figure(), draft.measure().unit(), draft.subject().entity());
            BigDecimal part = before == null ? null : Shares.impliedPart(before, draft);
            if (part != null) {
                reading.discourse().stated(part, draft.subject().entity());
            }
            before = draft;
            if (draft.subject().entity() != null && draft.measure().object() != null) {
                reading.discourse().invested(draft.subject().entity(), draft.measure().object());
            }
        }
        return drafts;
    }

    /** The checkable figures of a sentence after every stage, in text order. */
    List<ClaimDraft> drafts(SentenceContext context) {
        List<ClaimDraft> drafts = new ArrayList<>();
        ClaimDraft previous = null;
        for (Figure f : context.figures()) {
            if (!NumberStage.checkable(context, f)) {
                continue;
            }
            ClaimDraft draft = ClaimDraft.of(context, f, previous);
            for (Stage stage : stages) {
                draft = stage.apply(draft);
            }
            if (f.fraction && !(draft.relating().relation() instanceof Relation.Share)) {
                continue; // "half a year", "one in five Americans": a fraction word is a claim only as a share
            }
            drafts.add(draft);
            previous = draft;
        }
        return drafts;
    }

    /**
     * The context of the first sentence of {@code text} read as the opening of an article: what the
     * stage tests start from.
     */
    SentenceContext firstSentence(String text, LocalDate publishedAt) {
        Reading reading = Reading.start(text, publishedAt);
        Sentence sentence = SentenceSplitter.split(reading.source().text()).getFirst();
        return read(reading, sentence, Tokens.of(reading.source().text(), sentence.start(), sentence.end()), null, null);
    }

    private static boolean onlyCoreferences(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.kind != Mention.Kind.COREF) {
                return false;
            }
        }
        return true;
    }

    /** Reads a sentence once for all its figures; the order matters, each step takes tokens from the next. */
    private SentenceContext read(Reading reading, Sentence sentence, Tokens t, TableLayout layout,
                                 List<TableReader.Cell> cells) {
        boolean[] taken = new boolean[t.size];
        NonClaims.mark(t, reading.masked(), taken);
        List<PeriodMention> periods = PeriodFinder.find(t, taken, reading.publishedAt(), reading.discourse().period);
        for (PeriodMention p : periods) {
            if (p.period() != null) {
                reading.discourse().period = p.period();
            }
        }
        List<Mention> mentions = entities.find(t, taken, reading.personNames(), reading.wordCases(),
                reading.discourse().described(), reading.discourse().shortNames(), reading.discourse().thirdParties(),
                reading.discourse().parts());
        List<MetricCues.Cue> sentenceCues = cues.find(t);
        Clauses clauses = Clauses.of(t);
        String priorEntity = reading.discourse().entity();
        Coreferences.resolve(t, mentions, sentenceCues, clauses, reading.discourse());
        List<Figure> figures = NumberStage.read(t, taken);
        if (onlyCoreferences(mentions)) {
            // "A cut of 1,600 from 24,900 is 6.4%": a sentence naming no organisation that restates a
            // figure, or that speaks of "that figure", is about the organisation the text gave it to.
            String restated = reading.discourse().restatedBy(figures);
            if (restated == null && Discourse.refersToTheLastFigure(t)) {
                // "A year ago that figure stood at $1 billion": the figure of the organisation claimed last.
                restated = reading.discourse().lastClaimEntity();
            }
            if (restated != null) {
                // "...; calling it 'nearly 7%' is generous": its pronouns stand for that organisation too,
                // unless they stand for one the catalog does not know ("Tesla reported results. It cut ...").
                for (Mention m : mentions) {
                    if (!m.objectRole && priorEntity != null && priorEntity.equals(m.entity)) {
                        m.entity = restated;
                    }
                }
                priorEntity = restated;
            }
        }
        TableRow row = layout == null ? null : TableRow.of(layout, cells, t, mentions, periods, figures, sentenceCues);
        return new SentenceContext(reading.source(), t, sentence, clauses, periods, mentions, sentenceCues, figures,
                priorEntity, row, row == null ? reading.discourse().measure : null, reading.discourse().ownership(),
                reading.discourse().measuresByValue(), row == null ? reading.discourse().lastClaim : null);
    }
}
