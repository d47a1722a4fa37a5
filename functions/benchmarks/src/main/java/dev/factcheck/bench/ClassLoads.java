package dev.factcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The classes a measured JVM loaded, read from its {@code -Xlog:class+load} file. A cold start's
 * time is mostly class loading, linking and running the initialisers of what it loads, so the count
 * of classes, unlike a wall time, does not move with the machine's load: it says where a function
 * spends its start, next to the floor, package by package.
 */
final class ClassLoads {

    /** Packages shown per function: the ones where the function loads the most classes the floor does not. */
    private static final int PACKAGES_SHOWN = 25;

    private ClassLoads() {
    }

    static String fileName(String label, int run) {
        return label + "-run" + run + ".log";
    }

    /**
     * Per function: the classes its JVM and the floor's loaded (median over the runs), where they came
     * from, and the packages of the classes the function loaded that the floor did not (from the first run).
     */
    static void report(Path folder, Collection<String> functions, int runs) {
        System.out.println();
        System.out.println("| JVM | classes, median | from the JDK | from the artifact | generated at run time |");
        System.out.println("|---|---|---|---|---|");
        for (String function : functions) {
            for (String label : List.of(function, "floor-" + function)) {
                List<List<Loaded>> logs = IntStream.rangeClosed(1, runs)
                        .mapToObj(run -> read(folder.resolve(fileName(label, run)))).toList();
                List<Loaded> first = logs.get(0);
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", label,
                        median(logs.stream().map(List::size).toList()),
                        first.stream().filter(c -> c.origin() == Origin.JDK).count(),
                        first.stream().filter(c -> c.origin() == Origin.ARTIFACT).count(),
                        first.stream().filter(c -> c.origin() == Origin.GENERATED).count());
            }
        }
        for (String function : functions) {
            List<Loaded> loaded = read(folder.resolve(fileName(function, 1)));
            Set<String> floor = read(folder.resolve(fileName("floor-" + function, 1))).stream()
                    .map(Loaded::name).collect(Collectors.toCollection(HashSet::new));
            List<Loaded> extra = loaded.stream().filter(c -> c.origin() != Origin.GENERATED)
                    .filter(c -> !floor.contains(c.name())).toList();
            Map<String, Long> byPackage = extra.stream()
                    .collect(Collectors.groupingBy(Loaded::packageName, TreeMap::new, Collectors.counting()));
            System.out.println();
            System.out.println(function + ": " + extra.size() + " classes the floor does not load, by package:");
            byPackage.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .limit(PACKAGES_SHOWN)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  %5d %s%n", e.getValue(), e.getKey()));
        }
    }

    static List<Loaded> read(Path log) {
        try (var lines = Files.lines(log)) {
            return lines.map(ClassLoads::parse).filter(java.util.Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class-load log " + log, e);
        }
    }

    /** One line: {@code [0.012s][info][class,load] java.lang.Object source: shared objects file}. */
    private static Loaded parse(String line) {
        int tags = line.indexOf("[class,load] ");
        if (tags < 0) {
            return null;
        }
        String rest = line.substring(tags + "[class,load] ".length());
        int space = rest.indexOf(' ');
        String name = space < 0 ? rest : rest.substring(0, space);
        String source = rest.contains("source: ") ? rest.substring(rest.indexOf("source: ") + 8) : "";
        Origin origin = source.startsWith("file:") || source.endsWith(".jar") ? Origin.ARTIFACT
                : source.startsWith("jrt:") || source.startsWith("shared objects file") ? Origin.JDK
                : Origin.GENERATED;
        return new Loaded(name, origin);
    }

    private static int median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    enum Origin { JDK, ARTIFACT, GENERATED }

    record Loaded(String name, Origin origin) {
        String packageName() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(0, dot);
        }
    }
}
