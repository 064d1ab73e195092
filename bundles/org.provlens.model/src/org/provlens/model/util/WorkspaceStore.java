package org.provlens.model.util;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Series;
import org.provlens.model.Telemetry;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;

/**
 * Loads and saves a {@link Workspace} as an EMF resource, with or without OSGi.
 *
 * <p>Two formats: EMF's binary resource (extension {@value #BINARY_EXTENSION}, the default: at 100,000 tasks with
 * telemetry it loads about three times faster than XMI and its file is 40 % smaller, see
 * {@code releng/benchmarks/README.md}) and XMI (extension {@value #XMI_EXTENSION}, readable and diffable, for small
 * workspaces and interchange). Saving writes a sibling temporary file first and moves it into place ({@link AtomicFiles}), so
 * a failed save never destroys the previous workspace. After a load, equal strings (activities, keys, units, roles) are
 * shared, which EMF's deserialisers do not do: it saves about a third of the heap of a large workspace.</p>
 */
public final class WorkspaceStore {

    /** File extension of the binary format. */
    public static final String BINARY_EXTENSION = "provlens";

    /** File extension of the XMI format. */
    public static final String XMI_EXTENSION = "xmi";

    /** The persistence formats. */
    public enum Format {
        /** EMF binary resource. */
        BINARY,
        /** XML Metadata Interchange. */
        XMI;

        /**
         * The format a file name implies: XMI for {@code .xmi}, binary otherwise.
         *
         * @param file the file
         * @return its format
         */
        public static Format of(Path file) {
            return file.getFileName().toString().endsWith("." + XMI_EXTENSION) ? XMI : BINARY;
        }
    }

    private WorkspaceStore() {
    }

    /**
     * A resource set that knows both formats, whatever the file extension.
     *
     * @return a new resource set
     */
    public static ResourceSet newResourceSet() {
        ProvlensPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(ProvlensPackage.eNS_URI, ProvlensPackage.eINSTANCE);
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put(XMI_EXTENSION, (Resource.Factory) WorkspaceStore::createXmi);
        factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, (Resource.Factory) WorkspaceStore::createBinary);
        return resourceSet;
    }

    /**
     * Creates an empty resource for a workspace file, in the format its name implies.
     *
     * @param resourceSet where the resource lives
     * @param file the file it will be saved to
     * @return the new resource
     */
    public static Resource createResource(ResourceSet resourceSet, Path file) {
        return resourceSet.createResource(uriOf(file));
    }

    /**
     * Loads a workspace file: an XMI file whole; a binary workspace with its fragments and its bulk store (see
     * {@link WorkspaceFiles}), every reference resolved.
     *
     * @param file the file, in either format
     * @return the workspace, the root of a resource in a new resource set
     * @throws IOException when the file cannot be read or is not a workspace
     */
    public static Workspace load(Path file) throws IOException {
        if (Format.of(file) == Format.BINARY) {
            WorkspaceFiles files = WorkspaceFiles.open(file);
            files.loadFragments(null);
            return files.workspace();
        }
        Resource resource = createResource(newResourceSet(), file);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + ": not a ProvLens workspace (" + e.getMessage() + ")", e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Workspace workspace)) {
            throw new IOException(file + ": not a ProvLens workspace (no Workspace root)");
        }
        shareStrings(workspace.eAllContents());
        return workspace;
    }

    /**
     * Saves a workspace to a file in the format its name implies. Binary: incrementally, through the workspace's
     * {@link WorkspaceFiles} when it was opened from or last saved to that file (a first save, or a save under
     * another name, writes everything). XMI: one self-contained file with every value inline, the workspace left
     * where it was (for interchange and small workspaces).
     *
     * @param workspace the workspace
     * @param file the target file
     * @throws IOException when writing fails; the previous files, if any, are then left as they were
     */
    public static void save(Workspace workspace, Path file) throws IOException {
        if (Format.of(file) == Format.XMI) {
            saveXmi(workspace, file);
            return;
        }
        WorkspaceFiles files = WorkspaceFiles.of(workspace);
        if (files == null || !files.file().equals(file.toAbsolutePath())) {
            files = WorkspaceFiles.create(file, workspace);
        }
        files.save();
    }

    /**
     * Writes an XMI file: the workspace's own resource when it was read from that XMI file, else a copy in which the
     * bulk values are inline, so that the file stands alone.
     */
    private static void saveXmi(Workspace workspace, Path file) throws IOException {
        Resource own = workspace.eResource();
        if (own != null && formatOfResource(own) == Format.XMI && BulkStore.of(workspace) == null
                && own.getURI().equals(uriOf(file))) {
            AtomicFiles.write(file, out -> own.save(out, saveOptions()));
            return;
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Workspace copy = (Workspace) copier.copy(workspace);
        copier.copyReferences();
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            if (entry.getKey() instanceof Telemetry original && entry.getValue() instanceof Telemetry inline) {
                inline.setAtStart(Bulk.atStart(original));
                inline.setAtEnd(Bulk.atEnd(original));
                inline.setRow(-1);
            } else if (entry.getKey() instanceof Series original && entry.getValue() instanceof Series inline) {
                inline.setXs(Bulk.xs(original));
                inline.setYs(Bulk.ys(original));
                inline.setRow(-1);
            }
        }
        Resource resource = createResource(newResourceSet(), file);
        resource.getContents().add(copy);
        AtomicFiles.write(file, out -> resource.save(out, saveOptions()));
    }

    /**
     * Replaces equal string attribute values by one instance. Ids are unique and left alone; so are many-valued
     * attributes, whose lists would notify per element.
     *
     * @param contents the objects to visit
     */
    public static void shareStrings(Iterator<? extends EObject> contents) {
        shareStrings(contents, new HashMap<>());
    }

    /**
     * Replaces equal string attribute values by one instance of a pool shared by several calls.
     *
     * @param contents the objects to visit
     * @param pool the strings seen so far
     */
    public static void shareStrings(Iterator<? extends EObject> contents, Map<String, String> pool) {
        Map<EClass, List<EAttribute>> attributes = new HashMap<>();
        while (contents.hasNext()) {
            EObject object = contents.next();
            share(object, attributes, pool);
        }
    }

    /**
     * Shares equal strings as {@link #shareStrings(Iterator, Map)} does and resolves every cross reference of the
     * visited objects, in one walk: after it, no proxy is left to be resolved lazily (a lazy resolution changes the
     * model, which must not happen while several threads read it).
     *
     * @param contents the objects to visit
     * @param pool the strings seen so far
     */
    public static void shareStringsAndResolve(Iterator<? extends EObject> contents, Map<String, String> pool) {
        walk(contents, pool);
    }

    /**
     * Resolves every cross reference of the visited objects, as {@link #shareStringsAndResolve} does, for objects
     * whose strings were shared already.
     *
     * @param contents the objects to visit
     */
    public static void resolveReferences(Iterator<? extends EObject> contents) {
        walk(contents, null);
    }

    /** Resolves the cross references of the visited objects and, with a pool, shares their strings. */
    private static void walk(Iterator<? extends EObject> contents, Map<String, String> pool) {
        Map<EClass, List<EAttribute>> attributes = new HashMap<>();
        Map<EClass, List<org.eclipse.emf.ecore.EReference>> references = new HashMap<>();
        while (contents.hasNext()) {
            EObject object = contents.next();
            EClass type = object.eClass();
            if (pool != null) {
                share(object, attributes, pool);
            }
            List<org.eclipse.emf.ecore.EReference> crossing = references.computeIfAbsent(type,
                    c -> c.getEAllReferences().stream().filter(r -> !r.isContainment() && !r.isContainer()
                            && !r.isTransient() && r.isResolveProxies()).toList());
            for (org.eclipse.emf.ecore.EReference reference : crossing) {
                if (!object.eIsSet(reference)) {
                    continue;
                }
                Object value = object.eGet(reference, true); // resolves a single reference
                if (value instanceof List<?> list) {
                    for (int i = 0, n = list.size(); i < n; i++) {
                        list.get(i); // resolves each element of a resolving list
                    }
                }
            }
        }
    }

    /**
     * Replaces an object's single-valued string attributes (not its id) by the pool's instance of an equal string.
     *
     * @param object the object
     * @param attributes the string attributes found so far per class
     * @param pool the strings seen so far
     */
    private static void share(EObject object, Map<EClass, List<EAttribute>> attributes, Map<String, String> pool) {
        List<EAttribute> strings = attributes.computeIfAbsent(object.eClass(), c -> c.getEAllAttributes().stream()
                .filter(a -> !a.isMany() && !a.isID() && a.getEAttributeType().getInstanceClass() == String.class)
                .toList());
        for (EAttribute attribute : strings) {
            Object value = object.eGet(attribute);
            if (value instanceof String text) {
                String shared = pool.putIfAbsent(text, text);
                if (shared != null && shared != text) {
                    object.eSet(attribute, shared);
                }
            }
        }
    }

    private static Format formatOfResource(Resource resource) {
        return resource instanceof XMLResource ? Format.XMI : Format.BINARY;
    }

    private static URI uriOf(Path file) {
        return URI.createFileURI(file.toAbsolutePath().toString());
    }

    private static Resource createXmi(URI uri) {
        XMIResourceImpl resource = new IdSafeXmiResource(uri);
        // Identity is by source id, so references are written as ids; the map makes their resolution O(1) on load.
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        return resource;
    }

    /**
     * XMI whose references are written as {@code #<escaped id>}. Source ids such as {@code md5:2b1f...} or ids
     * with spaces would otherwise be misread on load: EMF takes an IDREF with a colon for a typed QName and splits
     * IDREF lists at spaces.
     */
    private static final class IdSafeXmiResource extends XMIResourceImpl {
        IdSafeXmiResource(URI uri) {
            super(uri);
        }

        @Override
        protected XMLHelper createXMLHelper() {
            return new XMIHelperImpl(this) {
                @Override
                public String getIDREF(EObject eObject) {
                    return "#" + URI.encodeFragment(super.getIDREF(eObject), false);
                }
            };
        }

        @Override
        public EObject getEObject(String uriFragment) {
            String fragment = uriFragment.indexOf('%') < 0 ? uriFragment : URI.decode(uriFragment);
            if (fragment.startsWith("/")) {
                // A source id such as a file path (/lustre/...) would be read as a containment path: ids first.
                EObject byId = getEObjectByID(fragment);
                if (byId != null) {
                    return byId;
                }
            }
            return super.getEObject(fragment);
        }
    }

    private static Resource createBinary(URI uri) {
        BinaryResourceImpl resource = new BinaryResourceImpl(uri);
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        return resource;
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl());
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, 1 << 16);
        // Without it EMF reads the binary stream one byte per call (a third of the load time).
        options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 1 << 16);
        return options;
    }

    static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        // No OPTION_CONFIGURATION_CACHE: with an in-memory buffer it keeps the whole serialised document alive
        // in a static cache after the save (138 MB at 100,000 tasks).
        options.put(XMLResource.OPTION_USE_FILE_BUFFER, Boolean.FALSE);
        options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 1 << 16);
        options.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_FLOATING_POINT, Boolean.TRUE);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE);
        options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, 1 << 16);
        return options;
    }
}
