package cn.jining.credithub.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.validation.RecordChecker;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * contracts is the data standard only: every other module may use it, so it must not pull in Camel or Spring.
 * A plain JUnit test rather than an {@code @ArchTest} field: Surefire 3.5.3 silently skips {@code @ArchTest}
 * fields (TNG/ArchUnit#1442, apache/maven-surefire#839).
 */
class ContractsArchitectureTest {

    private static final JavaClasses CONTRACTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jining.credithub.contracts");

    @Test
    void importsTheMainClasses() {
        assertThat(CONTRACTS.contain(RecordChecker.class)).isTrue();
    }

    @Test
    void noCamelOrSpring() {
        noClasses().that().resideInAPackage("cn.jining.credithub.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.springframework..")
                .check(CONTRACTS);
    }
}
