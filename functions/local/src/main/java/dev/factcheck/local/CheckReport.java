package dev.factcheck.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.verify.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The end of a batch {@code check}: per file, the number of claims and of each verdict (or why the file
 * was not checked), as a table for people, or JSON or CSV for machines.
 */
final class CheckReport {

    /** One file's outcome: the fact-check answer, or the error that kept it from being checked. */
    record FileCheck(String file, JsonNode answer, String error) {

        static FileCheck checked(String file, JsonNode answer) {
            return new FileCheck(file, answer, null);
        }

        static FileCheck failed(String file, String error) {
            return new FileCheck(file, null, error);
        }

        boolean failed() {
            return error != null;
        }

        int claims() {
            return failed() ? 0 : answer.path("claims").size();
        }

        int count(Verdict verdict) {
            return failed() ? 0 : answer.path("summary").path("counts").path(verdict.name()).asInt();
        }

        /** A figure the text should not be published with. */
        boolean flagged() {
            return count(Verdict.CONTRADICTED) + count(Verdict.OUTDATED) > 0;
        }
    }

    private static final List<Verdict> COLUMNS = List.of(Verdict.values());

    private final List<FileCheck> files;

    CheckReport(List<FileCheck> files) {
        this.files = List.copyOf(files);
    }

    void print(CheckFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> table(out);
            case JSON -> json(out);
            case CSV -> csv(out);
        }
        out.flush();
    }

    private void table(PrintStream out) {
        List<String> header = new ArrayList<>(List.of("file", "claims"));
        COLUMNS.forEach(verdict -> header.add(columnName(verdict)));
        long failed = files.stream().filter(FileCheck::failed).count();
        String total = "total: " + files.size() + (files.size() == 1 ? " file" : " files") + (failed > 0 ? ", " + failed + " not checked" : "");
        int width = Math.max(total.length(), files.stream().mapToInt(file -> file.file().length()).max().orElse(0));
        StringBuilder format = new StringBuilder("%-" + width + "s");
        for (int i = 1; i < header.size(); i++) {
            format.append("  %").append(header.get(i).length()).append("s");
        }
        String row = format.append("%n").toString();
        out.printf(row, header.toArray());
        for (FileCheck file : files) {
            if (file.failed()) {
                out.printf("%-" + width + "s  error: %s%n", file.file(), file.error());
            } else {
                out.printf(row, cells(file.file(), file).toArray());
            }
        }
        out.printf(row, cells(total, null).toArray());
    }

    private List<Object> cells(String label, FileCheck file) {
        List<Object> cells = new ArrayList<>(List.of(label, file == null ? totalClaims() : file.claims()));
        COLUMNS.forEach(verdict -> cells.add(file == null ? total(verdict) : file.count(verdict)));
        return cells;
    }

    private void json(PrintStream out) {
        ObjectNode report = ApiGatewayEvents.MAPPER.createObjectNode();
        ArrayNode list = report.putArray("files");
        for (FileCheck file : files) {
            ObjectNode entry = list.addObject().put("file", file.file());
            if (file.failed()) {
                entry.put("error", file.error());
            } else {
                counts(entry, file.claims(), file::count);
                entry.set("check", file.answer());
            }
        }
        ObjectNode totals = report.putObject("totals").put("files", files.size())
                .put("notChecked", files.stream().filter(FileCheck::failed).count());
        counts(totals, totalClaims(), this::total);
        try {
            out.println(ApiGatewayEvents.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(ObjectNode node, int claims, java.util.function.ToIntFunction<Verdict> count) {
        node.put("claims", claims);
        COLUMNS.forEach(verdict -> node.put(columnName(verdict), count.applyAsInt(verdict)));
    }

    /** RFC 4180: a header, one row per file, fields quoted when they hold a comma, quote or line break. */
    private void csv(PrintStream out) {
        List<String> header = new ArrayList<>(List.of("file", "claims"));
        COLUMNS.forEach(verdict -> header.add(columnName(verdict)));
        header.add("error");
        out.print(String.join(",", header) + "\r\n");
        for (FileCheck file : files) {
            List<String> fields = new ArrayList<>(List.of(csvField(file.file())));
            if (file.failed()) {
                for (int i = 0; i <= COLUMNS.size(); i++) {
                    fields.add("");
                }
                fields.add(csvField(file.error()));
            } else {
                fields.add(Integer.toString(file.claims()));
                COLUMNS.forEach(verdict -> fields.add(Integer.toString(file.count(verdict))));
                fields.add("");
            }
            out.print(String.join(",", fields) + "\r\n");
        }
    }

    private static String csvField(String value) {
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private int totalClaims() {
        return files.stream().mapToInt(FileCheck::claims).sum();
    }

    private int total(Verdict verdict) {
        return files.stream().mapToInt(file -> file.count(verdict)).sum();
    }

    private static String columnName(Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT);
    }
}
