package org.relapseguide.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relapseguide.content.ContentItems;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.DynamoDbContentTable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Publishes a content file to the content table, diff first; a second run with the same file changes nothing. */
public final class ContentLoad {
    private final DynamoDbContentTable table;
    private final PrintStream out;

    public ContentLoad(DynamoDbContentTable table, PrintStream out) {
        this.table = table;
        this.out = out;
    }

    /** @return whether anything was (or, on a dry run, would be) written */
    public boolean load(ContentSet content, boolean dryRun) {
        String locale = content.locale();
        Map<String, Map<String, AttributeValue>> next = ContentItems.items(content);
        String digest = digest(content.version(), next);
        Optional<DynamoDbContentTable.Pointer> active = table.pointer(locale, null);
        String activeVersion = active.map(DynamoDbContentTable.Pointer::version).orElse(null);
        Map<String, Map<String, AttributeValue>> current =
                activeVersion == null ? Map.of() : table.version(locale, activeVersion, null);
        out.println(table.name() + ": " + locale + " is "
                + active.map(p -> "at version " + p.version()).orElse("not published yet") + "; the file is version "
                + content.version());
        boolean changed = printDiff(current, next);
        if (!changed
                && active.isPresent()
                && active.get().version().equals(content.version())
                && active.get().digest().equals(digest)) {
            out.println("Nothing to change: the table already serves this file.");
            return false;
        }
        if (dryRun) {
            out.println("Dry run: nothing written.");
            return true;
        }
        String target = content.version();
        Map<String, Map<String, AttributeValue>> existing =
                target.equals(activeVersion) ? current : table.version(locale, target, null);
        int written = 0;
        for (Map.Entry<String, Map<String, AttributeValue>> item : next.entrySet()) {
            if (!item.getValue().equals(existing.get(item.getKey()))) {
                table.put(item.getValue());
                written++;
            }
        }
        int removed = 0;
        for (String name : existing.keySet()) {
            if (!next.containsKey(name)) {
                table.delete(locale, target, name);
                removed++;
            }
        }
        boolean newVersion = active.isEmpty() || !active.get().version().equals(content.version());
        String previous = newVersion
                ? active.map(DynamoDbContentTable.Pointer::version).orElse(null)
                : active.get().previous();
        // The pointer moves last: until then every reader still gets the whole of the previous version.
        table.put(ContentItems.pointer(locale, content.version(), digest, previous));
        // The version just replaced stays, for readers still on it and to roll back to; the one before it goes.
        String retired =
                newVersion ? active.map(DynamoDbContentTable.Pointer::previous).orElse(null) : null;
        if (retired != null && !retired.equals(content.version())) {
            Map<String, Map<String, AttributeValue>> old = table.version(locale, retired, null);
            old.keySet().forEach(name -> table.delete(locale, retired, name));
            out.println("Removed version " + retired + " (" + old.size() + " items); version " + previous
                    + " is kept to roll back to.");
        }
        out.println("Wrote " + written + " item(s), removed " + removed + "; " + locale + " now serves version "
                + content.version() + ".");
        return true;
    }

    private boolean printDiff(
            Map<String, Map<String, AttributeValue>> current, Map<String, Map<String, AttributeValue>> next) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, Map<String, AttributeValue>> item : next.entrySet()) {
            Map<String, AttributeValue> before = current.get(item.getKey());
            if (before == null) {
                added.add(name(item.getKey()));
            } else if (!withoutKey(before).equals(withoutKey(item.getValue()))) {
                changed.add(name(item.getKey()));
            }
        }
        for (String sortKey : current.keySet()) {
            if (!next.containsKey(sortKey)) {
                removed.add(name(sortKey));
            }
        }
        out.println("  added:   " + (added.isEmpty() ? "-" : String.join(", ", added)));
        out.println("  changed: " + (changed.isEmpty() ? "-" : String.join(", ", changed)));
        out.println("  removed: " + (removed.isEmpty() ? "-" : String.join(", ", removed)));
        return !(added.isEmpty() && changed.isEmpty() && removed.isEmpty());
    }

    /** A topic by its id; the meta item as what it holds. */
    private static String name(String name) {
        return name.equals(ContentItems.META) ? "(sources, pronunciations, emergency signs)" : name;
    }

    /** An item's content without its key, so the same topic compares equal across versions. */
    private static Map<String, AttributeValue> withoutKey(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> copy = new LinkedHashMap<>(item);
        copy.remove(ContentItems.LOCALE);
        copy.remove(ContentItems.TOPIC_ID);
        return copy;
    }

    static String digest(String version, Map<String, Map<String, AttributeValue>> items) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((version + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, Map<String, AttributeValue>> item : items.entrySet()) {
                sha.update((item.getKey() + "=" + withoutKey(item.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
