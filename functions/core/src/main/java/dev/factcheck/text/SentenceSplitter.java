package dev.factcheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences. A period ends a sentence only when it is followed by white space and
 * an upper-case letter, digit or quote, and does not end a known abbreviation ("Inc.", "U.S.") or an
 * initial. Line breaks between paragraphs always end a sentence, and so does a single line break
 * before a line that opens with a capital, digit, quote or bullet (headlines, list items). Runs in
 * linear time.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "inc", "corp", "co", "ltd", "llc", "plc", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
            "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "u.s", "u.k", "e.g", "i.e", "approx", "est", "fig", "gov", "gen", "sen", "rep");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int length = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < length) {
            char c = text.charAt(i);
            boolean paragraphBreak = c == '\n' && lineBreakEndsSentence(text, i);
            if (paragraphBreak || ((c == '.' || c == '!' || c == '?') && endsSentence(text, i))) {
                int end = paragraphBreak ? i : closeQuotes(text, i + 1);
                add(sentences, text, start, end);
                start = skipSpace(text, end);
                i = start;
                continue;
            }
            i++;
        }
        add(sentences, text, start, length);
        return sentences;
    }

    /**
     * A blank line always ends a sentence; a single line break ends one when the next line opens
     * like a sentence, a headline or a list item (capital, digit, quote, bullet), so headlines and
     * bullet lists never run into the text that follows them.
     */
    private static boolean lineBreakEndsSentence(String text, int at) {
        int next = at + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        char first = text.charAt(next);
        return first == '\n' || Character.isUpperCase(first) || Character.isDigit(first)
                || "\"'\u201c\u2018(\u2013\u2014-\u2022*\u00b7".indexOf(first) >= 0;
    }

    private static boolean endsSentence(String text, int at) {
        int next = closeQuotes(text, at + 1);
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int following = skipSpace(text, next);
        if (following >= text.length()) {
            return true;
        }
        char first = text.charAt(following);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '\u201c'
                || first == '\'' || first == '\u2018' || first == '(')) {
            return false;
        }
        return text.charAt(at) != '.' || !abbreviationBefore(text, at);
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static int closeQuotes(String text, int at) {
        int i = at;
        while (i < text.length() && "\"'\u201d\u2019)".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        int trimmedEnd = end;
        while (trimmedEnd > start && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
            trimmedEnd--;
        }
        if (trimmedEnd > start) {
            sentences.add(new Sentence(sentences.size(), start, trimmedEnd, text.substring(start, trimmedEnd)));
        }
    }
}
