package dev.factcheck.check;

/**
 * A text holds more figures than one check takes. The bound keeps every answer, which lists each
 * claim with its evidence, well inside what Lambda can return (6 MB).
 */
public final class TooManyClaimsException extends RuntimeException {

    private final int found;
    private final int limit;

    public TooManyClaimsException(int found, int limit) {
        super("the text holds " + found + " figures; at most " + limit + " are checked at once", null, false, false);
        this.found = found;
        this.limit = limit;
    }

    public int found() {
        return found;
    }

    public int limit() {
        return limit;
    }
}
