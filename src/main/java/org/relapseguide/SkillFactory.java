package org.relapseguide;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.services.ApiClient;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.relapseguide.aws.DynamoDbClients;
import org.relapseguide.content.ContentRepository;
import org.relapseguide.content.DynamoDbContentRepository;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.content.Locales;
import org.relapseguide.errors.RefusalLoggingSkill;
import org.relapseguide.errors.UnexpectedErrorHandler;
import org.relapseguide.handlers.CanFulfillHandler;
import org.relapseguide.handlers.ClarifyHandler;
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
import org.relapseguide.handlers.QuestionHandler;
import org.relapseguide.handlers.RepeatHandler;
import org.relapseguide.handlers.ResumeHandler;
import org.relapseguide.handlers.SessionEndedHandler;
import org.relapseguide.handlers.StartOverHandler;
import org.relapseguide.handlers.TextDetailsHandler;
import org.relapseguide.handlers.TopicIntentHandler;
import org.relapseguide.handlers.YesHandler;
import org.relapseguide.logging.RequestLogInterceptor;
import org.relapseguide.screen.AplScreen;
import org.relapseguide.screen.CategoryHandler;
import org.relapseguide.screen.ScreenInterceptor;
import org.relapseguide.screen.TouchHandler;
import org.relapseguide.sms.DynamoDbTextLedger;
import org.relapseguide.sms.InMemoryTextLedger;
import org.relapseguide.sms.PhoneNumbers;
import org.relapseguide.sms.SmsSender;
import org.relapseguide.sms.TextLedger;
import org.relapseguide.sms.TextLimits;
import org.relapseguide.sms.Texting;
import org.relapseguide.sms.TextingService;
import org.relapseguide.users.CaregiverMemoryInterceptor;
import org.relapseguide.users.CaregiverStore;
import org.relapseguide.users.Caregivers;
import org.relapseguide.users.DynamoDbPersistenceAdapter;
import org.relapseguide.users.ForgetfulCaregiverStore;
import org.relapseguide.voice.Questions;
import org.relapseguide.voice.SessionHygieneInterceptor;
import org.relapseguide.voice.TextDelivery;
import org.relapseguide.voice.Voices;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The composition root: picks the adapters a configuration names, and builds the skill from them with its handlers
 * in the order they apply. Lambda, the local runner and the tests all build the skill here; they differ only in the
 * adapters they choose.
 */
public final class SkillFactory {

    /**
     * The ports the skill talks to the outside world through; a feature that is off has a do-nothing adapter, never
     * null.
     *
     * @param alexaApi the HTTP transport for Alexa's service clients (the Customer Profile API)
     * @param caregivers where caregivers are remembered between conversations
     */
    public record Ports(
            ContentRepository content,
            PhoneNumbers phoneNumbers,
            SmsSender sms,
            TextLedger textLedger,
            ApiClient alexaApi,
            CaregiverStore caregivers) {

        public Ports {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(phoneNumbers, "phoneNumbers");
            Objects.requireNonNull(sms, "sms");
            Objects.requireNonNull(textLedger, "textLedger");
            Objects.requireNonNull(alexaApi, "alexaApi");
            Objects.requireNonNull(caregivers, "caregivers");
        }

        /** This content, texting off, texts counted in this instance's memory, nobody remembered. */
        public static Ports of(ContentRepository content) {
            Texting off = Texting.off();
            return new Ports(
                    content,
                    off.phoneNumbers(),
                    off.sender(),
                    new InMemoryTextLedger(),
                    off.alexaApi(),
                    new ForgetfulCaregiverStore());
        }

        public Ports withTexting(Texting texting) {
            return new Ports(
                    content, texting.phoneNumbers(), texting.sender(), textLedger, texting.alexaApi(), caregivers);
        }

        public Ports withTextLedger(TextLedger ledger) {
            return new Ports(content, phoneNumbers, sms, ledger, alexaApi, caregivers);
        }

        public Ports withCaregivers(CaregiverStore store) {
            return new Ports(content, phoneNumbers, sms, textLedger, alexaApi, store);
        }

        public Texting texting() {
            return new Texting(phoneNumbers, sms, alexaApi);
        }
    }

    private SkillFactory() {}

    /**
     * The adapters a configuration names: the content and users tables when it names them (one DynamoDB client for
     * both, built on a background thread while the rest of the skill is built, as it is most of a cold start's work),
     * else the bundled content, nobody remembered and texts counted in memory; and the given way to text.
     */
    public static Ports ports(SkillConfig config, Texting texting) {
        Ports ports = Ports.of(InMemoryContentRepository.bundled()).withTexting(texting);
        if (config.contentTable() == null && config.usersTable() == null) {
            return ports;
        }
        Supplier<DynamoDbClient> dynamoDb = DynamoDbClients.forSkillInBackground();
        if (config.contentTable() != null) {
            ports = new Ports(
                    new DynamoDbContentRepository(
                                    new DynamoDbContentTable(dynamoDb, config.contentTable()),
                                    DynamoDbClients.FIRST_CALL)
                            .prefetch(Locales.DEFAULT),
                    ports.phoneNumbers(),
                    ports.sms(),
                    ports.textLedger(),
                    ports.alexaApi(),
                    ports.caregivers());
        }
        if (config.usersTable() != null) {
            ports = ports.withTextLedger(new DynamoDbTextLedger(dynamoDb, config.usersTable()))
                    .withCaregivers(new DynamoDbPersistenceAdapter(
                            dynamoDb, config.usersTable(), Clock.systemUTC(), DynamoDbClients.FIRST_CALL));
        }
        return ports;
    }

    public static AlexaSkill<RequestEnvelope, ResponseEnvelope> create(SkillConfig config, Ports ports) {
        Voices voices = new Voices(ports.content(), !ports.sms().isSwitchedOff());
        TextDelivery delivery = new TextDelivery(new TextingService(
                ports.phoneNumbers(),
                ports.sms(),
                ports.textLedger(),
                TextLimits.of(config.textResendMinutes(), config.textDailyLimit()),
                Clock.systemUTC()));
        RequestLogInterceptor requestLog = new RequestLogInterceptor();
        // A topic the session or the users table names is remembered only if the content has it.
        Caregivers caregivers = new Caregivers(
                ports.caregivers(),
                Clock.systemUTC(),
                id -> ports.content().content(Locales.DEFAULT).topic(id).isPresent());
        Questions questions = new Questions(caregivers);
        // The documents are read on the first screen request; SnapStart priming sends some, so a snapshot holds them.
        AplScreen screen = AplScreen.bundled();
        // The SDK takes the first handler whose canHandle is true: specific ones first, catch-alls last. A touch on a
        // screen that stands for an intent is answered by that intent's handler, found in this same order.
        List<RequestHandler> handlers = List.of(
                new CanFulfillHandler(voices),
                new EmergencyHandler(voices),
                new LaunchHandler(voices, caregivers),
                new TopicIntentHandler(voices, questions),
                new QuestionHandler(voices, questions),
                new ListTopicsHandler(voices),
                new MoreHandler(voices),
                new TextDetailsHandler(voices, delivery),
                new ConsentResultHandler(voices, delivery),
                new ResumeHandler(voices),
                new ClarifyHandler(voices, questions),
                new YesHandler(voices),
                new NoHandler(voices),
                new RepeatHandler(voices),
                new HelpHandler(voices),
                new ExitHandler(voices),
                new StartOverHandler(voices),
                new SessionEndedHandler(),
                new FallbackHandler(voices));
        return new RefusalLoggingSkill(new CustomSkillBuilder()
                .withSkillId(config.skillId())
                .withApiClient(ports.alexaApi())
                .withPersistenceAdapter(ports.caregivers())
                .addRequestInterceptor(requestLog)
                .addRequestInterceptor(new SessionHygieneInterceptor(voices))
                .addRequestInterceptor(new ScreenInterceptor(screen))
                .addResponseInterceptor(new CaregiverMemoryInterceptor(caregivers))
                .addResponseInterceptor(requestLog)
                .addRequestHandlers(handlers.toArray(RequestHandler[]::new))
                .addRequestHandlers(
                        new CategoryHandler(voices, screen),
                        new TouchHandler(voices, handlers),
                        new OtherRequestHandler())
                .addExceptionHandler(new UnexpectedErrorHandler(voices.speech(Locales.DEFAULT)))
                .build());
    }
}
