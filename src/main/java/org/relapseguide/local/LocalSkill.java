package org.relapseguide.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.relapseguide.RelapseGuideStreamHandler;
import org.relapseguide.SkillConfig;
import org.relapseguide.SkillFactory;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.content.ContentRepository;
import org.relapseguide.sms.OutboxSmsSender;
import org.relapseguide.sms.Texting;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The skill as it runs on a laptop: the same handlers behind the same Lambda entry point, with the bundled
 * content (or, with {@code --dynamodb}, the tables on a local DynamoDB-API server), a simulated caregiver's phone
 * and a local outbox instead of SMS.
 */
public final class LocalSkill {
    /** The skill id of every local envelope and of the files in {@code events/}. */
    public static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";

    public static final String SIMULATED_PHONE = "+15555550123";

    /**
     * The simulated caregiver, where texts go, and where content and caregivers come from.
     *
     * @param tables the DynamoDB tables to use, or null for the bundled content and nobody remembered
     */
    public record Options(Path outbox, SimulatedCaregiverPhone phone, PrintStream console, Tables tables) {
        public Options(Path outbox, SimulatedCaregiverPhone phone, PrintStream console) {
            this(outbox, phone, console, null);
        }

        public static Options defaults(PrintStream console) {
            return new Options(
                    Path.of("target", "outbox.txt"), new SimulatedCaregiverPhone(SIMULATED_PHONE, true), console);
        }
    }

    /** The content and users tables at {@code AWS_ENDPOINT_URL_DYNAMODB} (or the account's own DynamoDB). */
    public record Tables(String content, String users) {}

    private LocalSkill() {}

    public static RelapseGuideStreamHandler handler(Options options) {
        SkillConfig config = SkillConfig.local(SKILL_ID, "WARN");
        if (options.tables() != null) {
            try (DynamoDbClient tools = DynamoDbClients.forTools()) {
                LocalTables.createUsersTable(tools, options.tables().users(), options.console());
            }
            config = config.withTables(
                    options.tables().content(), options.tables().users());
        }
        return new RelapseGuideStreamHandler(SkillFactory.create(config, SkillFactory.ports(config, texting(options))));
    }

    public static RelapseGuideStreamHandler handler(Options options, ContentRepository content) {
        SkillConfig config = SkillConfig.local(SKILL_ID, "WARN");
        return new RelapseGuideStreamHandler(
                SkillFactory.create(config, SkillFactory.Ports.of(content).withTexting(texting(options))));
    }

    /** Texts go to the outbox file, to the simulated caregiver's phone. */
    private static Texting texting(Options options) {
        return Texting.without(
                options.phone(), new OutboxSmsSender(options.outbox(), options.console(), Clock.systemUTC()));
    }
}
