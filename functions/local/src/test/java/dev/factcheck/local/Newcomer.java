package dev.factcheck.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment of a newcomer's shell: no {@code JAVA_HOME}, an older JDK's {@code java} first on the
 * {@code PATH} (17 on this project's machines) and no JDK 25 on the {@code PATH} at all, so whatever
 * runs the project must find its JDK 25 the way {@code ./factcheck} and the toolchains plugin do.
 */
final class Newcomer {

    static final int REQUIRED_JAVA = 25;
    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    private Newcomer() {
    }

    /** The older JDK whose {@code java} comes first, if the machine has one (else no java is on the PATH). */
    static Optional<Path> olderJdk() {
        try (Stream<Path> homes = Stream.of(Path.of("/usr/lib/jvm"), Path.of("/Library/Java/JavaVirtualMachines"))
                .filter(Files::isDirectory)
                .flatMap(Newcomer::children)) {
            return homes.map(home -> Files.isDirectory(home.resolve("Contents/Home")) ? home.resolve("Contents/Home") : home)
                    .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> version(home).filter(version -> version < REQUIRED_JAVA).isPresent())
                    .max(Comparator.comparing(home -> version(home).orElse(0)));
        }
    }

    static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove("JAVA_HOME");
        environment.remove("JDK_HOME");
        environment.keySet().removeIf(name -> name.matches("JAVA\\d+_HOME"));
        environment.remove("MAVEN_ARGS");
        environment.remove("MAVEN_OPTS");
        List<String> path = new ArrayList<>();
        olderJdk().ifPresent(home -> path.add(home.resolve("bin").toString()));
        for (String entry : environment.getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!entry.isEmpty() && !holdsRecentJava(Path.of(entry))) {
                path.add(entry);
            }
        }
        environment.put("PATH", String.join(":", path));
        return environment;
    }

    /** True when {@code dir/java} is a JDK 25+ (a JDK's bin folder, or a link into one). */
    private static boolean holdsRecentJava(Path dir) {
        Path java = dir.resolve("java");
        if (!Files.isExecutable(java)) {
            return false;
        }
        try {
            Path home = java.toRealPath().getParent().getParent();
            return version(home).map(version -> version >= REQUIRED_JAVA).orElse(false);
        } catch (IOException unresolvable) {
            return false;
        }
    }

    private static Optional<Integer> version(Path home) {
        try {
            Matcher version = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
        } catch (IOException noReleaseFile) {
            return Optional.empty();
        }
    }

    private static Stream<Path> children(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList().stream();
        } catch (IOException unreadable) {
            return Stream.empty();
        }
    }
}
