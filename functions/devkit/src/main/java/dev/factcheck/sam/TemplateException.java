package dev.factcheck.sam;

/** template.yaml cannot be read or says something this project cannot use; names the file, line and problem. */
public final class TemplateException extends RuntimeException {

    public TemplateException(String file, int line, int column, String problem) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem);
    }

    public TemplateException(String file, String problem) {
        this(file, 0, 0, problem);
    }
}
