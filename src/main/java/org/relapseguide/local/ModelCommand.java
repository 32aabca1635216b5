package org.relapseguide.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.Locales;

/**
 * {@code model generate}: rewrites each locale's interaction model slot values from its content file, the one source.
 */
final class ModelCommand {
    private ModelCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || !args.get(0).equals("generate")) {
            throw new Main.UsageException("model takes: generate [--locale LOCALE] [--content FILE] [--model FILE]");
        }
        args.remove(0);
        String locale = Main.option(args, "--locale");
        String contentPath = Main.option(args, "--content");
        String modelPath = Main.option(args, "--model");
        // Without a locale or files, every locale's model is regenerated from its own content file.
        List<String> locales = locale == null && contentPath == null && modelPath == null
                ? Locales.SUPPORTED
                : List.of(locale == null ? Locales.DEFAULT : locale);
        for (String each : locales) {
            generate(
                    Path.of(contentPath == null ? "content/" + each + ".json" : contentPath),
                    Path.of(modelPath == null ? "interaction-model/" + each + ".json" : modelPath),
                    out);
        }
        return 0;
    }

    private static void generate(Path content, Path model, PrintStream out) throws Exception {
        ContentSet set = ContentFile.read(content).toContentSet();
        ObjectNode before = InteractionModel.read(model);
        ObjectNode after = InteractionModel.withSlotValuesFrom(before, set);
        if (after.equals(before)) {
            out.println(
                    model + " already matches " + content + " (" + set.topics().size() + " topics)");
            return;
        }
        InteractionModel.write(after, model);
        out.println("Regenerated the slot values of " + model + " from " + content + " ("
                + set.topics().size() + " topics, " + set.emergencySigns().size() + " emergency signs)");
    }
}
