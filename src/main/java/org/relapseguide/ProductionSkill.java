package org.relapseguide;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import java.util.Map;
import java.util.function.Supplier;
import org.relapseguide.aws.SnsClients;
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.sms.CustomerProfilePhoneNumbers;
import org.relapseguide.sms.SnsSmsSender;
import org.relapseguide.sms.Texting;
import org.relapseguide.sms.UrlConnectionApiClient;
import org.relapseguide.snapstart.Priming;
import org.relapseguide.snapstart.PrimingGuards;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The skill as Lambda runs it: the adapters its configuration names, built once at initialization, texting through
 * SNS and the Customer Profile API when an origination number is set, each port guarded for SnapStart priming.
 *
 * @param afterRestore refreshes what must not be shared between restored copies
 */
public record ProductionSkill(
        SkillConfig config,
        AlexaSkill<RequestEnvelope, ResponseEnvelope> skill,
        Priming priming,
        Runnable afterRestore) {

    /** Where Alexa's APIs live; priming names it but, with the guards up, never calls it. */
    static final String ALEXA_API_ENDPOINT = "https://api.amazonalexa.com";

    public static ProductionSkill fromEnvironment(Map<String, String> environment) {
        SkillConfig config = SkillConfig.from(environment);
        JsonLogging.setLevel(JsonLogging.parseLevel(config.logLevel()));
        Priming priming = new Priming();
        Texting texting = Texting.off();
        if (config.smsOriginationIdentity() != null) {
            Supplier<SnsClient> sns = SnsClients.forSkillInBackground();
            // Priming sends nothing, so nothing waits for the client: the snapshot must hold it built all the same.
            priming.first(sns::get);
            texting = new Texting(
                    new CustomerProfilePhoneNumbers(),
                    new SnsSmsSender(sns, config.smsOriginationIdentity(), config.smsSenderId()),
                    UrlConnectionApiClient.withDefaultTimeouts());
        }
        SkillFactory.Ports ports = SkillFactory.ports(config, texting);
        SkillFactory.Ports guarded = new SkillFactory.Ports(
                ports.content(),
                PrimingGuards.phoneNumbers(ports.phoneNumbers(), priming),
                PrimingGuards.sms(ports.sms(), priming),
                PrimingGuards.textLedger(ports.textLedger(), priming),
                ports.alexaApi(),
                PrimingGuards.caregivers(ports.caregivers(), priming));
        // A restored copy may start days after its snapshot: the content it holds is checked again on first use.
        return new ProductionSkill(config, SkillFactory.create(config, guarded), priming, ports.content()::expire);
    }
}
