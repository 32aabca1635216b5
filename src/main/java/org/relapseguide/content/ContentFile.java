package org.relapseguide.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the versioned content file ({@code content/<locale>.json}) that clinicians edit. */
public final class ContentFile {
    /** Where the build puts the content files inside the jar. */
    public static final String CLASSPATH_DIRECTORY = "content/";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ContentFile() {}

    /** The file's shape, field for field. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Document(
            int schemaVersion,
            String locale,
            String version,
            List<Source> sources,
            List<Pronunciation> pronunciations,
            List<EmergencySign> emergencySigns,
            List<Topic> topics) {

        public Document {
            sources = sources == null ? List.of() : sources;
            pronunciations = pronunciations == null ? List.of() : pronunciations;
            emergencySigns = emergencySigns == null ? List.of() : emergencySigns;
            topics = topics == null ? List.of() : topics;
        }

        public ContentSet toContentSet() {
            return new ContentSet(locale, version, topics, sources, pronunciations, emergencySigns);
        }
    }

    public static Document read(InputStream in) throws IOException {
        return MAPPER.readValue(in, Document.class);
    }

    public static Document read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    /** Reads the content file bundled in the jar for a locale. */
    public static ContentSet bundled(String locale) {
        String resource = CLASSPATH_DIRECTORY + locale + ".json";
        try (InputStream in = ContentFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No bundled content for " + locale + " at " + resource);
            }
            return read(in).toContentSet();
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled content " + resource + " is unreadable", e);
        }
    }

    /**
     * The file's text for a JSON tree, in the file's own layout (two-space indents, {@code "key": value}, empty
     * lists as {@code []}), so a tool that changes one field leaves every other line as it was.
     */
    public static String toText(JsonNode tree) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapper the content tools share, so dates and enums are written as the file spells them. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
