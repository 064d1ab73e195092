package org.provlens.ui.tests;

import static org.provlens.ui.tests.Workbench.drain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provlens.importer.core.WorkspaceBuilder;
import org.provlens.model.Annotation;
import org.provlens.model.Severity;
import org.provlens.model.Workspace;
import org.provlens.model.util.WorkspaceStore;
import org.provlens.ui.ProvLensUi;
import org.provlens.ui.annotations.AddAnnotationOperation;
import org.provlens.ui.annotations.Annotations;
import org.provlens.ui.recent.OpenWorkspaceHandler;
import org.provlens.ui.recent.RecentWorkspaces;
import org.provlens.ui.recent.RecentWorkspacesMenu;
import org.provlens.ui.recent.WorkspaceOpener;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * Recent workspaces: the list kept in the instance preferences, the File > Recent Workspaces menu on a real SWT
 * menu, opening from it, and the Open Workspace command.
 */
class RecentWorkspacesTest {

    @TempDir
    Path dir;

    private Shell shell;

    @BeforeEach
    void startFresh() {
        RecentWorkspaces.getDefault().install();
        RecentWorkspaces.getDefault().clear();
    }

    @AfterEach
    void cleanUp() {
        if (shell != null) {
            shell.dispose();
        }
        RecentWorkspaces.getDefault().clear();
    }

    /** A saved workspace file with nothing in it. */
    private Path workspaceFile(String name) throws Exception {
        Path file = dir.resolve(name);
        WorkspaceStore.save(WorkspaceBuilder.forNewWorkspace(name).workspace(), file);
        return file.toAbsolutePath().normalize();
    }

    /** A drop-down menu filled by the dynamic contribution, as when File > Recent Workspaces opens. */
    private MenuItem[] fillMenu() {
        if (shell == null) {
            shell = new Shell(Display.getCurrent());
        }
        Menu menu = new Menu(shell, SWT.DROP_DOWN);
        new RecentWorkspacesMenu().fill(menu, -1);
        return menu.getItems();
    }

    private static List<String> texts(MenuItem[] items) {
        return Stream.of(items).map(MenuItem::getText).toList();
    }

    @Test
    void opensAreRememberedMostRecentFirstUpToEight() throws Exception {
        WorkspaceService service = WorkspaceService.getDefault();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Path file = workspaceFile("w" + i + ".provlens");
            files.add(file);
            service.open(file);
        }
        List<Path> expected = new ArrayList<>(files.subList(2, 10));
        Collections.reverse(expected);
        assertEquals(expected, RecentWorkspaces.getDefault().list());

        // Opening a listed file moves it to the front, once.
        service.open(files.get(5));
        List<Path> list = RecentWorkspaces.getDefault().list();
        assertEquals(files.get(5), list.get(0));
        assertEquals(RecentWorkspaces.LIMIT, list.size());
        assertEquals(1, list.stream().filter(files.get(5)::equals).count());

        // Kept in the instance preferences of the UI bundle, so it survives a restart.
        String stored = InstanceScope.INSTANCE.getNode(ProvLensUi.PLUGIN_ID).get(RecentWorkspaces.PREFERENCE_KEY, "");
        assertEquals(list.stream().map(Path::toString).toList(), List.of(stored.split("\n")));
    }

    @Test
    void theMenuListsExistingWorkspacesAndOpensThem() throws Exception {
        MenuItem[] empty = fillMenu();
        assertEquals(List.of("(no recent workspaces)"), texts(empty));
        assertFalse(empty[0].isEnabled());

        Path a = workspaceFile("alpha.provlens");
        Path b = workspaceFile("beta & gamma.xmi");
        Path gone = dir.resolve("deleted.provlens");
        RecentWorkspaces recent = RecentWorkspaces.getDefault();
        recent.add(gone);
        recent.add(b);
        WorkspaceService.getDefault().open(a);
        assertEquals(List.of(a, b, gone), recent.list());

        // Missing files are left out; numbered, most recent first; & escaped; the open one checked.
        MenuItem[] items = fillMenu();
        assertEquals(2, items.length, () -> texts(items).toString());
        assertTrue(items[0].getText().startsWith("&1 alpha.provlens"), items[0].getText());
        assertTrue(items[1].getText().startsWith("&2 beta && gamma.xmi"), items[1].getText());
        // JFace shows the text up to the final @ (then an empty accelerator column), so the folder ends the label.
        assertTrue(items[0].getText().strip().endsWith("[" + a.getParent() + "]"), "the folder follows: " + items[0].getText());
        assertTrue(items[0].getSelection(), "the open workspace is checked");
        assertFalse(items[1].getSelection());

        // Choosing an item opens that workspace.
        items[1].notifyListeners(SWT.Selection, new Event());
        Workbench.waitForWorkspaceJobs();
        assertEquals(b, WorkspaceService.getDefault().getFile().toAbsolutePath().normalize());
        assertEquals(List.of(b, a, gone), recent.list());
    }

    @Test
    void openingAnotherWorkspaceForgetsTheUndoHistory() throws Exception {
        Path a = workspaceFile("undo-a.provlens");
        Path b = workspaceFile("undo-b.provlens");
        assertNotNull(WorkspaceOpener.open(null, a));
        Workbench.waitForWorkspaceJobs();
        Workspace workspace = WorkspaceService.getDefault().getWorkspace();
        // An annotation needs no targets to be undoable; the workspace files here are empty.
        Annotation annotation = Annotations.create(new Annotations.Input("note", List.of(), Severity.INFO), List.of());
        assertTrue(Annotations.execute(new AddAnnotationOperation(annotation), null).isOK());
        assertEquals(List.of(annotation), workspace.getAnnotations());
        IOperationHistory history = Annotations.history();
        IUndoContext context = Annotations.undoContext();
        assertTrue(history.canUndo(context));

        assertNotNull(WorkspaceOpener.open(null, b));
        Workbench.waitForWorkspaceJobs();
        assertEquals(b, WorkspaceService.getDefault().getFile().toAbsolutePath().normalize());
        assertFalse(history.canUndo(context), "the undo history of the previous workspace is gone");
        assertEquals(b, RecentWorkspaces.getDefault().list().get(0));
    }

    @Test
    void theOpenWorkspaceCommandIsDefinedAndHandled() {
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand(OpenWorkspaceHandler.COMMAND_ID);
        assertTrue(command.isDefined(), "declared in plugin.xml");
        assertTrue(command.isHandled(), "with its handler");
    }
}
