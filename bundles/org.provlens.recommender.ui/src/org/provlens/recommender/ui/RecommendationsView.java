package org.provlens.recommender.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.model.Annotation;
import org.provlens.model.Execution;
import org.provlens.model.ProvElement;
import org.provlens.model.Recommendation;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Tasks;
import org.provlens.recommender.core.Characterisation;
import org.provlens.recommender.core.Evidence;
import org.provlens.recommender.core.KnowledgeGraph;
import org.provlens.recommender.core.KnowledgeGraph.Neighbour;
import org.provlens.recommender.core.RecommendationJson;
import org.provlens.recommender.core.Recommendations;
import org.provlens.recommender.core.Seed;
import org.provlens.recommender.core.SeedOutcomes;
import org.provlens.recommender.core.SeedRecords;
import org.provlens.recommender.core.TaskCharacteristics;
import org.provlens.recommender.core.provider.RecommendQuery;
import org.provlens.recommender.core.provider.RecommenderProvider;
import org.provlens.ui.UiThread;
import org.provlens.ui.annotations.AddAnnotationOperation;
import org.provlens.ui.annotations.AnnotationDialog;
import org.provlens.ui.annotations.Annotations;
import org.provlens.ui.workspace.WorkspaceService;

/**
 * The Recommendations view: select a run or task (or type a task's traits) and see the seeds that did best on
 * similar past tasks, each with its evidence, and the task's neighbours in the knowledge graph. "Start from this
 * seed" records that the selected run started from the seed (undoable); the table below lists every recorded seed
 * with the runs started from it, their outcome, its delta to the seed's expected outcome, whether they beat it and
 * the findings annotated against the seed. Recommending runs in a job; the headless twin is
 * {@code provlens recommend}.
 */
public class RecommendationsView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.provlens.recommender.ui.views.recommendations";

    private Execution subject;
    private Recommendations current;
    private Label subjectLabel;
    private Text traits;
    private Text objective;
    private Scale energyWeight;
    private Label energyLabel;
    private Label status;
    private TableViewer seeds;
    private TableViewer evidence;
    private TableViewer neighbours;
    private TableViewer recorded;
    private Button start;
    private Job running;

    private final ISelectionListener selectionListener = this::selectionChanged;
    private final WorkspaceService.Listener listener = new WorkspaceService.Listener() {
        @Override
        public void aboutToChange() {
            UiThread.later(recorded.getControl(), () -> recorded.setInput(List.of()));
        }

        @Override
        public void changed(Workspace workspace) {
            UiThread.later(recorded.getControl(), RecommendationsView.this::showRecorded);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        Composite query = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(6, 4).applyTo(query);
        subjectLabel = new Label(query, SWT.NONE);
        subjectLabel.setText("Task: select a run or task, or type its traits");
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).applyTo(subjectLabel);
        new Label(query, SWT.NONE).setText("Traits");
        traits = new Text(query, SWT.BORDER | SWT.SINGLE);
        traits.setMessage("category=churn_prediction, modality=tabular, rows=12000, features=40");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(traits);
        traits.addListener(SWT.DefaultSelection, e -> recommend());
        Button go = new Button(query, SWT.PUSH);
        go.setText("Recommend");
        go.addListener(SWT.Selection, e -> recommend());
        Button store = new Button(query, SWT.PUSH);
        store.setText("Store Traits on Run");
        store.setToolTipText("Record the traits as task.* properties of the selected run (undoable)");
        store.addListener(SWT.Selection, e -> storeTraits());
        new Label(query, SWT.NONE).setText("Objective");
        objective = new Text(query, SWT.BORDER | SWT.SINGLE);
        objective.setMessage("the task's own, e.g. val_auc:max");
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(objective);
        objective.addListener(SWT.DefaultSelection, e -> recommend());
        energyLabel = new Label(query, SWT.NONE);
        energyLabel.setText("Energy weight 0.00");
        energyWeight = new Scale(query, SWT.HORIZONTAL);
        energyWeight.setMinimum(0);
        energyWeight.setMaximum(100);
        energyWeight.setPageIncrement(10);
        energyWeight.setToolTipText("0: rank by quality alone; 1: by cheapness alone (energy percentile)");
        GridDataFactory.fillDefaults().span(3, 1).hint(220, SWT.DEFAULT).applyTo(energyWeight);
        energyWeight.addListener(SWT.Selection, e -> energyLabel.setText(String.format("Energy weight %.2f",
                energyWeight.getSelection() / 100.0)));
        energyWeight.addListener(SWT.MouseUp, e -> recommend());
        status = new Label(query, SWT.NONE);
        GridDataFactory.fillDefaults().span(6, 1).grab(true, false).applyTo(status);

        SashForm vertical = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
        SashForm top = new SashForm(vertical, SWT.HORIZONTAL);
        seeds = table(top);
        column(seeds, "#", 36, Seed.class, s -> Integer.toString(s.rank()));
        column(seeds, "Model", 130, Seed.class, Seed::model);
        column(seeds, "Score", 60, Seed.class, s -> Labels.number(s.score()));
        column(seeds, "Expected", 80, Seed.class, s -> Labels.number(s.expectedOutcome()));
        column(seeds, "Energy (J)", 85, Seed.class, s -> Labels.joules(s.energyJoules()));
        column(seeds, "Pareto", 60, Seed.class, s -> s.pareto() ? "yes" : "");
        column(seeds, "Evidence", 75, Seed.class, s -> Integer.toString(s.evidence().size()));
        column(seeds, "Parameters", 420, Seed.class, s -> Labels.parameters(s.parameters()));
        seeds.addSelectionChangedListener(e -> showEvidence());

        TabFolder tabs = new TabFolder(top, SWT.TOP);
        evidence = table(tabs);
        tab(tabs, "Evidence", evidence);
        column(evidence, "Run", 150, Evidence.class, e -> Labels.name(e.run()));
        column(evidence, "Task", 230, Evidence.class, Evidence::task);
        column(evidence, "Similarity", 80, Evidence.class, e -> Labels.number(e.similarity()));
        column(evidence, "Outcome", 75, Evidence.class, e -> Labels.number(e.outcome()));
        column(evidence, "Energy (J)", 85, Evidence.class, e -> Labels.joules(e.energyJoules()));
        neighbours = table(tabs);
        tab(tabs, "Neighbours", neighbours);
        column(neighbours, "Task", 220, Neighbour.class, n -> n.node().key());
        column(neighbours, "Similarity", 80, Neighbour.class, n -> Labels.number(n.similarity()));
        column(neighbours, "Trials", 50, Neighbour.class, n -> Integer.toString(n.node().trials().size()));
        column(neighbours, "Traits", 380, Neighbour.class, n -> n.node().characteristics().format());
        top.setWeights(60, 40);

        Composite lower = new Composite(vertical, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(lower);
        Composite buttons = new Composite(lower, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        start = new Button(buttons, SWT.PUSH);
        start.setText("Start from This Seed");
        start.setToolTipText("Record that the selected run starts from the selected seed (Edit > Undo reverts)");
        start.addListener(SWT.Selection, e -> startFromSeed());
        Button copy = new Button(buttons, SWT.PUSH);
        copy.setText("Copy Seeds as JSON");
        copy.setToolTipText("A list of parameter dicts, for Optuna's enqueue_trial or Ray Tune's points_to_evaluate");
        copy.addListener(SWT.Selection, e -> copySeeds());
        Button annotate = new Button(buttons, SWT.PUSH);
        annotate.setText("Annotate Seed…");
        annotate.setToolTipText("Record a finding against the recorded seed selected below");
        annotate.addListener(SWT.Selection, e -> annotateSeed());
        Label recordedTitle = new Label(buttons, SWT.NONE);
        recordedTitle.setText("   Recorded seeds, the runs started from them and their outcome:");
        recorded = table(lower);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(recorded.getControl());
        column(recorded, "Seed", 330, Labels.Row.class, r -> r.review().recommendation().getModel() + " ("
                + SeedRecords.parameterText(r.review().recommendation()) + ")");
        column(recorded, "Objective", 120, Labels.Row.class, r -> String.valueOf(r.review().objective()));
        column(recorded, "Expected", 80, Labels.Row.class,
                r -> Labels.number(r.review().recommendation().getExpectedOutcome()));
        column(recorded, "Run", 260, Labels.Row.class, r -> r.run() == null ? "" : Labels.name(r.run().run()));
        column(recorded, "Outcome", 75, Labels.Row.class, r -> r.run() == null ? "" : Labels.number(r.run().outcome()));
        column(recorded, "Delta", 75, Labels.Row.class, r -> r.run() == null ? "" : Labels.signed(r.run().delta()));
        column(recorded, "Beat Seed", 85, Labels.Row.class, r -> r.run() == null || Double.isNaN(r.run().delta())
                ? "" : r.run().beat() ? "yes" : "no");
        column(recorded, "Findings", 300, Labels.Row.class, Labels::findings);
        vertical.setWeights(62, 38);

        getSite().getPage().addPostSelectionListener(selectionListener);
        WorkspaceService.getDefault().addListener(listener);
        showRecorded();
    }

    private static TableViewer table(Composite parent) {
        TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL
                | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    private static void tab(TabFolder tabs, String title, TableViewer viewer) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(viewer.getControl());
    }

    private static <T> void column(TableViewer viewer, String title, int width, Class<T> type,
            Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return type.isInstance(element) ? text.apply(type.cast(element)) : "";
            }
        });
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof Execution execution)) {
            return;
        }
        setSubject(execution);
    }

    /**
     * Makes a run or task the task asked about, fills the traits field with its characteristics and recommends.
     *
     * @param execution the run or task
     */
    public void setSubject(Execution execution) {
        subject = execution;
        subjectLabel.setText("Task of " + (execution instanceof Workflow ? "run " : "task ") + Labels.name(execution)
                + " (its own trials left out)");
        traits.setText(WorkspaceService.getDefault().session().read(w -> Characterisation.of(execution)).format());
        recommend();
    }

    /** Recommends in a job for the current subject and traits, then shows the answer. */
    public void recommend() {
        TaskCharacteristics typed = typedTraits();
        if (typed == null) {
            return;
        }
        String key = objective.getText().isBlank() ? null : objective.getText().strip();
        RecommendQuery query = new RecommendQuery(subject == null ? null : subject.getId(), typed, key,
                RecommendQuery.DEFAULT_TOP, energyWeight.getSelection() / 100.0, KnowledgeGraph.DEFAULT_THRESHOLD,
                null, RecommendQuery.DEFAULT_PER_TASK, false);
        if (running != null) {
            running.cancel();
        }
        status.setText("Recommending…");
        WorkspaceService service = WorkspaceService.getDefault();
        Job job = Job.create("Recommending seeds", monitor -> {
            ProviderResponse<Recommendations> response = service.session()
                    .read(w -> new RecommenderProvider(w).fetch(query, monitor));
            UiThread.later(seeds.getControl(), () -> show(response));
            return Status.OK_STATUS;
        });
        job.setRule(service.modelRule());
        job.setPriority(Job.INTERACTIVE);
        running = job;
        job.schedule();
    }

    private void show(ProviderResponse<Recommendations> response) {
        if (!response.isCompleted()) {
            status.setText(response.message().isEmpty() ? "Cancelled" : response.message());
            return;
        }
        current = response.model();
        seeds.setInput(current.seeds());
        neighbours.setInput(current.neighbours());
        if (!current.seeds().isEmpty()) {
            seeds.getTable().select(0);
        }
        showEvidence();
        status.setText(Labels.summary(current));
        status.getParent().layout();
    }

    private void showEvidence() {
        Seed seed = selectedSeed();
        evidence.setInput(seed == null ? List.of() : seed.evidence());
        start.setEnabled(seed != null);
    }

    private Seed selectedSeed() {
        return seeds.getStructuredSelection().getFirstElement() instanceof Seed s ? s : null;
    }

    private void showRecorded() {
        Workspace workspace = WorkspaceService.getDefault().getWorkspace();
        List<Labels.Row> rows = new ArrayList<>();
        for (SeedOutcomes.Review review : SeedOutcomes.of(workspace)) {
            if (review.runs().isEmpty()) {
                rows.add(new Labels.Row(review, null));
            }
            review.runs().forEach(run -> rows.add(new Labels.Row(review, run)));
        }
        recorded.setInput(rows);
    }

    /** Records that the selected run starts from the selected seed (undoable). */
    public void startFromSeed() {
        Seed seed = selectedSeed();
        if (seed == null || current == null) {
            return;
        }
        if (subject == null) {
            MessageDialog.openInformation(getSite().getShell(), "Start from This Seed", "Select the run that starts"
                    + " from the seed in the Runs navigator first, then choose Start from This Seed.");
            return;
        }
        Workspace workspace = WorkspaceService.getDefault().getWorkspace();
        Recommendation recommendation = SeedRecords.recommendation(workspace, current, seed);
        if (SeedRecords.isSeeded(workspace, recommendation, subject)) {
            status.setText(Labels.name(subject) + " is already recorded as started from this seed");
            return;
        }
        Annotation mark = SeedRecords.seeded(recommendation, subject, System.getProperty("user.name"));
        Annotations.execute(new StartFromSeedOperation(recommendation, mark), getSite().getShell());
    }

    private void storeTraits() {
        if (subject == null) {
            status.setText("Select a run first: its task.* properties hold the traits");
            return;
        }
        TaskCharacteristics typed = typedTraits();
        if (typed == null) {
            return;
        }
        // On the run: a task of a large run lives in its run's fragment, which a workbench edit does not save.
        Execution run = subject instanceof Task task ? Tasks.workflowOf(task) : subject;
        IStatus result = Annotations.execute(new StoreTraitsOperation(run, typed), getSite().getShell());
        if (result.isOK()) {
            status.setText("Traits stored on " + Labels.name(run) + " as task.* properties");
        }
    }

    /** The traits typed, {@code null} (and the reason in the status line) when they do not parse. */
    private TaskCharacteristics typedTraits() {
        try {
            return TaskCharacteristics.parse(traits.getText());
        } catch (IllegalArgumentException e) {
            status.setText("Traits: " + e.getMessage());
            return null;
        }
    }

    private void copySeeds() {
        if (current == null) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RecommendationJson.writeTrials(out, current.seeds());
        } catch (IOException e) {
            status.setText("Could not write the seeds: " + e.getMessage());
            return;
        }
        Clipboard clipboard = new Clipboard(getSite().getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] {out.toString(StandardCharsets.UTF_8)},
                    new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
        status.setText(current.seeds().size() + " seeds copied as JSON");
    }

    private void annotateSeed() {
        if (!(recorded.getStructuredSelection().getFirstElement() instanceof Labels.Row row)) {
            status.setText("Select a recorded seed below to annotate it");
            return;
        }
        Recommendation recommendation = row.review().recommendation();
        List<ProvElement> targets = row.run() == null ? List.of(recommendation) : List.of(row.run().run());
        AnnotationDialog dialog = new AnnotationDialog(getSite().getShell(), targets);
        if (dialog.open() != Window.OK) {
            return;
        }
        Annotation finding = Annotations.create(dialog.getInput(), targets);
        finding.setRecommendation(recommendation);
        Annotations.execute(new AddAnnotationOperation(finding), getSite().getShell());
    }

    /**
     * The last answer shown, for tests.
     *
     * @return the recommendations, {@code null} before the first
     */
    public Recommendations getCurrent() {
        return current;
    }

    /**
     * The seeds table, for tests.
     *
     * @return the viewer
     */
    public TableViewer getSeedsViewer() {
        return seeds;
    }

    /**
     * The table of recorded seeds, for tests.
     *
     * @return the viewer
     */
    public TableViewer getRecordedViewer() {
        return recorded;
    }

    /**
     * The traits field, for tests.
     *
     * @return the text
     */
    public Text getTraitsText() {
        return traits;
    }

    @Override
    public void setFocus() {
        traits.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        WorkspaceService.getDefault().removeListener(listener);
        if (running != null) {
            running.cancel();
        }
        super.dispose();
    }
}
