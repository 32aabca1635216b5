import com.amazon.ask.services.ApacheHttpApiClient;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.HttpClients;

/** ask-sdk-apache-client on httpclient 4.5, given the same timeouts (ApacheHttpApiClient.standard() has none). */
public final class ApacheColdStart {
    public static void main(String[] args) {
        long start = System.nanoTime();
        ColdLookup.run(ApacheHttpApiClient.custom().withHttpClient(HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(500)
                        .setConnectionRequestTimeout(500).setSocketTimeout(1000).build())
                .build()).build(), args[0], start);
    }
}
