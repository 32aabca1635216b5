package org.relapseguide;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.attributes.persistence.PersistenceAdapter;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.services.ApiClient;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentRepository;
import org.relapseguide.content.DynamoDbContentRepository;
import org.relapseguide.content.DynamoDbContentTable;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.logging.JsonLogging;
import org.relapseguide.sms.CustomerProfilePhoneNumbers;
import org.relapseguide.sms.DynamoDbTextLedger;
import org.relapseguide.sms.InMemoryTextLedger;
import org.relapseguide.sms.PhoneNumbers;
import org.relapseguide.sms.SmsSender;
import org.relapseguide.sms.SnsSmsSender;
import org.relapseguide.sms.TextLedger;
import org.relapseguide.sms.UnavailablePhoneNumbers;
import org.relapseguide.sms.UnconfiguredSmsSender;
import org.relapseguide.sms.UrlConnectionApiClient;
import org.relapseguide.snapstart.Priming;
import org.relapseguide.snapstart.PrimingGuards;
import org.relapseguide.users.DynamoDbPersistenceAdapter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;
import org.relapseguide.aws.Background;
import org.relapseguide.aws.DynamoDbClients;

/**
 * The skill as Lambda runs it: its ports built once, at initialization, from the configuration, each guarded for
 * SnapStart priming, and what a restored snapshot must refresh.
 *
 * @param afterRestore refreshes what must not be shared between restored copies
 */
public record ProductionSkill(SkillConfig config, AlexaSkill<RequestEnvelope, ResponseEnvelope> skill,
        Priming priming, Runnable afterRestore) {

    /** Where Alexa's APIs live; priming names it but, with the guards up, never calls it. */
    static final String ALEXA_API_ENDPOINT = "https://api.amazonalexa.com";

    public static ProductionSkill fromEnvironment(Map<String, String> environment) {
        SkillConfig config = SkillConfig.from(environment);
        JsonLogging.setLevel(JsonLogging.parseLevel(config.logLevel()));
        // One DynamoDB client serves the content, the caregivers and the text ledger. It is built on a background
        // thread while the handlers are built and the first request is read: it is most of a cold start's work.
        Supplier<DynamoDbClient> dynamoDb = config.contentTable() == null && config.usersTable() == null
                ? null : DynamoDbClients.forSkillInBackground();
        DynamoDbContentRepository tableContent = config.contentTable() == null ? null
                : new DynamoDbContentRepository(new DynamoDbContentTable(dynamoDb, config.contentTable()),
                        DynamoDbClients.FIRST_CALL).prefetch(ContentFile.DEFAULT_LOCALE);
        ContentRepository content = tableContent != null ? tableContent : InMemoryContentRepository.bundled();
        PersistenceAdapter persistence = config.usersTable() == null ? null
                : new DynamoDbPersistenceAdapter(dynamoDb, config.usersTable(), Clock.systemUTC(),
                        DynamoDbClients.FIRST_CALL);
        boolean texting = config.smsOriginationIdentity() != null;
        // The SNS client, like the DynamoDB one, is built in the background: no answer but a text needs it.
        Supplier<SnsClient> snsClient = texting ? Background.build("sns-client",
                () -> SnsSmsSender.clientBuilder().build())
                : null;
        SmsSender sms = texting
                ? new SnsSmsSender(snsClient, config.smsOriginationIdentity(), config.smsSenderId())
                : new UnconfiguredSmsSender();
        PhoneNumbers phoneNumbers = texting ? new CustomerProfilePhoneNumbers() : new UnavailablePhoneNumbers();
        ApiClient alexaApi = texting ? UrlConnectionApiClient.withDefaultTimeouts() : null;
        TextLedger ledger = config.usersTable() != null
                ? new DynamoDbTextLedger(dynamoDb, config.usersTable())
                : new InMemoryTextLedger();

        Priming priming = new Priming();
        if (snsClient != null) {
            priming.first(snsClient::get);
        }
        SkillFactory.Ports ports = new SkillFactory.Ports(content,
                PrimingGuards.phoneNumbers(phoneNumbers, priming), PrimingGuards.sms(sms, priming),
                PrimingGuards.textLedger(ledger, priming), alexaApi, PrimingGuards.persistence(persistence, priming));
        // A restored copy may start days after its snapshot: the content it holds is checked again on first use.
        Runnable afterRestore = tableContent != null ? tableContent::expire : () -> { };
        return new ProductionSkill(config, SkillFactory.create(config, ports), priming, afterRestore);
    }
}
