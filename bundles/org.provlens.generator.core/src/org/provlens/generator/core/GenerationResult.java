package org.provlens.generator.core;

/**
 * What one {@link CampaignGenerator#write} wrote.
 *
 * @param tasks the task records
 * @param workflows the workflow records
 * @param failedTasks the task records with status {@code ERROR} (diverged runs)
 * @param lines the lines (records) in all
 * @param bytes the bytes written
 */
public record GenerationResult(long tasks, long workflows, long failedTasks, long lines, long bytes) {

    /**
     * A one-line summary.
     *
     * @return e.g. {@code 2001 lines (1990 tasks, 11 workflows, 120 failed tasks), 4.9 MB}
     */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d lines (%d tasks, %d workflows, %d failed tasks), %.1f MB",
                lines, tasks, workflows, failedTasks, bytes / 1e6);
    }
}
