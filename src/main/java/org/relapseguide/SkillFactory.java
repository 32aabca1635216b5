package org.relapseguide;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.services.ApiClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentRepository;
import org.relapseguide.content.DynamoDbContentRepository;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.InMemoryContentRepository;
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
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.sms.CustomerProfilePhoneNumbers;
import org.relapseguide.sms.DynamoDbTextLedger;
import org.relapseguide.sms.InMemoryTextLedger;
import org.relapseguide.sms.PhoneNumbers;
import org.relapseguide.sms.SmsSender;
import org.relapseguide.sms.SnsSmsSender;
import org.relapseguide.sms.TextDelivery;
import org.relapseguide.sms.TextLedger;
import org.relapseguide.sms.TextLimits;
import org.relapseguide.sms.TextingService;
import org.relapseguide.sms.UnavailablePhoneNumbers;
import org.relapseguide.sms.UnconfiguredSmsSender;
import org.relapseguide.sms.UrlConnectionApiClient;
import org.relapseguide.users.Caregivers;
import org.relapseguide.users.DynamoDbPersistenceAdapter;
import org.relapseguide.voice.EmergencyDetector;
import org.relapseguide.voice.Voices;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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

    /** The production skill, configured from the environment. */
    public static AlexaSkill<RequestEnvelope, ResponseEnvelope> fromEnvironment(Map<String, String> environment) {
        SkillConfig config = SkillConfig.from(environment);
        JsonLogging.setLevel(JsonLogging.parseLevel(config.logLevel()));
        // Clients are built here, once, at initialization: never per request. The content and caregiver tables
        // share one client, built on a background thread while the handlers are built and the first request is
        // read (it is most of a cold start's extra work).
        Supplier<DynamoDbClient> dynamoDb = config.contentTable() == null && config.usersTable() == null
                ? null : DynamoDbClients.forSkillInBackground();
        ContentRepository content = config.contentTable() == null
                ? InMemoryContentRepository.bundled()
                : new DynamoDbContentRepository(new DynamoDbContentTable(dynamoDb, config.contentTable()),
                        DynamoDbClients.FIRST_CALL).prefetch(ContentFile.DEFAULT_LOCALE);
        PersistenceAdapter persistence = config.usersTable() == null ? null
                : new DynamoDbPersistenceAdapter(dynamoDb, config.usersTable(), Clock.systemUTC(),
                        DynamoDbClients.FIRST_CALL);
        boolean texting = config.smsOriginationIdentity() != null;
        SmsSender sms = texting
                ? new SnsSmsSender(SnsSmsSender.clientBuilder().build(), config.smsOriginationIdentity(),
                        config.smsSenderId())
                : new UnconfiguredSmsSender();
        PhoneNumbers phoneNumbers = texting ? new CustomerProfilePhoneNumbers() : new UnavailablePhoneNumbers();
        ApiClient alexaApi = texting ? UrlConnectionApiClient.withDefaultTimeouts() : null;
        TextLedger ledger = config.usersTable() != null
                ? new DynamoDbTextLedger(usersTableClient(), config.usersTable())
                : new InMemoryTextLedger();
        return create(config, new Ports(content, phoneNumbers, sms, ledger, alexaApi, persistence));
    }

    public static AlexaSkill<RequestEnvelope, ResponseEnvelope> create(SkillConfig config, Ports ports) {
        Voices voices = new Voices(ports.content());
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
                .addExceptionHandler(new UnexpectedErrorHandler(voices))
                .build());
    }

    /**
     * The users table's client: short timeouts so a hung table costs about a second (then the text is not sent), with
     * the SDK's standard retries, which are safe here because every write is conditional. Region, credentials and any
     * {@code AWS_ENDPOINT_URL_DYNAMODB} come from the SDK's standard settings.
     */
    private static DynamoDbClient usersTableClient() {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofMillis(500))
                        .socketTimeout(Duration.ofMillis(1000))
                        .build())
                .overrideConfiguration(o -> o
                        .apiCallTimeout(Duration.ofMillis(1000))
                        .apiCallAttemptTimeout(Duration.ofMillis(500)))
                .build();
    }
}
