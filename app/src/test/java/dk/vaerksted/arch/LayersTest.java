package dk.vaerksted.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core knows no JavaFX; the UI depends on the core, never the reverse. */
@AnalyzeClasses(packages = "dk.vaerksted", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
    @ArchTest
    static final ArchRule coreKnowsNoJavaFxNorOuterLayers = noClasses().that().resideInAPackage("dk.vaerksted.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dk.vaerksted.ui..", "dk.vaerksted.cli..",
                    "dk.vaerksted.export..", "dk.vaerksted.room..", "atlantafx..", "org.apache.pdfbox..", "picocli..",
                    "org.eclipse.jetty..");

    @ArchTest
    static final ArchRule exportKnowsNoJavaFx = noClasses().that().resideInAPackage("dk.vaerksted.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dk.vaerksted.ui..", "dk.vaerksted.cli..",
                    "dk.vaerksted.room..");

    /** The room's server uses the core and the export; the window wires it, never the reverse. */
    @ArchTest
    static final ArchRule roomKnowsNoJavaFxNorTheWindow = noClasses().that().resideInAPackage("dk.vaerksted.room..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "dk.vaerksted.ui..",
                    "dk.vaerksted.cli..");

    /** Only the room talks to the network: nothing else uses Jetty. */
    @ArchTest
    static final ArchRule onlyTheRoomUsesTheServer = noClasses().that().resideOutsideOfPackage("dk.vaerksted.room..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jetty..");

    @ArchTest
    static final ArchRule commandLineNeedsNoJavaFx = noClasses().that().resideInAPackage("dk.vaerksted.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule uiDoesNotReachIntoTheCommandLine = noClasses().that().resideInAPackage("dk.vaerksted.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.vaerksted.cli..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dk.vaerksted.(*)..").should().beFreeOfCycles();
}
