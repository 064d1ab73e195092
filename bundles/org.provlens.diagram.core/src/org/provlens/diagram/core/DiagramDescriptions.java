package org.provlens.diagram.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.provlens.diagram.core.description.AbstractNodeMapping;
import org.provlens.diagram.core.description.ContainerMapping;
import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.DiagramDescription;
import org.provlens.diagram.core.description.EdgeMapping;
import org.provlens.diagram.core.description.EdgeStyleDescription;
import org.provlens.diagram.core.description.GradientDescription;
import org.provlens.diagram.core.description.IdentifiedElement;
import org.provlens.diagram.core.description.LabelDescription;
import org.provlens.diagram.core.description.NodeStyleDescription;
import org.provlens.diagram.core.description.RegisteredCondition;
import org.provlens.diagram.core.description.RegisteredFinder;
import org.provlens.diagram.core.description.StyleCustomization;
import org.provlens.model.ProvlensPackage;

/**
 * The diagram descriptions: the shipped ones, description files (XMI) in this bundle's {@code descriptions/}
 * folder, and any other description file. A new diagram is a new file, not new drawing code. Descriptions are
 * checked when loaded: every domain class, reference and attribute resolves, every registered id is registered,
 * every colour parses; problems name the file and the element.
 */
public final class DiagramDescriptions {

    /** Artifacts and executions with used and generated edges, joined across runs by content hash. */
    public static final String LINEAGE = "lineage";
    /** Tasks with their dependencies, grouped by activity, coloured by status, duration or energy. */
    public static final String DAG = "dag";
    /** Nested containers from campaign to layer. */
    public static final String HIERARCHY = "hierarchy";

    /** The shipped descriptions, in menu order. */
    public static final List<String> SHIPPED = List.of(LINEAGE, DAG, HIERARCHY);

    private static final Map<String, DiagramDescription> CACHE = new LinkedHashMap<>();

    private DiagramDescriptions() {
    }

    /**
     * A shipped description.
     *
     * @param name {@link #LINEAGE}, {@link #DAG} or {@link #HIERARCHY}
     * @return the description, loaded once and shared: do not change it
     * @throws IllegalArgumentException when no description has this name
     * @throws IllegalStateException when the shipped file is broken (a build defect)
     */
    public static synchronized DiagramDescription get(String name) {
        DiagramDescription cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        if (!SHIPPED.contains(name)) {
            throw new IllegalArgumentException("no diagram '" + name + "': use one of " + String.join(", ", SHIPPED));
        }
        String path = "/descriptions/" + name + ".xmi";
        try (InputStream in = DiagramDescriptions.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the diagram bundle");
            }
            DiagramDescription description = read(in, URI.createURI("platform:/plugin/org.provlens.diagram.core" + path),
                    path, DiagramRegistry.standard());
            CACHE.put(name, description);
            return description;
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Loads a description file.
     *
     * @param file an XMI file of a {@link DiagramDescription}
     * @param registry where its registered ids must be
     * @return the description
     * @throws IOException when it cannot be read or is not a valid description; the message names the file and the
     *             line or element
     */
    public static DiagramDescription load(Path file, DiagramRegistry registry) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, URI.createFileURI(file.toAbsolutePath().toString()), file.toString(), registry);
        }
    }

    private static DiagramDescription read(InputStream in, URI uri, String name, DiagramRegistry registry)
            throws IOException {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
        resources.getPackageRegistry().put(ProvlensPackage.eNS_URI, ProvlensPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        Resource resource = resources.createResource(uri);
        try {
            resource.load(in, Map.of());
        } catch (IOException | RuntimeException e) {
            throw new IOException(name + ": not a diagram description (" + e.getMessage() + ")", e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic d = resource.getErrors().get(0);
            throw new IOException(name + ": line " + d.getLine() + ": " + d.getMessage());
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DiagramDescription d)) {
            throw new IOException(name + ": not a diagram description (no DiagramDescription root)");
        }
        List<String> problems = validate(d, registry);
        if (!problems.isEmpty()) {
            throw new IOException(name + ": " + String.join("; ", problems));
        }
        return d;
    }

    /**
     * The problems of a description.
     *
     * @param description the description
     * @param registry where its registered ids must be
     * @return one line per problem, naming the element; empty when valid
     */
    public static List<String> validate(DiagramDescription description, DiagramRegistry registry) {
        List<String> problems = new ArrayList<>();
        if (description.getName() == null || description.getName().isEmpty()) {
            problems.add("the diagram description has no name");
        }
        for (TreeIterator<EObject> it = description.eAllContents(); it.hasNext();) {
            check(it.next(), registry, problems::add);
        }
        check(description, registry, problems::add);
        return problems;
    }

    private static void check(EObject element, DiagramRegistry registry, Consumer<String> problem) {
        String where = where(element);
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer()) {
                continue;
            }
            Object value = element.eGet(reference, true);
            List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            for (Object v : values) {
                if (v instanceof InternalEObject target && target.eIsProxy()) {
                    problem.accept(where + ": " + reference.getName() + " '" + target.eProxyURI() + "' does not resolve");
                }
            }
            if (reference.isRequired() && values.isEmpty()) {
                problem.accept(where + ": " + reference.getName() + " is required");
            }
        }
        switch (element) {
            case RegisteredFinder f when registry.finder(f.getId()) == null ->
                problem.accept(where + ": no finder '" + f.getId() + "' is registered");
            case RegisteredCondition c when registry.condition(c.getId()) == null ->
                problem.accept(where + ": no condition '" + c.getId() + "' is registered");
            case LabelDescription l when l.getProvider() != null && !l.getProvider().isEmpty()
                    && registry.label(l.getProvider()) == null ->
                problem.accept(where + ": no label provider '" + l.getProvider() + "' is registered");
            case GradientDescription g -> {
                if (g.getMeasure() != null && !g.getMeasure().isEmpty() && registry.measure(g.getMeasure()) == null) {
                    problem.accept(where + ": no measure '" + g.getMeasure() + "' is registered");
                }
                colors(where, problem, g.getLowColor(), g.getHighColor(), g.getMissingColor());
            }
            case NodeStyleDescription s -> colors(where, problem, s.getBackgroundColor(), s.getBorderColor(),
                    s.getLabelColor());
            case EdgeStyleDescription s -> colors(where, problem, s.getColor());
            case StyleCustomization s -> colors(where, problem, s.getBackgroundColor(), s.getBorderColor());
            case AbstractNodeMapping m when m.getSemanticCandidates() == null ->
                problem.accept(where + ": semanticCandidates is required (where to find the elements)");
            case EdgeMapping m when m.getDomainClass() != null && m.getSemanticCandidates() == null ->
                problem.accept(where + ": an element-based edge needs semanticCandidates");
            default -> {
                // nothing more to check
            }
        }
        if (element instanceof ContainerMapping c && c.getReusedContainerMappings().contains(c)
                && c.getSemanticCandidates() == null) {
            problem.accept(where + ": a recursive container mapping needs semanticCandidates");
        }
    }

    private static void colors(String where, Consumer<String> problem, String... colors) {
        for (String color : colors) {
            if (color != null && !color.matches("#[0-9a-fA-F]{6}")) {
                problem.accept(where + ": colour '" + color + "' is not of the form #rrggbb");
            }
        }
    }

    /** The element's path of names, for messages: {@code lineage/execution/style}. */
    private static String where(EObject element) {
        StringBuilder path = new StringBuilder();
        for (EObject e = element; e != null; e = e.eContainer()) {
            String segment = e instanceof IdentifiedElement named && named.getName() != null ? named.getName()
                    : e.eContainingFeature() == null ? e.eClass().getName() : e.eContainingFeature().getName();
            path.insert(0, path.isEmpty() ? segment : segment + "/");
        }
        return path.toString();
    }
}
