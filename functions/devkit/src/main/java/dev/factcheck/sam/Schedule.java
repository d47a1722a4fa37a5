package dev.factcheck.sam;

/** A ScheduleV2 event of a function: {@code rate(15 minutes)} or a cron expression. */
public record Schedule(String eventName, String expression, boolean enabled, String input) {
}
