package cn.jining.credithub.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The public site's place in ARCHITECTURE.md: it sees contracts and nothing else of the hub (never the repository,
 * routes, adapters, services or gateway), and uses no Camel. Plain test, not {@code @ArchTest} (see gateway's).
 */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.jining.credithub.portal");

    @Test
    void thePortalSeesOnlyContracts() {
        noClasses().that().resideInAPackage("cn.jining.credithub.portal..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.jining.credithub.repository..",
                        "cn.jining.credithub.routes..", "cn.jining.credithub.adapters..", "cn.jining.credithub.services..",
                        "cn.jining.credithub.gateway..", "cn.jining.credithub.config..", "org.apache.camel..")
                .check(PORTAL);
    }
}
