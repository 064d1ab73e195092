package org.provlens.releng.codegen;

import java.io.File;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of a bundle from its genmodel, without an IDE: the same templates and JMerger as the
 * EMF "Generate Model Code" action. A genmodel that holds only settings and its package is completed from the
 * Ecore model first and saved, so the committed genmodel stays in step with the Ecore file.
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    /**
     * Entry point.
     *
     * @param args the bundle folder and the genmodel path relative to it
     */
    public static void main(String[] args) throws Exception {
        File bundle = new File(args[0]).getCanonicalFile();
        String bundleName = bundle.getName();
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        URI bundleUri = URI.createFileURI(bundle.getPath() + "/");
        EcorePlugin.getPlatformResourceMap().put(bundleName, bundleUri);

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
        URI genModelUri = URI.createPlatformResourceURI(bundleName + "/" + args[1], true);
        Resource resource = resourceSet.getResource(genModelUri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        for (GenPackage genPackage : genModel.getGenPackages()) {
            if (genPackage.getGenClassifiers().isEmpty()) {
                genPackage.initialize(genPackage.getEcorePackage());
            }
        }
        genModel.reconcile();
        genModel.setCanGenerate(true);
        resource.save(null);

        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        System.out.println("Generation: " + diagnostic.getMessage() + " (severity " + diagnostic.getSeverity() + ")");
        for (Diagnostic child : diagnostic.getChildren()) {
            System.out.println("  " + child.getMessage());
        }
        // EMF's reference-queue thread would otherwise keep exec:java waiting.
        System.exit(diagnostic.getSeverity() >= Diagnostic.ERROR ? 1 : 0);
    }
}
