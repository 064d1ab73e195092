package org.provlens.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.cli.Main;

/** {@code provlens diagram}: a diagram laid out without a display, as JSON or SVG, and its usage errors. */
class DiagramCommandTest {

    @TempDir
    Path dir;

    private static final Path TESTFILES = Files.exists(Path.of("..", "org.provlens.importer.core.tests", "testfiles"))
            ? Path.of("..", "org.provlens.importer.core.tests", "testfiles")
            : Path.of("..", "..", "..", "org.provlens.importer.core.tests", "testfiles");

    private record Result(int status, String out, String err) {
    }

    private static Result diagram(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "diagram";
        System.arraycopy(args, 0, all, 1, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theLineageOfACmfPipelineAsJsonAndSvg() throws IOException {
        String cmf = TESTFILES.resolve("cmf/export.json").toString();
        Path json = dir.resolve("lineage.json");
        Result run = diagram("lineage", cmf, "--format", "json", "--out", json.toString());
        assertEquals(Main.OK, run.status(), run.err());
        String text = Files.readString(json);
        assertTrue(text.contains("\"nodes\"") && text.contains("\"edges\""), text);
        assertTrue(text.contains("\"id\" : \"32b715ef0d71ff4c9e61f55b09c15e75\""), "train.tsv by its content hash");
        assertTrue(text.contains("\"kind\" : \"generated\"") && text.contains("\"kind\" : \"used\""));

        Path svg = dir.resolve("lineage.svg");
        Result picture = diagram("lineage", cmf, "--root", "32b715ef0d71ff4c9e61f55b09c15e75", "--depth", "1",
                "--format", "svg", "--out", svg.toString());
        assertEquals(Main.OK, picture.status(), picture.err());
        String drawn = Files.readString(svg);
        assertTrue(drawn.startsWith("<?xml") && drawn.contains("data-id=\"32b715ef0d71ff4c9e61f55b09c15e75\""));
        assertTrue(drawn.contains("data-id=\"2a9d5e6c-8a7b-11ee-a1b2-0242ac120002\""), "a Train execution, one hop away");
        assertTrue(!drawn.contains("data-id=\"0c6f2e8a9b3d4e5f6a7b8c9d0e1f2a3b\""), "the environment is two hops away");
    }

    @Test
    void theDagOfAFlowceptTrainingToStandardOutput() {
        Result run = diagram("dag", TESTFILES.resolve("flowcept/train_nvidia.jsonl").toString(), "--format", "json",
                "--layers", "dag-duration");
        assertEquals(Main.OK, run.status(), run.err());
        assertTrue(run.out().contains("\"diagram\" : \"dag\""), run.out());
        assertTrue(run.out().contains("\"kind\" : \"workflow\""));
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        String cmf = TESTFILES.resolve("cmf/export.json").toString();
        Result unknown = diagram("sankey", cmf, "--format", "svg");
        assertEquals(Main.USAGE_ERROR, unknown.status());
        assertTrue(unknown.err().contains("unknown diagram 'sankey'") && unknown.err().contains("lineage, dag, hierarchy"),
                unknown.err());
        Result format = diagram("lineage", cmf, "--format", "png");
        assertEquals(Main.USAGE_ERROR, format.status());
        assertTrue(format.err().contains("--format svg|json"), format.err());
        Result root = diagram("hierarchy", cmf, "--root", "no-such-run", "--format", "json");
        assertEquals(Main.DATA_ERROR, root.status());
        assertTrue(root.err().contains("no-such-run"), root.err());
    }
}
