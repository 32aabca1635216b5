package org.relapseguide.testing;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.relapseguide.RelapseGuideStreamHandler;
import org.relapseguide.SkillConfig;
import org.relapseguide.SkillFactory;
import org.relapseguide.content.ContentRepository;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.local.LocalSkill;
import org.relapseguide.sms.PhoneLookup;
import org.relapseguide.sms.PhoneNumbers;
import org.relapseguide.sms.SimulatedPhoneNumbers;
import org.relapseguide.sms.SmsSender;
import org.relapseguide.sms.Texting;
import org.relapseguide.users.CaregiverStore;

/**
 * The real skill behind the real Lambda entry point, with fakes only for the skill's own ports. Envelopes go in
 * as bytes and responses come out as bytes, exactly as on Lambda.
 */
public final class SkillHarness {
    public static final String PHONE = "+15555550147";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RelapseGuideStreamHandler handler;

    public SkillHarness(ContentRepository content, PhoneNumbers phoneNumbers, SmsSender sms) {
        this(SkillFactory.Ports.of(content).withTexting(Texting.without(phoneNumbers, sms)));
    }

    /** The skill with the given ports and the default limits. */
    public SkillHarness(SkillFactory.Ports ports) {
        this.handler = new RelapseGuideStreamHandler(
                SkillFactory.create(SkillConfig.local(LocalSkill.SKILL_ID, "INFO"), ports));
    }

    /**
     * The skill with the given content and users table (null: nobody remembered), a caregiver whose phone is known,
     * and a recording sender.
     */
    public static SkillHarness with(ContentRepository content, CaregiverStore caregivers) {
        return new SkillHarness(SkillFactory.Ports.of(content)
                .withTexting(
                        Texting.without(new SimulatedPhoneNumbers(PhoneLookup.found(PHONE)), new RecordingSmsSender()))
                .withCaregivers(caregivers));
    }

    /** The skill with the bundled content, a caregiver whose phone is known, and a recording sender. */
    public static SkillHarness withDefaults(SmsSender sms) {
        return new SkillHarness(
                InMemoryContentRepository.bundled(), new SimulatedPhoneNumbers(PhoneLookup.found(PHONE)), sms);
    }

    /** The Lambda entry point itself, for a conversation held turn by turn (local/Conversation). */
    public RequestStreamHandler handler() {
        return handler;
    }

    public Heard invoke(JsonNode envelope) {
        try {
            return new Heard(MAPPER.readTree(invokeBytes(MAPPER.writeValueAsBytes(envelope))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Heard invoke(String eventName) {
        return invoke(Events.load(eventName));
    }

    /** Raw bytes through the entry point; throws what the entry point throws. */
    public byte[] invokeBytes(byte[] request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        return out.toByteArray();
    }
}
