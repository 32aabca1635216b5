package org.relapseguide.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import org.relapseguide.RelapseGuideStreamHandler;
import org.relapseguide.SkillConfig;
import org.relapseguide.SkillFactory;
import org.relapseguide.content.ContentRepository;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.sms.OutboxSmsSender;

/**
 * The skill as it runs on a laptop: the same handlers behind the same Lambda entry point, with the bundled
 * content, a simulated caregiver's phone and a local outbox instead of SMS.
 */
public final class LocalSkill {
    /** The skill id of every local envelope and of the files in {@code events/}. */
    public static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000000";
    public static final String SIMULATED_PHONE = "+15555550123";

    /** The simulated caregiver and where texts go. */
    public record Options(Path outbox, SimulatedCaregiverPhone phone, PrintStream console) {
        public static Options defaults(PrintStream console) {
            return new Options(Path.of("target", "outbox.txt"), new SimulatedCaregiverPhone(SIMULATED_PHONE, true),
                    console);
        }
    }

    private LocalSkill() {
    }

    public static RelapseGuideStreamHandler handler(Options options) {
        return handler(options, InMemoryContentRepository.bundled());
    }

    public static RelapseGuideStreamHandler handler(Options options, ContentRepository content) {
        SkillFactory.Ports ports = new SkillFactory.Ports(content, options.phone(),
                new OutboxSmsSender(options.outbox(), options.console(), Clock.systemUTC()));
        return new RelapseGuideStreamHandler(SkillFactory.create(SkillConfig.local(SKILL_ID, "WARN"), ports));
    }
}
