import org.relapseguide.sms.UrlConnectionApiClient;

/** The skill's own ApiClient on HttpURLConnection, with its production timeouts. */
public final class UrlConnectionColdStart {
    public static void main(String[] args) {
        long start = System.nanoTime();
        ColdLookup.run(UrlConnectionApiClient.withDefaultTimeouts(), args[0], start);
    }
}
