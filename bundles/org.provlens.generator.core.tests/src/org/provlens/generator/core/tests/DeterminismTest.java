package org.provlens.generator.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.generator.core.CampaignGenerator;
import org.provlens.generator.core.CampaignSettings;
import org.provlens.generator.core.GenerationResult;

class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        byte[] first = Jsonl.sample();
        byte[] second = Jsonl.sample();
        assertArrayEquals(first, second);

        Path file = dir.resolve("sample.jsonl");
        GenerationResult result = new CampaignGenerator(CampaignSettings.sample()).write(file);
        assertArrayEquals(first, Files.readAllBytes(file), "writing to a file gives the same bytes as to a stream");
        assertEquals(first.length, result.bytes());
    }

    @Test
    void anotherSeedGivesAnotherCampaign() {
        byte[] sample = Jsonl.sample();
        byte[] other = Jsonl.generate(CampaignSettings.sample().withSeed(42));
        assertFalse(Arrays.equals(sample, other));
        // Not only the ids differ: the sweep does (run names carry the hyperparameters).
        assertNotEquals(runNames(sample), runNames(other));
        assertEquals(11, runNames(other).size());
    }

    @Test
    void aLargeCampaignIsDeterministicToo() throws IOException {
        CampaignSettings settings = CampaignSettings.forTaskCount(30_000, 9);
        assertArrayEquals(digest(settings), digest(settings));
        assertFalse(Arrays.equals(digest(settings), digest(CampaignSettings.forTaskCount(30_000, 10))));
    }

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites() throws IOException {
        // The tests run in the bundle's folder (Tycho and the dev script alike).
        Path committed = Path.of("../../samples/flowcept/llm_finetune_sample.jsonl");
        assertTrue(Files.isRegularFile(committed), "the repository's samples folder is not at " + committed);
        assertTrue(Arrays.equals(Files.readAllBytes(committed), Jsonl.sample()),
                "samples/flowcept/llm_finetune_sample.jsonl is stale: regenerate it as samples/README.md says");
    }

    @Test
    void theCommandLineWritesTheSampleAndReportsIt() throws IOException {
        Path file = dir.resolve("cli.jsonl");
        String printed = runMain("--out", file.toString(), "--sample");
        assertArrayEquals(Jsonl.sample(), Files.readAllBytes(file));
        GenerationResult sample = new CampaignGenerator(CampaignSettings.sample()).write(OutputStream.nullOutputStream());
        assertTrue(printed.contains(sample.lines() + " lines (" + sample.tasks() + " tasks, 11 workflows"), printed);
        assertTrue(printed.contains(file.toString()), printed);

        Path scaled = dir.resolve("scaled.jsonl");
        printed = runMain("--out", scaled.toString(), "--tasks", "5000", "--seed", "3", "--gcds", "2");
        GenerationResult expected = new CampaignGenerator(CampaignSettings.forTaskCount(5000, 3).withGcdsPerNode(2))
                .write(OutputStream.nullOutputStream());
        assertEquals(expected.bytes(), Files.size(scaled));
        assertTrue(printed.contains(expected.tasks() + " tasks"), printed);
        assertFalse(Files.readString(scaled).contains("\"gpu_2\""), "--gcds 2 keeps gpu_0 and gpu_1 only");
    }

    private static java.util.List<String> runNames(byte[] jsonl) {
        return Jsonl.records(jsonl).stream().filter(r -> "workflow".equals(r.get("type")))
                .map(r -> (String) r.get("name")).toList();
    }

    private static String runMain(String... args) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CampaignGenerator.main(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static byte[] digest(CampaignSettings settings) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                new CampaignGenerator(settings).write(out);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
