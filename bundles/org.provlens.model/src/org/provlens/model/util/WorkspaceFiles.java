package org.provlens.model.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.provlens.model.Campaign;
import org.provlens.model.Task;
import org.provlens.model.ValuePool;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;

/**
 * The files of a workspace saved in the binary format, and what is needed to save it again incrementally.
 *
 * <p>A workspace {@code runs.provlens} is the main EMF binary resource (campaigns, workflows, artifacts, sites,
 * agents, annotations, recommendations, small workflows' tasks) and a folder {@code runs.provlens.d} holding the
 * {@link BulkStore} (telemetry and series values) and one fragment resource per large workflow
 * ({@code tasks-N.provlens}, the workflow's tasks and value pool through EMF's cross-resource containment).
 * Opening reads the main resource only, so the campaigns and runs can be shown at once; {@link #loadFragments}
 * then reads the fragments on all processors. Saving writes what changed: the store's new rows, the fragments of
 * the workflows marked dirty, and the main resource.</p>
 *
 * <p>Every save is one transaction. New versions of the changed files are written beside them ({@code .next}),
 * flushed to disk, and listed in a journal; writing the journal is the commit, after which the files are moved
 * into place. Opening first finishes a committed journal, or drops the {@code .next} files of a save that did not
 * commit: a crash at any point leaves the last saved state or the new one, never a mixture.</p>
 */
public final class WorkspaceFiles {

    /** Workflows with at least this many tasks get a fragment of their own. */
    public static final int FRAGMENT_TASKS = 500;

    /** The suffix of the folder beside the main file. */
    public static final String FOLDER_SUFFIX = ".d";

    private static final String JOURNAL = "commit.journal";
    private static final String NEXT = ".next";
    private static final String FRAGMENT_PREFIX = "tasks-";

    private final Path file;
    private final Path folder;
    private final Workspace workspace;
    private final Resource main;
    private final BulkStore store;
    private final Set<Workflow> dirty = new LinkedHashSet<>();
    private boolean allDirty;
    private boolean fragmentsLoaded;
    private int nextFragment;

    private WorkspaceFiles(Path file, Workspace workspace, Resource main, BulkStore store) {
        this.file = file.toAbsolutePath();
        this.folder = folderOf(this.file);
        this.workspace = workspace;
        this.main = main;
        this.store = store;
    }

    /**
     * The folder of a workspace file.
     *
     * @param file the main file
     * @return the folder beside it
     */
    public static Path folderOf(Path file) {
        return file.toAbsolutePath().resolveSibling(file.getFileName() + FOLDER_SUFFIX);
    }

    /**
     * Opens a binary workspace: recovers an interrupted save, reads the main resource and opens the store. The
     * fragments are not read yet ({@link #loadFragments}).
     *
     * @param file the main file
     * @return the open files
     * @throws IOException when the files cannot be read or are not a workspace
     */
    public static WorkspaceFiles open(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = folderOf(absolute);
        recover(absolute, folder);
        Resource resource = WorkspaceStore.createResource(WorkspaceStore.newResourceSet(), absolute);
        try (InputStream in = Files.newInputStream(absolute)) {
            resource.load(in, WorkspaceStore.loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new IOException(absolute + ": not a ProvLens workspace (" + e.getMessage() + ")", e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Workspace workspace)) {
            throw new IOException(absolute + ": not a ProvLens workspace (no Workspace root)");
        }
        BulkStore store = BulkStore.open(folder);
        WorkspaceFiles files = new WorkspaceFiles(absolute, workspace, resource, store);
        store.attach(workspace);
        files.attach();
        files.nextFragment = files.highestFragment() + 1;
        WorkspaceStore.shareStrings(EcoreUtil.getAllProperContents(resource, false));
        files.fragmentsLoaded = files.pendingFragments().isEmpty();
        if (files.fragmentsLoaded) {
            EcoreUtil.resolveAll(resource);
            files.dropIdMaps();
        }
        if (Bulk.absorbNeeded(workspace)) {
            // A single-file workspace of an earlier version: its values move into the store at the next save.
            files.markAllDirty();
        }
        return files;
    }

    /**
     * Starts the files of a workspace that has none yet (a new workspace, or one saved under another name): every
     * workflow is dirty, so the first {@link #save} writes everything.
     *
     * @param file the main file to write
     * @param workspace the workspace, not in a resource yet or in one of another file
     * @return the files
     * @throws IOException when the store cannot be created
     */
    public static WorkspaceFiles create(Path file, Workspace workspace) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = folderOf(absolute);
        BulkStore previous = BulkStore.of(workspace);
        BulkStore store = BulkStore.open(folder);
        if (previous != null && previous != store) {
            copyValues(workspace, previous, store);
        }
        ResourceSet resourceSet = WorkspaceStore.newResourceSet();
        Resource resource = WorkspaceStore.createResource(resourceSet, absolute);
        Resource old = workspace.eResource();
        resource.getContents().add(workspace);
        if (old != null) {
            // Tasks that sat in fragments of the old files come home to the new main resource first.
            for (Workflow workflow : Bulk.workflows(workspace)) {
                for (Task task : workflow.getTasks()) {
                    if (((InternalEObject) task).eDirectResource() != null) {
                        ((InternalEObject) task).eDirectResource().getContents().remove(task);
                    }
                }
                ValuePool pool = workflow.getValuePool();
                if (pool != null && ((InternalEObject) pool).eDirectResource() != null) {
                    ((InternalEObject) pool).eDirectResource().getContents().remove(pool);
                }
            }
        }
        WorkspaceFiles files = new WorkspaceFiles(absolute, workspace, resource, store);
        store.attach(workspace);
        files.attach();
        files.nextFragment = files.highestFragment() + 1;
        files.fragmentsLoaded = true;
        files.dropIdMaps();
        files.markAllDirty();
        return files;
    }

    /** Moves the values of a workspace from one store to another, for a save under another name. */
    private static void copyValues(Workspace workspace, BulkStore from, BulkStore to) {
        for (Workflow workflow : Bulk.workflows(workspace)) {
            Bulk.visitExecutions(workflow, execution -> {
                var telemetry = execution.getTelemetry();
                if (telemetry != null && telemetry.getRow() >= 0) {
                    double[] start = Bulk.atStart(telemetry);
                    double[] end = Bulk.atEnd(telemetry);
                    telemetry.setRow(to.appendTelemetry(telemetry.getSchema(), start, end));
                }
                if (execution.eIsSet(org.provlens.model.ProvlensPackage.Literals.EXECUTION__SERIES)) {
                    for (var series : Tasks.series(execution)) {
                        if (series.getRow() >= 0) {
                            double[] xs = from.seriesValues(series.getRow(), false);
                            double[] ys = from.seriesValues(series.getRow(), true);
                            series.setRow(to.appendSeries(xs, ys));
                        }
                    }
                }
            });
        }
    }

    /**
     * The open files of a workspace.
     *
     * @param workspace a workspace
     * @return its files, {@code null} when it was never saved or opened in the binary format
     */
    public static WorkspaceFiles of(Workspace workspace) {
        for (Adapter adapter : workspace.eAdapters()) {
            if (adapter instanceof Holder holder) {
                return holder.files;
            }
        }
        return null;
    }

    private void attach() {
        workspace.eAdapters().removeIf(a -> a instanceof Holder);
        workspace.eAdapters().add(new Holder(this));
    }

    /** Keeps the files on their workspace. */
    private static final class Holder extends AdapterImpl {
        private final WorkspaceFiles files;

        Holder(WorkspaceFiles files) {
            this.files = files;
        }
    }

    /**
     * The workspace.
     *
     * @return the workspace, the root of the main resource
     */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * The main file.
     *
     * @return its absolute path
     */
    public Path file() {
        return file;
    }

    /**
     * The bulk store.
     *
     * @return the store in the folder beside the main file
     */
    public BulkStore store() {
        return store;
    }

    /**
     * Whether every task is in memory: the fragments were loaded, or there are none.
     *
     * @return true when no workflow's tasks wait in an unread fragment
     */
    public synchronized boolean fragmentsLoaded() {
        return fragmentsLoaded;
    }

    /**
     * Whether the tasks of a workflow are in memory.
     *
     * @param workflow a workflow of this workspace
     * @return false while its tasks wait in a fragment not read yet
     */
    public static boolean isLoaded(Workflow workflow) {
        InternalEList<?> tasks = (InternalEList<?>) workflow.getTasks();
        for (int i = 0, n = tasks.size(); i < n; i++) {
            if (((EObject) tasks.basicGet(i)).eIsProxy()) {
                return false;
            }
        }
        return true;
    }

    /** The fragment files the main resource refers to and that are not loaded, without resolving anything. */
    private Set<URI> pendingFragments() {
        Set<URI> uris = new LinkedHashSet<>();
        for (Campaign campaign : workspace.getCampaigns()) {
            for (Workflow workflow : campaign.getWorkflows()) {
                InternalEList<?> tasks = (InternalEList<?>) workflow.getTasks();
                for (int i = 0, n = tasks.size(); i < n; i++) {
                    InternalEObject task = (InternalEObject) tasks.basicGet(i);
                    if (task.eIsProxy()) {
                        uris.add(task.eProxyURI().trimFragment());
                    }
                }
            }
        }
        return uris;
    }

    /**
     * Reads the fragments, several at a time, then resolves every reference between them and the main resource,
     * so that no lazy resolution (which changes the model) can happen later while other threads read it.
     *
     * @param progress told (done, total) after each fragment, may be {@code null}
     * @throws IOException when a fragment cannot be read; the tasks of the others are then loaded
     */
    public void loadFragments(BiConsumer<Integer, Integer> progress) throws IOException {
        loadFragments(progress, Runnable::run);
    }

    /**
     * Reads the fragments as {@link #loadFragments(BiConsumer)} does, attaching the tasks to their runs in a given
     * executor: the files are read without touching the model, so only that short step must not overlap readers
     * (a workbench runs it in its display thread, where its views read the model).
     *
     * @param progress told (done, total) after each fragment, may be {@code null}
     * @param attachIn runs the step that gives the runs their tasks, synchronously
     * @throws IOException when a fragment cannot be read; the tasks of the others are then loaded
     */
    public synchronized void loadFragments(BiConsumer<Integer, Integer> progress, java.util.concurrent.Executor attachIn)
            throws IOException {
        if (fragmentsLoaded) {
            return;
        }
        List<URI> uris = new ArrayList<>(pendingFragments());
        ResourceSet resourceSet = main.getResourceSet();
        Map<URI, Resource> resources = new LinkedHashMap<>();
        for (URI uri : uris) {
            Resource existing = resourceSet.getResource(uri, false);
            resources.put(uri, existing != null ? existing : resourceSet.createResource(uri));
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), resources.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "ProvLens fragment loader");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> loads = new ArrayList<>();
        int[] done = {0};
        // Equal strings are shared as each fragment is read (its objects are not in the model yet, so no reader
        // sees them change): shared only after every fragment was read, ten million tasks' copies of the same
        // activities, keys and values were live at once, some 4 GB above what the open workspace keeps.
        Map<String, String> strings = new java.util.concurrent.ConcurrentHashMap<>();
        for (Resource resource : resources.values()) {
            loads.add(pool.submit(() -> {
                if (!resource.isLoaded()) {
                    Path path = Path.of(resource.getURI().toFileString());
                    try (InputStream in = Files.newInputStream(path)) {
                        resource.load(in, WorkspaceStore.loadOptions());
                    }
                    WorkspaceStore.shareStrings(EcoreUtil.getAllProperContents(resource, false), strings);
                }
                synchronized (done) {
                    done[0]++;
                    if (progress != null) {
                        progress.accept(done[0], resources.size());
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        IOException failure = null;
        for (Future<?> load : loads) {
            try {
                load.get();
            } catch (ExecutionException e) {
                IOException error = e.getCause() instanceof IOException io ? io
                        : new IOException("a task fragment could not be read: " + e.getCause(), e.getCause());
                if (failure == null) {
                    failure = error;
                } else {
                    failure.addSuppressed(error);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading the task fragments", e);
            }
        }
        attachIn.execute(this::attachTasks);
        resolveReferences(resources.values(), strings);
        dropIdMaps();
        fragmentsLoaded = true;
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Drops the resources' maps from ids to objects once every reference is resolved: they served the resolution
     * and would keep an entry per task (about 45 bytes) for nothing; a later lookup by id walks the contents.
     */
    private void dropIdMaps() {
        for (Resource resource : main.getResourceSet().getResources()) {
            if (resource instanceof org.eclipse.emf.ecore.resource.impl.ResourceImpl impl) {
                impl.setIntrinsicIDToEObjectMap(null);
            }
        }
    }

    /** Resolves the workflows' task and value pool proxies: the runs get their tasks and pooled values. */
    private void attachTasks() {
        for (Workflow workflow : Bulk.workflows(workspace)) {
            workflow.getValuePool(); // resolves, as the tasks below
            List<Task> tasks = workflow.getTasks();
            for (int i = 0, n = tasks.size(); i < n; i++) {
                tasks.get(i); // resolves, and sets the task's container
            }
        }
    }

    /**
     * Resolves every cross reference left in any resource; the main resource's strings are shared with the
     * fragments' (whose own strings were shared as they were read) in the same walk.
     */
    private void resolveReferences(Collection<Resource> fragments, Map<String, String> pool) {
        for (Resource fragment : fragments) {
            WorkspaceStore.resolveReferences(EcoreUtil.getAllProperContents(fragment, false));
        }
        WorkspaceStore.shareStringsAndResolve(EcoreUtil.getAllProperContents(main, false), pool);
    }

    /**
     * Marks a workflow as changed: its fragment is written at the next save.
     *
     * @param workflow the workflow
     */
    public synchronized void markDirty(Workflow workflow) {
        dirty.add(workflow);
    }

    /**
     * Marks every workflow as changed.
     */
    public synchronized void markAllDirty() {
        allDirty = true;
    }

    /**
     * Saves what changed since the last save, as one transaction (see the class comment). The fragments must be
     * loaded.
     *
     * @throws IOException when writing fails; the files are then as after the previous save
     */
    public synchronized void save() throws IOException {
        if (!fragmentsLoaded) {
            throw new IllegalStateException("the workspace " + file + " is saved before its fragments were read");
        }
        List<Workflow> changed = allDirty ? Bulk.workflows(workspace) : List.copyOf(dirty);
        Bulk.absorb(changed, store);
        Bulk.absorb(mainResidentWorkflows(changed), store);
        store.commit();
        SaveHook.reached("store");
        Map<Path, Path> renames = new LinkedHashMap<>();
        try {
            for (Workflow workflow : changed) {
                if (workflow.eResource() == null) {
                    continue; // no longer in the workspace
                }
                Resource fragment = fragmentOf(workflow);
                if (fragment == null && countTasks(workflow) >= FRAGMENT_TASKS) {
                    fragment = newFragment();
                }
                if (fragment != null) {
                    ValuePool pool = workflow.getValuePool();
                    if (pool != null && ((InternalEObject) pool).eDirectResource() != fragment) {
                        fragment.getContents().add(0, pool); // the values before the tasks that refer to them
                    }
                    for (Task task : workflow.getTasks()) {
                        if (((InternalEObject) task).eDirectResource() != fragment) {
                            fragment.getContents().add(task);
                        }
                    }
                    Path target = Path.of(fragment.getURI().toFileString());
                    renames.put(write(fragment, target), target);
                }
            }
            renames.put(write(main, file), file);
            SaveHook.reached("written");
            commit(renames);
        } finally {
            for (Path next : renames.keySet()) {
                Files.deleteIfExists(next);
            }
        }
        dirty.clear();
        allDirty = false;
        dropIdMaps(); // new fragment resources map the tasks moved into them
    }

    /** Workflows whose tasks live in the main resource (not among the changed ones). */
    private List<Workflow> mainResidentWorkflows(List<Workflow> changed) {
        Set<Workflow> skip = new java.util.HashSet<>(changed);
        List<Workflow> resident = new ArrayList<>();
        for (Workflow workflow : Bulk.workflows(workspace)) {
            if (!skip.contains(workflow) && fragmentOf(workflow) == null) {
                resident.add(workflow);
            }
        }
        return resident;
    }

    private static Resource fragmentOf(Workflow workflow) {
        InternalEList<?> tasks = (InternalEList<?>) workflow.getTasks();
        for (int i = 0, n = tasks.size(); i < n; i++) {
            Resource direct = ((InternalEObject) tasks.basicGet(i)).eDirectResource();
            if (direct != null) {
                return direct;
            }
        }
        return null;
    }

    private static int countTasks(Workflow workflow) {
        int[] count = {0};
        Bulk.visitTasks(workflow, task -> count[0]++);
        return count[0];
    }

    private Resource newFragment() throws IOException {
        Files.createDirectories(folder);
        Path path = folder.resolve(FRAGMENT_PREFIX + nextFragment++ + ".provlens");
        return main.getResourceSet().createResource(URI.createFileURI(path.toString()));
    }

    private int highestFragment() throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int highest = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.toList()) {
                String name = path.getFileName().toString();
                if (name.startsWith(FRAGMENT_PREFIX) && name.endsWith(".provlens")) {
                    try {
                        highest = Math.max(highest, Integer.parseInt(
                                name.substring(FRAGMENT_PREFIX.length(), name.length() - ".provlens".length())));
                    } catch (NumberFormatException e) {
                        // not one of ours
                    }
                }
            }
        }
        return highest;
    }

    /** Writes a resource to {@code target.next}, flushed to disk. */
    private static Path write(Resource resource, Path target) throws IOException {
        Path next = target.resolveSibling(target.getFileName() + NEXT);
        try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            try {
                resource.save(out, WorkspaceStore.saveOptions());
            } catch (RuntimeException e) {
                throw new IOException("cannot write " + target + ": " + e, e);
            }
            out.flush();
            channel.force(true);
        }
        if (Files.exists(target)) {
            Files.setPosixFilePermissions(next, Files.getPosixFilePermissions(target));
        }
        return next;
    }

    /** Writes the journal (the commit point), moves the new files into place, removes the journal. */
    private void commit(Map<Path, Path> renames) throws IOException {
        Files.createDirectories(folder);
        Path journal = folder.resolve(JOURNAL);
        AtomicFiles.write(journal, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Map.Entry<Path, Path> rename : renames.entrySet()) {
                writer.write(rename.getKey() + "\t" + rename.getValue() + "\n");
            }
            writer.flush();
        });
        SaveHook.reached("committed");
        for (Map.Entry<Path, Path> rename : renames.entrySet()) {
            Files.move(rename.getKey(), rename.getValue(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            SaveHook.reached("moved");
        }
        Files.delete(journal);
    }

    /** Finishes a committed save (its journal exists) or drops the files of one that did not commit. */
    private static void recover(Path file, Path folder) throws IOException {
        Path journal = folder.resolve(JOURNAL);
        if (Files.exists(journal)) {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                String[] rename = line.split("\t");
                if (rename.length == 2 && Files.exists(Path.of(rename[0]))) {
                    Files.move(Path.of(rename[0]), Path.of(rename[1]), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(journal);
        }
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + NEXT));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path path : files.toList()) {
                    if (path.getFileName().toString().endsWith(NEXT)) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    /**
     * Closes the store. The workspace stays readable for what was read before.
     *
     * @throws IOException when closing fails
     */
    public void close() throws IOException {
        store.close();
    }

    /**
     * Points where a save can be interrupted on purpose, for the crash tests: a test sets a hook that kills the
     * process there. Not for production use.
     */
    public static final class SaveHook {
        private static volatile java.util.function.Consumer<String> hook;

        private SaveHook() {
        }

        /**
         * Sets the hook.
         *
         * @param action told the name of each point reached, may be {@code null}
         */
        public static void set(java.util.function.Consumer<String> action) {
            hook = action;
        }

        static void reached(String point) {
            java.util.function.Consumer<String> action = hook;
            if (action != null) {
                action.accept(point);
            }
        }
    }
}
