package dev.factcheck.claims;

/** Character offsets into the submitted text: {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
