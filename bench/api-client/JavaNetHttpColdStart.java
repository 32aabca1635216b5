/** The java.net.http candidate, with the same timeouts as the skill's client. */
public final class JavaNetHttpColdStart {
    public static void main(String[] args) {
        long start = System.nanoTime();
        ColdLookup.run(JavaNetHttpApiClient.withDefaultTimeouts(), args[0], start);
    }
}
