package org.relapseguide;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.services.ApiClient;
import java.time.Clock;
import java.util.Map;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentRepository;
import org.relapseguide.errors.UnexpectedErrorHandler;
import org.relapseguide.handlers.CanFulfillHandler;
import org.relapseguide.handlers.ConsentResultHandler;
import org.relapseguide.handlers.EmergencyHandler;
import org.relapseguide.handlers.ExitHandler;
import org.relapseguide.handlers.FallbackHandler;
import org.relapseguide.handlers.HelpHandler;
import org.relapseguide.handlers.LaunchHandler;
import org.relapseguide.handlers.ListTopicsHandler;
import org.relapseguide.handlers.MoreHandler;
import org.relapseguide.handlers.NoHandler;
import org.relapseguide.handlers.OtherRequestHandler;
import org.relapseguide.handlers.RepeatHandler;
import org.relapseguide.handlers.ResumeHandler;
import org.relapseguide.handlers.SessionEndedHandler;
import org.relapseguide.handlers.StartOverHandler;
import org.relapseguide.handlers.TextDetailsHandler;
import org.relapseguide.handlers.TopicIntentHandler;
import org.relapseguide.handlers.YesHandler;
import org.relapseguide.sms.InMemoryTextLedger;
import org.relapseguide.sms.PhoneNumbers;
import org.relapseguide.sms.SmsSender;
import org.relapseguide.voice.TextDelivery;
import org.relapseguide.sms.TextLedger;
import org.relapseguide.sms.TextLimits;
import org.relapseguide.sms.TextingService;
import org.relapseguide.users.Caregivers;
import org.relapseguide.voice.EmergencyDetector;
import org.relapseguide.voice.Voices;
import org.relapseguide.users.CaregiverMemoryInterceptor;
import org.relapseguide.voice.SessionHygieneInterceptor;
import org.relapseguide.logging.RequestLogInterceptor;
import org.relapseguide.errors.RefusalLoggingSkill;

/** The composition root: builds the skill from its configuration and its ports, handlers in the order they apply. */
public final class SkillFactory {

    /**
     * The ports the skill talks to the outside world through.
     *
     * @param alexaApi the HTTP transport for Alexa's service clients (the Customer Profile API); null when no port
     *     calls one
     * @param persistence where caregivers are remembered between conversations; null remembers nobody
     */
    public record Ports(ContentRepository content, PhoneNumbers phoneNumbers, SmsSender sms, TextLedger textLedger,
            ApiClient alexaApi, PersistenceAdapter persistence) {

        /** Ports that call no Alexa API and remember nobody, with texts counted in this instance's memory. */
        public Ports(ContentRepository content, PhoneNumbers phoneNumbers, SmsSender sms) {
            this(content, phoneNumbers, sms, new InMemoryTextLedger(), null, null);
        }

        /** Ports that remember nobody. */
        public Ports(ContentRepository content, PhoneNumbers phoneNumbers, SmsSender sms, TextLedger textLedger,
                ApiClient alexaApi) {
            this(content, phoneNumbers, sms, textLedger, alexaApi, null);
        }
    }

    private SkillFactory() {
    }

    /** The production skill, configured from the environment (see {@link ProductionSkill}). */
    public static AlexaSkill<RequestEnvelope, ResponseEnvelope> fromEnvironment(Map<String, String> environment) {
        return ProductionSkill.fromEnvironment(environment).skill();
    }

    public static AlexaSkill<RequestEnvelope, ResponseEnvelope> create(SkillConfig config, Ports ports) {
        Voices voices = new Voices(ports.content(), !ports.sms().isSwitchedOff());
        TextDelivery delivery = new TextDelivery(new TextingService(ports.phoneNumbers(), ports.sms(),
                ports.textLedger(), TextLimits.of(config.textResendMinutes(), config.textDailyLimit()),
                Clock.systemUTC()));
        RequestLogInterceptor requestLog = new RequestLogInterceptor();
        Caregivers caregivers = new Caregivers(ports.persistence() != null, Clock.systemUTC());
        CustomSkillBuilder builder = new CustomSkillBuilder();
        if (ports.alexaApi() != null) {
            builder.withApiClient(ports.alexaApi());
        }
        if (ports.persistence() != null) {
            builder.withPersistenceAdapter(ports.persistence());
        }
        // The SDK takes the first handler whose canHandle is true: specific ones first, catch-alls last.
        return new RefusalLoggingSkill(builder
                .withSkillId(config.skillId())
                .addRequestInterceptor(requestLog)
                .addRequestInterceptor(new SessionHygieneInterceptor())
                .addResponseInterceptor(new CaregiverMemoryInterceptor(caregivers))
                .addResponseInterceptor(requestLog)
                .addRequestHandlers(
                        new CanFulfillHandler(voices),
                        new EmergencyHandler(voices, new EmergencyDetector()),
                        new LaunchHandler(voices, caregivers),
                        new TopicIntentHandler(voices, caregivers),
                        new ListTopicsHandler(voices),
                        new MoreHandler(voices),
                        new TextDetailsHandler(voices, delivery),
                        new ConsentResultHandler(voices, delivery),
                        new ResumeHandler(voices),
                        new YesHandler(voices),
                        new NoHandler(voices),
                        new RepeatHandler(voices),
                        new HelpHandler(voices),
                        new ExitHandler(voices),
                        new StartOverHandler(voices),
                        new SessionEndedHandler(),
                        new FallbackHandler(voices),
                        new OtherRequestHandler())
                .addExceptionHandler(new UnexpectedErrorHandler(voices.speech(ContentFile.DEFAULT_LOCALE)))
                .build());
    }
}
