package dev.factcheck.ingest.text;

/** Turns a fetched page into its title and main text; {@link MainText#ofPage(byte[], String)} in production. */
@FunctionalInterface
public interface PageExtractor {

    MainText.Page extract(byte[] body, String declaredCharset);
}
