package org.provlens.charts.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.provlens.analysis.core.Levels;
import org.provlens.model.Task;
import org.provlens.model.Workspace;
import org.provlens.workspace.core.WorkspaceSession;

/** The bundled LLM fine-tuning sample, imported once into a session with a bulk store, as the CLI does. */
final class Sample {

    private static WorkspaceSession session;

    private Sample() {
    }

    static synchronized Workspace workspace() throws IOException {
        if (session == null) {
            Path file = Stream.of(Path.of("..", "..", "samples"), Path.of("..", "..", "..", "..", "samples"))
                    .map(d -> d.resolve("flowcept").resolve("llm_finetune_sample.jsonl")).filter(Files::exists)
                    .findFirst().orElseThrow(() -> new IllegalStateException("sample not found from "
                            + Path.of("").toAbsolutePath()));
            session = WorkspaceSession.inMemory("sample");
            session.importFiles(List.of(file), null, null);
        }
        return session.workspace();
    }

    static List<Task> level(String level) throws IOException {
        return Levels.select(workspace(), level);
    }
}
