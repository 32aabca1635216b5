import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A loopback stand-in for the Customer Profile API's mobile-number endpoint, for bench/api-client.sh only. */
public final class ProfileApiStub {
    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
        byte[] body = "{\"countryCode\":\"+1\",\"phoneNumber\":\"5555550147\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/v2/accounts/~current/settings/Profile.mobileNumber", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("listening");
    }
}
