package cn.jining.credithub.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of ARCHITECTURE.md, checked on the compiled classes of every module. Plain tests, not
 * {@code @ArchTest} fields: this Surefire version silently runs none of those.
 */
class ArchitectureTest {

    private static JavaClasses hub;

    @BeforeAll
    static void importClasses() {
        hub = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.jining.credithub");
    }

    @Test
    void everyModuleWasImported() {
        for (String module : new String[] {"contracts", "repository", "routes", "adapters", "gateway"}) {
            assertThat(hub.stream().anyMatch(c -> c.getPackageName().startsWith("cn.jining.credithub." + module)))
                    .as(module).isTrue();
        }
    }

    @Test
    void contractsUseNeitherCamelNorSpring() {
        noClasses().that().resideInAPackage("cn.jining.credithub.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.springframework..")
                .check(hub);
    }

    @Test
    void theRepositoryDoesNotKnowCamel() {
        noClasses().that().resideInAPackage("cn.jining.credithub.repository..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..")
                .check(hub);
    }

    @Test
    void servicesKnowNeitherCamelNorHttp() {
        noClasses().that().resideInAPackage("cn.jining.credithub.services..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.springframework.web..",
                        "jakarta.servlet..", "cn.jining.credithub.routes..", "cn.jining.credithub.adapters..")
                .check(hub);
    }

    @Test
    void adaptersNeverImportRoutesAndRoutesNeverImportAdapters() {
        noClasses().that().resideInAPackage("cn.jining.credithub.adapters..")
                .should().dependOnClassesThat().resideInAPackage("cn.jining.credithub.routes..")
                .check(hub);
        noClasses().that().resideInAPackage("cn.jining.credithub.routes..")
                .should().dependOnClassesThat().resideInAPackage("cn.jining.credithub.adapters..")
                .check(hub);
    }

    @Test
    void onlyTheGatewayWiresTheApplication() {
        noClasses().that().resideOutsideOfPackage("cn.jining.credithub.gateway..")
                .should().dependOnClassesThat().resideInAPackage("cn.jining.credithub.gateway..")
                .check(hub);
    }

    @Test
    void noBareRuntimeExceptions() {
        noClasses().should().callConstructor(RuntimeException.class)
                .because("failures carry a type that says what went wrong")
                .check(hub);
    }
}
