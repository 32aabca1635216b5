package org.relapseguide.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;

/** {@code model generate}: rewrites the interaction model's slot values from the content file, the one source. */
final class ModelCommand {
    private ModelCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || !args.get(0).equals("generate")) {
            throw new Main.UsageException("model takes: generate [--content FILE] [--model FILE]");
        }
        args.remove(0);
        String contentPath = Main.option(args, "--content");
        String modelPath = Main.option(args, "--model");
        Path content = Path.of(contentPath == null ? "content/en-US.json" : contentPath);
        Path model = Path.of(modelPath == null ? "interaction-model/en-US.json" : modelPath);
        ContentSet set = ContentFile.read(content).toContentSet();
        ObjectNode before = InteractionModel.read(model);
        ObjectNode after = InteractionModel.withSlotValuesFrom(before, set);
        if (after.equals(before)) {
            out.println(
                    model + " already matches " + content + " (" + set.topics().size() + " topics)");
            return 0;
        }
        InteractionModel.write(after, model);
        out.println("Regenerated the slot values of " + model + " from " + content + " ("
                + set.topics().size() + " topics, " + set.emergencySigns().size() + " emergency signs)");
        return 0;
    }
}
