import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.DefaultApiConfiguration;
import com.amazon.ask.model.services.ups.PhoneNumber;
import com.amazon.ask.model.services.ups.UpsServiceClient;
import com.amazon.ask.model.services.util.JacksonSerializer;
import java.lang.management.ManagementFactory;

/**
 * One cold Customer Profile lookup through the ASK SDK's own UpsServiceClient on a given ApiClient, printing
 * "init_ms call_ms classes" for bench/api-client.sh. Not part of the skill.
 */
final class ColdLookup {
    private ColdLookup() {
    }

    static void run(ApiClient client, String endpoint, long start) {
        long built = System.nanoTime();
        UpsServiceClient ups = new UpsServiceClient(DefaultApiConfiguration.builder()
                .withApiClient(client)
                .withApiEndpoint(endpoint)
                .withAuthorizationValue("bench-token")
                .withSerializer(new JacksonSerializer())
                .build());
        PhoneNumber number = ups.getProfileMobileNumber();
        long answered = System.nanoTime();
        if (number == null || !"5555550147".equals(number.getPhoneNumber())) {
            throw new IllegalStateException("the stub did not answer as expected");
        }
        // Counted after the timing, so the management classes cost both variants alike and the timing nothing.
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.printf("%.1f %.1f %d%n", (built - start) / 1e6, (answered - built) / 1e6, classes);
    }
}
