package dev.factcheck.text;

/** A sentence of a text, with its character offsets in that text ({@code end} exclusive). */
public record Sentence(int index, int start, int end, String text) {
}
