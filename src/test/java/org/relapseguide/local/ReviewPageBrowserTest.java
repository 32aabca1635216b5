package org.relapseguide.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.Topic;
import org.relapseguide.logging.JsonLogging;

/**
 * The review page in a real browser: Debian's chromium, driven through its own chromedriver (nothing downloaded). The
 * site is built by the command a clinician runs, from the repository's content files with a stale review date and a
 * validator finding seeded, and log lines the skill wrote answering real envelopes.
 */
@Tag("slow")
class ReviewPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Kept between runs, so a rerun finds espeak-ng's recordings already made, as a clinician's rebuild does. */
    private static final Path SITE = Path.of("target", "review-browser-test");

    private static final String STALE_TOPIC = "car_t";
    private static final String FINDING_TOPIC = "mrd";
    private static final String UNKNOWN_SOURCE = "SEEDED_UNKNOWN_SOURCE";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ChromeDriver browser;
    private static final List<String> LOCALES = new ArrayList<>();
    private static int topics;

    @BeforeAll
    static void buildTheSiteAndOpenIt() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            fail("CI must test the review page in a browser: install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install them)");

        Path content = Files.createTempDirectory("review-content");
        seedContent(content);
        JsonLogging.setLevel(JsonLogging.parseLevel("INFO"));
        Path logs = Files.createTempFile("skill", ".log");
        Files.write(
                logs,
                ContentGapsTest.linesOfTheSkillAnswering("question-not-yet", "question-not-yet", "topic-blinatumomab"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {
                    "content",
                    "review",
                    "--out",
                    SITE.toString(),
                    "--content",
                    content.toString(),
                    "--logs",
                    logs.toString()
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        JsonLogging.setLevel(JsonLogging.parseLevel("INFO"));
        System.out.print(out.toString(StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();

        browser = open(true);
        browser.get(SITE.resolve("index.html").toUri().toString());
        awaitEveryCard(browser);
    }

    /** The repository's content files, with one review date made old and one topic citing a source nobody lists. */
    private static void seedContent(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                ObjectNode tree = (ObjectNode) MAPPER.readTree(file.toFile());
                LOCALES.add(tree.path("locale").asText());
                topics += tree.path("topics").size();
                if (tree.path("locale").asText().equals("en-US")) {
                    tree.path("topics").forEach(topic -> {
                        ObjectNode node = (ObjectNode) topic;
                        if (node.path("id").asText().equals(STALE_TOPIC)) {
                            node.put("written", LocalDate.now().minusMonths(14).toString());
                        }
                        if (node.path("id").asText().equals(FINDING_TOPIC)) {
                            node.withArray("sources").add(UNKNOWN_SOURCE);
                        }
                    });
                }
                Files.writeString(folder.resolve(file.getFileName()), ContentFile.toText(tree));
            }
        }
    }

    private static ChromeDriver open(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static List<WebElement> shownCards() {
        return browser.findElements(By.cssSelector("article.topic")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    private static WebElement card(String locale, String topicId) {
        return browser.findElement(By.id(locale + "--" + topicId));
    }

    private static void choose(String select, String option) {
        browser.findElement(By.xpath("//select[@name='" + select + "']/option[.='" + option + "']"))
                .click();
    }

    /** A fresh load: the same URL again would be a reload, which restores the filters' last values. */
    private static void home() {
        browser.get("about:blank");
        browser.get(SITE.resolve("index.html").toUri().toString());
        awaitEveryCard(browser);
    }

    /**
     * The page is large (every topic of every locale, its recordings): the driver can hand it back before the parser
     * has reached the last card, so a count taken at once sees a few. Waits, up to 30 s, until every card is there.
     */
    private static void awaitEveryCard(ChromeDriver driver) {
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (driver.findElements(By.cssSelector("article.topic")).size() < topics && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void every_topic_of_every_locale_is_on_the_page() throws IOException {
        home();
        assertThat(LOCALES).contains("en-US", "es-US");
        assertThat(browser.findElements(By.cssSelector("article.topic"))).hasSize(topics);
        for (String locale : LOCALES) {
            for (Topic topic :
                    ContentFile.read(Path.of("content", locale + ".json")).topics()) {
                WebElement card = card(locale, topic.id());
                assertThat(card.isDisplayed()).as(locale + " " + topic.id()).isTrue();
                assertThat(card.findElement(By.tagName("h4")).getText()).isEqualTo(topic.title());
            }
        }
    }

    @Test
    void a_filter_narrows_the_list() {
        home();
        assertThat(shownCards()).hasSize(topics);

        choose("locale", "es-US");
        assertThat(shownCards())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.getAttribute("data-locale")).isEqualTo("es-US"));

        choose("locale", "en-US");
        browser.findElement(By.name("stale")).click();
        assertThat(shownCards()).extracting(c -> c.getAttribute("id")).containsExactly("en-US--" + STALE_TOPIC);
        assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("Showing 1 of " + topics + " topics");

        browser.findElement(By.name("stale")).click();
        browser.findElement(By.name("q")).sendKeys("blinatumomab");
        assertThat(shownCards())
                .hasSizeBetween(1, topics / 4)
                .allSatisfy(c -> assertThat(c.getText()).containsIgnoringCase("blinatumomab"));
    }

    @Test
    void a_stale_review_date_is_highlighted() {
        home();
        WebElement stale = card("en-US", STALE_TOPIC).findElement(By.cssSelector(".review"));

        assertThat(stale.getAttribute("class")).contains("stale");
        assertThat(stale.getText()).contains("stale: older than 12 months");
        assertThat(stale.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(card("en-US", "blinatumomab").findElements(By.cssSelector(".review.stale")))
                .isEmpty();
    }

    @Test
    void a_seeded_validator_finding_is_shown_on_its_topic() {
        home();
        WebElement findings = card("en-US", FINDING_TOPIC).findElement(By.cssSelector("section.findings"));

        assertThat(findings.isDisplayed()).isTrue();
        assertThat(findings.getText()).contains("cites unknown source " + UNKNOWN_SOURCE);
        assertThat(card("es-US", FINDING_TOPIC).getText()).doesNotContain(UNKNOWN_SOURCE);
    }

    @Test
    void listen_speaks_the_answer_with_its_pronunciations_in_the_topics_language() {
        home();
        browser.executeScript("window.spoken = [];"
                + "window.speechSynthesis.speak = function (u) { window.spoken.push({text: u.text, lang: u.lang}); };");

        card("en-US", "blinatumomab")
                .findElement(By.cssSelector("button.listen"))
                .click();
        card("es-US", "blinatumomab")
                .findElement(By.cssSelector("button.listen"))
                .click();

        @SuppressWarnings("unchecked")
        List<Map<String, String>> spoken =
                (List<Map<String, String>>) ((JavascriptExecutor) browser).executeScript("return window.spoken;");
        assertThat(spoken).hasSize(2);
        assertThat(spoken.get(0)).containsEntry("lang", "en-US");
        assertThat(spoken.get(0).get("text")).contains("blin uh TOOM oh mab").doesNotContain("<");
        assertThat(spoken.get(1)).containsEntry("lang", "es-US");
        assertThat(spoken.get(1).get("text")).contains("bli na TU mo mab");
    }

    @Test
    void the_gaps_table_lists_the_unanswered_question_the_skill_logged() {
        home();
        WebElement gaps = browser.findElement(By.cssSelector("table.gaps"));

        assertThat(gaps.findElements(By.cssSelector("tbody tr"))).hasSize(1);
        assertThat(gaps.findElement(By.cssSelector("tbody tr")).getText())
                .startsWith("2 en-US")
                .contains("school")
                .contains("not_yet");
    }

    @Test
    void a_topic_page_shows_its_locales_side_by_side_and_flags_what_differs() {
        browser.get(
                SITE.resolve("topic").resolve(FINDING_TOPIC + ".html").toUri().toString());

        assertThat(browser.findElements(By.cssSelector(".side-by-side article.topic")))
                .extracting(c -> c.getAttribute("data-locale"))
                .containsExactlyElementsOf(LOCALES);
        assertThat(browser.findElement(By.cssSelector("section.differences")).getText())
                .contains("Sources differ")
                .contains(UNKNOWN_SOURCE);
    }

    @Test
    void the_page_runs_without_a_console_error_and_screenshots_are_kept() throws IOException {
        home();
        Path index = Path.of("target", "review-index.png");
        Files.write(index, browser.getScreenshotAs(OutputType.BYTES));
        browser.get(SITE.resolve("topic").resolve(STALE_TOPIC + ".html").toUri().toString());
        Path topic = Path.of("target", "review-topic.png");
        Files.write(topic, browser.getScreenshotAs(OutputType.BYTES));

        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertThat(errors).isEmpty();
        for (Path png : List.of(index, topic)) {
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes).hasSizeGreaterThan(10_000).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void with_javascript_off_every_topic_is_readable_and_the_recordings_play() {
        ChromeDriver plain = open(false);
        try {
            plain.get(SITE.resolve("index.html").toUri().toString());
            awaitEveryCard(plain);
            List<WebElement> cards = plain.findElements(By.cssSelector("article.topic"));

            assertThat(cards)
                    .hasSize(topics)
                    .allSatisfy(c -> assertThat(c.isDisplayed()).isTrue());
            assertThat(plain.findElement(By.id("filters")).isDisplayed()).isFalse();
            assertThat(plain.findElements(By.cssSelector("button.listen")))
                    .isNotEmpty()
                    .noneMatch(WebElement::isDisplayed);
            assertThat(plain.findElement(By.id("en-US--blinatumomab")).getText())
                    .contains("blin uh TOOM oh mab");
            if (Files.isDirectory(SITE.resolve("audio"))) {
                assertThat(plain.findElement(By.id("en-US--blinatumomab"))
                                .findElement(By.tagName("audio"))
                                .isDisplayed())
                        .isTrue();
            }
        } finally {
            plain.quit();
        }
    }
}
