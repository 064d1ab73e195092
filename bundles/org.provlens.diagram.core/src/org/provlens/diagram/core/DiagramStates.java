package org.provlens.diagram.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.provlens.diagram.core.view.DiagramSet;
import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.core.view.NodeState;
import org.provlens.diagram.core.view.ViewFactory;
import org.provlens.diagram.core.view.ViewPackage;

/**
 * The diagrams file of a workspace: the state of every diagram opened on it, in XMI beside the workspace file
 * ({@code runs.provlens.diagrams.xmi}), keyed by semantic ids, so the workspace model stays as the importers made
 * it and a diagram survives re-imports.
 */
public final class DiagramStates {

    /** What is appended to the workspace file's name. */
    public static final String SUFFIX = ".diagrams.xmi";

    private DiagramStates() {
    }

    /**
     * The diagrams file of a workspace file.
     *
     * @param workspaceFile the workspace file
     * @return the file beside it
     */
    public static Path fileOf(Path workspaceFile) {
        return workspaceFile.resolveSibling(workspaceFile.getFileName() + SUFFIX);
    }

    /**
     * Loads a diagrams file.
     *
     * @param file the file
     * @return its diagrams, an empty set when the file does not exist
     * @throws IOException when it exists but cannot be read; the message names the file
     */
    public static DiagramSet load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return ViewFactory.eINSTANCE.createDiagramSet();
        }
        Resource resource = resourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, Map.of());
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a ProvLens diagrams file (" + e.getMessage() + ")", e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DiagramSet set)) {
            throw new IOException(file + ": not a ProvLens diagrams file (no DiagramSet root)");
        }
        return set;
    }

    /**
     * Saves a diagrams file: to a sibling temporary file first, then moved into place, so a failed save keeps the
     * previous file.
     *
     * @param diagrams the diagrams
     * @param file the file
     * @throws IOException when it cannot be written
     */
    public static void save(DiagramSet diagrams, Path file) throws IOException {
        Resource resource = diagrams.eResource();
        if (resource == null) {
            resource = resourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(diagrams);
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".saving");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The state of one diagram, created when the set has none.
     *
     * @param diagrams the set
     * @param description the description's name
     * @param rootId the element the diagram opens on, {@code null} for the whole workspace
     * @return the state
     */
    public static DiagramState state(DiagramSet diagrams, String description, String rootId) {
        String root = rootId == null ? "" : rootId;
        for (DiagramState state : diagrams.getDiagrams()) {
            if (description.equals(state.getDescription()) && root.equals(Objects.toString(state.getRootId(), ""))) {
                return state;
            }
        }
        DiagramState state = ViewFactory.eINSTANCE.createDiagramState();
        state.setDescription(description);
        state.setRootId(root);
        diagrams.getDiagrams().add(state);
        return state;
    }

    /**
     * The state of one node, created when the diagram has none.
     *
     * @param diagram the diagram
     * @param id the node's id
     * @return the node's state
     */
    public static NodeState node(DiagramState diagram, String id) {
        for (NodeState node : diagram.getNodes()) {
            if (id.equals(node.getId())) {
                return node;
            }
        }
        NodeState node = ViewFactory.eINSTANCE.createNodeState();
        node.setId(id);
        diagram.getNodes().add(node);
        return node;
    }

    private static ResourceSet resourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(ViewPackage.eNS_URI, ViewPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        return resources;
    }
}
