package dev.factcheck.runtime.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factcheck.articles.Limits;
import dev.factcheck.ids.Urls;
import dev.factcheck.numbers.FigureLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a body before anything happens, so a caller learns all of them at once
 * and an invalid request changes nothing.
 */
public final class Validation {

    public static final String NUMBER_OUT_OF_RANGE = "number_out_of_range";
    public static final String DATE_OUT_OF_RANGE = "date_out_of_range";
    /** Dates outside these years are typing errors or attacks; inside them every date prints and compares cheaply. */
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;

    private final List<ApiException.Problem> problems = new ArrayList<>();

    public void problem(String path, String problem) {
        problems.add(new ApiException.Problem(path, problem));
    }

    private void problem(String path, String problem, String code) {
        problems.add(new ApiException.Problem(path, problem, code));
    }

    public boolean hasProblemAt(String path) {
        return problems.stream().anyMatch(p -> p.path().equals(path));
    }

    /** Throws 400 validation_failed naming every problem found. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ApiException.validationFailed(problems);
        }
    }

    public String requiredString(JsonNode parent, String field, String path, int maxLength) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            problem(path, "is required");
            return null;
        }
        return string(value, path, maxLength, false);
    }

    public String optionalString(JsonNode parent, String field, String path, int maxLength) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? null : string(value, path, maxLength, true);
    }

    private String string(JsonNode value, String path, int maxLength, boolean blankAllowed) {
        if (!value.isTextual()) {
            problem(path, "must be a string");
            return null;
        }
        String text = value.asText();
        if (!blankAllowed && text.isBlank()) {
            problem(path, "must not be blank");
            return null;
        }
        if (text.length() > maxLength) {
            problem(path, "must be at most " + maxLength + " characters");
            return null;
        }
        return text;
    }

    public BigDecimal requiredNumber(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            problem(path, "is required");
            return null;
        }
        if (!value.isNumber()) {
            problem(path, "must be a number");
            return null;
        }
        BigDecimal number = value.decimalValue();
        String outOfRange = FigureLimits.problem(number);
        if (outOfRange != null) {
            problem(path, "must have at most " + FigureLimits.MAX_SIGNIFICANT_DIGITS + " significant digits and an exponent "
                    + "within \u00b1" + FigureLimits.MAX_EXPONENT + " (it has " + outOfRange + ")", NUMBER_OUT_OF_RANGE);
            return null;
        }
        return number;
    }

    /** A calendar date, written {@code 2025-10-28} or as an ISO date-time whose date part is taken. */
    public LocalDate optionalDate(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return date(value, path);
    }

    public LocalDate requiredDate(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            problem(path, "is required");
            return null;
        }
        return date(value, path);
    }

    private LocalDate date(JsonNode value, String path) {
        if (!value.isTextual()) {
            problem(path, "must be a date such as 2025-10-28 or an ISO date-time");
            return null;
        }
        String text = value.asText().trim();
        try {
            LocalDate date = text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                problem(path, "must be a date in the years " + MIN_YEAR + " to " + MAX_YEAR, DATE_OUT_OF_RANGE);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(path, "must be a date such as 2025-10-28 or an ISO date-time");
            return null;
        }
    }

    /** An absolute http or https URL, or null when absent or blank. */
    public String optionalUrl(JsonNode parent, String field, String path) {
        String url = optionalString(parent, field, path, Limits.MAX_URL_LENGTH);
        if (url != null && !url.isBlank() && !Urls.isWebUrl(url)) {
            problem(path, "must be an absolute http or https URL");
            return null;
        }
        return url == null || url.isBlank() ? null : url;
    }

    /** An absolute http or https URL without user info, surrounding spaces removed. */
    public String requiredUrlWithoutUserInfo(JsonNode parent, String field, String path) {
        String url = requiredString(parent, field, path, Limits.MAX_URL_LENGTH);
        if (url != null && !Urls.isWebUrlWithoutUserInfo(url.strip())) {
            problem(path, "must be an absolute http or https URL without user info");
            return null;
        }
        return url == null ? null : url.strip();
    }

    /** A query parameter that must be a whole number from {@code min} to {@code max}; 400 naming it otherwise. */
    public static int wholeNumber(String name, String text, int min, int max) {
        try {
            int number = Integer.parseInt(text.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // Same answer as out of range.
        }
        throw ApiException.validationFailed(List.of(new ApiException.Problem(name,
                "must be a whole number from " + min + " to " + max)));
    }
}
