package org.provlens.recommender.core;

import java.util.List;

/**
 * A node of the knowledge graph: one unique task, with every past trial on it.
 *
 * @param key the task's identity ({@link TaskCharacteristics#key})
 * @param characteristics its traits
 * @param trials the trials on it, in workspace order
 */
public record TaskNode(String key, TaskCharacteristics characteristics, List<Trial> trials) {
    /** Copies the list. */
    public TaskNode {
        trials = List.copyOf(trials);
    }
}
