package org.relapseguide.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.relapseguide.review.ReviewSite;
import org.relapseguide.review.SiteServer;

/**
 * {@code content review [--out DIR] [--serve [PORT]] [--logs FILE...]}: builds the review page from every content file
 * in {@code content/}, and with {@code --serve} shows it on localhost until stopped.
 */
final class ReviewCommand {
    static final String DEFAULT_OUT = "target/review";
    static final String CONTENT_FOLDER = "content";

    private ReviewCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        String folder = Main.option(args, "--out");
        String content = Main.option(args, "--content");
        Integer port = null;
        int serve = args.indexOf("--serve");
        if (serve >= 0) {
            args.remove(serve);
            port = serve < args.size() && args.get(serve).matches("\\d+") ? Integer.parseInt(args.remove(serve)) : 0;
        }
        List<Path> logs = new ArrayList<>();
        int at = args.indexOf("--logs");
        if (at >= 0) {
            args.remove(at);
            while (at < args.size() && !args.get(at).startsWith("--")) {
                logs.add(Path.of(args.remove(at)));
            }
            if (logs.isEmpty()) {
                throw new Main.UsageException("--logs needs at least one log file");
            }
        }
        if (!args.isEmpty()) {
            throw new Main.UsageException(
                    "content review takes: [--out DIR] [--serve [PORT]] [--logs FILE...] [--content FOLDER]");
        }
        Path site = Path.of(folder == null ? DEFAULT_OUT : folder);
        ReviewSite.Built built = new ReviewSite(ContentCommand::validator, Clock.systemUTC())
                .build(Path.of(content == null ? CONTENT_FOLDER : content), site, logs);
        out.printf(
                Locale.ROOT,
                "Review page: %s (%s; %d topics, %d validator findings, %d recordings) built in %.1f s%n",
                built.index(),
                String.join(", ", built.locales()),
                built.topics(),
                built.findings(),
                built.recordings(),
                built.took().toMillis() / 1000.0);
        if (port == null) {
            return 0;
        }
        try (SiteServer server = SiteServer.start(site, port)) {
            out.println("Serving it at " + server.uri() + " (Ctrl-C stops)");
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
