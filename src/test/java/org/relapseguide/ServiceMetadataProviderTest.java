package org.relapseguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;

/**
 * The jar's own {@code GeneratedServiceMetadataProvider}, which stands in for the SDK's (see its comment): the two
 * services the skill calls keep the SDK's endpoint metadata, and region metadata, which loads it, still works.
 */
class ServiceMetadataProviderTest {
    @Test
    void dynamodb_and_sns_keep_the_sdks_endpoints_in_every_partition() {
        assertThat(ServiceMetadata.of("dynamodb").endpointFor(Region.US_EAST_1))
                .isEqualTo(URI.create("dynamodb.us-east-1.amazonaws.com"));
        assertThat(ServiceMetadata.of("dynamodb").endpointFor(Region.CN_NORTH_1))
                .isEqualTo(URI.create("dynamodb.cn-north-1.amazonaws.com.cn"));
        assertThat(ServiceMetadata.of("sns").endpointFor(Region.EU_WEST_1))
                .isEqualTo(URI.create("sns.eu-west-1.amazonaws.com"));
        assertThat(ServiceMetadata.of("sns").regions()).contains(Region.US_EAST_1, Region.US_GOV_WEST_1);
    }

    @Test
    void other_services_fall_back_to_the_partitions_endpoint_pattern_and_regions_still_resolve() {
        assertThat(ServiceMetadata.of("sqs").endpointFor(Region.EU_CENTRAL_1))
                .isEqualTo(URI.create("sqs.eu-central-1.amazonaws.com"));
        assertThat(Region.EU_CENTRAL_1.metadata().partition().dnsSuffix()).isEqualTo("amazonaws.com");
    }
}
