package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and docs/ stay navigable: every relative link resolves to a file or directory that exists, and every
 * {@code #anchor} into a markdown file names one of its headings, as GitHub renders them.
 */
class DocsLinksTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** A fenced code block opens or closes: nothing inside it is a link or a heading. */
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    /** An inline code span, which may hold brackets and parentheses that are not a link. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).+?\\1");
    /** {@code [text](target)} or {@code [text](target "title")}; the text may hold one level of brackets. */
    private static final Pattern LINK =
            Pattern.compile("\\[(?:[^\\[\\]]|\\[[^\\[\\]]*])*]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition, {@code [name]: target}. */
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?([^\\s>]+)>?.*$");
    /** An ATX heading, {@code ## Text}, with any closing hashes. */
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    /** A URL with a scheme (https:, http:, mailto:, ...): not checked here. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** One link as written, where it was written. */
    record Link(Path file, int line, String target) {}

    @Test
    void every_relative_link_in_the_readme_and_docs_resolves_and_every_anchor_names_a_heading() {
        List<Path> documents = documents(ROOT);

        assertThat(documents)
                .as("README.md and the pages under docs/")
                .contains(ROOT.resolve("README.md"))
                .anyMatch(page -> page.startsWith(ROOT.resolve("docs")));
        assertThat(brokenLinks(ROOT, documents)).isEmpty();
    }

    @Test
    void broken_links_are_all_named_by_page_and_line_and_code_and_web_links_are_not_checked(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("README.md"), """
                # Guide

                ## What `template.yaml` deploys

                [ok](docs/page.md) [ok too](docs/page.md#the-ledgers-item) [here](#what-templateyaml-deploys)
                [gone](docs/missing.md) and [no heading](docs/page.md#nowhere)
                [no anchor here](#not-a-heading) [outside](https://example.org/x) [mail](mailto:a@example.org)
                ```sh
                [in a code block](not/checked.md)
                ```
                Code `[in a code span](not/checked.md)` is not a link either.
                """);
        Files.writeString(dir.resolve("docs/page.md"), """
                # Page

                ## The ledger's item

                [back](../README.md#guide) [directory](.) [broken back](../README.md#guide-1)
                """);

        List<String> broken = brokenLinks(dir, documents(dir));

        assertThat(broken)
                .containsExactlyInAnyOrder(
                        "README.md:6: docs/missing.md (no such file or directory)",
                        "README.md:6: docs/page.md#nowhere (no heading #nowhere in docs/page.md)",
                        "README.md:7: #not-a-heading (no heading #not-a-heading in README.md)",
                        "docs/page.md:5: ../README.md#guide-1 (no heading #guide-1 in README.md)");
    }

    @Test
    void a_heading_is_found_by_its_github_anchor() {
        assertThat(slug("What `template.yaml` deploys")).isEqualTo("what-templateyaml-deploys");
        assertThat(slug("2. Run it in the Lambda container: `sam local invoke`"))
                .isEqualTo("2-run-it-in-the-lambda-container-sam-local-invoke");
        assertThat(slug("The ledger's item")).isEqualTo("the-ledgers-item");
        assertThat(slug("Failing dependencies: `HungDependenciesTest`, `TableOutageTest`"))
                .isEqualTo("failing-dependencies-hungdependenciestest-tableoutagetest");
        assertThat(slug("See [the tests](testing.md) and content/quality"))
                .isEqualTo("see-the-tests-and-contentquality");
        assertThat(anchors(List.of("# Notes", "## Notes", "## Notes"))).containsExactly("notes", "notes-1", "notes-2");
    }

    /** README.md and every markdown file under docs/, in a stable order. */
    static List<Path> documents(Path root) {
        List<Path> documents = new ArrayList<>();
        documents.add(root.resolve("README.md"));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.walk(docs)) {
                files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    /** Every broken link in these pages, each as {@code file:line: target (why)}. */
    static List<String> brokenLinks(Path root, List<Path> documents) {
        Map<Path, Set<String>> headings = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            for (Link link : links(document)) {
                String problem = problem(root, link, headings);
                if (problem != null) {
                    broken.add(root.relativize(document) + ":" + link.line() + ": " + link.target() + " (" + problem
                            + ")");
                }
            }
        }
        return broken;
    }

    /** What is wrong with one link, or null when it resolves (or leads off the repository: not checked). */
    private static String problem(Path root, Link link, Map<Path, Set<String>> headings) {
        String target = link.target();
        if (target.isEmpty() || SCHEME.matcher(target).find()) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = decode(hash < 0 ? target : target.substring(0, hash));
        String anchor = hash < 0 ? null : decode(target.substring(hash + 1));
        Path file = link.file().toAbsolutePath();
        Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!Files.exists(resolved)) {
            return "no such file or directory";
        }
        if (anchor == null || !resolved.toString().endsWith(".md") || !Files.isRegularFile(resolved)) {
            return null;
        }
        Set<String> known = headings.computeIfAbsent(resolved, p -> anchors(lines(p)));
        return known.contains(anchor) ? null : "no heading #" + anchor + " in " + root.relativize(resolved);
    }

    /** The links of one page, outside code blocks and code spans. */
    static List<Link> links(Path document) {
        List<Link> links = new ArrayList<>();
        List<String> lines = lines(document);
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            String prose = CODE_SPAN.matcher(line).replaceAll("");
            Matcher link = LINK.matcher(prose);
            while (link.find()) {
                links.add(new Link(document, i + 1, link.group(1)));
            }
            Matcher reference = REFERENCE.matcher(prose);
            if (reference.matches()) {
                links.add(new Link(document, i + 1, reference.group(1)));
            }
        }
        return links;
    }

    /** The anchors GitHub gives a page's headings: a repeated heading gets -1, -2, ... after its slug. */
    static Set<String> anchors(List<String> lines) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inCode = false;
        for (String line : lines) {
            if (FENCE.matcher(line).find()) {
                inCode = !inCode;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (inCode || !heading.matches()) {
                continue;
            }
            String slug = slug(heading.group(1));
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }

    /**
     * GitHub's anchor for a heading: its text as rendered (a link becomes its text), lower case, punctuation dropped
     * except hyphens, and each space a hyphen.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M}_\\- ]", "")
                .replace(' ', '-');
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
