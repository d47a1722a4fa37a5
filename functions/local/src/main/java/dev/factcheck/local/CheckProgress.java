package dev.factcheck.local;

import dev.factcheck.verify.Verdict;
import java.io.PrintStream;

/**
 * What a batch {@code check} shows while it works, on stderr so that stdout stays the report: on a
 * terminal one progress bar redrawn in place; otherwise (a pipe, a file, CI) one plain line per file.
 */
final class CheckProgress {

    private static final int BAR = 24;
    private static final int LINE = 79;

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private int done;

    CheckProgress(PrintStream err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    void checking(String file) {
        if (terminal) {
            draw(file);
        }
    }

    void checked(CheckReport.FileCheck file) {
        done++;
        if (terminal) {
            draw(file.file());
        } else {
            err.printf("[%d/%d] %s: %s%n", done, total, file.file(), outcome(file));
        }
    }

    /** Clears the bar, so the report starts on a clean line. */
    void finish() {
        if (terminal) {
            err.print("\r" + " ".repeat(LINE) + "\r");
            err.flush();
        }
    }

    private void draw(String file) {
        int filled = total == 0 ? BAR : done * BAR / total;
        String line = "checking [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + total + " " + file;
        if (line.length() > LINE) {
            line = line.substring(0, LINE - 3) + "...";
        }
        err.print("\r" + line + " ".repeat(LINE - line.length()));
        err.flush();
    }

    private static String outcome(CheckReport.FileCheck file) {
        if (file.failed()) {
            return "error: " + file.error();
        }
        return file.claims() + (file.claims() == 1 ? " claim" : " claims") + ", "
                + file.count(Verdict.CONTRADICTED) + " contradicted, " + file.count(Verdict.OUTDATED) + " outdated";
    }
}
