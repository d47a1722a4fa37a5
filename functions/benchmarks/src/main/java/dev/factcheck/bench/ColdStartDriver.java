package dev.factcheck.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs inside the measured JVM, on the classpath of one function's deployment artifact: constructs
 * the handler as Lambda does (public no-arg constructor), invokes it once with an event file, and
 * prints the time from JVM start to the response, the CPU time the JVM used until then (all its
 * threads: compilers and GC too), the response's status and the peak RSS. On a shared machine the wall
 * time grows with the load; the CPU time much less.
 * Uses nothing but the JDK and the Lambda interfaces, so it adds no classes worth counting.
 */
public final class ColdStartDriver {

    private ColdStartDriver() {
    }

    public static void main(String[] args) throws Exception {
        String handlerClass = args[0];
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(handlerClass)
                .getDeclaredConstructor().newInstance();
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), response, new dev.factcheck.devkit.LocalContext(300_000));
        report(response.toString());
    }

    static void report(String response) throws Exception {
        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        long millis = Duration.between(started, Instant.now()).toMillis();
        String status = response.replaceAll("(?s).*\"statusCode\"\\s*:\\s*(\\d+).*", "$1");
        System.out.println("RESULT millis=" + millis + " cpuMillis=" + cpuMillis()
                + " status=" + (status.equals(response) ? "-" : status) + " peakRssKb=" + peakRssKb());
    }

    /** User and system time of this process so far, from /proc/self/stat (in clock ticks of 10 ms). */
    private static long cpuMillis() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // The fields after the command name, which is in parentheses and may hold spaces: utime is the 12th, stime the 13th.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static long peakRssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
