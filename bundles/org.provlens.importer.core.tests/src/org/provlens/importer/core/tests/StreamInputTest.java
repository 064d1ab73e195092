package org.provlens.importer.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.ImportProblem;
import org.provlens.importer.core.ImportResult;
import org.provlens.importer.core.Importers;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.importer.core.codecarbon.CodeCarbonImporter;
import org.provlens.importer.core.flowcept.FlowceptImporter;

/**
 * Inputs that can be read only once (a FIFO here, as a pipe, {@code /dev/stdin} or {@code <(zstdcat ...)} are):
 * every record of the data written into them is imported, as from the same data in a file. Reading the head to
 * recognise the format and opening the input again lost the first 64 KB of a FIFO.
 */
class StreamInputTest {

    @TempDir
    Path dir;

    @Test
    void flowceptLinesThroughAFifoLoseNothingRecognisedOrForced() throws Exception {
        Path data = TestFiles.get("flowcept/amd_frontier.jsonl");
        ImportResult fromFile = Importers.importFile(data, WorkspaceBuilder.forNewWorkspace("file"), null);

        ImportResult recognised = throughFifo(data, fifo -> Importers.importFile(fifo,
                WorkspaceBuilder.forNewWorkspace("fifo"), null));
        assertSame(fromFile, recognised);

        ImportResult forced = throughFifo(data, fifo -> new FlowceptImporter().importFile(fifo,
                WorkspaceBuilder.forNewWorkspace("forced"), null));
        assertSame(fromFile, forced);
    }

    @Test
    void aByteOrderMarkAtTheStartOfAFifoIsReadAsAbsent() throws Exception {
        Path data = TestFiles.get("flowcept/train_nvidia.jsonl");
        Path bom = dir.resolve("bom.jsonl");
        byte[] bytes = Files.readAllBytes(data);
        byte[] marked = new byte[bytes.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, marked, 3, bytes.length);
        Files.write(bom, marked);
        ImportResult fromFile = Importers.importFile(data, WorkspaceBuilder.forNewWorkspace("file"), null);
        assertSame(fromFile, throughFifo(bom, fifo -> Importers.importFile(fifo,
                WorkspaceBuilder.forNewWorkspace("fifo"), null)));
    }

    @Test
    void aJsonArrayAndACsvThroughAFifoAreReadFromACopyNamedAsTheFifo() throws Exception {
        for (String name : new String[] {"flowcept/sample_data.json", "flowcept/truncated_array.json",
                "codecarbon/emissions.csv"}) {
            Path data = TestFiles.get(name);
            ImportResult fromFile = Importers.importFile(data, WorkspaceBuilder.forNewWorkspace("file"), null);
            ImportResult fromFifo = throughFifo(data, fifo -> Importers.importFile(fifo,
                    WorkspaceBuilder.forNewWorkspace("fifo"), null));
            assertSame(fromFile, fromFifo);
            for (ImportProblem problem : fromFifo.problems()) {
                assertTrue(problem.source().endsWith("input.fifo"), problem.toString());
                assertFalse(problem.message().contains("provlens-stream-"), problem.toString());
            }
        }
        Path csv = TestFiles.get("codecarbon/emissions.csv");
        ImportResult forced = throughFifo(csv, fifo -> Importers.importStream(fifo, new CodeCarbonImporter(),
                WorkspaceBuilder.forNewWorkspace("forced"), null));
        assertSame(Importers.importFile(csv, WorkspaceBuilder.forNewWorkspace("file"), null), forced);
    }

    /** The same counts and problems (but for the name of the input) from the file and from the stream. */
    private static void assertSame(ImportResult fromFile, ImportResult fromStream) {
        assertTrue(fromStream.source().endsWith("input.fifo"), fromStream.source());
        assertEquals(fromFile.format(), fromStream.format());
        assertEquals(fromFile.records(), fromStream.records(), "records");
        assertEquals(fromFile.skipped(), fromStream.skipped(), "skipped");
        assertEquals(fromFile.workflows(), fromStream.workflows(), "workflows");
        assertEquals(fromFile.tasks(), fromStream.tasks(), "tasks");
        assertEquals(fromFile.problems().stream().map(p -> p.line() + " " + p.message()
                .replace(fromFile.source(), "")).toList(),
                fromStream.problems().stream().map(p -> p.line() + " " + p.message()
                        .replace(fromStream.source(), "")).toList());
        assertTrue(fromStream.records() > 0, "the sample has records");
    }

    private interface Import {
        ImportResult from(Path fifo) throws IOException;
    }

    /** Writes a file into a new FIFO from another thread while the import reads it. */
    private ImportResult throughFifo(Path data, Import importer) throws Exception {
        Path fifo = dir.resolve("input.fifo");
        Files.deleteIfExists(fifo);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS), "mkfifo ran");
        assertEquals(0, mkfifo.exitValue(), "mkfifo (coreutils) made the FIFO");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(data, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ImportResult result = importer.from(fifo);
        writer.get(60, TimeUnit.SECONDS);
        return result;
    }
}
