package dev.factcheck.review;

import java.util.Objects;

/**
 * Who publishes the reviews: a schema.org Organization (or Person).
 *
 * @param type {@code Organization} or {@code Person}
 * @param url  the author's home page, or null
 */
public record Author(String type, String name, String url) {

    public Author {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (!type.equals("Organization") && !type.equals("Person")) {
            throw new IllegalArgumentException("author type must be Organization or Person: " + type);
        }
    }

    public static Author organization(String name, String url) {
        return new Author("Organization", name, url);
    }
}
