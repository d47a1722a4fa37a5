package dev.factcheck.sam;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project root: the {@code factcheck.projectRoot} property, or the nearest folder up with a template.yaml. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("factcheck.projectRoot");
        if (configured != null && Files.isRegularFile(Path.of(configured, "template.yaml"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml")) && Files.isDirectory(dir.resolve("functions"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the factcheck project root (a folder with template.yaml and functions/); "
                + "run from inside the checkout or set -Dfactcheck.projectRoot");
    }
}
