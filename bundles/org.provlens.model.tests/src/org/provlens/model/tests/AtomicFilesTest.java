package org.provlens.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.model.util.AtomicFiles;
import org.provlens.model.util.WorkspaceStore;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Workspace;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheUmaskPermissionsOfAnyOtherNewFileNotPrivateOnes() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe")); // what the user's tools would create here
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
        Path export = dir.resolve("export.csv");
        AtomicFiles.write(export, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, Files.getPosixFilePermissions(export));
        assertEquals("a,b\n", Files.readString(export));

        Workspace workspace = ProvlensFactory.eINSTANCE.createWorkspace();
        Path saved = dir.resolve("ws.provlens");
        WorkspaceStore.save(workspace, saved);
        assertEquals(expected, Files.getPosixFilePermissions(saved), "the workspace file too");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("shared.json");
        Files.writeString(file, "old");
        Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, groupReadable);
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        assertEquals(groupReadable, Files.getPosixFilePermissions(file));
    }

    @Test
    void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("keep.txt");
        Files.writeString(file, "precious");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("precious", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
