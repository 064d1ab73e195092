package org.provlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.provlens.analysis.core.WorkspaceSummary;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.model.Workspace;
import org.provlens.workspace.core.WorkspaceSession;

/** {@code provlens import}: adds provenance to a workspace file, idempotently. */
final class ImportCommand implements Main.Command {

    @Override
    public String help() {
        return """
                Usage: provlens import <files|dirs>... --into <workspace.provlens|workspace.xmi> [--format F]

                Imports any supported format (recognised by content; --format forces one) and appends it to the
                workspace, creating the file if needed. Records already in the workspace are merged, not
                duplicated: running the same import again changes nothing. Problems are listed with file and
                line; the good records are imported and the workspace is saved. Exit status 1 on data errors.
                """;
    }

    @Override
    public int run(List<String> arguments, Main.Io io) throws IOException {
        Args args = new Args(arguments, Set.of("into", "format"), Set.of());
        String into = args.option("into");
        if (into == null) {
            throw new UsageException("--into <workspace file> is required");
        }
        if (args.positional().isEmpty()) {
            throw new UsageException("no file to import");
        }
        Path target = Path.of(into);
        try (WorkspaceSession session = WorkspaceSession.open(target, io.progress())) {
            return importInto(session, target, args, io);
        }
    }

    private static int importInto(WorkspaceSession session, Path target, Args args, Main.Io io) throws IOException {
        Workspace workspace = session.workspace();
        long before = WorkspaceSummary.of(workspace).tasks();
        List<ImportResult> results = Inputs.importInto(session, args.positional(), args.option("format"),
                io.progress());
        session.save();
        for (ImportResult result : results) {
            for (ImportProblem problem : result.problems()) {
                io.err().println((problem.severity() == ImportProblem.Severity.ERROR ? "error: " : "")
                        + problem);
            }
            io.out().println(result.summary());
        }
        long after = WorkspaceSummary.of(workspace).tasks();
        io.out().printf("%s: %,d tasks (%,d new)%n", target, after, after - before);
        return results.stream().anyMatch(ImportResult::hasErrors) ? Main.DATA_ERROR : Main.OK;
    }
}
