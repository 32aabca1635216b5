package software.amazon.awssdk.regions;

import java.util.Map;
import software.amazon.awssdk.regions.servicemetadata.DynamodbServiceMetadata;
import software.amazon.awssdk.regions.servicemetadata.SnsServiceMetadata;

/**
 * Replaces the AWS SDK's own class of this name in the Lambda jar, so that the jar carries the endpoint metadata of
 * the two services the skill calls instead of all 300-odd (0.75 MB of the jar; the jar must stay under 12 MB).
 *
 * <p>The SDK's version builds a map of every service's metadata object in its static initializer, so leaving the
 * other services' classes out of the jar would make that initializer, and with it {@code ServiceMetadata.of}, fail
 * for every service. The skill's own paths never reach it (clients resolve endpoints through each service's
 * endpoint rules), but the SDK keeps it reachable, so this class keeps it working for DynamoDB and SNS, with the
 * SDK's own metadata objects for them. For any other service {@code ServiceMetadata.of} falls back, as it does for
 * a service the SDK does not know, to endpoints built from the service name and the region's partition. The shade
 * plugin leaves the SDK's copy out (pom.xml); PackagedJarIT checks the jar carries this one.
 */
public final class GeneratedServiceMetadataProvider implements ServiceMetadataProvider {
    private static final Map<String, ServiceMetadata> SERVICE_METADATA = Map.of(
            "dynamodb", new DynamodbServiceMetadata(),
            "sns", new SnsServiceMetadata());

    @Override
    public ServiceMetadata serviceMetadata(String endpointPrefix) {
        return SERVICE_METADATA.get(endpointPrefix);
    }
}
