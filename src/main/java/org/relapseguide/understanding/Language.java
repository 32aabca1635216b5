package org.relapseguide.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One locale's language resources for understanding questions, read from {@code understanding/<locale>.txt}: named
 * sections of lines ({@code [contractions]}, {@code [equivalences]}, {@code [emergency:fever]}, ...). Everything that
 * differs between languages is data here, never a branch in code.
 */
public final class Language {
    private final String locale;
    private final Map<String, List<String>> sections;

    private Language(String locale, Map<String, List<String>> sections) {
        this.locale = locale;
        this.sections = sections;
    }

    /** Whether the class path has resources for a locale. */
    public static boolean exists(String locale) {
        return Language.class.getClassLoader().getResource("understanding/" + locale + ".txt") != null;
    }

    /** Reads a locale's resources from the class path, failing fast when the locale has none. */
    public static Language load(String locale) {
        String resource = "understanding/" + locale + ".txt";
        try (InputStream in = Language.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No language resources for " + locale + " at " + resource);
            }
            return parse(locale, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Language resources " + resource + " are unreadable", e);
        }
    }

    static Language parse(String locale, String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(
                            "Language resources for " + locale + ": \"" + line + "\" comes before any [section]");
                } else {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Language(locale, sections);
    }

    public String locale() {
        return locale;
    }

    /** The lines of a section, or none. */
    public List<String> lines(String section) {
        return sections.getOrDefault(section, List.of());
    }

    /** The names of the sections that start with {@code prefix} (e.g. every {@code emergency:} section). */
    public List<String> sectionsStartingWith(String prefix) {
        return sections.keySet().stream()
                .filter(name -> name.startsWith(prefix))
                .toList();
    }

    /** A section of {@code key = value} lines, in order. */
    public Map<String, String> pairs(String section) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String line : lines(section)) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException(
                        "Language resources for " + locale + ": [" + section + "] line \"" + line + "\" has no =");
            }
            String key = line.substring(0, equals).strip();
            // A second line for the same word would silently replace the first one's variants.
            if (pairs.put(key, line.substring(equals + 1).strip()) != null) {
                throw new IllegalStateException("Language resources for " + locale + ": [" + section + "] names \""
                        + key + "\" on two lines; put all its variants on one line");
            }
        }
        return pairs;
    }

    /** The one value of a single-line section, or {@code fallback}. */
    public String setting(String section, String fallback) {
        List<String> lines = lines(section);
        return lines.isEmpty() ? fallback : lines.get(0);
    }
}
