package org.relapseguide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form a one-way graph, so one part changes without touching four: no cycle between any two packages
 * (each package its own slice, the root package included), and nothing outside the local runner depends on it.
 */
class ArchitectureTest {
    static final String ROOT = "org.relapseguide";
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    /** Every package is a slice of its own: {@code content} and {@code content.quality} are two. */
    static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.startsWith(ROOT) ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every package of " + ROOT;
        }
    };

    @Test
    void no_two_packages_depend_on_each_other_through_any_path() {
        slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void nothing_outside_the_local_runner_depends_on_it() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".local..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".local..")
                .check(MAIN);
    }

    @Test
    void the_review_page_is_built_by_the_command_line_only() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".local..", ROOT + ".review..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".review..")
                .check(MAIN);
    }

    @Test
    void the_root_package_holds_only_the_entry_point_and_the_composition_root() {
        assertThat(MAIN.stream()
                        .filter(c -> c.getPackageName().equals(ROOT))
                        .map(JavaClass::getSimpleName)
                        .filter(name -> !name.isEmpty()))
                .allMatch(
                        name -> List.of(
                                        "RelapseGuideStreamHandler",
                                        "SkillConfig",
                                        "SkillFactory",
                                        "ProductionSkill",
                                        "Ports")
                                .contains(name),
                        "the entry point, the configuration or the composition root");
    }

    @Test
    void code_names_classes_by_import_not_by_fully_qualified_name() throws IOException {
        Pattern qualified = Pattern.compile(
                "(?<![\\w.\"])(java|javax|com|org|software)\\.[a-z]\\w*(\\.[a-z]\\w*)*" + "\\.[A-Z]\\w*");
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src", "main", "java")), Files.walk(Path.of("src", "test", "java")))) {
            List<String> found = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(file -> {
                        try {
                            return Files.readAllLines(file).stream()
                                    .map(String::strip)
                                    .filter(line -> !line.startsWith("import ")
                                            && !line.startsWith("package ")
                                            && !line.startsWith("*")
                                            && !line.startsWith("/*")
                                            && !line.startsWith("//"))
                                    .filter(line -> qualified
                                            .matcher(line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\""))
                                            .find())
                                    .map(line -> file + ": " + line);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();

            assertThat(found).isEmpty();
        }
    }
}
