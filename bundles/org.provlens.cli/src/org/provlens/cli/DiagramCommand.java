package org.provlens.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.provlens.analysis.core.provider.ProviderResponse;
import org.provlens.diagram.core.DiagramDescriptions;
import org.provlens.diagram.core.DiagramJson;
import org.provlens.diagram.core.DiagramProvider;
import org.provlens.diagram.core.DiagramQuery;
import org.provlens.diagram.core.DiagramRegistry;
import org.provlens.diagram.core.DiagramStates;
import org.provlens.diagram.core.DiagramSvg;
import org.provlens.diagram.core.DiagramView;
import org.provlens.diagram.core.TextMeasure;
import org.provlens.diagram.core.UserState;
import org.provlens.diagram.core.description.DiagramDescription;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.core.view.ViewFactory;

/** {@code provlens diagram}: a diagram of the workbench, laid out without a display, as SVG or as its view model. */
final class DiagramCommand implements Main.Command {

    @Override
    public String help() {
        return """
                Usage: provlens diagram <lineage|dag|hierarchy|FILE.xmi> <inputs>... [--root ID] [--depth N]
                       [--layers a,b] [--filters a,b] --format svg|json [--out FILE]

                lineage:   executions and artifacts with used and generated edges, joined across runs by content hash
                dag:       tasks with their dependencies (recorded, and by data flow), grouped by activity
                hierarchy: nested containers from campaign to workflow run to task to layer
                FILE.xmi:  any other diagram description
                --root ID opens the diagram on an element: its neighbourhood within --depth edge hops (lineage, dag),
                or its subtree --depth levels down (hierarchy). Repeated tasks collapse into group nodes and at most a
                few thousand nodes are laid out; what is left out is said on standard error.
                --layers and --filters name the additional layers and filters to switch on (see the description).
                When the only input is a workspace file with a diagrams file beside it, the diagram is drawn as the
                workbench shows it (positions, collapsed and hidden nodes, groups).
                json: the view model, nodes[] (id, kind, label, x, y, width, height, parent) and edges[] (source,
                target, kind); svg: the picture, each node carrying its element's id in data-id.
                Without --out the output goes to standard output.
                """;
    }

    @Override
    public int run(List<String> arguments, Main.Io io) throws IOException {
        Args args = new Args(arguments, Set.of("root", "depth", "format", "out", "layers", "filters"), Set.of());
        if (args.positional().isEmpty()) {
            throw new UsageException("which diagram? use one of " + String.join(", ", DiagramDescriptions.SHIPPED)
                    + " or a description file");
        }
        String name = args.positional().get(0);
        DiagramDescription description = description(name);
        String format = args.option("format");
        if (format == null || !List.of("svg", "json").contains(format)) {
            throw new UsageException("--format svg|json is required");
        }
        int depth = -1;
        if (args.option("depth") != null) {
            try {
                depth = Integer.parseInt(args.option("depth"));
            } catch (NumberFormatException e) {
                throw new UsageException("--depth: '" + args.option("depth") + "' is not a number");
            }
        }
        List<String> inputs = args.positional().subList(1, args.positional().size());
        Inputs.Loaded loaded = Inputs.load(inputs, null, io.progress());
        String root = args.option("root");
        DiagramState state = savedState(inputs, description.getName(), root);
        choose(state, args.option("layers"), args.option("filters"));
        DiagramQuery query = new DiagramQuery(loaded.workspace(), description, root, depth, UserState.of(state),
                DiagramQuery.Layout.ELK, TextMeasure.ESTIMATE, null);
        ProviderResponse<DiagramView> response = new DiagramProvider().fetch(query, io.progress());
        if (!response.isCompleted()) {
            io.err().println("provlens diagram: " + response.message());
            return Main.DATA_ERROR;
        }
        DiagramView view = response.model();
        if (!view.note().isEmpty()) {
            io.err().println("provlens diagram: " + view.note());
        }
        if (args.option("out") == null) {
            write(view, root, format, io.out());
            io.out().flush();
        } else {
            Path target = Path.of(args.option("out"));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                write(view, root, format, out);
            } catch (IOException e) {
                Files.deleteIfExists(target);
                throw new IOException(target + ": " + e.getMessage(), e);
            }
            io.err().printf("%s: %,d nodes, %,d edges (%s)%n", target, view.nodes().size(), view.edges().size(), format);
        }
        return loaded.hasErrors() ? Main.DATA_ERROR : Main.OK;
    }

    private static DiagramDescription description(String name) throws IOException {
        if (DiagramDescriptions.SHIPPED.contains(name)) {
            return DiagramDescriptions.get(name);
        }
        Path file = Path.of(name);
        if (name.endsWith(".xmi") && Files.isRegularFile(file)) {
            return DiagramDescriptions.load(file, DiagramRegistry.standard());
        }
        throw new UsageException("unknown diagram '" + name + "': use one of "
                + String.join(", ", DiagramDescriptions.SHIPPED) + " or a description file (.xmi)");
    }

    /** The workbench's state of this diagram, when the input is one workspace file with a diagrams file beside it. */
    private static DiagramState savedState(List<String> inputs, String description, String root) throws IOException {
        if (inputs.size() == 1 && Inputs.isWorkspaceFile(Path.of(inputs.get(0)))) {
            Path diagrams = DiagramStates.fileOf(Path.of(inputs.get(0)));
            if (Files.exists(diagrams)) {
                return DiagramStates.state(DiagramStates.load(diagrams), description, root);
            }
        }
        return ViewFactory.eINSTANCE.createDiagramState();
    }

    private static void choose(DiagramState state, String layers, String filters) {
        if (layers != null) {
            state.setLayersChosen(true);
            state.getActiveLayers().clear();
            state.getActiveLayers().addAll(names(layers));
        }
        if (filters != null) {
            state.setFiltersChosen(true);
            state.getActiveFilters().clear();
            state.getActiveFilters().addAll(names(filters));
        }
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void write(DiagramView view, String root, String format, OutputStream out) throws IOException {
        if (format.equals("json")) {
            DiagramJson.write(view, root, out);
        } else {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            DiagramSvg.write(view, writer);
            writer.flush();
        }
    }
}
