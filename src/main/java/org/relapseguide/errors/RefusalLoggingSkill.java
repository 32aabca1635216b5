package org.relapseguide.errors;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.request.SkillRequest;
import com.amazon.ask.response.SkillResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in the log when the skill refuses a request (another skill's id, or bytes that are not an Alexa request),
 * which the SDK otherwise records only at debug level. The refusal itself is the SDK's: no response is written
 * and the invocation fails, so nothing is said to whoever sent it.
 */
public final class RefusalLoggingSkill implements AlexaSkill<RequestEnvelope, ResponseEnvelope> {
    private static final Logger LOG = LoggerFactory.getLogger(RefusalLoggingSkill.class);

    private final AlexaSkill<RequestEnvelope, ResponseEnvelope> skill;

    public RefusalLoggingSkill(AlexaSkill<RequestEnvelope, ResponseEnvelope> skill) {
        this.skill = skill;
    }

    @Override
    public SkillResponse<ResponseEnvelope> execute(SkillRequest request, Object context) {
        SkillResponse<ResponseEnvelope> response;
        try {
            response = skill.execute(request, context);
        } catch (AskSdkException unreadable) {
            LOG.warn("Refused a request that is not a readable Alexa request");
            throw unreadable;
        } catch (RuntimeException malformed) {
            // Handlers' failures are answered by the exception handler; what escapes comes from before dispatch,
            // such as an envelope with no context to check the skill id against. It cannot be trusted: refuse it.
            LOG.warn(
                    "Refused an Alexa request too malformed to check its skill id ({})",
                    malformed.getClass().getSimpleName());
            throw new AskSdkException("Refused a malformed request", malformed);
        }
        if (response == null || !response.isPresent()) {
            LOG.warn("Refused a request: not for this skill's id, or of a request type the skill does not know");
        }
        return response;
    }
}
